//! Helpers shared by the integration tests: run the real `lavastack` binary in a scratch
//! directory and hold loopback listeners that stand in for reachable static nodes.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const SECRET: &str = "hunter2-very-secret";

/// The seed of a randomised test: `LAVASTACK_TEST_SEED`, else the clock. Printed, so a failing
/// run can be repeated.
pub fn test_seed() -> u64 {
    let seed = std::env::var("LAVASTACK_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("seed {seed} (LAVASTACK_TEST_SEED={seed} repeats this run)");
    seed
}

/// xorshift64*, seeded from [`test_seed`] and a per-use salt: small, repeatable with
/// `LAVASTACK_TEST_SEED`, enough to spread test inputs. Tests add their own generators to it.
pub struct Rng(u64);

impl Rng {
    pub fn new(salt: u64) -> Rng {
        Rng::from_seed(test_seed(), salt)
    }
    /// For a test that also prints its seed in its assertion messages.
    pub fn from_seed(seed: u64, salt: u64) -> Rng {
        Rng((seed ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn chance(&mut self, one_in: u64) -> bool {
        self.below(one_in) == 0
    }
    /// An index below `len` (0 for an empty range).
    pub fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_lavastack"))
}

pub struct Env {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
    #[track_caller]
    pub fn ok(&self) -> &Self {
        assert_eq!(self.code, 0, "expected success\n{}", self.all());
        self
    }
    #[track_caller]
    pub fn fails(&self, code: i32, needle: &str) -> &Self {
        assert_eq!(self.code, code, "expected exit {code}\n{}", self.all());
        assert!(
            self.all().contains(needle),
            "expected {needle:?} in\n{}",
            self.all()
        );
        assert!(!self.all().contains("panicked"), "panic:\n{}", self.all());
        self
    }
}

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }
    pub fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&p, text).unwrap();
        p
    }
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap_or_default()
    }
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(bin());
        c.current_dir(self.dir.path())
            .args(args)
            .env("NO_COLOR", "1")
            .env("LAVASTACK_VAR_password", SECRET)
            .env_remove("LAVASTACK_STACK")
            .env_remove("RUST_LOG")
            .stdin(Stdio::null());
        c
    }
    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.cmd(args).output().expect("run lavastack"))
    }
    /// Asserts the secret appears nowhere in the directory (state, plans, backups).
    #[track_caller]
    pub fn assert_no_secret_on_disk(&self) {
        self.assert_no_secret_on_disk_except("\0");
    }

    /// As above, but skips a subtree (node config that must hold the password).
    #[track_caller]
    pub fn assert_no_secret_on_disk_except(&self, skip: &str) {
        self.assert_not_on_disk(&[SECRET], skip);
    }
    /// Asserts no file under the directory but stack files and `skip` holds any of `needles`.
    #[track_caller]
    pub fn assert_not_on_disk(&self, needles: &[&str], skip: &str) {
        let skip = self.path(skip);
        fn walk(p: &Path, out: &mut Vec<PathBuf>) {
            for e in std::fs::read_dir(p).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.is_file() {
                    // Sockets and FIFOs (HAProxy's runtime API) hold no bytes to search.
                    out.push(p);
                }
            }
        }
        let mut files = vec![];
        walk(self.dir.path(), &mut files);
        for f in files {
            if f.extension().is_some_and(|e| e == "hcl") || f.starts_with(&skip) {
                continue;
            }
            let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
            for n in needles {
                assert!(!text.contains(n), "{n} written to {}", f.display());
            }
        }
    }
}

/// An in-process `lavastack emulate` on a free loopback port, with the test password; stops
/// when dropped. Used as a real, reachable Lavalink node.
pub struct Emulator {
    pub port: u16,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn emulator() -> Emulator {
    emulator_with(SECRET)
}

pub fn emulator_with(password: &str) -> Emulator {
    let password = password.to_string();
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let cfg = lavastack::emulator::Config {
                port: 0,
                password,
                ..Default::default()
            };
            let h = lavastack::emulator::start(cfg)
                .await
                .expect("emulator starts");
            addr_tx.send(h.addr.port()).unwrap();
            let _ = tokio::task::spawn_blocking(move || stop_rx.recv()).await;
            h.shutdown().await;
        });
    });
    let port = addr_rx.recv().expect("emulator port");
    Emulator {
        port,
        stop: Some(stop_tx),
        thread: Some(thread),
    }
}

/// A TCP listener on a free loopback port: reachable, but not a Lavalink node.
pub struct Listener {
    pub port: u16,
    _l: std::net::TcpListener,
}

pub fn listener() -> Listener {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    Listener {
        port: l.local_addr().unwrap().port(),
        _l: l,
    }
}

/// A loopback port that answers every request with `response` (a whole HTTP/1.1 answer), in a
/// thread that lives as long as the test binary.
pub fn answering(response: &'static str) -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for mut s in l.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = s.write_all(response.as_bytes());
        }
    });
    port
}

/// A loopback port with nothing listening on it.
pub fn dead_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A static stack with one node per (name, port, weight).
pub fn static_stack(name: &str, nodes: &[(&str, u16, u32)]) -> String {
    let mut s = format!(
        "stack \"{name}\" {{\n  password = var.password\n}}\nvariable \"password\" {{ sensitive = true }}\nprovider \"static\" \"lan\" {{ probe_timeout = \"1s\" }}\nregion \"home\" {{\n  provider = \"static.lan\"\n  zones    = [\"a\", \"b\"]\n}}\n"
    );
    for (n, port, weight) in nodes {
        s.push_str(&format!(
            "node \"{n}\" {{\n  region = \"home\"\n  host   = \"127.0.0.1\"\n  port   = {port}\n  weight = {weight}\n}}\n"
        ));
    }
    s
}

/// Kills every node process the state records when dropped, whatever happened in the test
/// (a stopped process is continued first so the kill lands).
pub struct Cleanup<'a>(pub &'a Env);

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        if let Ok(v) =
            serde_json::from_str::<serde_json::Value>(&self.0.read(".lavastack/state.json"))
        {
            for n in v["nodes"].as_object().into_iter().flat_map(|o| o.values()) {
                if let Some(pid) = n["provider_id"]
                    .as_str()
                    .and_then(|p| p.parse::<i32>().ok())
                {
                    // SAFETY: signals to process groups the local provider created for the test.
                    unsafe {
                        libc::kill(-pid, libc::SIGCONT);
                        libc::kill(-pid, libc::SIGKILL);
                    }
                }
            }
        }
    }
}

/// A child process killed and reaped when dropped.
pub struct Proc(pub std::process::Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Real HAProxy in the foreground on a rendered config, stopped when dropped.
pub fn haproxy(cfg: &Path) -> Proc {
    Proc(
        Command::new("haproxy")
            .args(["-db", "-f"])
            .arg(cfg)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("haproxy is installed (tests/run.sh)"),
    )
}

/// A guest under policies/ (`dir` is its folder there, e.g. `sticky-guild` or
/// `test-guests/panic-probe`): the .wasm tests/run.sh built (LAVASTACK_POLICY_DIR) or
/// policies/build.sh left in the target dir, else its checked-in .wat.
pub fn policy_module(dir: &str) -> PathBuf {
    let name = dir.rsplit('/').next().unwrap_or(dir);
    let file = format!("{}.wasm", name.replace('-', "_"));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or(root.join("target"));
    let built = std::env::var("LAVASTACK_POLICY_DIR")
        .map(|d| PathBuf::from(d).join(&file))
        .into_iter()
        .chain([target
            .join("policies/wasm32-unknown-unknown/release")
            .join(&file)]);
    for p in built {
        if p.exists() {
            return p;
        }
    }
    root.join(format!("policies/{dir}/{name}.wat"))
}

/// The sticky-guild example policy.
pub fn sticky_guild() -> PathBuf {
    policy_module("sticky-guild")
}

mod moto;
#[allow(unused_imports)]
pub use moto::*;

/// `lavastack` with test AWS credentials in its environment.
pub fn aws_cmd(env: &Env, args: &[&str]) -> Command {
    let mut c = env.cmd(args);
    c.env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .env("AWS_EC2_METADATA_DISABLED", "true");
    c
}

/// Waits until something listens on a loopback port (panics naming `what` after `limit`).
pub fn wait_for_port(port: u16, what: &str, limit: std::time::Duration) {
    let t = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(t.elapsed() < limit, "{what} did not start on port {port}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// `lavastack serve` for the stack in `env`, listening on `port` (its router block), stopped
/// when dropped.
pub fn serve(env: &Env, port: u16) -> Proc {
    let p = Proc(
        env.cmd(&["serve"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("lavastack serve starts"),
    );
    wait_for_port(port, "the router", std::time::Duration::from_secs(20));
    p
}

/// Runs a command that must finish within `limit` (killed and failed otherwise), its output
/// going through files so a chatty command never stalls on a full pipe.
pub fn run_within(mut cmd: Command, limit: std::time::Duration) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let (o, e) = (dir.path().join("out"), dir.path().join("err"));
    let mut child = cmd
        .stdout(std::fs::File::create(&o).unwrap())
        .stderr(std::fs::File::create(&e).unwrap())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} did not finish within {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    Run {
        code: child.wait().unwrap().code().unwrap_or(-1),
        stdout: std::fs::read_to_string(&o).unwrap_or_default(),
        stderr: std::fs::read_to_string(&e).unwrap_or_default(),
    }
}

/// A Lavalink session on a recorded node with one playing player per guild (kept while the
/// socket lives).
pub fn players_on(
    env: &Env,
    node: &str,
    guilds: &[u64],
) -> (
    tokio_tungstenite::tungstenite::WebSocket<
        tokio_tungstenite::tungstenite::stream::MaybeTlsStream<std::net::TcpStream>,
    >,
    String,
) {
    use std::io::{Read, Write};
    use tokio_tungstenite::tungstenite::{client::IntoClientRequest, Message};
    let st: serde_json::Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let port = st["nodes"][node]["port"].as_u64().unwrap() as u16;
    let mut req = format!("ws://127.0.0.1:{port}/v4/websocket")
        .into_client_request()
        .unwrap();
    let h = req.headers_mut();
    h.insert("Authorization", SECRET.parse().unwrap());
    h.insert("User-Id", "42".parse().unwrap());
    h.insert("Client-Name", "ops-test/1".parse().unwrap());
    let (mut ws, _) = tokio_tungstenite::tungstenite::connect(req).unwrap();
    let sid = loop {
        if let Message::Text(t) = ws.read().unwrap() {
            let v: serde_json::Value = serde_json::from_str(&t).unwrap();
            if v["op"] == "ready" {
                break v["sessionId"].as_str().unwrap().to_string();
            }
        }
    };
    let body = r#"{"track": {"identifier": "https://emu.invalid/a?length_ms=600000"}}"#;
    for guild in guilds {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            s,
            "PATCH /v4/sessions/{sid}/players/{guild} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: {SECRET}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    }
    (ws, sid)
}

/// A base port with the port below and the next four free too (stats, shared frontend, three
/// nodes). Taken below the kernel's ephemeral range: ports there are handed out only by
/// explicit binds, so a block checked free stays free while a test renders and applies before
/// starting HAProxy on it (a block from the ephemeral range was taken meanwhile by another
/// test's connection, and HAProxy could not bind).
pub fn free_block() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let ephemeral_low = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|r| r.split_whitespace().next()?.parse::<u32>().ok())
        .unwrap_or(32768)
        .clamp(12_000, 65_000);
    let (low, span) = (10_000u32, ephemeral_low - 10_000 - 8);
    // Different processes (nextest, two runs) start apart; one process steps through blocks.
    let seed = std::process::id().wrapping_mul(2_654_435_761)
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
    for _ in 0..200 {
        let step = NEXT.fetch_add(1, Ordering::Relaxed);
        let base = (low + (seed.wrapping_add(step.wrapping_mul(8)) % span)) as u16;
        if (base - 1..=base + 4).all(|p| std::net::TcpListener::bind(("127.0.0.1", p)).is_ok()) {
            return base;
        }
    }
    panic!("no free block of ports below the ephemeral range");
}

/// A stand-in for a Docker-compatible engine's CLI, for the `container` runtime: no container
/// engine runs on the test machine. It parses what lavastack hands `docker` (refusing a flag
/// or a run line it does not know, as the engine would), records every call in
/// `<dir>/calls.log`, and where the engine would start the image it starts the emulator with
/// the files the run line mounts: the configuration at the image's path, the env file's
/// password. So the test proves the command lines and the lifecycle, not the image.
pub fn fake_engine(dir: &std::path::Path) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let script = format!(
        r#"#!/bin/sh
state='{state}'
bin='{bin}'
printf '%s\n' "$*" >> "$state/calls.log"
cmd=$1; shift
last() {{ eval "echo \${{$#}}"; }}
pidof_() {{ [ -f "$state/$1.pid" ] && cat "$state/$1.pid"; }}
case $cmd in
run)
  name= envfile= config= node= image=
  while [ $# -gt 0 ]; do
    case $1 in
      --detach) ;;
      --name) name=$2; shift ;;
      --restart|--network) shift ;;
      --env-file) envfile=$2; shift ;;
      --volume)
        case $2 in
          *:/opt/Lavalink/application.yml:ro) config=${{2%:/opt/Lavalink/application.yml:ro}} ;;
          *:ro) ;;
          *) echo "fake engine: a writable mount: $2" >&2; exit 125 ;;
        esac
        shift ;;
      --label) case $2 in lavastack.node=*) node=${{2#lavastack.node=}} ;; esac; shift ;;
      -*) echo "fake engine: unknown flag $1" >&2; exit 125 ;;
      *) [ -z "$image" ] || {{ echo "fake engine: two images" >&2; exit 125; }}; image=$1 ;;
    esac
    shift
  done
  if [ -z "$name" ] || [ -z "$config" ] || [ -z "$envfile" ] || [ -z "$image" ]; then
    echo "fake engine: incomplete run line" >&2; exit 125
  fi
  p=$(pidof_ "$name")
  if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then
    echo "docker: Error response from daemon: Conflict. The container name \"/$name\" is already in use." >&2; exit 125
  fi
  pw=$(sed -n 's/^LAVALINK_SERVER_PASSWORD=//p' "$envfile")
  cd "$state" || exit 125
  LAVALINK_SERVER_PASSWORD=$pw setsid "$bin" emulate --config "$config" --name "$node" >> "$state/$name.log" 2>&1 < /dev/null &
  echo $! > "$state/$name.pid"
  echo "$image" > "$state/$name.image"
  echo "$node" > "$state/$name.node"
  echo "c0ffee$$"
  ;;
inspect)
  name=$(last "$@"); p=$(pidof_ "$name")
  [ -n "$p" ] || {{ echo "Error: No such object: $name" >&2; exit 1; }}
  case "$*" in *State.Pid*) if kill -0 "$p" 2>/dev/null; then echo "$p"; else echo 0; fi; exit 0 ;; esac
  if ! kill -0 "$p" 2>/dev/null; then echo "false false"
  elif grep -qs ') T' "/proc/$p/stat"; then echo "true true"
  else echo "true false"; fi
  ;;
rm)
  name=$(last "$@"); p=$(pidof_ "$name")
  [ -z "$p" ] || kill -KILL "$p" 2>/dev/null
  rm -f "$state/$name.pid" "$state/$name.image"
  ;;
kill) name=$(last "$@"); p=$(pidof_ "$name"); [ -n "$p" ] && kill -KILL "$p" ;;
pause) p=$(pidof_ "$1"); [ -n "$p" ] && kill -STOP "$p" ;;
unpause) p=$(pidof_ "$1"); [ -n "$p" ] && kill -CONT "$p" ;;
logs) name=$(last "$@"); tail -n 5 "$state/$name.log" 2>/dev/null ;;
ps)
  for f in "$state"/*.pid; do
    [ -e "$f" ] || continue
    n=$(basename "$f" .pid); printf '%s %s\n' "$n" "$(cat "$state/$n.node" 2>/dev/null)"
  done ;;
pull) case $1 in *@sha256:0000*) echo "Error response from daemon: manifest unknown" >&2; exit 1 ;; esac ;;
*) echo "fake engine: unknown command $cmd" >&2; exit 125 ;;
esac
"#,
        state = dir.display(),
        bin = bin().display(),
    );
    let path = dir.join("docker");
    std::fs::write(&path, script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// Kills what a [`fake_engine`] started (its pid files), for a test's cleanup.
pub fn stop_fake_containers(dir: &std::path::Path) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if e.path().extension().is_some_and(|x| x == "pid") {
            if let Some(pid) = std::fs::read_to_string(e.path())
                .ok()
                .and_then(|s| s.trim().parse::<i32>().ok())
            {
                // SAFETY: a signal to a pid the fake engine started for this test.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
        }
    }
}
