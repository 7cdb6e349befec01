//! The S3 state backend against moto's S3 server (started per test on a free loopback port):
//! the shared backend conformance test, ten applies at once, a killed lock holder, a corrupt
//! state object with rollback, and migrating local state into S3.

use crate::common::*;
use serde_json::Value;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

async fn client(port: u16) -> aws_sdk_s3::Client {
    aws_env();
    let conf = aws_config::defaults(aws_config::BehaviorVersion::latest())
        .region(aws_config::Region::new("us-east-1"))
        .endpoint_url(format!("http://127.0.0.1:{port}"))
        .load()
        .await;
    aws_sdk_s3::Client::from_conf(
        aws_sdk_s3::config::Builder::from(&conf)
            .force_path_style(true)
            .build(),
    )
}

async fn bucket(port: u16, name: &str) -> aws_sdk_s3::Client {
    let c = client(port).await;
    c.create_bucket()
        .bucket(name)
        .send()
        .await
        .expect("create bucket");
    c
}

fn s3_stack(port: u16, emu: u16, weight: &str) -> String {
    let mut s = static_stack("shared", &[("n1", emu, 1)]);
    s = s.replace("weight = 1", &format!("weight = {weight}"));
    s.push_str(&format!(
        "state \"s3\" {{\n  bucket   = \"lavastack\"\n  key      = \"prod/state.json\"\n  region   = \"us-east-1\"\n  endpoint = \"http://127.0.0.1:{port}\"\n}}\nvariable \"w\" {{\n  type    = number\n  default = 1\n}}\n"
    ));
    s
}

fn run(env: &Env, args: &[&str]) -> (i32, String) {
    let o = aws_cmd(env, args).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

async fn remote_state(c: &aws_sdk_s3::Client) -> Value {
    let o = c
        .get_object()
        .bucket("lavastack")
        .key("prod/state.json")
        .send()
        .await
        .unwrap();
    serde_json::from_slice(&o.body.collect().await.unwrap().into_bytes()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn s3_backend_passes_conformance() {
    let m = moto();
    bucket(m.port, "conf").await;
    let b = lavastack::state::s3::S3Backend::new(
        "conf",
        "a/state.json",
        Some("us-east-1"),
        Some(&format!("http://127.0.0.1:{}", m.port)),
    )
    .await;
    lavastack::state::conformance::run(&b).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn ten_applies_at_once_never_lose_an_update() {
    let m = moto();
    let c = bucket(m.port, "lavastack").await;
    let emu = emulator();
    let env = Env::new();
    env.write("stack.hcl", &s3_stack(m.port, emu.port, "var.w"));
    let (code, out) = run(&env, &["apply", "--auto-approve"]);
    assert_eq!(code, 0, "{out}");
    let s0 = remote_state(&c).await["serial"].as_u64().unwrap();

    // Ten applies with a lock timeout: they queue on the lock object.
    let children: Vec<Child> = (0..10)
        .map(|i| {
            aws_cmd(
                &env,
                &[
                    "apply",
                    "--auto-approve",
                    "--lock-timeout",
                    "120s",
                    "--var",
                    &format!("w={}", i + 2),
                ],
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    let outs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let ok = outs.iter().filter(|o| o.status.success()).count();
    // On S3 the lock object's If-None-Match makes exactly one holder. moto checks and writes
    // without a lock of its own, so under load two applies can both "win" the lock there; the
    // second line of defence must then hold: the writes are conditional on the ETag read, so
    // the loser stops with nothing overwritten. Either way no update is lost (serial below).
    for o in outs.iter().filter(|o| !o.status.success()) {
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("was changed by someone else since it was read; nothing was overwritten"),
            "{err}"
        );
    }
    assert!(ok >= 1, "at least one apply succeeds");
    let st = remote_state(&c).await;
    assert_eq!(
        st["serial"].as_u64().unwrap(),
        s0 + ok as u64,
        "one write per apply, none lost: {st}"
    );
    // Every version written was kept (one per apply that won; a loser wrote nothing).
    let listed = c
        .list_objects_v2()
        .bucket("lavastack")
        .prefix("prod/state.json.history/")
        .send()
        .await
        .unwrap();
    assert!(
        listed.contents().len() as u64 >= s0 + ok as u64,
        "{} versions kept for {ok} winning applies after serial {s0}",
        listed.contents().len()
    );

    // Without a timeout, losers fail at once and name the holder; still nothing is lost.
    let before = st["serial"].as_u64().unwrap();
    let children: Vec<Child> = (0..10)
        .map(|i| {
            aws_cmd(
                &env,
                &["apply", "--auto-approve", "--var", &format!("w={}", i + 20)],
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    let outs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let ok = outs.iter().filter(|o| o.status.success()).count() as u64;
    assert!(ok >= 1);
    for o in outs.iter().filter(|o| !o.status.success()) {
        let e = String::from_utf8_lossy(&o.stderr);
        // The same moto race as above can let two take the lock; the loser of the write then
        // stops on the ETag check instead of on the lock.
        assert!(
            (e.contains("state is locked") && e.contains("Who:"))
                || e.contains(
                    "was changed by someone else since it was read; nothing was overwritten"
                ),
            "{e}"
        );
    }
    assert_eq!(
        remote_state(&c).await["serial"].as_u64().unwrap(),
        before + ok
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_lock_holder_leaves_a_lock_force_unlock_clears() {
    let m = moto();
    bucket(m.port, "lavastack").await;
    let emu = emulator();
    let env = Env::new();
    env.write("stack.hcl", &s3_stack(m.port, emu.port, "1"));
    let mut holder = aws_cmd(&env, &["apply"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let c = client(m.port).await;
    let t = Instant::now();
    while c
        .head_object()
        .bucket("lavastack")
        .key("prod/state.json.lock")
        .send()
        .await
        .is_err()
    {
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "the apply never took the lock"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    holder.kill().unwrap();
    let _ = holder.wait();
    let (code, out) = run(&env, &["plan"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("state is locked") && out.contains("Operation: apply"),
        "{out}"
    );
    let id = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("ID:").map(|s| s.trim().to_string()))
        .unwrap();
    let (code, out) = run(&env, &["state", "force-unlock", "wrong-id"]);
    assert_eq!(code, 1, "{out}");
    let (code, out) = run(&env, &["state", "force-unlock", &id]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = run(&env, &["apply", "--auto-approve"]);
    assert_eq!(code, 0, "{out}");
}

#[tokio::test(flavor = "multi_thread")]
async fn corrupt_state_object_names_the_last_good_version_and_rolls_back() {
    let m = moto();
    let c = bucket(m.port, "lavastack").await;
    let emu = emulator();
    let env = Env::new();
    env.write("stack.hcl", &s3_stack(m.port, emu.port, "var.w"));
    assert_eq!(run(&env, &["apply", "--auto-approve"]).0, 0);
    assert_eq!(run(&env, &["apply", "--auto-approve", "--var", "w=7"]).0, 0);
    let good = remote_state(&c).await;
    c.put_object()
        .bucket("lavastack")
        .key("prod/state.json")
        .body(aws_sdk_s3::primitives::ByteStream::from_static(
            b"{\"version\": 1, \"lin",
        ))
        .send()
        .await
        .unwrap();
    let (code, out) = run(&env, &["plan"]);
    assert_eq!(code, 1);
    assert!(out.contains("is corrupt or truncated"), "{out}");
    assert!(
        out.contains("s3://lavastack/prod/state.json.history/"),
        "names the last good version: {out}"
    );
    let (code, out) = run(&env, &["state", "rollback"]);
    assert_eq!(code, 0, "{out}");
    let back = remote_state(&c).await;
    assert_eq!(back["nodes"], good["nodes"]);
    assert!(
        back["serial"].as_u64() > good["serial"].as_u64(),
        "rollback is a new version"
    );
    let (code, out) = run(&env, &["plan", "--detailed-exitcode", "--var", "w=7"]);
    assert_eq!(code, 0, "{out}");
    env.assert_no_secret_on_disk();
    let raw = serde_json::to_string(&back).unwrap();
    assert!(!raw.contains(SECRET));
}

#[tokio::test(flavor = "multi_thread")]
async fn migrate_local_state_into_s3() {
    let m = moto();
    let c = bucket(m.port, "lavastack").await;
    let emu = emulator();
    let env = Env::new();
    env.write("stack.hcl", &static_stack("shared", &[("n1", emu.port, 1)]));
    assert_eq!(env.run(&["apply", "--auto-approve"]).code, 0);
    let local: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    env.write("stack.hcl", &s3_stack(m.port, emu.port, "1"));
    let (code, out) = run(
        &env,
        &["state", "migrate", "--from", ".lavastack/state.json"],
    );
    assert_eq!(code, 0, "{out}");
    let remote = remote_state(&c).await;
    assert_eq!(remote["lineage"], local["lineage"]);
    let (code, out) = run(&env, &["plan", "--detailed-exitcode"]);
    assert_eq!(code, 0, "nothing to do after the move: {out}");
    let (code, out) = run(
        &env,
        &["state", "migrate", "--from", ".lavastack/state.json"],
    );
    assert_eq!(code, 1);
    assert!(out.contains("already holds state"), "{out}");
}
