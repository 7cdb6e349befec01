//! Providers: the things that make nodes exist (static addresses, local processes, EC2
//! instances, SSH hosts), and [`refresh`], which asks them what really runs.
//!
//! Owns: the [`Provider`] trait, its implementations, refresh. May import: model, stack, state,
//! health, render (providers install rendered files). The planner never calls a provider; it
//! reads the kind facts in `crate::model::ProviderKind` and the observations a refresh
//! produced. Apply calls `create` / `update` / `delete` with the whole desired node, so apply
//! has nothing left to decide.

pub mod ec2;
pub mod local;
pub mod ssh;
pub mod static_;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value as Json;

use crate::model::{DesiredNode, Discovered, Live, Observed, ProviderKind};
use crate::stack::{ProviderConfig, Secret, Stack};
use crate::state::{NodeRecord, State};

/// What a provider saw in one refresh.
#[derive(Debug, Default)]
pub struct Refreshed {
    /// One observation per record asked about, in the same order.
    pub observed: Vec<Observed>,
    /// Things carrying this stack's marks that no record owns (a crash after launch, state
    /// rolled back, a record removed by hand).
    pub unknown: Vec<Discovered>,
}

/// Why a provider could not be asked at all (credentials, endpoint), with the kind where the
/// provider could tell, so `plan` exits with the code of the kind (README "Exit codes").
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct AskError {
    pub message: String,
    pub kind: Option<crate::model::ErrorKind>,
}

impl AskError {
    pub fn new(message: impl Into<String>, kind: Option<crate::model::ErrorKind>) -> Self {
        AskError {
            message: message.into(),
            kind,
        }
    }

    /// The same failure, met while changing `node`.
    pub fn for_node(self, node: &str) -> ProviderError {
        ProviderError::new(node, self.message).with_kind_of(self.kind)
    }
}

/// Signals a failure drill sends to a node's process group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrillSignal {
    /// SIGKILL: the node dies at once; restored by applying again.
    Kill,
    /// SIGSTOP: TCP is still accepted, nothing answers.
    Stop,
    /// SIGCONT: undoes Stop.
    Cont,
}

impl DrillSignal {
    pub fn name(self) -> &'static str {
        match self {
            DrillSignal::Kill => "KILL",
            DrillSignal::Stop => "STOP",
            DrillSignal::Cont => "CONT",
        }
    }
}

/// What a successful create or update left behind, recorded in state.
#[derive(Debug, Clone, Default)]
pub struct Created {
    pub provider_id: String,
    pub address: String,
    pub port: u16,
    pub private: BTreeMap<String, Json>,
}

#[derive(Debug, thiserror::Error)]
#[error("node {node}: {message}")]
pub struct ProviderError {
    pub node: String,
    pub message: String,
    /// What exists despite the failure (an instance launched that never became healthy), so
    /// apply records it instead of forgetting it.
    pub partial: Option<Box<Created>>,
    /// What kind of failure it is, where the provider could tell (apply's exit code and JSON
    /// events carry it).
    pub kind: Option<crate::model::ErrorKind>,
}

impl ProviderError {
    pub fn new(node: &str, message: impl Into<String>) -> Self {
        ProviderError {
            node: node.to_string(),
            message: message.into(),
            partial: None,
            kind: None,
        }
    }

    pub fn with_kind(mut self, kind: crate::model::ErrorKind) -> Self {
        self.kind = Some(kind);
        self
    }

    pub fn with_kind_of(mut self, kind: Option<crate::model::ErrorKind>) -> Self {
        self.kind = kind;
        self
    }

    pub fn with_partial(mut self, partial: Created) -> Self {
        self.partial = Some(Box::new(partial));
        self
    }
}

/// Everything a provider needs to create or update one node.
pub struct NodeRequest<'a> {
    pub node: &'a DesiredNode,
    /// The Lavalink password for this node, if the stack sets one.
    pub password: Option<&'a Secret>,
    /// The create's idempotency token (see [`NodeRecord::token`]).
    pub token: &'a str,
    /// What the plan decided to adopt (an instance id), when the create resumes or adopts.
    pub adopt: Option<&'a str>,
    /// The state's lineage, for providers that mark what they make with it.
    pub lineage: &'a str,
}

#[async_trait::async_trait]
pub trait Provider: Send + Sync {
    fn address(&self) -> &str;
    async fn refresh(&self, rec: &NodeRecord) -> Observed;
    /// Refreshes many records at once. The default asks about each record in turn (up to
    /// `parallelism` at a time); providers with a list API override it to ask once. An `Err`
    /// means the provider could not be asked at all (credentials, endpoint).
    async fn refresh_all(
        &self,
        recs: &[NodeRecord],
        parallelism: usize,
    ) -> Result<Refreshed, AskError> {
        Ok(Refreshed {
            observed: refresh_each(self, recs, parallelism).await,
            unknown: Vec::new(),
        })
    }
    /// Sends a signal to a node's processes, for failure drills. Providers that cannot (or
    /// whose nodes are not processes we may break on purpose) refuse.
    async fn signal(&self, rec: &NodeRecord, signal: DrillSignal) -> Result<(), ProviderError> {
        let _ = signal;
        Err(ProviderError::new(
            &rec.name,
            format!("drills are not supported on {} nodes", self.address()),
        ))
    }
    /// API requests made so far (for providers that call a metered API), for benchmarks
    /// and the refresh log line.
    /// The files this provider installs for `n` as a host would get them, rendered, without
    /// any secret (no password file, no private key): `lavastack render` writes them for review
    /// and the tests hand them to the tools that read them (systemd-analyze, cloud-init).
    /// `None` for providers that install nothing of lavastack's.
    fn installed_files(&self, _n: &DesiredNode) -> Option<Result<Vec<(String, String)>, String>> {
        None
    }

    fn api_calls(&self) -> Option<u64> {
        None
    }
    async fn create(&self, req: NodeRequest<'_>) -> Result<Created, ProviderError>;
    /// In-place change of attributes that do not force a replacement.
    async fn update(
        &self,
        rec: &NodeRecord,
        req: NodeRequest<'_>,
    ) -> Result<Created, ProviderError>;
    async fn delete(&self, rec: &NodeRecord) -> Result<(), ProviderError>;

    /// Once an apply's steps are done and none failed: `remaining` of the state's records
    /// (nodes and deposed) are this provider's. What the provider keeps for its nodes as a
    /// whole (the aws provider's managed security group) goes when none remain. `Some` says
    /// what was done.
    async fn after_apply(&self, remaining: usize) -> Result<Option<String>, ProviderError> {
        let _ = remaining;
        Ok(None)
    }

    /// Takes something that exists (an EC2 instance id) as node `req.node`, marking it as this
    /// state's, and returns what a create would have. `take_over` allows taking it from
    /// another state's lineage (that state is gone). Providers without a handle to import by
    /// say so.
    async fn import(
        &self,
        req: NodeRequest<'_>,
        id: &str,
        take_over: bool,
    ) -> Result<Created, ProviderError> {
        let _ = (id, take_over);
        Err(ProviderError::new(
            &req.node.name,
            format!(
                "provider {} cannot import: it has nothing to import by (apply creates its nodes)",
                self.address()
            ),
        ))
    }
}

/// Asks about each record in turn, up to `parallelism` at a time, in the records' order.
pub async fn refresh_each<P: Provider + ?Sized>(
    p: &P,
    recs: &[NodeRecord],
    parallelism: usize,
) -> Vec<Observed> {
    let sem = tokio::sync::Semaphore::new(parallelism.max(1));
    let futs = recs.iter().map(|r| {
        let sem = &sem;
        async move {
            let _permit = sem.acquire().await;
            p.refresh(r).await
        }
    });
    futures_util::future::join_all(futs).await
}

/// Waits until the Lavalink at `host:port` answers REST and WebSocket probes with the node's
/// password; the error says why it did not (not listening, wrong password, hung).
pub(crate) async fn await_healthy(
    host: &str,
    port: u16,
    password: Option<&Secret>,
    tls: Option<&crate::model::NodeTls>,
    timeout: std::time::Duration,
) -> Result<(), crate::health::NotHealthy> {
    let target = crate::health::Target {
        host: host.to_string(),
        port,
        password: password.map(|p| p.expose().to_string()),
        transport: crate::health::Transport::for_node(tls),
    };
    crate::health::wait_healthy(&target, timeout, || Ok(()))
        .await
        .map(|_| ())
}

pub type Providers = BTreeMap<String, Arc<dyn Provider>>;

#[derive(Debug, thiserror::Error)]
#[error("refreshing provider {provider} failed: {message}")]
pub struct RefreshError {
    pub provider: String,
    pub message: String,
    /// Unreachable, auth, ...: where the provider could tell.
    pub kind: Option<crate::model::ErrorKind>,
}

/// Asks each provider about its recorded nodes (and the old nodes an interrupted replace left),
/// all providers at once. Nodes whose provider left the stack are reported unreachable (they
/// can still be deleted from state, but nothing can be asked about them).
pub async fn refresh(
    state: &State,
    providers: &Providers,
    parallelism: usize,
) -> Result<Live, RefreshError> {
    let mut by_provider: BTreeMap<String, Vec<(bool, NodeRecord)>> = BTreeMap::new();
    let mut live = Live::default();
    for rec in state.nodes.values() {
        if providers.contains_key(&rec.provider) {
            by_provider
                .entry(rec.provider.clone())
                .or_default()
                .push((true, rec.clone()));
        } else {
            live.nodes.insert(
                rec.name.clone(),
                Observed::Unreachable {
                    reason: format!("its provider {} is no longer in the stack", rec.provider),
                },
            );
        }
    }
    for rec in &state.deposed {
        if providers.contains_key(&rec.provider) {
            by_provider
                .entry(rec.provider.clone())
                .or_default()
                .push((false, rec.clone()));
        }
    }
    // Providers with nothing recorded are asked too: they may hold things state lost.
    for addr in providers.keys() {
        by_provider.entry(addr.clone()).or_default();
    }
    let mut tasks = tokio::task::JoinSet::new();
    let mut task_provider = BTreeMap::new();
    for (addr, recs) in by_provider {
        let Some(p) = providers.get(&addr).cloned() else {
            continue;
        };
        let task_addr = addr.clone();
        let handle = tasks.spawn(async move {
            let only: Vec<NodeRecord> = recs.iter().map(|(_, r)| r.clone()).collect();
            let r = p.refresh_all(&only, parallelism).await;
            (task_addr, recs, r, p.api_calls())
        });
        task_provider.insert(handle.id(), addr);
    }
    let mut first_err = None;
    while let Some(r) = tasks.join_next_with_id().await {
        let (addr, recs, r, calls) = match r {
            Ok((_, done)) => done,
            Err(e) => {
                // A provider whose refresh panicked saw nothing we may plan on.
                let provider = task_provider.get(&e.id()).cloned().unwrap_or_default();
                first_err.get_or_insert(RefreshError {
                    provider,
                    message: crate::task::failure(e),
                    kind: None,
                });
                continue;
            }
        };
        if let Some(c) = calls {
            live.api_calls.insert(addr.clone(), c);
        }
        match r {
            Ok(refreshed) if refreshed.observed.len() != recs.len() => {
                first_err.get_or_insert(RefreshError {
                    message: format!(
                        "it answered for {} of the {} records asked about",
                        refreshed.observed.len(),
                        recs.len()
                    ),
                    provider: addr,
                    kind: Some(crate::model::ErrorKind::Protocol),
                });
            }
            Ok(refreshed) => {
                for ((is_node, rec), obs) in recs.into_iter().zip(refreshed.observed) {
                    if is_node {
                        live.nodes.insert(rec.name, obs);
                    }
                }
                live.unknown.extend(refreshed.unknown);
            }
            Err(e) => {
                first_err.get_or_insert(RefreshError {
                    provider: addr,
                    message: e.message,
                    kind: e.kind,
                });
            }
        }
    }
    if let Some(e) = first_err {
        return Err(e);
    }
    live.unknown
        .sort_by(|a, b| (&a.node, &a.provider_id).cmp(&(&b.node, &b.provider_id)));
    Ok(live)
}

#[derive(Debug, thiserror::Error)]
#[error("provider {address}: {message}")]
pub struct BuildError {
    pub address: String,
    pub message: String,
}

pub fn build_all(stack: &Stack) -> Result<Providers, BuildError> {
    let mut out: Providers = BTreeMap::new();
    for (addr, cfg) in &stack.providers {
        out.insert(addr.clone(), build(cfg, stack)?);
    }
    Ok(out)
}

fn build(cfg: &ProviderConfig, stack: &Stack) -> Result<Arc<dyn Provider>, BuildError> {
    match cfg.kind {
        ProviderKind::Static => Ok(Arc::new(static_::StaticProvider::new(cfg))),
        ProviderKind::Local => Ok(Arc::new(local::LocalProvider::new(cfg, stack)?)),
        ProviderKind::Aws => Ok(Arc::new(ec2::Ec2Provider::new(cfg, stack)?)),
        ProviderKind::Ssh => ssh::SshProvider::build(cfg, stack),
    }
}
