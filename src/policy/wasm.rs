//! The WebAssembly policy host (wasmtime), ABI v1.
//!
//! A module exports `memory`, `lavastack_abi_version() -> i32` (1), `lavastack_alloc(len) ->
//! ptr`, and `select_node(ptr, len) -> i64` and/or `place_nodes(ptr, len) -> i64`, where the
//! i64 packs `(out_ptr << 32) | out_len` of a UTF-8 JSON answer. The only import allowed is
//! `lavastack.log(level, ptr, len)`; no WASI, so the same module runs inside a Node.js bot.
//!
//! Modules are compiled once (`InstancePre`); every call gets a fresh `Store`, so a call can
//! neither see nor poison another's memory, with three limits: fuel (an instruction budget,
//! deterministic), a memory cap, and an epoch deadline driven by a ticker thread as the
//! wall-clock backstop. A trap, out-of-fuel, timeout, memory cap, or malformed answer is a
//! distinct `PolicyError` naming the policy and the call; the host stays healthy and the next
//! call works.

use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use serde::de::DeserializeOwned;
use wasmtime::{Caller, Config, Engine, InstancePre, Linker, Module, Store, Trap};

use super::abi::*;
use super::{Policy, PolicyError};

/// Per-policy limits, configurable in the stack's policy block.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub fuel: u64,
    pub memory_bytes: usize,
    pub timeout: Duration,
    pub max_output: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 100_000_000,
            memory_bytes: 32 << 20,
            timeout: Duration::from_millis(250),
            max_output: 1 << 20,
        }
    }
}

const EPOCH_TICK: Duration = Duration::from_millis(1);

/// The two instance pools, by how a recycled instance's memory is put back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reset {
    /// Zero (or re-copy) the whole initial memory: one `memset`, cheapest for the small
    /// memories the SDK's examples have (one 64 KiB page: 2.7 µs for a bare fresh instance).
    Whole,
    /// Ask the kernel which pages the call wrote (`PAGEMAP_SCAN`, Linux 6.7+) and reset only
    /// those: a system call (~1.4 µs) that pays off when the initial memory is large, as a
    /// module built with Rust's default 1 MiB stack has (a fresh sticky-guild call with it:
    /// 33 µs resetting it whole, 10.5 µs resetting what was written).
    Written,
}

/// Initial memories above this go to the [`Reset::Written`] pool.
const WHOLE_RESET_MAX: u64 = 256 << 10;

/// One engine per [`Reset`] pool, made when the first module needs it (each pool reserves its
/// address space up front), each with a ticker thread advancing its epoch. A module runs in
/// the engine it was compiled with.
fn engine(reset: Reset) -> &'static Engine {
    static ENGINES: [OnceLock<Engine>; 2] = [OnceLock::new(), OnceLock::new()];
    ENGINES[reset as usize].get_or_init(|| {
        let mut cfg = Config::new();
        cfg.consume_fuel(true);
        cfg.epoch_interruption(true);
        cfg.max_wasm_stack(512 << 10);
        let mut pool = wasmtime::PoolingAllocationConfig::default();
        pool.total_core_instances(256)
            .total_memories(256)
            .total_tables(256)
            .max_memory_size((MAX_MEMORY_MB as usize) << 20)
            // Zero the first pages with memset on reuse instead of handing them back to the
            // kernel: a fresh instance then takes no page faults on its stack and hot data.
            .linear_memory_keep_resident(1 << 20)
            // Likewise for tables: otherwise each call faults its function table back in.
            .table_keep_resident(1 << 16);
        if reset == Reset::Written {
            pool.pagemap_scan(wasmtime::Enabled::Auto);
        }
        let mut pooled = cfg.clone();
        pooled.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(pool));
        // The pool reserves address space up front; where that is refused, allocate on demand.
        let engine = Engine::new(&pooled)
            .or_else(|_| Engine::new(&cfg))
            .expect("a wasmtime engine with default settings");
        let weak = engine.weak();
        std::thread::Builder::new()
            .name("lavastack-policy-epoch".into())
            .spawn(move || loop {
                std::thread::sleep(EPOCH_TICK);
                match weak.upgrade() {
                    Some(e) => e.increment_epoch(),
                    None => break,
                }
            })
            .expect("spawn the epoch ticker");
        engine
    })
}

struct Host {
    policy: Arc<str>,
    cap: usize,
    memory_denied: bool,
    /// The last error-level line the guest logged in this call: the SDK logs a panic's message
    /// just before the trap, which only says `unreachable`.
    last_error: Option<String>,
}

impl wasmtime::ResourceLimiter for Host {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let ok = desired <= self.cap;
        if !ok {
            self.memory_denied = true;
        }
        Ok(ok)
    }
    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 100_000)
    }
}

pub struct WasmPolicy {
    /// Shared with each call's store, which would otherwise allocate a copy per call.
    name: Arc<str>,
    pre: InstancePre<Host>,
    limits: Limits,
    select: bool,
    /// Exports `select_node_packed`: selection then gets the packed input.
    packed: bool,
    place: bool,
}

/// How `select_node`'s input reaches the guest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wire {
    /// JSON to `select_node`: every module has it.
    Json,
    /// Fixed-size records to `select_node_packed` (docs/policies.md, "Packed input").
    Packed,
}

fn load_err(policy: &str, message: impl Into<String>) -> PolicyError {
    PolicyError::Load {
        policy: policy.into(),
        message: message.into(),
    }
}

pub use crate::model::POLICY_MAX_MEMORY_MB as MAX_MEMORY_MB;
/// The largest module file (binary or text) lavastack compiles.
pub const MAX_MODULE_BYTES: u64 = 8 << 20;
/// The most functions a module may define: compile time grows with them, and a policy needs
/// a few hundred (the examples have about 300).
pub const MAX_FUNCTIONS: u64 = 10_000;

fn leb(b: &[u8], at: &mut usize) -> Option<u64> {
    let (mut v, mut shift) = (0u64, 0);
    loop {
        let byte = *b.get(*at)?;
        *at += 1;
        v |= u64::from(byte & 0x7f).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
        if shift > 63 {
            return None;
        }
    }
}

/// The contents of a binary module's section `id`: `Ok(None)` when it has none, `Err` when the
/// section headers do not parse (the compiler then says what is wrong).
fn section(bytes: &[u8], id: u8) -> Result<Option<&[u8]>, ()> {
    let mut at = 8;
    while at < bytes.len() {
        let this = bytes[at];
        at += 1;
        let size = usize::try_from(leb(bytes, &mut at).ok_or(())?).map_err(|_| ())?;
        let end = at.checked_add(size).ok_or(())?;
        if this == id {
            return bytes.get(at..end).map(Some).ok_or(());
        }
        at = end;
    }
    Ok(None)
}

/// Functions a module defines, counted without compiling it: the function section's count
/// for a binary, `(func` forms for text (an upper bound).
fn defined_functions(bytes: &[u8]) -> Option<u64> {
    if !bytes.starts_with(b"\0asm") {
        let text = std::str::from_utf8(bytes).ok()?;
        return Some(text.matches("(func").count() as u64);
    }
    match section(bytes, 3) {
        Ok(Some(body)) => leb(body, &mut 0),
        Ok(None) => Some(0),
        Err(()) => None,
    }
}

/// The initial size in bytes of a binary module's first defined memory, read without
/// compiling it (0 when there is none or it does not parse; text modules compile once into
/// the whole-reset pool and are looked at after).
fn initial_memory(bytes: &[u8]) -> u64 {
    let Ok(Some(body)) = section(bytes, 5) else {
        return 0;
    };
    let mut at = 0;
    // A count, then per memory a flags byte (max present, shared, 64-bit) and the minimum.
    let first = leb(body, &mut at).filter(|n| *n > 0).and_then(|_| {
        at += 1;
        leb(body, &mut at)
    });
    first.unwrap_or(0).saturating_mul(1 << 16)
}

/// What runs when a module is instantiated: its start function and data initialisers. A
/// limit hit there is reported against it, not against the export called next.
const START: &str = "instantiation (the module's start function)";

impl WasmPolicy {
    pub fn from_file(path: &Path, limits: Limits) -> Result<Self, PolicyError> {
        let name = path.display().to_string();
        let bytes = crate::files::read_regular(path, MAX_MODULE_BYTES)
            .map_err(|e| load_err(&name, format!("cannot read it: {e}")))?;
        Self::from_bytes(&name, &bytes, limits)
    }

    /// Compiles and checks a module (binary or text). `name` is used in every message.
    pub fn from_bytes(name: &str, bytes: &[u8], limits: Limits) -> Result<Self, PolicyError> {
        if bytes.len() as u64 > MAX_MODULE_BYTES {
            return Err(load_err(
                name,
                format!(
                    "it is {} bytes; a policy module may be at most {MAX_MODULE_BYTES}",
                    bytes.len()
                ),
            ));
        }
        // Checked before compiling: 100,000 functions took 49 s and 1.2 GB to compile.
        if let Some(n) = defined_functions(bytes).filter(|n| *n > MAX_FUNCTIONS) {
            return Err(load_err(
                name,
                format!(
                    "it defines {n} functions; a policy module may define at most {MAX_FUNCTIONS}"
                ),
            ));
        }
        let compile = |reset: Reset| {
            Module::new(engine(reset), bytes).map_err(|e| {
                let text = format!("{e:#}");
                // The instance pool refuses what is over its limits while compiling; say which
                // limit rather than "not a valid module".
                if text.contains("pooling") || text.contains("exceeds") {
                    load_err(
                        name,
                        format!(
                            "it asks for more than a policy may have (a memory of at most {MAX_MEMORY_MB} MiB and tables the instance pool can hold): {text}"
                        ),
                    )
                } else {
                    load_err(name, format!("not a valid WebAssembly module: {text}"))
                }
            })
        };
        // Where the module's instances come from is fixed when it is compiled; a binary says
        // its memory size up front, a text module is compiled once and looked at.
        let module = if initial_memory(bytes) > WHOLE_RESET_MAX {
            compile(Reset::Written)?
        } else {
            let module = compile(Reset::Whole)?;
            let initial = match module.get_export("memory") {
                Some(wasmtime::ExternType::Memory(m)) => m.minimum().saturating_mul(1 << 16),
                _ => 0,
            };
            if initial > WHOLE_RESET_MAX && !bytes.starts_with(b"\0asm") {
                compile(Reset::Written)?
            } else {
                module
            }
        };
        let engine = module.engine();
        for imp in module.imports() {
            if (imp.module(), imp.name()) != ("lavastack", "log") {
                return Err(load_err(
                    name,
                    format!(
                        "imports {}.{}; policies may import only lavastack.log (no WASI or other host functions)",
                        imp.module(),
                        imp.name()
                    ),
                ));
            }
        }
        let has = |n: &str| module.get_export(n).is_some();
        for required in ["memory", "lavastack_abi_version", "lavastack_alloc"] {
            if !has(required) {
                return Err(load_err(
                    name,
                    format!("does not export {required} (see docs/policies.md)"),
                ));
            }
        }
        let (select, place) = (has("select_node"), has("place_nodes"));
        let packed = has("select_node_packed");
        if packed && !select {
            return Err(load_err(
                name,
                "exports select_node_packed without select_node (the JSON export every host can call)",
            ));
        }
        if !select && !place {
            return Err(load_err(
                name,
                "exports neither select_node nor place_nodes",
            ));
        }
        let mut linker: Linker<Host> = Linker::new(engine);
        linker
            .func_wrap(
                "lavastack",
                "log",
                |mut caller: Caller<'_, Host>, level: i32, ptr: i32, len: i32| {
                    let policy = caller.data().policy.clone();
                    let Some(mem) = caller.get_export("memory").and_then(|e| e.into_memory())
                    else {
                        return;
                    };
                    let data = mem.data(&caller);
                    let (start, len) = (ptr as u32 as usize, (len as u32 as usize).min(4096));
                    let Some(bytes) = data.get(start..start.saturating_add(len)) else {
                        return;
                    };
                    let msg = String::from_utf8_lossy(bytes).into_owned();
                    if level == 0 {
                        caller.data_mut().last_error = Some(msg.clone());
                    }
                    match level {
                        0 => tracing::error!(policy = %policy, "{msg}"),
                        1 => tracing::warn!(policy = %policy, "{msg}"),
                        2 => tracing::info!(policy = %policy, "{msg}"),
                        _ => tracing::debug!(policy = %policy, "{msg}"),
                    }
                },
            )
            .map_err(|e| load_err(name, e.to_string()))?;
        let pre = linker
            .instantiate_pre(&module)
            .map_err(|e| load_err(name, format!("cannot link: {e}")))?;
        let p = WasmPolicy {
            name: Arc::from(name),
            pre,
            limits,
            select,
            packed,
            place,
        };
        let version: i32 = p.with_instance("lavastack_abi_version", |store, inst| {
            let f = inst.get_typed_func::<(), i32>(&mut *store, "lavastack_abi_version")?;
            f.call(&mut *store, ())
        })?;
        if version != ABI_VERSION {
            return Err(load_err(
                name,
                format!("speaks ABI version {version}; this lavastack speaks {ABI_VERSION}"),
            ));
        }
        Ok(p)
    }

    fn new_store(&self) -> Store<Host> {
        let mut store = Store::new(
            self.pre.module().engine(),
            Host {
                policy: self.name.clone(),
                cap: self.limits.memory_bytes,
                memory_denied: false,
                last_error: None,
            },
        );
        store.limiter(|h| h);
        store.set_fuel(self.limits.fuel).expect("fuel is enabled");
        let ticks = (self.limits.timeout.as_micros() / EPOCH_TICK.as_micros()).max(1) as u64;
        store.set_epoch_deadline(ticks);
        store.epoch_deadline_trap();
        store
    }

    /// Instantiates into a fresh store and runs `f`; used for the load-time ABI check.
    fn with_instance<T>(
        &self,
        call: &'static str,
        f: impl FnOnce(&mut Store<Host>, &wasmtime::Instance) -> Result<T, wasmtime::Error>,
    ) -> Result<T, PolicyError> {
        let mut store = self.new_store();
        let inst = self
            .pre
            .instantiate(&mut store)
            .map_err(|e| self.classify(START, &store, e))?;
        // Classified like every call: running out of fuel here is out of fuel, not a trap.
        f(&mut store, &inst).map_err(|e| self.classify(call, &store, e))
    }

    fn classify(&self, call: &'static str, store: &Store<Host>, e: wasmtime::Error) -> PolicyError {
        let policy = self.name.to_string();
        if store.data().memory_denied {
            return PolicyError::Memory {
                policy,
                call,
                limit: self.limits.memory_bytes,
            };
        }
        match e.downcast_ref::<Trap>() {
            Some(Trap::OutOfFuel) => PolicyError::OutOfFuel {
                policy,
                call,
                budget: self.limits.fuel,
            },
            Some(Trap::Interrupt) => PolicyError::Timeout {
                policy,
                call,
                limit: self.limits.timeout,
            },
            Some(t) => PolicyError::Trap {
                policy,
                call,
                message: match &store.data().last_error {
                    Some(logged) => format!("{t}; the policy logged: {logged}"),
                    None => t.to_string(),
                },
            },
            None => PolicyError::Trap {
                policy,
                call,
                message: format!("{e:#}"),
            },
        }
    }

    /// One call: fresh store, input copied in through `lavastack_alloc`, answer read back.
    fn invoke<O>(
        &self,
        call: &'static str,
        input: &[u8],
        read: impl FnOnce(&str) -> Result<O, PolicyError>,
    ) -> Result<O, PolicyError> {
        let mut store = self.new_store();
        let inst = self
            .pre
            .instantiate(&mut store)
            .map_err(|e| self.classify(START, &store, e))?;
        self.call_in(&mut store, &inst, call, input, read)
    }

    /// An instance kept across calls, for `policy bench` and the benchmarks only: it shows
    /// what the fresh store of every real call costs. Real calls never share guest state.
    pub fn warm(&self) -> Result<Warm<'_>, PolicyError> {
        let mut store = self.new_store();
        let inst = self
            .pre
            .instantiate(&mut store)
            .map_err(|e| self.classify(START, &store, e))?;
        Ok(Warm {
            policy: self,
            store,
            inst,
        })
    }

    /// Runs `call` on `input` in `inst` and hands the answer's text to `read` while it still
    /// lies in the guest's memory.
    fn call_in<O>(
        &self,
        store: &mut Store<Host>,
        inst: &wasmtime::Instance,
        call: &'static str,
        input: &[u8],
        read: impl FnOnce(&str) -> Result<O, PolicyError>,
    ) -> Result<O, PolicyError> {
        let bad = |message: String| PolicyError::BadOutput {
            policy: self.name.to_string(),
            call,
            message,
        };
        let memory = inst
            .get_memory(&mut *store, "memory")
            .ok_or_else(|| bad("no memory export".into()))?;
        let alloc = inst
            .get_typed_func::<i32, i32>(&mut *store, "lavastack_alloc")
            .map_err(|e| bad(format!("lavastack_alloc has the wrong type: {e}")))?;
        let func = inst
            .get_typed_func::<(i32, i32), i64>(&mut *store, call)
            .map_err(|e| bad(format!("{call} has the wrong type: {e}")))?;
        let ptr = alloc
            .call(&mut *store, input.len() as i32)
            .map_err(|e| self.classify(call, store, e))?;
        memory
            .write(&mut *store, ptr as u32 as usize, input)
            .map_err(|_| bad(format!("lavastack_alloc returned {ptr}, outside memory")))?;
        let packed = func
            .call(&mut *store, (ptr, input.len() as i32))
            .map_err(|e| self.classify(call, store, e))?;
        let (out_ptr, out_len) = (
            (packed as u64 >> 32) as usize,
            (packed as u64 & 0xffff_ffff) as usize,
        );
        if out_len > self.limits.max_output {
            return Err(bad(format!(
                "answer of {out_len} bytes is larger than the {} byte limit",
                self.limits.max_output
            )));
        }
        let data = memory.data(&*store);
        let bytes = data
            .get(out_ptr..out_ptr.saturating_add(out_len))
            .ok_or_else(|| {
                bad(format!(
                    "answer at {out_ptr}+{out_len} lies outside memory ({} bytes)",
                    data.len()
                ))
            })?;
        let text =
            std::str::from_utf8(bytes).map_err(|e| bad(format!("answer is not UTF-8: {e}")))?;
        read(text)
    }

    /// Reads a JSON answer into `O` (placement; selection has its own checked reader).
    fn json_answer<O: DeserializeOwned>(
        &self,
        call: &'static str,
    ) -> impl FnOnce(&str) -> Result<O, PolicyError> + '_ {
        move |text| {
            serde_json::from_str(text).map_err(|e| super::not_the_json(&self.name, call, &e, text))
        }
    }
}

impl WasmPolicy {
    /// Packed when the module has it: the same answer for a fraction of the decoding work.
    pub fn preferred_wire(&self) -> Wire {
        if self.packed {
            Wire::Packed
        } else {
            Wire::Json
        }
    }

    /// One selection through the given export; `policy bench` and the tests compare the two.
    pub fn select_with(&self, input: &SelectInput, wire: Wire) -> Result<Ranking, PolicyError> {
        if !self.select || (wire == Wire::Packed && !self.packed) {
            return Err(PolicyError::Unsupported {
                policy: self.name.to_string(),
                call: self.select_wire_name(wire),
            });
        }
        let (call, bytes) = self.select_wire(input, wire);
        self.invoke(call, &bytes, |text| {
            super::ranking_from_answer(&self.name, call, input, text)
        })
    }

    fn select_wire_name(&self, wire: Wire) -> &'static str {
        match wire {
            Wire::Json => "select_node",
            Wire::Packed => "select_node_packed",
        }
    }

    fn select_wire(&self, input: &SelectInput, wire: Wire) -> (&'static str, Vec<u8>) {
        let bytes = match wire {
            Wire::Json => input.to_json_bytes(),
            Wire::Packed => input.to_packed_bytes(),
        };
        (self.select_wire_name(wire), bytes)
    }
}

/// See [`WasmPolicy::warm`].
pub struct Warm<'a> {
    policy: &'a WasmPolicy,
    store: Store<Host>,
    inst: wasmtime::Instance,
}

impl Warm<'_> {
    pub fn select(&mut self, input: &SelectInput) -> Result<Ranking, PolicyError> {
        let limits = &self.policy.limits;
        self.store.set_fuel(limits.fuel).expect("fuel is enabled");
        let ticks = (limits.timeout.as_micros() / EPOCH_TICK.as_micros()).max(1) as u64;
        self.store.set_epoch_deadline(ticks);
        let p = self.policy;
        let (call, bytes) = p.select_wire(input, p.preferred_wire());
        p.call_in(&mut self.store, &self.inst, call, &bytes, |text| {
            super::ranking_from_answer(&p.name, call, input, text)
        })
    }
}

impl Policy for WasmPolicy {
    fn name(&self) -> &str {
        &self.name
    }
    fn can_select(&self) -> bool {
        self.select
    }
    fn can_place(&self) -> bool {
        self.place
    }
    fn select_export(&self) -> &'static str {
        self.select_wire_name(self.preferred_wire())
    }
    fn select(&self, input: &SelectInput) -> Result<Ranking, PolicyError> {
        self.select_with(input, self.preferred_wire())
    }
    /// `select` already checked the answer while reading it.
    fn select_and_check(&self, input: &SelectInput) -> Result<Ranking, PolicyError> {
        self.select(input)
    }
    fn place(&self, input: &PlaceInput) -> Result<Placements, PolicyError> {
        if !self.place {
            return Err(PolicyError::Unsupported {
                policy: self.name.to_string(),
                call: "place_nodes",
            });
        }
        let json = serde_json::to_vec(input).expect("policy input serializes");
        self.invoke("place_nodes", &json, self.json_answer("place_nodes"))
    }
}

#[cfg(test)]
mod limit_tests {
    use super::*;

    #[test]
    fn functions_are_counted_without_compiling() {
        // magic, version, a type section of 4 bytes, then a function section declaring 20,000.
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend([1, 4, 1, 0x60, 0, 0]);
        m.extend([3, 3, 0xa0, 0x9c, 0x01]);
        assert_eq!(defined_functions(&m), Some(20_000));
        assert_eq!(defined_functions(b"\0asm\x01\0\0\0"), Some(0));
        assert_eq!(defined_functions(b"(module (func) (func))"), Some(2));
        // A cut section header is not a count.
        assert_eq!(defined_functions(b"\0asm\x01\0\0\0\x03\xff"), None);
        // Memories: 40 pages; 2 pages with a maximum of 10; none; a cut section.
        let head = b"\0asm\x01\0\0\0";
        let with = |sec: &[u8]| [&head[..], sec].concat();
        assert_eq!(initial_memory(&with(&[5, 3, 1, 0, 40])), 40 << 16);
        assert_eq!(initial_memory(&with(&[5, 4, 1, 1, 2, 10])), 2 << 16);
        assert_eq!(initial_memory(&with(&[1, 4, 1, 0x60, 0, 0])), 0);
        assert_eq!(initial_memory(&with(&[5, 9, 1])), 0);
        assert_eq!(initial_memory(&with(&[5, 2, 1, 0])), 0);
        let many = format!("(module {})", "(func)".repeat(10_001));
        let e = WasmPolicy::from_bytes("many.wat", many.as_bytes(), Limits::default())
            .err()
            .unwrap()
            .to_string();
        assert!(
            e.contains("defines 10001 functions") && e.contains("at most 10000"),
            "{e}"
        );
    }
}
