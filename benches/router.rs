//! The router under failure and under load, measured in one run on this machine:
//! 1. failover drill: three emulated nodes, 300 guilds; time until no selection returns a node
//!    whose process was killed, one that was frozen (TCP accepted, no answers), and until a
//!    thawed node is selected again;
//! 2. load: selections per second and p50/p99 of `POST /v1/select` from 8 keep-alive clients,
//!    beside `GET /healthz` in the same run;
//! 3. the edge: time for real HAProxy to mark a killed node down by its own checks (1 s x 2),
//!    then, with the router running and pushing what it sees to the runtime API, for another.
//!
//! Run: `cargo bench --bench router`.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

struct Proc(Child);
impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

use common::{free_port, free_port_block, lavastack};

/// One request on a keep-alive connection; returns the body.
fn request(r: &mut BufReader<TcpStream>, method: &str, path: &str, body: &str) -> String {
    let req = format!("{method} {path} HTTP/1.1\r\nHost: r\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    r.get_mut().write_all(req.as_bytes()).unwrap();
    let mut len = 0;
    loop {
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        if line == "\r\n" {
            break;
        }
        if let Some(v) = line.to_lowercase().strip_prefix("content-length:") {
            len = v.trim().parse().unwrap();
        }
    }
    let mut buf = vec![0; len];
    r.read_exact(&mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

fn conn(port: u16) -> BufReader<TcpStream> {
    BufReader::new(TcpStream::connect(("127.0.0.1", port)).unwrap())
}

fn choose(c: &mut BufReader<TcpStream>, guild: &str) -> String {
    let body = request(
        c,
        "POST",
        "/v1/select",
        &format!("{{\"guild_id\":\"{guild}\"}}"),
    );
    let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    v["node"]["name"].as_str().unwrap_or("").to_string()
}

/// Time until a full pass over `guilds` never returns `node`.
fn recovery(
    c: &mut BufReader<TcpStream>,
    guilds: &[String],
    node: &str,
    start: Instant,
) -> Duration {
    loop {
        let pass = start.elapsed();
        if guilds.iter().all(|g| choose(c, g) != node) {
            return pass;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{node} never left the selections"
        );
    }
}

fn load(port: u16, path: &'static str, body: &'static str, secs: f64) -> (f64, Duration, Duration) {
    let until = Instant::now() + Duration::from_secs_f64(secs);
    let handles: Vec<_> = (0..8)
        .map(|i| {
            std::thread::spawn(move || {
                let mut c = conn(port);
                let mut lat = Vec::new();
                let mut n = 0u64;
                while Instant::now() < until {
                    let t = Instant::now();
                    let b = if body.is_empty() {
                        String::new()
                    } else {
                        body.replace("{i}", &format!("{i}{n}"))
                    };
                    request(
                        &mut c,
                        if body.is_empty() { "GET" } else { "POST" },
                        path,
                        &b,
                    );
                    lat.push(t.elapsed());
                    n += 1;
                }
                lat
            })
        })
        .collect();
    let mut all: Vec<Duration> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    all.sort();
    (
        all.len() as f64 / secs,
        all[all.len() / 2],
        all[all.len() * 99 / 100],
    )
}

fn main() {
    let rep = common::Report::from_args("router");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or(root.join("target"));
    let built = target.join("policies/wasm32-unknown-unknown/release/sticky_guild.wasm");
    let policy = if built.exists() {
        built
    } else {
        root.join("policies/sticky-guild/sticky-guild.wat")
    };
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let stack = format!(
        "stack \"bench\" {{ password = var.password }}\nvariable \"password\" {{ sensitive = true }}\nprovider \"local\" \"dev\" {{}}\nregion \"eu\" {{\n  provider = \"local.dev\"\n  zones = [\"a\", \"b\", \"c\"]\n}}\nnode \"n1\" {{ region = \"eu\" }}\nnode \"n2\" {{ region = \"eu\" }}\nnode \"n3\" {{ region = \"eu\" }}\npolicy \"selection\" {{ module = \"{}\" }}\nrouter {{\n  listen = \"127.0.0.1:{port}\"\n  interval = \"500ms\"\n  timeout = \"1s\"\n  fall = 2\n  rise = 2\n}}\n",
        policy.display()
    );
    std::fs::write(dir.path().join("stack.hcl"), stack).unwrap();
    assert!(lavastack(dir.path(), &["apply", "--auto-approve"])
        .stdout(Stdio::null())
        .status()
        .unwrap()
        .success());
    let state: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join(".lavastack/state.json")).unwrap(),
    )
    .unwrap();
    let pid = |n: &str| -> i32 {
        state["nodes"][n]["provider_id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    let _router = Proc(
        lavastack(dir.path(), &["serve"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_secs(2));

    // Join: `node add --apply` (edit, plan, create, wait healthy, render), then until the router
    // reports the new node healthy (it reloads when the state file changes).
    let t = Instant::now();
    let out = lavastack(
        dir.path(),
        &["node", "add", "n4", "--region", "eu", "--apply"],
    )
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cli = t.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let steps: Vec<(String, f64)> = stdout
        .lines()
        .skip_while(|l| !l.starts_with("Steps:"))
        .skip(1)
        .filter_map(|l| {
            let l = l.trim();
            let (name, secs) = l.rsplit_once(' ')?;
            Some((
                name.trim().to_string(),
                secs.trim_end_matches('s').parse().ok()?,
            ))
        })
        .collect();
    let mut c = conn(port);
    loop {
        let v: serde_json::Value =
            serde_json::from_str(&request(&mut c, "GET", "/v1/nodes", "")).unwrap_or_default();
        let up = v["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|n| n["name"] == "n4" && n["healthy"] == true);
        if up {
            break;
        }
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "n4 never became routable"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let routed = t.elapsed();
    rep.line("join: `node add n4 --apply` on the local provider, this run:");
    for (name, secs) in &steps {
        rep.line(format!("  {name:<44} {secs:>7.3}s"));
        rep.figure(
            &format!("join step: {name}"),
            *secs,
            "s",
            Some(("node add --apply", cli.as_secs_f64())),
            serde_json::json!({}),
        );
    }
    rep.line(format!(
        "  node add --apply returned after             {:>7.3}s\n  router reports n4 healthy after              {:>7.3}s ({:.2}x of the command)",
        cli.as_secs_f64(),
        routed.as_secs_f64(),
        routed.as_secs_f64() / cli.as_secs_f64()
    ));
    rep.figure(
        "join: healthy and routed",
        routed.as_secs_f64(),
        "s",
        Some(("node add --apply", cli.as_secs_f64())),
        serde_json::json!({"interval_ms": 500, "rise": 2}),
    );

    let guilds: Vec<String> = (0..300)
        .map(|i| (500_000_000_000_000_000u64 + i * 7919).to_string())
        .collect();
    let first: Vec<String> = guilds.iter().map(|g| choose(&mut c, g)).collect();
    let on = |n: &str| -> Vec<String> {
        guilds
            .iter()
            .zip(&first)
            .filter(|(_, x)| *x == n)
            .map(|(g, _)| g.clone())
            .collect()
    };

    let (n1, n2) = (on("n1"), on("n2"));
    let t = Instant::now();
    unsafe { libc::kill(pid("n1"), libc::SIGKILL) };
    let killed = recovery(&mut c, &n1, "n1", t);
    let t = Instant::now();
    unsafe { libc::kill(pid("n2"), libc::SIGUSR1) };
    let frozen = recovery(&mut c, &n2, "n2", t);
    let t = Instant::now();
    unsafe { libc::kill(pid("n2"), libc::SIGUSR1) };
    while choose(&mut c, &n2[0]) != "n2" {
        assert!(t.elapsed() < Duration::from_secs(60));
    }
    let back = t.elapsed();
    let frozen_goal = 0.5 * 2.0 + 1.0;
    let j = serde_json::json!({"interval_ms": 500, "fall": 2, "rise": 2});
    rep.figure(
        "killed node out of selections",
        killed.as_secs_f64(),
        "s",
        Some(("goal", 1.0)),
        j.clone(),
    );
    rep.figure(
        "frozen node out of selections",
        frozen.as_secs_f64(),
        "s",
        Some(("goal", frozen_goal)),
        j.clone(),
    );
    rep.figure(
        "thawed node selected again",
        back.as_secs_f64(),
        "s",
        Some(("rise x interval", 1.0)),
        j,
    );
    rep.line("router failover drill (3 emulated nodes, 300 guilds, interval 500ms, fall 2, rise 2), this run:");
    rep.line(format!(
        "  killed process: out of selections after {:>7.3}s (goal < 1 s: {:.2} of it)",
        killed.as_secs_f64(),
        killed.as_secs_f64()
    ));
    rep.line(format!("  frozen node:    out of selections after {:>7.3}s (goal < interval x fall + 1 s = {frozen_goal} s: {:.2} of it)", frozen.as_secs_f64(), frozen.as_secs_f64() / frozen_goal));
    rep.line(format!(
        "  thawed node:    selected again after    {:>7.3}s (rise 2 x interval 500ms)",
        back.as_secs_f64()
    ));

    let (sel_rate, sel_p50, sel_p99) = load(port, "/v1/select", "{\"guild_id\":\"{i}\"}", 3.0);
    let (hz_rate, hz_p50, hz_p99) = load(port, "/healthz", "", 3.0);
    rep.figure(
        "POST /v1/select throughput",
        sel_rate,
        "req/s",
        Some(("GET /healthz", hz_rate)),
        serde_json::json!({"p50_us": sel_p50.as_secs_f64() * 1e6, "p99_us": sel_p99.as_secs_f64() * 1e6}),
    );
    rep.figure(
        "POST /v1/select p99",
        sel_p99.as_secs_f64() * 1e6,
        "us",
        Some(("GET /healthz p99", hz_p99.as_secs_f64() * 1e6)),
        serde_json::json!({}),
    );
    rep.line("router load, 8 keep-alive clients x 3 s each, this run:");
    rep.line(format!(
        "  POST /v1/select {:>9.0}/s  p50 {:>8.1?}  p99 {:>8.1?}",
        sel_rate, sel_p50, sel_p99
    ));
    rep.line(format!(
        "  GET  /healthz   {:>9.0}/s  p50 {:>8.1?}  p99 {:>8.1?}",
        hz_rate, hz_p50, hz_p99
    ));
    rep.line(format!(
        "  select/healthz throughput ratio {:.2}, p99 ratio {:.1}x",
        sel_rate / hz_rate,
        sel_p99.as_secs_f64() / hz_p99.as_secs_f64()
    ));
    let state: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join(".lavastack/state.json")).unwrap(),
    )
    .unwrap();
    for n in ["n1", "n2", "n3", "n4"] {
        let pid = |n: &str| -> i32 {
            state["nodes"][n]["provider_id"]
                .as_str()
                .and_then(|p| p.parse().ok())
                .unwrap_or(0)
        };
        if pid(n) == 0 {
            continue;
        }
        unsafe { libc::kill(-pid(n), libc::SIGKILL) };
    }
    haproxy_detection(&rep);
}

/// HAProxy's view of a killed node: by its own checks alone, then with the router's push.
fn haproxy_detection(rep: &common::Report) {
    let dir = tempfile::tempdir().unwrap();
    let (router_port, base) = (free_port(), free_port_block());
    let stack = format!(
        r#"stack "edge" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{ provider = "local.dev" }}
node "n1" {{ region = "eu" }}
node "n2" {{ region = "eu" }}
node "n3" {{ region = "eu" }}
router {{
  listen   = "127.0.0.1:{router_port}"
  interval = "500ms"
  timeout  = "1s"
}}
output "haproxy" {{
  template       = "haproxy.cfg"
  path           = "out/haproxy.cfg"
  runtime_socket = "out/haproxy.sock"
  vars           = {{
    base_port   = {base}
    check_inter = "1s"
  }}
}}
"#
    );
    std::fs::write(dir.path().join("stack.hcl"), stack).unwrap();
    assert!(lavastack(dir.path(), &["apply", "--auto-approve"])
        .stdout(Stdio::null())
        .status()
        .unwrap()
        .success());
    let Ok(hap) = std::process::Command::new("haproxy")
        .args(["-db", "-f"])
        .arg(dir.path().join("out/haproxy.cfg"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    else {
        rep.line("haproxy is not installed: the edge detection figures are skipped");
        return;
    };
    let _hap = Proc(hap);
    let sock = dir.path().join("out/haproxy.sock");
    let up = |node: &str| -> bool {
        let Ok(mut s) = std::os::unix::net::UnixStream::connect(&sock) else {
            return false;
        };
        let _ = s.write_all(format!("show servers state node_{node}\n").as_bytes());
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out.lines()
            .filter(|l| !l.starts_with('#') && l.split_whitespace().count() > 8)
            .any(|l| l.split_whitespace().nth(5) == Some("2"))
    };
    let wait = |what: &str, f: &dyn Fn() -> bool| {
        let t = Instant::now();
        while !f() {
            assert!(t.elapsed() < Duration::from_secs(30), "{what}");
            std::thread::sleep(Duration::from_millis(5));
        }
        t.elapsed()
    };
    wait("HAProxy counts the nodes up", &|| up("n1") && up("n2"));
    let state: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join(".lavastack/state.json")).unwrap(),
    )
    .unwrap();
    let pid = |n: &str| -> i32 {
        state["nodes"][n]["provider_id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    // Without a router: HAProxy's own checks.
    unsafe { libc::kill(pid("n1"), libc::SIGKILL) };
    let own = wait("HAProxy marks n1 down", &|| !up("n1"));
    // With a router watching the nodes (and pushing to the runtime socket).
    let _router = Proc(
        lavastack(dir.path(), &["serve"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    while TcpStream::connect(("127.0.0.1", router_port)).is_err() {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_secs(3));
    unsafe { libc::kill(pid("n2"), libc::SIGKILL) };
    let pushed = wait("HAProxy marks n2 down", &|| !up("n2"));
    rep.line("edge: a killed node marked down by HAProxy (inter 1s, fall 2), this run:");
    rep.line(format!(
        "  by HAProxy's own checks   {:>8.0} ms\n  with the router's push    {:>8.0} ms ({:.3}x)",
        own.as_secs_f64() * 1000.0,
        pushed.as_secs_f64() * 1000.0,
        pushed.as_secs_f64() / own.as_secs_f64()
    ));
    rep.figure(
        "HAProxy marks a killed node down, router push",
        pushed.as_secs_f64() * 1000.0,
        "ms",
        Some(("HAProxy's own checks", own.as_secs_f64() * 1000.0)),
        serde_json::json!({"check_inter_ms": 1000, "fall": 2}),
    );
    let _ = lavastack(dir.path(), &["destroy", "--auto-approve"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}
