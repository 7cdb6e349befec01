//! `lavastack rollout`: restart or upgrade nodes a batch at a time. The walk (drain, wait for
//! players, replace, undrain, wait until routed, stop at the first failure) is the library's
//! `ops::rollout`; this file gives it the live cluster and prints what happens.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Args;

use super::plan::{open_session, plan_session, CommonArgs};
use super::{exit, CliError, Global, Ui};
use crate::ops::drain::{set_drain, wait_players_gone};
use crate::ops::rollout::{self, Cluster, Event};
use crate::router::client::RouterClient;

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
    #[command(flatten)]
    pub common: CommonArgs,
}

/// The running cluster, as the rollout state machine sees it.
struct Live<'a> {
    g: &'a Global,
    ui: Ui,
    stack: crate::stack::Stack,
    common: CommonArgs,
    interrupted: Arc<AtomicBool>,
}

#[async_trait::async_trait(?Send)]
impl Cluster for Live<'_> {
    async fn drained(&self) -> Result<BTreeSet<String>, String> {
        let nodes = RouterClient::for_stack(&self.stack)
            .nodes()
            .await
            .map_err(|e| e.to_string())?;
        Ok(nodes
            .into_iter()
            .filter(|n| n.draining)
            .map(|n| n.name)
            .collect())
    }

    async fn drain(&self, node: &str) -> Result<(), String> {
        set_drain(&self.stack, node, true)
            .await
            .map_err(|e| e.to_string())
    }

    /// The router may not list a node for a moment after its replacement: retried for 10 s.
    async fn undrain(&self, node: &str) -> Result<(), String> {
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            match set_drain(&self.stack, node, false).await {
                Ok(()) => return Ok(()),
                Err(e) if Instant::now() >= until => return Err(e.to_string()),
                Err(_) => tokio::time::sleep(Duration::from_millis(250)).await,
            }
        }
    }

    async fn players_after(&self, node: &str, timeout: Duration) -> Option<u64> {
        wait_players_gone(&self.stack, node, timeout).await
    }

    async fn replace(&self, nodes: &[String]) -> Result<(), String> {
        let mut common = self.common.clone();
        common.replace = nodes.to_vec();
        common.target = Some(nodes.iter().cloned().collect());
        match super::apply::converge(self.g, self.ui, "rollout", &common).await {
            Ok(c) if c == exit::OK => Ok(()),
            Ok(c) => Err(format!("apply exited {c}")),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Up to a minute: the router needs `rise` good probes.
    async fn routed_again(&self, node: &str) -> Result<(), String> {
        let until = Instant::now() + Duration::from_secs(60);
        loop {
            let healthy = RouterClient::for_stack(&self.stack)
                .nodes()
                .await
                .is_ok_and(|ns| ns.iter().any(|n| n.name == node && n.healthy));
            if healthy {
                return Ok(());
            }
            if Instant::now() >= until {
                return Err("the router does not count it healthy after 60s".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    fn interrupted(&self) -> bool {
        self.interrupted.load(Ordering::SeqCst)
    }
}

pub async fn run(g: &Global, ui: Ui, args: RolloutArgs) -> Result<i32, CliError> {
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
    let live = Live {
        g,
        ui,
        stack,
        common: args.common.clone(),
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
    watcher.abort();
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
