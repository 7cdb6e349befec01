//! TLS end to end with certificates the real `openssl` makes at run time: a stack's `tls`
//! block checked at load (missing file, key that is not the certificate's, expired, names
//! that do not cover the host), local nodes serving HTTPS/WSS, `status` probing them against
//! the stack's CA and refusing a certificate from another CA, and `tls init` making what
//! `stacks/local-tls.hcl` needs.

use crate::common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Material {
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs (tests/run.sh installs it)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA and a server certificate it signed for `san` (`IP:127.0.0.1,DNS:localhost`), valid
/// `days` (negative: already expired), as files in `dir`.
pub fn openssl_material(dir: &Path, san: &str, days: i32) -> Material {
    std::fs::create_dir_all(dir).unwrap();
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509"];
    ca.extend(ec);
    ca.extend([
        "-keyout",
        "ca-key.pem",
        "-out",
        "ca.pem",
        "-days",
        "30",
        "-subj",
        "/CN=lavastack test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    openssl(dir, &ca);
    let mut csr = vec!["req"];
    csr.extend(ec);
    csr.extend([
        "-keyout",
        "node-key.pem",
        "-out",
        "node.csr",
        "-subj",
        "/CN=lavastack test node",
    ]);
    openssl(dir, &csr);
    std::fs::write(
        dir.join("ext.cnf"),
        format!("subjectAltName={san}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n"),
    )
    .unwrap();
    let days = days.to_string();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "node.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca-key.pem",
            "-CAcreateserial",
            "-out",
            "node.pem",
            "-days",
            &days,
            "-extfile",
            "ext.cnf",
        ],
    );
    Material {
        ca: dir.join("ca.pem"),
        cert: dir.join("node.pem"),
        key: dir.join("node-key.pem"),
    }
}

fn stack(tls: &str) -> String {
    format!(
        r#"stack "tls" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{ provider = "local.dev" }}
node "n1" {{ region = "eu" }}
node "n2" {{ region = "eu" }}
{tls}
"#
    )
}

#[test]
fn bad_tls_settings_are_named_before_anything_starts() {
    let env = Env::new();
    let _good = openssl_material(&env.path("good"), "IP:127.0.0.1,DNS:localhost", 30);
    let _other = openssl_material(&env.path("other"), "IP:127.0.0.1", 30);
    let _old = openssl_material(&env.path("old"), "IP:127.0.0.1", -1);
    let _named = openssl_material(&env.path("named"), "DNS:node.example.com", 30);
    for (tls, needle) in [
        (
            r#"tls {
  cert = "good/missing.pem"
  key  = "good/node-key.pem"
  ca   = "good/ca.pem"
}"#,
            "good/missing.pem: cannot read it",
        ),
        (
            r#"tls {
  cert = "good/node.pem"
  key  = "other/node-key.pem"
  ca   = "good/ca.pem"
}"#,
            "does not match the certificate",
        ),
        (
            r#"tls {
  cert = "old/node.pem"
  key  = "old/node-key.pem"
  ca   = "old/ca.pem"
}"#,
            "the certificate expired at",
        ),
        (
            r#"tls {
  cert = "named/node.pem"
  key  = "named/node-key.pem"
  ca   = "named/ca.pem"
}"#,
            "does not cover 127.0.0.1; it covers node.example.com",
        ),
        (
            r#"tls {
  cert = "good/node.pem"
  key  = "good/node-key.pem"
}"#,
            "tls.ca is not set",
        ),
        (
            r#"tls {
  cert = "good/ca.pem"
  key  = "good/node.pem"
  ca   = "good/ca.pem"
}"#,
            "holds no private key",
        ),
        (r#"tls { cert = "good/node.pem" }"#, "tls.key is not set"),
    ] {
        env.write("stack.hcl", &stack(tls));
        let r = env.run(&["validate"]);
        r.fails(1, needle);
        assert!(
            r.stderr.contains("node \"n1\""),
            "names the node: {}",
            r.stderr
        );
    }
    // A node's own tls object: unknown keys and wrong types are named too.
    env.write(
        "stack.hcl",
        &stack("").replace(
            r#"node "n2" { region = "eu" }"#,
            r#"node "n2" {
  region = "eu"
  tls    = { cert = "x.pem", verfy = false }
}"#,
        ),
    );
    env.run(&["validate"]).fails(1, "tls has no key \"verfy\"");
}

#[test]
fn local_nodes_serve_tls_status_verifies_them_and_refuses_another_ca() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let _m = openssl_material(&env.path("tls"), "IP:127.0.0.1,DNS:localhost", 30);
    let router = dead_port();
    env.write(
        "stack.hcl",
        &stack(&format!(
            r#"tls {{
  cert = "tls/node.pem"
  key  = "tls/node-key.pem"
  ca   = "tls/ca.pem"
}}
router {{
  listen = "127.0.0.1:{router}"
  token  = "admin-token"
  tls    = true
}}
output "bot" {{
  template = "lavaNodesConfig.js"
  path     = "out/lavaNodesConfig.js"
}}"#
        )),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let r = env.run(&["status", "--format", "json"]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    for n in v["nodes"].as_array().unwrap() {
        assert_eq!(n["health"]["healthy"], true, "{n}");
    }
    // The application.yml a real Lavalink would read enables Spring Boot's PEM TLS.
    let yml = std::fs::read_to_string(env.path(".lavastack/local/n1/application.yml")).unwrap();
    assert!(yml.contains("ssl:\n    enabled: true"), "{yml}");
    assert!(
        yml.contains(&format!(
            "certificate: \"{}\"",
            env.path("tls/node.pem").display()
        )),
        "{yml}"
    );
    // Bots are told to connect with TLS.
    let js = env.read("out/lavaNodesConfig.js");
    assert!(js.contains("secure: true"), "{js}");
    // curl (OpenSSL) agrees with the CA, and refuses without it.
    let rec: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let port = rec["nodes"]["n1"]["port"].as_u64().unwrap();
    let url = format!("https://127.0.0.1:{port}/version");
    let ok = Command::new("curl")
        .args(["-sf", "--cacert"])
        .arg(env.path("tls/ca.pem"))
        .args(["-H", &format!("Authorization: {SECRET}"), &url])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&ok.stdout), "4.0.8", "{ok:?}");

    // The router serves HTTPS; lavastack's own commands reach it verifying the same CA, and
    // the bot config points bots at https.
    assert!(
        js.contains(&format!("routerUrl = \"https://127.0.0.1:{router}\"")),
        "{js}"
    );
    let _r = serve(&env, router);
    // Until its probes (over TLS) find the nodes healthy.
    let until = std::time::Instant::now() + std::time::Duration::from_secs(15);
    let (v, sel) = loop {
        let sel = Command::new("curl")
            .args(["-sf", "--cacert"])
            .arg(env.path("tls/ca.pem"))
            .args([
                "-d",
                r#"{"guild_id":"1"}"#,
                &format!("https://127.0.0.1:{router}/v1/select"),
            ])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&sel.stdout).unwrap_or_default();
        if v["node"].is_object() || std::time::Instant::now() > until {
            break (v, sel);
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    assert_eq!(v["node"]["secure"], true, "{sel:?}");
    let plain = Command::new("curl")
        .args([
            "-s",
            "-m",
            "3",
            &format!("http://127.0.0.1:{router}/healthz"),
        ])
        .output()
        .unwrap();
    assert!(
        !plain.status.success() || plain.stdout.is_empty(),
        "plain HTTP answered: {plain:?}"
    );
    env.run(&["node", "drain", "n1"]).ok();
    env.run(&["node", "undrain", "n1"]).ok();

    // The CA file now holds another CA: the nodes' certificates are refused, and said so.
    let other = openssl_material(&env.path("other"), "IP:127.0.0.1", 30);
    std::fs::copy(&other.ca, env.path("tls/ca.pem")).unwrap();
    let r = env.run(&["status"]);
    assert!(r.stdout.contains("unhealthy"), "{}", r.stdout);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(
        all.contains("n1: TLS handshake: invalid peer certificate"),
        "{all}"
    );
}

#[test]
fn tls_init_makes_what_the_stack_names_and_keeps_what_exists() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write(
        "stack.hcl",
        &stack(
            r#"tls {
  cert = "certs/node.pem"
  key  = "certs/node-key.pem"
  ca   = "certs/ca.pem"
}
edge {
  cert   = "certs/edge.pem"
  domain = "edge.test"
}"#,
        ),
    );
    env.run(&["validate"])
        .fails(1, "certs/node.pem: cannot read it");
    let r = env.run(&["tls", "init"]);
    r.ok();
    assert!(r.stdout.contains("127.0.0.1, localhost"), "{}", r.stdout);
    // The edge's own certificate, from the same CA, for its domain and every node under it,
    // the key where HAProxy looks: validate checks the pair and the names.
    assert!(
        r.stdout.contains("edge.test, *.edge.test") && r.stdout.contains("certs/edge.pem.key"),
        "{}",
        r.stdout
    );
    env.run(&["validate"]).ok();
    use std::os::unix::fs::PermissionsExt;
    for (f, mode) in [
        ("node-key.pem", 0o600),
        ("ca-key.pem", 0o600),
        ("node.pem", 0o644),
        ("edge.pem.key", 0o600),
        ("edge.pem", 0o644),
    ] {
        let m = std::fs::metadata(env.path(&format!("certs/{f}")))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(m & 0o777, mode, "{f}");
    }
    let before = env.read("certs/node.pem");
    let r = env.run(&["tls", "init"]);
    r.ok();
    assert!(r.stderr.contains("kept"), "{}", r.stderr);
    assert_eq!(env.read("certs/node.pem"), before);
    env.run(&["apply", "--auto-approve"]).ok();
    env.run(&["status"]).ok();
    env.write("stack.hcl", &stack(""));
    env.run(&["tls", "init"])
        .fails(1, "no node of the stack has TLS on");
}

/// `lavastack load` drives TLS nodes directly (https and wss, checked against the CA), and
/// through the rendered HAProxy, which re-encrypts to them with the stack's CA.
#[test]
fn load_drives_tls_nodes_directly_and_through_haproxy_reencrypting() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let _m = openssl_material(&env.path("tls"), "IP:127.0.0.1", 30);
    let base = free_block();
    env.write(
        "stack.hcl",
        &stack(&format!(
            r#"tls {{
  cert = "tls/node.pem"
  key  = "tls/node-key.pem"
  ca   = "tls/ca.pem"
}}
output "haproxy" {{
  template = "haproxy.cfg"
  path     = "out/haproxy.cfg"
  vars     = {{ base_port = {base} }}
}}"#
        )),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let cfg = env.read("out/haproxy.cfg");
    assert!(cfg.contains("ssl verify required ca-file"), "{cfg}");
    let check = Command::new("haproxy")
        .args(["-c", "-f"])
        .arg(env.path("out/haproxy.cfg"))
        .output()
        .unwrap();
    assert!(check.status.success(), "{check:?}");
    let args = [
        "load",
        "--via",
        "weight",
        "--guilds",
        "20",
        "--ramp",
        "300ms",
        "--hold",
        "2s",
        "--rest-per-minute",
        "120",
        "--track",
        "1s",
        "--format",
        "json",
    ];
    let direct = env.run(&args);
    direct.ok();
    let v: Value = serde_json::from_str(&direct.stdout).unwrap();
    assert_eq!(v["start_errors"], 0, "{v}");
    assert_eq!(v["phases"][0]["errors"], 0, "{v}");
    assert!(
        v["phases"][0]["rest"]["requests"].as_u64().unwrap() > 20,
        "{v}"
    );

    let _hap = crate::common::haproxy(&env.path("out/haproxy.cfg"));
    wait_for_port(base, "haproxy", std::time::Duration::from_secs(10));
    // Until HAProxy's checks (over TLS) find the servers up.
    let until = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let r = Command::new("curl")
            .args(["-sf", "-H", &format!("Authorization: {SECRET}")])
            .arg(format!("http://127.0.0.1:{base}/v4/info"))
            .output()
            .unwrap();
        if r.status.success() || std::time::Instant::now() > until {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let mut edge = args.to_vec();
    edge.push("--edge");
    let r = env.run(&edge);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["edge"], true, "{v}");
    assert_eq!(v["start_errors"], 0, "{v}");
    assert_eq!(v["phases"][0]["errors"], 0, "{v}");
}

/// A TLS node keeps answering while peers connect and say nothing, or speak plain HTTP to it:
/// handshakes run beside the accept loop, each with a deadline.
#[test]
fn silent_and_plain_peers_do_not_hold_up_a_tls_node() {
    let dir = tempfile::tempdir().unwrap();
    let m = openssl_material(dir.path(), "IP:127.0.0.1", 30);
    let port = dead_port();
    let _emu = tls_emulator(&m, port, "pw");
    use std::io::Write;
    let mut held = Vec::new();
    for i in 0..200 {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        if i % 2 == 0 {
            let _ = s.write_all(b"GET /version HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        held.push(s);
    }
    let started = std::time::Instant::now();
    let r = Command::new("curl")
        .args(["-sf", "-m", "5", "--cacert"])
        .arg(&m.ca)
        .args([
            "-H",
            "Authorization: pw",
            &format!("https://127.0.0.1:{port}/version"),
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&r.stdout), "4.0.8", "{r:?}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(3),
        "answered after {:?} with 200 silent or plain peers",
        started.elapsed()
    );
    drop(held);
}

/// The edge block is checked where the stack loads: the key beside the certificate (or in
/// it), names covering the edge domain and every node's host under it, DNS names, the port.
#[test]
fn edge_settings_are_checked_at_load() {
    let env = Env::new();
    let m = openssl_material(&env.path("tls"), "DNS:edge.test", 30);
    let stack = |edge: &str, node: &str| {
        format!(
            "{}edge {{\n{edge}\n}}\n",
            static_stack("e", &[(node, 2333, 1)])
        )
    };
    let cert = m.cert.to_str().unwrap();
    for (edge, node, needle) in [
        (format!("cert = \"{cert}\""), "a", "holds no private key"),
        (format!("cert = \"{cert}.missing\""), "a", "cannot read"),
    ] {
        env.write("stack.hcl", &stack(&edge, node));
        env.run(&["validate"]).fails(1, needle);
    }
    std::fs::copy(&m.key, env.path("tls/node.pem.key")).unwrap();
    env.write("stack.hcl", &stack(&format!("cert = \"{cert}\""), "a"));
    env.run(&["validate"]).ok();
    for (edge, node, needle) in [
        (
            format!("cert = \"{cert}\"\ndomain = \"edge.test\""),
            "a",
            "does not cover a.edge.test (node \"a\"); it covers edge.test",
        ),
        (
            format!("cert = \"{cert}\"\ndomain = \"bad_domain\""),
            "a",
            "is not a DNS name",
        ),
        (
            format!("cert = \"{cert}\"\ndomain = \"edge.test\""),
            "n_1",
            "would be reached at \"n_1.edge.test\"",
        ),
        (
            format!("cert = \"{cert}\"\nport = 0"),
            "a",
            "port must be between 1 and 65535",
        ),
        (
            format!("cert = \"{cert}\"\nca = \"tls/nope.pem\""),
            "a",
            "edge: ca:",
        ),
    ] {
        env.write("stack.hcl", &stack(&edge, node));
        let r = env.run(&["validate"]);
        r.fails(1, needle);
        assert!(r.all().contains("stack.hcl:"), "{}", r.all());
    }
    // A stack-wide tls block reaches a static node as its CA only (it serves its own files).
    env.write(
        "stack.hcl",
        &format!(
            "{}tls {{\n  cert = \"{cert}\"\n  key = \"{}\"\n  ca = \"{}\"\n}}\n",
            static_stack("e", &[("a", 2333, 1)]),
            m.key.display(),
            m.ca.display()
        ),
    );
    env.run(&["validate"]).ok();
}

/// The SHA-256 of the certificate a TLS server on `port` presents (openssl s_client).
fn served_cert(port: u16) -> String {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "openssl s_client -connect 127.0.0.1:{port} </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256"
        ))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn a_certificate_renewed_at_the_same_path_is_a_change_the_plan_shows_and_apply_serves() {
    let env = Env::new();
    let _c = Cleanup(&env);
    openssl_material(&env.path("tls"), "IP:127.0.0.1", 30);
    let tls = r#"tls {
  cert = "tls/node.pem"
  key  = "tls/node-key.pem"
  ca   = "tls/ca.pem"
}"#;
    env.write("stack.hcl", &stack(tls));
    env.run(&["apply", "--auto-approve"]).ok();
    env.run(&["plan", "--detailed-exitcode"]).ok();
    let port = |env: &Env| {
        let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
        st["nodes"]["n1"]["port"].as_u64().unwrap() as u16
    };
    let before = served_cert(port(&env));
    assert!(before.contains("Fingerprint"), "{before}");
    // Renewed in place: same paths, new certificate (and CA, as a re-issue would have).
    openssl_material(&env.path("tls"), "IP:127.0.0.1", 60);
    let p = env.run(&["plan"]);
    assert_eq!(p.code, 0, "{}", p.all());
    assert!(
        p.stdout.contains("tls_cert_sha256") && p.stdout.contains("must be replaced"),
        "{}",
        p.stdout
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let after = served_cert(port(&env));
    assert!(
        after.contains("Fingerprint") && after != before,
        "{before} / {after}"
    );
    env.run(&["status", "--check"]).ok();
    env.run(&["plan", "--detailed-exitcode"]).ok();
}

/// A static node serves its own certificate: the stack names only the CA it is checked
/// against. Probes, `status`, the router and the bot config use TLS to it, verified; a node
/// whose certificate another CA signed is refused; cert and key on a static node are a load
/// error.
#[test]
fn a_static_node_serving_its_own_certificate_is_verified_against_the_ca() {
    let env = Env::new();
    let m = openssl_material(&env.path("tls"), "IP:127.0.0.1", 30);
    let port = dead_port();
    let _emu = tls_emulator(&m, port, SECRET);
    let base = static_stack("st", &[("s1", port, 1)]);
    let with = |tls: &str| {
        base.replace(
            "  weight = 1\n}",
            &format!("  weight = 1\n  tls    = {tls}\n}}"),
        ) + "output \"bot\" {\n  template = \"lavaNodesConfig.js\"\n  path     = \"out/lavaNodesConfig.js\"\n}\n"
    };
    env.write("stack.hcl", &with("{ ca = \"tls/ca.pem\" }"));
    env.run(&["apply", "--auto-approve"]).ok();
    let st = env.run(&["status", "--check", "--format", "json"]);
    assert_eq!(st.code, 0, "{}", st.all());
    let v: Value = serde_json::from_str(&st.stdout).unwrap();
    assert_eq!(v["nodes"][0]["health"]["healthy"], true, "{v}");
    assert!(env.read("out/lavaNodesConfig.js").contains("secure: true"));
    env.run(&["plan", "--detailed-exitcode"]).ok();

    // Another CA: the node's certificate is not trusted, and the create says so.
    let wrong = Env::new();
    openssl_material(&wrong.path("other"), "IP:127.0.0.1", 30);
    wrong.write("stack.hcl", &with("{ ca = \"other/ca.pem\" }"));
    let r = wrong.run(&["apply", "--auto-approve"]);
    assert_ne!(r.code, 0, "{}", r.all());
    assert!(
        r.all().to_lowercase().contains("certificate") && r.all().contains("s1"),
        "{}",
        r.all()
    );

    // The node's own files are not the stack's business.
    env.write(
        "stack.hcl",
        &with("{ ca = \"tls/ca.pem\", cert = \"tls/node.pem\", key = \"tls/node-key.pem\" }"),
    );
    env.run(&["validate"])
        .fails(1, "a static node serves its own certificate");
}

/// `lavastack emulate` serving TLS with `m`'s certificate on `port`, until dropped.
fn tls_emulator(m: &Material, port: u16, password: &str) -> Proc {
    let p = Proc(
        Command::new(bin())
            .args([
                "emulate",
                "--address",
                "127.0.0.1",
                "--port",
                &port.to_string(),
            ])
            .args(["--password", password, "--tls-cert"])
            .arg(&m.cert)
            .arg("--tls-key")
            .arg(&m.key)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_for_port(port, "the TLS emulator", std::time::Duration::from_secs(10));
    p
}
