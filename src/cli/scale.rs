//! `lavastack scale`: pools with `min`, `max` and `players_per_node` sized from the players
//! their members hold now (`ops::scale`). Without `--apply` it prints the proposals; with it,
//! each changed `count` is written into the stack file (only that number), the members a
//! smaller pool loses are drained and given `--drain-timeout` for their players to leave, and
//! the stack is applied.

use std::time::Duration;

use clap::Args;

use super::plan::CommonArgs;
use super::{exit, CliError, Format, Global, Ui};
use crate::ops::scale::Proposal;

#[derive(Args, Debug, Clone)]
pub struct ScaleArgs {
    /// Only this pool.
    #[arg(long, value_name = "NAME")]
    pub pool: Option<String>,
    /// Write the proposed counts into the stack and apply them.
    #[arg(long)]
    pub apply: bool,
    /// How long a leaving member's players get to move after it is drained.
    #[arg(long, value_parser = super::parse_duration, default_value = "60s")]
    pub drain_timeout: Duration,
    /// Per-node deadline for reading its players.
    #[arg(long, value_parser = super::parse_duration, default_value = "5s")]
    pub timeout: Duration,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub async fn run(g: &Global, ui: Ui, args: ScaleArgs) -> Result<i32, CliError> {
    let stack = super::load_stack(g, ui)?;
    if let Some(p) = &args.pool {
        if stack.pools.get(p).is_none_or(|x| x.sizing.is_none()) {
            return Err(CliError::with_hint(
                format!("no pool \"{p}\" with sizing in the stack"),
                "give the pool min, max and players_per_node",
            ));
        }
    }
    let backend = super::backend_for(&stack).await?;
    let state = backend.load().await?;
    let creds = crate::credentials::Credentials::load(state.as_ref(), backend.as_ref())
        .await
        .map_err(|e| CliError::msg(e.to_string()))?;
    let proposals = crate::ops::scale::propose(
        &stack,
        state.as_ref(),
        &creds,
        args.pool.as_deref(),
        args.timeout,
    )
    .await;
    let json = args.format == Format::Json;
    for p in &proposals {
        if json {
            println!("{}", serde_json::json!({"type": "proposal", "proposal": p}));
        } else {
            println!("{}", p.line());
        }
    }
    let changes: Vec<_> = proposals.iter().filter(|p| p.wanted != p.count).collect();
    if proposals.is_empty() {
        if json {
            println!(
                "{}",
                serde_json::json!({"type": "nothing", "reason": "no pool has sizing"})
            );
        } else {
            println!("No pool has sizing (min, max, players_per_node): nothing to scale.");
        }
        return Ok(exit::OK);
    }
    if changes.is_empty() {
        if !json {
            println!("No scaling needed.");
        }
        return Ok(exit::OK);
    }
    if !args.apply {
        if !json {
            println!("Run `lavastack scale --apply` to set the counts and apply them.");
        }
        return Ok(exit::OK);
    }
    let changes: Vec<Proposal> = changes.into_iter().cloned().collect();
    // A manual change starts the autoscaler's cool-down too.
    crate::ops::scale::record(&stack, &changes, None, args.common.lock_timeout).await?;
    apply_changes(
        g,
        ui,
        &stack,
        &changes,
        args.drain_timeout,
        &args.common,
        json,
    )
    .await
}

/// Writes the changed counts into the stack file, drains the members smaller pools lose and
/// gives their players `drain_timeout` to leave, then applies: `scale --apply` and
/// `serve --autoscale` both.
pub async fn apply_changes(
    g: &Global,
    ui: Ui,
    stack: &crate::stack::Stack,
    changes: &[Proposal],
    drain_timeout: Duration,
    common: &CommonArgs,
    json: bool,
) -> Result<i32, CliError> {
    let mut text = std::fs::read_to_string(&g.stack)
        .map_err(|e| CliError::msg(format!("cannot read {}: {e}", g.stack.display())))?;
    for p in changes {
        text = crate::stack::edit::set_pool_count(&text, &p.pool, p.wanted)
            .map_err(|e| CliError::msg(format!("{}: {e}", g.stack.display())))?;
    }
    crate::stack::load_str(&g.stack, &text, &g.load_options())
        .map_err(|d| CliError::Diagnostics(Box::new(d)))?;
    // Scaling down: the leaving members stop taking new players, and theirs move first.
    let leaving: Vec<String> = changes.iter().flat_map(Proposal::leaving).collect();
    for n in &leaving {
        crate::ops::drain::set_drain(stack, n, true)
            .await
            .map_err(|source| CliError::Drain {
                node: n.clone(),
                on: true,
                source,
            })?;
    }
    let waits = leaving
        .iter()
        .map(|n| crate::ops::drain::wait_players_gone(stack, n, drain_timeout));
    for (n, left) in leaving
        .iter()
        .zip(futures_util::future::join_all(waits).await)
    {
        match left {
            Some(0) | None => {
                if !json {
                    println!("{n}: drained, no players left");
                }
            }
            Some(k) => eprintln!(
                "warning: {k} player(s) still on {n} after {}; removing anyway",
                humantime::format_duration(drain_timeout)
            ),
        }
    }
    crate::files::write_atomic(&g.stack, text.as_bytes(), None)
        .map_err(|e| CliError::msg(format!("cannot write {}: {e}", g.stack.display())))?;
    for p in changes {
        if !json {
            println!(
                "Set pool \"{}\" count = {} in {}.",
                p.pool,
                p.wanted,
                g.stack.display()
            );
        }
    }
    super::apply::converge(g, ui, "scale", common).await
}
