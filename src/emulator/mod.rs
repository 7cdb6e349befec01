//! `lavastack emulate`: a Lavalink v4 protocol emulator.
//!
//! Real Lavalink (a Java server) cannot be installed everywhere lavastack runs its tests and
//! drills, so this speaks the same protocol closely enough for real clients (the npm
//! `lavalink-client` test in `tests/` is the judge): REST with Lavalink's auth rules and error
//! JSON, the `/v4/websocket` session with `ready`, `playerUpdate`, `stats` and track events,
//! session resuming, `/metrics`, and close 1001 on shutdown. Audio is not produced: a
//! "playing" track is a clock. Fault injection (latency, errors, frozen) is driven from a
//! separate admin listener or signals, so drills can break a node on purpose.
//! Facts it follows are in ../shared/DESIGN.md ("Lavalink facts").

pub mod config;
mod faults;
mod rest;
pub mod tracks;
mod ws;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value as Json};
use tokio::sync::{mpsc, watch, Mutex};

pub use config::{Config, Rules};
pub use faults::Faults;

/// A message for one session's WebSocket writer.
#[derive(Debug)]
pub(crate) enum Out {
    Text(String),
    Close(u16, &'static str),
}

#[derive(Debug, Clone)]
pub(crate) struct Voice {
    pub token: String,
    pub endpoint: String,
    pub session_id: String,
    pub channel_id: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Player {
    pub guild_id: String,
    pub track: Option<Json>,
    /// Position at `since`; while playing and not paused it advances in real time.
    pub position: u64,
    pub since: Instant,
    pub paused: bool,
    pub volume: u32,
    pub end_time: Option<u64>,
    pub voice: Option<Voice>,
    pub filters: Json,
    pub last_update: Instant,
}

impl Player {
    pub fn new(guild_id: &str) -> Self {
        let now = Instant::now();
        Player {
            guild_id: guild_id.to_string(),
            track: None,
            position: 0,
            since: now,
            paused: false,
            volume: 100,
            end_time: None,
            voice: None,
            filters: json!({}),
            last_update: now,
        }
    }

    pub fn length(&self) -> u64 {
        self.track
            .as_ref()
            .and_then(|t| t["info"]["length"].as_u64())
            .unwrap_or(0)
    }

    pub fn position_at(&self, now: Instant) -> u64 {
        if self.track.is_none() {
            return self.position;
        }
        let mut p = self.position;
        if !self.paused {
            p += now.saturating_duration_since(self.since).as_millis() as u64;
        }
        p.min(self.end_time.unwrap_or(u64::MAX)).min(self.length())
    }

    /// Fixes the clock at `now` before a change of track, pause or position.
    pub fn settle(&mut self, now: Instant) {
        self.position = self.position_at(now);
        self.since = now;
    }

    pub fn is_playing(&self) -> bool {
        self.track.is_some() && !self.paused
    }

    pub fn state_json(&self, now: Instant) -> Json {
        let connected = self.voice.is_some();
        json!({
            "time": unix_ms(),
            "position": if self.track.is_some() { self.position_at(now) } else { 0 },
            "connected": connected,
            "ping": if connected { 12 } else { -1 },
        })
    }

    pub fn to_json(&self, now: Instant, rules: Rules) -> Json {
        let mut track = self.track.clone();
        if let Some(t) = track.as_mut() {
            t["info"]["position"] = json!(self.position_at(now));
        }
        let mut voice = match &self.voice {
            Some(v) => json!({"token": v.token, "endpoint": v.endpoint, "sessionId": v.session_id}),
            None => json!({"token": "", "endpoint": "", "sessionId": ""}),
        };
        if rules.voice_channel_id {
            voice["channelId"] = match &self.voice {
                Some(v) if !v.channel_id.is_empty() => json!(v.channel_id),
                _ => Json::Null,
            };
        }
        json!({
            "guildId": self.guild_id,
            "track": track,
            "volume": self.volume,
            "paused": self.paused,
            "state": self.state_json(now),
            "voice": voice,
            "filters": self.filters,
        })
    }
}

pub(crate) struct Session {
    pub id: String,
    /// `None` while the socket is closed and the session waits to be resumed.
    pub tx: Option<mpsc::UnboundedSender<Out>>,
    pub resuming: bool,
    pub timeout_secs: u64,
    pub players: HashMap<String, Player>,
    /// Events that happened while the session was parked, replayed on resume.
    pub queued: Vec<String>,
    pub parked_until: Option<Instant>,
    pub next_stats: Instant,
}

impl Session {
    pub fn send(&mut self, msg: String) {
        match &self.tx {
            Some(tx) => {
                let _ = tx.send(Out::Text(msg));
            }
            None => self.queued.push(msg),
        }
    }
}

pub(crate) struct Shared {
    pub cfg: Config,
    pub started: Instant,
    pub sessions: Mutex<HashMap<String, Session>>,
    pub faults: watch::Sender<Faults>,
    pub requests: std::sync::atomic::AtomicU64,
    /// Playing players now, counted by the ticker: what the capacity model's REST delay reads
    /// without taking the sessions lock on every request.
    pub playing: std::sync::atomic::AtomicU64,
}

pub(crate) fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// Lavalink session ids: 16 characters of `[a-z0-9]`.
pub(crate) fn new_session_id() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let bytes = *uuid::Uuid::new_v4().as_bytes();
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

impl Shared {
    /// Lavalink's stats object; `frames` adds frameStats (WebSocket stats only).
    pub fn stats(
        &self,
        sessions: &HashMap<String, Session>,
        frame_session: Option<&Session>,
    ) -> Json {
        let players: usize = sessions.values().map(|s| s.players.len()).sum();
        let playing: usize = sessions
            .values()
            .map(|s| s.players.values().filter(|p| p.is_playing()).count())
            .sum();
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1);
        let faults = self.faults.borrow().clone();
        let cap = self.cfg.capacity;
        let (own_load, model_load) = match cap {
            Some(c) => {
                let (own, sys) = c.load(playing as u64);
                (own, Some(sys))
            }
            None => (proc_own_load(self.started, cores), None),
        };
        let system_load = faults
            .system_load
            .or(model_load)
            .unwrap_or_else(|| proc_system_load(cores));
        let rss = proc_rss_bytes()
            .saturating_add(cap.map_or(0, |c| c.memory_per_player.saturating_mul(players as u64)));
        let mut v = json!({
            "players": players,
            "playingPlayers": playing,
            "uptime": self.started.elapsed().as_millis() as u64,
            "memory": {"free": rss, "used": rss, "allocated": rss.saturating_mul(2), "reservable": 1u64 << 30},
            "cpu": {"cores": cores, "systemLoad": system_load, "lavalinkLoad": own_load},
        });
        if let Some(s) = frame_session {
            let n = s
                .players
                .values()
                .filter(|p| p.is_playing() && p.voice.is_some())
                .count();
            if n > 0 {
                // A healthy player sends 50 frames a second: 3000 a minute, nothing missing;
                // past the model's capacity the node cannot keep up with all of them.
                let deficit = cap.map_or(0, |c| c.deficit(playing as u64, n as u64));
                let expected = n as u64 * 3000;
                v["frameStats"] = json!({"sent": expected - deficit.min(expected), "nulled": 0, "deficit": deficit});
            }
        }
        v
    }
}

fn proc_system_load(cores: usize) -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|x| x.parse::<f64>().ok())
        })
        .map(|l| (l / cores as f64).clamp(0.0, 1.0))
        .unwrap_or(0.0)
}

fn proc_rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|x| x.parse::<u64>().ok())
        })
        .map(|pages| pages * 4096)
        .unwrap_or(0)
}

fn proc_own_load(started: Instant, cores: usize) -> f64 {
    // utime + stime in clock ticks (fields 14 and 15 of /proc/self/stat).
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
        });
    let up = started.elapsed().as_secs_f64().max(0.001);
    ticks
        .map(|t| (t as f64 / 100.0 / up / cores as f64).clamp(0.0, 1.0))
        .unwrap_or(0.0)
}

#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error("TLS: {0}")]
    Tls(#[from] crate::tls::TlsError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
}

/// A running emulator, for tests that embed one.
pub struct Handle {
    pub addr: SocketAddr,
    pub admin: Option<SocketAddr>,
    pub(crate) shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Handle {
    /// Changes the injected faults (tests and drills).
    pub fn set_faults(&self, f: Faults) {
        self.shared.faults.send_replace(f);
    }

    /// Closes every WebSocket with 1001, like Lavalink's shutdown hook, and stops.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        let _ = self.task.await;
    }
}

/// Binds and serves until `shutdown` is called.
pub async fn start(cfg: Config) -> Result<Handle, EmulatorError> {
    cfg.check()?;
    // Read before binding: a bad certificate fails the start, not the first client.
    let tls = match &cfg.tls {
        Some(f) => Some(crate::tls::server_config(&f.cert, &f.key)?),
        None => None,
    };
    let addr = SocketAddr::new(cfg.address, cfg.port);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| EmulatorError::Bind { addr, source })?;
    let addr = listener
        .local_addr()
        .map_err(|source| EmulatorError::Bind { addr, source })?;
    let admin_listener = match cfg.admin {
        Some(a) => Some(
            tokio::net::TcpListener::bind(a)
                .await
                .map_err(|source| EmulatorError::Bind { addr: a, source })?,
        ),
        None => None,
    };
    let admin_addr = admin_listener.as_ref().and_then(|l| l.local_addr().ok());
    let (faults_tx, _) = watch::channel(Faults::default());
    let shared = Arc::new(Shared {
        cfg,
        started: Instant::now(),
        sessions: Mutex::new(HashMap::new()),
        faults: faults_tx,
        requests: Default::default(),
        playing: Default::default(),
    });
    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    let task = tokio::spawn(serve(
        shared.clone(),
        listener,
        tls,
        admin_listener,
        shutdown_rx,
    ));
    Ok(Handle {
        addr,
        admin: admin_addr,
        shared,
        shutdown: shutdown_tx,
        task,
    })
}

async fn serve(
    shared: Arc<Shared>,
    listener: tokio::net::TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    admin: Option<tokio::net::TcpListener>,
    mut shutdown: watch::Receiver<bool>,
) {
    let app = rest::router(shared.clone());
    // Frozen holds raw TCP: a hung JVM does not finish handshakes either.
    let frozen_listener = faults::FreezableListener::new(listener, shared.faults.subscribe());
    let mut stop = shutdown.clone();
    let stopped = async move {
        let _ = stop.wait_for(|s| *s).await;
    };
    let server = match tls {
        Some(cfg) => tokio::spawn(async move {
            let l = crate::tls::TlsListener::new(frozen_listener, cfg);
            let _ = axum::serve(l, app).with_graceful_shutdown(stopped).await;
        }),
        None => tokio::spawn(async move {
            let _ = axum::serve(frozen_listener, app)
                .with_graceful_shutdown(stopped)
                .await;
        }),
    };
    let admin_task = admin.map(|l| {
        let app = faults::admin_router(shared.clone());
        let mut stop = shutdown.clone();
        tokio::spawn(async move {
            let _ = axum::serve(l, app)
                .with_graceful_shutdown(async move {
                    let _ = stop.wait_for(|s| *s).await;
                })
                .await;
        })
    });
    let ticker = tokio::spawn(ws::ticker(shared.clone()));
    let _ = shutdown.wait_for(|s| *s).await;
    // Lavalink's shutdown hook: close every session's socket with 1001 GOING_AWAY.
    {
        let sessions = shared.sessions.lock().await;
        for s in sessions.values() {
            if let Some(tx) = &s.tx {
                let _ = tx.send(Out::Close(1001, "Server shutdown"));
            }
        }
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    ticker.abort();
    // Open WebSocket connections would hold graceful shutdown forever.
    let _ = tokio::time::timeout(Duration::from_secs(2), server).await;
    if let Some(a) = admin_task {
        let _ = tokio::time::timeout(Duration::from_secs(1), a).await;
    }
}

/// The `lavastack emulate` command: runs until SIGINT/SIGTERM, then closes sessions with 1001.
pub async fn run(cfg: Config) -> Result<(), EmulatorError> {
    let name = cfg.node_name.clone().unwrap_or_else(|| "emulator".into());
    let handle = start(cfg).await?;
    let scheme = if handle.shared.cfg.tls.is_some() {
        "https"
    } else {
        "http"
    };
    println!(
        "lavastack emulator {name} listening on {scheme}://{}",
        handle.addr
    );
    if let Some(a) = handle.admin {
        println!("fault admin on {a}");
    }
    faults::signal_loop(handle).await;
    Ok(())
}
