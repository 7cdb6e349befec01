//! The stack language: what the operator wants (the desired cluster).
//!
//! Entry point: [`load`] reads one HCL file, evaluates every expression (`var.x`, `local.x`,
//! `env()`, `file()`, interpolation) and validates the result into a [`Stack`], or returns every
//! problem found as [`Diagnostics`](crate::diag::Diagnostics) with file:line:column spans.
//! Pools are expanded into concrete nodes by the planner (`crate::plan`), not here, because
//! placement depends on the recorded state.

pub mod edit;
mod eval;
pub use eval::read_secret_file;
pub mod fmt;
mod load;
pub mod schema;
mod settings;

pub use settings::{node_settings, node_tags};

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::ops::Range;
use std::path::PathBuf;
use std::time::Duration;

use crate::diag::SourceFile;
pub use load::{load, load_str, LoadOptions, MAX_DURATION, MIN_DURATION};

pub const DEFAULT_LAVALINK_VERSION: &str = "4.0.8";

/// The environment variables a process lavastack starts must not inherit: every stack
/// variable given through the environment (`LAVASTACK_VAR_<name>`, sensitive or not, since the
/// environment does not say which), plus `also` (e.g. cloud credentials a node never needs).
pub fn scrubbed_env(also: &[&str]) -> Vec<std::ffi::OsString> {
    std::env::vars_os()
        .map(|(k, _)| k)
        .filter(|k| {
            k.to_str()
                .is_some_and(|k| k.starts_with("LAVASTACK_VAR_") || also.contains(&k))
        })
        .collect()
}
pub use crate::model::DEFAULT_LAVALINK_PORT;
pub const DEFAULT_STATE_PATH: &str = ".lavastack/state.json";

/// A value that must never be written to state, plans or logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// The stand-in plans and state record in place of the password, so a changed password
    /// still shows up as a change; keyed, so it tests no guess (see [`crate::model::FingerprintKey`]).
    pub fn fingerprint(&self, key: &crate::model::FingerprintKey) -> String {
        key.fingerprint(self.0.as_bytes())
    }

    /// The unkeyed fingerprint earlier builds recorded: used only to recognise an unchanged
    /// password in an old state so it can be re-recorded keyed (see `ops::Session::open`).
    pub fn unkeyed_fingerprint(&self, stack: &str) -> String {
        use sha2::Digest;
        let mut h = sha2::Sha256::new();
        h.update(b"lavastack-secret:");
        h.update(stack.as_bytes());
        h.update(b":");
        h.update(self.0.as_bytes());
        format!("sha256:{}", &hex::encode(h.finalize())[..16])
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

/// Replaces every known secret value in text that is about to leave the process.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    secrets: Vec<Secret>,
}

/// Below this length a secret is hidden only where it stands as a whole token: a password
/// `lava` must not turn `lavalink` into `(sensitive)link`, and a longer one never matches an
/// ordinary word by accident.
const WHOLE_TOKEN_BELOW: usize = 8;

impl Redactor {
    pub fn add(&mut self, s: &Secret) {
        if !s.0.is_empty() && !self.secrets.contains(s) {
            self.secrets.push(s.clone());
            // Longest first, so a secret that contains another is hidden whole.
            self.secrets.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        }
    }

    /// Hides every secret behind `*`s of the same byte length (newlines kept), so offsets and
    /// lines into the text stay true: for the source a diagnostic quotes.
    pub fn mask(&self, text: &str) -> String {
        let mut out = text.to_string();
        for s in &self.secrets {
            if out.contains(&s.0) {
                let stars: String =
                    s.0.chars()
                        .map(|c| {
                            if c == '\n' {
                                "\n".to_string()
                            } else {
                                "*".repeat(c.len_utf8())
                            }
                        })
                        .collect();
                out = out.replace(&s.0, &stars);
            }
        }
        out
    }

    pub fn redact(&self, text: &str) -> String {
        let mut out = text.to_string();
        for s in &self.secrets {
            if !out.contains(&s.0) {
                continue;
            }
            out = if s.0.len() >= WHOLE_TOKEN_BELOW {
                out.replace(&s.0, REDACTED)
            } else {
                replace_tokens(&out, &s.0)
            };
        }
        out
    }
}

const REDACTED: &str = "(sensitive)";

/// Replaces `secret` where it is not glued to a word character on a side where the secret
/// itself has one (a regex `\b` at each end). Every start position is tried, so a match that
/// overlaps a refused one is still found.
fn replace_tokens(text: &str, secret: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let starts_word = secret.chars().next().is_some_and(word);
    let ends_word = secret.chars().next_back().is_some_and(word);
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut from) = (0, 0);
    while let Some(found) = text[from..].find(secret) {
        let at = from + found;
        let end = at + secret.len();
        let glued_before = starts_word && text[..at].chars().next_back().is_some_and(word);
        let glued_after = ends_word && text[end..].chars().next().is_some_and(word);
        if glued_before || glued_after {
            from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        } else {
            out.push_str(&text[copied..at]);
            out.push_str(REDACTED);
            copied = end;
            from = end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redactor(secrets: &[&str]) -> Redactor {
        let mut r = Redactor::default();
        for s in secrets {
            r.add(&Secret::new((*s).to_string()));
        }
        r
    }

    #[test]
    fn long_secrets_are_hidden_anywhere() {
        let r = redactor(&["youshallnotpass"]);
        assert_eq!(
            r.redact("Authorization: youshallnotpass, xyoushallnotpassx"),
            "Authorization: (sensitive), x(sensitive)x"
        );
    }

    #[test]
    fn short_secrets_are_hidden_as_whole_tokens_only() {
        let r = redactor(&["lava"]);
        assert_eq!(
            r.redact("password: \"lava\" for lavalink at http://u:lava@h, lava_1 1lava lava"),
            "password: \"(sensitive)\" for lavalink at http://u:(sensitive)@h, lava_1 1lava (sensitive)"
        );
        // Very short values are hidden too (they used to be skipped, and so leaked).
        assert_eq!(
            redactor(&["ab"]).redact("ab cab ab."),
            "(sensitive) cab (sensitive)."
        );
    }

    #[test]
    fn a_match_overlapping_a_refused_one_is_still_found() {
        // "za.a.a": the match at 1 is glued to "z", the one at 3 stands alone.
        assert_eq!(redactor(&["a.a"]).redact("za.a.a"), "za.(sensitive)");
        assert_eq!(redactor(&["aXa"]).redact("aXaXa zaXaXa"), "aXaXa zaXaXa");
        // A secret with no word character at an edge has no boundary there.
        assert_eq!(redactor(&["!!"]).redact("a!!b"), "a(sensitive)b");
    }

    #[test]
    fn the_longer_of_two_nested_secrets_is_hidden_whole() {
        let r = redactor(&["pass", "pass-phrase-long"]);
        assert_eq!(r.redact("pass-phrase-long pass"), "(sensitive) (sensitive)");
    }
}

#[derive(Debug, Clone)]
pub struct Stack {
    pub name: String,
    pub source: SourceFile,
    /// Directory of the stack file; relative paths in the stack resolve against it.
    pub dir: PathBuf,
    pub lavalink_version: String,
    pub password: Option<Secret>,
    /// The `secret()` source the password came from (`file:` paths absolute), if it did.
    pub password_source: Option<String>,
    pub state: StateConfig,
    pub providers: BTreeMap<String, ProviderConfig>,
    pub regions: BTreeMap<String, Region>,
    pub nodes: BTreeMap<String, NodeSpec>,
    pub pools: BTreeMap<String, Pool>,
    pub policies: BTreeMap<String, PolicyConfig>,
    pub router: RouterConfig,
    pub slo: SloConfig,
    pub monitoring: MonitoringConfig,
    /// Where alerts go (`receiver` blocks), in file order.
    pub receivers: Vec<Receiver>,
    pub outputs: BTreeMap<String, OutputConfig>,
    /// Planned maintenance: listed nodes count as `maintenance = true` between `from` and `to`.
    pub maintenance: Vec<MaintenanceWindow>,
    /// The `tls` block: every node's defaults.
    pub tls: Option<TlsSpec>,
    /// SHA-256 of every certificate file the TLS settings name, read where the stack is
    /// loaded: a node's settings carry its certificate's, so a renewal at the same path is a
    /// change the plan shows (the planner reads no file).
    pub tls_cert_digests: BTreeMap<PathBuf, String>,
    /// The `edge` block: TLS the rendered HAProxy terminates for bots.
    pub edge: Option<EdgeConfig>,
    pub redactor: Redactor,
    /// Problems that do not stop anything, to show the operator.
    pub warnings: crate::diag::Diagnostics,
}

/// TLS at the edge: the rendered HAProxy terminates it on the shared and per-node frontends
/// (plain HTTP is not bound) and, with a domain, on one more frontend at `port` that routes
/// `<node>.<domain>` to that node and `<domain>` to the stateless routes.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeConfig {
    /// PEM certificate chain.
    pub cert: PathBuf,
    /// The key: inside `cert`, or `<cert>.key` next to it (where HAProxy looks for it).
    pub key: PathBuf,
    /// What lavastack's own clients (`load --edge`) verify the edge against: the block's
    /// `ca`, else the `tls` block's.
    pub ca: Option<PathBuf>,
    pub domain: Option<String>,
    pub port: u16,
}

/// lavalink-client accepts a secure node only on 443, so that is where the routing frontend
/// listens unless told otherwise.
pub const DEFAULT_EDGE_PORT: u16 = 443;

#[derive(Debug, Clone)]
pub struct MaintenanceWindow {
    pub name: String,
    pub nodes: Vec<String>,
    pub from: std::time::SystemTime,
    pub to: std::time::SystemTime,
}

impl Stack {
    /// A node's TLS, merged node over region over stack; `None` when TLS is off for it. The
    /// loader has checked that an enabled node has a certificate, a key and (unless verify is
    /// off) a CA.
    pub fn node_tls(&self, node: &str, region: &str) -> Option<crate::model::NodeTls> {
        let t = self.tls_spec(node, region)?;
        // A static node serves its own certificate: lavastack only checks it, against `ca`.
        let serves_own = self
            .regions
            .get(region)
            .and_then(|r| self.providers.get(&r.provider))
            .is_some_and(|p| p.kind == crate::model::ProviderKind::Static);
        let (cert, key) = if serves_own {
            (None, None)
        } else {
            (Some(t.cert?), Some(t.key?))
        };
        Some(crate::model::NodeTls {
            cert,
            key,
            ca: t.ca,
            verify: t.verify.unwrap_or(true),
        })
    }

    /// A node's TLS keys as merged, `None` when TLS is off for it (whether or not the keys
    /// it needs are set: the loader says which are missing).
    pub fn tls_spec(&self, node: &str, region: &str) -> Option<TlsSpec> {
        let none = TlsSpec::default();
        let stack = self.tls.as_ref().unwrap_or(&none);
        let region = self
            .regions
            .get(region)
            .and_then(|r| r.tls.as_ref())
            .unwrap_or(&none);
        let node = self
            .nodes
            .get(node)
            .and_then(|n| n.tls.as_ref())
            .unwrap_or(&none);
        let t = node.over(&region.over(stack));
        if self.tls.is_none() && t == TlsSpec::default() {
            return None;
        }
        if !t.enabled.unwrap_or(true) {
            return None;
        }
        Some(t)
    }

    /// The host clients name a node by, where the stack knows it before apply: its `host` for
    /// static and ssh nodes, the local provider's `bind` (127.0.0.1 by default); `None` for an
    /// aws node, whose address comes with apply. Certificates must cover it.
    pub fn client_host(&self, node: &NodeSpec) -> Option<String> {
        let provider = self
            .regions
            .get(&node.region)
            .and_then(|r| self.providers.get(&r.provider))?;
        match provider.kind.as_str() {
            "static" | "ssh" => node.host.clone(),
            "local" => Some(provider.str_attr("bind").unwrap_or("127.0.0.1").to_string()),
            _ => None,
        }
    }

    /// The Lavalink password a node runs with: its own, or the stack's.
    /// The traffic steps that hold `node` (its own, or its pool's) and the key its current
    /// step is recorded under in state (`node.NAME` or `pool.NAME`).
    pub fn traffic_for(
        &self,
        node: &str,
        pool: Option<&str>,
    ) -> Option<(String, &crate::model::cohort::Traffic)> {
        if let Some(t) = self.nodes.get(node).and_then(|n| n.traffic.as_ref()) {
            return Some((format!("node.{node}"), t));
        }
        let p = pool?;
        self.pools
            .get(p)
            .and_then(|x| x.traffic.as_ref())
            .map(|t| (format!("pool.{p}"), t))
    }

    pub fn password_for(&self, node: &str) -> Option<&Secret> {
        self.nodes
            .get(node)
            .and_then(|n| n.password.as_ref())
            .or(self.password.as_ref())
    }

    /// Whether a maintenance window covers `node` at `now`.
    pub fn in_window(&self, node: &str, now: std::time::SystemTime) -> bool {
        self.maintenance
            .iter()
            .any(|w| w.from <= now && now < w.to && w.nodes.iter().any(|n| n == node))
    }

    pub fn resolve_path(&self, p: &str) -> PathBuf {
        eval::resolve_path(&self.dir, p)
    }
}

/// `p` resolved against `base` (`~/` is the home directory, absolute paths stay).
pub fn resolve_under(base: &std::path::Path, p: &str) -> PathBuf {
    eval::resolve_path(base, p)
}

#[derive(Debug, Clone, PartialEq)]
pub enum StateConfig {
    Local {
        path: PathBuf,
    },
    S3 {
        bucket: String,
        key: String,
        region: Option<String>,
        endpoint: Option<String>,
    },
}

#[derive(Debug, Clone)]
pub struct ProviderConfig {
    /// `type.name`, the address regions use to refer to it.
    pub address: String,
    pub kind: crate::model::ProviderKind,
    pub name: String,
    /// Evaluated attributes, checked against `schema::provider_attrs(kind)`.
    pub attrs: BTreeMap<String, serde_json::Value>,
    pub span: Option<Range<usize>>,
}

impl ProviderConfig {
    pub fn str_attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).and_then(|v| v.as_str())
    }
    pub fn bool_attr(&self, name: &str) -> Option<bool> {
        self.attrs.get(name).and_then(|v| v.as_bool())
    }
    pub fn list_attr(&self, name: &str) -> Vec<String> {
        self.attrs
            .get(name)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
    pub fn map_attr(&self, name: &str) -> BTreeMap<String, String> {
        self.attrs
            .get(name)
            .and_then(|v| v.as_object())
            .map(|o| {
                o.iter()
                    .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_string())))
                    .collect()
            })
            .unwrap_or_default()
    }
    pub fn int_attr(&self, name: &str) -> Option<i64> {
        self.attrs.get(name).and_then(|v| v.as_i64())
    }
    pub fn duration_attr(&self, name: &str) -> Option<Duration> {
        self.str_attr(name)
            .and_then(|s| humantime::parse_duration(s).ok())
    }
}

#[derive(Debug, Clone)]
pub struct Region {
    pub name: String,
    pub provider: String,
    pub primary: bool,
    pub zones: Vec<String>,
    pub capacity: Option<u32>,
    pub tls: Option<TlsSpec>,
    pub span: Option<Range<usize>>,
}

/// TLS keys as written at one level (the `tls` block, a region's or a node's `tls = {...}`);
/// [`Stack::node_tls`] merges the levels. Paths are resolved against the stack's directory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TlsSpec {
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    pub ca: Option<PathBuf>,
    pub verify: Option<bool>,
    pub enabled: Option<bool>,
}

impl TlsSpec {
    /// `self` over `base`, key by key.
    fn over(&self, base: &TlsSpec) -> TlsSpec {
        TlsSpec {
            cert: self.cert.clone().or_else(|| base.cert.clone()),
            key: self.key.clone().or_else(|| base.key.clone()),
            ca: self.ca.clone().or_else(|| base.ca.clone()),
            verify: self.verify.or(base.verify),
            enabled: self.enabled.or(base.enabled),
        }
    }
}

/// One concrete node the operator wants, written out or expanded from a pool.
#[derive(Debug, Clone)]
pub struct NodeSpec {
    pub name: String,
    pub region: String,
    /// `None` lets placement choose (pools) or means the region's first zone.
    pub zone: Option<String>,
    pub weight: u32,
    pub priority: u32,
    pub maintenance: bool,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub password: Option<Secret>,
    pub command: Option<String>,
    pub tags: BTreeMap<String, String>,
    /// EC2 instance type overriding the provider's.
    pub instance_type: Option<String>,
    /// SSH port and install prefix overriding the provider's (several "hosts" on one box).
    pub ssh_port: Option<u16>,
    pub prefix: Option<String>,
    /// Set when the node was expanded from a pool.
    pub pool: Option<String>,
    pub tls: Option<TlsSpec>,
    /// A canary's share of new selections (`traffic`, `canary_guilds`).
    pub traffic: Option<crate::model::cohort::Traffic>,
    pub span: Option<Range<usize>>,
}

#[derive(Debug, Clone)]
pub struct Pool {
    pub name: String,
    pub regions: Vec<String>,
    pub count: u32,
    pub weight: u32,
    pub priority: u32,
    pub maintenance: bool,
    pub command: Option<String>,
    pub tags: BTreeMap<String, String>,
    /// EC2 instance type overriding the provider's.
    pub instance_type: Option<String>,
    /// The pool's share of new selections, for all its nodes together.
    pub traffic: Option<crate::model::cohort::Traffic>,
    /// Sizing from load (`min`, `max`, `players_per_node`): what `lavastack scale` proposes.
    pub sizing: Option<Sizing>,
    pub span: Option<Range<usize>>,
}

/// A pool's size bounds and target, for `lavastack scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizing {
    pub min: u32,
    pub max: u32,
    pub players_per_node: u32,
}

impl Sizing {
    /// The count that holds `players` at the target per node, within the bounds.
    pub fn wanted(&self, players: u64) -> u32 {
        let need = players.div_ceil(u64::from(self.players_per_node.max(1)));
        (need.min(u64::from(u32::MAX)) as u32).clamp(self.min, self.max)
    }
}

#[derive(Debug, Clone)]
pub struct PolicyConfig {
    pub kind: String,
    pub module: String,
    pub config: serde_json::Value,
    /// Instruction budget per call (wasm only).
    pub fuel: Option<u64>,
    /// Memory cap per call in MiB (wasm only).
    pub memory_mb: Option<u64>,
    /// Wall-clock backstop per call (wasm only).
    pub timeout: Option<std::time::Duration>,
    pub span: Option<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RouterConfig {
    pub listen: SocketAddr,
    pub interval: Duration,
    pub timeout: Duration,
    pub fall: u32,
    pub rise: u32,
    /// Bearer token for admin routes (and all routes with `auth_all`). Secret.
    pub token: Option<Secret>,
    pub auth_all: bool,
    /// Serve HTTPS with these files (`router { tls = true }` takes the `tls` block's).
    pub tls: Option<crate::model::NodeTls>,
    /// Where each replica of a group listens (`listen` is then the rendered HAProxy's
    /// address in front of them). Empty: one router, on `listen`.
    pub replicas: Vec<SocketAddr>,
    /// How often each router asks the state backend whether it changed (drains, applies).
    pub state_poll: Duration,
}

/// The service level the cluster promises (`slo` block): the rendered recording rules,
/// burn-rate alerts and error budget are computed from it (docs/observability.md).
#[derive(Debug, Clone, PartialEq)]
pub struct SloConfig {
    /// The share of seconds in `window` that some node must be selectable, e.g. 0.999.
    pub availability: f64,
    pub window: Duration,
    /// Probe round trips under this count as fast; one of [`SLO_LATENCY_BUCKETS_MS`].
    pub latency_ms: u32,
}

/// Prometheus and Alertmanager around the cluster (`monitoring` block): what the rendered
/// `prometheus.yml` scrapes and sends alerts to, and how `alertmanager.yml` groups them.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringConfig {
    /// Base URL of Prometheus's HTTP API, for `status`'s SLO line.
    pub prometheus: Option<String>,
    /// host:port of each Alertmanager Prometheus sends to (and scrapes).
    pub alertmanagers: Vec<String>,
    /// host:port of HAProxy's prometheus-exporter (the haproxy.cfg stats frontend), or none.
    pub edge_metrics: Option<String>,
    pub scrape_interval: Duration,
    pub group_wait: Duration,
    pub group_interval: Duration,
    pub repeat_interval: Duration,
}

impl Default for MonitoringConfig {
    fn default() -> Self {
        MonitoringConfig {
            prometheus: None,
            alertmanagers: Vec::new(),
            // The built-in haproxy.cfg's stats frontend: base_port 18000 - 1.
            edge_metrics: Some("127.0.0.1:17999".into()),
            scrape_interval: Duration::from_secs(15),
            group_wait: Duration::from_secs(10),
            group_interval: Duration::from_secs(60),
            repeat_interval: Duration::from_secs(4 * 3600),
        }
    }
}

/// One place alerts are sent (`receiver "<name>"`). Credentials (`url` of a webhook, Discord
/// or Slack, `routing_key`, `auth_password`) are secrets: redacted everywhere, and the file
/// holding them is written owner-only.
#[derive(Debug, Clone, PartialEq)]
pub struct Receiver {
    pub name: String,
    /// One of `schema::RECEIVER_TYPES`.
    pub kind: String,
    /// Which severities route here; empty = all.
    pub severities: Vec<String>,
    pub url: Option<Secret>,
    pub routing_key: Option<Secret>,
    pub channel: Option<String>,
    pub to: Option<String>,
    pub from: Option<String>,
    pub smarthost: Option<String>,
    pub auth_username: Option<String>,
    pub auth_password: Option<Secret>,
}

/// The router's probe histogram bounds in ms; an SLO latency must be one of them so its rule
/// reads an exact bucket (the router's `PROBE_BUCKETS`, in seconds).
pub const SLO_LATENCY_BUCKETS_MS: &[u32] = &[10, 25, 50, 100, 150, 250, 500, 1000, 2500, 5000];
/// The SLO window's range: Prometheus must hold that much history, and under an hour the
/// burn-rate windows make no sense.
pub const SLO_WINDOW_MIN: Duration = Duration::from_secs(3600);
pub const SLO_WINDOW_MAX: Duration = Duration::from_secs(90 * 24 * 3600);

impl Default for SloConfig {
    fn default() -> Self {
        SloConfig {
            availability: 0.999,
            window: Duration::from_secs(30 * 24 * 3600),
            latency_ms: 150,
        }
    }
}

impl Default for RouterConfig {
    fn default() -> Self {
        RouterConfig {
            listen: "127.0.0.1:7300".parse().expect("literal address"),
            interval: Duration::from_secs(1),
            timeout: Duration::from_secs(2),
            fall: 2,
            rise: 2,
            token: None,
            auth_all: false,
            tls: None,
            replicas: Vec::new(),
            state_poll: Duration::from_secs(1),
        }
    }
}

#[derive(Debug, Clone)]
pub struct OutputConfig {
    pub name: String,
    pub template: String,
    pub path: String,
    pub on_change: Option<String>,
    /// HAProxy stats socket for changes that need no reload (weights, maintenance).
    pub runtime_socket: Option<String>,
    /// Template variables (`vars = { base_port = 18000 }`), seen by the template as `vars`.
    pub vars: serde_json::Value,
    pub span: Option<Range<usize>>,
}

/// Node names become directory names, host names and HAProxy server names.
pub fn valid_node_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-')
}
