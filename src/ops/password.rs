//! `lavastack rotate password`: the stack's Lavalink password moves to a new value with no
//! node ever refusing a client that asks the router for its credential.
//!
//! Three phases, each one recorded in state so a crash anywhere resumes:
//! 1. **stage**: the new value goes where the stack's `secret()` source keeps its next version
//!    (`file:P` at `P.pending`, `aws_sm:` at `AWSPENDING`; `crate::credentials`) and a
//!    [`PasswordRotation`] naming it, with the new value's fingerprint, goes into state.
//! 2. **roll**: the rollout machinery replaces nodes a batch at a time (drain, players leave,
//!    replace, undrain, routed again). Each step applies a view of the stack in which every
//!    node already moved (its record's fingerprint is the new one) and the batch take the new
//!    password and the rest keep the old, so HAProxy's per-node checks and the router's probes
//!    always use what each node runs with. Bots ask the router (`GET /v1/credentials`).
//! 3. **promote**: the staged value becomes the current one (one rename; a stage move), the
//!    rotation leaves state, and every node is probed with both values: the old one must be
//!    refused, the new one accepted.

use std::collections::BTreeSet;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use super::rollout::{self, LiveCluster};
use super::{OpsError, PlanRequest, Session};
use crate::credentials::{self, CredentialError};
use crate::stack::{Secret, Stack};
use crate::state::PasswordRotation;

/// A generated password: 32 random bytes, URL-safe base64 (43 characters).
fn generate() -> Result<Secret, OpsError> {
    use base64::Engine;
    let mut b = [0u8; 32];
    getrandom::getrandom(&mut b)
        .map_err(|e| OpsError::Refused(format!("the system's random source failed: {e}")))?;
    Ok(Secret::new(
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b),
    ))
}

#[derive(Debug, Clone)]
pub struct Request {
    /// The new value; `None` generates one (or, resuming, takes the staged one).
    pub new_value: Option<Secret>,
    /// Resume a rotation whose recorded runner cannot be told dead (another host).
    pub take_over: bool,
    pub batch: usize,
    pub drain_timeout: Duration,
    pub lock_timeout: Duration,
    pub parallelism: usize,
}

/// What happened, in order, for the CLI to print.
#[derive(Debug, Clone)]
pub enum Event {
    Staged { pending: String },
    Resumed { moved: usize, left: usize },
    Rollout(rollout::Event),
    Promoted { source: String },
    Checked(NodeCheck),
}

/// A node probed after the promotion.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NodeCheck {
    pub node: String,
    pub old_refused: bool,
    pub new_accepted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    pub rotation: String,
    pub resumed: bool,
    /// Nodes replaced by this run.
    pub rolled: usize,
    /// Nodes with a password of their own, which this rotation leaves alone.
    pub own_password: Vec<String>,
    pub checks: Vec<NodeCheck>,
}

impl Report {
    /// Every node refuses the old password and takes the new one.
    pub fn complete(&self) -> bool {
        self.checks.iter().all(|c| c.old_refused && c.new_accepted)
    }
}

fn cred(e: CredentialError) -> OpsError {
    OpsError::Refused(e.to_string())
}

/// Phase 1 under the lock: starts a rotation or finds the one under way. Returns it, the old
/// and new values, and whether it resumed.
/// Refuses before the session is opened (which would make the lock and the fingerprint key)
/// when there is no state at all: a refused rotation leaves nothing behind.
async fn require_state(stack: &Stack, none: &str) -> Result<(), OpsError> {
    match crate::state::open(stack).await.load().await? {
        Some(_) => Ok(()),
        None => Err(OpsError::Refused(none.into())),
    }
}

const NO_NODES: &str = "the state records no nodes yet: nothing to rotate (apply first)";

async fn stage_or_resume(
    stack: &Stack,
    req: &Request,
) -> Result<(PasswordRotation, Secret, Secret, bool, Vec<String>), OpsError> {
    require_state(stack, NO_NODES).await?;
    let mut s = Session::open(stack.clone(), "rotate password", req.lock_timeout).await?;
    let result = async {
        let key = s.key.clone();
        let Some(state) = s.state.as_mut().filter(|st| !st.nodes.is_empty()) else {
            return Err(OpsError::Refused(NO_NODES.into()));
        };
        let Some(old) = stack.password.clone() else {
            return Err(OpsError::Refused(
                "the stack sets no password (stack \"NAME\" { password = secret(\"file:...\") })"
                    .into(),
            ));
        };
        let own: Vec<String> = state
            .nodes
            .keys()
            .filter(|n| stack.nodes.get(*n).is_some_and(|s| s.password.is_some()))
            .cloned()
            .collect();
        if let Some(r) = state.rotation.clone() {
            // One run at a time: a second would walk the same nodes beside the first.
            if let Some(run) = r.runner.as_ref().filter(|run| !run.is_me()) {
                match run.alive_here() {
                    Some(true) => {
                        return Err(OpsError::Refused(format!(
                            "another `lavastack rotate password` (pid {}) is running this rotation: wait for it to end",
                            run.pid
                        )))
                    }
                    Some(false) => {}
                    None if req.take_over => {}
                    None => {
                        return Err(OpsError::Refused(format!(
                            "this rotation is being run by {} (pid {}): wait for it, or if that run is gone, run again with --take-over",
                            run.who, run.pid
                        )))
                    }
                }
            }
            if let Some(v) = &req.new_value {
                if v.fingerprint(&key) != r.new_fingerprint {
                    return Err(OpsError::Refused(format!(
                        "a rotation to another value is under way (started {}): run `lavastack rotate password` without a new value to finish it first",
                        r.started
                    )));
                }
            }
            // A crash after the promotion but before state was saved: the current value is
            // the new one already.
            let new = match credentials::read(&r.pending).await {
                Ok(v) => v,
                Err(_) if old.fingerprint(&key) == r.new_fingerprint => old.clone(),
                Err(e) => return Err(cred(e)),
            };
            if new.fingerprint(&key) != r.new_fingerprint {
                return Err(OpsError::Refused(format!(
                    "the staged value at {} is not the one this rotation started with (it was changed by hand); restore it or remove the rotation from state",
                    r.pending
                )));
            }
            let mut r = r;
            r.runner = Some(crate::state::Runner::me());
            state.rotation = Some(r.clone());
            state.serial += 1;
            s.backend.save(state).await?;
            return Ok((r, old, new, true, own));
        }
        let source = stack
            .password_source
            .clone()
            .ok_or_else(|| cred(CredentialError::NoSource))?;
        let pending = credentials::staged_location(&source).map_err(cred)?;
        let new = match &req.new_value {
            Some(v) => v.clone(),
            None => generate()?,
        };
        credentials::check_value(&new).map_err(OpsError::Refused)?;
        if new.expose() == old.expose() {
            return Err(OpsError::Refused(
                "the new password is the current one".into(),
            ));
        }
        // A static node runs a password someone else set: lavastack cannot move it, and the
        // router would probe it with the new one after the promotion.
        let fixed: Vec<String> = state
            .nodes
            .values()
            .filter(|r| !own.contains(&r.name))
            .filter(|r| {
                stack.providers.get(&r.provider).is_some_and(|p| {
                    p.kind == crate::model::ProviderKind::Static
                })
            })
            .map(|r| r.name.clone())
            .collect();
        if !fixed.is_empty() {
            return Err(OpsError::Refused(format!(
                "{} run on static providers, whose password lavastack cannot change: give them password = ... of their own (and change it on those hosts yourself), then rotate",
                fixed.join(", ")
            )));
        }
        if !carrying(state, &new.fingerprint(&key)).is_empty() {
            return Err(OpsError::Refused(
                "a node already runs with the new password outside a rotation".into(),
            ));
        }
        let id = uuid::Uuid::new_v4().to_string();
        credentials::stage(&pending, &new, &id).await.map_err(cred)?;
        let r = PasswordRotation {
            id,
            source,
            pending,
            new_fingerprint: new.fingerprint(&key),
            started: humantime::format_rfc3339_seconds(std::time::SystemTime::now())
                .to_string(),
            runner: Some(crate::state::Runner::me()),
        };
        state.rotation = Some(r.clone());
        state.serial += 1;
        if let Err(e) = s.backend.save(state).await {
            state.rotation = None;
            state.serial -= 1;
            return Err(e.into());
        }
        Ok((r, old, new, false, own))
    }
    .await;
    s.close().await;
    result
}

/// The stack as one step of the roll applies it: nodes that moved and `batch` take the new
/// password, the others keep the old; nodes with their own password are untouched.
fn step_stack(stack: &Stack, old: &Secret, new: &Secret, moved: &BTreeSet<String>) -> Stack {
    let mut s = stack.clone();
    s.redactor.add(new);
    s.password = Some(new.clone());
    for (name, n) in s.nodes.iter_mut() {
        if stack.nodes.get(name).is_some_and(|o| o.password.is_some()) {
            continue;
        }
        n.password = Some(if moved.contains(name) {
            new.clone()
        } else {
            old.clone()
        });
    }
    s
}

/// The recorded nodes whose password fingerprint is `fingerprint`.
fn carrying(st: &crate::state::State, fingerprint: &str) -> BTreeSet<String> {
    st.nodes
        .values()
        .filter(|r| r.attributes.get("password").and_then(|v| v.as_str()) == Some(fingerprint))
        .map(|r| r.name.clone())
        .collect()
}

/// Which recorded nodes run with the new password now.
async fn moved_nodes(stack: &Stack, fingerprint: &str) -> Result<BTreeSet<String>, OpsError> {
    let st = crate::state::open(stack).await.load().await?;
    Ok(st.map(|s| carrying(&s, fingerprint)).unwrap_or_default())
}

/// Abandons a rotation no node has moved in yet: the staged value is dropped and the rotation
/// leaves state. Once a node runs with the new value the rotation can only be finished.
pub async fn abort(stack: Stack, lock_timeout: Duration) -> Result<String, OpsError> {
    require_state(&stack, "no password rotation is under way").await?;
    let mut s = Session::open(stack, "rotate password --abort", lock_timeout).await?;
    let result = async {
        let Some(st) = s.state.as_mut() else {
            return Err(OpsError::Refused("no password rotation is under way".into()));
        };
        let Some(r) = st.rotation.clone() else {
            return Err(OpsError::Refused("no password rotation is under way".into()));
        };
        let moved = carrying(st, &r.new_fingerprint);
        if !moved.is_empty() {
            return Err(OpsError::Refused(format!(
                "{} already run with the new password: the rotation can only be finished (`lavastack rotate password`)",
                moved.into_iter().collect::<Vec<_>>().join(", ")
            )));
        }
        credentials::discard(&r).await.map_err(cred)?;
        st.rotation = None;
        st.serial += 1;
        s.backend.save(st).await?;
        Ok(r.pending)
    }
    .await;
    s.close().await;
    result
}

/// Runs (or resumes) a rotation to its end. A run that stops short gives the rotation up as
/// its runner, so the next run resumes it at once.
pub async fn password(
    stack: Stack,
    req: &Request,
    apply_events: crate::apply::EventSink,
    cancel: tokio::sync::watch::Receiver<bool>,
    interrupted: Arc<AtomicBool>,
    events: &dyn Fn(Event),
) -> Result<Report, OpsError> {
    let (rotation, old, new, resumed, own) = stage_or_resume(&stack, req).await?;
    let result = walk(
        &stack,
        req,
        apply_events,
        cancel,
        interrupted,
        events,
        (rotation, old, new, resumed, own),
    )
    .await;
    if result.is_err() {
        release(&stack, req.lock_timeout).await;
    }
    result
}

/// Clears this process as the rotation's runner (best effort: a run that cannot is resumed
/// later as a dead runner's).
async fn release(stack: &Stack, lock_timeout: Duration) {
    let Ok(mut s) = Session::open(stack.clone(), "rotate password", lock_timeout).await else {
        return;
    };
    if let Some(st) = s.state.as_mut() {
        if let Some(r) = st
            .rotation
            .as_mut()
            .filter(|r| r.runner.as_ref().is_some_and(|x| x.is_me()))
        {
            r.runner = None;
            st.serial += 1;
            if let Err(e) = s.backend.save(st).await {
                tracing::warn!("giving the rotation up as its runner: {e}");
            }
        }
    }
    s.close().await;
}

#[allow(clippy::type_complexity)]
async fn walk(
    stack: &Stack,
    req: &Request,
    apply_events: crate::apply::EventSink,
    cancel: tokio::sync::watch::Receiver<bool>,
    interrupted: Arc<AtomicBool>,
    events: &dyn Fn(Event),
    (rotation, old, new, resumed, own): (PasswordRotation, Secret, Secret, bool, Vec<String>),
) -> Result<Report, OpsError> {
    let stack = stack.clone();
    // Phase 2: nodes still on the old value, in batches, in name order.
    let st = crate::state::open(&stack).await.load().await?;
    let moved = st
        .as_ref()
        .map(|s| carrying(s, &rotation.new_fingerprint))
        .unwrap_or_default();
    let todo: Vec<String> = st
        .iter()
        .flat_map(|s| s.nodes.keys())
        .filter(|n| !moved.contains(*n) && !own.contains(n))
        .cloned()
        .collect();
    if resumed {
        events(Event::Resumed {
            moved: moved.len(),
            left: todo.len(),
        });
    } else {
        events(Event::Staged {
            pending: rotation.pending.clone(),
        });
    }
    let sel = rollout::Selection {
        batches: todo
            .chunks(req.batch.max(1))
            .map(<[String]>::to_vec)
            .collect(),
        upgrade: false,
        narrowed_to: None,
    };
    let rolled = if sel.batches.is_empty() {
        0
    } else {
        let fingerprint = rotation.new_fingerprint.clone();
        let (base, old2, new2, lock_timeout, parallelism) = (
            stack.clone(),
            old.clone(),
            new.clone(),
            req.lock_timeout,
            req.parallelism,
        );
        let cluster = LiveCluster {
            stack: stack.clone(),
            replace: Box::new(move |nodes: Vec<String>| {
                let (base, old, new, fingerprint) = (
                    base.clone(),
                    old2.clone(),
                    new2.clone(),
                    fingerprint.clone(),
                );
                let (apply_events, cancel) = (apply_events.clone(), cancel.clone());
                Box::pin(async move {
                    let mut moved = moved_nodes(&base, &fingerprint)
                        .await
                        .map_err(|e| e.to_string())?;
                    moved.extend(nodes.iter().cloned());
                    let step = step_stack(&base, &old, &new, &moved);
                    let plan = PlanRequest {
                        refresh: true,
                        parallelism,
                        target: Some(nodes.iter().cloned().collect()),
                        ..PlanRequest::default()
                    };
                    let r = super::converge(
                        step,
                        "rotate password",
                        lock_timeout,
                        &plan,
                        apply_events,
                        cancel,
                    )
                    .await
                    .map_err(|e| e.to_string())?;
                    if r.interrupted {
                        return Err("interrupted".into());
                    }
                    match r.failed.first() {
                        Some(f) => Err(format!("{}: {}", f.address, f.error)),
                        None => Ok(()),
                    }
                })
            }),
            interrupted,
        };
        rollout::run(&sel, &cluster, req.drain_timeout, &|e| {
            events(Event::Rollout(e))
        })
        .await
        .map_err(|e| {
            OpsError::Refused(format!(
                "{e}; run `lavastack rotate password` again to resume"
            ))
        })?
    };

    // Every node must have moved before the old value goes.
    let moved = moved_nodes(&stack, &rotation.new_fingerprint).await?;
    let left: Vec<&String> = todo.iter().filter(|n| !moved.contains(*n)).collect();
    if !left.is_empty() {
        return Err(OpsError::Refused(format!(
            "{} still run with the old password; run `lavastack rotate password` again to resume",
            left.iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }

    // Phase 3: promote, then forget the rotation. An old instance a replacement left behind
    // (deposed) still answers the old password: it goes first.
    let mut s = Session::open(stack.clone(), "rotate password", req.lock_timeout).await?;
    let result = async {
        if let Some(d) = s.state.as_ref().map(|st| &st.deposed).filter(|d| !d.is_empty()) {
            let names: Vec<&str> = d.iter().map(|r| r.name.as_str()).collect();
            return Err(OpsError::Refused(format!(
                "replaced instances of {} are still running with the old password (deposed): run `lavastack apply` to remove them, then `lavastack rotate password` to finish",
                names.join(", ")
            )));
        }
        credentials::promote(&rotation).await.map_err(cred)?;
        if let Some(st) = s.state.as_mut() {
            if st.rotation.as_ref().is_some_and(|r| r.id == rotation.id) {
                st.rotation = None;
                st.serial += 1;
                s.backend.save(st).await?;
            }
        }
        Ok::<_, OpsError>(())
    }
    .await;
    s.close().await;
    result?;
    events(Event::Promoted {
        source: rotation.source.clone(),
    });

    // Proof: the old value is refused everywhere, the new one taken.
    let st = crate::state::open(&stack).await.load().await?;
    let mut checks = Vec::new();
    for rec in st.iter().flat_map(|s| s.nodes.values()) {
        if own.contains(&rec.name) {
            continue;
        }
        let (Some(host), Some(port)) = (rec.address.clone(), rec.port) else {
            continue;
        };
        let target = |pw: &Secret| crate::health::Target {
            host: host.clone(),
            port,
            password: Some(pw.expose().to_string()),
            transport: crate::health::Transport::for_node(
                crate::model::NodeTls::from_attributes(&rec.attributes).as_ref(),
            ),
        };
        let with_old = crate::health::probe_rest(&target(&old), Duration::from_secs(5)).await;
        let with_new = crate::health::probe_rest(&target(&new), Duration::from_secs(5)).await;
        let c = NodeCheck {
            node: rec.name.clone(),
            old_refused: with_old.error_kind == Some(crate::model::ErrorKind::Auth),
            new_accepted: with_new.healthy,
            error: with_new.error.clone(),
        };
        events(Event::Checked(c.clone()));
        checks.push(c);
    }
    Ok(Report {
        rotation: rotation.id,
        resumed,
        rolled,
        own_password: own,
        checks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_gives_moved_nodes_the_new_value_and_keeps_own_passwords() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("s.hcl");
        std::fs::write(
            &f,
            r#"stack "s" { password = "old-password" }
provider "static" "x" {}
region "r" { provider = "static.x" }
node "a" {
  region = "r"
  host   = "127.0.0.1"
}
node "b" {
  region = "r"
  host   = "127.0.0.2"
}
node "c" {
  region   = "r"
  host     = "127.0.0.3"
  password = "its-own-password"
}
"#,
        )
        .unwrap();
        let stack = crate::stack::load(&f, &Default::default()).unwrap();
        let (old, new) = (Secret::new("old-password"), Secret::new("new-password"));
        let step = step_stack(&stack, &old, &new, &["a".to_string()].into());
        assert_eq!(step.password_for("a").unwrap().expose(), "new-password");
        assert_eq!(step.password_for("b").unwrap().expose(), "old-password");
        assert_eq!(step.password_for("c").unwrap().expose(), "its-own-password");
    }
}
