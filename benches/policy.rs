//! Policy calls at 8, 32 and 128 nodes: the example WebAssembly policies (a fresh isolated store
//! per call) beside the native built-in on the same input. Prints decisions per second, p50/p99
//! and the wasm/native ratio, all measured in this run.
//!
//! Run: `cargo bench --bench policy` after building the examples
//! (`cd policies && cargo build --release --target wasm32-unknown-unknown`); falls back to the
//! checked-in `.wat` of each example.

mod common;

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
    let rep = common::Report::from_args("policy");
    let calls = 3000;
    rep.line(format!(
        "select_node, {calls} calls per row, this run (fresh = a new isolated store per call, as \
         lavastack calls policies; reused = one instance kept, to show what the fresh store costs):"
    ));
    rep.line(format!(
        "  {:>5}  {:<24} {:>10} {:>10} {:>10} {:>9}",
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
    for nodes in [8, 32, 128] {
        let input = synthetic_select(nodes);
        let native = builtin::LeastLoad;
        let base = time_calls(calls, || {
            policy::select_checked(&native, &input).unwrap();
        });
        let row = |name: &str, t: &lavastack::cli::policy::Timing| {
            let ratio = t.p50.as_secs_f64() / base.p50.as_secs_f64();
            rep.line(format!(
                "  {:>5}  {:<24} {:>10.0} {:>10.1?} {:>10.1?} {:>8.1}x",
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
        row(native.name(), &base);
        // The sticky-guild guest's own code compiled natively, with the same JSON in and out
        // as a wasm call: what the guest does, without WebAssembly.
        let same = time_calls(calls, || {
            let bytes = serde_json::to_vec(&input).unwrap();
            let parsed: lavastack_policy_sdk::SelectInput = serde_json::from_slice(&bytes).unwrap();
            let out = serde_json::to_vec(&sticky_guild::select(parsed)).unwrap();
            let r: policy::Ranking = serde_json::from_slice(&out).unwrap();
            std::hint::black_box(r);
        });
        row("sticky-guild native+json", &same);
        for (name, p) in &modules {
            let fresh = time_calls(calls, || {
                policy::select_checked(p, &input).unwrap();
            });
            row(&format!("{name} fresh"), &fresh);
            // Guests never free what the host allocates in them (a fresh store forgets it all),
            // so a kept instance is renewed now and then, before its memory fills up.
            let mut warm = p.warm().expect("instantiates");
            let mut n = 0;
            let reused = time_calls(calls, || {
                n += 1;
                if n % 50 == 0 {
                    warm = p.warm().expect("instantiates");
                }
                warm.select(&input).unwrap();
            });
            row(&format!("{name} reused"), &reused);
        }
    }
}
