//! Day-two commands end to end on the local provider with emulated nodes and a router:
//! node add/remove (stack edited in place), drain/undrain, and failure drills.

use crate::common::*;
use serde_json::Value;
use std::process::Stdio;
use std::time::{Duration, Instant};

fn stack(port: u16) -> String {
    let sticky = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("policies/sticky-guild/sticky-guild.wat");
    format!(
        r#"# Production-like cluster. This comment must survive `node add`.
stack "ops" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b"]
}}

node "n1" {{ region = "eu" }}   # first node
node "n2" {{
  region = "eu"
  zone   = "b"
}}
node "n3" {{ region = "eu" }}

policy "selection" {{ module = "{}" }}
router {{
  listen   = "127.0.0.1:{port}"
  interval = "200ms"
  timeout  = "1s"
  token    = "ops-token"
}}
"#,
        sticky.display()
    )
}

/// The router for the stack in `env` (`common::serve`), once it counts all three nodes healthy.
fn serve_healthy(env: &Env, port: u16) -> Proc {
    let router = serve(env, port);
    wait("nodes healthy", 20, || {
        ["n1", "n2", "n3"].iter().all(|n| healthy(port, n))
    });
    router
}

fn nodes(port: u16) -> Value {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    use std::io::{Read, Write};
    s.write_all(b"GET /v1/nodes HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    serde_json::from_str(out.split_once("\r\n\r\n").unwrap().1).unwrap()
}

fn wait(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let t = Instant::now();
    while !f() {
        assert!(t.elapsed() < Duration::from_secs(secs), "timed out: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn healthy(port: u16, name: &str) -> bool {
    nodes(port)["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["name"] == name && n["healthy"] == true)
}

#[test]
fn add_drain_drill_remove() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    env.write("stack.hcl", &stack(port));
    env.run(&["apply", "--auto-approve"]).ok();
    let _router = serve_healthy(&env, port);

    // Bad input changes nothing.
    let before = env.read("stack.hcl");
    env.run(&["node", "add", "n1", "--region", "eu"])
        .fails(1, "node \"n1\" is already in");
    env.run(&["node", "add", "n9", "--region", "mars"])
        .fails(1, "node \"n9\" is in unknown region \"mars\"");
    assert_eq!(
        env.read("stack.hcl"),
        before,
        "a refused edit writes nothing"
    );

    // Join in one command: the stack keeps its comments and layout, the node is created and
    // healthy, and the router picks it up from the new state.
    let r = env.run(&[
        "node", "add", "n4", "--region", "eu", "--zone", "b", "--weight", "2", "--apply",
    ]);
    r.ok();
    assert!(
        r.stdout
            .contains("plan, create, wait healthy, render outputs"),
        "{}",
        r.stdout
    );
    let after = env.read("stack.hcl");
    assert!(after.starts_with("# Production-like cluster. This comment must survive `node add`."));
    assert!(after.contains("node \"n1\" { region = \"eu\" }   # first node"));
    assert!(
        after.contains("node \"n4\" {\n  region = \"eu\"\n  zone   = \"b\"\n  weight = 2\n}"),
        "{after}"
    );
    wait("router sees n4", 20, || healthy(port, "n4"));

    // Drain needs the router and its token; drained nodes are not chosen.
    env.run(&["node", "drain", "n4"]).ok();
    let v = nodes(port);
    assert!(v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["name"] == "n4" && n["draining"] == true));
    // status shows it: the runbook's "drain, then watch status".
    let st = env.run(&["status"]);
    assert!(
        st.stdout
            .lines()
            .any(|l| l.starts_with("n4 ") && l.contains(" draining ")),
        "{}",
        st.stdout
    );
    let st = env.run(&["status", "--format", "json"]);
    let v: Value = serde_json::from_str(&st.stdout).unwrap();
    assert_eq!(v["router"], true, "{v}");
    for n in v["nodes"].as_array().unwrap() {
        assert_eq!(n["draining"], n["name"] == "n4", "{n}");
    }
    env.run(&["node", "undrain", "n4"]).ok();
    env.run(&["node", "drain", "nope"])
        .fails(1, "no node \"nope\" in the state");

    // Drills: kill and freeze, each measured against a target, restored afterwards.
    let k = env.run(&[
        "drill",
        "kill",
        "n1",
        "--expect-rto",
        "10s",
        "--format",
        "json",
    ]);
    k.ok();
    let kv: Value = serde_json::from_str(k.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(kv["passed"], true);
    assert!(kv["rto_seconds"].as_f64().unwrap() < 10.0);
    assert!(kv["restored_seconds"].as_f64().is_some());
    wait("n1 back", 20, || healthy(port, "n1"));
    let f = env.run(&["drill", "freeze", "n2", "--expect-rto", "10s"]);
    f.ok();
    assert!(
        f.stdout.contains("recovery (router stopped choosing it)") && f.stdout.contains("PASS"),
        "{}",
        f.stdout
    );
    wait("n2 back", 20, || healthy(port, "n2"));
    // No guild on the node (here: none asked about; with least-load at equal load, all but one
    // node): a freeze is measured by the router marking it down; a latency drill cannot be.
    let f = env.run(&[
        "drill",
        "freeze",
        "n2",
        "--guilds",
        "0",
        "--expect-rto",
        "10s",
    ]);
    f.ok();
    assert!(
        f.stdout
            .contains("no guild was on it, so: router marked it down")
            && f.stdout.contains("PASS"),
        "{}",
        f.stdout
    );
    wait("n2 back", 20, || healthy(port, "n2"));
    env.run(&["drill", "latency", "n2", "--guilds", "0"])
        .fails(1, "a latency drill is measured on the guilds a node serves");
    // Latency beyond the probe timeout (1s) takes the node out too; then it is cleared.
    let l = env.run(&[
        "drill",
        "latency",
        "n3",
        "--ms",
        "1500",
        "--expect-rto",
        "10s",
    ]);
    l.ok();
    assert!(
        l.stdout.contains("Drill: latency n3") && l.stdout.contains("PASS"),
        "{}",
        l.stdout
    );
    wait("n3 back", 20, || healthy(port, "n3"));
    // A target no recovery can meet fails the command.
    env.run(&["drill", "freeze", "n3", "--expect-rto", "1ms"])
        .fails(1, "FAIL");

    // Remove: drained through the router, then deleted; the stack loses exactly that block.
    // A player that stays on n4 is counted by asking n4 itself: the router's count comes from
    // `stats` messages, which an emulated (like a real) node sends only every so often.
    let (_ws, _player) = players_on(&env, "n4", &[7]);
    let r = env.run(&["node", "remove", "n4", "--apply", "--drain-timeout", "1s"]);
    r.ok();
    assert!(
        r.stdout.contains("drain and wait for players to leave"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("warning: 1 player(s) still on n4 after 1s; removing anyway"),
        "{}",
        r.stderr
    );
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(st["nodes"].get("n4").is_none());
    assert_eq!(
        env.read("stack.hcl"),
        before,
        "the stack is back to what it was"
    );
}

fn pids(env: &Env) -> std::collections::BTreeMap<String, String> {
    let v: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    v["nodes"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, n)| (k.clone(), n["provider_id"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn rollout_upgrades_a_batch_at_a_time_with_a_canary_first() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    env.write("stack.hcl", &stack(port));
    env.run(&["apply", "--auto-approve"]).ok();
    let _router = serve_healthy(&env, port);
    let first = pids(&env);

    // A plain restart of one node as a canary: only it gets a new process.
    let r = env.run(&["rollout", "--canary", "n2"]);
    r.ok();
    assert!(
        r.stdout.contains(
            "Canary done. Check it, then run `lavastack rollout --skip n2` for the rest."
        ),
        "{}",
        r.stdout
    );
    let canary = pids(&env);
    assert_ne!(canary["n2"], first["n2"]);
    assert_eq!(canary["n1"], first["n1"]);
    assert_eq!(canary["n3"], first["n3"]);
    assert_no_drains(port);
    // The rest, as the hint says; --batch alone sets how many are out at once. An operator's
    // drain from before the rollout stays.
    env.run(&["node", "drain", "n3"]).ok();
    let r = env.run(&["rollout", "--skip", "n2", "--batch", "2"]);
    r.ok();
    assert!(r.stdout.contains("== batch 1 of 1: n1, n3"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("note: n3 was drained before the rollout and stays drained"),
        "{}",
        r.stdout
    );
    assert!(
        nodes(port)["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["name"] == "n3" && n["draining"] == true),
        "{}",
        nodes(port)
    );
    env.run(&["node", "undrain", "n3"]).ok();
    let after_canary = pids(&env);
    assert_eq!(
        after_canary["n2"], canary["n2"],
        "the canary is not restarted twice"
    );
    assert_ne!(after_canary["n1"], canary["n1"]);
    assert_ne!(after_canary["n3"], canary["n3"]);
    assert_no_drains(port);
    env.run(&["rollout", "--skip", "n9"])
        .fails(1, "n9 is not a node of this stack");

    // Pending changes other than replacements are refused.
    env.write(
        "stack.hcl",
        &format!("{}node \"n5\" {{ region = \"eu\" }}\n", stack(port)),
    );
    env.run(&["rollout"])
        .fails(1, "the stack has changes a rollout does not make: node.n5");

    // An upgrade: every node replaced, two batches of at most two, all healthy at the end.
    env.write(
        "stack.hcl",
        &stack(port).replace(
            "stack \"ops\" { password = var.password }",
            "stack \"ops\" {\n  password         = var.password\n  lavalink_version = \"4.0.9\"\n}",
        ),
    );
    let r = env.run(&["rollout", "--batch", "2", "--max-unavailable", "2"]);
    r.ok();
    assert!(
        r.stdout.contains("== batch 1 of 2: n1, n2") && r.stdout.contains("== batch 2 of 2: n3"),
        "{}",
        r.stdout
    );
    let done = pids(&env);
    for n in ["n1", "n2", "n3"] {
        assert_ne!(done[n], after_canary[n], "{n} restarted");
    }
    let s = env.run(&["status", "--format", "json", "--check"]);
    s.ok();
    let v: Value = serde_json::from_str(&s.stdout).unwrap();
    assert!(
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["health"]["version"] == "4.0.9"),
        "{}",
        s.stdout
    );
    env.run(&["plan", "--detailed-exitcode"]).ok();
    let t = Instant::now();
    while !["n1", "n2", "n3"].iter().all(|n| healthy(port, n)) {
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "router does not see the new nodes: {}",
            nodes(port)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Every replaced node was undrained, even if the router missed it for a moment.
    assert_no_drains(port);
    // Nodes going down drained (the rollout's planned replacements) are not failovers.
    let f = failovers(port);
    assert!(!f.is_empty(), "{f:?}");
    assert!(f.iter().all(|l| l.ends_with(" 0")), "{f:?}");
}

/// The router's `lavastack_failovers_total` lines.
fn failovers(port: u16) -> Vec<String> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    use std::io::{Read, Write};
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut m = String::new();
    s.read_to_string(&mut m).unwrap();
    m.lines()
        .filter(|l| l.starts_with("lavastack_failovers_total{"))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_rollout_waits_until_a_router_without_a_token_sees_each_drain() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    // No token: the router hears of a drain only at its next state poll, a second apart.
    let text = stack(port).replace("  token    = \"ops-token\"\n", "  state_poll = \"1s\"\n");
    assert!(!text.contains("token"), "{text}");
    env.write("stack.hcl", &text);
    env.run(&["apply", "--auto-approve"]).ok();
    let _router = serve_healthy(&env, port);
    let first = pids(&env);
    let r = env.run(&["rollout"]);
    r.ok();
    assert!(
        !r.stderr.contains("not draining through the router"),
        "{}",
        r.stderr
    );
    let done = pids(&env);
    for n in ["n1", "n2", "n3"] {
        assert_ne!(done[n], first[n], "{n} restarted");
    }
    // Each node went down drained, as the router saw it: no failover. Replaced before the
    // router's poll (a local node restarts in well under a second), each counted one.
    let f = failovers(port);
    assert!(
        !f.is_empty() && f.iter().all(|l| l.ends_with(" 0")),
        "{f:?}"
    );
    assert_no_drains(port);
}

fn assert_no_drains(port: u16) {
    let v = nodes(port);
    assert!(
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["draining"] == false),
        "a node stayed drained: {v}"
    );
}

#[test]
fn maintenance_windows_are_honoured_by_plan_and_render() {
    let env = Env::new();
    let emu = emulator();
    let emu2 = emulator();
    let base = static_stack("mw", &[("n1", emu.port, 1), ("n2", emu2.port, 1)]);
    env.write("stack.hcl", &base);
    env.run(&["apply", "--auto-approve"]).ok();
    let window = |from: &str, to: &str, nodes: &str| {
        format!("{base}maintenance \"kernel-upgrade\" {{\n  nodes = [{nodes}]\n  from  = \"{from}\"\n  to    = \"{to}\"\n}}\n")
    };
    // A window that covers now puts n2 in maintenance; one in the future changes nothing yet.
    env.write(
        "stack.hcl",
        &window("2020-01-01T00:00:00Z", "2099-01-01T00:00:00Z", "\"n2\""),
    );
    let p = env.run(&["plan", "--detailed-exitcode"]);
    p.fails(2, "~ maintenance = false -> true");
    assert!(
        p.stdout.contains("node.n2 will be updated in-place"),
        "{}",
        p.stdout
    );
    env.run(&["render", "--out", "out"]).ok();
    let bot = env.read("out/lavaNodesConfig.js");
    assert!(bot.contains("maintenance: true"), "{bot}");
    env.write(
        "stack.hcl",
        &window("2098-01-01T00:00:00Z", "2099-01-01T00:00:00Z", "\"n2\""),
    );
    env.run(&["plan", "--detailed-exitcode"]).ok();
    // Bad windows are refused with the field.
    env.write(
        "stack.hcl",
        &window("2099-01-01T00:00:00Z", "2098-01-01T00:00:00Z", "\"n2\""),
    );
    env.run(&["validate"])
        .fails(1, "maintenance \"kernel-upgrade\" ends before it starts");
    env.write(
        "stack.hcl",
        &window("yesterday", "2098-01-01T00:00:00Z", "\"n2\""),
    );
    env.run(&["validate"])
        .fails(1, "from \"yesterday\" is not a time");
    env.write(
        "stack.hcl",
        &window("2020-01-01T00:00:00Z", "2099-01-01T00:00:00Z", "\"n9\""),
    );
    env.run(&["validate"]).fails(1, "names unknown node \"n9\"");
}

#[test]
fn rollout_stops_at_the_first_batch_that_fails_and_leaves_the_rest() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    // n1 has a fixed port: its replacement cannot start while the old process holds it,
    // exactly the kind of node that does not come back.
    let fixed = dead_port();
    env.write(
        "stack.hcl",
        &stack(port).replace(
            "node \"n1\" { region = \"eu\" }",
            &format!("node \"n1\" {{\n  region = \"eu\"\n  port   = {fixed}\n}}"),
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let before = pids(&env);
    let r = env.run(&["rollout"]);
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.all().contains("rollout stopped at batch 1 (n1)"),
        "{}",
        r.all()
    );
    assert!(
        r.all()
            .contains(&format!("port {fixed} on 127.0.0.1 is already in use")),
        "{}",
        r.all()
    );
    let after = pids(&env);
    assert_eq!(after["n1"], before["n1"], "the old n1 was kept");
    assert_eq!(after["n2"], before["n2"], "later batches untouched");
    assert_eq!(after["n3"], before["n3"]);
    env.run(&["status", "--check"]).ok();
}

#[test]
fn drains_are_recorded_in_the_state_with_or_without_a_router() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    env.write("stack.hcl", &stack(port));
    // Nothing applied yet: nothing to drain, and the command says so.
    env.run(&["node", "drain", "n1"])
        .fails(1, "there is no state yet: apply the stack first");
    env.run(&["apply", "--auto-approve"]).ok();
    // No router running: the drain is recorded all the same, and the note says why the
    // router was not told.
    let r = env.run(&["node", "drain", "n1"]);
    r.ok();
    assert!(
        r.stdout.contains(&format!(
            "the router was not told at once (the router at 127.0.0.1:{port} is not running"
        )),
        "{}",
        r.all()
    );
    let state: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(state["drains"]["n1"]["since"].is_string(), "{state}");
    let st = env.run(&["status", "--format", "json"]);
    let v: Value = serde_json::from_str(&st.stdout).unwrap();
    assert_eq!(v["router"], false, "{v}");
    for n in v["nodes"].as_array().unwrap() {
        assert_eq!(n["draining"], n["name"] == "n1", "{n}");
    }
    env.run(&["node", "drain", "nope"])
        .fails(1, "no node \"nope\" in the state");
    // A router that refuses the token: still recorded; the note names the refusal.
    let wrong = answering("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
    env.write("stack.hcl", &stack(wrong));
    let r = env.run(&["node", "undrain", "n1"]);
    r.ok();
    assert!(r.all().contains("answered 401"), "{}", r.all());
    let state: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(state.get("drains").is_none(), "{state}");
}

fn http_to(port: u16, req: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return (0, String::new());
    };
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    let status = out
        .split_whitespace()
        .nth(1)
        .and_then(|x| x.parse().ok())
        .unwrap_or(0);
    (
        status,
        out.split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default(),
    )
}

fn select_on(port: u16, guild: &str) -> Option<String> {
    let body = format!("{{\"guild_id\":\"{guild}\"}}");
    let (st, b) = http_to(
        port,
        &format!("POST /v1/select HTTP/1.1\r\nHost: r\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()),
    );
    let v: Value = serde_json::from_str(&b).ok()?;
    (st == 200).then(|| v["node"]["name"].as_str().map(str::to_string))?
}

/// A canary with `traffic` steps: through the router it takes only its cohort's guilds (and
/// its named canary guild); `rollout --progressive` with the canary made slow at step 2 fails
/// the latency gate, sets its share to 0 and drains it (no new guild reaches it), exit 1; run
/// again with the canary healthy, it starts over and reaches 100%.
#[test]
fn progressive_rollout_by_guild_cohorts_rolls_back_on_a_failing_gate() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    env.write(
        "stack.hcl",
        &format!(
            r#"stack "coh" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{ provider = "local.dev" }}
node "n1" {{ region = "eu" }}
node "n2" {{ region = "eu" }}
node "n3" {{
  region        = "eu"
  traffic       = ["25%", "50%", "100%"]
  canary_guilds = ["1"]
}}
router {{
  listen     = "127.0.0.1:{port}"
  interval   = "200ms"
  timeout    = "1s"
  state_poll = "200ms"
  token      = "coh-token"
}}
"#
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let _router = serve(&env, port);
    wait("all healthy", 20, || {
        ["n1", "n2", "n3"].iter().all(|n| healthy(port, n))
    });

    // The cohort holds: every guild the canary takes is in its 25% share.
    let guilds: Vec<String> = (0..400u64)
        .map(|i| (600_000_000_000_000_000u64 + i * 7919).to_string())
        .collect();
    let mut on_canary = 0;
    for g in &guilds {
        if select_on(port, g).as_deref() == Some("n3") {
            on_canary += 1;
            assert!(
                lavastack::model::cohort::admits(0.25, &[], g),
                "guild {g} outside the 25% cohort went to the canary"
            );
        }
    }
    let cohort = guilds
        .iter()
        .filter(|g| lavastack::model::cohort::admits(0.25, &[], g))
        .count();
    assert!(
        on_canary > 0,
        "the canary took none of its {cohort} cohort guilds"
    );
    let v = nodes(port);
    let n3 = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == "n3")
        .unwrap()
        .clone();
    assert_eq!(n3["traffic"], 0.25, "{n3}");

    // Slow the canary once it reaches step 2.
    let state_path = env.path(".lavastack/state.json");
    let injector = std::thread::spawn(move || {
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(60) {
            let st: Value =
                serde_json::from_str(&std::fs::read_to_string(&state_path).unwrap_or_default())
                    .unwrap_or_default();
            if st["cohorts"]["node.n3"]["step"] == 1 {
                let admin: std::net::SocketAddr = st["nodes"]["n3"]["private"]["admin"]
                    .as_str()
                    .unwrap()
                    .parse()
                    .unwrap();
                let body = r#"{"latency_ms": 120}"#;
                let (code, _) = http_to(
                    admin.port(),
                    &format!("PUT /faults HTTP/1.1\r\nHost: a\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()),
                );
                return (code, admin);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("the rollout never reached step 2");
    });
    let t = Instant::now();
    let r = run_within(
        env.cmd(&[
            "rollout",
            "--progressive",
            "n3",
            "--step-wait",
            "2s",
            "--format",
            "json",
        ]),
        Duration::from_secs(60),
    );
    let failed_after = t.elapsed();
    let (code, admin) = injector.join().unwrap();
    assert_eq!(code, 200, "the fault was set");
    assert_eq!(r.code, 1, "a failing gate exits 1: {}", r.all());
    let events: Vec<Value> = r
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let failed_gate = events
        .iter()
        .find(|e| e["type"] == "gate" && e["passed"] == false)
        .unwrap_or_else(|| panic!("no failed gate in {}", r.all()));
    assert!(
        ["latency_ratio", "probe_failures"].contains(&failed_gate["gate"].as_str().unwrap()),
        "{failed_gate}"
    );
    assert!(
        events.iter().any(|e| e["type"] == "rolled_back"),
        "{}",
        r.all()
    );
    let stopped = events.iter().find(|e| e["type"] == "stopped").unwrap();
    assert!(
        stopped["error"].as_str().unwrap().contains("step 2 (50%)"),
        "{stopped}"
    );
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert_eq!(st["cohorts"]["node.n3"]["rolled_back"], true, "{st}");
    assert!(
        st["drains"]["n3"].is_object(),
        "the canary is drained: {st}"
    );
    // No new guild reaches the canary (its share is 0 and it is drained), the others are served.
    wait("the router follows the rollback", 10, || {
        let v = nodes(port);
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["name"] == "n3" && n["draining"] == true && n["traffic"] == 0.0)
    });
    for g in guilds.iter().take(100) {
        let n = select_on(port, g);
        assert!(n.is_some() && n.as_deref() != Some("n3"), "{g} -> {n:?}");
    }

    // Healthy again: the rerun starts over (undrained) and reaches 100%.
    let body = "{}";
    http_to(
        admin.port(),
        &format!("PUT /faults HTTP/1.1\r\nHost: a\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()),
    );
    // The latency average settles.
    std::thread::sleep(Duration::from_secs(2));
    // A 1 s window holds 5 probes of the canary: on a loaded CI machine one slow answer made
    // a healthy canary's p99 4.9x the rest's. The 120 ms fault above is 100x and more.
    let ok = run_within(
        env.cmd(&[
            "rollout",
            "--progressive",
            "n3",
            "--step-wait",
            "1s",
            "--max-latency-ratio",
            "20",
        ]),
        Duration::from_secs(60),
    );
    ok.ok();
    assert!(
        ok.stdout
            .contains("Progressive rollout done: 100% of new guilds"),
        "{}",
        ok.all()
    );
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert_eq!(st["cohorts"]["node.n3"]["step"], 2, "{st}");
    assert!(
        st["cohorts"]["node.n3"].get("rolled_back").is_none(),
        "{st}"
    );
    assert!(st.get("drains").is_none(), "{st}");
    eprintln!(
        "cohort: the canary took {on_canary} of its {cohort} cohort guilds (400 asked); the failing run stopped after {:.1}s",
        failed_after.as_secs_f64()
    );
}

fn players_on_node(env: &Env, node: &str) -> u64 {
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let Some(port) = st["nodes"][node]["port"].as_u64() else {
        return 0;
    };
    let (code, body) = http_to(
        port as u16,
        &format!("GET /v4/stats HTTP/1.1\r\nHost: n\r\nAuthorization: {SECRET}\r\nConnection: close\r\n\r\n"),
    );
    if code != 200 {
        return 0;
    }
    serde_json::from_str::<Value>(&body).unwrap_or_default()["players"]
        .as_u64()
        .unwrap_or(0)
}

/// A pool sized from load: with the load generator holding 10 players on one member,
/// `plan` proposes 3 members at 4 per node and `scale --apply` writes count = 3 into the stack
/// and creates them; once the load is gone `scale --apply` goes back to min (1), draining the
/// two leaving members before they are deleted.
#[test]
fn pool_sizing_follows_the_players_and_drains_before_it_shrinks() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write(
        "stack.hcl",
        r#"stack "size" { password = var.password }
variable "password" { sensitive = true }
provider "local" "dev" {}
region "eu" { provider = "local.dev" }
pool "p" {
  region           = "eu"
  count            = 1 # sized by lavastack scale
  min              = 1
  max              = 3
  players_per_node = 4
}
"#,
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let mut load = Proc(
        env.cmd(&[
            "load", "--guilds", "10", "--ramp", "1s", "--hold", "60s", "--via", "weight",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap(),
    );
    wait("the load holds 10 players", 30, || {
        players_on_node(&env, "p-1") >= 10
    });
    let plan = env.run(&["plan"]);
    assert!(
        plan.stdout
            .contains("pool p: 10 players on 1 of 1 members answering; 4 per node wants 3 (now 1)")
            && plan
                .stdout
                .contains("`lavastack scale --apply` sets count = 3"),
        "{}",
        plan.all()
    );
    let up = env.run(&["scale", "--apply"]);
    up.ok();
    assert!(env
        .read("stack.hcl")
        .contains("count            = 3 # sized by lavastack scale"));
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    for n in ["p-1", "p-2", "p-3"] {
        assert!(st["nodes"][n].is_object(), "{n} missing: {}", up.all());
    }
    let _ = load.0.kill();
    let _ = load.0.wait();
    wait("the load's players are gone", 30, || {
        players_on_node(&env, "p-1") == 0
    });
    let down = env.run(&["scale", "--apply"]);
    down.ok();
    let out = down.all();
    let drained = out.find("p-3: drained").unwrap_or_else(|| panic!("{out}"));
    let deleted = out
        .find("node.p-3: Destroy")
        .unwrap_or_else(|| panic!("{out}"));
    assert!(drained < deleted, "drained before it was deleted: {out}");
    assert!(env
        .read("stack.hcl")
        .contains("count            = 1 # sized"));
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(
        st["nodes"]["p-2"].is_null() && st["nodes"]["p-3"].is_null(),
        "{st}"
    );
    assert!(
        st.get("drains").is_none(),
        "deleted members' drains are cleared: {st}"
    );
    env.run(&["scale"]).ok();
}

#[test]
fn serve_autoscale_scales_up_within_its_governor_and_holds_in_the_cooldown() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    env.write(
        "stack.hcl",
        &format!(
            r#"stack "auto" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{ provider = "local.dev" }}
pool "p" {{
  region           = "eu"
  count            = 1
  min              = 1
  max              = 3
  players_per_node = 4
}}
router {{
  listen     = "127.0.0.1:{port}"
  interval   = "200ms"
  state_poll = "200ms"
}}
"#
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let log = env.path("serve.log");
    let mut serve = Proc(
        env.cmd(&[
            "serve",
            "--autoscale",
            "--autoscale-every",
            "1s",
            "--cooldown",
            "1h",
            "--max-steps-per-hour",
            "2",
            "--drain-timeout",
            "5s",
        ])
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap(),
    );
    wait_for_port(port, "the router", Duration::from_secs(20));
    let mut load = Proc(
        env.cmd(&[
            "load", "--guilds", "10", "--ramp", "1s", "--hold", "60s", "--via", "weight",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap(),
    );
    wait("the autoscaler grows the pool to 3", 60, || {
        let st: Value = serde_json::from_str(
            &std::fs::read_to_string(env.path(".lavastack/state.json")).unwrap_or_default(),
        )
        .unwrap_or_default();
        ["p-2", "p-3"].iter().all(|n| st["nodes"][n].is_object())
    });
    assert!(
        env.read("stack.hcl").contains("count            = 3"),
        "{}",
        env.read("stack.hcl")
    );
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let steps = st["scaling"].as_array().unwrap();
    assert_eq!(steps.len(), 1, "{st}");
    assert_eq!(
        (
            steps[0]["pool"].as_str(),
            steps[0]["from"].as_u64(),
            steps[0]["to"].as_u64()
        ),
        (Some("p"), Some(1), Some(3))
    );
    // The players leave: the pool wants 1 again, and the cool-down holds it at 3.
    let _ = load.0.kill();
    let _ = load.0.wait();
    wait("the cool-down holds the shrink back", 60, || {
        std::fs::read_to_string(&log)
            .unwrap_or_default()
            .contains("autoscale: pool p held: cooling down")
    });
    assert!(env.read("stack.hcl").contains("count            = 3"));
    // SIGTERM between rounds: the router and the autoscaler stop at once, exit 0.
    // SAFETY: a signal to the child this test started.
    unsafe {
        libc::kill(serve.0.id() as i32, libc::SIGTERM);
    }
    let t = Instant::now();
    let status = loop {
        if let Some(s) = serve.0.try_wait().unwrap() {
            break s;
        }
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "serve did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    // A manual scale is recorded too (and starts the cool-down for any autoscaler).
    env.run(&["scale", "--apply"]).ok();
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert_eq!(st["scaling"].as_array().map(Vec::len), Some(2), "{st}");
    assert!(env.read("stack.hcl").contains("count            = 1"));
    // Out-of-range flags are refused where they enter.
    for bad in [
        &["serve", "--autoscale", "--autoscale-every", "0s"][..],
        &["serve", "--autoscale", "--max-steps-per-hour", "0"],
        &["serve", "--cooldown", "5m"],
    ] {
        let r = env.run(bad);
        assert_ne!(r.code, 0, "{bad:?}: {}", r.all());
    }
}
