//! Pool sizing from load: a pool with `min`, `max` and `players_per_node` is sized to hold the
//! players its members report now (`/v4/stats`, asked of the nodes themselves). `plan` shows the
//! proposal; `lavastack scale --apply` writes the new `count` into the stack (a reviewable
//! edit) and applies it, draining the members a smaller pool loses before they are deleted.
//! Nothing scales on its own unless `lavastack serve --autoscale` is running, and then within
//! a [`Governor`]: a cool-down after any count change and a cap per hour, both read from the
//! changes the state records (so two processes scaling one stack share them).

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

/// The last hour's steps are all the governor reads; older ones are dropped on each write.
const HOUR: Duration = Duration::from_secs(3600);
/// However the state was edited, no more steps than this are kept.
const MAX_RECORDED: usize = 64;

/// How often `serve --autoscale` may change a count.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Governor {
    /// After any count change (by anyone), none until this has passed.
    pub cooldown: Duration,
    /// Count changes in the last hour, at most.
    pub max_per_hour: u32,
}

/// Why the governor holds a step back.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Hold {
    #[error("cooling down: pool {pool} changed at {at}; the next change may come in {}", humantime::format_duration(*.left))]
    Cooldown {
        pool: String,
        at: String,
        left: Duration,
    },
    #[error("{steps} count change(s) in the last hour: the cap is {cap}")]
    Cap { steps: usize, cap: u32 },
    #[error("pool {pool}: {answered} of {members} members answered; no scaling down on a partial reading")]
    Partial {
        pool: String,
        answered: usize,
        members: usize,
    },
}

fn at(step: &crate::state::ScaleStep) -> Option<std::time::SystemTime> {
    humantime::parse_rfc3339_weak(&step.at).ok()
}

impl Governor {
    /// Whether `p` may be applied now, given the recorded steps. A step whose time does not
    /// parse counts as just taken: a damaged record holds scaling back, never lets it run.
    pub fn check(
        &self,
        p: &Proposal,
        steps: &[crate::state::ScaleStep],
        now: std::time::SystemTime,
    ) -> Result<(), Hold> {
        if p.wanted < p.count && p.answered < p.members {
            return Err(Hold::Partial {
                pool: p.pool.clone(),
                answered: p.answered,
                members: p.members,
            });
        }
        let age = |s: &crate::state::ScaleStep| {
            at(s).map_or(Duration::ZERO, |t| {
                now.duration_since(t).unwrap_or(Duration::ZERO)
            })
        };
        if let Some(last) = steps.iter().min_by_key(|s| age(s)) {
            let a = age(last);
            if a < self.cooldown {
                return Err(Hold::Cooldown {
                    pool: last.pool.clone(),
                    at: last.at.clone(),
                    left: self.cooldown - a,
                });
            }
        }
        let recent = steps.iter().filter(|s| age(s) < HOUR).count();
        if recent >= self.max_per_hour as usize {
            return Err(Hold::Cap {
                steps: recent,
                cap: self.max_per_hour,
            });
        }
        Ok(())
    }
}

/// Records `changes` as steps in the state, after the governor (when given) allows each one;
/// the steps it holds back are returned with why, and not recorded. Steps older than an hour
/// are dropped. Under the state lock, so of two autoscalers only one takes a step.
pub async fn record(
    stack: &Stack,
    changes: &[Proposal],
    governor: Option<&Governor>,
    lock_timeout: Duration,
) -> Result<(Vec<Proposal>, Vec<(String, Hold)>), crate::state::StateError> {
    let backend = crate::state::open(stack).await;
    let mut taken = Vec::new();
    let mut held = Vec::new();
    let now = std::time::SystemTime::now();
    crate::state::modify(backend.as_ref(), "scale", lock_timeout, |st| {
        let before = st.scaling.len();
        // A step whose time does not parse (an edited state) is dropped here: kept, it would
        // hold every later step back for ever.
        st.scaling.retain(|s| match at(s) {
            Some(t) => now.duration_since(t).unwrap_or(Duration::ZERO) < HOUR,
            None => {
                tracing::warn!(pool = %s.pool, at = %s.at, "dropping a scaling record whose time does not parse");
                false
            }
        });
        for p in changes {
            match governor.map_or(Ok(()), |g| g.check(p, &st.scaling, now)) {
                Ok(()) => {
                    st.scaling.push(crate::state::ScaleStep {
                        at: crate::state::now_rfc3339(),
                        pool: p.pool.clone(),
                        from: p.count,
                        to: p.wanted,
                        by: crate::state::actor(),
                    });
                    taken.push(p.clone());
                }
                Err(h) => held.push((p.pool.clone(), h)),
            }
        }
        let excess = st.scaling.len().saturating_sub(MAX_RECORDED);
        st.scaling.drain(..excess);
        // A round that takes nothing writes nothing: no serial bump for every router to
        // reload on, and a saved plan stays current.
        Ok::<_, crate::state::StateError>(st.scaling.len() != before || !taken.is_empty())
    })
    .await?;
    Ok((taken, held))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(pool: &str, ago: Duration, now: std::time::SystemTime) -> crate::state::ScaleStep {
        crate::state::ScaleStep {
            at: humantime::format_rfc3339_seconds(now - ago).to_string(),
            pool: pool.into(),
            from: 1,
            to: 2,
            by: "t".into(),
        }
    }

    fn proposal(count: u32, wanted: u32, answered: usize) -> Proposal {
        Proposal {
            pool: "eu".into(),
            count,
            wanted,
            players: 0,
            answered,
            members: 3,
            min: 1,
            max: 8,
            players_per_node: 10,
            recorded: vec![],
        }
    }

    #[test]
    fn the_governor_keeps_a_cooldown_and_a_cap_per_hour() {
        // Whole seconds, as the state records them.
        let now = humantime::parse_rfc3339(
            &humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
        )
        .unwrap();
        let g = Governor {
            cooldown: Duration::from_secs(600),
            max_per_hour: 2,
        };
        let up = proposal(3, 4, 3);
        assert_eq!(g.check(&up, &[], now), Ok(()));
        let min = |m: u64| Duration::from_secs(60 * m);
        match g.check(
            &up,
            &[step("eu", min(30), now), step("us", min(4), now)],
            now,
        ) {
            Err(Hold::Cooldown { pool, left, .. }) => {
                assert_eq!(pool, "us", "the latest step, of any pool");
                assert_eq!(left, min(6));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(g.check(&up, &[step("eu", min(30), now)], now), Ok(()));
        assert_eq!(
            g.check(
                &up,
                &[step("eu", min(30), now), step("eu", min(20), now)],
                now
            ),
            Err(Hold::Cap { steps: 2, cap: 2 })
        );
        // An hour on, the old steps no longer count.
        assert_eq!(
            g.check(
                &up,
                &[step("eu", min(70), now), step("eu", min(61), now)],
                now
            ),
            Ok(())
        );
        // A damaged time holds back rather than letting a step through.
        let mut bad = step("eu", min(90), now);
        bad.at = "yesterday-ish".into();
        assert!(matches!(
            g.check(&up, &[bad], now),
            Err(Hold::Cooldown { .. })
        ));
        // Scaling down on a partial reading: held; scaling up on one: allowed.
        assert!(matches!(
            g.check(&proposal(3, 1, 2), &[], now),
            Err(Hold::Partial { answered: 2, .. })
        ));
        assert_eq!(g.check(&proposal(3, 5, 2), &[], now), Ok(()));
    }

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
