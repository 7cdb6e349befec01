//! `lavastack import`: an existing instance taken as a node of this state, tagged as a create
//! would have tagged it (its lineage included).

use super::*;

impl Ec2Provider {
    pub(super) async fn import_instance(
        &self,
        req: NodeRequest<'_>,
        id: &str,
        take_over: bool,
    ) -> Result<Created, ProviderError> {
        let n = req.node;
        let err = |m: String| ProviderError::new(&n.name, m);
        let i = self
            .describe_one(id)
            .await
            .map_err(|e| e.for_node(&n.name))?
            .ok_or_else(|| err(format!("instance {id} does not exist in {}", self.region)))?;
        match state_of(&i) {
            InstanceStateName::Terminated | InstanceStateName::ShuttingDown => {
                return Err(err(format!("instance {id} is {}", state_of(&i).as_str())))
            }
            _ => {}
        }
        if let Some(s) = tag(&i, TAG_STACK).filter(|s| *s != self.stack.name) {
            return Err(err(format!(
                "instance {id} belongs to stack {s}, not {}",
                self.stack.name
            )));
        }
        match tag(&i, TAG_LINEAGE) {
            Some(l) if l == req.lineage => {}
            Some(l) if !take_over => {
                return Err(err(format!(
                    "instance {id} belongs to another state (lineage {l}); if that state is gone for good, pass --take-over"
                )))
            }
            _ => {}
        }
        // Marked as a create would have marked it: from now on refresh finds it by id, tags
        // and lineage like any instance this state launched.
        self.client()
            .await
            .create_tags()
            .resources(id)
            .set_tags(Some(self.tags_for(n, req.token, req.lineage)))
            .send()
            .await
            .map_err(|e| aws_failure(&n.name, "CreateTags", &e))?;
        Ok(self.created(&i, n.port.unwrap_or(crate::stack::DEFAULT_LAVALINK_PORT)))
    }
}
