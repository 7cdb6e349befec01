//! `lavastack plan`.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::{exit, load_stack, CliError, Global, PlanFormat, Ui};
use crate::ops::{PlanRequest, Progress, Session};
use crate::plan::{self, file::SavedPlan, render, Plan};
use crate::stack::Stack;

#[derive(Args, Debug, Clone)]
pub struct PlanArgs {
    /// Output format: `json` for machines, `markdown` for a pull-request comment
    #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
    pub format: PlanFormat,
    /// Save the plan to FILE for `lavastack apply FILE`.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Exit 0 when there are no changes, 2 when there are, 1 on error.
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// Plan the removal of every node.
    #[arg(long)]
    pub destroy: bool,
    #[command(flatten)]
    pub replace: ReplaceArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Args, Debug, Clone, Default)]
pub struct ReplaceArgs {
    /// Replace this node even if nothing changed (repeatable), e.g. to restart it.
    #[arg(long = "replace", value_name = "NODE")]
    pub replace: Vec<String>,
}

#[derive(Args, Debug, Clone, Default)]
pub struct CommonArgs {
    /// Wait up to this long for the state lock (e.g. 30s); default: fail at once.
    #[arg(long, value_parser = super::parse_duration, default_value = "0s")]
    pub lock_timeout: Duration,
    /// Ask providers what really runs before planning (--refresh=false to skip).
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set)]
    pub refresh: bool,
    /// How many provider calls run at once.
    #[arg(long, default_value_t = 10)]
    pub parallelism: usize,
    /// Nodes to replace even if nothing changed; set from `--replace` on plan and apply
    /// (the only commands that offer it) or by rollout.
    #[arg(skip)]
    pub replace: Vec<String>,
    /// Internal: limit the plan to these nodes (rolling restarts).
    #[arg(skip)]
    pub target: Option<std::collections::BTreeSet<String>>,
}

/// Loads the stack (printing its warnings) and opens a locked session on its state.
pub async fn open_session(
    g: &Global,
    ui: Ui,
    operation: &str,
    common: &CommonArgs,
) -> Result<Session, CliError> {
    let stack = load_stack(g, ui)?;
    Ok(Session::open(stack, operation, common.lock_timeout).await?)
}

/// Plans through the session, with a spinner while providers are asked.
pub async fn plan_session(
    s: &Session,
    ui: Ui,
    destroy: bool,
    common: &CommonArgs,
) -> Result<Plan, CliError> {
    let req = PlanRequest {
        destroy,
        refresh: common.refresh,
        parallelism: common.parallelism,
        replace: common.replace.iter().cloned().collect(),
        target: common.target.clone(),
    };
    let bar = std::cell::RefCell::new(None::<indicatif::ProgressBar>);
    let progress = |p: Progress| match p {
        Progress::Refreshing { nodes } => {
            *bar.borrow_mut() = Some(spinner(ui, &format!("Refreshing {nodes} node(s)")));
        }
        Progress::RefreshDone => {
            if let Some(b) = bar.borrow_mut().take() {
                b.finish_and_clear();
            }
        }
        Progress::Refreshed {
            provider,
            nodes,
            api_calls,
        } => {
            tracing::info!(provider = %provider, nodes, api_calls, "refreshed");
        }
    };
    Ok(s.plan(&req, &progress).await?)
}

pub fn spinner(ui: Ui, msg: &str) -> indicatif::ProgressBar {
    if !ui.err_tty {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_message(msg.to_string());
    pb.enable_steady_tick(Duration::from_millis(100));
    pb
}

pub fn print_plan(plan: &Plan, format: PlanFormat, ui: Ui, stack: &Stack) {
    match format {
        PlanFormat::Text => print!("{}", render::text(plan, ui.color_out, &stack.redactor)),
        PlanFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&render::json_for_stack(plan, stack))
                .unwrap_or_else(|e| format!("{{\"error\": \"cannot encode the plan: {e}\"}}"))
        ),
        PlanFormat::Markdown => print!("{}", render::markdown(plan, &stack.redactor)),
    }
}

/// Pools sized from load: what their members hold now and the count that wants (a change is
/// made with `lavastack scale --apply`, reviewed like any edit of the stack).
async fn print_scaling(s: &Session) {
    if !s.stack.pools.values().any(|p| p.sizing.is_some()) {
        return;
    }
    let Ok(creds) =
        crate::credentials::Credentials::load(s.state.as_ref(), s.backend.as_ref()).await
    else {
        return;
    };
    let proposals = crate::ops::scale::propose(
        &s.stack,
        s.state.as_ref(),
        &creds,
        None,
        std::time::Duration::from_secs(3),
    )
    .await;
    for p in proposals {
        if p.wanted != p.count {
            println!(
                "\nnote: {}: `lavastack scale --apply` sets count = {}",
                p.line(),
                p.wanted
            );
        }
    }
}

pub async fn run(g: &Global, ui: Ui, args: PlanArgs) -> Result<i32, CliError> {
    let mut common = args.common.clone();
    common.replace.extend(args.replace.replace.iter().cloned());
    let mut s = open_session(g, ui, "plan", &common).await?;
    let plan = plan_session(&s, ui, args.destroy, &common).await;
    s.close().await;
    let plan = plan?;
    print_plan(&plan, args.format, ui, &s.stack);
    if common.refresh && args.format == PlanFormat::Text && !args.destroy {
        print_scaling(&s).await;
    }
    if let Some(out) = &args.out {
        plan::file::write(
            out,
            &SavedPlan {
                stack_file: g.stack.clone(),
                stack_file_absolute: std::fs::canonicalize(&g.stack).ok(),
                plan: plan.clone(),
            },
        )?;
        if args.format == PlanFormat::Text {
            println!(
                "\nSaved the plan to {}. To perform exactly these actions, run:\n    lavastack apply {}",
                out.display(),
                out.display()
            );
        }
    }
    Ok(if args.detailed_exitcode && plan.has_changes() {
        exit::CHANGES
    } else {
        exit::OK
    })
}
