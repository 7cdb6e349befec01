//! Providers: the things that make nodes exist (static addresses, local processes, later EC2
//! and SSH hosts).
//!
//! The planner never calls a provider; it only reads [`replace_attributes`] and the
//! observations a refresh produced. Apply calls `create` / `update` / `delete`. Every call gets
//! the whole desired node, so apply has nothing left to decide.

pub mod local;
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
}

impl ProviderError {
    pub fn new(node: &str, message: impl Into<String>) -> Self {
        ProviderError {
            node: node.to_string(),
            message: message.into(),
        }
    }
}

/// Everything a provider needs to create or update one node.
pub struct NodeRequest<'a> {
    pub node: &'a DesiredNode,
    /// The Lavalink password for this node, if the stack sets one.
    pub password: Option<&'a Secret>,
}

#[async_trait::async_trait]
pub trait Provider: Send + Sync {
    fn address(&self) -> &str;
    async fn refresh(&self, rec: &NodeRecord) -> Observed;
    async fn create(&self, req: NodeRequest<'_>) -> Result<Created, ProviderError>;
    /// In-place change of attributes that do not force a replacement.
    async fn update(
        &self,
        rec: &NodeRecord,
        req: NodeRequest<'_>,
    ) -> Result<Created, ProviderError>;
    async fn delete(&self, rec: &NodeRecord) -> Result<(), ProviderError>;
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
        _ => &["provider", "region", "zone"],
    }
}

/// The port a node listens on when the stack does not say; `None` means the provider picks
/// one at create time.
pub fn default_port(kind: &str) -> Option<u16> {
    match kind {
        "static" => Some(crate::stack::DEFAULT_LAVALINK_PORT),
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
        other => Err(BuildError {
            address: cfg.address.clone(),
            message: format!("provider type \"{other}\" is not available in this build"),
        }),
    }
}
