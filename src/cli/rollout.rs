//! `lavastack rollout`: restart or upgrade nodes a batch at a time. The walk (drain, wait for
//! players, replace, undrain, wait until routed, stop at the first failure) is the library's
//! `ops::rollout`; this file gives it the live cluster and prints what happens.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Args;

use super::plan::{open_session, plan_session, CommonArgs};
use super::{exit, CliError, Global, Ui};
use crate::ops::rollout::{self, Event};

#[derive(Args, Debug, Clone)]
pub struct RolloutArgs {
    /// Nodes per batch.
    #[arg(long, default_value_t = 1)]
    pub batch: usize,
    /// Never more nodes out of service at once than this (default: the batch size); a smaller
    /// value makes the batches smaller.
    #[arg(long)]
    pub max_unavailable: Option<usize>,
    /// Do only this node, then stop for a go-ahead.
    #[arg(long)]
    pub canary: Option<String>,
    /// Leave this node alone (repeatable), e.g. the canary when restarting the rest.
    #[arg(long, value_name = "NODE")]
    pub skip: Vec<String>,
    /// How long to wait for a drained node's players to leave.
    #[arg(long, value_parser = super::parse_duration, default_value = "60s")]
    pub drain_timeout: Duration,
    /// Walk this canary node's (or pool's) `traffic` steps, reading the gates at each one;
    /// a failing gate sets its share to 0, drains it and exits 1.
    #[arg(long, value_name = "NODE|POOL")]
    pub progressive: Option<String>,
    /// With --progressive: how long each step is watched before its gates are read.
    #[arg(long, value_parser = super::parse_duration, default_value = "60s")]
    pub step_wait: Duration,
    /// With --progressive: failed router probes of the canary allowed per step.
    #[arg(long, default_value_t = 0)]
    pub max_probe_failures: u64,
    /// With --progressive: times a canary node went down (unplanned) allowed per step.
    #[arg(long, default_value_t = 0)]
    pub max_failovers: u64,
    /// With --progressive: selections without a node or through the policy's fallback
    /// allowed per step.
    #[arg(long, default_value_t = 0)]
    pub max_selection_errors: u64,
    /// With --progressive: the canary's probe latency p99 over the window (its worst node's)
    /// over the other nodes' median p99, at most.
    #[arg(long, default_value_t = 3.0, value_parser = ratio)]
    pub max_latency_ratio: f64,
    /// With --progressive: a PromQL query (against monitoring.prometheus) that is a gate too.
    #[arg(long, value_name = "PROMQL", requires = "gate_max")]
    pub gate_query: Option<String>,
    /// The most the --gate-query value may be.
    #[arg(long, value_name = "VALUE", requires = "gate_query")]
    pub gate_max: Option<f64>,
    #[arg(long, value_enum, default_value_t = super::Format::Text)]
    pub format: super::Format,
    #[command(flatten)]
    pub common: CommonArgs,
}

fn ratio(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && (1.0..=1000.0).contains(&v) => Ok(v),
        _ => Err(format!("\"{s}\" is not a ratio from 1 to 1000")),
    }
}

/// `rollout --progressive NAME`.
async fn progressive(g: &Global, ui: Ui, args: &RolloutArgs, name: &str) -> Result<i32, CliError> {
    use crate::ops::progressive::{self, Event as P};
    let stack = super::load_stack(g, ui)?;
    let backend = super::backend_for(&stack).await?;
    let state = backend.load().await?;
    let records: Vec<&crate::state::NodeRecord> =
        state.iter().flat_map(|s| s.nodes.values()).collect();
    let (key, traffic, nodes) =
        if let Some(t) = stack.nodes.get(name).and_then(|n| n.traffic.clone()) {
            (format!("node.{name}"), t, vec![name.to_string()])
        } else if let Some(t) = stack.pools.get(name).and_then(|p| p.traffic.clone()) {
            let nodes = records
                .iter()
                .filter(|r| r.pool.as_deref() == Some(name))
                .map(|r| r.name.clone())
                .collect();
            (format!("pool.{name}"), t, nodes)
        } else {
            return Err(CliError::with_hint(
                format!("{name} is no node or pool with traffic steps"),
                "give it traffic = [\"5%\", \"25%\", \"100%\"] in its node or pool block",
            ));
        };
    if nodes.iter().any(|n| !records.iter().any(|r| &r.name == n)) || nodes.is_empty() {
        return Err(CliError::msg(format!(
            "{name} has no applied nodes yet: apply first"
        )));
    }
    // The gates are the router's readings: it must run and count the canary healthy before a
    // step is recorded (up to 30 s for a canary it only just learned about).
    let router = crate::router::client::RouterClient::for_stack(&stack);
    let until = Instant::now() + Duration::from_secs(30);
    loop {
        match router.nodes().await {
            Err(e) => {
                return Err(CliError::with_hint(
                    format!("rollout --progressive reads its gates from the router: {e}"),
                    "start it with `lavastack serve`",
                ))
            }
            Ok(listed)
                if nodes
                    .iter()
                    .all(|n| listed.iter().any(|l| &l.name == n && l.healthy)) =>
            {
                break
            }
            Ok(_) if Instant::now() >= until => {
                return Err(CliError::msg(format!(
                "the router does not count every node of {name} healthy after 30s: fix them first"
            )))
            }
            Ok(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    let recorded = state.as_ref().and_then(|s| s.cohorts.get(&key)).cloned();
    let from = match &recorded {
        // After a rollback the canary starts over, undrained.
        Some(r) if r.rolled_back => {
            for n in &nodes {
                crate::ops::drain::set_drain(&stack, n, false)
                    .await
                    .map_err(|source| CliError::Drain {
                        node: n.clone(),
                        on: false,
                        source,
                    })?;
            }
            0
        }
        Some(r) => r.step,
        None => 0,
    };
    let gates = progressive::Gates {
        max_probe_failures: args.max_probe_failures,
        max_failovers: args.max_failovers,
        max_selection_errors: args.max_selection_errors,
        max_latency_ratio: args.max_latency_ratio,
        promql: args.gate_query.clone().zip(args.gate_max),
    };
    let canary = progressive::LiveCanary {
        stack: stack.clone(),
        key,
        nodes,
        lock_timeout: args.common.lock_timeout.max(Duration::from_secs(10)),
    };
    let json = args.format == super::Format::Json;
    let started = Instant::now();
    let print = |e: P| {
        if json {
            let v = match &e {
                P::Step { index, of, share } => {
                    serde_json::json!({"type": "step", "index": index, "of": of, "share": share})
                }
                P::Gate {
                    gate,
                    value,
                    limit,
                    passed,
                } => {
                    serde_json::json!({"type": "gate", "gate": gate, "value": value, "limit": limit, "passed": passed})
                }
                P::RolledBack { drained } => {
                    serde_json::json!({"type": "rolled_back", "share": 0.0, "drained": drained})
                }
                P::Done { share } => serde_json::json!({"type": "done", "share": share}),
            };
            println!("{v}");
            return;
        }
        match e {
            P::Step { index, of, share } => println!(
                "\n== step {index} of {of}: {}% of new guilds, watched for {}",
                (share * 1000.0).round() / 10.0,
                humantime::format_duration(args.step_wait)
            ),
            P::Gate {
                gate,
                value,
                limit,
                passed,
            } => println!(
                "  gate {gate}: {value:.3} (limit {limit}) {}",
                if passed { "ok" } else { "FAILED" }
            ),
            P::RolledBack { drained } => {
                println!("rolled back: share 0%, drained {}", drained.join(", "))
            }
            P::Done { share } => println!(
                "\nProgressive rollout done: {}% of new guilds after {:.1}s.",
                (share * 1000.0).round() / 10.0,
                started.elapsed().as_secs_f64()
            ),
        }
    };
    if !json && from > 0 {
        println!("Resuming at step {} (recorded in state).", from + 1);
    }
    match progressive::run(
        &traffic.steps,
        from,
        args.step_wait,
        &gates,
        &canary,
        &print,
    )
    .await
    {
        Ok(()) => Ok(exit::OK),
        Err(e) => {
            if json {
                println!(
                    "{}",
                    serde_json::json!({"type": "stopped", "error": e.to_string(), "seconds": started.elapsed().as_secs_f64()})
                );
            } else {
                eprintln!("error: {e} (after {:.1}s)", started.elapsed().as_secs_f64());
            }
            Ok(exit::ERROR)
        }
    }
}

pub async fn run(g: &Global, ui: Ui, args: RolloutArgs) -> Result<i32, CliError> {
    if let Some(name) = args.progressive.clone() {
        return progressive(g, ui, &args, &name).await;
    }
    let mut s = open_session(g, ui, "plan", &args.common).await?;
    let planned = plan_session(&s, ui, false, &args.common).await;
    let stack = s.stack.clone();
    let recorded: Vec<String> = s
        .state
        .iter()
        .flat_map(|st| st.nodes.keys().cloned())
        .collect();
    s.close().await;
    let planned = planned?;
    let sel = rollout::select(
        &recorded,
        &planned,
        &args.skip,
        args.canary.as_deref(),
        args.batch,
        args.max_unavailable,
    )
    .map_err(|e| match e {
        rollout::SelectError::OtherChanges(_) => CliError::with_hint(
            e.to_string(),
            "apply them first with `lavastack apply`, then roll out",
        ),
        other => CliError::msg(other.to_string()),
    })?;
    if sel.batches.is_empty() {
        println!("Nothing to roll out.");
        return Ok(exit::OK);
    }
    if let Some(size) = sel.narrowed_to {
        println!(
            "note: batches of {size}, as --max-unavailable allows (--batch {})",
            args.batch
        );
    }
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = interrupted.clone();
    let watcher = tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            flag.store(true, Ordering::SeqCst);
        }
    });
    let common = args.common.clone();
    let live = rollout::LiveCluster {
        stack,
        replace: Box::new(move |nodes: Vec<String>| {
            let mut common = common.clone();
            Box::pin(async move {
                common.target = Some(nodes.iter().cloned().collect());
                common.replace = nodes;
                match super::apply::converge(g, ui, "rollout", &common).await {
                    Ok(c) if c == exit::OK => Ok(()),
                    Ok(c) => Err(format!("apply exited {c}")),
                    Err(e) => Err(e.to_string()),
                }
            })
        }),
        interrupted,
    };
    let total = Instant::now();
    let drain_timeout = args.drain_timeout;
    let print = move |e: Event| match e {
        Event::BatchStarted { index, of, nodes } => {
            println!("\n== batch {index} of {of}: {}", nodes.join(", "))
        }
        Event::NoRouter(e) => eprintln!("note: not draining through the router ({e})"),
        Event::PlayersLeft { node, players } => eprintln!(
            "warning: {players} player(s) still on {node} after {}; restarting anyway",
            humantime::format_duration(drain_timeout)
        ),
        Event::KeptDrained(n) => {
            println!("note: {n} was drained before the rollout and stays drained")
        }
        Event::BatchDone { index, elapsed } => {
            println!("== batch {index} done in {:.1}s", elapsed.as_secs_f64())
        }
    };
    let result = rollout::run(&sel, &live, args.drain_timeout, &print).await;
    crate::task::cancel(watcher, "the rollout's watcher").await;
    match result {
        Err(stopped) => {
            eprintln!("{stopped}");
            Ok(match stopped {
                rollout::Stopped::Interrupted { .. } => exit::INTERRUPTED,
                _ => exit::ERROR,
            })
        }
        Ok(n) => {
            if let Some(c) = &args.canary {
                let next = if sel.upgrade {
                    "`lavastack rollout`".to_string()
                } else {
                    format!("`lavastack rollout --skip {c}`")
                };
                println!("\nCanary done. Check it, then run {next} for the rest.");
            } else {
                println!(
                    "\nRollout of {n} node(s) done in {:.1}s.",
                    total.elapsed().as_secs_f64()
                );
            }
            Ok(exit::OK)
        }
    }
}
