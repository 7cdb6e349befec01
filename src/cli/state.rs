//! `lavastack state ...`: read the recorded state, release a stuck lock.

use clap::Subcommand;

use super::{exit, load_stack, CliError, Format, Global, Ui};
use crate::state::StateBackend;

#[derive(Subcommand, Debug)]
pub enum StateCmd {
    /// List recorded nodes.
    List {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show one recorded node.
    Show {
        /// The node's name or its address as `state list` prints it (`node.eu-1`)
        node: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Release a lock left by an operation that can no longer release it.
    ForceUnlock {
        /// The lock's ID, as the "state is locked" error prints it
        id: String,
    },
    /// Restore an earlier version (backends that keep history, such as s3).
    Rollback {
        /// The serial to restore; default: the version before the current one.
        #[arg(long)]
        to: Option<u64>,
        #[arg(long, value_parser = super::parse_duration, default_value = "0s")]
        lock_timeout: std::time::Duration,
    },
    /// Copy a state file into this stack's backend (e.g. local to s3).
    Migrate {
        /// A local state file (e.g. .lavastack/state.json).
        #[arg(long)]
        from: std::path::PathBuf,
        /// Overwrite state that already exists at the destination.
        #[arg(long)]
        force: bool,
        #[arg(long, value_parser = super::parse_duration, default_value = "0s")]
        lock_timeout: std::time::Duration,
    },
}

pub async fn run(g: &Global, ui: Ui, cmd: StateCmd) -> Result<i32, CliError> {
    let stack = load_stack(g, ui)?;
    let backend = super::backend_for(&stack).await?;
    match cmd {
        StateCmd::Rollback { to, lock_timeout } => {
            let lock = backend.lock("rollback", lock_timeout).await?;
            let result = rollback(backend.as_ref(), &stack.name, to).await;
            backend.unlock(lock).await?;
            result
        }
        StateCmd::Migrate {
            from,
            force,
            lock_timeout,
        } => {
            let from_backend = crate::state::local::LocalBackend::new(&from);
            let source_key = from_backend.load_key().await?;
            let source = from_backend
                .load()
                .await?
                .ok_or_else(|| CliError::msg(format!("no state at {}", from.display())))?;
            if source.stack != stack.name {
                return Err(crate::state::StateError::WrongStack {
                    expected: stack.name.clone(),
                    found: source.stack,
                }
                .into());
            }
            let lock = backend.lock("migrate", lock_timeout).await?;
            let result = async {
                let existing = match backend.load().await {
                    Ok(s) => s,
                    Err(crate::state::StateError::Corrupt { .. }) if force => None,
                    Err(e) => return Err(e.into()),
                };
                if let Some(e) = &existing {
                    if !force {
                        return Err(CliError::with_hint(
                            format!(
                                "{} already holds state (serial {})",
                                backend.describe(),
                                e.serial
                            ),
                            "pass --force to overwrite it",
                        ));
                    }
                }
                // The key travels with the state: without it every recorded password
                // fingerprint would look changed.
                if let Some(k) = &source_key {
                    backend.store_key(k).await?;
                }
                backend.save(&source).await?;
                println!(
                    "Copied the state of stack \"{}\" (serial {}, {} nodes) from {} to {}.",
                    source.stack,
                    source.serial,
                    source.nodes.len(),
                    from.display(),
                    backend.describe()
                );
                Ok(exit::OK)
            }
            .await;
            backend.unlock(lock).await?;
            result
        }
        StateCmd::ForceUnlock { id } => {
            backend.force_unlock(&id).await?;
            println!(
                "Lock {id} released; the state at {} is unlocked.",
                backend.describe()
            );
            Ok(exit::OK)
        }
        StateCmd::List { format } => {
            let state = backend.load().await?;
            let nodes: Vec<_> = state.iter().flat_map(|s| s.nodes.values()).collect();
            if format == Format::Json {
                println!("{}", serde_json::to_string_pretty(&nodes).expect("json"));
                return Ok(exit::OK);
            }
            if nodes.is_empty() {
                println!("No nodes recorded in {}.", backend.describe());
            }
            for n in nodes {
                let addr = match (&n.address, n.port) {
                    (Some(a), Some(p)) => format!("{a}:{p}"),
                    _ => "-".into(),
                };
                println!(
                    "node.{:<24} {:<9} {:<16} {}",
                    n.name,
                    n.status.to_string(),
                    n.region,
                    addr
                );
            }
            if let Some(s) = &state {
                for d in &s.deposed {
                    println!(
                        "node.{:<24} deposed   {:<16} (old node awaiting removal)",
                        d.name, d.region
                    );
                }
            }
            Ok(exit::OK)
        }
        StateCmd::Show { node, format } => {
            // `state list` prints addresses (`node.eu-1`); accept them as well as names.
            let node = node.strip_prefix("node.").unwrap_or(&node).to_string();
            let state = backend.load().await?;
            let Some(rec) = state.as_ref().and_then(|s| s.nodes.get(&node)) else {
                let known: Vec<&str> = state
                    .iter()
                    .flat_map(|s| s.nodes.keys().map(String::as_str))
                    .collect();
                let hint = crate::diag::did_you_mean(&node, known.iter().copied())
                    .map(|s| format!("did you mean \"{s}\"?"))
                    .unwrap_or_else(|| "`lavastack state list` shows the recorded nodes".into());
                return Err(CliError::with_hint(
                    format!("no node \"{node}\" in the state"),
                    hint,
                ));
            };
            if format == Format::Json {
                println!("{}", serde_json::to_string_pretty(rec).expect("json"));
                return Ok(exit::OK);
            }
            println!("# node.{}", rec.name);
            println!("node \"{}\" {{", rec.name);
            let mut rows: Vec<(String, String)> = vec![
                ("status".into(), format!("\"{}\"", rec.status)),
                (
                    "provider_id".into(),
                    rec.provider_id
                        .clone()
                        .map(|v| format!("\"{v}\""))
                        .unwrap_or("null".into()),
                ),
                (
                    "address".into(),
                    rec.address
                        .clone()
                        .map(|v| format!("\"{v}\""))
                        .unwrap_or("null".into()),
                ),
                (
                    "port".into(),
                    rec.port.map(|p| p.to_string()).unwrap_or("null".into()),
                ),
            ];
            for (k, v) in &rec.attributes {
                if k == "port" {
                    continue;
                }
                let shown = if crate::model::SENSITIVE_ATTRIBUTES.contains(&k.as_str()) {
                    "(sensitive value)".to_string()
                } else {
                    v.to_string()
                };
                rows.push((k.clone(), shown));
            }
            let w = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
            for (k, v) in rows {
                println!("    {k:<w$} = {v}");
            }
            println!("}}");
            Ok(exit::OK)
        }
    }
}

async fn rollback(
    backend: &dyn crate::state::StateBackend,
    stack: &str,
    to: Option<u64>,
) -> Result<i32, CliError> {
    let current = match backend.load().await {
        Ok(s) => s,
        // Rolling back is how a corrupt state is repaired.
        Err(crate::state::StateError::Corrupt { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let versions = backend.versions().await?;
    let target = match to {
        Some(t) => t,
        None => {
            let below = current.as_ref().map(|c| c.serial).unwrap_or(u64::MAX);
            *versions
                .iter()
                .find(|v| **v < below)
                .ok_or_else(|| CliError::msg("there is no earlier version to roll back to"))?
        }
    };
    let mut old = backend.load_version(target).await?.ok_or_else(|| {
        CliError::with_hint(
            format!("no version with serial {target}"),
            format!("kept versions: {versions:?}"),
        )
    })?;
    if old.stack != stack {
        return Err(crate::state::StateError::WrongStack {
            expected: stack.to_string(),
            found: old.stack,
        }
        .into());
    }
    // A new serial, so plans made against the state being replaced are refused as stale.
    let newest = versions
        .first()
        .copied()
        .unwrap_or(0)
        .max(current.map(|c| c.serial).unwrap_or(0));
    old.serial = newest + 1;
    backend.save(&old).await?;
    println!(
        "Rolled back to the state of serial {target}; it is now serial {}.",
        old.serial
    );
    Ok(exit::OK)
}
