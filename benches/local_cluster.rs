//! Apply-to-all-healthy for the README's example cluster (stacks/local.hcl: three emulated
//! nodes): times `lavastack apply` until it returns (it waits for every node's REST and
//! WebSocket health), confirms with `status --check`, then destroys. Prints the median over
//! runs and its ratio to a 60 s budget, all measured in this run.
//!
//! Run: `cargo bench --bench local_cluster`.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

fn run(dir: &std::path::Path, args: &[&str]) -> Duration {
    let t = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_lavastack"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("lavastack runs");
    let took = t.elapsed();
    assert!(
        out.status.success(),
        "lavastack {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn main() {
    let rep = common::Report::from_args("local_cluster");
    let runs = 5;
    let stack =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/stacks/local.hcl")).unwrap();
    let mut apply = Vec::new();
    let mut destroy = Vec::new();
    for _ in 0..runs {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("stack.hcl"), &stack).unwrap();
        apply.push(run(dir.path(), &["apply", "--auto-approve"]));
        run(dir.path(), &["status", "--check"]);
        destroy.push(run(dir.path(), &["destroy", "--auto-approve"]));
    }
    apply.sort();
    destroy.sort();
    let a = apply[runs / 2];
    let d = destroy[runs / 2];
    rep.figure(
        "apply until 3 nodes healthy",
        a.as_secs_f64(),
        "s",
        Some(("60 s budget", 60.0)),
        serde_json::json!({"runs": runs}),
    );
    rep.figure(
        "destroy 3 nodes",
        d.as_secs_f64(),
        "s",
        Some(("apply", a.as_secs_f64())),
        serde_json::json!({"runs": runs}),
    );
    rep.line(format!(
        "local cluster benchmark: stacks/local.hcl (3 emulated nodes), median of {runs} runs"
    ));
    rep.line(format!(
        "  apply until all healthy   {:>8.3}s  = {:.4} of a 60 s budget",
        a.as_secs_f64(),
        a.as_secs_f64() / 60.0
    ));
    rep.line(format!(
        "  destroy                   {:>8.3}s",
        d.as_secs_f64()
    ));
    rep.line(format!(
        "  (fastest apply {:.3}s, slowest {:.3}s)",
        apply[0].as_secs_f64(),
        apply[runs - 1].as_secs_f64()
    ));
}
