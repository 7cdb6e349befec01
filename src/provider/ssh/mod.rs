//! The SSH provider: Lavalink on hosts the team already has, installed and run over SSH
//! (russh, public-key auth, host keys checked against known_hosts or a pinned fingerprint).
//!
//! Each node lives under its `prefix` on its host: `application.yml`, `lavalink.env` (the
//! password, mode 600, sent over stdin, never on a command line), the jar if lavastack manages
//! it, and `lavastack.json`, the manifest of what was installed (file hashes, version). With
//! `runtime = "systemd"` a unit `lavalink-<node>.service` runs it; with `runtime = "process"`
//! a small supervisor script (`run.sh`, restarting the node when it exits with an error) runs
//! in its own session with its pid in `supervisor.pid`; with `runtime = "container"` the
//! Lavalink image runs under the host's container engine (`container.sh` holds its run line,
//! `model::container` builds it). A login user that is not root runs it all through
//! `sudo -n`. A create or update uploads only files
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

mod commands;
mod install;
mod rotate;
mod transport;

pub use rotate::Rotated;

use commands::{sh_quote, Place};
use transport::{Conn, Handler, Verdict};

/// Why no SSH session came up, and what kind of failure that is.
struct ConnectError {
    message: String,
    /// `None` for a problem on this side (the key cannot be read): no peer failed.
    kind: Option<crate::model::ErrorKind>,
}

pub const DEFAULT_PREFIX: &str = "/opt/lavalink";
const MANIFEST: &str = "lavastack.json";
const ENV_FILE: &str = "lavalink.env";
/// `runtime = "container"`: the script that (re)creates the node's container.
const CONTAINER_SCRIPT: &str = "container.sh";
/// How every host-key refusal begins (refresh turns those into errors).
const HOST_KEY: &str = "host key of ";
/// How a refused login key is reported; refresh fails on it as on a refused host key.
const KEY_REFUSED: &str = "the server refused the key for user";
/// Environment variable run.sh exports (value: the prefix), marking the node's processes.
const MARKER: &str = "LAVASTACK_NODE";

pub struct SshProvider {
    address: String,
    stack: Stack,
    user: String,
    /// Run host commands through `sudo -n` (default: when `user` is not root).
    sudo: bool,
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
    /// Where sshd reads the login user's keys on the hosts (`rotate ssh-key` edits it).
    authorized_keys: String,
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

fn sha256_hex(b: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(b))
}

impl SshProvider {
    pub fn build(cfg: &ProviderConfig, stack: &Stack) -> Result<Arc<dyn Provider>, BuildError> {
        Ok(Arc::new(SshProvider::new(cfg, stack)?))
    }

    pub fn new(cfg: &ProviderConfig, stack: &Stack) -> Result<SshProvider, BuildError> {
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
        Ok(SshProvider {
            address: cfg.address.clone(),
            stack: stack.clone(),
            user: cfg.str_attr("user").unwrap_or("root").to_string(),
            // systemd and containers need root; a `process` node is the login user's own, and
            // running it as root by default would change what an existing stack runs as.
            sudo: cfg.bool_attr("sudo").unwrap_or(
                cfg.str_attr("user").is_some_and(|u| u != "root")
                    && cfg.str_attr("runtime") != Some("process"),
            ),
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
            authorized_keys: cfg
                .str_attr("authorized_keys")
                .unwrap_or("~/.ssh/authorized_keys")
                .to_string(),
            slots: Semaphore::new(cfg.int_attr("concurrency").unwrap_or(8).clamp(1, 256) as usize),
            wait_healthy: cfg.bool_attr("wait_healthy").unwrap_or(true),
            health_timeout: cfg
                .duration_attr("health_timeout")
                .unwrap_or(Duration::from_secs(120)),
        })
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

    async fn connect(&self, place: &Place) -> Result<Conn, ConnectError> {
        let key = self.key().map_err(|message| ConnectError {
            message,
            kind: None,
        })?;
        self.connect_as(place, key).await
    }

    async fn connect_as(&self, place: &Place, key: Arc<PrivateKey>) -> Result<Conn, ConnectError> {
        use crate::model::ErrorKind;
        let fail = |kind: ErrorKind| {
            move |message: String| ConnectError {
                message,
                kind: Some(kind),
            }
        };
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
                return Err(fail(ErrorKind::Timeout)(format!(
                    "{who}: no connection within {}",
                    humantime::format_duration(self.connect_timeout)
                )))
            }
            Ok(Err(e)) => {
                // A refused host key is the host's identity failing: an auth failure, never
                // to be retried blindly.
                let why = verdict
                    .0
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .take();
                return Err(match why {
                    Some(why) => fail(ErrorKind::Auth)(why),
                    None => fail(ErrorKind::Unreachable)(format!("{who}: cannot connect: {e}")),
                });
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
                fail(ErrorKind::Timeout)(format!(
                    "{who}: no answer to authentication within {}",
                    humantime::format_duration(self.connect_timeout)
                ))
            })?
            .map_err(|e| fail(ErrorKind::Auth)(format!("{who}: authentication failed: {e}")))?;
        if !auth.success() {
            return Err(fail(ErrorKind::Auth)(format!(
                "{who}: {KEY_REFUSED} {} (if it was rotated with `lavastack rotate ssh-key`, set private_key_file to the new key)",
                self.user
            )));
        }
        Ok(Conn {
            handle,
            who,
            timeout: self.command_timeout,
            sudo: self.sudo,
        })
    }
}

#[async_trait::async_trait]
impl Provider for SshProvider {
    fn address(&self) -> &str {
        &self.address
    }

    fn installed_files(&self, n: &DesiredNode) -> Option<Result<Vec<(String, String)>, String>> {
        let place = Place::of_desired(&self.stack.name, n);
        Some(self.files(n, None, &place).map(|files| {
            files
                .into_iter()
                .filter(|f| !install::is_secret(&f.name))
                .map(|f| {
                    // The unit (an absolute path on the host) is shown as lavalink.service,
                    // the name the generic per-node output uses.
                    let name = if f.name.starts_with('/') {
                        "lavalink.service".to_string()
                    } else {
                        f.name.clone()
                    };
                    (name, String::from_utf8_lossy(&f.content).into_owned())
                })
                .collect()
        }))
    }

    /// As the default, except that a host whose key is refused fails the refresh: a host that
    /// cannot prove its identity is not merely unreachable, and planning on must not look
    /// like "no changes".
    async fn refresh_all(
        &self,
        recs: &[NodeRecord],
        _parallelism: usize,
    ) -> Result<Refreshed, super::AskError> {
        let mut futs = Vec::with_capacity(recs.len());
        for r in recs {
            futs.push(Box::pin(self.refresh(r)));
        }
        let observed = futures_util::future::join_all(futs).await;
        for o in &observed {
            if let Observed::Unreachable { reason } = o {
                if reason.starts_with(HOST_KEY) || reason.contains(KEY_REFUSED) {
                    // A host that cannot prove its identity, or refuses ours (a key rotated
                    // away), fails the plan as refused credentials: never "No changes".
                    return Err(super::AskError::new(
                        reason.clone(),
                        Some(crate::model::ErrorKind::Auth),
                    ));
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
            Err(c) => return Observed::Unreachable { reason: c.message },
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
            // The script always ends saying running, stopped or missing: without one of them
            // it did not run (sudo refused, no shell), which says nothing about the node.
            Ok(o)
                if !o
                    .stdout
                    .lines()
                    .any(|l| matches!(l, "running" | "stopped" | "missing")) =>
            {
                let tail: Vec<&str> = o.stderr.lines().rev().take(3).collect();
                let mut reason = format!(
                    "{}@{}:{}: the refresh script did not run (exit {}): {}",
                    self.user,
                    place.host,
                    place.port,
                    o.code,
                    tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
                );
                if let Some(h) = transport::sudo_hint(&o.stderr, o.code).filter(|_| self.sudo) {
                    reason.push_str("; ");
                    reason.push_str(h);
                }
                return Observed::Unreachable { reason };
            }
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
        let cmd = if place.runtime == "container" {
            let spec = place.container(&rec.name, vec![]);
            match signal {
                DrillSignal::Kill => format!(
                    "p=\"$({} 2>/dev/null)\"; [ \"${{p:-0}}\" -gt 0 ] && kill -KILL \"$p\"",
                    commands::sh_words(&spec.main_pid())
                ),
                DrillSignal::Stop => commands::sh_words(&spec.pause(true)),
                DrillSignal::Cont => commands::sh_words(&spec.pause(false)),
            }
        } else if place.runtime == "process" {
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
        let conn = self
            .connect(&place)
            .await
            .map_err(|c| e(c.message).with_kind_of(c.kind))?;
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
        let conn = self
            .connect(&place)
            .await
            .map_err(|c| e(c.message).with_kind_of(c.kind))?;
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
            CONTAINER_SCRIPT,
            "lavalink.env",
            "application.yml",
        ] {
            let p = place.path(f);
            if !files.contains(&p) {
                files.push(p);
            }
        }
        let mut script = place.stop_cmd(&rec.name);
        if place.runtime == "systemd" {
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
