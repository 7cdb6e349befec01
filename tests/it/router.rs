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

/// Status 0 when nothing listens (yet).
fn http(port: u16, method: &str, path: &str, body: &str, token: Option<&str>) -> (u16, Value) {
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return (0, Value::Null);
    };
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
    assert!(m.contains("lavastack_failovers_total{node=\"n1\"} "), "{m}");
    // Probe latency by node, with the fine bounds under the SLO's: the canary gate's p99.
    assert!(
        m.contains("lavastack_probe_duration_seconds_bucket{node=\"n1\",le=\"0.001\"}"),
        "{m}"
    );
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
    // Only Discord snowflakes: anything else is a short 400 (a body past 16 KiB is a 413
    // before it is read: `silent_clients_cannot_starve_the_router_or_its_probes`).
    let huge = format!("{{\"guild_id\":\"{}\"}}", "9".repeat(10_000));
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

    // Headers in time, then a body that never comes: each is answered 408 after 5 s and its
    // connection freed, so the others are served again.
    let mut slow: Vec<std::net::TcpStream> = (0..400)
        .filter_map(|_| {
            let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
            s.write_all(b"POST /v1/select HTTP/1.1\r\nHost: r\r\nContent-Length: 100\r\n\r\n{")
                .ok()?;
            Some(s)
        })
        .collect();
    assert!(slow.len() > 300, "only {} connected", slow.len());
    std::thread::sleep(Duration::from_secs(1));
    let t = Instant::now();
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    let waited = t.elapsed();
    assert!(waited < Duration::from_secs(25), "served after {waited:?}");
    let first = &mut slow[0];
    first
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    let mut answer = [0u8; 256];
    let n = first.read(&mut answer).unwrap_or(0);
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    drop(slow);
    eprintln!("a request among 400 slow bodies was served after {waited:?}");
    // A body over the limit is refused before it is read.
    let big = raw(
        port,
        "POST /v1/select HTTP/1.1\r\nHost: r\r\nContent-Length: 10000000\r\nConnection: close\r\n\r\n",
    );
    assert!(big.starts_with("HTTP/1.1 413"), "{big}");
}

fn group_stack(front: u16, replicas: &[u16], base: u16) -> String {
    let list = replicas
        .iter()
        .map(|p| format!("\"127.0.0.1:{p}\""))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        r#"stack "group" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b", "c"]
}}
node "n1" {{ region = "eu" }}
node "n2" {{ region = "eu" }}
node "n3" {{ region = "eu" }}
router {{
  listen     = "127.0.0.1:{front}"
  replicas   = [{list}]
  interval   = "200ms"
  timeout    = "1s"
  state_poll = "200ms"
  token      = "group-token"
}}
output "haproxy" {{
  template       = "haproxy.cfg"
  path           = "out/haproxy.cfg"
  runtime_socket = "out/haproxy.sock"
  # HAProxy's own checks this slow: a node marked down within seconds was pushed by a router.
  vars = {{
    base_port   = {base}
    check_inter = "30s"
  }}
}}
"#
    )
}

fn haproxy_cmd(sock: &std::path::Path, cmd: &str) -> String {
    let mut s = std::os::unix::net::UnixStream::connect(sock).expect("haproxy stats socket");
    s.write_all(format!("{cmd}\n").as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

fn draining_on(port: u16, node: &str) -> Option<bool> {
    let (st, v) = http(port, "GET", "/v1/nodes", "", None);
    if st != 200 {
        return None;
    }
    v["nodes"]
        .as_array()?
        .iter()
        .find(|n| n["name"] == node)
        .map(|n| n["draining"] == true)
}

/// Three router replicas behind the rendered HAProxy (`router.replicas`): a drain through one
/// replica reaches the others within a state poll (they share nothing but the state file), a
/// restarted replica keeps it, selections through HAProxy keep succeeding with a replica
/// killed, and a killed node is pushed to HAProxy's runtime API by the routers long before
/// HAProxy's own checks (30 s here) could notice.
#[test]
fn router_group_shares_drains_through_the_state_behind_haproxy() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let front = dead_port();
    let replicas = [dead_port(), dead_port(), dead_port()];
    let base = free_block();
    env.write("stack.hcl", &group_stack(front, &replicas, base));
    env.run(&["apply", "--auto-approve"]).ok();
    let cfg = env.read("out/haproxy.cfg");
    assert!(cfg.contains("backend lavastack_routers"), "{cfg}");
    assert!(cfg.contains("track node_n1/n1"), "{cfg}");
    let sock = env.path("out/haproxy.sock");
    let _hap = haproxy(&env.path("out/haproxy.cfg"));
    let serve_on = |p: u16| {
        let mut c = env.cmd(&["serve", "--listen", &format!("127.0.0.1:{p}")]);
        c.env("RUST_LOG", "info");
        start_router(c, p)
    };
    // Without --listen a replica does not know which one it is.
    env.run(&["serve"]).fails(1, "a group of 3 replicas");
    let mut procs: Vec<Option<Proc>> = replicas.iter().map(|p| Some(serve_on(*p))).collect();
    wait_until("HAProxy up", 10, || sock.exists());
    wait_until("a selection through HAProxy", 10, || {
        choose(front, "100").is_some()
    });

    // A drain through replica 1 is recorded in the state and seen by replicas 2 and 3.
    let (st, _) = http(
        replicas[0],
        "POST",
        "/v1/nodes/n1/drain",
        "",
        Some("group-token"),
    );
    assert_eq!(st, 200);
    let state: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(state["drains"]["n1"]["by"].is_string(), "{state}");
    let seen = wait_until("every replica sees the drain", 10, || {
        replicas[1..]
            .iter()
            .all(|p| draining_on(*p, "n1") == Some(true))
    });
    eprintln!(
        "drain through one replica seen by the others after {:.0} ms (state_poll 200 ms)",
        seen.as_secs_f64() * 1000.0
    );
    for p in replicas {
        for g in 0..30 {
            assert_ne!(choose(p, &format!("{g}")).as_deref(), Some("n1"));
        }
    }

    // A restarted replica keeps the drain: it is in the state, not in a router's memory.
    procs[1] = None;
    procs[1] = Some(serve_on(replicas[1]));
    assert_eq!(draining_on(replicas[1], "n1"), Some(true));

    // A replica killed: every selection through HAProxy still succeeds.
    if let Some(mut p) = procs[2].take() {
        p.0.kill().unwrap();
        let _ = p.0.wait();
    }
    for g in 0..60 {
        let n = choose(front, &format!("{}", 1000 + g));
        assert!(n.is_some(), "selection {g} through HAProxy failed");
        assert_ne!(n.as_deref(), Some("n1"));
    }

    // Undrain from the CLI: the live replicas follow.
    env.run(&["node", "undrain", "n1"]).ok();
    wait_until("the replicas see the undrain", 10, || {
        replicas[..2]
            .iter()
            .all(|p| draining_on(*p, "n1") == Some(false))
    });

    // A killed node: the routers see its socket close and push it down to HAProxy.
    let up = |srv: &str| {
        haproxy_cmd(&sock, &format!("show servers state node_{srv}"))
            .lines()
            .filter(|l| !l.starts_with('#') && l.split_whitespace().count() > 8)
            .any(|l| l.split_whitespace().nth(5) == Some("2"))
    };
    wait_until("HAProxy counts n2 up", 10, || up("n2"));
    let t = Instant::now();
    // SAFETY: the emulator process the local provider started for n2.
    unsafe { libc::kill(pid(&env, "n2"), libc::SIGKILL) };
    wait_until("HAProxy marks n2 down (pushed)", 10, || !up("n2"));
    eprintln!(
        "HAProxy marked a killed node down {:.0} ms after the kill (its own checks: 30 s x 2)",
        t.elapsed().as_secs_f64() * 1000.0
    );
    drop(procs);
}

/// Reloads (SIGHUP and state changes) while clients keep selecting: not one request fails.
#[test]
fn reloads_under_load_drop_no_request() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    env.write(
        "stack.hcl",
        &stack(&sticky_guild()).replace(
            "  token    = \"admin-token-123\"",
            &format!("  token    = \"admin-token-123\"\n  listen   = \"127.0.0.1:{port}\"\n  state_poll = \"100ms\""),
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let router = start_router(env.cmd(&["serve"]), port);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let clients: Vec<_> = (0..4)
        .map(|c| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let (mut ok, mut failed) = (0u64, Vec::new());
                let mut g = 0u64;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    g += 1;
                    let (st, v) = http(
                        port,
                        "POST",
                        "/v1/select",
                        &format!("{{\"guild_id\":\"{}\"}}", c * 1_000_000 + g),
                        None,
                    );
                    if st == 200 {
                        ok += 1;
                    } else {
                        failed.push(format!("{st} {v}"));
                    }
                }
                (ok, failed)
            })
        })
        .collect();
    let t = Instant::now();
    let (mut reloads, mut changes) = (0, 0);
    std::thread::scope(|scope| {
        // State changes (each a reload through the state poll and the drain route) on one
        // thread, SIGHUPs every 50 ms on this one.
        let changer = scope.spawn(|| {
            let mut n = 0;
            while t.elapsed() < Duration::from_secs(4) {
                let node = ["n1", "n2"][n % 2];
                let verb = if n % 4 < 2 { "drain" } else { "undrain" };
                env.run(&["node", verb, node]).ok();
                n += 1;
            }
            n
        });
        while t.elapsed() < Duration::from_secs(4) {
            // SAFETY: the router process this test started.
            unsafe { libc::kill(router.0.id() as i32, libc::SIGHUP) };
            reloads += 1;
            std::thread::sleep(Duration::from_millis(50));
        }
        changes = changer.join().unwrap();
    });
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (mut ok, mut failed) = (0, Vec::new());
    for c in clients {
        let (o, f) = c.join().unwrap();
        ok += o;
        failed.extend(f);
    }
    eprintln!(
        "{ok} selections across {reloads} SIGHUPs and {changes} drain/undrain state changes; {} failed",
        failed.len()
    );
    assert!(failed.is_empty(), "{failed:?}");
    assert!(ok > 100, "only {ok} selections ran");
}
