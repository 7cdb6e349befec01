//! Load and failover under load, on a local cluster of three emulated nodes with the router:
//! - the generator's own cost: 20,000 players, its CPU seconds over wall time, as players per
//!   core against the 10,000-per-core goal (20,000 on this 2-core machine);
//! - 3x peak: average and p99 REST latency at the base and at 3x, placed through the router and
//!   by weight (what the router adds to placement is in the selections, not in REST);
//! - failover at 3x: playback gaps for a killed and a frozen node, beside the recovery time
//!   (noticed -> playing again) of the same run.
//!
//! Every ratio is measured in this run.
//!
//! Run: `cargo bench --bench load` (`-- --format json` for NDJSON).

mod common;

use std::process::{Child, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

struct Dir(tempfile::TempDir, Option<Child>);

impl Drop for Dir {
    fn drop(&mut self) {
        if let Some(c) = self.1.as_mut() {
            let _ = c.kill();
            let _ = c.wait();
        }
        let _ = common::lavastack(self.0.path(), &["destroy", "--auto-approve"]).output();
    }
}

/// Runs lavastack to success and reads its JSON answer (Null for text).
fn lavastack(dir: &std::path::Path, args: &[&str]) -> Value {
    let out = common::lavastack(dir, args)
        .output()
        .expect("lavastack runs");
    assert!(
        out.status.success(),
        "lavastack {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or(Value::Null)
}

fn main() {
    let rep = common::Report::from_args("load");
    let router = common::free_port();
    let sticky = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/policies/sticky-guild/sticky-guild.wat"
    );
    let stack = format!(
        r#"stack "bench" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{ player_update_interval = "1s" }}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b"]
}}
node "n1" {{ region = "eu" }}
node "n2" {{
  region = "eu"
  zone   = "b"
}}
node "n3" {{ region = "eu" }}
policy "selection" {{ module = "{sticky}" }}
router {{
  listen   = "127.0.0.1:{router}"
  interval = "200ms"
  fall     = 2
}}
"#
    );
    let mut dir = Dir(tempfile::tempdir().unwrap(), None);
    let d = dir.0.path().to_path_buf();
    std::fs::write(d.join("stack.hcl"), stack).unwrap();
    lavastack(&d, &["apply", "--auto-approve"]);
    dir.1 = Some(
        common::lavastack(&d, &["serve"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    std::thread::sleep(Duration::from_secs(2));

    // The generator's own cost.
    let g = lavastack(
        &d,
        &[
            "load",
            "--guilds",
            "20000",
            "--ramp",
            "10s",
            "--hold",
            "10s",
            "--rest-per-minute",
            "6",
            "--via",
            "weight",
            "--format",
            "json",
        ],
    );
    let ppc = g["players_per_core"].as_f64().unwrap_or(0.0);
    rep.figure(
        "generator players per core",
        ppc,
        "players/core",
        Some(("goal 10,000 per core", 10_000.0)),
        json!({"players": 20000, "cpu_seconds": g["generator_cpu_seconds"], "wall_seconds": g["wall_seconds"], "p99_ms": g["phases"][0]["rest"]["p99_ms"]}),
    );
    rep.line("load benchmark: 3 emulated nodes, the router, this machine");
    rep.line(format!(
        "  generator: 20,000 players, {:.1} CPU s over {:.0} s = {ppc:.0} players per core ({:.2}x the 10,000 goal)",
        g["generator_cpu_seconds"].as_f64().unwrap_or(0.0),
        g["wall_seconds"].as_f64().unwrap_or(0.0),
        ppc / 10_000.0
    ));

    // 3x peak, by weight and through the router.
    let base = "300";
    for via in ["weight", "router"] {
        let r = lavastack(
            &d,
            &[
                "load",
                "--guilds",
                base,
                "--to",
                "3x",
                "--ramp",
                "3s",
                "--hold",
                "5s",
                "--rest-per-minute",
                "30",
                "--via",
                via,
                "--format",
                "json",
            ],
        );
        let (b, p) = (&r["phases"][0]["rest"], &r["phases"][1]["rest"]);
        let (bavg, pavg) = (
            b["avg_ms"].as_f64().unwrap_or(0.0),
            p["avg_ms"].as_f64().unwrap_or(0.0),
        );
        rep.figure(
            &format!("REST avg at 3x ({via})"),
            pavg,
            "ms",
            Some(("REST avg at base", bavg)),
            json!({"p99_ms": p["p99_ms"], "base_p99_ms": b["p99_ms"], "target_ms": 150, "guilds": 900}),
        );
        rep.line(format!(
            "  3x peak via {via:<6}: base avg {bavg:.2} ms p99 {:.2} | 3x avg {pavg:.2} ms p99 {:.2} ({:.2}x base; target 150 ms)",
            b["p99_ms"].as_f64().unwrap_or(0.0),
            p["p99_ms"].as_f64().unwrap_or(0.0),
            if bavg > 0.0 { pavg / bavg } else { 0.0 }
        ));
    }

    // Failover at 3x: kill, then freeze, each beside its own recovery figure.
    for (fault, node) in [("kill", "n2"), ("freeze", "n3")] {
        let r = lavastack(
            &d,
            &[
                "load",
                "--guilds",
                base,
                "--to",
                "3x",
                "--ramp",
                "2s",
                "--hold",
                "6s",
                "--rest-per-minute",
                "30",
                "--via",
                "router",
                "--fault",
                &format!("{fault}:{node}@6s"),
                "--expect-rto",
                "30s",
                "--format",
                "json",
            ],
        );
        let gap = &r["gaps"];
        let rec = &r["recoveries"];
        rep.figure(
            &format!("playback gap p99 ({fault} at 3x)"),
            gap["p99_ms"].as_f64().unwrap_or(0.0),
            "ms",
            Some(("RTO 30 s", 30_000.0)),
            json!({"moved": r["failovers"], "failed": r["failover_errors"], "p50_ms": gap["p50_ms"], "max_ms": gap["max_ms"], "recovery_avg_ms": rec["avg_ms"], "recovery_p99_ms": rec["p99_ms"]}),
        );
        rep.line(format!(
            "  {fault:<6} {node} at 3x: {} players moved ({} failed), gap p50 {:.0} ms p99 {:.0} max {:.0}; noticed -> playing avg {:.0} ms p99 {:.0}",
            r["failovers"], r["failover_errors"],
            gap["p50_ms"].as_f64().unwrap_or(0.0), gap["p99_ms"].as_f64().unwrap_or(0.0), gap["max_ms"].as_f64().unwrap_or(0.0),
            rec["avg_ms"].as_f64().unwrap_or(0.0), rec["p99_ms"].as_f64().unwrap_or(0.0)
        ));
        if fault == "kill" {
            // Bring it back for the next fault.
            lavastack(&d, &["apply", "--auto-approve"]);
            std::thread::sleep(Duration::from_secs(2));
        }
    }
}
