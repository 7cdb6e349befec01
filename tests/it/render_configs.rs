//! Rendered outputs checked by the real tools: `haproxy -c` and a real HAProxy in front of
//! emulated nodes, `promtool check/test`, and Node.js loading the bot config into a real
//! LavalinkManager. Plus outputs as plan resources: diffs, on_change, template errors.

use crate::common::*;
use serde_json::Value;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn cluster_stack(env: &Env, base: u16, extra: &str) -> String {
    format!(
        r#"stack "web" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{ health_timeout = "10s" }}
region "eu" {{
  provider = "local.dev"
  primary  = true
  zones    = ["a", "b"]
}}
region "us" {{ provider = "local.dev" }}
node "eu-1" {{
  region = "eu"
  weight = 3
}}
node "eu-2" {{
  region = "eu"
  zone   = "b"
  weight = 2
}}
node "us-1" {{
  region = "us"
  weight = 1
}}
router {{
  interval = "200ms"
  fall     = 2
  rise     = 1
}}
output "haproxy" {{
  template = "haproxy.cfg"
  path     = "out/haproxy.cfg"
  vars     = {{ base_port = {base}, balance = "roundrobin", stats_socket = "{sock}" }}
}}
output "bot" {{
  template = "lavaNodesConfig.js"
  path     = "out/lavaNodesConfig.js"
}}
output "prometheus" {{
  template = "prometheus.yml"
  path     = "out/prometheus.yml"
}}
output "targets" {{
  template = "lavalink-targets.json"
  path     = "out/lavalink-targets.json"
}}
output "rules" {{
  template = "lavalink-rules.yml"
  path     = "out/lavalink-rules.yml"
}}
{extra}
"#,
        sock = env.path("haproxy.sock").display()
    )
}

fn haproxy_check(path: &std::path::Path) {
    let out = Command::new("haproxy")
        .args(["-c", "-dW", "-f"])
        .arg(path)
        .output()
        .expect("haproxy is installed (tests/run.sh)");
    assert!(
        out.status.success(),
        "haproxy -c rejected {}:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn promtool(args: &[&str], dir: &std::path::Path) {
    let out = Command::new("promtool")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("promtool is installed (tests/run.sh)");
    assert!(
        out.status.success(),
        "promtool {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// GET through HAProxy; returns (status, the node that answered).
fn get(port: u16, path: &str) -> (u16, Option<String>) {
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return (0, None);
    };
    s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    let req = format!(
        "GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {SECRET}\r\nConnection: close\r\n\r\n"
    );
    if s.write_all(req.as_bytes()).is_err() {
        return (0, None);
    }
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    let status = out
        .split_whitespace()
        .nth(1)
        .and_then(|x| x.parse().ok())
        .unwrap_or(0);
    let node = out.lines().find_map(|l| {
        l.to_lowercase()
            .strip_prefix("x-lavastack-node: ")
            .map(|v| v.trim().to_string())
    });
    (status, node)
}

fn runtime(sock: &std::path::Path, cmd: &str) -> String {
    let mut s = std::os::unix::net::UnixStream::connect(sock).expect("haproxy stats socket");
    s.write_all(format!("{cmd}\n").as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

/// `show stat` (CSV) as rows, and the index of column `name`.
fn show_stat(sock: &std::path::Path, name: &str) -> (Vec<Vec<String>>, usize) {
    let csv = runtime(sock, "show stat");
    let mut lines = csv.lines();
    let header: Vec<&str> = lines
        .next()
        .unwrap_or("")
        .trim_start_matches("# ")
        .split(',')
        .collect();
    let col = header
        .iter()
        .position(|h| *h == name)
        .unwrap_or_else(|| panic!("{name} column"));
    let rows = lines
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    (rows, col)
}

/// Requests each frontend has taken.
fn frontend_requests(sock: &std::path::Path) -> std::collections::BTreeMap<String, u64> {
    let (rows, col) = show_stat(sock, "req_tot");
    rows.into_iter()
        .filter(|f| f.len() > col && f[1] == "FRONTEND")
        .map(|f| (f[0].clone(), f[col].parse().unwrap_or(0)))
        .collect()
}

/// `show servers state BACKEND` -> (server name, op_state, weight).
fn servers(sock: &std::path::Path, backend: &str) -> Vec<(String, u32, u32)> {
    runtime(sock, &format!("show servers state {backend}"))
        .lines()
        .filter(|l| !l.starts_with('#') && l.split_whitespace().count() > 8)
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (
                f[3].to_string(),
                f[5].parse().unwrap(),
                f[7].parse().unwrap(),
            )
        })
        .collect()
}

fn wait_for(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let until = Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(Instant::now() < until, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn node_pid(env: &Env, node: &str) -> i32 {
    let v: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    v["nodes"][node]["provider_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn real_haproxy_routes_per_node_and_balances_stateless_by_weight() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let base = free_block();
    env.write("stack.hcl", &cluster_stack(&env, base, ""));
    env.run(&["apply", "--auto-approve"]).ok();
    let cfg = env.path("out/haproxy.cfg");
    haproxy_check(&cfg);
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert!(text.ends_with('\n'));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&cfg).unwrap().permissions().mode() & 0o777,
        0o644,
        "holds no secret: its checks carry no password"
    );
    assert!(!text.contains(SECRET));

    let hap = crate::common::haproxy(&cfg);
    let sock = env.path("haproxy.sock");
    wait_for("haproxy socket", 10, || sock.exists());
    wait_for("all servers up", 15, || {
        let s = servers(&sock, "lavalink_stateless");
        s.len() == 3 && s.iter().all(|(_, op, _)| *op == 2)
    });

    // Each node's own endpoint reaches exactly that node (slots: eu-1 0, eu-2 1, us-1 2).
    for (i, name) in ["eu-1", "eu-2", "us-1"].iter().enumerate() {
        let (st, node) = get(base + 1 + i as u16, "/v4/info");
        assert_eq!((st, node.as_deref()), (200, Some(*name)));
    }
    // Session routes are refused on the shared frontend.
    assert_eq!(get(base, "/v4/sessions/x/players").0, 421);

    // Stateless requests spread 3:2:1.
    let mut counts = std::collections::BTreeMap::new();
    for _ in 0..60 {
        let (st, node) = get(base, "/v4/loadtracks?identifier=ytsearch:x");
        assert_eq!(st, 200);
        *counts.entry(node.unwrap()).or_insert(0) += 1;
    }
    let c = |n: &str| counts.get(n).copied().unwrap_or(0);
    assert!(
        (27..=33).contains(&c("eu-1"))
            && (17..=23).contains(&c("eu-2"))
            && (7..=13).contains(&c("us-1")),
        "{counts:?}"
    );

    // The edge's own Prometheus exporter (the stats frontend, base_port - 1), which the
    // rendered prometheus.yml scrapes: real HAProxy serves it and promtool accepts the text.
    let mut s = std::net::TcpStream::connect(("127.0.0.1", base - 1)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut resp = String::new();
    let _ = s.read_to_string(&mut resp);
    assert!(
        resp.starts_with("HTTP/1.1 200"),
        "{}",
        &resp[..resp.len().min(300)]
    );
    let body = resp.split_once("\r\n\r\n").map(|x| x.1).unwrap_or("");
    // HAProxy answers chunked: keep the exposition lines only.
    let text: String = body
        .lines()
        .filter(|l| l.starts_with('#') || l.starts_with("haproxy_"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        text.contains("haproxy_frontend_http_requests_total"),
        "{}",
        &text[..text.len().min(500)]
    );
    assert!(
        text.contains("haproxy_server_status"),
        "per-server state is exported"
    );
    let mut check = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    check
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = check.wait_with_output().unwrap();
    // promtool warns about HAProxy's naming (exit 3 lint findings); only a parse error fails.
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("error while linting"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // `lavastack load --edge` drives the cluster through this HAProxy: sessions and player
    // calls on each node's own frontend, searches on the shared one, every guild playing.
    let before = frontend_requests(&sock);
    let r = env.run(&[
        "load",
        "--edge",
        "--via",
        "weight",
        "--guilds",
        "30",
        "--ramp",
        "500ms",
        "--hold",
        "2s",
        "--rest-per-minute",
        "120",
        "--track",
        "1s",
        "--format",
        "json",
    ]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["edge"], true, "{v}");
    let p = &v["phases"][0];
    assert_eq!(p["errors"], 0, "{p}");
    let players: u64 = p["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["players"].as_u64().unwrap())
        .sum();
    assert_eq!(players, 30, "{p}");
    let after = frontend_requests(&sock);
    let grew = |f: &str| after.get(f).copied().unwrap_or(0) > before.get(f).copied().unwrap_or(0);
    for f in ["lavalink", "node_eu-1", "node_eu-2", "node_us-1"] {
        assert!(
            grew(f),
            "frontend {f} saw none of the load: {before:?} -> {after:?}"
        );
    }

    // A stopped node fails its health check and traffic leaves it.
    unsafe { libc::kill(node_pid(&env, "us-1"), libc::SIGKILL) };
    wait_for("us-1 marked down", 15, || {
        servers(&sock, "lavalink_stateless")
            .iter()
            .any(|(n, op, _)| n == "us-1" && *op == 0)
    });
    for _ in 0..30 {
        let (st, node) = get(base, "/v4/loadtracks?identifier=ytsearch:y");
        assert_eq!(st, 200);
        assert_ne!(node.as_deref(), Some("us-1"));
    }
    assert_eq!(
        get(base + 3, "/v4/info").0,
        503,
        "no server for us-1's endpoint"
    );
    drop(hap);
}

#[test]
fn prometheus_files_pass_promtool() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write("stack.hcl", &cluster_stack(&env, free_block(), ""));
    env.run(&["apply", "--auto-approve"]).ok();
    let out = env.path("out");
    promtool(&["check", "config", "prometheus.yml"], &out);
    promtool(&["check", "rules", "lavalink-rules.yml"], &out);
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/prometheus/rules_test.yml"
        ),
        out.join("rules_test.yml"),
    )
    .unwrap();
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/prometheus/budget_test.yml"
        ),
        out.join("budget_test.yml"),
    )
    .unwrap();
    promtool(
        &["test", "rules", "rules_test.yml", "budget_test.yml"],
        &out,
    );
    let targets: Value = serde_json::from_str(&env.read("out/lavalink-targets.json")).unwrap();
    assert_eq!(targets.as_array().unwrap().len(), 3);
    assert_eq!(targets[0]["labels"]["node"], "eu-1");
}

#[test]
fn node_loads_the_bot_config_into_a_lavalink_manager() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let stack = cluster_stack(&env, free_block(), "").replace(
        "region = \"us\"\n  weight = 1",
        "region = \"us\"\n  weight = 1\n  maintenance = true",
    );
    env.write("stack.hcl", &stack);
    env.run(&["apply", "--auto-approve"]).ok();
    let cfg = env.read("out/lavaNodesConfig.js");
    assert!(
        !cfg.contains(SECRET),
        "the password is read from the environment, never written"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node");
    assert!(
        dir.join("node_modules/lavalink-client").exists(),
        "run tests/run.sh to install npm packages"
    );
    let out = Command::new("node")
        .args(["--test", "--test-force-exit", "--test-reporter=spec", "botconfig.test.mjs"])
        .current_dir(&dir)
        .env("LAVASTACK_BOT_CONFIG", env.path("out/lavaNodesConfig.js"))
        .env("LAVALINK_PASSWORD", SECRET)
        .env("LAVASTACK_EXPECT", serde_json::json!({"ids": ["eu-1", "eu-2"], "all": 3, "routerUrl": "http://127.0.0.1:7300"}).to_string())
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(text.contains("pass 3"), "{text}");
}

#[test]
fn example_stacks_render_configs_haproxy_accepts() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("stacks/static.hcl"), env.path("static.hcl")).unwrap();
    env.run(&["render", "--stack", "static.hcl", "--out", "static-out"])
        .ok();
    haproxy_check(&env.path("static-out/haproxy.cfg"));
    // A daemonised HAProxy logs to syslog: the `log` var says where.
    let mut with_log = env.read("static.hcl");
    with_log.push_str(
        "output \"haproxy\" {\n  template = \"haproxy.cfg\"\n  path     = \"syslog/haproxy.cfg\"\n  vars     = { log = \"/dev/log\" }\n}\n",
    );
    env.write("syslog.hcl", &with_log);
    env.run(&["render", "--stack", "syslog.hcl", "--out", "syslog-out"])
        .ok();
    let cfg = env.read("syslog-out/syslog/haproxy.cfg");
    assert!(cfg.contains("    log /dev/log local0 info\n"), "{cfg}");
    haproxy_check(&env.path("syslog-out/syslog/haproxy.cfg"));
    promtool(
        &["check", "config", "prometheus.yml"],
        &env.path("static-out"),
    );

    // Before the first apply nothing has an address: every file must still be valid for the
    // tool that reads it (HAProxy, promtool, Node.js), with the unknown nodes left out.
    std::fs::copy(root.join("stacks/local.hcl"), env.path("stack.hcl")).unwrap();
    let r = env.run(&["render", "--out", "before-out"]);
    r.ok();
    assert!(r.stderr.contains("known after apply"), "{}", r.all());
    assert!(
        r.stderr.contains("left out of"),
        "the warning says what was left out: {}",
        r.all()
    );
    haproxy_check(&env.path("before-out/haproxy.cfg"));
    std::fs::copy(root.join("stacks/aws.hcl"), env.path("aws.hcl")).unwrap();
    env.cmd(&["render", "--stack", "aws.hcl", "--out", "aws-out"])
        .env("LAVASTACK_VAR_lavalink_password", "x")
        .status()
        .unwrap();
    haproxy_check(&env.path("aws-out/haproxy.cfg"));
    assert!(env
        .read("before-out/haproxy.cfg")
        .contains("# server eu-1: address known after apply"));
    promtool(
        &["check", "config", "prometheus.yml"],
        &env.path("before-out"),
    );
    let targets: Value =
        serde_json::from_str(&env.read("before-out/lavalink-targets.json")).unwrap();
    assert_eq!(targets, serde_json::json!([]));
    let js = Command::new("node")
        .arg("--check")
        .arg(env.path("before-out/lavaNodesConfig.js"))
        .output()
        .unwrap();
    assert!(
        js.status.success(),
        "{}",
        String::from_utf8_lossy(&js.stderr)
    );

    env.run(&["apply", "--auto-approve"]).ok();
    let r = env.run(&["render", "--out", "local-out"]);
    r.ok();
    for f in [
        "haproxy.cfg",
        "lavaNodesConfig.js",
        "prometheus.yml",
        "lavalink-targets.json",
        "lavalink-rules.yml",
        "nodes/eu-1/application.yml",
        "nodes/us-1/lavalink.service",
        "nodes/eu-2/cloud-init.yaml",
    ] {
        assert!(env.path("local-out").join(f).exists(), "{f} rendered");
    }
    haproxy_check(&env.path("local-out/haproxy.cfg"));
    promtool(
        &["check", "config", "prometheus.yml"],
        &env.path("local-out"),
    );
    promtool(
        &["check", "rules", "lavalink-rules.yml"],
        &env.path("local-out"),
    );
    // The per-node application.yml drives the emulator like a real node's.
    let yml = env.path("local-out/nodes/eu-1/application.yml");
    let out = Command::new(bin())
        .args(["emulate", "--config"])
        .arg(&yml)
        .args(["--port", &dead_port().to_string()])
        .env_remove("LAVALINK_SERVER_PASSWORD")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("LAVALINK_SERVER_PASSWORD"),
        "password comes from the environment"
    );
    env.run(&["destroy", "--auto-approve"]).ok();
}

#[test]
fn plan_shows_output_diffs_without_secrets() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let base = free_block();
    // A file of the user's own that holds the password beside the weights.
    env.write(
        "creds.j2",
        "{% for n in nodes %}{{ n.name }} {{ n.weight }} {{ password }}\n{% endfor %}",
    );
    let creds =
        "output \"creds\" {\n  template = \"creds.j2\"\n  path     = \"out/creds.txt\"\n}\n";
    env.write("stack.hcl", &cluster_stack(&env, base, creds));
    let first = env.run(&["plan"]);
    assert!(
        first.stdout.contains("# output.haproxy will be created"),
        "{}",
        first.stdout
    );
    assert!(
        first.stdout.contains("(known after apply)"),
        "new local nodes' ports: {}",
        first.stdout
    );
    env.run(&["apply", "--auto-approve"]).ok();
    env.run(&["plan", "--detailed-exitcode"]).ok();
    env.write(
        "stack.hcl",
        &cluster_stack(&env, base, creds).replace("weight = 3", "weight = 5"),
    );
    let r = env.run(&["plan", "--detailed-exitcode"]);
    r.fails(2, "# output.haproxy will be updated in-place");
    assert!(
        r.stdout.contains("-    server eu-1 127.0.0.1:"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(" weight 5 track node_eu-1/eu-1"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("weight: 5"),
        "bot config diff too: {}",
        r.stdout
    );
    let j = env.run(&["plan", "--format", "json"]);
    let v: Value = serde_json::from_str(&j.stdout).unwrap();
    let change = |addr: &str| {
        v["resource_changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["address"] == addr)
            .unwrap()
            .clone()
    };
    assert_eq!(
        change("output.haproxy")["change"]["actions"],
        serde_json::json!(["update"])
    );
    let creds_diff = change("output.creds");
    assert!(
        creds_diff["diff"].as_str().unwrap().contains("(sensitive)"),
        "password redacted in the diff: {creds_diff}"
    );
    assert!(!r.all().contains(SECRET) && !j.all().contains(SECRET));
    env.run(&["apply", "--auto-approve"]).ok();

    // A node that must be re-created gets a new port: the outputs listing it change, and plan
    // says so (it used to call them unchanged, with the dead node's port).
    unsafe { libc::kill(node_pid(&env, "us-1"), libc::SIGKILL) };
    std::thread::sleep(Duration::from_millis(200));
    let j = env.run(&["plan", "--format", "json"]);
    let v: Value = serde_json::from_str(&j.stdout).unwrap();
    for out in ["output.haproxy", "output.bot", "output.targets"] {
        let c = v["resource_changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["address"] == out)
            .unwrap_or_else(|| panic!("{out} in {v}"));
        assert_eq!(
            c["change"]["actions"],
            serde_json::json!(["update"]),
            "{out}: {c}"
        );
        // The replaced node's old address goes; files a tool reads say its new one is known
        // after apply (the scrape targets just leave it out until then).
        let diff = c["diff"].as_str().unwrap();
        assert!(
            diff.contains("known after apply") || (out == "output.targets" && diff.contains("\n-")),
            "{out}: {c}"
        );
        assert!(c["diff"].as_str().unwrap().starts_with("--- a/"), "{c}");
        assert!(!c["diff"].as_str().unwrap().contains("a//"), "{c}");
    }
    env.run(&["apply", "--auto-approve"]).ok();
    env.run(&["plan", "--detailed-exitcode"]).ok();

    // Removing an output deletes its file.
    let without_bot = cluster_stack(&env, base, "").replace("output \"bot\" {\n  template = \"lavaNodesConfig.js\"\n  path     = \"out/lavaNodesConfig.js\"\n}\n", "");
    env.write("stack.hcl", &without_bot);
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(!env.path("out/lavaNodesConfig.js").exists());
}

#[test]
fn failed_on_change_keeps_the_file_and_retries_next_apply() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let extra = "output \"marker\" {\n  template  = \"lavalink-targets.json\"\n  path      = \"out/marker.json\"\n  on_change = \"test -f reload-ok && echo reloaded >> reloads.log || (echo reload refused >&2; exit 7)\"\n}\n";
    env.write("stack.hcl", &cluster_stack(&env, free_block(), extra));
    let r = env.run(&["apply", "--auto-approve"]);
    r.fails(1, "output.marker");
    assert!(
        r.all().contains("reload refused") && r.all().contains("runs the command again"),
        "{}",
        r.all()
    );
    assert!(
        env.path("out/marker.json").exists(),
        "new file stays in place"
    );
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert_eq!(st["artifacts"]["output.marker"]["on_change_pending"], true);
    let p = env.run(&["plan", "--detailed-exitcode"]);
    p.fails(2, "its on_change command failed last time and runs again");
    env.write("reload-ok", "");
    env.run(&["apply", "--auto-approve"]).ok();
    assert_eq!(env.read("reloads.log"), "reloaded\n");
    env.run(&["plan", "--detailed-exitcode"]).ok();
}

#[test]
fn template_errors_name_template_line_and_variable() {
    let env = Env::new();
    env.write("bad-syntax.j2", "line one\n{% if %}\n");
    env.write("bad-var.j2", "ok\n{{ vars.missing_thing }}\n");
    let a = listener();
    let mut s = static_stack("tpl", &[("n1", a.port, 1)]);
    s.push_str("output \"x\" {\n  template = \"bad-syntax.j2\"\n  path = \"x.txt\"\n}\n");
    env.write("stack.hcl", &s);
    env.run(&["plan"])
        .fails(1, "template bad-syntax.j2: line 2: syntax error");
    let s = s.replace("bad-syntax.j2", "bad-var.j2");
    env.write("stack.hcl", &s);
    let r = env.run(&["plan", "--refresh=false"]);
    r.fails(1, "template bad-var.j2: line 2: undefined value");
    assert!(r.stderr.contains("vars.missing_thing"), "{}", r.stderr);
    let s = s.replace("bad-var.j2", "missing.j2");
    env.write("stack.hcl", &s);
    env.run(&["validate"])
        .fails(1, "template \"missing.j2\" is neither built in nor a file");
}

#[test]
fn weight_and_maintenance_changes_use_the_runtime_api_without_reload() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let base = free_block();
    let sock = env.path("haproxy.sock");
    let with_socket = |s: String| {
        s.replace(
            "  path     = \"out/haproxy.cfg\"\n",
            &format!(
                "  path     = \"out/haproxy.cfg\"\n  runtime_socket = \"{}\"\n  on_change = \"echo reload >> reloads.log\"\n",
                sock.display()
            ),
        )
    };
    env.write("stack.hcl", &with_socket(cluster_stack(&env, base, "")));
    env.run(&["apply", "--auto-approve"]).ok();
    assert_eq!(
        env.read("reloads.log").lines().count(),
        1,
        "first write runs on_change"
    );
    let _hap = crate::common::haproxy(&env.path("out/haproxy.cfg"));
    wait_for("haproxy socket", 10, || sock.exists());
    wait_for("all servers up", 15, || {
        let s = servers(&sock, "lavalink_stateless");
        s.len() == 3 && s.iter().all(|(_, op, _)| *op == 2)
    });

    let changed = with_socket(cluster_stack(&env, base, ""))
        .replace("weight = 3", "weight = 5")
        .replace(
            "region = \"us\"\n  weight = 1",
            "region = \"us\"\n  weight = 1\n  maintenance = true",
        );
    env.write("stack.hcl", &changed);
    let plan = env.run(&["plan"]);
    assert!(
        plan.stdout.contains(
            "then HAProxy's runtime API, no reload: set server lavalink_stateless/eu-1 weight 5; set server lavalink_stateless/us-1 state maint"
        ),
        "{}",
        plan.stdout
    );
    let applied = env.run(&["apply", "--auto-approve"]);
    applied.ok();
    assert!(
        applied
            .stderr
            .contains("output.haproxy: sent set server lavalink_stateless/eu-1 weight 5"),
        "{}",
        applied.stderr
    );
    assert_eq!(
        env.read("reloads.log").lines().count(),
        1,
        "no reload for weights and maintenance"
    );
    let state = runtime(&sock, "show servers state lavalink_stateless");
    let row = |name: &str| -> Vec<String> {
        state
            .lines()
            .find(|l| l.split_whitespace().nth(3) == Some(name))
            .unwrap_or_else(|| panic!("{name} in {state}"))
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    assert_eq!(row("eu-1")[7], "5", "runtime weight: {state}");
    let admin: u32 = row("us-1")[6].parse().unwrap();
    assert_eq!(admin & 0x01, 0x01, "us-1 in maintenance: {state}");
    // Maintenance steers new players only: us-1's own endpoint (slot 2) keeps serving the
    // sessions it has.
    let own = runtime(&sock, "show servers state node_us-1");
    assert!(
        own.lines()
            .filter(|l| l.split_whitespace().nth(3) == Some("us-1"))
            .all(|l| l.split_whitespace().nth(6) == Some("0")),
        "node_us-1 stays ready: {own}"
    );
    assert_eq!(get(base + 3, "/v4/info"), (200, Some("us-1".to_string())));
    assert!(
        env.read("out/haproxy.cfg").contains("weight 5 track"),
        "file updated too"
    );

    // A structural change (a node leaves) needs the reload.
    let fewer = changed.replace(
        "node \"eu-2\" {\n  region = \"eu\"\n  zone   = \"b\"\n  weight = 2\n}\n",
        "",
    );
    env.write("stack.hcl", &fewer);
    env.run(&["apply", "--auto-approve"]).ok();
    assert_eq!(env.read("reloads.log").lines().count(), 2);
}

#[test]
fn haproxy_health_check_survives_a_password_with_specials() {
    let env = Env::new();
    let pw = "p%a ss$HOME\"q'x\\y";
    let emu = emulator_with(pw);
    let base = free_block();
    let stack = format!(
        "stack \"q\" {{ password = var.password }}\nvariable \"password\" {{ sensitive = true }}\nprovider \"static\" \"lan\" {{}}\nregion \"r\" {{ provider = \"static.lan\" }}\nnode \"n1\" {{\n  region = \"r\"\n  host   = \"127.0.0.1\"\n  port   = {}\n}}\nrouter {{ interval = \"200ms\" }}\noutput \"haproxy\" {{\n  template = \"haproxy.cfg\"\n  path     = \"haproxy.cfg\"\n  vars     = {{ base_port = {base}, stats_socket = \"{}\" }}\n}}\n",
        emu.port,
        env.path("h.sock").display()
    );
    env.write("stack.hcl", &stack);
    let r = env
        .cmd(&["render", "--out", "out"])
        .env("LAVASTACK_VAR_password", pw)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let cfg = env.path("out/haproxy.cfg");
    haproxy_check(&cfg);
    let _hap = crate::common::haproxy(&cfg);
    let sock = env.path("h.sock");
    wait_for("haproxy socket", 10, || sock.exists());
    // L7OK (a 200 to GET /version) only happens if HAProxy sends the password byte for byte;
    // a wrong one gets 403 and L7STS.
    wait_for("n1's health check passing", 15, || {
        check_status(&sock, "node_n1", "n1") == "L7OK"
    });
}

/// The `check_status` column of `show stat` for one server.
fn check_status(sock: &std::path::Path, backend: &str, server: &str) -> String {
    let (rows, col) = show_stat(sock, "check_status");
    rows.into_iter()
        .find(|f| {
            f.first().map(String::as_str) == Some(backend)
                && f.get(1).map(String::as_str) == Some(server)
        })
        .and_then(|f| f.get(col).cloned())
        .unwrap_or_default()
}

/// An edge bound to every interface keeps its stats page and exporter on loopback; the runtime
/// API is a unix socket only its owner can open.
#[test]
fn haproxy_stats_stay_on_loopback_when_the_edge_binds_everywhere() {
    let env = Env::new();
    env.write(
        "stack.hcl",
        r#"stack "edge" { password = var.password }
variable "password" { sensitive = true }
provider "static" "lan" {}
region "eu" { provider = "static.lan" }
node "n1" {
  region = "eu"
  host   = "10.0.0.5"
}
output "haproxy" {
  template = "haproxy.cfg"
  path     = "out/haproxy.cfg"
  vars     = { bind = "0.0.0.0", base_port = 18000 }
}
"#,
    );
    env.run(&["render", "--out", "r"]).ok();
    let cfg = std::fs::read_to_string(env.path("r/out/haproxy.cfg")).unwrap();
    assert!(cfg.contains("bind 0.0.0.0:18000"), "{cfg}");
    assert!(
        cfg.contains("frontend stats\n    bind 127.0.0.1:17999"),
        "{cfg}"
    );
    assert!(!cfg.contains("bind 0.0.0.0:17999"), "{cfg}");
    assert!(cfg.contains("mode 600 level admin"), "{cfg}");
    haproxy_check(&env.path("r/out/haproxy.cfg"));
}

/// What the ssh and aws providers install, rendered by `lavastack render` under nodes/, read
/// by the tools a host runs: the systemd unit passes `systemd-analyze verify` and scores
/// better than "MEDIUM" exposure in `systemd-analyze security`; the aws user data passes
/// `cloud-init schema`. Neither holds the password.
#[test]
fn installed_units_and_user_data_pass_systemd_analyze_and_cloud_init() {
    for tool in ["systemd-analyze", "cloud-init"] {
        assert!(
            Command::new("sh")
                .args(["-c", &format!("command -v {tool}")])
                .status()
                .unwrap()
                .success(),
            "{tool} is installed by tests/run.sh"
        );
    }
    let env = Env::new();
    env.write("id_test", "not read by render\n");
    env.write(
        "stack.hcl",
        &format!(
            r#"stack "hosts" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "aws" "eu" {{
  region             = "eu-west-1"
  ami                = "ami-12c6146b"
  instance_type      = "t3.small"
  password_parameter = "/hosts/password"
  allow_from         = ["10.0.0.0/16"]
}}
provider "ssh" "dc" {{
  user             = "deploy"
  private_key_file = "{key}"
  host_key         = "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
  jar_url          = "https://example.com/Lavalink.jar"
  jar_sha256       = "1111111111111111111111111111111111111111111111111111111111111111"
}}
region "eu" {{ provider = "aws.eu" }}
region "dc" {{ provider = "ssh.dc" }}
node "eu-1" {{ region = "eu" }}
node "dc-1" {{
  region = "dc"
  host   = "10.0.0.5"
}}
node "dc-2" {{
  region = "dc"
  host   = "10.0.0.6"
  port   = 443
}}
"#,
            key = env.path("id_test").display()
        ),
    );
    env.run(&["render", "--out", "out"]).ok();
    for node in ["eu-1", "dc-1", "dc-2"] {
        let dir = env.path(&format!("out/nodes/{node}"));
        let units: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "service"))
            .collect();
        assert_eq!(units.len(), 1, "{node}: one unit: {units:?}");
        let unit = &units[0];
        let v = Command::new("systemd-analyze")
            .args(["verify", "--man=no"])
            .arg(unit)
            .output()
            .unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&v.stdout),
            String::from_utf8_lossy(&v.stderr)
        );
        // Only complaints about this unit count (the machine's own units may warn).
        let ours: Vec<&str> = said
            .lines()
            .filter(|l| l.contains(&*unit.file_name().unwrap().to_string_lossy()))
            .collect();
        assert!(v.status.success() && ours.is_empty(), "{node}: {said}");
        let sec = Command::new("systemd-analyze")
            .args(["security", "--offline=true", "--no-pager"])
            .arg(unit)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&sec.stdout);
        let score = text
            .lines()
            .find_map(|l| l.split("Overall exposure level for ").nth(1))
            .and_then(|r| r.split(": ").nth(1))
            .and_then(|r| r.split_whitespace().next())
            .and_then(|n| n.parse::<f64>().ok())
            .unwrap_or_else(|| panic!("{node}: no exposure score in {text}"));
        println!("{node}: systemd-analyze security exposure {score}");
        assert!(
            score < 5.0,
            "{node}: exposure {score} (want < 5.0, better than MEDIUM):\n{text}"
        );
        for f in std::fs::read_dir(&dir).unwrap().flatten() {
            let text = std::fs::read_to_string(f.path()).unwrap();
            assert!(
                !text.contains(SECRET),
                "{} holds the password",
                f.path().display()
            );
        }
    }
    let dc2 = env.read("out/nodes/dc-2/lavalink.service");
    assert!(
        dc2.contains("ReadWritePaths=/opt/lavalink/dc-2") || dc2.contains("WorkingDirectory="),
        "{dc2}"
    );
    assert!(
        dc2.contains("AmbientCapabilities=CAP_NET_BIND_SERVICE"),
        "{dc2}"
    );
    let ci = Command::new("cloud-init")
        .args(["schema", "--config-file"])
        .arg(env.path("out/nodes/eu-1/cloud-init.yaml"))
        .output()
        .unwrap();
    assert!(
        ci.status.success(),
        "cloud-init schema: {}{}",
        String::from_utf8_lossy(&ci.stdout),
        String::from_utf8_lossy(&ci.stderr)
    );
    assert!(
        String::from_utf8_lossy(&ci.stdout).contains("Valid"),
        "{}",
        String::from_utf8_lossy(&ci.stdout)
    );
}

/// The cluster as containers: `render` writes compose.yaml (every node as the official
/// Lavalink image with its application.yml mounted, HAProxy, Prometheus; the router with
/// `router_image`), and the real `docker-compose config` accepts it. No container is started:
/// this machine has no container engine (README).
#[test]
fn compose_file_for_the_cluster_passes_docker_compose_config() {
    assert!(
        Command::new("sh")
            .args(["-c", "command -v docker-compose"])
            .status()
            .unwrap()
            .success(),
        "docker-compose is installed by tests/run.sh"
    );
    let env = Env::new();
    env.write(
        "stack.hcl",
        &static_stack("box", &[("a", 2333, 1), ("b", 2334, 2)]),
    );
    env.run(&["render", "--out", "out"]).ok();
    let compose = env.read("out/compose.yaml");
    assert!(!compose.contains(SECRET), "{compose}");
    let config = |dir: &str, pw: Option<&str>| {
        let mut c = Command::new("docker-compose");
        c.args(["-f", "compose.yaml", "config"])
            .current_dir(env.path(dir))
            .env_remove("LAVALINK_PASSWORD");
        if let Some(p) = pw {
            c.env("LAVALINK_PASSWORD", p);
        }
        c.output().unwrap()
    };
    let ok = config("out", Some("from-the-environment"));
    let text = String::from_utf8_lossy(&ok.stdout).into_owned();
    assert!(
        ok.status.success(),
        "{}{}",
        text,
        String::from_utf8_lossy(&ok.stderr)
    );
    for want in [
        "lavalink-a:",
        "lavalink-b:",
        "haproxy:",
        "prometheus:",
        "image: ghcr.io/lavalink-devs/lavalink:4",
        "/opt/Lavalink/application.yml",
        "network_mode: host",
    ] {
        assert!(text.contains(want), "{want} in\n{text}");
    }
    assert!(
        !text.contains("router:"),
        "no router without router_image: {text}"
    );
    // The password comes from the environment at start, never from the file.
    let missing = config("out", None);
    assert!(!missing.status.success());
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("set LAVALINK_PASSWORD"),
        "{}",
        String::from_utf8_lossy(&missing.stderr)
    );
    // A pinned image and the router.
    let digest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    let mut pinned = static_stack("box", &[("a", 2333, 1)]);
    pinned.push_str(&format!(
        "output \"compose\" {{\n  template = \"compose.yaml\"\n  path     = \"c/compose.yaml\"\n  vars     = {{ lavalink_digest = \"{digest}\", router_image = \"example/lavastack:1\" }}\n}}\n"
    ));
    env.write("stack.hcl", &pinned);
    env.run(&["render", "--out", "pinned"]).ok();
    let ok = config("pinned/c", Some("pw"));
    let text = String::from_utf8_lossy(&ok.stdout).into_owned();
    assert!(
        ok.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(
        text.contains(&format!("ghcr.io/lavalink-devs/lavalink:4@{digest}")),
        "{text}"
    );
    assert!(
        text.contains("router:") && text.contains("example/lavastack:1"),
        "{text}"
    );
}
