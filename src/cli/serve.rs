//! `lavastack serve`: run the router in the foreground; with `--autoscale`, also size the
//! stack's pools from load (`ops::scale`) on a cadence, within a cool-down and a cap per hour.

use std::net::SocketAddr;
use std::time::Duration;

use clap::Args;

use super::{exit, CliError, Global, Ui};
use crate::router::{self, Router};

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// Listen address (default: the stack's router.listen, 127.0.0.1:7300).
    #[arg(long)]
    pub listen: Option<SocketAddr>,
    /// Also size pools with min/max/players_per_node from their players: what
    /// `lavastack scale --apply` does, on a cadence (it edits the stack file's `count`).
    #[arg(long)]
    pub autoscale: bool,
    /// With --autoscale: how often the pools are read (1s .. 1h).
    #[arg(long, value_parser = cadence, default_value = "1m", requires = "autoscale")]
    pub autoscale_every: Duration,
    /// With --autoscale: after any count change (by anyone), none for this long.
    #[arg(long, value_parser = super::parse_duration, default_value = "10m", requires = "autoscale")]
    pub cooldown: Duration,
    /// With --autoscale: count changes in any hour, at most (1 .. 60).
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u32).range(1..=60), requires = "autoscale")]
    pub max_steps_per_hour: u32,
    /// With --autoscale: how long a leaving member's players get to move.
    #[arg(long, value_parser = super::parse_duration, default_value = "60s", requires = "autoscale")]
    pub drain_timeout: Duration,
}

fn cadence(s: &str) -> Result<Duration, String> {
    let d = super::parse_duration(s)?;
    if !(Duration::from_secs(1)..=Duration::from_secs(3600)).contains(&d) {
        return Err(format!("\"{s}\" is out of range: from 1s to 1h"));
    }
    Ok(d)
}

/// One round of `--autoscale`: read the pools, let the governor pass what it allows, apply.
async fn autoscale_round(g: &Global, ui: Ui, args: &ServeArgs) -> Result<(), CliError> {
    use crate::ops::scale;
    let stack = super::load_stack(g, ui)?;
    let backend = super::backend_for(&stack).await?;
    let state = backend.load().await?;
    let creds = crate::credentials::Credentials::load(state.as_ref(), backend.as_ref())
        .await
        .map_err(|e| CliError::msg(e.to_string()))?;
    let proposals =
        scale::propose(&stack, state.as_ref(), &creds, None, Duration::from_secs(5)).await;
    // Only the sized pools' members are applied: whatever else differs between the stack
    // file and the cluster (a pulled commit, an edit in progress) waits for a reviewed apply.
    let members = |extra: &[scale::Proposal]| -> std::collections::BTreeSet<String> {
        proposals
            .iter()
            .chain(extra)
            .flat_map(|p| {
                let top = p.count.max(p.wanted).max(p.recorded.len() as u32);
                (1..=top)
                    .map(move |i| format!("{}-{i}", p.pool))
                    .chain(p.recorded.iter().cloned())
            })
            .collect()
    };
    let common = super::plan::CommonArgs {
        lock_timeout: Duration::from_secs(30),
        refresh: true,
        parallelism: 10,
        target: Some(members(&[])),
        ..Default::default()
    };
    let changes: Vec<scale::Proposal> = proposals
        .iter()
        .filter(|p| p.wanted != p.count)
        .cloned()
        .collect();
    if changes.is_empty() {
        // A count already written whose apply did not finish (a held lock, a failed create)
        // is applied now: the file says it, the state does not have it yet.
        let behind: Vec<&scale::Proposal> = proposals
            .iter()
            .filter(|p| p.recorded.len() != p.count as usize)
            .collect();
        if behind.is_empty() {
            return Ok(());
        }
        for p in &behind {
            println!(
                "autoscale: pool {} has {} member(s) recorded, the stack says {}: applying",
                p.pool,
                p.recorded.len(),
                p.count
            );
        }
        return match super::apply::converge(g, ui, "serve --autoscale", &common).await? {
            0 => Ok(()),
            code => Err(CliError::msg(format!(
                "the apply ended with exit code {code}"
            ))),
        };
    }
    let governor = scale::Governor {
        cooldown: args.cooldown,
        max_per_hour: args.max_steps_per_hour,
    };
    let (taken, held) =
        scale::record(&stack, &changes, Some(&governor), common.lock_timeout).await?;
    for (pool, why) in &held {
        tracing::info!(pool = %pool, "autoscale holds: {why}");
        println!("autoscale: pool {pool} held: {why}");
    }
    if taken.is_empty() {
        return Ok(());
    }
    for p in &taken {
        println!("autoscale: {}", p.line());
    }
    match super::scale::apply_changes(g, ui, &stack, &taken, args.drain_timeout, &common, false)
        .await?
    {
        0 => Ok(()),
        // The count is in the file now: the next round applies it again (above).
        code => Err(CliError::msg(format!(
            "the apply ended with exit code {code}; the next round tries again"
        ))),
    }
}

async fn autoscale_loop(
    g: &Global,
    ui: Ui,
    args: &ServeArgs,
    mut stop: tokio::sync::watch::Receiver<bool>,
    busy: tokio::sync::watch::Sender<bool>,
) {
    let mut every = tokio::time::interval(args.autoscale_every);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    every.tick().await;
    loop {
        tokio::select! {
            _ = every.tick() => {}
            _ = stop.changed() => return,
        }
        // A failed round (a node unreadable, the lock held by an apply) is logged; the next
        // round reads everything again.
        let _ = busy.send(true);
        let r = autoscale_round(g, ui, args).await;
        let _ = busy.send(false);
        if let Err(e) = r {
            tracing::warn!("autoscale round failed: {e}");
            eprintln!("autoscale: {e}");
        }
    }
}

pub async fn run(g: &Global, ui: Ui, args: ServeArgs) -> Result<i32, CliError> {
    let snap = router::load_snapshot(&g.stack, &g.load_options(), None)
        .await
        .map_err(|e| CliError::msg(e.to_string()))?;
    let replicas = &snap.stack.router.replicas;
    let addr = match (args.listen, replicas.is_empty()) {
        (Some(a), _) => a,
        (None, true) => snap.stack.router.listen,
        // router.listen is the HAProxy in front of the group.
        (None, false) => {
            return Err(CliError::with_hint(
                format!(
                    "the stack's router is a group of {} replicas: say which one this is",
                    replicas.len()
                ),
                format!(
                    "`lavastack serve --listen {}` (one of router.replicas; router.listen {} is HAProxy's)",
                    replicas[0], snap.stack.router.listen
                ),
            ))
        }
    };
    if !replicas.is_empty() && !replicas.contains(&addr) {
        eprintln!(
            "warning: {addr} is not one of router.replicas; the rendered HAProxy does not send to it"
        );
    }
    let r = Router::new(g.stack.clone(), g.load_options(), snap);
    r.sync_watchers();
    tokio::spawn(router::reload_loop(r.clone()));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| CliError::msg(format!("cannot listen on {addr}: {e}")))?;
    let addr = listener.local_addr().unwrap_or(addr);
    let tls = match &r.snapshot().stack.router.tls {
        Some(t) => {
            let (cert, key) = t
                .files()
                .ok_or_else(|| CliError::msg("router: tls is on but no cert and key are set"))?;
            Some(
                crate::tls::server_config(cert, key)
                    .map_err(|e| CliError::msg(format!("router: tls: {e}")))?,
            )
        }
        None => None,
    };
    println!(
        "lavastack router for stack \"{}\" listening on {}://{addr}",
        r.snapshot().stack.name,
        if tls.is_some() { "https" } else { "http" }
    );
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate())
        .map_err(|e| CliError::msg(format!("cannot handle SIGTERM: {e}")))?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let (busy_tx, mut busy_rx) = tokio::sync::watch::channel(false);
    let shutdown = async move {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
        let _ = stop_tx.send(true);
        // An autoscale round under way finishes with the router still serving: its drain
        // needs the router to move players, and its apply must not be cut off half way.
        if *busy_rx.borrow() {
            println!("autoscale: a round is under way; stopping once it ends");
            let _ = busy_rx.wait_for(|b| !b).await;
        }
    };
    let limits = router::serve::Limits::for_this_process();
    tracing::info!(
        max_connections = limits.max_connections,
        "serving (headers within {:?})",
        limits.header_timeout
    );
    let serving = router::serve::serve(listener, router::app(r), limits, tls, shutdown);
    if args.autoscale {
        println!(
            "autoscale: every {}, cool-down {}, at most {} change(s) an hour",
            humantime::format_duration(args.autoscale_every),
            humantime::format_duration(args.cooldown),
            args.max_steps_per_hour
        );
        // One task for both: the autoscaler's rounds borrow the CLI's arguments, and it
        // stops with the router.
        tokio::join!(serving, autoscale_loop(g, ui, &args, stop_rx, busy_tx));
    } else {
        serving.await;
    }
    Ok(exit::OK)
}
