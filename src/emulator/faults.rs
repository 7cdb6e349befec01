//! Fault injection: added latency, an error rate, a forced CPU load, and a frozen mode that
//! accepts TCP connections but never answers (a hung JVM). Switched at runtime through the
//! admin listener (`GET|PUT /faults`) or signals: SIGUSR1 toggles frozen, SIGUSR2 clears all.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

use super::{Handle, Shared};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Added to every REST response.
    pub latency_ms: u64,
    /// Fraction of REST requests (0..=1) answered with a 500, spread evenly (deterministic).
    pub error_rate: f64,
    /// Accept connections but never answer; WebSocket sessions go silent.
    pub frozen: bool,
    /// Reported as `cpu.systemLoad` instead of the machine's real load.
    pub system_load: Option<f64>,
}

/// Wraps the listener so that while frozen, new connections are accepted and then held
/// without a byte of answer, exactly what a client sees of a hung process.
pub(crate) struct FreezableListener {
    inner: TcpListener,
    faults: watch::Receiver<Faults>,
    held: Vec<TcpStream>,
}

impl FreezableListener {
    pub fn new(inner: TcpListener, faults: watch::Receiver<Faults>) -> Self {
        FreezableListener {
            inner,
            faults,
            held: Vec::new(),
        }
    }
}

impl axum::serve::Listener for FreezableListener {
    type Io = TcpStream;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.inner.accept().await {
                Ok((s, a)) => {
                    if self.faults.borrow().frozen {
                        self.held.push(s);
                        continue;
                    }
                    // Thawed: let go of what was held (the peers see a reset/close).
                    self.held.clear();
                    return (s, a);
                }
                Err(e) => {
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

/// REST middleware: waits out a freeze, adds latency, fails a share of requests.
pub(crate) async fn middleware(
    State(shared): State<Arc<Shared>>,
    req: Request,
    next: Next,
) -> Response {
    let mut rx = shared.faults.subscribe();
    let _ = rx.wait_for(|f| !f.frozen).await;
    let f = rx.borrow().clone();
    if f.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(f.latency_ms)).await;
    }
    if let Some(c) = shared.cfg.capacity {
        let delay = c.delay(shared.playing.load(Ordering::Relaxed));
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
    }
    let n = shared.requests.fetch_add(1, Ordering::Relaxed) + 1;
    if f.error_rate > 0.0 {
        let rate = f.error_rate.clamp(0.0, 1.0);
        // Request n fails when the running count of expected failures crosses an integer.
        if ((n as f64) * rate).floor() > (((n - 1) as f64) * rate).floor() {
            let path = req.uri().path().to_string();
            return super::rest::error(500, "Injected failure (lavastack emulator)", &path, false);
        }
    }
    next.run(req).await
}

pub(crate) fn admin_router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/faults", get(get_faults).put(put_faults))
        .with_state(shared)
}

async fn get_faults(State(s): State<Arc<Shared>>) -> Json<Faults> {
    Json(s.faults.borrow().clone())
}

async fn put_faults(State(s): State<Arc<Shared>>, Json(f): Json<Faults>) -> impl IntoResponse {
    if !(0.0..=1.0).contains(&f.error_rate) {
        return (
            axum::http::StatusCode::BAD_REQUEST,
            "error_rate must be within 0..=1",
        )
            .into_response();
    }
    tracing::info!(?f, "faults changed");
    s.faults.send_replace(f.clone());
    Json(f).into_response()
}

pub(crate) async fn signal_loop(handle: Handle) {
    use tokio::signal::unix::{signal, SignalKind};
    let (Ok(mut term), Ok(mut int), Ok(mut usr1), Ok(mut usr2)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
        signal(SignalKind::user_defined1()),
        signal(SignalKind::user_defined2()),
    ) else {
        tracing::error!("cannot install signal handlers");
        return handle.shutdown().await;
    };
    loop {
        tokio::select! {
            _ = term.recv() => break,
            _ = int.recv() => break,
            _ = usr1.recv() => {
                handle.shared.faults.send_modify(|f| f.frozen = !f.frozen);
                let frozen = handle.shared.faults.borrow().frozen;
                eprintln!("emulator frozen: {frozen}");
            }
            _ = usr2.recv() => {
                handle.shared.faults.send_replace(Faults::default());
                eprintln!("emulator faults cleared");
            }
        }
    }
    handle.shutdown().await;
}
