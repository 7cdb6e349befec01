//! `lavastack render --out DIR`: every output, rendered from the stack and state, written
//! under DIR, and under DIR/nodes/<node>/ what providers install on each ssh or aws node
//! (application.yml, the systemd unit, cloud-init; never the password file or a key).
//! Nothing is applied, no on_change runs, the state is not touched.

use std::path::PathBuf;

use clap::Args;

use super::{exit, load_stack, CliError, Global, Ui};
use crate::render::{self, Renderer};

#[derive(Args, Debug, Clone)]
pub struct RenderArgs {
    /// Directory to write into (created if missing).
    #[arg(long)]
    pub out: PathBuf,
}

pub async fn run(g: &Global, ui: Ui, args: RenderArgs) -> Result<i32, CliError> {
    let stack = load_stack(g, ui)?;
    let renderer = Renderer::for_stack(&stack)?;
    let backend = super::backend_for(&stack).await?;
    let state = backend.load().await?;
    let policies = crate::policy::for_stack(&stack)?;
    // Rendered configs never show a password fingerprint, so a throwaway key serves and
    // `render` writes nothing beside the state.
    let mut desired = crate::plan::desired_nodes(
        &stack,
        state.as_ref(),
        policies.placement.as_ref(),
        &crate::model::FingerprintKey::for_preview(),
    )?;
    crate::plan::apply_windows(&stack, &mut desired, std::time::SystemTime::now());
    let pending: Vec<&str> = desired
        .keys()
        .filter(|n| state.as_ref().is_none_or(|s| !s.nodes.contains_key(*n)))
        .map(String::as_str)
        .collect();
    let outputs = if stack.outputs.is_empty() {
        render::default_outputs()
    } else {
        stack.outputs.values().cloned().collect()
    };
    // Output paths are made relative so everything lands under --out.
    let outputs: Vec<_> = outputs
        .into_iter()
        .map(|mut o| {
            o.path = o.path.trim_start_matches('/').to_string();
            o
        })
        .collect();
    let views = render::node_views(&stack, &desired, state.as_ref());
    let mut files: Vec<(PathBuf, String)> = renderer
        .render_all(&stack, &outputs, &views, &args.out)?
        .into_iter()
        .map(|f| (f.path, f.content))
        .collect();
    // Building providers does no I/O (clients and keys are made on first use).
    let providers = crate::provider::build_all(&stack).map_err(|e| CliError::msg(e.to_string()))?;
    for n in desired.values() {
        let Some(found) = providers
            .get(&n.provider)
            .and_then(|p| p.installed_files(n))
        else {
            continue;
        };
        let node_files = found.map_err(|e| {
            CliError::msg(format!("node {}: rendering what it installs: {e}", n.name))
        })?;
        // What the provider really installs replaces the generic per-node outputs of the same
        // name (those lack the provider's paths and settings).
        for (name, content) in node_files {
            let path = args.out.join("nodes").join(&n.name).join(name);
            files.retain(|(p, _)| *p != path);
            files.push((path, content));
        }
    }
    for (path, content) in &files {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| CliError::msg(format!("cannot create {}: {e}", dir.display())))?;
        }
        let mode = if stack.redactor.redact(content) != *content {
            crate::files::SECRET
        } else {
            crate::files::PUBLIC
        };
        crate::files::write_atomic(path, content.as_bytes(), Some(mode))
            .map_err(|e| CliError::msg(format!("cannot write {}: {e}", path.display())))?;
        println!("{}", path.display());
    }
    if !pending.is_empty() {
        eprintln!(
            "warning: not applied yet, so their addresses are known after apply (left out of haproxy.cfg, the bot config and the scrape targets): {}",
            pending.join(", ")
        );
    }
    Ok(exit::OK)
}
