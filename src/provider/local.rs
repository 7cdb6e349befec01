//! The local provider: each node is a background process on this machine.
//!
//! By default the process is `lavastack emulate`; `command` runs anything else, such as a real
//! Lavalink jar (`java -jar /opt/Lavalink.jar`). Each node gets `<dir>/<node>/` holding its
//! rendered `application.yml` (which Lavalink reads from its working directory) and `node.log`.
//! Processes get their own process group, so they outlive `lavastack` and a Ctrl-C at the
//! terminal; the pid is the provider id. A process is recognised as ours by its working
//! directory, so a recycled pid is never mistaken for a node.

use std::fs::{self, OpenOptions};
use std::io::{Read, Seek, SeekFrom};
use std::net::{IpAddr, TcpListener};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;

use super::*;
use crate::health;

pub struct LocalProvider {
    address: String,
    stack_name: String,
    dir: PathBuf,
    bind: IpAddr,
    base_port: Option<u16>,
    command: Option<String>,
    health_timeout: Duration,
    /// Flags for the built-in emulator: its capacity model and player update cadence.
    emulator_flags: Vec<String>,
    /// `runtime = "container"`: the engine and the image; nodes are containers, not processes.
    container: Option<(String, String)>,
}

/// A container node's provider id: `container:<name>` (a process node's is its pid).
const CONTAINER_ID: &str = "container:";
/// `ENGINE run` may pull the image first: bounded, but generously.
const ENGINE_RUN_TIMEOUT: Duration = Duration::from_secs(600);
const ENGINE_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs the engine with `argv` (its first word the engine), bounded by `limit`.
async fn engine(argv: &[String], limit: Duration) -> Result<std::process::Output, String> {
    let (exe, args) = argv.split_first().ok_or("no engine command")?;
    let mut cmd = tokio::process::Command::new(exe);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    match tokio::time::timeout(limit, cmd.output()).await {
        Err(_) => Err(format!(
            "`{exe} {}` did not finish within {}",
            args.first().map(String::as_str).unwrap_or(""),
            humantime::format_duration(limit)
        )),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "no container engine \"{exe}\" on this machine: install docker or podman, or set container_engine to its path"
        )),
        Ok(Err(e)) => Err(format!("cannot run {exe}: {e}")),
        Ok(Ok(o)) => Ok(o),
    }
}

fn stderr_tail(o: &std::process::Output) -> String {
    let text = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = text.lines().rev().take(4).collect();
    lines.into_iter().rev().collect::<Vec<_>>().join(" / ")
}

impl LocalProvider {
    pub fn new(cfg: &ProviderConfig, stack: &Stack) -> Result<Self, BuildError> {
        let bad = |m: String| BuildError {
            address: cfg.address.clone(),
            message: m,
        };
        let bind: IpAddr = cfg
            .str_attr("bind")
            .unwrap_or("127.0.0.1")
            .parse()
            .map_err(|_| bad("bind must be an IP address".into()))?;
        Ok(LocalProvider {
            address: cfg.address.clone(),
            stack_name: stack.name.clone(),
            dir: stack.resolve_path(cfg.str_attr("dir").unwrap_or(".lavastack/local")),
            bind,
            base_port: cfg.int_attr("base_port").map(|p| p as u16),
            command: cfg.str_attr("command").map(str::to_string),
            health_timeout: cfg
                .duration_attr("health_timeout")
                .unwrap_or(Duration::from_secs(30)),
            emulator_flags: {
                let mut f = Vec::new();
                if let Some(c) = cfg.int_attr("emulator_capacity") {
                    f.extend(["--capacity".to_string(), c.to_string()]);
                }
                if let Some(l) = cfg.duration_attr("emulator_latency") {
                    f.extend([
                        "--capacity-latency".to_string(),
                        format!("{}ms", l.as_millis()),
                    ]);
                }
                if let Some(i) = cfg.duration_attr("emulator_stats_interval") {
                    f.extend([
                        "--stats-interval".to_string(),
                        format!("{}ms", i.as_millis()),
                    ]);
                }
                if let Some(i) = cfg.duration_attr("player_update_interval") {
                    f.extend([
                        "--player-update-interval".to_string(),
                        format!("{}s", i.as_secs()),
                    ]);
                }
                f
            },
            container: (cfg.str_attr("runtime") == Some("container")).then(|| {
                (
                    cfg.str_attr("container_engine")
                        .unwrap_or(crate::model::container::DEFAULT_ENGINE)
                        .to_string(),
                    crate::model::container::image_ref(
                        cfg.str_attr("image"),
                        cfg.str_attr("image_digest"),
                    ),
                )
            }),
        })
    }

    fn spec(
        &self,
        node: &str,
        name: &str,
        engine: &str,
        image: &str,
        mounts: Vec<String>,
    ) -> crate::model::container::Spec {
        // The engine resolves mounts on its own, from its own directory: absolute paths only.
        let dir = self.node_dir(node);
        let dir = std::path::absolute(&dir).unwrap_or(dir);
        crate::model::container::Spec {
            engine: engine.to_string(),
            name: name.to_string(),
            image: image.to_string(),
            config: dir.join("application.yml").display().to_string(),
            env_file: dir.join("lavalink.env").display().to_string(),
            mounts,
            stack: self.stack_name.clone(),
            node: node.to_string(),
        }
    }

    /// The recorded container of `rec`, when it is one.
    fn recorded_spec(&self, rec: &NodeRecord) -> Option<crate::model::container::Spec> {
        let name = rec.provider_id.as_deref()?.strip_prefix(CONTAINER_ID)?;
        let engine = rec
            .private
            .get("engine")
            .and_then(|v| v.as_str())
            .unwrap_or(crate::model::container::DEFAULT_ENGINE);
        Some(self.spec(&rec.name, name, engine, "", vec![]))
    }

    /// Containers of this stack (by label) that no record names: what a killed apply, or a
    /// create whose record was replaced, left behind. The plan deletes each as an orphan. An
    /// engine that cannot be asked finds none (its nodes are unreachable already).
    async fn unknown_containers(&self, engine_cmd: &str, recs: &[NodeRecord]) -> Vec<Discovered> {
        let argv: Vec<String> = [
            engine_cmd,
            "ps",
            "--all",
            "--filter",
            &format!("label=lavastack.stack={}", self.stack_name),
            "--format",
            "{{.Names}} {{.Label \"lavastack.node\"}}",
        ]
        .map(str::to_string)
        .to_vec();
        let Ok(out) = engine(&argv, ENGINE_TIMEOUT).await else {
            return Vec::new();
        };
        if !out.status.success() {
            return Vec::new();
        }
        let recorded: std::collections::BTreeSet<&str> = recs
            .iter()
            .filter_map(|r| r.provider_id.as_deref()?.strip_prefix(CONTAINER_ID))
            .collect();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.split_once(' '))
            .filter(|(name, _)| !recorded.contains(name))
            .map(|(name, node)| Discovered {
                node: node.trim().to_string(),
                provider: self.address.clone(),
                provider_id: format!("{CONTAINER_ID}{name}"),
                address: None,
                token: None,
                private: BTreeMap::from([("engine".to_string(), serde_json::json!(engine_cmd))]),
                owner: Default::default(),
            })
            .collect()
    }

    /// `create` for `runtime = "container"`: the env file, `ENGINE run`, then healthy.
    async fn create_container(
        &self,
        node: &DesiredNode,
        password: &Secret,
        token: &str,
        engine_cmd: &str,
        image: &str,
    ) -> Result<Created, ProviderError> {
        let err = |m: String| ProviderError::new(&node.name, m);
        let dir = self.node_dir(&node.name);
        let port = self.pick_port(node)?;
        let tls = crate::model::NodeTls::from_settings(|k| node.settings.get(k).cloned());
        let abs = |p: &Path| {
            std::path::absolute(p)
                .unwrap_or_else(|_| p.to_path_buf())
                .display()
                .to_string()
        };
        // The image runs Lavalink as uid 322, which cannot read a key that is this user's and
        // owner-only: the container gets copies in the node's directory (itself owner-only, so
        // no other user of this machine reaches them), readable by whoever the container is.
        let mut mounts = Vec::new();
        let mut ctx = json!({
            "stack": {"name": self.stack_name, "lavalink_version": node.lavalink_version},
            "node": {"name": node.name, "bind": self.bind.to_string(), "listen_port": port,
                     "tls": tls.as_ref().map(|t| json!({"cert": t.cert, "key": t.key}))},
            "vars": {},
        });
        if let Some((cert, key)) = tls.as_ref().and_then(|t| t.files()) {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&dir, fs::Permissions::from_mode(0o700))
                .map_err(|e| err(format!("cannot restrict {}: {e}", dir.display())))?;
            let mut landed = Vec::new();
            for (from, to) in [(cert, "tls-cert.pem"), (key, "tls-key.pem")] {
                let bytes = crate::files::read_regular(from, 1 << 20)
                    .map_err(|e| err(format!("cannot read {}: {e}", from.display())))?;
                let at = dir.join(to);
                crate::files::write_atomic(&at, &bytes, Some(0o644))
                    .map_err(|e| err(format!("cannot write {}: {e}", at.display())))?;
                landed.push(abs(&at));
            }
            ctx["tls_files"] = json!({"cert": landed[0], "key": landed[1]});
            mounts = landed;
        }
        let yml = crate::render::Renderer::builtin()
            .render_template("application.yml", &ctx)
            .map_err(|e| err(e.to_string()))?;
        let cfg_path = dir.join("application.yml");
        // Readable by the image's user (uid 322); the password is not in it.
        crate::files::write_atomic(&cfg_path, yml.as_bytes(), Some(0o644))
            .map_err(|e| err(format!("cannot write {}: {e}", cfg_path.display())))?;
        let env_path = dir.join("lavalink.env");
        let env = crate::model::container::env_file(password.expose()).map_err(err)?;
        crate::files::write_atomic(&env_path, env.as_bytes(), Some(crate::files::SECRET))
            .map_err(|e| err(format!("cannot write {}: {e}", env_path.display())))?;
        // Per create (its token), so a replacement starts beside the node it replaces, which
        // keeps serving until the outputs point away from it; a resumed create reuses it.
        let short: String = token
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(8)
            .collect();
        let name = format!(
            "{}-{short}",
            crate::model::container::name(&self.stack_name, &node.name)
        );
        let spec = self.spec(&node.name, &name, engine_cmd, image, mounts);
        // A container of this name left by an interrupted apply is replaced, not collided with.
        let _ = engine(&spec.remove(), ENGINE_TIMEOUT).await;
        let out = engine(&spec.run(), ENGINE_RUN_TIMEOUT).await.map_err(err)?;
        if !out.status.success() {
            return Err(err(format!(
                "`{} run` failed ({}): {}",
                spec.engine,
                out.status,
                stderr_tail(&out)
            )));
        }
        let target = health::Target {
            host: self.bind.to_string(),
            port,
            password: Some(password.expose().to_string()),
            transport: health::Transport::for_node(tls.as_ref()),
        };
        // Between probes, once a second at most: is the container still up? One that exited
        // fails the create at once instead of at the deadline.
        let mut asked = Instant::now();
        let inspect = spec.inspect();
        let up = || {
            if asked.elapsed() < Duration::from_secs(1) {
                return Ok(());
            }
            asked = Instant::now();
            // Bounded: a hung engine must not hold the health wait past its deadline.
            match Command::new("timeout")
                .arg("5")
                .args(&inspect)
                .stdin(Stdio::null())
                .stderr(Stdio::null())
                .output()
            {
                Ok(o)
                    if o.status.success()
                        && String::from_utf8_lossy(&o.stdout).starts_with("false") =>
                {
                    Err(format!("its container {} exited during start", spec.name))
                }
                _ => Ok(()),
            }
        };
        if let Err(e) = health::wait_healthy(&target, self.health_timeout, up).await {
            let logs = engine(
                &[
                    spec.engine.clone(),
                    "logs".into(),
                    "--tail".into(),
                    "5".into(),
                    spec.name.clone(),
                ],
                ENGINE_TIMEOUT,
            )
            .await
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default();
            // Never leave a container behind that state does not know about.
            let _ = engine(&spec.remove(), ENGINE_TIMEOUT).await;
            return Err(
                err(format!("{}; its last log lines: {logs}", e.message)).with_kind_of(e.kind)
            );
        }
        let mut private = BTreeMap::new();
        private.insert("dir".into(), json!(dir.display().to_string()));
        private.insert("engine".into(), json!(spec.engine));
        private.insert("container".into(), json!(spec.name));
        Ok(Created {
            provider_id: format!("{CONTAINER_ID}{}", spec.name),
            address: self.bind.to_string(),
            port,
            private,
        })
    }

    fn node_dir(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn port_free(&self, port: u16) -> bool {
        TcpListener::bind((self.bind, port)).is_ok()
    }

    fn pick_port(&self, node: &DesiredNode) -> Result<u16, ProviderError> {
        if let Some(p) = node.port {
            if !self.port_free(p) {
                return Err(ProviderError::new(
                    &node.name,
                    format!("port {p} on {} is already in use; choose another port or stop what holds it", self.bind),
                ));
            }
            return Ok(p);
        }
        if let Some(base) = self.base_port {
            return (base..=u16::MAX)
                .find(|p| self.port_free(*p))
                .ok_or_else(|| {
                    ProviderError::new(&node.name, format!("no free port from {base} upwards"))
                });
        }
        TcpListener::bind((self.bind, 0))
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .map_err(|e| ProviderError::new(&node.name, format!("cannot find a free port: {e}")))
    }

    fn spawn(
        &self,
        node: &DesiredNode,
        dir: &Path,
        port: u16,
        password: &Secret,
        admin: Option<u16>,
    ) -> Result<u32, ProviderError> {
        let err = |m: String| ProviderError::new(&node.name, m);
        let log_path = dir.join("node.log");
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| err(format!("cannot open {}: {e}", log_path.display())))?;
        let log2 = log.try_clone().map_err(|e| err(e.to_string()))?;
        let command = node.command.clone().or_else(|| self.command.clone());
        let mut cmd = match command {
            Some(c) => {
                let c = c
                    .replace("{config}", "application.yml")
                    .replace("{port}", &port.to_string())
                    .replace("{name}", &node.name)
                    .replace("{dir}", &dir.display().to_string());
                let mut cmd = Command::new("/bin/sh");
                // exec: the pid we record is the node itself, not a shell around it.
                cmd.arg("-c").arg(format!("exec {c}"));
                cmd
            }
            None => {
                let exe = std::env::current_exe()
                    .map_err(|e| err(format!("cannot find the lavastack binary: {e}")))?;
                let mut cmd = Command::new(exe);
                cmd.args([
                    "emulate",
                    "--config",
                    "application.yml",
                    "--name",
                    &node.name,
                ]);
                // The emulator reports the version the stack asks for, as an upgraded jar would.
                cmd.args(["--lavalink-version", &node.lavalink_version]);
                cmd.args(&self.emulator_flags);
                // A fault-injection listener, for `lavastack drill latency`.
                if let Some(admin) = admin {
                    cmd.args(["--admin", &format!("127.0.0.1:{admin}")]);
                }
                cmd
            }
        };
        // A node gets its password through LAVALINK_SERVER_PASSWORD only, and no credential.
        for k in crate::stack::scrubbed_env(&[
            "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN",
            "AWS_ACCESS_KEY_ID",
        ]) {
            cmd.env_remove(k);
        }
        cmd.current_dir(dir)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log2)
            // application.yml says password: "${LAVALINK_SERVER_PASSWORD}", as for a real node.
            .env("LAVALINK_SERVER_PASSWORD", password.expose())
            .process_group(0);
        let child = cmd
            .spawn()
            .map_err(|e| err(format!("cannot start the node process: {e}")))?;
        Ok(child.id())
    }
}

/// Reaps `pid` if it is our exited child; then tells whether it still runs.
fn alive(pid: u32) -> bool {
    let p = pid as libc::pid_t;
    // SAFETY: plain syscalls on a pid; WNOHANG never blocks, status is a local.
    unsafe {
        let mut status = 0;
        if libc::waitpid(p, &mut status, libc::WNOHANG) == p {
            return false;
        }
        if libc::kill(p, 0) != 0 {
            return false;
        }
    }
    // A zombie that is not our child still answers kill(0).
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')')
                .map(|(_, r)| r.trim_start().starts_with('Z'))
        })
        .map(|zombie| !zombie)
        .unwrap_or(true)
}

/// True when `pid` runs in `dir`: the mark that the process is this node and not a recycled pid.
fn stopped(pid: u32) -> bool {
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            s.rsplit_once(')')
                .map(|(_, rest)| rest.trim_start().to_string())
        })
        .is_some_and(|rest| rest.starts_with('T') || rest.starts_with('t'))
}

fn is_ours(pid: u32, dir: &Path) -> bool {
    let cwd = fs::read_link(format!("/proc/{pid}/cwd")).ok();
    let want = fs::canonicalize(dir).ok();
    cwd.is_some() && cwd == want
}

fn log_tail(path: &Path) -> String {
    let Ok(mut f) = fs::File::open(path) else {
        return String::new();
    };
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    let _ = f.seek(SeekFrom::Start(len.saturating_sub(800)));
    let mut s = String::new();
    let _ = f.read_to_string(&mut s);
    let lines: Vec<&str> = s.lines().rev().take(5).collect();
    lines.into_iter().rev().collect::<Vec<_>>().join("\n    ")
}

fn signal(pid: u32, sig: libc::c_int) {
    // SAFETY: sending a signal to a process group we created (pgid == pid).
    unsafe {
        libc::kill(-(pid as libc::pid_t), sig);
    }
}

/// Stops a node process and its group: TERM (and CONT, should it be frozen), up to 5 s, then
/// KILL. Bounded: a process that survives even KILL (uninterruptible I/O) is given up on after
/// 5 s more rather than waited for forever.
async fn stop(pid: u32) {
    if !alive(pid) {
        return;
    }
    let both = |sig| {
        signal(pid, sig);
        // SAFETY: a signal to one pid; a non-leader found in a node directory is not reached
        // by its group's number.
        unsafe {
            libc::kill(pid as libc::pid_t, sig);
        }
    };
    both(libc::SIGTERM);
    both(libc::SIGCONT);
    let until = Instant::now() + Duration::from_secs(5);
    while alive(pid) && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    if alive(pid) {
        both(libc::SIGKILL);
        let until = Instant::now() + Duration::from_secs(5);
        while alive(pid) && Instant::now() < until {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Every live process whose working directory is `dir`, found without trusting any recorded
/// pid: what a killed apply or a restored old state left running in a node's directory.
fn processes_in(dir: &Path) -> Vec<u32> {
    let Ok(want) = fs::canonicalize(dir) else {
        return Vec::new();
    };
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    let me = std::process::id();
    let mut out: Vec<u32> = entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&pid| pid != me)
        .filter(|&pid| fs::read_link(format!("/proc/{pid}/cwd")).is_ok_and(|c| c == want))
        .filter(|&pid| alive(pid))
        .collect();
    out.sort_unstable();
    out
}

#[async_trait::async_trait]
impl Provider for LocalProvider {
    fn address(&self) -> &str {
        &self.address
    }

    /// Records as usual, then every node directory: a process there that no record (node or
    /// deposed) names is reported, so the plan stops it (0 orphans after a killed apply).
    async fn refresh_all(
        &self,
        recs: &[NodeRecord],
        parallelism: usize,
    ) -> Result<Refreshed, super::AskError> {
        let observed = super::refresh_each(self, recs, parallelism).await;
        if let Some((engine_cmd, _)) = &self.container {
            let unknown = self.unknown_containers(engine_cmd, recs).await;
            return Ok(Refreshed { observed, unknown });
        }
        let recorded: std::collections::BTreeSet<u32> = recs
            .iter()
            .filter_map(|r| r.provider_id.as_deref()?.parse().ok())
            .collect();
        let mut unknown = Vec::new();
        if let Ok(entries) = fs::read_dir(&self.dir) {
            for e in entries.flatten() {
                let Some(node) = e.file_name().to_str().map(str::to_string) else {
                    continue;
                };
                if !e.path().is_dir() {
                    continue;
                }
                for pid in processes_in(&e.path()) {
                    if !recorded.contains(&pid) {
                        unknown.push(Discovered {
                            node: node.clone(),
                            provider: self.address.clone(),
                            provider_id: pid.to_string(),
                            address: None,
                            token: None,
                            private: BTreeMap::new(),
                            owner: Default::default(),
                        });
                    }
                }
            }
        }
        Ok(Refreshed { observed, unknown })
    }

    async fn refresh(&self, rec: &NodeRecord) -> Observed {
        if let Some(spec) = self.recorded_spec(rec) {
            return match engine(&spec.inspect(), ENGINE_TIMEOUT).await {
                Err(e) => Observed::Unreachable { reason: e },
                // Only the engine saying so means gone: a daemon that is down or refuses us
                // must not make the plan create a second container beside the first.
                Ok(o) if !o.status.success() => {
                    let why = String::from_utf8_lossy(&o.stderr).to_lowercase();
                    if why.contains("no such") {
                        Observed::Gone {
                            reason: format!("its container {} is not there", spec.name),
                        }
                    } else {
                        Observed::Unreachable {
                            reason: format!(
                                "`{} inspect {}` failed: {}",
                                spec.engine,
                                spec.name,
                                stderr_tail(&o)
                            ),
                        }
                    }
                }
                Ok(o) => {
                    let state = String::from_utf8_lossy(&o.stdout).trim().to_string();
                    if crate::model::container::serving(&state) {
                        Observed::Running
                    } else if state.starts_with("true") {
                        Observed::Unreachable {
                            reason: format!(
                                "its container {} is paused; `{} unpause {}` resumes it",
                                spec.name, spec.engine, spec.name
                            ),
                        }
                    } else {
                        Observed::Gone {
                            reason: format!("its container {} is not running", spec.name),
                        }
                    }
                }
            };
        }
        let Some(pid) = rec
            .provider_id
            .as_deref()
            .and_then(|p| p.parse::<u32>().ok())
        else {
            return Observed::Gone {
                reason: "no process was recorded for it".into(),
            };
        };
        let dir = self.node_dir(&rec.name);
        if !alive(pid) || !is_ours(pid, &dir) {
            return Observed::Gone {
                reason: format!("its process {pid} is not running"),
            };
        }
        // A stopped process (SIGSTOP, an interrupted freeze drill) still accepts TCP.
        if stopped(pid) {
            return Observed::Unreachable {
                reason: format!(
                    "its process {pid} is stopped (SIGSTOP); `kill -CONT -- -{pid}` resumes it"
                ),
            };
        }
        let port = rec.port.unwrap_or_default();
        match tokio::time::timeout(
            Duration::from_secs(2),
            tokio::net::TcpStream::connect((self.bind, port)),
        )
        .await
        {
            Ok(Ok(_)) => Observed::Running,
            Ok(Err(e)) => Observed::Unreachable {
                reason: format!("process {pid} runs but port {port} refuses connections: {e}"),
            },
            Err(_) => Observed::Unreachable {
                reason: format!("process {pid} runs but port {port} does not answer"),
            },
        }
    }

    async fn create(&self, req: NodeRequest<'_>) -> Result<Created, ProviderError> {
        let node = req.node;
        let err = |m: String| ProviderError::new(&node.name, m);
        let password = req.password.ok_or_else(|| {
            err("a local node needs a password: set password in the stack block".into())
        })?;
        let dir = self.node_dir(&node.name);
        fs::create_dir_all(&dir)
            .map_err(|e| err(format!("cannot create {}: {e}", dir.display())))?;
        if let Some((engine_cmd, image)) = &self.container {
            return self
                .create_container(node, password, req.token, engine_cmd, image)
                .await;
        }
        // A port we picked can be taken by another process between our check and the node's
        // bind (other nodes start at the same moment): then pick again, a few times.
        let mut attempt = 0;
        let (port, admin, pid, log_path) = loop {
            attempt += 1;
            let port = self.pick_port(node)?;
            let tls = crate::model::NodeTls::from_settings(|k| node.settings.get(k).cloned())
                .map(|t| json!({"cert": t.cert, "key": t.key}));
            let ctx = json!({
                "stack": {"name": self.stack_name, "lavalink_version": node.lavalink_version},
                "node": {"name": node.name, "bind": self.bind.to_string(), "listen_port": port, "tls": tls},
                "vars": {},
            });
            let yml = crate::render::Renderer::builtin()
                .render_template("application.yml", &ctx)
                .map_err(|e| err(e.to_string()))?;
            let cfg_path = dir.join("application.yml");
            crate::files::write_atomic(&cfg_path, yml.as_bytes(), Some(crate::files::SECRET))
                .map_err(|e| err(format!("cannot write {}: {e}", cfg_path.display())))?;
            // Only the built-in emulator has a fault admin listener.
            let admin = if node.command.is_none() && self.command.is_none() {
                TcpListener::bind((self.bind, 0))
                    .and_then(|l| l.local_addr())
                    .map(|a| a.port())
                    .ok()
            } else {
                None
            };
            let pid = self.spawn(node, &dir, port, password, admin)?;
            let target = health::Target {
                host: self.bind.to_string(),
                port,
                password: Some(password.expose().to_string()),
                transport: health::Transport::for_node(
                    crate::model::NodeTls::from_settings(|k| node.settings.get(k).cloned())
                        .as_ref(),
                ),
            };
            let log_path = dir.join("node.log");
            let waited = health::wait_healthy(&target, self.health_timeout, || {
                if alive(pid) {
                    Ok(())
                } else {
                    Err(format!(
                        "the process exited during start; last lines of {}:\n    {}",
                        log_path.display(),
                        log_tail(&log_path)
                    ))
                }
            })
            .await;
            match waited {
                Ok(_) => break (port, admin, pid, log_path),
                Err(e) => {
                    // Never leave a process behind that state does not know about.
                    stop(pid).await;
                    let raced = node.port.is_none()
                        && attempt < 4
                        && log_tail(&log_path).contains("Address already in use");
                    if !raced {
                        return Err(err(e.message).with_kind_of(e.kind));
                    }
                    tracing::info!(node = %node.name, port, "port taken before the node bound it; picking another");
                }
            }
        };
        let mut private = BTreeMap::new();
        private.insert("dir".into(), json!(dir.display().to_string()));
        private.insert("log".into(), json!(log_path.display().to_string()));
        if let Some(a) = admin {
            private.insert("admin".into(), json!(format!("127.0.0.1:{a}")));
        }
        Ok(Created {
            provider_id: pid.to_string(),
            address: self.bind.to_string(),
            port,
            private,
        })
    }

    async fn update(
        &self,
        rec: &NodeRecord,
        _req: NodeRequest<'_>,
    ) -> Result<Created, ProviderError> {
        // Only routing attributes change in place (weight, priority, maintenance, tags); the
        // process itself is untouched.
        Ok(Created {
            provider_id: rec.provider_id.clone().unwrap_or_default(),
            address: rec.address.clone().unwrap_or_default(),
            port: rec.port.unwrap_or_default(),
            private: rec.private.clone(),
        })
    }

    async fn delete(&self, rec: &NodeRecord) -> Result<(), ProviderError> {
        if let Some(spec) = self.recorded_spec(rec) {
            let out = engine(&spec.remove(), ENGINE_TIMEOUT)
                .await
                .map_err(|e| ProviderError::new(&rec.name, e))?;
            let gone = String::from_utf8_lossy(&out.stderr).contains("No such container");
            if !out.status.success() && !gone {
                return Err(ProviderError::new(
                    &rec.name,
                    format!("`{} rm` failed: {}", spec.engine, stderr_tail(&out)),
                ));
            }
            return Ok(());
        }
        let Some(pid) = rec
            .provider_id
            .as_deref()
            .and_then(|p| p.parse::<u32>().ok())
        else {
            return Ok(());
        };
        if alive(pid) && is_ours(pid, &self.node_dir(&rec.name)) {
            stop(pid).await;
        }
        Ok(())
    }

    async fn signal(&self, rec: &NodeRecord, signal: DrillSignal) -> Result<(), ProviderError> {
        if let Some(spec) = self.recorded_spec(rec) {
            let argv = match signal {
                DrillSignal::Kill => spec.main_pid(),
                DrillSignal::Stop => spec.pause(true),
                DrillSignal::Cont => spec.pause(false),
            };
            let out = engine(&argv, ENGINE_TIMEOUT)
                .await
                .map_err(|e| ProviderError::new(&rec.name, e))?;
            if !out.status.success() {
                return Err(ProviderError::new(
                    &rec.name,
                    format!("`{} {}` failed: {}", argv[0], argv[1], stderr_tail(&out)),
                ));
            }
            if signal == DrillSignal::Kill {
                let pid: i32 = String::from_utf8_lossy(&out.stdout)
                    .trim()
                    .parse()
                    .unwrap_or(0);
                if pid <= 0 {
                    return Err(ProviderError::new(
                        &rec.name,
                        format!("its container {} is not running", spec.name),
                    ));
                }
                // SAFETY: a signal to the container's main process, as the engine reports it.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                }
            }
            return Ok(());
        }
        let pid = rec
            .provider_id
            .as_deref()
            .and_then(|p| p.parse::<u32>().ok())
            .ok_or_else(|| ProviderError::new(&rec.name, "no process is recorded for it"))?;
        if !is_ours(pid, &self.node_dir(&rec.name)) {
            return Err(ProviderError::new(
                &rec.name,
                format!("process {pid} is not this node's (it is gone)"),
            ));
        }
        let sig = match signal {
            DrillSignal::Kill => libc::SIGKILL,
            DrillSignal::Stop => libc::SIGSTOP,
            DrillSignal::Cont => libc::SIGCONT,
        };
        // SAFETY: a signal to the node's own process group, which this provider created.
        unsafe {
            libc::kill(-(pid as i32), sig);
        }
        Ok(())
    }
}
