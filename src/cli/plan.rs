//! `lavastack plan`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;

use super::{exit, load_stack, CliError, Global, PlanFormat, Ui};
use crate::plan::{self, file::SavedPlan, render, Plan, PlanOptions};
use crate::provider::{self, Providers};
use crate::render::Renderer;
use crate::stack::Stack;
use crate::state::{LockHandle, State, StateBackend};

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

/// A locked state with everything needed to plan or apply against it.
pub struct Session {
    pub stack: Stack,
    pub backend: Arc<dyn StateBackend>,
    pub lock: Option<LockHandle>,
    pub state: Option<State>,
    pub providers: Providers,
    pub renderer: Arc<Renderer>,
    pub policies: crate::policy::StackPolicies,
}

impl Session {
    pub async fn open(
        g: &Global,
        ui: Ui,
        operation: &str,
        common: &CommonArgs,
    ) -> Result<Self, CliError> {
        let stack = load_stack(g, ui)?;
        // Templates are read and parsed before anything is locked or touched.
        let renderer = Arc::new(Renderer::for_stack(&stack)?);
        let policies = crate::policy::for_stack(&stack)?;
        let backend = super::backend_for(&stack).await?;
        let lock = backend.lock(operation, common.lock_timeout).await?;
        let mut session = Session {
            stack,
            backend,
            lock: Some(lock),
            state: None,
            providers: Default::default(),
            renderer,
            policies,
        };
        // From here on the lock must be released on every path, so errors go through close().
        match session.load().await {
            Ok(()) => Ok(session),
            Err(e) => {
                session.close().await;
                Err(e)
            }
        }
    }

    async fn load(&mut self) -> Result<(), CliError> {
        let state = self.backend.load().await?;
        if let Some(s) = &state {
            if s.stack != self.stack.name {
                return Err(crate::state::StateError::WrongStack {
                    expected: self.stack.name.clone(),
                    found: s.stack.clone(),
                }
                .into());
            }
        }
        self.state = state;
        self.providers = provider::build_all(&self.stack)?;
        Ok(())
    }

    pub async fn close(&mut self) {
        if let Some(l) = self.lock.take() {
            if let Err(e) = self.backend.unlock(l).await {
                tracing::warn!("releasing the state lock failed: {e}");
            }
        }
    }

    pub async fn plan(&self, ui: Ui, destroy: bool, common: &CommonArgs) -> Result<Plan, CliError> {
        for r in &common.replace {
            if !self.state.as_ref().is_some_and(|s| s.nodes.contains_key(r)) {
                return Err(CliError::msg(format!(
                    "cannot replace {r}: there is no node \"{r}\" in the state"
                )));
            }
        }
        // EC2 is asked even with an empty state: it may hold instances a lost state forgot.
        let lists = self.stack.providers.values().any(|p| p.kind == "aws");
        let empty = crate::state::State::new(&self.stack.name);
        let st = self.state.as_ref().unwrap_or(&empty);
        let live = if common.refresh && (!st.nodes.is_empty() || !st.deposed.is_empty() || lists) {
            let spinner = spinner(ui, &format!("Refreshing {} node(s)", st.nodes.len()));
            let live = plan::refresh(st, &self.providers, common.parallelism).await;
            spinner.finish_and_clear();
            let live = live.map_err(|e| {
                CliError::msg(format!(
                    "{e}\n  hint: fix the provider's credentials or endpoint, or plan without asking providers: --refresh=false"
                ))
            })?;
            for (addr, calls) in &live.api_calls {
                let n = st.nodes.values().filter(|r| &r.provider == addr).count();
                tracing::info!(provider = %addr, nodes = n, api_calls = calls, "refreshed");
            }
            live
        } else {
            Default::default()
        };
        let mut p = plan::plan(
            &self.stack,
            self.state.as_ref(),
            &live,
            &PlanOptions {
                destroy,
                replace: common.replace.iter().cloned().collect(),
                target: common.target.clone(),
                now: Some(std::time::SystemTime::now()),
            },
            self.policies.placement.as_ref(),
        )?;
        let rendered = if destroy {
            Vec::new()
        } else {
            plan::artifacts::render_planned(&self.stack, &self.renderer, &p, self.state.as_ref())?
        };
        let has_prior = self.state.as_ref().is_some_and(|s| !s.nodes.is_empty());
        if !destroy && has_prior && p.affects_routing() {
            let nodes = p.desired_after().len();
            if nodes <= ROUTING_IMPACT_MAX_NODES {
                p.routing = Some(self.routing_impact(&p, 1000, 0.7)?);
            } else {
                p.warnings.push(format!(
                    "routing impact skipped for {nodes} nodes (more than {ROUTING_IMPACT_MAX_NODES}); run `lavastack simulate`"
                ));
            }
        }
        p.artifacts = plan::artifacts::plan(
            &self.stack,
            &rendered,
            self.state.as_ref(),
            destroy,
            &|path| std::fs::read_to_string(path).ok(),
        );
        Ok(p)
    }
}

/// Above this many nodes, plan leaves the routing simulation to `lavastack simulate`.
pub const ROUTING_IMPACT_MAX_NODES: usize = 200;

impl Session {
    /// The workload through the selection policy, for the cluster as recorded and as planned.
    pub fn routing_impact(
        &self,
        p: &Plan,
        guilds: usize,
        playing: f64,
    ) -> Result<crate::policy::simulate::Report, CliError> {
        use crate::policy::simulate::{simulate, Selector, SimNode, Workload};
        let attr = |r: &crate::state::NodeRecord, k: &str, d: u64| {
            r.attributes.get(k).and_then(|v| v.as_u64()).unwrap_or(d) as u32
        };
        let before: Vec<SimNode> = self
            .state
            .iter()
            .flat_map(|s| s.nodes.values())
            .filter(|r| r.status == crate::state::NodeStatus::Ready)
            .map(|r| SimNode {
                name: r.name.clone(),
                region: r.region.clone(),
                zone: r.zone.clone().unwrap_or_default(),
                weight: attr(r, "weight", 1),
                priority: attr(r, "priority", 1),
                draining: r
                    .attributes
                    .get("maintenance")
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
            })
            .collect();
        let after: Vec<SimNode> = p
            .desired_after()
            .into_values()
            .map(|d| SimNode {
                name: d.name,
                region: d.region,
                zone: d.zone,
                weight: d.weight,
                priority: d.priority,
                draining: d.maintenance,
            })
            .collect();
        let no_config = serde_json::json!({});
        let config = self
            .stack
            .policies
            .get("selection")
            .map(|p| &p.config)
            .unwrap_or(&no_config);
        let new = Selector {
            policy: self.policies.selection.as_ref(),
            config,
        };
        // A changed selection policy is replayed as it was for "before" when it still can be.
        let recorded = self
            .state
            .as_ref()
            .and_then(|s| s.policies.get("selection"))
            .cloned();
        let current = crate::plan::policy_fingerprints(&self.stack)
            .remove("selection")
            .unwrap_or_default();
        let mut note = None;
        let old_policy = match recorded {
            Some(r) if r != current => match crate::plan::load_recorded_policy(&self.stack, &r)? {
                Some(p) => Some(p),
                None => {
                    note = Some(format!(
                            "the selection policy changes ({r} -> {current}) but the applied module is no longer on disk, so both sides are replayed with the new one: the figures show the node changes only"
                        ));
                    None
                }
            },
            _ => None,
        };
        let old = match &old_policy {
            Some(p) => Selector {
                policy: p.as_ref(),
                config,
            },
            None => new,
        };
        let mut report = simulate(old, new, &before, &after, Workload { guilds, playing })?;
        report.note = note;
        Ok(report)
    }
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
            serde_json::to_string_pretty(&render::json_for_stack(plan, stack)).expect("json")
        ),
        PlanFormat::Markdown => print!("{}", render::markdown(plan, &stack.redactor)),
    }
}

pub async fn run(g: &Global, ui: Ui, args: PlanArgs) -> Result<i32, CliError> {
    let mut common = args.common.clone();
    common.replace.extend(args.replace.replace.iter().cloned());
    let mut s = Session::open(g, ui, "plan", &common).await?;
    let plan = s.plan(ui, args.destroy, &common).await;
    s.close().await;
    let plan = plan?;
    print_plan(&plan, args.format, ui, &s.stack);
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
