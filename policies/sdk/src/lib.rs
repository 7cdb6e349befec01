//! Write lavastack policies as plain Rust functions.
//!
//! ```ignore
//! use lavastack_policy_sdk::{policy, Ranking, SelectInput};
//!
//! fn select(input: SelectInput) -> Ranking {
//!     Ranking { ranking: input.nodes.iter().filter(|n| n.healthy).map(|n| n.name.to_string()).collect() }
//! }
//! policy!(select = select);
//! ```
//!
//! Build with `cargo build --release --target wasm32-unknown-unknown` (crate-type `cdylib`).
//! The macro exports the ABI v1 functions the host expects: `lavastack_abi_version`,
//! `lavastack_alloc`, and `select_node` / `place_nodes`, which read the input JSON from guest
//! memory and return `(ptr << 32) | len` of the answer, and `select_node_packed`, the same
//! function over the packed input lavastack sends when a module has it (see [`packed`]). No
//! WASI is used, so the same module runs in lavastack and in a Node.js bot (which may keep to
//! the JSON export). See docs/policies.md for the JSON schema.

use std::borrow::Cow;

use serde::{de::DeserializeOwned, Deserialize, Serialize};
pub use serde_json::Value as Json;

#[cfg(all(target_arch = "wasm32", feature = "arena"))]
pub mod arena;
pub mod packed;
mod read;

#[cfg(all(target_arch = "wasm32", feature = "arena"))]
#[global_allocator]
static ALLOCATOR: arena::Arena = arena::Arena::new();
use read::Reader;
pub use read::{write_json_string, ReadError};

pub const ABI_VERSION: i32 = 1;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Cpu {
    pub system_load: f64,
    pub lavalink_load: f64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Frames {
    pub sent: i64,
    pub nulled: i64,
    pub deficit: i64,
}

/// One node as the router sees it. Strings borrow from the input (see [`SelectInput`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NodeInfo<'a> {
    pub name: Cow<'a, str>,
    pub region: Cow<'a, str>,
    pub zone: Cow<'a, str>,
    pub weight: u32,
    pub priority: u32,
    pub healthy: bool,
    pub draining: bool,
    pub players: u64,
    pub playing_players: u64,
    pub cpu: Cpu,
    pub memory_used: u64,
    pub frame: Option<Frames>,
    pub latency_ms: f64,
    pub tags: Tags<'a>,
}

/// A node's tags, in input order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tags<'a>(pub Vec<(Cow<'a, str>, Cow<'a, str>)>);

impl Tags<'_> {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_ref())
    }
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v.as_ref()))
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The policy's `config` from the stack, kept as JSON text until the policy asks for it, so a
/// policy that reads no config pays nothing for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config<'a>(pub &'a str);

impl Default for Config<'_> {
    fn default() -> Self {
        Config("{}")
    }
}

impl Config<'_> {
    /// The whole config (`null` when the text is not JSON, which the host never sends).
    pub fn value(&self) -> Json {
        serde_json::from_str(self.0).unwrap_or(Json::Null)
    }
    /// One top-level key.
    pub fn get(&self, key: &str) -> Option<Json> {
        match self.value() {
            Json::Object(mut m) => m.remove(key),
            _ => None,
        }
    }
}

/// `select_node`'s input. Strings are borrowed from the input bytes (copied only when they
/// hold JSON escapes): read with `&*n.name`, `n.name == "eu-1"`, `n.name.to_string()`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SelectInput<'a> {
    pub abi: i32,
    pub guild_id: Cow<'a, str>,
    pub region: Option<Cow<'a, str>>,
    pub voice_endpoint: Option<Cow<'a, str>>,
    pub config: Config<'a>,
    pub nodes: Vec<NodeInfo<'a>>,
}

impl<'a> SelectInput<'a> {
    /// Reads the ABI v1 JSON. Unknown keys are skipped (a newer host may send more); a
    /// missing `guild_id` or node `name` is an error; other missing fields take their
    /// zero value (`healthy: false`), so a hand-written input cannot make a node look usable
    /// by leaving fields out.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, ReadError> {
        let mut r = Reader::new(bytes);
        let mut input = SelectInput::default();
        let mut seen = Seen::default();
        r.object(|r, key| {
            match &*key {
                "abi" => {
                    seen.first(r, 0, "abi")?;
                    input.abi = r.i32()?
                }
                "guild_id" => {
                    seen.first(r, 1, "guild_id")?;
                    input.guild_id = r.string()?;
                }
                "region" => {
                    seen.first(r, 2, "region")?;
                    input.region = opt(r, Reader::string)?
                }
                "voice_endpoint" => {
                    seen.first(r, 3, "voice_endpoint")?;
                    input.voice_endpoint = opt(r, Reader::string)?
                }
                "config" => {
                    seen.first(r, 4, "config")?;
                    input.config = Config(r.skip()?)
                }
                "nodes" => {
                    seen.first(r, 5, "nodes")?;
                    r.array(|r| {
                        input.nodes.push(node(r)?);
                        Ok(())
                    })?
                }
                _ => {
                    r.skip()?;
                }
            }
            Ok(())
        })?;
        r.end()?;
        if !seen.has(1) {
            return r.err("missing field guild_id");
        }
        Ok(input)
    }
}

/// The known keys met so far in one object: a repeated one is an error, as serde's derive makes
/// it, rather than two values silently merged.
#[derive(Default)]
struct Seen(u32);

impl Seen {
    fn first(&mut self, r: &Reader<'_>, bit: u32, key: &str) -> read::Result<()> {
        if self.has(bit) {
            return r.err(format!("duplicate field {key}"));
        }
        self.0 |= 1 << bit;
        Ok(())
    }
    fn has(&self, bit: u32) -> bool {
        self.0 & (1 << bit) != 0
    }
}

fn opt<'a, T>(
    r: &mut Reader<'a>,
    f: impl FnOnce(&mut Reader<'a>) -> read::Result<T>,
) -> read::Result<Option<T>> {
    if r.null()? {
        Ok(None)
    } else {
        f(r).map(Some)
    }
}

fn node<'a>(r: &mut Reader<'a>) -> read::Result<NodeInfo<'a>> {
    let mut n = NodeInfo::default();
    let mut seen = Seen::default();
    r.object(|r, key| {
        // One bit per known key, in the order the host writes them.
        const KEYS: [&str; 14] = [
            "name",
            "region",
            "zone",
            "weight",
            "priority",
            "healthy",
            "draining",
            "players",
            "playing_players",
            "cpu",
            "memory_used",
            "frame",
            "latency_ms",
            "tags",
        ];
        let Some(bit) = KEYS.iter().position(|k| *k == &*key) else {
            r.skip()?;
            return Ok(());
        };
        seen.first(r, bit as u32, KEYS[bit])?;
        match bit {
            0 => n.name = r.string()?,
            1 => n.region = r.string()?,
            2 => n.zone = r.string()?,
            3 => n.weight = r.u32()?,
            4 => n.priority = r.u32()?,
            5 => n.healthy = r.bool()?,
            6 => n.draining = r.bool()?,
            7 => n.players = r.u64()?,
            8 => n.playing_players = r.u64()?,
            9 => {
                let mut seen = Seen::default();
                r.object(|r, key| {
                    match &*key {
                        "system_load" => {
                            seen.first(r, 0, "system_load")?;
                            n.cpu.system_load = r.f64()?
                        }
                        "lavalink_load" => {
                            seen.first(r, 1, "lavalink_load")?;
                            n.cpu.lavalink_load = r.f64()?
                        }
                        _ => {
                            r.skip()?;
                        }
                    }
                    Ok(())
                })?
            }
            10 => n.memory_used = r.u64()?,
            11 => {
                n.frame = opt(r, |r| {
                    let mut f = Frames::default();
                    let mut seen = Seen::default();
                    r.object(|r, key| {
                        let (bit, slot) = match &*key {
                            "sent" => (0, &mut f.sent),
                            "nulled" => (1, &mut f.nulled),
                            "deficit" => (2, &mut f.deficit),
                            _ => {
                                r.skip()?;
                                return Ok(());
                            }
                        };
                        seen.first(r, bit, &key)?;
                        *slot = r.i64()?;
                        Ok(())
                    })?;
                    Ok(f)
                })?
            }
            12 => n.latency_ms = r.f64()?,
            _ => {
                if !r.null()? {
                    r.object(|r, key| {
                        let v = r.string()?;
                        // A repeated tag keeps its last value, as a JSON map read by serde does.
                        match n.tags.0.iter_mut().find(|(k, _)| *k == key) {
                            Some(slot) => slot.1 = v,
                            None => n.tags.0.push((key, v)),
                        }
                        Ok(())
                    })?
                }
            }
        }
        Ok(())
    })?;
    if !seen.has(0) {
        return r.err("a node without a name");
    }
    Ok(n)
}

/// First is the choice, the rest the failover order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranking {
    pub ranking: Vec<String>,
}

impl Ranking {
    /// The answer's JSON, `{"ranking":[...]}`.
    pub fn to_json(&self) -> Vec<u8> {
        let mut out =
            Vec::with_capacity(16 + self.ranking.iter().map(|s| s.len() + 3).sum::<usize>());
        out.extend_from_slice(b"{\"ranking\":[");
        for (i, name) in self.ranking.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            read::write_json_string(&mut out, name);
        }
        out.extend_from_slice(b"]}");
        out
    }
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

/// A panic's message goes to the host's log at error level before the trap (wasm32 has no
/// stderr; the trap itself only says `unreachable`), and lavastack adds it to the trap error.
/// The hook captures nothing, so installing it allocates nothing the arena could reclaim.
#[cfg(target_arch = "wasm32")]
fn panic_to_log() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // "panicked at src/lib.rs:7:5:\nmessage", on one line.
            log(Level::Error, &info.to_string().replace('\n', " "));
        }))
    });
}

/// `lavastack_alloc`: the input buffer of a new call. With the arena, the previous call's
/// memory (its answer included, which the host has read) is forgotten first.
#[doc(hidden)]
pub fn __alloc(len: i32) -> i32 {
    #[cfg(all(target_arch = "wasm32", feature = "arena"))]
    ALLOCATOR.reset();
    #[cfg(target_arch = "wasm32")]
    panic_to_log();
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
        Err(e) => error_json(&e.to_string()),
    };
    pack(out)
}

/// `select_node`'s path: the schema-aware JSON reader in, a hand-written answer out.
#[doc(hidden)]
pub fn __select(ptr: i32, len: i32, f: fn(SelectInput<'_>) -> Ranking) -> i64 {
    select_from(ptr, len, SelectInput::parse, f)
}

/// `select_node_packed`'s path: the same policy function over the packed input.
#[doc(hidden)]
pub fn __select_packed(ptr: i32, len: i32, f: fn(SelectInput<'_>) -> Ranking) -> i64 {
    select_from(ptr, len, SelectInput::from_packed, f)
}

fn select_from<'a>(
    ptr: i32,
    len: i32,
    read: fn(&'a [u8]) -> Result<SelectInput<'a>, ReadError>,
    f: fn(SelectInput<'_>) -> Ranking,
) -> i64 {
    // SAFETY: the host wrote exactly `len` bytes at `ptr`, which `__alloc` handed out; they
    // stay untouched until the next call's `lavastack_alloc`.
    let input: &'a [u8] = unsafe { std::slice::from_raw_parts(ptr as *const u8, len as usize) };
    let out = match read(input) {
        Ok(i) => f(i).to_json(),
        Err(e) => error_json(&e.to_string()),
    };
    pack(out)
}

fn error_json(message: &str) -> Vec<u8> {
    let mut out = b"{\"error\":".to_vec();
    read::write_json_string(&mut out, message);
    out.push(b'}');
    out
}

fn pack(out: Vec<u8>) -> i64 {
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
            $crate::__select(ptr, len, $s)
        }
        #[no_mangle]
        pub extern "C" fn select_node_packed(ptr: i32, len: i32) -> i64 {
            $crate::__select_packed(ptr, len, $s)
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
pub fn eligible(n: &NodeInfo<'_>) -> bool {
    n.healthy && !n.draining && n.weight > 0
}
