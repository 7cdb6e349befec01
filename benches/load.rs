//! Load and failover under load, on a local cluster of three emulated nodes with the router:
//! - the generator's own cost: 20,000 players, its CPU seconds over wall time, as players per
//!   core against the 10,000-per-core goal (20,000 on this 2-core machine);
//! - 3x peak: average and p99 REST latency at the base and at 3x, placed through the router and
//!   by weight (what the router adds to placement is in the selections, not in REST), and
//!   through the rendered HAProxy edge against direct to the nodes (what the edge adds), when
//!   `haproxy` is installed;
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

struct Dir(tempfile::TempDir, Vec<Child>);

impl Drop for Dir {
    fn drop(&mut self) {
        for c in self.1.iter_mut() {
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
    // HAProxy's stats frontend, shared frontend and three node frontends: six ports in a row.
    let edge = (20_000u16..60_000)
        .step_by(7)
        .find(|p| (p - 1..p + 5).all(|q| std::net::TcpListener::bind(("127.0.0.1", q)).is_ok()))
        .expect("six free ports in a row");
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
output "haproxy" {{
  template = "haproxy.cfg"
  path     = "out/haproxy.cfg"
  vars     = {{ base_port = {edge} }}
}}
"#
    );
    let mut dir = Dir(tempfile::tempdir().unwrap(), Vec::new());
    let d = dir.0.path().to_path_buf();
    std::fs::write(d.join("stack.hcl"), stack).unwrap();
    lavastack(&d, &["apply", "--auto-approve"]);
    dir.1.push(
        common::lavastack(&d, &["serve"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let haproxy = std::process::Command::new("haproxy")
        .arg("-db")
        .arg("-f")
        .arg(d.join("out/haproxy.cfg"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let with_edge = match haproxy {
        Ok(c) => {
            dir.1.push(c);
            true
        }
        Err(e) => {
            rep.line(format!(
                "  (haproxy not runnable here: {e}; no edge figures)"
            ));
            false
        }
    };
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

    // 3x peak, by weight and through the router, direct to the nodes and through the edge.
    let base = "300";
    let mut runs = vec![("weight", false), ("router", false)];
    if with_edge {
        runs.extend([("weight", true), ("router", true)]);
    }
    let mut direct_avg = std::collections::BTreeMap::new();
    for (via, through_edge) in runs {
        let mut args = vec![
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
        ];
        if through_edge {
            args.push("--edge");
        }
        let r = lavastack(&d, &args);
        let label = if through_edge {
            format!("{via}, edge")
        } else {
            via.to_string()
        };
        let (b, p) = (&r["phases"][0]["rest"], &r["phases"][1]["rest"]);
        let (bavg, pavg) = (
            b["avg_ms"].as_f64().unwrap_or(0.0),
            p["avg_ms"].as_f64().unwrap_or(0.0),
        );
        rep.figure(
            &format!("REST avg at 3x ({label})"),
            pavg,
            "ms",
            Some(("REST avg at base", bavg)),
            json!({"p99_ms": p["p99_ms"], "base_p99_ms": b["p99_ms"], "target_ms": 150, "guilds": 900, "errors": p["errors"]}),
        );
        rep.line(format!(
            "  3x peak via {label:<13}: base avg {bavg:.2} ms p99 {:.2} | 3x avg {pavg:.2} ms p99 {:.2} ({:.2}x base; target 150 ms)",
            b["p99_ms"].as_f64().unwrap_or(0.0),
            p["p99_ms"].as_f64().unwrap_or(0.0),
            if bavg > 0.0 { pavg / bavg } else { 0.0 }
        ));
        if through_edge {
            if let Some(direct) = direct_avg.get(via).copied().filter(|d: &f64| *d > 0.0) {
                rep.figure(
                    &format!("REST avg at 3x through the edge ({via})"),
                    pavg,
                    "ms",
                    Some(("direct to the nodes", direct)),
                    json!({"p99_ms": p["p99_ms"]}),
                );
                rep.line(format!(
                    "  edge vs direct ({via}): 3x avg {pavg:.2} ms vs {direct:.2} ms = {:.2}x, +{:.2} ms a call",
                    pavg / direct,
                    pavg - direct
                ));
            }
        } else {
            direct_avg.insert(via, pavg);
        }
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
