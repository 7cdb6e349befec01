//! examples/bot (npm lavalink-client + the router) against emulated nodes: 20 guilds play, a
//! node is drained through the router and its players leave it, another is killed mid-playback,
//! and every player must be playing on a live, undrained node again. Each assignment is one
//! structured log line, and the bot's metrics pass `promtool check metrics`.

use crate::common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

#[test]
fn bot_moves_every_player_off_a_killed_node() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("examples/bot/node_modules/lavalink-client")
            .exists(),
        "npm packages for examples/bot are missing: run tests/run.sh"
    );
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    env.write(
        "stack.hcl",
        &format!(
            r#"stack "bot" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b", "c"]
}}
node "n1" {{ region = "eu" }}
node "n2" {{ region = "eu" }}
node "n3" {{ region = "eu" }}
policy "selection" {{ module = "{}" }}
router {{
  listen   = "127.0.0.1:{port}"
  interval = "200ms"
  token    = "bot-admin-token"
}}
output "bot" {{
  template = "lavaNodesConfig.js"
  path     = "out/lavaNodesConfig.js"
}}
"#,
            sticky_guild().display()
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let _router = serve(&env, port);
    std::thread::sleep(Duration::from_millis(800)); // rise probes

    let mut demo = Proc(
        std::process::Command::new("node")
            .arg(root.join("examples/bot/demo.mjs"))
            .arg(env.path("out/lavaNodesConfig.js"))
            .arg("20")
            .env("LAVALINK_PASSWORD", SECRET)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    let state: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let lines = BufReader::new(demo.0.stdout.take().unwrap()).lines();
    let mut verified = None;
    let mut evacuated = None;
    let mut drained_ev = None;
    let mut metrics = None;
    let mut assignments: Vec<Value> = Vec::new();
    let (mut killed, mut drained) = (String::new(), String::new());
    let kill = |node: &str| {
        let pid: i32 = state["nodes"][node]["provider_id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        // SAFETY: the emulator process the local provider started for the node.
        unsafe { libc::kill(pid, libc::SIGKILL) };
    };
    for line in lines {
        let line = line.unwrap();
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        match v["event"].as_str() {
            Some("assignment") => assignments.push(v.clone()),
            Some("ready") => {
                // Drain the node with the fewest players (but some), kill the one with the most.
                let mut counts = std::collections::BTreeMap::new();
                for n in v["where"].as_object().unwrap().values() {
                    *counts.entry(n.as_str().unwrap().to_string()).or_insert(0) += 1;
                }
                let mut by: Vec<(String, i32)> = counts.into_iter().collect();
                by.sort_by_key(|(n, c)| (*c, n.clone()));
                killed = by.last().unwrap().0.clone();
                drained = by.first().unwrap().0.clone();
                assert_ne!(killed, drained, "all 20 guilds on one node: {v}");
                env.run(&["node", "drain", &drained]).ok();
            }
            Some("drained") => {
                assert_eq!(v["node"], drained.as_str(), "{v}");
                drained_ev = Some(v.clone());
                kill(&killed);
            }
            // The first for the killed node is the one that moved its players: lavalink-client
            // reports a disconnect again each time a reconnect to the dead node fails, and
            // those evacuations find nothing left to move (seen on a slow CI machine).
            Some("evacuated") if evacuated.is_none() && v["node"] == killed.as_str() => {
                evacuated = Some(v.clone())
            }
            Some("verified") => verified = Some(v.clone()),
            Some("metrics") => metrics = Some(v["text"].as_str().unwrap().to_string()),
            _ => {}
        }
    }
    let status = demo.0.wait().unwrap();
    let verified = verified.expect("the demo verified the players");
    assert_eq!(verified["dead"], killed.as_str());
    assert_eq!(verified["playing"], 20, "{verified}");
    assert!(status.success());
    let ev = evacuated.expect("evacuation reported");
    let moved = ev["moved"].as_u64().unwrap();
    assert!(moved > 0);
    let drained_moved = drained_ev.expect("the drain was followed")["moved"]
        .as_u64()
        .unwrap();
    assert!(drained_moved > 0);
    eprintln!(
        "moved {moved} players off {killed} in {} ms; {drained_moved} off drained {drained}",
        ev["ms"]
    );

    // One line per assignment: 20 selects, then one per player moved, each saying why.
    let by_reason = |r: &str| assignments.iter().filter(|a| a["reason"] == r).count() as u64;
    assert_eq!(by_reason("select"), 20);
    assert_eq!(by_reason("drain"), drained_moved);
    assert_eq!(by_reason("failover"), moved);
    for a in &assignments {
        assert!(
            a["ts"].is_string() && a["guild"].is_string() && a["node"].is_string(),
            "{a}"
        );
        if a["reason"] != "select" {
            assert!(a["from"].is_string() && a["from"] != a["node"], "{a}");
        }
        if a["reason"] == "failover" {
            assert!(
                a["node"] != killed.as_str() && a["node"] != drained.as_str(),
                "{a}"
            );
        }
    }

    // The bot's metrics are valid exposition text and agree with the lines.
    let text = metrics.expect("the demo printed its metrics");
    let mut check = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool is installed (tests/run.sh)");
    use std::io::Write as _;
    check
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = check.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool check metrics: {}{}\n{text}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let value = |series: &str| -> f64 {
        text.lines()
            .find_map(|l| l.strip_prefix(series).and_then(|r| r.strip_prefix(' ')))
            .unwrap_or_else(|| panic!("no {series} in\n{text}"))
            .parse()
            .unwrap()
    };
    assert_eq!(value("lavastack_bot_failovers_total"), moved as f64);
    assert_eq!(
        value("lavastack_bot_assignments_total{reason=\"select\"}"),
        20.0
    );
    assert_eq!(
        value(&format!("lavastack_bot_players{{node=\"{killed}\"}}")),
        0.0
    );
    assert_eq!(
        value(&format!("lavastack_bot_players{{node=\"{drained}\"}}")),
        0.0
    );
    let total: f64 = ["n1", "n2", "n3"]
        .iter()
        .map(|n| value(&format!("lavastack_bot_players{{node=\"{n}\"}}")))
        .sum();
    assert_eq!(total, 20.0);
}

/// `GET /version` with `password`: the HTTP status the node answers.
fn version_status(port: u16, password: &str) -> u16 {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(
        s,
        "GET /version HTTP/1.1\r\nHost: n\r\nAuthorization: {password}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut head = [0u8; 12];
    s.read_exact(&mut head).unwrap();
    String::from_utf8_lossy(&head[9..12]).parse().unwrap()
}

/// `rotate password` on a 3-node local cluster while the example bot keeps 20 players
/// playing through the router: the bot takes each node's credential from the router, every
/// player still plays at the end on a connected node, the old password is refused everywhere
/// and the new one is the stack's (promoted into its secret file).
#[test]
fn rotate_password_while_the_bot_plays() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("examples/bot/node_modules/lavalink-client")
            .exists(),
        "npm packages for examples/bot are missing: run tests/run.sh"
    );
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    let (old, new) = ("old-rotating-password-1", "new-rotating-password-2");
    let base = free_block();
    env.write("secrets/pw", &format!("{old}\n"));
    env.write("secrets/new-pw", &format!("{new}\n"));
    env.write(
        "stack.hcl",
        &format!(
            r#"stack "rot" {{ password = secret("file:secrets/pw") }}
provider "local" "dev" {{}}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b", "c"]
}}
node "n1" {{ region = "eu" }}
node "n2" {{ region = "eu" }}
node "n3" {{ region = "eu" }}
router {{
  listen   = "127.0.0.1:{port}"
  interval = "200ms"
  token    = "rotation-admin-token"
}}
# Replaced local nodes come back on new ports: the bot reaches each node through its
# HAProxy endpoint, which apply points at the new process through the runtime API.
output "bot" {{
  template = "lavaNodesConfig.js"
  path     = "out/lavaNodesConfig.js"
  vars     = {{
    endpoint  = "haproxy"
    base_port = {base}
  }}
}}
output "haproxy" {{
  template       = "haproxy.cfg"
  path           = "out/haproxy.cfg"
  runtime_socket = "out/haproxy.sock"
  vars           = {{ base_port = {base} }}
}}
"#
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let mut hap = haproxy(&env.path("out/haproxy.cfg"));
    let _router = serve(&env, port);
    // Under a full parallel run HAProxy can be slow to bind; one that exited says why here.
    let t = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", base + 3)).is_err() {
        if let Ok(Some(status)) = hap.0.try_wait() {
            panic!("HAProxy exited ({status}) before listening on {}", base + 3);
        }
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "HAProxy did not listen on {}",
            base + 3
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(800)); // rise probes

    let mut demo = Proc(
        std::process::Command::new("node")
            .arg(root.join("examples/bot/demo.mjs"))
            .arg(env.path("out/lavaNodesConfig.js"))
            .arg("20")
            .arg("hold")
            .env("LAVALINK_PASSWORD", old)
            .env("LAVASTACK_ROUTER_TOKEN", "rotation-admin-token")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    let (tx, rx) = std::sync::mpsc::channel::<Value>();
    let out = demo.0.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&line) {
                if tx.send(v).is_err() {
                    return;
                }
            }
        }
    });
    let wait_for = |event: &str| -> Value {
        loop {
            let v = rx
                .recv_timeout(Duration::from_secs(90))
                .unwrap_or_else(|_| panic!("the demo never said {event}"));
            if v["event"] == event {
                return v;
            }
            if v["event"] != "assignment" {
                eprintln!("demo: {v}");
            }
        }
    };
    wait_for("ready");

    let started = std::time::Instant::now();
    let rot = run_within(
        env.cmd(&[
            "rotate",
            "password",
            "--new-value-file",
            "secrets/new-pw",
            "--format",
            "json",
        ]),
        Duration::from_secs(240),
    );
    let took = started.elapsed();
    rot.ok();
    let lines: Vec<Value> = rot
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let summary = lines
        .iter()
        .find(|l| l["type"] == "summary")
        .unwrap_or_else(|| panic!("no summary in {}", rot.all()));
    assert_eq!(summary["complete"], true, "{summary}");
    assert_eq!(summary["report"]["rolled"], 3, "{summary}");
    assert_eq!(
        lines.iter().filter(|l| l["type"] == "batch").count(),
        3,
        "one node per batch: {}",
        rot.all()
    );
    assert!(!rot.all().contains(new), "the new password was printed");

    // The bot kept every player playing, and is connected to all three nodes.
    use std::io::Write as _;
    demo.0.stdin.take().unwrap().write_all(b"verify\n").unwrap();
    let verified = wait_for("verified");
    assert_eq!(verified["playing"], 20, "{verified}");
    assert_eq!(verified["connected"], 3, "{verified}");
    let max_failover = verified["max_failover_ms"].as_u64().unwrap_or(0);
    assert!(
        max_failover < 5000,
        "a player waited {max_failover} ms for a new node: {verified}"
    );

    // The old password is refused by every node, the new one taken; the secret file holds
    // the new value, nothing is staged any more, state has no rotation and plans no change.
    let state: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(state.get("rotation").is_none(), "{state}");
    for n in ["n1", "n2", "n3"] {
        let p = state["nodes"][n]["port"].as_u64().unwrap() as u16;
        assert_eq!(
            version_status(p, old),
            403,
            "{n} still takes the old password"
        );
        assert_eq!(version_status(p, new), 200, "{n} refuses the new password");
    }
    assert_eq!(env.read("secrets/pw").trim_end(), new);
    assert!(!env.path("secrets/pw.pending").exists());
    env.run(&["plan", "--detailed-exitcode"]).ok();
    env.assert_not_on_disk(&[new], "secrets");
    eprintln!(
        "rotated 3 nodes in {:.1}s; {} auth refusal(s) retried by the bot, {} failover(s), longest {} ms",
        took.as_secs_f64(),
        verified["auth_refused"],
        verified["failovers"],
        max_failover
    );
}
