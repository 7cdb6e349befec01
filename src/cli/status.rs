//! `lavastack status`: every recorded node, probed now.

use std::time::Duration;

use clap::Args;
use serde_json::json;

use super::{exit, load_stack, CliError, Format, Global, Ui};
use crate::health::{self, Health};

#[derive(Args, Debug, Clone)]
pub struct StatusArgs {
    /// Output format: `json` for machines (one document on stdout)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Per-probe deadline.
    #[arg(long, value_parser = super::parse_duration, default_value = "3s")]
    pub timeout: Duration,
    /// Exit 1 when any node is not healthy (for scripts and CI).
    #[arg(long)]
    pub check: bool,
}

pub async fn run(g: &Global, ui: Ui, args: StatusArgs) -> Result<i32, CliError> {
    let stack = load_stack(g, ui)?;
    let backend = super::backend_for(&stack).await?;
    let state = backend.load().await?;
    let nodes: Vec<_> = state
        .iter()
        .flat_map(|s| s.nodes.values().cloned())
        .collect();
    let mut set = tokio::task::JoinSet::new();
    let mut probe_of = std::collections::HashMap::new();
    let creds = crate::credentials::Credentials::load(state.as_ref(), backend.as_ref())
        .await
        .map_err(|e| CliError::msg(e.to_string()))?;
    for (i, (_, target)) in super::node_targets(&stack, &nodes, &creds)
        .into_iter()
        .enumerate()
    {
        let timeout = args.timeout;
        let handle = set.spawn(async move { (i, health::probe(&target, timeout).await) });
        probe_of.insert(handle.id(), i);
    }
    // Drains are in the state; whether the router answers is asked while the probes are out.
    let drains = tokio::time::timeout(args.timeout, router_drains(&stack));
    // The SLO line when the stack names a Prometheus; asked at the same time too.
    let (prometheus, slo_config, timeout) = (
        stack.monitoring.prometheus.clone(),
        stack.slo.clone(),
        args.timeout,
    );
    let slo = async move {
        match prometheus {
            Some(url) => Some(crate::ops::slo::read(&url, &slo_config, timeout).await),
            None => None,
        }
    };
    let slo = tokio::spawn(slo);
    let mut results: Vec<Option<Health>> = vec![None; nodes.len()];
    while let Some(done) = set.join_next_with_id().await {
        match done {
            Ok((_, (i, h))) => results[i] = Some(h),
            // A probe that panicked reports against its node; the others still count.
            Err(e) => {
                if let Some(&i) = probe_of.get(&e.id()) {
                    results[i] = Some(Health {
                        error: Some(format!("the probe failed: {}", crate::task::failure(e))),
                        ..Default::default()
                    });
                }
            }
        }
    }
    let router_answered = drains.await.ok().flatten().is_some();
    let drained: std::collections::BTreeSet<String> = state
        .iter()
        .flat_map(|s| s.drains.keys().cloned())
        .collect();
    let slo = match slo.await {
        Ok(r) => r,
        Err(e) => stack
            .monitoring
            .prometheus
            .clone()
            .map(|url| crate::ops::slo::SloReading {
                prometheus: url,
                target: stack.slo.availability,
                window: crate::render::prom_duration(stack.slo.window),
                availability: None,
                budget_remaining: None,
                error: Some(format!("the query failed: {}", crate::task::failure(e))),
            }),
    };
    let maintenance = |n: &crate::state::NodeRecord| {
        n.attributes.get("maintenance").and_then(|v| v.as_bool()) == Some(true)
    };
    let shown_state = |n: &crate::state::NodeRecord| -> String {
        if maintenance(n) {
            "maint".into()
        } else if drained.contains(&n.name) {
            "draining".into()
        } else {
            n.status.to_string()
        }
    };
    let all_healthy = results
        .iter()
        .all(|h| h.as_ref().is_some_and(|h| h.healthy));
    if args.format == Format::Json {
        let rows: Vec<_> = nodes
            .iter()
            .zip(&results)
            .map(|(n, h)| {
                json!({
                    "name": n.name, "region": n.region, "zone": n.zone, "state": n.status.to_string(),
                    "address": n.address, "port": n.port,
                    "weight": n.attributes.get("weight"), "maintenance": n.attributes.get("maintenance"),
                    "draining": drained.contains(&n.name),
                    "health": h,
                })
            })
            .collect();
        let out = json!({
            "stack": stack.name, "healthy": all_healthy, "router": router_answered, "nodes": rows,
            "slo": slo,
        });
        println!(
            "{}",
            stack
                .redactor
                .redact(&serde_json::to_string_pretty(&out).unwrap_or_default())
        );
    } else if nodes.is_empty() {
        println!(
            "No nodes recorded for stack \"{}\". Run `lavastack apply` first.",
            stack.name
        );
    } else {
        let (green, red, reset) = if ui.color_out {
            ("\x1b[32m", "\x1b[31m", "\x1b[0m")
        } else {
            ("", "", "")
        };
        println!(
            "{:<16} {:<14} {:<8} {:<9} {:<9} {:>9} {:>8} {:>6}  ADDRESS",
            "NODE", "REGION/ZONE", "STATE", "HEALTH", "VERSION", "LATENCY", "PLAYERS", "LOAD"
        );
        let mut problems = Vec::new();
        for (n, h) in nodes.iter().zip(&results) {
            let h = h.clone().unwrap_or_default();
            let health = if h.healthy {
                format!("{green}{:<9}{reset}", "healthy")
            } else {
                problems.push(format!(
                    "{}: {}",
                    n.name,
                    h.error.clone().unwrap_or_default()
                ));
                format!(
                    "{red}{:<9}{reset}",
                    if h.reachable { "unhealthy" } else { "down" }
                )
            };
            let zone = format!("{}/{}", n.region, n.zone.clone().unwrap_or_default());
            println!(
                "{:<16} {:<14} {:<8} {} {:<9} {:>9} {:>8} {:>6}  {}:{}",
                n.name,
                zone,
                shown_state(n),
                health,
                h.version.unwrap_or_else(|| "-".into()),
                h.latency_ms
                    .map(|l| format!("{l:.1}ms"))
                    .unwrap_or_else(|| "-".into()),
                match (h.playing_players, h.players) {
                    (Some(p), Some(t)) => format!("{p}/{t}"),
                    _ => "-".into(),
                },
                h.system_load
                    .map(|l| format!("{:.0}%", l * 100.0))
                    .unwrap_or_else(|| "-".into()),
                n.address.clone().unwrap_or_default(),
                n.port.unwrap_or_default(),
            );
        }
        if let Some(r) = &slo {
            println!("{}", stack.redactor.redact(&r.line()));
        }
        for p in problems {
            eprintln!("{}", stack.redactor.redact(&p));
        }
        if !router_answered && stack.router.token.is_some() {
            eprintln!(
                "note: no router answered at {} (drains are shown from the state)",
                stack.router.listen
            );
        }
    }
    Ok(if args.check && !all_healthy {
        exit::ERROR
    } else {
        exit::OK
    })
}

/// The nodes the running router lists as drained, or `None` when no router answers.
async fn router_drains(stack: &crate::stack::Stack) -> Option<std::collections::BTreeSet<String>> {
    let nodes = crate::router::client::RouterClient::for_stack(stack)
        .nodes()
        .await
        .ok()?;
    Some(
        nodes
            .into_iter()
            .filter(|n| n.draining)
            .map(|n| n.name)
            .collect(),
    )
}
