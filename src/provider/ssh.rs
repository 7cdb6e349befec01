//! The SSH provider: Lavalink on hosts the team already has, installed and run over SSH
//! (russh, public-key auth, host keys checked against known_hosts or a pinned fingerprint).
//!
//! Each node lives under its `prefix` on its host: `application.yml`, `lavalink.env` (the
//! password, mode 600, sent over stdin, never on a command line), the jar if lavastack manages
//! it, and `lavastack.json`, the manifest of what was installed (file hashes, version). With
//! `runtime = "systemd"` a unit `lavalink-<node>.service` runs it; with `runtime = "process"`
//! a small supervisor script (`run.sh`, restarting the node when it exits with an error) runs
//! in its own session with its pid in `supervisor.pid`. A create or update uploads only files
//! whose hash differs and restarts only when something changed or the node is not running, so
//! re-applying an unchanged stack touches nothing.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use russh::client;
use russh::keys::{HashAlg, PrivateKey, PrivateKeyWithHashAlg, PublicKey, PublicKeyOrCertificate};
use russh::ChannelMsg;
use serde_json::json;
use sha2::Digest;
use tokio::sync::Semaphore;

use super::*;

pub const DEFAULT_PREFIX: &str = "/opt/lavalink";
const MANIFEST: &str = "lavastack.json";
const ENV_FILE: &str = "lavalink.env";
/// How every host-key refusal begins (refresh turns those into errors).
const HOST_KEY: &str = "host key of ";
/// Environment variable run.sh exports (value: the prefix), marking the node's processes.
const MARKER: &str = "LAVASTACK_NODE";

pub struct SshProvider {
    address: String,
    stack: Stack,
    user: String,
    key_source: KeySource,
    passphrase_env: Option<String>,
    /// Loaded at the first connection, so planning without refresh needs no key.
    key: std::sync::OnceLock<Arc<PrivateKey>>,
    known_hosts: Option<PathBuf>,
    pinned: Option<String>,
    tofu: bool,
    command: Option<String>,
    jar: Option<(PathBuf, String)>,
    jar_url: Option<(String, String)>,
    bind: Option<String>,
    connect_timeout: Duration,
    command_timeout: Duration,
    slots: Semaphore,
    wait_healthy: bool,
    health_timeout: Duration,
}

enum KeySource {
    Inline(crate::stack::Secret),
    File(PathBuf),
}

fn expand_home(p: &str) -> PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(p),
    }
}

/// Single-quoted for sh: nothing inside is expanded.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

fn sha256_hex(b: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(b))
}

/// How the host's key was judged; kept so a refused connection can say why.
#[derive(Default)]
struct Verdict(Mutex<Option<String>>);

struct Handler {
    host: String,
    port: u16,
    known_hosts: Option<PathBuf>,
    pinned: Option<String>,
    tofu: bool,
    verdict: Arc<Verdict>,
}

impl Handler {
    fn judge(&self, key: &PublicKey) -> Result<(), String> {
        let fp = key.fingerprint(HashAlg::Sha256).to_string();
        let who = format!("[{}]:{}", self.host, self.port);
        if let Some(pin) = &self.pinned {
            return if pin == &fp {
                Ok(())
            } else {
                Err(format!(
                    "host key of {who} is {fp}, not the pinned {pin}; if the host was rebuilt, update host_key"
                ))
            };
        }
        let Some(path) = &self.known_hosts else {
            return if self.tofu {
                Ok(())
            } else {
                Err(format!(
                    "host key of {who} ({fp}) cannot be checked: set known_hosts or host_key, or trust_on_first_use = true"
                ))
            };
        };
        match russh::keys::check_known_hosts_path(&self.host, self.port, key, path) {
            Ok(true) => Ok(()),
            Ok(false) if self.tofu => {
                // Trust on first use: remember it, so a later change is caught.
                let line = format!(
                    "{} {}\n",
                    if self.port == 22 {
                        self.host.clone()
                    } else {
                        who.clone()
                    },
                    key.to_openssh().map_err(|e| e.to_string())?
                );
                use std::io::Write;
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .and_then(|mut f| f.write_all(line.as_bytes()))
                    .map_err(|e| format!("cannot record the host key in {}: {e}", path.display()))?;
                tracing::warn!(host = %who, fingerprint = %fp, "trusting a new host key on first use");
                Ok(())
            }
            Ok(false) => Err(format!(
                "host key of {who} ({fp}) is not in {}; check it and add it (ssh-keyscan -p {} {}), or set trust_on_first_use = true",
                path.display(),
                self.port,
                self.host
            )),
            Err(russh::keys::Error::KeyChanged { line }) => Err(format!(
                "host key of {who} CHANGED: it is now {fp}, but {} line {line} records another; refusing to connect (if the host was rebuilt, remove that line)",
                path.display()
            )),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }
}

impl client::Handler for Handler {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        let PublicKeyOrCertificate::PublicKey { key, .. } = key else {
            *self.verdict.0.lock().unwrap() =
                Some("host presented a certificate; only plain host keys are supported".into());
            return Ok(false);
        };
        match self.judge(key) {
            Ok(()) => Ok(true),
            Err(why) => {
                *self.verdict.0.lock().unwrap() = Some(why);
                Ok(false)
            }
        }
    }
}

/// One host's SSH session.
struct Conn {
    handle: client::Handle<Handler>,
    who: String,
    timeout: Duration,
}

#[derive(Debug)]
struct Output {
    code: u32,
    stdout: String,
    stderr: String,
}

impl Conn {
    /// Runs `cmd` (with `stdin` fed to it), returning its exit status and output.
    async fn run(&self, cmd: &str, stdin: Option<&[u8]>) -> Result<Output, String> {
        let fut = async {
            let mut ch = self
                .handle
                .channel_open_session()
                .await
                .map_err(|e| format!("{}: cannot open a channel: {e}", self.who))?;
            ch.exec(true, cmd)
                .await
                .map_err(|e| format!("{}: exec failed: {e}", self.who))?;
            if let Some(data) = stdin {
                ch.data(data)
                    .await
                    .map_err(|e| format!("{}: sending data failed: {e}", self.who))?;
            }
            ch.eof().await.ok();
            let (mut out, mut err, mut code) = (Vec::new(), Vec::new(), None);
            // The exit status may come before the last output: read until the channel closes.
            while let Some(msg) = ch.wait().await {
                match msg {
                    ChannelMsg::Data { data } => out.extend_from_slice(&data),
                    ChannelMsg::ExtendedData { data, ext: 1 } => err.extend_from_slice(&data),
                    ChannelMsg::ExitStatus { exit_status } => code = Some(exit_status),
                    _ => {}
                }
            }
            Ok(Output {
                code: code.unwrap_or(255),
                stdout: String::from_utf8_lossy(&out).into_owned(),
                stderr: String::from_utf8_lossy(&err).into_owned(),
            })
        };
        tokio::time::timeout(self.timeout, fut).await.map_err(|_| {
            format!(
                "{}: a command did not finish within {}",
                self.who,
                humantime::format_duration(self.timeout)
            )
        })?
    }

    /// Runs `cmd` and fails (with its stderr) unless it exits 0. `what` names the step.
    async fn check(&self, what: &str, cmd: &str, stdin: Option<&[u8]>) -> Result<String, String> {
        let o = self.run(cmd, stdin).await?;
        if o.code != 0 {
            let tail: Vec<&str> = o.stderr.lines().rev().take(4).collect();
            return Err(format!(
                "{}: {what} failed (exit {}): {}",
                self.who,
                o.code,
                tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
            ));
        }
        Ok(o.stdout)
    }

    async fn close(self) {
        let _ = self
            .handle
            .disconnect(russh::Disconnect::ByApplication, "", "en")
            .await;
    }
}

/// Where one node lives on its host.
#[derive(Clone)]
struct Place {
    stack: String,
    host: String,
    port: u16,
    prefix: String,
    runtime: String,
}

impl Place {
    fn of_desired(stack: &str, n: &DesiredNode) -> Place {
        Place {
            stack: stack.to_string(),
            host: n.host.clone().unwrap_or_default(),
            port: n
                .settings
                .get("ssh_port")
                .and_then(|p| p.parse().ok())
                .unwrap_or(22),
            prefix: n
                .settings
                .get("prefix")
                .cloned()
                .unwrap_or_else(|| DEFAULT_PREFIX.into()),
            runtime: n
                .settings
                .get("runtime")
                .cloned()
                .unwrap_or_else(|| "systemd".into()),
        }
    }

    fn of_record(stack: &str, rec: &NodeRecord) -> Place {
        let attr = |k: &str| {
            rec.attributes
                .get(k)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        Place {
            stack: stack.to_string(),
            host: attr("host")
                .or_else(|| rec.address.clone())
                .unwrap_or_default(),
            port: attr("ssh_port").and_then(|p| p.parse().ok()).unwrap_or(22),
            prefix: attr("prefix").unwrap_or_else(|| DEFAULT_PREFIX.into()),
            runtime: attr("runtime").unwrap_or_else(|| "systemd".into()),
        }
    }

    fn path(&self, file: &str) -> String {
        sh_quote(&format!("{}/{file}", self.prefix.trim_end_matches('/')))
    }

    /// Per stack and node, so two stacks (or two nodes) on one host never share a unit.
    fn unit(&self, node: &str) -> String {
        format!("lavalink-{}-{node}.service", self.stack)
    }

    /// Exits 0 when the node's service runs.
    fn running_cmd(&self, node: &str) -> String {
        if self.runtime == "process" {
            // The supervisor lives, and nothing of the node is stopped (SIGSTOP, a freeze
            // drill that was interrupted): a stopped node accepts TCP and answers nothing.
            let pid = self.path("supervisor.pid");
            format!(
                "test -s {pid} && {} && [ -z \"$({m} for p in $(m); do grep -qs ') [Tt] ' /proc/$p/stat && echo $p; done)\" ]",
                alive(&format!("\"$(cat {pid})\""), &self.prefix),
                m = self.marked_fn(),
            )
        } else {
            format!("systemctl is-active --quiet {}", sh_quote(&self.unit(node)))
        }
    }

    /// Defines the shell function `m`, which prints the pids of every process of this node:
    /// those whose environment carries the node's marker (run.sh exports it, the node inherits
    /// it). A lost pid file or a dead supervisor does not hide the node's server from a stop,
    /// and nobody else's process is ever matched (zombies have no environment).
    fn marked_fn(&self) -> String {
        format!(
            "m() {{ for e in /proc/[0-9]*/environ; do grep -qxzsF -- {mark} \"$e\" && {{ d=\"${{e%/environ}}\"; echo \"${{d#/proc/}}\"; }}; done; }};",
            mark = sh_quote(&format!("{MARKER}={}", self.prefix))
        )
    }

    fn stop_cmd(&self, node: &str) -> String {
        if self.runtime == "process" {
            // TERM (with CONT, so a stopped node can act on it) to every process of the node,
            // up to 10 s for them to finish, then KILL whatever is left.
            format!(
                "{m} p=\"$(m)\"; if [ -n \"$p\" ]; then kill -TERM $p 2>/dev/null; kill -CONT $p 2>/dev/null; \
                 i=0; while [ -n \"$(m)\" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done; \
                 p=\"$(m)\"; if [ -n \"$p\" ]; then kill -KILL $p 2>/dev/null; fi; fi; rm -f {pid}; true",
                m = self.marked_fn(),
                pid = self.path("supervisor.pid")
            )
        } else {
            format!("systemctl stop {} || true", sh_quote(&self.unit(node)))
        }
    }

    fn start_cmd(&self, node: &str) -> String {
        if self.runtime == "process" {
            format!(
                // Only the supervisor goes to the background, with none of the channel's
                // descriptors, so the SSH command returns at once.
                // The marker is in the supervisor's own environment from its start (an export
                // inside run.sh would only reach its children's).
                "cd {dir} && {{ {MARKER}={dir} setsid sh ./run.sh >> node.log 2>&1 < /dev/null & echo $! > {pid}; }}",
                dir = sh_quote(&self.prefix),
                pid = self.path("supervisor.pid")
            )
        } else {
            let unit = sh_quote(&self.unit(node));
            format!(
                "systemctl daemon-reload && systemctl enable {unit} && systemctl restart {unit}"
            )
        }
    }
}

/// Shell test that a pid is our supervisor, alive. A zombie (an orphan whose new parent does
/// not reap, as in containers without an init) counts as dead, or stopping would wait for
/// nothing; a pid whose working directory is not the prefix is someone else's (the pid was
/// reused after a reboot), never to be signalled.
fn alive(pid: &str, prefix: &str) -> String {
    format!(
        "{{ kill -0 {pid} 2>/dev/null && ! grep -qs ') Z' /proc/{pid}/stat && \
         [ \"$(readlink /proc/{pid}/cwd)\" = \"$(cd {dir} 2>/dev/null && pwd -P)\" ]; }}",
        dir = sh_quote(prefix)
    )
}

/// A file to install: name under the prefix (or an absolute path), content, mode.
struct File {
    name: String,
    content: Vec<u8>,
    mode: u32,
}

impl SshProvider {
    pub fn build(cfg: &ProviderConfig, stack: &Stack) -> Result<Arc<dyn Provider>, BuildError> {
        let bad = |m: String| BuildError {
            address: cfg.address.clone(),
            message: m,
        };
        let key_source = match (
            cfg.str_attr("private_key"),
            cfg.str_attr("private_key_file"),
        ) {
            (Some(k), _) => KeySource::Inline(crate::stack::Secret::new(k)),
            (None, Some(f)) => {
                KeySource::File(stack.resolve_path(&expand_home(f).to_string_lossy()))
            }
            (None, None) => return Err(bad("needs private_key or private_key_file".into())),
        };
        // The loader read the jar and recorded its hash (so a new jar shows in plans).
        let jar = cfg.str_attr("jar").map(|j| {
            (
                stack.resolve_path(j),
                cfg.str_attr("jar_sha256").unwrap_or_default().to_string(),
            )
        });
        let jar_url = cfg.str_attr("jar_url").map(|u| {
            (
                u.to_string(),
                cfg.str_attr("jar_sha256")
                    .unwrap_or_default()
                    .to_lowercase(),
            )
        });
        Ok(Arc::new(SshProvider {
            address: cfg.address.clone(),
            stack: stack.clone(),
            user: cfg.str_attr("user").unwrap_or("root").to_string(),
            key_source,
            passphrase_env: cfg.str_attr("passphrase_env").map(str::to_string),
            key: std::sync::OnceLock::new(),
            known_hosts: Some(
                cfg.str_attr("known_hosts")
                    .map(|p| stack.resolve_path(&expand_home(p).to_string_lossy()))
                    .unwrap_or_else(|| expand_home("~/.ssh/known_hosts")),
            )
            .filter(|_| cfg.str_attr("host_key").is_none()),
            pinned: cfg.str_attr("host_key").map(str::to_string),
            tofu: cfg.bool_attr("trust_on_first_use").unwrap_or(false),
            command: cfg.str_attr("command").map(str::to_string),
            jar,
            jar_url,
            bind: cfg.str_attr("bind").map(str::to_string),
            connect_timeout: cfg
                .duration_attr("connect_timeout")
                .unwrap_or(Duration::from_secs(10)),
            command_timeout: cfg
                .duration_attr("command_timeout")
                .unwrap_or(Duration::from_secs(300)),
            slots: Semaphore::new(cfg.int_attr("concurrency").unwrap_or(8).clamp(1, 256) as usize),
            wait_healthy: cfg.bool_attr("wait_healthy").unwrap_or(true),
            health_timeout: cfg
                .duration_attr("health_timeout")
                .unwrap_or(Duration::from_secs(120)),
        }))
    }

    fn key(&self) -> Result<Arc<PrivateKey>, String> {
        if let Some(k) = self.key.get() {
            return Ok(k.clone());
        }
        let passphrase = match &self.passphrase_env {
            Some(var) => Some(std::env::var(var).map_err(|_| {
                format!("passphrase_env names {var}, which is not set in the environment")
            })?),
            None => None,
        };
        let text = match &self.key_source {
            KeySource::Inline(k) => k.expose().to_string(),
            KeySource::File(p) => std::fs::read_to_string(p)
                .map_err(|e| format!("cannot read private_key_file {}: {e}", p.display()))?,
        };
        let key = russh::keys::decode_secret_key(&text, passphrase.as_deref()).map_err(|e| {
            format!(
                "cannot load the private key: {e}{}",
                if passphrase.is_none() {
                    " (if it has a passphrase, name the variable holding it with passphrase_env)"
                } else {
                    ""
                }
            )
        })?;
        Ok(self.key.get_or_init(|| Arc::new(key)).clone())
    }

    async fn connect(&self, place: &Place) -> Result<Conn, String> {
        let key = self.key()?;
        let who = format!("{}@{}:{}", self.user, place.host, place.port);
        let verdict = Arc::new(Verdict::default());
        let handler = Handler {
            host: place.host.clone(),
            port: place.port,
            known_hosts: self.known_hosts.clone(),
            pinned: self.pinned.clone(),
            tofu: self.tofu,
            verdict: verdict.clone(),
        };
        let config = Arc::new(client::Config {
            inactivity_timeout: Some(self.command_timeout + Duration::from_secs(30)),
            ..Default::default()
        });
        let connecting = client::connect(config, (place.host.as_str(), place.port), handler);
        let mut handle = match tokio::time::timeout(self.connect_timeout, connecting).await {
            Err(_) => {
                return Err(format!(
                    "{who}: no connection within {}",
                    humantime::format_duration(self.connect_timeout)
                ))
            }
            Ok(Err(e)) => {
                return Err(match verdict.0.lock().unwrap().take() {
                    Some(why) => why,
                    None => format!("{who}: cannot connect: {e}"),
                })
            }
            Ok(Ok(h)) => h,
        };
        // A server that stalls after the key exchange must not hold us for command_timeout.
        let user = self.user.clone();
        let authenticating = async {
            let hash = handle
                .best_supported_rsa_hash()
                .await
                .ok()
                .flatten()
                .flatten();
            handle
                .authenticate_publickey(user, PrivateKeyWithHashAlg::new(key, hash))
                .await
        };
        let auth = tokio::time::timeout(self.connect_timeout, authenticating)
            .await
            .map_err(|_| {
                format!(
                    "{who}: no answer to authentication within {}",
                    humantime::format_duration(self.connect_timeout)
                )
            })?
            .map_err(|e| format!("{who}: authentication failed: {e}"))?;
        if !auth.success() {
            return Err(format!(
                "{who}: the server refused the key for user {}",
                self.user
            ));
        }
        Ok(Conn {
            handle,
            who,
            timeout: self.command_timeout,
        })
    }

    /// Everything a node's prefix should hold, by name.
    fn files(
        &self,
        n: &DesiredNode,
        password: Option<&Secret>,
        place: &Place,
    ) -> Result<Vec<File>, String> {
        let extra =
            json!({"prefix": place.prefix, "env_file": format!("{}/lavalink.env", place.prefix)});
        let r = crate::render::Renderer::for_stack(&self.stack)
            .and_then(|r| r.node_files(&self.stack, n, self.bind.as_deref(), &extra))
            .map_err(|e| format!("rendering: {e}"))?;
        let pw = password.map(|p| p.expose()).unwrap_or_default();
        let env = if place.runtime == "process" {
            format!("LAVALINK_SERVER_PASSWORD={}\n", sh_quote(pw))
        } else {
            // systemd's EnvironmentFile: double quotes with C-style escapes.
            format!(
                "LAVALINK_SERVER_PASSWORD=\"{}\"\n",
                pw.replace('\\', "\\\\").replace('"', "\\\"")
            )
        };
        let mut files = vec![
            File {
                name: "application.yml".into(),
                content: r.application_yml.into_bytes(),
                mode: 0o644,
            },
            File {
                name: ENV_FILE.into(),
                content: env.into_bytes(),
                mode: 0o600,
            },
        ];
        if place.runtime == "process" {
            let command = n
                .command
                .clone()
                .or_else(|| self.command.clone())
                .unwrap_or_else(|| "java -jar {prefix}/Lavalink.jar".into())
                .replace("{prefix}", &sh_quote(&place.prefix))
                .replace("{name}", &n.name)
                .replace("{config}", "application.yml");
            let script = format!(
                "#!/bin/sh\n# Installed by lavastack for node {name}: runs it, restarting it when it exits with an error.\n\
                 cd \"$(dirname \"$0\")\" || exit 1\nset -a\n. ./lavalink.env\nset +a\nexport {marker}\n\
                 while :; do\n  {command}\n  rc=$?\n  [ \"$rc\" -eq 0 ] && exit 0\n  echo \"lavastack: node exited with $rc; restarting in 1s\" >&2\n  sleep 1\ndone\n",
                name = n.name,
                marker = sh_quote(&format!("{MARKER}={}", place.prefix)),
            );
            files.push(File {
                name: "run.sh".into(),
                content: script.into_bytes(),
                mode: 0o755,
            });
        } else {
            files.push(File {
                name: format!("/etc/systemd/system/{}", place.unit(&n.name)),
                content: r.lavalink_service.into_bytes(),
                mode: 0o644,
            });
        }
        Ok(files)
    }

    /// The hash recorded in state and the manifest. The password file's is salted (stack and
    /// node), so neither holds a plain hash of the secret to brute-force offline.
    fn recorded_hash(&self, node: &str, f: &File) -> String {
        if f.name == ENV_FILE {
            let mut salted = self.env_salt(node).into_bytes();
            salted.extend_from_slice(&f.content);
            sha256_hex(&salted)
        } else {
            sha256_hex(&f.content)
        }
    }

    fn env_salt(&self, node: &str) -> String {
        format!("lavastack:{}:{node}:", self.stack.name)
    }

    /// A shell line printing "<hash>  <path>" for a recorded file, as `sha256sum` does, using
    /// the same (salted for the password file) hash as [`Self::recorded_hash`].
    fn hash_cmd(&self, place: &Place, node: &str, name: &str) -> String {
        let path = Self::remote_path(place, name);
        let shown = if name.starts_with('/') {
            name.to_string()
        } else {
            format!("{}/{name}", place.prefix.trim_end_matches('/'))
        };
        if name == ENV_FILE {
            format!(
                "test -f {path} && printf '%s  %s\\n' \"$({{ printf '%s' {salt}; cat {path}; }} | sha256sum | cut -d' ' -f1)\" {shown};",
                salt = sh_quote(&self.env_salt(node)),
                shown = sh_quote(&shown),
            )
        } else {
            format!("sha256sum {path} 2>/dev/null;")
        }
    }

    fn remote_path(place: &Place, f: &str) -> String {
        if f.starts_with('/') {
            sh_quote(f)
        } else {
            place.path(f)
        }
    }

    /// Installs what differs and (re)starts when needed. Returns the recorded facts.
    async fn install(
        &self,
        n: &DesiredNode,
        password: Option<&Secret>,
        token: &str,
    ) -> Result<Created, ProviderError> {
        let _slot = self.slots.acquire().await;
        let place = Place::of_desired(&self.stack.name, n);
        let e = |m: String| ProviderError::new(&n.name, m);
        let files = self.files(n, password, &place).map_err(e)?;
        let conn = self.connect(&place).await.map_err(e)?;
        let result = self.install_on(&conn, n, &place, &files, token).await;
        conn.close().await;
        result.map_err(e)
    }

    async fn install_on(
        &self,
        conn: &Conn,
        n: &DesiredNode,
        place: &Place,
        files: &[File],
        token: &str,
    ) -> Result<Created, String> {
        conn.check(
            &format!("creating {}", place.prefix),
            &format!(
                "mkdir -p {} && test -w {}",
                sh_quote(&place.prefix),
                sh_quote(&place.prefix)
            ),
            None,
        )
        .await?;
        // What was installed before: another runtime must be stopped before this one starts,
        // and a new create token (a replacement) restarts even an unchanged node.
        let before: Json = conn
            .run(
                &format!("cat {} 2>/dev/null; true", place.path(MANIFEST)),
                None,
            )
            .await?
            .stdout
            .parse()
            .unwrap_or(Json::Null);
        let old_runtime = before["runtime"]
            .as_str()
            .unwrap_or(&place.runtime)
            .to_string();
        let force_restart = before["token"].as_str().is_some_and(|t| t != token);
        if old_runtime != place.runtime {
            let old = Place {
                runtime: old_runtime,
                ..place.clone()
            };
            conn.check(
                "stopping the node's old runtime",
                &old.stop_cmd(&n.name),
                None,
            )
            .await?;
        }
        // What is there now: one line per file, "<sha256>  <path>".
        let names: Vec<String> = files
            .iter()
            .map(|f| Self::remote_path(place, &f.name))
            .collect();
        let listing = conn
            .run(
                &format!("sha256sum {} 2>/dev/null; true", names.join(" ")),
                None,
            )
            .await?
            .stdout;
        let remote_hash = |name: &str| -> Option<String> {
            let path = if name.starts_with('/') {
                name.to_string()
            } else {
                format!("{}/{name}", place.prefix.trim_end_matches('/'))
            };
            listing
                .lines()
                .find(|l| l.split_once("  ").is_some_and(|(_, p)| p == path))
                .and_then(|l| l.split_whitespace().next())
                .map(str::to_string)
        };
        let mut changed = Vec::new();
        let mut hashes = BTreeMap::new();
        for f in files {
            let want = sha256_hex(&f.content);
            hashes.insert(f.name.clone(), json!(self.recorded_hash(&n.name, f)));
            if remote_hash(&f.name).as_deref() == Some(want.as_str()) {
                continue;
            }
            let dest = Self::remote_path(place, &f.name);
            let tmp = Self::remote_path(place, &format!("{}.lavastack-tmp", f.name));
            // Contents travel on stdin; the temp file is private until it is renamed.
            conn.check(
                &format!("installing {}", f.name),
                &format!(
                    "umask 077 && cat > {tmp} && chmod {:o} {tmp} && mv -f {tmp} {dest}",
                    f.mode
                ),
                Some(&f.content),
            )
            .await?;
            changed.push(f.name.clone());
        }
        let jar_changed = self.install_jar(conn, place, &mut hashes).await?;
        let running = conn.run(&place.running_cmd(&n.name), None).await?.code == 0;
        let version = &n.lavalink_version;
        let manifest = serde_json::to_vec_pretty(&json!({
            "stack": self.stack.name, "node": n.name, "lavalink_version": version,
            "runtime": place.runtime, "token": token, "files": hashes,
        }))
        .expect("manifest serializes");
        if !changed.is_empty() || jar_changed || !running || force_restart {
            tracing::info!(node = %n.name, changed = ?changed, running, force_restart, "restarting");
            if place.runtime != "process" {
                // The unit runs as `lavalink`, which writes its logs into the prefix.
                conn.check(
                    "creating the lavalink user",
                    &format!(
                        "id -u lavalink >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin lavalink; chown lavalink {}",
                        sh_quote(&place.prefix)
                    ),
                    None,
                )
                .await?;
            }
            conn.check("stopping the node", &place.stop_cmd(&n.name), None)
                .await?;
            conn.check("starting the node", &place.start_cmd(&n.name), None)
                .await?;
        }
        conn.check(
            "writing the manifest",
            &format!(
                "umask 077 && cat > {m}.tmp && mv -f {m}.tmp {m}",
                m = place.path(MANIFEST)
            ),
            Some(&manifest),
        )
        .await?;
        let port = n.port.unwrap_or(crate::stack::DEFAULT_LAVALINK_PORT);
        let mut private = BTreeMap::new();
        private.insert("files".into(), json!(hashes));
        Ok(Created {
            provider_id: format!("{}:{}{}", place.host, place.port, place.prefix),
            address: place.host.clone(),
            port,
            private,
        })
    }

    /// Uploads or downloads the jar when lavastack manages it; true when it changed.
    async fn install_jar(
        &self,
        conn: &Conn,
        place: &Place,
        hashes: &mut BTreeMap<String, Json>,
    ) -> Result<bool, String> {
        let path = place.path("Lavalink.jar");
        let want = match (&self.jar, &self.jar_url) {
            (Some((_, h)), _) | (None, Some((_, h))) => h.clone(),
            (None, None) => return Ok(false),
        };
        hashes.insert("Lavalink.jar".into(), json!(want));
        let have = conn
            .run(&format!("sha256sum {path} 2>/dev/null"), None)
            .await?
            .stdout;
        if have.split_whitespace().next() == Some(want.as_str()) {
            return Ok(false);
        }
        let tmp = place.path("Lavalink.jar.lavastack-tmp");
        match (&self.jar, &self.jar_url) {
            (Some((local, sha)), _) => {
                let bytes = tokio::fs::read(local)
                    .await
                    .map_err(|e| format!("cannot read {}: {e}", local.display()))?;
                if &sha256_hex(&bytes) != sha {
                    return Err(format!(
                        "{} changed since the plan was made; plan again",
                        local.display()
                    ));
                }
                conn.check(
                    "uploading the jar",
                    &format!("cat > {tmp} && mv -f {tmp} {path}"),
                    Some(&bytes),
                )
                .await?;
            }
            (None, Some((url, sha))) => {
                conn.check(
                    "downloading the jar",
                    &format!(
                        "(curl -fsSL -o {tmp} {u} || wget -q -O {tmp} {u}) && echo {s} {tmp} | sed 's/ /  /' | sha256sum -c --quiet - && mv -f {tmp} {path}",
                        u = sh_quote(url),
                        s = sh_quote(sha),
                    ),
                    None,
                )
                .await?;
            }
            (None, None) => unreachable!("returned above"),
        }
        Ok(true)
    }

    async fn wait(
        &self,
        n: &DesiredNode,
        created: Created,
        password: Option<&Secret>,
    ) -> Result<Created, ProviderError> {
        if !self.wait_healthy {
            return Ok(created);
        }
        await_healthy(
            &created.address,
            created.port,
            password,
            self.health_timeout,
        )
        .await
        .map_err(|e| {
            ProviderError::new(
                &n.name,
                format!(
                    "installed and started on {}, but Lavalink at {}:{} is not healthy: {e}",
                    created.provider_id, created.address, created.port
                ),
            )
            .with_partial(created.clone())
        })?;
        Ok(created)
    }
}

#[async_trait::async_trait]
impl Provider for SshProvider {
    fn address(&self) -> &str {
        &self.address
    }

    /// As the default, except that a host whose key is refused fails the refresh: a host that
    /// cannot prove its identity is not merely unreachable, and planning on must not look
    /// like "no changes".
    async fn refresh_all(
        &self,
        recs: &[NodeRecord],
        _parallelism: usize,
    ) -> Result<Refreshed, String> {
        let mut futs = Vec::with_capacity(recs.len());
        for r in recs {
            futs.push(Box::pin(self.refresh(r)));
        }
        let observed = futures_util::future::join_all(futs).await;
        for o in &observed {
            if let Observed::Unreachable { reason } = o {
                if reason.starts_with(HOST_KEY) {
                    return Err(reason.clone());
                }
            }
        }
        Ok(Refreshed {
            observed,
            unknown: Vec::new(),
        })
    }

    /// Reads the manifest, hashes the installed files and asks whether the node runs.
    async fn refresh(&self, rec: &NodeRecord) -> Observed {
        let _slot = self.slots.acquire().await;
        let place = Place::of_record(&self.stack.name, rec);
        let conn = match self.connect(&place).await {
            Ok(c) => c,
            Err(reason) => return Observed::Unreachable { reason },
        };
        let recorded: BTreeMap<String, String> = rec
            .private
            .get("files")
            .and_then(|f| f.as_object())
            .map(|o| {
                o.iter()
                    .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_string())))
                    .collect()
            })
            .unwrap_or_default();
        let hashes: Vec<String> = recorded
            .keys()
            .map(|f| self.hash_cmd(&place, &rec.name, f))
            .collect();
        let script = format!(
            "test -f {m} || {{ echo missing; exit 0; }}; {files} if {running}; then echo running; else echo stopped; fi",
            m = place.path(MANIFEST),
            files = hashes.join(" "),
            running = place.running_cmd(&rec.name),
        );
        tracing::debug!(node = %rec.name, %script, "refresh");
        let out = conn.run(&script, None).await;
        tracing::debug!(node = %rec.name, ?out, "refresh output");
        conn.close().await;
        let out = match out {
            Ok(o) => o.stdout,
            Err(reason) => return Observed::Unreachable { reason },
        };
        if out.lines().any(|l| l == "missing") {
            return Observed::Gone {
                reason: format!(
                    "nothing is installed under {} on {}",
                    place.prefix, place.host
                ),
            };
        }
        let mut drift = Vec::new();
        for (name, want) in &recorded {
            let path = if name.starts_with('/') {
                name.clone()
            } else {
                format!("{}/{name}", place.prefix.trim_end_matches('/'))
            };
            let have = out
                .lines()
                .find(|l| l.split_once("  ").is_some_and(|(_, p)| p == path))
                .and_then(|l| l.split_whitespace().next());
            match have {
                Some(h) if h == want => {}
                Some(_) => drift.push(format!("{name} was changed on the host")),
                None => drift.push(format!("{name} is missing on the host")),
            }
        }
        if out.lines().any(|l| l == "stopped") {
            drift.push("the node is not running".into());
        }
        if drift.is_empty() {
            Observed::Running
        } else {
            Observed::Drifted {
                reason: drift.join("; "),
            }
        }
    }

    async fn create(&self, req: NodeRequest<'_>) -> Result<Created, ProviderError> {
        let created = self.install(req.node, req.password, req.token).await?;
        self.wait(req.node, created, req.password).await
    }

    async fn update(
        &self,
        _rec: &NodeRecord,
        req: NodeRequest<'_>,
    ) -> Result<Created, ProviderError> {
        let created = self.install(req.node, req.password, req.token).await?;
        self.wait(req.node, created, req.password).await
    }

    /// `runtime = "process"`: the signal goes to the supervisor's process group (the node
    /// with it, so a kill is not restarted by the supervisor); systemd: `systemctl kill`.
    async fn signal(&self, rec: &NodeRecord, signal: DrillSignal) -> Result<(), ProviderError> {
        let _slot = self.slots.acquire().await;
        let place = Place::of_record(&self.stack.name, rec);
        let e = |m: String| ProviderError::new(&rec.name, m);
        let cmd = if place.runtime == "process" {
            // Every process of the node (supervisor and server), found by its marker.
            format!(
                "{m} p=\"$(m)\"; test -n \"$p\" && kill -{} $p",
                signal.name(),
                m = place.marked_fn(),
            )
        } else {
            format!(
                "systemctl kill --signal=SIG{} {}",
                signal.name(),
                sh_quote(&place.unit(&rec.name))
            )
        };
        let conn = self.connect(&place).await.map_err(e)?;
        let r = conn
            .check(&format!("sending SIG{}", signal.name()), &cmd, None)
            .await;
        conn.close().await;
        r.map(|_| ()).map_err(e)
    }

    async fn delete(&self, rec: &NodeRecord) -> Result<(), ProviderError> {
        let _slot = self.slots.acquire().await;
        let place = Place::of_record(&self.stack.name, rec);
        let e = |m: String| ProviderError::new(&rec.name, m);
        let conn = self.connect(&place).await.map_err(e)?;
        let mut files: Vec<String> = rec
            .private
            .get("files")
            .and_then(|f| f.as_object())
            .map(|o| o.keys().map(|k| Self::remote_path(&place, k)).collect())
            .unwrap_or_default();
        for f in [
            MANIFEST,
            "supervisor.pid",
            "run.sh",
            "lavalink.env",
            "application.yml",
        ] {
            let p = place.path(f);
            if !files.contains(&p) {
                files.push(p);
            }
        }
        let mut script = place.stop_cmd(&rec.name);
        if place.runtime != "process" {
            script.push_str(&format!(
                " ; systemctl disable {} 2>/dev/null; true",
                sh_quote(&place.unit(&rec.name))
            ));
        }
        // Only our files go; node.log stays for whoever investigates, and so does the prefix
        // if anything else is in it.
        script.push_str(&format!(" ; rm -f {}", files.join(" ")));
        let r = conn.check("removing the node", &script, None).await;
        conn.close().await;
        r.map(|_| ()).map_err(e)
    }
}
