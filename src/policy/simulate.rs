//! Routing impact: a synthetic workload replayed through a selection policy for two node sets
//! (the cluster as applied and as planned), so a reviewer sees load per node before and after,
//! the share of guilds that would move, and where each node's guilds go if it fails.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{select_checked, NodeInfo, Policy, PolicyError, SelectInput, ABI_VERSION};

/// A node for the simulation.
#[derive(Debug, Clone)]
pub struct SimNode {
    pub name: String,
    pub region: String,
    pub zone: String,
    pub weight: u32,
    pub priority: u32,
    pub draining: bool,
    /// A canary's share of new selections, applied after the policy ranks as the router does.
    pub cohort: Option<crate::model::cohort::Cohort>,
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Workload {
    pub guilds: usize,
    /// Share of guilds playing (the rest hold idle players).
    pub playing: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct FailureImpact {
    pub node: String,
    pub guilds_moved: usize,
    /// Where its guilds went.
    pub to: BTreeMap<String, usize>,
    /// Guilds on the busiest node afterwards.
    pub peak: usize,
    /// Guilds that found no node.
    pub stranded: usize,
}

/// A selection policy with the `config` its stack gives it.
#[derive(Clone, Copy)]
pub struct Selector<'a> {
    pub policy: &'a dyn Policy,
    pub config: &'a serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Report {
    pub workload: Workload,
    /// The policy of the planned cluster (the "after" side and the failure rows).
    pub policy: String,
    /// The policy "before" was replayed with, when it is another one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_before: Option<String>,
    /// Why the figures may not show everything (e.g. the old policy could not be replayed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub before: BTreeMap<String, usize>,
    pub after: BTreeMap<String, usize>,
    /// Share (0..1) of guilds whose node differs between before and after.
    pub moved: f64,
    /// Canaries of the planned cluster and their share of new guilds (`traffic`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub cohorts: BTreeMap<String, f64>,
    /// The traffic steps a canary walks with `rollout --progressive` (when it has several).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub steps: BTreeMap<String, Vec<f64>>,
    pub failures: Vec<FailureImpact>,
}

fn guild_ids(n: usize) -> Vec<String> {
    (0..n as u64)
        .map(|i| (700_000_000_000_000_000u64 + i * 104_729).to_string())
        .collect()
}

/// Assigns every guild in turn, feeding the load so far back to the policy (as live stats would).
fn assign(
    sel: Selector<'_>,
    nodes: &[SimNode],
    w: &Workload,
    down: Option<&str>,
    fixed: Option<&BTreeMap<String, String>>,
) -> Result<BTreeMap<String, Option<String>>, PolicyError> {
    let regions: Vec<&str> = {
        let mut r: Vec<&str> = nodes.iter().map(|n| n.region.as_str()).collect();
        r.sort();
        r.dedup();
        r
    };
    let mut players: BTreeMap<&str, (u64, u64)> =
        nodes.iter().map(|n| (n.name.as_str(), (0, 0))).collect();
    let mut out = BTreeMap::new();
    let playing_every = if w.playing > 0.0 {
        (1.0 / w.playing).round().max(1.0) as usize
    } else {
        usize::MAX
    };
    for (i, g) in guild_ids(w.guilds).into_iter().enumerate() {
        // A guild whose node survives stays there (players do not move on their own).
        if let Some(keep) = fixed
            .and_then(|f| f.get(&g))
            .filter(|n| Some(n.as_str()) != down)
        {
            let e = players.get_mut(keep.as_str()).expect("known node");
            e.0 += 1;
            out.insert(g, Some(keep.clone()));
            continue;
        }
        let input = SelectInput {
            abi: ABI_VERSION,
            guild_id: g.clone(),
            region: regions.get(i % regions.len().max(1)).map(|r| r.to_string()),
            voice_endpoint: None,
            config: sel.config.clone(),
            nodes: nodes
                .iter()
                .map(|n| {
                    let (p, pp) = players[n.name.as_str()];
                    NodeInfo {
                        name: n.name.clone(),
                        region: n.region.clone(),
                        zone: n.zone.clone(),
                        weight: n.weight,
                        priority: n.priority,
                        healthy: Some(n.name.as_str()) != down,
                        draining: n.draining,
                        players: p,
                        playing_players: pp,
                        ..Default::default()
                    }
                })
                .collect(),
        };
        let ranking = select_checked(sel.policy, &input)?.ranking;
        let choice = crate::model::cohort::order(ranking, &g, |name| {
            nodes
                .iter()
                .find(|n| n.name == name)
                .and_then(|n| n.cohort.as_ref())
        })
        .into_iter()
        .next();
        if let Some(c) = &choice {
            let e = players.get_mut(c.as_str()).expect("ranked a known node");
            e.0 += 1;
            if i % playing_every == 0 {
                e.1 += 1;
            }
        }
        out.insert(g, choice);
    }
    Ok(out)
}

fn load(nodes: &[SimNode], a: &BTreeMap<String, Option<String>>) -> BTreeMap<String, usize> {
    let mut m: BTreeMap<String, usize> = nodes.iter().map(|n| (n.name.clone(), 0)).collect();
    for n in a.values().flatten() {
        *m.entry(n.clone()).or_default() += 1;
    }
    m
}

/// `old` replays the cluster as applied, `new` the planned one and its failures; they are the
/// same selector unless the selection policy itself changes.
pub fn simulate(
    old: Selector<'_>,
    new: Selector<'_>,
    before: &[SimNode],
    after: &[SimNode],
    w: Workload,
) -> Result<Report, PolicyError> {
    let a_before = assign(old, before, &w, None, None)?;
    let a_after = assign(new, after, &w, None, None)?;
    let moved = a_before
        .iter()
        .filter(|(g, n)| a_after.get(*g) != Some(n))
        .count();
    let fixed: BTreeMap<String, String> = a_after
        .iter()
        .filter_map(|(g, n)| n.clone().map(|n| (g.clone(), n)))
        .collect();
    let mut failures = Vec::new();
    for n in after {
        let a = assign(new, after, &w, Some(&n.name), Some(&fixed))?;
        let mut to = BTreeMap::new();
        let mut stranded = 0;
        for (g, was) in &fixed {
            if was == &n.name {
                match &a[g] {
                    Some(now) => *to.entry(now.clone()).or_default() += 1,
                    None => stranded += 1,
                }
            }
        }
        let after_load = load(after, &a);
        failures.push(FailureImpact {
            node: n.name.clone(),
            guilds_moved: to.values().sum::<usize>() + stranded,
            to,
            peak: after_load.values().copied().max().unwrap_or(0),
            stranded,
        });
    }
    let policy_before = (old.policy.name() != new.policy.name() || old.config != new.config)
        .then(|| old.policy.name().to_string());
    Ok(Report {
        policy: new.policy.name().to_string(),
        policy_before,
        note: None,
        before: load(before, &a_before),
        after: load(after, &a_after),
        moved: if w.guilds == 0 {
            0.0
        } else {
            moved as f64 / w.guilds as f64
        },
        steps: BTreeMap::new(),
        cohorts: after
            .iter()
            .filter_map(|n| n.cohort.as_ref().map(|c| (n.name.clone(), c.share)))
            .collect(),
        workload: w,
        failures,
    })
}

/// "a 5% cohort: 50 of 1,000 guilds", for each canary.
fn cohort_lines(r: &Report) -> Vec<String> {
    r.cohorts
        .iter()
        .map(|(n, share)| {
            let pct = |s: f64| format!("{}%", (s * 1000.0).round() / 10.0);
            let later: Vec<String> = r
                .steps
                .get(n)
                .into_iter()
                .flatten()
                .filter(|s| **s > *share)
                .map(|s| pct(*s))
                .collect();
            let steps = if later.is_empty() {
                String::new()
            } else {
                format!(
                    " (then {} with `lavastack rollout --progressive {n}`)",
                    later.join(" -> ")
                )
            };
            format!(
                "{n} is a canary at {} of new guilds{steps}: {} of {} guilds go to it",
                pct(*share),
                r.after.get(n).copied().unwrap_or(0),
                r.workload.guilds
            )
        })
        .collect()
}

impl Report {
    pub fn markdown(&self) -> String {
        let policy = match &self.policy_before {
            Some(b) => format!("`{b}` -> `{}`", self.policy),
            None => format!("`{}`", self.policy),
        };
        let mut s = format!(
            "#### Routing impact ({} guilds, policy {policy})\n\n**{:.1}%** of guilds would move to another node.\n\n",
            self.workload.guilds,
            self.moved * 100.0
        );
        if let Some(n) = &self.note {
            s.push_str(&format!("> **Note:** {n}\n\n"));
        }
        for l in cohort_lines(self) {
            s.push_str(&format!("- {l}\n"));
        }
        if !self.cohorts.is_empty() {
            s.push('\n');
        }
        s.push_str("| node | guilds before | guilds after | if it fails, its guilds go to | peak after |\n|---|---|---|---|---|\n");
        let names: std::collections::BTreeSet<&String> =
            self.before.keys().chain(self.after.keys()).collect();
        for n in names {
            let f = self.failures.iter().find(|f| &f.node == n);
            let to = f
                .map(|f| {
                    let mut parts: Vec<String> =
                        f.to.iter().map(|(k, v)| format!("{k} {v}")).collect();
                    if f.stranded > 0 {
                        parts.push(format!("**{} stranded**", f.stranded));
                    }
                    parts.join(", ")
                })
                .unwrap_or_else(|| "-".into());
            s.push_str(&format!(
                "| `{n}` | {} | {} | {} | {} |\n",
                self.before
                    .get(n)
                    .map(|v| v.to_string())
                    .unwrap_or("-".into()),
                self.after
                    .get(n)
                    .map(|v| v.to_string())
                    .unwrap_or("-".into()),
                if to.is_empty() { "-".into() } else { to },
                f.map(|f| f.peak.to_string()).unwrap_or("-".into()),
            ));
        }
        s
    }

    pub fn text(&self) -> String {
        let policy = match &self.policy_before {
            Some(b) => format!("{b} (before) and {} (after)", self.policy),
            None => self.policy.clone(),
        };
        let mut s = format!(
            "Routing impact: {} guilds through {policy}; {:.1}% would move.\n",
            self.workload.guilds,
            self.moved * 100.0
        );
        if let Some(n) = &self.note {
            s.push_str(&format!("  note: {n}\n"));
        }
        for l in cohort_lines(self) {
            s.push_str(&format!("  {l}\n"));
        }
        s.push_str(&format!(
            "  {:<20} {:>8} {:>8}   if it fails\n",
            "NODE", "BEFORE", "AFTER"
        ));
        let names: std::collections::BTreeSet<&String> =
            self.before.keys().chain(self.after.keys()).collect();
        for n in names {
            let f = self.failures.iter().find(|f| &f.node == n);
            let to = f
                .map(|f| {
                    let mut p: Vec<String> =
                        f.to.iter().map(|(k, v)| format!("{v} -> {k}")).collect();
                    if f.stranded > 0 {
                        p.push(format!("{} stranded", f.stranded));
                    }
                    format!("{} (peak {})", p.join(", "), f.peak)
                })
                .unwrap_or_default();
            s.push_str(&format!(
                "  {:<20} {:>8} {:>8}   {}\n",
                n,
                self.before
                    .get(n)
                    .map(|v| v.to_string())
                    .unwrap_or("-".into()),
                self.after
                    .get(n)
                    .map(|v| v.to_string())
                    .unwrap_or("-".into()),
                to
            ));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, cohort: Option<f64>) -> SimNode {
        SimNode {
            name: name.into(),
            region: "eu".into(),
            zone: "a".into(),
            weight: 1,
            priority: 1,
            draining: false,
            cohort: cohort.map(|share| crate::model::cohort::Cohort {
                share,
                canary_guilds: vec![],
            }),
        }
    }

    #[test]
    fn a_canary_takes_no_more_than_its_cohort_and_the_report_says_so() {
        let policy = crate::policy::builtin::LeastLoad;
        let config = serde_json::json!({});
        let sel = Selector {
            policy: &policy,
            config: &config,
        };
        let before = [node("a", None), node("b", None), node("c", None)];
        let after = [
            node("a", None),
            node("b", None),
            node("c", None),
            node("eu-4", Some(0.05)),
        ];
        let w = Workload {
            guilds: 1000,
            playing: 1.0,
        };
        let mut r = simulate(sel, sel, &before, &after, w).unwrap();
        let canary = r.after["eu-4"];
        assert!(canary > 0 && canary <= 60, "{canary} guilds on a 5% canary");
        assert_eq!(r.cohorts["eu-4"], 0.05);
        let md = r.markdown();
        assert!(
            md.contains(&format!(
                "eu-4 is a canary at 5% of new guilds: {canary} of 1000 guilds go to it"
            )),
            "{md}"
        );
        assert!(r.text().contains("eu-4 is a canary at 5%"));
        r.steps.insert("eu-4".into(), vec![0.05, 0.25, 1.0]);
        assert!(
            r.markdown().contains("eu-4 is a canary at 5% of new guilds (then 25% -> 100% with `lavastack rollout --progressive eu-4`)"),
            "{}",
            r.markdown()
        );
    }
}
