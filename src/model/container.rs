//! The `container` runtime of `ssh` and `local` hosts: a node is the official Lavalink image
//! run by a Docker-compatible engine (`docker`, `podman`), its rendered `application.yml`
//! mounted where the image reads it, its password from an env file, on the host's network so
//! it listens where the stack says (as in the rendered `compose.yaml`). Pure: the engine's
//! command lines are built here and unit-tested; the providers run them.

/// The image when the stack names none.
pub const DEFAULT_IMAGE: &str = "ghcr.io/lavalink-devs/lavalink:4";
/// Where the official image reads its configuration (its working directory).
pub const CONFIG_IN_IMAGE: &str = "/opt/Lavalink/application.yml";
/// The official image runs Lavalink as this uid (group too): a mounted TLS key must be
/// readable by it.
pub const IMAGE_UID: u32 = 322;
pub const DEFAULT_ENGINE: &str = "docker";

/// The container's name on its host: per stack and node, as the systemd unit is.
pub fn name(stack: &str, node: &str) -> String {
    format!("lavalink-{stack}-{node}")
}

/// `image`, pinned by `digest` (`sha256:<64 hex>`) when given.
pub fn image_ref(image: Option<&str>, digest: Option<&str>) -> String {
    let image = image.unwrap_or(DEFAULT_IMAGE);
    match digest {
        Some(d) => format!("{}@{d}", image.split('@').next().unwrap_or(image)),
        None => image.to_string(),
    }
}

/// Why `digest` is not an image digest, if it is not.
pub fn check_digest(digest: &str) -> Result<(), String> {
    match digest.strip_prefix("sha256:") {
        Some(hex) if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) => Ok(()),
        _ => Err(format!(
            "\"{digest}\" is not an image digest: write sha256: and 64 hex digits (`docker buildx imagetools inspect IMAGE` prints it)"
        )),
    }
}

/// Why `image` cannot be an image reference, if it cannot: the engine parses it, but a
/// space, a quote or a leading dash would make it something else on a command line.
pub fn check_image(image: &str) -> Result<(), String> {
    let ok = !image.is_empty()
        && image.len() <= 255
        && !image.starts_with('-')
        && image
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"./:_-@".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "\"{image}\" is not an image reference (e.g. ghcr.io/lavalink-devs/lavalink:4)"
        ))
    }
}

/// The env file the engine reads (`--env-file`): one `KEY=value` line, the value literal (the
/// engine does no quoting), so a value with a line break cannot be written.
pub fn env_file(password: &str) -> Result<String, String> {
    if password.contains(['\n', '\r', '\0']) {
        return Err(
            "the password holds a line break or NUL, which an env file cannot carry".into(),
        );
    }
    Ok(format!("LAVALINK_SERVER_PASSWORD={password}\n"))
}

/// One node's container.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    pub engine: String,
    pub name: String,
    pub image: String,
    /// The node's `application.yml` on the host.
    pub config: String,
    /// Its env file on the host.
    pub env_file: String,
    /// Host files the configuration names (a TLS certificate and key), mounted read-only at
    /// the same path.
    pub mounts: Vec<String>,
    pub stack: String,
    pub node: String,
}

impl Spec {
    /// `ENGINE run`: detached, restarted by the engine unless stopped, host network.
    pub fn run(&self) -> Vec<String> {
        let mut v: Vec<String> = [
            self.engine.as_str(),
            "run",
            "--detach",
            "--name",
            &self.name,
            "--restart",
            "unless-stopped",
            "--network",
            "host",
            "--env-file",
            &self.env_file,
            "--volume",
            &format!("{}:{CONFIG_IN_IMAGE}:ro", self.config),
            "--label",
            &format!("lavastack.stack={}", self.stack),
            "--label",
            &format!("lavastack.node={}", self.node),
        ]
        .map(str::to_string)
        .to_vec();
        for m in &self.mounts {
            v.extend(["--volume".to_string(), format!("{m}:{m}:ro")]);
        }
        v.push(self.image.clone());
        v
    }

    /// Removes the container, running or not (its logs go with it; the files stay).
    pub fn remove(&self) -> Vec<String> {
        vec![
            self.engine.clone(),
            "rm".into(),
            "--force".into(),
            self.name.clone(),
        ]
    }

    /// Prints `<running> <paused>` (`true false` for a node that serves).
    pub fn inspect(&self) -> Vec<String> {
        self.inspect_format("{{.State.Running}} {{.State.Paused}}")
    }

    /// Prints the container's main process id on the host (0 when it is not running).
    pub fn main_pid(&self) -> Vec<String> {
        self.inspect_format("{{.State.Pid}}")
    }

    fn inspect_format(&self, format: &str) -> Vec<String> {
        vec![
            self.engine.clone(),
            "inspect".into(),
            "--format".into(),
            format.into(),
            self.name.clone(),
        ]
    }

    /// A drill's freeze and thaw: the engine's pause, which freezes the whole cgroup as
    /// SIGSTOP freezes a process. A kill is not the engine's `kill`: a container stopped that
    /// way counts as stopped by hand and `unless-stopped` leaves it down; SIGKILL to its main
    /// process ([`Spec::main_pid`]) is a crash, which the engine restarts as systemd would.
    pub fn pause(&self, freeze: bool) -> Vec<String> {
        vec![
            self.engine.clone(),
            if freeze { "pause" } else { "unpause" }.into(),
            self.name.clone(),
        ]
    }
}

/// Whether an `inspect` answer means the node serves.
pub fn serving(inspect_stdout: &str) -> bool {
    inspect_stdout.trim() == "true false"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Spec {
        Spec {
            engine: "podman".into(),
            name: name("prod", "eu-1"),
            image: image_ref(None, None),
            config: "/opt/lavalink/application.yml".into(),
            env_file: "/opt/lavalink/lavalink.env".into(),
            mounts: vec!["/opt/lavalink/tls-key.pem".into()],
            stack: "prod".into(),
            node: "eu-1".into(),
        }
    }

    #[test]
    fn the_run_line_mounts_the_config_and_names_the_node() {
        let run = spec().run();
        assert_eq!(run[0], "podman");
        let joined = run.join(" ");
        assert!(joined.contains("--name lavalink-prod-eu-1"));
        assert!(joined
            .contains("--volume /opt/lavalink/application.yml:/opt/Lavalink/application.yml:ro"));
        assert!(joined.contains("--volume /opt/lavalink/tls-key.pem:/opt/lavalink/tls-key.pem:ro"));
        assert!(joined.contains("--env-file /opt/lavalink/lavalink.env"));
        assert!(joined.contains("--network host"));
        assert!(joined.contains("--label lavastack.node=eu-1"));
        assert_eq!(run.last().map(String::as_str), Some(DEFAULT_IMAGE));
        assert_eq!(spec().pause(true)[1], "pause");
        assert_eq!(spec().main_pid()[3], "{{.State.Pid}}");
        assert!(serving("true false\n") && !serving("true true") && !serving(""));
    }

    #[test]
    fn images_digests_and_env_files_are_checked() {
        let d = format!("sha256:{}", "ab".repeat(32));
        assert_eq!(
            image_ref(Some("ghcr.io/lavalink-devs/lavalink:4"), Some(&d)),
            format!("ghcr.io/lavalink-devs/lavalink:4@{d}")
        );
        assert!(check_digest(&d).is_ok());
        assert!(check_digest("sha256:abc").is_err());
        assert!(check_digest("md5:00").is_err());
        assert!(check_image("ghcr.io/lavalink-devs/lavalink:4-alpine").is_ok());
        for bad in ["", "-v/:/x", "img name", "a'b", "x\ny"] {
            assert!(check_image(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            env_file("p@ss w'rd").unwrap(),
            "LAVALINK_SERVER_PASSWORD=p@ss w'rd\n"
        );
        assert!(env_file("a\nB=c").is_err());
    }
}
