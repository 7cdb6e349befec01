//! One watcher per node: a WebSocket session (instant death detection, `stats`) and REST
//! probes every interval with fall/rise hysteresis (hung nodes, latency).

use std::sync::{Arc, PoisonError};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::Value;

use super::{Live, NodeEntry, Router};
use crate::health;

/// Applies `f` to the node's live record and notes health transitions (a node going from
/// healthy to not is a failover: its players must move).
fn update(router: &Router, node: &NodeEntry, f: impl FnOnce(&mut Live)) {
    let name = node.name.as_str();
    let snap = router.snapshot();
    // A watcher of what the node was before a replacement (another address or instance, or a
    // node that left) reports nothing: its instance going away is the replacement, not an
    // outage, and the new instance's watcher owns the live record.
    if snap
        .nodes
        .get(name)
        .is_none_or(|n| n.host != node.host || n.port != node.port || n.instance != node.instance)
    {
        return;
    }
    // A drained node or one in maintenance going down is planned (a rollout, a removal): no
    // new players were sent there, so it is not a failover. Read before the live lock is
    // taken, so no two of the router's locks are ever held at once here.
    let planned =
        snap.drained.contains(name) || snap.nodes.get(name).is_some_and(|n| n.maintenance);
    let mut live = router.live.write().unwrap_or_else(PoisonError::into_inner);
    let l = live.entry(name.to_string()).or_default();
    let before = l.healthy();
    f(l);
    let after = l.healthy();
    if before != after {
        l.changed_at = Some(Instant::now());
        router.push_health(name, after);
        if before && planned {
            tracing::info!(node = name, error = ?l.last_error, "drained node is down");
        } else if before {
            *router
                .metrics
                .failovers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(name.to_string())
                .or_default() += 1;
            tracing::warn!(node = name, error = ?l.last_error, "node is down");
        } else {
            tracing::info!(node = name, "node is up");
        }
    }
}

pub async fn watch_node(router: Arc<Router>, node: NodeEntry) {
    // One task for both, so aborting the watcher (the node moved or left) stops both: a stale
    // session loop must never write into the live record of the node's successor.
    tokio::join!(session(router.clone(), node.clone()), probes(router, node));
}

async fn probes(router: Arc<Router>, node: NodeEntry) {
    let target = node.target();
    // Probes start on a fixed beat and never outlast it, so a hung node is down after about
    // `fall` intervals however long its requests would hang.
    let mut beat = tokio::time::interval(router.snapshot().stack.router.interval);
    beat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        beat.tick().await;
        let cfg = router.snapshot().stack.router.clone();
        let h = health::probe_rest(&target, cfg.timeout.min(cfg.interval)).await;
        router.record_probe(
            &node.name,
            &node.region,
            h.healthy,
            h.latency_ms
                .map(|ms| std::time::Duration::from_secs_f64(ms.max(0.0) / 1000.0)),
        );
        update(&router, &node, |l| {
            if h.healthy {
                l.consecutive_ok += 1;
                l.consecutive_fail = 0;
                if l.consecutive_ok >= cfg.rise {
                    l.probes_up = true;
                }
                if let Some(ms) = h.latency_ms {
                    // EWMA of the /version round trip.
                    l.latency_ms = Some(match l.latency_ms {
                        Some(prev) => prev * 0.7 + ms * 0.3,
                        None => ms,
                    });
                }
                l.version = h.version.clone();
                // REST stats every probe keep the counts fresh: Lavalink sends WebSocket stats
                // only once a minute, and a minute-old count sends every new guild to the node
                // that was emptiest a minute ago.
                if let (Some(p), Some(pp)) = (h.players, h.playing_players) {
                    l.players = p;
                    l.playing_players = pp;
                    l.pending = 0;
                }
                l.system_load = h.system_load.unwrap_or(l.system_load);
                l.lavalink_load = h.lavalink_load.unwrap_or(l.lavalink_load);
                l.memory_used = h.memory_used.unwrap_or(l.memory_used);
            } else {
                l.consecutive_fail += 1;
                l.consecutive_ok = 0;
                l.last_error = h.error.clone();
                if l.consecutive_fail >= cfg.fall {
                    l.probes_up = false;
                }
            }
        });
        if beat.period() != cfg.interval {
            beat = tokio::time::interval(cfg.interval);
            beat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        }
    }
}

/// Holds a Lavalink session to the node; its end marks the node down at once.
async fn session(router: Arc<Router>, node: NodeEntry) {
    use tokio_tungstenite::tungstenite::Message;
    let mut backoff = Duration::from_millis(100);
    let target = node.target();
    loop {
        let timeout = router.snapshot().stack.router.timeout;
        let client = concat!("lavastack-router/", env!("CARGO_PKG_VERSION"));
        match tokio::time::timeout(timeout, crate::health::node_websocket(&target, 1, client)).await
        {
            Ok(Ok(mut ws)) => {
                backoff = Duration::from_millis(100);
                while let Some(msg) = ws.next().await {
                    let Ok(Message::Text(t)) = msg else {
                        if matches!(msg, Ok(Message::Close(_)) | Err(_)) {
                            break;
                        }
                        continue;
                    };
                    let v: Value = serde_json::from_str(&t).unwrap_or_default();
                    match v["op"].as_str() {
                        Some("ready") => update(&router, &node, |l| l.ws_connected = true),
                        Some("stats") => update(&router, &node, |l| {
                            l.ws_connected = true;
                            l.players = v["players"].as_u64().unwrap_or(0);
                            l.playing_players = v["playingPlayers"].as_u64().unwrap_or(0);
                            l.pending = 0;
                            l.system_load =
                                v["cpu"]["systemLoad"].as_f64().unwrap_or(l.system_load);
                            l.lavalink_load =
                                v["cpu"]["lavalinkLoad"].as_f64().unwrap_or(l.lavalink_load);
                            l.memory_used = v["memory"]["used"].as_u64().unwrap_or(l.memory_used);
                            l.frame_sent = v["frameStats"]["sent"].as_i64();
                            l.frame_nulled = v["frameStats"]["nulled"].as_i64();
                            l.frame_deficit = v["frameStats"]["deficit"].as_i64();
                        }),
                        _ => {}
                    }
                }
                update(&router, &node, |l| {
                    l.ws_connected = false;
                    l.last_error = Some("its WebSocket session closed".into());
                });
            }
            Ok(Err(e)) => update(&router, &node, |l| {
                l.ws_connected = false;
                l.last_error = Some(format!("WebSocket: {e}"));
            }),
            Err(_) => update(&router, &node, |l| {
                l.ws_connected = false;
                l.last_error = Some("WebSocket handshake timed out".into());
            }),
        }
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_secs(2));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(instance: &str) -> NodeEntry {
        NodeEntry {
            name: "n".into(),
            host: "127.0.0.1".into(),
            port: 1,
            region: "r".into(),
            zone: String::new(),
            weight: 1,
            priority: 1,
            maintenance: false,
            tags: Default::default(),
            password: None,
            secure: false,
            transport: health::Transport::Plain,
            instance: instance.into(),
        }
    }

    #[test]
    fn a_replaced_instance_closing_late_is_not_a_failover_of_its_successor() {
        let stack = crate::stack::load_str(
            std::path::Path::new("t.hcl"),
            "stack \"t\" {}\nprovider \"local\" \"p\" {}\nregion \"r\" { provider = \"local.p\" }\nnode \"n\" { region = \"r\" }\n",
            &Default::default(),
        )
        .expect("valid stack");
        // The state already shows the new instance (pid 2) at the old one's address.
        let snap = super::super::Snapshot {
            stack,
            nodes: [("n".to_string(), entry("pid-2"))].into(),
            selection: Arc::new(crate::policy::builtin::LeastLoad),
            selection_fingerprint: String::new(),
            drained: Default::default(),
            cohorts: Default::default(),
        };
        let router = Router::new("t.hcl".into(), Default::default(), snap);
        let failovers = || router.metrics.failovers.lock().unwrap().clone();
        update(&router, &entry("pid-2"), |l| {
            l.probes_up = true;
            l.ws_connected = true;
        });
        // The old instance's session closes only now: its watcher reports nothing.
        update(&router, &entry("pid-1"), |l| l.ws_connected = false);
        assert!(router.live.read().unwrap()["n"].healthy());
        assert!(failovers().is_empty(), "{:?}", failovers());
        // The current instance going down is an outage.
        update(&router, &entry("pid-2"), |l| l.ws_connected = false);
        assert_eq!(failovers().get("n"), Some(&1));
    }
}
