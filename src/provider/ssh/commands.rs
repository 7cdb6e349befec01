//! The shell commands the SSH provider runs on a host, generated as plain strings (pure, so
//! they are unit-tested here): quoting, where a node's files live, and start/stop/running for
//! the `systemd`, `process` and `container` runtimes.

use super::*;

/// Single-quoted for sh: nothing inside is expanded.
pub(super) fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Where one node lives on its host.
#[derive(Clone)]
pub(super) struct Place {
    pub(super) stack: String,
    pub(super) host: String,
    pub(super) port: u16,
    pub(super) prefix: String,
    pub(super) runtime: String,
    /// `container`: the engine and the image (pinned when a digest was given).
    pub(super) engine: String,
    pub(super) image: String,
}

/// `argv` as one sh command line, every word quoted.
pub(super) fn sh_words(argv: &[String]) -> String {
    argv.iter()
        .map(|w| sh_quote(w))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Place {
    pub(super) fn of_desired(stack: &str, n: &DesiredNode) -> Place {
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
            engine: n
                .settings
                .get("container_engine")
                .cloned()
                .unwrap_or_else(|| crate::model::container::DEFAULT_ENGINE.into()),
            image: n
                .settings
                .get("image")
                .cloned()
                .unwrap_or_else(|| crate::model::container::DEFAULT_IMAGE.into()),
        }
    }

    pub(super) fn of_record(stack: &str, rec: &NodeRecord) -> Place {
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
            engine: attr("container_engine")
                .unwrap_or_else(|| crate::model::container::DEFAULT_ENGINE.into()),
            image: attr("image").unwrap_or_else(|| crate::model::container::DEFAULT_IMAGE.into()),
        }
    }

    /// The node's container (`runtime = "container"`); `mounts` are the host files its
    /// configuration names (TLS).
    pub(super) fn container(
        &self,
        node: &str,
        mounts: Vec<String>,
    ) -> crate::model::container::Spec {
        let on_host = |f: &str| format!("{}/{f}", self.prefix.trim_end_matches('/'));
        crate::model::container::Spec {
            engine: self.engine.clone(),
            name: crate::model::container::name(&self.stack, node),
            image: self.image.clone(),
            config: on_host("application.yml"),
            env_file: on_host(ENV_FILE),
            mounts,
            stack: self.stack.clone(),
            node: node.to_string(),
        }
    }

    pub(super) fn path(&self, file: &str) -> String {
        sh_quote(&format!("{}/{file}", self.prefix.trim_end_matches('/')))
    }

    /// Per stack and node, so two stacks (or two nodes) on one host never share a unit.
    pub(super) fn unit(&self, node: &str) -> String {
        format!("lavalink-{}-{node}.service", self.stack)
    }

    /// Exits 0 when the node's service runs.
    pub(super) fn running_cmd(&self, node: &str) -> String {
        if self.runtime == "process" {
            // The supervisor lives, and nothing of the node is stopped (SIGSTOP, a freeze
            // drill that was interrupted): a stopped node accepts TCP and answers nothing.
            let pid = self.path("supervisor.pid");
            format!(
                "test -s {pid} && {} && [ -z \"$({m} for p in $(m); do grep -qs ') [Tt] ' /proc/$p/stat && echo $p; done)\" ]",
                alive(&format!("\"$(cat {pid})\""), &self.prefix),
                m = self.marked_fn(),
            )
        } else if self.runtime == "container" {
            format!(
                "[ \"$({} 2>/dev/null)\" = 'true false' ]",
                sh_words(&self.container(node, vec![]).inspect())
            )
        } else {
            format!("systemctl is-active --quiet {}", sh_quote(&self.unit(node)))
        }
    }

    /// Defines the shell function `m`, which prints the pids of every process of this node:
    /// those whose environment carries the node's marker (run.sh exports it, the node inherits
    /// it). A lost pid file or a dead supervisor does not hide the node's server from a stop,
    /// and nobody else's process is ever matched (zombies have no environment).
    pub(super) fn marked_fn(&self) -> String {
        format!(
            "m() {{ for e in /proc/[0-9]*/environ; do grep -qxzsF -- {mark} \"$e\" && {{ d=\"${{e%/environ}}\"; echo \"${{d#/proc/}}\"; }}; done; }};",
            mark = sh_quote(&format!("{MARKER}={}", self.prefix))
        )
    }

    pub(super) fn stop_cmd(&self, node: &str) -> String {
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
        } else if self.runtime == "container" {
            format!(
                "{} >/dev/null 2>&1; true",
                sh_words(&self.container(node, vec![]).remove())
            )
        } else {
            format!("systemctl stop {} || true", sh_quote(&self.unit(node)))
        }
    }

    pub(super) fn start_cmd(&self, node: &str) -> String {
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
        } else if self.runtime == "container" {
            // container.sh holds the run line (image, mounts): installed like any file, so a
            // new image is a changed file and a restart.
            format!("sh {}", self.path(CONTAINER_SCRIPT))
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
pub(super) fn alive(pid: &str, prefix: &str) -> String {
    format!(
        "{{ kill -0 {pid} 2>/dev/null && ! grep -qs ') Z' /proc/{pid}/stat && \
         [ \"$(readlink /proc/{pid}/cwd)\" = \"$(cd {dir} 2>/dev/null && pwd -P)\" ]; }}",
        dir = sh_quote(prefix)
    )
}

/// A path on the host for sh: `~/` stays unquoted (so the shell expands it to the login
/// user's home), the rest is quoted.
fn host_path(p: &str) -> String {
    match p.strip_prefix("~/") {
        Some(rest) => format!("~/{}", sh_quote(rest)),
        None => sh_quote(p),
    }
}

/// Adds `line` to the authorized keys file `file` unless a line there already holds `key` (its
/// type and base64, without a comment). The file and its directory are created owner-only.
pub(super) fn authorize_key_cmd(file: &str, key: &str, line: &str) -> String {
    format!(
        "umask 077; f={f}; mkdir -p \"$(dirname \"$f\")\" && touch \"$f\" && {{ grep -qF {k} \"$f\" || printf '%s\\n' {l} >> \"$f\"; }}",
        f = host_path(file),
        k = sh_quote(key),
        l = sh_quote(line)
    )
}

/// Removes every line of `file` that holds `key` (with its options or comment), rewriting the
/// file in place so its owner and mode stay.
pub(super) fn revoke_key_cmd(file: &str, key: &str) -> String {
    format!(
        "f={f}; [ -f \"$f\" ] || exit 0; umask 077; {{ grep -vF {k} \"$f\" || true; }} > \"$f.lavastack-new\" && cat \"$f.lavastack-new\" > \"$f\" && rm -f \"$f.lavastack-new\"",
        f = host_path(file),
        k = sh_quote(key)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_commands_quote_the_key_and_keep_the_file() {
        let key = "ssh-ed25519 AAAAC3Nza'C1lZDI1NTE5";
        let add = authorize_key_cmd("~/.ssh/authorized keys", key, &format!("{key} it's me"));
        assert!(
            add.contains("'ssh-ed25519 AAAAC3Nza'\\''C1lZDI1NTE5'"),
            "{add}"
        );
        assert!(add.contains("f=~/'.ssh/authorized keys';"), "{add}");
        assert!(add.contains("grep -qF") && add.contains(">> \"$f\""));
        assert!(add.starts_with("umask 077;"));
        assert!(
            authorize_key_cmd("/etc/ssh/keys/$(x)", key, key).contains("f='/etc/ssh/keys/$(x)';")
        );
        let rm = revoke_key_cmd("~/.ssh/authorized_keys", key);
        assert!(
            rm.contains("grep -vF 'ssh-ed25519 AAAAC3Nza'\\''C1lZDI1NTE5'"),
            "{rm}"
        );
        // Rewritten through cat, never moved over: owner and mode stay the file's own.
        assert!(rm.contains("cat \"$f.lavastack-new\" > \"$f\""), "{rm}");
    }

    fn place(runtime: &str, prefix: &str) -> Place {
        Place {
            stack: "prod".into(),
            host: "h".into(),
            port: 22,
            prefix: prefix.into(),
            runtime: runtime.into(),
            engine: "docker".into(),
            image: crate::model::container::DEFAULT_IMAGE.into(),
        }
    }

    /// What a real `sh` makes of a command: its stdout.
    fn sh(cmd: &str) -> String {
        let out = std::process::Command::new("sh")
            .args(["-c", cmd])
            .output()
            .expect("sh runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    #[test]
    fn quoted_values_reach_the_shell_unexpanded() {
        for hostile in [
            "plain",
            "it's",
            "'",
            "$(touch /tmp/lavastack-pwned)",
            "`id`",
            "a b\tc\nd",
            "$HOME ${PATH} *",
            "; rm -rf / #",
            "\\'\\\"",
            "",
        ] {
            assert_eq!(sh(&format!("printf %s {}", sh_quote(hostile))), hostile);
        }
        assert!(!std::path::Path::new("/tmp/lavastack-pwned").exists());
    }

    #[test]
    fn paths_units_and_runtimes() {
        let p = place("systemd", "/opt/lava link/it's/");
        assert_eq!(
            sh(&format!("printf %s {}", p.path("run.sh"))),
            "/opt/lava link/it's/run.sh"
        );
        // One unit per stack and node: two stacks on one host never share one.
        assert_eq!(p.unit("n1"), "lavalink-prod-n1.service");
        assert_eq!(
            p.start_cmd("n1"),
            "systemctl daemon-reload && systemctl enable 'lavalink-prod-n1.service' && systemctl restart 'lavalink-prod-n1.service'"
        );
        assert_eq!(
            p.stop_cmd("n1"),
            "systemctl stop 'lavalink-prod-n1.service' || true"
        );
        assert_eq!(
            p.running_cmd("n1"),
            "systemctl is-active --quiet 'lavalink-prod-n1.service'"
        );

        let p = place("process", "/srv/n1");
        let start = p.start_cmd("n1");
        assert!(
            start.contains("LAVASTACK_NODE='/srv/n1' setsid sh ./run.sh"),
            "{start}"
        );
        assert!(start.contains("> '/srv/n1/supervisor.pid'"), "{start}");
        // Stop signals only processes carrying this node's marker, CONT before waiting, and
        // KILLs what is left after 10 s.
        let stop = p.stop_cmd("n1");
        assert!(
            stop.contains("grep -qxzsF -- 'LAVASTACK_NODE=/srv/n1'"),
            "{stop}"
        );
        assert!(
            stop.contains("kill -CONT") && stop.contains("kill -KILL"),
            "{stop}"
        );
        // The running check is valid sh, and false where nothing of the node exists.
        let missing = place("process", "/nonexistent/lavastack-test");
        assert_eq!(
            sh(&format!(
                "{} && echo up || echo down",
                missing.running_cmd("x")
            )),
            "down\n"
        );
    }

    #[test]
    fn a_pid_is_ours_only_when_alive_and_in_the_prefix() {
        let dir = tempfile::tempdir().unwrap();
        let prefix = dir.path().to_string_lossy().into_owned();
        // This test's own shell runs elsewhere: alive, but not the node's.
        assert_eq!(
            sh(&format!(
                "{} && echo ours || echo not",
                alive("$$", &prefix)
            )),
            "not\n"
        );
        // A shell started in the prefix is.
        let cmd = format!(
            "cd {} && {} && echo ours || echo not",
            sh_quote(&prefix),
            alive("$$", &prefix)
        );
        assert_eq!(sh(&cmd), "ours\n");
        assert_eq!(
            sh(&format!(
                "{} && echo ours || echo not",
                alive("999999999", &prefix)
            )),
            "not\n"
        );
    }
}
