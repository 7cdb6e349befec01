//! `lavastack emulate`: run one Lavalink v4 emulator in the foreground.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::{exit, CliError};
use crate::emulator::{self, Config};

#[derive(Args, Debug, Clone)]
pub struct EmulateArgs {
    /// A Lavalink application.yml (server.port, server.address, lavalink.server.password,
    /// lavalink.server.playerUpdateInterval, metrics.prometheus.*). Flags override it.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Port to listen on (overrides the file's server.port; default 2333, 0 picks a free one)
    #[arg(long)]
    pub port: Option<u16>,
    /// Address to listen on (overrides the file's server.address; default 127.0.0.1)
    #[arg(long)]
    pub address: Option<IpAddr>,
    /// The Lavalink password (overrides the file's lavalink.server.password, which --config
    /// requires; without --config the default is "youshallnotpass").
    #[arg(long, env = "LAVALINK_SERVER_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,
    /// How often each session gets a `stats` message (Lavalink: 60s).
    #[arg(long, value_parser = super::parse_duration)]
    pub stats_interval: Option<Duration>,
    /// How often each player gets a `playerUpdate` (Lavalink: 5s).
    #[arg(long, value_parser = super::parse_duration)]
    pub player_update_interval: Option<Duration>,
    /// The version reported by /version and /v4/info.
    #[arg(long)]
    pub lavalink_version: Option<String>,
    /// Serve Prometheus metrics at /metrics (as metrics.prometheus.enabled).
    #[arg(long)]
    pub metrics: bool,
    /// Listen address of the fault-injection admin API (GET/PUT /faults).
    #[arg(long)]
    pub admin: Option<SocketAddr>,
    /// Name used in logs.
    #[arg(long)]
    pub name: Option<String>,
    /// The capacity model: playing players at 100% CPU (docs/emulator.md). Overrides the
    /// file's lavastack.emulator.capacity.players.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    pub capacity: Option<u64>,
    /// With --capacity: the REST delay added at full capacity (default 100ms).
    #[arg(long, value_parser = super::parse_duration)]
    pub capacity_latency: Option<std::time::Duration>,
    /// Serve HTTPS and WSS with this PEM certificate (chain); needs --tls-key. Overrides the
    /// file's server.ssl.certificate.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// The certificate's PEM private key (server.ssl.certificate-private-key).
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<std::path::PathBuf>,
}

pub async fn run(args: EmulateArgs) -> Result<i32, CliError> {
    let mut cfg = match &args.config {
        Some(p) => Config::from_application_yml(p).map_err(|e| {
            CliError::with_hint(
                e.to_string(),
                "the emulator reads the same application.yml a Lavalink node does",
            )
        })?,
        None => Config::default(),
    };
    if let Some(p) = args.port {
        cfg.port = p;
    }
    if let Some(a) = args.address {
        cfg.address = a;
    }
    if let Some(pw) = args.password {
        cfg.password = pw;
    }
    if let Some(d) = args.stats_interval {
        cfg.stats_interval = d;
    }
    if let Some(d) = args.player_update_interval {
        cfg.player_update_interval = d;
    }
    if let Some(v) = args.lavalink_version {
        cfg.version = v;
    }
    if args.metrics {
        cfg.metrics_enabled = true;
    }
    if let Some(players) = args.capacity {
        let mut c = cfg.capacity.unwrap_or(emulator::config::Capacity {
            players,
            latency: std::time::Duration::from_millis(100),
            memory_per_player: 300 * 1024,
        });
        c.players = players;
        cfg.capacity = Some(c);
    }
    if let Some(l) = args.capacity_latency {
        match cfg.capacity.as_mut() {
            Some(c) if l <= std::time::Duration::from_secs(10) => c.latency = l,
            Some(_) => return Err(CliError::msg("--capacity-latency must be at most 10s")),
            None => {
                return Err(CliError::msg(
                    "--capacity-latency needs --capacity (or a capacity section in the config)",
                ))
            }
        }
    }
    if let (Some(cert), Some(key)) = (args.tls_cert, args.tls_key) {
        cfg.tls = Some(emulator::config::TlsFiles { cert, key });
    }
    cfg.admin = args.admin.or(cfg.admin);
    cfg.node_name = args.name;
    emulator::run(cfg)
        .await
        .map_err(|e| CliError::msg(e.to_string()))?;
    Ok(exit::OK)
}
