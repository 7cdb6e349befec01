//! Rendered files as plan resources: which outputs would be written, changed or removed, with
//! a unified diff of each (secrets redacted). Pure, given a way to read the current files.
//! The planner carries the resulting [`ArtifactChange`]s; apply writes them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::Digest;

use crate::model::{Action, DesiredNode};
use crate::render::{self, RenderError, Rendered, Renderer};
use crate::stack::{Redactor, Stack};
use crate::state::State;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArtifactChange {
    /// `output.<name>` or `output.<name>[<node>]`.
    pub address: String,
    pub output: String,
    pub path: PathBuf,
    pub action: Action,
    pub reason: Option<String>,
    /// Unified diff from the file on disk to the planned content, secrets redacted. Values a
    /// provider only knows after apply (a new local node's port) read "(known after apply)".
    pub diff: String,
    pub on_change: Option<String>,
    /// HAProxy runtime API commands apply will send instead of running `on_change`, when the
    /// output has a `runtime_socket` and only weights or maintenance change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<Vec<String>>,
}

pub fn sha256(text: &str) -> String {
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

pub fn unified_diff(path: &Path, old: &str, new: &str, redactor: &Redactor) -> String {
    let old = redactor.redact(old);
    let new = redactor.redact(new);
    let d = similar::TextDiff::from_lines(&old, &new);
    // "a/" + an absolute path would read "a//tmp/..."; git writes "a/tmp/...".
    let shown = path.display().to_string();
    let shown = shown.trim_start_matches('/');
    d.unified_diff()
        .context_radius(3)
        .header(&format!("a/{shown}"), &format!("b/{shown}"))
        .to_string()
}

/// Which outputs the stack renders: its output blocks (none means none).
pub fn outputs(stack: &Stack) -> Vec<crate::stack::OutputConfig> {
    stack.outputs.values().cloned().collect()
}

/// Renders every output for the desired nodes (addresses from state where known).
pub fn render(
    stack: &Stack,
    renderer: &Renderer,
    desired: &BTreeMap<String, DesiredNode>,
    state: Option<&State>,
) -> Result<Vec<Rendered>, RenderError> {
    let views = render::node_views(stack, desired, state);
    renderer.render_all(stack, &outputs(stack), &views, &stack.dir)
}

/// Renders every output as the plan would leave the cluster. A node about to be created or
/// replaced gets its address from the provider: the recorded one is the old node's, so outputs
/// read "(known after apply)" there (unless the stack fixes host and port), or plan would call
/// them unchanged.
///
/// `after` are the nodes the plan leaves (`Plan::desired_after`), `made_anew` the names it
/// creates or replaces.
pub fn render_planned(
    stack: &Stack,
    renderer: &Renderer,
    after: &BTreeMap<String, DesiredNode>,
    made_anew: &std::collections::BTreeSet<String>,
    state: Option<&State>,
) -> Result<Vec<Rendered>, RenderError> {
    let mut before_apply = state.cloned();
    if let Some(st) = before_apply.as_mut() {
        for name in made_anew {
            if let Some(r) = st.nodes.get_mut(name) {
                r.address = None;
                r.port = None;
            }
        }
    }
    render(stack, renderer, after, before_apply.as_ref())
}

pub fn plan(
    stack: &Stack,
    rendered: &[Rendered],
    state: Option<&State>,
    destroy: bool,
    read: &dyn Fn(&Path) -> Option<String>,
) -> Vec<ArtifactChange> {
    let mut out = Vec::new();
    let recorded = state.map(|s| &s.artifacts);
    if !destroy {
        for r in rendered {
            let current = read(&r.path);
            let rec = recorded.and_then(|m| m.get(&r.address));
            let (action, reason) = match &current {
                None => (Action::Create, None),
                Some(c) if *c != r.content => {
                    let outside = rec.is_some_and(|rec| rec.sha256 != sha256(c));
                    (
                        Action::Update,
                        outside.then(|| "the file was changed outside lavastack".to_string()),
                    )
                }
                Some(_) if rec.is_some_and(|x| x.on_change_pending) => (
                    Action::Update,
                    Some("its on_change command failed last time and runs again".into()),
                ),
                Some(_) => (Action::NoOp, None),
            };
            let runtime = match (&r.runtime_socket, current.as_deref()) {
                (Some(_), Some(old)) if action == Action::Update && reason.is_none() => {
                    render::haproxy::runtime_commands(old, &r.content).filter(|c| !c.is_empty())
                }
                _ => None,
            };
            out.push(ArtifactChange {
                address: r.address.clone(),
                output: r.output.clone(),
                path: r.path.clone(),
                action,
                reason,
                runtime,
                diff: unified_diff(
                    &r.path,
                    current.as_deref().unwrap_or(""),
                    &r.content,
                    &stack.redactor,
                ),
                on_change: r.on_change.clone(),
            });
        }
    }
    for (addr, rec) in recorded.into_iter().flatten() {
        if rendered.iter().any(|r| &r.address == addr) && !destroy {
            continue;
        }
        let current = read(&rec.path).unwrap_or_default();
        out.push(ArtifactChange {
            address: addr.clone(),
            output: addr.clone(),
            path: rec.path.clone(),
            action: Action::Delete,
            reason: Some(if destroy {
                "destroy was requested".into()
            } else {
                "its output is no longer in the stack".into()
            }),
            diff: unified_diff(&rec.path, &current, "", &stack.redactor),
            on_change: None,
            runtime: None,
        });
    }
    out.sort_by(|a, b| a.address.cmp(&b.address));
    out
}
