//! The SSH provider against real OpenSSH servers: one `sshd -D -e -f <config>` per "host" on
//! its own loopback port, each with a generated host key, the same generated user key, and its
//! own install prefix. Nodes use `runtime = "process"` with the emulator as the Lavalink
//! command, so a node is really started by the host's shell and really probed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

struct Host {
    port: u16,
    cfg: PathBuf,
    key: PathBuf,
    sshd: Option<Proc>,
    prefix: PathBuf,
}

fn sshd_path() -> PathBuf {
    // sshd re-executes itself, so it must be started by absolute path.
    ["/usr/sbin/sshd", "/usr/bin/sshd"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .expect("sshd is installed (tests/run.sh installs openssh-server)")
}

fn keygen(path: &Path) {
    let _ = std::fs::remove_file(path);
    let _ = std::fs::remove_file(path.with_extension("pub"));
    let ok = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(path)
        .status()
        .unwrap()
        .success();
    assert!(ok, "ssh-keygen failed");
}

impl Host {
    fn start(env: &Env, name: &str) -> Host {
        Host::start_with(env, name, &env.path("authorized_keys"), "")
    }

    /// A host reading its users' keys from `auth`, with `extra` sshd_config lines.
    fn start_with(env: &Env, name: &str, auth: &Path, extra: &str) -> Host {
        let dir = env.path(&format!("sshd-{name}"));
        std::fs::create_dir_all(&dir).unwrap();
        let key = dir.join("host_ed25519");
        keygen(&key);
        let port = dead_port();
        let cfg = dir.join("sshd_config");
        std::fs::write(
            &cfg,
            format!(
                "Port {port}\nListenAddress 127.0.0.1\nHostKey {key}\nPidFile {dir}/sshd.pid\n\
                 AuthorizedKeysFile {auth}\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n\
                 KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\n{extra}",
                key = key.display(),
                dir = dir.display(),
                auth = auth.display(),
            ),
        )
        .unwrap();
        let mut h = Host {
            port,
            cfg,
            key,
            sshd: None,
            prefix: env.path(&format!("hosts/{name}/lavalink")),
        };
        h.run_sshd();
        h
    }

    fn run_sshd(&mut self) {
        // As root, sshd wants its privilege-separation directory.
        let _ = std::fs::create_dir_all("/run/sshd");
        let child = Command::new(sshd_path())
            .args(["-D", "-e", "-f"])
            .arg(&self.cfg)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.sshd = Some(Proc(child));
        let t = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(t.elapsed() < Duration::from_secs(10), "sshd did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn known_hosts_line(&self) -> String {
        let pubkey = std::fs::read_to_string(self.key.with_extension("pub")).unwrap();
        format!("[127.0.0.1]:{} {}", self.port, pubkey.trim())
    }

    fn supervisor(&self) -> Option<i32> {
        std::fs::read_to_string(self.prefix.join("supervisor.pid"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        if let Some(pid) = self.supervisor() {
            // SAFETY: the supervisor leads a process group the test's nodes run in.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
            }
        }
    }
}

fn user() -> String {
    let o = Command::new("id").arg("-un").output().unwrap();
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

fn stack(env: &Env, hosts: &[(&str, &Host, u16)]) -> String {
    let mut s = format!(
        r#"stack "sshtest" {{
  password = var.password
}}
variable "password" {{ sensitive = true }}
provider "ssh" "dc" {{
  user             = "{user}"
  private_key_file = "{key}"
  known_hosts      = "{kh}"
  runtime          = "process"
  command          = "{bin} emulate --config {{config}} --name {{name}}"
  jar              = "{jar}"
  bind             = "127.0.0.1"
  health_timeout   = "20s"
  connect_timeout  = "5s"
}}
region "dc" {{ provider = "ssh.dc" }}
"#,
        user = user(),
        key = env.path("user_ed25519").display(),
        kh = env.path("known_hosts").display(),
        bin = bin().display(),
        jar = env.path("Lavalink.jar").display(),
    );
    for (name, h, port) in hosts {
        s.push_str(&format!(
            "node \"{name}\" {{\n  region   = \"dc\"\n  host     = \"127.0.0.1\"\n  ssh_port = {}\n  prefix   = \"{}\"\n  port     = {port}\n}}\n",
            h.port,
            h.prefix.display()
        ));
    }
    s
}

fn healthy(port: u16, password: &str) -> bool {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(lavastack::health::probe(
        &lavastack::health::Target {
            host: "127.0.0.1".into(),
            port,
            password: Some(password.into()),
            transport: Default::default(),
        },
        Duration::from_secs(2),
    ))
    .healthy
}

/// Processes carrying a node's marker (run.sh exports LAVASTACK_NODE=<prefix>).
fn marked(prefix: &Path) -> usize {
    let want = format!("LAVASTACK_NODE={}", prefix.display());
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| {
            std::fs::read(e.path().join("environ"))
                .map(|env| env.split(|b| *b == 0).any(|v| v == want.as_bytes()))
                .unwrap_or(false)
        })
        .count()
}

fn state(env: &Env) -> serde_json::Value {
    serde_json::from_str(&env.read(".lavastack/state.json")).unwrap()
}

#[test]
fn two_hosts_install_restart_on_change_refuse_changed_key_and_fail_alone() {
    let env = Env::new();
    keygen(&env.path("user_ed25519"));
    std::fs::copy(env.path("user_ed25519.pub"), env.path("authorized_keys")).unwrap();
    env.write(
        "Lavalink.jar",
        "not really a jar, but its bytes must arrive intact\n",
    );
    let a = Host::start(&env, "a");
    let mut b = Host::start(&env, "b");
    env.write(
        "known_hosts",
        &format!("{}\n{}\n", a.known_hosts_line(), b.known_hosts_line()),
    );
    let (pa, pb) = (dead_port(), dead_port());
    let router = dead_port();
    env.write(
        "stack.hcl",
        &format!(
            "{}router {{\n  listen   = \"127.0.0.1:{router}\"\n  interval = \"300ms\"\n  timeout  = \"500ms\"\n  fall     = 2\n  rise     = 2\n}}\n",
            stack(&env, &[("a", &a, pa), ("b", &b, pb)])
        ),
    );

    // Both nodes are installed, started by the hosts and healthy.
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(healthy(pa, SECRET) && healthy(pb, SECRET));
    for h in [&a, &b] {
        let envfile = h.prefix.join("lavalink.env");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&envfile).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the password file is owner-only");
        assert!(std::fs::read_to_string(&envfile).unwrap().contains(SECRET));
        assert_eq!(
            std::fs::read(h.prefix.join("Lavalink.jar")).unwrap(),
            std::fs::read(env.path("Lavalink.jar")).unwrap()
        );
        let yml = std::fs::read_to_string(h.prefix.join("application.yml")).unwrap();
        assert!(!yml.contains(SECRET) && yml.contains("${LAVALINK_SERVER_PASSWORD}"));
        assert!(h.prefix.join("lavastack.json").exists());
    }
    // The secret is on the hosts only: not in state, plans or anything else of ours.
    env.assert_no_secret_on_disk_except("hosts");

    // Unchanged: nothing to do, nothing restarted.
    let (sa, sb) = (a.supervisor().unwrap(), b.supervisor().unwrap());
    env.run(&["plan", "--detailed-exitcode"]).ok();
    env.run(&["apply", "--auto-approve"]).ok();
    assert_eq!((a.supervisor().unwrap(), b.supervisor().unwrap()), (sa, sb));

    // Drills reach SSH nodes too: kill a's process group on its host (restored by apply,
    // which sees it stopped and restarts it), then freeze it (restored with SIGCONT). The
    // built-in least-load policy sends every guild to one node, a, which is what drills need.
    let _serve = serve(&env, router);
    std::thread::sleep(Duration::from_millis(1500));
    let k = env.run(&["drill", "kill", "a", "--expect-rto", "10s"]);
    k.ok();
    assert!(k.stdout.contains("PASS"), "{}", k.stdout);
    assert!(healthy(pa, SECRET), "a was restored");
    let f = env.run(&["drill", "freeze", "a", "--expect-rto", "10s"]);
    f.ok();
    assert!(f.stdout.contains("PASS"), "{}", f.stdout);
    assert!(healthy(pa, SECRET), "a was thawed");
    let (sa, sb) = (a.supervisor().unwrap(), b.supervisor().unwrap());

    // --replace reinstalls in place (same host and prefix): restarted, nothing removed.
    env.run(&["apply", "--auto-approve", "--replace", "a"]).ok();
    let sa2 = a.supervisor().unwrap();
    assert_ne!(sa2, sa, "a restarted");
    assert!(a.prefix.join("lavalink.env").exists() && healthy(pa, SECRET));
    env.run(&["plan", "--detailed-exitcode"]).ok();

    // The supervisor dies but its server lives on: the plan sees the node unsupervised, and
    // the apply stops the old server (found by its marker) before starting a new pair.
    unsafe {
        libc::kill(sa2, libc::SIGKILL);
    }
    let p = env.run(&["plan"]);
    assert!(p.stdout.contains("the node is not running"), "{}", p.stdout);
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(healthy(pa, SECRET));
    assert_eq!(
        marked(&a.prefix),
        2,
        "one supervisor and one server, no orphan"
    );
    let sa2 = a.supervisor().unwrap();

    // A stale pid file (the supervisor died, its pid now someone else's) is not the node:
    // the plan sees it stopped, and the stranger is never signalled.
    unsafe {
        libc::kill(-sa2, libc::SIGKILL);
    }
    let mut stranger = Proc(
        Command::new("setsid")
            .args(["sleep", "300"])
            .current_dir(env.path(""))
            .spawn()
            .unwrap(),
    );
    std::fs::write(a.prefix.join("supervisor.pid"), stranger.0.id().to_string()).unwrap();
    let p = env.run(&["plan"]);
    assert!(p.stdout.contains("the node is not running"), "{}", p.stdout);
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(healthy(pa, SECRET));
    assert!(
        stranger.0.try_wait().unwrap().is_none(),
        "the unrelated process was left alone"
    );
    drop(stranger);
    let sa = a.supervisor().unwrap();

    // A new password: both nodes get the new file and restart with it.
    let new_pw = "second-password-xyz";
    let o = env
        .cmd(&["apply", "--auto-approve"])
        .env("LAVASTACK_VAR_password", new_pw)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_ne!(a.supervisor().unwrap(), sa, "a restarted");
    assert_ne!(b.supervisor().unwrap(), sb, "b restarted");
    assert!(healthy(pa, new_pw) && healthy(pb, new_pw));
    assert!(!healthy(pa, SECRET));

    // Drift: a file edited on the host shows in the plan and the next apply puts it back.
    std::fs::write(b.prefix.join("application.yml"), "edited: by hand\n").unwrap();
    let p = env
        .cmd(&["plan"])
        .env("LAVASTACK_VAR_password", new_pw)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&p.stdout);
    assert!(
        out.contains("drifted") && out.contains("application.yml was changed on the host"),
        "{out}"
    );

    // Host b is rebuilt: its key changes. Connecting to it is refused with the new
    // fingerprint; host a still gets its change; state stays true to both.
    drop(b.sshd.take());
    keygen(&b.key);
    b.run_sshd();
    // Back to SECRET (an update on both). The refresh refuses to plan at all, with the auth
    // exit code (a host that cannot prove itself is refused as credentials are):
    let r = env.run(&["apply", "--auto-approve"]);
    r.fails(4, "CHANGED");
    assert!(
        r.all().contains("SHA256:") && r.all().contains("ssh.dc"),
        "{}",
        r.all()
    );
    assert!(
        healthy(pa, new_pw) && healthy(pb, new_pw),
        "nothing was touched"
    );
    // ...and without refresh, b's update is refused at connect while a's goes through. The
    // one failure is the host's identity: exit 4, not worth a blind retry.
    let r = env.run(&["apply", "--auto-approve", "--refresh=false"]);
    r.fails(4, "CHANGED");
    assert!(r.all().contains("failed (auth)"), "{}", r.all());
    assert!(r.all().contains("node b"), "{}", r.all());
    assert!(healthy(pa, SECRET), "a was updated");
    assert!(healthy(pb, new_pw), "b still runs what it ran");
    let st = state(&env);
    assert_ne!(
        st["nodes"]["a"]["attributes"]["password"], st["nodes"]["b"]["attributes"]["password"],
        "state records a's new password fingerprint and b's old one"
    );

    // Trust b's new key; then a command fails on b (its prefix is now a file): a is done,
    // b is recorded as failed, and fixing b lets the next apply resume it.
    env.write(
        "known_hosts",
        &format!("{}\n{}\n", a.known_hosts_line(), b.known_hosts_line()),
    );
    if let Some(pid) = b.supervisor() {
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    std::fs::remove_dir_all(&b.prefix).unwrap();
    std::fs::write(&b.prefix, "in the way").unwrap();
    let o = env
        .cmd(&["apply", "--auto-approve"])
        .env("LAVASTACK_VAR_password", "third-pw")
        .output()
        .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(o.status.code(), Some(1), "{all}");
    assert!(
        all.contains("node b") && all.contains("failed (exit"),
        "{all}"
    );
    assert!(healthy(pa, "third-pw"), "a is done: {all}");
    assert_eq!(state(&env)["nodes"]["b"]["status"], "failed");
    std::fs::remove_file(&b.prefix).unwrap();
    let o = env
        .cmd(&["apply", "--auto-approve"])
        .env("LAVASTACK_VAR_password", "third-pw")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(healthy(pb, "third-pw"));
    assert_eq!(state(&env)["nodes"]["b"]["status"], "ready");

    // Destroy stops both and removes what was installed.
    let o = env
        .cmd(&["destroy", "--auto-approve"])
        .env("LAVASTACK_VAR_password", "third-pw")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!healthy(pa, "third-pw") && !healthy(pb, "third-pw"));
    assert!(!a.prefix.join("lavalink.env").exists());
    assert!(!a.prefix.join("supervisor.pid").exists());
}

#[test]
fn rsa_key_with_passphrase_host_key_pinning_tofu_and_jar_download() {
    let env = Env::new();
    // An RSA user key with a passphrase (read from the variable passphrase_env names).
    let key = env.path("user_ed25519");
    let ok = Command::new("ssh-keygen")
        .args(["-q", "-t", "rsa", "-b", "2048", "-N", "pass phrase", "-f"])
        .arg(&key)
        .status()
        .unwrap()
        .success();
    assert!(ok);
    std::fs::copy(env.path("user_ed25519.pub"), env.path("authorized_keys")).unwrap();
    // The jar comes from a URL the host downloads (a loopback HTTP server here).
    let jar = b"jar bytes served over http\n";
    env.write("www/Lavalink.jar", std::str::from_utf8(jar).unwrap());
    let http = dead_port();
    let _www = Proc(
        Command::new("python3")
            .args([
                "-m",
                "http.server",
                &http.to_string(),
                "--bind",
                "127.0.0.1",
            ])
            .current_dir(env.path("www"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let t = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", http)).is_err() {
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "http.server did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    use sha2::Digest;
    let sha = hex::encode(sha2::Sha256::digest(jar));
    env.write("Lavalink.jar", "unused\n");
    let a = Host::start(&env, "a");
    env.write("known_hosts", "");
    let base = stack(&env, &[("a", &a, dead_port())]).replace(
        &format!("  jar              = \"{}\"\n", env.path("Lavalink.jar").display()),
        &format!(
            "  jar_url          = \"http://127.0.0.1:{http}/Lavalink.jar\"\n  jar_sha256       = \"{sha}\"\n  passphrase_env   = \"TEST_KEY_PASS\"\n"
        ),
    );
    assert!(base.contains("jar_url"), "{base}");
    env.write("stack.hcl", &base);
    let run = |extra: &[(&str, &str)]| {
        let o = env
            .cmd(&["apply", "--auto-approve"])
            .envs(extra.iter().copied())
            .output()
            .unwrap();
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    };
    let pass = [("TEST_KEY_PASS", "pass phrase")];

    // No passphrase in the environment: a clear error before any connection.
    run(&[]).fails(1, "passphrase_env names TEST_KEY_PASS");

    // An unknown host key is refused at refresh, with its fingerprint and how to check it
    // (exit 4, auth).
    let r = run(&pass);
    r.fails(4, "is not in");
    assert!(
        r.all().contains("SHA256:") && r.all().contains("ssh-keyscan"),
        "{}",
        r.all()
    );
    assert!(!a.prefix.exists(), "nothing was sent to an unverified host");

    // A pinned fingerprint that does not match is refused too.
    let with = |line: &str| base.replace("  runtime ", &format!("  {line}\n  runtime "));
    env.write(
        "stack.hcl",
        &with("host_key = \"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\""),
    );
    run(&pass).fails(4, "not the pinned SHA256:AAAA");

    // Trust on first use records the key; the jar is downloaded and checked; the node runs.
    env.write("stack.hcl", &with("trust_on_first_use = true"));
    run(&pass).ok();
    assert!(env
        .read("known_hosts")
        .contains(&format!("[127.0.0.1]:{} ssh-ed25519 ", a.port)));
    assert_eq!(std::fs::read(a.prefix.join("Lavalink.jar")).unwrap(), jar);
    let pid = a.supervisor().unwrap();

    // A jar whose checksum does not match is not installed; the node keeps running.
    let wrong = "0".repeat(64);
    env.write(
        "stack.hcl",
        &with("trust_on_first_use = true").replace(&sha, &wrong),
    );
    let r = run(&pass);
    r.fails(1, "downloading the jar failed");
    assert_eq!(std::fs::read(a.prefix.join("Lavalink.jar")).unwrap(), jar);
    assert_eq!(a.supervisor(), Some(pid));
}

/// `rotate ssh-key` on two real sshd hosts, each reading its own authorized_keys: on a, the
/// new key is added, a login with it proven, the old key removed and refused afterwards; b
/// accepts only ed25519 keys, so the new RSA key fails there and b keeps the old one, named
/// in the output. A second run finishes what is left and leaves a alone; state records
/// which key each host is on.
#[test]
fn rotate_ssh_key_moves_each_host_or_keeps_the_old_key_and_says_which() {
    let env = Env::new();
    keygen(&env.path("user_ed25519"));
    env.write("Lavalink.jar", "jar\n");
    let old_pub = std::fs::read_to_string(env.path("user_ed25519.pub")).unwrap();
    let (auth_a, auth_b) = (env.path("auth-a"), env.path("auth-b"));
    for f in [&auth_a, &auth_b] {
        std::fs::write(f, format!("# managed by hand\n{old_pub}")).unwrap();
    }
    let a = Host::start_with(&env, "a", &auth_a, "");
    let b = Host::start_with(&env, "b", &auth_b, "PubkeyAcceptedAlgorithms ssh-ed25519\n");
    env.write(
        "known_hosts",
        &format!("{}\n{}\n", a.known_hosts_line(), b.known_hosts_line()),
    );
    let (pa, pb) = (dead_port(), dead_port());
    // One provider per host, each naming the file its sshd reads (both "hosts" share this
    // machine's filesystem, so one path would be one file for both).
    let one = stack(&env, &[("a", &a, pa), ("b", &b, pb)]);
    let (head, nodes) = one.split_at(one.find("node \"a\"").unwrap());
    let provider =
        &head[head.find("provider \"ssh\" \"dc\"").unwrap()..head.find("region \"dc\"").unwrap()];
    let mut text = head[..head.find("provider \"ssh\"").unwrap()].to_string();
    for (h, auth) in [("a", &auth_a), ("b", &auth_b)] {
        text.push_str(&provider.replace(
            "\"dc\" {",
            &format!("\"{h}\" {{\n  authorized_keys  = \"{}\"", auth.display()),
        ));
        text.push_str(&format!("region \"{h}\" {{ provider = \"ssh.{h}\" }}\n"));
    }
    text.push_str(
        &nodes
            .replacen("region   = \"dc\"", "region   = \"a\"", 1)
            .replacen("region   = \"dc\"", "region   = \"b\"", 1),
    );
    env.write("stack.hcl", &text);
    env.run(&["apply", "--auto-approve"]).ok();

    let new = env.path("new_rsa");
    let ok = Command::new("ssh-keygen")
        .args(["-q", "-t", "rsa", "-b", "2048", "-N", "", "-f"])
        .arg(&new)
        .status()
        .unwrap()
        .success();
    assert!(ok);
    let new_pub = std::fs::read_to_string(env.path("new_rsa.pub")).unwrap();
    let r = env.run(&["rotate", "ssh-key", "--new-key", new.to_str().unwrap()]);
    assert_eq!(r.code, 1, "b failed, so the command fails: {}", r.all());
    assert!(r.stdout.contains("a (ssh.a): rotated"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("b (ssh.b): FAILED, it keeps the old key: the new key does not log in"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Not rotated (still on the old key): b"),
        "{}",
        r.stdout
    );
    let key_of = |f: &Path| std::fs::read_to_string(f).unwrap();
    let (ka, kb) = (key_of(&auth_a), key_of(&auth_b));
    let body = |k: &str| k.split_whitespace().nth(1).unwrap().to_string();
    assert!(
        ka.contains(&body(&new_pub)) && !ka.contains(&body(&old_pub)),
        "{ka}"
    );
    assert!(
        ka.starts_with("# managed by hand\n"),
        "other lines stay: {ka}"
    );
    assert!(kb.contains(&body(&old_pub)), "b keeps the old key: {kb}");
    let st = state(&env);
    let fp = st["nodes"]["a"]["private"]["ssh_key"]
        .as_str()
        .unwrap_or_default();
    assert!(fp.starts_with("SHA256:"), "{st}");
    assert!(st["nodes"]["b"]["private"].get("ssh_key").is_none(), "{st}");

    // The stack still names the old key, which a refuses now: plan says so (exit 4).
    env.run(&["plan"]).fails(4, "");

    // The same rotation again (a crash midway, a retry): a is found done with the new key and
    // left as it is; b fails the same way.
    let again = env.run(&[
        "rotate",
        "ssh-key",
        "--new-key",
        new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(again.code, 1, "{}", again.all());
    let v: serde_json::Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(v["hosts"][0]["result"], "already-rotated", "{v}");
    assert_eq!(v["failed"], serde_json::json!(["b"]), "{v}");
    assert_eq!(key_of(&auth_a), ka, "a is untouched");

    // Bad input is named before any host is touched.
    for (key, needle) in [
        ("/nonexistent/key", "cannot read it"),
        ("/dev/zero", "cannot read it"),
    ] {
        env.run(&["rotate", "ssh-key", "--new-key", key])
            .fails(1, needle);
    }
    env.write("garbage", "not a key\n");
    env.run(&[
        "rotate",
        "ssh-key",
        "--new-key",
        env.path("garbage").to_str().unwrap(),
    ])
    .fails(1, "not an OpenSSH private key");
    env.run(&[
        "rotate",
        "ssh-key",
        "--new-key",
        new.to_str().unwrap(),
        "--provider",
        "ssh.nope",
    ])
    .fails(1, "no ssh provider ssh.nope");
}

/// TLS on an ssh node: the certificate and key are uploaded with its other files (the key
/// owner-only), its application.yml names them on the host, the node (the emulator, as the
/// host runs it) serves HTTPS, and lavastack's probes and status verify it against the CA.
#[test]
fn tls_on_an_ssh_node_is_uploaded_served_and_verified() {
    let env = Env::new();
    keygen(&env.path("user_ed25519"));
    std::fs::copy(env.path("user_ed25519.pub"), env.path("authorized_keys")).unwrap();
    env.write("Lavalink.jar", "jar\n");
    let m = crate::tls::openssl_material(&env.path("tls"), "IP:127.0.0.1", 30);
    let a = Host::start(&env, "a");
    env.write("known_hosts", &format!("{}\n", a.known_hosts_line()));
    let pa = dead_port();
    env.write(
        "stack.hcl",
        &format!(
            "{}tls {{\n  cert = \"tls/node.pem\"\n  key  = \"tls/node-key.pem\"\n  ca   = \"tls/ca.pem\"\n}}\n",
            stack(&env, &[("a", &a, pa)])
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    use std::os::unix::fs::PermissionsExt;
    let key = a.prefix.join("tls-key.pem");
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600,
        "the key is owner-only on the host"
    );
    assert_eq!(std::fs::read(&key).unwrap(), std::fs::read(&m.key).unwrap());
    let yml = std::fs::read_to_string(a.prefix.join("application.yml")).unwrap();
    assert!(
        yml.contains(&format!("certificate-private-key: \"{}\"", key.display())),
        "{yml}"
    );
    let st = env.run(&["status", "--check"]);
    assert_eq!(st.code, 0, "{}", st.all());
    let curl = Command::new("curl")
        .args(["-sS", "--max-time", "5", "--cacert"])
        .arg(&m.ca)
        .args(["-H", &format!("Authorization: {SECRET}")])
        .arg(format!("https://127.0.0.1:{pa}/version"))
        .output()
        .unwrap();
    assert!(curl.status.success(), "{curl:?}");
    // Nothing to do on a second apply: the uploaded files match.
    env.run(&["plan", "--detailed-exitcode"]).ok();
}

/// The login user that is not root: tests/run.sh creates it with passwordless sudo.
const SUDO_USER: &str = "lavastack-ci";

#[test]
fn a_non_root_login_installs_through_sudo_and_without_it_is_refused_by_the_host() {
    let known = Command::new("id").arg(SUDO_USER).output().unwrap();
    assert!(
        known.status.success(),
        "no user {SUDO_USER}: tests/run.sh (as root) creates it with passwordless sudo"
    );
    let env = Env::new();
    keygen(&env.path("user_ed25519"));
    // sshd reads a user's keys as that user: the file must be readable by it.
    let shared = tempfile::Builder::new()
        .prefix("lavastack-sudo-keys")
        .tempdir_in("/tmp")
        .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(shared.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let auth = shared.path().join("authorized_keys");
    std::fs::copy(env.path("user_ed25519.pub"), &auth).unwrap();
    std::fs::set_permissions(&auth, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.write("Lavalink.jar", "jar\n");
    let a = Host::start_with(&env, "a", &auth, "");
    env.write("known_hosts", &format!("{}\n", a.known_hosts_line()));
    let pa = dead_port();
    let base = stack(&env, &[("a", &a, pa)]).replace(
        &format!("user             = \"{}\"", user()),
        &format!("user             = \"{SUDO_USER}\""),
    );
    assert!(base.contains(SUDO_USER));
    // Without sudo (the default for the `process` runtime, whose node is the login user's
    // own) the login user cannot write the prefix (the test's directory is root's and
    // owner-only): the host refuses, and the error names the node's host and why.
    env.write("stack.hcl", &base);
    let r = env.run(&["apply", "--auto-approve"]);
    assert_ne!(r.code, 0, "{}", r.all());
    assert!(
        r.all()
            .contains(&format!("{SUDO_USER}@127.0.0.1:{}", a.port))
            && r.all().contains("Permission denied"),
        "{}",
        r.all()
    );
    assert!(!healthy(pa, SECRET));
    // With sudo (the default for a user that is not root under systemd or containers; said
    // here for a process node) the same login installs and starts the node; the files are
    // root's, the password file still owner-only.
    env.write(
        "stack.hcl",
        &base.replace(
            "  runtime          = \"process\"",
            "  runtime          = \"process\"\n  sudo             = true",
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(healthy(pa, SECRET));
    use std::os::unix::fs::MetadataExt;
    let envfile = std::fs::metadata(a.prefix.join("lavalink.env")).unwrap();
    assert_eq!((envfile.uid(), envfile.mode() & 0o777), (0, 0o600));
    let st = env.run(&["status", "--check"]);
    assert_eq!(st.code, 0, "{}", st.all());
    env.run(&["plan", "--detailed-exitcode"]).ok();
    env.run(&["destroy", "--auto-approve"]).ok();
    assert!(!a.prefix.join("lavalink.env").exists());
}

#[test]
fn container_runtime_on_an_ssh_host_runs_the_image_line_and_restarts_on_a_new_image() {
    let env = Env::new();
    keygen(&env.path("user_ed25519"));
    std::fs::copy(env.path("user_ed25519.pub"), env.path("authorized_keys")).unwrap();
    env.write("Lavalink.jar", "jar\n");
    let engine_dir = env.path("engine");
    let engine = fake_engine(&engine_dir);
    struct Stop(PathBuf);
    impl Drop for Stop {
        fn drop(&mut self) {
            stop_fake_containers(&self.0);
        }
    }
    let _stop = Stop(engine_dir.clone());
    let a = Host::start(&env, "a");
    env.write("known_hosts", &format!("{}\n", a.known_hosts_line()));
    let pa = dead_port();
    let with_image = |tag: &str| {
        stack(&env, &[("a", &a, pa)])
            .lines()
            .filter(|l| !l.trim_start().starts_with("command") && !l.trim_start().starts_with("jar"))
            .map(|l| {
                if l.trim_start().starts_with("runtime") {
                    format!(
                        "  runtime          = \"container\"\n  container_engine = \"{}\"\n  image            = \"ghcr.io/lavalink-devs/lavalink:{tag}\"\n",
                        engine.display()
                    )
                } else {
                    format!("{l}\n")
                }
            })
            .collect::<String>()
    };
    env.write("stack.hcl", &with_image("4"));
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(healthy(pa, SECRET));
    let script = std::fs::read_to_string(a.prefix.join("container.sh")).unwrap();
    for want in [
        "'run' '--detach' '--name' 'lavalink-sshtest-a'".to_string(),
        format!(
            "'--volume' '{}/application.yml:/opt/Lavalink/application.yml:ro'",
            a.prefix.display()
        ),
        format!("'--env-file' '{}/lavalink.env'", a.prefix.display()),
        "'ghcr.io/lavalink-devs/lavalink:4'".into(),
    ] {
        assert!(script.contains(&want), "{want} missing from:\n{script}");
    }
    // The engine's env file: the value literal (no shell quoting), owner-only.
    let envfile = a.prefix.join("lavalink.env");
    assert_eq!(
        std::fs::read_to_string(&envfile).unwrap(),
        format!("LAVALINK_SERVER_PASSWORD={SECRET}\n")
    );
    assert!(
        !a.prefix.join("Lavalink.jar").exists(),
        "no jar for an image"
    );
    env.run(&["status", "--check"]).ok();
    env.run(&["plan", "--detailed-exitcode"]).ok();
    let runs = || {
        std::fs::read_to_string(engine_dir.join("calls.log"))
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("run "))
            .count()
    };
    assert_eq!(runs(), 1);
    // A new image: container.sh changes, so the node is restarted with it.
    env.write("stack.hcl", &with_image("4.0.8"));
    env.run(&["apply", "--auto-approve"]).ok();
    assert_eq!(runs(), 2);
    let image = std::fs::read_to_string(engine_dir.join("lavalink-sshtest-a.image")).unwrap();
    assert_eq!(image.trim(), "ghcr.io/lavalink-devs/lavalink:4.0.8");
    assert!(healthy(pa, SECRET));
    // An image that cannot be pulled fails before the running container is touched.
    env.write(
        "stack.hcl",
        &with_image("4.0.8").replace(
            "  image            = \"ghcr.io/lavalink-devs/lavalink:4.0.8\"\n",
            &format!(
                "  image            = \"ghcr.io/lavalink-devs/lavalink:4.0.8\"\n  image_digest     = \"sha256:{}\"\n",
                "0".repeat(64)
            ),
        ),
    );
    let r = env.run(&["apply", "--auto-approve"]);
    assert_ne!(r.code, 0, "{}", r.all());
    assert!(
        r.all().contains("pulling the image") && r.all().contains("manifest unknown"),
        "{}",
        r.all()
    );
    assert!(healthy(pa, SECRET), "the old container still serves");
    assert_eq!(runs(), 2);
    env.run(&["destroy", "--auto-approve"]).ok();
    assert!(!engine_dir.join("lavalink-sshtest-a.pid").exists());
    assert!(!a.prefix.join("container.sh").exists());
}
