//! `lavastack serve`: the router. It keeps a live view of every node and answers "which node
//! for this guild?" with the stack's selection policy, so playback survives a node outage.
//!
//! Each node is watched two ways: a Lavalink WebSocket session (a process that dies closes it,
//! so the node is down at once, and `stats` arrive on it) and REST probes of `/version` and
//! `/v4/stats` every `interval` with `fall`/`rise` hysteresis (which also catches a node that
//! hangs with its socket open). `http` holds the API; the stack and state are reloaded on
//! SIGHUP and when their files change.

pub mod client;
mod http;
pub mod serve;
mod watch;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
// Locks are recovered from poisoning: a panic in one request must not make every later one
// panic. What they guard is replaced whole or counted, so a half-done update cannot be seen.
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::policy::{self, builtin::LeastLoad, NodeInfo, Policy, SelectInput};
use crate::stack::{LoadOptions, Stack};
use crate::state::{NodeStatus, State};

pub use http::app;

/// What the router knows about one node right now.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Live {
    /// Probes say up (after `rise` successes; down after `fall` failures).
    pub probes_up: bool,
    pub ws_connected: bool,
    pub consecutive_ok: u32,
    pub consecutive_fail: u32,
    pub latency_ms: Option<f64>,
    pub players: u64,
    pub playing_players: u64,
    pub system_load: f64,
    pub lavalink_load: f64,
    pub memory_used: u64,
    pub frame_sent: Option<i64>,
    pub frame_nulled: Option<i64>,
    pub frame_deficit: Option<i64>,
    pub version: Option<String>,
    pub last_error: Option<String>,
    /// Guilds this router sent to the node since its player count was last read: counted
    /// in the policy's view so a burst of selections between two reads spreads out instead
    /// of all going to the node that was emptiest at the last read.
    #[serde(skip)]
    pub pending: u64,
    /// When the node last changed between healthy and not.
    #[serde(skip)]
    pub changed_at: Option<Instant>,
}

impl Live {
    pub fn healthy(&self) -> bool {
        self.probes_up && self.ws_connected
    }
}

/// A node from the stack and state, with where to reach it.
#[derive(Debug, Clone, Serialize)]
pub struct NodeEntry {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub region: String,
    pub zone: String,
    pub weight: u32,
    pub priority: u32,
    pub maintenance: bool,
    pub tags: BTreeMap<String, String>,
    #[serde(skip)]
    pub password: Option<String>,
    /// Whether the node serves TLS (as applied); clients then use `https`/`wss`.
    pub secure: bool,
    #[serde(skip)]
    pub transport: crate::health::Transport,
    /// Which instance of the node this is: the token of the create that made it and the
    /// provider's handle (a pid, an instance id; `host:port` for static and ssh nodes, which
    /// is why the token is in it). A node replaced at the same address is another instance,
    /// whose predecessor's watcher must not report. One string, compared as is by the
    /// watcher and by [`Router::sync_watchers`].
    #[serde(skip)]
    pub instance: String,
}

impl NodeEntry {
    /// How the router's probes and session reach the node.
    pub fn target(&self) -> crate::health::Target {
        crate::health::Target {
            host: self.host.clone(),
            port: self.port,
            password: self.password.clone(),
            transport: self.transport.clone(),
        }
    }
}

pub struct Snapshot {
    pub stack: Stack,
    pub nodes: BTreeMap<String, NodeEntry>,
    pub selection: Arc<dyn Policy>,
    /// Which policy `selection` is (`crate::policy::fingerprint::fingerprints`' form).
    pub selection_fingerprint: String,
    /// Runtime drains, as the state records them (shared by every replica and operator).
    pub drained: std::collections::BTreeSet<String>,
    /// Canaries' current shares of new selections, by node (`model::cohort`).
    pub cohorts: BTreeMap<String, crate::model::cohort::Cohort>,
}

/// Cumulative counts by bucket bound, the count and the sum.
pub type Histogram = (Vec<u64>, u64, f64);

#[derive(Default)]
pub struct Metrics {
    pub selections: Mutex<BTreeMap<String, u64>>,
    pub policy_errors: Mutex<BTreeMap<String, u64>>,
    /// Times each node went from healthy to not (unplanned).
    pub failovers: Mutex<BTreeMap<String, u64>>,
    pub no_node: AtomicU64,
    /// Request durations of /v1/select, in buckets of `BUCKETS` seconds.
    pub buckets: Mutex<(Vec<u64>, u64, f64)>,
    /// Probe results by (node, region, "ok" | "fail"): the availability SLI per node.
    pub probes: Mutex<BTreeMap<(String, String, &'static str), u64>>,
    /// Probe round trips by node, in buckets of [`probe_buckets`] seconds: the latency SLI,
    /// and the canary-vs-rest p99 of `rollout --progressive`.
    pub probe_buckets: Mutex<BTreeMap<String, Histogram>>,
    /// Once a second: was any node healthy and selectable? (available, unavailable): the
    /// cluster's availability SLI.
    pub availability: Mutex<(u64, u64)>,
}

/// Bounds of the probe latency histogram, in seconds: the stack's SLO latency choices, so the
/// SLO rule reads an exact bucket, under three finer ones, so a p99 on a fast network (loopback,
/// one availability zone) is more than "under 10 ms".
pub fn probe_buckets() -> impl Iterator<Item = f64> {
    [0.001, 0.0025, 0.005].into_iter().chain(
        crate::stack::SLO_LATENCY_BUCKETS_MS
            .iter()
            .map(|ms| f64::from(*ms) / 1000.0),
    )
}

pub const BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
];

pub struct Router {
    pub stack_path: PathBuf,
    pub opts: LoadOptions,
    pub snapshot: RwLock<Arc<Snapshot>>,
    pub live: RwLock<HashMap<String, Live>>,
    pub metrics: Metrics,
    pub watchers: Mutex<HashMap<String, (String, tokio::task::JoinHandle<()>)>>,
    pub pace: Pace,
}

/// Where selections run. A selection takes microseconds, less than handing it to tokio's
/// blocking pool costs (that hop took a quarter of the router's `/v1/select` throughput), so
/// it runs on the async worker while the policy is fast; once the moving average of its calls
/// passes `SLOW` (a slow module, one running into its timeout) selections go to the blocking
/// pool, so it cannot stall the workers that answer `/healthz` and run the probes, and come
/// back when the average falls under `FAST`. An average, so that a fast call preempted on a
/// busy machine does not count as a slow policy.
pub struct Pace {
    /// Exponentially weighted average of selection times, in nanoseconds (weight 1/16).
    average_ns: AtomicU64,
    offloaded: std::sync::atomic::AtomicBool,
}

impl Default for Pace {
    fn default() -> Self {
        Pace {
            average_ns: AtomicU64::new(0),
            offloaded: std::sync::atomic::AtomicBool::new(false),
        }
    }
}

impl Pace {
    pub const SLOW: Duration = Duration::from_millis(1);
    pub const FAST: Duration = Duration::from_micros(250);

    /// Whether the next selection goes to the blocking pool.
    pub fn offload(&self) -> bool {
        self.offloaded.load(Ordering::Relaxed)
    }

    /// Records how long a selection took. Racing updates may lose a sample: fine for an
    /// average.
    pub fn took(&self, d: Duration) {
        let sample = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        let old = self.average_ns.load(Ordering::Relaxed);
        let avg = if old == 0 {
            sample
        } else {
            old - old / 16 + sample / 16
        };
        self.average_ns.store(avg, Ordering::Relaxed);
        if avg > Self::SLOW.as_nanos() as u64 {
            self.offloaded.store(true, Ordering::Relaxed);
        } else if avg < Self::FAST.as_nanos() as u64 {
            self.offloaded.store(false, Ordering::Relaxed);
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RouterError {
    #[error("{0}")]
    Stack(String),
    #[error(transparent)]
    State(#[from] crate::state::StateError),
    #[error(transparent)]
    Policy(#[from] crate::policy::PolicyError),
}

/// Reads the stack and state into a snapshot: only nodes that were applied and are ready.
/// `previous` is the running view, on a reload: its policy is kept while a change to the
/// selection policy is in the stack but not applied yet.
pub async fn load_snapshot(
    path: &std::path::Path,
    opts: &LoadOptions,
    previous: Option<&Snapshot>,
) -> Result<Snapshot, RouterError> {
    let stack = crate::stack::load(path, opts).map_err(|d| RouterError::Stack(d.render(false)))?;
    let backend = crate::state::open(&stack).await;
    let state: Option<State> = backend.load().await?;
    let (selection, selection_fingerprint) = applied_selection(&stack, state.as_ref(), previous)?;
    // During a password rotation each node is probed (and handed to bots) with the password
    // its record says it runs with.
    let creds = crate::credentials::Credentials::load(state.as_ref(), backend.as_ref())
        .await
        .map_err(|e| RouterError::Stack(e.to_string()))?;
    let mut nodes = BTreeMap::new();
    let mut cohorts = BTreeMap::new();
    for rec in state.iter().flat_map(|s| s.nodes.values()) {
        if rec.status != NodeStatus::Ready {
            continue;
        }
        if let Some(c) =
            crate::state::current_cohort(&stack, state.as_ref(), &rec.name, rec.pool.as_deref())
        {
            cohorts.insert(rec.name.clone(), c);
        }
        let (Some(host), Some(port)) = (rec.address.clone(), rec.port) else {
            continue;
        };
        let attr_u32 = |k: &str, d: u32| {
            rec.attributes
                .get(k)
                .and_then(|v| v.as_u64())
                .map(|v| v as u32)
                .unwrap_or(d)
        };
        let password = creds
            .for_node(&stack, &rec.name, Some(rec))
            .map(|s| s.expose().to_string());
        nodes.insert(
            rec.name.clone(),
            NodeEntry {
                name: rec.name.clone(),
                host,
                port,
                region: rec.region.clone(),
                zone: rec.zone.clone().unwrap_or_default(),
                weight: attr_u32("weight", 1),
                priority: attr_u32("priority", 1),
                maintenance: rec
                    .attributes
                    .get("maintenance")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                tags: rec
                    .attributes
                    .get("tags")
                    .and_then(|t| serde_json::from_value(t.clone()).ok())
                    .unwrap_or_default(),
                password,
                secure: crate::model::NodeTls::from_attributes(&rec.attributes).is_some(),
                transport: crate::health::Transport::for_node(
                    crate::model::NodeTls::from_attributes(&rec.attributes).as_ref(),
                ),
                instance: format!(
                    "{}\0{}",
                    rec.token.as_deref().unwrap_or_default(),
                    rec.provider_id.as_deref().unwrap_or_default()
                ),
            },
        );
    }
    Ok(Snapshot {
        stack,
        nodes,
        selection,
        selection_fingerprint,
        drained: state
            .iter()
            .flat_map(|s| s.drains.keys().cloned())
            .collect(),
        cohorts,
    })
}

/// The selection policy as applied: like node attributes (read from state), a policy edit in
/// the stack takes effect when it is applied, not when the file is saved. The applied policy is
/// the running one, or its module if it is still on disk as applied; failing both (the module
/// was overwritten before the router ever ran it), the stack's with a warning.
fn applied_selection(
    stack: &Stack,
    state: Option<&State>,
    previous: Option<&Snapshot>,
) -> Result<(Arc<dyn Policy>, String), RouterError> {
    let wanted = crate::policy::fingerprint::fingerprints(stack)
        .remove("selection")
        .unwrap_or_default();
    let applied = state.and_then(|s| s.policies.get("selection"));
    match applied {
        Some(a) if *a != wanted => {
            if let Some(prev) = previous.filter(|p| p.selection_fingerprint == *a) {
                tracing::info!(applied = %a, planned = %wanted, "selection policy change not applied yet; keeping the applied policy");
                return Ok((prev.selection.clone(), a.clone()));
            }
            if let Some(p) = crate::policy::fingerprint::load_recorded(stack, a)? {
                tracing::info!(applied = %a, planned = %wanted, "selection policy change not applied yet; routing with the applied policy");
                return Ok((p, a.clone()));
            }
            tracing::warn!(applied = %a, planned = %wanted, "the applied selection policy can no longer be loaded (its module changed on disk); routing with the stack's before it is applied");
        }
        _ => {}
    }
    Ok((policy::for_stack(stack)?.selection, wanted))
}

/// The answer to a selection.
#[derive(Debug, Clone, Serialize)]
pub struct Selection {
    pub guild_id: String,
    pub node: Option<NodeEntry>,
    pub ranking: Vec<String>,
    pub policy: String,
    /// True when the stack's policy failed and the built-in answered instead.
    pub fallback: bool,
}

impl Router {
    pub fn new(stack_path: PathBuf, opts: LoadOptions, snap: Snapshot) -> Arc<Self> {
        Arc::new(Router {
            stack_path,
            opts,
            snapshot: RwLock::new(Arc::new(snap)),
            live: RwLock::new(HashMap::new()),
            metrics: Metrics::default(),
            watchers: Mutex::new(HashMap::new()),
            pace: Pace::default(),
        })
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Counts one probe for the SLIs.
    pub fn record_probe(&self, node: &str, region: &str, ok: bool, latency: Option<Duration>) {
        *self
            .metrics
            .probes
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry((
                node.to_string(),
                region.to_string(),
                if ok { "ok" } else { "fail" },
            ))
            .or_default() += 1;
        if let Some(d) = latency {
            let mut all = self
                .metrics
                .probe_buckets
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            let b = all.entry(node.to_string()).or_default();
            if b.0.is_empty() {
                b.0 = vec![0; probe_buckets().count()];
            }
            let secs = d.as_secs_f64();
            for (i, le) in probe_buckets().enumerate() {
                if secs <= le {
                    b.0[i] += 1;
                }
            }
            b.1 += 1;
            b.2 += secs;
        }
    }

    /// Tells HAProxy (each output with a runtime socket) what the router just saw: a node
    /// down is marked down at once instead of after HAProxy's own `inter x fall`. Best effort,
    /// off the caller's task: an HAProxy that is not running is a debug line.
    pub fn push_health(&self, name: &str, up: bool) {
        let snap = self.snapshot();
        let outputs: Vec<(PathBuf, PathBuf)> = snap
            .stack
            .outputs
            .values()
            .filter_map(|o| {
                let sock = o.runtime_socket.as_ref()?;
                Some((
                    snap.stack.resolve_path(&o.path),
                    snap.stack.resolve_path(sock),
                ))
            })
            .collect();
        if outputs.is_empty() {
            return;
        }
        let name = name.to_string();
        tokio::spawn(async move {
            for (cfg, sock) in outputs {
                let Ok(text) = tokio::fs::read_to_string(&cfg).await else {
                    continue;
                };
                let cmds = crate::render::haproxy::health_commands(&text, &name, up);
                match crate::render::haproxy::send(&sock, &cmds).await {
                    Ok(()) => tracing::info!(node = %name, up, "told HAProxy"),
                    Err(e) => tracing::debug!(node = %name, "HAProxy not told: {e}"),
                }
            }
        });
    }

    /// Counts one availability check: is any node healthy and not drained?
    pub fn record_availability(&self) {
        let (input, _) = self.select_input("0", None, None);
        let available = input.nodes.iter().any(|n| n.healthy && !n.draining);
        let mut a = self
            .metrics
            .availability
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if available {
            a.0 += 1;
        } else {
            a.1 += 1;
        }
    }

    /// Builds the policy input from the live view.
    pub fn select_input(
        &self,
        guild_id: &str,
        region: Option<String>,
        voice_endpoint: Option<String>,
    ) -> (SelectInput, Arc<Snapshot>) {
        let snap = self.snapshot();
        let live = self.live.read().unwrap_or_else(PoisonError::into_inner);
        let drained = &snap.drained;
        let nodes = snap
            .nodes
            .values()
            .map(|n| {
                let l = live.get(&n.name).cloned().unwrap_or_default();
                NodeInfo {
                    name: n.name.clone(),
                    region: n.region.clone(),
                    zone: n.zone.clone(),
                    weight: n.weight,
                    priority: n.priority,
                    healthy: l.healthy(),
                    draining: n.maintenance
                        || drained.contains(&n.name)
                        || snap.stack.in_window(&n.name, std::time::SystemTime::now()),
                    players: l.players.saturating_add(l.pending),
                    playing_players: l.playing_players.saturating_add(l.pending),
                    cpu: policy::Cpu {
                        system_load: l.system_load,
                        lavalink_load: l.lavalink_load,
                    },
                    memory_used: l.memory_used,
                    frame: l.frame_deficit.map(|d| policy::Frames {
                        sent: l.frame_sent.unwrap_or(0),
                        nulled: l.frame_nulled.unwrap_or(0),
                        deficit: d,
                    }),
                    latency_ms: l.latency_ms.unwrap_or(0.0),
                    tags: n.tags.clone(),
                }
            })
            .collect();
        let config = snap
            .stack
            .policies
            .get("selection")
            .map(|p| p.config.clone())
            .unwrap_or(serde_json::json!({}));
        (
            SelectInput {
                abi: policy::ABI_VERSION,
                guild_id: guild_id.to_string(),
                region,
                voice_endpoint,
                config,
                nodes,
            },
            snap,
        )
    }

    /// Runs the selection policy; a failing policy falls back to `builtin:least-load`.
    pub fn select(
        &self,
        guild_id: &str,
        region: Option<String>,
        voice_endpoint: Option<String>,
    ) -> Selection {
        let (input, snap) = self.select_input(guild_id, region, voice_endpoint);
        // Policies rank; they must not pick what the router knows is unusable.
        let usable = |name: &String| {
            input
                .nodes
                .iter()
                .any(|n| &n.name == name && n.healthy && !n.draining && n.weight > 0)
        };
        let (ranking, policy_name, fallback) = match policy::select_checked(
            snap.selection.as_ref(),
            &input,
        ) {
            Ok(r) => (r.ranking, snap.selection.name().to_string(), false),
            Err(e) => {
                tracing::warn!(guild_id, error = %e, "selection policy failed; using builtin:least-load");
                *self
                    .metrics
                    .policy_errors
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(snap.selection.name().to_string())
                    .or_default() += 1;
                let r = LeastLoad
                    .select(&input)
                    .map(|r| r.ranking)
                    .unwrap_or_default();
                (r, "builtin:least-load".to_string(), true)
            }
        };
        let ranking: Vec<String> = ranking.into_iter().filter(|n| usable(n)).collect();
        // Canaries take only their cohort's guilds (others only when nothing else can): the
        // router's rule, whatever the policy ranked.
        let ranking = crate::model::cohort::order(ranking, guild_id, |n| snap.cohorts.get(n));
        let node = ranking.first().and_then(|n| snap.nodes.get(n)).cloned();
        match &node {
            Some(n) => {
                if let Some(l) = self
                    .live
                    .write()
                    .unwrap_or_else(PoisonError::into_inner)
                    .get_mut(&n.name)
                {
                    l.pending = l.pending.saturating_add(1);
                }
                *self
                    .metrics
                    .selections
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(n.name.clone())
                    .or_default() += 1;
                tracing::info!(guild_id, node = %n.name, policy = %policy_name, fallback, "selected");
            }
            None => {
                self.metrics.no_node.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(guild_id, "no healthy node to select");
            }
        }
        Selection {
            guild_id: guild_id.to_string(),
            node,
            ranking,
            policy: policy_name,
            fallback,
        }
    }

    pub fn observe(&self, d: Duration) {
        let mut b = self
            .metrics
            .buckets
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if b.0.is_empty() {
            b.0 = vec![0; BUCKETS.len()];
        }
        let s = d.as_secs_f64();
        for (i, le) in BUCKETS.iter().enumerate() {
            if s <= *le {
                b.0[i] += 1;
            }
        }
        b.1 += 1;
        b.2 += s;
    }

    /// Starts watchers for new nodes (or nodes whose address changed) and stops those of
    /// nodes that left.
    pub fn sync_watchers(self: &Arc<Self>) {
        let snap = self.snapshot();
        let mut w = self.watchers.lock().unwrap_or_else(PoisonError::into_inner);
        // A node's watcher is restarted when its address, its instance or its password
        // changes (a node replaced in place during `rotate password` answers only the new
        // one; the old instance's session, closing late, must not count as an outage).
        let identity = |n: &NodeEntry| {
            format!(
                "{}:{}\0{}\0{}",
                n.host,
                n.port,
                n.instance,
                n.password.as_deref().unwrap_or_default()
            )
        };
        w.retain(|name, (addr, handle)| {
            let keep = snap.nodes.get(name).is_some_and(|n| identity(n) == *addr);
            if !keep {
                handle.abort();
                self.live
                    .write()
                    .unwrap_or_else(PoisonError::into_inner)
                    .remove(name);
            }
            keep
        });
        for n in snap.nodes.values() {
            if !w.contains_key(&n.name) {
                let handle = tokio::spawn(watch::watch_node(self.clone(), n.clone()));
                w.insert(n.name.clone(), (identity(n), handle));
            }
        }
    }

    /// Reloads stack and state; on error the running view is kept (`false`).
    pub async fn reload(self: &Arc<Self>) -> bool {
        let previous = self.snapshot();
        match load_snapshot(&self.stack_path, &self.opts, Some(&previous)).await {
            Ok(s) => {
                *self
                    .snapshot
                    .write()
                    .unwrap_or_else(PoisonError::into_inner) = Arc::new(s);
                self.sync_watchers();
                tracing::info!("reloaded stack and state");
                true
            }
            Err(e) => {
                tracing::error!("reload failed, keeping the running configuration: {e}");
                false
            }
        }
    }
}

fn mtime(p: &std::path::Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// Reloads on SIGHUP, when the stack file changes (checked every second) and when the state
/// does (its backend's revision, every `router.state_poll`: a file's metadata, an S3 HEAD).
/// Replicas of a group share nothing else: a drain recorded through one reaches the others
/// within one poll. A poll that fails keeps the running view and is retried at the next.
pub async fn reload_loop(router: Arc<Router>) {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hup = signal(SignalKind::hangup()).ok();
    let revision = |r: Arc<Router>| async move {
        let snap = r.snapshot();
        let backend = crate::state::open(&snap.stack).await;
        match backend.revision().await {
            Ok(rev) => Some(rev),
            Err(e) => {
                tracing::warn!("polling the state failed: {e}");
                None
            }
        }
    };
    let mut last_stack = mtime(&router.stack_path);
    let mut last_state = revision(router.clone()).await;
    let mut second = tokio::time::interval(Duration::from_secs(1));
    let poll_every = || router.snapshot().stack.router.state_poll;
    let mut poll = tokio::time::interval(poll_every());
    poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = second.tick() => {
                router.record_availability();
                // What was seen is remembered only once a reload of it worked, so a failed
                // reload (a file half written, a secret briefly unreadable) is tried again.
                let now = mtime(&router.stack_path);
                if now != last_stack && router.reload().await {
                    last_stack = now;
                }
            }
            _ = poll.tick() => {
                if let Some(rev) = revision(router.clone()).await {
                    if Some(&rev) != last_state.as_ref() && router.reload().await {
                        last_state = Some(rev);
                    }
                }
                if poll.period() != poll_every() {
                    poll = tokio::time::interval(poll_every());
                    poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                    poll.reset();
                }
            }
            _ = async { match hup.as_mut() { Some(h) => { h.recv().await; } None => std::future::pending::<()>().await } } => {
                if router.reload().await {
                    last_stack = mtime(&router.stack_path);
                    last_state = revision(router.clone()).await;
                }
            }
        }
    }
}

#[cfg(test)]
mod pace_tests {
    use super::Pace;
    use std::time::Duration;

    #[test]
    fn a_spike_stays_inline_a_slow_policy_moves_off_and_back() {
        let p = Pace::default();
        for _ in 0..100 {
            p.took(Duration::from_micros(10));
        }
        assert!(!p.offload());
        // A fast call preempted for 5 ms on a busy machine is one sample of sixteen.
        p.took(Duration::from_millis(5));
        assert!(!p.offload());
        // A policy that now takes 20 ms per call moves to the blocking pool within a few calls.
        let mut calls = 0;
        while !p.offload() {
            p.took(Duration::from_millis(20));
            calls += 1;
            assert!(calls < 10, "still inline after {calls} slow calls");
        }
        // And comes back once it is fast again.
        let mut calls = 0;
        while p.offload() {
            p.took(Duration::from_micros(10));
            calls += 1;
            assert!(calls < 200, "still offloaded after {calls} fast calls");
        }
    }
}
