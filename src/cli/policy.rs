//! `lavastack policy check|test|bench`: work on a policy module without a stack.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Subcommand;
use serde_json::{json, Value};

use super::{exit, CliError, Format, Ui};
use crate::policy::bench::{synthetic_place, synthetic_select, time_interleaved};
use crate::policy::{self, wasm::Limits, PlaceInput, Policy, SelectInput};

#[derive(Subcommand, Debug)]
pub enum PolicyCmd {
    /// Load a module and check its exports, imports and ABI version.
    Check {
        /// The module: a .wasm or .wat file (a `builtin:` name also works)
        file: String,
    },
    /// Run JSON cases (input + expected ranking/placements) against a module.
    Test {
        /// The module: a .wasm or .wat file (a `builtin:` name also works)
        file: String,
        /// Directory of *.json cases: {"input": {...}, "expect": {...}} or "expect_error".
        #[arg(long)]
        cases: PathBuf,
        /// Output format: `json` for machines
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Decisions per second and p50/p99 latency, beside the native built-in on the same input.
    Bench {
        /// The module: a .wasm or .wat file (a `builtin:` name also works)
        file: String,
        /// Nodes in the synthetic cluster (1-4096).
        #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u16).range(1..=4096))]
        nodes: u16,
        /// Calls to time, after 10% warm-up (1-10000000).
        #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
        calls: u32,
        /// Output format: `json` for machines
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

fn load(file: &str) -> Result<Arc<dyn Policy>, CliError> {
    Ok(policy::load(file, Path::new("."), Limits::default())?)
}

pub fn run(_ui: Ui, cmd: PolicyCmd) -> Result<i32, CliError> {
    match cmd {
        PolicyCmd::Check { file } => {
            let p = load(&file)?;
            let mut exports = vec![];
            if p.can_select() {
                exports.push("select_node");
                if p.select_export() != "select_node" {
                    exports.push(p.select_export());
                }
            }
            if p.can_place() {
                exports.push("place_nodes");
            }
            println!("{file}: ABI v1 policy, exports {}", exports.join(", "));
            Ok(exit::OK)
        }
        PolicyCmd::Test {
            file,
            cases,
            format,
        } => test(&file, &cases, format),
        PolicyCmd::Bench {
            file,
            nodes,
            calls,
            format,
        } => bench(&file, usize::from(nodes), calls as usize, format),
    }
}

fn test(file: &str, dir: &Path, format: Format) -> Result<i32, CliError> {
    let p = load(file)?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| CliError::msg(format!("cannot read cases in {}: {e}", dir.display())))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(CliError::msg(format!(
            "no *.json cases in {}",
            dir.display()
        )));
    }
    let mut results = Vec::new();
    for path in &paths {
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let outcome = run_case(p.as_ref(), path);
        results.push((name, outcome));
    }
    let failed = results.iter().filter(|(_, r)| r.is_err()).count();
    if format == Format::Json {
        let rows: Vec<Value> = results
            .iter()
            .map(|(n, r)| json!({"case": n, "pass": r.is_ok(), "error": r.as_ref().err()}))
            .collect();
        println!(
            "{}",
            json!({"policy": file, "passed": results.len() - failed, "failed": failed, "cases": rows})
        );
    } else {
        for (n, r) in &results {
            match r {
                Ok(()) => println!("PASS {n}"),
                Err(e) => println!("FAIL {n}: {e}"),
            }
        }
        println!("{} passed, {} failed", results.len() - failed, failed);
    }
    Ok(if failed > 0 { exit::ERROR } else { exit::OK })
}

fn run_case(p: &dyn Policy, path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let case: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    let input = case.get("input").ok_or("no \"input\"")?;
    let got: Result<Value, String> = if input.get("pool").is_some() {
        let i: PlaceInput =
            serde_json::from_value(input.clone()).map_err(|e| format!("bad place input: {e}"))?;
        policy::place_checked(p, &i)
            .map(|r| json!(r))
            .map_err(|e| e.to_string())
    } else {
        let i: SelectInput =
            serde_json::from_value(input.clone()).map_err(|e| format!("bad select input: {e}"))?;
        policy::select_checked(p, &i)
            .map(|r| json!(r))
            .map_err(|e| e.to_string())
    };
    let expect_error = match case.get("expect_error") {
        None => None,
        Some(Value::String(s)) if !s.is_empty() => Some(s.as_str()),
        Some(_) => {
            return Err(
                "\"expect_error\" must be a non-empty string: a part of the expected message"
                    .into(),
            )
        }
    };
    match (got, case.get("expect"), expect_error) {
        (Ok(v), Some(want), _) if &v == want => Ok(()),
        (Ok(v), Some(want), _) => Err(format!("expected {want}, got {v}")),
        (Err(e), _, Some(want)) if e.contains(want) => Ok(()),
        (Err(e), _, Some(want)) => Err(format!("expected an error containing {want:?}, got: {e}")),
        (Err(e), Some(want), None) => Err(format!("expected {want}, got an error: {e}")),
        (Err(e), None, None) => Err(e),
        (Ok(v), None, Some(want)) => Err(format!("expected an error containing {want:?}, got {v}")),
        (Ok(_), None, None) => Err("the case has neither \"expect\" nor \"expect_error\"".into()),
    }
}

fn bench(file: &str, nodes: usize, calls: usize, format: Format) -> Result<i32, CliError> {
    let p = load(file)?;
    let (native, label): (Arc<dyn Policy>, &str) = if p.can_select() {
        (Arc::new(policy::builtin::LeastLoad), p.select_export())
    } else {
        (Arc::new(policy::builtin::Spread), "place_nodes")
    };
    // Timed in turns, so a slow spell of the machine falls on both alike.
    let (ours, theirs) = if p.can_select() {
        let input = synthetic_select(nodes);
        policy::select_checked(p.as_ref(), &input)?;
        let mut t = time_interleaved(
            calls,
            &mut [
                &mut || policy::select_checked(p.as_ref(), &input).map(drop),
                &mut || policy::select_checked(native.as_ref(), &input).map(drop),
            ],
        )?;
        (t.remove(0), t.remove(0))
    } else {
        let input = synthetic_place(nodes);
        policy::place_checked(p.as_ref(), &input)?;
        let mut t = time_interleaved(
            calls,
            &mut [
                &mut || policy::place_checked(p.as_ref(), &input).map(drop),
                &mut || policy::place_checked(native.as_ref(), &input).map(drop),
            ],
        )?;
        (t.remove(0), t.remove(0))
    };
    let ratio = ours.p50.as_secs_f64() / theirs.p50.as_secs_f64().max(1e-9);
    if format == Format::Json {
        println!(
            "{}",
            json!({
                "policy": file, "call": label, "nodes": nodes, "calls": calls,
                "policy_per_sec": ours.per_sec, "policy_p50_us": ours.p50.as_secs_f64() * 1e6, "policy_p99_us": ours.p99.as_secs_f64() * 1e6,
                "native": native.name(), "native_per_sec": theirs.per_sec, "native_p50_us": theirs.p50.as_secs_f64() * 1e6, "native_p99_us": theirs.p99.as_secs_f64() * 1e6,
                "p50_ratio": ratio,
            })
        );
    } else {
        println!("{label} on {nodes} nodes, {calls} calls each, measured in this run:");
        println!(
            "  {:<28} {:>12.0}/s  p50 {:>9.1?}  p99 {:>9.1?}",
            file, ours.per_sec, ours.p50, ours.p99
        );
        println!(
            "  {:<28} {:>12.0}/s  p50 {:>9.1?}  p99 {:>9.1?}",
            native.name(),
            theirs.per_sec,
            theirs.p50,
            theirs.p99
        );
        println!("  wasm/native p50 ratio: {ratio:.1}x");
    }
    Ok(exit::OK)
}
