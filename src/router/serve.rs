//! The router's listener: an accept loop that keeps the service alive when clients misbehave.
//! Each connection must send its request headers within a deadline (a silent socket is
//! closed), and at most so many connections are served at once, well below the process's
//! file-descriptor limit, so the router's own probes and watchers always have descriptors left
//! (400 silent sockets under a 300-fd limit used to fail every probe and empty selection).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections served at once; more wait in the listen backlog.
    pub max_connections: usize,
    /// Time a connection has to send a request's headers (also while idle between requests).
    pub header_timeout: Duration,
}

impl Limits {
    /// Up to 1,024 connections, and never more than half the open-file limit.
    pub fn for_this_process() -> Limits {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit writes into the struct it is given.
        let soft = if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } == 0 {
            lim.rlim_cur
        } else {
            1024
        };
        Limits {
            max_connections: (soft / 2).clamp(16, 1024) as usize,
            header_timeout: Duration::from_secs(5),
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes; HTTPS when `tls` is given (the
/// handshake counts against the header deadline, so a silent client is dropped all the same).
pub async fn serve(
    listener: TcpListener,
    app: axum::Router,
    limits: Limits,
    tls: Option<Arc<rustls::ServerConfig>>,
    shutdown: impl Future<Output = ()>,
) {
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = slots.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => return,
            },
            _ = &mut shutdown => return,
        };
        let stream = tokio::select! {
            r = listener.accept() => match r {
                Ok((s, _)) => s,
                Err(e) => {
                    // Out of descriptors or a reset before accept: wait a little, never spin.
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => return,
        };
        let svc = TowerToHyperService::new(app.clone());
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let _permit = permit;
            match acceptor {
                None => connection(stream, svc, limits).await,
                Some(a) => {
                    match tokio::time::timeout(limits.header_timeout, a.accept(stream)).await {
                        Ok(Ok(tls)) => connection(tls, svc, limits).await,
                        Ok(Err(e)) => tracing::debug!("TLS handshake failed: {e}"),
                        Err(_) => tracing::debug!("TLS handshake timed out"),
                    }
                }
            }
        });
    }
}

async fn connection<I>(io: I, svc: TowerToHyperService<axum::Router>, limits: Limits)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .serve_connection(TokioIo::new(io), svc)
        .with_upgrades();
    if let Err(e) = conn.await {
        tracing::debug!("connection ended: {e}");
    }
}
