//! The EC2 provider against moto's EC2 server (one per test, on a free loopback port):
//! a 5-node stack in 2 regions through create / no-op / replace / delete, SIGKILLed applies of
//! 20 nodes (never a duplicate, never an orphan), adoption after a lost state, AWS errors
//! named with node and code, and the API calls a 200-node refresh costs.
//!
//! moto runs no user data, so these stacks set `wait_healthy = false`: what is tested is the
//! EC2 side (instances, tags, tokens, state), not Lavalink on the instance.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::common::*;
use aws_sdk_ec2::types::Filter;
use serde_json::Value;

fn ec2_stack(port: u16, nodes: &[(&str, &str)], extra: &str) -> String {
    let mut s = format!(
        r#"stack "ec2t" {{
  password = var.password
}}
variable "password" {{ sensitive = true }}
provider "aws" "eu" {{
  region        = "eu-west-1"
  endpoint      = "http://127.0.0.1:{port}"
  ami           = "ami-12c6146b"
  instance_type = "t3.small"
  wait_healthy  = false
  password_parameter = "/ec2t/password"
  jar_sha256 = "1111111111111111111111111111111111111111111111111111111111111111"
  tags          = {{ team = "audio" }}
}}
provider "aws" "us" {{
  region        = "us-east-1"
  endpoint      = "http://127.0.0.1:{port}"
  ami           = "ami-12c6146b"
  instance_type = "t3.small"
  wait_healthy  = false
  password_parameter = "/ec2t/password"
  jar_sha256 = "1111111111111111111111111111111111111111111111111111111111111111"
}}
region "eu" {{
  provider = "aws.eu"
  zones    = ["a", "b"]
}}
region "us" {{
  provider = "aws.us"
  zones    = ["a", "b"]
}}
{extra}
"#
    );
    for (n, r) in nodes {
        s.push_str(&format!("node \"{n}\" {{ region = \"{r}\" }}\n"));
    }
    s
}

async fn sdk(port: u16, region: &str) -> aws_config::SdkConfig {
    aws_env();
    aws_config::defaults(aws_config::BehaviorVersion::latest())
        .region(aws_config::Region::new(region.to_string()))
        .endpoint_url(format!("http://127.0.0.1:{port}"))
        .load()
        .await
}

/// The test stack's `password_parameter`, decrypted.
async fn password_parameter(port: u16, region: &str) -> aws_sdk_ssm::types::Parameter {
    aws_sdk_ssm::Client::new(&sdk(port, region).await)
        .get_parameter()
        .name("/ec2t/password")
        .with_decryption(true)
        .send()
        .await
        .unwrap()
        .parameter
        .unwrap()
}

/// An instance launched by hand (not by lavastack) with these tags; its id.
async fn launch_by_hand(c: &aws_sdk_ec2::Client, tags: &[(&str, &str)]) -> String {
    let mut spec = aws_sdk_ec2::types::TagSpecification::builder()
        .resource_type(aws_sdk_ec2::types::ResourceType::Instance);
    for (k, v) in tags {
        spec = spec.tags(aws_sdk_ec2::types::Tag::builder().key(*k).value(*v).build());
    }
    let out = c
        .run_instances()
        .image_id("ami-12c6146b")
        .min_count(1)
        .max_count(1)
        .tag_specifications(spec.build())
        .send()
        .await
        .unwrap();
    out.instances()[0].instance_id().unwrap().to_string()
}

async fn ec2(port: u16, region: &str) -> aws_sdk_ec2::Client {
    aws_env();
    let conf = aws_config::defaults(aws_config::BehaviorVersion::latest())
        .region(aws_config::Region::new(region.to_string()))
        .endpoint_url(format!("http://127.0.0.1:{port}"))
        .load()
        .await;
    aws_sdk_ec2::Client::new(&conf)
}

/// Live (not terminated) instances of the test stack in both regions: id -> (node, type, token).
async fn live(port: u16) -> BTreeMap<String, (String, String, String)> {
    let mut out = BTreeMap::new();
    for region in ["eu-west-1", "us-east-1"] {
        let c = ec2(port, region).await;
        let mut pages = c
            .describe_instances()
            .filters(
                Filter::builder()
                    .name("tag:lavastack:stack")
                    .values("ec2t")
                    .build(),
            )
            .into_paginator()
            .send();
        let mut all = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.unwrap();
            all.extend(
                page.reservations()
                    .iter()
                    .flat_map(|r| r.instances())
                    .cloned(),
            );
        }
        for i in &all {
            let state = i.state().and_then(|s| s.name()).unwrap().as_str();
            if state == "terminated" || state == "shutting-down" {
                continue;
            }
            let tag = |k: &str| {
                i.tags()
                    .iter()
                    .find(|t| t.key() == Some(k))
                    .and_then(|t| t.value())
                    .unwrap_or("")
                    .to_string()
            };
            out.insert(
                i.instance_id().unwrap().to_string(),
                (
                    tag("lavastack:node"),
                    i.instance_type().unwrap().as_str().to_string(),
                    tag("lavastack:token"),
                ),
            );
        }
    }
    out
}

fn state(env: &Env) -> Value {
    serde_json::from_str(&env.read(".lavastack/state.json")).unwrap_or(Value::Null)
}

fn state_ids(env: &Env) -> BTreeMap<String, String> {
    state(env)["nodes"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(n, r)| {
            r["provider_id"]
                .as_str()
                .map(|id| (id.to_string(), n.clone()))
        })
        .collect()
}

fn run(env: &Env, args: &[&str]) -> Run {
    let o = aws_cmd(env, args).output().unwrap();
    Run {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

const FIVE: &[(&str, &str)] = &[
    ("eu-1", "eu"),
    ("eu-2", "eu"),
    ("eu-3", "eu"),
    ("us-1", "us"),
    ("us-2", "us"),
];

#[tokio::test(flavor = "multi_thread")]
async fn five_nodes_two_regions_create_noop_replace_delete() {
    let m = moto();
    let env = Env::new();
    env.write("stack.hcl", &ec2_stack(m.port, FIVE, ""));
    run(&env, &["apply", "--auto-approve"]).ok();
    let inst = live(m.port).await;
    assert_eq!(inst.len(), 5, "{inst:?}");
    let ids = state_ids(&env);
    assert_eq!(ids.len(), 5);
    for (id, (node, ty, token)) in &inst {
        assert_eq!(
            ids.get(id),
            Some(node),
            "instance {id} is recorded as its node"
        );
        assert_eq!(ty, "t3.small");
        assert_eq!(
            state(&env)["nodes"][node]["token"].as_str(),
            Some(token.as_str()),
            "the token tag matches the create token in state"
        );
    }
    // Regions land in their own EC2 region, zones as "<region><letter>".
    let eu = ec2(m.port, "eu-west-1").await;
    let r = eu
        .describe_instances()
        .filters(
            Filter::builder()
                .name("tag:lavastack:node")
                .values("eu-1")
                .build(),
        )
        .send()
        .await
        .unwrap();
    let i = &r.reservations()[0].instances()[0];
    assert_eq!(
        i.placement().unwrap().availability_zone(),
        Some("eu-west-1a")
    );
    let tags: BTreeMap<_, _> = i
        .tags()
        .iter()
        .map(|t| (t.key().unwrap(), t.value().unwrap()))
        .collect();
    assert_eq!(tags["Name"], "ec2t-eu-1");
    assert_eq!(tags["team"], "audio");
    // The user data installs Lavalink and holds no password.
    let ud = eu
        .describe_instance_attribute()
        .instance_id(i.instance_id().unwrap())
        .attribute(aws_sdk_ec2::types::InstanceAttributeName::UserData)
        .send()
        .await
        .unwrap();
    use base64::Engine;
    let ud = base64::engine::general_purpose::STANDARD
        .decode(ud.user_data().unwrap().value().unwrap())
        .unwrap();
    let ud = String::from_utf8(ud).unwrap();
    assert!(ud.starts_with("#cloud-config"), "{ud}");
    assert!(
        ud.contains("Lavalink.jar") && ud.contains("node eu-1"),
        "{ud}"
    );
    assert!(ud.contains("1111111111111111111111111111111111111111111111111111111111111111  /opt/lavalink/Lavalink.jar' | sha256sum -c"), "{ud}");
    assert!(ud.contains("--name \"/ec2t/password\""), "{ud}");
    assert!(ud.contains("  - default\n"), "{ud}");
    assert!(!ud.contains(SECRET));
    env.assert_no_secret_on_disk();
    // ... because it is in the SSM SecureString the user data reads, in each region, written
    // by apply before the first launch.
    for region in ["eu-west-1", "us-east-1"] {
        let p = password_parameter(m.port, region).await;
        assert_eq!(p.value(), Some(SECRET), "{region}");
        assert_eq!(
            p.r#type(),
            Some(&aws_sdk_ssm::types::ParameterType::SecureString)
        );
        assert_eq!(p.version(), 1);
    }

    // Nothing changed: the plan is empty.
    run(&env, &["plan", "--detailed-exitcode"]).ok();

    // A new instance type replaces the node: new instance first, then the old one goes.
    let old = ids.iter().find(|(_, n)| *n == "eu-1").unwrap().0.clone();
    let nodes: Vec<(&str, &str)> = FIVE.to_vec();
    let mut s = ec2_stack(m.port, &nodes, "");
    s = s.replace(
        "node \"eu-1\" { region = \"eu\" }",
        "node \"eu-1\" {\n  region        = \"eu\"\n  instance_type = \"t3.large\"\n}",
    );
    env.write("stack.hcl", &s);
    let p = run(&env, &["plan"]);
    assert!(p.code == 0, "{}", p.all());
    assert!(
        p.stdout.contains("must be replaced") || p.stdout.contains("replace"),
        "{}",
        p.stdout
    );
    assert!(p.stdout.contains("instance_type"), "{}", p.stdout);
    run(&env, &["apply", "--auto-approve"]).ok();
    let inst = live(m.port).await;
    assert_eq!(inst.len(), 5);
    assert!(
        !inst.contains_key(&old),
        "the old eu-1 instance is terminated"
    );
    let (_, ty, _) = inst.values().find(|(n, _, _)| n == "eu-1").unwrap();
    assert_eq!(ty, "t3.large");
    assert_eq!(
        password_parameter(m.port, "eu-west-1").await.version(),
        1,
        "a launch with an unchanged password writes no new version"
    );

    // Removing a node terminates its instance.
    let nodes: Vec<(&str, &str)> = FIVE.iter().copied().filter(|(n, _)| *n != "us-2").collect();
    let s = ec2_stack(m.port, &nodes, "").replace(
        "node \"eu-1\" { region = \"eu\" }",
        "node \"eu-1\" {\n  region        = \"eu\"\n  instance_type = \"t3.large\"\n}",
    );
    env.write("stack.hcl", &s);
    run(&env, &["apply", "--auto-approve"]).ok();
    let inst = live(m.port).await;
    assert_eq!(inst.len(), 4);
    assert!(inst.values().all(|(n, _, _)| n != "us-2"));
    run(&env, &["plan", "--detailed-exitcode"]).ok();

    // Tags change in place (CreateTags), keeping the instance.
    let before = live(m.port).await;
    let s2 = s.replace(
        "node \"us-1\" { region = \"us\" }",
        "node \"us-1\" {\n  region = \"us\"\n  tags   = { tier = \"gold\" }\n}",
    );
    env.write("stack.hcl", &s2);
    let p = run(&env, &["plan"]);
    assert!(
        p.stdout.contains("node.us-1 will be updated in-place"),
        "{}",
        p.stdout
    );
    run(&env, &["apply", "--auto-approve"]).ok();
    assert_eq!(
        live(m.port).await.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    let us = ec2(m.port, "us-east-1").await;
    let r = us
        .describe_instances()
        .filters(Filter::builder().name("tag:tier").values("gold").build())
        .send()
        .await
        .unwrap();
    assert_eq!(r.reservations().len(), 1, "us-1 carries the new tag");
    // ...and a tag removed from the stack is removed from the instance.
    env.write("stack.hcl", &s);
    run(&env, &["apply", "--auto-approve"]).ok();
    let r = us
        .describe_instances()
        .filters(Filter::builder().name("tag:tier").values("gold").build())
        .send()
        .await
        .unwrap();
    assert_eq!(r.reservations().len(), 0, "the tier tag is gone");

    // An instance that lost its lavastack tags is still its node (looked up by id), not gone.
    let (tagless, _) = before.iter().find(|(_, (n, _, _))| n == "us-1").unwrap();
    us.delete_tags()
        .resources(tagless)
        .tags(
            aws_sdk_ec2::types::Tag::builder()
                .key("lavastack:provider")
                .build(),
        )
        .send()
        .await
        .unwrap();
    run(&env, &["plan", "--detailed-exitcode"]).ok();

    // An instance terminated behind lavastack's back is re-created.
    let (victim, _) = before.iter().find(|(_, (n, _, _))| n == "us-1").unwrap();
    us.terminate_instances()
        .instance_ids(victim)
        .send()
        .await
        .unwrap();
    let p = run(&env, &["plan"]);
    assert!(
        p.stdout.contains("it is gone") && p.stdout.contains(victim.as_str()),
        "{}",
        p.stdout
    );
    run(&env, &["apply", "--auto-approve"]).ok();
    let now = live(m.port).await;
    assert_eq!(now.len(), 4);
    assert!(now.values().any(|(n, _, _)| n == "us-1") && !now.contains_key(victim));

    // Destroy terminates everything.
    run(&env, &["destroy", "--auto-approve"]).ok();
    assert!(live(m.port).await.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn sigkilled_applies_never_duplicate_or_orphan() {
    let m = moto();
    let env = Env::new();
    let names: Vec<String> = (1..=10)
        .map(|i| format!("eu-{i}"))
        .chain((1..=10).map(|i| format!("us-{i}")))
        .collect();
    let nodes: Vec<(&str, &str)> = names
        .iter()
        .map(|n| (n.as_str(), if n.starts_with("eu") { "eu" } else { "us" }))
        .collect();
    env.write("stack.hcl", &ec2_stack(m.port, &nodes, ""));
    let seed = test_seed();
    let mut rng = Rng::from_seed(seed, 7);
    let mut kills = 0;
    for round in 0..10 {
        let mut child = aws_cmd(&env, &["apply", "--auto-approve", "--parallelism", "4"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let wait = Duration::from_millis(50 + rng.below(900));
        let t = Instant::now();
        let mut exited = false;
        while t.elapsed() < wait {
            if child.try_wait().unwrap().is_some() {
                exited = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if !exited {
            child.kill().unwrap(); // SIGKILL: no cleanup, no last state write
            kills += 1;
        }
        child.wait().unwrap();
        // The state is always loadable...
        run(&env, &["state", "list"]).ok();
        // ...and no node ever has two live instances.
        let inst = live(m.port).await;
        let mut per_node: BTreeMap<&str, usize> = BTreeMap::new();
        for (node, _, _) in inst.values() {
            *per_node.entry(node).or_default() += 1;
        }
        assert!(
            per_node.values().all(|&c| c == 1),
            "round {round} (seed {seed}): duplicate instances {per_node:?}"
        );
    }
    assert!(kills > 0, "seed {seed}: no apply was killed");
    // A clean apply finishes the job, adopting whatever the killed ones launched.
    run(&env, &["apply", "--auto-approve"]).ok();
    let inst = live(m.port).await;
    let ids = state_ids(&env);
    assert_eq!(inst.len(), 20, "seed {seed}: {inst:?}");
    for (id, (node, _, _)) in &inst {
        assert_eq!(
            ids.get(id),
            Some(node),
            "seed {seed}: instance {id} ({node}) is an orphan"
        );
    }
    run(&env, &["plan", "--detailed-exitcode"]).ok();
    eprintln!("{kills} applies killed; 20 instances, all in state");

    // State lost entirely: a new state has a new lineage, so the next plan neither adopts nor
    // deletes the old state's instances (it would launch 20 more, and says why). The way back
    // is `import --take-over`, one node at a time; then nothing differs.
    std::fs::remove_file(env.path(".lavastack/state.json")).unwrap();
    let p = run(&env, &["plan"]);
    assert_eq!(p.code, 0, "{}", p.all());
    assert!(!p.stdout.contains("is adopted"), "{}", p.stdout);
    assert!(!p.stdout.contains("orphan."), "{}", p.stdout);
    assert!(
        p.all()
            .contains("20 instance(s) with this stack's name belong to another state"),
        "{}",
        p.all()
    );
    // Without --take-over, another lineage's instance is refused.
    let (first_id, (first_node, _, _)) = inst.iter().next().unwrap();
    run(&env, &["import", first_node, first_id]).fails(1, "belongs to another state");
    for (id, (node, _, _)) in &inst {
        run(&env, &["import", node, id, "--take-over"]).ok();
    }
    // Only the fresh state's policy records are left to write: no node changes.
    let p = run(&env, &["plan"]);
    assert!(!p.stdout.contains("# node."), "{}", p.stdout);
    run(&env, &["apply", "--auto-approve"]).ok();
    run(&env, &["plan", "--detailed-exitcode"]).ok();
    let after = live(m.port).await;
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        inst.keys().collect::<Vec<_>>(),
        "the same 20 instances, none launched"
    );
    assert_eq!(state_ids(&env).len(), 20);
    run(&env, &["import", first_node, first_id]).fails(1, "is in the state already");

    // A twin of us-1 (all its tags, token included, as "launch more like this" makes) is an
    // orphan: the next apply terminates it and only it.
    let st = state(&env);
    let us1_id = st["nodes"]["us-1"]["provider_id"]
        .as_str()
        .unwrap()
        .to_string();
    let us1_token = st["nodes"]["us-1"]["token"].as_str().unwrap().to_string();
    let us = ec2(m.port, "us-east-1").await;
    let stray_id = launch_by_hand(
        &us,
        &[
            ("lavastack:stack", "ec2t"),
            ("lavastack:node", "us-1"),
            ("lavastack:token", &us1_token),
            ("lavastack:provider", "aws.us"),
            ("lavastack:lineage", st["lineage"].as_str().unwrap()),
        ],
    )
    .await;
    let p = run(&env, &["plan"]);
    assert!(
        p.stdout.contains(&format!("orphan.{stray_id}")),
        "{}",
        p.stdout
    );
    run(&env, &["apply", "--auto-approve"]).ok();
    let after = live(m.port).await;
    assert!(!after.contains_key(&stray_id));
    assert!(
        after.contains_key(&us1_id),
        "the node the twin copied is untouched"
    );
    assert_eq!(after.len(), 20);
}

#[tokio::test(flavor = "multi_thread")]
async fn two_providers_in_one_region_keep_to_their_own_instances() {
    let m = moto();
    let env = Env::new();
    // Both providers in eu-west-1: each must see only the instances it launched.
    let s = ec2_stack(m.port, &[("eu-1", "eu"), ("us-1", "us")], "").replace(
        "region        = \"us-east-1\"",
        "region        = \"eu-west-1\"",
    );
    assert!(!s.contains("us-east-1"));
    env.write("stack.hcl", &s);
    run(&env, &["apply", "--auto-approve"]).ok();
    run(&env, &["plan", "--detailed-exitcode"]).ok();
    assert_eq!(state_ids(&env).len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_errors_name_the_node_and_code_and_leave_nothing_behind() {
    let m = moto_with(&[("MOTO_ENABLE_AMI_VALIDATION", "true")]);
    let env = Env::new();
    env.write(
        "stack.hcl",
        &ec2_stack(m.port, &[("eu-1", "eu")], "").replace("ami-12c6146b", "ami-00000000"),
    );
    let r = run(&env, &["apply", "--auto-approve"]);
    r.fails(1, "eu-1");
    assert!(r.all().contains("InvalidAMIID"), "{}", r.all());
    assert!(live(m.port).await.is_empty());
    assert_eq!(state(&env)["nodes"]["eu-1"]["status"], "failed");

    // A wrong endpoint fails the plan's refresh with the provider named, not a hang.
    env.write(
        "stack.hcl",
        &ec2_stack(dead_port(), &[("eu-1", "eu")], "")
            .replace("wait_healthy", "max_attempts = 1\n  wait_healthy"),
    );
    let r = run(&env, &["plan"]);
    // Nothing listens there: the unreachable exit code, so a script may retry.
    r.fails(5, "refreshing provider aws.");
    assert!(r.all().contains("--refresh=false"), "{}", r.all());
}

#[tokio::test(flavor = "multi_thread")]
async fn refresh_of_200_nodes_costs_one_call_per_region_page() {
    let m = moto();
    let env = Env::new();
    env.write(
        "stack.hcl",
        &ec2_stack(
            m.port,
            &[],
            "pool \"p\" {\n  region = \"eu\"\n  count  = 200\n}",
        ),
    );
    let t = Instant::now();
    run(&env, &["apply", "--auto-approve", "--parallelism", "20"]).ok();
    let created = t.elapsed();
    assert_eq!(live(m.port).await.len(), 200);
    let o = aws_cmd(&env, &["plan", "--detailed-exitcode"])
        .env("RUST_LOG", "lavastack=info")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let calls = |provider: &str| -> u64 {
        let line = err
            .lines()
            .find(|l| l.contains("refreshed") && l.contains(&format!("provider={provider}")))
            .unwrap_or_else(|| panic!("no refresh line for {provider} in {err}"));
        line.split("api_calls=")
            .nth(1)
            .and_then(|s| s.split_whitespace().next())
            .and_then(|s| s.parse().ok())
            .unwrap()
    };
    let (eu, us) = (calls("aws.eu"), calls("aws.us"));
    eprintln!(
        "refresh: 200 nodes -> {eu} call(s) in eu-west-1, {us} in us-east-1 (apply of 200 took {:.1}s)",
        created.as_secs_f64()
    );
    // One page holds up to 1,000 instances: one DescribeInstances per region, plus, where
    // nodes run behind the managed security group, its drift check (DescribeSecurityGroups
    // and one page of DescribeSecurityGroupRules), whatever the node count.
    assert_eq!(eu, 3);
    assert_eq!(us, 1, "no node runs in us: no group to read");
}

/// A loopback proxy to moto that answers the first `throttle` requests with EC2's throttling
/// error, then forwards. Returns its port and the number of requests it has seen.
async fn throttling_proxy(
    moto_port: u16,
    throttle: usize,
) -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    let seen = std::sync::Arc::new(AtomicUsize::new(0));
    let seen2 = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut c, _)) = l.accept().await else {
                return;
            };
            let seen = seen2.clone();
            tokio::spawn(async move {
                // Read one request: headers, then Content-Length bytes of body.
                let mut buf = Vec::new();
                let mut chunk = [0u8; 8192];
                let body_at = loop {
                    let n = c.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                };
                let head = String::from_utf8_lossy(&buf[..body_at]).to_lowercase();
                let len: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                while buf.len() < body_at + len {
                    let n = c.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                }
                if seen.fetch_add(1, Ordering::SeqCst) < throttle {
                    let body = "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>t</RequestID></Response>";
                    let resp = format!(
                        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = c.write_all(resp.as_bytes()).await;
                    return;
                }
                let Ok(mut up) = tokio::net::TcpStream::connect(("127.0.0.1", moto_port)).await
                else {
                    return;
                };
                if up.write_all(&buf).await.is_ok() {
                    let _ = tokio::io::copy_bidirectional(&mut c, &mut up).await;
                }
            });
        }
    });
    (port, seen)
}

#[tokio::test(flavor = "multi_thread")]
async fn throttling_is_retried_with_backoff_until_attempts_run_out() {
    let m = moto();
    let env = Env::new();
    let (proxy, seen) = throttling_proxy(m.port, 3).await;
    let one_region = |port: u16, attempts: u32| {
        let s = ec2_stack(m.port, &[("eu-1", "eu")], "");
        // Only the eu provider goes through the proxy; us stays direct.
        let eu_end = s.find("provider \"aws\" \"us\"").unwrap();
        format!(
            "{}{}",
            s[..eu_end]
                .replace(
                    &format!("http://127.0.0.1:{}", m.port),
                    &format!("http://127.0.0.1:{port}")
                )
                .replace(
                    "wait_healthy  = false",
                    &format!("wait_healthy  = false\n  max_attempts  = {attempts}")
                ),
            &s[eu_end..]
        )
    };
    env.write("stack.hcl", &one_region(proxy, 8));
    let t = Instant::now();
    let o = aws_cmd(&env, &["plan"])
        .env("RUST_LOG", "lavastack=info")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    let n = seen.load(std::sync::atomic::Ordering::SeqCst);
    assert_eq!(n, 4, "three throttled attempts, then one that went through");
    assert!(
        err.contains("provider=aws.eu") && err.contains("api_calls=4"),
        "{err}"
    );
    eprintln!(
        "3 throttled DescribeInstances retried; plan took {:.1}s",
        t.elapsed().as_secs_f64()
    );

    // With fewer attempts than throttled answers, the error names the provider and the code.
    let (proxy, _) = throttling_proxy(m.port, 100).await;
    env.write("stack.hcl", &one_region(proxy, 2));
    let r = run(&env, &["plan"]);
    r.fails(1, "aws.eu");
    assert!(r.all().contains("RequestLimitExceeded"), "{}", r.all());
}

/// `secret("aws_sm:...")` and `secret("ssm:...")` read moto's Secrets Manager and SSM through
/// the SDK's usual configuration (AWS_REGION, AWS_ENDPOINT_URL); values reach the rendered
/// files that need them and no plan or message; each failure names the stack line and why.
#[tokio::test(flavor = "multi_thread")]
async fn secret_sources_read_secrets_manager_and_ssm() {
    let m = moto();
    let conf = sdk(m.port, "eu-west-1").await;
    let sm = aws_sdk_secretsmanager::Client::new(&conf);
    sm.create_secret()
        .name("lavalink/prod")
        .secret_string(r#"{"password":"sm-current-pw-4711","user":"bot"}"#)
        .send()
        .await
        .unwrap();
    // A staged version, as a rotation leaves it before it is promoted.
    sm.put_secret_value()
        .secret_id("lavalink/prod")
        .secret_string(r#"{"password":"sm-pending-pw-0815"}"#)
        .version_stages("AWSPENDING")
        .send()
        .await
        .unwrap();
    sm.create_secret()
        .name("plain")
        .secret_string("plain-secret-1234")
        .send()
        .await
        .unwrap();
    aws_sdk_ssm::Client::new(&conf)
        .put_parameter()
        .name("/lavalink/token")
        .value("ssm-token-value-2342")
        .r#type(aws_sdk_ssm::types::ParameterType::SecureString)
        .send()
        .await
        .unwrap();

    let env = Env::new();
    let current = emulator_with("sm-current-pw-4711");
    let pending = emulator_with("sm-pending-pw-0815");
    let plain = emulator_with("plain-secret-1234");
    let stack_on = |port: u16, pw: &str, token: &str| {
        format!(
            r#"stack "sec" {{ password = secret("{pw}") }}
provider "static" "lan" {{}}
region "r" {{ provider = "static.lan" }}
node "a" {{
  region = "r"
  host   = "127.0.0.1"
  port   = {port}
}}
router {{ token = secret("{token}") }}
"#
        )
    };
    let stack = |pw: &str, token: &str| stack_on(current.port, pw, token);
    let endpoint = format!("http://127.0.0.1:{}", m.port);
    let run = |args: &[&str], endpoint: &str| {
        let mut c = aws_cmd(&env, args);
        c.env("AWS_REGION", "eu-west-1")
            .env("AWS_ENDPOINT_URL", endpoint)
            .env("AWS_CONFIG_FILE", "/nonexistent")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
        Run::from(c.output().unwrap())
    };
    let markers = [
        "sm-current-pw-4711",
        "sm-pending-pw-0815",
        "ssm-token-value-2342",
        "plain-secret-1234",
    ];

    // The node answers only to the password the secret holds: apply's health wait and
    // status prove the value arrived; nothing printed or stored holds it.
    for (port, src) in [
        (current.port, "aws_sm:lavalink/prod#password"),
        (pending.port, "aws_sm:lavalink/prod#password@AWSPENDING"),
        (plain.port, "aws_sm:plain"),
    ] {
        env.write("stack.hcl", &stack_on(port, src, "ssm:/lavalink/token"));
        let p = run(&["plan"], &endpoint);
        p.ok();
        let a = run(&["apply", "--auto-approve"], &endpoint);
        a.ok();
        let st = run(&["status", "--check"], &endpoint);
        assert_eq!(st.code, 0, "{src}: {}", st.all());
        for s in markers {
            for out in [&p, &a, &st] {
                assert!(!out.all().contains(s), "{s} printed: {}", out.all());
            }
        }
    }
    env.assert_not_on_disk(&markers, "\0");
    // Another secret's value for the same node: refused, so the value read is what counts.
    env.write(
        "stack.hcl",
        &stack_on(
            plain.port,
            "aws_sm:lavalink/prod#password",
            "ssm:/lavalink/token",
        ),
    );
    assert_ne!(run(&["status", "--check"], &endpoint).code, 0);

    // Each failure: exit 1, the stack file's line, the source and why; no value printed.
    for (pw, token, needle) in [
        (
            "aws_sm:nope",
            "ssm:/lavalink/token",
            "secret nope not found",
        ),
        (
            "aws_sm:lavalink/prod#nokey",
            "ssm:/lavalink/token",
            "has no key nokey",
        ),
        (
            "aws_sm:plain#password",
            "ssm:/lavalink/token",
            "is not a JSON object",
        ),
        (
            "aws_sm:lavalink/prod@NOSTAGE",
            "ssm:/lavalink/token",
            "no version labelled NOSTAGE",
        ),
        (
            "aws_sm:lavalink/prod#password",
            "ssm:/nope",
            "SSM parameter /nope not found",
        ),
        ("aws_sm:#password", "ssm:/lavalink/token", "no secret name"),
    ] {
        env.write("stack.hcl", &stack(pw, token));
        let r = run(&["validate"], &endpoint);
        r.fails(1, needle);
        assert!(r.all().contains("stack.hcl:"), "{}", r.all());
        for s in markers {
            assert!(!r.all().contains(s), "{s} printed: {}", r.all());
        }
    }

    // Nothing listening: a clear error, quickly (connection refused is not retried for long).
    env.write(
        "stack.hcl",
        &stack("aws_sm:lavalink/prod#password", "ssm:/lavalink/token"),
    );
    let t = Instant::now();
    let r = run(&["validate"], &format!("http://127.0.0.1:{}", dead_port()));
    r.fails(1, "GetSecretValue");
    assert!(t.elapsed() < Duration::from_secs(30), "{:?}", t.elapsed());

    // No region anywhere: said so, no call made.
    let mut c = aws_cmd(&env, &["validate"]);
    c.env_remove("AWS_REGION")
        .env_remove("AWS_DEFAULT_REGION")
        .env("AWS_CONFIG_FILE", "/nonexistent")
        .env("AWS_ENDPOINT_URL", &endpoint);
    Run::from(c.output().unwrap()).fails(1, "no AWS region");
}

/// Inbound rules of a group as (port, source), read back with DescribeSecurityGroupRules.
async fn inbound(
    c: &aws_sdk_ec2::Client,
    group: &str,
) -> std::collections::BTreeSet<(i32, String)> {
    let out = c
        .describe_security_group_rules()
        .filters(Filter::builder().name("group-id").values(group).build())
        .send()
        .await
        .unwrap();
    out.security_group_rules()
        .iter()
        .filter(|r| r.is_egress() != Some(true))
        .map(|r| {
            let src = r
                .cidr_ipv4()
                .or(r.cidr_ipv6())
                .or(r.referenced_group_info().and_then(|g| g.group_id()))
                .unwrap_or("?")
                .to_string();
            (r.from_port().unwrap_or(-1), src)
        })
        .collect()
}

async fn group_id(c: &aws_sdk_ec2::Client, name: &str) -> Option<String> {
    let out = c
        .describe_security_groups()
        .filters(Filter::builder().name("group-name").values(name).build())
        .send()
        .await
        .unwrap();
    assert!(out.security_groups().len() <= 1, "one group per name");
    out.security_groups()
        .first()
        .and_then(|g| g.group_id())
        .map(str::to_string)
}

/// Without `security_group_ids`, each provider's nodes run in a group lavastack manages:
/// Lavalink's ports open to `allow_from` only, 22 to `ssh_from`, nothing else; a changed
/// source is an in-place update, and a rule added by hand is revoked at the next apply.
#[tokio::test(flavor = "multi_thread")]
async fn the_managed_security_group_opens_only_what_the_stack_declares() {
    let m = moto();
    let eu = ec2(m.port, "eu-west-1").await;
    let bots = eu
        .create_security_group()
        .group_name("bots")
        .description("the bot hosts")
        .send()
        .await
        .unwrap()
        .group_id()
        .unwrap()
        .to_string();
    let env = Env::new();
    let stack = |allow: &str| {
        ec2_stack(
            m.port,
            &[("eu-1", "eu"), ("eu-2", "eu"), ("us-1", "us")],
            "node \"eu-3\" {\n  region = \"eu\"\n  port   = 2400\n}\n",
        )
        .replacen(
            "  tags          = { team = \"audio\" }\n",
            &format!("  tags          = {{ team = \"audio\" }}\n  allow_from = [{allow}]\n  ssh_from = [\"203.0.113.4/32\"]\n"),
            1,
        )
    };
    env.write("stack.hcl", &stack(&format!("\"10.0.0.0/16\", \"{bots}\"")));
    let p = run(&env, &["plan"]);
    p.ok();
    assert!(
        p.all().contains("provider \"aws\" \"us\": no allow_from"),
        "the closed provider is warned about: {}",
        p.all()
    );
    run(&env, &["apply", "--auto-approve"]).ok();
    let sg = group_id(&eu, "lavastack-ec2t-eu")
        .await
        .expect("the managed group");
    let want = |srcs: &[&str]| -> std::collections::BTreeSet<(i32, String)> {
        let mut w: std::collections::BTreeSet<_> = srcs
            .iter()
            .flat_map(|s| [(2333, s.to_string()), (2400, s.to_string())])
            .collect();
        w.insert((22, "203.0.113.4/32".into()));
        w
    };
    assert_eq!(inbound(&eu, &sg).await, want(&["10.0.0.0/16", &bots]));
    // Every eu instance is in it (and only it); the us provider's group is closed.
    let r = eu
        .describe_instances()
        .filters(
            Filter::builder()
                .name("tag:lavastack:stack")
                .values("ec2t")
                .build(),
        )
        .send()
        .await
        .unwrap();
    let groups: Vec<Vec<String>> = r
        .reservations()
        .iter()
        .flat_map(|r| r.instances())
        .map(|i| {
            i.security_groups()
                .iter()
                .filter_map(|g| g.group_id().map(str::to_string))
                .collect()
        })
        .collect();
    assert_eq!(groups.len(), 3);
    assert!(
        groups
            .iter()
            .all(|g| g.as_slice() == std::slice::from_ref(&sg)),
        "{groups:?}"
    );
    let us = ec2(m.port, "us-east-1").await;
    let us_sg = group_id(&us, "lavastack-ec2t-us").await.expect("us group");
    assert!(
        inbound(&us, &us_sg).await.is_empty(),
        "us declares no sources: nothing inbound"
    );
    run(&env, &["plan", "--detailed-exitcode"]).ok();

    // Someone opens the port to the world by hand; the stack swaps the bots' group for a LAN.
    eu.authorize_security_group_ingress()
        .group_id(&sg)
        .ip_protocol("tcp")
        .from_port(2333)
        .to_port(2333)
        .cidr_ip("0.0.0.0/0")
        .send()
        .await
        .unwrap();
    // Refresh reads the group: the hand-added rule is drift, planned as an in-place update
    // that puts the stack's rules back.
    let drift = run(&env, &["plan", "--detailed-exitcode"]);
    drift.fails(2, "changed outside lavastack");
    assert!(
        drift
            .all()
            .contains("not in the stack: tcp 2333 from 0.0.0.0/0"),
        "{}",
        drift.all()
    );
    assert!(
        !drift.stdout.contains("must be replaced"),
        "{}",
        drift.stdout
    );
    let before = state_ids(&env);
    env.write("stack.hcl", &stack("\"10.0.0.0/16\", \"192.168.0.0/24\""));
    let p = run(&env, &["plan"]);
    p.ok();
    assert!(p.stdout.contains("allow_from"), "{}", p.stdout);
    assert!(
        !p.stdout.contains("must be replaced"),
        "a changed source updates in place: {}",
        p.stdout
    );
    run(&env, &["apply", "--auto-approve"]).ok();
    assert_eq!(
        inbound(&eu, &sg).await,
        want(&["10.0.0.0/16", "192.168.0.0/24"])
    );
    assert_eq!(state_ids(&env), before, "no instance was replaced");
    run(&env, &["plan", "--detailed-exitcode"]).ok();

    // The group goes with the last node: destroy leaves no empty group behind.
    let d = run(&env, &["destroy", "--auto-approve"]);
    d.ok();
    assert!(d.all().contains("deleted security group"), "{}", d.all());
    let left = eu
        .describe_security_groups()
        .group_ids(&sg)
        .send()
        .await
        .map(|o| o.security_groups().len())
        .unwrap_or(0);
    assert_eq!(left, 0, "the managed group {sg} is gone");

    // Bad sources and a mix with your own groups are refused at load, naming the field.
    let many: Vec<String> = (0..61).map(|i| format!("\"10.{i}.0.0/16\"")).collect();
    let many = many.join(", ");
    for (allow, needle) in [
        (many.as_str(), "holds at most 60 inbound rules"),
        ("\"10.0.0.1/16\"", "the network is 10.0.0.0/16"),
        ("\"10.0.0.0/40\"", "the prefix length must be 0 to 32"),
        ("\"everyone\"", "neither a CIDR"),
    ] {
        env.write("stack.hcl", &stack(allow));
        let r = run(&env, &["validate"]);
        r.fails(1, needle);
        assert!(r.all().contains("allow_from"), "{}", r.all());
    }
    env.write(
        "stack.hcl",
        &stack("\"10.0.0.0/16\"").replacen(
            "  allow_from",
            "  security_group_ids = [\"sg-0123456789abcdef0\"]\n  allow_from",
            1,
        ),
    );
    run(&env, &["validate"]).fails(1, "keep one");
}

/// Two states whose stacks share a name in one account (a copy of prod for staging, a second
/// checkout) never adopt or terminate each other's instances: each instance carries its
/// state's lineage. An instance with the stack's tags but no lineage (made before lineage
/// tags) is reported, never deleted, and adopted by `lavastack import`.
#[tokio::test(flavor = "multi_thread")]
async fn two_states_with_one_stack_name_never_touch_each_others_instances() {
    let m = moto();
    let (prod, staging) = (Env::new(), Env::new());
    let nodes = [("eu-1", "eu"), ("us-1", "us")];
    for env in [&prod, &staging] {
        env.write("stack.hcl", &ec2_stack(m.port, &nodes, ""));
    }
    run(&prod, &["apply", "--auto-approve"]).ok();
    let prod_ids = state_ids(&prod);
    let lineage = state(&prod)["lineage"].as_str().unwrap().to_string();
    for (id, (_, _, _)) in live(m.port).await {
        let c = ec2(
            m.port,
            if prod_ids[&id].starts_with("eu") {
                "eu-west-1"
            } else {
                "us-east-1"
            },
        )
        .await;
        let r = c
            .describe_tags()
            .filters(Filter::builder().name("resource-id").values(&id).build())
            .send()
            .await
            .unwrap();
        assert!(
            r.tags()
                .iter()
                .any(|t| t.key() == Some("lavastack:lineage") && t.value() == Some(&lineage)),
            "{id} carries its state's lineage"
        );
    }
    // The second state plans its own two nodes and leaves prod's alone.
    let p = run(&staging, &["plan"]);
    p.ok();
    assert!(p.stdout.contains("2 to add"), "{}", p.stdout);
    assert!(
        !p.stdout.contains("orphan.") && !p.stdout.contains("is adopted"),
        "{}",
        p.stdout
    );
    assert!(
        p.all()
            .contains("2 instance(s) with this stack's name belong to another state"),
        "{}",
        p.all()
    );
    run(&staging, &["apply", "--auto-approve"]).ok();
    assert_eq!(live(m.port).await.len(), 4);
    run(&prod, &["plan", "--detailed-exitcode"]).ok();
    run(&staging, &["destroy", "--auto-approve"]).ok();
    let left = live(m.port).await;
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(
        left.keys().all(|id| prod_ids.contains_key(id)),
        "prod's instances survive"
    );
    run(&prod, &["plan", "--detailed-exitcode"]).ok();

    // An instance from before lineage tags: reported by plan, never deleted, imported.
    let eu = ec2(m.port, "eu-west-1").await;
    let old_id = launch_by_hand(
        &eu,
        &[
            ("lavastack:stack", "ec2t"),
            ("lavastack:node", "eu-2"),
            ("lavastack:token", "0123456789abcdef0123456789abcdef"),
            ("lavastack:provider", "aws.eu"),
        ],
    )
    .await;
    let with_eu2 = ec2_stack(
        m.port,
        &[("eu-1", "eu"), ("eu-2", "eu"), ("us-1", "us")],
        "",
    );
    prod.write("stack.hcl", &with_eu2);
    let p = run(&prod, &["plan"]);
    p.ok();
    assert!(
        p.all().contains(&format!("lavastack import eu-2 {old_id}")),
        "{}",
        p.all()
    );
    assert!(
        !p.stdout.contains(&format!("orphan.{old_id}")),
        "{}",
        p.stdout
    );
    run(&prod, &["import", "eu-2", &old_id]).ok();
    run(&prod, &["plan", "--detailed-exitcode"]).ok();
    assert_eq!(
        state_ids(&prod).get(&old_id).map(String::as_str),
        Some("eu-2")
    );
    // Import refuses what it cannot take: a node not in the stack, a missing instance.
    run(&prod, &["import", "eu-9", &old_id]).fails(1, "the stack has no node eu-9");
    prod.write(
        "stack.hcl",
        &ec2_stack(
            m.port,
            &[
                ("eu-1", "eu"),
                ("eu-2", "eu"),
                ("eu-3", "eu"),
                ("us-1", "us"),
            ],
            "",
        ),
    );
    run(&prod, &["import", "eu-3", "i-0000000000000000f"]).fails(1, "does not exist");
}

/// Creates waiting for `running` share their polls: one DescribeInstances for every instance
/// still pending, not one per instance. The extra calls of a 20-node apply over a 1-node one
/// (each on its own moto) are the 19 more RunInstances and by-token lookups plus the shared
/// polls; the polls are counted from that difference and must be fewer than one per node.
#[tokio::test(flavor = "multi_thread")]
async fn waits_for_running_share_one_describe_per_poll() {
    let calls = |nodes: usize| {
        let m = moto();
        let env = Env::new();
        let names: Vec<(String, &str)> = (0..nodes).map(|i| (format!("eu-{i}"), "eu")).collect();
        let list: Vec<(&str, &str)> = names.iter().map(|(n, r)| (n.as_str(), *r)).collect();
        env.write("stack.hcl", &ec2_stack(m.port, &list, ""));
        let r = run(
            &env,
            &[
                "apply",
                "--auto-approve",
                "--parallelism",
                "50",
                "--format",
                "json",
            ],
        );
        r.ok();
        let summary: Value = r
            .stdout
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .find(|v| v["type"] == "summary")
            .unwrap_or_else(|| panic!("no summary: {}", r.stdout));
        summary["report"]["api_calls"]["aws.eu"]
            .as_u64()
            .unwrap_or_else(|| panic!("{summary}"))
    };
    let one = calls(1);
    let twenty = calls(20);
    // One node: RunInstances, a by-token lookup and at least one poll, plus fixed costs.
    let polls = twenty.saturating_sub(one).saturating_sub(2 * 19);
    eprintln!(
        "api calls: 1 node {one}, 20 nodes {twenty}: about {polls} more poll(s) for 19 more nodes"
    );
    // Polling per instance would cost at least one poll per extra node (19); shared polls
    // cost 8-9 on an idle machine and 12 under a full parallel test run (creates spread out).
    assert!(
        polls < 19,
        "polls are shared: 1 node {one} calls, 20 nodes {twenty}"
    );
}

/// `rotate password` with the password in Secrets Manager (moto), on two local nodes and no
/// router: the new value is staged as AWSPENDING (the JSON's other keys kept), the nodes move
/// to it, it is promoted to AWSCURRENT (the old one AWSPREVIOUS, no pending label left), and
/// both nodes refuse the old password. Nothing printed or on disk holds either value.
#[tokio::test(flavor = "multi_thread")]
async fn rotate_password_stages_and_promotes_a_secrets_manager_version() {
    let m = moto();
    let conf = sdk(m.port, "eu-west-1").await;
    let sm = aws_sdk_secretsmanager::Client::new(&conf);
    let (old, new) = ("sm-rotate-old-pw-1", "sm-rotate-new-pw-2");
    sm.create_secret()
        .name("lavalink/rot")
        .secret_string(format!(r#"{{"password":"{old}","user":"bot"}}"#))
        .send()
        .await
        .unwrap();
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write("secrets/new", new);
    env.write(
        "stack.hcl",
        r#"stack "smrot" { password = secret("aws_sm:lavalink/rot#password") }
provider "local" "dev" {}
region "eu" { provider = "local.dev" }
node "a" { region = "eu" }
node "b" { region = "eu" }
"#,
    );
    let endpoint = format!("http://127.0.0.1:{}", m.port);
    let run = |args: &[&str]| {
        let mut c = env.cmd(args);
        c.env("AWS_REGION", "eu-west-1")
            .env("AWS_ENDPOINT_URL", &endpoint)
            .env("AWS_ACCESS_KEY_ID", "testing")
            .env("AWS_SECRET_ACCESS_KEY", "testing")
            .env("AWS_CONFIG_FILE", "/nonexistent")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
        run_within(c, Duration::from_secs(120))
    };
    run(&["apply", "--auto-approve"]).ok();

    // Abandoned before any node moved (as a crash right after staging leaves it): --abort takes
    // the AWSPENDING label off and the rotation out of state.
    sm.put_secret_value()
        .secret_id("lavalink/rot")
        .secret_string(r#"{"password":"sm-abandoned-pw-3","user":"bot"}"#)
        .version_stages("AWSPENDING")
        .send()
        .await
        .unwrap();
    let mut st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    st["rotation"] = serde_json::json!({
        "id": "r0",
        "source": "aws_sm:lavalink/rot#password",
        "pending": "aws_sm:lavalink/rot#password@AWSPENDING",
        "new_fingerprint": "hmac-sha256:0000000000000000",
        "started": "2026-12-04T00:00:00Z",
    });
    env.write(
        ".lavastack/state.json",
        &serde_json::to_string_pretty(&st).unwrap(),
    );
    run(&["rotate", "password", "--abort"]).ok();
    let labels = |d: &aws_sdk_secretsmanager::operation::describe_secret::DescribeSecretOutput| {
        d.version_ids_to_stages()
            .into_iter()
            .flatten()
            .flat_map(|(_, st)| st.clone())
            .collect::<Vec<String>>()
    };
    let d = sm
        .describe_secret()
        .secret_id("lavalink/rot")
        .send()
        .await
        .unwrap();
    assert!(!labels(&d).iter().any(|l| l == "AWSPENDING"), "{d:?}");
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(st.get("rotation").is_none());

    let r = run(&["rotate", "password", "--new-value-file", "secrets/new"]);
    r.ok();
    assert!(
        r.stdout.contains("Rotation complete: 2 node(s) replaced"),
        "{}",
        r.all()
    );
    for v in [old, new] {
        assert!(!r.all().contains(v), "{v} printed: {}", r.all());
    }
    // Named: moto answers an unlabelled read with the first version even after a stage move.
    let cur = sm
        .get_secret_value()
        .secret_id("lavalink/rot")
        .version_stage("AWSCURRENT")
        .send()
        .await
        .unwrap();
    let doc: Value = serde_json::from_str(cur.secret_string().unwrap()).unwrap();
    assert_eq!(doc["password"], new, "{}", r.all());
    assert_eq!(doc["user"], "bot", "the JSON's other keys are kept");
    let prev = sm
        .get_secret_value()
        .secret_id("lavalink/rot")
        .version_stage("AWSPREVIOUS")
        .send()
        .await
        .unwrap();
    assert!(prev.secret_string().unwrap().contains(old));
    let d = sm
        .describe_secret()
        .secret_id("lavalink/rot")
        .send()
        .await
        .unwrap();
    let pending = d
        .version_ids_to_stages()
        .into_iter()
        .flatten()
        .any(|(_, st)| st.iter().any(|s| s == "AWSPENDING"));
    assert!(!pending, "the pending label is gone: {d:?}");
    let state: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(state.get("rotation").is_none());
    run(&["plan", "--detailed-exitcode"]).ok();
    env.assert_not_on_disk(&[old, new], "secrets");
}

/// TLS on aws nodes: the certificate travels in the user data (public), the key in the
/// `tls_key_parameter` SecureString lavastack writes before the launch and the instance reads at
/// first boot; nothing secret is in the user data, the state or the plan. The rendered user
/// data passes `cloud-init schema`.
#[tokio::test(flavor = "multi_thread")]
async fn tls_on_aws_nodes_puts_the_key_in_ssm_and_the_certificate_in_user_data() {
    let m = moto();
    let env = Env::new();
    let mat = crate::tls::openssl_material(&env.path("tls"), "DNS:eu-1.example.test", 30);
    let key_pem = std::fs::read_to_string(&mat.key).unwrap();
    let tls = "tls {\n  cert = \"tls/node.pem\"\n  key  = \"tls/node-key.pem\"\n  ca   = \"tls/ca.pem\"\n}\n";
    let stack = ec2_stack(m.port, &[("eu-1", "eu")], tls);
    // Without a parameter for the key: refused at load, saying why.
    env.write("stack.hcl", &stack);
    run(&env, &["validate"]).fails(1, "needs tls_key_parameter on its provider");
    env.write(
        "stack.hcl",
        &stack.replace(
            "  password_parameter = \"/ec2t/password\"\n",
            "  password_parameter = \"/ec2t/password\"\n  tls_key_parameter = \"/ec2t/tls-key\"\n",
        ),
    );
    run(&env, &["apply", "--auto-approve"]).ok();
    let p = aws_sdk_ssm::Client::new(&sdk(m.port, "eu-west-1").await)
        .get_parameter()
        .name("/ec2t/tls-key")
        .with_decryption(true)
        .send()
        .await
        .unwrap()
        .parameter
        .unwrap();
    assert_eq!(
        p.r#type(),
        Some(&aws_sdk_ssm::types::ParameterType::SecureString)
    );
    assert_eq!(p.value(), Some(key_pem.as_str()));

    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let id = st["nodes"]["eu-1"]["provider_id"]
        .as_str()
        .unwrap()
        .to_string();
    let eu = ec2(m.port, "eu-west-1").await;
    let ud = eu
        .describe_instance_attribute()
        .instance_id(&id)
        .attribute(aws_sdk_ec2::types::InstanceAttributeName::UserData)
        .send()
        .await
        .unwrap();
    use base64::Engine;
    let ud = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(ud.user_data().unwrap().value().unwrap())
            .unwrap(),
    )
    .unwrap();
    let cert_body = std::fs::read_to_string(&mat.cert).unwrap();
    let first_line = cert_body.lines().nth(1).unwrap();
    assert!(
        ud.contains(first_line),
        "the certificate is in the user data:\n{ud}"
    );
    assert!(ud.contains("--name \"/ec2t/tls-key\""), "{ud}");
    assert!(
        ud.contains("certificate-private-key: \"/opt/lavalink/tls-key.pem\""),
        "{ud}"
    );
    for l in key_pem.lines().filter(|l| !l.starts_with("-----")) {
        assert!(!ud.contains(l), "the key is not in the user data");
    }
    let key_body: Vec<&str> = key_pem
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect();
    env.assert_not_on_disk(&key_body, "tls");
    env.write("user-data.yaml", &ud);
    let ci = std::process::Command::new("cloud-init")
        .args(["schema", "--config-file"])
        .arg(env.path("user-data.yaml"))
        .output()
        .unwrap();
    assert!(ci.status.success(), "cloud-init schema: {ci:?}");
    run(&env, &["plan", "--detailed-exitcode"]).ok();
    run(&env, &["destroy", "--auto-approve"]).ok();
}
