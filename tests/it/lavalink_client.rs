//! Real Lavalink clients against `lavastack emulate` processes: the npm `lavalink-client` and
//! `poru` (installed into tests/node by tests/run.sh) and the PyPI `wavelink` (pip-installed
//! by tests/run.sh). Each connects, searches, plays and sees player updates; lavalink-client
//! also moves a player between a 4.0.8 and a 4.2 node with changeNode(). The emulator is only a
//! stand-in if real clients accept it.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Emu(Child);
impl Drop for Emu {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    crate::common::dead_port()
}

fn start(port: u16, password: &str, version: &str) -> Emu {
    start_with(port, password, version, &[])
}

fn start_with(port: u16, password: &str, version: &str, extra: &[&str]) -> Emu {
    start_at("127.0.0.1", port, password, version, extra)
}

fn start_at(ip: &str, port: u16, password: &str, version: &str, extra: &[&str]) -> Emu {
    let child = Command::new(crate::common::bin())
        .args(["emulate", "--address", ip, "--port", &port.to_string()])
        .args([
            "--password",
            password,
            "--stats-interval",
            "1s",
            "--player-update-interval",
            "1s",
            "--lavalink-version",
            version,
        ])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start emulator");
    let until = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect((ip, port)).is_err() {
        assert!(Instant::now() < until, "emulator on {port} did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Emu(child)
}

/// One emulated node per protocol generation the emulator covers, 4.0.8 and 4.2 (voice
/// channelId), and the `LAVASTACK_NODES` list the client scripts read.
fn two_nodes() -> ([Emu; 2], serde_json::Value) {
    let (p1, p2) = (free_port(), free_port());
    let emus = [start(p1, "pw-one", "4.0.8"), start(p2, "pw-two", "4.2.0")];
    let nodes = serde_json::json!([
        {"id": "emu-a", "host": "127.0.0.1", "port": p1, "authorization": "pw-one"},
        {"id": "emu-b", "host": "127.0.0.1", "port": p2, "authorization": "pw-two"},
    ]);
    (emus, nodes)
}

#[test]
fn real_lavalink_client_accepts_the_emulator() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node");
    assert!(
        dir.join("node_modules/lavalink-client").exists(),
        "npm lavalink-client is not installed in tests/node: run tests/run.sh (it runs npm install there)"
    );
    let (_emus, nodes) = two_nodes();
    let text = run_client(&mut client_test(&dir, &nodes), "lavalink-client");
    assert!(text.contains("pass 2"), "both client tests ran:\n{text}");
}

/// `node --test client.test.mjs` for these nodes.
fn client_test(dir: &std::path::Path, nodes: &serde_json::Value) -> Command {
    let mut c = Command::new("node");
    c.args([
        "--test",
        "--test-force-exit",
        "--test-reporter=spec",
        "client.test.mjs",
    ])
    .current_dir(dir)
    .env("LAVASTACK_NODES", nodes.to_string());
    c
}

/// The same client test over TLS: the emulators serve HTTPS and WSS with a certificate that
/// `openssl` made for this test, and lavalink-client (`secure: true`) trusts its CA through
/// `NODE_EXTRA_CA_CERTS`, as a bot would. lavalink-client 2.x refuses a secure node on any
/// port but 443 ("If secure is true, then the port must be 443"), so the nodes listen on 443 of
/// two loopback addresses of their own.
#[test]
fn real_lavalink_client_connects_over_wss_with_the_stacks_ca() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node");
    assert!(
        dir.join("node_modules/lavalink-client").exists(),
        "run tests/run.sh first"
    );
    let tmp = tempfile::tempdir().unwrap();
    let m = crate::tls::openssl_material(tmp.path(), "IP:127.0.0.2,IP:127.0.0.3", 30);
    let (cert, key) = (m.cert.to_str().unwrap(), m.key.to_str().unwrap());
    let tls = ["--tls-cert", cert, "--tls-key", key];
    let (a, b) = ("127.0.0.2", "127.0.0.3");
    for ip in [a, b] {
        if let Err(e) = std::net::TcpListener::bind((ip, 443)) {
            panic!("this test binds {ip}:443 (lavalink-client's rule for secure nodes) and cannot: {e}; run it as root or with CAP_NET_BIND_SERVICE");
        }
    }
    let _emus = [
        start_at(a, 443, "pw-one", "4.0.8", &tls),
        start_at(b, 443, "pw-two", "4.2.0", &tls),
    ];
    let nodes = serde_json::json!([
        {"id": "emu-a", "host": a, "port": 443, "authorization": "pw-one", "secure": true},
        {"id": "emu-b", "host": b, "port": 443, "authorization": "pw-two", "secure": true},
    ]);
    let text = run_client(
        client_test(&dir, &nodes).env("NODE_EXTRA_CA_CERTS", &m.ca),
        "lavalink-client over wss",
    );
    assert!(
        text.contains("pass 2"),
        "both client tests ran over TLS:\n{text}"
    );
    // Plain HTTP to a TLS node gets no Lavalink answer.
    let mut s = std::net::TcpStream::connect((a, 443)).unwrap();
    use std::io::{Read, Write};
    s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    s.write_all(b"GET /version HTTP/1.1\r\nHost: x\r\nAuthorization: pw-one\r\n\r\n")
        .unwrap();
    let mut buf = [0u8; 64];
    let n = s.read(&mut buf).unwrap_or(0);
    assert!(
        !String::from_utf8_lossy(&buf[..n]).contains("4.0.8"),
        "plain HTTP was answered"
    );
}

/// Runs a client script to its end (its own timeouts decide; this only stops a wedged one)
/// and returns its output, failing the test when it fails.
fn run_client(cmd: &mut Command, what: &str) -> String {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run the {what} test: {e}"));
    let until = Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > until {
            let _ = child.kill();
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{what} test failed:\n{text}");
    text
}

#[test]
fn poru_accepts_the_emulator() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node");
    assert!(
        dir.join("node_modules/poru").exists(),
        "npm poru is not installed in tests/node: run tests/run.sh (it runs npm ci there)"
    );
    let (_emus, nodes) = two_nodes();
    let text = run_client(
        Command::new("node")
            .args([
                "--test",
                "--test-force-exit",
                "--test-reporter=spec",
                "poru.test.mjs",
            ])
            .current_dir(&dir)
            .env("LAVASTACK_NODES", nodes.to_string()),
        "poru",
    );
    assert!(text.contains("pass 1"), "the poru test ran:\n{text}");
}

#[test]
fn wavelink_accepts_the_emulator() {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/wavelink_client.py");
    let python = std::env::var("LAVASTACK_PYTHON").unwrap_or_else(|_| "python3".into());
    let has = Command::new(&python)
        .args(["-c", "import wavelink"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        has,
        "PyPI wavelink is not importable by {python}: run tests/run.sh (it pip-installs it)"
    );
    let port = free_port();
    let _a = start(port, "pw-py", "4.0.8");
    let nodes = serde_json::json!([
        {"id": "emu-py", "host": "127.0.0.1", "port": port, "authorization": "pw-py"},
    ]);
    let text = run_client(
        Command::new(&python)
            .arg(&script)
            .env("LAVASTACK_NODES", nodes.to_string()),
        "wavelink",
    );
    assert!(
        text.contains("WAVELINK OK"),
        "the wavelink script finished:\n{text}"
    );
}

/// The same client test through the rendered HAProxy edge, which terminates TLS: one address
/// (443 on 127.0.0.4) for both nodes, the Host header naming the node (`<node>.edge.test`;
/// `tests/node/edge-hosts.cjs` resolves the test domain to that address as DNS would), plain
/// emulators behind it. curl checks the routing by host, the 421s, TLS on the per-node
/// frontends, a wrong CA refused, and plain HTTP not answered.
#[test]
fn real_lavalink_client_plays_through_the_tls_edge() {
    use crate::common::{free_block, static_stack, Env, SECRET};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/node");
    assert!(
        dir.join("node_modules/lavalink-client").exists(),
        "run tests/run.sh first"
    );
    let ip = "127.0.0.4";
    if let Err(e) = std::net::TcpListener::bind((ip, 443)) {
        panic!("this test binds {ip}:443 (lavalink-client's rule for secure nodes) and cannot: {e}; run it as root or with CAP_NET_BIND_SERVICE");
    }
    let env = Env::new();
    let m = crate::tls::openssl_material(
        &env.path("tls"),
        &format!("DNS:edge.test,DNS:*.edge.test,IP:{ip}"),
        30,
    );
    // HAProxy reads the key from <cert>.key beside the certificate.
    std::fs::copy(&m.key, env.path("tls/node.pem.key")).unwrap();
    let (p1, p2) = (free_port(), free_port());
    let _emus = [start(p1, SECRET, "4.0.8"), start(p2, SECRET, "4.2.0")];
    let base = free_block();
    let mut stack = static_stack("edge", &[("a", p1, 1), ("b", p2, 1)]);
    stack.push_str(&format!(
        r#"edge {{
  cert   = "tls/node.pem"
  ca     = "tls/ca.pem"
  domain = "edge.test"
}}
output "haproxy" {{
  template = "haproxy.cfg"
  path     = "out/haproxy.cfg"
  vars     = {{ bind = "{ip}", base_port = {base} }}
}}
output "bot" {{
  template = "lavaNodesConfig.js"
  path     = "out/lavaNodesConfig.js"
  vars     = {{ endpoint = "haproxy", bind = "{ip}", base_port = {base} }}
}}
"#
    ));
    env.write("stack.hcl", &stack);
    env.run(&["apply", "--auto-approve"]).ok();
    let cfg = env.read("out/haproxy.cfg");
    assert!(cfg.contains(&format!("bind {ip}:443 ssl crt ")), "{cfg}");
    assert!(cfg.contains(&format!("bind {ip}:{base} ssl crt ")), "{cfg}");
    let bot = env.read("out/lavaNodesConfig.js");
    for want in ["host: \"a.edge.test\"", "port: 443", "secure: true"] {
        assert!(bot.contains(want), "{want} in {bot}");
    }
    let check = Command::new("haproxy")
        .args(["-c", "-f"])
        .arg(env.path("out/haproxy.cfg"))
        .output()
        .unwrap();
    assert!(check.status.success(), "{check:?}");
    let _hap = crate::common::haproxy(&env.path("out/haproxy.cfg"));
    let until = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect((ip, base)).is_err() {
        assert!(
            Instant::now() < until,
            "haproxy did not start on {ip}:{base}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let curl = |url: &str, ca: &std::path::Path| {
        let host = url
            .split("://")
            .nth(1)
            .and_then(|r| r.split(['/', ':']).next())
            .unwrap_or_default()
            .to_string();
        let o = Command::new("curl")
            .args(["-sS", "--max-time", "5", "-o", "-", "-w", "\n%{http_code}"])
            .arg("--cacert")
            .arg(ca)
            .args(["--resolve", &format!("{host}:443:{ip}")])
            .args(["-H", &format!("Authorization: {SECRET}")])
            .arg(url)
            .output()
            .unwrap();
        (
            o.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&o.stdout).into_owned(),
        )
    };
    // Until HAProxy's health checks count both nodes up.
    let until = Instant::now() + Duration::from_secs(15);
    while !curl("https://b.edge.test/version", &m.ca)
        .1
        .ends_with("200")
        && Instant::now() < until
    {
        std::thread::sleep(Duration::from_millis(200));
    }
    let (_, body) = curl("https://a.edge.test/version", &m.ca);
    assert!(body.starts_with("4.0.8") && body.ends_with("200"), "{body}");
    let (_, body) = curl("https://b.edge.test/version", &m.ca);
    assert!(body.starts_with("4.2.0") && body.ends_with("200"), "{body}");
    let (_, body) = curl("https://edge.test/v4/info", &m.ca);
    assert!(
        body.ends_with("200"),
        "the shared host takes stateless routes: {body}"
    );
    let (_, body) = curl("https://edge.test/v4/sessions/x/players", &m.ca);
    assert!(body.ends_with("421"), "sessions need a node's host: {body}");
    let (_, body) = curl("https://nope.edge.test/version", &m.ca);
    assert!(body.ends_with("421"), "an unknown node: {body}");
    let (_, body) = curl(&format!("https://{ip}:{}/version", base + 1), &m.ca);
    assert!(
        body.ends_with("200"),
        "per-node frontends speak TLS: {body}"
    );
    let other = crate::tls::openssl_material(&env.path("other"), "DNS:edge.test", 30);
    let (code, body) = curl("https://a.edge.test/version", &other.ca);
    assert_eq!(code, 60, "another CA is refused: {body}");
    let plain = Command::new("curl")
        .args([
            "-s",
            "--max-time",
            "3",
            "-H",
            &format!("Authorization: {SECRET}"),
        ])
        .arg(format!("http://{ip}:{}/version", base + 1))
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&plain.stdout).contains("4.0.8"),
        "plain HTTP is not answered"
    );

    // lavastack's own load generator through the TLS edge, verifying it against the edge's CA.
    let r = env.run(&[
        "load",
        "--via",
        "weight",
        "--guilds",
        "10",
        "--ramp",
        "300ms",
        "--hold",
        "2s",
        "--rest-per-minute",
        "120",
        "--track",
        "1s",
        "--edge",
        "--format",
        "json",
    ]);
    r.ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["edge"], true, "{v}");
    assert_eq!(v["start_errors"], 0, "{v}");
    assert_eq!(v["phases"][0]["errors"], 0, "{v}");

    let nodes = serde_json::json!([
        {"id": "a", "host": "a.edge.test", "port": 443, "authorization": SECRET, "secure": true},
        {"id": "b", "host": "b.edge.test", "port": 443, "authorization": SECRET, "secure": true},
    ]);
    let text = run_client(
        client_test(&dir, &nodes)
            .env("NODE_EXTRA_CA_CERTS", &m.ca)
            .env("LAVASTACK_EDGE_HOSTS", format!("edge.test={ip}"))
            .env(
                "NODE_OPTIONS",
                format!("--require {}", dir.join("edge-hosts.cjs").display()),
            ),
        "lavalink-client through the TLS edge",
    );
    assert!(
        text.contains("pass 2"),
        "both client tests ran through the edge:\n{text}"
    );
}
