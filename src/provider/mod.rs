//! Providers: the things that make nodes exist (static addresses, local processes, later EC2
//! and SSH hosts).
//!
//! The planner never calls a provider; it only reads [`replace_attributes`] and the
//! observations a refresh produced. Apply calls `create` / `update` / `delete`. Every call gets
//! the whole desired node, so apply has nothing left to decide.

pub mod ec2;
pub mod local;
pub mod ssh;
pub mod static_;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::plan::DesiredNode;
use crate::stack::{ProviderConfig, Secret, Stack};
use crate::state::NodeRecord;

/// What a refresh saw of one recorded node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Observed {
    /// It exists and answers.
    Running,
    /// It exists (or may) but does not answer; planning leaves it alone and warns.
    Unreachable { reason: String },
    /// It is gone (process died, instance terminated); planning recreates it.
    Gone { reason: String },
    /// It runs, but not what was applied (a file changed on the host); planning updates it.
    Drifted { reason: String },
    /// A create that did not finish left this behind (found by the create's token); the
    /// resumed create adopts it.
    Found { provider_id: String },
}

/// What a provider saw in one refresh.
#[derive(Debug, Default)]
pub struct Refreshed {
    /// One observation per record asked about, in the same order.
    pub observed: Vec<Observed>,
    /// Things carrying this stack's marks that no record owns (a crash after launch, state
    /// rolled back, a record removed by hand). Synthesised records: `name` is the node they
    /// were made for, `token` the create token they carry.
    pub unknown: Vec<NodeRecord>,
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
}

impl ProviderError {
    pub fn new(node: &str, message: impl Into<String>) -> Self {
        ProviderError {
            node: node.to_string(),
            message: message.into(),
            partial: None,
        }
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
    ) -> Result<Refreshed, String> {
        let sem = tokio::sync::Semaphore::new(parallelism.max(1));
        let mut futs = Vec::with_capacity(recs.len());
        for r in recs {
            let sem = &sem;
            futs.push(Box::pin(async move {
                let _permit = sem.acquire().await;
                self.refresh(r).await
            }));
        }
        let observed = futures_util::future::join_all(futs).await;
        Ok(Refreshed {
            observed,
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
}

/// Waits until the Lavalink at `host:port` answers REST and WebSocket probes with the node's
/// password; the error says why it did not (not listening, wrong password, hung).
pub(crate) async fn await_healthy(
    host: &str,
    port: u16,
    password: Option<&Secret>,
    timeout: std::time::Duration,
) -> Result<(), String> {
    let target = crate::health::Target {
        host: host.to_string(),
        port,
        password: password.map(|p| p.expose().to_string()),
    };
    crate::health::wait_healthy(&target, timeout, || Ok(()))
        .await
        .map(|_| ())
}

/// Attributes whose change means a new node (create-before-destroy) instead of an update.
/// The planner uses this table without building providers, so planning stays pure.
pub fn replace_attributes(kind: &str) -> &'static [&'static str] {
    match kind {
        // A static node is only an address; pointing at another address is another node.
        "static" => &["provider", "region", "host", "port"],
        "local" => &[
            "provider",
            "region",
            "zone",
            "port",
            "command",
            "lavalink_version",
            "password",
        ],
        // User data runs once, at first boot: what it installs cannot change in place.
        "aws" => &[
            "provider",
            "region",
            "zone",
            "ami",
            "instance_type",
            "subnet_id",
            "key_name",
            "iam_instance_profile",
            "security_group_ids",
            "password_parameter",
            "jar_url",
            "jar_sha256",
            "port",
            "lavalink_version",
            "password",
        ],
        // Everything on a host can be reinstalled in place; another host is another node.
        "ssh" => &["provider", "region", "host", "ssh_port", "prefix"],
        _ => &["provider", "region", "zone"],
    }
}

/// A node's provider-specific settings, from the node (or pool) first, then the provider.
/// They become plan attributes, so a changed AMI or prefix shows in the plan.
pub fn node_settings(
    cfg: Option<&ProviderConfig>,
    instance_type: Option<&str>,
    ssh_port: Option<u16>,
    prefix: Option<&str>,
) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let Some(cfg) = cfg else { return m };
    match cfg.kind.as_str() {
        "aws" => {
            if let Some(a) = cfg.str_attr("ami") {
                m.insert("ami".into(), a.to_string());
            }
            if let Some(t) = instance_type.or(cfg.str_attr("instance_type")) {
                m.insert("instance_type".into(), t.to_string());
            }
            // Everything the launch request or the user data is made of, so a change shows.
            for k in [
                "subnet_id",
                "key_name",
                "iam_instance_profile",
                "password_parameter",
                "jar_url",
                "jar_sha256",
            ] {
                if let Some(v) = cfg.str_attr(k) {
                    m.insert(k.into(), v.to_string());
                }
            }
            let sgs = cfg.list_attr("security_group_ids");
            if !sgs.is_empty() {
                m.insert("security_group_ids".into(), sgs.join(","));
            }
        }
        "ssh" => {
            let port = ssh_port
                .map(i64::from)
                .or(cfg.int_attr("port"))
                .unwrap_or(22);
            m.insert("ssh_port".into(), port.to_string());
            // "/opt//lavalink/" and "/opt/lavalink" are one directory: compare them as one.
            let p = prefix
                .or(cfg.str_attr("prefix"))
                .unwrap_or(ssh::DEFAULT_PREFIX);
            let normal: std::path::PathBuf = std::path::Path::new(p).components().collect();
            m.insert("prefix".into(), normal.to_string_lossy().into_owned());
            m.insert(
                "runtime".into(),
                cfg.str_attr("runtime").unwrap_or("systemd").to_string(),
            );
            for k in ["bind", "command"] {
                if let Some(v) = cfg.str_attr(k) {
                    m.insert(format!("provider_{k}"), v.to_string());
                }
            }
            // For `jar` the loader put the file's hash here; for `jar_url` the user did.
            if let Some(sha) = cfg.str_attr("jar_sha256") {
                m.insert("jar_sha256".into(), sha.to_lowercase());
            }
        }
        _ => {}
    }
    m
}

/// A node's tags: the provider's (`aws` has `tags`) under the node's own.
pub fn node_tags(
    cfg: Option<&ProviderConfig>,
    own: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut t = cfg.map(|c| c.map_attr("tags")).unwrap_or_default();
    t.extend(own.clone());
    t
}

/// Whether a create that did not finish (status creating or failed) is resumed with its
/// recorded token rather than replaced. True where a create can find what an earlier
/// attempt made: EC2 by the token tag, SSH because a host's install is idempotent.
pub fn resumes_creates(kind: &str) -> bool {
    matches!(kind, "aws" | "ssh")
}

/// The port a node listens on when the stack does not say; `None` means the provider picks
/// one at create time.
pub fn default_port(kind: &str) -> Option<u16> {
    match kind {
        "static" | "aws" | "ssh" => Some(crate::stack::DEFAULT_LAVALINK_PORT),
        _ => None,
    }
}

pub type Providers = BTreeMap<String, Arc<dyn Provider>>;

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
    match cfg.kind.as_str() {
        "static" => Ok(Arc::new(static_::StaticProvider::new(cfg))),
        "local" => Ok(Arc::new(local::LocalProvider::new(cfg, stack)?)),
        "aws" => Ok(Arc::new(ec2::Ec2Provider::new(cfg, stack)?)),
        "ssh" => ssh::SshProvider::build(cfg, stack),
        other => Err(BuildError {
            address: cfg.address.clone(),
            message: format!("provider type \"{other}\" is not available in this build"),
        }),
    }
}
