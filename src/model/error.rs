//! What kind of failure a network or provider error is, so callers decide by kind (retry a
//! timeout, never retry a refused password) and the CLI gives the hint that fits.

/// The kinds every typed error of a peer (router, node, provider API) maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// Refused credentials: a wrong password or token, missing permissions.
    Auth,
    /// Nothing listens, or the connection broke.
    Unreachable,
    /// It accepted the connection but did not answer in time.
    Timeout,
    /// The thing asked for does not exist there.
    NotFound,
    /// Someone else changed or holds it.
    Conflict,
    /// A limit or rate was hit.
    Quota,
    /// It answered, but not in a way lavastack understands.
    Protocol,
}

impl ErrorKind {
    /// The kind an HTTP status stands for (`None` for success and plain client errors).
    pub fn from_status(status: u16) -> Option<ErrorKind> {
        Some(match status {
            401 | 403 => ErrorKind::Auth,
            404 => ErrorKind::NotFound,
            409 | 412 => ErrorKind::Conflict,
            429 => ErrorKind::Quota,
            408 | 504 => ErrorKind::Timeout,
            502 | 503 => ErrorKind::Unreachable,
            s if s >= 400 => ErrorKind::Protocol,
            _ => return None,
        })
    }

    /// What usually helps, for the CLI's `help:` line.
    pub fn hint(self) -> &'static str {
        match self {
            ErrorKind::Auth => "check the password or token the stack gives it",
            ErrorKind::Unreachable => "is it running, and on the address the stack names?",
            ErrorKind::Timeout => {
                "it is running but busy or stopped (SIGSTOP?); try again or check its load"
            }
            ErrorKind::NotFound => "check the name against `lavastack status`",
            ErrorKind::Conflict => "another operation changed it; run the command again",
            ErrorKind::Quota => "wait and try again, or raise the limit",
            ErrorKind::Protocol => "is it the version lavastack expects?",
        }
    }
}
