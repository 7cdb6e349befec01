//! Logging setup: `RUST_LOG` decides what is logged, except that the libraries which log what
//! they send (HTTP and WebSocket headers carry the Lavalink password, SSH channel data carries
//! the password file, AWS requests carry signatures) never log at trace level, whatever form
//! `RUST_LOG` takes (`trace`, `5`, `hyper=trace`, `[span]=trace`).
//!
//! Owns: the subscriber and the cap. May import: nothing from lavastack.

use tracing::{Level, Metadata};
use tracing_subscriber::filter::{filter_fn, EnvFilter};
use tracing_subscriber::prelude::*;

/// Crates whose trace output may contain a secret they carry.
const CAPPED: &[&str] = &[
    "hyper",
    "hyper_util",
    "h2",
    "reqwest",
    "tungstenite",
    "tokio_tungstenite",
    "russh",
    "aws_smithy_runtime",
    "aws_smithy_runtime_api",
    "aws_smithy_http_client",
    "aws_smithy_http",
    "aws_sigv4",
    "aws_config",
    "aws_runtime",
    "axum",
    "tower_http",
    "rustls",
];

/// Whether an event or span is dropped by the cap: trace level from a capped crate.
pub fn capped(meta: &Metadata<'_>) -> bool {
    *meta.level() == Level::TRACE && is_capped_target(meta.target())
}

fn is_capped_target(target: &str) -> bool {
    let krate = target.split("::").next().unwrap_or(target);
    // `log` records bridged into tracing name their module path too.
    CAPPED.contains(&krate) || CAPPED.contains(&krate.replace('-', "_").as_str())
}

/// Installs the stderr subscriber. The cap is a filter of its own on the output layer, so no
/// directive in `RUST_LOG`, however specific, can override it.
pub fn init(color: bool) {
    let env = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn"));
    let out = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(color)
        .with_target(false)
        .with_filter(filter_fn(|meta| !capped(meta)));
    let _ = tracing_subscriber::registry()
        .with(env)
        .with(out)
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_paths_of_capped_crates_are_capped() {
        for t in [
            "hyper",
            "hyper::proto::h1::io",
            "russh::client",
            "tungstenite::protocol",
        ] {
            assert!(is_capped_target(t), "{t}");
        }
        for t in [
            "lavastack",
            "lavastack::provider::ssh",
            "hyperbole",
            "tokio",
        ] {
            assert!(!is_capped_target(t), "{t}");
        }
    }
}
