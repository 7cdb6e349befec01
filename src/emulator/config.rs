//! Emulator settings, read from a Lavalink `application.yml` so the very file lavastack
//! renders for a real node drives the emulator too. Flags override the file.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_yaml_ng::Value as Yaml;

#[derive(Debug, Clone)]
pub struct Config {
    pub address: IpAddr,
    pub port: u16,
    pub password: String,
    pub player_update_interval: Duration,
    pub stats_interval: Duration,
    pub metrics_enabled: bool,
    pub metrics_endpoint: String,
    /// The semver `/version` and `/v4/info` report.
    pub version: String,
    /// Separate listener for fault injection (it must keep answering while the node is frozen).
    pub admin: Option<SocketAddr>,
    pub node_name: Option<String>,
    /// The capacity model (docs/emulator.md); `None` reports the machine's real load.
    pub capacity: Option<Capacity>,
    /// Serve HTTPS/WSS with this certificate (chain) and key: Spring Boot's
    /// `server.ssl.certificate` and `server.ssl.certificate-private-key`.
    pub tls: Option<TlsFiles>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// A model of a node filling up, so saturation is visible without real audio: CPU grows with
/// playing players, REST slows as the node nears `players`, frames go missing past it. A model
/// for tests and load runs, never a claim about what real Lavalink does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Capacity {
    /// Playing players at 100% CPU.
    pub players: u64,
    /// Added to every REST answer at full capacity; scales with utilisation cubed.
    pub latency: Duration,
    /// Memory each player adds to `memory.used`.
    pub memory_per_player: u64,
}

impl Capacity {
    pub const BASE_CPU: f64 = 0.02;
    /// Utilisation cubed, capped at 4x capacity: the added delay is at most 64 x `latency`
    /// (and never over 10 s).
    pub fn delay(&self, playing: u64) -> Duration {
        let u = (playing as f64 / self.players.max(1) as f64).min(4.0);
        self.latency.mul_f64(u * u * u).min(Duration::from_secs(10))
    }
    /// (lavalinkLoad, systemLoad) for this many playing players.
    pub fn load(&self, playing: u64) -> (f64, f64) {
        let u = playing as f64 / self.players.max(1) as f64;
        let own = (u * (1.0 - Self::BASE_CPU)).min(1.0 - Self::BASE_CPU);
        (own, Self::BASE_CPU + own)
    }
    /// Frames missing per minute for `n` playing players of a node playing `playing`: none up
    /// to capacity, then the share the node cannot keep up with (50 frames a second each).
    pub fn deficit(&self, playing: u64, n: u64) -> u64 {
        let u = playing as f64 / self.players.max(1) as f64;
        if u <= 1.0 {
            0
        } else {
            (n as f64 * 3000.0 * (1.0 - 1.0 / u)).round() as u64
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            address: IpAddr::from([127, 0, 0, 1]),
            port: 2333,
            password: "youshallnotpass".into(),
            player_update_interval: Duration::from_secs(5),
            stats_interval: Duration::from_secs(60),
            metrics_enabled: false,
            metrics_endpoint: "/metrics".into(),
            version: crate::stack::DEFAULT_LAVALINK_VERSION.into(),
            admin: None,
            node_name: None,
            capacity: None,
            tls: None,
        }
    }
}

/// The protocol rules that differ between the Lavalink versions the emulator covers (4.0.0 to
/// 4.2.x; docs/emulator.md). The version `/version` reports picks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// 4.2.0 added `channelId` to the voice state: required in updates, always written.
    pub voice_channel_id: bool,
}

impl Rules {
    /// The rules of a Lavalink version; `None` outside 4.x (v3 is another protocol).
    pub fn for_version(version: &str) -> Option<Rules> {
        let core = version.split(['-', '+']).next().unwrap_or(version);
        let mut parts = core.split('.');
        let major: u32 = parts.next()?.parse().ok()?;
        let minor: u32 = parts.next()?.parse().ok()?;
        if major != 4 {
            return None;
        }
        Some(Rules {
            voice_channel_id: minor >= 2,
        })
    }
}

impl Config {
    /// The rules of the configured version (4.0 rules for one that is not 4.x, which
    /// [`Config::check`] refuses before the emulator starts).
    pub fn rules(&self) -> Rules {
        Rules::for_version(&self.version).unwrap_or(Rules {
            voice_channel_id: false,
        })
    }

    /// Refuses settings the emulator cannot honour.
    pub fn check(&self) -> Result<(), ConfigError> {
        if Rules::for_version(&self.version).is_none() {
            return Err(ConfigError::Version(self.version.clone()));
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("Lavalink version {0:?}: the emulator speaks Lavalink 4.x (4.0.0 to 4.2.x; 4.0.8 by default)")]
    Version(String),
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not valid YAML: {message}")]
    Yaml { path: PathBuf, message: String },
    #[error("{path}: {field}: {message}")]
    Field {
        path: PathBuf,
        field: &'static str,
        message: String,
    },
}

fn get<'a>(v: &'a Yaml, path: &[&str]) -> Option<&'a Yaml> {
    let mut cur = v;
    for k in path {
        cur = cur.get(*k)?;
    }
    Some(cur)
}

impl Config {
    /// Reads the fields of a Lavalink `application.yml` the emulator honours:
    /// `server.port`, `server.address`, `lavalink.server.password`,
    /// `lavalink.server.playerUpdateInterval`, `metrics.prometheus.enabled|endpoint`.
    pub fn from_application_yml(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_yaml_str(path, &text)
    }

    pub fn from_yaml_str(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let v: Yaml = serde_yaml_ng::from_str(text).map_err(|e| ConfigError::Yaml {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let field = |field: &'static str, message: String| ConfigError::Field {
            path: path.to_path_buf(),
            field,
            message,
        };
        if !v.is_mapping() {
            return Err(field(
                "(top level)",
                "expected a mapping of settings".into(),
            ));
        }
        let mut c = Config {
            // Lavalink binds every interface unless told otherwise.
            address: IpAddr::from([0, 0, 0, 0]),
            ..Config::default()
        };
        if let Some(p) = get(&v, &["server", "port"]) {
            c.port = p
                .as_u64()
                .and_then(|p| u16::try_from(p).ok())
                .ok_or_else(|| {
                    field(
                        "server.port",
                        format!("expected a port number, found {p:?}"),
                    )
                })?;
        }
        if let Some(ssl) = get(&v, &["server", "ssl"]) {
            let enabled = match ssl.get("enabled") {
                None => true,
                Some(Yaml::Bool(b)) => *b,
                Some(other) => {
                    return Err(field(
                        "server.ssl.enabled",
                        format!("expected true or false, found {other:?}"),
                    ))
                }
            };
            let file = |key: &'static str,
                        field_name: &'static str|
             -> Result<PathBuf, ConfigError> {
                match ssl.get(key) {
                    Some(Yaml::String(s)) if !s.is_empty() => {
                        let p = PathBuf::from(s.strip_prefix("file:").unwrap_or(s));
                        // Relative to the config file, as the node's working directory is.
                        Ok(match path.parent() {
                            Some(dir) if p.is_relative() => dir.join(p),
                            _ => p,
                        })
                    }
                    _ => Err(field(
                        field_name,
                        "expected the path of a PEM file (Spring Boot's PEM SSL settings; keystores are not read by the emulator)".into(),
                    )),
                }
            };
            if enabled {
                c.tls = Some(TlsFiles {
                    cert: file("certificate", "server.ssl.certificate")?,
                    key: file(
                        "certificate-private-key",
                        "server.ssl.certificate-private-key",
                    )?,
                });
            }
        }
        if let Some(a) = get(&v, &["server", "address"]) {
            let s = a
                .as_str()
                .ok_or_else(|| field("server.address", "expected an IP address".into()))?;
            c.address = s
                .parse()
                .map_err(|_| field("server.address", format!("\"{s}\" is not an IP address")))?;
        }
        match get(&v, &["lavalink", "server", "password"]) {
            Some(Yaml::String(s)) if !s.is_empty() => {
                c.password =
                    resolve_placeholders(s).map_err(|m| field("lavalink.server.password", m))?
            }
            Some(Yaml::Number(n)) => c.password = n.to_string(),
            Some(_) => {
                return Err(field(
                    "lavalink.server.password",
                    "must be a non-empty string".into(),
                ))
            }
            None => {
                return Err(field(
                    "lavalink.server.password",
                    "is missing; every Lavalink node needs a password".into(),
                ))
            }
        }
        if let Some(i) = get(&v, &["lavalink", "server", "playerUpdateInterval"]) {
            let secs = i.as_u64().filter(|s| *s > 0).ok_or_else(|| {
                field(
                    "lavalink.server.playerUpdateInterval",
                    "expected whole seconds > 0".into(),
                )
            })?;
            c.player_update_interval = Duration::from_secs(secs);
        }
        if let Some(e) = get(&v, &["metrics", "prometheus", "enabled"]) {
            c.metrics_enabled = e.as_bool().ok_or_else(|| {
                field(
                    "metrics.prometheus.enabled",
                    "expected true or false".into(),
                )
            })?;
        }
        if let Some(e) = get(&v, &["metrics", "prometheus", "endpoint"]) {
            let s = e.as_str().filter(|s| s.starts_with('/')).ok_or_else(|| {
                field(
                    "metrics.prometheus.endpoint",
                    "expected a path starting with /".into(),
                )
            })?;
            c.metrics_endpoint = s.to_string();
        }
        // Lavalink (Spring) ignores keys it does not know, so this section can sit in the
        // same file a real node reads.
        if let Some(cap) = get(&v, &["lavastack", "emulator", "capacity"]) {
            let num = |k: &'static str,
                       f: &'static str,
                       lo: u64,
                       hi: u64|
             -> Result<Option<u64>, ConfigError> {
                match cap.get(k) {
                    None => Ok(None),
                    Some(n) => n
                        .as_u64()
                        .filter(|n| (lo..=hi).contains(n))
                        .map(Some)
                        .ok_or_else(|| {
                            field(
                                f,
                                format!("expected a whole number from {lo} to {hi}, found {n:?}"),
                            )
                        }),
                }
            };
            let players = num(
                "players",
                "lavastack.emulator.capacity.players",
                1,
                10_000_000,
            )?
            .ok_or_else(|| {
                field(
                    "lavastack.emulator.capacity.players",
                    "is required with a capacity section".into(),
                )
            })?;
            c.capacity = Some(Capacity {
                players,
                latency: Duration::from_millis(
                    num(
                        "latency_ms",
                        "lavastack.emulator.capacity.latency_ms",
                        0,
                        10_000,
                    )?
                    .unwrap_or(100),
                ),
                memory_per_player: num(
                    "memory_per_player_kb",
                    "lavastack.emulator.capacity.memory_per_player_kb",
                    0,
                    1 << 20,
                )?
                .unwrap_or(300)
                    * 1024,
            });
        }
        Ok(c)
    }
}

/// Spring-style `${NAME}` / `${NAME:default}` placeholders, resolved from the environment,
/// so the same application.yml works for Lavalink and the emulator.
fn resolve_placeholders(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find('}')
            .ok_or_else(|| format!("unclosed placeholder in \"{s}\""))?;
        let inner = &after[..end];
        let (name, default) = match inner.split_once(':') {
            Some((n, d)) => (n, Some(d)),
            None => (inner, None),
        };
        match (std::env::var(name), default) {
            (Ok(v), _) => out.push_str(&v),
            (Err(_), Some(d)) => out.push_str(d),
            (Err(_), None) => {
                return Err(format!(
                    "the placeholder ${{{name}}} needs the environment variable {name}, which is not set"
                ))
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_capacity_model_fills_up_as_documented() {
        let y = "lavalink:\n  server:\n    password: pw\nlavastack:\n  emulator:\n    capacity:\n      players: 100\n      latency_ms: 80\n";
        let c = Config::from_yaml_str(Path::new("a.yml"), y).unwrap();
        let cap = c.capacity.unwrap();
        assert_eq!(cap.players, 100);
        assert_eq!(cap.memory_per_player, 300 * 1024);
        assert_eq!(cap.delay(0), Duration::ZERO);
        assert_eq!(cap.delay(50), Duration::from_millis(10));
        assert_eq!(cap.delay(100), Duration::from_millis(80));
        assert_eq!(cap.delay(u64::MAX), Duration::from_millis(80 * 64));
        let (own, sys) = cap.load(50);
        assert!((own - 0.49).abs() < 1e-9 && (sys - 0.51).abs() < 1e-9);
        assert_eq!(cap.load(1000).1, 1.0);
        assert_eq!(cap.deficit(100, 10), 0);
        assert_eq!(cap.deficit(200, 10), 15_000);
        for bad in [
            "players: 0",
            "players: -3",
            "latency_ms: 5",
            "players: 10\n      latency_ms: 99999",
        ] {
            let y = format!("lavalink:\n  server:\n    password: pw\nlavastack:\n  emulator:\n    capacity:\n      {bad}\n");
            let e = Config::from_yaml_str(Path::new("a.yml"), &y)
                .unwrap_err()
                .to_string();
            assert!(e.contains("lavastack.emulator.capacity."), "{bad}: {e}");
        }
    }

    #[test]
    fn reads_lavalink_fields() {
        let y = "server:\n  port: 4000\n  address: 127.0.0.1\nlavalink:\n  server:\n    password: pw\n    playerUpdateInterval: 2\nmetrics:\n  prometheus:\n    enabled: true\n    endpoint: /m\n";
        let c = Config::from_yaml_str(Path::new("a.yml"), y).unwrap();
        assert_eq!(c.port, 4000);
        assert_eq!(c.password, "pw");
        assert_eq!(c.player_update_interval, Duration::from_secs(2));
        assert!(c.metrics_enabled);
        assert_eq!(c.metrics_endpoint, "/m");
    }

    #[test]
    fn resolves_spring_placeholders() {
        std::env::set_var("LAVASTACK_TEST_PW_X", "from-env");
        let y = "lavalink:\n  server:\n    password: \"${LAVASTACK_TEST_PW_X}\"\n";
        let c = Config::from_yaml_str(Path::new("a.yml"), y).unwrap();
        assert_eq!(c.password, "from-env");
        let y = "lavalink:\n  server:\n    password: \"${LAVASTACK_TEST_UNSET_Y:fallback}\"\n";
        assert_eq!(
            Config::from_yaml_str(Path::new("a.yml"), y)
                .unwrap()
                .password,
            "fallback"
        );
        let y = "lavalink:\n  server:\n    password: \"${LAVASTACK_TEST_UNSET_Y}\"\n";
        let e = Config::from_yaml_str(Path::new("a.yml"), y).unwrap_err();
        assert!(e.to_string().contains("LAVASTACK_TEST_UNSET_Y"), "{e}");
    }

    #[test]
    fn rejects_broken_files() {
        let p = Path::new("a.yml");
        let e = Config::from_yaml_str(p, "server: [port: 1").unwrap_err();
        assert!(e.to_string().contains("not valid YAML"), "{e}");
        let e = Config::from_yaml_str(
            p,
            "server:\n  port: nope\nlavalink: {server: {password: x}}",
        )
        .unwrap_err();
        assert!(e.to_string().contains("server.port"), "{e}");
        let e = Config::from_yaml_str(p, "server:\n  port: 1\n").unwrap_err();
        assert!(e.to_string().contains("lavalink.server.password"), "{e}");
    }
}
