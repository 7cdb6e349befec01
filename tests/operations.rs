//! Day-two commands end to end on the local provider with emulated nodes and a router:
//! node add/remove (stack edited in place), drain/undrain, and failure drills.

mod common;

use common::*;
use serde_json::Value;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

struct Proc(Child);
impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

struct Cleanup<'a>(&'a Env);
impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        if let Ok(v) = serde_json::from_str::<Value>(&self.0.read(".lavastack/state.json")) {
            for n in v["nodes"].as_object().into_iter().flat_map(|o| o.values()) {
                if let Some(pid) = n["provider_id"]
                    .as_str()
                    .and_then(|p| p.parse::<i32>().ok())
                {
                    unsafe {
                        libc::kill(-pid, libc::SIGCONT);
                        libc::kill(-pid, libc::SIGKILL)
                    };
                }
            }
        }
    }
}

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
    let _router = Proc(
        env.cmd(&["serve"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait("router", 20, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    wait("nodes healthy", 20, || {
        ["n1", "n2", "n3"].iter().all(|n| healthy(port, n))
    });

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
    env.run(&["node", "undrain", "n4"]).ok();
    env.run(&["node", "drain", "nope"])
        .fails(1, "no node \\\"nope\\\"");

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
    // A target no recovery can meet fails the command.
    env.run(&["drill", "freeze", "n3", "--expect-rto", "1ms"])
        .fails(1, "FAIL");

    // Remove: drained through the router, then deleted; the stack loses exactly that block.
    let r = env.run(&["node", "remove", "n4", "--apply", "--drain-timeout", "2s"]);
    r.ok();
    assert!(
        r.stdout.contains("drain and wait for players to leave"),
        "{}",
        r.stdout
    );
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(st["nodes"].get("n4").is_none());
    assert_eq!(
        env.read("stack.hcl"),
        before,
        "the stack is back to what it was"
    );
}
