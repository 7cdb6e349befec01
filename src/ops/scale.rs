//! Pool sizing from load: a pool with `min`, `max` and `players_per_node` is sized to hold the
//! players its members report now (`/v4/stats`, asked of the nodes themselves). `plan` shows the
//! proposal; `lavastack scale --apply` writes the new `count` into the stack (a reviewable
//! edit) and applies it, draining the members a smaller pool loses before they are deleted.
//! Nothing scales on its own.

use std::time::Duration;

use crate::credentials::Credentials;
use crate::stack::{Sizing, Stack};
use crate::state::State;

/// What a pool holds now and the count its target wants.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Proposal {
    pub pool: String,
    pub count: u32,
    pub wanted: u32,
    pub players: u64,
    /// Members that answered with their player count (of `members`).
    pub answered: usize,
    pub members: usize,
    pub min: u32,
    pub max: u32,
    pub players_per_node: u32,
    /// The members the state records.
    #[serde(skip)]
    pub recorded: Vec<String>,
}

impl Proposal {
    /// Recorded members a smaller pool loses: those numbered above the new count, as the
    /// planner removes them.
    pub fn leaving(&self) -> Vec<String> {
        let prefix = format!("{}-", self.pool);
        let mut out: Vec<(u32, String)> = self
            .recorded
            .iter()
            .filter_map(|n| {
                let i: u32 = n.strip_prefix(&prefix)?.parse().ok()?;
                (i > self.wanted).then(|| (i, n.clone()))
            })
            .collect();
        out.sort();
        out.into_iter().map(|(_, n)| n).collect()
    }

    pub fn line(&self) -> String {
        let verdict = if self.wanted == self.count {
            "keeps".to_string()
        } else {
            format!("wants {} (now {})", self.wanted, self.count)
        };
        format!(
            "pool {}: {} players on {} of {} members answering; {} per node {verdict} (min {}, max {})",
            self.pool,
            self.players,
            self.answered,
            self.members,
            self.players_per_node,
            self.min,
            self.max
        )
    }
}

/// Proposals for every pool with sizing (or only `only`). A pool none of whose members
/// answers keeps its count: no reading is no reason to scale.
pub async fn propose(
    stack: &Stack,
    state: Option<&State>,
    creds: &Credentials,
    only: Option<&str>,
    timeout: Duration,
) -> Vec<Proposal> {
    let mut out = Vec::new();
    for pool in stack.pools.values() {
        let Some(sizing): Option<Sizing> = pool.sizing else {
            continue;
        };
        if only.is_some_and(|o| o != pool.name) {
            continue;
        }
        let members: Vec<_> = state
            .iter()
            .flat_map(|s| s.nodes.values())
            .filter(|r| r.pool.as_deref() == Some(pool.name.as_str()))
            .collect();
        let probes = members.iter().filter_map(|r| {
            let target = crate::health::Target {
                host: r.address.clone()?,
                port: r.port?,
                password: creds
                    .for_node(stack, &r.name, Some(r))
                    .map(|s| s.expose().to_string()),
                transport: crate::health::Transport::for_node(
                    crate::model::NodeTls::from_attributes(&r.attributes).as_ref(),
                ),
            };
            Some(async move { crate::health::probe_rest(&target, timeout).await.players })
        });
        let counts: Vec<u64> = futures_util::future::join_all(probes)
            .await
            .into_iter()
            .flatten()
            .collect();
        let players: u64 = counts.iter().sum();
        let wanted = if counts.is_empty() {
            pool.count
        } else {
            sizing.wanted(players)
        };
        out.push(Proposal {
            pool: pool.name.clone(),
            count: pool.count,
            wanted,
            players,
            answered: counts.len(),
            members: members.len(),
            min: sizing.min,
            max: sizing.max,
            players_per_node: sizing.players_per_node,
            recorded: members.iter().map(|r| r.name.clone()).collect(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_sets_the_count_within_the_bounds() {
        let s = Sizing {
            min: 2,
            max: 5,
            players_per_node: 100,
        };
        assert_eq!(s.wanted(0), 2, "never under min");
        assert_eq!(s.wanted(201), 3, "rounded up");
        assert_eq!(s.wanted(300), 3);
        assert_eq!(s.wanted(10_000), 5, "never over max");
        assert_eq!(s.wanted(u64::MAX), 5);
    }

    #[test]
    fn a_smaller_pool_loses_its_highest_members() {
        let p = Proposal {
            pool: "eu".into(),
            count: 4,
            wanted: 2,
            players: 0,
            answered: 4,
            members: 4,
            min: 1,
            max: 8,
            players_per_node: 10,
            recorded: ["eu-1", "eu-4", "eu-2", "eu-3", "eu-10x"]
                .map(String::from)
                .to_vec(),
        };
        assert_eq!(p.leaving(), ["eu-3", "eu-4"]);
        assert!(Proposal { wanted: 5, ..p }.leaving().is_empty());
    }
}
