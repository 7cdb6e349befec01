//! A load generator that drives Lavalink v4 nodes the way bots do: one WebSocket session per
//! node, G guilds each placed on a node (by the router's `/v1/select`, or by weight when no
//! router runs), a player created with a voice update and a track, the queue played on
//! (`TrackEndEvent` -> next track), and a mix of REST calls per guild per minute. A schedule
//! ramps to a base concurrency, holds, then ramps to a multiple and holds. When a node's session
//! drops, its guilds re-select and resume on another node at their last position; the playback
//! gap (last position update on the old node to the first on the new) is measured per guild.
//!
//! Owns: the generator, its schedule and its measurements. May import: `router::client` (select),
//! `task` (join failures), `numfmt`. Bounded everywhere: guilds, phases and durations are validated by the
//! caller's [`LoadConfig::check`], every request has a deadline, the histograms are fixed-size.

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

#[derive(Debug, Clone)]
pub struct NodeTarget {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub password: Option<String>,
    pub weight: u32,
}

#[derive(Debug, Clone)]
pub struct LoadConfig {
    /// Guilds in the base phase.
    pub guilds: usize,
    /// The peak phase holds `guilds x to` (1 = no peak phase).
    pub to: f64,
    pub ramp: Duration,
    pub hold: Duration,
    /// REST calls per guild per minute besides the ones playing needs.
    pub rest_per_minute: u32,
    /// Length of each queued track.
    pub track: Duration,
    pub timeout: Duration,
    /// Where guilds ask for a node; `None` places by weight.
    pub router: Option<crate::router::client::RouterClient>,
    /// The bot's Discord user id (the `User-Id` header).
    pub user_id: u64,
}

impl LoadConfig {
    /// Says what makes no sense, in flag terms.
    pub fn check(&self) -> Result<(), String> {
        if self.guilds == 0 || self.guilds > MAX_GUILDS {
            return Err(format!(
                "--guilds must be from 1 to {MAX_GUILDS}, found {}",
                self.guilds
            ));
        }
        if !(1.0..=MAX_MULTIPLE).contains(&self.to) || !self.to.is_finite() {
            return Err(format!(
                "--to must be from 1x to {MAX_MULTIPLE}x, found {}",
                self.to
            ));
        }
        if (self.guilds as f64 * self.to) as usize > MAX_GUILDS {
            return Err(format!(
                "--guilds {} x --to {} is more than {MAX_GUILDS} guilds",
                self.guilds, self.to
            ));
        }
        if self.hold.is_zero() || self.hold > MAX_PHASE || self.ramp > MAX_PHASE {
            return Err("--hold must be from 1s to 1h and --ramp at most 1h".into());
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

    fn phases(&self) -> Vec<(String, usize)> {
        let mut p = vec![("base".to_string(), self.guilds)];
        if self.to > 1.0 {
            p.push((
                format!("{}x", crate::numfmt::decimal(self.to, 2)),
                (self.guilds as f64 * self.to).round() as usize,
            ));
        }
        p
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

struct NodeConn {
    target: NodeTarget,
    session: String,
    alive: watch::Receiver<bool>,
    gone: Arc<watch::Sender<bool>>,
}

/// Marks a node gone once, and tells every guild on it at once, as a bot's `disconnect`
/// handler does (a closed session, or the router reporting it down).
fn mark_gone(name: &str, alive: &watch::Sender<bool>, guilds: &Guilds) {
    let changed = alive.send_if_modified(|v| std::mem::replace(v, false));
    if !changed {
        return;
    }
    let map = guilds.lock().unwrap_or_else(PoisonError::into_inner);
    for (tx, on) in map.values() {
        if on == name {
            let _ = tx.send(Ev::NodeGone);
        }
    }
}

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

type Guilds = Arc<Mutex<HashMap<String, (mpsc::UnboundedSender<Ev>, String)>>>;

struct Shared {
    nodes: BTreeMap<String, NodeConn>,
    http: hyper_util::client::legacy::Client<
        hyper_util::client::legacy::connect::HttpConnector,
        http_body_util::Full<axum::body::Bytes>,
    >,
    guilds: Guilds,
    stats: Mutex<Stats>,
    cfg: LoadConfig,
}

impl Shared {
    fn stats(&self) -> std::sync::MutexGuard<'_, Stats> {
        self.stats.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn alive(&self, node: &str) -> bool {
        self.nodes.get(node).is_some_and(|n| *n.alive.borrow())
    }

    /// One REST call to a node, timed and counted against the current phase.
    async fn rest(&self, node: &str, method: &str, path: &str, body: Option<Json>) -> Option<Json> {
        let n = self.nodes.get(node)?;
        let uri = format!("http://{}:{}{path}", n.target.host, n.target.port);
        let mut req = hyper::Request::builder().method(method).uri(uri);
        if let Some(pw) = &n.target.password {
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
                    .entry((phase, node.to_string()))
                    .or_default()
                    .record(took);
                st.second.record(took);
            }
            Some(k) => {
                *st.errors.entry((phase, format!("{node}:{k}"))).or_default() += 1;
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

/// Connects a session to every node. A node that will not give a session fails the run
/// before any player starts: a load test against half a cluster measures the wrong thing.
async fn connect(
    targets: &[NodeTarget],
    cfg: &LoadConfig,
    guilds: Guilds,
) -> Result<BTreeMap<String, NodeConn>, LoadError> {
    use tokio_tungstenite::tungstenite::{client::IntoClientRequest, Message};
    let mut out = BTreeMap::new();
    for t in targets {
        let err = |detail: String| LoadError::Node {
            node: t.name.clone(),
            detail,
        };
        let mut req = format!("ws://{}:{}/v4/websocket", t.host, t.port)
            .into_client_request()
            .map_err(|e| err(e.to_string()))?;
        let h = req.headers_mut();
        if let Some(pw) = &t.password {
            h.insert(
                "Authorization",
                pw.parse()
                    .map_err(|_| err("the password is not a valid header value".into()))?,
            );
        }
        h.insert("User-Id", cfg.user_id.into());
        h.insert(
            "Client-Name",
            axum::http::HeaderValue::from_static(concat!(
                "lavastack-load/",
                env!("CARGO_PKG_VERSION")
            )),
        );
        let (ws, _) = tokio::time::timeout(cfg.timeout, tokio_tungstenite::connect_async(req))
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
        tokio::spawn(async move {
            while let Some(Ok(m)) = stream.next().await {
                let Message::Text(text) = m else { continue };
                let Ok(v) = serde_json::from_str::<Json>(&text) else {
                    continue;
                };
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
                if let Some((tx, on)) = map.get(g) {
                    if *on == name {
                        let _ = tx.send(ev);
                    }
                }
            }
            let _ = sink.close().await;
            mark_gone(&name, &alive_tx, &guilds);
        });
        out.insert(
            t.name.clone(),
            NodeConn {
                target: t.clone(),
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
fn by_weight(s: &Shared, guild: &str, not: Option<&str>) -> Option<String> {
    s.nodes
        .values()
        .filter(|n| n.target.weight > 0 && *n.alive.borrow() && Some(n.target.name.as_str()) != not)
        .map(|n| {
            let h = fnv(&format!("{guild}/{}", n.target.name));
            // -w / ln(u): the highest score wins with probability proportional to weight.
            let u = ((h >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
            (f64::from(n.target.weight) / -u.ln(), n.target.name.clone())
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
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

async fn select(s: &Shared, guild: &str, not: Option<&str>) -> Option<String> {
    if let Some(r) = &s.cfg.router {
        let picked = r.select(guild).await;
        let mut st = s.stats();
        match picked {
            Ok(Some(n)) if Some(n.as_str()) != not && s.alive(&n) => {
                st.selections += 1;
                return Some(n);
            }
            Ok(_) => st.selections += 1,
            Err(_) => st.selection_errors += 1,
        }
        drop(st);
        // The router has not seen the node die yet (or is down): fall back like a bot would.
        return by_weight(s, guild, not);
    }
    s.stats().selections += 1;
    by_weight(s, guild, not)
}

fn voice(guild: &str) -> Json {
    json!({"token": format!("load-{guild}"), "endpoint": "voice.example.invalid:443", "sessionId": format!("vs-{guild}"), "channelId": "111111111111111111"})
}

fn track(s: &Shared, guild: &str, n: u64) -> Json {
    json!({"identifier": format!("emu:{}:load {guild} #{n}", s.cfg.track.as_millis())})
}

/// One guild: placed, playing, calling REST now and then, moving when its node goes.
async fn guild(s: Arc<Shared>, id: String, mut stop: watch::Receiver<bool>) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let player_path = |node: &str| {
        format!(
            "/v4/sessions/{}/players/{id}",
            s.nodes.get(node).map(|n| n.session.as_str()).unwrap_or("")
        )
    };
    let mut n = 0u64;
    let mut position = 0u64;
    // Placed once a node took the player; a few tries, like a bot retrying a play command.
    let mut placed = None;
    for attempt in 0..5u64 {
        if let Some(to) = select(&s, &id, None).await {
            s.guilds
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(id.clone(), (tx.clone(), to.clone()));
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
                    _ => { s.rest(&node, "GET", &format!("/v4/loadtracks?identifier=emu:{}:search", s.cfg.track.as_millis()), None).await; }
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
                        if let Some(to) = select(&s, &id, Some(&dead)).await {
                            s.guilds.lock().unwrap_or_else(PoisonError::into_inner)
                                .entry(id.clone()).and_modify(|e| e.1 = to.clone());
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
    if s.alive(&node) {
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
    let cpu0 = own_cpu_seconds();
    let wall0 = Instant::now();
    let nodes = connect(&targets, &cfg, guilds.clone()).await?;
    let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
    http.set_connect_timeout(Some(cfg.timeout));
    http.set_nodelay(true);
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .pool_max_idle_per_host(256)
        .build(http);
    let s = Arc::new(Shared {
        nodes,
        http: client,
        guilds,
        stats: Mutex::new(Stats::default()),
        cfg: cfg.clone(),
    });
    let (guild_stop_tx, guild_stop) = watch::channel(false);
    // A frozen node keeps its sockets open: the router's probes are what notice it.
    let watchdog = s.cfg.router.clone().map(|r| {
        let s = s.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_millis(200)).await;
                let Ok(view) = r.nodes().await else { continue };
                for n in view.iter().filter(|n| !n.healthy) {
                    if let Some(c) = s.nodes.get(&n.name) {
                        mark_gone(&n.name, &c.gone, &s.guilds);
                    }
                }
            }
        })
    });
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
                for (name, n) in &s.nodes {
                    if !*n.alive.borrow() && seen_gone.insert(name.clone()) {
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
    let mut started = 0usize;
    let mut phases = Vec::new();
    let mut interrupted = false;
    for (pi, (name, want)) in cfg.phases().into_iter().enumerate() {
        s.stats().phase = pi;
        let t0 = Instant::now();
        let to_start = want.saturating_sub(started);
        // Ramp: guild i starts at t0 + ramp x i / n. Against the clock, not by sleeping a step
        // per guild: a sleep is at least a millisecond, which would stretch a fast ramp.
        let ramp_start = tokio::time::Instant::now();
        for i in 0..to_start {
            if *stop.borrow() {
                interrupted = true;
                break;
            }
            let id = (400_000_000_000_000_000u64 + (started + i) as u64 * 7919).to_string();
            tasks.spawn(guild(s.clone(), id, guild_stop.clone()));
            let at = ramp_start + cfg.ramp.mul_f64((i + 1) as f64 / to_start as f64);
            if at > tokio::time::Instant::now() + Duration::from_millis(1) {
                tokio::time::sleep_until(at).await;
            }
            if i % 100 == 0 {
                progress(&name, started + i);
            }
        }
        started = started.max(want);
        progress(&name, started);
        if !interrupted {
            tokio::select! {
                _ = tokio::time::sleep(cfg.hold) => {}
                _ = stop.changed() => interrupted = true,
            }
        }
        phases.push(phase_report(&s, pi, &name, want, t0.elapsed()));
        if interrupted {
            break;
        }
    }
    if let Some(w) = watchdog {
        w.abort();
    }
    sampler.abort();
    let _ = guild_stop_tx.send(true);
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
        router: cfg.router.is_some(),
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

fn phase_report(s: &Shared, pi: usize, name: &str, guilds: usize, took: Duration) -> PhaseReport {
    let on: BTreeMap<String, u64> = {
        let map = s.guilds.lock().unwrap_or_else(PoisonError::into_inner);
        let mut m = BTreeMap::new();
        for (_, node) in map.values() {
            *m.entry(node.clone()).or_default() += 1;
        }
        m
    };
    let st = s.stats();
    let total_players: u64 = on.values().sum();
    let total_weight: u32 = s
        .nodes
        .values()
        .map(|n| n.target.weight)
        .sum::<u32>()
        .max(1);
    let mut all = Hist::default();
    let mut errors = 0;
    let nodes = s
        .nodes
        .values()
        .map(|n| {
            let h = st
                .rest
                .get(&(pi, n.target.name.clone()))
                .cloned()
                .unwrap_or_default();
            all.merge(&h);
            let prefix = format!("{}:", n.target.name);
            let errs: BTreeMap<String, u64> = st
                .errors
                .iter()
                .filter(|((p, k), _)| *p == pi && k.starts_with(&prefix))
                .map(|((_, k), v)| (k[prefix.len()..].to_string(), *v))
                .collect();
            errors += errs.values().sum::<u64>();
            let players = on.get(&n.target.name).copied().unwrap_or(0);
            NodePhase {
                node: n.target.name.clone(),
                weight: n.target.weight,
                players,
                weight_share: f64::from(n.target.weight) / f64::from(total_weight),
                player_share: if total_players > 0 {
                    players as f64 / total_players as f64
                } else {
                    0.0
                },
                rest: Latency::of(&h),
                errors: errs,
            }
        })
        .collect();
    PhaseReport {
        name: name.to_string(),
        guilds,
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
                "  {:<16} {:>7} {:>8} {:>8} {:>9} {:>8} {:>8}  ERRORS",
                "NODE", "PLAYERS", "SHARE", "WEIGHT", "REQUESTS", "AVG ms", "p99 ms"
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
                    "  {:<16} {:>7} {:>7.1}% {:>7.1}% {:>9} {:>8.1} {:>8.1}  {}",
                    n.node,
                    n.players,
                    n.player_share * 100.0,
                    n.weight_share * 100.0,
                    n.rest.requests,
                    n.rest.avg_ms,
                    n.rest.p99_ms,
                    if errs.is_empty() { "-".into() } else { errs }
                );
            }
        }
        let _ = writeln!(
            o,
            "Selections: {} ({} failed{}); track ends: {}",
            self.selections,
            self.selection_errors,
            if self.router {
                ", through the router"
            } else {
                ", by weight"
            },
            self.track_ends
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
