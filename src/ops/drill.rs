//! A failure drill as a library state machine: find the guilds the router sends to a node (or,
//! when it sends none, watch the router's own view of it), break the node, measure the time
//! until the router stops choosing it (the RTO), restore it and measure until it is chosen
//! again. What it does to the world goes through [`Target`], so the measurement, the refusals
//! and the restore are unit-tested against a fake.

use std::time::{Duration, Instant};

/// What a drill breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Kill,
    Freeze,
    /// Added REST latency in ms (emulated nodes' fault admin).
    Latency(u64),
}

/// The drilled node and the router, as a drill sees them.
#[async_trait::async_trait(?Send)]
pub trait Target {
    /// The node the router chooses for a guild now.
    async fn chosen(&self, guild: &str) -> Result<Option<String>, String>;
    /// The router's view of the drilled node: (healthy, draining), `None` if unlisted.
    async fn view(&self) -> Result<Option<(bool, bool)>, String>;
    async fn break_it(&self, fault: Fault) -> Result<(), String>;
    async fn restore(&self, fault: Fault) -> Result<(), String>;
}

#[derive(Debug, Clone)]
pub struct Spec {
    pub node: String,
    pub fault: Fault,
    /// Synthetic guilds asked about; those the node serves are watched.
    pub guilds: Vec<String>,
    pub expect_rto: Duration,
    /// Give up measuring after this long.
    pub limit: Duration,
    pub restore: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub watched: usize,
    /// No guild was on the node: recovery is the router marking it down.
    pub by_view: bool,
    pub rto: Option<Duration>,
    pub restored: Option<Duration>,
    pub passed: bool,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DrillError {
    #[error("the router sends none of {guilds} guilds to {node} ({why})")]
    NothingToMeasure {
        guilds: usize,
        node: String,
        why: String,
    },
    #[error("{0}")]
    Target(String),
    #[error("restoring {node} failed: {reason}")]
    Restore { node: String, reason: String },
}

/// The limit a drill measures within: a slow node may never leave the selections (the policy
/// may tolerate it), so latency drills give up sooner.
pub fn limit_for(fault: Fault, expect_rto: Duration) -> Duration {
    match fault {
        Fault::Latency(_) => (expect_rto * 2).max(Duration::from_secs(5)),
        _ => (expect_rto * 4).max(Duration::from_secs(60)),
    }
}

async fn on_node(t: &dyn Target, node: &str, watched: &[String]) -> Result<bool, DrillError> {
    if watched.is_empty() {
        return Ok(t
            .view()
            .await
            .map_err(DrillError::Target)?
            .is_some_and(|(up, _)| up));
    }
    for g in watched {
        if t.chosen(g).await.map_err(DrillError::Target)?.as_deref() == Some(node) {
            return Ok(true);
        }
    }
    Ok(false)
}

pub async fn run(spec: &Spec, t: &dyn Target) -> Result<Report, DrillError> {
    let mut watched = Vec::new();
    for g in &spec.guilds {
        if t.chosen(g).await.map_err(DrillError::Target)?.as_deref() == Some(spec.node.as_str()) {
            watched.push(g.clone());
        }
    }
    // A policy may send no guild to a healthy node (least-load at equal load picks one node for
    // all): then the router's own view of the node is what a kill or freeze changes.
    let by_view = watched.is_empty();
    if by_view {
        let view = t.view().await.map_err(DrillError::Target)?;
        let latency = matches!(spec.fault, Fault::Latency(_));
        if latency || view != Some((true, false)) {
            let why = match view {
                None => "the router does not list it",
                Some((false, _)) => "the router counts it unhealthy",
                Some((_, true)) => "it is drained",
                Some(_) => "a latency drill is measured on the guilds a node serves",
            };
            return Err(DrillError::NothingToMeasure {
                guilds: spec.guilds.len(),
                node: spec.node.clone(),
                why: why.to_string(),
            });
        }
    }
    let started = Instant::now();
    t.break_it(spec.fault).await.map_err(DrillError::Target)?;
    let rto = loop {
        let pass = started.elapsed();
        if !on_node(t, &spec.node, &watched).await? {
            break Some(pass);
        }
        if started.elapsed() > spec.limit {
            break None;
        }
    };
    let mut restored = None;
    if spec.restore {
        let back = Instant::now();
        t.restore(spec.fault)
            .await
            .map_err(|reason| DrillError::Restore {
                node: spec.node.clone(),
                reason,
            })?;
        let first: Vec<String> = watched.iter().take(1).cloned().collect();
        while !on_node(t, &spec.node, &first).await? {
            if back.elapsed() > spec.limit {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        restored = Some(back.elapsed());
    }
    Ok(Report {
        watched: watched.len(),
        by_view,
        passed: rto.is_some_and(|r| r <= spec.expect_rto),
        rto,
        restored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// A router that sends guilds ending in an even digit to "n1" while it is up, and notices a
    /// break after `notice` polls.
    struct Fake {
        polls_after_break: Mutex<Option<u32>>,
        notice: Option<u32>,
        healthy_view: bool,
        restore_fails: bool,
        log: Mutex<Vec<String>>,
    }

    fn fake(notice: Option<u32>) -> Fake {
        Fake {
            polls_after_break: Mutex::new(None),
            notice,
            healthy_view: true,
            restore_fails: false,
            log: Mutex::new(Vec::new()),
        }
    }

    impl Fake {
        fn up(&self) -> bool {
            let mut p = self.polls_after_break.lock().unwrap();
            match (p.as_mut(), self.notice) {
                (None, _) => true,
                (Some(n), Some(limit)) => {
                    *n += 1;
                    *n <= limit
                }
                (Some(_), None) => true,
            }
        }
    }

    #[async_trait::async_trait(?Send)]
    impl Target for Fake {
        async fn chosen(&self, guild: &str) -> Result<Option<String>, String> {
            let even = guild.ends_with(['0', '2', '4', '6', '8']);
            Ok(Some(
                if even && self.up() { "n1" } else { "n2" }.to_string(),
            ))
        }
        async fn view(&self) -> Result<Option<(bool, bool)>, String> {
            Ok(Some((self.healthy_view && self.up(), false)))
        }
        async fn break_it(&self, f: Fault) -> Result<(), String> {
            self.log.lock().unwrap().push(format!("break {f:?}"));
            *self.polls_after_break.lock().unwrap() = Some(0);
            Ok(())
        }
        async fn restore(&self, f: Fault) -> Result<(), String> {
            self.log.lock().unwrap().push(format!("restore {f:?}"));
            if self.restore_fails {
                return Err("apply exited 1".into());
            }
            *self.polls_after_break.lock().unwrap() = None;
            Ok(())
        }
    }

    fn spec(fault: Fault, guilds: &[&str]) -> Spec {
        Spec {
            node: "n1".into(),
            fault,
            guilds: guilds.iter().map(|s| s.to_string()).collect(),
            expect_rto: Duration::from_secs(5),
            limit: Duration::from_millis(300),
            restore: true,
        }
    }

    #[tokio::test]
    async fn measures_until_the_router_stops_choosing_the_node_and_restores_it() {
        let f = fake(Some(3));
        let r = run(&spec(Fault::Kill, &["10", "11", "12", "13"]), &f)
            .await
            .unwrap();
        assert_eq!(r.watched, 2, "guilds 10 and 12 were on n1");
        assert!(!r.by_view);
        assert!(r.rto.is_some() && r.passed, "{r:?}");
        assert!(r.restored.is_some());
        assert_eq!(*f.log.lock().unwrap(), ["break Kill", "restore Kill"]);
    }

    #[tokio::test]
    async fn a_node_that_never_leaves_the_selection_fails_within_the_limit() {
        let f = fake(None);
        let mut s = spec(Fault::Latency(300), &["10"]);
        s.restore = false;
        let t = Instant::now();
        let r = run(&s, &f).await.unwrap();
        assert_eq!((r.rto, r.passed, r.restored), (None, false, None));
        assert!(t.elapsed() < Duration::from_secs(3));
        assert_eq!(
            *f.log.lock().unwrap(),
            ["break Latency(300)"],
            "no restore asked"
        );
    }

    #[tokio::test]
    async fn with_no_guild_on_the_node_the_router_view_is_measured_or_the_drill_refused() {
        let f = fake(Some(2));
        let r = run(&spec(Fault::Freeze, &["11", "13"]), &f).await.unwrap();
        assert!(r.by_view && r.passed, "{r:?}");
        // A latency drill needs guilds; an unhealthy node has nothing to measure.
        let e = run(&spec(Fault::Latency(100), &["11"]), &fake(Some(2))).await;
        assert!(
            matches!(e, Err(DrillError::NothingToMeasure { .. })),
            "{e:?}"
        );
        let mut down = fake(Some(2));
        down.healthy_view = false;
        let e = run(&spec(Fault::Kill, &["11"]), &down).await.unwrap_err();
        assert!(e.to_string().contains("counts it unhealthy"), "{e}");
        assert!(down.log.lock().unwrap().is_empty(), "nothing was broken");
    }

    #[tokio::test]
    async fn a_failed_restore_is_an_error_naming_the_node() {
        let mut f = fake(Some(1));
        f.restore_fails = true;
        let e = run(&spec(Fault::Kill, &["10"]), &f).await.unwrap_err();
        assert_eq!(
            e,
            DrillError::Restore {
                node: "n1".into(),
                reason: "apply exited 1".into()
            }
        );
    }

    #[test]
    fn limits_follow_the_fault() {
        assert_eq!(
            limit_for(Fault::Kill, Duration::from_secs(30)),
            Duration::from_secs(120)
        );
        assert_eq!(
            limit_for(Fault::Latency(1), Duration::from_secs(1)),
            Duration::from_secs(5)
        );
    }
}
