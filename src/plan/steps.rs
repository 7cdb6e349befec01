//! The planner's steps, in the order [`super::plan`] takes them: sort what refresh found into
//! adoptions and orphans, decide each desired node's change, delete what is no longer wanted,
//! narrow to `--target`, and warn about regions losing redundancy.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Owner;

use super::*;

/// Unknown things found by refresh: one made for a desired node without a record is adopted by
/// that node's create (the first such per node); every other one is an orphan to delete. Only
/// this state's: what another lineage made, or what carries no lineage where the provider
/// marks it, is left alone with a warning (`lavastack import` adopts the latter).
pub(super) fn sort_discovered<'a>(
    live: &'a Live,
    desired: &BTreeMap<String, DesiredNode>,
    recorded: &BTreeMap<String, NodeRecord>,
    lineage: Option<&str>,
    warnings: &mut Vec<String>,
) -> (BTreeMap<&'a str, &'a Discovered>, Vec<&'a Discovered>) {
    let mut adopt: BTreeMap<&str, &Discovered> = BTreeMap::new();
    let mut orphans = Vec::new();
    let mut foreign = 0usize;
    for u in &live.unknown {
        match &u.owner {
            Owner::Unmarked => {}
            Owner::Lineage(l) if Some(l.as_str()) == lineage => {}
            Owner::Lineage(_) => {
                foreign += 1;
                continue;
            }
            Owner::Missing => {
                warnings.push(format!(
                    "{} ({}, node {}) carries this stack's tags but no state lineage (made before lineage tags): left alone; `lavastack import {} {}` adopts it",
                    u.provider_id, u.provider, u.node, u.node, u.provider_id
                ));
                continue;
            }
        }
        let claimable = desired
            .get(&u.node)
            .is_some_and(|d| d.provider == u.provider && !recorded.contains_key(&u.node))
            && u.token.is_some()
            && !adopt.contains_key(u.node.as_str());
        if claimable {
            adopt.insert(u.node.as_str(), u);
        } else {
            orphans.push(u);
        }
    }
    if foreign > 0 {
        warnings.push(format!(
            "{foreign} instance(s) with this stack's name belong to another state (another lineage): left alone"
        ));
    }
    (adopt, orphans)
}

/// A desired node state does not know: created, adopting what refresh found for it.
pub(super) fn create(name: &str, want: &DesiredNode, found: Option<&Discovered>) -> Change {
    Change {
        address: format!("node.{name}"),
        name: name.to_string(),
        provider: want.provider.clone(),
        action: Action::Create,
        reason: found.map(|u| {
            format!(
                "{} carries this stack's tags but is not in state: it is adopted",
                u.provider_id
            )
        }),
        before: None,
        after: Some(want.attributes()),
        changed: vec![],
        replace_because: vec![],
        desired: Some(want.clone()),
        deposed: false,
        token: found.and_then(|u| u.token.clone()),
        adopt: found.map(|u| u.provider_id.clone()),
        orphan: None,
    }
}

/// A desired node state records: no-op, update, replace, or a resumed or repeated create,
/// from its attribute diff, its recorded status and what refresh observed.
pub(super) fn change(
    name: &str,
    want: &DesiredNode,
    rec: &NodeRecord,
    obs: Option<&Observed>,
    opts: &PlanOptions,
) -> Change {
    let after = want.attributes();
    let before = rec.attributes.clone();
    let changed: Vec<String> = after
        .keys()
        .chain(before.keys())
        .filter(|k| after.get(*k) != before.get(*k))
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    // Moving to another provider replaces the node whatever its kind says.
    let kind: Option<ProviderKind> = (rec.provider == want.provider).then_some(want.provider_kind);
    let forces: &[&str] = match kind {
        Some(k) => k.replace_attributes(),
        None => &["provider", "region", "zone"],
    };
    let replace_because: Vec<String> = changed
        .iter()
        .filter(|k| forces.contains(&k.as_str()))
        .cloned()
        .collect();
    // A create is resumed (same token) unless what it made is known to be gone: a token
    // whose instance was terminated must not be reused (EC2 would answer with the dead one).
    let made_and_gone = rec.provider_id.is_some() && matches!(obs, Some(Observed::Gone { .. }));
    let resumable = rec.status != NodeStatus::Ready
        && kind.is_some_and(ProviderKind::resumes_creates)
        && replace_because.is_empty()
        && !made_and_gone
        && !opts.replace.contains(name);
    let mut token = None;
    let mut adopt = None;
    let (action, reason) = match obs {
        _ if resumable => {
            token = rec.token.clone();
            if let Some(Observed::Found { provider_id }) = obs {
                adopt = Some(provider_id.clone());
            }
            let why = match obs {
                Some(Observed::Found { provider_id }) => format!(
                    "its last create did not finish; {provider_id}, which it started, is adopted"
                ),
                _ => format!(
                    "its last create did not finish (status {}); it is resumed",
                    rec.status
                ),
            };
            (Action::Create, Some(why))
        }
        Some(Observed::Gone { reason }) => (Action::Create, Some(format!("it is gone: {reason}"))),
        _ if opts.replace.contains(name) => (
            Action::Replace,
            Some("replacement was requested".to_string()),
        ),
        _ if rec.status != NodeStatus::Ready => (
            Action::Replace,
            Some(format!(
                "its last apply did not finish (status {})",
                rec.status
            )),
        ),
        _ if !replace_because.is_empty() => (
            Action::Replace,
            Some(format!(
                "{} cannot change in place",
                replace_because.join(", ")
            )),
        ),
        _ if !changed.is_empty() => (Action::Update, None),
        Some(Observed::Drifted { reason }) => (
            Action::Update,
            Some(format!("it drifted from what was applied: {reason}")),
        ),
        _ => (Action::NoOp, None),
    };
    Change {
        address: format!("node.{name}"),
        name: name.to_string(),
        provider: want.provider.clone(),
        action,
        reason,
        before: Some(before),
        after: Some(after),
        changed,
        replace_because,
        desired: Some(want.clone()),
        deposed: false,
        token,
        adopt,
        orphan: None,
    }
}

/// Something carrying this stack's marks that no record owns: deleted by its id.
pub(super) fn orphan_delete(u: &Discovered) -> Change {
    let id = &u.provider_id;
    Change {
        address: format!("orphan.{id}"),
        name: u.node.clone(),
        provider: u.provider.clone(),
        action: Action::Delete,
        reason: Some(format!(
            "{id} carries this stack's marks (node {}) but no node in state owns it",
            u.node
        )),
        before: Some(BTreeMap::new()),
        after: None,
        changed: vec![],
        replace_because: vec![],
        desired: None,
        deposed: false,
        token: None,
        adopt: None,
        orphan: Some(u.clone()),
    }
}

/// Recorded nodes the stack no longer wants, and old nodes left by an interrupted replace.
pub(super) fn removals(
    desired: &BTreeMap<String, DesiredNode>,
    recorded: &BTreeMap<String, NodeRecord>,
    state: Option<&State>,
    opts: &PlanOptions,
) -> Vec<Change> {
    let reason = if opts.destroy {
        "destroy was requested"
    } else {
        "it is no longer in the stack"
    };
    let gone = recorded
        .iter()
        .filter(|(name, _)| !desired.contains_key(*name))
        .map(|(_, rec)| delete_change(rec, reason.to_string(), false));
    let deposed = state.into_iter().flat_map(|s| &s.deposed).map(|rec| {
        delete_change(
            rec,
            "old node left over from an interrupted replace".into(),
            true,
        )
    });
    gone.chain(deposed).collect()
}

/// `--target`: untargeted nodes keep what state says, and their changes wait for a later plan.
pub(super) fn restrict_to_target(
    changes: &mut Vec<Change>,
    target: &BTreeSet<String>,
    warnings: &mut Vec<String>,
) {
    for c in changes.iter_mut().filter(|c| !target.contains(&c.name)) {
        if c.action != Action::NoOp {
            warnings.push(format!(
                "{} has changes that --target leaves for later",
                c.address
            ));
        }
        match c.before.clone() {
            Some(before) => {
                c.action = Action::NoOp;
                c.reason = None;
                c.after = Some(before);
                c.changed.clear();
                c.replace_because.clear();
            }
            None => c.action = Action::NoOp,
        }
    }
    changes.retain(|c| c.action != Action::NoOp || c.before.is_some());
}

/// A region that loses its redundancy deserves a reviewer's attention.
pub(super) fn redundancy_warnings(
    stack: &Stack,
    recorded: &BTreeMap<String, NodeRecord>,
    desired: &BTreeMap<String, DesiredNode>,
) -> Vec<String> {
    let mut out = Vec::new();
    for region in stack.regions.keys() {
        let was = recorded.values().filter(|r| &r.region == region).count();
        let will = desired.values().filter(|d| &d.region == region).count();
        if was > will && will <= 1 {
            out.push(if will == 0 {
                format!("region {region} would be left with no nodes (it has {was})")
            } else {
                format!("region {region} would be left with a single node (it has {was}): one failure empties it")
            });
        }
    }
    out
}
