//! A rollout as a library state machine: which nodes, in which batches ([`select`], pure), and
//! the walk through them ([`run`]): drain a batch, wait for its players to leave, replace it,
//! undrain it, wait until the router routes to it again, then the next batch. It stops at the
//! first batch that does not come back, and on interrupt before a batch is replaced it undrains
//! that batch and stops. Everything it does to the world goes through [`Cluster`], so the
//! ordering, batch limits, health gates and stops are unit-tested against a fake.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use super::drain::{set_drain, wait_players_gone};
use crate::model::Action;
use crate::plan::Plan;
use crate::router::client::RouterClient;

/// The nodes to roll, in batches.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub batches: Vec<Vec<String>>,
    /// True when the plan has replacements pending (an upgrade): only those nodes roll.
    pub upgrade: bool,
    /// The batch size used, when `max_unavailable` made it smaller than asked.
    pub narrowed_to: Option<usize>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SelectError {
    #[error("the stack has changes a rollout does not make: {}", .0.join(", "))]
    OtherChanges(Vec<String>),
    #[error("{0} is not a node of this stack")]
    Unknown(String),
    #[error("canary {0} has nothing to roll out (skipped, or already at the new version)")]
    CanaryHasNothing(String),
}

/// What to roll: the recorded nodes (an upgrade: those the plan replaces), minus `skip`, or only
/// the canary; in batches of `batch`, never more than `max_unavailable` at once.
pub fn select(
    recorded: &[String],
    planned: &Plan,
    skip: &[String],
    canary: Option<&str>,
    batch: usize,
    max_unavailable: Option<usize>,
) -> Result<Selection, SelectError> {
    // A rollout restarts what exists; other changes (new or removed nodes, outputs) come first.
    let other: Vec<String> = planned
        .changes
        .iter()
        .filter(|c| !matches!(c.action, Action::NoOp | Action::Replace))
        .map(|c| c.address.clone())
        .collect();
    if !other.is_empty() {
        return Err(SelectError::OtherChanges(other));
    }
    let replacing: Vec<&str> = planned
        .changes
        .iter()
        .filter(|c| c.action == Action::Replace)
        .filter_map(|c| c.address.strip_prefix("node."))
        .collect();
    let upgrade = !replacing.is_empty();
    for n in skip.iter().map(String::as_str).chain(canary) {
        if !recorded.iter().any(|r| r == n) {
            return Err(SelectError::Unknown(n.to_string()));
        }
    }
    let mut order: Vec<String> = recorded
        .iter()
        .filter(|n| !upgrade || replacing.contains(&n.as_str()))
        .filter(|n| !skip.contains(n))
        .cloned()
        .collect();
    if let Some(c) = canary {
        if !order.iter().any(|n| n == c) {
            return Err(SelectError::CanaryHasNothing(c.to_string()));
        }
        order = vec![c.to_string()];
    }
    let size = batch.min(max_unavailable.unwrap_or(batch)).max(1);
    Ok(Selection {
        batches: order.chunks(size).map(<[String]>::to_vec).collect(),
        upgrade,
        narrowed_to: (size < batch).then_some(size),
    })
}

/// What a rollout needs from the world.
/// Its futures need not be `Send`: a rollout runs on the command's own task.
#[async_trait::async_trait(?Send)]
pub trait Cluster {
    /// Nodes the router has drained now (an operator's drains are left in place).
    async fn drained(&self) -> Result<BTreeSet<String>, String>;
    async fn drain(&self, node: &str) -> Result<(), String>;
    /// Undrains, retrying while the router does not list a just-replaced node yet.
    async fn undrain(&self, node: &str) -> Result<(), String>;
    /// Players still on the node after waiting up to `timeout` (`None`: it cannot be asked).
    async fn players_after(&self, node: &str, timeout: Duration) -> Option<u64>;
    /// Replaces the nodes (plan + apply of exactly them) and waits until they are healthy.
    async fn replace(&self, nodes: &[String]) -> Result<(), String>;
    /// Waits until the router counts the node healthy again.
    async fn routed_again(&self, node: &str) -> Result<(), String>;
    /// Whether the operator asked to stop (Ctrl-C).
    fn interrupted(&self) -> bool;
}

/// The running cluster: drains go through the router (and HAProxy where it has a runtime
/// socket), players are asked of the nodes themselves, and `replace` is the caller's plan and
/// apply of exactly the batch (so a command can show its own progress, and a rotation can
/// apply its own view of the stack).
pub struct LiveCluster<'a> {
    pub stack: crate::stack::Stack,
    #[allow(clippy::type_complexity)]
    pub replace: Box<
        dyn Fn(Vec<String>) -> futures_util::future::LocalBoxFuture<'a, Result<(), String>> + 'a,
    >,
    pub interrupted: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

#[async_trait::async_trait(?Send)]
impl Cluster for LiveCluster<'_> {
    /// From the state, where drains are recorded (the router's view lags by a state poll).
    async fn drained(&self) -> Result<BTreeSet<String>, String> {
        let st = crate::state::open(&self.stack)
            .await
            .load()
            .await
            .map_err(|e| e.to_string())?;
        Ok(st.iter().flat_map(|s| s.drains.keys().cloned()).collect())
    }

    /// Without a running router nothing routes around a drain: then the rollout goes on
    /// without drains (and without waiting for the router to route to a node again).
    ///
    /// A drain is done when the router lists the node draining: told directly it knows at
    /// once, otherwise (no token) only at its next state poll, and until then it may still
    /// send new players to a node the batch is about to replace (whose going down it would
    /// then count as a failover). A node the router does not list (not ready, no address)
    /// gets no players from it: drained at once. A router that lists the node but never as
    /// draining is no drain: the node is undrained again (unless it was drained before) and
    /// the rollout goes on without drains.
    async fn drain(&self, node: &str) -> Result<(), String> {
        let router = RouterClient::for_stack(&self.stack);
        router.nodes().await.map_err(|e| e.to_string())?;
        let told = set_drain(&self.stack, node, true)
            .await
            .map_err(|e| e.to_string())?;
        // Bounded: durations in a stack are at most 24h.
        let wait = self
            .stack
            .router
            .state_poll
            .saturating_mul(2)
            .saturating_add(Duration::from_secs(5));
        let until = Instant::now() + wait;
        loop {
            let seen = router
                .nodes()
                .await
                .ok()
                .map(|ns| ns.iter().find(|n| n.name == node).map(|n| n.draining));
            match seen {
                Some(None) | Some(Some(true)) => return Ok(()),
                _ if Instant::now() >= until => {
                    if told.changed {
                        let _ = self.undrain(node).await;
                    }
                    return Err(format!(
                        "the router does not list {node} draining {} after it was drained in the state",
                        humantime::format_duration(wait)
                    ));
                }
                _ => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    /// Retried for 10 s (the state may be locked by a moment's other write).
    async fn undrain(&self, node: &str) -> Result<(), String> {
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            match set_drain(&self.stack, node, false).await {
                Ok(_) => return Ok(()),
                Err(e) if Instant::now() >= until => return Err(e.to_string()),
                Err(_) => tokio::time::sleep(Duration::from_millis(250)).await,
            }
        }
    }

    async fn players_after(&self, node: &str, timeout: Duration) -> Option<u64> {
        wait_players_gone(&self.stack, node, timeout).await
    }

    async fn replace(&self, nodes: &[String]) -> Result<(), String> {
        (self.replace)(nodes.to_vec()).await
    }

    /// Up to a minute: the router needs `rise` good probes.
    async fn routed_again(&self, node: &str) -> Result<(), String> {
        let until = Instant::now() + Duration::from_secs(60);
        loop {
            let healthy = RouterClient::for_stack(&self.stack)
                .nodes()
                .await
                .is_ok_and(|ns| ns.iter().any(|n| n.name == node && n.healthy));
            if healthy {
                return Ok(());
            }
            if Instant::now() >= until {
                return Err("the router does not count it healthy after 60s".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    fn interrupted(&self) -> bool {
        self.interrupted.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// What happened, for the CLI to print.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    BatchStarted {
        index: usize,
        of: usize,
        nodes: Vec<String>,
    },
    /// Draining through the router failed; the rollout goes on without drains.
    NoRouter(String),
    PlayersLeft {
        node: String,
        players: u64,
    },
    KeptDrained(String),
    BatchDone {
        index: usize,
        elapsed: Duration,
    },
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Stopped {
    #[error(
        "rollout stopped at batch {batch} ({nodes}): {reason}; the nodes after it were not touched"
    )]
    ReplaceFailed {
        batch: usize,
        nodes: String,
        reason: String,
    },
    #[error("rollout stopped after batch {batch}: {node} is back but still drained ({reason}); run `lavastack node undrain {node}`")]
    StillDrained {
        batch: usize,
        node: String,
        reason: String,
    },
    #[error("rollout stopped after batch {batch}: {node} was replaced but {reason}; the nodes after it were not touched")]
    NotRouted {
        batch: usize,
        node: String,
        reason: String,
    },
    #[error("rollout interrupted before batch {batch} was replaced: its nodes were undrained and nothing else was touched")]
    Interrupted { batch: usize },
}

/// Walks the batches in order; returns how many nodes were rolled.
pub async fn run(
    sel: &Selection,
    cluster: &dyn Cluster,
    drain_timeout: Duration,
    events: &dyn Fn(Event),
) -> Result<usize, Stopped> {
    let drained_before = cluster.drained().await.unwrap_or_default();
    let mut router = true;
    let mut rolled = 0;
    for (i, batch) in sel.batches.iter().enumerate() {
        let index = i + 1;
        if cluster.interrupted() {
            return Err(Stopped::Interrupted { batch: index });
        }
        let started = Instant::now();
        events(Event::BatchStarted {
            index,
            of: sel.batches.len(),
            nodes: batch.clone(),
        });
        let mut drained_now = Vec::new();
        if router {
            for n in batch {
                match cluster.drain(n).await {
                    Ok(()) => drained_now.push(n.clone()),
                    Err(e) => {
                        events(Event::NoRouter(e));
                        router = false;
                        for d in drained_now.drain(..) {
                            let _ = cluster.undrain(&d).await;
                        }
                        break;
                    }
                }
            }
        }
        if router {
            // The batch's players leave in parallel: one deadline for all of them.
            let waits = batch
                .iter()
                .map(|n| cluster.players_after(n, drain_timeout));
            for (n, left) in batch
                .iter()
                .zip(futures_util::future::join_all(waits).await)
            {
                if let Some(players @ 1..) = left {
                    events(Event::PlayersLeft {
                        node: n.clone(),
                        players,
                    });
                }
            }
        }
        if cluster.interrupted() {
            // Nothing of this batch was replaced: put it back as it was.
            for n in drained_now.iter().filter(|n| !drained_before.contains(*n)) {
                let _ = cluster.undrain(n).await;
            }
            return Err(Stopped::Interrupted { batch: index });
        }
        if let Err(reason) = cluster.replace(batch).await {
            return Err(Stopped::ReplaceFailed {
                batch: index,
                nodes: batch.join(", "),
                reason,
            });
        }
        rolled += batch.len();
        if router {
            for n in batch {
                if drained_before.contains(n) {
                    events(Event::KeptDrained(n.clone()));
                    continue;
                }
                if let Err(reason) = cluster.undrain(n).await {
                    return Err(Stopped::StillDrained {
                        batch: index,
                        node: n.clone(),
                        reason,
                    });
                }
            }
            // The next batch goes out only once the router routes to this one again, so no
            // more than the batch size is ever out of selection at once.
            for n in batch {
                if let Err(reason) = cluster.routed_again(n).await {
                    return Err(Stopped::NotRouted {
                        batch: index,
                        node: n.clone(),
                        reason,
                    });
                }
            }
        }
        events(Event::BatchDone {
            index,
            elapsed: started.elapsed(),
        });
    }
    Ok(rolled)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Mutex;

    /// A cluster that records every call and fails where told to; it also checks the rule a
    /// rollout must keep: never more nodes out of selection than one batch.
    #[derive(Default)]
    struct Fake {
        calls: Mutex<Vec<String>>,
        out: Mutex<BTreeSet<String>>,
        max_out: Mutex<usize>,
        operator_drained: BTreeSet<String>,
        no_router: bool,
        fail_replace: Option<String>,
        never_routed: Option<String>,
        interrupt_after_drain: AtomicBool,
        interrupted: AtomicBool,
    }

    impl Fake {
        fn log(&self, s: String) {
            self.calls.lock().unwrap().push(s);
        }
        fn calls(&self) -> Vec<String> {
            self.calls.lock().unwrap().clone()
        }
    }

    #[async_trait::async_trait(?Send)]
    impl Cluster for Fake {
        async fn drained(&self) -> Result<BTreeSet<String>, String> {
            Ok(self.operator_drained.clone())
        }
        async fn drain(&self, node: &str) -> Result<(), String> {
            if self.no_router {
                return Err("the router at 127.0.0.1:1 is not running".into());
            }
            self.log(format!("drain {node}"));
            let mut out = self.out.lock().unwrap();
            out.insert(node.to_string());
            let mut m = self.max_out.lock().unwrap();
            *m = (*m).max(out.len());
            if self.interrupt_after_drain.load(Ordering::SeqCst) {
                self.interrupted.store(true, Ordering::SeqCst);
            }
            Ok(())
        }
        async fn undrain(&self, node: &str) -> Result<(), String> {
            self.log(format!("undrain {node}"));
            Ok(())
        }
        async fn players_after(&self, node: &str, _t: Duration) -> Option<u64> {
            self.log(format!("wait {node}"));
            (node == "busy").then_some(3)
        }
        async fn replace(&self, nodes: &[String]) -> Result<(), String> {
            self.log(format!("replace {}", nodes.join(",")));
            match &self.fail_replace {
                Some(n) if nodes.contains(n) => Err(format!("{n} did not become healthy")),
                _ => Ok(()),
            }
        }
        async fn routed_again(&self, node: &str) -> Result<(), String> {
            self.log(format!("routed {node}"));
            if self.never_routed.as_deref() == Some(node) {
                return Err("the router does not count it healthy after 60s".into());
            }
            self.out.lock().unwrap().remove(node);
            Ok(())
        }
        fn interrupted(&self) -> bool {
            self.interrupted.load(Ordering::SeqCst)
        }
    }

    fn sel(nodes: &[&str], size: usize) -> Selection {
        Selection {
            batches: nodes
                .chunks(size)
                .map(|c| c.iter().map(|s| s.to_string()).collect())
                .collect(),
            upgrade: false,
            narrowed_to: None,
        }
    }

    async fn go(s: &Selection, f: &Fake) -> (Result<usize, Stopped>, Vec<Event>) {
        let events = Mutex::new(Vec::new());
        let r = run(s, f, Duration::from_secs(1), &|e| {
            events.lock().unwrap().push(e)
        })
        .await;
        (r, events.into_inner().unwrap())
    }

    #[tokio::test]
    async fn batches_go_in_order_and_never_overlap() {
        let f = Fake::default();
        let (r, ev) = go(&sel(&["a", "b", "c", "d", "e"], 2), &f).await;
        assert_eq!(r, Ok(5));
        assert_eq!(
            f.calls(),
            [
                "drain a",
                "drain b",
                "wait a",
                "wait b",
                "replace a,b",
                "undrain a",
                "undrain b",
                "routed a",
                "routed b",
                "drain c",
                "drain d",
                "wait c",
                "wait d",
                "replace c,d",
                "undrain c",
                "undrain d",
                "routed c",
                "routed d",
                "drain e",
                "wait e",
                "replace e",
                "undrain e",
                "routed e",
            ]
        );
        assert_eq!(
            *f.max_out.lock().unwrap(),
            2,
            "never more than a batch out at once"
        );
        assert_eq!(
            ev.iter()
                .filter(|e| matches!(e, Event::BatchDone { .. }))
                .count(),
            3
        );
    }

    #[tokio::test]
    async fn the_first_failed_batch_stops_the_rollout() {
        let f = Fake {
            fail_replace: Some("c".into()),
            ..Default::default()
        };
        let (r, _) = go(&sel(&["a", "b", "c", "d"], 1), &f).await;
        assert!(
            matches!(r, Err(Stopped::ReplaceFailed { batch: 3, .. })),
            "{r:?}"
        );
        assert!(
            !f.calls().iter().any(|c| c.ends_with(" d")),
            "d untouched: {:?}",
            f.calls()
        );
    }

    #[tokio::test]
    async fn a_node_the_router_never_routes_again_is_a_health_gate() {
        let f = Fake {
            never_routed: Some("a".into()),
            ..Default::default()
        };
        let (r, _) = go(&sel(&["a", "b"], 1), &f).await;
        assert!(
            matches!(r, Err(Stopped::NotRouted { batch: 1, .. })),
            "{r:?}"
        );
        assert!(!f.calls().contains(&"drain b".to_string()));
    }

    #[tokio::test]
    async fn operator_drains_stay_and_busy_nodes_are_reported() {
        let f = Fake {
            operator_drained: ["busy".to_string()].into(),
            ..Default::default()
        };
        let (r, ev) = go(&sel(&["busy", "b"], 2), &f).await;
        assert_eq!(r, Ok(2));
        assert!(!f.calls().contains(&"undrain busy".to_string()));
        assert!(ev.contains(&Event::KeptDrained("busy".into())));
        assert!(ev.contains(&Event::PlayersLeft {
            node: "busy".into(),
            players: 3
        }));
    }

    #[tokio::test]
    async fn without_a_router_it_rolls_without_drains() {
        let f = Fake {
            no_router: true,
            ..Default::default()
        };
        let (r, ev) = go(&sel(&["a", "b"], 1), &f).await;
        assert_eq!(r, Ok(2));
        assert_eq!(f.calls(), ["replace a", "replace b"]);
        assert!(matches!(&ev[1], Event::NoRouter(_)), "{ev:?}");
    }

    #[tokio::test]
    async fn an_interrupt_before_replacing_undrains_the_batch_and_stops() {
        let f = Fake {
            interrupt_after_drain: AtomicBool::new(true),
            ..Default::default()
        };
        let (r, _) = go(&sel(&["a", "b", "c"], 2), &f).await;
        assert_eq!(r, Err(Stopped::Interrupted { batch: 1 }));
        let calls = f.calls();
        assert!(
            calls.contains(&"undrain a".to_string()) && calls.contains(&"undrain b".to_string())
        );
        assert!(!calls.iter().any(|c| c.starts_with("replace")), "{calls:?}");
    }

    #[test]
    fn selection_respects_skip_canary_upgrade_and_max_unavailable() {
        use crate::plan::Change;
        let change = |name: &str, action: Action| Change {
            address: format!("node.{name}"),
            name: name.into(),
            provider: "local.dev".into(),
            action,
            reason: None,
            before: None,
            after: None,
            changed: vec![],
            replace_because: vec![],
            desired: None,
            deposed: false,
            token: None,
            adopt: None,
            orphan: None,
        };
        let plan = |changes: Vec<Change>| Plan {
            stack: "s".into(),
            prior: None,
            destroy: false,
            changes,
            warnings: vec![],
            artifacts: vec![],
            policy_changes: vec![],
            policies: Default::default(),
            routing: None,
            capacity: None,
        };
        let rec: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
        let none = plan(rec.iter().map(|n| change(n, Action::NoOp)).collect());
        let s = select(&rec, &none, &["b".into()], None, 2, Some(1)).unwrap();
        assert_eq!(s.batches, [vec!["a"], vec!["c"], vec!["d"]]);
        assert_eq!((s.upgrade, s.narrowed_to), (false, Some(1)));
        let up = plan(vec![
            change("a", Action::Replace),
            change("b", Action::NoOp),
            change("c", Action::Replace),
        ]);
        let s = select(&rec, &up, &[], None, 5, None).unwrap();
        assert_eq!(
            (s.batches, s.upgrade),
            (vec![vec!["a".to_string(), "c".into()]], true)
        );
        assert_eq!(
            select(&rec, &up, &[], Some("b"), 1, None),
            Err(SelectError::CanaryHasNothing("b".into()))
        );
        assert_eq!(
            select(&rec, &up, &["z".into()], None, 1, None),
            Err(SelectError::Unknown("z".into()))
        );
        let adding = plan(vec![change("e", Action::Create)]);
        assert_eq!(
            select(&rec, &adding, &[], None, 1, None),
            Err(SelectError::OtherChanges(vec!["node.e".into()]))
        );
    }
}
