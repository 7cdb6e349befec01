//! `lavastack rollout`: restart or upgrade nodes a batch at a time (drain, wait for players to
//! leave, replace, wait healthy, undrain), stopping at the first node that does not come back.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use clap::Args;

use super::apply::ApplyArgs;
use super::node::drain;
use super::plan::{CommonArgs, Session};
use super::{exit, CliError, Format, Global, Ui};
use crate::plan::Action;

#[derive(Args, Debug, Clone)]
pub struct RolloutArgs {
    /// Nodes per batch.
    #[arg(long, default_value_t = 1)]
    pub batch: usize,
    /// Never more nodes out of service at once than this.
    #[arg(long, default_value_t = 1)]
    pub max_unavailable: usize,
    /// Do only this node, then stop for a go-ahead.
    #[arg(long)]
    pub canary: Option<String>,
    /// How long to wait for a drained node's players to leave.
    #[arg(long, value_parser = super::parse_duration, default_value = "60s")]
    pub drain_timeout: Duration,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub async fn run(g: &Global, ui: Ui, args: RolloutArgs) -> Result<i32, CliError> {
    let mut s = Session::open(g, ui, "plan", &args.common).await?;
    let planned = s.plan(ui, false, &args.common).await;
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
    let mut order = recorded;
    if let Some(c) = &args.canary {
        if !order.contains(c) {
            return Err(CliError::msg(format!(
                "canary {c} is not a node of this stack"
            )));
        }
        order = vec![c.clone()];
    }
    let size = args.batch.min(args.max_unavailable).max(1);
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
            tokio::time::sleep(Duration::from_millis(200)).await;
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
        for n in batch {
            let _ = drain(&stack, n, false).await;
        }
        println!(
            "== batch {} done in {:.1}s",
            i + 1,
            t.elapsed().as_secs_f64()
        );
    }
    if args.canary.is_some() {
        println!(
            "\nCanary done. Check it, then run `lavastack rollout` without --canary to continue."
        );
    } else {
        println!(
            "\nRollout of {} node(s) done in {:.1}s.",
            order.len(),
            total.elapsed().as_secs_f64()
        );
    }
    Ok(exit::OK)
}
