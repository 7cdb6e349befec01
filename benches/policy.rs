//! Policy calls at 8, 32 and 128 nodes: the example WebAssembly policies (a fresh isolated store
//! per call) beside the native built-in on the same input. Prints decisions per second, p50/p99
//! and the wasm/native ratio, all measured in this run.
//!
//! Run: `cargo bench --bench policy` after building the examples
//! (`cd policies && cargo build --release --target wasm32-unknown-unknown`); falls back to the
//! checked-in `.wat` of each example.

use std::path::PathBuf;

use lavastack::cli::policy::{synthetic_select, time_calls};
use lavastack::policy::{self, builtin, wasm::Limits, Policy};

fn module(name: &str) -> PathBuf {
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
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("policies/{name}/{name}.wat"))
}

fn main() {
    let calls = 3000;
    println!("select_node, {calls} calls per row, fresh isolated store per wasm call, this run:");
    println!(
        "  {:>5}  {:<20} {:>10} {:>10} {:>10} {:>8}",
        "nodes", "policy", "per sec", "p50", "p99", "vs native"
    );
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
    for nodes in [8, 32, 128] {
        let input = synthetic_select(nodes);
        let native = builtin::LeastLoad;
        let base = time_calls(calls, || {
            policy::select_checked(&native, &input).unwrap();
        });
        println!(
            "  {:>5}  {:<20} {:>10.0} {:>10.1?} {:>10.1?} {:>8}",
            nodes,
            native.name(),
            base.per_sec,
            base.p50,
            base.p99,
            "1.0x"
        );
        for (name, p) in &modules {
            let t = time_calls(calls, || {
                policy::select_checked(p, &input).unwrap();
            });
            println!(
                "  {:>5}  {:<20} {:>10.0} {:>10.1?} {:>10.1?} {:>7.1}x",
                nodes,
                name,
                t.per_sec,
                t.p50,
                t.p99,
                t.p50.as_secs_f64() / base.p50.as_secs_f64()
            );
        }
    }
}
