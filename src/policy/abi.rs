//! ABI v1: the JSON a policy reads and writes. The same types are in `policies/sdk` for guests;
//! docs/policies.md has the schema.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

pub const ABI_VERSION: i32 = 1;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cpu {
    pub system_load: f64,
    pub lavalink_load: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Frames {
    pub sent: i64,
    pub nulled: i64,
    pub deficit: i64,
}

/// One node as a selection policy sees it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NodeInfo {
    pub name: String,
    pub region: String,
    pub zone: String,
    pub weight: u32,
    pub priority: u32,
    pub healthy: bool,
    pub draining: bool,
    pub players: u64,
    pub playing_players: u64,
    pub cpu: Cpu,
    pub memory_used: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<Frames>,
    pub latency_ms: f64,
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SelectInput {
    pub abi: i32,
    pub guild_id: String,
    /// The guild's voice region, when the bot knows it.
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice_endpoint: Option<String>,
    #[serde(default)]
    pub config: Json,
    pub nodes: Vec<NodeInfo>,
}

/// First is the choice, the rest the failover order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ranking {
    pub ranking: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegionInfo {
    pub name: String,
    pub zones: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub name: String,
    pub region: String,
    pub zone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceInput {
    pub abi: i32,
    pub pool: String,
    pub count: u32,
    pub regions: Vec<RegionInfo>,
    /// Current members and where they are; kept unless the policy moves them.
    pub existing: Vec<Placement>,
    #[serde(default)]
    pub config: Json,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placements {
    pub placements: Vec<Placement>,
}
