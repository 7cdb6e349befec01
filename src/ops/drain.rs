//! Draining a node: recorded in the state so every router stops choosing it, HAProxy (where an
//! output has a runtime socket) stops sending it new connections, and the node's own player
//! count says when it is empty. Used by `node drain|remove`, `rollout` and `rotate password`.

use std::time::{Duration, Instant};

use crate::router::client::RouterClient;
use crate::stack::Stack;

/// Drains (or undrains) a node: recorded in the state (under its lock, serial bumped), so
/// every router replica stops choosing it at its next state poll and a restart keeps it; the
/// router this stack names is told at once (when it runs and a token is set), then HAProxy
/// where an output has a runtime socket. Only the state write decides the result: a router or
/// HAProxy that cannot be told is a note (it follows the state anyway).
pub async fn set_drain(stack: &Stack, name: &str, on: bool) -> Result<Told, DrainError> {
    let backend = crate::state::open(stack).await;
    let changed = crate::state::set_drain(
        backend.as_ref(),
        name,
        on,
        &crate::state::actor(),
        Duration::from_secs(30),
    )
    .await?;
    let client = RouterClient::for_stack(stack);
    let router = if client.has_token() {
        client.set_drain(name, on).await.map_err(|e| e.to_string())
    } else {
        Err("the router block has no token".into())
    };
    for o in stack.outputs.values() {
        let Some(sock) = &o.runtime_socket else {
            continue;
        };
        let Ok(cfg) = std::fs::read_to_string(stack.resolve_path(&o.path)) else {
            continue;
        };
        let cmds =
            crate::render::haproxy::state_commands(&cfg, name, if on { "drain" } else { "ready" });
        if let Err(e) = crate::render::haproxy::send(&stack.resolve_path(sock), &cmds).await {
            tracing::warn!("HAProxy: {e}");
            eprintln!("warning: HAProxy: {e}");
        }
    }
    Ok(Told {
        router: router.err(),
        changed,
    })
}

/// Who heard of a drain beyond the state.
#[derive(Debug, Clone)]
pub struct Told {
    /// Why the running router was not told at once (it follows at its next state poll).
    pub router: Option<String>,
    /// False when it was so already (drained, or not drained).
    pub changed: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum DrainError {
    #[error(transparent)]
    State(#[from] crate::state::DrainError),
}

/// Waits until the node reports no players, asking the node itself (`/v4/stats`): the
/// router's count comes from the node's `stats` messages, which Lavalink sends once a minute.
/// `None` when the node cannot be asked (not recorded, or not answering).
pub async fn wait_players_gone(stack: &Stack, name: &str, timeout: Duration) -> Option<u64> {
    let backend = crate::state::open(stack).await;
    let state = backend.load().await.ok().flatten()?;
    let rec = state.nodes.get(name)?;
    let password = crate::credentials::Credentials::load(Some(&state), backend.as_ref())
        .await
        .ok()?
        .for_node(stack, name, Some(rec));
    let target = crate::health::Target {
        host: rec.address.clone()?,
        port: rec.port?,
        password: password.map(|s| s.expose().to_string()),
        transport: crate::health::Transport::for_node(
            crate::model::NodeTls::from_attributes(&rec.attributes).as_ref(),
        ),
    };
    let until = Instant::now() + timeout;
    loop {
        let players = crate::health::probe_rest(&target, Duration::from_secs(3))
            .await
            .players;
        match players {
            Some(0) | None => return players,
            Some(n) if Instant::now() >= until => return Some(n),
            Some(_) => tokio::time::sleep(Duration::from_millis(250)).await,
        }
    }
}
