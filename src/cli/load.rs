//! `lavastack load`: drive the recorded nodes the way bots do and measure (`crate::load`).

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

use super::{exit, CliError, Format, Global, Ui};
use crate::load::{self, LoadConfig, NodeTarget};
use crate::provider::DrillSignal;

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The router if one answers, else by weight.
    Auto,
    /// The router's `/v1/select`; fail when it does not answer.
    Router,
    /// Rendezvous hashing by the nodes' weights, no router.
    Weight,
}

#[derive(Args, Debug, Clone)]
pub struct LoadArgs {
    /// Guilds (players) in the base phase (1 to 100000).
    #[arg(long, default_value_t = 100)]
    pub guilds: usize,
    /// Then ramp to this multiple of --guilds and hold again, e.g. 3x (1x: base only).
    #[arg(long, value_parser = multiple, default_value = "1x")]
    pub to: f64,
    /// Time to start each phase's new guilds over.
    #[arg(long, value_parser = super::parse_duration, default_value = "5s")]
    pub ramp: Duration,
    /// Time each phase holds its guilds.
    #[arg(long, value_parser = super::parse_duration, default_value = "30s")]
    pub hold: Duration,
    /// REST calls per guild per minute besides playing (player reads, volume, searches).
    #[arg(long, default_value_t = 6)]
    pub rest_per_minute: u32,
    /// Length of each queued track (the queue plays on at each track end).
    #[arg(long, value_parser = super::parse_duration, default_value = "3m")]
    pub track: Duration,
    /// Deadline of each request.
    #[arg(long, value_parser = super::parse_duration, default_value = "5s")]
    pub timeout: Duration,
    #[arg(long, value_enum, default_value_t = Via::Auto)]
    pub via: Via,
    /// Break a node during the run: `kill:NODE@20s`, `freeze:NODE@20s` or `latency:NODE@20s`
    /// (after the start; repeatable). Frozen nodes are thawed and added latency cleared at the
    /// end; killed ones come back with `apply`.
    #[arg(long, value_parser = fault, value_name = "KIND:NODE@AFTER")]
    pub fault: Vec<FaultAt>,
    /// The REST delay a `latency:` fault adds (built-in emulator nodes; at most 10s).
    #[arg(long, value_parser = super::parse_duration, default_value = "300ms")]
    pub fault_latency: Duration,
    /// Exit 1 when a guild's playback gap after a fault is above this (e.g. 30s).
    #[arg(long, value_parser = super::parse_duration)]
    pub expect_rto: Option<Duration>,
    /// Exit 1 when a phase's average REST latency is above this (e.g. 150ms).
    #[arg(long, value_parser = super::parse_duration)]
    pub expect_latency: Option<Duration>,
    /// Also write the report as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Write a chart of players and latency over time (SVG) to FILE.
    #[arg(long, value_name = "FILE")]
    pub chart: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FaultKind {
    Kill,
    Freeze,
    Latency,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FaultAt {
    pub kind: FaultKind,
    pub node: String,
    pub after: Duration,
}

fn fault(s: &str) -> Result<FaultAt, String> {
    let bad = || {
        format!("--fault must look like kill:NODE@20s, freeze:NODE@20s or latency:NODE@20s, found \"{s}\"")
    };
    let (kind, rest) = s.split_once(':').ok_or_else(bad)?;
    let (node, after) = rest.rsplit_once('@').ok_or_else(bad)?;
    let kind = match kind {
        "kill" => FaultKind::Kill,
        "freeze" => FaultKind::Freeze,
        "latency" => FaultKind::Latency,
        _ => return Err(bad()),
    };
    if node.is_empty() {
        return Err(bad());
    }
    Ok(FaultAt {
        kind,
        node: node.to_string(),
        after: super::parse_duration(after)?,
    })
}

fn multiple(s: &str) -> Result<f64, String> {
    super::parse_multiple(s, "--to", load::MAX_MULTIPLE)
}

/// Sets (or with 0 clears) the REST delay of a built-in emulator node.
async fn latency(rec: &crate::state::NodeRecord, ms: u64) -> Result<(), String> {
    let admin = super::drill::admin_of(rec)
        .ok_or_else(|| format!("node {} has no fault admin listener", rec.name))?;
    let faults = if ms == 0 {
        serde_json::json!({})
    } else {
        serde_json::json!({ "latency_ms": ms })
    };
    super::drill::set_faults(admin, &faults)
        .await
        .map_err(|e| e.to_string())
}

pub async fn run(g: &Global, ui: Ui, args: LoadArgs) -> Result<i32, CliError> {
    let (stack, nodes) = super::recorded_nodes(g, ui).await?;
    let targets: Vec<NodeTarget> = super::node_targets(&stack, &nodes)
        .into_iter()
        .zip(&nodes)
        .map(|((name, t), rec)| NodeTarget {
            name,
            host: t.host,
            port: t.port,
            password: t.password,
            weight: rec
                .attributes
                .get("weight")
                .and_then(|w| w.as_u64())
                .unwrap_or(1)
                .min(u64::from(u32::MAX)) as u32,
        })
        .collect();
    // The generator drives only addresses this stack recorded, and only on loopback unless the
    // stack's own nodes are elsewhere: nothing else is reachable from the flags.
    let router = crate::router::client::RouterClient::for_stack(&stack);
    let router = match args.via {
        Via::Weight => None,
        Via::Router => {
            router.healthz().await?;
            Some(router)
        }
        Via::Auto => router.healthz().await.ok().map(|_| router),
    };
    let cfg = LoadConfig {
        guilds: args.guilds,
        to: args.to,
        ramp: args.ramp,
        hold: args.hold,
        rest_per_minute: args.rest_per_minute,
        track: args.track,
        timeout: args.timeout,
        router,
        user_id: 424_242_424_242_424_242,
    };
    cfg.check().map_err(CliError::msg)?;
    let total = (cfg.ramp + cfg.hold) * if cfg.to > 1.0 { 2 } else { 1 };
    if args.fault_latency > Duration::from_secs(10) {
        return Err(CliError::msg("--fault-latency must be at most 10s"));
    }
    let latency_ms = args.fault_latency.as_millis() as u64;
    let mut faults = Vec::new();
    if !args.fault.is_empty() {
        let providers =
            crate::provider::build_all(&stack).map_err(|e| CliError::msg(e.to_string()))?;
        for f in &args.fault {
            let rec = nodes.iter().find(|n| n.name == f.node).ok_or_else(|| {
                CliError::msg(format!("--fault: no node \"{}\" in the state", f.node))
            })?;
            let kind = stack.providers.get(&rec.provider).map(|p| p.kind);
            if f.kind == FaultKind::Latency && super::drill::admin_of(rec).is_none() {
                return Err(CliError::msg(format!(
                    "--fault latency:{}: the node has no fault admin listener (latency faults need the built-in emulator)",
                    f.node
                )));
            }
            if !kind.is_some_and(|k| k.allows_drills()) {
                return Err(CliError::with_hint(
                    format!(
                        "--fault: node {} cannot be broken on purpose by its provider",
                        f.node
                    ),
                    "faults signal a node's processes: local and ssh nodes",
                ));
            }
            if f.after >= total {
                return Err(CliError::msg(format!(
                    "--fault {}@{}: the run ends after {}",
                    f.node,
                    humantime::format_duration(f.after),
                    humantime::format_duration(total)
                )));
            }
            let p = providers.get(&rec.provider).cloned().ok_or_else(|| {
                CliError::msg(format!("provider {} is not in the stack", rec.provider))
            })?;
            faults.push((f.clone(), rec.clone(), p));
        }
    }
    let (stop_tx, stop) = tokio::sync::watch::channel(false);
    let interrupt = tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            let _ = stop_tx.send(true);
        }
    });
    let bar = if ui.err_tty && args.format == Format::Text {
        super::plan::spinner(ui, "starting")
    } else {
        indicatif::ProgressBar::hidden()
    };
    let pb = bar.clone();
    let breaker = {
        let faults = faults.clone();
        let pb = bar.clone();
        tokio::spawn(async move {
            let t0 = tokio::time::Instant::now();
            let mut order = faults;
            order.sort_by_key(|(f, _, _)| f.after);
            for (f, rec, p) in order {
                tokio::time::sleep_until(t0 + f.after).await;
                let (r, what) = match f.kind {
                    FaultKind::Kill => (
                        p.signal(&rec, DrillSignal::Kill)
                            .await
                            .map_err(|e| e.to_string()),
                        "killed",
                    ),
                    FaultKind::Freeze => (
                        p.signal(&rec, DrillSignal::Stop)
                            .await
                            .map_err(|e| e.to_string()),
                        "froze",
                    ),
                    FaultKind::Latency => (latency(&rec, latency_ms).await, "slowed"),
                };
                pb.suspend(|| match &r {
                    Ok(()) => eprintln!("fault: {what} {}", f.node),
                    Err(e) => eprintln!("fault: could not break {}: {e}", f.node),
                });
            }
        })
    };
    let report = load::run(targets, cfg, stop, move |phase, n| {
        pb.set_message(format!("phase {phase}: {n} guilds playing"))
    })
    .await;
    interrupt.abort();
    breaker.abort();
    // Nothing stays frozen or slowed after the run, whatever happened.
    for (f, rec, p) in &faults {
        match f.kind {
            FaultKind::Freeze => {
                if let Err(e) = p.signal(rec, DrillSignal::Cont).await {
                    eprintln!("warning: could not thaw {}: {e}", f.node);
                }
            }
            FaultKind::Latency => {
                if let Err(e) = latency(rec, 0).await {
                    eprintln!("warning: could not clear the latency of {}: {e}", f.node);
                }
            }
            FaultKind::Kill => eprintln!(
                "note: {} was killed; `lavastack apply` brings it back",
                f.node
            ),
        }
    }
    bar.finish_and_clear();
    let mut report = report.map_err(|e| CliError::msg(e.to_string()))?;
    if let Some(path) = &args.chart {
        let title = format!("lavastack load: stack {}", stack.name);
        let svg = crate::load::chart::svg(
            &report,
            &title,
            args.expect_latency.map(|d| d.as_secs_f64() * 1000.0),
        );
        super::write_output(path, &svg)?;
        report.chart = Some(path.display().to_string());
    }
    let json = serde_json::to_string_pretty(&report)
        .map_err(|e| CliError::msg(format!("cannot encode the report: {e}")))?;
    let json = stack.redactor.redact(&json);
    if let Some(out) = &args.out {
        super::write_output(out, &format!("{json}\n"))?;
    }
    match args.format {
        Format::Json => println!("{json}"),
        Format::Text => print!("{}", stack.redactor.redact(&report.table())),
    }
    if let (Some(rto), Some(g)) = (args.expect_rto, &report.gaps) {
        if g.max_ms > rto.as_secs_f64() * 1000.0 || report.failover_errors > 0 {
            eprintln!(
                "error: above --expect-rto {}: the longest playback gap was {:.0} ms, {} player(s) could not move",
                humantime::format_duration(rto),
                g.max_ms,
                report.failover_errors
            );
            return Ok(exit::ERROR);
        }
    } else if args.expect_rto.is_some() && !args.fault.is_empty() && report.gaps.is_none() {
        eprintln!("error: --expect-rto: no player moved after the fault");
        return Ok(exit::ERROR);
    }
    let slow: Vec<String> = match args.expect_latency {
        Some(limit) => report
            .phases
            .iter()
            .filter(|p| p.rest.avg_ms > limit.as_secs_f64() * 1000.0)
            .map(|p| format!("phase {} averaged {:.1} ms", p.name, p.rest.avg_ms))
            .collect(),
        None => Vec::new(),
    };
    if !slow.is_empty() {
        eprintln!(
            "error: above --expect-latency {}: {}",
            humantime::format_duration(args.expect_latency.unwrap_or_default()),
            slow.join("; ")
        );
        return Ok(exit::ERROR);
    }
    Ok(exit::OK)
}
