//! Protocol conformance of the emulator to Lavalink 4.0.8 (and the 4.2 voice rules), one test
//! per behaviour a client can tell apart, read against Lavalink's handlers and lavaplayer's
//! player. docs/emulator.md lists what is still different.

use std::time::Duration;

use lavastack::emulator::{self, Config};
use serde_json::{json, Value};

use crate::emulator_protocol::{connect, http, next_op, start, Ws, PW};

/// A connected session with a player for guild 7 playing a 60 s track.
async fn playing(cfg: Config) -> (emulator::Handle, Ws, String) {
    let emu = start(cfg).await;
    let port = emu.addr.port();
    let (mut ws, _) = connect(port, None).await;
    let ready = next_op(&mut ws, "ready").await;
    let sid = ready["sessionId"].as_str().unwrap_or_default().to_string();
    let (st, _, body) = patch(
        port,
        &sid,
        "7",
        "",
        &json!({"track": {"identifier": "emu:60000:a"}}),
    )
    .await;
    assert_eq!(st, 200, "{body}");
    next_op(&mut ws, "TrackStartEvent").await;
    (emu, ws, sid)
}

async fn patch(port: u16, sid: &str, gid: &str, query: &str, body: &Value) -> (u16, String, Value) {
    let path = format!("/v4/sessions/{sid}/players/{gid}{query}");
    let body = body.clone();
    let (st, head, text) =
        tokio::task::spawn_blocking(move || http(port, "PATCH", &path, Some(PW), Some(&body)))
            .await
            .unwrap();
    (st, head, serde_json::from_str(&text).unwrap_or(Value::Null))
}

async fn get(port: u16, path: &str, auth: Option<&'static str>) -> (u16, String, String) {
    let path = path.to_string();
    tokio::task::spawn_blocking(move || http(port, "GET", &path, auth, None))
        .await
        .unwrap()
}

/// Lavalink's error body, with the status it says.
fn assert_lavalink_error(head: &str, body: &Value, status: u16) {
    assert!(head.contains("content-type: application/json"), "{head}");
    assert_eq!(body["status"], status, "{body}");
    for k in ["timestamp", "error", "message", "path"] {
        assert!(body.get(k).is_some(), "{k} missing: {body}");
    }
}

/// Messages until `limit` passes, for checking what was *not* sent.
async fn drain_for(ws: &mut Ws, limit: Duration) -> Vec<Value> {
    use futures_util::StreamExt;
    let mut out = Vec::new();
    let _ = tokio::time::timeout(limit, async {
        while let Some(Ok(m)) = ws.next().await {
            if let tokio_tungstenite::tungstenite::Message::Text(t) = m {
                out.push(serde_json::from_str(&t).unwrap_or(Value::Null));
            }
        }
    })
    .await;
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn boolean_query_parameters_take_every_spring_spelling() {
    let (emu, _ws, sid) = playing(Config::default()).await;
    let port = emu.addr.port();
    for yes in ["true", "True", "TRUE", "on", "yes", "1"] {
        let q = format!("?noReplace={yes}");
        let (st, _, p) = patch(
            port,
            &sid,
            "7",
            &q,
            &json!({"track": {"identifier": "emu:1000:b"}}),
        )
        .await;
        assert_eq!(st, 200, "{yes}: {p}");
        assert_eq!(
            p["track"]["info"]["title"], "a",
            "noReplace={yes} kept the track"
        );
    }
    let (st, _, p) = patch(
        port,
        &sid,
        "7",
        "?noReplace=False",
        &json!({"track": {"identifier": "emu:1000:b"}}),
    )
    .await;
    assert_eq!(st, 200);
    assert_eq!(
        p["track"]["info"]["title"], "b",
        "noReplace=False replaced it"
    );
    let (st, head, p) = patch(port, &sid, "7", "?noReplace=maybe", &json!({})).await;
    assert_eq!(st, 400);
    assert_lavalink_error(&head, &p, 400);
    assert!(
        p["message"]
            .as_str()
            .unwrap_or_default()
            .contains("Invalid boolean value [maybe]"),
        "{p}"
    );
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn real_lavaplayer_tracks_decode_and_play() {
    let golden: Value =
        serde_json::from_str(include_str!("../fixtures/tracks/golden.json")).unwrap();
    let (emu, mut ws, sid) = playing(Config::default()).await;
    let port = emu.addr.port();
    for g in golden.as_array().unwrap() {
        let enc = g["encoded"].as_str().unwrap();
        let q = format!(
            "/v4/decodetrack?encodedTrack={}",
            enc.replace('+', "%2B")
                .replace('/', "%2F")
                .replace('=', "%3D")
        );
        let (st, _, body) = get(port, &q, Some(PW)).await;
        assert_eq!(st, 200, "{body}");
        let t: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(t["info"], g["info"]);
        assert_eq!(t["encoded"], enc);
        // A track made by a real node plays here and comes back byte for byte.
        let (st, _, p) = patch(port, &sid, "7", "", &json!({"track": {"encoded": enc}})).await;
        assert_eq!(st, 200, "{p}");
        assert_eq!(p["track"]["encoded"], enc);
        let start = next_op(&mut ws, "TrackStartEvent").await;
        assert_eq!(start["track"]["info"]["title"], g["info"]["title"]);
    }
    let list: Vec<String> = golden
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["encoded"].as_str().map(str::to_string))
        .collect();
    let (st, _, body) = tokio::task::spawn_blocking(move || {
        http(
            port,
            "POST",
            "/v4/decodetracks",
            Some(PW),
            Some(&json!(list)),
        )
    })
    .await
    .unwrap();
    assert_eq!(st, 200, "{body}");
    let decoded: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        decoded[1]["info"]["artworkUrl"],
        golden[1]["info"]["artworkUrl"]
    );
    // The emulator's own tracks are the same format.
    let (_, _, body) = get(port, "/v4/loadtracks?identifier=ytsearch:x", Some(PW)).await;
    let v: Value = serde_json::from_str(&body).unwrap();
    assert!(v["data"][0]["encoded"]
        .as_str()
        .unwrap()
        .starts_with("QAAA"));
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_track_unpauses_a_paused_player_unless_paused_is_sent() {
    let (emu, _ws, sid) = playing(Config::default()).await;
    let port = emu.addr.port();
    let (_, _, p) = patch(port, &sid, "7", "", &json!({"paused": true})).await;
    assert_eq!(p["paused"], true);
    let (_, _, p) = patch(
        port,
        &sid,
        "7",
        "",
        &json!({"track": {"identifier": "emu:5000:next"}}),
    )
    .await;
    assert_eq!(p["paused"], false, "a new track plays");
    let (_, _, p) = patch(
        port,
        &sid,
        "7",
        "",
        &json!({"track": {"identifier": "emu:5000:third"}, "paused": true}),
    )
    .await;
    assert_eq!(p["paused"], true, "unless the same request pauses it");
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn destroying_a_playing_player_ends_its_track_as_stopped() {
    let (emu, mut ws, sid) = playing(Config::default()).await;
    let port = emu.addr.port();
    let (st, _, _) = tokio::task::spawn_blocking(move || {
        http(
            port,
            "DELETE",
            &format!("/v4/sessions/{sid}/players/7"),
            Some(PW),
            None,
        )
    })
    .await
    .unwrap();
    assert_eq!(st, 204);
    let end = next_op(&mut ws, "TrackEndEvent").await;
    assert_eq!(end["reason"], "stopped");
    assert_eq!(end["guildId"], "7");
    assert_eq!(end["track"]["info"]["title"], "a");
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn player_updates_start_with_the_track_and_only_while_there_is_one() {
    let emu = start(Config {
        player_update_interval: Duration::from_secs(30),
        ..Config::default()
    })
    .await;
    let port = emu.addr.port();
    let (mut ws, _) = connect(port, None).await;
    let sid = next_op(&mut ws, "ready").await["sessionId"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    // A player with only a voice state: no update, on the voice update or on the interval.
    let voice = json!({"voice": {"token": "t", "endpoint": "e", "sessionId": "s"}});
    let (st, _, _) = patch(port, &sid, "8", "", &voice).await;
    assert_eq!(st, 200);
    let seen = drain_for(&mut ws, Duration::from_millis(600)).await;
    assert!(!seen.iter().any(|m| m["op"] == "playerUpdate"), "{seen:?}");
    // A track start sends one at once (the interval is 30 s here).
    patch(
        port,
        &sid,
        "8",
        "",
        &json!({"track": {"identifier": "emu:60000:x"}}),
    )
    .await;
    let u = next_op(&mut ws, "playerUpdate").await;
    assert_eq!(u["guildId"], "8");
    assert_eq!(u["state"]["connected"], true);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn trace_true_adds_the_trace_to_every_error() {
    let (emu, _ws, sid) = playing(Config::default()).await;
    let port = emu.addr.port();
    let cases = [
        "/v4/sessions/nosuch/players/1?trace=true".to_string(),
        format!("/v4/sessions/{sid}/players/abc?trace=TRUE"),
        "/v4/decodetrack?encodedTrack=garbage&trace=true".to_string(),
        "/v4/nowhere?trace=true".to_string(),
    ];
    for path in cases {
        let (st, head, body) = get(port, &path, Some(PW)).await;
        let v: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
        assert!(st >= 400, "{path}");
        assert_lavalink_error(&head, &v, st);
        assert!(
            v["trace"].as_str().is_some_and(|t| !t.is_empty()),
            "{path}: {v}"
        );
        let plain = path
            .replace("trace=true", "x=1")
            .replace("trace=TRUE", "x=1");
        let (_, _, body) = get(port, &plain, Some(PW)).await;
        let v: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
        assert!(v.get("trace").is_none(), "{plain}: {v}");
    }
    // A body that is not JSON is axum's rejection underneath: still Lavalink's error.
    let path = format!("/v4/sessions/{sid}/players/7?trace=true");
    let (st, head, body) = tokio::task::spawn_blocking(move || {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        let req = format!("PATCH {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nAuthorization: {PW}\r\nContent-Length: 3\r\n\r\n{{x}}");
        s.write_all(req.as_bytes()).unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        let (h, b) = out.split_once("\r\n\r\n").unwrap_or_default();
        (h.split_whitespace().nth(1).unwrap_or("0").parse::<u16>().unwrap_or(0), h.to_lowercase(), b.to_string())
    })
    .await
    .unwrap();
    assert_eq!(st, 400, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    assert_lavalink_error(&head, &v, 400);
    assert!(v.get("trace").is_some(), "{v}");
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn volume_is_clamped_into_0_to_1000() {
    let (emu, _ws, sid) = playing(Config::default()).await;
    let port = emu.addr.port();
    for (asked, got) in [(5000, 1000), (1000, 1000), (-5, 0), (250, 250)] {
        let (st, _, p) = patch(port, &sid, "7", "", &json!({"volume": asked})).await;
        assert_eq!(st, 200, "{asked}: {p}");
        assert_eq!(p["volume"], got, "{asked}");
    }
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_configured_version_picks_the_voice_rules() {
    let voice = json!({"voice": {"token": "t", "endpoint": "e", "sessionId": "s"}});
    // 4.0.8 (the default): channelId neither required nor written.
    let (emu, _ws, sid) = playing(Config::default()).await;
    let (st, _, p) = patch(emu.addr.port(), &sid, "7", "", &voice).await;
    assert_eq!(st, 200, "{p}");
    assert!(p["voice"].get("channelId").is_none(), "{p}");
    let (_, _, v) = get(emu.addr.port(), "/version", Some(PW)).await;
    assert_eq!(v, "4.0.8");
    emu.shutdown().await;
    // 4.2: required, and written (null until given).
    let (emu, _ws, sid) = playing(Config {
        version: "4.2.0".into(),
        ..Config::default()
    })
    .await;
    let port = emu.addr.port();
    let (st, _, p) = patch(port, &sid, "9", "", &json!({})).await;
    assert_eq!(st, 200);
    assert_eq!(p["voice"]["channelId"], Value::Null, "{p}");
    let (st, head, p) = patch(port, &sid, "7", "", &voice).await;
    assert_eq!(st, 400);
    assert_lavalink_error(&head, &p, 400);
    assert!(
        p["message"]
            .as_str()
            .unwrap_or_default()
            .contains("channelId"),
        "{p}"
    );
    let mut with_channel = voice.clone();
    with_channel["voice"]["channelId"] = json!("123");
    let (st, _, p) = patch(port, &sid, "7", "", &with_channel).await;
    assert_eq!(st, 200);
    assert_eq!(p["voice"]["channelId"], "123");
    emu.shutdown().await;
    // Not a 4.x version: refused before listening.
    let refused = emulator::start(Config {
        port: 0,
        version: "3.7.0".into(),
        ..Config::default()
    })
    .await;
    assert!(refused.is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_guild_id_that_is_not_a_long_is_a_400() {
    let (emu, _ws, sid) = playing(Config::default()).await;
    let port = emu.addr.port();
    for gid in ["abc", "1.5", "99999999999999999999", "%20"] {
        let (st, head, p) = patch(port, &sid, gid, "", &json!({})).await;
        assert_eq!(st, 400, "{gid}");
        assert_lavalink_error(&head, &p, 400);
        assert!(
            p["message"].as_str().unwrap_or_default().contains("'long'"),
            "{p}"
        );
        let (st, _, _) = get(port, &format!("/v4/sessions/{sid}/players/{gid}"), Some(PW)).await;
        assert_eq!(st, 400, "GET {gid}");
    }
    // A negative id is still a Long.
    let (st, _, _) = patch(port, &sid, "-5", "", &json!({})).await;
    assert_eq!(st, 200);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn empty_loads_are_null_and_auth_errors_are_bodiless() {
    let emu = start(Config::default()).await;
    let port = emu.addr.port();
    let (st, _, body) = get(port, "/v4/loadtracks?identifier=emu:empty", Some(PW)).await;
    assert_eq!(st, 200);
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v, json!({"loadType": "empty", "data": null}));
    for (auth, status) in [(None, 401), (Some("wrong"), 403)] {
        for path in ["/version", "/v4/info", "/v4/sessions/x/players?trace=true"] {
            let (st, head, body) = get(port, path, auth).await;
            assert_eq!(st, status, "{path}");
            assert_eq!(body, "", "{path}: {head}");
            assert!(head.contains("lavalink-api-version: 4"), "{head}");
        }
    }
    emu.shutdown().await;
}
