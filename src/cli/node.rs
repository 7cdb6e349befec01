//! `lavastack node add|remove|drain|undrain`: day-two changes in one command each.
//!
//! add/remove edit the stack file through `stack::edit` (values escaped, every other byte kept),
//! validate the result before writing it, and
//! with `--apply` run the same plan and apply as `lavastack apply --auto-approve`. drain and
//! undrain go to the running router (and HAProxy's runtime API where an output names one).

use std::time::{Duration, Instant};

use super::plan::CommonArgs;
use super::{exit, load_stack, CliError, Global, Ui};
use crate::ops::drain::{set_drain, wait_players_gone};
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum NodeCmd {
    /// Add a node block to the stack (and with --apply, create it and wait until healthy).
    Add {
        /// The node's name (its block label in the stack)
        name: String,
        #[arg(long)]
        region: String,
        #[arg(long)]
        weight: Option<u32>,
        #[arg(long)]
        priority: Option<u32>,
        #[arg(long)]
        zone: Option<String>,
        #[arg(long)]
        host: Option<String>,
        #[arg(long)]
        port: Option<u16>,
        /// Plan and apply right away.
        #[arg(long)]
        apply: bool,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Drain the node through the router, wait for its players to leave, remove it.
    Remove {
        /// The node's name (its block label in the stack)
        name: String,
        /// Plan and apply right away.
        #[arg(long)]
        apply: bool,
        /// How long to wait for players to leave before removing anyway.
        #[arg(long, value_parser = super::parse_duration, default_value = "60s")]
        drain_timeout: Duration,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Stop sending new players to a node (router and HAProxy).
    Drain {
        /// The node's name
        name: String,
    },
    /// Send new players to a drained node again.
    Undrain {
        /// The node's name
        name: String,
    },
}

struct Steps(Vec<(String, Duration)>);

impl Steps {
    fn time<T>(&mut self, name: &str, t: Instant, v: T) -> T {
        self.0.push((name.to_string(), t.elapsed()));
        v
    }
    fn print(&self) {
        println!("\nSteps:");
        for (n, d) in &self.0 {
            println!("  {:<34} {:>8.3}s", n, d.as_secs_f64());
        }
    }
}

fn validate_text(g: &Global, text: &str) -> Result<(), CliError> {
    crate::stack::load_str(&g.stack, text, &g.load_options())
        .map(|_| ())
        .map_err(|d| CliError::Diagnostics(Box::new(d)))
}

async fn apply_now(g: &Global, ui: Ui, common: &CommonArgs) -> Result<i32, CliError> {
    super::apply::converge(g, ui, "node", common).await
}

pub async fn run(g: &Global, ui: Ui, cmd: NodeCmd) -> Result<i32, CliError> {
    match cmd {
        NodeCmd::Add {
            name,
            region,
            weight,
            priority,
            zone,
            host,
            port,
            apply,
            common,
        } => {
            let mut steps = Steps(Vec::new());
            let t = Instant::now();
            let text = std::fs::read_to_string(&g.stack)
                .map_err(|e| CliError::msg(format!("cannot read {}: {e}", g.stack.display())))?;
            let new = crate::stack::edit::add_node(
                &text,
                &crate::stack::edit::NewNode {
                    name: name.clone(),
                    region,
                    zone,
                    weight,
                    priority,
                    host,
                    port,
                },
            )
            .map_err(|e| CliError::msg(format!("{}: {e}", g.stack.display())))?;
            // Nothing is written unless the edited stack is valid.
            validate_text(g, &new)?;
            steps.time("edit and validate the stack", t, ());
            let t = Instant::now();
            crate::files::write_atomic(&g.stack, new.as_bytes(), None)
                .map_err(|e| CliError::msg(format!("cannot write {}: {e}", g.stack.display())))?;
            steps.time("write the stack file", t, ());
            println!("Added node \"{name}\" to {}.", g.stack.display());
            if !apply {
                println!("Run `lavastack apply` (or add --apply) to create it.");
                return Ok(exit::OK);
            }
            let t = Instant::now();
            let code = apply_now(g, ui, &common).await?;
            steps.time("plan, create, wait healthy, render outputs", t, ());
            steps.print();
            Ok(code)
        }
        NodeCmd::Remove {
            name,
            apply,
            drain_timeout,
            common,
        } => {
            let mut steps = Steps(Vec::new());
            let stack = load_stack(g, ui)?;
            let text = std::fs::read_to_string(&g.stack)
                .map_err(|e| CliError::msg(format!("cannot read {}: {e}", g.stack.display())))?;
            // Refuse before draining anything: the edit must be possible.
            let new = crate::stack::edit::remove_node(&text, &name)
                .map_err(|e| CliError::msg(format!("{}: {e}", g.stack.display())))?;
            if apply {
                let t = Instant::now();
                match set_drain(&stack, &name, true).await {
                    Ok(_) => {
                        let left = wait_players_gone(&stack, &name, drain_timeout).await;
                        steps.time("drain and wait for players to leave", t, ());
                        match left {
                            Some(0) | None => {}
                            Some(n) => eprintln!(
                                "warning: {n} player(s) still on {name} after {}; removing anyway",
                                humantime::format_duration(drain_timeout)
                            ),
                        }
                    }
                    Err(e) => {
                        eprintln!("note: not drained through the router ({e}); removing directly")
                    }
                }
            }
            let t = Instant::now();
            validate_text(g, &new)?;
            crate::files::write_atomic(&g.stack, new.as_bytes(), None)
                .map_err(|e| CliError::msg(format!("cannot write {}: {e}", g.stack.display())))?;
            steps.time("edit and validate the stack", t, ());
            println!("Removed node \"{name}\" from {}.", g.stack.display());
            if !apply {
                println!("Run `lavastack apply` (or add --apply) to delete it.");
                return Ok(exit::OK);
            }
            let t = Instant::now();
            let code = apply_now(g, ui, &common).await?;
            steps.time("plan, render outputs, delete", t, ());
            steps.print();
            Ok(code)
        }
        NodeCmd::Drain { name } => {
            let stack = load_stack(g, ui)?;
            let told = set_drain(&stack, &name, true)
                .await
                .map_err(|source| CliError::Drain {
                    node: name.clone(),
                    on: true,
                    source,
                })?;
            println!("Node {name} is draining: no new players go to it (recorded in the state).");
            if let Some(why) = told.router {
                println!("note: the router was not told at once ({why}); it follows the state within its state_poll");
            }
            Ok(exit::OK)
        }
        NodeCmd::Undrain { name } => {
            let stack = load_stack(g, ui)?;
            let told = set_drain(&stack, &name, false)
                .await
                .map_err(|source| CliError::Drain {
                    node: name.clone(),
                    on: false,
                    source,
                })?;
            if told.changed {
                println!("Node {name} takes new players again.");
            } else {
                println!("Node {name} was not drained: nothing changed.");
            }
            if let Some(why) = told.router {
                println!("note: the router was not told at once ({why}); it follows the state within its state_poll");
            }
            Ok(exit::OK)
        }
    }
}
