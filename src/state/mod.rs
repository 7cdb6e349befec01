//! The recorded world: what lavastack has created, with enough to find it again.
//!
//! [`State`] is the model; [`StateBackend`] stores it (a local file or an S3 object) with a lock
//! so that two writers can never interleave. Every backend must pass the shared conformance
//! test in `tests/state_conformance.rs`-style helpers ([`conformance`]).

pub mod local;
pub mod s3;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use crate::model::FingerprintKey;
use serde_json::Value as Json;

/// A state file larger than this is refused (a state of 10,000 nodes is about 15 MiB).
pub const STATE_MAX_BYTES: u64 = 64 << 20;

/// The newest state format this build reads and writes.
pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    /// Fixed when the state is first written; a plan or a copy from another lineage is foreign.
    pub lineage: String,
    /// Bumped on every write, so a plan made against an older state is refused as stale.
    pub serial: u64,
    pub stack: String,
    #[serde(default)]
    pub nodes: BTreeMap<String, NodeRecord>,
    /// Replaced nodes whose old instance still has to be removed (create-before-destroy).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deposed: Vec<NodeRecord>,
    /// The policies the last apply ran with (module, and a hash for files), by kind.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub policies: BTreeMap<String, String>,
    /// Rendered files written by apply, by address (`output.haproxy`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub artifacts: BTreeMap<String, ArtifactRecord>,
    /// Nodes taken out of new selections at runtime (`node drain`, a router's drain route), by
    /// name: every router replica and every operator reads the same set, and a restart keeps it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub drains: BTreeMap<String, DrainRecord>,
    /// Where each canary's traffic steps stand (`node.NAME` / `pool.NAME`): the router gives
    /// it the share of that step. Absent: the first step.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub cohorts: BTreeMap<String, CohortRecord>,
    /// A `rotate password` under way: while it is here, nodes accept the old or the new
    /// password (each record's fingerprint says which), and the router hands bots each one's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<PasswordRotation>,
    /// Pool counts changed by `scale --apply` or `serve --autoscale` in the last hour: the
    /// autoscaler's cool-down and its cap per hour read them, whichever process scaled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scaling: Vec<ScaleStep>,
}

/// One pool count change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScaleStep {
    pub at: String,
    pub pool: String,
    pub from: u32,
    pub to: u32,
    pub by: String,
}

/// A canary's place in its traffic steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CohortRecord {
    /// Index into the declared steps.
    pub step: usize,
    /// A failed gate set the share to 0 until the next progressive rollout.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rolled_back: bool,
    pub since: String,
}

/// Who drained a node, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrainRecord {
    pub since: String,
    pub by: String,
}

/// Where a password rotation stands. No value is recorded, only where each one is read and the
/// new one's fingerprint, so a crash at any point resumes from here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasswordRotation {
    pub id: String,
    /// Where the current password is read: the stack's `secret()` source.
    pub source: String,
    /// Where the new password waits until every node has it (a `secret()` source too).
    pub pending: String,
    /// Of the new password, under the state's fingerprint key.
    pub new_fingerprint: String,
    pub started: String,
    /// The `rotate password` run working on it now, if one is: a second run is refused while
    /// it lives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runner: Option<Runner>,
}

/// A process working on a rotation: `user@host` and its pid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Runner {
    pub who: String,
    pub pid: u32,
}

impl Runner {
    pub fn me() -> Runner {
        Runner {
            who: who(),
            pid: std::process::id(),
        }
    }

    /// Whether it is this process.
    pub fn is_me(&self) -> bool {
        *self == Runner::me()
    }

    /// `Some(alive)` when it ran on this host (as this user), `None` when that cannot be told.
    pub fn alive_here(&self) -> Option<bool> {
        if self.who != who() {
            return None;
        }
        let Ok(pid) = i32::try_from(self.pid) else {
            return Some(false);
        };
        // SAFETY: signal 0 only asks whether the process exists.
        let r = unsafe { libc::kill(pid, 0) };
        Some(r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArtifactRecord {
    pub path: PathBuf,
    /// Of the content lavastack wrote (secrets included, so only a hash).
    pub sha256: String,
    /// The on_change command failed after the last write; the next apply runs it again.
    #[serde(default)]
    pub on_change_pending: bool,
}

impl State {
    pub fn new(stack: &str) -> Self {
        State {
            version: STATE_VERSION,
            lineage: uuid::Uuid::new_v4().to_string(),
            serial: 0,
            stack: stack.to_string(),
            nodes: BTreeMap::new(),
            deposed: Vec::new(),
            policies: BTreeMap::new(),
            artifacts: BTreeMap::new(),
            drains: BTreeMap::new(),
            cohorts: BTreeMap::new(),
            rotation: None,
            scaling: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeStatus {
    /// The create was started; if lavastack died here, the next run adopts or recreates it.
    Creating,
    Ready,
    /// Last operation on it failed; the next plan replaces it.
    Failed,
}

impl std::fmt::Display for NodeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NodeStatus::Creating => "creating",
            NodeStatus::Ready => "ready",
            NodeStatus::Failed => "failed",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeRecord {
    pub name: String,
    /// `type.name` of the provider that owns it.
    pub provider: String,
    /// The provider's handle: a pid, an instance id, `host:port` for static nodes.
    pub provider_id: Option<String>,
    pub address: Option<String>,
    pub port: Option<u16>,
    pub region: String,
    pub zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    /// Desired attributes as applied; secrets appear only as fingerprints.
    pub attributes: BTreeMap<String, Json>,
    pub attributes_hash: String,
    pub status: NodeStatus,
    /// Provider-private facts (e.g. the local provider's run directory).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub private: BTreeMap<String, Json>,
    /// Idempotency token of the create that made this node, written to state before the
    /// provider is called: a create resumed after a crash reuses it, so it finds (EC2:
    /// ClientToken + `lavastack:token` tag) what the interrupted run launched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

impl NodeRecord {
    /// A record standing for something refresh found that no record owns, so its provider
    /// deletes it exactly as it deletes a node (by its id, never by token alone).
    pub fn for_discovered(d: &crate::model::Discovered) -> NodeRecord {
        NodeRecord {
            name: d.node.clone(),
            provider: d.provider.clone(),
            provider_id: Some(d.provider_id.clone()),
            address: d.address.clone(),
            port: None,
            region: String::new(),
            zone: None,
            pool: None,
            attributes: BTreeMap::new(),
            attributes_hash: String::new(),
            status: NodeStatus::Ready,
            private: d.private.clone(),
            token: d.token.clone(),
        }
    }
}

/// Who holds a lock and why; shown to anyone who is refused it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LockInfo {
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "Operation")]
    pub operation: String,
    #[serde(rename = "Who")]
    pub who: String,
    #[serde(rename = "Version")]
    pub version: String,
    #[serde(rename = "Created")]
    pub created: String,
    #[serde(rename = "Path")]
    pub path: String,
    #[serde(rename = "Pid", default)]
    pub pid: u32,
}

impl LockInfo {
    pub fn new(operation: &str, path: &str) -> Self {
        LockInfo {
            id: uuid::Uuid::new_v4().to_string(),
            operation: operation.to_string(),
            who: who(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            created: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
            path: path.to_string(),
            pid: std::process::id(),
        }
    }
}

impl std::fmt::Display for LockInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ID {}, operation {}, held by {} (pid {}) since {}",
            self.id, self.operation, self.who, self.pid, self.created
        )
    }
}

fn who() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "unknown".into());
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length and gethostname NUL-terminates on success.
    let host = unsafe {
        if libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) == 0 {
            let end = buf.iter().position(|b| *b == 0).unwrap_or(buf.len());
            String::from_utf8_lossy(&buf[..end]).into_owned()
        } else {
            "localhost".into()
        }
    };
    format!("{user}@{host}")
}

/// Tries to take a lock until it is won or `timeout` passes, backing off from `first_wait`
/// (doubling up to 2 s) while someone else holds it. Shared by every backend.
pub(crate) async fn retry_lock<F, Fut>(
    timeout: std::time::Duration,
    first_wait: std::time::Duration,
    mut attempt: F,
) -> Result<LockHandle, StateError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<LockHandle, StateError>>,
{
    let deadline = std::time::Instant::now() + timeout;
    let mut wait = first_wait;
    loop {
        match attempt().await {
            Err(StateError::Locked { .. } | StateError::LockedUnknown { .. })
                if std::time::Instant::now() < deadline =>
            {
                let left = deadline.saturating_duration_since(std::time::Instant::now());
                tokio::time::sleep(wait.min(left)).await;
                wait = (wait * 2).min(std::time::Duration::from_secs(2));
            }
            // The hint depends on whether waiting was tried: say how long it was.
            Err(StateError::Locked { info, .. }) => {
                return Err(StateError::Locked {
                    info,
                    waited: timeout,
                })
            }
            Err(StateError::LockedUnknown { .. }) => {
                return Err(StateError::LockedUnknown { waited: timeout })
            }
            other => return other,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// `waited` is how long lavastack kept trying (`--lock-timeout`), zero for one attempt.
    #[error("state is locked{}: {info}", waited_note(*waited))]
    Locked {
        info: Box<LockInfo>,
        waited: std::time::Duration,
    },
    #[error("state is locked by another process, which left no lock info{}", waited_note(*waited))]
    LockedUnknown { waited: std::time::Duration },
    #[error("state file {path} is corrupt or truncated: {reason}")]
    Corrupt {
        path: PathBuf,
        reason: String,
        backup: Option<PathBuf>,
    },
    #[error("state file {path} has format version {found}, newer than this lavastack understands ({supported})")]
    TooNew {
        path: PathBuf,
        found: u64,
        supported: u32,
    },
    #[error("state belongs to stack \"{found}\", not \"{expected}\"")]
    WrongStack { expected: String, found: String },
    #[error("the state at {location} was changed by someone else since it was read; nothing was overwritten")]
    Conflict { location: String },
    #[error("{location} keeps no history of earlier versions")]
    NoHistory { location: String },
    #[error("no lock with ID {id}: {detail}")]
    NoSuchLock { id: String, detail: String },
    #[error("lock {id} is held by a running process ({info}); stop that process instead")]
    LockAlive { id: String, info: Box<LockInfo> },
    #[error("the fingerprint key {location} is unusable: {reason}")]
    BadKey { location: String, reason: String },
    #[error("{op} {path}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn waited_note(waited: std::time::Duration) -> String {
    if waited.is_zero() {
        String::new()
    } else {
        format!(" (waited {})", humantime::format_duration(waited))
    }
}

impl StateError {
    pub fn hint(&self) -> Option<String> {
        match self {
            StateError::Locked { waited, .. } | StateError::LockedUnknown { waited } => {
                let wait = if waited.is_zero() {
                    "--lock-timeout DURATION waits for it".to_string()
                } else {
                    format!(
                        "a --lock-timeout longer than {} waits longer",
                        humantime::format_duration(*waited)
                    )
                };
                Some(format!(
                    "the other operation holds it until it finishes; {wait}. If its process is gone, run `lavastack state force-unlock ID`"
                ))
            }
            StateError::WrongStack { .. } => Some(
                "two stacks share one state file: give this stack its own, e.g. state \"local\" { path = \".lavastack/<name>.json\" }".into(),
            ),
            StateError::Corrupt { backup: Some(b), .. } if b.to_string_lossy().starts_with("s3://") => Some(format!(
                "nothing was changed. The last good version is {}: restore it with `lavastack state rollback`",
                b.display()
            )),
            StateError::Corrupt { backup: Some(b), .. } => Some(format!(
                "nothing was changed. The previous state is in {}: inspect it and, if it is good, copy it over the state file",
                b.display()
            )),
            StateError::Corrupt { backup: None, .. } => {
                Some("nothing was changed; restore the state file from version control or a backup".into())
            }
            StateError::BadKey { .. } => Some(
                "nothing was changed. Restore the key file from a backup; a new key would make every recorded password look changed (delete it only if you accept that: nodes whose provider replaces on a password change would be replaced)".into(),
            ),
            StateError::TooNew { .. } => Some("upgrade lavastack to the version that wrote this state".into()),
            StateError::Conflict { .. } => Some("another job wrote the state; run the command again".into()),
            StateError::NoHistory { .. } => Some("the local backend keeps one backup (state.json.backup): copy it over the state file".into()),
            _ => None,
        }
    }
}

/// Parses a stored state document, refusing an empty, truncated, corrupt or too-new one.
/// `location` and `backup` name the document and its last good copy in the error.
pub(crate) fn parse(
    bytes: &[u8],
    location: &std::path::Path,
    backup: Option<PathBuf>,
) -> Result<State, StateError> {
    let corrupt = |reason: String| StateError::Corrupt {
        path: location.to_path_buf(),
        reason,
        backup: backup.clone(),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(corrupt("it is empty".into()));
    }
    let v: Json = serde_json::from_slice(bytes).map_err(|e| {
        corrupt(format!(
            "invalid JSON at line {}, column {}: {e}",
            e.line(),
            e.column()
        ))
    })?;
    let version = match v.get("version") {
        None => return Err(corrupt("no \"version\" field".into())),
        Some(Json::Number(n)) if n.as_u64().is_some_and(|n| n >= 1) => n.as_u64().unwrap_or(1),
        Some(other) => {
            return Err(corrupt(format!(
                "\"version\" must be a whole number from 1 to {STATE_VERSION}, found {other}"
            )))
        }
    };
    if version > u64::from(STATE_VERSION) {
        return Err(StateError::TooNew {
            path: location.to_path_buf(),
            found: version,
            supported: STATE_VERSION,
        });
    }
    // serde_json keeps the last of two equal keys; in a state that would silently drop a node.
    no_duplicate_keys(bytes).map_err(corrupt)?;
    let state: State =
        serde_json::from_value(v).map_err(|e| corrupt(format!("unexpected content: {e}")))?;
    if uuid::Uuid::parse_str(&state.lineage).is_err() {
        return Err(corrupt(format!(
            "\"lineage\" must be a UUID, found \"{}\"",
            state.lineage
        )));
    }
    for (key, rec) in &state.nodes {
        if &rec.name != key {
            return Err(corrupt(format!(
                "the record under \"{key}\" is named \"{}\"",
                rec.name
            )));
        }
    }
    Ok(state)
}

/// Fails on the first JSON object that has a key twice, naming the key.
fn no_duplicate_keys(bytes: &[u8]) -> Result<(), String> {
    use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
    struct Check;
    impl<'de> Visitor<'de> for Check {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<(), A::Error> {
            let mut seen = std::collections::HashSet::new();
            while let Some(k) = m.next_key::<String>()? {
                if !seen.insert(k.clone()) {
                    return Err(serde::de::Error::custom(format!(
                        "the key \"{k}\" appears twice"
                    )));
                }
                m.next_value_seed(CheckSeed)?;
            }
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<(), A::Error> {
            while s.next_element_seed(CheckSeed)?.is_some() {}
            Ok(())
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
    }
    struct CheckSeed;
    impl<'de> serde::de::DeserializeSeed<'de> for CheckSeed {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(Check)
        }
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    de.deserialize_any(Check).map_err(|e| e.to_string())
}

/// A held lock; pass it back to [`StateBackend::unlock`]. Dropping it also releases local locks.
pub struct LockHandle {
    pub info: LockInfo,
    pub(crate) inner: Box<dyn std::any::Any + Send + Sync>,
}

/// Storage for one stack's state. Implementations must pass [`conformance::run`].
#[async_trait::async_trait]
pub trait StateBackend: Send + Sync {
    /// Where the state lives, for messages.
    fn describe(&self) -> String;
    /// Takes the lock, retrying until `timeout` (zero: one attempt).
    async fn lock(&self, operation: &str, timeout: Duration) -> Result<LockHandle, StateError>;
    async fn unlock(&self, handle: LockHandle) -> Result<(), StateError>;
    /// `None` when no state was ever written.
    async fn load(&self) -> Result<Option<State>, StateError>;
    /// Atomic: readers see the old or the new state, never a mix.
    async fn save(&self, state: &State) -> Result<(), StateError>;
    async fn lock_info(&self) -> Result<Option<LockInfo>, StateError>;
    async fn force_unlock(&self, id: &str) -> Result<(), StateError>;
    /// The key password fingerprints are made with, kept beside the state and never in it
    /// (`None` when none was made yet). A malformed key is [`StateError::BadKey`], never replaced.
    async fn load_key(&self) -> Result<Option<FingerprintKey>, StateError>;
    /// Stores the key, replacing any. Callers hold the lock: only a first run (no key yet) and
    /// `state migrate` (which moves a state together with its key) store one.
    async fn store_key(&self, key: &FingerprintKey) -> Result<(), StateError>;
    /// A token that changes whenever the stored state does (a file's size, mtime and inode;
    /// an S3 object's ETag), cheap enough to poll: how routers notice drains and applies.
    /// `None` when no state was ever written.
    async fn revision(&self) -> Result<Option<String>, StateError>;
    /// Serials of kept earlier versions, newest first (backends that keep history).
    async fn versions(&self) -> Result<Vec<u64>, StateError> {
        Err(StateError::NoHistory {
            location: self.describe(),
        })
    }
    async fn load_version(&self, serial: u64) -> Result<Option<State>, StateError> {
        let _ = serial;
        Err(StateError::NoHistory {
            location: self.describe(),
        })
    }
}

/// Why a drain could not be recorded.
#[derive(Debug, thiserror::Error)]
pub enum DrainError {
    #[error("no node \"{0}\" in the state")]
    Unknown(String),
    #[error("there is no state yet: apply the stack first")]
    NoState,
    #[error(transparent)]
    State(#[from] StateError),
}

/// Records (`on`) or clears a runtime drain under the state lock, bumping the serial; `false`
/// when it was so already (nothing is written). Undraining a name that is drained always
/// works, recorded or not (a node being replaced may be missing for a moment).
pub async fn set_drain(
    backend: &dyn StateBackend,
    node: &str,
    on: bool,
    by: &str,
    lock_timeout: Duration,
) -> Result<bool, DrainError> {
    let operation = if on { "drain" } else { "undrain" };
    modify(backend, operation, lock_timeout, |st| {
        if !on {
            return Ok(st.drains.remove(node).is_some());
        }
        if !st.nodes.contains_key(node) {
            return Err(DrainError::Unknown(node.to_string()));
        }
        if st.drains.contains_key(node) {
            return Ok(false);
        }
        st.drains.insert(
            node.to_string(),
            DrainRecord {
                since: now_rfc3339(),
                by: by.to_string(),
            },
        );
        Ok(true)
    })
    .await?
    .ok_or(DrainError::NoState)
}

/// The time now, as records write it.
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

/// One change to the stored state under its lock: `change` edits the loaded state and says
/// whether it changed anything; only then is it saved, with the serial bumped. `None` when no
/// state was ever written. The lock is released whatever happens. What operations record
/// between applies (drains, a canary's step) goes through here.
pub async fn modify<E: From<StateError>>(
    backend: &dyn StateBackend,
    operation: &str,
    lock_timeout: Duration,
    change: impl FnOnce(&mut State) -> Result<bool, E>,
) -> Result<Option<bool>, E> {
    let lock = backend.lock(operation, lock_timeout).await?;
    let result = async {
        let Some(mut st) = backend.load().await? else {
            return Ok(None);
        };
        let changed = change(&mut st)?;
        if changed {
            st.serial += 1;
            backend.save(&st).await?;
        }
        Ok(Some(changed))
    }
    .await;
    if let Err(e) = backend.unlock(lock).await {
        tracing::warn!("releasing the state lock failed: {e}");
    }
    result
}

/// The cohort the router applies to `node` now: its own (or its pool's) declared traffic at
/// the step the state records (the first when none is), 0% after a failed gate. `None` for a
/// node without `traffic`.
pub fn current_cohort(
    stack: &crate::stack::Stack,
    state: Option<&State>,
    node: &str,
    pool: Option<&str>,
) -> Option<crate::model::cohort::Cohort> {
    let (key, traffic) = stack.traffic_for(node, pool)?;
    let rec = state.and_then(|s| s.cohorts.get(&key));
    let share = match rec {
        Some(r) if r.rolled_back => 0.0,
        Some(r) => traffic.share_at(r.step),
        None => traffic.share_at(0),
    };
    Some(crate::model::cohort::Cohort {
        share,
        canary_guilds: traffic.canary_guilds.clone(),
    })
}

/// Who is acting, for records: `user@host`.
pub fn actor() -> String {
    who()
}

/// The stack's fingerprint key, made and stored on first use; `true` when it was just made.
pub async fn fingerprint_key(
    backend: &dyn StateBackend,
) -> Result<(FingerprintKey, bool), StateError> {
    if let Some(k) = backend.load_key().await? {
        return Ok((k, false));
    }
    let key = FingerprintKey::generate().map_err(|e| StateError::BadKey {
        location: backend.describe(),
        reason: e.to_string(),
    })?;
    backend.store_key(&key).await?;
    Ok((key, true))
}

/// Opens the backend a stack's `state` block names.
pub async fn open(stack: &crate::stack::Stack) -> std::sync::Arc<dyn StateBackend> {
    match &stack.state {
        crate::stack::StateConfig::Local { path } => {
            std::sync::Arc::new(local::LocalBackend::new(path.clone()))
        }
        crate::stack::StateConfig::S3 {
            bucket,
            key,
            region,
            endpoint,
        } => std::sync::Arc::new(
            s3::S3Backend::new(bucket, key, region.as_deref(), endpoint.as_deref()).await,
        ),
    }
}

/// Checks every backend must pass; called from each backend's tests (the local backend's unit
/// tests and the S3 backend's integration test against moto, which is why it is public and not
/// `cfg(test)`). It asserts, so it unwraps: no command calls it.
#[doc(hidden)]
pub mod conformance {
    use super::*;

    pub async fn run(backend: &dyn StateBackend) {
        assert!(
            backend.load().await.unwrap().is_none(),
            "fresh backend has no state"
        );
        assert_eq!(backend.revision().await.unwrap(), None);
        let lock = backend.lock("apply", Duration::ZERO).await.unwrap();
        let held = backend
            .lock_info()
            .await
            .unwrap()
            .expect("lock info while held");
        assert_eq!(held.id, lock.info.id);
        assert_eq!(held.operation, "apply");
        match backend.lock("plan", Duration::ZERO).await {
            Err(StateError::Locked { info, .. }) => assert_eq!(info.id, lock.info.id),
            Err(e) => panic!("second lock gave {e}"),
            Ok(_) => panic!("second lock was granted while the first is held"),
        }
        let mut st = State::new("conf");
        st.serial = 1;
        backend.save(&st).await.unwrap();
        assert_eq!(backend.load().await.unwrap().as_ref(), Some(&st));
        st.serial = 2;
        backend.save(&st).await.unwrap();
        assert_eq!(backend.load().await.unwrap().unwrap().serial, 2);
        match backend.force_unlock("not-the-id").await {
            Err(StateError::NoSuchLock { .. }) | Err(StateError::LockAlive { .. }) => {}
            other => panic!("force-unlock of a wrong id gave {other:?}"),
        }
        assert!(
            backend.load_key().await.unwrap().is_none(),
            "no key before one is made"
        );
        let (key, made) = fingerprint_key(backend).await.unwrap();
        assert!(made);
        let (again, made) = fingerprint_key(backend).await.unwrap();
        assert!(!made, "a second call reuses the key");
        assert_eq!(again, key);
        backend.save(&st).await.unwrap();
        let saved = serde_json::to_string(&backend.load().await.unwrap()).unwrap();
        assert!(
            !saved.contains(key.encode().trim()),
            "the key is never in the state"
        );
        backend.unlock(lock).await.unwrap();
        assert!(backend.lock_info().await.unwrap().is_none());
        let again = backend.lock("apply", Duration::ZERO).await.unwrap();
        backend.unlock(again).await.unwrap();

        // Drains: recorded under the lock with the serial bumped, seen in the revision.
        let mut st = backend.load().await.unwrap().unwrap();
        st.nodes.insert(
            "n1".into(),
            NodeRecord::for_discovered(&crate::model::Discovered {
                node: "n1".into(),
                provider: "static.x".into(),
                provider_id: "n1".into(),
                address: None,
                private: Default::default(),
                token: None,
                owner: Default::default(),
            }),
        );
        let l = backend.lock("apply", Duration::ZERO).await.unwrap();
        backend.save(&st).await.unwrap();
        backend.unlock(l).await.unwrap();
        let before = backend.revision().await.unwrap();
        assert!(before.is_some());
        let serial = st.serial;
        assert!(set_drain(backend, "n1", true, "me@here", Duration::ZERO)
            .await
            .unwrap());
        let drained = backend.load().await.unwrap().unwrap();
        assert_eq!(drained.serial, serial + 1);
        assert_eq!(drained.drains["n1"].by, "me@here");
        assert_ne!(
            backend.revision().await.unwrap(),
            before,
            "a drain changes the revision"
        );
        let after = backend.revision().await.unwrap();
        assert!(
            !set_drain(backend, "n1", true, "me@here", Duration::ZERO)
                .await
                .unwrap(),
            "draining twice changes nothing"
        );
        assert_eq!(backend.revision().await.unwrap(), after);
        assert!(matches!(
            set_drain(backend, "nope", true, "me", Duration::ZERO).await,
            Err(DrainError::Unknown(_))
        ));
        assert!(set_drain(backend, "n1", false, "me", Duration::ZERO)
            .await
            .unwrap());
        assert!(backend.load().await.unwrap().unwrap().drains.is_empty());
        // Held by someone else: refused, nothing written.
        let held = backend.lock("apply", Duration::ZERO).await.unwrap();
        assert!(matches!(
            set_drain(backend, "n1", true, "me", Duration::ZERO).await,
            Err(DrainError::State(StateError::Locked { .. }))
        ));
        backend.unlock(held).await.unwrap();
        assert!(backend.load().await.unwrap().unwrap().drains.is_empty());
    }
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    fn reason(text: &str) -> String {
        match parse(text.as_bytes(), std::path::Path::new("s.json"), None) {
            Ok(_) => "accepted".into(),
            Err(e) => e.to_string(),
        }
    }

    const LINEAGE: &str = "0d2c8b1e-7a43-4e36-9c1b-3c2a1f7d5e90";

    #[test]
    fn a_state_is_refused_for_the_right_reason() {
        let good = format!(r#"{{"version":1,"lineage":"{LINEAGE}","serial":3,"stack":"s"}}"#);
        assert_eq!(reason(&good), "accepted");
        let cases = [
            (
                r#"{"version":-1}"#.to_string(),
                "must be a whole number from 1 to 1, found -1",
            ),
            (r#"{"version":"1"}"#.to_string(), "found \"1\""),
            (r#"{"version":0}"#.to_string(), "found 0"),
            (r#"{"lineage":"x"}"#.to_string(), "no \"version\" field"),
            (
                r#"{"version":1,"lineage":"not-a-uuid","serial":1,"stack":"s"}"#.to_string(),
                "\"lineage\" must be a UUID",
            ),
            (
                format!(
                    r#"{{"version":1,"lineage":"{LINEAGE}","serial":1,"serial":2,"stack":"s"}}"#
                ),
                "the key \"serial\" appears twice",
            ),
            (
                format!(
                    r#"{{"version":1,"lineage":"{LINEAGE}","serial":1,"stack":"s","nodes":{{"a":{{}},"a":{{}}}}}}"#
                ),
                "the key \"a\" appears twice",
            ),
            (
                format!(
                    r#"{{"version":1,"lineage":"{LINEAGE}","serial":1,"stack":"s","nodes":{{"a":{{"name":"b","provider":"p","provider_id":null,"address":null,"port":null,"region":"r","zone":null,"attributes":{{}},"attributes_hash":"","status":"ready"}}}}}}"#
                ),
                "the record under \"a\" is named \"b\"",
            ),
            (
                format!("{}{}", "[".repeat(200), "]".repeat(200)),
                "invalid JSON",
            ),
        ];
        for (text, want) in cases {
            let got = reason(&text);
            assert!(got.contains(want), "{text}\n  wanted: {want}\n  got: {got}");
        }
    }
}
