//! Write lavastack policies as plain Rust functions.
//!
//! ```ignore
//! use lavastack_policy_sdk::{policy, Ranking, SelectInput};
//!
//! fn select(input: SelectInput) -> Ranking {
//!     Ranking { ranking: input.nodes.iter().filter(|n| n.healthy).map(|n| n.name.clone()).collect() }
//! }
//! policy!(select = select);
//! ```
//!
//! Build with `cargo build --release --target wasm32-unknown-unknown` (crate-type `cdylib`).
//! The macro exports the ABI v1 functions the host expects: `lavastack_abi_version`,
//! `lavastack_alloc`, and `select_node` / `place_nodes`, which read the input JSON from guest
//! memory and return `(ptr << 32) | len` of the answer. No WASI is used, so the same module runs
//! in lavastack and in a Node.js bot. See docs/policies.md for the JSON schema.

use std::collections::BTreeMap;

use serde::{de::DeserializeOwned, Deserialize, Serialize};
pub use serde_json::Value as Json;

pub const ABI_VERSION: i32 = 1;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Cpu {
    pub system_load: f64,
    pub lavalink_load: f64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Frames {
    pub sent: i64,
    pub nulled: i64,
    pub deficit: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
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
    #[serde(default)]
    pub frame: Option<Frames>,
    pub latency_ms: f64,
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SelectInput {
    pub abi: i32,
    pub guild_id: String,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub voice_endpoint: Option<String>,
    #[serde(default)]
    pub config: Json,
    pub nodes: Vec<NodeInfo>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ranking {
    pub ranking: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RegionInfo {
    pub name: String,
    pub zones: Vec<String>,
    #[serde(default)]
    pub capacity: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub name: String,
    pub region: String,
    pub zone: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlaceInput {
    pub abi: i32,
    pub pool: String,
    pub count: u32,
    pub regions: Vec<RegionInfo>,
    pub existing: Vec<Placement>,
    #[serde(default)]
    pub config: Json,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Placements {
    pub placements: Vec<Placement>,
}

/// Log levels for [`log`].
pub enum Level {
    Error = 0,
    Warn = 1,
    Info = 2,
    Debug = 3,
}

#[cfg(target_arch = "wasm32")]
#[link(wasm_import_module = "lavastack")]
extern "C" {
    #[link_name = "log"]
    fn host_log(level: i32, ptr: i32, len: i32);
}

/// Sends a line to the host's log (tagged with the policy name). A no-op off wasm.
pub fn log(level: Level, msg: &str) {
    #[cfg(target_arch = "wasm32")]
    // SAFETY: the host reads `len` bytes at `ptr` from this module's memory, nothing else.
    unsafe {
        host_log(level as i32, msg.as_ptr() as i32, msg.len() as i32)
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (level, msg);
}

#[doc(hidden)]
pub fn __alloc(len: i32) -> i32 {
    let mut v: Vec<u8> = Vec::with_capacity(len.max(1) as usize);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p as i32
}

/// Reads the input, runs `f`, writes the answer, packs its location. Input that does not
/// parse yields `{"error": ...}`, which the host reports as a bad answer with the message.
#[doc(hidden)]
pub fn __call<I: DeserializeOwned, O: Serialize>(ptr: i32, len: i32, f: fn(I) -> O) -> i64 {
    // SAFETY: the host wrote exactly `len` bytes at `ptr`, which `__alloc` handed out.
    let input = unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) };
    let out = match serde_json::from_slice::<I>(input) {
        Ok(i) => serde_json::to_vec(&f(i)).unwrap_or_default(),
        Err(e) => {
            serde_json::to_vec(&serde_json::json!({"error": e.to_string()})).unwrap_or_default()
        }
    };
    let out = out.into_boxed_slice();
    let (p, l) = (out.as_ptr() as u32 as i64, out.len() as i64);
    std::mem::forget(out);
    (p << 32) | l
}

/// Exports the ABI: `policy!(select = f)`, `policy!(place = g)` or both.
#[macro_export]
macro_rules! policy {
    (@abi) => {
        #[no_mangle]
        pub extern "C" fn lavastack_abi_version() -> i32 {
            $crate::ABI_VERSION
        }
        #[no_mangle]
        pub extern "C" fn lavastack_alloc(len: i32) -> i32 {
            $crate::__alloc(len)
        }
    };
    (select = $s:path) => {
        $crate::policy!(@abi);
        #[no_mangle]
        pub extern "C" fn select_node(ptr: i32, len: i32) -> i64 {
            $crate::__call(ptr, len, $s)
        }
    };
    (place = $p:path) => {
        $crate::policy!(@abi);
        #[no_mangle]
        pub extern "C" fn place_nodes(ptr: i32, len: i32) -> i64 {
            $crate::__call(ptr, len, $p)
        }
    };
    (select = $s:path, place = $p:path) => {
        $crate::policy!(select = $s);
        #[no_mangle]
        pub extern "C" fn place_nodes(ptr: i32, len: i32) -> i64 {
            $crate::__call(ptr, len, $p)
        }
    };
}

/// Eligible for new players: healthy, not draining, weight above zero.
pub fn eligible(n: &NodeInfo) -> bool {
    n.healthy && !n.draining && n.weight > 0
}
