//! `lavastack rotate ssh-key` on one host: the new key is added beside the old one, a login
//! with it is proven, then the old key's lines are removed and a login with the old key is
//! proven refused. Each step is idempotent, so an interrupted rotation is finished by running
//! it again: a host whose old key is already gone is reached with the new one.

use super::*;
use commands::{authorize_key_cmd, revoke_key_cmd};

/// How one host's rotation ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rotated {
    /// The new key logs in and the old one is refused.
    Done,
    /// A run before this one had finished it (the old key was refused already, the new one
    /// logs in and no line of the old key is left).
    AlreadyDone,
}

/// A key's type and base64 as authorized_keys holds them (no comment).
fn key_text(k: &PublicKey) -> Result<String, String> {
    let line = k.to_openssh().map_err(|e| e.to_string())?;
    Ok(line
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" "))
}

impl SshProvider {
    /// The login key the stack names, decoded (its passphrase from `passphrase_env`).
    pub fn current_key(&self) -> Result<Arc<PrivateKey>, String> {
        self.key()
    }

    /// Rotates the login key of `rec`'s host from the stack's key to `new`.
    pub async fn rotate_key(
        &self,
        rec: &NodeRecord,
        new: Arc<PrivateKey>,
    ) -> Result<Rotated, String> {
        let place = Place::of_record(&self.stack.name, rec);
        let old = self.key()?;
        let (old_text, new_text) = (key_text(old.public_key())?, key_text(new.public_key())?);
        if old_text == new_text {
            return Err("the new key is the key the stack already uses".into());
        }
        let line = format!("{new_text} lavastack {}", self.stack.name);
        let file = &self.authorized_keys;
        let resumed = match self.connect_as(&place, old.clone()).await {
            Ok(conn) => {
                let r = conn
                    .check_as_login(
                        "adding the new key",
                        &authorize_key_cmd(file, &new_text, &line),
                    )
                    .await;
                conn.close().await;
                r?;
                false
            }
            // Refused with the old key: a run before this one may have removed it already.
            Err(e) if e.kind == Some(crate::model::ErrorKind::Auth) => {
                tracing::info!(node = %rec.name, "the old key is refused: finishing with the new one ({})", e.message);
                true
            }
            Err(e) => return Err(e.message),
        };
        let conn = self.connect_as(&place, new.clone()).await.map_err(|e| {
            if resumed {
                format!(
                    "neither key logs in: the old one is refused and the new one too ({})",
                    e.message
                )
            } else {
                format!(
                    "the new key does not log in ({}); the old key stays authorized",
                    e.message
                )
            }
        })?;
        let r = conn
            .check_as_login("removing the old key", &revoke_key_cmd(file, &old_text))
            .await;
        conn.close().await;
        r?;
        match self.connect_as(&place, old).await {
            Ok(c) => {
                c.close().await;
                Err(format!(
                    "the old key still logs in after its lines were removed from {file}: sshd reads keys from elsewhere too (AuthorizedKeysFile, AuthorizedKeysCommand or a certificate); set authorized_keys to the file it reads"
                ))
            }
            Err(_) if resumed => Ok(Rotated::AlreadyDone),
            Err(_) => Ok(Rotated::Done),
        }
    }
}
