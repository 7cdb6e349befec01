//! The router's HTTP API.

use std::sync::atomic::Ordering;
use std::sync::{Arc, PoisonError};
use std::time::Instant;

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router as Axum};
use serde::Deserialize;
use serde_json::json;

use super::{Router, BUCKETS};

fn error(status: StatusCode, msg: &str) -> Response {
    (status, Json(json!({"error": msg}))).into_response()
}

/// The whole API, built apart from the listener so tests can call it directly.
pub fn app(router: Arc<Router>) -> Axum {
    let admin = Axum::new()
        .route("/v1/nodes/{name}/drain", post(drain))
        .route("/v1/nodes/{name}/undrain", post(undrain))
        .route("/v1/credentials", get(credentials))
        .route_layer(middleware::from_fn_with_state(
            router.clone(),
            require_token,
        ));
    let open = Axum::new()
        .route("/v1/select", post(select))
        .route("/v1/nodes", get(nodes))
        .route("/metrics", get(metrics))
        .route_layer(middleware::from_fn_with_state(
            router.clone(),
            token_if_auth_all,
        ));
    Axum::new()
        .merge(admin)
        .merge(open)
        .route("/healthz", get(|| async { "ok" }))
        .layer(middleware::from_fn(body_in_time))
        .with_state(router)
}

/// The largest request body read: a selection's is under 1 KiB.
pub const MAX_BODY: usize = 16 << 10;
/// Time a request has to send its body once its headers are in, as long as it had for them:
/// a client trickling a body would otherwise hold one of the router's connections for good,
/// and enough of them every connection.
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

async fn body_in_time(req: Request, next: Next) -> Response {
    let too_large = || {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("the request body is larger than {MAX_BODY} bytes"),
        )
    };
    let declared = req
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return too_large();
    }
    let (parts, body) = req.into_parts();
    let bytes = match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY)).await
    {
        Err(_) => {
            return error(
                StatusCode::REQUEST_TIMEOUT,
                &format!(
                    "the request body did not arrive within {}s",
                    BODY_TIMEOUT.as_secs()
                ),
            )
        }
        // Over the limit without a Content-Length (chunked), or cut off: either way unread.
        Ok(Err(_)) => return too_large(),
        Ok(Ok(b)) => b,
    };
    next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
        .await
}

/// Compares a presented token with the router's without an early exit (a byte-by-byte
/// compare that stops at the first difference tells a patient client how much it got
/// right): both are hashed first, so lengths do not show either.
fn token_matches(given: &str, token: &str) -> bool {
    use sha2::{Digest, Sha256};
    let (a, b) = (
        Sha256::digest(given.as_bytes()),
        Sha256::digest(token.as_bytes()),
    );
    a.iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

/// `None` when the request carries the router's token, else the refusal to send.
fn token_refusal(router: &Router, req: &Request) -> Option<Response> {
    let snap = router.snapshot();
    let Some(token) = &snap.stack.router.token else {
        return Some(error(
            StatusCode::FORBIDDEN,
            "admin routes are off: set token in the stack's router block",
        ));
    };
    let given = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        // The scheme is case-insensitive (RFC 7235): "bearer x" is "Bearer x".
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, t)| t.trim());
    // A wrong token is a failed authentication, not a lack of permission: 401 either way,
    // with the challenge RFC 6750 asks for.
    let refuse = |msg: &str, challenge: &'static str| {
        let mut r = error(StatusCode::UNAUTHORIZED, msg);
        r.headers_mut().insert(
            axum::http::header::WWW_AUTHENTICATE,
            axum::http::HeaderValue::from_static(challenge),
        );
        r
    };
    match given {
        Some(g) if token_matches(g, token.expose()) => None,
        Some(_) => Some(refuse(
            "wrong token",
            "Bearer realm=\"lavastack\", error=\"invalid_token\"",
        )),
        None => Some(refuse(
            "send Authorization: Bearer <token>",
            "Bearer realm=\"lavastack\"",
        )),
    }
}

async fn require_token(State(r): State<Arc<Router>>, req: Request, next: Next) -> Response {
    match token_refusal(&r, &req) {
        None => next.run(req).await,
        Some(resp) => resp,
    }
}

async fn token_if_auth_all(State(r): State<Arc<Router>>, req: Request, next: Next) -> Response {
    if r.snapshot().stack.router.auth_all {
        if let Some(resp) = token_refusal(&r, &req) {
            return resp;
        }
    }
    next.run(req).await
}

#[derive(Deserialize)]
struct SelectBody {
    #[serde(deserialize_with = "snowflake")]
    guild_id: String,
    region: Option<String>,
    voice_endpoint: Option<String>,
}

/// Discord ids are strings (they do not fit a JavaScript number), but a client that sends a
/// JSON integer means the same guild.
fn snowflake<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        S(String),
        N(u64),
    }
    let bad = || {
        serde::de::Error::custom(
            "guild_id must be a Discord snowflake: 1 to 20 decimal digits, as a string or a number",
        )
    };
    match Id::deserialize(d) {
        // Anything else would reach logs and policies (a 1 MB id was logged whole once).
        Ok(Id::S(s)) if is_snowflake(&s) => Ok(s),
        Ok(Id::N(n)) => Ok(n.to_string()),
        _ => Err(bad()),
    }
}

/// Decimal digits, 1 to 20 (a u64), as Discord writes guild ids.
pub fn is_snowflake(s: &str) -> bool {
    (1..=20).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<u64>().is_ok()
}

/// The body is read as JSON whatever its Content-Type (curl -d sends a form type); anything
/// that is not the expected object is a 400 that shows the shape.
async fn select(State(r): State<Arc<Router>>, body: axum::body::Bytes) -> Response {
    let t = Instant::now();
    let b: SelectBody = match serde_json::from_slice(&body) {
        Ok(b) => b,
        Err(e) => {
            // serde's message quotes the input: keep it short.
            let mut why = e.to_string();
            if why.len() > 300 {
                let mut cut = 300;
                while !why.is_char_boundary(cut) {
                    cut -= 1;
                }
                why.truncate(cut);
                why.push_str("...");
            }
            return error(
                StatusCode::BAD_REQUEST,
                &format!("expected {{\"guild_id\": \"...\"}}: {why}"),
            );
        }
    };
    for (field, v) in [("region", &b.region), ("voice_endpoint", &b.voice_endpoint)] {
        if v.as_ref().is_some_and(|v| v.len() > 255) {
            return error(
                StatusCode::BAD_REQUEST,
                &format!("{field} is longer than 255 bytes"),
            );
        }
    }
    // See `Pace` for where a selection runs. Either way a panic fails this request only.
    let timed = move |r: &Router| {
        let started = Instant::now();
        let sel = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            r.select(&b.guild_id, b.region, b.voice_endpoint)
        }))
        .map_err(|p| crate::task::panic_message(&*p));
        r.pace.took(started.elapsed());
        sel
    };
    let sel = if r.pace.offload() {
        let router = r.clone();
        tokio::task::spawn_blocking(move || timed(&router))
            .await
            .map_err(crate::task::failure)
            .and_then(|s| s)
    } else {
        timed(&r)
    };
    let sel = match sel {
        Ok(sel) => sel,
        Err(why) => {
            // The panic's words are for the operator's log, not for any client.
            tracing::error!("selection failed: {why}");
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "selection failed (the router's log says why)",
            );
        }
    };
    r.observe(t.elapsed());
    if sel.node.is_none() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"error": "no healthy node", "guild_id": sel.guild_id, "ranking": []})),
        )
            .into_response();
    }
    Json(sel).into_response()
}

async fn nodes(State(r): State<Arc<Router>>) -> Response {
    let snap = r.snapshot();
    let live = r.live.read().unwrap_or_else(PoisonError::into_inner);
    let drained = &snap.drained;
    let rows: Vec<_> = snap
        .nodes
        .values()
        .map(|n| {
            let l = live.get(&n.name).cloned().unwrap_or_default();
            json!({
                "id": n.name, "name": n.name, "host": n.host, "port": n.port, "secure": n.secure,
                "region": n.region, "zone": n.zone, "weight": n.weight, "priority": n.priority,
                "maintenance": n.maintenance, "draining": drained.contains(&n.name),
                "healthy": l.healthy(), "ws_connected": l.ws_connected,
                "players": l.players, "playing_players": l.playing_players,
                "cpu": {"system_load": l.system_load, "lavalink_load": l.lavalink_load},
                "latency_ms": l.latency_ms, "version": l.version, "last_error": l.last_error,
                "traffic": snap.cohorts.get(&n.name).map(|c| c.share),
            })
        })
        .collect();
    Json(json!({"stack": snap.stack.name, "nodes": rows})).into_response()
}

/// Each node's password as the router probes it: during `rotate password` a bot asks here
/// before (re)connecting to a node, so it never holds a credential its node no longer takes.
/// Behind the admin token, like drains.
async fn credentials(State(r): State<Arc<Router>>) -> Response {
    let snap = r.snapshot();
    let rows: Vec<_> = snap
        .nodes
        .values()
        .map(|n| json!({"name": n.name, "password": n.password}))
        .collect();
    let mut resp = Json(json!({"stack": snap.stack.name, "nodes": rows})).into_response();
    resp.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    resp
}

/// Records the drain in the state (under its lock, so every replica and operator sees it at
/// its next poll), then reloads this replica's view at once.
async fn set_drain(r: Arc<Router>, name: String, on: bool) -> Response {
    let snap = r.snapshot();
    let backend = crate::state::open(&snap.stack).await;
    let by = format!("router {}", crate::state::actor());
    match crate::state::set_drain(
        backend.as_ref(),
        &name,
        on,
        &by,
        std::time::Duration::from_secs(10),
    )
    .await
    {
        Ok(changed) => {
            // Also when unchanged: an operator who recorded it just before asks for it now.
            r.reload().await;
            tracing::info!(node = %name, draining = on, changed, "drain recorded in state");
            Json(json!({"node": name, "draining": on})).into_response()
        }
        Err(crate::state::DrainError::Unknown(_)) => {
            error(StatusCode::NOT_FOUND, &format!("no node \"{name}\""))
        }
        Err(e @ crate::state::DrainError::State(crate::state::StateError::Locked { .. })) => {
            error(StatusCode::CONFLICT, &e.to_string())
        }
        Err(e) => {
            tracing::error!(node = %name, "recording the drain failed: {e}");
            error(StatusCode::SERVICE_UNAVAILABLE, &e.to_string())
        }
    }
}

async fn drain(State(r): State<Arc<Router>>, Path(name): Path<String>) -> Response {
    set_drain(r, name, true).await
}

async fn undrain(State(r): State<Arc<Router>>, Path(name): Path<String>) -> Response {
    set_drain(r, name, false).await
}

async fn metrics(State(r): State<Arc<Router>>) -> Response {
    let snap = r.snapshot();
    let live = r
        .live
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    let drained = snap.drained.clone();
    let mut out = String::new();
    let mut gauge = |name: &str, help: &str, rows: Vec<(String, f64)>| {
        out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} gauge\n"));
        for (labels, v) in rows {
            out.push_str(&format!("{name}{{{labels}}} {v}\n"));
        }
    };
    let per_node =
        |f: &dyn Fn(&super::Live, &super::NodeEntry) -> Option<f64>| -> Vec<(String, f64)> {
            snap.nodes
                .values()
                .filter_map(|n| {
                    let l = live.get(&n.name).cloned().unwrap_or_default();
                    f(&l, n).map(|v| (format!("node=\"{}\",region=\"{}\"", n.name, n.region), v))
                })
                .collect()
        };
    gauge(
        "lavastack_node_up",
        "1 when the node is healthy",
        per_node(&|l, _| Some(f64::from(u8::from(l.healthy())))),
    );
    gauge(
        "lavastack_node_draining",
        "1 when the node takes no new players",
        per_node(&|_, n| {
            Some(f64::from(u8::from(
                n.maintenance || drained.contains(&n.name),
            )))
        }),
    );
    gauge(
        "lavastack_node_latency_ms",
        "EWMA of the /version round trip",
        per_node(&|l, _| l.latency_ms),
    );
    gauge(
        "lavastack_node_players",
        "players on the node",
        per_node(&|l, _| Some(l.players as f64)),
    );
    gauge(
        "lavastack_node_playing_players",
        "playing players on the node",
        per_node(&|l, _| Some(l.playing_players as f64)),
    );
    gauge(
        "lavastack_node_cpu_system_load",
        "system CPU load (0..1)",
        per_node(&|l, _| Some(l.system_load)),
    );
    gauge(
        "lavastack_node_frame_deficit",
        "missing audio frames per minute",
        // Lavalink sends no frame stats while a node has no players: that is a deficit of 0,
        // and an alert on this series needs it to exist on an idle cluster too.
        per_node(&|l, _| {
            l.frame_deficit
                .map(|d| d as f64)
                .or(l.healthy().then_some(0.0))
        }),
    );
    let mut counter = |name: &str, help: &str, rows: Vec<(String, u64)>| {
        out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} counter\n"));
        for (labels, v) in rows {
            if labels.is_empty() {
                out.push_str(&format!("{name} {v}\n"));
            } else {
                out.push_str(&format!("{name}{{{labels}}} {v}\n"));
            }
        }
    };
    let sel = r
        .metrics
        .selections
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    counter(
        "lavastack_selections_total",
        "selections answered, by chosen node",
        sel.into_iter()
            .map(|(n, v)| (format!("node=\"{n}\""), v))
            .collect(),
    );
    let pe = r
        .metrics
        .policy_errors
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    counter(
        "lavastack_policy_errors_total",
        "selection policy failures answered by builtin:least-load",
        pe.into_iter()
            .map(|(n, v)| (format!("policy=\"{}\"", n.replace('"', "'")), v))
            .collect(),
    );
    // Every node of the stack has a series from the start, so `increase()` sees the first one.
    let mut failovers: std::collections::BTreeMap<String, u64> =
        snap.nodes.keys().map(|n| (n.clone(), 0)).collect();
    failovers.extend(
        r.metrics
            .failovers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|(n, v)| (n.clone(), *v)),
    );
    counter(
        "lavastack_failovers_total",
        "times a node went from healthy to not, by node",
        failovers
            .into_iter()
            .map(|(n, v)| (format!("node=\"{n}\""), v))
            .collect(),
    );
    counter(
        "lavastack_selections_without_node_total",
        "selections with no healthy node",
        vec![(String::new(), r.metrics.no_node.load(Ordering::Relaxed))],
    );
    let probes = r
        .metrics
        .probes
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    counter(
        "lavastack_probe_total",
        "router health probes, by node and result (ok or fail)",
        probes
            .into_iter()
            .map(|((n, region, res), v)| {
                (
                    format!("node=\"{n}\",region=\"{region}\",result=\"{res}\""),
                    v,
                )
            })
            .collect(),
    );
    let (up, down) = *r
        .metrics
        .availability
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    counter(
        "lavastack_availability_checks_total",
        "once a second: whether any node was healthy and selectable",
        vec![
            ("result=\"available\"".to_string(), up),
            ("result=\"unavailable\"".to_string(), down),
        ],
    );
    let probe_hist = r
        .metrics
        .probe_buckets
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    out.push_str("# HELP lavastack_probe_duration_seconds round trip of the router's health probes (GET /version), by node\n# TYPE lavastack_probe_duration_seconds histogram\n");
    for (node, (pb, pcount, psum)) in probe_hist {
        for (i, le) in super::probe_buckets().enumerate() {
            out.push_str(&format!(
                "lavastack_probe_duration_seconds_bucket{{node=\"{node}\",le=\"{le:?}\"}} {}\n",
                pb.get(i).copied().unwrap_or(0)
            ));
        }
        out.push_str(&format!("lavastack_probe_duration_seconds_bucket{{node=\"{node}\",le=\"+Inf\"}} {pcount}\nlavastack_probe_duration_seconds_sum{{node=\"{node}\"}} {psum}\nlavastack_probe_duration_seconds_count{{node=\"{node}\"}} {pcount}\n"));
    }
    let (buckets, count, sum) = r
        .metrics
        .buckets
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    out.push_str("# HELP lavastack_select_duration_seconds time to answer /v1/select\n# TYPE lavastack_select_duration_seconds histogram\n");
    for (i, le) in BUCKETS.iter().enumerate() {
        out.push_str(&format!(
            "lavastack_select_duration_seconds_bucket{{le=\"{le}\"}} {}\n",
            buckets.get(i).copied().unwrap_or(0)
        ));
    }
    out.push_str(&format!("lavastack_select_duration_seconds_bucket{{le=\"+Inf\"}} {count}\nlavastack_select_duration_seconds_sum {sum}\nlavastack_select_duration_seconds_count {count}\n"));
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4",
        )],
        out,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_match_only_when_equal() {
        assert!(super::token_matches("s3cret-token", "s3cret-token"));
        for wrong in ["s3cret-toke", "s3cret-token ", "S3cret-token", "", "x"] {
            assert!(!super::token_matches(wrong, "s3cret-token"), "{wrong:?}");
        }
    }
}
