//! `lavastack rollout`: restart or upgrade nodes a batch at a time (drain, wait for players to
//! leave, replace, wait healthy, undrain), stopping at the first node that does not come back.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use clap::Args;

use super::apply::ApplyArgs;
use super::plan::{open_session, plan_session, CommonArgs};
use super::{exit, CliError, Format, Global, Ui};
use crate::model::Action;
use crate::ops::drain::{set_drain as drain, wait_players_gone};
use crate::router::client::RouterClient;

#[derive(Args, Debug, Clone)]
pub struct RolloutArgs {
    /// Nodes per batch.
    #[arg(long, default_value_t = 1)]
    pub batch: usize,
    /// Never more nodes out of service at once than this (default: the batch size); a smaller
    /// value makes the batches smaller.
    #[arg(long)]
    pub max_unavailable: Option<usize>,
    /// Do only this node, then stop for a go-ahead.
    #[arg(long)]
    pub canary: Option<String>,
    /// Leave this node alone (repeatable), e.g. the canary when restarting the rest.
    #[arg(long, value_name = "NODE")]
    pub skip: Vec<String>,
    /// How long to wait for a drained node's players to leave.
    #[arg(long, value_parser = super::parse_duration, default_value = "60s")]
    pub drain_timeout: Duration,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub async fn run(g: &Global, ui: Ui, args: RolloutArgs) -> Result<i32, CliError> {
    let mut s = open_session(g, ui, "plan", &args.common).await?;
    let planned = plan_session(&s, ui, false, &args.common).await;
    let stack = s.stack.clone();
    let recorded: Vec<String> = s
        .state
        .iter()
        .flat_map(|st| st.nodes.keys().cloned())
        .collect();
    s.close().await;
    let planned = planned?;
    // A rollout restarts what exists; other changes (new or removed nodes, outputs) come first.
    let other: Vec<String> = planned
        .changes
        .iter()
        .filter(|c| !matches!(c.action, Action::NoOp | Action::Replace))
        .map(|c| c.address.clone())
        .collect();
    if !other.is_empty() {
        return Err(CliError::with_hint(
            format!(
                "the stack has changes a rollout does not make: {}",
                other.join(", ")
            ),
            "apply them first with `lavastack apply`, then roll out",
        ));
    }
    // An upgrade rolls the nodes whose replacement is pending (so a canary already upgraded is
    // not done twice); without one, a rollout restarts every node.
    let replacing: Vec<String> = planned
        .changes
        .iter()
        .filter(|c| c.action == Action::Replace)
        .filter_map(|c| c.address.strip_prefix("node.").map(str::to_string))
        .collect();
    let upgrade = !replacing.is_empty();
    for n in args.skip.iter().chain(&args.canary) {
        if !recorded.contains(n) {
            return Err(CliError::msg(format!("{n} is not a node of this stack")));
        }
    }
    let mut order: Vec<String> = recorded
        .into_iter()
        .filter(|n| !upgrade || replacing.contains(n))
        .filter(|n| !args.skip.contains(n))
        .collect();
    if let Some(c) = &args.canary {
        if !order.contains(c) {
            return Err(CliError::msg(format!(
                "canary {c} has nothing to roll out (skipped, or already at the new version)"
            )));
        }
        order = vec![c.clone()];
    }
    if order.is_empty() {
        println!("Nothing to roll out.");
        return Ok(exit::OK);
    }
    // Drains an operator set before the rollout are theirs: the rollout leaves them in place.
    let drained_before: BTreeSet<String> = RouterClient::for_stack(&stack)
        .nodes()
        .await
        .map(|ns| {
            ns.into_iter()
                .filter(|n| n.draining)
                .map(|n| n.name)
                .collect()
        })
        .unwrap_or_default();
    let size = args
        .batch
        .min(args.max_unavailable.unwrap_or(args.batch))
        .max(1);
    if size < args.batch {
        println!(
            "note: batches of {size}, as --max-unavailable allows (--batch {})",
            args.batch
        );
    }
    let total = Instant::now();
    let mut router_note = false;
    for (i, batch) in order.chunks(size).enumerate() {
        let t = Instant::now();
        println!(
            "\n== batch {} of {}: {}",
            i + 1,
            order.len().div_ceil(size),
            batch.join(", ")
        );
        for n in batch {
            if let Err(e) = drain(&stack, n, true).await {
                if !router_note {
                    eprintln!("note: not draining through the router ({e})");
                    router_note = true;
                }
            }
        }
        if !router_note {
            // The batch's players leave in parallel: one deadline for all of them.
            let waits = batch
                .iter()
                .map(|n| wait_players_gone(&stack, n, args.drain_timeout));
            for (n, left) in batch
                .iter()
                .zip(futures_util::future::join_all(waits).await)
            {
                if let Some(left @ 1..) = left {
                    eprintln!(
                        "warning: {left} player(s) still on {n} after {}; restarting anyway",
                        humantime::format_duration(args.drain_timeout)
                    );
                }
            }
        }
        let names: BTreeSet<String> = batch.iter().cloned().collect();
        let mut common = args.common.clone();
        common.replace = batch.to_vec();
        common.target = Some(names);
        let code = super::apply::run(
            g,
            ui,
            ApplyArgs {
                replace: Default::default(),
                plan_file: None,
                auto_approve: true,
                format: Format::Text,
                common,
            },
        )
        .await;
        let ok = matches!(code, Ok(c) if c == exit::OK);
        if !ok {
            let why = match code {
                Ok(c) => format!("apply exited {c}"),
                Err(e) => e.to_string(),
            };
            eprintln!(
                "rollout stopped at batch {} ({}): {why}; the nodes after it were not touched",
                i + 1,
                batch.join(", ")
            );
            return Ok(exit::ERROR);
        }
        if !router_note {
            for n in batch {
                if drained_before.contains(n) {
                    println!("note: {n} was drained before the rollout and stays drained");
                    continue;
                }
                if let Err(e) = undrain_retrying(&stack, n).await {
                    eprintln!(
                        "rollout stopped after batch {}: {n} is back but still drained ({e}); run `lavastack node undrain {n}`",
                        i + 1
                    );
                    return Ok(exit::ERROR);
                }
            }
            // The next batch goes out only once the router routes to this one again, so no
            // more than --max-unavailable nodes are ever out of selection at once.
            for n in batch {
                if let Err(e) = router_sees_healthy(&stack, n).await {
                    eprintln!(
                        "rollout stopped after batch {}: {n} was replaced but {e}; the nodes after it were not touched",
                        i + 1
                    );
                    return Ok(exit::ERROR);
                }
            }
        }
        println!(
            "== batch {} done in {:.1}s",
            i + 1,
            t.elapsed().as_secs_f64()
        );
    }
    if let Some(c) = &args.canary {
        let next = if upgrade {
            "`lavastack rollout`".to_string()
        } else {
            format!("`lavastack rollout --skip {c}`")
        };
        println!("\nCanary done. Check it, then run {next} for the rest.");
    } else {
        println!(
            "\nRollout of {} node(s) done in {:.1}s.",
            order.len(),
            total.elapsed().as_secs_f64()
        );
    }
    Ok(exit::OK)
}

/// The router may not list a node for a moment after its replacement; undraining is retried
/// for a few seconds so the new node does not stay out of selection.
async fn undrain_retrying(stack: &crate::stack::Stack, name: &str) -> Result<(), String> {
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        match drain(stack, name, false).await {
            Ok(()) => return Ok(()),
            Err(e) if Instant::now() >= until => return Err(e.to_string()),
            Err(_) => tokio::time::sleep(Duration::from_millis(250)).await,
        }
    }
}

/// Waits (up to a minute: the router needs `rise` good probes) until the router counts the
/// node healthy.
async fn router_sees_healthy(stack: &crate::stack::Stack, name: &str) -> Result<(), String> {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        let healthy = RouterClient::for_stack(stack)
            .nodes()
            .await
            .is_ok_and(|ns| ns.iter().any(|n| n.name == name && n.healthy));
        if healthy {
            return Ok(());
        }
        if Instant::now() >= until {
            return Err("the router does not count it healthy after 60s".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
