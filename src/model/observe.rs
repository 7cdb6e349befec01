//! What a refresh saw: one observation per recorded node, and things carrying the stack's
//! marks that state does not know.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

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

/// Something a provider found carrying this stack's marks that no record owns: a crash after
/// launch, state rolled back, a record removed by hand. The plan adopts it for the node it was
/// made for or deletes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discovered {
    /// The node it was made for (its `lavastack:node` mark).
    pub node: String,
    /// `type.name` of the provider that found it.
    pub provider: String,
    /// The provider's handle (an EC2 instance id).
    pub provider_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The create token it carries, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Provider-private facts needed to delete it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub private: BTreeMap<String, Json>,
    /// Which state made it, where the provider marks that.
    #[serde(default, skip_serializing_if = "Owner::is_unmarked")]
    pub owner: Owner,
}

/// Which state a discovered thing belongs to. Only what this state's lineage made is adopted
/// or deleted; another state's (a copy of the stack, a second checkout) is never touched.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Owner {
    /// The provider keeps no lineage mark (local processes under the stack's own directory):
    /// judged by its other marks.
    #[default]
    Unmarked,
    /// Marked with this state lineage.
    Lineage(String),
    /// The provider marks lineage, but this one has none (made before lineage marks): left
    /// alone until `lavastack import` adopts it.
    Missing,
}

impl Owner {
    pub fn is_unmarked(&self) -> bool {
        *self == Owner::Unmarked
    }
}

/// Everything one refresh saw.
#[derive(Debug, Clone, Default)]
pub struct Live {
    /// By recorded node name.
    pub nodes: BTreeMap<String, Observed>,
    /// Sorted by node, then provider id.
    pub unknown: Vec<Discovered>,
    /// API requests the refresh made, by provider (providers that count them).
    pub api_calls: BTreeMap<String, u64>,
}
