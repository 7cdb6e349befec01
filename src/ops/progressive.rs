//! `lavastack rollout --progressive NAME`: a canary node or pool walks its `traffic` steps
//! (5% -> 25% -> 100% of new guilds, the cohorts of `model::cohort`), and at each step the gates
//! are read over a window before the next: the canary's probe failures and its probe latency
//! against the rest (from the router), and optionally a PromQL query. A failing gate rolls
//! back: the share goes to 0 (recorded in state, so every router follows), the canary is
//! drained so its players move, and the run stops saying which gate failed with the values.
//! Each step is recorded in state before it is watched, so an interrupted run resumes there.
//!
//! Everything it does to the world goes through [`Canary`], so the walk is unit-tested
//! against a fake.

use std::time::Duration;

/// What the gates allow.
#[derive(Debug, Clone)]
pub struct Gates {
    /// Failed router probes of the canary's nodes during a window.
    pub max_probe_failures: u64,
    /// Selections the router could not answer (no node) or answered with the fallback after
    /// the policy failed, during a window.
    pub max_selection_errors: u64,
    /// The canary's probe latency over the rest's (their median), at the window's end.
    pub max_latency_ratio: f64,
    /// A PromQL query whose value must stay at or under the limit.
    pub promql: Option<(String, f64)>,
}

/// What the router saw of the canary over a window.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    pub probe_failures: u64,
    pub selection_errors: u64,
    pub canary_latency_ms: Option<f64>,
    pub rest_latency_ms: Option<f64>,
    /// Canary nodes the router counts unhealthy at the window's end.
    pub unhealthy: Vec<String>,
}

#[async_trait::async_trait(?Send)]
pub trait Canary {
    /// Records the step (and whether it was rolled back) in state.
    async fn set_step(&self, step: usize, rolled_back: bool) -> Result<(), String>;
    /// Watches the canary for `window` and reports what the router saw.
    async fn watch(&self, window: Duration) -> Result<Reading, String>;
    /// The value of a PromQL query now.
    async fn query(&self, promql: &str) -> Result<f64, String>;
    /// Drains the canary's nodes (its players move elsewhere).
    async fn drain(&self) -> Result<Vec<String>, String>;
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Step {
        index: usize,
        of: usize,
        share: f64,
    },
    Gate {
        gate: &'static str,
        value: f64,
        limit: f64,
        passed: bool,
    },
    RolledBack {
        drained: Vec<String>,
    },
    Done {
        share: f64,
    },
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Stopped {
    #[error("gate {gate} failed at step {step} ({share}): {value} over the limit {limit}; the canary's share is 0 and its nodes are drained")]
    GateFailed {
        step: usize,
        share: String,
        gate: &'static str,
        value: f64,
        limit: f64,
    },
    #[error("{0}")]
    World(String),
}

fn percent(share: f64) -> String {
    format!("{}%", (share * 1000.0).round() / 10.0)
}

/// Walks from `from` (a resumed run's recorded step) to the last step.
pub async fn run(
    steps: &[f64],
    from: usize,
    window: Duration,
    gates: &Gates,
    canary: &dyn Canary,
    events: &dyn Fn(Event),
) -> Result<(), Stopped> {
    for (i, share) in steps.iter().enumerate().skip(from) {
        canary.set_step(i, false).await.map_err(Stopped::World)?;
        events(Event::Step {
            index: i + 1,
            of: steps.len(),
            share: *share,
        });
        let r = canary.watch(window).await.map_err(Stopped::World)?;
        let mut checks: Vec<(&'static str, f64, f64)> = vec![
            (
                "probe_failures",
                r.probe_failures as f64,
                gates.max_probe_failures as f64,
            ),
            ("unhealthy_nodes", r.unhealthy.len() as f64, 0.0),
            (
                "selection_errors",
                r.selection_errors as f64,
                gates.max_selection_errors as f64,
            ),
        ];
        if let (Some(c), Some(rest)) = (r.canary_latency_ms, r.rest_latency_ms) {
            // A floor of 1 ms: loopback answers in microseconds, and a ratio of two noise
            // figures would fail a healthy canary.
            checks.push((
                "latency_ratio",
                c.max(1.0) / rest.max(1.0),
                gates.max_latency_ratio,
            ));
        }
        if let Some((q, limit)) = &gates.promql {
            let v = canary.query(q).await.map_err(Stopped::World)?;
            checks.push(("promql", v, *limit));
        }
        for (gate, value, limit) in checks {
            let passed = value <= limit;
            events(Event::Gate {
                gate,
                value,
                limit,
                passed,
            });
            if !passed {
                canary.set_step(i, true).await.map_err(Stopped::World)?;
                let drained = canary.drain().await.map_err(Stopped::World)?;
                events(Event::RolledBack { drained });
                return Err(Stopped::GateFailed {
                    step: i + 1,
                    share: percent(*share),
                    gate,
                    value,
                    limit,
                });
            }
        }
    }
    events(Event::Done {
        share: steps.last().copied().unwrap_or(1.0),
    });
    Ok(())
}

/// The running cluster: steps are recorded in the state (every router follows within its
/// `state_poll`), readings come from the router at `router.listen`.
pub struct LiveCanary {
    pub stack: crate::stack::Stack,
    /// `node.NAME` or `pool.NAME`: where the step is recorded.
    pub key: String,
    /// The canary's nodes.
    pub nodes: Vec<String>,
    pub lock_timeout: Duration,
}

impl LiveCanary {
    /// From the router's counters so far: failed probes of the canary's nodes, and selections
    /// without a node or through the policy's fallback.
    async fn counters(&self) -> Result<(u64, u64), String> {
        let text = crate::router::client::RouterClient::for_stack(&self.stack)
            .metrics()
            .await
            .map_err(|e| e.to_string())?;
        let value = |l: &str| l.rsplit(' ').next().and_then(|v| v.parse::<f64>().ok());
        let failures = text
            .lines()
            .filter(|l| l.starts_with("lavastack_probe_total{") && l.contains("result=\"fail\""))
            .filter(|l| {
                self.nodes
                    .iter()
                    .any(|n| l.contains(&format!("node=\"{n}\"")))
            })
            .filter_map(value)
            .sum::<f64>();
        let errors = text
            .lines()
            .filter(|l| {
                l.starts_with("lavastack_selections_without_node_total")
                    || l.starts_with("lavastack_policy_errors_total")
            })
            .filter_map(value)
            .sum::<f64>();
        Ok((failures as u64, errors as u64))
    }
}

#[async_trait::async_trait(?Send)]
impl Canary for LiveCanary {
    async fn set_step(&self, step: usize, rolled_back: bool) -> Result<(), String> {
        let backend = crate::state::open(&self.stack).await;
        crate::state::modify(
            backend.as_ref(),
            "rollout --progressive",
            self.lock_timeout,
            |st| {
                st.cohorts.insert(
                    self.key.clone(),
                    crate::state::CohortRecord {
                        step,
                        rolled_back,
                        since: crate::state::now_rfc3339(),
                    },
                );
                Ok::<_, crate::state::StateError>(true)
            },
        )
        .await
        .map_err(|e| e.to_string())?
        .map(|_| ())
        .ok_or_else(|| "there is no state yet: apply the stack first".to_string())
    }

    async fn watch(&self, window: Duration) -> Result<Reading, String> {
        let before = self.counters().await?;
        tokio::time::sleep(window).await;
        let after = self.counters().await?;
        let nodes = crate::router::client::RouterClient::for_stack(&self.stack)
            .nodes()
            .await
            .map_err(|e| e.to_string())?;
        let (canary, rest): (Vec<_>, Vec<_>) =
            nodes.iter().partition(|n| self.nodes.contains(&n.name));
        let mean = |v: &[&crate::router::client::RouterNode]| {
            let l: Vec<f64> = v.iter().filter_map(|n| n.latency_ms).collect();
            (!l.is_empty()).then(|| l.iter().sum::<f64>() / l.len() as f64)
        };
        let median = |v: &[&crate::router::client::RouterNode]| {
            let mut l: Vec<f64> = v.iter().filter_map(|n| n.latency_ms).collect();
            l.sort_by(f64::total_cmp);
            l.get(l.len() / 2).copied()
        };
        Ok(Reading {
            probe_failures: after.0.saturating_sub(before.0),
            selection_errors: after.1.saturating_sub(before.1),
            canary_latency_ms: mean(&canary),
            rest_latency_ms: median(&rest),
            unhealthy: canary
                .iter()
                .filter(|n| !n.healthy)
                .map(|n| n.name.clone())
                .collect(),
        })
    }

    async fn query(&self, promql: &str) -> Result<f64, String> {
        let base =
            self.stack.monitoring.prometheus.as_deref().ok_or(
                "a PromQL gate needs monitoring { prometheus = \"http://...\" } in the stack",
            )?;
        match super::slo::query(base, promql, Duration::from_secs(10)).await {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(format!("the gate query returned no value: {promql}")),
            Err(e) => Err(e.to_string()),
        }
    }

    async fn drain(&self) -> Result<Vec<String>, String> {
        for n in &self.nodes {
            super::drain::set_drain(&self.stack, n, true)
                .await
                .map_err(|e| format!("draining {n}: {e}"))?;
        }
        Ok(self.nodes.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Fake {
        calls: Mutex<Vec<String>>,
        bad_from_step: Option<usize>,
        step: Mutex<usize>,
    }

    #[async_trait::async_trait(?Send)]
    impl Canary for Fake {
        async fn set_step(&self, step: usize, rolled_back: bool) -> Result<(), String> {
            *self.step.lock().unwrap() = step;
            self.calls
                .lock()
                .unwrap()
                .push(format!("step {step} rolled_back={rolled_back}"));
            Ok(())
        }
        async fn watch(&self, _: Duration) -> Result<Reading, String> {
            let bad = self
                .bad_from_step
                .is_some_and(|b| *self.step.lock().unwrap() >= b);
            Ok(Reading {
                probe_failures: 0,
                selection_errors: 0,
                canary_latency_ms: Some(if bad { 300.0 } else { 1.2 }),
                rest_latency_ms: Some(1.0),
                unhealthy: vec![],
            })
        }
        async fn query(&self, _: &str) -> Result<f64, String> {
            Ok(0.0)
        }
        async fn drain(&self) -> Result<Vec<String>, String> {
            self.calls.lock().unwrap().push("drain".into());
            Ok(vec!["eu-4".into()])
        }
    }

    fn gates() -> Gates {
        Gates {
            max_probe_failures: 0,
            max_selection_errors: 0,
            max_latency_ratio: 2.0,
            promql: None,
        }
    }

    #[tokio::test]
    async fn a_healthy_canary_walks_every_step() {
        let f = Fake::default();
        let seen = Mutex::new(Vec::new());
        run(&[0.05, 0.25, 1.0], 0, Duration::ZERO, &gates(), &f, &|e| {
            seen.lock().unwrap().push(e)
        })
        .await
        .unwrap();
        assert_eq!(
            *f.calls.lock().unwrap(),
            [
                "step 0 rolled_back=false",
                "step 1 rolled_back=false",
                "step 2 rolled_back=false"
            ]
        );
        assert_eq!(
            seen.lock().unwrap().last(),
            Some(&Event::Done { share: 1.0 })
        );
    }

    #[tokio::test]
    async fn a_failing_gate_rolls_back_drains_and_names_the_gate() {
        let f = Fake {
            bad_from_step: Some(1),
            ..Default::default()
        };
        let err = run(&[0.05, 0.25, 1.0], 0, Duration::ZERO, &gates(), &f, &|_| {})
            .await
            .unwrap_err();
        match &err {
            Stopped::GateFailed {
                step, gate, value, ..
            } => {
                assert_eq!((*step, *gate), (2, "latency_ratio"));
                assert!(*value > 100.0);
            }
            other => panic!("{other:?}"),
        }
        assert!(err.to_string().contains("25%"), "{err}");
        assert_eq!(
            *f.calls.lock().unwrap(),
            [
                "step 0 rolled_back=false",
                "step 1 rolled_back=false",
                "step 1 rolled_back=true",
                "drain"
            ]
        );
    }

    #[tokio::test]
    async fn a_resumed_run_starts_at_its_recorded_step() {
        let f = Fake::default();
        run(&[0.05, 0.25, 1.0], 2, Duration::ZERO, &gates(), &f, &|_| {})
            .await
            .unwrap();
        assert_eq!(*f.calls.lock().unwrap(), ["step 2 rolled_back=false"]);
    }
}
