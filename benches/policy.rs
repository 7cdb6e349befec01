//! Policy calls at 8, 32 and 128 nodes: the example WebAssembly policies (a fresh isolated store
//! per call) beside the native built-in on the same input. Prints decisions per second, p50/p99
//! and the wasm/native ratio, all measured in this run.
//!
//! Run: `cargo bench --bench policy` after building the examples
//! (`cd policies && cargo build --release --target wasm32-unknown-unknown`); falls back to the
//! checked-in `.wat` of each example.

mod common;

use std::path::PathBuf;

use lavastack::policy::bench::{synthetic_select, time_interleaved, Timing};

use lavastack::policy::{self, builtin, wasm::Limits, wasm::Wire, Policy};

/// A guest under policies/ by its folder there (`sticky-guild`, `test-guests/floor-sticky`).
fn module(dir: &str) -> PathBuf {
    let name = dir.rsplit('/').next().unwrap_or(dir);
    // The bench binary lives in <target>/release/deps/; the guests in <target>/policies/.
    let target = std::env::current_exe()
        .ok()
        .and_then(|p| p.ancestors().nth(3).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("target"));
    let built = target.join(format!(
        "policies/wasm32-unknown-unknown/release/{}.wasm",
        name.replace('-', "_")
    ));
    if built.exists() {
        return built;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("policies/{dir}/{name}.wat"))
}

fn wire_name(w: Wire) -> &'static str {
    match w {
        Wire::Json => "json",
        Wire::Packed => "packed",
    }
}

fn main() {
    let rep = common::Report::from_args("policy");
    let calls = 3000;
    rep.line(format!(
        "select_node, {calls} calls per row, this run (fresh = a new isolated store per call, as \
         lavastack calls policies; reused = one instance kept, to show what the fresh store costs):"
    ));
    rep.line(format!(
        "  {:>5}  {:<28} {:>10} {:>10} {:>10} {:>9}",
        "nodes", "policy", "per sec", "p50", "p99", "vs native"
    ));
    let modules: Vec<(&str, policy::wasm::WasmPolicy)> = ["region-affinity", "sticky-guild"]
        .iter()
        .map(|n| {
            (
                *n,
                policy::wasm::WasmPolicy::from_file(&module(n), Limits::default())
                    .expect("example loads"),
            )
        })
        .collect();
    // The floor: sticky-guild's ranking by hand over the packed bytes, no SDK (see its
    // src/lib.rs). Fresh, it is what isolation plus the host's encoding and check cost.
    let floor =
        policy::wasm::WasmPolicy::from_file(&module("test-guests/floor-sticky"), Limits::default())
            .expect("the floor guest loads");
    for nodes in [8, 32, 128] {
        let input = synthetic_select(nodes);
        let native = builtin::LeastLoad;
        // Every row of this node count is timed in turns with the others, so the ratios hold
        // while the machine's speed drifts.
        let mut names: Vec<String> = Vec::new();
        let mut fs: Vec<Box<dyn FnMut() -> Result<(), policy::PolicyError> + '_>> = Vec::new();
        names.push(native.name().to_string());
        let (native_ref, input_ref) = (&native, &input);
        fs.push(Box::new(move || {
            policy::select_checked(native_ref, input_ref).map(drop)
        }));
        // The sticky-guild guest's own code compiled natively, with the same bytes in and out
        // as a wasm call and its answer read and checked the same way: what the guest does,
        // without WebAssembly.
        for wire in [Wire::Json, Wire::Packed] {
            names.push(format!("sticky-guild native {}", wire_name(wire)));
            fs.push(Box::new(move || {
                let bytes = match wire {
                    Wire::Json => input_ref.to_json_bytes(),
                    Wire::Packed => input_ref.to_packed_bytes(),
                };
                let parsed = match wire {
                    Wire::Json => lavastack_policy_sdk::SelectInput::parse(&bytes),
                    Wire::Packed => lavastack_policy_sdk::SelectInput::from_packed(&bytes),
                }
                .expect("the host's encoding reads back");
                let out = sticky_guild::select(parsed).to_json();
                let text = std::str::from_utf8(&out).expect("the SDK writes UTF-8");
                let r = policy::ranking_from_answer("native", "select_node", input_ref, text)?;
                std::hint::black_box(r);
                Ok(())
            }));
        }
        // Parts of a fresh call, each timed alone: encoding the input, and a new store +
        // instance (no call).
        names.push("part: host encodes json".into());
        fs.push(Box::new(move || {
            std::hint::black_box(input_ref.to_json_bytes());
            Ok(())
        }));
        names.push("part: host encodes packed".into());
        fs.push(Box::new(move || {
            std::hint::black_box(input_ref.to_packed_bytes());
            Ok(())
        }));
        if let Some((_, p)) = modules.last() {
            names.push("part: fresh store+instance".into());
            fs.push(Box::new(move || {
                std::hint::black_box(p.warm()?);
                Ok(())
            }));
        }
        for (name, p) in &modules {
            for wire in [Wire::Json, Wire::Packed] {
                names.push(format!("{name} fresh {}", wire_name(wire)));
                // Checked as it is read, as every call's answer is.
                fs.push(Box::new(move || {
                    std::hint::black_box(p.select_with(input_ref, wire)?);
                    Ok(())
                }));
            }
            // One instance for every call (the SDK's arena starts over at each call).
            let mut warm = p.warm().expect("instantiates");
            names.push(format!("{name} reused packed"));
            fs.push(Box::new(move || warm.select(input_ref).map(drop)));
        }
        let sticky = &modules.last().expect("sticky-guild is loaded").1;
        assert_eq!(
            floor.select(&input).expect("the floor answers"),
            sticky.select(&input).expect("sticky-guild answers"),
            "the floor guest must rank as sticky-guild does"
        );
        let floor_ref = &floor;
        names.push("floor (no SDK) fresh packed".into());
        fs.push(Box::new(move || {
            std::hint::black_box(floor_ref.select(input_ref)?);
            Ok(())
        }));
        let mut floor_warm = floor.warm().expect("instantiates");
        names.push("floor (no SDK) reused".into());
        fs.push(Box::new(move || floor_warm.select(input_ref).map(drop)));
        let mut refs: Vec<&mut dyn FnMut() -> Result<(), policy::PolicyError>> =
            fs.iter_mut().map(|f| &mut **f as _).collect();
        let timings = time_interleaved(calls, &mut refs).expect("every call succeeds");
        let base = &timings[0];
        let row = |name: &str, t: &Timing| {
            let ratio = t.p50.as_secs_f64() / base.p50.as_secs_f64();
            rep.line(format!(
                "  {:>5}  {:<28} {:>10.0} {:>10.1?} {:>10.1?} {:>8.1}x",
                nodes, name, t.per_sec, t.p50, t.p99, ratio
            ));
            rep.figure(
                &format!("select p50, {nodes} nodes, {name}"),
                t.p50.as_secs_f64() * 1e6,
                "us",
                Some((native.name(), base.p50.as_secs_f64() * 1e6)),
                serde_json::json!({"nodes": nodes, "per_sec": t.per_sec, "p99_us": t.p99.as_secs_f64() * 1e6}),
            );
        };
        for (name, t) in names.iter().zip(&timings) {
            row(name, t);
        }
    }
}
