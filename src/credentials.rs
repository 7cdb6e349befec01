//! Which password each node accepts right now, and where a password being rotated waits.
//!
//! Outside a rotation every node takes the stack's password (or its own). While
//! `rotate password` runs (a [`PasswordRotation`] in state), a node takes whichever of the
//! current and the staged value its state record's fingerprint names: the router's probes and
//! its credentials list for bots, drains and `status` all ask [`Credentials::for_node`], so
//! nobody holds a stale password for a node that just moved.
//!
//! Owns where a staged value lives (`file:P` at `P.pending`, mode 0600; `aws_sm:NAME[#KEY]` at
//! the `AWSPENDING` label) and its promotion. Imports `stack`, `state`, `model`, `files` and
//! `secret_store`.

use crate::model::FingerprintKey;
use crate::secret_store::AwsSecret;
use crate::stack::{Secret, Stack};
use crate::state::{NodeRecord, PasswordRotation, State};

#[derive(Debug, thiserror::Error)]
pub enum CredentialError {
    #[error("the stack's password does not come from secret(\"file:...\") or secret(\"aws_sm:...\"), so there is nowhere to stage a new one")]
    NoSource,
    #[error("{spec}: a rotation stages its new value in a file or Secrets Manager; {why}")]
    Unsupported { spec: String, why: String },
    #[error("{spec}: {why}")]
    Read { spec: String, why: String },
    #[error("staging the new password at {spec}: {why}")]
    Stage { spec: String, why: String },
    #[error("promoting the new password at {spec}: {why}")]
    Promote { spec: String, why: String },
}

/// Where a new value for `source` is staged.
pub fn staged_location(source: &str) -> Result<String, CredentialError> {
    let unsupported = |why: &str| CredentialError::Unsupported {
        spec: source.to_string(),
        why: why.to_string(),
    };
    match source.split_once(':') {
        // Beside the file the path really names: a symlinked secret is rotated in its target.
        Some(("file", path)) => {
            let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.into());
            Ok(format!("file:{}.pending", real.display()))
        }
        Some(("aws_sm", rest)) => match AwsSecret::parse("aws_sm", rest) {
            Ok(AwsSecret::SecretsManager { stage: None, .. }) => {
                Ok(format!("{source}@AWSPENDING"))
            }
            Ok(AwsSecret::SecretsManager { stage: Some(s), .. }) if s == "AWSCURRENT" => Ok(
                format!("{}@AWSPENDING", source.strip_suffix("@AWSCURRENT").unwrap_or(source)),
            ),
            Ok(_) => Err(unsupported(
                "the stack reads a fixed staging label; read AWSCURRENT (no @STAGE) to rotate",
            )),
            Err(e) => Err(unsupported(&e)),
        },
        Some(("env", _)) => Err(unsupported(
            "an environment variable cannot be staged by lavastack (move the password to secret(\"file:...\"))",
        )),
        Some(("ssm", _)) => Err(unsupported(
            "SSM parameters have no pending label lavastack can stage under (use aws_sm)",
        )),
        _ => Err(unsupported("unknown source")),
    }
}

/// Reads a `file:` or `aws_sm:` source's value.
pub async fn read(spec: &str) -> Result<Secret, CredentialError> {
    let fail = |why: String| CredentialError::Read {
        spec: spec.to_string(),
        why,
    };
    let value = match spec.split_once(':') {
        Some(("file", path)) => {
            crate::stack::read_secret_file(std::path::Path::new(path)).map_err(fail)?
        }
        Some(("aws_sm", rest)) => AwsSecret::parse("aws_sm", rest)
            .map_err(fail)?
            .fetch_async()
            .await
            .map_err(fail)?,
        _ => return Err(fail("not a file: or aws_sm: source".into())),
    };
    if value.is_empty() {
        return Err(fail("it is empty".into()));
    }
    Ok(Secret::new(value))
}

/// Stages `value` at `pending` (created 0600 before a byte is written, for a file).
pub async fn stage(pending: &str, value: &Secret, token: &str) -> Result<(), CredentialError> {
    let fail = |why: String| CredentialError::Stage {
        spec: pending.to_string(),
        why,
    };
    match pending.split_once(':') {
        Some(("file", path)) => crate::files::write_atomic(
            std::path::Path::new(path),
            format!("{}\n", value.expose()).as_bytes(),
            Some(0o600),
        )
        .map_err(|e| fail(e.to_string())),
        Some(("aws_sm", rest)) => {
            let current = rest.strip_suffix("@AWSPENDING").unwrap_or(rest);
            AwsSecret::parse("aws_sm", current)
                .map_err(fail)?
                .stage_pending(value.expose(), token)
                .await
                .map_err(fail)
        }
        _ => Err(fail("not a file: or aws_sm: source".into())),
    }
}

/// Makes the staged value the current one: the file replaces the old one in one rename; the
/// secret's AWSPENDING version becomes AWSCURRENT. Promoting twice is harmless.
pub async fn promote(r: &PasswordRotation) -> Result<(), CredentialError> {
    let fail = |why: String| CredentialError::Promote {
        spec: r.source.clone(),
        why,
    };
    match (r.source.split_once(':'), r.pending.split_once(':')) {
        (Some(("file", _)), Some(("file", pending))) => {
            let cur = pending.strip_suffix(".pending").unwrap_or(pending);
            match std::fs::rename(pending, cur) {
                Ok(()) => {}
                // Renamed already by a run that crashed right after.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(fail(e.to_string())),
            }
            crate::files::sync_dir(std::path::Path::new(cur)).map_err(|e| fail(e.to_string()))
        }
        (Some(("aws_sm", rest)), _) => AwsSecret::parse("aws_sm", rest)
            .map_err(fail)?
            .promote_pending()
            .await
            .map_err(fail),
        _ => Err(fail("not a file: or aws_sm: source".into())),
    }
}

/// Drops the staged value of an abandoned rotation (the file, or the AWSPENDING label).
pub async fn discard(r: &PasswordRotation) -> Result<(), CredentialError> {
    let fail = |why: String| CredentialError::Stage {
        spec: r.pending.clone(),
        why,
    };
    match r.pending.split_once(':') {
        Some(("file", pending)) => match std::fs::remove_file(pending) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(fail(e.to_string())),
        },
        Some(("aws_sm", rest)) => {
            let current = rest.strip_suffix("@AWSPENDING").unwrap_or(rest);
            AwsSecret::parse("aws_sm", current)
                .map_err(fail)?
                .discard_pending()
                .await
                .map_err(fail)
        }
        _ => Err(fail("not a file: or aws_sm: source".into())),
    }
}

/// A value every Lavalink client can send in an `Authorization` header: printable ASCII, no
/// space at either end, at most 1,024 bytes.
pub fn check_value(v: &Secret) -> Result<(), String> {
    let s = v.expose();
    if s.is_empty() {
        return Err("the new password is empty".into());
    }
    if s.len() > 1024 {
        return Err("the new password is over 1024 bytes".into());
    }
    if !s.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
        return Err("the new password holds a byte an HTTP header cannot carry (a newline, a control character or non-ASCII): clients could not send it".into());
    }
    if s.starts_with(' ') || s.ends_with(' ') {
        return Err(
            "the new password starts or ends with a space, which HTTP drops from a header".into(),
        );
    }
    Ok(())
}

/// The passwords nodes may hold now: the stack's, and during a rotation the staged one.
pub struct Credentials {
    pending: Option<Secret>,
    key: Option<FingerprintKey>,
}

impl Credentials {
    /// Outside a rotation: nothing to read. During one, the staged value and the key the
    /// records' fingerprints were made with.
    pub async fn load(
        state: Option<&State>,
        backend: &dyn crate::state::StateBackend,
    ) -> Result<Credentials, CredentialError> {
        let Some(r) = state.and_then(|s| s.rotation.as_ref()) else {
            return Ok(Credentials {
                pending: None,
                key: None,
            });
        };
        let pending = read(&r.pending).await.map_err(|e| CredentialError::Read {
            spec: r.pending.clone(),
            why: format!(
                "a password rotation is under way (started {}) and its staged value cannot be read ({e}); restore it, or finish or abandon the rotation with `lavastack rotate password [--abort]`",
                r.started
            ),
        })?;
        let key = backend
            .load_key()
            .await
            .map_err(|e| CredentialError::Read {
                spec: "the fingerprint key".into(),
                why: e.to_string(),
            })?;
        Ok(Credentials {
            pending: Some(pending),
            key,
        })
    }

    /// The password `node` accepts: the staged one where its record says it moved, otherwise
    /// the stack's.
    pub fn for_node(&self, stack: &Stack, node: &str, rec: Option<&NodeRecord>) -> Option<Secret> {
        if let (Some(p), Some(key), Some(rec)) = (&self.pending, &self.key, rec) {
            let recorded = rec.attributes.get("password").and_then(|v| v.as_str());
            if recorded == Some(p.fingerprint(key).as_str()) {
                return Some(p.clone());
            }
        }
        stack.password_for(node).cloned()
    }

    pub fn rotating(&self) -> bool {
        self.pending.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_locations_by_source() {
        assert_eq!(staged_location("file:/s/pw").unwrap(), "file:/s/pw.pending");
        assert!(check_value(&Secret::new("good-one_42")).is_ok());
        for bad in ["line\none", "tab\there", "caf\u{e9}", " lead", "trail ", ""] {
            assert!(check_value(&Secret::new(bad)).is_err(), "{bad:?} accepted");
        }
        assert_eq!(
            staged_location("aws_sm:lavalink/prod#password").unwrap(),
            "aws_sm:lavalink/prod#password@AWSPENDING"
        );
        assert_eq!(
            staged_location("aws_sm:x@AWSCURRENT").unwrap(),
            "aws_sm:x@AWSPENDING"
        );
        for refused in ["env:PW", "ssm:/p", "aws_sm:x@AWSPREVIOUS", "vault:x"] {
            let e = staged_location(refused).unwrap_err().to_string();
            assert!(e.starts_with(refused), "{e}");
        }
    }

    #[tokio::test]
    async fn a_file_is_staged_private_and_promoted_in_one_rename() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let cur = dir.path().join("pw");
        std::fs::write(&cur, "old-password\n").unwrap();
        let source = format!("file:{}", cur.display());
        let pending = staged_location(&source).unwrap();
        stage(&pending, &Secret::new("new-password"), "t")
            .await
            .unwrap();
        let staged = dir.path().join("pw.pending");
        let mode = std::fs::metadata(&staged).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(read(&pending).await.unwrap().expose(), "new-password");
        let r = PasswordRotation {
            id: "r".into(),
            source: source.clone(),
            pending,
            new_fingerprint: String::new(),
            started: String::new(),
            runner: None,
        };
        promote(&r).await.unwrap();
        assert_eq!(read(&source).await.unwrap().expose(), "new-password");
        assert!(!staged.exists());
        // A second promote (a run that crashed after the rename) changes nothing.
        promote(&r).await.unwrap();
        assert_eq!(read(&source).await.unwrap().expose(), "new-password");
    }
}
