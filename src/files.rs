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

/// Makes a rename of `path` durable: fsyncs the directory holding it.
pub fn sync_dir(path: &Path) -> std::io::Result<()> {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => File::open(dir)?.sync_all(),
        None => Ok(()),
    }
}

/// Reads a regular file of at most `max` bytes. A FIFO, device, socket or directory (also
/// behind a symlink) is refused at once instead of blocking or reading forever, and a larger
/// file is refused instead of filling memory.
pub fn read_regular(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. It means
    // nothing for a regular file.
    let f = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    let meta = f.metadata()?;
    let ft = meta.file_type();
    if !ft.is_file() {
        let what = if ft.is_dir() {
            "a directory"
        } else if ft.is_fifo() {
            "a FIFO"
        } else if ft.is_char_device() || ft.is_block_device() {
            "a device"
        } else if ft.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        };
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("it is {what}, not a regular file"),
        ));
    }
    let too_big = || {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "it is larger than {} (the limit for this file)",
                human_bytes(max)
            ),
        )
    };
    if meta.len() > max {
        return Err(too_big());
    }
    let mut out = Vec::with_capacity(meta.len() as usize);
    // A file growing while it is read is still cut at the limit.
    f.take(max + 1).read_to_end(&mut out)?;
    if out.len() as u64 > max {
        return Err(too_big());
    }
    Ok(out)
}

fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MiB", n >> 20)
    } else if n >= 1 << 10 && n.is_multiple_of(1 << 10) {
        format!("{} KiB", n >> 10)
    } else {
        format!("{n} bytes")
    }
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
    fn special_and_huge_files_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = read_regular(&fifo, 1024).unwrap_err();
        assert!(e.to_string().contains("a FIFO"), "{e}");
        let zero = dir.path().join("zero");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(read_regular(&zero, 1024)
            .unwrap_err()
            .to_string()
            .contains("a device"));
        assert!(read_regular(dir.path(), 1024)
            .unwrap_err()
            .to_string()
            .contains("a directory"));
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'x'; 2048]).unwrap();
        let e = read_regular(&big, 1024).unwrap_err();
        assert!(e.to_string().contains("larger than 1 KiB"), "{e}");
        assert_eq!(read_regular(&big, 2048).unwrap().len(), 2048);
    }

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
