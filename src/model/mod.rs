//! The shared vocabulary every layer speaks: the desired node and its attribute hash
//! ([`DesiredNode`]), what a plan does to a node ([`Action`]), what a refresh saw
//! ([`Observed`], [`Discovered`], [`Live`]), and the per-kind facts of providers
//! ([`ProviderKind`]).
//!
//! Owns: plain data and pure facts about it. May import: nothing from lavastack, so every other
//! module can use it and it can never be part of an import cycle.

pub mod cohort;
pub mod container;
mod error;
mod fingerprint;
pub mod firewall;
mod kind;
mod node;
mod observe;
mod tls;

pub use error::ErrorKind;
pub use fingerprint::{is_unkeyed, FingerprintKey, KeyError, FINGERPRINT_PREFIX};
pub use kind::{ProviderKind, DEFAULT_LAVALINK_PORT, DEFAULT_SSH_PREFIX};
pub use node::{attributes_hash, DesiredNode, SENSITIVE_ATTRIBUTES};
pub use observe::{Discovered, Live, Observed, Owner};
pub use tls::NodeTls;

use serde::{Deserialize, Serialize};

/// The largest linear memory a policy may ask for (`memory_mb`): the stack schema refuses
/// more, and the wasm instance pool is sized for exactly this, so the two cannot disagree.
pub const POLICY_MAX_MEMORY_MB: u64 = 256;

/// What a plan does to one node or file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    NoOp,
    Create,
    Update,
    /// Create the new node, then delete the old one.
    Replace,
    Delete,
}

impl Action {
    /// Terraform's `change.actions` spelling.
    pub fn terraform_actions(self) -> &'static [&'static str] {
        match self {
            Action::NoOp => &["no-op"],
            Action::Create => &["create"],
            Action::Update => &["update"],
            Action::Replace => &["create", "delete"],
            Action::Delete => &["delete"],
        }
    }
}
