//! Baseline and capacity: sample every node's `/v4/stats` over a window, then say what each node
//! carried, how much more it could carry, and how many nodes a multiple of the cluster's peak
//! needs. Step one of a capacity plan: measure before you size.
//!
//! The model (docs/observability.md, "Baseline and capacity"): the unit is a playing player
//! (what costs CPU). At the sample where a node played the most, CPU per playing player is
//! `lavalinkLoad / playing`; what else the machine runs (`systemLoad - lavalinkLoad`) stays. A
//! node holds `(cpu_ceiling - other) / per_player` players by CPU and `memory_ceiling *
//! reservable / (used / playing)` by memory (all memory charged to players: conservative); its
//! capacity is the smaller, and a node whose CPU was saturated (system load >= 95%) is taken as
//! full at what it played: past saturation the load stops growing, so extrapolating from it would
//! overstate what the node holds. Frame deficit is not used: Lavalink reports it only to the
//! session that owns the players, never over REST, so nothing outside the bot can see it.
//! Aggregates are kept online, so memory does not grow with the window.
//!
//! Owns: sampling, aggregation, the capacity model, and the saved report plans check against.
//! May import: `health` (the probe), `stack` (latency buckets, where the stack lives), `plan`
//! (the capacity line it fills), `files` (reading the saved report), `numfmt`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::health::{self, Health, Target};
use crate::stack::SLO_LATENCY_BUCKETS_MS;

/// Share of CPU and of reservable memory a node may be planned up to.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Limits {
    pub cpu_ceiling: f64,
    pub memory_ceiling: f64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            cpu_ceiling: 0.8,
            memory_ceiling: 0.8,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct NodeAgg {
    samples: u64,
    failures: u64,
    last_error: Option<String>,
    peak_players: u64,
    peak_playing: u64,
    /// At the sample with the most playing players (the first such).
    lavalink_load_at_peak: f64,
    system_load_at_peak: f64,
    memory_at_peak: u64,
    peak_system_load: f64,
    peak_memory: u64,
    reservable: u64,
    cores: u64,
    /// Counts per SLO latency bucket, the last one for slower than every bucket.
    latency: Vec<u64>,
    latency_max_ms: f64,
}

/// Everything sampled so far: O(nodes), whatever the window.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    nodes: BTreeMap<String, NodeAgg>,
    ticks: u64,
    peak_playing: u64,
    peak_players: u64,
    elapsed: Duration,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct NodeReport {
    pub name: String,
    pub samples: u64,
    pub failed_samples: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    pub peak_players: u64,
    pub peak_playing_players: u64,
    pub peak_system_load: f64,
    pub lavalink_load_at_peak: f64,
    pub peak_memory_used: u64,
    pub memory_reservable: u64,
    pub cpu_cores: u64,
    /// Upper bound (ms) of the bucket holding the median and the 99th percentile REST round trip.
    pub rest_latency_p50_ms: Option<u32>,
    pub rest_latency_p99_ms: Option<u32>,
    pub rest_latency_max_ms: f64,
    /// Playing players this node could hold under the model, or none when it cannot say.
    pub capacity: Option<u64>,
    /// What bounds `capacity` ("cpu", "memory", "cpu (saturated)", "given"), or why there is none.
    pub capacity_by: String,
    /// capacity / peak playing players.
    pub headroom: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ClusterReport {
    pub nodes: usize,
    /// The most playing players at once, summed over nodes in the same sample.
    pub peak_playing_players: u64,
    pub peak_players: u64,
    /// Median of the nodes' capacities: what one more node of this kind is taken to hold.
    pub node_capacity: Option<u64>,
    /// Sum of capacities (nodes that could not be estimated count as `node_capacity`).
    pub capacity: Option<u64>,
    /// capacity / peak: how many times the measured peak the cluster holds now.
    pub holds: Option<f64>,
    pub target: f64,
    /// Nodes needed to hold `target` x the peak.
    pub nodes_needed: Option<u64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub stack: String,
    /// When sampling ended (RFC 3339, seconds).
    #[serde(default)]
    pub taken_at: String,
    pub window_seconds: f64,
    pub interval_seconds: f64,
    pub samples: u64,
    pub limits: LimitsReport,
    pub nodes: Vec<NodeReport>,
    pub cluster: ClusterReport,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LimitsReport {
    pub cpu_ceiling: f64,
    pub memory_ceiling: f64,
}

impl Baseline {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut b = Baseline::default();
        for n in names {
            b.nodes.insert(
                n.to_string(),
                NodeAgg {
                    latency: vec![0; SLO_LATENCY_BUCKETS_MS.len() + 1],
                    ..Default::default()
                },
            );
        }
        b
    }

    pub fn samples(&self) -> u64 {
        self.ticks
    }

    /// One sample of every node, taken at the same moment.
    pub fn record(&mut self, tick: &[(String, Health)], elapsed: Duration) {
        self.ticks += 1;
        self.elapsed = elapsed;
        let (mut playing, mut players) = (0u64, 0u64);
        for (name, h) in tick {
            let Some(a) = self.nodes.get_mut(name) else {
                continue;
            };
            a.samples += 1;
            if !h.healthy || h.players.is_none() {
                a.failures += 1;
                a.last_error = h.error.clone();
                continue;
            }
            let p = h.playing_players.unwrap_or(0);
            let all = h.players.unwrap_or(0);
            playing = playing.saturating_add(p);
            players = players.saturating_add(all);
            // A load outside 0..=1 (or NaN) is a node's bug, not a reason to size wrong.
            let unit = |x: Option<f64>| x.filter(|v| v.is_finite()).unwrap_or(0.0).clamp(0.0, 1.0);
            let sys = unit(h.system_load);
            let ll = unit(h.lavalink_load);
            let mem = h.memory_used.unwrap_or(0);
            if p > a.peak_playing || a.samples - a.failures == 1 {
                a.peak_playing = a.peak_playing.max(p);
                a.lavalink_load_at_peak = ll;
                a.system_load_at_peak = sys;
                a.memory_at_peak = mem;
            }
            a.peak_players = a.peak_players.max(all);
            a.peak_system_load = a.peak_system_load.max(sys);
            a.peak_memory = a.peak_memory.max(mem);
            a.reservable = h.memory_reservable.unwrap_or(a.reservable);
            a.cores = h.cpu_cores.unwrap_or(a.cores);
            if let Some(l) = h.latency_ms.filter(|l| l.is_finite() && *l >= 0.0) {
                let i = SLO_LATENCY_BUCKETS_MS
                    .iter()
                    .position(|b| l <= f64::from(*b))
                    .unwrap_or(SLO_LATENCY_BUCKETS_MS.len());
                a.latency[i] += 1;
                a.latency_max_ms = a.latency_max_ms.max(l);
            }
        }
        self.peak_playing = self.peak_playing.max(playing);
        self.peak_players = self.peak_players.max(players);
    }

    pub fn report(
        &self,
        stack: &str,
        interval: Duration,
        target: f64,
        limits: Limits,
        given_capacity: Option<u64>,
    ) -> Report {
        let nodes: Vec<NodeReport> = self
            .nodes
            .iter()
            .map(|(name, a)| node_report(name, a, limits, given_capacity))
            .collect();
        let mut caps: Vec<u64> = nodes.iter().filter_map(|n| n.capacity).collect();
        caps.sort_unstable();
        let median = (!caps.is_empty()).then(|| caps[caps.len() / 2]);
        let capacity = median.map(|m| {
            nodes
                .iter()
                .fold(0u64, |sum, n| sum.saturating_add(n.capacity.unwrap_or(m)))
        });
        let peak = self.peak_playing;
        let holds = match (capacity, peak) {
            (Some(c), p) if p > 0 => Some(c as f64 / p as f64),
            _ => None,
        };
        let nodes_needed = match (median, peak) {
            (Some(m), p) if p > 0 && m > 0 => Some((target * p as f64 / m as f64).ceil() as u64),
            _ => None,
        };
        Report {
            stack: stack.to_string(),
            taken_at: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
            window_seconds: self.elapsed.as_secs_f64(),
            interval_seconds: interval.as_secs_f64(),
            samples: self.ticks,
            limits: LimitsReport {
                cpu_ceiling: limits.cpu_ceiling,
                memory_ceiling: limits.memory_ceiling,
            },
            cluster: ClusterReport {
                nodes: nodes.len(),
                peak_playing_players: peak,
                peak_players: self.peak_players,
                node_capacity: median,
                capacity,
                holds,
                target,
                nodes_needed,
            },
            nodes,
        }
    }
}

/// Where `baseline` keeps its last report for plans to read: beside the default state.
pub fn saved_path(stack: &crate::stack::Stack) -> std::path::PathBuf {
    stack
        .dir
        .join(".lavastack")
        .join(format!("{}.baseline.json", stack.name))
}

/// Larger files are not a report `baseline` wrote (10,000 nodes are ~6 MB).
const MAX_REPORT: u64 = 32 << 20;

/// The last saved report for this stack, if any. A report that cannot be read is a reason the
/// plan says, never a failed plan.
pub fn load_saved(stack: &crate::stack::Stack) -> Result<Option<Report>, String> {
    let path = saved_path(stack);
    let bytes = match crate::files::read_regular(&path, MAX_REPORT) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let r: Report = serde_json::from_slice(&bytes)
        .map_err(|e| format!("{} is not a baseline report: {e}", path.display()))?;
    Ok((r.stack == stack.name).then_some(r))
}

/// The cluster before (`before` nodes) and after (`after` nodes) a plan in multiples of the
/// report's peak. Nodes the report measured count with their own capacity, others with the
/// median. `None` when the report has no peak or no capacity to size from.
pub fn check(
    r: &Report,
    before: &[String],
    after: &[String],
) -> Option<crate::plan::CapacityCheck> {
    let peak = r.cluster.peak_playing_players;
    let median = r.cluster.node_capacity?;
    if peak == 0 {
        return None;
    }
    let of: BTreeMap<&str, u64> = r
        .nodes
        .iter()
        .filter_map(|n| n.capacity.map(|c| (n.name.as_str(), c)))
        .collect();
    let holds = |names: &[String]| {
        names.iter().fold(0u64, |s, n| {
            s.saturating_add(*of.get(n.as_str()).unwrap_or(&median))
        }) as f64
            / peak as f64
    };
    Some(crate::plan::CapacityCheck {
        baseline_taken_at: r.taken_at.clone(),
        peak_playing_players: peak,
        nodes_before: before.len(),
        nodes_after: after.len(),
        holds_before: holds(before),
        holds_after: holds(after),
        target: r.cluster.target,
    })
}

fn percentile_bucket(counts: &[u64], q: f64) -> Option<u32> {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return None;
    }
    let rank = ((q * total as f64).ceil() as u64).max(1);
    let mut seen = 0;
    for (i, c) in counts.iter().enumerate() {
        seen += c;
        if seen >= rank {
            // Past the last bucket there is no bound: report the largest one we know is exceeded.
            return Some(SLO_LATENCY_BUCKETS_MS.get(i).copied().unwrap_or(u32::MAX));
        }
    }
    None
}

/// System load at or above this at the peak means the CPU was the limit already.
const SATURATED: f64 = 0.95;

/// Whole players, forgiving float noise: (0.8 - 0.1) / 0.002 is 349.99999999999994, meant 350.
fn whole(x: f64) -> f64 {
    (x + 1e-6).floor()
}

fn node_report(name: &str, a: &NodeAgg, limits: Limits, given: Option<u64>) -> NodeReport {
    let (capacity, by) = if let Some(g) = given {
        (Some(g), "given".to_string())
    } else if a.samples == a.failures {
        (None, "no successful sample".to_string())
    } else if a.peak_playing == 0 {
        (None, "no playing players in the window".to_string())
    } else {
        let p = a.peak_playing as f64;
        let cpu = {
            let per = a.lavalink_load_at_peak / p;
            let other = (a.system_load_at_peak - a.lavalink_load_at_peak).max(0.0);
            (per > 0.0).then(|| whole((limits.cpu_ceiling - other).max(0.0) / per))
        };
        let mem = {
            let per = a.memory_at_peak as f64 / p;
            (per > 0.0 && a.reservable > 0)
                .then(|| whole(limits.memory_ceiling * a.reservable as f64 / per))
        };
        let (mut cap, mut by) = match (cpu, mem) {
            (Some(c), Some(m)) if c <= m => (Some(c), "cpu"),
            (Some(_), Some(m)) => (Some(m), "memory"),
            (Some(c), None) => (Some(c), "cpu"),
            (None, Some(m)) => (Some(m), "memory"),
            (None, None) => (None, "no load to extrapolate from"),
        };
        if a.system_load_at_peak >= SATURATED {
            cap = Some(p);
            by = "cpu (saturated)";
        }
        (cap.map(|c| c.min(u64::MAX as f64) as u64), by.to_string())
    };
    NodeReport {
        name: name.to_string(),
        samples: a.samples,
        failed_samples: a.failures,
        last_error: a.last_error.clone(),
        peak_players: a.peak_players,
        peak_playing_players: a.peak_playing,
        peak_system_load: a.peak_system_load,
        lavalink_load_at_peak: a.lavalink_load_at_peak,
        peak_memory_used: a.peak_memory,
        memory_reservable: a.reservable,
        cpu_cores: a.cores,
        rest_latency_p50_ms: percentile_bucket(&a.latency, 0.5),
        rest_latency_p99_ms: percentile_bucket(&a.latency, 0.99),
        rest_latency_max_ms: a.latency_max_ms,
        headroom: capacity
            .filter(|_| a.peak_playing > 0)
            .map(|c| c as f64 / a.peak_playing as f64),
        capacity,
        capacity_by: by,
    }
}

impl Report {
    /// The table people read.
    pub fn table(&self) -> String {
        use std::fmt::Write as _;
        let mut o = String::new();
        let _ = writeln!(
            o,
            "Baseline of stack \"{}\": {} samples over {:.0}s, every {}s",
            self.stack, self.samples, self.window_seconds, self.interval_seconds
        );
        let _ = writeln!(
            o,
            "{:<16} {:>8} {:>8} {:>6} {:>9} {:>8} {:>9} {:>9} {:>9}  BOUND",
            "NODE",
            "PLAYING",
            "PLAYERS",
            "CPU",
            "MEMORY",
            "DEFICIT",
            "REST p99",
            "CAPACITY",
            "HEADROOM"
        );
        for n in &self.nodes {
            let _ = writeln!(
                o,
                "{:<16} {:>8} {:>8} {:>5.0}% {:>8}M {:>9} {:>9} {:>9}  {}",
                n.name,
                n.peak_playing_players,
                n.peak_players,
                n.peak_system_load * 100.0,
                n.peak_memory_used >> 20,
                n.rest_latency_p99_ms
                    .map(|b| if b == u32::MAX {
                        "slow".into()
                    } else {
                        format!("<={b}ms")
                    })
                    .unwrap_or_else(|| "-".into()),
                n.capacity
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "-".into()),
                n.headroom
                    .map(|h| format!("{h:.1}x"))
                    .unwrap_or_else(|| "-".into()),
                n.capacity_by,
            );
        }
        let c = &self.cluster;
        let _ = writeln!(
            o,
            "\nCluster peak: {} playing players ({} players) at once.",
            c.peak_playing_players, c.peak_players
        );
        match (c.holds, c.nodes_needed, c.node_capacity) {
            (Some(h), Some(need), Some(per)) => {
                let _ = writeln!(
                    o,
                    "The cluster holds {h:.1}x that peak ({} players). {}x the peak needs {need} node(s) of ~{per} players; the stack has {}.",
                    c.capacity.unwrap_or(0),
                    crate::numfmt::decimal(c.target, 2),
                    c.nodes
                );
            }
            _ => {
                let _ = writeln!(
                    o,
                    "Not enough load to size from (no node played, or none could be extrapolated); run it at a busy time, or pass --node-capacity N."
                );
            }
        }
        o
    }
}

/// Samples every target each `every` for `window` (or until `stop` resolves), calling
/// `on_tick` after each sample. Each sample probes all nodes at once, each bounded by
/// `timeout`, so a hung node delays a tick by at most that.
pub async fn sample(
    targets: &[(String, Target)],
    every: Duration,
    window: Duration,
    timeout: Duration,
    mut on_tick: impl FnMut(u64),
    stop: impl std::future::Future<Output = ()>,
) -> Baseline {
    let mut b = Baseline::new(targets.iter().map(|(n, _)| n.as_str()));
    let started = tokio::time::Instant::now();
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tokio::pin!(stop);
    loop {
        tokio::select! {
            _ = &mut stop => break,
            _ = interval.tick() => {}
        }
        if started.elapsed() > window && b.samples() > 0 {
            break;
        }
        let probes = targets
            .iter()
            .map(|(name, t)| async move { (name.clone(), health::probe_rest(t, timeout).await) });
        let tick = tokio::select! {
            _ = &mut stop => break,
            t = futures_util::future::join_all(probes) => t,
        };
        b.record(&tick, started.elapsed());
        on_tick(b.samples());
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(playing: u64, players: u64, sys: f64, ll: f64, mem: u64) -> Health {
        Health {
            healthy: true,
            reachable: true,
            players: Some(players),
            playing_players: Some(playing),
            system_load: Some(sys),
            lavalink_load: Some(ll),
            memory_used: Some(mem),
            memory_reservable: Some(1 << 30),
            cpu_cores: Some(4),
            latency_ms: Some(12.0),
            ..Default::default()
        }
    }

    #[test]
    fn capacity_follows_the_model() {
        let mut b = Baseline::new(["a", "b", "c"]);
        // a: 100 playing at 20% Lavalink load + 10% other: CPU allows (0.8-0.1)/0.002 = 350;
        // memory 100 MiB for 100: 0.8 GiB allows 819. CPU bounds: 350.
        // b: 50 playing, memory heavy: 512 MiB for 50 -> 0.8 GiB / 10.24 MiB = 80; CPU would
        // allow 400. Memory bounds: 80.
        // c: CPU saturated at 30 playing: full at 30.
        for (pa, pb, pc) in [(60, 20, 10), (100, 50, 30), (80, 40, 20)] {
            let tick = vec![
                (
                    "a".into(),
                    h(
                        pa,
                        pa + 5,
                        0.1 + pa as f64 * 0.002,
                        pa as f64 * 0.002,
                        pa << 20,
                    ),
                ),
                (
                    "b".into(),
                    h(
                        pb,
                        pb,
                        pb as f64 * 0.002,
                        pb as f64 * 0.002,
                        pb * (512 << 20) / 50,
                    ),
                ),
                (
                    "c".into(),
                    h(pc, pc, if pc == 30 { 1.0 } else { 0.3 }, 0.2, 1 << 20),
                ),
            ];
            b.record(&tick, Duration::from_secs(1));
        }
        let r = b.report("s", Duration::from_secs(1), 3.0, Limits::default(), None);
        let by: BTreeMap<_, _> = r.nodes.iter().map(|n| (n.name.as_str(), n)).collect();
        assert_eq!(
            (by["a"].capacity, by["a"].capacity_by.as_str()),
            (Some(350), "cpu")
        );
        assert_eq!(
            (by["b"].capacity, by["b"].capacity_by.as_str()),
            (Some(80), "memory")
        );
        assert_eq!(
            (by["c"].capacity, by["c"].capacity_by.as_str()),
            (Some(30), "cpu (saturated)")
        );
        assert_eq!(by["a"].headroom, Some(3.5));
        assert_eq!(by["a"].peak_players, 105);
        assert_eq!(by["a"].rest_latency_p99_ms, Some(25));
        // Peak is per sample: 100 + 50 + 30, not the sum of each node's own peak by chance.
        assert_eq!(r.cluster.peak_playing_players, 180);
        assert_eq!(r.cluster.node_capacity, Some(80));
        assert_eq!(r.cluster.capacity, Some(460));
        assert_eq!(r.cluster.holds, Some(460.0 / 180.0));
        // 3 x 180 = 540 players / 80 per node = 6.75 -> 7.
        assert_eq!(r.cluster.nodes_needed, Some(7));
        assert!(
            r.table().contains("3x the peak needs 7 node(s)"),
            "{}",
            r.table()
        );
    }

    #[test]
    fn idle_or_failing_nodes_give_no_estimate_and_say_why() {
        let mut b = Baseline::new(["idle", "down"]);
        let down = Health {
            error: Some("not reachable: refused".into()),
            ..Default::default()
        };
        b.record(
            &[
                ("idle".into(), h(0, 0, 0.1, 0.0, 1 << 20)),
                ("down".into(), down),
            ],
            Duration::from_secs(1),
        );
        let r = b.report("s", Duration::from_secs(1), 2.0, Limits::default(), None);
        assert_eq!(r.nodes[0].name, "down");
        assert_eq!(r.nodes[0].capacity_by, "no successful sample");
        assert_eq!(
            r.nodes[0].last_error.as_deref(),
            Some("not reachable: refused")
        );
        assert_eq!(r.nodes[1].capacity_by, "no playing players in the window");
        assert_eq!(r.cluster.nodes_needed, None);
        assert!(r.table().contains("Not enough load"));
        // A capacity given by the operator sizes even an idle cluster... once there is a peak.
        let r = b.report(
            "s",
            Duration::from_secs(1),
            2.0,
            Limits::default(),
            Some(500),
        );
        assert_eq!(r.cluster.capacity, Some(1000));
        assert_eq!(r.cluster.holds, None);
    }

    #[test]
    fn hostile_stats_do_not_overflow_or_divide_by_zero() {
        let mut b = Baseline::new(["x"]);
        let mut weird = h(u64::MAX, u64::MAX, f64::NAN, 5.0, u64::MAX);
        weird.latency_ms = Some(f64::INFINITY);
        b.record(&[("x".into(), weird)], Duration::from_secs(1));
        b.record(
            &[("x".into(), h(1, 1, 0.0, 0.0, 0))],
            Duration::from_secs(2),
        );
        let r = b.report("s", Duration::from_secs(1), 1000.0, Limits::default(), None);
        let _ = r.table();
        assert_eq!(r.nodes[0].capacity_by, "memory");
        assert!(serde_json::to_string(&r).is_ok());
    }
}
