//! Saved plans (`plan --out FILE`): the plan plus what it was made against, checksummed.
//!
//! A saved plan carries the stack name and the state lineage and serial it was planned from.
//! Applying it against any other state is refused, as Terraform refuses a stale plan. The body
//! is JSON (readable in review) wrapped with a SHA-256, so truncation or tampering is caught
//! before anything runs. Secrets are not in it: only fingerprints, which apply checks against
//! the values it is given.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::Digest;

use super::{Plan, Prior};
use crate::state::State;

pub const PLAN_FILE_FORMAT: u32 = 1;
/// A plan file larger than this is refused before it is parsed.
pub const PLAN_MAX_BYTES: u64 = 64 << 20;
const MAGIC: &str = "lavastack-plan";

#[derive(Debug, Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    lavastack_version: String,
    sha256: String,
    body: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedPlan {
    /// The stack file the plan was made from, as given on the command line.
    pub stack_file: PathBuf,
    /// The same, absolute, for `apply PLAN` from another directory on the same machine (a
    /// plan moved to another checkout finds its stack through `stack_file`, from the root).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stack_file_absolute: Option<PathBuf>,
    pub plan: Plan,
}

#[derive(Debug, thiserror::Error)]
pub enum PlanFileError {
    #[error("cannot read plan file {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write plan file {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("plan file {path} is truncated or corrupt: {reason}")]
    Corrupt { path: PathBuf, reason: String },
    #[error("plan file {path} has format version {found}; this lavastack reads version {PLAN_FILE_FORMAT}")]
    Version { path: PathBuf, found: u32 },
    #[error("plan file {path} was made for stack \"{plan_stack}\", not \"{stack}\"")]
    OtherStack {
        path: PathBuf,
        plan_stack: String,
        stack: String,
    },
    #[error("saved plan does not match the state: it was made for state lineage {plan}, the state has lineage {state}")]
    Foreign { plan: String, state: String },
    #[error("saved plan is stale: it was made against state serial {plan}, the state is now at serial {state}")]
    Stale { plan: String, state: String },
}

impl PlanFileError {
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            PlanFileError::Stale { .. } => Some(
                "the state changed after the plan was made (another apply ran); run `lavastack plan` again and review the new plan",
            ),
            PlanFileError::Foreign { .. } | PlanFileError::OtherStack { .. } => {
                Some("a saved plan can only be applied to the stack and state it was made from")
            }
            PlanFileError::Corrupt { .. } => Some("make a new plan with `lavastack plan --out FILE`"),
            _ => None,
        }
    }
}

fn digest(body: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(body))
}

pub fn write(path: &Path, saved: &SavedPlan) -> Result<(), PlanFileError> {
    let body = serde_json::to_value(saved).expect("plan serializes");
    let canonical = serde_json::to_vec(&body).expect("value serializes");
    let env = Envelope {
        format: MAGIC.into(),
        version: PLAN_FILE_FORMAT,
        lavastack_version: env!("CARGO_PKG_VERSION").into(),
        sha256: digest(&canonical),
        body,
    };
    let mut bytes = serde_json::to_vec_pretty(&env).expect("envelope serializes");
    bytes.push(b'\n');
    crate::files::write_atomic(path, &bytes, Some(crate::files::PUBLIC)).map_err(|source| {
        PlanFileError::Write {
            path: path.to_path_buf(),
            source,
        }
    })
}

pub fn read(path: &Path) -> Result<SavedPlan, PlanFileError> {
    let bytes =
        crate::files::read_regular(path, PLAN_MAX_BYTES).map_err(|source| PlanFileError::Read {
            path: path.to_path_buf(),
            source,
        })?;
    let corrupt = |reason: String| PlanFileError::Corrupt {
        path: path.to_path_buf(),
        reason,
    };
    let env: Envelope = serde_json::from_slice(&bytes).map_err(|e| {
        if e.is_eof() {
            corrupt("it ends early".into())
        } else {
            corrupt(format!("not a lavastack plan file ({e})"))
        }
    })?;
    if env.format != MAGIC {
        return Err(corrupt(format!("unexpected format \"{}\"", env.format)));
    }
    if env.version != PLAN_FILE_FORMAT {
        return Err(PlanFileError::Version {
            path: path.to_path_buf(),
            found: env.version,
        });
    }
    let canonical = serde_json::to_vec(&env.body).expect("value serializes");
    if digest(&canonical) != env.sha256 {
        return Err(corrupt(
            "checksum mismatch: the file was changed after it was written".into(),
        ));
    }
    serde_json::from_value(env.body).map_err(|e| corrupt(format!("unexpected content: {e}")))
}

/// Refuses a saved plan made against another lineage or an older serial.
pub fn check_against(plan: &Plan, state: Option<&State>) -> Result<(), PlanFileError> {
    let current = state.map(|s| Prior {
        lineage: s.lineage.clone(),
        serial: s.serial,
    });
    match (&plan.prior, &current) {
        (None, None) => Ok(()),
        (None, Some(now)) => Err(PlanFileError::Stale {
            plan: "none (no state existed)".into(),
            state: now.serial.to_string(),
        }),
        (Some(p), None) => Err(PlanFileError::Foreign {
            plan: p.lineage.clone(),
            state: "none (no state exists)".into(),
        }),
        (Some(p), Some(now)) if p.lineage != now.lineage => Err(PlanFileError::Foreign {
            plan: p.lineage.clone(),
            state: now.lineage.clone(),
        }),
        (Some(p), Some(now)) if p.serial != now.serial => Err(PlanFileError::Stale {
            plan: p.serial.to_string(),
            state: now.serial.to_string(),
        }),
        _ => Ok(()),
    }
}
