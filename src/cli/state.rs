//! `lavastack state ...`: read the recorded state, release a stuck lock.

use clap::Subcommand;

use super::{exit, load_stack, CliError, Format, Global, Ui};

#[derive(Subcommand, Debug)]
pub enum StateCmd {
    /// List recorded nodes.
    List {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show one recorded node.
    Show {
        node: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Release a lock left by an operation that can no longer release it.
    ForceUnlock { id: String },
}

pub async fn run(g: &Global, ui: Ui, cmd: StateCmd) -> Result<i32, CliError> {
    let stack = load_stack(g, ui)?;
    let backend = super::backend_for(&stack)?;
    match cmd {
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
                let shown = if crate::plan::SENSITIVE_ATTRIBUTES.contains(&k.as_str()) {
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
