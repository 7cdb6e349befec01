//! Planning at scale: load + validate + plan stacks of 10, 100, 1,000 and 10,000 nodes, from no
//! state and from a state where every node already matches. Prints medians, peak heap, the cost
//! per node relative to the 10-node stack (how cost grows), and the 1,000-node total as a ratio
//! of the 1 s target (issue #2), all measured in this run.
//!
//! Run: `cargo bench --bench plan` (`-- --nodes 5000` for one size only).

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live heap bytes and their peak, so memory is measured in the same run as time.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l);
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

use lavastack::model::{attributes_hash, Live};
use lavastack::plan::{self, PlanOptions};
use lavastack::policy::builtin::Spread;
use lavastack::stack::{load_str, LoadOptions};
use lavastack::state::{NodeRecord, NodeStatus, State};

fn stack_text(n: usize) -> String {
    let mut s = String::from(
        "stack \"bench\" { password = \"benchmark-password\" }\nprovider \"static\" \"dc\" {}\n",
    );
    for r in 0..10 {
        s.push_str(&format!(
            "region \"r{r}\" {{\n  provider = \"static.dc\"\n  zones = [\"a\", \"b\", \"c\"]\n}}\n"
        ));
    }
    for i in 0..n {
        s.push_str(&format!(
            "node \"n{i}\" {{\n  region = \"r{}\"\n  host = \"10.{}.{}.{}\"\n  weight = {}\n  tags = {{ rack = \"k{}\" }}\n}}\n",
            i % 10,
            i / 65536 % 256,
            i / 256 % 256,
            i % 256,
            1 + i % 8,
            i % 40
        ));
    }
    s
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

struct Row {
    n: usize,
    load: Duration,
    cold: Duration,
    warm: Duration,
    peak: usize,
}

fn measure(n: usize, runs: usize) -> Row {
    let text = stack_text(n);
    let path = std::path::Path::new("bench.hcl");
    let opts = LoadOptions::default();
    let (mut load_t, mut cold_t, mut warm_t) = (vec![], vec![], vec![]);
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    for _ in 0..runs {
        let t = Instant::now();
        let stack = load_str(path, &text, &opts).expect("bench stack is valid");
        load_t.push(t.elapsed());
        let fingerprints = lavastack::policy::fingerprint::fingerprints(&stack);
        let key = lavastack::model::FingerprintKey::from_bytes([7; 32]);
        let t = Instant::now();
        let p = plan::plan(
            &stack,
            None,
            &Live::default(),
            &fingerprints,
            &key,
            &PlanOptions::default(),
            &Spread,
        )
        .unwrap();
        cold_t.push(t.elapsed());
        assert_eq!(p.summary().add, n);
        let mut st = State::new("bench");
        st.policies = fingerprints.clone();
        for d in plan::desired_nodes(&stack, None, &Spread, &key)
            .unwrap()
            .into_values()
        {
            let attributes = d.attributes();
            st.nodes.insert(
                d.name.clone(),
                NodeRecord {
                    name: d.name.clone(),
                    provider: d.provider.clone(),
                    provider_id: Some(format!("{}:2333", d.host.clone().unwrap_or_default())),
                    address: d.host.clone(),
                    port: d.port,
                    region: d.region.clone(),
                    zone: Some(d.zone.clone()),
                    pool: None,
                    attributes_hash: attributes_hash(&attributes),
                    attributes,
                    status: NodeStatus::Ready,
                    private: BTreeMap::new(),
                    token: None,
                },
            );
        }
        let t = Instant::now();
        let p = plan::plan(
            &stack,
            Some(&st),
            &Live::default(),
            &fingerprints,
            &key,
            &PlanOptions::default(),
            &Spread,
        )
        .unwrap();
        warm_t.push(t.elapsed());
        assert!(!p.has_changes());
    }
    Row {
        n,
        load: median(load_t),
        cold: median(cold_t),
        warm: median(warm_t),
        peak: PEAK.load(Ordering::Relaxed).saturating_sub(base),
    }
}

fn main() {
    let rep = common::Report::from_args("plan");
    let args: Vec<String> = std::env::args().collect();
    let sizes: Vec<usize> = match args
        .iter()
        .position(|a| a == "--nodes")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
    {
        Some(n) => vec![n],
        None => vec![10, 100, 1000, 10_000],
    };
    let rows: Vec<Row> = sizes
        .iter()
        .map(|n| measure(*n, if *n >= 10_000 { 5 } else { 15 }))
        .collect();
    let per_node = |r: &Row| (r.load + r.cold).as_secs_f64() / r.n as f64;
    let base = per_node(&rows[0]);
    rep.line("plan benchmark, medians of this run (local state, no refresh):");
    rep.line(format!(
        "  {:>7} {:>11} {:>11} {:>11} {:>11}  {:>12}",
        "nodes", "load", "plan cold", "plan warm", "peak heap", "cost/node x"
    ));
    for r in &rows {
        rep.figure(
            &format!("load+plan per node, {} nodes", r.n),
            per_node(r) * 1e6,
            "us",
            Some(("the same at 10 nodes", base * 1e6)),
            serde_json::json!({
                "nodes": r.n, "load_ms": r.load.as_secs_f64() * 1e3,
                "plan_cold_ms": r.cold.as_secs_f64() * 1e3, "plan_warm_ms": r.warm.as_secs_f64() * 1e3,
                "peak_heap_mb": r.peak as f64 / 1e6,
            }),
        );
        rep.line(format!(
            "  {:>7} {:>11.2?} {:>11.2?} {:>11.2?} {:>9.1}MB  {:>11.2}x",
            r.n,
            r.load,
            r.cold,
            r.warm,
            r.peak as f64 / 1e6,
            per_node(r) / base
        ));
    }
    if let Some(r) = rows.iter().find(|r| r.n == 1000) {
        let total = (r.load + r.warm).as_secs_f64();
        rep.figure(
            "1,000 nodes load + no-op plan",
            total,
            "s",
            Some(("target", 1.0)),
            serde_json::json!({}),
        );
        rep.line(format!(
            "  1,000 nodes load + no-op plan = {total:.3} s = {total:.3} of the 1 s target"
        ));
    }
}
