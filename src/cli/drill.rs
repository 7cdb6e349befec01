//! `lavastack drill kill|freeze NODE`: break a node on purpose against a running cluster and
//! router, measure the recovery time (until the router stops choosing it for the guilds it
//! served), restore it, and report the RTO against a target.

use crate::provider::DrillSignal;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use serde_json::json;

use super::plan::CommonArgs;
use super::{exit, load_stack, CliError, Format, Global, Ui};
use crate::router::client::RouterClient;

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// SIGKILL the node's process; restored by apply (re-creation).
    Kill,
    /// SIGSTOP the node's process (TCP still accepted, nothing answered); restored by SIGCONT.
    Freeze,
    /// Add `--ms` of latency to every REST answer (emulated nodes); restored by clearing it.
    Latency,
}

#[derive(Args, Debug, Clone)]
pub struct DrillArgs {
    /// What to break
    #[arg(value_enum)]
    pub fault: Fault,
    /// The node (as named in the stack)
    pub node: String,
    /// Exit 1 when recovery takes longer than this.
    #[arg(long, value_parser = super::parse_duration, default_value = "30s")]
    pub expect_rto: Duration,
    /// Synthetic guilds asked about (those the node serves are watched).
    #[arg(long, default_value_t = 300)]
    pub guilds: usize,
    /// Latency to add, for `latency`.
    #[arg(long, default_value_t = 300)]
    pub ms: u64,
    /// Leave the node broken.
    #[arg(long)]
    pub no_restore: bool,
    /// Output format: `json` for machines (one document on stdout)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub common: CommonArgs,
}

async fn choose(client: &RouterClient, guild: &str) -> Result<Option<String>, CliError> {
    Ok(client.select(guild).await?)
}

/// The router's view of one node: (healthy, draining), or `None` when it does not list it.
async fn router_view(
    stack: &crate::stack::Stack,
    node: &str,
) -> Result<Option<(bool, bool)>, CliError> {
    let nodes = RouterClient::for_stack(stack).nodes().await?;
    Ok(nodes
        .into_iter()
        .find(|n| n.name == node)
        .map(|n| (n.healthy, n.draining)))
}

async fn set_faults(
    admin: std::net::SocketAddr,
    faults: &serde_json::Value,
) -> Result<(), CliError> {
    let r = crate::router::client::request(
        admin,
        "the node's fault admin",
        "PUT",
        "/faults",
        None,
        Some(&faults.to_string()),
    )
    .await?;
    if r.status != 200 {
        return Err(CliError::msg(format!(
            "the node refused the fault (HTTP {}): {}",
            r.status,
            crate::diag::clip(r.body.trim(), 300)
        )));
    }
    Ok(())
}

pub async fn run(g: &Global, ui: Ui, args: DrillArgs) -> Result<i32, CliError> {
    let stack = load_stack(g, ui)?;
    let backend = super::backend_for(&stack).await?;
    let state = backend
        .load()
        .await?
        .ok_or_else(|| CliError::msg("no state: apply the stack first"))?;
    let rec = state
        .nodes
        .get(&args.node)
        .ok_or_else(|| CliError::msg(format!("no node \"{}\" in the state", args.node)))?;
    let Some(kind) = stack.providers.get(&rec.provider).map(|p| p.kind) else {
        return Err(CliError::msg(format!(
            "node {}: its provider {} is no longer in the stack",
            rec.name, rec.provider
        )));
    };
    if !kind.allows_drills() {
        return Err(CliError::with_hint(
            format!("drills on {kind} nodes are not supported"),
            "drills signal a node's processes: local and ssh nodes",
        ));
    }
    let provider = crate::provider::build_all(&stack)
        .map_err(|e| CliError::msg(e.to_string()))?
        .remove(&rec.provider)
        .ok_or_else(|| CliError::msg(format!("provider {} is not in the stack", rec.provider)))?;
    let rec = rec.clone();
    let signal = |s: DrillSignal| {
        let (provider, rec) = (provider.clone(), rec.clone());
        async move {
            provider
                .signal(&rec, s)
                .await
                .map_err(|e| CliError::msg(e.to_string()))
        }
    };
    let client = RouterClient::for_stack(&stack);
    client.healthz().await?;
    let guilds: Vec<String> = (0..args.guilds as u64)
        .map(|i| (900_000_000_000_000_000u64 + i * 7919).to_string())
        .collect();
    let mut watched = Vec::new();
    for gid in &guilds {
        if choose(&client, gid).await?.as_deref() == Some(args.node.as_str()) {
            watched.push(gid.clone());
        }
    }
    // A policy may send no guild to a healthy node (least-load at equal load picks one node
    // for all): then the router's own view of the node is what a kill or freeze changes.
    let by_view = watched.is_empty();
    if by_view {
        let view = router_view(&stack, &args.node).await?;
        if args.fault == Fault::Latency || view != Some((true, false)) {
            let why = match view {
                None => "the router does not list it".to_string(),
                Some((false, _)) => "the router counts it unhealthy".to_string(),
                Some((_, true)) => "it is drained".to_string(),
                Some(_) => "a latency drill is measured on the guilds a node serves".to_string(),
            };
            return Err(CliError::with_hint(
                format!(
                    "the router sends none of {} guilds to {} ({why})",
                    args.guilds, args.node
                ),
                "`lavastack simulate` shows which nodes serve guilds; drill one of those, or use more --guilds",
            ));
        }
    }
    let on_node = |watched: Vec<String>| {
        let stack = &stack;
        let client = &client;
        let node = args.node.clone();
        async move {
            if watched.is_empty() {
                return Ok::<bool, CliError>(
                    router_view(stack, &node).await?.is_some_and(|(up, _)| up),
                );
            }
            for gid in &watched {
                if choose(client, gid).await?.as_deref() == Some(node.as_str()) {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    };
    let admin = rec
        .private
        .get("admin")
        .and_then(|v| v.as_str())
        .and_then(|a| a.parse::<std::net::SocketAddr>().ok());
    let no_admin = || {
        CliError::msg(format!(
            "node {} has no fault admin listener: latency drills need the built-in emulator",
            args.node
        ))
    };
    if args.fault == Fault::Latency && admin.is_none() {
        return Err(no_admin());
    }
    let started = Instant::now();
    match args.fault {
        Fault::Kill => signal(DrillSignal::Kill).await?,
        Fault::Freeze => {
            signal(DrillSignal::Stop).await?;
        }
        Fault::Latency => {
            set_faults(admin.ok_or_else(no_admin)?, &json!({"latency_ms": args.ms})).await?
        }
    }
    // Ctrl-C during a freeze must not leave the node stopped: thaw it, then exit.
    let thaw_guard = (args.fault == Fault::Freeze).then(|| {
        let (provider, rec) = (provider.clone(), rec.clone());
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                let _ = provider.signal(&rec, DrillSignal::Cont).await;
                eprintln!("interrupted: {} was thawed", rec.name);
                std::process::exit(exit::INTERRUPTED);
            }
        })
    });
    // A slow node may never leave the selections (the policy may tolerate it): give up sooner.
    let limit = match args.fault {
        Fault::Latency => (args.expect_rto * 2).max(Duration::from_secs(5)),
        _ => (args.expect_rto * 4).max(Duration::from_secs(60)),
    };
    let rto = loop {
        let pass = started.elapsed();
        if !on_node(watched.clone()).await? {
            break Some(pass);
        }
        if started.elapsed() > limit {
            break None;
        }
    };
    let mut restored = None;
    if !args.no_restore {
        let t = Instant::now();
        match args.fault {
            Fault::Freeze => {
                signal(DrillSignal::Cont).await?;
                if let Some(g) = &thaw_guard {
                    g.abort();
                }
            }
            Fault::Latency => set_faults(admin.ok_or_else(no_admin)?, &json!({})).await?,
            Fault::Kill => {
                let code = super::apply::run(
                    g,
                    ui,
                    super::apply::ApplyArgs {
                        replace: Default::default(),
                        plan_file: None,
                        auto_approve: true,
                        format: Format::Text,
                        common: args.common.clone(),
                    },
                )
                .await?;
                if code != exit::OK {
                    return Err(CliError::msg(format!(
                        "restoring {} failed (apply exited {code})",
                        args.node
                    )));
                }
            }
        }
        while !on_node(watched.iter().take(1).cloned().collect()).await? {
            if t.elapsed() > limit {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        restored = Some(t.elapsed());
    }
    let passed = rto.is_some_and(|r| r <= args.expect_rto);
    let fault = format!("{:?}", args.fault).to_lowercase();
    if args.format == Format::Json {
        println!(
            "{}",
            json!({
                "drill": fault, "node": args.node, "guilds_watched": watched.len(),
                "measured_by": if by_view { "router_health" } else { "selections" },
                "rto_seconds": rto.map(|r| r.as_secs_f64()), "expect_rto_seconds": args.expect_rto.as_secs_f64(),
                "restored_seconds": restored.map(|r| r.as_secs_f64()), "passed": passed,
            })
        );
    } else {
        println!(
            "Drill: {fault} {} ({} of {} guilds were on it)",
            args.node,
            watched.len(),
            args.guilds
        );
        match rto {
            Some(r) if by_view => println!(
                "  recovery (no guild was on it, so: router marked it down): {:.3}s",
                r.as_secs_f64()
            ),
            Some(r) => println!(
                "  recovery (router stopped choosing it): {:.3}s",
                r.as_secs_f64()
            ),
            None => println!(
                "  recovery: none within {}",
                humantime::format_duration(limit)
            ),
        }
        println!(
            "  target: {}  -> {}",
            humantime::format_duration(args.expect_rto),
            if passed { "PASS" } else { "FAIL" }
        );
        if let Some(r) = restored {
            let back = if by_view {
                "healthy in the router again"
            } else {
                "chosen again"
            };
            println!("  restored and {back} after {:.3}s", r.as_secs_f64());
        }
    }
    Ok(if passed { exit::OK } else { exit::ERROR })
}
