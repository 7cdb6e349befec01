//! The crate's one way to replace a file: a temporary file created beside it with its final
//! mode (so a secret is never readable by others, not even for a moment), written, fsynced,
//! renamed over the target, and the directory fsynced. A reader sees the old file or the new
//! one, never half of one; a crash leaves at most a `.tmp.` file that the next write ignores.
//!
//! Owns: atomic replacement. May import: nothing from lavastack.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Owner-only: for files that hold a secret.
pub const SECRET: u32 = 0o600;
/// Readable by all, written by the owner.
pub const PUBLIC: u32 = 0o644;

/// Replaces `path` with `bytes`. `mode` is the new file's mode; `None` keeps the mode of the
/// file being replaced (a stack file the user made private stays private), else [`PUBLIC`].
/// Parent directories are created.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: Option<u32>) -> std::io::Result<()> {
    let mode = match mode {
        Some(m) => m,
        None => std::fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o7777)
            .unwrap_or(PUBLIC),
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = temp_path(path);
    let written = (|| {
        // create_new: a stale temp file (with whatever mode) is never reused.
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// `<path>.tmp.<pid>.<n>`: unique within this process and across processes.
fn temp_path(path: &Path) -> PathBuf {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let mut s = path.as_os_str().to_owned();
    s.push(format!(
        ".tmp.{}.{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_file_is_private_from_its_first_byte_and_modes_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/out.yml");
        write_atomic(&p, b"password: x\n", Some(SECRET)).unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        // None keeps the mode the file already has.
        write_atomic(&p, b"password: y\n", None).unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(std::fs::read(&p).unwrap(), b"password: y\n");
        // Nothing is left beside it.
        let names: Vec<_> = std::fs::read_dir(p.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("d");
        std::fs::create_dir(&p).unwrap();
        // Renaming a file over a directory fails.
        assert!(write_atomic(&p, b"x", None).is_err());
        assert!(p.is_dir());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
