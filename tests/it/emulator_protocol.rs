//! Protocol details of the emulator that the npm client test does not reach: session
//! resuming, close 1001 on shutdown, voice validation, Prometheus metrics, fault injection,
//! and what the health probe reports for each.

use std::io::{Read, Write};
use std::time::Duration;

use futures_util::StreamExt;
use lavastack::emulator::{self, Config, Faults};
use lavastack::health::{self, Target};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::{client::IntoClientRequest, Message};

pub(crate) const PW: &str = "protocol-test-pw";

pub(crate) async fn start(cfg: Config) -> emulator::Handle {
    emulator::start(Config {
        port: 0,
        password: PW.into(),
        stats_interval: Duration::from_millis(300),
        player_update_interval: Duration::from_millis(200),
        ..cfg
    })
    .await
    .unwrap()
}

/// One HTTP/1.1 request over a fresh connection; returns (status, headers, body).
pub(crate) fn http(
    port: u16,
    method: &str,
    path: &str,
    auth: Option<&str>,
    body: Option<&Value>,
) -> (u16, String, String) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n", body.len());
    if let Some(a) = auth {
        req.push_str(&format!("Authorization: {a}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(&body);
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let (head, body) = out.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head.to_lowercase(), body.to_string())
}

pub(crate) type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub(crate) async fn connect(port: u16, session: Option<&str>) -> (Ws, String) {
    let mut req = format!("ws://127.0.0.1:{port}/v4/websocket")
        .into_client_request()
        .unwrap();
    let h = req.headers_mut();
    h.insert("Authorization", PW.parse().unwrap());
    h.insert("User-Id", "42".parse().unwrap());
    h.insert("Client-Name", "protocol-test/1".parse().unwrap());
    if let Some(s) = session {
        h.insert("Session-Id", s.parse().unwrap());
    }
    let (ws, resp) = tokio_tungstenite::connect_async(req).await.unwrap();
    let resumed = resp.headers()["Session-Resumed"]
        .to_str()
        .unwrap()
        .to_string();
    (ws, resumed)
}

pub(crate) async fn next_op(ws: &mut Ws, op: &str) -> Value {
    let fut = async {
        while let Some(Ok(m)) = ws.next().await {
            if let Message::Text(t) = m {
                let v: Value = serde_json::from_str(&t).unwrap();
                if v["op"] == op || v["type"] == op {
                    return v;
                }
            }
        }
        panic!("socket closed before {op}");
    };
    tokio::time::timeout(Duration::from_secs(5), fut)
        .await
        .expect(op)
}

#[tokio::test(flavor = "multi_thread")]
async fn session_resume_replays_and_keeps_players() {
    let emu = start(Config::default()).await;
    let port = emu.addr.port();
    let (mut ws, resumed) = connect(port, None).await;
    assert_eq!(resumed, "false");
    let ready = next_op(&mut ws, "ready").await;
    assert_eq!(ready["resumed"], false);
    let sid = ready["sessionId"].as_str().unwrap().to_string();
    assert_eq!(sid.len(), 16);
    let stats = next_op(&mut ws, "stats").await;
    assert!(stats["uptime"].as_u64().is_some() && stats.get("memory").is_some());

    let p = tokio::task::spawn_blocking(move || {
        let (st, _, body) = http(
            port,
            "PATCH",
            &format!("/v4/sessions/{sid}"),
            Some(PW),
            Some(&json!({"resuming": true, "timeout": 10})),
        );
        assert_eq!(st, 200);
        assert_eq!(
            serde_json::from_str::<Value>(&body).unwrap(),
            json!({"resuming": true, "timeout": 10})
        );
        let (st, _, body) = http(
            port,
            "PATCH",
            &format!("/v4/sessions/{sid}/players/7"),
            Some(PW),
            Some(&json!({"track": {"identifier": "https://emu.invalid/a?length_ms=60000"}})),
        );
        assert_eq!(st, 200, "{body}");
        // Lavalink 4.0.8 (the default) needs no channelId (emulator_conformance covers 4.2).
        let (st, _, body) = http(
            port,
            "PATCH",
            &format!("/v4/sessions/{sid}/players/7"),
            Some(PW),
            Some(&json!({"voice": {"token": "t", "endpoint": "e", "sessionId": "s"}})),
        );
        assert_eq!(st, 200, "{body}");
        sid
    })
    .await
    .unwrap();
    next_op(&mut ws, "TrackStartEvent").await;
    ws.close(None).await.unwrap();
    drop(ws);
    tokio::time::sleep(Duration::from_millis(300)).await;
    // While parked the session is not usable over REST.
    let sid2 = p.clone();
    let st = tokio::task::spawn_blocking(move || {
        http(
            port,
            "GET",
            &format!("/v4/sessions/{sid2}/players"),
            Some(PW),
            None,
        )
        .0
    })
    .await
    .unwrap();
    assert_eq!(st, 404);

    let (mut ws, resumed) = connect(port, Some(&p)).await;
    assert_eq!(resumed, "true");
    let ready = next_op(&mut ws, "ready").await;
    assert_eq!(ready["resumed"], true);
    assert_eq!(ready["sessionId"], p.as_str());
    let upd = next_op(&mut ws, "playerUpdate").await;
    assert_eq!(upd["guildId"], "7");
    assert!(
        upd["state"]["position"].as_u64().unwrap() > 0,
        "track kept playing while parked"
    );

    // Shutdown closes the socket with 1001, as Lavalink's shutdown hook does.
    let waiter = tokio::spawn(async move {
        while let Some(Ok(m)) = ws.next().await {
            if let Message::Close(Some(f)) = m {
                return u16::from(f.code);
            }
        }
        0
    });
    emu.shutdown().await;
    assert_eq!(waiter.await.unwrap(), 1001);
}

#[tokio::test(flavor = "multi_thread")]
async fn session_without_resuming_is_gone_after_close() {
    let emu = start(Config::default()).await;
    let port = emu.addr.port();
    let (mut ws, _) = connect(port, None).await;
    let sid = next_op(&mut ws, "ready").await["sessionId"]
        .as_str()
        .unwrap()
        .to_string();
    drop(ws);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (mut ws, resumed) = connect(port, Some(&sid)).await;
    assert_eq!(resumed, "false");
    let ready = next_op(&mut ws, "ready").await;
    assert_ne!(ready["sessionId"], sid.as_str());
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_are_open_and_use_lavalink_names() {
    let emu = start(Config {
        metrics_enabled: true,
        ..Default::default()
    })
    .await;
    let port = emu.addr.port();
    let (st, head, body) =
        tokio::task::spawn_blocking(move || http(port, "GET", "/metrics", None, None))
            .await
            .unwrap();
    assert_eq!(st, 200);
    assert!(head.contains("lavalink-api-version: 4"));
    for name in [
        "lavalink_players_total",
        "lavalink_playing_players_total",
        "lavalink_uptime_milliseconds",
        "lavalink_memory_used_bytes",
        "lavalink_cpu_system_load_percentage",
    ] {
        assert!(
            body.contains(&format!("# TYPE {name} gauge")),
            "{name} missing:\n{body}"
        );
    }
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn faults_show_up_in_health_probes() {
    let emu = start(Config::default()).await;
    let t = Target {
        host: "127.0.0.1".into(),
        port: emu.addr.port(),
        password: Some(PW.into()),
        transport: Default::default(),
    };
    let h = health::probe(&t, Duration::from_secs(2)).await;
    assert!(h.healthy, "{h:?}");
    assert_eq!(h.version.as_deref(), Some("4.0.8"));

    let wrong = Target {
        password: Some("nope".into()),
        ..t.clone()
    };
    let h = health::probe(&wrong, Duration::from_secs(2)).await;
    assert!(!h.healthy && h.reachable);
    assert!(h.error.unwrap().contains("wrong password"));

    emu.set_faults(Faults {
        latency_ms: 300,
        ..Default::default()
    });
    let h = health::probe(&t, Duration::from_secs(2)).await;
    assert!(h.healthy && h.latency_ms.unwrap() >= 300.0, "{h:?}");

    emu.set_faults(Faults {
        error_rate: 1.0,
        ..Default::default()
    });
    let h = health::probe(&t, Duration::from_secs(2)).await;
    assert!(!h.healthy);
    assert!(h.error.unwrap().contains("HTTP 500"));

    emu.set_faults(Faults {
        system_load: Some(0.75),
        ..Default::default()
    });
    let h = health::probe(&t, Duration::from_secs(2)).await;
    assert_eq!(h.system_load, Some(0.75));

    // Frozen: the TCP connect succeeds, then nothing answers.
    emu.set_faults(Faults {
        frozen: true,
        ..Default::default()
    });
    let h = health::probe(&t, Duration::from_millis(500)).await;
    assert!(h.reachable && !h.healthy, "{h:?}");
    assert!(
        h.error.as_deref().unwrap().contains("no answer within"),
        "{h:?}"
    );
    emu.set_faults(Faults::default());
    let h = health::probe(&t, Duration::from_secs(2)).await;
    assert!(h.healthy, "thawed: {h:?}");
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn admin_listener_switches_faults() {
    let emu = start(Config {
        admin: Some("127.0.0.1:0".parse().unwrap()),
        ..Default::default()
    })
    .await;
    let admin = emu.admin.unwrap().port();
    let (st, _, body) = tokio::task::spawn_blocking(move || {
        http(
            admin,
            "PUT",
            "/faults",
            None,
            Some(&json!({"frozen": true})),
        )
    })
    .await
    .unwrap();
    assert_eq!(st, 200, "{body}");
    let t = Target {
        host: "127.0.0.1".into(),
        port: emu.addr.port(),
        password: Some(PW.into()),
        transport: Default::default(),
    };
    assert!(!health::probe(&t, Duration::from_millis(400)).await.healthy);
    let (st, _, _) =
        tokio::task::spawn_blocking(move || http(admin, "PUT", "/faults", None, Some(&json!({}))))
            .await
            .unwrap();
    assert_eq!(st, 200);
    assert!(health::probe(&t, Duration::from_secs(2)).await.healthy);
    let (st, _, _) = tokio::task::spawn_blocking(move || {
        http(
            admin,
            "PUT",
            "/faults",
            None,
            Some(&json!({"error_rate": 3.0})),
        )
    })
    .await
    .unwrap();
    assert_eq!(st, 400);
    emu.shutdown().await;
}
