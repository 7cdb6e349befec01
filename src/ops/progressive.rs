//! `lavastack rollout --progressive NAME`: a canary node or pool walks its `traffic` steps
//! (5% -> 25% -> 100% of new guilds, the cohorts of `model::cohort`), and at each step the gates
//! are read over a window before the next: the canary's probe failures, its failovers and its
//! probe latency p99 against the rest's (from the router's per-node histograms, over the
//! window), the router's selection errors, and optionally a PromQL query. A failing gate rolls
//! back: the share goes to 0 (recorded in state, so every router follows), the canary is
//! drained so its players move, and the run stops saying which gate failed with the values.
//! Each step is recorded in state before it is watched, so an interrupted run resumes there.
//!
//! Everything it does to the world goes through [`Canary`], so the walk is unit-tested
//! against a fake.

use std::collections::BTreeMap;
use std::time::Duration;

/// What the gates allow.
#[derive(Debug, Clone)]
pub struct Gates {
    /// Failed router probes of the canary's nodes during a window.
    pub max_probe_failures: u64,
    /// Times one of the canary's nodes went from healthy to down during a window.
    pub max_failovers: u64,
    /// Selections the router could not answer (no node) or answered with the fallback after
    /// the policy failed, during a window. Router-wide: a selection that finds no node or
    /// whose policy fails belongs to no node, and a canary is what changed.
    pub max_selection_errors: u64,
    /// The canary's probe latency p99 over the window (its worst node's) over the rest's
    /// (the median of theirs).
    pub max_latency_ratio: f64,
    /// A PromQL query whose value must stay at or under the limit.
    pub promql: Option<(String, f64)>,
}

/// What the router saw of the canary over a window.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    pub probe_failures: u64,
    pub failovers: u64,
    pub selection_errors: u64,
    /// The worst canary node's probe p99 over the window.
    pub canary_p99_ms: Option<f64>,
    /// The median of the other nodes' probe p99s over the window.
    pub rest_p99_ms: Option<f64>,
    /// Canary nodes the router counts unhealthy at the window's end.
    pub unhealthy: Vec<String>,
    /// A counter went down during the window (the router restarted, or another one answered):
    /// the window cannot be read, which fails the step rather than passing it on zeros.
    pub counters_reset: bool,
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
            ("counters_reset", f64::from(u8::from(r.counters_reset)), 0.0),
            ("failovers", r.failovers as f64, gates.max_failovers as f64),
            (
                "selection_errors",
                r.selection_errors as f64,
                gates.max_selection_errors as f64,
            ),
        ];
        if let (Some(c), Some(rest)) = (r.canary_p99_ms, r.rest_p99_ms) {
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

/// The router's cumulative counters the gates read, by node.
#[derive(Debug, Default, Clone, PartialEq)]
struct Counters {
    probe_failures: BTreeMap<String, f64>,
    failovers: BTreeMap<String, f64>,
    selection_errors: f64,
    /// Per node: the probe histogram's cumulative counts by bound (`le`).
    probe_hist: BTreeMap<String, Vec<(f64, f64)>>,
}

impl Counters {
    fn parse(text: &str) -> Self {
        use crate::router::client::samples;
        let mut c = Counters::default();
        for s in samples(text) {
            let node = s.label("node");
            match (s.name, node) {
                ("lavastack_probe_total", Some(n))
                    if s.label("result").as_deref() == Some("fail") =>
                {
                    *c.probe_failures.entry(n).or_default() += s.value;
                }
                ("lavastack_failovers_total", Some(n)) => {
                    *c.failovers.entry(n).or_default() += s.value;
                }
                (
                    "lavastack_selections_without_node_total" | "lavastack_policy_errors_total",
                    _,
                ) => {
                    c.selection_errors += s.value;
                }
                ("lavastack_probe_duration_seconds_bucket", Some(n)) => {
                    let le = match s.label("le").as_deref() {
                        Some("+Inf") => f64::INFINITY,
                        Some(v) => match v.parse::<f64>() {
                            Ok(v) => v,
                            Err(_) => continue,
                        },
                        None => continue,
                    };
                    c.probe_hist.entry(n).or_default().push((le, s.value));
                }
                _ => {}
            }
        }
        c
    }

    /// Whether any counter is lower now than `before`: not the same router's counters.
    fn went_backwards(&self, before: &Counters) -> bool {
        let maps = [
            (&self.probe_failures, &before.probe_failures),
            (&self.failovers, &before.failovers),
        ];
        maps.iter().any(|(now, then)| {
            then.iter()
                .any(|(k, v)| now.get(k).copied().unwrap_or(0.0) < *v)
        }) || self.selection_errors < before.selection_errors
            || before.probe_hist.iter().any(|(n, then)| {
                let now = self.probe_hist.get(n);
                then.iter().any(|(le, c)| {
                    now.and_then(|x| x.iter().find(|(l, _)| l == le))
                        .map_or(0.0, |(_, v)| *v)
                        < *c
                })
            })
    }

    /// A node's probe p99 in milliseconds between `before` and `self`.
    fn p99_since(&self, before: &Counters, node: &str) -> Option<f64> {
        let now = self.probe_hist.get(node)?;
        let then = before.probe_hist.get(node);
        let window: Vec<(f64, f64)> = now
            .iter()
            .map(|(le, count)| {
                let earlier = then
                    .and_then(|t| t.iter().find(|(l, _)| l == le))
                    .map_or(0.0, |(_, c)| *c);
                (*le, (count - earlier).max(0.0))
            })
            .collect();
        crate::router::client::histogram_quantile(0.99, &window).map(|s| s * 1000.0)
    }
}

fn delta(after: &BTreeMap<String, f64>, before: &BTreeMap<String, f64>, nodes: &[String]) -> u64 {
    nodes
        .iter()
        .map(|n| {
            (after.get(n).copied().unwrap_or(0.0) - before.get(n).copied().unwrap_or(0.0)).max(0.0)
        })
        .sum::<f64>() as u64
}

impl LiveCanary {
    async fn counters(&self) -> Result<Counters, String> {
        // One router's counters at both ends of a window: in a group, the first replica, not
        // whichever one HAProxy picks.
        let mut client = crate::router::client::RouterClient::for_stack(&self.stack);
        if let Some(first) = self.stack.router.replicas.first() {
            client.addr = *first;
        }
        let text = client.metrics().await.map_err(|e| e.to_string())?;
        Ok(Counters::parse(&text))
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
        let canary_p99 = self
            .nodes
            .iter()
            .filter_map(|n| after.p99_since(&before, n))
            .reduce(f64::max);
        let mut rest: Vec<f64> = after
            .probe_hist
            .keys()
            .filter(|n| !self.nodes.contains(n))
            .filter_map(|n| after.p99_since(&before, n))
            .collect();
        rest.sort_by(f64::total_cmp);
        Ok(Reading {
            probe_failures: delta(&after.probe_failures, &before.probe_failures, &self.nodes),
            failovers: delta(&after.failovers, &before.failovers, &self.nodes),
            selection_errors: (after.selection_errors - before.selection_errors).max(0.0) as u64,
            canary_p99_ms: canary_p99,
            rest_p99_ms: rest.get(rest.len() / 2).copied(),
            counters_reset: after.went_backwards(&before),
            unhealthy: nodes
                .iter()
                .filter(|n| self.nodes.contains(&n.name) && !n.healthy)
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
                failovers: 0,
                selection_errors: 0,
                canary_p99_ms: Some(if bad { 300.0 } else { 1.2 }),
                rest_p99_ms: Some(1.0),
                unhealthy: vec![],
                counters_reset: false,
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
            max_failovers: 0,
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

    #[test]
    fn counters_read_the_window_per_node() {
        let text = |slow: f64, fails: f64, failovers: f64| {
            format!(
                "lavastack_probe_total{{node=\"eu-4\",region=\"eu\",result=\"fail\"}} {fails}\n\
                 lavastack_probe_total{{node=\"eu-1\",region=\"eu\",result=\"fail\"}} 9\n\
                 lavastack_failovers_total{{node=\"eu-4\"}} {failovers}\n\
                 lavastack_policy_errors_total{{policy=\"p\"}} 2\n\
                 lavastack_probe_duration_seconds_bucket{{node=\"eu-4\",le=\"0.001\"}} 10\n\
                 lavastack_probe_duration_seconds_bucket{{node=\"eu-4\",le=\"0.5\"}} {}\n\
                 lavastack_probe_duration_seconds_bucket{{node=\"eu-4\",le=\"+Inf\"}} {}\n\
                 lavastack_probe_duration_seconds_bucket{{node=\"eu-1\",le=\"0.001\"}} 10\n\
                 lavastack_probe_duration_seconds_bucket{{node=\"eu-1\",le=\"+Inf\"}} 10\n",
                10.0 + slow,
                10.0 + slow
            )
        };
        let before = Counters::parse(&text(0.0, 1.0, 0.0));
        let after = Counters::parse(&text(100.0, 4.0, 1.0));
        let canary = vec!["eu-4".to_string()];
        assert_eq!(
            delta(&after.probe_failures, &before.probe_failures, &canary),
            3
        );
        assert_eq!(delta(&after.failovers, &before.failovers, &canary), 1);
        assert_eq!(after.selection_errors, 2.0);
        // Only the window counts: the ten fast probes before it are not in the canary's p99.
        let p99 = after.p99_since(&before, "eu-4").unwrap();
        assert!(p99 > 490.0 && p99 <= 500.0, "{p99}");
        assert!(!after.went_backwards(&before));
        assert!(
            before.went_backwards(&after),
            "a restarted router's counters start over"
        );
        // A node with no probe in the window has no p99.
        assert_eq!(after.p99_since(&before, "eu-1"), None);
        assert_eq!(after.p99_since(&before, "nowhere"), None);
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
