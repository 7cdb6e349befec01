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
mod connector;
mod guild;
pub mod hist;
mod phase;
mod report;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde::Serialize;
use serde_json::{json, Value as Json};
use tokio::sync::{mpsc, watch};

use connector::Connector;
use guild::guild;
pub use hist::Hist;
pub use phase::{parse_phases, Phase};
pub use report::*;

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
    /// How to reach it when the edge terminates TLS.
    pub stateless_tls: Option<std::sync::Arc<rustls::ClientConfig>>,
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
/// Each session's reader runs in `readers`, which the run owns: at the end `closing` turns
/// true and each reader closes its session with a WebSocket close frame; dropping the set (a
/// failed start) aborts them, which closes the sockets all the same.
async fn connect(
    targets: &[NodeTarget],
    cfg: &LoadConfig,
    client: usize,
    guilds: Guilds,
    frames: Frames,
    readers: &mut tokio::task::JoinSet<()>,
    closing: &watch::Receiver<bool>,
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
        let mut closing = closing.clone();
        readers.spawn(async move {
            loop {
                let m = tokio::select! {
                    m = stream.next() => m,
                    // The run ended (or was dropped): close the session.
                    _ = closing.changed() => break,
                };
                let Some(Ok(m)) = m else { break };
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
            // A node that does not answer the close frame does not hold up the end.
            let _ = tokio::time::timeout(Duration::from_secs(1), sink.close()).await;
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
    let mut readers = tokio::task::JoinSet::new();
    let (closing_tx, closing) = watch::channel(false);
    for client in 0..cfg.clients {
        sessions.push(
            connect(
                &targets,
                &cfg,
                client,
                guilds.clone(),
                frames.clone(),
                &mut readers,
                &closing,
            )
            .await?,
        );
    }
    let tls: Arc<HashMap<(String, u16), Arc<rustls::ClientConfig>>> = Arc::new(
        targets
            .iter()
            .filter_map(|t| match &t.transport {
                crate::health::Transport::Tls(c) => Some(((t.host.clone(), t.port), c.clone())),
                _ => None,
            })
            .chain(cfg.stateless.clone().zip(cfg.stateless_tls.clone()))
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
        crate::task::cancel(w, "the load generator's router watchdog").await;
    }
    crate::task::cancel(sampler, "the load generator's sampler").await;
    for tx in &stops {
        let _ = tx.send(true);
    }
    while let Some(r) = tasks.join_next().await {
        if let Err(e) = r {
            tracing::warn!("a guild task failed: {}", crate::task::failure(e));
        }
    }
    // The guilds have deleted their players; now the sessions close, so a caller that runs
    // the generator again (or keeps running) leaves no session behind on the nodes. Each
    // reader sends its close frame (a second at most); one still running after that is
    // aborted, which closes its socket.
    let _ = closing_tx.send(true);
    let report_failures = |r: Result<(), tokio::task::JoinError>| {
        if let Some(e) = r.err().and_then(crate::task::unless_cancelled) {
            tracing::warn!("a session reader failed: {e}");
        }
    };
    let closed = tokio::time::timeout(Duration::from_secs(2), async {
        while let Some(r) = readers.join_next().await {
            report_failures(r);
        }
    })
    .await;
    if closed.is_err() {
        readers.abort_all();
        while let Some(r) = readers.join_next().await {
            report_failures(r);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn target(name: &str, port: u16, password: &str) -> NodeTarget {
        NodeTarget {
            name: name.into(),
            host: "127.0.0.1".into(),
            port,
            password: Some(password.into()),
            weight: 1,
            region: "r".into(),
            zone: String::new(),
            priority: 1,
            tags: BTreeMap::new(),
            transport: crate::health::Transport::Plain,
        }
    }

    async fn no_session_left(h: &crate::emulator::Handle, after: &str) {
        let until = Instant::now() + Duration::from_secs(5);
        loop {
            let open = h.shared.sessions.lock().await.len();
            if open == 0 {
                return;
            }
            assert!(
                Instant::now() < until,
                "{open} session(s) still open on the node after {after}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_run_closes_every_session_it_opened_whether_it_ends_or_fails_to_start() {
        let h = crate::emulator::start(crate::emulator::Config {
            port: 0,
            ..Default::default()
        })
        .await
        .expect("the emulator starts");
        let pw = h.shared.cfg.password.clone();
        let cfg = LoadConfig {
            phases: vec![Phase {
                name: "base".into(),
                guilds: 3,
                ramp: Duration::ZERO,
                hold: Duration::from_secs(1),
            }],
            clients: 2,
            rest_per_minute: 0,
            track: Duration::from_secs(60),
            timeout: Duration::from_secs(2),
            placement: Placement::Weight,
            user_id: 1,
            stateless: None,
            stateless_tls: None,
        };
        let (_keep, stop) = watch::channel(false);
        // Two names for the one node, with weights a hand-edited state could hold: their sum
        // does not fit a u32.
        let heavy = |name| NodeTarget {
            weight: u32::MAX,
            ..target(name, h.addr.port(), &pw)
        };
        let report = run(
            vec![heavy("a"), heavy("b")],
            cfg.clone(),
            stop.clone(),
            |_, _| {},
        )
        .await
        .expect("the run completes");
        assert_eq!(report.start_errors, 0);
        let nodes = &report.phases[0].nodes;
        assert_eq!(nodes[0].players + nodes[1].players, 3, "{report:?}");
        assert_eq!(nodes[0].weight_share, 0.5, "{report:?}");
        no_session_left(&h, "a run that ended").await;

        // The second node refuses: the run fails before any player, and the sessions already
        // open on the first node close with it.
        let dead = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        let dead_port = dead.local_addr().expect("its address").port();
        drop(dead);
        let e = run(
            vec![target("a", h.addr.port(), &pw), target("b", dead_port, &pw)],
            cfg,
            stop,
            |_, _| {},
        )
        .await
        .unwrap_err();
        assert!(e.to_string().starts_with("node b: "), "{e}");
        no_session_left(&h, "a start that failed").await;
        h.shutdown().await;
    }
}
