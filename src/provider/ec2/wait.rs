//! Waiting for launched instances to run. Creates that wait at the same time share their
//! polls: one `DescribeInstances` (by instance-id filter, 200 ids a call) for every instance
//! still pending, instead of one call per instance per round.

use super::*;

/// The last poll of waiting instances: when it started and what it saw.
#[derive(Default)]
pub(super) struct Poll {
    started: Option<Instant>,
    seen: BTreeMap<String, Instance>,
}

/// EC2 takes at most this many values in one filter.
const FILTER_VALUES_MAX: usize = 200;

impl Ec2Provider {
    /// The instance as the latest poll of every waiting instance saw it. Creates waiting at
    /// the same time share polls: whoever finds no poll started after it registered polls
    /// for all that are waiting (one `DescribeInstances` per 200), the others read its answer.
    async fn describe_waiting(&self, id: &str) -> Result<Option<Instance>, AskError> {
        let asked = Instant::now();
        self.waiting
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(id.to_string());
        let mut poll = self.poll.lock().await;
        if poll.started.is_none_or(|t| t < asked) {
            let started = Instant::now();
            let ids: Vec<String> = self
                .waiting
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .iter()
                .cloned()
                .collect();
            let mut seen = BTreeMap::new();
            // By filter, not by id: an id EC2 does not show yet fails a by-id call for all.
            for chunk in ids.chunks(FILTER_VALUES_MAX) {
                let f = Filter::builder()
                    .name("instance-id")
                    .set_values(Some(chunk.to_vec()))
                    .build();
                // Every state: one terminated while starting must be seen to be reported.
                for i in self.describe_in(vec![f], false).await? {
                    if let Some(id) = i.instance_id() {
                        seen.insert(id.to_string(), i.clone());
                    }
                }
            }
            *poll = Poll {
                started: Some(started),
                seen,
            };
        }
        Ok(poll.seen.get(id).cloned())
    }

    /// Polls until the instance runs; a terminated instance (capacity taken back, a bad
    /// volume) is an error.
    pub(super) async fn wait_running(
        &self,
        n: &DesiredNode,
        mut i: Instance,
    ) -> Result<Instance, ProviderError> {
        let id = i.instance_id().unwrap_or_default().to_string();
        // However this ends, the instance leaves the shared poll.
        struct Leave<'a>(&'a Ec2Provider, &'a str);
        impl Drop for Leave<'_> {
            fn drop(&mut self) {
                self.0
                    .waiting
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .remove(self.1);
            }
        }
        let _leave = Leave(self, &id);
        let until = Instant::now() + self.running_timeout;
        // Often running already (or within a second); real launches take tens of seconds,
        // where the backoff soon reaches its 5 s step.
        let mut delay = Duration::from_millis(100);
        loop {
            match state_of(&i) {
                InstanceStateName::Running => return Ok(i),
                InstanceStateName::Terminated | InstanceStateName::ShuttingDown => {
                    let why = i
                        .state_reason()
                        .and_then(|r| r.message())
                        .unwrap_or("no reason given");
                    return Err(ProviderError::new(
                        &n.name,
                        format!("instance {id} was terminated while starting: {why}"),
                    ));
                }
                InstanceStateName::Stopped | InstanceStateName::Stopping => {
                    return Err(ProviderError::new(
                        &n.name,
                        format!("instance {id} stopped while starting"),
                    ))
                }
                _ => {}
            }
            if Instant::now() >= until {
                return Err(ProviderError::new(
                    &n.name,
                    format!(
                        "instance {id} is not running after {}",
                        humantime::format_duration(self.running_timeout)
                    ),
                )
                .with_partial(
                    self.created(&i, n.port.unwrap_or(crate::stack::DEFAULT_LAVALINK_PORT)),
                ));
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(5));
            match self.describe_waiting(&id).await {
                Ok(Some(next)) => i = next,
                // Eventual consistency: a new id may not be visible yet.
                Ok(None) => {}
                Err(e) => tracing::warn!(node = %n.name, "{e}"),
            }
        }
    }
}
