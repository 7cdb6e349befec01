//! Synthetic inputs and a timer for measuring policies: `lavastack policy bench`, the policy
//! benchmark and the tests share them.

use std::time::{Duration, Instant};

use serde_json::json;

use super::{PlaceInput, SelectInput};
use crate::policy;

/// A deterministic synthetic cluster of `n` nodes in three regions.
pub fn synthetic_select(n: usize) -> SelectInput {
    let regions = ["eu-west", "us-east", "ap-south"];
    SelectInput {
        abi: 1,
        guild_id: "817327181659111454".into(),
        region: Some("eu-west".into()),
        voice_endpoint: None,
        config: json!({}),
        nodes: (0..n)
            .map(|i| policy::NodeInfo {
                name: format!("node-{i}"),
                region: regions[i % 3].into(),
                zone: ["a", "b"][i % 2].into(),
                weight: 1 + (i % 4) as u32,
                priority: 1,
                healthy: i % 11 != 5,
                draining: i % 13 == 7,
                players: (i * 7 % 50) as u64,
                playing_players: (i * 5 % 40) as u64,
                cpu: policy::Cpu {
                    system_load: (i % 10) as f64 / 10.0,
                    lavalink_load: (i % 7) as f64 / 20.0,
                },
                memory_used: 1 << 28,
                frame: Some(policy::Frames {
                    sent: 3000,
                    nulled: (i % 3) as i64,
                    deficit: (i % 5) as i64,
                }),
                latency_ms: 5.0 + i as f64,
                tags: Default::default(),
            })
            .collect(),
    }
}

pub fn synthetic_place(n: usize) -> PlaceInput {
    PlaceInput {
        abi: 1,
        pool: "bench".into(),
        count: n as u32,
        regions: vec![
            policy::RegionInfo {
                name: "eu".into(),
                zones: vec!["a".into(), "b".into(), "c".into()],
                capacity: None,
            },
            policy::RegionInfo {
                name: "us".into(),
                zones: vec!["a".into(), "b".into()],
                capacity: None,
            },
        ],
        existing: vec![],
        config: json!({}),
    }
}

pub struct Timing {
    pub per_sec: f64,
    pub p50: Duration,
    pub p99: Duration,
}

/// Times `calls` calls of `f` (at least one) after a 10% warm-up. The first failing call
/// stops it with that call's error: a policy may pass its check and fail later.
pub fn time_calls<E>(calls: usize, mut f: impl FnMut() -> Result<(), E>) -> Result<Timing, E> {
    let mut fs: [&mut dyn FnMut() -> Result<(), E>; 1] = [&mut f];
    let mut t = time_interleaved(calls, &mut fs)?;
    Ok(t.remove(0))
}

/// Calls per turn in [`time_interleaved`]: enough to stay warm, few enough that a slow spell
/// of the machine (seconds here) falls on every candidate alike.
const TURN: usize = 50;

/// Times `calls` calls of each of `fs` (at least one), taking turns of [`TURN`] calls, after a
/// 10% warm-up of each: the ratios between them hold on a machine whose speed drifts, which
/// timing one after the other did not (a built-in read 2.8 µs and 4.6 µs in two runs). The
/// first failing call stops it with that call's error.
pub fn time_interleaved<E>(
    calls: usize,
    fs: &mut [&mut dyn FnMut() -> Result<(), E>],
) -> Result<Vec<Timing>, E> {
    let calls = calls.max(1);
    for f in fs.iter_mut() {
        for _ in 0..(calls / 10).max(1) {
            f()?;
        }
    }
    let mut samples: Vec<Vec<Duration>> = fs.iter().map(|_| Vec::with_capacity(calls)).collect();
    let mut totals = vec![Duration::ZERO; fs.len()];
    let (mut done, mut first) = (0, 0);
    while done < calls {
        let turn = TURN.min(calls - done);
        // Each turn starts with the next candidate, so none always follows the same one, and
        // a candidate's first call after the switch is not timed: it pays for the caches the
        // one before it left cold, which would be the whole of its p99.
        for k in 0..fs.len() {
            let i = (first + k) % fs.len();
            let f = &mut fs[i];
            f()?;
            let start = Instant::now();
            for _ in 0..turn {
                let t = Instant::now();
                f()?;
                samples[i].push(t.elapsed());
            }
            totals[i] += start.elapsed();
        }
        first += 1;
        done += turn;
    }
    Ok(samples
        .into_iter()
        .zip(totals)
        .map(|(mut s, total)| {
            s.sort();
            let at = |q: usize| s[(s.len() * q / 100).min(s.len() - 1)];
            Timing {
                per_sec: calls as f64 / total.as_secs_f64().max(1e-12),
                p50: at(50),
                p99: at(99),
            }
        })
        .collect())
}
