//! The client side of the router's HTTP API, shared by `node drain`, `rollout`, `drill` and
//! `status` (and, for drills, an emulator's fault admin, which speaks the same way). hyper's
//! HTTP/1.1 client over one connection per request, with deadlines on connect and answer and a
//! cap on the body, so a silent or hostile peer can neither hang a command nor fill memory.
//!
//! Owns: requests to a running router. May import: `stack` (where the router listens, its
//! token) and `model` (error kinds).

use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Bytes;
use http_body_util::{BodyExt, Full, Limited};

use crate::model::ErrorKind;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
const ANSWER_TIMEOUT: Duration = Duration::from_secs(5);
/// Larger answers are refused: the router's biggest (`/v1/nodes` of 10,000 nodes) is ~2 MB.
pub const MAX_BODY: usize = 8 << 20;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{what} at {addr} is not running ({source})")]
    Unreachable {
        what: &'static str,
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("{what} at {addr} did not answer within {}", humantime::format_duration(*limit))]
    Timeout {
        what: &'static str,
        addr: SocketAddr,
        limit: Duration,
    },
    #[error("{what} at {addr} answered {status}: {body}")]
    Status {
        what: &'static str,
        addr: SocketAddr,
        status: u16,
        body: String,
    },
    #[error("{what} at {addr}: {detail}")]
    Protocol {
        what: &'static str,
        addr: SocketAddr,
        detail: String,
    },
}

impl ClientError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            ClientError::Unreachable { .. } => ErrorKind::Unreachable,
            ClientError::Timeout { .. } => ErrorKind::Timeout,
            ClientError::Status { status, .. } => {
                ErrorKind::from_status(*status).unwrap_or(ErrorKind::Protocol)
            }
            ClientError::Protocol { .. } => ErrorKind::Protocol,
        }
    }
}

/// An answer: status and body (UTF-8, lossily).
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_str(&self.body).ok()
    }
}

/// One request on a fresh connection. `what` names the peer in errors ("the router").
pub async fn request(
    addr: SocketAddr,
    what: &'static str,
    method: &str,
    path: &str,
    token: Option<&str>,
    json_body: Option<&str>,
) -> Result<Response, ClientError> {
    request_over(addr, None, what, method, path, token, json_body).await
}

/// [`request`], in TLS when `tls` is given (the certificate checked for `addr`'s IP).
#[allow(clippy::too_many_arguments)]
pub async fn request_over(
    addr: SocketAddr,
    tls: Option<&std::sync::Arc<rustls::ClientConfig>>,
    what: &'static str,
    method: &str,
    path: &str,
    token: Option<&str>,
    json_body: Option<&str>,
) -> Result<Response, ClientError> {
    let protocol = |detail: String| ClientError::Protocol { what, addr, detail };
    let tcp = tokio::time::timeout(CONNECT_TIMEOUT, tokio::net::TcpStream::connect(addr))
        .await
        .map_err(|_| ClientError::Timeout {
            what,
            addr,
            limit: CONNECT_TIMEOUT,
        })?
        .map_err(|source| ClientError::Unreachable { what, addr, source })?;
    let stream = tokio::time::timeout(
        CONNECT_TIMEOUT,
        crate::tls::client_stream(tcp, &addr.ip().to_string(), tls),
    )
    .await
    .map_err(|_| ClientError::Timeout {
        what,
        addr,
        limit: CONNECT_TIMEOUT,
    })?
    .map_err(|e| protocol(format!("TLS handshake: {e}")))?;
    let mut req = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("Host", addr.to_string());
    if let Some(t) = token {
        req = req.header("Authorization", format!("Bearer {t}"));
    }
    if json_body.is_some() {
        req = req.header("Content-Type", "application/json");
    }
    let req = req
        .body(Full::new(Bytes::from(json_body.unwrap_or("").to_string())))
        .map_err(|e| protocol(format!("cannot build the request: {e}")))?;
    let exchange = async {
        let (mut sender, conn) =
            hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
                .await
                .map_err(|e| protocol(e.to_string()))?;
        let conn = tokio::spawn(conn);
        let resp = sender
            .send_request(req)
            .await
            .map_err(|e| protocol(e.to_string()))?;
        let status = resp.status().as_u16();
        let body = Limited::new(resp.into_body(), MAX_BODY)
            .collect()
            .await
            .map_err(|e| protocol(format!("reading the answer: {e}")))?
            .to_bytes();
        conn.abort();
        Ok(Response {
            status,
            body: String::from_utf8_lossy(&body).into_owned(),
        })
    };
    tokio::time::timeout(ANSWER_TIMEOUT, exchange)
        .await
        .map_err(|_| ClientError::Timeout {
            what,
            addr,
            limit: ANSWER_TIMEOUT,
        })?
}

/// One node as the running router sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct RouterNode {
    pub name: String,
    pub healthy: bool,
    pub draining: bool,
    /// The router's average probe round trip.
    pub latency_ms: Option<f64>,
}

/// A running router, as a stack's `router` block describes it.
#[derive(Clone)]
pub struct RouterClient {
    pub addr: SocketAddr,
    token: Option<String>,
    transport: crate::health::Transport,
}

impl std::fmt::Debug for RouterClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RouterClient")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

const ROUTER: &str = "the router";

impl RouterClient {
    pub fn for_stack(stack: &crate::stack::Stack) -> Self {
        RouterClient {
            addr: stack.router.listen,
            token: stack.router.token.as_ref().map(|t| t.expose().to_string()),
            transport: crate::health::Transport::for_node(stack.router.tls.as_ref()),
        }
    }

    pub fn has_token(&self) -> bool {
        self.token.is_some()
    }

    async fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> Result<Response, ClientError> {
        let tls = self
            .transport
            .config()
            .map_err(|detail| ClientError::Protocol {
                what: ROUTER,
                addr: self.addr,
                detail,
            })?;
        request_over(
            self.addr,
            tls,
            ROUTER,
            method,
            path,
            self.token.as_deref(),
            body,
        )
        .await
    }

    /// A non-200 answer as an error.
    fn ok(&self, r: Response) -> Result<Response, ClientError> {
        if r.status == 200 {
            Ok(r)
        } else {
            Err(ClientError::Status {
                what: ROUTER,
                addr: self.addr,
                status: r.status,
                body: crate::diag::clip(&r.body, 300).into_owned(),
            })
        }
    }

    /// `GET /healthz`.
    pub async fn healthz(&self) -> Result<(), ClientError> {
        let r = self.call("GET", "/healthz", None).await?;
        self.ok(r).map(|_| ())
    }

    /// `GET /v1/nodes`.
    pub async fn nodes(&self) -> Result<Vec<RouterNode>, ClientError> {
        let r = self.ok(self.call("GET", "/v1/nodes", None).await?)?;
        let v = r.json().ok_or_else(|| ClientError::Protocol {
            what: ROUTER,
            addr: self.addr,
            detail: "GET /v1/nodes did not answer JSON".into(),
        })?;
        Ok(v["nodes"]
            .as_array()
            .map(|ns| {
                ns.iter()
                    .filter_map(|n| {
                        Some(RouterNode {
                            name: n["name"].as_str()?.to_string(),
                            healthy: n["healthy"] == true,
                            draining: n["draining"] == true,
                            latency_ms: n["latency_ms"].as_f64(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default())
    }

    /// `GET /metrics`: the Prometheus text.
    pub async fn metrics(&self) -> Result<String, ClientError> {
        let r = self.ok(self.call("GET", "/metrics", None).await?)?;
        Ok(r.body)
    }

    /// `POST /v1/nodes/NAME/drain` or `/undrain`.
    pub async fn set_drain(&self, node: &str, on: bool) -> Result<(), ClientError> {
        let path = format!("/v1/nodes/{node}/{}", if on { "drain" } else { "undrain" });
        let r = self.call("POST", &path, None).await?;
        self.ok(r).map(|_| ())
    }

    /// `POST /v1/select` for one guild: the chosen node's name, if any.
    pub async fn select(&self, guild: &str) -> Result<Option<String>, ClientError> {
        let body = serde_json::json!({ "guild_id": guild }).to_string();
        let r = self.call("POST", "/v1/select", Some(&body)).await?;
        Ok(r.json()
            .and_then(|v| v["node"]["name"].as_str().map(str::to_string)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn silent_oversized_and_absent_peers_are_typed_errors() {
        // Nothing listens: unreachable.
        let gone = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = gone.local_addr().unwrap();
        drop(gone);
        let e = request(addr, "x", "GET", "/", None, None)
            .await
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Unreachable, "{e}");

        // Accepts and never answers: a timeout, not a hang.
        let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = silent.local_addr().unwrap();
        let hold = tokio::spawn(async move {
            let (_s, _) = silent.accept().await.unwrap();
            tokio::time::sleep(Duration::from_secs(30)).await;
        });
        let t = std::time::Instant::now();
        let e = request(addr, "x", "GET", "/", None, None)
            .await
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Timeout, "{e}");
        assert!(t.elapsed() < Duration::from_secs(8));
        hold.abort();

        // Answers with more than MAX_BODY: refused, memory bounded.
        let big = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = big.local_addr().unwrap();
        tokio::spawn(async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let (mut s, _) = big.accept().await.unwrap();
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf).await;
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n",
                MAX_BODY + 1
            );
            let _ = s.write_all(head.as_bytes()).await;
            let chunk = vec![b'x'; 1 << 16];
            for _ in 0..(MAX_BODY / chunk.len() + 2) {
                if s.write_all(&chunk).await.is_err() {
                    break;
                }
            }
        });
        let e = request(addr, "x", "GET", "/", None, None)
            .await
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Protocol, "{e}");

        // A refused token is an auth error.
        let auth = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = auth.local_addr().unwrap();
        tokio::spawn(async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let (mut s, _) = auth.accept().await.unwrap();
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf).await;
            let _ = s
                .write_all(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 2\r\n\r\nno")
                .await;
        });
        let c = RouterClient {
            addr,
            token: Some("t".into()),
            transport: Default::default(),
        };
        let e = c.healthz().await.unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Auth, "{e}");
        assert!(e.to_string().contains("answered 401"), "{e}");
    }
}

/// One sample of the router's `/metrics` text (the exposition format it writes: no
/// timestamps, label values with `"` and `\` escaped).
#[derive(Debug, Clone, PartialEq)]
pub struct Sample<'a> {
    pub name: &'a str,
    labels: &'a str,
    pub value: f64,
}

impl Sample<'_> {
    /// The value of one label, unescaped.
    pub fn label(&self, key: &str) -> Option<String> {
        let mut rest = self.labels;
        while let Some((k, after)) = rest.split_once("=\"") {
            let mut value = String::new();
            let mut chars = after.char_indices();
            let mut end = after.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, n)) = chars.next() {
                            value.push(if n == 'n' { '\n' } else { n });
                        }
                    }
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    c => value.push(c),
                }
            }
            if k.trim_start_matches(',').trim() == key {
                return Some(value);
            }
            rest = &after[end..];
        }
        None
    }
}

/// The samples of an exposition text; comments and lines that do not parse are skipped.
pub fn samples(text: &str) -> impl Iterator<Item = Sample<'_>> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (series, value) = l.rsplit_once(' ')?;
            let value = value.parse::<f64>().ok()?;
            let (name, labels) = match series.split_once('{') {
                Some((n, rest)) => (n, rest.strip_suffix('}')?),
                None => (series, ""),
            };
            Some(Sample {
                name,
                labels,
                value,
            })
        })
}

/// The `q` quantile of a cumulative histogram (`(le, count)` pairs, `+Inf` last), linear
/// within a bucket as Prometheus' `histogram_quantile` is; `None` without observations.
pub fn histogram_quantile(q: f64, buckets: &[(f64, f64)]) -> Option<f64> {
    let mut sorted: Vec<(f64, f64)> = buckets.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total = sorted.last()?.1;
    if total.is_nan() || total <= 0.0 {
        return None;
    }
    let rank = q.clamp(0.0, 1.0) * total;
    let (mut lower, mut below) = (0.0, 0.0);
    for (le, count) in &sorted {
        if *count >= rank {
            if le.is_infinite() {
                // Past the last finite bound nothing is known but that bound.
                return Some(lower);
            }
            let inside = count - below;
            return Some(if inside > 0.0 {
                lower + (le - lower) * (rank - below) / inside
            } else {
                *le
            });
        }
        (lower, below) = (*le, *count);
    }
    Some(lower)
}

#[cfg(test)]
mod exposition_tests {
    use super::*;

    #[test]
    fn samples_and_labels_read_back_what_the_router_writes() {
        let text = "# HELP x y\nlavastack_probe_total{node=\"eu-1\",region=\"eu\",result=\"fail\"} 3\nlavastack_failovers_total{node=\"a\\\"b\"} 2\nplain 1.5\nbroken{ x\n";
        let s: Vec<_> = samples(text).collect();
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].name, "lavastack_probe_total");
        assert_eq!(s[0].label("region").as_deref(), Some("eu"));
        assert_eq!(s[0].label("result").as_deref(), Some("fail"));
        assert_eq!(s[0].label("nope"), None);
        assert_eq!(s[1].label("node").as_deref(), Some("a\"b"));
        assert_eq!((s[2].name, s[2].value), ("plain", 1.5));
    }

    #[test]
    fn quantiles_interpolate_within_a_bucket() {
        let b = [(0.001, 50.0), (0.01, 100.0), (f64::INFINITY, 100.0)];
        let q = |q| histogram_quantile(q, &b).unwrap();
        assert!((q(0.5) - 0.001).abs() < 1e-12);
        assert!((q(0.75) - 0.0055).abs() < 1e-12);
        assert_eq!(
            histogram_quantile(0.99, &[(0.1, 0.0), (f64::INFINITY, 0.0)]),
            None
        );
        // Everything past the last bound: the bound is all that is known.
        assert_eq!(
            histogram_quantile(0.99, &[(0.1, 0.0), (f64::INFINITY, 4.0)]),
            Some(0.1)
        );
    }
}
