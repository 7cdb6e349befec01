//! The S3 state backend: one state object, a lock object beside it, every version kept.
//!
//! - Lock: `PutObject <key>.lock` with `If-None-Match: *`, so of two jobs racing for it exactly
//!   one wins; the loser reads the lock object and reports its holder. Unlock deletes the lock
//!   only if it still holds our ID (and, where S3 supports it, only at the ETag we wrote).
//! - Writes are conditional on the ETag read (or written) last (`If-Match`), or on absence for
//!   the first write (`If-None-Match: *`), so a lost update cannot happen even without the lock.
//! - History: each written state is also stored as `<key>.history/<serial>.json`, so
//!   `state rollback` can restore any earlier version, and a corrupt state names the last good one.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::Client;

use super::*;

pub struct S3Backend {
    client: Client,
    bucket: String,
    key: String,
    etag: Mutex<Option<String>>,
}

fn io_err(op: &'static str, what: &str, e: impl std::fmt::Display) -> StateError {
    StateError::Io {
        op,
        path: PathBuf::from(what),
        source: std::io::Error::other(e.to_string()),
    }
}

/// The HTTP status of an SDK error, when the service answered.
fn status<E>(e: &aws_sdk_s3::error::SdkError<E>) -> Option<u16> {
    e.raw_response().map(|r| r.status().as_u16())
}

impl S3Backend {
    pub async fn new(
        bucket: &str,
        key: &str,
        region: Option<&str>,
        endpoint: Option<&str>,
    ) -> Self {
        let mut loader = aws_config::defaults(aws_config::BehaviorVersion::latest()).region(
            aws_config::Region::new(region.unwrap_or("us-east-1").to_string()),
        );
        if let Some(ep) = endpoint {
            loader = loader.endpoint_url(ep);
        }
        let conf = loader.load().await;
        let mut b = aws_sdk_s3::config::Builder::from(&conf);
        if endpoint.is_some() {
            // S3-compatible servers (and moto) address buckets by path.
            b = b.force_path_style(true);
        }
        S3Backend {
            client: Client::from_conf(b.build()),
            bucket: bucket.to_string(),
            key: key.to_string(),
            etag: Mutex::new(None),
        }
    }

    fn url(&self, key: &str) -> String {
        format!("s3://{}/{}", self.bucket, key)
    }

    fn lock_key(&self) -> String {
        format!("{}.lock", self.key)
    }

    fn fingerprint_key_key(&self) -> String {
        format!("{}.key", self.key)
    }

    fn history_key(&self, serial: u64) -> String {
        format!("{}.history/{serial:010}.json", self.key)
    }

    async fn get(&self, key: &str) -> Result<Option<(Vec<u8>, Option<String>)>, StateError> {
        match self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await
        {
            Ok(o) => {
                let etag = o.e_tag().map(str::to_string);
                let body = o
                    .body
                    .collect()
                    .await
                    .map_err(|e| io_err("read", &self.url(key), e))?
                    .into_bytes()
                    .to_vec();
                Ok(Some((body, etag)))
            }
            Err(e) if status(&e) == Some(404) => Ok(None),
            Err(e) => Err(io_err(
                "read",
                &self.url(key),
                aws_sdk_s3::error::DisplayErrorContext(e),
            )),
        }
    }

    async fn delete_lock(&self) -> Result<(), StateError> {
        self.client
            .delete_object()
            .bucket(&self.bucket)
            .key(self.lock_key())
            .send()
            .await
            .map_err(|e| {
                io_err(
                    "unlock",
                    &self.url(&self.lock_key()),
                    aws_sdk_s3::error::DisplayErrorContext(e),
                )
            })?;
        Ok(())
    }

    async fn read_lock(&self) -> Result<Option<(LockInfo, Option<String>)>, StateError> {
        Ok(self
            .get(&self.lock_key())
            .await?
            .and_then(|(b, etag)| serde_json::from_slice(&b).ok().map(|i| (i, etag))))
    }

    /// One attempt to take the lock. A refused write whose lock object is gone by the time it
    /// is read means its holder released it in between: the lock is free, so that is tried
    /// again (a few times) rather than reported as held by nobody.
    async fn try_lock(&self, operation: &str) -> Result<LockHandle, StateError> {
        for _ in 0..3 {
            match self.try_lock_once(operation).await {
                Err(StateError::LockedUnknown { .. }) => continue,
                other => return other,
            }
        }
        self.try_lock_once(operation).await
    }

    async fn try_lock_once(&self, operation: &str) -> Result<LockHandle, StateError> {
        let info = LockInfo::new(operation, &self.url(&self.key));
        let body = serde_json::to_vec_pretty(&info).expect("lock info serializes");
        let put = self
            .client
            .put_object()
            .bucket(&self.bucket)
            .key(self.lock_key())
            .if_none_match("*")
            .body(ByteStream::from(body))
            .send()
            .await;
        match put {
            Ok(o) => Ok(LockHandle {
                info,
                inner: Box::new(o.e_tag().map(str::to_string)),
            }),
            Err(e) if matches!(status(&e), Some(412) | Some(409)) => {
                Err(match self.read_lock().await? {
                    Some((info, _)) => StateError::Locked {
                        info: Box::new(info),
                        waited: std::time::Duration::ZERO,
                    },
                    None => StateError::LockedUnknown {
                        waited: std::time::Duration::ZERO,
                    },
                })
            }
            Err(e) => Err(io_err(
                "lock",
                &self.url(&self.lock_key()),
                aws_sdk_s3::error::DisplayErrorContext(e),
            )),
        }
    }

    /// Kept versions, newest first.
    async fn history(&self) -> Result<Vec<u64>, StateError> {
        let prefix = format!("{}.history/", self.key);
        let mut out: Vec<u64> = Vec::new();
        let mut token = None;
        loop {
            let r = self
                .client
                .list_objects_v2()
                .bucket(&self.bucket)
                .prefix(&prefix)
                .set_continuation_token(token)
                .send()
                .await
                .map_err(|e| {
                    io_err(
                        "list",
                        &self.url(&prefix),
                        aws_sdk_s3::error::DisplayErrorContext(e),
                    )
                })?;
            for o in r.contents() {
                if let Some(s) = o
                    .key()
                    .and_then(|k| k.strip_prefix(&prefix))
                    .and_then(|k| k.strip_suffix(".json"))
                    .and_then(|k| k.parse().ok())
                {
                    out.push(s);
                }
            }
            match r.next_continuation_token() {
                Some(t) => token = Some(t.to_string()),
                None => break,
            }
        }
        out.sort_unstable_by(|a, b| b.cmp(a));
        Ok(out)
    }

    async fn version(&self, serial: u64) -> Result<Option<State>, StateError> {
        let key = self.history_key(serial);
        match self.get(&key).await? {
            Some((b, _)) => serde_json::from_slice(&b)
                .map(Some)
                .map_err(|e| StateError::Corrupt {
                    path: PathBuf::from(self.url(&key)),
                    reason: e.to_string(),
                    backup: None,
                }),
            None => Ok(None),
        }
    }
}

#[async_trait::async_trait]
impl StateBackend for S3Backend {
    fn describe(&self) -> String {
        self.url(&self.key)
    }

    async fn lock(&self, operation: &str, timeout: Duration) -> Result<LockHandle, StateError> {
        retry_lock(timeout, Duration::from_millis(200), || {
            self.try_lock(operation)
        })
        .await
    }

    async fn unlock(&self, handle: LockHandle) -> Result<(), StateError> {
        match self.read_lock().await? {
            Some((info, _)) if info.id == handle.info.id => {}
            _ => {
                tracing::warn!("the state lock was taken over (force-unlock?); leaving it alone");
                return Ok(());
            }
        }
        self.delete_lock().await
    }

    async fn load(&self) -> Result<Option<State>, StateError> {
        let Some((body, etag)) = self.get(&self.key).await? else {
            *self.etag.lock().expect("etag lock") = None;
            return Ok(None);
        };
        *self.etag.lock().expect("etag lock") = etag;
        let previous = self.history().await.ok().and_then(|v| v.into_iter().nth(1));
        let backup = previous.map(|s| PathBuf::from(self.url(&self.history_key(s))));
        parse(&body, &PathBuf::from(self.url(&self.key)), backup).map(Some)
    }

    /// One HeadObject: a poll reads no body.
    async fn revision(&self) -> Result<Option<String>, StateError> {
        match self
            .client
            .head_object()
            .bucket(&self.bucket)
            .key(&self.key)
            .send()
            .await
        {
            Ok(o) => Ok(Some(o.e_tag().unwrap_or_default().to_string())),
            Err(e) if status(&e) == Some(404) => Ok(None),
            Err(e) => Err(io_err(
                "read",
                &self.url(&self.key),
                aws_sdk_s3::error::DisplayErrorContext(e),
            )),
        }
    }

    async fn save(&self, state: &State) -> Result<(), StateError> {
        let mut body = serde_json::to_vec_pretty(state).expect("state serializes");
        body.push(b'\n');
        let etag = self.etag.lock().expect("etag lock").clone();
        let mut put = self
            .client
            .put_object()
            .bucket(&self.bucket)
            .key(&self.key)
            .content_type("application/json")
            .body(ByteStream::from(body.clone()));
        put = match &etag {
            Some(e) => put.if_match(e),
            None => put.if_none_match("*"),
        };
        let out = put.send().await.map_err(|e| {
            if matches!(status(&e), Some(412) | Some(409)) {
                StateError::Conflict {
                    location: self.url(&self.key),
                }
            } else {
                io_err(
                    "write",
                    &self.url(&self.key),
                    aws_sdk_s3::error::DisplayErrorContext(e),
                )
            }
        })?;
        *self.etag.lock().expect("etag lock") = out.e_tag().map(str::to_string);
        self.client
            .put_object()
            .bucket(&self.bucket)
            .key(self.history_key(state.serial))
            .body(ByteStream::from(body))
            .send()
            .await
            .map_err(|e| {
                io_err(
                    "write",
                    &self.url(&self.history_key(state.serial)),
                    aws_sdk_s3::error::DisplayErrorContext(e),
                )
            })?;
        Ok(())
    }

    async fn lock_info(&self) -> Result<Option<LockInfo>, StateError> {
        Ok(self.read_lock().await?.map(|(i, _)| i))
    }

    async fn versions(&self) -> Result<Vec<u64>, StateError> {
        self.history().await
    }

    async fn load_version(&self, serial: u64) -> Result<Option<State>, StateError> {
        self.version(serial).await
    }

    async fn load_key(&self) -> Result<Option<FingerprintKey>, StateError> {
        let k = self.fingerprint_key_key();
        let Some((body, _)) = self.get(&k).await? else {
            return Ok(None);
        };
        FingerprintKey::decode(&body)
            .map(Some)
            .map_err(|e| StateError::BadKey {
                location: self.url(&k),
                reason: e.to_string(),
            })
    }

    async fn store_key(&self, key: &FingerprintKey) -> Result<(), StateError> {
        let k = self.fingerprint_key_key();
        self.client
            .put_object()
            .bucket(&self.bucket)
            .key(&k)
            .body(ByteStream::from(key.encode().into_bytes()))
            .send()
            .await
            .map_err(|e| {
                io_err(
                    "write",
                    &self.url(&k),
                    aws_sdk_s3::error::DisplayErrorContext(e),
                )
            })?;
        Ok(())
    }

    async fn force_unlock(&self, id: &str) -> Result<(), StateError> {
        match self.read_lock().await? {
            None => Err(StateError::NoSuchLock {
                id: id.to_string(),
                detail: "the state is not locked".into(),
            }),
            Some((info, _)) if info.id != id => Err(StateError::NoSuchLock {
                id: id.to_string(),
                detail: format!("the current lock is {}", info.id),
            }),
            Some(_) => self.delete_lock().await,
        }
    }
}
