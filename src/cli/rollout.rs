//! `lavastack rollout`: restart or upgrade nodes a batch at a time. The walk (drain, wait for
//! players, replace, undrain, wait until routed, stop at the first failure) is the library's
//! `ops::rollout`; this file gives it the live cluster and prints what happens.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Args;

use super::plan::{open_session, plan_session, CommonArgs};
use super::{exit, CliError, Global, Ui};
use crate::ops::rollout::{self, Event};

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
    let sel = rollout::select(
        &recorded,
        &planned,
        &args.skip,
        args.canary.as_deref(),
        args.batch,
        args.max_unavailable,
    )
    .map_err(|e| match e {
        rollout::SelectError::OtherChanges(_) => CliError::with_hint(
            e.to_string(),
            "apply them first with `lavastack apply`, then roll out",
        ),
        other => CliError::msg(other.to_string()),
    })?;
    if sel.batches.is_empty() {
        println!("Nothing to roll out.");
        return Ok(exit::OK);
    }
    if let Some(size) = sel.narrowed_to {
        println!(
            "note: batches of {size}, as --max-unavailable allows (--batch {})",
            args.batch
        );
    }
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = interrupted.clone();
    let watcher = tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            flag.store(true, Ordering::SeqCst);
        }
    });
    let common = args.common.clone();
    let live = rollout::LiveCluster {
        stack,
        replace: Box::new(move |nodes: Vec<String>| {
            let mut common = common.clone();
            Box::pin(async move {
                common.target = Some(nodes.iter().cloned().collect());
                common.replace = nodes;
                match super::apply::converge(g, ui, "rollout", &common).await {
                    Ok(c) if c == exit::OK => Ok(()),
                    Ok(c) => Err(format!("apply exited {c}")),
                    Err(e) => Err(e.to_string()),
                }
            })
        }),
        interrupted,
    };
    let total = Instant::now();
    let drain_timeout = args.drain_timeout;
    let print = move |e: Event| match e {
        Event::BatchStarted { index, of, nodes } => {
            println!("\n== batch {index} of {of}: {}", nodes.join(", "))
        }
        Event::NoRouter(e) => eprintln!("note: not draining through the router ({e})"),
        Event::PlayersLeft { node, players } => eprintln!(
            "warning: {players} player(s) still on {node} after {}; restarting anyway",
            humantime::format_duration(drain_timeout)
        ),
        Event::KeptDrained(n) => {
            println!("note: {n} was drained before the rollout and stays drained")
        }
        Event::BatchDone { index, elapsed } => {
            println!("== batch {index} done in {:.1}s", elapsed.as_secs_f64())
        }
    };
    let result = rollout::run(&sel, &live, args.drain_timeout, &print).await;
    watcher.abort();
    match result {
        Err(stopped) => {
            eprintln!("{stopped}");
            Ok(match stopped {
                rollout::Stopped::Interrupted { .. } => exit::INTERRUPTED,
                _ => exit::ERROR,
            })
        }
        Ok(n) => {
            if let Some(c) = &args.canary {
                let next = if sel.upgrade {
                    "`lavastack rollout`".to_string()
                } else {
                    format!("`lavastack rollout --skip {c}`")
                };
                println!("\nCanary done. Check it, then run {next} for the rest.");
            } else {
                println!(
                    "\nRollout of {n} node(s) done in {:.1}s.",
                    total.elapsed().as_secs_f64()
                );
            }
            Ok(exit::OK)
        }
    }
}
