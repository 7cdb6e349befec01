//! `lavastack drill kill|freeze NODE`: break a node on purpose against a running cluster and
//! router, measure the recovery time (until the router stops choosing it for the guilds it
//! served), restore it, and report the RTO against a target.

use crate::ops::drill;
use crate::provider::DrillSignal;
use std::time::Duration;

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

/// The fault admin listener the built-in emulator was started with, if any.
pub(super) fn admin_of(rec: &crate::state::NodeRecord) -> Option<std::net::SocketAddr> {
    rec.private
        .get("admin")
        .and_then(|v| v.as_str())
        .and_then(|a| a.parse::<std::net::SocketAddr>().ok())
}

pub(super) async fn set_faults(
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

/// The drilled node and the router, for the drill state machine.
struct LiveTarget<'a> {
    g: &'a Global,
    ui: Ui,
    stack: &'a crate::stack::Stack,
    client: &'a RouterClient,
    provider: std::sync::Arc<dyn crate::provider::Provider>,
    rec: crate::state::NodeRecord,
    admin: Option<std::net::SocketAddr>,
    common: CommonArgs,
}

impl LiveTarget<'_> {
    fn admin(&self) -> Result<std::net::SocketAddr, String> {
        self.admin
            .ok_or_else(|| format!("node {} has no fault admin listener", self.rec.name))
    }
}

#[async_trait::async_trait(?Send)]
impl drill::Target for LiveTarget<'_> {
    async fn chosen(&self, guild: &str) -> Result<Option<String>, String> {
        self.client.select(guild).await.map_err(|e| e.to_string())
    }

    async fn view(&self) -> Result<Option<(bool, bool)>, String> {
        router_view(self.stack, &self.rec.name)
            .await
            .map_err(|e| e.to_string())
    }

    async fn break_it(&self, fault: drill::Fault) -> Result<(), String> {
        match fault {
            drill::Fault::Kill => self.signal(DrillSignal::Kill).await,
            drill::Fault::Freeze => self.signal(DrillSignal::Stop).await,
            drill::Fault::Latency(ms) => set_faults(self.admin()?, &json!({"latency_ms": ms}))
                .await
                .map_err(|e| e.to_string()),
        }
    }

    async fn restore(&self, fault: drill::Fault) -> Result<(), String> {
        match fault {
            drill::Fault::Freeze => self.signal(DrillSignal::Cont).await,
            drill::Fault::Latency(_) => set_faults(self.admin()?, &json!({}))
                .await
                .map_err(|e| e.to_string()),
            // A killed node comes back the way it came: apply re-creates it.
            drill::Fault::Kill => {
                let code = super::apply::converge(self.g, self.ui, "drill", &self.common)
                    .await
                    .map_err(|e| e.to_string())?;
                if code == exit::OK {
                    Ok(())
                } else {
                    Err(format!("apply exited {code}"))
                }
            }
        }
    }
}

impl LiveTarget<'_> {
    async fn signal(&self, s: DrillSignal) -> Result<(), String> {
        self.provider
            .signal(&self.rec, s)
            .await
            .map_err(|e| e.to_string())
    }
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
    let client = RouterClient::for_stack(&stack);
    client.healthz().await?;
    let admin = admin_of(&rec);
    if args.fault == Fault::Latency && admin.is_none() {
        return Err(CliError::msg(format!(
            "node {} has no fault admin listener: latency drills need the built-in emulator",
            args.node
        )));
    }
    let fault = match args.fault {
        Fault::Kill => drill::Fault::Kill,
        Fault::Freeze => drill::Fault::Freeze,
        Fault::Latency => drill::Fault::Latency(args.ms),
    };
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
    let live = LiveTarget {
        g,
        ui,
        stack: &stack,
        client: &client,
        provider: provider.clone(),
        rec: rec.clone(),
        admin,
        common: args.common.clone(),
    };
    let spec = drill::Spec {
        node: args.node.clone(),
        fault,
        guilds: (0..args.guilds as u64)
            .map(|i| (900_000_000_000_000_000u64 + i * 7919).to_string())
            .collect(),
        expect_rto: args.expect_rto,
        limit: drill::limit_for(fault, args.expect_rto),
        restore: !args.no_restore,
    };
    let result = drill::run(&spec, &live).await;
    if let Some(g) = &thaw_guard {
        if !args.no_restore || result.is_err() {
            g.abort();
        }
    }
    let report = result.map_err(|e| match e {
        drill::DrillError::NothingToMeasure { .. } => CliError::with_hint(
            e.to_string(),
            "`lavastack simulate` shows which nodes serve guilds; drill one of those, or use more --guilds",
        ),
        other => CliError::msg(other.to_string()),
    })?;
    let (rto, restored, by_view, limit) = (report.rto, report.restored, report.by_view, spec.limit);
    let passed = report.passed;
    let fault = format!("{:?}", args.fault).to_lowercase();
    if args.format == Format::Json {
        println!(
            "{}",
            json!({
                "drill": fault, "node": args.node, "guilds_watched": report.watched,
                "measured_by": if by_view { "router_health" } else { "selections" },
                "rto_seconds": rto.map(|r| r.as_secs_f64()), "expect_rto_seconds": args.expect_rto.as_secs_f64(),
                "restored_seconds": restored.map(|r| r.as_secs_f64()), "passed": passed,
            })
        );
    } else {
        println!(
            "Drill: {fault} {} ({} of {} guilds were on it)",
            args.node, report.watched, args.guilds
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
