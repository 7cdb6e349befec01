//! The router against a real local cluster: selection, failover when a node's process dies
//! and when it hangs, return after `rise` probes, drain, policy fallback, reload on file
//! change, metrics. Recovery times are printed by `cargo bench --bench router`; here they are
//! only bounded loosely so a slow machine cannot make the test lie.

use crate::common::*;
use serde_json::Value;
use std::io::{Read, Write};

use std::process::Stdio;
use std::time::{Duration, Instant};

fn stack(policy: &std::path::Path) -> String {
    format!(
        r#"stack "drill" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b", "c"]
}}
node "n1" {{ region = "eu" }}
node "n2" {{
  region = "eu"
  zone   = "b"
}}
node "n3" {{
  region = "eu"
  zone   = "c"
}}
policy "selection" {{ module = "{}" }}
router {{
  interval = "200ms"
  timeout  = "1s"
  fall     = 2
  rise     = 2
  token    = "admin-token-123"
}}
"#,
        policy.display()
    )
}

fn http(port: u16, method: &str, path: &str, body: &str, token: Option<&str>) -> (u16, Value) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: r\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{auth}\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|x| x.parse().ok())
        .unwrap_or(0);
    (
        status,
        serde_json::from_str(body).unwrap_or(Value::String(body.to_string())),
    )
}

fn raw(port: u16, req: &str) -> String {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

fn choose(port: u16, guild: &str) -> Option<String> {
    let (st, v) = http(
        port,
        "POST",
        "/v1/select",
        &format!("{{\"guild_id\":\"{guild}\"}}"),
        None,
    );
    (st == 200).then(|| v["node"]["name"].as_str().unwrap().to_string())
}

fn wait_until(what: &str, secs: u64, mut f: impl FnMut() -> bool) -> Duration {
    let t = Instant::now();
    while !f() {
        assert!(
            t.elapsed() < Duration::from_secs(secs),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    t.elapsed()
}

fn pid(env: &Env, node: &str) -> i32 {
    let v: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    v["nodes"][node]["provider_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

fn all_healthy(port: u16) -> bool {
    let (_, v) = http(port, "GET", "/v1/nodes", "", None);
    v["nodes"]
        .as_array()
        .is_some_and(|n| n.len() == 3 && n.iter().all(|n| n["healthy"] == true))
}

/// Starts `serve` (as `cmd` sets it up, on `port`) and waits until it counts all three nodes
/// healthy.
fn start_router(mut cmd: std::process::Command, port: u16) -> Proc {
    let p = Proc(
        cmd.stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_until("router up", 20, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    wait_until("all nodes healthy", 20, || all_healthy(port));
    p
}

#[test]
fn failover_drill_kill_freeze_return_drain_fallback() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write("stack.hcl", &stack(&sticky_guild()));
    env.run(&["apply", "--auto-approve"]).ok();
    let port = dead_port();
    let _router = start_router(
        env.cmd(&["serve", "--listen", &format!("127.0.0.1:{port}")]),
        port,
    );

    let guilds: Vec<String> = (0..1000)
        .map(|i| (300_000_000_000_000_000u64 + i * 104_729).to_string())
        .collect();
    let before: Vec<String> = guilds
        .iter()
        .map(|g| choose(port, g).expect("a node"))
        .collect();
    for n in ["n1", "n2", "n3"] {
        assert!(
            before.iter().filter(|x| *x == n).count() > 150,
            "sticky-guild spreads guilds: {n}"
        );
    }
    let on = |node: &str| -> Vec<&String> {
        guilds
            .iter()
            .zip(&before)
            .filter(|(_, n)| *n == node)
            .map(|(g, _)| g)
            .collect()
    };

    // Kill n1's process: its guilds move, nobody else's do.
    let n1_guilds = on("n1");
    unsafe { libc::kill(pid(&env, "n1"), libc::SIGKILL) };
    wait_until("n1 out of every selection", 10, || {
        n1_guilds
            .iter()
            .all(|g| choose(port, g).as_deref() != Some("n1"))
    });
    for (g, was) in guilds
        .iter()
        .zip(&before)
        .filter(|(_, n)| *n != "n1")
        .take(200)
    {
        assert_eq!(
            choose(port, g).as_deref(),
            Some(was.as_str()),
            "guild {g} moved although its node is fine"
        );
    }

    // Freeze n2 (TCP accepted, nothing answered): caught by the probes.
    let n2_guilds = on("n2");
    let n2 = pid(&env, "n2");
    unsafe { libc::kill(n2, libc::SIGUSR1) };
    wait_until("frozen n2 out of every selection", 10, || {
        n2_guilds
            .iter()
            .all(|g| choose(port, g).as_deref() != Some("n2"))
    });
    unsafe { libc::kill(n2, libc::SIGUSR1) };
    wait_until("thawed n2 back after rise probes", 10, || {
        choose(port, n2_guilds[0]).as_deref() == Some("n2")
    });

    // The killed node comes back through apply; the router sees the new state file.
    env.run(&["apply", "--auto-approve"]).ok();
    wait_until("recreated n1 selected again", 15, || {
        choose(port, n1_guilds[0]).as_deref() == Some("n1")
    });

    // Drain needs the token; a drained node takes no new guilds; undrain restores it.
    let n3_guild = on("n3")[0].clone();
    assert_eq!(http(port, "POST", "/v1/nodes/n3/drain", "", None).0, 401);
    assert_eq!(
        http(port, "POST", "/v1/nodes/n3/drain", "", Some("wrong")).0,
        401
    );
    assert_eq!(
        http(
            port,
            "POST",
            "/v1/nodes/n3/drain",
            "",
            Some("admin-token-123")
        )
        .0,
        200
    );
    assert_ne!(choose(port, &n3_guild).as_deref(), Some("n3"));
    assert_eq!(
        http(
            port,
            "POST",
            "/v1/nodes/nope/drain",
            "",
            Some("admin-token-123")
        )
        .0,
        404
    );
    assert_eq!(
        http(
            port,
            "POST",
            "/v1/nodes/n3/undrain",
            "",
            Some("admin-token-123")
        )
        .0,
        200
    );
    assert_eq!(choose(port, &n3_guild).as_deref(), Some("n3"));

    // A selection policy that traps: answers still come, from the built-in, and are counted.
    // It traps for guild "5" only (byte 22 of `{"abi":1,"guild_id":"5"` is the closing quote)
    // and ranks nothing otherwise, so plan's routing simulation lets the apply through.
    env.write(
        "trap.wat",
        r#"(module (memory (export "memory") 1)
  (data (i32.const 0) "{\"ranking\":[]}")
  (func (export "lavastack_abi_version") (result i32) (i32.const 1))
  (func (export "lavastack_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "select_node") (param i32 i32) (result i64)
    (if (i32.eq (i32.load8_u offset=22 (local.get 0)) (i32.const 34)) (then unreachable))
    (i64.const 14)))"#,
    );
    env.write("stack.hcl", &stack(&env.path("trap.wat")));
    // Saved but not applied: the router reloads the file and keeps routing with the applied
    // policy (a policy edit, like a weight edit, takes effect on apply).
    std::thread::sleep(Duration::from_millis(2500));
    let (_, v) = http(port, "POST", "/v1/select", "{\"guild_id\":\"5\"}", None);
    assert_eq!(v["fallback"], false, "{v}");
    assert!(
        v["policy"].as_str().unwrap().contains("sticky"),
        "still the applied policy: {v}"
    );
    env.run(&["apply", "--auto-approve"]).ok();
    wait_until("reload with the trapping policy", 10, || {
        let (_, v) = http(port, "POST", "/v1/select", "{\"guild_id\":\"5\"}", None);
        v["fallback"] == true
    });
    let (st, v) = http(port, "POST", "/v1/select", "{\"guild_id\":\"5\"}", None);
    assert_eq!(st, 200);
    assert_eq!(v["policy"], "builtin:least-load");
    let (_, m) = http(port, "GET", "/metrics", "", None);
    let m = m.as_str().unwrap().to_string();
    assert!(m.contains("lavastack_policy_errors_total{policy="), "{m}");
    assert!(m.contains("lavastack_failovers_total"), "{m}");
    assert!(
        m.contains("lavastack_node_up{node=\"n1\",region=\"eu\"} 1"),
        "{m}"
    );
    assert!(m.contains("lavastack_select_duration_seconds_count"), "{m}");
    // Idle nodes send no frame stats; the series exists anyway (0), so the alert can fire later.
    assert!(
        m.contains("lavastack_node_frame_deficit{node=\"n1\",region=\"eu\"} 0"),
        "{m}"
    );
    assert_eq!(http(port, "POST", "/v1/select", "not json", None).0, 400);
    // curl -d sends a form Content-Type; a numeric guild id is the same guild as its string.
    let body = "{\"guild_id\":5}";
    let out = raw(
        port,
        &format!(
            "POST /v1/select HTTP/1.1\r\nHost: r\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(
        out.starts_with("HTTP/1.1 200") && out.contains("\"guild_id\":\"5\""),
        "{out}"
    );
    // The auth scheme is case-insensitive.
    let out = raw(
        port,
        "POST /v1/nodes/n3/undrain HTTP/1.1\r\nHost: r\r\nConnection: close\r\nAuthorization: bearer admin-token-123\r\nContent-Length: 0\r\n\r\n",
    );
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    // Only Discord snowflakes: anything else is a short 400.
    let huge = format!("{{\"guild_id\":\"{}\"}}", "9".repeat(1 << 20));
    for body in [
        "{\"guild_id\":1.5}",
        "{\"guild_id\":\"abc\"}",
        "{\"guild_id\":\"\"}",
        "{\"guild_id\":\"-1\"}",
        "{\"guild_id\":\"123456789012345678901\"}",
        huge.as_str(),
    ] {
        let (st, v) = http(port, "POST", "/v1/select", body, None);
        let e = v["error"].as_str().unwrap_or_default();
        assert!(
            st == 400 && e.contains("guild_id must be a Discord snowflake") && e.len() < 400,
            "{}: {st} {}",
            &body[..body.len().min(60)],
            &e[..e.len().min(300)]
        );
    }
    let out = raw(
        port,
        "POST /v1/nodes/n3/drain HTTP/1.1\r\nHost: r\r\nConnection: close\r\nAuthorization: Bearer wrong\r\nContent-Length: 0\r\n\r\n",
    );
    assert!(
        out.starts_with("HTTP/1.1 401")
            && out
                .to_lowercase()
                .contains("www-authenticate: bearer realm=\"lavastack\", error=\"invalid_token\""),
        "{out}"
    );
    assert_eq!(http(port, "GET", "/healthz", "", None).0, 200);
}

#[test]
fn silent_clients_cannot_starve_the_router_or_its_probes() {
    use std::os::unix::process::CommandExt;
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write("stack.hcl", &stack(&sticky_guild()));
    env.run(&["apply", "--auto-approve"]).ok();
    let port = dead_port();
    let mut cmd = env.cmd(&["serve", "--listen", &format!("127.0.0.1:{port}")]);
    // SAFETY: setrlimit only, between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: 300,
                rlim_max: 300,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let _router = start_router(cmd, port);
    // 400 sockets that connect and never send a byte, more than the router may open.
    let silent: Vec<std::net::TcpStream> = (0..400)
        .filter_map(|_| std::net::TcpStream::connect(("127.0.0.1", port)).ok())
        .collect();
    assert!(silent.len() > 300, "only {} connected", silent.len());
    std::thread::sleep(Duration::from_secs(2));
    // The probes still work (no node marked down), and a request is served once the
    // silent ones time out (5 s for headers).
    let t = Instant::now();
    let (st, v) = http(port, "GET", "/v1/nodes", "", None);
    let waited = t.elapsed();
    assert_eq!(st, 200, "{v}");
    assert!(
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["healthy"] == true),
        "probes failed while clients were silent: {v}"
    );
    assert!(waited < Duration::from_secs(15), "served after {waited:?}");
    assert!(
        choose(port, "300000000000000001").is_some(),
        "selection works"
    );
    drop(silent);
    eprintln!("a request among 400 silent sockets was served after {waited:?}");
}
