//! Spawned work whose failure is never lost: a task that panicked or was cancelled becomes an
//! error with the panic's message, for the caller to report against what the task was doing.
//!
//! Owns: turning a `JoinError` into words. May import: nothing from lavastack.

/// What went wrong in a task that did not return: its panic message, or that it was cancelled.
pub fn failure(e: tokio::task::JoinError) -> String {
    if e.is_cancelled() {
        return "the task was cancelled".to_string();
    }
    panic_message(&*e.into_panic())
}

/// [`failure`] for a task that may have been cancelled on purpose: `None` when it was.
pub fn unless_cancelled(e: tokio::task::JoinError) -> Option<String> {
    (!e.is_cancelled()).then(|| failure(e))
}

/// Stops a task that runs until told otherwise (a watcher, a sampler) and waits for it, so a
/// panic it had before is logged against `what` instead of vanishing with its handle.
pub async fn cancel<T>(handle: tokio::task::JoinHandle<T>, what: &str) {
    handle.abort();
    if let Some(e) = handle.await.err().and_then(unless_cancelled) {
        tracing::warn!("{what} failed: {e}");
    }
}

/// The same words for a panic caught with `catch_unwind`.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let msg = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string());
    format!("it panicked: {msg} (a bug in lavastack: please report it)")
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_panic_becomes_its_message() {
        let e = tokio::spawn(async { panic!("boom {}", 7) })
            .await
            .unwrap_err();
        assert!(super::failure(e).contains("panicked: boom 7"));
        let e = tokio::spawn(async { std::panic::panic_any("static") })
            .await
            .unwrap_err();
        assert!(super::failure(e).contains("panicked: static"));
        let e = tokio::spawn(std::future::pending::<()>());
        e.abort();
        assert_eq!(super::unless_cancelled(e.await.unwrap_err()), None);
        let e = tokio::spawn(async { panic!("late") }).await.unwrap_err();
        assert!(super::unless_cancelled(e)
            .unwrap()
            .contains("panicked: late"));
        let p = std::panic::catch_unwind(|| panic!("caught")).unwrap_err();
        assert!(super::panic_message(&*p).contains("panicked: caught"));
    }
}
