//! `lavastack load`: drive the recorded nodes the way bots do and measure (`crate::load`).

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

use super::{exit, CliError, Format, Global, Ui};
use crate::load::{self, LoadConfig, NodeTarget, Phase, Placement};
use crate::provider::DrillSignal;

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The router if one answers, else by weight.
    Auto,
    /// The router's `/v1/select`; fail when it does not answer.
    Router,
    /// Rendezvous hashing by the nodes' weights, no router.
    Weight,
    /// The stack's selection policy, run by the generator over its own view of the nodes.
    Policy,
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
    /// The schedule from a file instead: one phase a line, `NAME GUILDS RAMP HOLD`, GUILDS a
    /// count or a multiple of the first phase's (`peak 3x 1m 5m`); fewer guilds than the
    /// phase before stops the newest. See docs/load.md.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["guilds", "to", "ramp", "hold"])]
    pub phases: Option<PathBuf>,
    /// Simulated bot clients (1 to 64), each with its own session on every node and an equal
    /// share of the guilds.
    #[arg(long, default_value_t = 1)]
    pub clients: usize,
    /// Go through the stack's HAProxy (the built-in haproxy.cfg output): sessions and player
    /// calls to each node's own frontend, searches to the shared one.
    #[arg(long)]
    pub edge: bool,
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

type Addr = (String, u16);

/// The built-in haproxy.cfg's addresses: the shared frontend and each node's own one
/// (`base_port + 1 + slot`), from the stack's output vars as the template reads them.
fn edge_of(
    stack: &crate::stack::Stack,
    nodes: &[crate::state::NodeRecord],
) -> Result<(Addr, Vec<Addr>), CliError> {
    let out = stack
        .outputs
        .values()
        .find(|o| o.template == "haproxy.cfg")
        .ok_or_else(|| {
            CliError::with_hint(
                "--edge: the stack has no output with the built-in haproxy.cfg template",
                "add `output \"haproxy\" { template = \"haproxy.cfg\" path = \"...\" }` and run HAProxy on it",
            )
        })?;
    let bind = out.vars["bind"].as_str().unwrap_or("127.0.0.1").to_string();
    let base = out.vars["base_port"].as_u64().unwrap_or(18000);
    let port = |p: u64, what: &str| {
        u16::try_from(p).map_err(|_| {
            CliError::msg(format!(
                "--edge: output {}: {what} would be port {p}, past 65535",
                out.name
            ))
        })
    };
    let shared = (bind.clone(), port(base, "the shared frontend")?);
    let mut per_node = Vec::new();
    for n in nodes {
        let slot = n
            .attributes
            .get("slot")
            .and_then(|s| s.as_u64())
            .ok_or_else(|| {
                CliError::msg(format!("--edge: node {} has no slot in the state", n.name))
            })?;
        per_node.push((
            bind.clone(),
            // A slot from a hand-edited state can be any number: saturate, and the port
            // check says it is past 65535.
            port(
                base.saturating_add(1).saturating_add(slot),
                &format!("node {}'s frontend", n.name),
            )?,
        ));
    }
    Ok((shared, per_node))
}

pub async fn run(g: &Global, ui: Ui, args: LoadArgs) -> Result<i32, CliError> {
    let (stack, nodes) = super::recorded_nodes(g, ui).await?;
    let phases = match &args.phases {
        Some(path) => {
            let bytes = crate::files::read_regular(path, load::MAX_PHASE_FILE).map_err(|e| {
                CliError::msg(format!("--phases {}: cannot read it: {e}", path.display()))
            })?;
            let text = String::from_utf8(bytes).map_err(|_| {
                CliError::msg(format!("--phases {}: not UTF-8 text", path.display()))
            })?;
            load::parse_phases(&text, &path.display().to_string()).map_err(CliError::msg)?
        }
        None => {
            Phase::check_flags(args.guilds, args.to, args.ramp, args.hold)
                .map_err(CliError::msg)?;
            Phase::base_and_peak(args.guilds, args.to, args.ramp, args.hold)
        }
    };
    let mut targets: Vec<NodeTarget> =
        super::node_targets(&stack, &nodes, &super::credentials(&stack).await?)
            .into_iter()
            .zip(&nodes)
            .map(|((name, t), rec)| NodeTarget {
                name,
                host: t.host,
                port: t.port,
                password: t.password,
                transport: t.transport,
                weight: rec
                    .attributes
                    .get("weight")
                    .and_then(|w| w.as_u64())
                    .unwrap_or(1)
                    .min(u64::from(u32::MAX)) as u32,
                region: rec.region.clone(),
                zone: rec.zone.clone().unwrap_or_default(),
                priority: rec
                    .attributes
                    .get("priority")
                    .and_then(|w| w.as_u64())
                    .unwrap_or(1)
                    .min(u64::from(u32::MAX)) as u32,
                tags: stack
                    .nodes
                    .get(&rec.name)
                    .map(|n| n.tags.clone())
                    .unwrap_or_default(),
            })
            .collect();
    // The edge's frontends speak TLS when the stack's edge block says so (checked against its
    // CA), plain HTTP otherwise; either way HAProxy re-encrypts to TLS nodes itself.
    let edge_transport = match &stack.edge {
        None => crate::health::Transport::Plain,
        Some(e) => {
            let ca = e.ca.clone().ok_or_else(|| {
                CliError::with_hint(
                    "--edge: the edge terminates TLS but the stack names no CA to verify it with",
                    "set ca in the edge block (or the tls block)",
                )
            })?;
            let cfg = crate::tls::client_config(&crate::tls::Verify::Ca(ca))
                .map_err(|e| CliError::msg(format!("--edge: {e}")))?;
            crate::health::Transport::Tls(cfg)
        }
    };
    let (stateless, stateless_tls) = if args.edge {
        let (shared, per_node) = edge_of(&stack, &nodes)?;
        for (t, (host, port)) in targets.iter_mut().zip(per_node) {
            (t.host, t.port) = (host, port);
            t.transport = edge_transport.clone();
        }
        let tls = match &edge_transport {
            crate::health::Transport::Tls(c) => Some(c.clone()),
            _ => None,
        };
        (Some(shared), tls)
    } else {
        (None, None)
    };
    // The generator drives only addresses this stack recorded (its nodes, its edge, its
    // router): nothing else is reachable from the flags.
    let router = crate::router::client::RouterClient::for_stack(&stack);
    let placement = match args.via {
        Via::Weight => Placement::Weight,
        Via::Router => {
            router.healthz().await?;
            Placement::Router(router)
        }
        Via::Auto => match router.healthz().await {
            Ok(_) => Placement::Router(router),
            Err(_) => Placement::Weight,
        },
        Via::Policy => Placement::Policy {
            policy: crate::policy::for_stack(&stack)
                .map_err(|e| CliError::msg(format!("--via policy: {e}")))?
                .selection,
            config: stack
                .policies
                .get("selection")
                .map(|p| p.config.clone())
                .unwrap_or(serde_json::json!({})),
        },
    };
    let cfg = LoadConfig {
        phases,
        clients: args.clients,
        rest_per_minute: args.rest_per_minute,
        track: args.track,
        timeout: args.timeout,
        placement,
        user_id: 424_242_424_242_424_242,
        stateless,
        stateless_tls,
    };
    cfg.check().map_err(CliError::msg)?;
    let total = cfg.duration();
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
    crate::task::cancel(interrupt, "the Ctrl-C watcher").await;
    crate::task::cancel(breaker, "the fault schedule").await;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edge_port_past_65535_is_an_error_whatever_the_recorded_slot() {
        let stack = crate::stack::load_str(
            std::path::Path::new("t.hcl"),
            "stack \"t\" {}\nprovider \"local\" \"p\" {}\nregion \"r\" { provider = \"local.p\" }\nnode \"a\" { region = \"r\" }\noutput \"haproxy\" {\n  template = \"haproxy.cfg\"\n  path     = \"out/haproxy.cfg\"\n}\n",
            &crate::stack::LoadOptions::default(),
        )
        .expect("valid stack");
        let record = |slot: u64| -> crate::state::NodeRecord {
            serde_json::from_value(serde_json::json!({
                "name": "a", "provider": "local.p", "provider_id": null, "address": null,
                "port": null, "region": "r", "zone": null, "attributes": {"slot": slot},
                "attributes_hash": "x", "status": "ready"
            }))
            .expect("a node record")
        };
        let (shared, nodes) = edge_of(&stack, &[record(2)]).expect("slot 2 has a port");
        assert_eq!(nodes[0].1, shared.1 + 3);
        // A hand-edited state: the sum would overflow a u64.
        let e = edge_of(&stack, &[record(u64::MAX)]).unwrap_err();
        assert!(e.to_string().contains("past 65535"), "{e}");
    }
}
