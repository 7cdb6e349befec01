//! `lavastack rotate ssh-key`: every recorded node of the stack's `ssh` providers (or one of
//! them) moves from the login key the stack names to a new one, one host after another, under
//! the state lock. The per-host steps are the provider's (`provider::ssh::rotate`); this owns
//! reading the new key, the order, and recording each rotated host in state (the new key's
//! fingerprint in its record), so `state show` tells which hosts are on which key.

use std::path::Path;
use std::sync::Arc;

use super::{OpsError, Session};
use crate::model::ProviderKind;
use crate::provider::ssh::{Rotated, SshProvider};

/// An OpenSSH private key file is a few KiB; anything larger is not one.
const KEY_FILE_MAX: u64 = 64 * 1024;

/// How one host's rotation ended.
#[derive(Debug, Clone, serde::Serialize)]
pub struct HostOutcome {
    pub node: String,
    pub provider: String,
    /// "rotated", "already-rotated" or "failed".
    pub result: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Reads the new key (no passphrase, or the one the variable `passphrase_env` names).
fn read_key(
    path: &Path,
    passphrase_env: Option<&str>,
) -> Result<russh::keys::PrivateKey, OpsError> {
    let bad = |m: String| OpsError::Refused(format!("--new-key {}: {m}", path.display()));
    let bytes = crate::files::read_regular(path, KEY_FILE_MAX)
        .map_err(|e| bad(format!("cannot read it: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|_| bad("not a text key file".into()))?;
    let passphrase = passphrase_env.and_then(|v| std::env::var(v).ok());
    russh::keys::decode_secret_key(&text, passphrase.as_deref())
        .map_err(|e| bad(format!("not an OpenSSH private key it can use: {e}")))
}

/// Rotates every host; `on_host` hears each outcome as it happens. Hosts that fail keep the
/// old key and are listed; the others are recorded in state.
pub async fn ssh_key(
    s: &mut Session,
    provider: Option<&str>,
    new_key: &Path,
    passphrase_env: Option<&str>,
    on_host: &(dyn Fn(&HostOutcome) + Sync),
) -> Result<Vec<HostOutcome>, OpsError> {
    let configs: Vec<_> = s
        .stack
        .providers
        .values()
        .filter(|c| c.kind == ProviderKind::Ssh)
        .filter(|c| provider.is_none_or(|p| p == c.address))
        .cloned()
        .collect();
    if configs.is_empty() {
        return Err(OpsError::Refused(match provider {
            Some(p) => format!("the stack has no ssh provider {p}"),
            None => {
                "the stack has no ssh provider: rotate ssh-key rotates the login key of ssh hosts"
                    .into()
            }
        }));
    }
    let new = Arc::new(read_key(new_key, passphrase_env)?);
    let fingerprint = new
        .public_key()
        .fingerprint(russh::keys::HashAlg::Sha256)
        .to_string();
    let mut out = Vec::new();
    let Some(mut state) = s.state.take() else {
        return Err(OpsError::Refused(
            "the state records no nodes yet: nothing to rotate (apply first)".into(),
        ));
    };
    for cfg in &configs {
        let p = SshProvider::new(cfg, &s.stack)?;
        let names: Vec<String> = state
            .nodes
            .values()
            .filter(|r| r.provider == cfg.address)
            .map(|r| r.name.clone())
            .collect();
        for name in names {
            let Some(rec) = state.nodes.get(&name).cloned() else {
                continue;
            };
            let r = p.rotate_key(&rec, new.clone()).await;
            let o = HostOutcome {
                node: name.clone(),
                provider: cfg.address.clone(),
                result: match &r {
                    Ok(Rotated::Done) => "rotated",
                    Ok(Rotated::AlreadyDone) => "already-rotated",
                    Err(_) => "failed",
                },
                error: r.as_ref().err().cloned(),
            };
            on_host(&o);
            if r.is_ok() {
                if let Some(rec) = state.nodes.get_mut(&name) {
                    rec.private
                        .insert("ssh_key".into(), fingerprint.clone().into());
                }
            }
            out.push(o);
        }
    }
    if out.iter().any(|o| o.result != "failed") {
        state.serial += 1;
        if let Err(e) = s.backend.save(&state).await {
            state.serial -= 1;
            s.state = Some(state);
            return Err(e.into());
        }
    }
    s.state = Some(state);
    Ok(out)
}
