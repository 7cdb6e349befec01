//! A load generator that drives Lavalink v4 nodes the way bots do: one or more simulated bot
//! clients, each with a WebSocket session per node; G guilds, each owned by one client and
//! placed on a node (by the router's `/v1/select`, the stack's selection policy run here, or by
//! weight), a player created with a voice update and a track, the queue played on
//! (`TrackEndEvent` -> next track), and a mix of REST calls per guild per minute. A schedule of
//! phases ramps the guilds up (or down) and holds. When a node's session drops, its guilds
//! re-select and resume on another node at their last position; the playback gap (last
//! position update on the old node to the first on the new) is measured per guild.
//!
//! Owns: the generator, its schedule (and the phase file's format) and its measurements. May
//! import: `router::client` (select), `policy` (selection run here), `files` (the phase file),
//! `task` (join failures), `numfmt`. Bounded everywhere: guilds, clients, phases and durations
//! are validated by [`LoadConfig::check`], every request has a deadline, the histograms are
//! fixed-size.

pub mod chart;
pub mod hist;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde::Serialize;
use serde_json::{json, Value as Json};
use tokio::sync::{mpsc, watch};

pub use hist::Hist;

/// Upper bounds a run may not pass (a typo must not start a million players).
pub const MAX_GUILDS: usize = 100_000;
pub const MAX_MULTIPLE: f64 = 20.0;
pub const MAX_PHASE: Duration = Duration::from_secs(3600);
pub const MAX_PHASES: usize = 100;
/// The whole schedule (the time series holds a point a second for this long).
pub const MAX_SCHEDULE: Duration = Duration::from_secs(4 * 3600);
pub const MAX_CLIENTS: usize = 64;
/// The largest phase file read.
pub const MAX_PHASE_FILE: u64 = 64 << 10;

#[derive(Debug, Clone)]
pub struct NodeTarget {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub password: Option<String>,
    pub weight: u32,
    /// What a selection policy sees of the node (`--via policy`).
    pub region: String,
    pub zone: String,
    pub priority: u32,
    pub tags: BTreeMap<String, String>,
    /// Plain or TLS, as the node was applied.
    pub transport: crate::health::Transport,
}

impl NodeTarget {
    fn health(&self) -> crate::health::Target {
        crate::health::Target {
            host: self.host.clone(),
            port: self.port,
            password: self.password.clone(),
            transport: self.transport.clone(),
        }
    }
}

/// Connections for the pooled REST client: plain, or TLS for the nodes that serve it (each
/// with its own client configuration, checked for the host it dials).
#[derive(Clone)]
struct Connector {
    tls: Arc<HashMap<(String, u16), Arc<rustls::ClientConfig>>>,
    timeout: Duration,
}

struct Conn(hyper_util::rt::TokioIo<crate::tls::Stream>);

impl hyper_util::client::legacy::connect::Connection for Conn {
    fn connected(&self) -> hyper_util::client::legacy::connect::Connected {
        hyper_util::client::legacy::connect::Connected::new()
    }
}

impl hyper::rt::Read for Conn {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for Conn {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.0).poll_write(cx, buf)
    }
    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.0).poll_flush(cx)
    }
    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl tower_service::Service<hyper::Uri> for Connector {
    type Response = Conn;
    type Error = std::io::Error;
    type Future =
        std::pin::Pin<Box<dyn std::future::Future<Output = std::io::Result<Conn>> + Send>>;

    fn poll_ready(
        &mut self,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn call(&mut self, uri: hyper::Uri) -> Self::Future {
        let me = self.clone();
        Box::pin(async move {
            let host = uri.host().unwrap_or_default().to_string();
            let port = uri.port_u16().unwrap_or(80);
            let tcp = tokio::time::timeout(
                me.timeout,
                tokio::net::TcpStream::connect((host.as_str(), port)),
            )
            .await
            .map_err(|_| {
                std::io::Error::new(std::io::ErrorKind::TimedOut, "connect timed out")
            })??;
            let _ = tcp.set_nodelay(true);
            let cfg = me.tls.get(&(host.clone(), port));
            let s = crate::tls::client_stream(tcp, &host, cfg).await?;
            Ok(Conn(hyper_util::rt::TokioIo::new(s)))
        })
    }
}

/// One step of the schedule: start (or stop) guilds over `ramp` until `guilds` play, then hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    pub name: String,
    pub guilds: usize,
    pub ramp: Duration,
    pub hold: Duration,
}

impl Phase {
    /// Checks the flags that make the two-phase schedule, in their terms.
    pub fn check_flags(
        guilds: usize,
        to: f64,
        ramp: Duration,
        hold: Duration,
    ) -> Result<(), String> {
        if guilds == 0 || guilds > MAX_GUILDS {
            return Err(format!(
                "--guilds must be from 1 to {MAX_GUILDS}, found {guilds}"
            ));
        }
        if !(1.0..=MAX_MULTIPLE).contains(&to) || !to.is_finite() {
            return Err(format!(
                "--to must be from 1x to {MAX_MULTIPLE}x, found {to}"
            ));
        }
        if (guilds as f64 * to) as usize > MAX_GUILDS {
            return Err(format!(
                "--guilds {guilds} x --to {to} is more than {MAX_GUILDS} guilds"
            ));
        }
        if hold.is_zero() || hold > MAX_PHASE || ramp > MAX_PHASE {
            return Err("--hold must be from 1s to 1h and --ramp at most 1h".into());
        }
        Ok(())
    }

    /// The flags' schedule: `guilds` for a base phase, then `guilds x to` (when above 1x).
    pub fn base_and_peak(guilds: usize, to: f64, ramp: Duration, hold: Duration) -> Vec<Phase> {
        let mut p = vec![Phase {
            name: "base".into(),
            guilds,
            ramp,
            hold,
        }];
        if to > 1.0 {
            p.push(Phase {
                name: format!("{}x", crate::numfmt::decimal(to, 2)),
                guilds: (guilds as f64 * to).round() as usize,
                ramp,
                hold,
            });
        }
        p
    }
}

/// Reads a phase file: one phase a line, `NAME GUILDS RAMP HOLD`, where GUILDS is a count or
/// a multiple of the first phase's (`3x`); `#` starts a comment. Errors name the file, the line
/// and the field.
pub fn parse_phases(text: &str, file: &str) -> Result<Vec<Phase>, String> {
    let mut phases: Vec<Phase> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let at = |field: &str, why: String| format!("{file}:{}: {field}: {why}", i + 1);
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() != 4 {
            return Err(format!(
                "{file}:{}: expected NAME GUILDS RAMP HOLD (e.g. `peak 3x 30s 2m`), found {} field(s)",
                i + 1,
                f.len()
            ));
        }
        let name = f[0];
        if name.len() > 32
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        {
            return Err(at(
                "name",
                format!("\"{name}\" must be at most 32 letters, digits, '-', '_' or '.'"),
            ));
        }
        if phases.iter().any(|p| p.name == name) {
            return Err(at("name", format!("phase \"{name}\" is named twice")));
        }
        let guilds = match f[1].strip_suffix('x') {
            Some(m) => {
                let Some(first) = phases.first() else {
                    return Err(at(
                        "guilds",
                        "the first phase needs a count: a multiple is of the first phase".into(),
                    ));
                };
                let m: f64 = m
                    .parse()
                    .ok()
                    .filter(|m: &f64| m.is_finite() && (0.0..=MAX_MULTIPLE).contains(m))
                    .ok_or_else(|| {
                        at(
                            "guilds",
                            format!("\"{}\" must be a multiple from 0x to {MAX_MULTIPLE}x", f[1]),
                        )
                    })?;
                (first.guilds as f64 * m).round() as usize
            }
            None => f[1].parse().map_err(|_| {
                at(
                    "guilds",
                    format!(
                        "\"{}\" is not a count of guilds or a multiple like 3x",
                        f[1]
                    ),
                )
            })?,
        };
        let dur = |field: &str, v: &str| -> Result<Duration, String> {
            humantime::parse_duration(v).map_err(|e| {
                at(
                    field,
                    format!("\"{v}\" is not a duration ({e}); write e.g. 30s"),
                )
            })
        };
        phases.push(Phase {
            name: name.to_string(),
            guilds,
            ramp: dur("ramp", f[2])?,
            hold: dur("hold", f[3])?,
        });
        if phases.len() > MAX_PHASES {
            return Err(format!("{file}: more than {MAX_PHASES} phases"));
        }
    }
    if phases.is_empty() {
        return Err(format!(
            "{file}: no phase (one a line: NAME GUILDS RAMP HOLD)"
        ));
    }
    // Ranges in the file's terms, with the line of the phase at fault.
    let line_of = |name: &str| {
        text.lines()
            .position(|l| l.split('#').next().unwrap_or("").split_whitespace().next() == Some(name))
            .map_or(0, |i| i + 1)
    };
    for (k, p) in phases.iter().enumerate() {
        if let Err(why) = p.check(k == 0) {
            return Err(format!("{file}:{}: {why}", line_of(&p.name)));
        }
    }
    Ok(phases)
}

impl Phase {
    fn check(&self, first: bool) -> Result<(), String> {
        if self.guilds > MAX_GUILDS || (first && self.guilds == 0) {
            return Err(format!(
                "guilds: phase {} has {}; a phase has at most {MAX_GUILDS}{}",
                self.name,
                self.guilds,
                if first {
                    " and the first at least 1"
                } else {
                    ""
                }
            ));
        }
        if self.hold < Duration::from_secs(1) || self.hold > MAX_PHASE {
            return Err(format!(
                "hold: phase {} holds {}; a hold is from 1s to 1h",
                self.name,
                humantime::format_duration(self.hold)
            ));
        }
        if self.ramp > MAX_PHASE {
            return Err(format!(
                "ramp: phase {} ramps over {}; a ramp is at most 1h",
                self.name,
                humantime::format_duration(self.ramp)
            ));
        }
        Ok(())
    }
}

/// Where a guild asks for its node.
#[derive(Clone)]
pub enum Placement {
    /// The router's `/v1/select`; when it does not answer, by weight, as a bot falls back.
    Router(crate::router::client::RouterClient),
    /// The stack's selection policy, run here over the generator's own view: the nodes' live
    /// sessions and the guilds it placed on each.
    Policy {
        policy: std::sync::Arc<dyn crate::policy::Policy>,
        config: Json,
    },
    /// Rendezvous hashing by the nodes' weights.
    Weight,
}

impl Placement {
    fn describe(&self) -> String {
        match self {
            Placement::Router(_) => "through the router".into(),
            Placement::Policy { policy, .. } => format!("by the policy {}", policy.name()),
            Placement::Weight => "by weight".into(),
        }
    }
}

impl std::fmt::Debug for Placement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

#[derive(Debug, Clone)]
pub struct LoadConfig {
    pub phases: Vec<Phase>,
    /// Simulated bot clients; each has its own session on every node and its share of guilds.
    pub clients: usize,
    /// REST calls per guild per minute besides the ones playing needs.
    pub rest_per_minute: u32,
    /// Length of each queued track.
    pub track: Duration,
    pub timeout: Duration,
    pub placement: Placement,
    /// The first client's Discord user id (the `User-Id` header); client k uses this + k.
    pub user_id: u64,
    /// Where searches go when not to the guild's node: the edge's shared frontend.
    pub stateless: Option<(String, u16)>,
}

impl LoadConfig {
    /// Says what makes no sense, in flag terms.
    pub fn check(&self) -> Result<(), String> {
        if self.phases.is_empty() || self.phases.len() > MAX_PHASES {
            return Err(format!("a schedule has 1 to {MAX_PHASES} phases"));
        }
        for (k, p) in self.phases.iter().enumerate() {
            p.check(k == 0)?;
        }
        let total: Duration = self.phases.iter().map(|p| p.ramp + p.hold).sum();
        if total > MAX_SCHEDULE {
            return Err(format!(
                "the schedule runs {}; at most {}",
                humantime::format_duration(total),
                humantime::format_duration(MAX_SCHEDULE)
            ));
        }
        if self.clients == 0 || self.clients > MAX_CLIENTS {
            return Err(format!(
                "--clients must be from 1 to {MAX_CLIENTS}, found {}",
                self.clients
            ));
        }
        if self.rest_per_minute > 600 {
            return Err(format!(
                "--rest-per-minute must be at most 600, found {}",
                self.rest_per_minute
            ));
        }
        if self.track < Duration::from_millis(500) || self.track > MAX_PHASE {
            return Err("--track must be from 500ms to 1h".into());
        }
        Ok(())
    }

    /// The schedule's length.
    pub fn duration(&self) -> Duration {
        self.phases.iter().map(|p| p.ramp + p.hold).sum()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("node {node}: {detail}")]
    Node { node: String, detail: String },
    #[error("no node to drive")]
    NoNodes,
}

/// What a guild hears from the node it plays on.
#[derive(Debug)]
enum Ev {
    TrackEnd,
    TrackStart,
    Update { position: u64 },
    NodeGone,
}

/// One client's session on one node.
struct NodeConn {
    session: String,
    alive: watch::Receiver<bool>,
    gone: Arc<watch::Sender<bool>>,
}

/// Marks a client's session on a node gone once, and tells every guild of that client on it at
/// once, as a bot's `disconnect` handler does (a closed session, or the router reporting the
/// node down).
fn mark_gone(name: &str, client: usize, alive: &watch::Sender<bool>, guilds: &Guilds) {
    let changed = alive.send_if_modified(|v| std::mem::replace(v, false));
    if !changed {
        return;
    }
    let map = guilds.lock().unwrap_or_else(PoisonError::into_inner);
    for g in map.values() {
        if g.node == name && g.client == client {
            let _ = g.tx.send(Ev::NodeGone);
        }
    }
}

/// Frame counts from a node's `stats` messages (first client's session only: every session
/// of a node reports the same numbers).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct FrameTotals {
    reports: u64,
    sent: i64,
    nulled: i64,
    deficit: i64,
}

type Frames = Arc<Mutex<BTreeMap<String, FrameTotals>>>;

/// Measurements, shared by every task; phase index -> node -> numbers.
#[derive(Default)]
struct Stats {
    phase: usize,
    rest: BTreeMap<(usize, String), Hist>,
    errors: BTreeMap<(usize, String), u64>,
    selections: u64,
    selection_errors: u64,
    gaps: Hist,
    recoveries: Hist,
    /// This second's REST latencies, for the time series.
    second: Hist,
    second_errors: u64,
    series: Vec<Point>,
    /// (seconds since start, node) for each node noticed gone.
    gone: Vec<(f64, String)>,
    failovers: u64,
    failover_errors: u64,
    track_ends: u64,
    start_errors: u64,
}

/// Where a guild plays, as its client's event readers need it.
struct GuildEntry {
    tx: mpsc::UnboundedSender<Ev>,
    node: String,
    client: usize,
}

type Guilds = Arc<Mutex<HashMap<String, GuildEntry>>>;

/// Searches through the edge are not any one node's: they are counted under this name.
const EDGE: &str = "(edge)";

struct Shared {
    targets: BTreeMap<String, NodeTarget>,
    /// Client index -> node -> that client's session.
    sessions: Vec<BTreeMap<String, NodeConn>>,
    http: hyper_util::client::legacy::Client<Connector, http_body_util::Full<axum::body::Bytes>>,
    /// The nodes that serve TLS, by address: their REST calls go over https.
    tls: Arc<HashMap<(String, u16), Arc<rustls::ClientConfig>>>,
    guilds: Guilds,
    frames: Frames,
    stats: Mutex<Stats>,
    cfg: LoadConfig,
}

impl Shared {
    fn stats(&self) -> std::sync::MutexGuard<'_, Stats> {
        self.stats.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn alive(&self, client: usize, node: &str) -> bool {
        self.sessions
            .get(client)
            .and_then(|c| c.get(node))
            .is_some_and(|n| *n.alive.borrow())
    }

    /// One REST call to a node, timed and counted against the current phase.
    async fn rest(&self, node: &str, method: &str, path: &str, body: Option<Json>) -> Option<Json> {
        let t = self.targets.get(node)?;
        self.rest_at(
            node,
            &t.host,
            t.port,
            t.password.as_deref(),
            method,
            path,
            body,
        )
        .await
    }

    /// A search: through the edge's shared frontend when there is one, else the guild's node.
    async fn search(&self, node: &str, path: &str) -> Option<Json> {
        match &self.cfg.stateless {
            Some((host, port)) => {
                let pw = self.targets.get(node).and_then(|t| t.password.as_deref());
                self.rest_at(EDGE, host, *port, pw, "GET", path, None).await
            }
            None => self.rest(node, "GET", path, None).await,
        }
    }

    #[allow(clippy::too_many_arguments)]
    async fn rest_at(
        &self,
        label: &str,
        host: &str,
        port: u16,
        password: Option<&str>,
        method: &str,
        path: &str,
        body: Option<Json>,
    ) -> Option<Json> {
        let scheme = if self.tls.contains_key(&(host.to_string(), port)) {
            "https"
        } else {
            "http"
        };
        let uri = format!("{scheme}://{host}:{port}{path}");
        let mut req = hyper::Request::builder().method(method).uri(uri);
        if let Some(pw) = password {
            req = req.header("Authorization", pw);
        }
        let bytes = match &body {
            Some(b) => {
                req = req.header("Content-Type", "application/json");
                b.to_string()
            }
            None => String::new(),
        };
        let req = req
            .body(http_body_util::Full::new(axum::body::Bytes::from(bytes)))
            .ok()?;
        let started = Instant::now();
        let outcome = tokio::time::timeout(self.cfg.timeout, async {
            let resp = self.http.request(req).await.map_err(|e| {
                if e.is_connect() {
                    "unreachable"
                } else {
                    "protocol"
                }
            })?;
            let status = resp.status().as_u16();
            let body = http_body_util::BodyExt::collect(http_body_util::Limited::new(
                resp.into_body(),
                1 << 20,
            ))
            .await
            .map_err(|_| "protocol")?
            .to_bytes();
            Ok::<_, &'static str>((status, body))
        })
        .await;
        let took = started.elapsed();
        let mut st = self.stats();
        let phase = st.phase;
        let kind = match &outcome {
            Err(_) => Some("timeout"),
            Ok(Err(k)) => Some(*k),
            Ok(Ok((s, _))) if *s == 401 || *s == 403 => Some("auth"),
            Ok(Ok((s, _))) if *s >= 500 => Some("server"),
            Ok(Ok((s, _))) if *s >= 400 => Some("client"),
            Ok(Ok(_)) => None,
        };
        match kind {
            None => {
                st.rest
                    .entry((phase, label.to_string()))
                    .or_default()
                    .record(took);
                st.second.record(took);
            }
            Some(k) => {
                *st.errors
                    .entry((phase, format!("{label}:{k}")))
                    .or_default() += 1;
                st.second_errors += 1;
            }
        }
        drop(st);
        match outcome {
            Ok(Ok((s, body))) if s < 300 => {
                Some(serde_json::from_slice(&body).unwrap_or(Json::Null))
            }
            _ => None,
        }
    }
}

/// Connects one client's session to every node. A node that will not give a session fails the
/// run before any player starts: a load test against half a cluster measures the wrong thing.
async fn connect(
    targets: &[NodeTarget],
    cfg: &LoadConfig,
    client: usize,
    guilds: Guilds,
    frames: Frames,
) -> Result<BTreeMap<String, NodeConn>, LoadError> {
    use tokio_tungstenite::tungstenite::Message;
    let mut out = BTreeMap::new();
    for t in targets {
        let err = |detail: String| LoadError::Node {
            node: t.name.clone(),
            detail,
        };
        if let crate::health::Transport::Invalid(why) = &t.transport {
            return Err(err(format!("TLS: {why}")));
        }
        let client_name = concat!("lavastack-load/", env!("CARGO_PKG_VERSION"));
        let ws = tokio::time::timeout(
            cfg.timeout,
            crate::health::node_websocket(&t.health(), cfg.user_id + client as u64, client_name),
        )
        .await
        .map_err(|_| err(format!("no WebSocket answer within {:?}", cfg.timeout)))?
        .map_err(|e| {
            err(match &e {
                tokio_tungstenite::tungstenite::Error::Http(r) => match r.status().as_u16() {
                    // Lavalink answers a WebSocket handshake with a wrong or missing
                    // password with 401 (REST says 403 for a wrong one).
                    401 | 403 => format!(
                        "HTTP {}: the node refused the password (wrong or missing)",
                        r.status().as_u16()
                    ),
                    s => format!("HTTP {s}"),
                },
                other => format!("not reachable: {other}"),
            })
        })?;
        let (mut sink, mut stream) = ws.split();
        let session = tokio::time::timeout(cfg.timeout, async {
            while let Some(m) = stream.next().await {
                if let Ok(Message::Text(t)) = m {
                    let v: Json = serde_json::from_str(&t).unwrap_or_default();
                    if v["op"] == "ready" {
                        return v["sessionId"].as_str().map(str::to_string);
                    }
                }
            }
            None
        })
        .await
        .ok()
        .flatten()
        .ok_or_else(|| err("the session never sent ready".into()))?;
        let (alive_tx, alive) = watch::channel(true);
        let alive_tx = Arc::new(alive_tx);
        let gone = alive_tx.clone();
        let name = t.name.clone();
        let guilds = guilds.clone();
        let frames = frames.clone();
        tokio::spawn(async move {
            while let Some(Ok(m)) = stream.next().await {
                let Message::Text(text) = m else { continue };
                let Ok(v) = serde_json::from_str::<Json>(&text) else {
                    continue;
                };
                if v["op"] == "stats" {
                    if client == 0 {
                        let f = &v["frameStats"];
                        let mut m = frames.lock().unwrap_or_else(PoisonError::into_inner);
                        let t = m.entry(name.clone()).or_default();
                        t.reports += 1;
                        // Lavalink sends no frameStats while a node has no players.
                        t.sent = t.sent.saturating_add(f["sent"].as_i64().unwrap_or(0));
                        t.nulled = t.nulled.saturating_add(f["nulled"].as_i64().unwrap_or(0));
                        t.deficit = t.deficit.saturating_add(f["deficit"].as_i64().unwrap_or(0));
                    }
                    continue;
                }
                let ev = match (v["op"].as_str(), v["type"].as_str()) {
                    (Some("playerUpdate"), _) => Ev::Update {
                        position: v["state"]["position"].as_u64().unwrap_or(0),
                    },
                    (Some("event"), Some("TrackEndEvent")) if v["reason"] == "finished" => {
                        Ev::TrackEnd
                    }
                    (Some("event"), Some("TrackStartEvent")) => Ev::TrackStart,
                    _ => continue,
                };
                let Some(g) = v["guildId"].as_str() else {
                    continue;
                };
                let map = guilds.lock().unwrap_or_else(PoisonError::into_inner);
                if let Some(e) = map.get(g) {
                    if e.node == name && e.client == client {
                        let _ = e.tx.send(ev);
                    }
                }
            }
            let _ = sink.close().await;
            mark_gone(&name, client, &alive_tx, &guilds);
        });
        out.insert(
            t.name.clone(),
            NodeConn {
                session,
                alive,
                gone,
            },
        );
    }
    Ok(out)
}

/// Placement without a router: rendezvous hashing by weight among live nodes, so each guild
/// keeps its node while it lives and shares follow the weights.
fn by_weight(s: &Shared, client: usize, guild: &str, not: Option<&str>) -> Option<String> {
    s.targets
        .values()
        .filter(|t| t.weight > 0 && s.alive(client, &t.name) && Some(t.name.as_str()) != not)
        .map(|t| {
            let h = fnv(&format!("{guild}/{}", t.name));
            // -w / ln(u): the highest score wins with probability proportional to weight.
            let u = ((h >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
            (f64::from(t.weight) / -u.ln(), t.name.clone())
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}

/// The policy's input from what the generator knows: which of its client's sessions live, and
/// how many of its guilds play on each node (its own players are the node's players here).
fn policy_input(
    s: &Shared,
    client: usize,
    guild: &str,
    not: Option<&str>,
    config: &Json,
) -> crate::policy::SelectInput {
    let mut on: HashMap<&str, u64> = HashMap::new();
    let map = s.guilds.lock().unwrap_or_else(PoisonError::into_inner);
    for g in map.values() {
        if let Some((name, _)) = s.targets.get_key_value(g.node.as_str()) {
            *on.entry(name.as_str()).or_default() += 1;
        }
    }
    drop(map);
    crate::policy::SelectInput {
        abi: crate::policy::ABI_VERSION,
        guild_id: guild.to_string(),
        region: None,
        voice_endpoint: None,
        config: config.clone(),
        nodes: s
            .targets
            .values()
            .map(|t| {
                let players = on.get(t.name.as_str()).copied().unwrap_or(0);
                crate::policy::NodeInfo {
                    name: t.name.clone(),
                    region: t.region.clone(),
                    zone: t.zone.clone(),
                    weight: t.weight,
                    priority: t.priority,
                    healthy: s.alive(client, &t.name) && Some(t.name.as_str()) != not,
                    draining: false,
                    players,
                    playing_players: players,
                    cpu: Default::default(),
                    memory_used: 0,
                    frame: None,
                    latency_ms: 0.0,
                    tags: t.tags.clone(),
                }
            })
            .collect(),
    }
}

fn xorshift(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    // splitmix finish: FNV's low bits are weak.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d049bb133111eb);
    h ^ (h >> 31)
}

async fn select(s: &Shared, client: usize, guild: &str, not: Option<&str>) -> Option<String> {
    match &s.cfg.placement {
        Placement::Router(r) => {
            let picked = r.select(guild).await;
            let mut st = s.stats();
            match picked {
                Ok(Some(n)) if Some(n.as_str()) != not && s.alive(client, &n) => {
                    st.selections += 1;
                    return Some(n);
                }
                Ok(_) => st.selections += 1,
                Err(_) => st.selection_errors += 1,
            }
        }
        Placement::Policy { policy, config } => {
            let input = policy_input(s, client, guild, not, config);
            // The router's rule: the policy ranks, unusable nodes are skipped.
            let picked = crate::policy::select_checked(policy.as_ref(), &input).map(|r| {
                r.ranking.into_iter().find(|n| {
                    input
                        .nodes
                        .iter()
                        .any(|i| &i.name == n && i.healthy && i.weight > 0)
                })
            });
            let mut st = s.stats();
            match picked {
                Ok(Some(n)) => {
                    st.selections += 1;
                    return Some(n);
                }
                Ok(None) => st.selections += 1,
                Err(_) => st.selection_errors += 1,
            }
        }
        Placement::Weight => s.stats().selections += 1,
    }
    // The router has not seen the node die yet (or is down), or the policy failed: fall back
    // like a bot would.
    by_weight(s, client, guild, not)
}

fn voice(guild: &str) -> Json {
    json!({"token": format!("load-{guild}"), "endpoint": "voice.example.invalid:443", "sessionId": format!("vs-{guild}"), "channelId": "111111111111111111"})
}

fn track(s: &Shared, guild: &str, n: u64) -> Json {
    json!({"identifier": format!("emu:{}:load {guild} #{n}", s.cfg.track.as_millis())})
}

/// One guild: placed, playing, calling REST now and then, moving when its node goes.
async fn guild(s: Arc<Shared>, id: String, client: usize, mut stop: watch::Receiver<bool>) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let player_path = |node: &str| {
        format!(
            "/v4/sessions/{}/players/{id}",
            s.sessions
                .get(client)
                .and_then(|c| c.get(node))
                .map(|n| n.session.as_str())
                .unwrap_or("")
        )
    };
    let entry = |node: &str| GuildEntry {
        tx: tx.clone(),
        node: node.to_string(),
        client,
    };
    let mut n = 0u64;
    let mut position = 0u64;
    // Placed once a node took the player; a few tries, like a bot retrying a play command.
    let mut placed = None;
    for attempt in 0..5u64 {
        if let Some(to) = select(&s, client, &id, None).await {
            s.guilds
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(id.clone(), entry(&to));
            let body = json!({"track": track(&s, &id, n), "voice": voice(&id)});
            if s.rest(&to, "PATCH", &player_path(&to), Some(body))
                .await
                .is_some()
            {
                placed = Some(to);
                break;
            }
            s.guilds
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .remove(&id);
        }
        if *stop.borrow() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200 * (attempt + 1))).await;
    }
    let Some(mut node) = placed else {
        s.stats().start_errors += 1;
        return;
    };
    let mut rng = fnv(&id) | 1;
    let per_minute = s.cfg.rest_per_minute;
    let next_call = move |rng: &mut u64| {
        if per_minute == 0 {
            return Duration::from_secs(86_400);
        }
        // Uniform around the mean: calls spread instead of arriving in lockstep.
        let mean = 60_000.0 / f64::from(per_minute);
        Duration::from_millis((mean * (0.5 + (xorshift(rng) % 1000) as f64 / 1000.0)) as u64)
    };
    let mut gone_at: Option<Instant> = None;
    let mut last_update = Instant::now();
    let sleep = tokio::time::sleep(next_call(&mut rng));
    tokio::pin!(sleep);
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            _ = &mut sleep => {
                let path = player_path(&node);
                let r = xorshift(&mut rng);
                match r % 3 {
                    0 => { s.rest(&node, "GET", &path, None).await; }
                    1 => { s.rest(&node, "PATCH", &path, Some(json!({"volume": 50 + (r >> 8) % 50}))).await; }
                    _ => { s.search(&node, &format!("/v4/loadtracks?identifier=emu:{}:search", s.cfg.track.as_millis())).await; }
                }
                sleep.as_mut().reset(tokio::time::Instant::now() + next_call(&mut rng));
            }
            ev = rx.recv() => match ev {
                None => break,
                Some(Ev::TrackEnd) => {
                    n += 1;
                    s.stats().track_ends += 1;
                    s.rest(&node, "PATCH", &player_path(&node), Some(json!({"track": track(&s, &id, n)}))).await;
                }
                Some(Ev::Update { position: p }) => {
                    position = p;
                    last_update = Instant::now();
                }
                Some(Ev::TrackStart) => {
                    // Playback started on the new node: the gap ends (playerUpdate's cadence,
                    // 5 s by default, would measure the cadence instead).
                    if let Some(at) = gone_at.take() {
                        let mut st = s.stats();
                        st.gaps.record(last_update.elapsed());
                        st.recoveries.record(at.elapsed());
                        st.failovers += 1;
                    }
                }
                Some(Ev::NodeGone) => {
                    if gone_at.is_some() { continue; }
                    gone_at = Some(Instant::now());
                    let dead = node.clone();
                    let mut moved = false;
                    for attempt in 0..50u32 {
                        if let Some(to) = select(&s, client, &id, Some(&dead)).await {
                            s.guilds.lock().unwrap_or_else(PoisonError::into_inner)
                                .entry(id.clone()).and_modify(|e| e.node = to.clone());
                            let body = json!({"track": track(&s, &id, n), "position": position, "voice": voice(&id)});
                            if s.rest(&to, "PATCH", &player_path(&to), Some(body)).await.is_some() {
                                node = to;
                                moved = true;
                                break;
                            }
                        }
                        tokio::time::sleep(Duration::from_millis(100 * u64::from(attempt.min(10) + 1))).await;
                        if *stop.borrow() { break; }
                    }
                    if !moved {
                        s.stats().failover_errors += 1;
                        gone_at = None;
                    }
                }
            }
        }
    }
    s.guilds
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .remove(&id);
    if s.alive(client, &node) {
        s.rest(&node, "DELETE", &player_path(&node), None).await;
    }
}

/// One second of the run, for the chart and the JSON time series.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Point {
    pub t: f64,
    pub players: u64,
    pub requests: u64,
    pub errors: u64,
    pub avg_ms: f64,
    pub p99_ms: f64,
}

/// At one point a second, a run of the longest schedule fits; past it the series stops growing.
const MAX_POINTS: usize = 4 * 3600 + 60;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Latency {
    pub requests: u64,
    pub avg_ms: f64,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
}

impl Latency {
    fn of(h: &Hist) -> Latency {
        Latency {
            requests: h.count(),
            avg_ms: h.mean_ms(),
            p50_ms: h.quantile_ms(0.5),
            p95_ms: h.quantile_ms(0.95),
            p99_ms: h.quantile_ms(0.99),
            max_ms: h.max_ms(),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NodePhase {
    pub node: String,
    pub weight: u32,
    /// Guilds playing on the node when the phase ended.
    pub players: u64,
    /// The share the weights ask for, and the share it had.
    pub weight_share: f64,
    pub player_share: f64,
    pub rest: Latency,
    pub errors: BTreeMap<String, u64>,
    /// Frames a minute the node reported over the phase in its `stats` messages (sent once a
    /// minute by Lavalink; none arrived when absent). A deficit means it could not keep up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frames: Option<FrameReport>,
}

/// Lavalink's frameStats, averaged over the phase's reports: each is frames per minute.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct FrameReport {
    pub reports: u64,
    pub sent: i64,
    pub nulled: i64,
    pub deficit: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PhaseReport {
    pub name: String,
    pub guilds: usize,
    pub seconds: f64,
    pub rest: Latency,
    pub errors: u64,
    pub nodes: Vec<NodePhase>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LoadReport {
    pub phases: Vec<PhaseReport>,
    pub selections: u64,
    pub selection_errors: u64,
    pub track_ends: u64,
    /// Guilds no node would take a player for (after retries).
    pub start_errors: u64,
    pub failovers: u64,
    pub failover_errors: u64,
    /// Playback gaps of guilds whose node went away: last position update on the old node to
    /// the track starting on the new one (an upper bound on what a listener hears).
    pub gaps: Option<Latency>,
    /// The node noticed gone to the track starting on the new one.
    pub recoveries: Option<Latency>,
    /// One point a second: players, REST calls, errors, average and p99 latency.
    pub series: Vec<Point>,
    /// When each node was noticed gone (seconds since the start).
    pub gone: Vec<GoneAt>,
    /// CPU time the generator itself used (user + system) over the run's wall time: its own
    /// overhead, so a run can tell whether the generator was the bottleneck.
    pub generator_cpu_seconds: f64,
    pub wall_seconds: f64,
    /// Peak guilds / (CPU seconds / wall seconds): simulated players per core used.
    pub players_per_core: Option<f64>,
    /// Where the chart was written, when it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chart: Option<String>,
    pub router: bool,
    /// How guilds found their node: "through the router", "by the policy ...", "by weight".
    pub placement: String,
    pub clients: usize,
    /// Searches went through the edge's shared frontend (and sessions through its per-node ones).
    pub edge: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GoneAt {
    pub t: f64,
    pub node: String,
}

/// Runs the schedule to the end (or until `stop` turns true) and reports.
pub async fn run(
    targets: Vec<NodeTarget>,
    cfg: LoadConfig,
    mut stop: watch::Receiver<bool>,
    progress: impl Fn(&str, usize) + Send + Sync,
) -> Result<LoadReport, LoadError> {
    if targets.is_empty() {
        return Err(LoadError::NoNodes);
    }
    let guilds: Guilds = Default::default();
    let frames: Frames = Default::default();
    let cpu0 = own_cpu_seconds();
    let wall0 = Instant::now();
    let mut sessions = Vec::with_capacity(cfg.clients);
    for client in 0..cfg.clients {
        sessions.push(connect(&targets, &cfg, client, guilds.clone(), frames.clone()).await?);
    }
    let tls: Arc<HashMap<(String, u16), Arc<rustls::ClientConfig>>> = Arc::new(
        targets
            .iter()
            .filter_map(|t| match &t.transport {
                crate::health::Transport::Tls(c) => Some(((t.host.clone(), t.port), c.clone())),
                _ => None,
            })
            .collect(),
    );
    let connector = Connector {
        tls: tls.clone(),
        timeout: cfg.timeout,
    };
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .pool_max_idle_per_host(256)
        .build(connector);
    let s = Arc::new(Shared {
        targets: targets.into_iter().map(|t| (t.name.clone(), t)).collect(),
        sessions,
        http: client,
        tls,
        guilds,
        frames,
        stats: Mutex::new(Stats::default()),
        cfg: cfg.clone(),
    });
    // A frozen node keeps its sockets open: the router's probes are what notice it.
    let watchdog = match &s.cfg.placement {
        Placement::Router(r) => {
            let (s, r) = (s.clone(), r.clone());
            Some(tokio::spawn(async move {
                loop {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    let Ok(view) = r.nodes().await else { continue };
                    for n in view.iter().filter(|n| !n.healthy) {
                        for (client, c) in s.sessions.iter().enumerate() {
                            if let Some(conn) = c.get(&n.name) {
                                mark_gone(&n.name, client, &conn.gone, &s.guilds);
                            }
                        }
                    }
                }
            }))
        }
        _ => None,
    };
    let t_start = Instant::now();
    let sampler = {
        let s = s.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(1));
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            tick.tick().await;
            let mut seen_gone = std::collections::BTreeSet::new();
            loop {
                tick.tick().await;
                let players = s
                    .guilds
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .len() as u64;
                let t = t_start.elapsed().as_secs_f64();
                let mut st = s.stats();
                for name in s.targets.keys() {
                    if !s.alive(0, name) && seen_gone.insert(name.clone()) {
                        st.gone.push((t, name.clone()));
                    }
                }
                let h = std::mem::take(&mut st.second);
                let errors = std::mem::take(&mut st.second_errors);
                if st.series.len() < MAX_POINTS {
                    st.series.push(Point {
                        t,
                        players,
                        requests: h.count(),
                        errors,
                        avg_ms: h.mean_ms(),
                        p99_ms: h.quantile_ms(0.99),
                    });
                }
            }
        })
    };
    let mut tasks = tokio::task::JoinSet::new();
    // One stop switch per guild, newest last: a phase with fewer guilds stops the newest.
    let mut stops: Vec<watch::Sender<bool>> = Vec::new();
    let mut next_id = 0u64;
    let mut phases = Vec::new();
    let mut frames_before = BTreeMap::new();
    let mut interrupted = false;
    for (pi, phase) in cfg.phases.iter().enumerate() {
        s.stats().phase = pi;
        let t0 = Instant::now();
        let want = phase.guilds;
        // Ramp: guild i starts (or stops) at t0 + ramp x i / n. Against the clock, not by
        // sleeping a step per guild: a sleep is at least a millisecond, which would stretch a
        // fast ramp.
        let ramp_start = tokio::time::Instant::now();
        let change = want.abs_diff(stops.len());
        for i in 0..change {
            if *stop.borrow() {
                interrupted = true;
                break;
            }
            if want > stops.len() {
                let id = (400_000_000_000_000_000u64 + next_id * 7919).to_string();
                let owner = (next_id % cfg.clients as u64) as usize;
                next_id += 1;
                let (tx, rx) = watch::channel(false);
                stops.push(tx);
                tasks.spawn(guild(s.clone(), id, owner, rx));
            } else if let Some(tx) = stops.pop() {
                let _ = tx.send(true);
            }
            let at = ramp_start + phase.ramp.mul_f64((i + 1) as f64 / change as f64);
            if at > tokio::time::Instant::now() + Duration::from_millis(1) {
                tokio::time::sleep_until(at).await;
            }
            if i % 100 == 0 {
                progress(&phase.name, stops.len());
            }
        }
        progress(&phase.name, stops.len());
        if !interrupted {
            tokio::select! {
                _ = tokio::time::sleep(phase.hold) => {}
                _ = stop.changed() => interrupted = true,
            }
        }
        phases.push(phase_report(
            &s,
            pi,
            phase,
            t0.elapsed(),
            &mut frames_before,
        ));
        if interrupted {
            break;
        }
    }
    if let Some(w) = watchdog {
        w.abort();
    }
    sampler.abort();
    for tx in &stops {
        let _ = tx.send(true);
    }
    while let Some(r) = tasks.join_next().await {
        if let Err(e) = r {
            tracing::warn!("a guild task failed: {}", crate::task::failure(e));
        }
    }
    let st = s.stats();
    let cpu = (own_cpu_seconds() - cpu0).max(0.0);
    let wall = wall0.elapsed().as_secs_f64();
    let peak = phases.iter().map(|p| p.guilds).max().unwrap_or(0) as f64;
    Ok(LoadReport {
        generator_cpu_seconds: cpu,
        wall_seconds: wall,
        players_per_core: (cpu > 0.0 && wall > 0.0).then(|| peak / (cpu / wall)),
        phases,
        selections: st.selections,
        selection_errors: st.selection_errors,
        track_ends: st.track_ends,
        start_errors: st.start_errors,
        failovers: st.failovers,
        failover_errors: st.failover_errors,
        gaps: (st.gaps.count() > 0).then(|| Latency::of(&st.gaps)),
        recoveries: (st.recoveries.count() > 0).then(|| Latency::of(&st.recoveries)),
        series: st.series.clone(),
        gone: st
            .gone
            .iter()
            .map(|(t, node)| GoneAt {
                t: *t,
                node: node.clone(),
            })
            .collect(),
        chart: None,
        router: matches!(cfg.placement, Placement::Router(_)),
        placement: cfg.placement.describe(),
        clients: cfg.clients,
        edge: cfg.stateless.is_some(),
    })
}

/// This process's user + system CPU time.
fn own_cpu_seconds() -> f64 {
    // SAFETY: getrusage writes into the struct we own; RUSAGE_SELF needs nothing else.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) } != 0 {
        return 0.0;
    }
    let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    t(ru.ru_utime) + t(ru.ru_stime)
}

fn phase_report(
    s: &Shared,
    pi: usize,
    phase: &Phase,
    took: Duration,
    frames_before: &mut BTreeMap<String, FrameTotals>,
) -> PhaseReport {
    let on: BTreeMap<String, u64> = {
        let map = s.guilds.lock().unwrap_or_else(PoisonError::into_inner);
        let mut m = BTreeMap::new();
        for g in map.values() {
            *m.entry(g.node.clone()).or_default() += 1;
        }
        m
    };
    let frames_now = s
        .frames
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    let st = s.stats();
    let total_players: u64 = on.values().sum();
    let total_weight: u32 = s.targets.values().map(|t| t.weight).sum::<u32>().max(1);
    // Every call of the phase, the edge's searches included.
    let mut all = Hist::default();
    for ((p, _), h) in st.rest.range((pi, String::new())..) {
        if *p != pi {
            break;
        }
        all.merge(h);
    }
    let errors = st
        .errors
        .iter()
        .filter(|((p, _), _)| *p == pi)
        .map(|(_, v)| *v)
        .sum();
    let nodes = s
        .targets
        .values()
        .map(|t| {
            let h = st
                .rest
                .get(&(pi, t.name.clone()))
                .cloned()
                .unwrap_or_default();
            let prefix = format!("{}:", t.name);
            let errs: BTreeMap<String, u64> = st
                .errors
                .iter()
                .filter(|((p, k), _)| *p == pi && k.starts_with(&prefix))
                .map(|((_, k), v)| (k[prefix.len()..].to_string(), *v))
                .collect();
            let players = on.get(&t.name).copied().unwrap_or(0);
            let now = frames_now.get(&t.name).copied().unwrap_or_default();
            let before = frames_before.get(&t.name).copied().unwrap_or_default();
            let reports = now.reports.saturating_sub(before.reports);
            let avg = |a: i64, b: i64| a.saturating_sub(b) / reports.max(1) as i64;
            let frames = (reports > 0).then(|| FrameReport {
                reports,
                sent: avg(now.sent, before.sent),
                nulled: avg(now.nulled, before.nulled),
                deficit: avg(now.deficit, before.deficit),
            });
            NodePhase {
                node: t.name.clone(),
                weight: t.weight,
                players,
                weight_share: f64::from(t.weight) / f64::from(total_weight),
                player_share: if total_players > 0 {
                    players as f64 / total_players as f64
                } else {
                    0.0
                },
                rest: Latency::of(&h),
                errors: errs,
                frames,
            }
        })
        .collect();
    *frames_before = frames_now;
    PhaseReport {
        name: phase.name.clone(),
        guilds: phase.guilds,
        seconds: took.as_secs_f64(),
        rest: Latency::of(&all),
        errors,
        nodes,
    }
}

impl LoadReport {
    pub fn table(&self) -> String {
        use std::fmt::Write as _;
        let mut o = String::new();
        for p in &self.phases {
            let _ = writeln!(
                o,
                "Phase {} ({} guilds, {:.0}s): {} REST calls, avg {:.1} ms, p50 {:.1}, p95 {:.1}, p99 {:.1}, max {:.1}; {} errors",
                p.name, p.guilds, p.seconds, p.rest.requests, p.rest.avg_ms, p.rest.p50_ms, p.rest.p95_ms, p.rest.p99_ms, p.rest.max_ms, p.errors
            );
            let _ = writeln!(
                o,
                "  {:<16} {:>7} {:>8} {:>8} {:>9} {:>8} {:>8} {:>9}  ERRORS",
                "NODE", "PLAYERS", "SHARE", "WEIGHT", "REQUESTS", "AVG ms", "p99 ms", "DEFICIT"
            );
            for n in &p.nodes {
                let errs = n
                    .errors
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let _ = writeln!(
                    o,
                    "  {:<16} {:>7} {:>7.1}% {:>7.1}% {:>9} {:>8.1} {:>8.1} {:>9}  {}",
                    n.node,
                    n.players,
                    n.player_share * 100.0,
                    n.weight_share * 100.0,
                    n.rest.requests,
                    n.rest.avg_ms,
                    n.rest.p99_ms,
                    n.frames.map_or("-".to_string(), |f| f.deficit.to_string()),
                    if errs.is_empty() { "-".into() } else { errs }
                );
            }
        }
        let _ = writeln!(
            o,
            "Selections: {} ({} failed, {}); track ends: {}; {} client(s){}",
            self.selections,
            self.selection_errors,
            self.placement,
            self.track_ends,
            self.clients,
            if self.edge {
                ", through the edge"
            } else {
                ", direct to the nodes"
            }
        );
        let _ = writeln!(
            o,
            "Generator: {:.1} CPU seconds over {:.0}s{}",
            self.generator_cpu_seconds,
            self.wall_seconds,
            self.players_per_core
                .map(|p| format!(" ({p:.0} players per core used)"))
                .unwrap_or_default()
        );
        if let (Some(g), Some(r)) = (&self.gaps, &self.recoveries) {
            let _ = writeln!(
                o,
                "Failover: {} players moved ({} could not); playback gap avg {:.0} ms, p50 {:.0}, p99 {:.0}, max {:.0}; noticed -> playing again avg {:.0} ms, p99 {:.0}",
                self.failovers, self.failover_errors, g.avg_ms, g.p50_ms, g.p99_ms, g.max_ms, r.avg_ms, r.p99_ms
            );
        } else if self.failover_errors > 0 {
            let _ = writeln!(
                o,
                "Failover: {} players could not move",
                self.failover_errors
            );
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phase_file_reads_counts_multiples_and_ramps_down() {
        let p = parse_phases(
            "# name guilds ramp hold\nbase 200 10s 1m\n\npeak 3x 30s 2m  # the peak\ncool 50 5s 1m\n",
            "p.txt",
        )
        .unwrap();
        assert_eq!(
            p.iter()
                .map(|p| (p.name.as_str(), p.guilds))
                .collect::<Vec<_>>(),
            [("base", 200), ("peak", 600), ("cool", 50)]
        );
        assert_eq!(p[1].ramp, Duration::from_secs(30));
        assert_eq!(p[2].hold, Duration::from_secs(60));
    }

    #[test]
    fn a_bad_phase_file_names_the_line_and_the_field() {
        for (text, want) in [
            ("", "p.txt: no phase"),
            ("# only a comment\n", "p.txt: no phase"),
            ("base 10 1s\n", "p.txt:1: expected NAME GUILDS RAMP HOLD"),
            (
                "base 3x 1s 1s\n",
                "p.txt:1: guilds: the first phase needs a count",
            ),
            (
                "base ten 1s 1s\n",
                "p.txt:1: guilds: \"ten\" is not a count",
            ),
            (
                "base 10 1s 1s\npeak 99x 1s 1s\n",
                "p.txt:2: guilds: \"99x\" must be a multiple",
            ),
            ("base 10 1s 1s\npeak -1x 1s 1s\n", "p.txt:2: guilds"),
            (
                "base 10 soon 1s\n",
                "p.txt:1: ramp: \"soon\" is not a duration",
            ),
            ("base 10 1s 0s\n", "p.txt:1: hold: phase base holds 0s"),
            ("base 10 2h 1s\n", "p.txt:1: ramp: phase base ramps over 2h"),
            ("base 0 1s 1s\n", "p.txt:1: guilds: phase base has 0"),
            (
                "base 10 1s 1s\nx 200000 1s 1s\n",
                "p.txt:2: guilds: phase x has 200000",
            ),
            (
                "base 10 1s 1s\nbase 20 1s 1s\n",
                "p.txt:2: name: phase \"base\" is named twice",
            ),
            ("b<a>d 10 1s 1s\n", "p.txt:1: name: \"b<a>d\" must be"),
            ("base 18446744073709551616 1s 1s\n", "p.txt:1: guilds"),
        ] {
            let e = parse_phases(text, "p.txt").unwrap_err();
            assert!(e.contains(want), "{text:?}: {e}");
        }
        let many: String = (0..=MAX_PHASES)
            .map(|i| format!("p{i} 1 0s 1s\n"))
            .collect();
        assert!(parse_phases(&many, "p.txt")
            .unwrap_err()
            .contains("more than 100 phases"));
    }

    #[test]
    fn the_schedule_is_bounded() {
        let cfg = |phases: Vec<Phase>, clients| LoadConfig {
            phases,
            clients,
            rest_per_minute: 0,
            track: Duration::from_secs(60),
            timeout: Duration::from_secs(1),
            placement: Placement::Weight,
            user_id: 1,
            stateless: None,
        };
        let hour = |n: &str| Phase {
            name: n.into(),
            guilds: 1,
            ramp: Duration::ZERO,
            hold: MAX_PHASE,
        };
        let five: Vec<Phase> = (0..5).map(|i| hour(&format!("h{i}"))).collect();
        assert!(cfg(five, 1)
            .check()
            .unwrap_err()
            .contains("the schedule runs 5h"));
        assert!(cfg(vec![hour("a")], 0)
            .check()
            .unwrap_err()
            .contains("--clients must be from 1 to 64"));
        assert!(cfg(vec![hour("a")], 65)
            .check()
            .unwrap_err()
            .contains("--clients"));
        assert!(cfg(vec![hour("a")], 64).check().is_ok());
    }
}
