//! `lavastack rotate ssh-key`: moves the ssh hosts' login key to a new one (the library's
//! `ops::rotate`), printing each host as it finishes. `lavastack rotate password`: moves the
//! nodes to a new Lavalink password in rolling batches (`ops::password`).

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use super::{exit, CliError, Format, Global, Ui};

#[derive(Subcommand, Debug, Clone)]
pub enum RotateCmd {
    /// Authorize a new login key on every ssh host, prove a login with it, then remove the
    /// old key and prove it refused. A host where the new key fails keeps the old one.
    SshKey(SshKeyArgs),
    /// Stage a new Lavalink password beside the current one, move the nodes to it a batch at
    /// a time (drain, replace, undrain) while the router hands bots each node's credential,
    /// then make it current and prove the old one refused. Run it again to resume.
    Password(PasswordArgs),
}

#[derive(Args, Debug, Clone)]
pub struct PasswordArgs {
    /// The new password, read from this file (default: 32 random bytes, generated).
    #[arg(long, value_name = "PATH", conflicts_with = "abort")]
    pub new_value_file: Option<PathBuf>,
    /// Abandon the rotation under way (only before any node has moved to the new value).
    #[arg(long)]
    pub abort: bool,
    /// Resume a rotation recorded as run by a process on another host that is gone.
    #[arg(long)]
    pub take_over: bool,
    /// Nodes per batch.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub batch: u16,
    /// How long to wait for a drained node's players to leave.
    #[arg(long, value_parser = super::parse_duration, default_value = "60s")]
    pub drain_timeout: Duration,
    /// Wait up to this long for the state lock (each phase takes it).
    #[arg(long, value_parser = super::parse_duration, default_value = "30s")]
    pub lock_timeout: Duration,
    /// How many provider calls run at once.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub parallelism: u16,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Args, Debug, Clone)]
pub struct SshKeyArgs {
    /// The new private key (make one with `ssh-keygen -t ed25519 -N '' -f PATH`).
    #[arg(long, value_name = "PATH")]
    pub new_key: PathBuf,
    /// Only this ssh provider's hosts (e.g. ssh.dc).
    #[arg(long, value_name = "ssh.NAME")]
    pub provider: Option<String>,
    /// The environment variable holding the new key's passphrase, if it has one.
    #[arg(long, value_name = "VAR")]
    pub passphrase_env: Option<String>,
    /// Wait up to this long for the state lock.
    #[arg(long, value_parser = super::parse_duration, default_value = "0s")]
    pub lock_timeout: Duration,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub async fn run(g: &Global, ui: Ui, cmd: RotateCmd) -> Result<i32, CliError> {
    let args = match cmd {
        RotateCmd::SshKey(a) => a,
        RotateCmd::Password(a) => return password(g, ui, a).await,
    };
    let stack = super::load_stack(g, ui)?;
    let mut s = crate::ops::Session::open(stack, "rotate ssh-key", args.lock_timeout).await?;
    let text = args.format == Format::Text;
    let print = |o: &crate::ops::rotate::HostOutcome| {
        if text {
            match &o.error {
                None => println!("{} ({}): {}", o.node, o.provider, o.result),
                Some(e) => println!(
                    "{} ({}): FAILED, it keeps the old key: {e}",
                    o.node, o.provider
                ),
            }
        }
    };
    let result = crate::ops::rotate::ssh_key(
        &mut s,
        args.provider.as_deref(),
        &args.new_key,
        args.passphrase_env.as_deref(),
        &print,
    )
    .await;
    s.close().await;
    let outcomes = result?;
    let failed: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.result == "failed")
        .map(|o| o.node.as_str())
        .collect();
    let key = std::path::absolute(&args.new_key).unwrap_or(args.new_key.clone());
    let next = format!(
        "set private_key_file = \"{}\" in the ssh provider now: the rotated hosts accept only the new key",
        key.display()
    );
    if text {
        println!(
            "\n{} of {} host(s) rotated.",
            outcomes.len() - failed.len(),
            outcomes.len()
        );
        if failed.len() < outcomes.len() {
            println!("Next: {next}.");
        }
        if !failed.is_empty() {
            println!(
                "Not rotated (still on the old key): {}. Fix them and run the command again; rotated hosts are left as they are.",
                failed.join(", ")
            );
        }
    } else {
        let v = serde_json::json!({
            "hosts": outcomes,
            "failed": failed,
            "next": next,
        });
        println!("{v}");
    }
    Ok(if failed.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}

async fn password(g: &Global, ui: Ui, args: PasswordArgs) -> Result<i32, CliError> {
    use crate::ops::password::{self, Event};
    use crate::ops::rollout::Event as Roll;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let stack = super::load_stack(g, ui)?;
    if args.abort {
        let pending = password::abort(stack, args.lock_timeout).await?;
        println!(
            "Rotation abandoned: the staged value at {pending} is gone and no node was touched."
        );
        return Ok(exit::OK);
    }
    let new_value = match &args.new_value_file {
        Some(p) => Some(crate::stack::Secret::new(
            crate::stack::read_secret_file(p)
                .map_err(|e| CliError::msg(format!("--new-value-file: {e}")))?,
        )),
        None => None,
    };
    if new_value.as_ref().is_some_and(|v| v.expose().is_empty()) {
        return Err(CliError::msg("--new-value-file: the file is empty"));
    }
    let mut redactor = stack.redactor.clone();
    if let Some(v) = &new_value {
        redactor.add(v);
    }
    let json = args.format == Format::Json;
    let apply_events =
        super::apply::event_printer(args.format, redactor, indicatif::ProgressBar::hidden());
    let (cancel, interrupt) = super::apply::interrupt_on_ctrl_c();
    let interrupted = Arc::new(AtomicBool::new(false));
    let mut watch = cancel.clone();
    let flag = interrupted.clone();
    let watcher = tokio::spawn(async move {
        if watch.changed().await.is_ok() {
            flag.store(true, Ordering::SeqCst);
        }
    });
    let req = password::Request {
        new_value,
        take_over: args.take_over,
        batch: usize::from(args.batch),
        drain_timeout: args.drain_timeout,
        lock_timeout: args.lock_timeout,
        parallelism: usize::from(args.parallelism),
    };
    let print = |e: Event| {
        if json {
            let v = match &e {
                Event::Staged { pending } => {
                    serde_json::json!({"type": "staged", "pending": pending})
                }
                Event::Resumed { moved, left } => {
                    serde_json::json!({"type": "resumed", "moved": moved, "left": left})
                }
                Event::Rollout(Roll::BatchStarted { index, of, nodes }) => {
                    serde_json::json!({"type": "batch", "index": index, "of": of, "nodes": nodes})
                }
                Event::Rollout(Roll::BatchDone { index, elapsed }) => {
                    serde_json::json!({"type": "batch_done", "index": index, "seconds": elapsed.as_secs_f64()})
                }
                Event::Rollout(Roll::NoRouter(e)) => {
                    serde_json::json!({"type": "no_router", "error": e})
                }
                Event::Rollout(Roll::PlayersLeft { node, players }) => {
                    serde_json::json!({"type": "players_left", "node": node, "players": players})
                }
                Event::Rollout(Roll::KeptDrained(n)) => {
                    serde_json::json!({"type": "kept_drained", "node": n})
                }
                Event::Promoted { source } => {
                    serde_json::json!({"type": "promoted", "source": source})
                }
                Event::Checked(c) => serde_json::json!({"type": "checked", "check": c}),
            };
            println!("{v}");
            return;
        }
        match e {
            Event::Staged { pending } => println!("Staged the new password at {pending}."),
            Event::Resumed { moved, left } => println!(
                "Resuming the rotation under way: {moved} node(s) moved, {left} to go."
            ),
            Event::Rollout(Roll::BatchStarted { index, of, nodes }) => {
                println!("\n== batch {index} of {of}: {}", nodes.join(", "))
            }
            Event::Rollout(Roll::BatchDone { index, elapsed }) => {
                println!("== batch {index} done in {:.1}s", elapsed.as_secs_f64())
            }
            Event::Rollout(Roll::NoRouter(e)) => {
                eprintln!("note: not draining through the router ({e})")
            }
            Event::Rollout(Roll::PlayersLeft { node, players }) => eprintln!(
                "warning: {players} player(s) still on {node} after the drain timeout; replacing anyway"
            ),
            Event::Rollout(Roll::KeptDrained(n)) => {
                println!("note: {n} was drained before and stays drained")
            }
            Event::Promoted { source } => {
                println!("\nPromoted: {source} now holds the new password.")
            }
            Event::Checked(c) => println!(
                "{}: old password {}, new password {}{}",
                c.node,
                if c.old_refused { "refused" } else { "NOT REFUSED" },
                if c.new_accepted { "accepted" } else { "NOT ACCEPTED" },
                c.error.map(|e| format!(" ({e})")).unwrap_or_default()
            ),
        }
    };
    let result = password::password(stack, &req, apply_events, cancel, interrupted, &print).await;
    crate::task::cancel(interrupt, "the Ctrl-C watcher").await;
    crate::task::cancel(watcher, "the rotation's watcher").await;
    let report = result?;
    let ok = report.complete();
    if json {
        println!(
            "{}",
            serde_json::json!({"type": "summary", "report": report, "complete": ok})
        );
    } else {
        if !report.own_password.is_empty() {
            println!(
                "Left alone (a password of their own): {}.",
                report.own_password.join(", ")
            );
        }
        println!(
            "\n{}",
            if ok {
                format!(
                    "Rotation complete: {} node(s) replaced; every node refuses the old password.",
                    report.rolled
                )
            } else {
                "Rotation promoted, but not every node refuses the old password and takes the new one (above).".to_string()
            }
        );
    }
    Ok(if ok { exit::OK } else { exit::ERROR })
}
