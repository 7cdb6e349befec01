//! Draining a node: the running router stops choosing it, HAProxy (where an output has a
//! runtime socket) stops sending it new connections, and the node's own player count says when
//! it is empty. Used by `node drain|remove` and `rollout`.

use std::time::{Duration, Instant};

use crate::router::client::{ClientError, RouterClient};
use crate::stack::Stack;

/// Drains (or undrains) a node in the running router, then in HAProxy where an output has a
/// runtime socket. The router's answer decides the result; an HAProxy that cannot be told is
/// a warning (the router alone already keeps new players off the node).
pub async fn set_drain(stack: &Stack, name: &str, on: bool) -> Result<(), DrainError> {
    let client = RouterClient::for_stack(stack);
    if !client.has_token() {
        return Err(DrainError::NoToken);
    }
    client.set_drain(name, on).await?;
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
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum DrainError {
    #[error("the stack's router block has no token, which drain needs")]
    NoToken,
    #[error(transparent)]
    Router(#[from] ClientError),
}

/// Waits until the node reports no players, asking the node itself (`/v4/stats`): the
/// router's count comes from the node's `stats` messages, which Lavalink sends once a minute.
/// `None` when the node cannot be asked (not recorded, or not answering).
pub async fn wait_players_gone(stack: &Stack, name: &str, timeout: Duration) -> Option<u64> {
    let state = crate::state::open(stack)
        .await
        .load()
        .await
        .ok()
        .flatten()?;
    let rec = state.nodes.get(name)?;
    let target = crate::health::Target {
        host: rec.address.clone()?,
        port: rec.port?,
        password: stack.password_for(name).map(|s| s.expose().to_string()),
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
