//! Which policy is which: a fingerprint names a policy for change detection (the module, plus
//! a hash for files), is recorded in state by apply, and can load the applied module back
//! while it is still on disk as it was.

use std::collections::BTreeMap;

use sha2::Digest;

use crate::stack::Stack;

/// The policy a recorded fingerprint names, loaded, when it still can be as it was: a
/// built-in, or a file whose bytes still hash the same (say the stack moved to another file).
pub fn load_recorded(
    stack: &Stack,
    fingerprint: &str,
) -> Result<Option<std::sync::Arc<dyn super::Policy>>, super::PolicyError> {
    recorded_policy_module(stack, fingerprint)
        .map(|m| super::load(&m, &stack.dir, super::wasm::Limits::default()))
        .transpose()
}

fn recorded_policy_module(stack: &Stack, fingerprint: &str) -> Option<String> {
    if fingerprint.starts_with("builtin:") {
        return Some(fingerprint.to_string());
    }
    let (module, _) = fingerprint.rsplit_once(" (sha256:")?;
    let bytes = std::fs::read(stack.resolve_path(module)).ok()?;
    (file_fingerprint(module, &bytes) == fingerprint).then(|| module.to_string())
}

fn file_fingerprint(module: &str, bytes: &[u8]) -> String {
    format!(
        "{module} (sha256:{})",
        &hex::encode(sha2::Sha256::digest(bytes))[..12]
    )
}

/// Identity of a policy for change detection: the module name, plus a hash for files.
pub fn fingerprints(stack: &Stack) -> BTreeMap<String, String> {
    ["selection", "placement"]
        .iter()
        .map(|kind| {
            let module = stack
                .policies
                .get(*kind)
                .map(|p| p.module.clone())
                .unwrap_or_else(|| {
                    if *kind == "selection" {
                        "builtin:least-load".into()
                    } else {
                        "builtin:spread".into()
                    }
                });
            let id = if module.starts_with("builtin:") {
                module
            } else {
                // A module that cannot be read hashes as empty: loading it fails with its own
                // clear error before anything uses this.
                let bytes = std::fs::read(stack.resolve_path(&module)).unwrap_or_default();
                file_fingerprint(&module, &bytes)
            };
            (kind.to_string(), id)
        })
        .collect()
}
