//! What a run measured: per phase and node latency, frames, the time series, and the table.

use super::*;

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
pub(super) const MAX_POINTS: usize = 4 * 3600 + 60;

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
    pub(super) fn of(h: &Hist) -> Latency {
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

pub(super) fn phase_report(
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
    // In u64: weights come from the state, where two near u32::MAX would overflow a u32 sum.
    let total_weight = s
        .targets
        .values()
        .map(|t| u64::from(t.weight))
        .sum::<u64>()
        .max(1);
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
                weight_share: f64::from(t.weight) / total_weight as f64,
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
