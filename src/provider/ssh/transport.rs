//! The SSH transport: one russh session per host with public-key auth, the host key judged
//! against known_hosts or a pinned fingerprint (trust on first use only where allowed), and
//! commands run with their output, exit status and deadline.

use super::*;

/// How the host's key was judged; kept so a refused connection can say why.
#[derive(Default)]
pub(super) struct Verdict(pub(super) Mutex<Option<String>>);

pub(super) struct Handler {
    pub(super) host: String,
    pub(super) port: u16,
    pub(super) known_hosts: Option<PathBuf>,
    pub(super) pinned: Option<String>,
    pub(super) tofu: bool,
    pub(super) verdict: Arc<Verdict>,
}

impl Handler {
    pub(super) fn judge(&self, key: &PublicKey) -> Result<(), String> {
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
            *self
                .verdict
                .0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) =
                Some("host presented a certificate; only plain host keys are supported".into());
            return Ok(false);
        };
        match self.judge(key) {
            Ok(()) => Ok(true),
            Err(why) => {
                *self
                    .verdict
                    .0
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(why);
                Ok(false)
            }
        }
    }
}

/// One host's SSH session.
pub(super) struct Conn {
    pub(super) handle: client::Handle<Handler>,
    pub(super) who: String,
    pub(super) timeout: Duration,
    /// Commands run through `sudo -n` (a login user that is not root).
    pub(super) sudo: bool,
}

/// `cmd` as root through sudo: `-n`, so a sudo that wants a password fails at once instead of
/// waiting on a prompt nobody answers.
pub(super) fn with_sudo(cmd: &str) -> String {
    format!("sudo -n -- sh -c {}", super::commands::sh_quote(cmd))
}

/// What to tell the operator when sudo itself refused (not the command it ran).
pub(super) fn sudo_hint(stderr: &str, code: u32) -> Option<&'static str> {
    if stderr.contains("a password is required") || stderr.contains("a terminal is required") {
        Some("sudo wants a password: give the login user passwordless sudo on this host (a NOPASSWD rule), or log in as root")
    } else if stderr.contains("sudoers") || stderr.contains("not allowed to execute") {
        Some("the login user may not use sudo on this host: add a sudoers rule for it, or log in as root")
    } else if code == 127 && stderr.contains("sudo") {
        Some("sudo is not installed on this host: install it, or log in as root (or set sudo = false if the login user owns the prefix)")
    } else {
        None
    }
}

#[derive(Debug)]
pub(super) struct Output {
    pub(super) code: u32,
    pub(super) stdout: String,
    pub(super) stderr: String,
}

impl Conn {
    /// Runs `cmd` (with `stdin` fed to it) as root (through sudo when the login user is not),
    /// returning its exit status and output.
    pub(super) async fn run(&self, cmd: &str, stdin: Option<&[u8]>) -> Result<Output, String> {
        if self.sudo {
            self.run_as_login(&with_sudo(cmd), stdin).await
        } else {
            self.run_as_login(cmd, stdin).await
        }
    }

    /// Runs `cmd` as the login user itself: what concerns that user (its authorized keys).
    pub(super) async fn run_as_login(
        &self,
        cmd: &str,
        stdin: Option<&[u8]>,
    ) -> Result<Output, String> {
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
    pub(super) async fn check(
        &self,
        what: &str,
        cmd: &str,
        stdin: Option<&[u8]>,
    ) -> Result<String, String> {
        let o = self.run(cmd, stdin).await?;
        self.judge(what, o)
    }

    /// [`Conn::check`] as the login user.
    pub(super) async fn check_as_login(&self, what: &str, cmd: &str) -> Result<String, String> {
        let o = self.run_as_login(cmd, None).await?;
        self.judge(what, o)
    }

    fn judge(&self, what: &str, o: Output) -> Result<String, String> {
        if o.code != 0 {
            let tail: Vec<&str> = o.stderr.lines().rev().take(4).collect();
            let mut msg = format!(
                "{}: {what} failed (exit {}): {}",
                self.who,
                o.code,
                tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
            );
            if let Some(h) = sudo_hint(&o.stderr, o.code).filter(|_| self.sudo) {
                msg.push_str("; ");
                msg.push_str(h);
            }
            return Err(msg);
        }
        Ok(o.stdout)
    }

    pub(super) async fn close(self) {
        let _ = self
            .handle
            .disconnect(russh::Disconnect::ByApplication, "", "en")
            .await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sudo_wraps_the_whole_command_and_names_its_refusals() {
        assert_eq!(
            with_sudo("cd '/opt/x' && echo \"$HOME\""),
            "sudo -n -- sh -c 'cd '\\''/opt/x'\\'' && echo \"$HOME\"'"
        );
        assert!(sudo_hint("sudo: a password is required\n", 1)
            .unwrap()
            .contains("NOPASSWD"));
        assert!(sudo_hint("bob is not in the sudoers file.", 1)
            .unwrap()
            .contains("sudoers rule"));
        assert!(sudo_hint("sh: 1: sudo: not found", 127)
            .unwrap()
            .contains("not installed"));
        assert_eq!(sudo_hint("mkdir: cannot create directory", 1), None);
    }
}
