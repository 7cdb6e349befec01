//! Policy calls: the example WebAssembly policies (a fresh isolated store per call) beside the
//! native built-ins on the same 32-node input. Prints decisions per second, p50/p99 and the
//! wasm/native ratio, all measured in this run.
//!
//! Run: `cargo bench --bench policy` after building the examples
//! (`cd policies && cargo build --release --target wasm32-unknown-unknown`); falls back to the
//! checked-in `.wat` of each example.

use std::path::PathBuf;

use lavastack::cli::policy::{synthetic_select, time_calls};
use lavastack::policy::{self, builtin, wasm::Limits, Policy};

fn module(name: &str) -> PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let built = PathBuf::from(target).join(format!(
        "policies/wasm32-unknown-unknown/release/{}.wasm",
        name.replace('-', "_")
    ));
    if built.exists() {
        return built;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("policies/{name}/{name}.wat"))
}

fn main() {
    let calls = 5000;
    let input = synthetic_select(32);
    let native = builtin::LeastLoad;
    let base = time_calls(calls, || {
        policy::select_checked(&native, &input).unwrap();
    });
    println!("select_node, 32 nodes, {calls} calls each (median of the run):");
    println!(
        "  {:<22} {:>10.0}/s  p50 {:>9.1?}  p99 {:>9.1?}",
        "builtin:least-load", base.per_sec, base.p50, base.p99
    );
    for name in ["region-affinity", "sticky-guild"] {
        let path = module(name);
        let p =
            policy::wasm::WasmPolicy::from_file(&path, Limits::default()).expect("example loads");
        let t = time_calls(calls, || {
            policy::select_checked(&p, &input).unwrap();
        });
        println!(
            "  {:<22} {:>10.0}/s  p50 {:>9.1?}  p99 {:>9.1?}  wasm/native p50 {:.1}x",
            name,
            t.per_sec,
            t.p50,
            t.p99,
            t.p50.as_secs_f64() / base.p50.as_secs_f64()
        );
        let _ = p.name();
    }
}
