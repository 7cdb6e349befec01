//! The local state backend: one JSON file, an OS lock beside it, a backup of the last state.
//!
//! Files, for a state at `dir/state.json`:
//! - `state.json`: written to `state.json.tmp`, fsynced, then renamed over, so a crash leaves
//!   either the old or the new state, never a torn one;
//! - `state.json.backup`: the state as it was before this process first changed it;
//! - `state.json.lock`: held with an exclusive `flock` while any operation runs; the kernel
//!   drops it when the process dies, so a crash never leaves the state locked;
//! - `state.json.lock.info`: who holds the lock, for the refusal message.

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use fs4::fs_std::FileExt;

use super::*;

pub struct LocalBackend {
    path: PathBuf,
    backed_up: AtomicBool,
}

fn io<'a>(op: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> StateError + 'a {
    move |source| StateError::Io {
        op,
        path: path.to_path_buf(),
        source,
    }
}

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

impl LocalBackend {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        LocalBackend {
            path: path.into(),
            backed_up: AtomicBool::new(false),
        }
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
    pub fn backup_path(&self) -> PathBuf {
        with_suffix(&self.path, ".backup")
    }
    /// `state.json.key`: beside the state, never in it, readable by its owner only.
    pub fn key_path(&self) -> PathBuf {
        with_suffix(&self.path, ".key")
    }
    fn lock_path(&self) -> PathBuf {
        with_suffix(&self.path, ".lock")
    }
    fn info_path(&self) -> PathBuf {
        with_suffix(&self.path, ".lock.info")
    }

    fn read_info(&self) -> Option<LockInfo> {
        let text = fs::read_to_string(self.info_path()).ok()?;
        serde_json::from_str(&text).ok()
    }

    fn open_lock_file(&self) -> Result<File, StateError> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(io("create directory", dir))?;
        }
        let lp = self.lock_path();
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&lp)
            .map_err(io("open lock file", &lp))
    }

    fn try_lock_once(&self, operation: &str) -> Result<LockHandle, StateError> {
        let file = self.open_lock_file()?;
        match FileExt::try_lock_exclusive(&file) {
            Ok(true) => {}
            Ok(false) => {
                return Err(match self.read_info() {
                    Some(info) => StateError::Locked {
                        info: Box::new(info),
                        waited: std::time::Duration::ZERO,
                    },
                    None => StateError::LockedUnknown {
                        waited: std::time::Duration::ZERO,
                    },
                })
            }
            Err(e) => return Err(io("lock", &self.lock_path())(e)),
        }
        let info = LockInfo::new(operation, &self.path.display().to_string());
        let ip = self.info_path();
        let json = serde_json::to_vec_pretty(&info).expect("lock info serializes");
        write_atomic(&ip, &json)?;
        self.remove_stale_temp_files();
        Ok(LockHandle {
            info,
            inner: Box::new(file),
        })
    }

    /// Temp files a killed writer left (`state.json.tmp.<pid>`): with the lock held, no one
    /// else is writing, so every one of them is stale.
    fn remove_stale_temp_files(&self) {
        let (Some(dir), Some(name)) = (self.path.parent(), self.path.file_name()) else {
            return;
        };
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let prefix = format!("{}.tmp.", name.to_string_lossy());
        let mine = format!("{prefix}{}", std::process::id());
        for e in fs::read_dir(dir).into_iter().flatten().flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with(&prefix) && n != mine {
                let _ = fs::remove_file(e.path());
            }
        }
    }

    fn load_sync(&self) -> Result<Option<State>, StateError> {
        let text = match crate::files::read_regular(&self.path, super::STATE_MAX_BYTES) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io("read state", &self.path)(e)),
        };
        let backup = Some(self.backup_path()).filter(|b| b.exists());
        parse(&text, &self.path, backup).map(Some)
    }

    fn save_sync(&self, state: &State) -> Result<(), StateError> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(io("create directory", dir))?;
        }
        if !self.backed_up.swap(true, Ordering::SeqCst) && self.path.exists() {
            let bp = self.backup_path();
            let old = crate::files::read_regular(&self.path, super::STATE_MAX_BYTES)
                .map_err(io("read state", &self.path))?;
            write_atomic(&bp, &old)?;
        }
        let mut json = serde_json::to_vec_pretty(state)
            .map_err(|e| io("encode state", &self.path)(std::io::Error::other(e.to_string())))?;
        json.push(b'\n');
        write_atomic(&self.path, &json)
    }
}

/// temp file + fsync + rename + directory fsync.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StateError> {
    crate::files::write_atomic(path, bytes, None).map_err(io("write", path))
}

#[async_trait::async_trait]
impl StateBackend for LocalBackend {
    fn describe(&self) -> String {
        self.path.display().to_string()
    }

    async fn lock(&self, operation: &str, timeout: Duration) -> Result<LockHandle, StateError> {
        retry_lock(timeout, Duration::from_millis(100), || {
            std::future::ready(self.try_lock_once(operation))
        })
        .await
    }

    async fn unlock(&self, handle: LockHandle) -> Result<(), StateError> {
        if self.read_info().is_some_and(|i| i.id == handle.info.id) {
            let _ = fs::remove_file(self.info_path());
        }
        if let Ok(file) = handle.inner.downcast::<File>() {
            let _ = FileExt::unlock(&*file);
        }
        Ok(())
    }

    async fn load(&self) -> Result<Option<State>, StateError> {
        self.load_sync()
    }

    async fn save(&self, state: &State) -> Result<(), StateError> {
        self.save_sync(state)
    }

    async fn revision(&self) -> Result<Option<String>, StateError> {
        use std::os::unix::fs::MetadataExt;
        match fs::metadata(&self.path) {
            Ok(m) => Ok(Some(format!(
                "{}.{}-{}-{}",
                m.mtime(),
                m.mtime_nsec(),
                m.len(),
                m.ino()
            ))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io("read state", &self.path)(e)),
        }
    }

    async fn lock_info(&self) -> Result<Option<LockInfo>, StateError> {
        let Some(info) = self.read_info() else {
            return Ok(None);
        };
        // An info file whose flock is free was left by a process that died: not a lock.
        let file = self.open_lock_file()?;
        match FileExt::try_lock_exclusive(&file) {
            Ok(true) => {
                let _ = FileExt::unlock(&file);
                Ok(None)
            }
            _ => Ok(Some(info)),
        }
    }

    async fn load_key(&self) -> Result<Option<FingerprintKey>, StateError> {
        let path = self.key_path();
        let bytes = match crate::files::read_regular(&path, 1024) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io("read fingerprint key", &path)(e)),
        };
        FingerprintKey::decode(&bytes)
            .map(Some)
            .map_err(|e| StateError::BadKey {
                location: path.display().to_string(),
                reason: e.to_string(),
            })
    }

    async fn store_key(&self, key: &FingerprintKey) -> Result<(), StateError> {
        let path = self.key_path();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(io("create directory", dir))?;
        }
        crate::files::write_atomic(&path, key.encode().as_bytes(), Some(crate::files::SECRET))
            .map_err(io("write fingerprint key", &path))
    }

    async fn force_unlock(&self, id: &str) -> Result<(), StateError> {
        let Some(info) = self.read_info() else {
            return Err(StateError::NoSuchLock {
                id: id.to_string(),
                detail: "the state is not locked".into(),
            });
        };
        if info.id != id {
            return Err(StateError::NoSuchLock {
                id: id.to_string(),
                detail: format!("the current lock is {}", info.id),
            });
        }
        let file = self.open_lock_file()?;
        match FileExt::try_lock_exclusive(&file) {
            Ok(true) => {
                let _ = fs::remove_file(self.info_path());
                let _ = FileExt::unlock(&file);
                Ok(())
            }
            _ => Err(StateError::LockAlive {
                id: id.to_string(),
                info: Box::new(info),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passes_conformance() {
        let dir = tempfile::tempdir().unwrap();
        let b = LocalBackend::new(dir.path().join("s/state.json"));
        conformance::run(&b).await;
    }

    #[tokio::test]
    async fn keeps_backup_of_state_before_first_write() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        let mut st = State::new("x");
        LocalBackend::new(&p).save(&st).await.unwrap();
        let b = LocalBackend::new(&p);
        st.serial = 5;
        b.save(&st).await.unwrap();
        st.serial = 6;
        b.save(&st).await.unwrap();
        let backup: State = serde_json::from_slice(&fs::read(b.backup_path()).unwrap()).unwrap();
        assert_eq!(backup.serial, 0);
    }

    #[tokio::test]
    async fn refuses_truncated_and_newer_state() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        fs::write(&p, "{\"version\": 1, \"lineage\": \"x\", \"ser").unwrap();
        let b = LocalBackend::new(&p);
        assert!(matches!(b.load().await, Err(StateError::Corrupt { .. })));
        fs::write(&p, "{\"version\": 99}").unwrap();
        assert!(matches!(
            b.load().await,
            Err(StateError::TooNew { found: 99, .. })
        ));
    }
}
