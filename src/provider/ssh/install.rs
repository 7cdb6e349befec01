//! Installing a node over SSH: which files it needs (config, env, run script or unit, jar),
//! uploading only those whose hash differs from the manifest, and waiting until it is healthy.

use super::commands::{sh_quote, Place};
use super::transport::Conn;
use super::*;

/// A file to install: name under the prefix (or an absolute path), content, mode.
/// Where a TLS node's certificate and key land in its prefix (the key owner-only).
const TLS_CERT: &str = "tls-cert.pem";
const TLS_KEY: &str = "tls-key.pem";
/// The loader checks these files at 1 MiB already; the same bound where they are read again.
const TLS_FILE_MAX: u64 = 1 << 20;

/// Files holding a secret (the password, the TLS key): never shown outside the host.
pub(super) fn is_secret(name: &str) -> bool {
    name == ENV_FILE || name == TLS_KEY
}

pub(super) struct File {
    pub(super) name: String,
    pub(super) content: Vec<u8>,
    pub(super) mode: u32,
}

impl SshProvider {
    /// Everything a node's prefix should hold, by name.
    pub(super) fn files(
        &self,
        n: &DesiredNode,
        password: Option<&Secret>,
        place: &Place,
    ) -> Result<Vec<File>, String> {
        let mut extra =
            json!({"prefix": place.prefix, "env_file": format!("{}/lavalink.env", place.prefix)});
        // A TLS node's certificate and key travel with its other files; its application.yml
        // names them where they land on the host.
        let tls = crate::model::NodeTls::from_settings(|k| n.settings.get(k).cloned());
        let on_host = |f: &str| format!("{}/{f}", place.prefix.trim_end_matches('/'));
        if tls.is_some() {
            extra["tls_files"] = json!({"cert": on_host(TLS_CERT), "key": on_host(TLS_KEY)});
        }
        let r = crate::render::Renderer::for_stack(&self.stack)
            .and_then(|r| r.node_files(&self.stack, n, self.bind.as_deref(), &extra))
            .map_err(|e| format!("rendering: {e}"))?;
        let pw = password.map(|p| p.expose()).unwrap_or_default();
        let env = if place.runtime == "process" {
            format!("LAVALINK_SERVER_PASSWORD={}\n", sh_quote(pw))
        } else if place.runtime == "container" {
            // The engine's --env-file: the value literal, no quoting.
            crate::model::container::env_file(pw)?
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
        if let Some((cert, key)) = tls.as_ref().and_then(|t| t.files()) {
            for (name, path, mode) in [(TLS_CERT, cert, 0o644), (TLS_KEY, key, 0o600)] {
                let content = crate::files::read_regular(path, TLS_FILE_MAX)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                files.push(File {
                    name: name.into(),
                    content,
                    mode,
                });
            }
        }
        if place.runtime == "container" {
            let mounts = if tls.is_some() {
                vec![on_host(TLS_CERT), on_host(TLS_KEY)]
            } else {
                vec![]
            };
            let spec = place.container(&n.name, mounts);
            let script = format!(
                "#!/bin/sh\n# Installed by lavastack for node {name}: (re)creates its container.\n\
                 {remove} >/dev/null 2>&1\nexec {run}\n",
                name = n.name,
                remove = super::commands::sh_words(&spec.remove()),
                run = super::commands::sh_words(&spec.run()),
            );
            files.push(File {
                name: CONTAINER_SCRIPT.into(),
                content: script.into_bytes(),
                mode: 0o755,
            });
        } else if place.runtime == "process" {
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
    pub(super) fn recorded_hash(&self, node: &str, f: &File) -> String {
        if f.name == ENV_FILE {
            let mut salted = self.env_salt(node).into_bytes();
            salted.extend_from_slice(&f.content);
            sha256_hex(&salted)
        } else {
            sha256_hex(&f.content)
        }
    }

    pub(super) fn env_salt(&self, node: &str) -> String {
        format!("lavastack:{}:{node}:", self.stack.name)
    }

    /// A shell line printing "<hash>  <path>" for a recorded file, as `sha256sum` does, using
    /// the same (salted for the password file) hash as [`Self::recorded_hash`].
    pub(super) fn hash_cmd(&self, place: &Place, node: &str, name: &str) -> String {
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

    pub(super) fn remote_path(place: &Place, f: &str) -> String {
        if f.starts_with('/') {
            sh_quote(f)
        } else {
            place.path(f)
        }
    }

    /// Installs what differs and (re)starts when needed. Returns the recorded facts.
    pub(super) async fn install(
        &self,
        n: &DesiredNode,
        password: Option<&Secret>,
        token: &str,
    ) -> Result<Created, ProviderError> {
        let _slot = self.slots.acquire().await;
        let place = Place::of_desired(&self.stack.name, n);
        let e = |m: String| ProviderError::new(&n.name, m);
        let files = self.files(n, password, &place).map_err(e)?;
        let conn = self
            .connect(&place)
            .await
            .map_err(|c| e(c.message).with_kind_of(c.kind))?;
        let result = self.install_on(&conn, n, &place, &files, token).await;
        conn.close().await;
        result.map_err(e)
    }

    pub(super) async fn install_on(
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
            let mut stop = old.stop_cmd(&n.name);
            // Disabled too, or the old unit starts again at the next boot beside the new one.
            if old.runtime == "systemd" {
                stop.push_str(&format!(
                    " ; systemctl disable {} 2>/dev/null; true",
                    sh_quote(&old.unit(&n.name))
                ));
            }
            conn.check("stopping the node's old runtime", &stop, None)
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
        // The image carries Lavalink: no jar for a container.
        let jar_changed = if place.runtime == "container" {
            false
        } else {
            self.install_jar(conn, place, &mut hashes).await?
        };
        let running = conn.run(&place.running_cmd(&n.name), None).await?.code == 0;
        let version = &n.lavalink_version;
        // A Value's alternate Display is its pretty JSON and cannot fail.
        let manifest = format!(
            "{:#}",
            json!({
                "stack": self.stack.name, "node": n.name, "lavalink_version": version,
                "runtime": place.runtime, "token": token, "files": hashes,
            })
        )
        .into_bytes();
        if !changed.is_empty() || jar_changed || !running || force_restart {
            tracing::info!(node = %n.name, changed = ?changed, running, force_restart, "restarting");
            if place.runtime == "container" {
                // The image first, while the old container still serves: a typo in a digest
                // or a registry refusing the pull leaves the node as it was.
                conn.check(
                    "pulling the image",
                    &format!(
                        "{} >/dev/null",
                        super::commands::sh_words(&[
                            place.engine.clone(),
                            "pull".into(),
                            place.image.clone()
                        ])
                    ),
                    None,
                )
                .await?;
                // The image runs Lavalink as uid 322: the key it is handed must be readable
                // by that group, and by nobody else.
                conn.check(
                    "letting the container read the TLS key",
                    &format!(
                        "[ ! -f {key} ] || {{ g=\"$(getent group {gid} | cut -d: -f1)\"; \
                         if [ -n \"$g\" ] && [ \"$g\" != lavalink ]; then echo \"gid {gid} (the image's Lavalink user) is the group $g on this host: its members would read the TLS key\" >&2; exit 1; fi; \
                         chgrp {gid} {key} && chmod 0640 {key}; }}",
                        key = place.path(TLS_KEY),
                        gid = crate::model::container::IMAGE_UID,
                    ),
                    None,
                )
                .await?;
            } else if place.runtime == "systemd" {
                // The unit runs as `lavalink`, which writes its logs into the prefix.
                conn.check(
                    "creating the lavalink user",
                    &format!(
                        "id -u lavalink >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin lavalink; chown lavalink {}; [ ! -f {key} ] || chown lavalink {key}",
                        sh_quote(&place.prefix),
                        key = place.path(TLS_KEY),
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
    pub(super) async fn install_jar(
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
            (None, None) => return Ok(false),
        }
        Ok(true)
    }

    pub(super) async fn wait(
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
            crate::model::NodeTls::from_settings(|k| n.settings.get(k).cloned()).as_ref(),
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
            .with_kind_of(e.kind)
            .with_partial(created.clone())
        })?;
        Ok(created)
    }
}
