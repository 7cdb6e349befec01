//! `lavastack import NODE ID`: records something that exists (an EC2 instance) as a desired
//! node the state does not know, as Terraform's import does. The way to adopt instances made
//! before lineage tags, or to recover a lost state (`--take-over`), since refresh adopts only
//! its own lineage's instances.

use super::{OpsError, Session};

/// Imports `id` as `node`; the record is written at once (serial bumped).
pub async fn import(
    s: &mut Session,
    node: &str,
    id: &str,
    take_over: bool,
) -> Result<(), OpsError> {
    let fail = |m: String| OpsError::Refused(m);
    let mut state = s
        .state
        .take()
        .unwrap_or_else(|| crate::state::State::new(&s.stack.name));
    let result = async {
        if state.nodes.contains_key(node) {
            return Err(fail(format!(
                "node {node} is in the state already; `lavastack state show {node}` shows what it records"
            )));
        }
        let desired = crate::plan::desired_nodes(
            &s.stack,
            Some(&state),
            s.policies.placement.as_ref(),
            &s.key,
        )?;
        let d = desired.get(node).ok_or_else(|| {
            fail(format!(
                "the stack has no node {node}: add its block first (import records a node the stack wants)"
            ))
        })?;
        let provider = s
            .providers
            .get(&d.provider)
            .ok_or_else(|| fail(format!("provider {} is not configured", d.provider)))?
            .clone();
        let token = crate::apply::new_token();
        let password = s.stack.password_for(node).cloned();
        let req = crate::provider::NodeRequest {
            node: d,
            password: password.as_ref(),
            token: &token,
            adopt: None,
            lineage: &state.lineage,
        };
        let created = provider
            .import(req, id, take_over)
            .await
            .map_err(|e| fail(e.to_string()))?;
        let mut rec = crate::apply::new_record(d, token);
        crate::apply::record_created(&mut rec, created);
        state.nodes.insert(node.to_string(), rec);
        state.serial += 1;
        s.backend.save(&state).await?;
        Ok(())
    }
    .await;
    s.state = Some(state);
    result
}
