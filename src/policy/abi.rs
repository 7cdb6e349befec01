//! ABI v1: the JSON a policy reads and writes. The same types are in `policies/sdk` for guests;
//! docs/policies.md has the schema.

use std::collections::BTreeMap;

use lavastack_policy_sdk::write_json_string;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

pub const ABI_VERSION: i32 = 1;

fn abi_v1() -> i32 {
    ABI_VERSION
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cpu {
    pub system_load: f64,
    pub lavalink_load: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Frames {
    pub sent: i64,
    pub nulled: i64,
    pub deficit: i64,
}

/// One node as a selection policy sees it. Read from JSON (a `policy test` case), every field
/// but `name` may be left out and takes its zero value (`healthy: false`, `weight: 0`), the
/// same rule as the SDK's reader: a node left half-described is never a usable one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NodeInfo {
    pub name: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub zone: String,
    #[serde(default)]
    pub weight: u32,
    #[serde(default)]
    pub priority: u32,
    #[serde(default)]
    pub healthy: bool,
    #[serde(default)]
    pub draining: bool,
    #[serde(default)]
    pub players: u64,
    #[serde(default)]
    pub playing_players: u64,
    #[serde(default)]
    pub cpu: Cpu,
    #[serde(default)]
    pub memory_used: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<Frames>,
    #[serde(default)]
    pub latency_ms: f64,
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SelectInput {
    #[serde(default = "abi_v1")]
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

impl SelectInput {
    /// This input as ABI v1 JSON: the very bytes `serde_json::to_vec` writes (a test holds
    /// them equal), written by hand into a buffer sized up front. Every routing decision
    /// through a wasm policy pays for this encoding, and serde's generic path cost about as
    /// much as the policy's own work.
    pub fn to_json_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(128 + self.nodes.len() * 320);
        out.extend_from_slice(b"{\"abi\":");
        out.extend_from_slice(itoa::Buffer::new().format(self.abi).as_bytes());
        out.extend_from_slice(b",\"guild_id\":");
        write_json_string(&mut out, &self.guild_id);
        out.extend_from_slice(b",\"region\":");
        match &self.region {
            Some(r) => write_json_string(&mut out, r),
            None => out.extend_from_slice(b"null"),
        }
        if let Some(v) = &self.voice_endpoint {
            out.extend_from_slice(b",\"voice_endpoint\":");
            write_json_string(&mut out, v);
        }
        out.extend_from_slice(b",\"config\":");
        serde_json::to_writer(&mut out, &self.config).expect("a JSON value serializes");
        out.extend_from_slice(b",\"nodes\":[");
        let mut num = itoa::Buffer::new();
        let mut int = |out: &mut Vec<u8>, key: &[u8], v: u64| {
            out.extend_from_slice(key);
            out.extend_from_slice(num.format(v).as_bytes());
        };
        for (i, n) in self.nodes.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"name\":");
            write_json_string(&mut out, &n.name);
            out.extend_from_slice(b",\"region\":");
            write_json_string(&mut out, &n.region);
            out.extend_from_slice(b",\"zone\":");
            write_json_string(&mut out, &n.zone);
            int(&mut out, b",\"weight\":", n.weight.into());
            int(&mut out, b",\"priority\":", n.priority.into());
            out.extend_from_slice(b",\"healthy\":");
            out.extend_from_slice(if n.healthy { b"true" } else { b"false" });
            out.extend_from_slice(b",\"draining\":");
            out.extend_from_slice(if n.draining { b"true" } else { b"false" });
            int(&mut out, b",\"players\":", n.players);
            int(&mut out, b",\"playing_players\":", n.playing_players);
            out.extend_from_slice(b",\"cpu\":{\"system_load\":");
            write_f64(&mut out, n.cpu.system_load);
            out.extend_from_slice(b",\"lavalink_load\":");
            write_f64(&mut out, n.cpu.lavalink_load);
            int(&mut out, b"},\"memory_used\":", n.memory_used);
            if let Some(f) = &n.frame {
                let mut signed = itoa::Buffer::new();
                for (key, v) in [
                    (&b",\"frame\":{\"sent\":"[..], f.sent),
                    (b",\"nulled\":", f.nulled),
                    (b",\"deficit\":", f.deficit),
                ] {
                    out.extend_from_slice(key);
                    out.extend_from_slice(signed.format(v).as_bytes());
                }
                out.push(b'}');
            }
            out.extend_from_slice(b",\"latency_ms\":");
            write_f64(&mut out, n.latency_ms);
            out.extend_from_slice(b",\"tags\":{");
            for (j, (k, v)) in n.tags.iter().enumerate() {
                if j > 0 {
                    out.push(b',');
                }
                write_json_string(&mut out, k);
                out.push(b':');
                write_json_string(&mut out, v);
            }
            out.extend_from_slice(b"}}");
        }
        out.extend_from_slice(b"]}");
        out
    }
}

/// A number as serde_json writes it: shortest round-trip digits, `null` when not finite.
fn write_f64(out: &mut Vec<u8>, v: f64) {
    if v.is_finite() {
        out.extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// The packed form of `select_node`'s input, for modules that export `select_node_packed`
/// (docs/policies.md, "Packed input"). The layout's constants are the SDK's, which reads it.
pub mod packed {
    pub use lavastack_policy_sdk::packed::{
        ABSENT, DRAINING, HAS_FRAME, HEADER_SIZE, HEALTHY, MAGIC, NODE_SIZE, TAG_SIZE,
    };
}

impl SelectInput {
    /// This input in the packed form (see [`packed`]).
    pub fn to_packed_bytes(&self) -> Vec<u8> {
        use packed::*;
        let tag_count: usize = self.nodes.iter().map(|n| n.tags.len()).sum();
        let nodes_off = HEADER_SIZE;
        let tags_off = nodes_off + self.nodes.len() * NODE_SIZE;
        let strings_off = tags_off + tag_count * TAG_SIZE;
        let config = serde_json::to_vec(&self.config).expect("a JSON value serializes");
        let mut out = vec![0u8; strings_off];
        out.reserve(64 + config.len() + self.nodes.len() * 24);
        // Strings go after the fixed part; each field holds (offset, length).
        fn put(out: &mut [u8], at: usize, bytes: &[u8]) {
            out[at..at + bytes.len()].copy_from_slice(bytes);
        }
        fn string(out: &mut Vec<u8>, at: usize, s: Option<&[u8]>) {
            let (off, len) = match s {
                Some(s) => {
                    let off = out.len() as u32;
                    out.extend_from_slice(s);
                    (off, s.len() as u32)
                }
                None => (0, ABSENT),
            };
            put(out, at, &off.to_le_bytes());
            put(out, at + 4, &len.to_le_bytes());
        }
        put(&mut out, 0, MAGIC);
        put(&mut out, 4, &(HEADER_SIZE as u32).to_le_bytes());
        put(&mut out, 8, &self.abi.to_le_bytes());
        put(&mut out, 12, &(self.nodes.len() as u32).to_le_bytes());
        put(&mut out, 16, &(nodes_off as u32).to_le_bytes());
        put(&mut out, 20, &(NODE_SIZE as u32).to_le_bytes());
        put(&mut out, 24, &(tags_off as u32).to_le_bytes());
        put(&mut out, 28, &(tag_count as u32).to_le_bytes());
        string(&mut out, 32, Some(self.guild_id.as_bytes()));
        string(&mut out, 40, self.region.as_deref().map(str::as_bytes));
        string(
            &mut out,
            48,
            self.voice_endpoint.as_deref().map(str::as_bytes),
        );
        string(&mut out, 56, Some(&config));
        let mut tag = 0usize;
        for (i, n) in self.nodes.iter().enumerate() {
            let at = nodes_off + i * NODE_SIZE;
            string(&mut out, at, Some(n.name.as_bytes()));
            string(&mut out, at + 8, Some(n.region.as_bytes()));
            string(&mut out, at + 16, Some(n.zone.as_bytes()));
            let flags = if n.healthy { HEALTHY } else { 0 }
                | if n.draining { DRAINING } else { 0 }
                | if n.frame.is_some() { HAS_FRAME } else { 0 };
            for (off, v) in [(24, n.weight), (28, n.priority), (32, flags)] {
                put(&mut out, at + off, &v.to_le_bytes());
            }
            put(&mut out, at + 36, &(tag as u32).to_le_bytes());
            put(&mut out, at + 40, &(n.tags.len() as u32).to_le_bytes());
            for (off, v) in [
                (48, n.players),
                (56, n.playing_players),
                (64, n.memory_used),
            ] {
                put(&mut out, at + off, &v.to_le_bytes());
            }
            for (off, v) in [
                (72, n.cpu.system_load),
                (80, n.cpu.lavalink_load),
                (88, n.latency_ms),
            ] {
                put(&mut out, at + off, &v.to_le_bytes());
            }
            if let Some(f) = &n.frame {
                for (off, v) in [(96, f.sent), (104, f.nulled), (112, f.deficit)] {
                    put(&mut out, at + off, &v.to_le_bytes());
                }
            }
            for (k, v) in &n.tags {
                let t = tags_off + tag * TAG_SIZE;
                string(&mut out, t, Some(k.as_bytes()));
                string(&mut out, t + 8, Some(v.as_bytes()));
                tag += 1;
            }
        }
        out
    }
}
