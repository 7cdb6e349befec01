//! The REST half of the Lavalink v4 API.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch, post};
use axum::Router;
use serde_json::{json, Value as Json};

use super::{faults, tracks, ws, Player, Shared, Voice};

fn reason(status: u16) -> &'static str {
    StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}

/// Lavalink's error body: `{timestamp, status, error, message, path}` (+ `trace` on request).
pub(crate) fn error(status: u16, message: &str, path: &str, trace: bool) -> Response {
    let mut body = json!({
        "timestamp": super::unix_ms(),
        "status": status,
        "error": reason(status),
        "message": message,
        "path": path,
    });
    if trace {
        body["trace"] = json!(format!("lavastack emulator: {message}"));
    }
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (code, axum::Json(body)).into_response()
}

/// `?trace=true` (any case, as Kotlin's `toBoolean`) asks for the `trace` field.
fn wants_trace(query: Option<&str>) -> bool {
    query.is_some_and(|q| {
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .any(|(k, v)| k == "trace" && v.eq_ignore_ascii_case("true"))
    })
}

/// A query parameter Spring binds to a `Boolean`: true/false, on/off, yes/no, 1/0 in any case;
/// absent or empty is the default. Anything else is the 400 Spring's conversion gives.
fn query_bool(
    q: &std::collections::HashMap<String, String>,
    name: &str,
    default: bool,
) -> Result<bool, String> {
    let Some(v) = q.get(name).map(|v| v.trim()).filter(|v| !v.is_empty()) else {
        return Ok(default);
    };
    match v.to_ascii_lowercase().as_str() {
        "true" | "on" | "yes" | "1" => Ok(true),
        "false" | "off" | "no" | "0" => Ok(false),
        _ => Err(format!(
            "Failed to convert value of type 'java.lang.String' to required type 'boolean'; Invalid boolean value [{}]",
            crate::diag::clip(v, 100)
        )),
    }
}

/// The 400 for a guild id Lavalink's `Long` path variable does not take (`None`: it does).
fn bad_guild_id(gid: &str, path: &str) -> Option<Response> {
    gid.parse::<i64>().err().map(|_| {
        error(
            400,
            &format!(
                "Failed to convert value of type 'java.lang.String' to required type 'long'; For input string: \"{}\"",
                crate::diag::clip(gid, 100)
            ),
            path,
            false,
        )
    })
}

/// Every error leaves as Lavalink's JSON body: axum's own plain-text rejections (a body that
/// is not JSON, a bad query) are rewritten, and `?trace=true` adds `trace` to any of them.
/// Bodiless answers (401, 403, 204) stay bodiless.
async fn lavalink_errors(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let trace = wants_trace(req.uri().query());
    let resp = next.run(req).await;
    let status = resp.status();
    if status.as_u16() < 400 || matches!(status.as_u16(), 401 | 403) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json && !trace {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let bytes = axum::body::to_bytes(body, 64 << 10)
        .await
        .unwrap_or_default();
    let mut v: Json = if is_json {
        serde_json::from_slice(&bytes).unwrap_or_else(|_| json!({}))
    } else {
        let text = String::from_utf8_lossy(&bytes);
        json!({
            "timestamp": super::unix_ms(),
            "status": status.as_u16(),
            "error": reason(status.as_u16()),
            "message": crate::diag::clip(text.trim(), 300),
            "path": path,
        })
    };
    if trace && v.get("trace").is_none() {
        let message = v["message"].as_str().unwrap_or_default().to_string();
        v["trace"] = json!(format!(
            "org.springframework.web.server.ResponseStatusException: {} \"{message}\"\n\tat lavastack.emulator({path})",
            status.as_u16()
        ));
    }
    let mut out = (parts.status, axum::Json(v)).into_response();
    for (k, val) in parts.headers.iter() {
        if k != axum::http::header::CONTENT_TYPE && k != axum::http::header::CONTENT_LENGTH {
            out.headers_mut().insert(k.clone(), val.clone());
        }
    }
    out
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    let metrics_path = shared.cfg.metrics_endpoint.clone();
    let mut r = Router::new()
        .route("/version", get(version))
        .route("/v4/info", get(info))
        .route("/v4/stats", get(stats))
        .route("/v4/loadtracks", get(loadtracks))
        .route("/v4/decodetrack", get(decodetrack))
        .route("/v4/decodetracks", post(decodetracks))
        .route("/v4/sessions/{sid}", patch(update_session))
        .route("/v4/sessions/{sid}/players", get(list_players))
        .route(
            "/v4/sessions/{sid}/players/{gid}",
            get(get_player).patch(update_player).delete(destroy_player),
        )
        .route(
            "/v4/routeplanner/status",
            get(|| async { StatusCode::NO_CONTENT }),
        )
        .route("/v4/websocket", get(ws::handshake));
    if shared.cfg.metrics_enabled {
        r = r.route(&metrics_path, get(metrics));
    }
    r.fallback(not_found)
        .layer(middleware::from_fn_with_state(shared.clone(), auth))
        .layer(middleware::from_fn(lavalink_errors))
        .layer(middleware::from_fn_with_state(
            shared.clone(),
            faults::middleware,
        ))
        .layer(middleware::from_fn_with_state(shared.clone(), api_version))
        .with_state(shared)
}

async fn api_version(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    resp.headers_mut()
        .insert("Lavalink-Api-Version", HeaderValue::from_static("4"));
    // Not Lavalink's: lets tests behind a balancer see which node answered.
    if let Some(name) = s
        .cfg
        .node_name
        .as_deref()
        .and_then(|n| HeaderValue::from_str(n).ok())
    {
        resp.headers_mut().insert("X-Lavastack-Node", name);
    }
    resp
}

/// Every path but the Prometheus endpoint and `/error` needs the password: missing -> 401,
/// wrong -> 403, each with an empty body. The WebSocket handshake checks its own header.
async fn auth(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let open = path == "/error"
        || path == "/v4/websocket"
        || (s.cfg.metrics_enabled && path == s.cfg.metrics_endpoint);
    if !open {
        // Spring Security answers these with the status alone, no body.
        match req.headers().get("authorization") {
            None => return StatusCode::UNAUTHORIZED.into_response(),
            Some(v) if v.as_bytes() != s.cfg.password.as_bytes() => {
                return StatusCode::FORBIDDEN.into_response()
            }
            Some(_) => {}
        }
    }
    next.run(req).await
}

async fn not_found(req: Request) -> Response {
    error(404, "Not Found", req.uri().path(), false)
}

async fn version(State(s): State<Arc<Shared>>) -> String {
    s.cfg.version.clone()
}

async fn info(State(s): State<Arc<Shared>>) -> axum::Json<Json> {
    let v = &s.cfg.version;
    let core = v.split(['-', '+']).next().unwrap_or(v);
    let mut parts = core.split('.').map(|x| x.parse::<u32>().unwrap_or(0));
    let (major, minor, patch) = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    let pre = v
        .split_once('-')
        .map(|(_, p)| p.split('+').next().unwrap_or(p));
    axum::Json(json!({
        "version": {"semver": v, "major": major, "minor": minor, "patch": patch, "preRelease": pre, "build": null},
        "buildTime": 0,
        "git": {"branch": "emulator", "commit": "lavastack", "commitTime": 0},
        "jvm": "emulated",
        "lavaplayer": "emulated",
        "sourceManagers": ["youtube", "soundcloud", "bandcamp", "twitch", "vimeo", "http"],
        "filters": ["volume", "equalizer", "karaoke", "timescale", "tremolo", "vibrato", "distortion", "rotation", "channelMix", "lowPass"],
        "plugins": [],
    }))
}

async fn stats(State(s): State<Arc<Shared>>) -> axum::Json<Json> {
    let sessions = s.sessions.lock().await;
    axum::Json(s.stats(&sessions, None))
}

#[derive(serde::Deserialize)]
struct LoadQuery {
    identifier: Option<String>,
}

async fn loadtracks(Query(q): Query<LoadQuery>, req: Request) -> Response {
    match q.identifier {
        Some(id) => axum::Json(tracks::load(&id)).into_response(),
        None => error(
            400,
            "Required parameter 'identifier' is not present",
            req.uri().path(),
            false,
        ),
    }
}

#[derive(serde::Deserialize)]
struct DecodeQuery {
    #[serde(rename = "encodedTrack")]
    encoded_track: Option<String>,
}

async fn decodetrack(Query(q): Query<DecodeQuery>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    match q.encoded_track.as_deref().map(tracks::decode) {
        Some(Some(t)) => axum::Json(t).into_response(),
        Some(None) => error(400, "Invalid encoded track", &path, false),
        None => error(
            400,
            "Required parameter 'encodedTrack' is not present",
            &path,
            false,
        ),
    }
}

async fn decodetracks(body: Bytes) -> Response {
    let path = "/v4/decodetracks";
    let Ok(list) = serde_json::from_slice::<Vec<String>>(&body) else {
        return error(400, "Expected a JSON array of encoded tracks", path, false);
    };
    if list.is_empty() {
        return error(400, "No tracks to decode provided", path, false);
    }
    let mut out = Vec::new();
    for e in &list {
        match tracks::decode(e) {
            Some(t) => out.push(t),
            None => return error(400, "Invalid encoded track", path, false),
        }
    }
    axum::Json(out).into_response()
}

async fn update_session(
    State(s): State<Arc<Shared>>,
    Path(sid): Path<String>,
    body: Bytes,
) -> Response {
    let path = format!("/v4/sessions/{sid}");
    let Ok(v) = serde_json::from_slice::<Json>(&body) else {
        return error(400, "Invalid JSON body", &path, false);
    };
    let mut sessions = s.sessions.lock().await;
    let Some(sess) = sessions.get_mut(&sid).filter(|x| x.tx.is_some()) else {
        return error(404, "Session not found", &path, false);
    };
    if let Some(r) = v.get("resuming").and_then(Json::as_bool) {
        sess.resuming = r;
    }
    if let Some(t) = v.get("timeout") {
        match t.as_u64() {
            Some(t) => sess.timeout_secs = t,
            None => {
                return error(
                    400,
                    "timeout must be a whole number of seconds",
                    &path,
                    false,
                )
            }
        }
    }
    axum::Json(json!({"resuming": sess.resuming, "timeout": sess.timeout_secs})).into_response()
}

async fn list_players(State(s): State<Arc<Shared>>, Path(sid): Path<String>) -> Response {
    let sessions = s.sessions.lock().await;
    let Some(sess) = sessions.get(&sid).filter(|x| x.tx.is_some()) else {
        return error(
            404,
            "Session not found",
            &format!("/v4/sessions/{sid}/players"),
            false,
        );
    };
    let now = Instant::now();
    let mut players: Vec<&Player> = sess.players.values().collect();
    players.sort_by(|a, b| a.guild_id.cmp(&b.guild_id));
    let rules = s.cfg.rules();
    axum::Json(
        players
            .iter()
            .map(|p| p.to_json(now, rules))
            .collect::<Vec<_>>(),
    )
    .into_response()
}

async fn get_player(
    State(s): State<Arc<Shared>>,
    Path((sid, gid)): Path<(String, String)>,
) -> Response {
    let path = format!("/v4/sessions/{sid}/players/{gid}");
    if let Some(r) = bad_guild_id(&gid, &path) {
        return r;
    }
    let sessions = s.sessions.lock().await;
    let Some(sess) = sessions.get(&sid).filter(|x| x.tx.is_some()) else {
        return error(404, "Session not found", &path, false);
    };
    match sess.players.get(&gid) {
        Some(p) => axum::Json(p.to_json(Instant::now(), s.cfg.rules())).into_response(),
        None => error(404, "Player not found", &path, false),
    }
}

async fn destroy_player(
    State(s): State<Arc<Shared>>,
    Path((sid, gid)): Path<(String, String)>,
) -> Response {
    let path = format!("/v4/sessions/{sid}/players/{gid}");
    if let Some(r) = bad_guild_id(&gid, &path) {
        return r;
    }
    let mut sessions = s.sessions.lock().await;
    let Some(sess) = sessions.get_mut(&sid).filter(|x| x.tx.is_some()) else {
        return error(404, "Session not found", &path, false);
    };
    // Destroying stops the track first, as lavaplayer's destroy does: the client hears why.
    if let Some(t) = sess.players.remove(&gid).and_then(|p| p.track) {
        sess.send(track_end(&gid, &t, "stopped"));
    }
    StatusCode::NO_CONTENT.into_response()
}

fn event(kind: &str, gid: &str, extra: Json) -> String {
    let mut v = json!({"op": "event", "type": kind, "guildId": gid});
    if let (Some(o), Json::Object(e)) = (v.as_object_mut(), extra) {
        o.extend(e);
    }
    v.to_string()
}

pub(crate) fn track_end(gid: &str, track: &Json, reason: &str) -> String {
    event(
        "TrackEndEvent",
        gid,
        json!({"track": track, "reason": reason}),
    )
}

async fn update_player(
    State(s): State<Arc<Shared>>,
    Path((sid, gid)): Path<(String, String)>,
    Query(q): Query<std::collections::HashMap<String, String>>,
    body: Bytes,
) -> Response {
    let path = format!("/v4/sessions/{sid}/players/{gid}");
    let bad = |m: &str| error(400, m, &path, false);
    if let Some(r) = bad_guild_id(&gid, &path) {
        return r;
    }
    let no_replace = match query_bool(&q, "noReplace", false) {
        Ok(b) => b,
        Err(m) => return bad(&m),
    };
    let rules = s.cfg.rules();
    let Ok(v) = serde_json::from_slice::<Json>(&body) else {
        return bad("Invalid JSON body");
    };
    if !v.is_object() {
        return bad("Expected a JSON object");
    }
    // Validate everything before changing anything.
    let voice = match v.get("voice") {
        None | Some(Json::Null) => None,
        Some(vo) => {
            let f = |k: &str| vo.get(k).and_then(Json::as_str).unwrap_or("").to_string();
            let voice = Voice {
                token: f("token"),
                endpoint: f("endpoint"),
                session_id: f("sessionId"),
                channel_id: f("channelId"),
            };
            let mut required = vec![&voice.token, &voice.endpoint, &voice.session_id];
            if rules.voice_channel_id {
                required.push(&voice.channel_id);
            }
            if required.iter().any(|x| x.trim().is_empty()) {
                return bad(if rules.voice_channel_id {
                    "Partial Lavalink voice state: token, endpoint, sessionId and channelId are required"
                } else {
                    "Partial Lavalink voice state: token, endpoint and sessionId are required"
                });
            }
            Some(voice)
        }
    };
    // Lavalink clamps the volume into 0..=1000; only a non-number is refused.
    let volume = match v.get("volume") {
        None | Some(Json::Null) => None,
        Some(vol) => match vol.as_i64().or_else(|| vol.as_f64().map(|f| f as i64)) {
            Some(x) => Some(x.clamp(0, 1000) as u32),
            None => return bad("volume must be a number"),
        },
    };
    if let Some(e) = v.get("endTime").filter(|e| !e.is_null()) {
        if e.as_u64().is_none_or(|x| x == 0) {
            return bad("End time must be greater than 0");
        }
    }
    // What the request says about the track: Some(Some(t)) play t, Some(None) stop, None keep.
    let track_obj = v.get("track");
    let (encoded, identifier) = match track_obj {
        Some(t) => (
            t.get("encoded").cloned(),
            t.get("identifier")
                .and_then(Json::as_str)
                .map(str::to_string),
        ),
        None => (
            v.get("encodedTrack").cloned(),
            v.get("identifier")
                .and_then(Json::as_str)
                .map(str::to_string),
        ),
    };
    if encoded.as_ref().is_some_and(|e| !e.is_null()) && identifier.is_some() {
        return bad("Cannot specify both track.encoded and track.identifier");
    }
    let new_track: Option<Option<Json>> = match (encoded, identifier) {
        (Some(Json::Null), _) => Some(None),
        (Some(Json::String(e)), _) => match tracks::decode(&e) {
            Some(t) => Some(Some(t)),
            None => return bad("Invalid encoded track"),
        },
        (Some(_), _) => return bad("track.encoded must be a string or null"),
        (None, Some(id)) => match tracks::load(&id) {
            r if r["loadType"] == "track" => Some(Some(r["data"].clone())),
            _ => {
                return bad(&format!(
                    "Identifier {id} did not resolve to a single track"
                ))
            }
        },
        (None, None) => None,
    };
    let new_track = new_track.map(|t| {
        t.map(|mut t| {
            if let Some(ud) = track_obj.and_then(|x| x.get("userData")) {
                t["userData"] = ud.clone();
            }
            t
        })
    });

    let mut sessions = s.sessions.lock().await;
    let Some(sess) = sessions.get_mut(&sid).filter(|x| x.tx.is_some()) else {
        return error(404, "Session not found", &path, false);
    };
    let now = Instant::now();
    let mut events = Vec::new();
    let p = sess
        .players
        .entry(gid.clone())
        .or_insert_with(|| Player::new(&gid));
    p.settle(now);
    if let Some(vo) = voice {
        p.voice = Some(vo);
    }
    if let Some(vol) = volume {
        p.volume = vol;
    }
    if let Some(f) = v.get("filters") {
        p.filters = f.clone();
    }
    if let Some(e) = v.get("endTime") {
        p.end_time = e.as_u64();
    }
    let paused = v.get("paused").and_then(Json::as_bool);
    let mut started = false;
    match new_track {
        Some(Some(t)) if !(no_replace && p.track.is_some()) => {
            if let Some(old) = p.track.take() {
                events.push(track_end(&gid, &old, "replaced"));
            }
            p.position = 0;
            // A new track plays unless the same request pauses it (Lavalink sets pause to
            // `paused` or false with every new track).
            p.paused = paused.unwrap_or(false);
            events.push(event("TrackStartEvent", &gid, json!({"track": t})));
            p.track = Some(t);
            started = true;
        }
        Some(None) => {
            if let Some(old) = p.track.take() {
                events.push(track_end(&gid, &old, "stopped"));
            }
            p.position = 0;
            p.end_time = None;
        }
        _ => {}
    }
    if let Some(pos) = v.get("position").and_then(Json::as_u64) {
        p.position = pos.min(p.length());
    }
    if let Some(paused) = paused {
        p.paused = paused;
    }
    p.since = now;
    let body = p.to_json(now, rules);
    // Lavalink schedules a player's updates from its track start with no initial delay: one
    // right away, then every interval while a track is loaded.
    let update = started.then(|| {
        p.last_update = now;
        ws::player_update(p, now)
    });
    for e in events {
        sess.send(e);
    }
    if let Some(u) = update {
        sess.send(u);
    }
    axum::Json(body).into_response()
}

async fn metrics(State(s): State<Arc<Shared>>) -> Response {
    let sessions = s.sessions.lock().await;
    let st = s.stats(&sessions, None);
    drop(sessions);
    let gauges: [(&str, &str, Json); 10] = [
        (
            "lavalink_players_total",
            "Total number of players",
            st["players"].clone(),
        ),
        (
            "lavalink_playing_players_total",
            "Number of playing players",
            st["playingPlayers"].clone(),
        ),
        (
            "lavalink_uptime_milliseconds",
            "Uptime of the node",
            st["uptime"].clone(),
        ),
        (
            "lavalink_memory_free_bytes",
            "Free memory",
            st["memory"]["free"].clone(),
        ),
        (
            "lavalink_memory_used_bytes",
            "Used memory",
            st["memory"]["used"].clone(),
        ),
        (
            "lavalink_memory_allocated_bytes",
            "Allocated memory",
            st["memory"]["allocated"].clone(),
        ),
        (
            "lavalink_memory_reservable_bytes",
            "Reservable memory",
            st["memory"]["reservable"].clone(),
        ),
        (
            "lavalink_cpu_cores",
            "Number of CPU cores",
            st["cpu"]["cores"].clone(),
        ),
        (
            "lavalink_cpu_system_load_percentage",
            "System CPU load",
            st["cpu"]["systemLoad"].clone(),
        ),
        (
            "lavalink_cpu_lavalink_load_percentage",
            "Lavalink CPU load",
            st["cpu"]["lavalinkLoad"].clone(),
        ),
    ];
    let mut out = String::new();
    for (name, help, v) in gauges {
        let val = v.as_f64().unwrap_or(0.0);
        out.push_str(&format!(
            "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {val:?}\n"
        ));
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
        .into_response()
}
