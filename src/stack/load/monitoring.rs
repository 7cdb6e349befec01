//! Loading, part 5: what watches the cluster: the `slo`, `monitoring` and `receiver` blocks.

use super::*;

use crate::stack::{MonitoringConfig, Receiver};

impl Loader {
    /// The `slo` block: an availability in (0, 1), a window of 1h to 90d, a latency that is one
    /// of the router's probe buckets.
    pub(super) fn slo(&mut self, b: &Block, ctx: &Context) -> SloConfig {
        let a = self.attrs(b, &schema::SLO, ctx);
        let mut slo = SloConfig::default();
        if let Some(v) = a.get("availability") {
            match v.as_f64().filter(|x| *x > 0.0 && *x < 1.0) {
                Some(x) => slo.availability = x,
                None => {
                    self.err(
                        format!("slo: availability must be a number between 0 and 1 (e.g. 0.999), found {v}"),
                        a.span("availability"),
                    );
                }
            }
        }
        if let Some(w) = a.str("window") {
            match humantime::parse_duration(&w) {
                Ok(d) if (SLO_WINDOW_MIN..=SLO_WINDOW_MAX).contains(&d) => slo.window = d,
                Ok(_) => {
                    self.err(
                        format!("slo: window must be from 1h to 90d, found \"{w}\""),
                        a.span("window"),
                    );
                }
                Err(e) => {
                    self.err(
                        format!("slo: window \"{w}\" is not a duration: {e}"),
                        a.span("window"),
                    );
                }
            }
        }
        if let Some(ms) = a.int("latency_ms") {
            match u32::try_from(ms)
                .ok()
                .filter(|m| SLO_LATENCY_BUCKETS_MS.contains(m))
            {
                Some(m) => slo.latency_ms = m,
                None => {
                    let d = self.err(
                        format!(
                            "slo: latency_ms must be one of the router's probe buckets, found {ms}"
                        ),
                        a.span("latency_ms"),
                    );
                    d.help = Some(format!(
                        "one of {}",
                        SLO_LATENCY_BUCKETS_MS
                            .iter()
                            .map(u32::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
        }
        slo
    }

    /// The `monitoring` block: addresses as host:port, intervals in ranges Prometheus and
    /// Alertmanager accept and a person would mean.
    pub(super) fn monitoring(&mut self, b: &Block, ctx: &Context) -> MonitoringConfig {
        let a = self.attrs(b, &schema::MONITORING, ctx);
        let mut m = MonitoringConfig::default();
        if let Some(u) = a.str("prometheus") {
            match url::Url::parse(&u) {
                Ok(p) if matches!(p.scheme(), "http" | "https") && p.host().is_some() => {
                    m.prometheus = Some(u.trim_end_matches('/').to_string());
                }
                _ => {
                    self.err(
                        format!("monitoring: prometheus must be an http(s) URL such as http://127.0.0.1:9090, found \"{u}\""),
                        a.span("prometheus"),
                    );
                }
            }
        }
        if let Some(list) = a.list("alertmanagers") {
            for am in &list {
                if !is_host_port(am) {
                    self.err(
                        format!("monitoring: alertmanagers entry \"{am}\" is not host:port"),
                        a.span("alertmanagers"),
                    );
                }
            }
            m.alertmanagers = list;
        }
        if let Some(e) = a.str("edge_metrics") {
            if e.is_empty() {
                m.edge_metrics = None;
            } else if is_host_port(&e) {
                m.edge_metrics = Some(e);
            } else {
                self.err(
                    format!(
                        "monitoring: edge_metrics \"{e}\" is not host:port (\"\" turns it off)"
                    ),
                    a.span("edge_metrics"),
                );
            }
        }
        let ranges: [(&str, u64, u64, &mut Duration); 4] = [
            ("scrape_interval", 1, 300, &mut m.scrape_interval),
            ("group_wait", 0, 600, &mut m.group_wait),
            ("group_interval", 1, 3600, &mut m.group_interval),
            ("repeat_interval", 60, 7 * 86_400, &mut m.repeat_interval),
        ];
        for (k, lo, hi, slot) in ranges {
            if let Some(d) = a.duration(k) {
                if d < Duration::from_secs(lo) || d > Duration::from_secs(hi) {
                    self.err(
                        format!(
                            "monitoring: {k} must be from {} to {}, found {}",
                            humantime::format_duration(Duration::from_secs(lo)),
                            humantime::format_duration(Duration::from_secs(hi)),
                            humantime::format_duration(d)
                        ),
                        a.span(k),
                    );
                } else {
                    *slot = d;
                }
            }
        }
        m
    }

    /// `receiver "<name>"` blocks: each type needs its own fields; credentials become secrets.
    pub(super) fn receivers(&mut self, blocks: &[&Block], ctx: &Context) -> Vec<Receiver> {
        let mut out = Vec::new();
        for b in blocks {
            let a = self.attrs(b, &schema::RECEIVER, ctx);
            let name = b.labels[0].as_str().to_string();
            let kind = a.str("type").unwrap_or_default();
            if !schema::RECEIVER_TYPES.contains(&kind.as_str()) {
                let d = self.err(
                    format!("receiver \"{name}\": unknown type \"{kind}\""),
                    a.span("type"),
                );
                d.help = Some(format!("types: {}", schema::RECEIVER_TYPES.join(", ")));
                continue;
            }
            let severities = a.list("severities").unwrap_or_default();
            for s in &severities {
                if !schema::SEVERITIES.contains(&s.as_str()) {
                    let d = self.err(
                        format!("receiver \"{name}\": unknown severity \"{s}\""),
                        a.span("severities"),
                    );
                    d.help = Some(format!("severities: {}", schema::SEVERITIES.join(", ")));
                }
            }
            let needs: &[&str] = match kind.as_str() {
                "webhook" | "discord" | "slack" => &["url"],
                "pagerduty" => &["routing_key"],
                _ => &["to", "from", "smarthost"],
            };
            for k in needs {
                if a.str(k).is_none_or(|v| v.is_empty()) {
                    self.err(
                        format!("receiver \"{name}\": a {kind} receiver needs `{k}`"),
                        header_span(b),
                    );
                }
            }
            if let Some(u) = a.str("url") {
                if !url::Url::parse(&u).is_ok_and(|p| matches!(p.scheme(), "http" | "https")) {
                    // The URL is a credential: say where, not what.
                    self.err(
                        format!("receiver \"{name}\": url is not an http(s) URL"),
                        a.span("url"),
                    );
                }
            }
            if let Some(h) = a.str("smarthost") {
                if !is_host_port(&h) {
                    self.err(
                        format!("receiver \"{name}\": smarthost \"{h}\" is not host:port"),
                        a.span("smarthost"),
                    );
                }
            }
            let mut secret = |k: &str| {
                a.str(k).filter(|v| !v.is_empty()).map(|v| {
                    let s = Secret::new(v);
                    self.redactor.add(&s);
                    s
                })
            };
            let url = secret("url");
            let routing_key = secret("routing_key");
            let auth_password = secret("auth_password");
            out.push(Receiver {
                name,
                kind,
                severities,
                url,
                routing_key,
                channel: a.str("channel"),
                to: a.str("to"),
                from: a.str("from"),
                smarthost: a.str("smarthost"),
                auth_username: a.str("auth_username"),
                auth_password,
            });
        }
        out
    }
}

/// "host:port" with a port that parses: what Prometheus's static targets take.
fn is_host_port(s: &str) -> bool {
    s.rsplit_once(':').is_some_and(|(h, p)| {
        !h.is_empty() && !h.contains(['/', ' ', '"']) && p.parse::<u16>().is_ok_and(|p| p > 0)
    })
}
