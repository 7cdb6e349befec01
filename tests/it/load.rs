//! `lavastack load` against the local cluster: every guild plays and players follow the
//! weights; a node killed under load has every one of its guilds playing again elsewhere within
//! the RTO; bad input fails clearly with nothing left running.

use crate::common::*;
use serde_json::Value;
use std::time::Duration;

fn stack(router: u16) -> String {
    // sticky-guild spreads guilds by hash; least-load, the default, sends every new guild to
    // the node that was emptiest at the last probe, so a burst lands on one node.
    format!(
        r#"stack "load" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{ player_update_interval = "1s" }}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b"]
}}
node "n1" {{
  region = "eu"
  weight = 3
}}
node "n2" {{
  region = "eu"
  zone   = "b"
  weight = 2
}}
node "n3" {{
  region = "eu"
  weight = 1
}}
policy "selection" {{ module = "{}" }}
router {{
  listen   = "127.0.0.1:{router}"
  interval = "200ms"
  fall     = 2
}}
"#,
        sticky_guild().display()
    )
}

#[test]
fn load_plays_every_guild_by_weight_and_survives_a_killed_node() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let router = dead_port();
    env.write("stack.hcl", &stack(router));
    env.run(&["apply", "--auto-approve"]).ok();

    // By weight, base then 2x: every guild placed and playing, shares near 3:2:1.
    let r = env.run(&[
        "load",
        "--guilds",
        "150",
        "--to",
        "2x",
        "--ramp",
        "1s",
        "--hold",
        "2s",
        "--rest-per-minute",
        "60",
        "--track",
        "1s",
        "--via",
        "weight",
        "--format",
        "json",
        "--out",
        "load.json",
        "--expect-latency",
        "150ms",
    ]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::from_str::<Value>(&env.read("load.json")).unwrap()
    );
    let phases = v["phases"].as_array().unwrap();
    assert_eq!(phases.len(), 2, "{v}");
    assert_eq!(phases[1]["name"], "2x");
    assert_eq!(v["selections"], 300, "{v}");
    assert_eq!(v["start_errors"], 0, "{v}");
    assert!(
        v["track_ends"].as_u64().unwrap() > 0,
        "queues played on: {v}"
    );
    for p in phases {
        assert_eq!(p["errors"], 0, "{p}");
        let players: u64 = p["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["players"].as_u64().unwrap())
            .sum();
        assert_eq!(
            players,
            p["guilds"].as_u64().unwrap(),
            "every guild plays: {p}"
        );
        assert!(p["rest"]["requests"].as_u64().unwrap() > 100, "{p}");
        for n in p["nodes"].as_array().unwrap() {
            let (got, want) = (
                n["player_share"].as_f64().unwrap(),
                n["weight_share"].as_f64().unwrap(),
            );
            assert!(
                (got - want).abs() < 0.12,
                "{} has {got:.2} of players, weight asks {want:.2}",
                n["node"]
            );
        }
    }

    // Through the router, n2 killed mid-run: every guild it had plays again elsewhere.
    let _router = serve(&env, router);
    std::thread::sleep(Duration::from_millis(800));
    let r = env.run(&[
        "load",
        "--guilds",
        "120",
        "--ramp",
        "1s",
        "--hold",
        "5s",
        "--rest-per-minute",
        "30",
        "--via",
        "router",
        "--fault",
        "kill:n2@3s",
        "--expect-rto",
        "30s",
        "--format",
        "json",
        "--chart",
        "load.svg",
    ]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["router"].as_bool().unwrap());
    assert_eq!(v["failover_errors"], 0, "{v}");
    let moved = v["failovers"].as_u64().unwrap();
    let gaps = &v["gaps"];
    assert_eq!(gaps["requests"].as_u64().unwrap(), moved, "{v}");
    // Position updates every second: the gap is that cadence plus the move, well inside the RTO.
    assert!(gaps["max_ms"].as_f64().unwrap() < 5_000.0, "{v}");
    let end = &v["phases"][0]["nodes"];
    let on = |n: &str| {
        end.as_array()
            .unwrap()
            .iter()
            .find(|x| x["node"] == n)
            .unwrap()["players"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(on("n2"), 0, "nobody left on the killed node: {v}");
    assert_eq!(on("n1") + on("n3"), 120, "{v}");
    assert!(r.stderr.contains("n2 was killed"), "{}", r.stderr);
    // The time series and the chart: a point a second, the fault marked, valid XML.
    assert!(v["series"].as_array().unwrap().len() >= 4, "{v}");
    assert_eq!(v["gone"][0]["node"], "n2", "{v}");
    assert_eq!(v["chart"], "load.svg");
    let svg = env.read("load.svg");
    assert!(
        svg.contains("n2 gone") && svg.matches("<polyline").count() == 3,
        "{svg}"
    );
    let xml = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])",
        ])
        .arg(env.path("load.svg"))
        .output()
        .unwrap();
    assert!(
        xml.status.success(),
        "{}",
        String::from_utf8_lossy(&xml.stderr)
    );
    eprintln!(
        "failover under load: {moved} players moved, gap p50 {} ms, p99 {} ms, max {} ms; recovery avg {} ms",
        gaps["p50_ms"], gaps["p99_ms"], gaps["max_ms"], v["recoveries"]["avg_ms"]
    );

    // Bad input: named, exit 1, nothing started.
    for (args, needle) in [
        (vec!["--guilds", "0"], "--guilds must be from 1 to 100000"),
        (
            vec!["--guilds", "90000", "--to", "3x"],
            "more than 100000 guilds",
        ),
        (vec!["--to", "50x"], "must be a multiple from 1x to 20x"),
        (
            vec!["--fault", "explode:n1@1s"],
            "--fault must look like kill:NODE@20s",
        ),
        (
            vec!["--fault", "kill:nope@1s"],
            "no node \"nope\" in the state",
        ),
        (
            vec!["--fault", "kill:n1@10m", "--hold", "1s"],
            "the run ends after",
        ),
        (vec!["--hold", "0s"], "--hold must be from 1s to 1h"),
        (vec!["--track", "10ms"], "--track must be from 500ms to 1h"),
    ] {
        let mut a = vec!["load"];
        a.extend(args);
        env.run(&a).fails(1, needle);
    }
    // n2 was killed above and not applied back: an unreachable node fails the run before any
    // player starts, named, exit 1.
    env.run(&["load", "--hold", "1s", "--via", "weight"])
        .fails(1, "node n2: not reachable");
    // A wrong password is refused by the nodes before any player starts.
    let r = Run::from(
        env.cmd(&["load", "--hold", "1s", "--via", "weight"])
            .env("LAVASTACK_VAR_password", "not-the-password")
            .output()
            .unwrap(),
    );
    r.fails(1, "node n1: HTTP 401: the node refused the password");
}

/// A schedule from a phase file (up, then down), three bot clients with their own sessions,
/// and placement by the stack's own selection policy run in the generator.
#[test]
fn load_runs_a_phase_file_with_several_clients_and_the_policy() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write("stack.hcl", &stack(dead_port()));
    env.run(&["apply", "--auto-approve"]).ok();
    env.write(
        "phases.txt",
        "# name guilds ramp hold\nup    60  500ms 2s\ndown  0.5x 500ms 2s\n",
    );
    let r = env.run(&[
        "load",
        "--phases",
        "phases.txt",
        "--clients",
        "3",
        "--via",
        "policy",
        "--rest-per-minute",
        "60",
        "--track",
        "1s",
        "--format",
        "json",
    ]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["clients"], 3, "{v}");
    assert!(
        v["placement"]
            .as_str()
            .unwrap()
            .starts_with("by the policy "),
        "{v}"
    );
    assert_eq!(v["start_errors"], 0, "{v}");
    assert_eq!(v["selection_errors"], 0, "{v}");
    let phases = v["phases"].as_array().unwrap();
    assert_eq!(
        phases
            .iter()
            .map(|p| (p["name"].as_str().unwrap(), p["guilds"].as_u64().unwrap()))
            .collect::<Vec<_>>(),
        [("up", 60), ("down", 30)]
    );
    for p in phases {
        assert_eq!(p["errors"], 0, "{p}");
        let players: Vec<u64> = p["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["players"].as_u64().unwrap())
            .collect();
        assert_eq!(
            players.iter().sum::<u64>(),
            p["guilds"].as_u64().unwrap(),
            "{p}"
        );
        assert!(
            players.iter().all(|n| *n > 0),
            "the policy spread guilds over every node: {p}"
        );
    }

    // A bad phase file is named with its line and field; nothing starts.
    env.write("bad.txt", "base 10 1s 1s\npeak 3x soon 1s\n");
    env.run(&["load", "--phases", "bad.txt"])
        .fails(1, "bad.txt:2: ramp: \"soon\" is not a duration");
    env.run(&["load", "--phases", "missing.txt"])
        .fails(1, "--phases missing.txt: cannot read it");
    env.run(&["load", "--phases", "/dev/zero"])
        .fails(1, "--phases /dev/zero: cannot read it");
    env.run(&["load", "--edge", "--hold", "1s"]).fails(
        1,
        "--edge: the stack has no output with the built-in haproxy.cfg template",
    );
    env.run(&["load", "--clients", "0", "--hold", "1s"])
        .fails(1, "--clients must be from 1 to 64");
    env.run(&["load", "--phases", "phases.txt", "--to", "3x"])
        .fails(1, "'--phases <FILE>' cannot be used with '--to <TO>'");
}

/// The emulator's capacity model makes saturation visible: REST slows as nodes fill, frames go
/// missing past capacity, and `baseline` sees a full node for what it is.
#[test]
fn the_capacity_model_slows_full_nodes_and_baseline_sees_them() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write(
        "stack.hcl",
        r#"stack "cap" { password = var.password }
variable "password" { sensitive = true }
provider "local" "dev" {
  emulator_capacity       = 40
  emulator_latency        = "60ms"
  emulator_stats_interval = "1s"
}
region "eu" { provider = "local.dev" }
node "n1" { region = "eu" }
node "n2" { region = "eu" }
"#,
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let r = env.run(&[
        "load",
        "--guilds",
        "16",
        "--to",
        "6x",
        "--ramp",
        "1s",
        "--hold",
        "3s",
        "--rest-per-minute",
        "60",
        "--via",
        "weight",
        "--format",
        "json",
    ]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let (base, full) = (&v["phases"][0]["rest"], &v["phases"][1]["rest"]);
    // 8 players a node (u = 0.2): ~0.5 ms added; 48 a node (u = 1.2): past 60 ms added.
    assert!(base["avg_ms"].as_f64().unwrap() < 20.0, "{v}");
    assert!(full["avg_ms"].as_f64().unwrap() > 30.0, "{v}");
    // Past capacity frames go missing, and the report shows it from the nodes' own stats.
    let mut past = 0;
    for n in v["phases"][1]["nodes"].as_array().unwrap() {
        let f = &n["frames"];
        assert!(f["reports"].as_u64().unwrap() >= 1, "{n}");
        if n["players"].as_u64().unwrap() > 40 {
            past += 1;
            assert!(f["deficit"].as_i64().unwrap() > 0, "{n}");
        } else {
            assert_eq!(f["deficit"], 0, "{n}");
        }
    }
    assert!(past >= 1, "96 guilds on two nodes of 40: {v}");
    for n in v["phases"][0]["nodes"].as_array().unwrap() {
        assert_eq!(n["frames"]["deficit"], 0, "under capacity: {n}");
    }
    eprintln!(
        "capacity model: avg {} ms at 20% -> {} ms at 100%",
        base["avg_ms"], full["avg_ms"]
    );

    // 100 players on a node of 40: CPU saturated; baseline calls it full at 100 rather than
    // extrapolating from a load that stopped growing.
    let (_ws, _) = players_on(&env, "n1", &(1..=100).collect::<Vec<u64>>());
    let b = env.run(&[
        "baseline", "--for", "1s", "--every", "250ms", "--format", "json",
    ]);
    b.ok();
    let v: Value = serde_json::from_str(&b.stdout).unwrap();
    let n1 = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == "n1")
        .unwrap()
        .clone();
    assert_eq!(n1["peak_playing_players"], 100, "{v}");
    assert_eq!(n1["capacity_by"], "cpu (saturated)", "{v}");
    assert_eq!(n1["capacity"], 100, "{v}");
    assert_eq!(n1["peak_system_load"], 1.0, "{v}");

    // A latency fault slows one node mid-run, and is cleared at the end.
    drop(_ws);
    let r = env.run(&[
        "load",
        "--guilds",
        "10",
        "--hold",
        "3s",
        "--ramp",
        "0s",
        "--rest-per-minute",
        "120",
        "--via",
        "weight",
        "--fault",
        "latency:n2@1s",
        "--fault-latency",
        "200ms",
        "--format",
        "json",
    ]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let avg = |n: &str| {
        v["phases"][0]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["node"] == n)
            .unwrap()["rest"]["avg_ms"]
            .as_f64()
            .unwrap()
    };
    assert!(
        avg("n2") > 80.0 && avg("n1") < 40.0,
        "n1 {} n2 {}: {v}",
        avg("n1"),
        avg("n2")
    );
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let admin: std::net::SocketAddr = st["nodes"]["n2"]["private"]["admin"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let mut s = std::net::TcpStream::connect(admin).unwrap();
    use std::io::{Read, Write};
    write!(
        s,
        "GET /faults HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.contains("\"latency_ms\":0"), "the fault stayed: {out}");

    // Settings out of range are the stack's error, named.
    env.write(
        "bad.hcl",
        "stack \"b\" { password = \"x\" }\nprovider \"local\" \"d\" { emulator_latency = \"1s\" }\nregion \"r\" { provider = \"local.d\" }\n",
    );
    env.run(&["--stack", "bad.hcl", "validate"])
        .fails(1, "emulator_latency needs emulator_capacity");
}

/// A burst of new guilds through the router with the default `builtin:least-load` spreads over
/// the nodes: the router counts what it sent since it last read each node's players, so the
/// node that was emptiest at the last read does not take the whole burst.
#[test]
fn a_burst_through_the_router_spreads_with_least_load() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let router = dead_port();
    env.write(
        "stack.hcl",
        &format!(
            r#"stack "burst" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{ provider = "local.dev" }}
node "n1" {{ region = "eu" }}
node "n2" {{ region = "eu" }}
node "n3" {{ region = "eu" }}
router {{
  listen   = "127.0.0.1:{router}"
  interval = "1s"
}}
"#
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let _router = serve(&env, router);
    std::thread::sleep(Duration::from_millis(2500));
    // 150 guilds in half a second: one or two probe reads at most.
    let r = env.run(&[
        "load",
        "--guilds",
        "150",
        "--ramp",
        "500ms",
        "--hold",
        "1s",
        "--rest-per-minute",
        "0",
        "--via",
        "router",
        "--format",
        "json",
    ]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    for n in v["phases"][0]["nodes"].as_array().unwrap() {
        let share = n["player_share"].as_f64().unwrap();
        assert!(
            (0.2..=0.47).contains(&share),
            "{} took {share:.2} of the burst: {v}",
            n["node"]
        );
    }
}
