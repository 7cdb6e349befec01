//! Native built-in policies: the defaults, and the yardstick wasm policies are measured against.

use std::collections::BTreeMap;

use super::abi::*;
use super::{Policy, PolicyError};

/// Lavalink.py's load penalty: playing players, an exponential CPU term, and frame losses.
pub fn penalty(n: &NodeInfo) -> f64 {
    let cpu = 1.05f64.powf(100.0 * n.cpu.system_load) * 10.0 - 10.0;
    let (deficit, nulled) = match &n.frame {
        Some(f) => {
            let d = f.deficit.max(0) as f64;
            let nl = f.nulled.max(0) as f64;
            (
                1.03f64.powf(500.0 * (d / 3000.0)) * 600.0 - 600.0,
                (1.03f64.powf(500.0 * (nl / 3000.0)) * 300.0 - 300.0) * 2.0,
            )
        }
        None => (0.0, 0.0),
    };
    n.playing_players as f64 + cpu + deficit + nulled
}

/// `builtin:least-load`: healthy, non-draining nodes with weight > 0, the guild's region first
/// (then the primary-region preference from config, if any), then lower priority number,
/// then the lowest penalty per unit of weight. Name breaks ties, so rankings are stable.
pub struct LeastLoad;

impl Policy for LeastLoad {
    fn name(&self) -> &str {
        "builtin:least-load"
    }
    fn can_select(&self) -> bool {
        true
    }
    fn select(&self, input: &SelectInput) -> Result<Ranking, PolicyError> {
        let preferred = input.region.clone().or_else(|| {
            input
                .config
                .get("prefer_region")
                .and_then(|v| v.as_str())
                .map(str::to_string)
        });
        let mut eligible: Vec<(&NodeInfo, f64)> = input
            .nodes
            .iter()
            .filter(|n| n.healthy && !n.draining && n.weight > 0)
            .map(|n| (n, (penalty(n) + 1.0) / n.weight as f64))
            .collect();
        eligible.sort_by(|(a, pa), (b, pb)| {
            let ra = preferred.as_deref().is_some_and(|r| r != a.region);
            let rb = preferred.as_deref().is_some_and(|r| r != b.region);
            ra.cmp(&rb)
                .then(a.priority.cmp(&b.priority))
                .then(pa.total_cmp(pb))
                .then_with(|| a.name.cmp(&b.name))
        });
        Ok(Ranking {
            ranking: eligible.into_iter().map(|(n, _)| n.name.clone()).collect(),
        })
    }
}

/// `builtin:spread`: even over regions and zones, existing members stay where they are.
pub struct Spread;

impl Policy for Spread {
    fn name(&self) -> &str {
        "builtin:spread"
    }
    fn can_place(&self) -> bool {
        true
    }
    fn place(&self, input: &PlaceInput) -> Result<Placements, PolicyError> {
        let slots: Vec<(String, String)> = input
            .regions
            .iter()
            .flat_map(|r| r.zones.iter().map(move |z| (r.name.clone(), z.clone())))
            .collect();
        if slots.is_empty() {
            return Ok(Placements { placements: vec![] });
        }
        let mut load: BTreeMap<(String, String), usize> =
            slots.iter().map(|s| (s.clone(), 0)).collect();
        let mut per_region: BTreeMap<String, usize> = BTreeMap::new();
        let existing: BTreeMap<&str, &Placement> = input
            .existing
            .iter()
            .map(|p| (p.name.as_str(), p))
            .collect();
        let mut out = Vec::with_capacity(input.count as usize);
        let mut todo = Vec::new();
        for i in 1..=input.count {
            let name = format!("{}-{i}", input.pool);
            match existing.get(name.as_str()) {
                Some(p) if load.contains_key(&(p.region.clone(), p.zone.clone())) => {
                    *load
                        .get_mut(&(p.region.clone(), p.zone.clone()))
                        .expect("checked") += 1;
                    *per_region.entry(p.region.clone()).or_default() += 1;
                    out.push((*p).clone());
                }
                _ => todo.push(name),
            }
        }
        let capacity: BTreeMap<&str, Option<u32>> = input
            .regions
            .iter()
            .map(|r| (r.name.as_str(), r.capacity))
            .collect();
        for name in todo {
            let full = |r: &str| {
                capacity
                    .get(r)
                    .copied()
                    .flatten()
                    .is_some_and(|cap| per_region.get(r).copied().unwrap_or(0) >= cap as usize)
            };
            let pick = slots
                .iter()
                .filter(|s| !full(&s.0))
                .min_by_key(|s| load[*s])
                .or_else(|| slots.iter().min_by_key(|s| load[*s]))
                .expect("slots is not empty")
                .clone();
            *load.get_mut(&pick).expect("known slot") += 1;
            *per_region.entry(pick.0.clone()).or_default() += 1;
            out.push(Placement {
                name,
                region: pick.0,
                zone: pick.1,
            });
        }
        Ok(Placements { placements: out })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, region: &str, weight: u32, playing: u64, load: f64) -> NodeInfo {
        NodeInfo {
            name: name.into(),
            region: region.into(),
            zone: "a".into(),
            weight,
            priority: 1,
            healthy: true,
            playing_players: playing,
            cpu: Cpu {
                system_load: load,
                lavalink_load: 0.0,
            },
            ..Default::default()
        }
    }

    fn input(nodes: Vec<NodeInfo>, region: Option<&str>) -> SelectInput {
        SelectInput {
            abi: 1,
            guild_id: "1".into(),
            region: region.map(str::to_string),
            voice_endpoint: None,
            config: serde_json::json!({}),
            nodes,
        }
    }

    #[test]
    fn least_load_prefers_region_then_low_penalty_per_weight() {
        let mut sick = node("sick", "eu", 5, 0, 0.0);
        sick.healthy = false;
        let mut drain = node("drain", "eu", 5, 0, 0.0);
        drain.draining = true;
        let r = LeastLoad
            .select(&input(
                vec![
                    node("busy", "eu", 1, 50, 0.5),
                    node("idle", "eu", 1, 0, 0.1),
                    node("far", "us", 9, 0, 0.0),
                    sick,
                    drain,
                    node("zero", "eu", 0, 0, 0.0),
                ],
                Some("eu"),
            ))
            .unwrap();
        assert_eq!(r.ranking, ["idle", "busy", "far"]);
    }

    #[test]
    fn cpu_term_matches_lavalink_py() {
        let n = node("x", "eu", 1, 0, 0.5);
        let expect = 1.05f64.powf(50.0) * 10.0 - 10.0;
        assert!((penalty(&n) - expect).abs() < 1e-9);
    }
}
