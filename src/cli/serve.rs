//! `lavastack serve`: run the router in the foreground.

use std::net::SocketAddr;

use clap::Args;

use super::{exit, CliError, Global, Ui};
use crate::router::{self, Router};

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// Listen address (default: the stack's router.listen, 127.0.0.1:7300).
    #[arg(long)]
    pub listen: Option<SocketAddr>,
}

pub async fn run(g: &Global, _ui: Ui, args: ServeArgs) -> Result<i32, CliError> {
    let snap = router::load_snapshot(&g.stack, &g.load_options(), None)
        .await
        .map_err(|e| CliError::msg(e.to_string()))?;
    let replicas = &snap.stack.router.replicas;
    let addr = match (args.listen, replicas.is_empty()) {
        (Some(a), _) => a,
        (None, true) => snap.stack.router.listen,
        // router.listen is the HAProxy in front of the group.
        (None, false) => {
            return Err(CliError::with_hint(
                format!(
                    "the stack's router is a group of {} replicas: say which one this is",
                    replicas.len()
                ),
                format!(
                    "`lavastack serve --listen {}` (one of router.replicas; router.listen {} is HAProxy's)",
                    replicas[0], snap.stack.router.listen
                ),
            ))
        }
    };
    if !replicas.is_empty() && !replicas.contains(&addr) {
        eprintln!(
            "warning: {addr} is not one of router.replicas; the rendered HAProxy does not send to it"
        );
    }
    let r = Router::new(g.stack.clone(), g.load_options(), snap);
    r.sync_watchers();
    tokio::spawn(router::reload_loop(r.clone()));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| CliError::msg(format!("cannot listen on {addr}: {e}")))?;
    let addr = listener.local_addr().unwrap_or(addr);
    let tls = match &r.snapshot().stack.router.tls {
        Some(t) => Some(
            crate::tls::server_config(&t.cert, &t.key)
                .map_err(|e| CliError::msg(format!("router: tls: {e}")))?,
        ),
        None => None,
    };
    println!(
        "lavastack router for stack \"{}\" listening on {}://{addr}",
        r.snapshot().stack.name,
        if tls.is_some() { "https" } else { "http" }
    );
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate())
        .map_err(|e| CliError::msg(format!("cannot handle SIGTERM: {e}")))?;
    let shutdown = async move {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    };
    let limits = router::serve::Limits::for_this_process();
    tracing::info!(
        max_connections = limits.max_connections,
        "serving (headers within {:?})",
        limits.header_timeout
    );
    router::serve::serve(listener, router::app(r), limits, tls, shutdown).await;
    Ok(exit::OK)
}
