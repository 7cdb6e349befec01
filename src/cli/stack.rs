//! `lavastack validate` and `lavastack fmt`.

use std::path::PathBuf;

use super::{exit, load_stack, CliError, Format, Global, Ui};
use crate::diag::{clip, TEXT_CHARS};
use crate::stack::fmt;

pub fn validate(g: &Global, ui: Ui, format: Format) -> Result<i32, CliError> {
    let stack = match load_stack(g, ui) {
        Ok(s) => s,
        Err(CliError::Diagnostics(d)) if format == Format::Json => {
            let diags: Vec<_> =
                d.0.iter()
                    .map(|x| {
                        serde_json::json!({
                            "severity": x.severity,
                            "summary": clip(&x.summary, TEXT_CHARS),
                            "detail": x.detail.as_deref().map(|t| clip(t, TEXT_CHARS)),
                            "help": x.help.as_deref().map(|t| clip(t, TEXT_CHARS)),
                            "location": x.location(),
                        })
                    })
                    .collect();
            println!(
                "{}",
                serde_json::json!({"valid": false, "diagnostics": diags})
            );
            return Ok(exit::ERROR);
        }
        Err(e) => return Err(e),
    };
    // Policies are part of the stack: a module that does not load, or exports the wrong
    // call for its role, is a validation error, not a surprise at plan time.
    crate::policy::for_stack(&stack)?;
    let pooled: u32 = stack.pools.values().map(|p| p.count).sum();
    let nodes = stack.nodes.len() + pooled as usize;
    match format {
        Format::Json => println!(
            "{}",
            serde_json::json!({
                "valid": true,
                "stack": stack.name,
                "nodes": nodes,
                "regions": stack.regions.len(),
                "providers": stack.providers.len(),
                "diagnostics": [],
            })
        ),
        Format::Text => println!(
            "The stack \"{}\" is valid: {} node(s) ({} from pools) in {} region(s), {} provider(s).",
            stack.name,
            nodes,
            pooled,
            stack.regions.len(),
            stack.providers.len()
        ),
    }
    Ok(exit::OK)
}

pub fn fmt(g: &Global, _ui: Ui, check: bool, files: Vec<PathBuf>) -> Result<i32, CliError> {
    let files = if files.is_empty() {
        vec![g.stack.clone()]
    } else {
        files
    };
    let mut unformatted = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f)
            .map_err(|e| CliError::msg(format!("cannot read {}: {e}", f.display())))?;
        let out = fmt::format(&text).map_err(|e| CliError::msg(format!("{}: {e}", f.display())))?;
        if out != text {
            unformatted.push(f.clone());
            if !check {
                crate::files::write_atomic(f, out.as_bytes(), None)
                    .map_err(|e| CliError::msg(format!("cannot write {}: {e}", f.display())))?;
            }
            println!("{}", f.display());
        }
    }
    Ok(if check && !unformatted.is_empty() {
        exit::UNFORMATTED
    } else {
        exit::OK
    })
}
