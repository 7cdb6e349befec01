//! Apply: make one attempt at every change of a [`Plan`], saving state after each.
//!
//! Order: creates, updates and the create half of replacements run first (in parallel up to
//! `parallelism`), deletes and the delete half of replacements after, so capacity is added
//! before it is removed. State is written after every single step, so an error or Ctrl-C
//! midway loses nothing already done: the next plan starts from exactly what happened.

mod check;
mod outputs;

use check::{check_plan, target};
use outputs::outputs_phase;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::sync::{watch, Mutex, Semaphore};

use crate::model::{attributes_hash, Action, DesiredNode, ErrorKind};
use crate::plan::{Change, Plan};
use crate::provider::{Created, NodeRequest, Providers};
use crate::stack::{Secret, Stack};
use crate::state::{NodeRecord, NodeStatus, State, StateBackend, StateError};

/// Progress of one apply, for a progress bar or a JSON event stream.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    Start {
        address: String,
        action: Action,
    },
    Done {
        address: String,
        action: Action,
        elapsed_ms: u64,
    },
    Failed {
        address: String,
        action: Action,
        error: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        kind: Option<ErrorKind>,
    },
    Skipped {
        address: String,
        action: Action,
    },
    /// How a step was done, when the operator would want to know (no progress counted).
    Note {
        address: String,
        message: String,
    },
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct Report {
    pub added: usize,
    pub changed: usize,
    pub destroyed: usize,
    pub failed: Vec<Failure>,
    pub skipped: usize,
    pub interrupted: bool,
    /// API requests each provider that counts them made (retries included), by address.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub api_calls: BTreeMap<String, u64>,
    #[serde(skip)]
    pub elapsed: Duration,
}

#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub address: String,
    pub error: String,
    /// What kind of failure, where the provider could tell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ErrorKind>,
}

#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("{0}")]
    Precondition(String),
    #[error("saving state failed, so apply stopped: {0}")]
    State(#[from] StateError),
}

pub struct Options {
    pub parallelism: usize,
    /// Renders the stack's outputs between node creation and node deletion.
    pub renderer: Option<Arc<crate::render::Renderer>>,
    pub events: EventSink,
    /// Becomes true on Ctrl-C: steps not yet started are skipped, running ones finish.
    pub cancel: watch::Receiver<bool>,
    /// The key the plan's password fingerprints were made with (the session's).
    pub fingerprint_key: crate::model::FingerprintKey,
}

pub type EventSink = Arc<dyn Fn(Event) + Send + Sync>;

struct Ctx {
    /// The state's lineage (fixed for its life): providers mark what they make with it.
    lineage: String,
    state: Mutex<State>,
    backend: Arc<dyn StateBackend>,
    providers: Providers,
    secrets: BTreeMap<String, Secret>,
    events: EventSink,
    report: Mutex<Report>,
    fatal: Mutex<Option<StateError>>,
    cancel: watch::Receiver<bool>,
    /// Old nodes of finished replaces, by change address: deleted only after the outputs
    /// point at their successors, so HAProxy and bots never route to a node already gone.
    retired: Mutex<Vec<(String, NodeRecord)>>,
}

impl Ctx {
    /// Mutates state and persists it; the mutex makes each change + save one step.
    async fn commit(&self, f: impl FnOnce(&mut State)) -> Result<(), StateError> {
        let mut st = self.state.lock().await;
        f(&mut st);
        st.serial += 1;
        if let Err(e) = self.backend.save(&st).await {
            // Keep the in-memory serial honest with what is on disk.
            st.serial -= 1;
            return Err(e);
        }
        Ok(())
    }

    fn stopped(&self) -> bool {
        *self.cancel.borrow()
    }

    /// A failed step or output: counted in the report and told to the event sink.
    async fn fail(&self, address: String, action: Action, error: String) {
        self.fail_as(address, action, error, None).await
    }

    async fn fail_as(
        &self,
        address: String,
        action: Action,
        error: String,
        kind: Option<ErrorKind>,
    ) {
        self.report.lock().await.failed.push(Failure {
            address: address.clone(),
            error: error.clone(),
            kind,
        });
        (self.events)(Event::Failed {
            address,
            action,
            error,
            kind,
        });
    }
}

/// The password each node will be given, by node name.
pub fn node_secrets(
    stack: &Stack,
    nodes: impl Iterator<Item = String>,
) -> BTreeMap<String, Secret> {
    nodes
        .filter_map(|n| stack.password_for(&n).cloned().map(|s| (n, s)))
        .collect()
}

pub async fn apply(
    plan: &Plan,
    stack: &Stack,
    providers: Providers,
    prior: Option<State>,
    backend: Arc<dyn StateBackend>,
    opts: Options,
) -> Result<(Report, State), ApplyError> {
    let started = Instant::now();
    check_plan(plan, stack, prior.as_ref(), &providers).map_err(ApplyError::Precondition)?;
    let secrets = node_secrets(stack, plan.changes.iter().map(|c| c.name.clone()));
    // A saved plan records password fingerprints; refuse to apply it with different secrets.
    for c in &plan.changes {
        if let Some(d) = &c.desired {
            let now = secrets
                .get(&c.name)
                .map(|s| s.fingerprint(&opts.fingerprint_key));
            if d.password != now && c.action != Action::NoOp {
                return Err(ApplyError::Precondition(format!(
                    "the password for node {} differs from the one the plan was made with; run `lavastack plan` again",
                    c.name
                )));
            }
        }
        if c.action != Action::NoOp
            && c.action != Action::Delete
            && !providers.contains_key(&c.provider)
        {
            return Err(ApplyError::Precondition(format!(
                "node {}: provider {} is not configured in the stack",
                c.name, c.provider
            )));
        }
    }
    let state = prior.unwrap_or_else(|| State::new(&stack.name));
    let ctx = Arc::new(Ctx {
        lineage: state.lineage.clone(),
        state: Mutex::new(state),
        backend,
        providers,
        secrets,
        events: opts.events,
        report: Mutex::new(Report::default()),
        fatal: Mutex::new(None),
        cancel: opts.cancel,
        retired: Mutex::new(Vec::new()),
    });
    let first: Vec<Change> = plan
        .changes
        .iter()
        .filter(|c| matches!(c.action, Action::Create | Action::Update | Action::Replace))
        .cloned()
        .collect();
    let second: Vec<Change> = plan
        .changes
        .iter()
        .filter(|c| c.action == Action::Delete)
        .cloned()
        .collect();
    run_phase(&ctx, first, opts.parallelism).await;
    // Outputs list the nodes that exist now: new nodes are in before the files are written,
    // nodes about to go are already out of them (so HAProxy stops routing first).
    if let Some(r) = &opts.renderer {
        if ctx.fatal.lock().await.is_none() && !ctx.stopped() {
            outputs_phase(&ctx, plan, stack, r).await;
        }
    }
    // A failed create must not be followed by deleting the capacity it was meant to replace.
    let failed_first = !ctx.report.lock().await.failed.is_empty();
    if failed_first {
        for c in &second {
            (ctx.events)(Event::Skipped {
                address: c.address.clone(),
                action: c.action,
            });
        }
        ctx.report.lock().await.skipped += second.len();
    } else {
        retire_phase(&ctx, opts.parallelism).await;
        run_phase(&ctx, second, opts.parallelism).await;
    }
    // Shared provider resources (a managed security group) go with the last node.
    if !ctx.stopped()
        && ctx.fatal.lock().await.is_none()
        && ctx.report.lock().await.failed.is_empty()
    {
        let counts: BTreeMap<String, usize> = {
            let st = ctx.state.lock().await;
            let mut m = BTreeMap::new();
            for r in st.nodes.values().chain(st.deposed.iter()) {
                *m.entry(r.provider.clone()).or_insert(0) += 1;
            }
            m
        };
        // Only providers this apply deleted nodes of: an apply that removed nothing of a
        // provider (a drill's restore, an autoscale step elsewhere) never touches its resources.
        let deleted: std::collections::BTreeSet<&str> = plan
            .changes
            .iter()
            .filter(|c| matches!(c.action, Action::Delete))
            .map(|c| c.provider.as_str())
            .collect();
        for (address, p) in &ctx.providers {
            if !deleted.contains(p.address()) {
                continue;
            }
            let address = format!("provider.{address}");
            match p
                .after_apply(counts.get(p.address()).copied().unwrap_or(0))
                .await
            {
                Ok(None) => {}
                Ok(Some(message)) => (ctx.events)(Event::Note { address, message }),
                Err(e) => {
                    (ctx.events)(Event::Failed {
                        address: address.clone(),
                        action: Action::Delete,
                        error: e.message.clone(),
                        kind: e.kind,
                    });
                    ctx.report.lock().await.failed.push(Failure {
                        address,
                        error: e.message,
                        kind: e.kind,
                    });
                }
            }
        }
    }
    // Record the policies the plan was reviewed with (not what is on disk now: a module
    // edited between plan and apply must still show as a change next time).
    let fingerprints = plan.policies.clone();
    if !fingerprints.is_empty()
        && !ctx.stopped()
        && ctx.fatal.lock().await.is_none()
        && ctx.state.lock().await.policies != fingerprints
    {
        match ctx.commit(|s| s.policies = fingerprints).await {
            // The plan counted each changed policy as a change; the summary must agree.
            Ok(()) => ctx.report.lock().await.changed += plan.policy_changes.len(),
            Err(e) => {
                ctx.fatal.lock().await.get_or_insert(e);
            }
        }
    }
    if let Some(e) = ctx.fatal.lock().await.take() {
        return Err(ApplyError::State(e));
    }
    let mut report = ctx.report.lock().await.clone();
    report.interrupted = ctx.stopped();
    report.elapsed = started.elapsed();
    report.api_calls = ctx
        .providers
        .iter()
        .filter_map(|(a, p)| p.api_calls().filter(|c| *c > 0).map(|c| (a.clone(), c)))
        .collect();
    let state = ctx.state.lock().await.clone();
    Ok((report, state))
}

async fn run_phase(ctx: &Arc<Ctx>, changes: Vec<Change>, parallelism: usize) {
    let sem = Arc::new(Semaphore::new(parallelism.max(1)));
    let mut set = tokio::task::JoinSet::new();
    let mut steps = BTreeMap::new();
    for c in changes {
        let ctx = ctx.clone();
        let sem = sem.clone();
        let what = (c.address.clone(), c.action);
        let handle = set.spawn(async move {
            let _permit = sem.acquire_owned().await;
            if ctx.stopped() || ctx.fatal.lock().await.is_some() {
                ctx.report.lock().await.skipped += 1;
                (ctx.events)(Event::Skipped {
                    address: c.address.clone(),
                    action: c.action,
                });
                return;
            }
            (ctx.events)(Event::Start {
                address: c.address.clone(),
                action: c.action,
            });
            let t = Instant::now();
            match step(&ctx, &c).await {
                Ok(()) => {
                    let mut r = ctx.report.lock().await;
                    match c.action {
                        Action::Create => r.added += 1,
                        Action::Update => r.changed += 1,
                        Action::Replace => {
                            r.added += 1;
                            r.destroyed += 1
                        }
                        Action::Delete => r.destroyed += 1,
                        Action::NoOp => {}
                    }
                    drop(r);
                    (ctx.events)(Event::Done {
                        address: c.address.clone(),
                        action: c.action,
                        elapsed_ms: t.elapsed().as_millis() as u64,
                    });
                }
                Err(StepError::Provider(msg, kind)) => {
                    ctx.fail_as(c.address.clone(), c.action, msg, kind).await;
                }
                Err(StepError::State(e)) => {
                    (ctx.events)(Event::Failed {
                        address: c.address.clone(),
                        action: c.action,
                        error: e.to_string(),
                        kind: None,
                    });
                    ctx.fatal.lock().await.get_or_insert(e);
                }
            }
        });
        steps.insert(handle.id(), what);
    }
    while let Some(done) = set.join_next_with_id().await {
        // A step that panicked is a failed step: apply must not call itself complete.
        if let Err(e) = done {
            let (address, action) = steps
                .remove(&e.id())
                .unwrap_or_else(|| ("node".to_string(), Action::NoOp));
            let error = crate::task::failure(e);
            ctx.fail(address, action, error).await;
        }
    }
}
enum StepError {
    /// The step failed; the kind, where the provider could tell.
    Provider(String, Option<ErrorKind>),
    State(StateError),
}

impl StepError {
    fn msg(m: String) -> StepError {
        StepError::Provider(m, None)
    }
}

impl From<crate::provider::ProviderError> for StepError {
    fn from(e: crate::provider::ProviderError) -> Self {
        let kind = e.kind;
        StepError::Provider(e.to_string(), kind)
    }
}

impl From<StateError> for StepError {
    fn from(e: StateError) -> Self {
        StepError::State(e)
    }
}

pub(crate) fn new_record(d: &DesiredNode, token: String) -> NodeRecord {
    let attributes = d.attributes();
    NodeRecord {
        name: d.name.clone(),
        provider: d.provider.clone(),
        provider_id: None,
        address: d.host.clone(),
        port: d.port,
        region: d.region.clone(),
        zone: Some(d.zone.clone()),
        pool: d.pool.clone(),
        attributes_hash: attributes_hash(&attributes),
        attributes,
        status: NodeStatus::Creating,
        private: BTreeMap::new(),
        token: Some(token),
    }
}

/// A fresh create token: 32 hex characters, within EC2's 64-character ClientToken limit.
pub(crate) fn new_token() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

pub(crate) fn record_created(rec: &mut NodeRecord, c: Created) {
    rec.provider_id = Some(c.provider_id);
    rec.address = Some(c.address);
    rec.port = Some(c.port);
    rec.private = c.private;
    rec.status = NodeStatus::Ready;
}

async fn step(ctx: &Ctx, c: &Change) -> Result<(), StepError> {
    match c.action {
        Action::NoOp => Ok(()),
        Action::Create => create(ctx, c).await,
        Action::Update => update(ctx, c).await,
        Action::Replace => replace(ctx, c).await,
        Action::Delete => delete(ctx, c).await,
    }
}
async fn create(ctx: &Ctx, c: &Change) -> Result<(), StepError> {
    let (d, provider) = target(ctx, c)?;
    // Record the intent (with its token) first: if lavastack dies during the create, the
    // next plan knows, and a resumed create finds what this one started.
    let token = c.token.clone().unwrap_or_else(new_token);
    let rec = new_record(d, token.clone());
    ctx.commit(|s| {
        s.nodes.insert(d.name.clone(), rec);
    })
    .await?;
    let req = NodeRequest {
        node: d,
        password: ctx.secrets.get(&d.name),
        token: &token,
        adopt: c.adopt.as_deref(),
        lineage: &ctx.lineage,
    };
    let result = provider.create(req).await;
    record_create_result(ctx, &d.name, result).await
}

/// Records what a create left: the node, or a failure (keeping whatever the provider says
/// exists, so nothing launched is forgotten).
async fn record_create_result(
    ctx: &Ctx,
    name: &str,
    result: Result<Created, crate::provider::ProviderError>,
) -> Result<(), StepError> {
    match result {
        Ok(created) => {
            ctx.commit(|s| {
                if let Some(r) = s.nodes.get_mut(name) {
                    record_created(r, created);
                }
            })
            .await?;
            Ok(())
        }
        Err(mut e) => {
            let partial = e.partial.take();
            ctx.commit(|s| {
                if let Some(r) = s.nodes.get_mut(name) {
                    if let Some(p) = partial {
                        record_created(r, *p);
                    }
                    r.status = NodeStatus::Failed;
                }
            })
            .await?;
            Err(StepError::from(e))
        }
    }
}

async fn update(ctx: &Ctx, c: &Change) -> Result<(), StepError> {
    let (d, provider) = target(ctx, c)?;
    let Some(rec) = ctx.state.lock().await.nodes.get(&d.name).cloned() else {
        return Err(StepError::msg(format!(
            "node {} is not in the state",
            d.name
        )));
    };
    let token = rec.token.clone().unwrap_or_default();
    let req = NodeRequest {
        node: d,
        password: ctx.secrets.get(&d.name),
        token: &token,
        adopt: None,
        lineage: &ctx.lineage,
    };
    let updated = provider.update(&rec, req).await.map_err(StepError::from)?;
    let attributes = d.attributes();
    ctx.commit(|s| {
        if let Some(r) = s.nodes.get_mut(&d.name) {
            r.attributes_hash = attributes_hash(&attributes);
            r.attributes = attributes;
            r.zone = Some(d.zone.clone());
            r.pool = d.pool.clone();
            record_created(r, updated);
        }
    })
    .await?;
    Ok(())
}

/// Create-before-destroy: the new node is created under the name; the old one is kept as
/// "deposed" until it is deleted, so a crash in between leaves nothing untracked.
async fn replace(ctx: &Ctx, c: &Change) -> Result<(), StepError> {
    let (d, provider) = target(ctx, c)?;
    let Some(old) = ctx.state.lock().await.nodes.get(&d.name).cloned() else {
        return create(ctx, c).await;
    };
    let token = new_token();
    let rec = new_record(d, token.clone());
    let old2 = old.clone();
    ctx.commit(move |s| {
        s.deposed.push(old2);
        s.nodes.insert(d.name.clone(), rec);
    })
    .await?;
    let req = NodeRequest {
        node: d,
        password: ctx.secrets.get(&d.name),
        token: &token,
        adopt: None,
        lineage: &ctx.lineage,
    };
    match provider.create(req).await {
        Ok(created) => {
            // Same provider, same handle: the node was reinstalled where it was (an SSH host
            // and prefix), so there is no old one left to remove.
            let in_place = old.provider == d.provider
                && old.provider_id.as_deref() == Some(created.provider_id.as_str());
            ctx.commit(|s| {
                if let Some(r) = s.nodes.get_mut(&d.name) {
                    record_created(r, created);
                }
            })
            .await?;
            if in_place {
                ctx.commit(|s| s.deposed.retain(|r| r != &old)).await?;
                return Ok(());
            }
        }
        Err(e) if e.partial.is_some() => {
            // Something of the new node exists: keep it recorded (failed) beside the old
            // one, which stays deposed and running until a later apply finishes the job.
            return match record_create_result(ctx, &d.name, Err(e)).await {
                Err(StepError::Provider(msg, kind)) => Err(StepError::Provider(
                    format!(
                        "{msg} (the old node stays recorded as deposed until an apply completes the replace)"
                    ),
                    kind,
                )),
                other => other,
            };
        }
        Err(e) => {
            let old2 = old.clone();
            ctx.commit(move |s| {
                s.deposed.retain(|r| r != &old2);
                s.nodes.insert(old2.name.clone(), old2);
            })
            .await?;
            return Err(StepError::Provider(
                format!("{e} (the old node was kept)"),
                e.kind,
            ));
        }
    }
    // The old node stays deposed (and running) until the outputs point away from it.
    ctx.retired.lock().await.push((c.address.clone(), old));
    Ok(())
}

/// Deletes the old nodes of this apply's replaces, after the outputs were written. A failure
/// leaves the old node recorded as deposed, for the next apply to remove.
async fn retire_phase(ctx: &Arc<Ctx>, parallelism: usize) {
    let retired = std::mem::take(&mut *ctx.retired.lock().await);
    let sem = Semaphore::new(parallelism.max(1));
    let steps = retired.into_iter().map(|(address, old)| {
        let sem = &sem;
        async move {
            let _permit = sem.acquire().await;
            if ctx.stopped() {
                return;
            }
            let result = retire(ctx, &old).await;
            if let Err(e) = result {
                let (error, kind) = match e {
                    StepError::Provider(msg, kind) => (msg, kind),
                    StepError::State(e) => {
                        let msg = e.to_string();
                        ctx.fatal.lock().await.get_or_insert(e);
                        (msg, None)
                    }
                };
                ctx.fail_as(address, Action::Replace, error, kind).await;
            }
        }
    });
    futures_util::future::join_all(steps).await;
}

async fn retire(ctx: &Ctx, old: &NodeRecord) -> Result<(), StepError> {
    let Some(old_provider) = ctx.providers.get(&old.provider).cloned() else {
        return Err(StepError::msg(format!(
            "the new node is up, but the old one cannot be removed: provider {} is not in the stack; it stays recorded as deposed",
            old.provider
        )));
    };
    old_provider.delete(old).await.map_err(|e| {
        StepError::Provider(
            format!("the new node is up, but removing the old one failed: {e}"),
            e.kind,
        )
    })?;
    ctx.commit(|s| s.deposed.retain(|r| r != old)).await?;
    Ok(())
}

async fn delete(ctx: &Ctx, c: &Change) -> Result<(), StepError> {
    if let Some(orphan) = &c.orphan {
        // Not in state: nothing to record, only to remove.
        let provider = ctx
            .providers
            .get(&orphan.provider)
            .cloned()
            .ok_or_else(|| {
                StepError::msg(format!("provider {} is not in the stack", orphan.provider))
            })?;
        return provider
            .delete(&NodeRecord::for_discovered(orphan))
            .await
            .map_err(StepError::from);
    }
    let rec = {
        let st = ctx.state.lock().await;
        if c.deposed {
            st.deposed.iter().find(|r| r.name == c.name).cloned()
        } else {
            st.nodes.get(&c.name).cloned()
        }
    };
    let Some(rec) = rec else {
        return Ok(());
    };
    if c.deposed {
        // An old node at the very place the current one now lives (an SSH host and prefix
        // reinstalled by an interrupted replace) is the current node: forget it, delete nothing.
        let same_place = ctx
            .state
            .lock()
            .await
            .nodes
            .get(&rec.name)
            .is_some_and(|n| {
                n.provider == rec.provider
                    && n.provider_id.is_some()
                    && n.provider_id == rec.provider_id
            });
        if same_place {
            let rec2 = rec.clone();
            ctx.commit(move |s| s.deposed.retain(|r| r != &rec2))
                .await?;
            return Ok(());
        }
    }
    let Some(provider) = ctx.providers.get(&rec.provider).cloned() else {
        return Err(StepError::msg(format!(
            "node {}: cannot delete it, its provider {} is not in the stack; add the provider back to remove the node",
            rec.name, rec.provider
        )));
    };
    provider.delete(&rec).await.map_err(StepError::from)?;
    let deposed = c.deposed;
    ctx.commit(move |s| {
        if deposed {
            s.deposed.retain(|r| r != &rec);
        } else {
            s.nodes.remove(&rec.name);
            // A drain outlives a replacement, not the node: a new node of the name starts
            // undrained.
            s.drains.remove(&rec.name);
            // And so does a canary's place in its traffic steps: a new node starts at the first.
            s.cohorts.remove(&format!("node.{}", rec.name));
        }
    })
    .await?;
    Ok(())
}
