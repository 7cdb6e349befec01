//! Health probes for Lavalink nodes: REST (`/version`, `/v4/stats` with the password) and a
//! WebSocket handshake that must produce `ready`. Every step has a deadline, and every failure
//! says which step failed, so "wrong password", "not listening" and "hung" read differently.

use std::time::{Duration, Instant};

use bytes_compat::Bytes;
use futures_util::StreamExt;
use http_body_util::{BodyExt, Empty};
use serde::Serialize;
use serde_json::Value as Json;
use tokio::net::TcpStream;

mod bytes_compat {
    pub use axum::body::Bytes;
}

#[derive(Debug, Clone)]
pub struct Target {
    pub host: String,
    pub port: u16,
    pub password: Option<String>,
    pub transport: Transport,
}

/// How a node is reached: plain, or TLS checked against the stack's CA. A TLS setting that
/// could not be built is a probe failure naming why, never a silent fall back to plain.
#[derive(Debug, Clone, Default)]
pub enum Transport {
    #[default]
    Plain,
    Tls(std::sync::Arc<rustls::ClientConfig>),
    Invalid(String),
}

impl Transport {
    /// The transport for a node's resolved TLS settings.
    pub fn for_node(tls: Option<&crate::model::NodeTls>) -> Transport {
        let Some(t) = tls else {
            return Transport::Plain;
        };
        let verify = match (&t.ca, t.verify) {
            (_, false) => crate::tls::Verify::Off,
            (Some(ca), true) => crate::tls::Verify::Ca(ca.clone()),
            (None, true) => return Transport::Invalid("tls.ca is not set".into()),
        };
        match crate::tls::client_config(&verify) {
            Ok(c) => Transport::Tls(c),
            Err(e) => Transport::Invalid(e.to_string()),
        }
    }

    pub fn is_tls(&self) -> bool {
        !matches!(self, Transport::Plain)
    }

    /// The client configuration, `None` for plain; an invalid setting is the error.
    pub fn config(&self) -> Result<Option<&std::sync::Arc<rustls::ClientConfig>>, String> {
        match self {
            Transport::Plain => Ok(None),
            Transport::Tls(c) => Ok(Some(c)),
            Transport::Invalid(why) => Err(format!("TLS: {why}")),
        }
    }
}

/// Connects to a node, in TLS when its transport says so. Errors say which step failed.
pub async fn connect(t: &Target) -> Result<crate::tls::Stream, String> {
    let cfg = t.transport.config()?;
    let tcp = TcpStream::connect((t.host.as_str(), t.port))
        .await
        .map_err(|e| e.to_string())?;
    let _ = tcp.set_nodelay(true);
    crate::tls::client_stream(tcp, &t.host, cfg)
        .await
        .map_err(|e| format!("TLS handshake: {e}"))
}

/// A Lavalink WebSocket session to a node (`/v4/websocket`, ws or wss), with the password,
/// `User-Id` and this `Client-Name`.
pub async fn node_websocket(
    t: &Target,
    user_id: u64,
    client_name: &'static str,
) -> Result<
    tokio_tungstenite::WebSocketStream<crate::tls::Stream>,
    tokio_tungstenite::tungstenite::Error,
> {
    use tokio_tungstenite::tungstenite::{client::IntoClientRequest, Error};
    let scheme = if t.transport.is_tls() { "wss" } else { "ws" };
    let mut req = format!("{scheme}://{}:{}/v4/websocket", t.host, t.port).into_client_request()?;
    let hd = req.headers_mut();
    if let Some(pw) = &t.password {
        if let Ok(v) = pw.parse() {
            hd.insert("Authorization", v);
        }
    }
    hd.insert("User-Id", user_id.into());
    hd.insert(
        "Client-Name",
        axum::http::HeaderValue::from_static(client_name),
    );
    let stream = connect(t)
        .await
        .map_err(|e| Error::Io(std::io::Error::other(e)))?;
    let (ws, _) = tokio_tungstenite::client_async(req, stream).await?;
    Ok(ws)
}

/// What one probe found. `healthy` means REST and WebSocket both answered correctly.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Health {
    pub healthy: bool,
    pub reachable: bool,
    pub version: Option<String>,
    /// Round trip of `GET /version`.
    pub latency_ms: Option<f64>,
    pub players: Option<u64>,
    pub playing_players: Option<u64>,
    pub system_load: Option<f64>,
    pub lavalink_load: Option<f64>,
    pub memory_used: Option<u64>,
    /// The most the JVM may grow to (`memory.reservable`).
    pub memory_reservable: Option<u64>,
    pub cpu_cores: Option<u64>,
    pub uptime_ms: Option<u64>,
    pub error: Option<String>,
    /// What kind of failure `error` is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_kind: Option<crate::model::ErrorKind>,
}

#[derive(Debug, thiserror::Error)]
enum ProbeError {
    #[error("not reachable: {0}")]
    Connect(String),
    #[error("{step}: no answer within {limit:?}")]
    Timeout { step: &'static str, limit: Duration },
    #[error("{step}: {msg}")]
    Step { step: &'static str, msg: String },
}

impl ProbeError {
    fn kind(&self) -> crate::model::ErrorKind {
        use crate::model::ErrorKind;
        match self {
            ProbeError::Connect(_) => ErrorKind::Unreachable,
            ProbeError::Timeout { .. } => ErrorKind::Timeout,
            ProbeError::Step { msg, .. }
                if msg.starts_with("HTTP 401") || msg.starts_with("HTTP 403") =>
            {
                ErrorKind::Auth
            }
            ProbeError::Step { .. } => ErrorKind::Protocol,
        }
    }
}

/// Why a node did not become healthy, with the kind of the last failure.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct NotHealthy {
    pub message: String,
    /// `None` when the wait ended for a reason of the node's own (its process died on start):
    /// not a network failure, and no retry would fix it.
    pub kind: Option<crate::model::ErrorKind>,
}

async fn get(
    sender: &mut hyper::client::conn::http1::SendRequest<Empty<Bytes>>,
    t: &Target,
    path: &str,
) -> Result<(u16, Bytes), String> {
    let mut req = hyper::Request::get(path).header("Host", format!("{}:{}", t.host, t.port));
    if let Some(pw) = &t.password {
        req = req.header("Authorization", pw);
    }
    let req = req.body(Empty::new()).map_err(|e| e.to_string())?;
    sender.ready().await.map_err(|e| e.to_string())?;
    let resp = sender.send_request(req).await.map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    // A node's answers are small (stats are ~300 bytes); a peer streaming more is refused.
    let body = http_body_util::Limited::new(resp.into_body(), 1 << 20)
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, body))
}

fn http_error(status: u16, body: &[u8]) -> String {
    match status {
        401 => "HTTP 401: no password was sent (set the stack's password)".into(),
        403 => "HTTP 403: wrong password".into(),
        _ => {
            let text = String::from_utf8_lossy(body);
            let msg = serde_json::from_str::<Json>(&text)
                .ok()
                .and_then(|v| v["message"].as_str().map(str::to_string))
                .unwrap_or_else(|| text.chars().take(120).collect());
            format!("HTTP {status}: {msg}")
        }
    }
}

async fn within<T>(
    step: &'static str,
    limit: Duration,
    f: impl std::future::Future<Output = Result<T, ProbeError>>,
) -> Result<T, ProbeError> {
    tokio::time::timeout(limit, f)
        .await
        .map_err(|_| ProbeError::Timeout { step, limit })?
}

async fn rest(t: &Target, timeout: Duration, h: &mut Health) -> Result<(), ProbeError> {
    let cfg = t.transport.config().map_err(|msg| ProbeError::Step {
        step: "connect",
        msg,
    })?;
    let tcp = within("connect", timeout, async {
        TcpStream::connect((t.host.as_str(), t.port))
            .await
            .map_err(|e| ProbeError::Connect(e.to_string()))
    })
    .await?;
    h.reachable = true;
    let stream = within("TLS handshake", timeout, async {
        crate::tls::client_stream(tcp, &t.host, cfg)
            .await
            .map_err(|e| ProbeError::Step {
                step: "TLS handshake",
                msg: e.to_string(),
            })
    })
    .await?;
    let io = hyper_util::rt::TokioIo::new(stream);
    let (mut sender, conn) = within("HTTP handshake", timeout, async {
        hyper::client::conn::http1::handshake(io)
            .await
            .map_err(|e| ProbeError::Step {
                step: "HTTP handshake",
                msg: e.to_string(),
            })
    })
    .await?;
    let conn = tokio::spawn(conn);
    let started = Instant::now();
    let (status, body) = within("GET /version", timeout, async {
        get(&mut sender, t, "/version")
            .await
            .map_err(|msg| ProbeError::Step {
                step: "GET /version",
                msg,
            })
    })
    .await?;
    h.latency_ms = Some(started.elapsed().as_secs_f64() * 1000.0);
    if status != 200 {
        return Err(ProbeError::Step {
            step: "GET /version",
            msg: http_error(status, &body),
        });
    }
    h.version = Some(String::from_utf8_lossy(&body).trim().to_string());
    let (status, body) = within("GET /v4/stats", timeout, async {
        get(&mut sender, t, "/v4/stats")
            .await
            .map_err(|msg| ProbeError::Step {
                step: "GET /v4/stats",
                msg,
            })
    })
    .await?;
    conn.abort();
    if status != 200 {
        return Err(ProbeError::Step {
            step: "GET /v4/stats",
            msg: http_error(status, &body),
        });
    }
    let v: Json = serde_json::from_slice(&body).map_err(|e| ProbeError::Step {
        step: "GET /v4/stats",
        msg: format!("not a stats object: {e}"),
    })?;
    h.players = v["players"].as_u64();
    h.playing_players = v["playingPlayers"].as_u64();
    h.system_load = v["cpu"]["systemLoad"].as_f64();
    h.lavalink_load = v["cpu"]["lavalinkLoad"].as_f64();
    h.memory_used = v["memory"]["used"].as_u64();
    h.memory_reservable = v["memory"]["reservable"].as_u64();
    h.cpu_cores = v["cpu"]["cores"].as_u64();
    h.uptime_ms = v["uptime"].as_u64();
    Ok(())
}

async fn websocket(t: &Target, timeout: Duration) -> Result<(), ProbeError> {
    let step = "WebSocket /v4/websocket";
    within(step, timeout, async {
        let mut ws = node_websocket(t, 1, concat!("lavastack-probe/", env!("CARGO_PKG_VERSION")))
            .await
            .map_err(|e| {
                let msg = match &e {
                    tokio_tungstenite::tungstenite::Error::Http(r) => {
                        http_error(r.status().as_u16(), b"")
                    }
                    other => other.to_string(),
                };
                ProbeError::Step { step, msg }
            })?;
        while let Some(m) = ws.next().await {
            let m = m.map_err(|e| ProbeError::Step {
                step,
                msg: e.to_string(),
            })?;
            if let tokio_tungstenite::tungstenite::Message::Text(t) = m {
                let v: Json = serde_json::from_str(&t).unwrap_or_default();
                if v["op"] == "ready" {
                    let _ = ws.close(None).await;
                    return Ok(());
                }
            }
        }
        Err(ProbeError::Step {
            step,
            msg: "closed before sending ready".into(),
        })
    })
    .await
}

/// REST only (`/version` and `/v4/stats`): what a periodic watcher needs between the events of
/// a WebSocket session it already holds.
pub async fn probe_rest(t: &Target, timeout: Duration) -> Health {
    let mut h = Health::default();
    match rest(t, timeout, &mut h).await {
        Ok(()) => h.healthy = true,
        Err(e) => {
            h.error_kind = Some(e.kind());
            h.error = Some(e.to_string());
        }
    }
    h
}

/// Probes one node: REST first (reachability, version, stats), then a WebSocket session.
pub async fn probe(t: &Target, timeout: Duration) -> Health {
    let mut h = Health::default();
    let result = match rest(t, timeout, &mut h).await {
        Ok(()) => websocket(t, timeout).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => h.healthy = true,
        Err(e) => {
            h.error_kind = Some(e.kind());
            h.error = Some(e.to_string());
        }
    }
    h
}

/// Probes until healthy or `deadline` passes; returns the last result. `alive` says why the
/// wait is pointless (the process died), which ends it at once.
pub async fn wait_healthy(
    t: &Target,
    deadline: Duration,
    mut alive: impl FnMut() -> Result<(), String>,
) -> Result<Health, NotHealthy> {
    use crate::model::ErrorKind;
    let until = Instant::now() + deadline;
    let mut last;
    loop {
        alive().map_err(|message| NotHealthy {
            message,
            kind: None,
        })?;
        last = probe(t, Duration::from_secs(2)).await;
        if last.healthy {
            return Ok(last);
        }
        let kind = last.error_kind.unwrap_or(ErrorKind::Protocol);
        // A wrong password never heals by waiting.
        if kind == ErrorKind::Auth {
            return Err(NotHealthy {
                message: last.error.unwrap_or_default(),
                kind: Some(kind),
            });
        }
        if Instant::now() >= until {
            return Err(NotHealthy {
                message: format!(
                    "not healthy after {}: {}",
                    humantime::format_duration(deadline),
                    last.error.unwrap_or_default()
                ),
                kind: Some(kind),
            });
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
