//! Planning at scale: load + validate + plan a 1,000-node stack, from no state and from a
//! state where every node already matches. Prints medians and the ratio to the 1 s target
//! (issue #2: "plan on 1,000 nodes finishes well under a second"), measured in this run.
//!
//! Run: `cargo bench --bench plan` (add `-- --nodes 5000` to scale).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

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

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n = args
        .iter()
        .position(|a| a == "--nodes")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let runs = 15;
    let text = stack_text(n);
    let path = std::path::Path::new("bench.hcl");
    let opts = LoadOptions::default();

    let mut load_t = vec![];
    let mut cold_t = vec![];
    let mut warm_t = vec![];
    let mut last_len = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let stack = load_str(path, &text, &opts).expect("bench stack is valid");
        load_t.push(t.elapsed());

        let t = Instant::now();
        let p = plan::plan(
            &stack,
            None,
            &BTreeMap::new(),
            &PlanOptions::default(),
            &Spread,
        )
        .unwrap();
        cold_t.push(t.elapsed());
        assert_eq!(p.summary().add, n);

        // A state in which every node is already applied: the no-op diff path.
        let mut st = State::new("bench");
        for d in plan::desired_nodes(&stack, None, &Spread)
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
                    attributes_hash: plan::attributes_hash(&attributes),
                    attributes,
                    status: NodeStatus::Ready,
                    private: BTreeMap::new(),
                },
            );
        }
        let t = Instant::now();
        let p = plan::plan(
            &stack,
            Some(&st),
            &BTreeMap::new(),
            &PlanOptions::default(),
            &Spread,
        )
        .unwrap();
        warm_t.push(t.elapsed());
        assert!(!p.has_changes());
        last_len = plan::render::text(&p, false, &stack.redactor).len();
    }
    let (l, c, w) = (median(load_t), median(cold_t), median(warm_t));
    let total_cold = l + c;
    let total_warm = l + w;
    println!("plan benchmark: {n} nodes, median of {runs} runs (this machine, this run)");
    println!("  load + validate stack   {:>10.2?}", l);
    println!("  plan, no state          {:>10.2?}", c);
    println!("  plan, all up to date    {:>10.2?}", w);
    println!(
        "  total (load + plan)     {:>10.2?}  = {:.3} of the 1 s target",
        total_cold,
        total_cold.as_secs_f64()
    );
    println!(
        "  total, no-op plan       {:>10.2?}  = {:.3} of the 1 s target",
        total_warm,
        total_warm.as_secs_f64()
    );
    println!("  (rendered no-op text: {last_len} bytes)");
}
