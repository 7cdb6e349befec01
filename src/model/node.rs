//! The desired node: what the stack wants of one node, fully resolved, and the attributes
//! recorded in state and compared between runs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use sha2::Digest;

use super::ProviderKind;

/// A node as the stack wants it, fully resolved (pool expanded, zone and defaults chosen).
/// Holds no secrets: only their fingerprints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DesiredNode {
    pub name: String,
    pub provider: String,
    pub provider_kind: ProviderKind,
    pub region: String,
    pub zone: String,
    pub pool: Option<String>,
    pub weight: u32,
    pub priority: u32,
    pub maintenance: bool,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub command: Option<String>,
    pub lavalink_version: String,
    pub tags: BTreeMap<String, String>,
    /// Fingerprint of the node's Lavalink password, if it has one.
    pub password: Option<String>,
    /// Stable small number for per-node endpoints (HAProxy frontend port = base + 1 + slot);
    /// kept for the node's life, freed when it is deleted.
    pub slot: u32,
    /// Provider-specific settings resolved from node, pool and provider (EC2 AMI and instance
    /// type, SSH port and install prefix); compared like any other attribute.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub settings: BTreeMap<String, String>,
}

impl DesiredNode {
    /// The attributes recorded in state and compared between runs. Absent values are left
    /// out, so adding an optional attribute to the model changes no existing node's hash.
    pub fn attributes(&self) -> BTreeMap<String, Json> {
        let mut m = BTreeMap::new();
        let mut put = |k: &str, v: Option<Json>| {
            if let Some(v) = v {
                m.insert(k.to_string(), v);
            }
        };
        let s = |v: &Option<String>| v.clone().map(Json::from);
        put("provider", Some(Json::from(self.provider.clone())));
        put("region", Some(Json::from(self.region.clone())));
        put("zone", Some(Json::from(self.zone.clone())));
        put("pool", s(&self.pool));
        put("weight", Some(Json::from(self.weight)));
        put("priority", Some(Json::from(self.priority)));
        put("maintenance", Some(Json::from(self.maintenance)));
        put("host", s(&self.host));
        put("port", self.port.map(Json::from));
        put("command", s(&self.command));
        put(
            "lavalink_version",
            Some(Json::from(self.lavalink_version.clone())),
        );
        if !self.tags.is_empty() {
            let tags = self
                .tags
                .iter()
                .map(|(k, v)| (k.clone(), Json::from(v.clone())))
                .collect();
            put("tags", Some(Json::Object(tags)));
        }
        put("password", s(&self.password));
        put("slot", Some(Json::from(self.slot)));
        for (k, v) in &self.settings {
            put(k, Some(Json::from(v.clone())));
        }
        m
    }
}

/// A short hash of a node's attributes, recorded beside them in state.
pub fn attributes_hash(attrs: &BTreeMap<String, Json>) -> String {
    // A Value's Display is its compact JSON and cannot fail; keys come out sorted because
    // they are inserted from a BTreeMap.
    let text = Json::Object(attrs.clone().into_iter().collect()).to_string();
    hex::encode(&sha2::Sha256::digest(text.as_bytes())[..12])
}

/// Attributes that are ours to decide the secret-ness of: they are shown as "(sensitive)".
pub const SENSITIVE_ATTRIBUTES: &[&str] = &["password"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_the_one_serde_json_bytes_give() {
        // State written by earlier builds hashed serde_json::to_vec of the map: keep it so.
        let mut a = BTreeMap::new();
        a.insert("weight".to_string(), Json::from(3));
        a.insert("tags".to_string(), serde_json::json!({"b": "2", "a": "1"}));
        a.insert("host".to_string(), Json::from("h\"ost"));
        let old = hex::encode(&sha2::Sha256::digest(serde_json::to_vec(&a).unwrap())[..12]);
        assert_eq!(attributes_hash(&a), old);
    }
}
