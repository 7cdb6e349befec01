//! The SLO as Prometheus sees it: availability over the stack's window and the error budget
//! left, read from the recording rules `lavalink-rules.yml` renders
//! (`lavastack:availability_errors:ratio_rate_window`, `lavastack:error_budget:remaining_ratio`).
//! `status` shows it; a Prometheus that is down or has no data yet is a reading, not a failure.
//!
//! Owns: the queries and how their answers are read. May import: `stack` (the SLO and where
//! Prometheus is), `router::client` (the HTTP client), `render` (durations as Prometheus writes them), `numfmt`.

use std::net::SocketAddr;
use std::time::Duration;

use serde::Serialize;

use crate::router::client::{self, ClientError};
use crate::stack::SloConfig;

const PROMETHEUS: &str = "Prometheus";
const AVAILABILITY: &str = "1 - lavastack:availability_errors:ratio_rate_window";
const BUDGET: &str = "lavastack:error_budget:remaining_ratio";

/// What Prometheus said about the SLO. `availability`/`budget_remaining` are `None` while the
/// rules have no data (a fresh Prometheus, or one that does not load the rendered rules).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SloReading {
    pub prometheus: String,
    pub target: f64,
    pub window: String,
    pub availability: Option<f64>,
    pub budget_remaining: Option<f64>,
    /// Why there is no reading, when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl SloReading {
    /// One line for people: "SLO 99.9% over 30d: availability 99.95%, error budget left 50.0%".
    pub fn line(&self) -> String {
        let head = format!("SLO {}% over {}", percent(self.target), self.window);
        match (&self.error, self.availability, self.budget_remaining) {
            (Some(e), _, _) => format!("{head}: no reading ({e})"),
            (None, Some(a), Some(b)) => format!(
                "{head}: availability {}%, error budget left {:.1}%{}",
                percent(a),
                b * 100.0,
                if b <= 0.0 { " (exhausted)" } else { "" }
            ),
            (None, Some(a), None) => {
                format!("{head}: availability {}%", percent(a))
            }
            (None, None, _) => format!(
                "{head}: no data yet at {} (are the rendered rules loaded and the router scraped?)",
                self.prometheus
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SloError {
    #[error("Prometheus URL {url}: {detail}")]
    Url { url: String, detail: String },
    #[error(transparent)]
    Http(#[from] ClientError),
    #[error("Prometheus at {url} answered something that is not a query result: {detail}")]
    Answer { url: String, detail: String },
}

/// Reads the SLO from Prometheus at `base` (as `monitoring.prometheus` holds it), each step
/// bounded by `timeout`. Never fails: what went wrong is the reading's `error`.
pub async fn read(base: &str, slo: &SloConfig, timeout: Duration) -> SloReading {
    let mut reading = SloReading {
        prometheus: base.to_string(),
        target: slo.availability,
        window: crate::render::prom_duration(slo.window),
        availability: None,
        budget_remaining: None,
        error: None,
    };
    let both = async {
        let a = query(base, AVAILABILITY, timeout).await?;
        let b = query(base, BUDGET, timeout).await?;
        Ok::<_, SloError>((a, b))
    };
    match tokio::time::timeout(timeout * 3, both).await {
        Ok(Ok((a, b))) => {
            reading.availability = a;
            reading.budget_remaining = b;
        }
        Ok(Err(e)) => reading.error = Some(e.to_string()),
        Err(_) => {
            reading.error = Some(format!(
                "Prometheus at {base} did not answer within {}",
                humantime::format_duration(timeout * 3)
            ))
        }
    }
    reading
}

/// One instant query; the first sample's value, or `None` for an empty result.
pub async fn query(base: &str, expr: &str, timeout: Duration) -> Result<Option<f64>, SloError> {
    let url_err = |detail: String| SloError::Url {
        url: base.to_string(),
        detail,
    };
    let mut url = url::Url::parse(base).map_err(|e| url_err(e.to_string()))?;
    if url.scheme() != "http" {
        // TLS to Prometheus comes with the TLS work (the stack's CA bundle); until then say so.
        return Err(url_err(
            "status reads Prometheus over http only for now; point monitoring.prometheus at an http listener".into(),
        ));
    }
    let host = url
        .host_str()
        .ok_or_else(|| url_err("no host".into()))?
        .trim_matches(['[', ']'])
        .to_string();
    let port = url.port_or_known_default().unwrap_or(80);
    let addr = resolve(&host, port, timeout).await.map_err(url_err)?;
    let path = format!("{}/api/v1/query", url.path().trim_end_matches('/'));
    url.set_path(&path);
    url.query_pairs_mut().clear().append_pair("query", expr);
    let target = match url.query() {
        Some(q) => format!("{path}?{q}"),
        None => path,
    };
    let r = client::request(addr, PROMETHEUS, "GET", &target, None, None).await?;
    if r.status != 200 {
        return Err(ClientError::Status {
            what: PROMETHEUS,
            addr,
            status: r.status,
            body: crate::diag::clip(&r.body, 300).into_owned(),
        }
        .into());
    }
    parse_vector(&r.body).map_err(|detail| SloError::Answer {
        url: base.to_string(),
        detail,
    })
}

/// 0.99953 as "99.953": three decimals at most, no trailing zeros.
fn percent(x: f64) -> String {
    crate::numfmt::decimal(x * 100.0, 3)
}

async fn resolve(host: &str, port: u16, timeout: Duration) -> Result<SocketAddr, String> {
    if let Ok(ip) = host.parse::<std::net::IpAddr>() {
        return Ok(SocketAddr::new(ip, port));
    }
    match tokio::time::timeout(timeout, tokio::net::lookup_host((host, port))).await {
        Ok(Ok(mut addrs)) => addrs
            .next()
            .ok_or_else(|| format!("{host} resolves to no address")),
        Ok(Err(e)) => Err(format!("cannot resolve {host}: {e}")),
        Err(_) => Err(format!("resolving {host} took longer than {timeout:?}")),
    }
}

/// `{"status":"success","data":{"resultType":"vector","result":[{"value":[t,"0.99"]}]}}`.
fn parse_vector(body: &str) -> Result<Option<f64>, String> {
    let v: serde_json::Value = serde_json::from_str(body).map_err(|e| format!("not JSON ({e})"))?;
    if v["status"] != "success" {
        return Err(format!(
            "status {} ({})",
            v["status"],
            crate::diag::clip(v["error"].as_str().unwrap_or(""), 200)
        ));
    }
    let Some(result) = v["data"]["result"].as_array() else {
        return Err("no data.result array".into());
    };
    let Some(first) = result.first() else {
        return Ok(None);
    };
    let raw = first["value"][1]
        .as_str()
        .ok_or_else(|| "a sample without a value".to_string())?;
    let x: f64 = raw.parse().map_err(|_| {
        format!(
            "the value \"{}\" is not a number",
            crate::diag::clip(raw, 40)
        )
    })?;
    // NaN (no traffic over the window: 0/0) is no data, not 0% or 100%.
    Ok(x.is_finite().then_some(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_are_read_and_odd_answers_named() {
        let ok = r#"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1.5,"0.9995"]}]}}"#;
        assert_eq!(parse_vector(ok), Ok(Some(0.9995)));
        let empty = r#"{"status":"success","data":{"resultType":"vector","result":[]}}"#;
        assert_eq!(parse_vector(empty), Ok(None));
        let nan =
            r#"{"status":"success","data":{"resultType":"vector","result":[{"value":[1,"NaN"]}]}}"#;
        assert_eq!(parse_vector(nan), Ok(None));
        let bad = r#"{"status":"error","errorType":"bad_data","error":"parse error"}"#;
        assert!(parse_vector(bad).unwrap_err().contains("parse error"));
        assert!(parse_vector("<html>").unwrap_err().contains("not JSON"));
        let junk = r#"{"status":"success","data":{"result":[{"value":[1,"x"]}]}}"#;
        assert!(parse_vector(junk).unwrap_err().contains("not a number"));
    }

    #[test]
    fn the_line_says_what_is_known() {
        let mut r = SloReading {
            prometheus: "http://127.0.0.1:9090".into(),
            target: 0.999,
            window: "30d".into(),
            availability: Some(0.9995),
            budget_remaining: Some(0.5),
            error: None,
        };
        assert_eq!(
            r.line(),
            "SLO 99.9% over 30d: availability 99.95%, error budget left 50.0%"
        );
        r.budget_remaining = Some(-0.2);
        assert!(r.line().ends_with("(exhausted)"), "{}", r.line());
        r.availability = None;
        assert!(r.line().contains("no data yet"), "{}", r.line());
        r.error = Some("Prometheus at 127.0.0.1:1 is not running".into());
        assert!(r.line().contains("no reading"), "{}", r.line());
    }

    #[tokio::test]
    async fn a_closed_port_is_a_reading_with_an_error() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let slo = SloConfig::default();
        let r = read(
            &format!("http://127.0.0.1:{port}"),
            &slo,
            Duration::from_secs(1),
        )
        .await;
        assert!(r.error.as_deref().unwrap().contains("not running"), "{r:?}");
        let r = read("https://127.0.0.1:1", &slo, Duration::from_secs(1)).await;
        assert!(r.error.as_deref().unwrap().contains("http only"), "{r:?}");
    }
}
