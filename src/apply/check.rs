//! What apply checks before it acts: a saved plan against the stack, the state and the
//! providers (so a hand-edited plan is applied exactly as written or refused, never a crash),
//! and the lookup of the record or desired node each change needs.

use super::*;

/// The node a create, update or replace makes, and its provider. [`check_plan`] made sure both
/// exist; this only keeps a step from trusting that.
pub(super) fn target<'a>(
    ctx: &Ctx,
    c: &'a Change,
) -> Result<(&'a DesiredNode, Arc<dyn crate::provider::Provider>), StepError> {
    let d = c
        .desired
        .as_ref()
        .ok_or_else(|| StepError::msg(format!("{}: the plan gives no desired node", c.address)))?;
    let p = ctx.providers.get(&d.provider).cloned().ok_or_else(|| {
        StepError::msg(format!(
            "{}: provider {} is not in the stack",
            c.address, d.provider
        ))
    })?;
    Ok((d, p))
}

/// Refuses a plan that cannot have come from this stack and state: whatever a saved plan's
/// bytes (a hand edit with a recomputed checksum), apply either does exactly what it says or
/// stops here, before anything is touched.
pub(super) fn check_plan(
    plan: &Plan,
    stack: &Stack,
    state: Option<&State>,
    providers: &Providers,
) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for c in &plan.changes {
        let what = &c.address;
        if !seen.insert((c.address.as_str(), c.deposed)) {
            return Err(format!("{what} appears twice in the plan"));
        }
        let recorded = state.and_then(|s| s.nodes.get(&c.name));
        match c.action {
            Action::NoOp => {}
            Action::Create | Action::Update | Action::Replace => {
                let Some(d) = &c.desired else {
                    return Err(format!(
                        "{what}: a {:?} without the node it makes",
                        c.action
                    ));
                };
                if d.name != c.name || c.address != format!("node.{}", c.name) {
                    return Err(format!(
                        "{what}: the change names node \"{}\" but makes node \"{}\"",
                        c.name, d.name
                    ));
                }
                if d.provider != c.provider {
                    return Err(format!(
                        "{what}: the change names provider {} but its node provider {}",
                        c.provider, d.provider
                    ));
                }
                let Some(cfg) = stack.providers.get(&d.provider) else {
                    return Err(format!(
                        "{what}: provider {} is not in the stack",
                        d.provider
                    ));
                };
                if cfg.kind != d.provider_kind || !providers.contains_key(&d.provider) {
                    return Err(format!(
                        "{what}: provider {} is a {} provider, not {}",
                        d.provider, cfg.kind, d.provider_kind
                    ));
                }
                let in_stack = stack.nodes.contains_key(&d.name)
                    || d.pool.as_ref().is_some_and(|p| stack.pools.contains_key(p));
                if !in_stack {
                    return Err(format!("{what}: node {} is not in the stack", d.name));
                }
                if c.action == Action::Update && recorded.is_none() {
                    return Err(format!(
                        "{what}: an update of a node the state does not hold"
                    ));
                }
            }
            Action::Delete => {
                if let Some(o) = &c.orphan {
                    if !providers.contains_key(&o.provider) {
                        return Err(format!(
                            "{what}: provider {} is not in the stack",
                            o.provider
                        ));
                    }
                } else if c.address != format!("node.{}", c.name) {
                    return Err(format!("{what}: the change names node \"{}\"", c.name));
                }
            }
        }
    }
    Ok(())
}
