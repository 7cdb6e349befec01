//! `lavastack apply` and `lavastack destroy`.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;

use super::plan::{open_session, plan_session, print_plan, CommonArgs, ReplaceArgs};
use super::{exit, CliError, Format, Global, PlanFormat, Ui};
use crate::apply::{Event, Report};
use crate::model::Action;
use crate::ops::Session;
use crate::plan::{self, Plan};

#[derive(Args, Debug, Clone)]
pub struct ApplyArgs {
    /// A plan saved with `lavastack plan --out FILE`; applied exactly, without a prompt.
    pub plan_file: Option<PathBuf>,
    /// Do not ask for confirmation.
    #[arg(long)]
    pub auto_approve: bool,
    /// Output format: `json` for machines (one document on stdout)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub replace: ReplaceArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Args, Debug, Clone)]
pub struct DestroyArgs {
    #[arg(long)]
    pub auto_approve: bool,
    /// Output format: `json` for machines (one document on stdout)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub async fn run(g: &Global, ui: Ui, args: ApplyArgs) -> Result<i32, CliError> {
    match &args.plan_file {
        Some(path) => apply_saved(g, ui, path, &args).await,
        None => {
            let mut common = args.common.clone();
            common.replace.extend(args.replace.replace.iter().cloned());
            plan_and_apply(g, ui, false, args.auto_approve, args.format, &common).await
        }
    }
}

pub async fn destroy(g: &Global, ui: Ui, args: DestroyArgs) -> Result<i32, CliError> {
    plan_and_apply(g, ui, true, args.auto_approve, args.format, &args.common).await
}

async fn plan_and_apply(
    g: &Global,
    ui: Ui,
    destroy: bool,
    auto_approve: bool,
    format: Format,
    common: &CommonArgs,
) -> Result<i32, CliError> {
    let op = if destroy { "destroy" } else { "apply" };
    let mut s = open_session(g, ui, op, common).await?;
    let result = async {
        let plan = plan_session(&s, ui, destroy, common).await?;
        if format == Format::Text {
            print_plan(&plan, PlanFormat::Text, ui, &s.stack);
        }
        if !plan.has_changes() {
            if format == Format::Json {
                println!(
                    "{}",
                    serde_json::json!({"type": "summary", "applied": false, "changes": 0})
                );
            }
            return Ok(exit::OK);
        }
        if !auto_approve && !confirm(destroy)? {
            return Err(CliError::with_hint(
                format!("{op} cancelled"),
                "only \"yes\" approves; pass --auto-approve in scripts",
            ));
        }
        execute(&mut s, &plan, ui, format, common).await
    }
    .await;
    s.close().await;
    result
}

fn confirm(destroy: bool) -> Result<bool, CliError> {
    let what = if destroy {
        "Do you really want to destroy every node of this stack?"
    } else {
        "Do you want to perform these actions?"
    };
    print!("\n{what}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ");
    let _ = std::io::stdout().flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| CliError::msg(format!("cannot read the answer: {e}")))?;
    println!();
    Ok(line.trim() == "yes")
}

async fn apply_saved(
    g: &Global,
    ui: Ui,
    path: &std::path::Path,
    args: &ApplyArgs,
) -> Result<i32, CliError> {
    let saved = plan::file::read(path)?;
    // `apply PLAN` with no --stack means the plan's own stack file, as Terraform's plan files
    // carry their configuration; an explicit --stack (or LAVASTACK_STACK) still wins.
    let mut g = g.clone();
    let defaulted = g.stack == std::path::Path::new("stack.hcl")
        && std::env::var_os("LAVASTACK_STACK").is_none()
        && !g.stack.exists();
    if defaulted {
        let found = std::iter::once(saved.stack_file.clone())
            .chain(saved.stack_file_absolute.clone())
            .find(|p| p.exists());
        match found {
            Some(p) => g.stack = p,
            None => {
                return Err(CliError::with_hint(
                    format!(
                        "the plan was made from stack file {}, which is not here",
                        saved.stack_file.display()
                    ),
                    "run apply from the directory plan ran in, or pass --stack",
                ))
            }
        }
    }
    let g = &g;
    let mut s = open_session(g, ui, "apply", &args.common).await?;
    let result = async {
        if saved.plan.stack != s.stack.name {
            return Err(plan::file::PlanFileError::OtherStack {
                path: path.to_path_buf(),
                plan_stack: saved.plan.stack.clone(),
                stack: s.stack.name.clone(),
            }
            .into());
        }
        plan::file::check_against(&saved.plan, s.state.as_ref())?;
        if !saved.plan.has_changes() {
            if args.format == Format::Text {
                println!("The saved plan has no changes; nothing to do.");
            }
            return Ok(exit::OK);
        }
        execute(&mut s, &saved.plan, ui, args.format, &args.common).await
    }
    .await;
    s.close().await;
    result
}

async fn execute(
    s: &mut Session,
    plan: &Plan,
    ui: Ui,
    format: Format,
    common: &CommonArgs,
) -> Result<i32, CliError> {
    let total = plan
        .changes
        .iter()
        .filter(|c| c.action != Action::NoOp)
        .count() as u64;
    let bar = progress_bar(ui, format, total);
    let events = event_printer(format, s.stack.redactor.clone(), bar.clone());
    let (cancel, interrupt) = interrupt_on_ctrl_c();
    let result = s.apply(plan, common.parallelism, events, cancel).await;
    crate::task::cancel(interrupt, "the Ctrl-C watcher").await;
    bar.finish_and_clear();
    Ok(finish(&result?, format, ui, plan.destroy))
}

/// Plans and applies the stack as `apply --auto-approve` would, for commands that converge the
/// cluster as one of their steps (rollout, drill, node); each step's line is printed, the plan
/// is not. The exit code is apply's (`exit::OK` when every step succeeded).
pub async fn converge(
    g: &Global,
    ui: Ui,
    operation: &str,
    common: &CommonArgs,
) -> Result<i32, CliError> {
    let stack = super::load_stack(g, ui)?;
    let req = crate::ops::PlanRequest {
        destroy: false,
        refresh: common.refresh,
        parallelism: common.parallelism,
        replace: common.replace.iter().cloned().collect(),
        target: common.target.clone(),
    };
    let events = event_printer(
        Format::Text,
        stack.redactor.clone(),
        indicatif::ProgressBar::hidden(),
    );
    let (cancel, interrupt) = interrupt_on_ctrl_c();
    let result =
        crate::ops::converge(stack, operation, common.lock_timeout, &req, events, cancel).await;
    crate::task::cancel(interrupt, "the Ctrl-C watcher").await;
    Ok(finish(&result?, Format::Text, ui, false))
}

fn progress_bar(ui: Ui, format: Format, total: u64) -> indicatif::ProgressBar {
    if !(ui.err_tty && format == Format::Text) {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(total);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {msg}")
    {
        pb.set_style(style.progress_chars("=> "));
    }
    pb
}

/// Ctrl-C turns the receiver true: steps not started are skipped, running ones finish.
pub(super) fn interrupt_on_ctrl_c() -> (
    tokio::sync::watch::Receiver<bool>,
    tokio::task::JoinHandle<()>,
) {
    let (tx, rx) = tokio::sync::watch::channel(false);
    let interrupt = tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("\nInterrupt received: finishing the steps in progress and saving state...");
            let _ = tx.send(true);
        }
    });
    (rx, interrupt)
}

/// Apply's events as lines on stderr (text, redacted, above the bar) or JSON on stdout.
pub(super) fn event_printer(
    format: Format,
    redactor: crate::stack::Redactor,
    pb: indicatif::ProgressBar,
) -> crate::apply::EventSink {
    Arc::new(move |e: Event| {
        if format == Format::Json {
            if let Ok(line) = serde_json::to_string(&e) {
                println!("{}", redactor.redact(&line));
            }
            return;
        }
        let line = match &e {
            Event::Start { address, action } => format!("{address}: {}...", verb(*action, false)),
            Event::Done {
                address,
                action,
                elapsed_ms,
            } => {
                pb.inc(1);
                format!(
                    "{address}: {} after {:.1}s",
                    verb(*action, true),
                    *elapsed_ms as f64 / 1000.0
                )
            }
            Event::Failed {
                address,
                error,
                kind,
                ..
            } => {
                pb.inc(1);
                match kind {
                    Some(k) => format!("{address}: failed ({}): {error}", kind_word(*k)),
                    None => format!("{address}: failed: {error}"),
                }
            }
            Event::Skipped { address, .. } => {
                pb.inc(1);
                format!("{address}: skipped")
            }
            Event::Note { address, message } => format!("{address}: {message}"),
        };
        pb.suspend(|| eprintln!("{}", redactor.redact(&line)));
    })
}

fn verb(a: Action, done: bool) -> &'static str {
    match (a, done) {
        (Action::Create, false) => "Creating",
        (Action::Create, true) => "Creation complete",
        (Action::Update, false) => "Modifying",
        (Action::Update, true) => "Modifications complete",
        (Action::Replace, false) => "Replacing",
        (Action::Replace, true) => "Replacement complete",
        (Action::Delete, false) => "Destroying",
        (Action::Delete, true) => "Destruction complete",
        (Action::NoOp, _) => "Unchanged",
    }
}

fn kind_word(k: crate::model::ErrorKind) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// When every failed step failed the same way, its kind's exit code (4: credentials refused,
/// 5: unreachable or silent), so a pipeline can retry the second and never the first; a mix,
/// or a failure of no known kind, is 1.
fn failed_code(failed: &[crate::apply::Failure]) -> i32 {
    use crate::model::ErrorKind;
    let class = |f: &crate::apply::Failure| match f.kind {
        Some(ErrorKind::Auth) => exit::AUTH,
        Some(ErrorKind::Unreachable | ErrorKind::Timeout) => exit::UNREACHABLE,
        _ => exit::ERROR,
    };
    let first = failed.first().map(class).unwrap_or(exit::ERROR);
    if failed.iter().all(|f| class(f) == first) {
        first
    } else {
        exit::ERROR
    }
}

fn finish(r: &Report, format: Format, ui: Ui, destroy: bool) -> i32 {
    let code = if r.interrupted {
        exit::INTERRUPTED
    } else if r.failed.is_empty() {
        exit::OK
    } else {
        failed_code(&r.failed)
    };
    if format == Format::Json {
        println!(
            "{}",
            serde_json::json!({"type": "summary", "applied": true, "report": r, "exit_code": code})
        );
        return code;
    }
    let (bold, red, reset) = if ui.color_out {
        ("\x1b[1m", "\x1b[31;1m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    let counts = format!(
        "Resources: {} added, {} changed, {} destroyed.",
        r.added, r.changed, r.destroyed
    );
    if r.interrupted {
        println!("{red}Apply interrupted.{reset} {counts} {} step(s) were not started; state records everything that was done.", r.skipped);
    } else if r.failed.is_empty() && destroy {
        // Terraform's wording, which scripts and PR bots already match.
        println!(
            "{bold}Destroy complete!{reset} Resources: {} destroyed.",
            r.destroyed
        );
    } else if r.failed.is_empty() {
        println!("{bold}Apply complete!{reset} {counts}");
    } else {
        println!("{red}Apply failed.{reset} {counts}");
        for f in &r.failed {
            eprintln!("{red}error{reset}: {}: {}", f.address, f.error);
        }
        if r.skipped > 0 {
            eprintln!(
                "  {} dependent step(s) were skipped; fix the error and run apply again.",
                r.skipped
            );
        }
    }
    code
}
