//! Operations: what a command does between reading the stack and printing, as library calls a
//! test can make. A [`Session`] locks the state, loads it, builds providers, refreshes, plans,
//! renders the planned outputs and simulates the routing impact, like Terraform's backend
//! operations. The CLI only turns flags into a [`PlanRequest`] and events into output.
//!
//! Owns: the order of those steps and the lock's life. May import: every library layer below
//! it (model, stack, state, policy, health, render, provider, plan, apply); never `cli`.

pub mod baseline;
pub mod drain;
pub mod drill;
pub mod import;
pub mod password;
pub mod progressive;
pub mod rollout;
pub mod rotate;
pub mod scale;
pub mod slo;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use crate::model::Action;
use crate::plan::{self, Plan, PlanOptions};
use crate::policy::simulate::Report;
use crate::provider::{self, Providers};
use crate::render::Renderer;
use crate::stack::Stack;
use crate::state::{LockHandle, NodeStatus, State, StateBackend, StateError};

/// Above this many nodes, plan leaves the routing simulation to `lavastack simulate`.
pub const ROUTING_IMPACT_MAX_NODES: usize = 200;

#[derive(Debug, thiserror::Error)]
pub enum OpsError {
    #[error(transparent)]
    State(Box<StateError>),
    #[error(transparent)]
    Render(Box<crate::render::RenderError>),
    #[error(transparent)]
    Policy(Box<crate::policy::PolicyError>),
    #[error(transparent)]
    Build(#[from] crate::provider::BuildError),
    #[error(transparent)]
    Refresh(#[from] crate::provider::RefreshError),
    #[error(transparent)]
    Apply(Box<crate::apply::ApplyError>),
    /// An operation refused or failed, with a message naming what and why (rotate, import).
    #[error("{0}")]
    Refused(String),
    #[error("cannot replace {node}: there is no node \"{node}\" in the state")]
    ReplaceUnknown { node: String },
}

impl OpsError {
    pub fn hint(&self) -> Option<String> {
        match self {
            OpsError::State(e) => e.hint(),
            OpsError::Refresh(e) => Some(match e.kind {
                Some(k) => format!(
                    "{}; or plan without asking providers: --refresh=false",
                    k.hint()
                ),
                None => "fix the provider's credentials or endpoint, or plan without asking providers: --refresh=false".into(),
            }),
            OpsError::ReplaceUnknown { .. } => {
                Some("`lavastack state list` shows the nodes that can be replaced".into())
            }
            _ => None,
        }
    }
}

impl From<StateError> for OpsError {
    fn from(e: StateError) -> Self {
        OpsError::State(Box::new(e))
    }
}
impl From<crate::render::RenderError> for OpsError {
    fn from(e: crate::render::RenderError) -> Self {
        OpsError::Render(Box::new(e))
    }
}
impl From<crate::apply::ApplyError> for OpsError {
    fn from(e: crate::apply::ApplyError) -> Self {
        OpsError::Apply(Box::new(e))
    }
}
impl From<crate::policy::PolicyError> for OpsError {
    fn from(e: crate::policy::PolicyError) -> Self {
        OpsError::Policy(Box::new(e))
    }
}

/// What to plan.
#[derive(Debug, Clone)]
pub struct PlanRequest {
    /// Plan the removal of every node.
    pub destroy: bool,
    /// Ask providers what really runs first.
    pub refresh: bool,
    /// How many provider calls run at once.
    pub parallelism: usize,
    /// Nodes to replace even if nothing changed (`--replace`, rolling restarts).
    pub replace: BTreeSet<String>,
    /// When set, only these nodes' changes are planned; the rest stay as they are.
    pub target: Option<BTreeSet<String>>,
}

impl Default for PlanRequest {
    fn default() -> Self {
        PlanRequest {
            destroy: false,
            refresh: true,
            parallelism: 10,
            replace: BTreeSet::new(),
            target: None,
        }
    }
}

/// What a session reports while it works, for the caller to show (a spinner, a log line).
#[derive(Debug, Clone)]
pub enum Progress {
    Refreshing {
        nodes: usize,
    },
    Refreshed {
        provider: String,
        nodes: usize,
        api_calls: u64,
    },
    RefreshDone,
}

/// Earlier builds recorded a password as an unkeyed hash. Where that hash is still the current
/// password's, the record gets the keyed fingerprint instead (and its attribute hash is
/// recomputed), so upgrading changes no node; where it is not, the password did change and the
/// plan says so. Returns how many records were re-recorded.
pub fn rekey_passwords(
    state: &mut State,
    stack: &Stack,
    key: &crate::model::FingerprintKey,
) -> usize {
    let mut n = 0;
    for r in state.nodes.values_mut() {
        let Some(old) = r.attributes.get("password").and_then(|v| v.as_str()) else {
            continue;
        };
        if !crate::model::is_unkeyed(old) {
            continue;
        }
        let Some(secret) = stack.password_for(&r.name) else {
            continue;
        };
        if secret.unkeyed_fingerprint(&stack.name) != old {
            continue;
        }
        let was_current = crate::model::attributes_hash(&r.attributes) == r.attributes_hash;
        r.attributes
            .insert("password".into(), secret.fingerprint(key).into());
        // A record whose hash did not match its attributes (a half-applied update) keeps its
        // mismatch, so the planner still sees the change it must finish.
        if was_current {
            r.attributes_hash = crate::model::attributes_hash(&r.attributes);
        }
        n += 1;
    }
    n
}

/// A locked state with everything needed to plan or apply against it.
pub struct Session {
    pub stack: Stack,
    /// What the lock was taken for (`plan`, `rotate password`, ...).
    pub operation: String,
    pub backend: Arc<dyn StateBackend>,
    pub lock: Option<LockHandle>,
    pub state: Option<State>,
    /// What password fingerprints are made with (see [`crate::model::FingerprintKey`]).
    pub key: crate::model::FingerprintKey,
    pub providers: Providers,
    pub renderer: Arc<Renderer>,
    pub policies: crate::policy::StackPolicies,
}

/// Plans and applies in one locked session, without a prompt: what an operation does when
/// converging the cluster is one of its steps (a rollout replacing a batch, a drill bringing a
/// killed node back). The lock is released whatever happens.
pub async fn converge(
    stack: Stack,
    operation: &str,
    lock_timeout: Duration,
    req: &PlanRequest,
    events: crate::apply::EventSink,
    cancel: tokio::sync::watch::Receiver<bool>,
) -> Result<crate::apply::Report, OpsError> {
    let mut s = Session::open(stack, operation, lock_timeout).await?;
    let result = async {
        let plan = s.plan(req, &|_| {}).await?;
        if !plan.has_changes() {
            return Ok(crate::apply::Report::default());
        }
        s.apply(&plan, req.parallelism, events, cancel).await
    }
    .await;
    s.close().await;
    result
}

impl Session {
    /// Applies a plan made in (or checked against) this session; the state it ends with is the
    /// session's again.
    pub async fn apply(
        &mut self,
        plan: &Plan,
        parallelism: usize,
        events: crate::apply::EventSink,
        cancel: tokio::sync::watch::Receiver<bool>,
    ) -> Result<crate::apply::Report, OpsError> {
        let state = self.state.take();
        let (report, state) = crate::apply::apply(
            plan,
            &self.stack,
            self.providers.clone(),
            state,
            self.backend.clone(),
            crate::apply::Options {
                parallelism,
                renderer: Some(self.renderer.clone()),
                events,
                cancel,
                fingerprint_key: self.key.clone(),
            },
        )
        .await?;
        self.state = Some(state);
        if plan.destroy && report.failed.is_empty() && !report.interrupted {
            self.end_rotation_with_the_nodes().await?;
        }
        Ok(report)
    }

    /// A destroy that leaves no node ends a password rotation under way: nothing runs either
    /// value any more, so the staged one is dropped (the current one stays where it is read)
    /// and the rotation leaves the state.
    async fn end_rotation_with_the_nodes(&mut self) -> Result<(), OpsError> {
        let Some(st) = self.state.as_mut() else {
            return Ok(());
        };
        let Some(r) = st.rotation.clone() else {
            return Ok(());
        };
        if !st.nodes.is_empty() || !st.deposed.is_empty() {
            return Ok(());
        }
        crate::credentials::discard(&r)
            .await
            .map_err(|e| OpsError::Refused(format!("the nodes are destroyed, but the rotation's staged password could not be dropped: {e}")))?;
        st.rotation = None;
        st.serial += 1;
        self.backend.save(st).await?;
        Ok(())
    }

    /// Reads templates and policies (before anything is locked), takes the state lock, loads
    /// the state and builds providers. On any error after locking, the lock is released.
    pub async fn open(
        stack: Stack,
        operation: &str,
        lock_timeout: Duration,
    ) -> Result<Self, OpsError> {
        let renderer = Arc::new(Renderer::for_stack(&stack)?);
        let policies = crate::policy::for_stack(&stack)?;
        let backend = crate::state::open(&stack).await;
        let lock = backend.lock(operation, lock_timeout).await?;
        let mut session = Session {
            operation: operation.to_string(),
            stack,
            backend,
            lock: Some(lock),
            state: None,
            key: crate::model::FingerprintKey::for_preview(),
            providers: Default::default(),
            renderer,
            policies,
        };
        match session.load().await {
            Ok(()) => Ok(session),
            Err(e) => {
                session.close().await;
                Err(e)
            }
        }
    }

    async fn load(&mut self) -> Result<(), OpsError> {
        let state = self.backend.load().await?;
        if let Some(s) = &state {
            if s.stack != self.stack.name {
                return Err(StateError::WrongStack {
                    expected: self.stack.name.clone(),
                    found: s.stack.clone(),
                }
                .into());
            }
        }
        let (key, _) = crate::state::fingerprint_key(self.backend.as_ref()).await?;
        self.state = state.map(|mut s| {
            let n = rekey_passwords(&mut s, &self.stack, &key);
            if n > 0 {
                tracing::info!(
                    nodes = n,
                    "re-recorded unkeyed password fingerprints with the fingerprint key (saved by the next apply)"
                );
            }
            s
        });
        self.key = key;
        self.providers = provider::build_all(&self.stack)?;
        Ok(())
    }

    /// Releases the lock; a failure to do so is logged, never hidden behind the command's own
    /// result.
    pub async fn close(&mut self) {
        if let Some(l) = self.lock.take() {
            if let Err(e) = self.backend.unlock(l).await {
                tracing::warn!("releasing the state lock failed: {e}");
            }
        }
    }

    /// Refreshes (unless asked not to), plans, renders the planned outputs and, when routing
    /// could change, simulates the routing impact.
    pub async fn plan(
        &self,
        req: &PlanRequest,
        progress: &dyn Fn(Progress),
    ) -> Result<Plan, OpsError> {
        for r in &req.replace {
            if !self.state.as_ref().is_some_and(|s| s.nodes.contains_key(r)) {
                return Err(OpsError::ReplaceUnknown { node: r.clone() });
            }
        }
        // Mid-rotation the nodes that moved run a password the stack does not say yet: any
        // other plan would move them back.
        // A destroy may run: it ends the rotation with the nodes (`Session::apply`).
        if let Some(r) = self.state.as_ref().and_then(|s| s.rotation.as_ref()) {
            if !self.operation.starts_with("rotate password") && !req.destroy {
                return Err(OpsError::Refused(format!(
                    "a password rotation is under way (started {}): finish it with `lavastack rotate password`, or abandon it with `lavastack rotate password --abort` while no node has moved",
                    r.started
                )));
            }
        }
        let lists = self
            .stack
            .providers
            .values()
            .any(|p| p.kind.lists_instances());
        let empty = State::new(&self.stack.name);
        let st = self.state.as_ref().unwrap_or(&empty);
        let live = if req.refresh && (!st.nodes.is_empty() || !st.deposed.is_empty() || lists) {
            progress(Progress::Refreshing {
                nodes: st.nodes.len(),
            });
            let live = provider::refresh(st, &self.providers, req.parallelism).await;
            progress(Progress::RefreshDone);
            let live = live?;
            for (addr, calls) in &live.api_calls {
                let n = st.nodes.values().filter(|r| &r.provider == addr).count();
                progress(Progress::Refreshed {
                    provider: addr.clone(),
                    nodes: n,
                    api_calls: *calls,
                });
            }
            live
        } else {
            Default::default()
        };
        let fingerprints = crate::policy::fingerprint::fingerprints(&self.stack);
        let mut p = plan::plan(
            &self.stack,
            self.state.as_ref(),
            &live,
            &fingerprints,
            &self.key,
            &PlanOptions {
                destroy: req.destroy,
                replace: req.replace.clone(),
                target: req.target.clone(),
                now: Some(std::time::SystemTime::now()),
            },
            self.policies.placement.as_ref(),
        )?;
        let rendered = if req.destroy {
            Vec::new()
        } else {
            let made_anew = p
                .changes
                .iter()
                .filter(|c| matches!(c.action, Action::Create | Action::Replace))
                .map(|c| c.name.clone())
                .collect();
            crate::render::outputs::render_planned(
                &self.stack,
                &self.renderer,
                &p.desired_after(),
                &made_anew,
                self.state.as_ref(),
            )?
        };
        let has_prior = self.state.as_ref().is_some_and(|s| !s.nodes.is_empty());
        if !req.destroy && has_prior && p.affects_routing() {
            let nodes = p.desired_after().len();
            if nodes <= ROUTING_IMPACT_MAX_NODES {
                p.routing = Some(self.routing_impact(&p, 1000, 0.7)?);
            } else {
                p.warnings.push(format!(
                    "routing impact skipped for {nodes} nodes (more than {ROUTING_IMPACT_MAX_NODES}); run `lavastack simulate`"
                ));
            }
        }
        self.capacity_check(&mut p);
        p.artifacts = crate::render::outputs::plan(
            &self.stack,
            &rendered,
            self.state.as_ref(),
            req.destroy,
            &|path| std::fs::read_to_string(path).ok(),
        );
        Ok(p)
    }

    /// Sets the plan's capacity line from the last `lavastack baseline`, warning when the planned
    /// cluster no longer holds the measured peak (or the multiple the baseline sized for).
    fn capacity_check(&self, p: &mut Plan) {
        let report = match baseline::load_saved(&self.stack) {
            Ok(Some(r)) => r,
            Ok(None) => return,
            Err(e) => {
                p.warnings.push(format!("capacity check skipped: {e}"));
                return;
            }
        };
        let before: Vec<String> = self
            .state
            .as_ref()
            .map(|s| s.nodes.keys().cloned().collect())
            .unwrap_or_default();
        let after: Vec<String> = p.desired_after().into_keys().collect();
        let Some(c) = baseline::check(&report, &before, &after) else {
            return;
        };
        if c.holds_after < 1.0 {
            p.warnings.push(format!(
                "after this plan the cluster holds {:.1}x the measured peak of {} playing players: the busiest moment of the baseline would not fit",
                c.holds_after, c.peak_playing_players
            ));
        } else if c.holds_after < c.target && c.holds_after < c.holds_before {
            p.warnings.push(format!(
                "after this plan the cluster holds {:.1}x the measured peak, below the {}x the baseline sized for",
                c.holds_after, c.target
            ));
        }
        p.capacity = Some(c);
    }

    /// The workload through the selection policy, for the cluster as recorded and as planned.
    pub fn routing_impact(
        &self,
        p: &Plan,
        guilds: usize,
        playing: f64,
    ) -> Result<Report, OpsError> {
        use crate::policy::simulate::{simulate, Selector, SimNode, Workload};
        let attr = |r: &crate::state::NodeRecord, k: &str, d: u64| {
            r.attributes
                .get(k)
                .and_then(|v| v.as_u64())
                .unwrap_or(d)
                .min(u64::from(u32::MAX)) as u32
        };
        let before: Vec<SimNode> = self
            .state
            .iter()
            .flat_map(|s| s.nodes.values())
            .filter(|r| r.status == NodeStatus::Ready)
            .map(|r| SimNode {
                name: r.name.clone(),
                region: r.region.clone(),
                zone: r.zone.clone().unwrap_or_default(),
                weight: attr(r, "weight", 1),
                priority: attr(r, "priority", 1),
                draining: r
                    .attributes
                    .get("maintenance")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                cohort: crate::state::current_cohort(
                    &self.stack,
                    self.state.as_ref(),
                    &r.name,
                    r.pool.as_deref(),
                ),
            })
            .collect();
        let after: Vec<SimNode> = p
            .desired_after()
            .into_values()
            .map(|d| SimNode {
                cohort: crate::state::current_cohort(
                    &self.stack,
                    self.state.as_ref(),
                    &d.name,
                    d.pool.as_deref(),
                ),
                name: d.name,
                region: d.region,
                zone: d.zone,
                weight: d.weight,
                priority: d.priority,
                draining: d.maintenance,
            })
            .collect();
        let no_config = serde_json::json!({});
        let config = self
            .stack
            .policies
            .get("selection")
            .map(|p| &p.config)
            .unwrap_or(&no_config);
        let new = Selector {
            policy: self.policies.selection.as_ref(),
            config,
        };
        // A changed selection policy is replayed as it was for "before" when it still can be.
        let recorded = self
            .state
            .as_ref()
            .and_then(|s| s.policies.get("selection"))
            .cloned();
        let current = p.policies.get("selection").cloned().unwrap_or_default();
        let mut note = None;
        let old_policy = match recorded {
            Some(r) if r != current => {
                match crate::policy::fingerprint::load_recorded(&self.stack, &r)? {
                    Some(p) => Some(p),
                    None => {
                        note = Some(format!(
                            "the selection policy changes ({r} -> {current}) but the applied module is no longer on disk, so both sides are replayed with the new one: the figures show the node changes only"
                        ));
                        None
                    }
                }
            }
            _ => None,
        };
        let old = match &old_policy {
            Some(p) => Selector {
                policy: p.as_ref(),
                config,
            },
            None => new,
        };
        let mut report = simulate(old, new, &before, &after, Workload { guilds, playing })?;
        report.note = note;
        let pools: BTreeMap<String, Option<String>> = p
            .desired_after()
            .into_values()
            .map(|d| (d.name, d.pool))
            .collect();
        for n in report.cohorts.keys() {
            let pool = pools.get(n).cloned().flatten();
            if let Some((_, t)) = self.stack.traffic_for(n, pool.as_deref()) {
                if t.steps.len() > 1 {
                    report.steps.insert(n.clone(), t.steps.clone());
                }
            }
        }
        Ok(report)
    }
}
