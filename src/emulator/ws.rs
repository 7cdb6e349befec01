//! The WebSocket half: `/v4/websocket` sessions, resuming, and the clock that drives
//! `playerUpdate`, `stats` and track ends.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio::sync::mpsc;

use super::rest::{error, track_end};
use super::{new_session_id, Out, Player, Session, Shared};

pub(crate) fn player_update(p: &Player, now: Instant) -> String {
    json!({"op": "playerUpdate", "guildId": p.guild_id, "state": p.state_json(now)}).to_string()
}

pub(crate) async fn handshake(
    State(s): State<Arc<Shared>>,
    headers: HeaderMap,
    ws: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    let path = "/v4/websocket";
    let h = |k: &str| {
        headers
            .get(k)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    if h("authorization").as_deref() != Some(s.cfg.password.as_str()) {
        return error(401, "Unauthorized", path, false);
    }
    match h("user-id").as_deref() {
        None | Some("") | Some("0") => {
            return error(400, "User-Id header is missing or invalid", path, false)
        }
        Some(_) => {}
    }
    if h("client-name").is_none() {
        tracing::warn!("Library developers: Please specify a 'Client-Name' header.");
    }
    let ws = match ws {
        Ok(ws) => ws,
        Err(e) => return error(400, &format!("not a WebSocket upgrade: {e}"), path, false),
    };
    let wanted = h("session-id");
    let resumed = match &wanted {
        Some(id) => s
            .sessions
            .lock()
            .await
            .get(id)
            .is_some_and(|x| x.tx.is_none()),
        None => false,
    };
    let id = if resumed {
        wanted.unwrap_or_default()
    } else {
        new_session_id()
    };
    let shared = s.clone();
    let mut resp = ws.on_upgrade(move |socket| run(shared, socket, id, resumed));
    resp.headers_mut().insert(
        "Session-Resumed",
        HeaderValue::from_static(if resumed { "true" } else { "false" }),
    );
    resp.into_response()
}

async fn run(s: Arc<Shared>, socket: WebSocket, id: String, resumed: bool) {
    let (tx, mut rx) = mpsc::unbounded_channel::<Out>();
    let (mut sink, mut stream) = socket.split();
    let writer = tokio::spawn(async move {
        while let Some(m) = rx.recv().await {
            match m {
                Out::Text(t) => {
                    if sink.send(Message::Text(t.into())).await.is_err() {
                        break;
                    }
                }
                Out::Close(code, reason) => {
                    let _ = sink
                        .send(Message::Close(Some(CloseFrame {
                            code,
                            reason: reason.into(),
                        })))
                        .await;
                    break;
                }
            }
        }
    });
    {
        let mut sessions = s.sessions.lock().await;
        let now = Instant::now();
        let ready = json!({"op": "ready", "resumed": resumed, "sessionId": id}).to_string();
        match sessions.get_mut(&id).filter(|_| resumed) {
            Some(sess) => {
                let _ = tx.send(Out::Text(ready));
                for q in sess.queued.drain(..) {
                    let _ = tx.send(Out::Text(q));
                }
                for p in sess.players.values() {
                    let _ = tx.send(Out::Text(player_update(p, now)));
                }
                sess.tx = Some(tx.clone());
                sess.parked_until = None;
                sess.next_stats = now;
            }
            None => {
                let _ = tx.send(Out::Text(ready));
                sessions.insert(
                    id.clone(),
                    Session {
                        id: id.clone(),
                        tx: Some(tx.clone()),
                        resuming: false,
                        timeout_secs: 60,
                        players: HashMap::new(),
                        queued: Vec::new(),
                        parked_until: None,
                        next_stats: now,
                    },
                );
            }
        }
    }
    tracing::info!(session = %id, resumed, "session connected");
    while let Some(msg) = stream.next().await {
        match msg {
            Ok(Message::Close(_)) | Err(_) => break,
            Ok(Message::Text(_)) => {
                tracing::debug!(
                    "Lavalink v4 does not support websocket messages. Please use the REST api."
                )
            }
            Ok(_) => {}
        }
    }
    {
        let mut sessions = s.sessions.lock().await;
        if let Some(sess) = sessions.get_mut(&id) {
            // Only the connection that owns the session may park or end it.
            if sess.tx.as_ref().is_some_and(|t| t.same_channel(&tx)) {
                if sess.resuming {
                    sess.tx = None;
                    sess.parked_until =
                        Some(Instant::now() + Duration::from_secs(sess.timeout_secs));
                    tracing::info!(session = %id, timeout = sess.timeout_secs, "session parked for resuming");
                } else {
                    sessions.remove(&id);
                    tracing::info!(session = %id, "session closed, players destroyed");
                }
            }
        }
    }
    drop(tx);
    let _ = tokio::time::timeout(Duration::from_secs(1), writer).await;
}

/// One clock for the whole node: track ends, `playerUpdate` every interval, `stats` per session
/// every stats interval (first one at connect), expiry of parked sessions. Silent while frozen.
pub(crate) async fn ticker(s: Arc<Shared>) {
    let mut tick = tokio::time::interval(Duration::from_millis(50));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if s.faults.borrow().frozen {
            continue;
        }
        let mut sessions = s.sessions.lock().await;
        let now = Instant::now();
        sessions.retain(|_, x| x.parked_until.is_none_or(|d| d > now));
        let due: Vec<String> = sessions
            .values()
            .filter(|x| x.tx.is_some() && now >= x.next_stats)
            .map(|x| x.id.clone())
            .collect();
        let stats: HashMap<String, String> = due
            .iter()
            .map(|id| {
                let mut st = s.stats(&sessions, sessions.get(id));
                st["op"] = json!("stats");
                (id.clone(), st.to_string())
            })
            .collect();
        let playing_now = sessions
            .values()
            .flat_map(|x| x.players.values())
            .filter(|p| p.is_playing())
            .count() as u64;
        s.playing
            .store(playing_now, std::sync::atomic::Ordering::Relaxed);
        for sess in sessions.values_mut() {
            let mut out = Vec::new();
            for p in sess.players.values_mut() {
                if let Some(t) = &p.track {
                    let limit = p.end_time.unwrap_or(u64::MAX).min(p.length());
                    if !p.paused && p.position_at(now) >= limit {
                        out.push(track_end(&p.guild_id, t, "finished"));
                        p.track = None;
                        p.position = 0;
                        p.end_time = None;
                        p.since = now;
                    }
                }
                // Updates run only while a track is loaded, as Lavalink's per-track schedule.
                if p.track.is_some()
                    && now.duration_since(p.last_update) >= s.cfg.player_update_interval
                {
                    p.last_update = now;
                    out.push(player_update(p, now));
                }
            }
            for m in out {
                sess.send(m);
            }
            if let Some(st) = stats.get(&sess.id) {
                sess.send(st.clone());
                sess.next_stats = now + s.cfg.stats_interval;
            }
        }
    }
}
