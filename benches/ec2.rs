//! EC2 against moto (started here on a loopback port; skipped with a note when moto_server is
//! not installed):
//! - refresh of 1,000 nodes: API calls and time of lavastack's one paged `DescribeInstances`
//!   per region, beside a per-node refresh (one `DescribeInstances` by id per node, 10 at a
//!   time), both measured in this run;
//! - apply fan-out: creating 100 nodes at `--parallelism` 1, 10 and 50, beside parallelism 1.
//!
//! moto answers in microseconds where EC2 takes tens of milliseconds, so the refresh ratio
//! (calls) carries over to AWS and the times do not; fan-out on real EC2 gains more than here.
//!
//! Run: `cargo bench --bench ec2` (add `-- --format json` for NDJSON).

mod common;
#[path = "../tests/it/common/moto.rs"]
mod moto;

use std::sync::Arc;
use std::time::{Duration, Instant};

use aws_sdk_ec2::types::{ResourceType, Tag, TagSpecification};
use lavastack::state::{NodeRecord, NodeStatus, State};

fn stack_text(port: u16, nodes: usize) -> String {
    format!(
        r#"stack "bench" {{}}
provider "aws" "eu" {{
  region        = "eu-west-1"
  endpoint      = "http://127.0.0.1:{port}"
  ami           = "ami-12c6146b"
  instance_type = "t3.small"
  wait_healthy  = false
}}
region "eu" {{
  provider = "aws.eu"
  zones    = ["a", "b", "c"]
}}
pool "p" {{
  region = "eu"
  count  = {nodes}
}}
"#
    )
}

async fn client(port: u16) -> aws_sdk_ec2::Client {
    let conf = aws_config::defaults(aws_config::BehaviorVersion::latest())
        .region(aws_config::Region::new("eu-west-1"))
        .endpoint_url(format!("http://127.0.0.1:{port}"))
        .load()
        .await;
    aws_sdk_ec2::Client::new(&conf)
}

/// Launches one tagged instance per node (as apply would) and returns the state recording them.
async fn seed(c: &aws_sdk_ec2::Client, n: usize) -> State {
    let sem = Arc::new(tokio::sync::Semaphore::new(16));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 1..=n {
        let (c, sem) = (c.clone(), sem.clone());
        tasks.spawn(async move {
            let _p = sem.acquire().await;
            let node = format!("p-{i}");
            let token = format!("tok{i:028}");
            let tag = |k: &str, v: &str| Tag::builder().key(k).value(v).build();
            let out = c
                .run_instances()
                .image_id("ami-12c6146b")
                .min_count(1)
                .max_count(1)
                .tag_specifications(
                    TagSpecification::builder()
                        .resource_type(ResourceType::Instance)
                        .tags(tag("lavastack:stack", "bench"))
                        .tags(tag("lavastack:node", &node))
                        .tags(tag("lavastack:token", &token))
                        .build(),
                )
                .send()
                .await
                .expect("RunInstances");
            let id = out.instances()[0].instance_id().unwrap().to_string();
            (node, id, token)
        });
    }
    let mut st = State::new("bench");
    while let Some(r) = tasks.join_next().await {
        let (node, id, token) = r.unwrap();
        st.nodes.insert(
            node.clone(),
            NodeRecord {
                name: node,
                provider: "aws.eu".into(),
                provider_id: Some(id),
                address: None,
                port: Some(2333),
                region: "eu".into(),
                zone: None,
                pool: Some("p".into()),
                attributes: Default::default(),
                attributes_hash: String::new(),
                status: NodeStatus::Ready,
                private: Default::default(),
                token: Some(token),
            },
        );
    }
    st
}

/// What a per-resource refresh costs: one DescribeInstances by id per node, 10 at a time.
async fn per_node_refresh(c: &aws_sdk_ec2::Client, st: &State) -> (Duration, usize) {
    let t = Instant::now();
    let sem = Arc::new(tokio::sync::Semaphore::new(10));
    let mut tasks = tokio::task::JoinSet::new();
    for rec in st.nodes.values() {
        let (c, sem) = (c.clone(), sem.clone());
        let id = rec.provider_id.clone().unwrap();
        tasks.spawn(async move {
            let _p = sem.acquire().await;
            let r = c
                .describe_instances()
                .instance_ids(id)
                .send()
                .await
                .unwrap();
            r.reservations().len()
        });
    }
    let mut found = 0;
    while let Some(r) = tasks.join_next().await {
        found += r.unwrap();
    }
    assert_eq!(found, st.nodes.len());
    (t.elapsed(), st.nodes.len())
}

fn apply_time(dir: &std::path::Path, parallelism: usize) -> Duration {
    let t = Instant::now();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_lavastack"))
        .args([
            "apply",
            "--auto-approve",
            "--parallelism",
            &parallelism.to_string(),
        ])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    t.elapsed()
}

fn main() {
    let rep = common::Report::from_args("ec2");
    if std::process::Command::new("moto_server")
        .arg("--help")
        .output()
        .is_err()
    {
        rep.line("ec2 benchmark skipped: moto_server is not installed (tests/run.sh installs it)");
        return;
    }
    std::env::set_var("AWS_ACCESS_KEY_ID", "bench");
    std::env::set_var("AWS_SECRET_ACCESS_KEY", "bench");
    std::env::set_var("AWS_EC2_METADATA_DISABLED", "true");
    let rt = tokio::runtime::Runtime::new().unwrap();

    // Refresh at 1,000 nodes.
    let m = moto::moto();
    let n = 1000;
    let (ours, calls, theirs, their_calls) = rt.block_on(async {
        let c = client(m.port).await;
        let st = seed(&c, n).await;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stack.hcl");
        std::fs::write(&path, stack_text(m.port, n)).unwrap();
        let stack = lavastack::stack::load(&path, &Default::default()).expect("bench stack");
        let providers = lavastack::provider::build_all(&stack).unwrap();
        let t = Instant::now();
        let live = lavastack::provider::refresh(&st, &providers, 10)
            .await
            .expect("refresh");
        let ours = t.elapsed();
        assert_eq!(live.unknown.len(), 0);
        assert!(live
            .nodes
            .values()
            .all(|o| *o == lavastack::model::Observed::Running));
        let calls = live.api_calls["aws.eu"];
        let (theirs, their_calls) = per_node_refresh(&c, &st).await;
        (ours, calls, theirs, their_calls)
    });
    rep.line(format!(
        "ec2 refresh of {n} nodes against moto, this run:\n  lavastack (paged, by tag)   {calls:>5} API call(s)  {:>8.3}s\n  per node (by id, 10 at once) {their_calls:>4} API calls    {:>8.3}s\n  calls ratio {:.4} ({calls}/{their_calls}), time ratio {:.3}",
        ours.as_secs_f64(),
        theirs.as_secs_f64(),
        calls as f64 / their_calls as f64,
        ours.as_secs_f64() / theirs.as_secs_f64()
    ));
    rep.figure(
        "refresh API calls, 1000 nodes",
        calls as f64,
        "calls",
        Some(("one call per node", their_calls as f64)),
        serde_json::json!({"nodes": n}),
    );
    rep.figure(
        "refresh time, 1000 nodes",
        ours.as_secs_f64(),
        "s",
        Some(("one call per node", theirs.as_secs_f64())),
        serde_json::json!({"nodes": n}),
    );
    drop(m);

    // Apply fan-out: 100 nodes at parallelism 1, 10, 50, each on a fresh moto.
    let nodes = 100;
    let mut rows = Vec::new();
    for p in [1, 10, 50] {
        let m = moto::moto();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("stack.hcl"), stack_text(m.port, nodes)).unwrap();
        rows.push((p, apply_time(dir.path(), p)));
    }
    let base = rows[0].1.as_secs_f64();
    rep.line(format!(
        "apply of {nodes} nodes on moto (no health wait), this run:"
    ));
    for (p, t) in &rows {
        rep.line(format!(
            "  parallelism {p:>3}  {:>8.3}s  {:>6.2}x of parallelism 1",
            t.as_secs_f64(),
            t.as_secs_f64() / base
        ));
        rep.figure(
            &format!("apply {nodes} nodes, parallelism {p}"),
            t.as_secs_f64(),
            "s",
            Some(("parallelism 1", base)),
            serde_json::json!({"nodes": nodes, "parallelism": p}),
        );
    }
}
