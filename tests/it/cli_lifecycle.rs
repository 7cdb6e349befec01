//! plan / apply / destroy / state through the real binary, with static nodes backed by
//! in-process Lavalink emulators on loopback ports.

use crate::common::*;
use serde_json::Value;

fn state(env: &Env) -> Value {
    serde_json::from_str(&env.read(".lavastack/state.json")).expect("state is JSON")
}

#[test]
fn plan_apply_noop_update_replace_delete() {
    let env = Env::new();
    let (a, b, c) = (emulator(), emulator(), emulator());
    env.write(
        "stack.hcl",
        &static_stack("life", &[("n1", a.port, 1), ("n2", b.port, 1)]),
    );

    let r = env.run(&["plan", "--detailed-exitcode"]);
    r.fails(2, "Plan: 2 to add, 0 to change, 0 to destroy.");
    assert!(r.stdout.contains("+ node \"n1\""), "{}", r.stdout);
    assert!(
        !env.path(".lavastack/state.json").exists(),
        "plan writes no state"
    );

    env.run(&["apply", "--auto-approve"])
        .ok()
        .stdout
        .contains("Apply complete! Resources: 2 added, 0 changed, 0 destroyed.")
        .then_some(())
        .expect("apply summary");
    let st = state(&env);
    assert_eq!(st["nodes"]["n1"]["status"], "ready");
    assert_eq!(
        st["nodes"]["n2"]["provider_id"],
        format!("127.0.0.1:{}", b.port)
    );
    let lineage = st["lineage"].as_str().unwrap().to_string();

    env.run(&["plan", "--detailed-exitcode"])
        .ok()
        .stdout
        .contains("No changes.");

    // weight is in-place; port forces replacement; n3 is new.
    env.write(
        "stack.hcl",
        &static_stack("life", &[("n1", a.port, 7), ("n2", c.port, 1)]),
    );
    let r = env.run(&["plan", "--detailed-exitcode"]);
    r.fails(2, "Plan: 1 to add, 1 to change, 1 to destroy.");
    assert!(r.stdout.contains("~ weight = 1 -> 7"), "{}", r.stdout);
    assert!(r.stdout.contains("-/+ node \"n2\""), "{}", r.stdout);
    assert!(r.stdout.contains("# forces replacement"), "{}", r.stdout);
    env.run(&["apply", "--auto-approve"]).ok();
    let st = state(&env);
    assert_eq!(st["lineage"], lineage.as_str(), "lineage fixed at birth");
    assert_eq!(st["nodes"]["n1"]["attributes"]["weight"], 7);
    assert_eq!(st["nodes"]["n2"]["port"], c.port);
    assert!(st.get("deposed").is_none(), "old node removed: {st}");

    // Removing a node from the stack deletes it.
    env.write("stack.hcl", &static_stack("life", &[("n1", a.port, 7)]));
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(state(&env)["nodes"].get("n2").is_none());
    assert!(env.path(".lavastack/state.json.backup").exists());

    let r = env.run(&["destroy", "--auto-approve"]);
    r.ok();
    assert!(r.stdout.contains("1 destroyed"), "{}", r.stdout);
    assert_eq!(state(&env)["nodes"], serde_json::json!({}));
    env.assert_no_secret_on_disk();
}

#[test]
fn json_plan_has_terraform_shape() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("js", &[("n1", a.port, 2)]));
    let r = env.run(&["plan", "--format", "json"]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let rc = &v["resource_changes"][0];
    assert_eq!(rc["address"], "node.n1");
    assert_eq!(rc["change"]["actions"], serde_json::json!(["create"]));
    assert_eq!(rc["change"]["before"], Value::Null);
    assert_eq!(rc["change"]["after"]["weight"], 2);
    assert_eq!(rc["change"]["after_sensitive"]["password"], true);
    assert_eq!(v["summary"]["add"], 1);
    assert!(!r.all().contains(SECRET));
    let md = env.run(&["plan", "--format", "markdown"]);
    assert!(
        md.stdout.contains("| ➕ | `n1` | create | home / a |"),
        "{}",
        md.stdout
    );
}

#[test]
fn plans_are_deterministic() {
    let env = Env::new();
    let nodes: Vec<(String, u16, u32)> = (0..30)
        .map(|i| (format!("n{i}"), 20000 + i, 1 + i as u32 % 5))
        .collect();
    let refs: Vec<(&str, u16, u32)> = nodes.iter().map(|(n, p, w)| (n.as_str(), *p, *w)).collect();
    env.write("stack.hcl", &static_stack("det", &refs));
    let one = env.run(&["plan", "--format", "json"]);
    let two = env.run(&["plan", "--format", "json"]);
    assert_eq!(one.stdout, two.stdout);
    env.run(&["plan", "--out", "a.plan"]).ok();
    env.run(&["plan", "--out", "b.plan"]).ok();
    assert_eq!(env.read("a.plan"), env.read("b.plan"));
}

#[test]
fn saved_plans_refuse_stale_foreign_and_truncated() {
    let env = Env::new();
    let (a, b) = (emulator(), emulator());
    env.write("stack.hcl", &static_stack("saved", &[("n1", a.port, 1)]));
    env.run(&["plan", "--out", "first.plan"]).ok();
    env.run(&["plan", "--out", "second.plan"]).ok();
    env.run(&["apply", "first.plan"]).ok();
    env.run(&["apply", "second.plan"])
        .fails(1, "saved plan is stale");

    let full = env.read("first.plan");
    env.write("cut.plan", &full[..full.len() / 2]);
    env.run(&["apply", "cut.plan"])
        .fails(1, "truncated or corrupt");
    env.write(
        "edited.plan",
        &full.replace("\"weight\": 1", "\"weight\": 9"),
    );
    env.run(&["apply", "edited.plan"])
        .fails(1, "checksum mismatch");

    // A plan from another stack is refused by name.
    let other = Env::new();
    other.write("stack.hcl", &static_stack("other", &[("n1", b.port, 1)]));
    other.run(&["plan", "--out", "o.plan"]).ok();
    std::fs::copy(other.path("o.plan"), env.path("o.plan")).unwrap();
    env.run(&["apply", "o.plan"])
        .fails(1, "was made for stack \"other\"");

    // Same stack name, other state lineage: foreign.
    env.write("stack.hcl", &static_stack("saved", &[("n1", a.port, 3)]));
    env.run(&["plan", "--out", "third.plan"]).ok();
    std::fs::remove_file(env.path(".lavastack/state.json")).unwrap();
    std::fs::remove_file(env.path(".lavastack/state.json.backup")).ok();
    env.run(&["apply", "--auto-approve"]).ok();
    env.run(&["apply", "third.plan"])
        .fails(1, "does not match the state");

    // A plan of a stack file elsewhere applies without --stack: it names its stack file.
    std::fs::create_dir_all(env.path("stacks")).unwrap();
    std::fs::rename(env.path("stack.hcl"), env.path("stacks/main.hcl")).unwrap();
    env.write(
        "stacks/main.hcl",
        &env.read("stacks/main.hcl")
            .replace("weight = 3", "weight = 4"),
    );
    env.run(&["plan", "--stack", "stacks/main.hcl", "--out", "moved.plan"])
        .ok();
    // From another directory too (the plan also records the absolute path).
    std::fs::create_dir_all(env.path("elsewhere")).unwrap();
    let plan_path = env.path("moved.plan").display().to_string();
    Run::from(
        env.cmd(&["apply", &plan_path])
            .current_dir(env.path("elsewhere"))
            .output()
            .unwrap(),
    )
    .ok();
    env.run(&["plan", "--stack", "stacks/main.hcl", "--detailed-exitcode"])
        .ok();
    env.assert_no_secret_on_disk();
}

#[test]
fn saved_plan_refuses_changed_password() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("pw", &[("n1", a.port, 1)]));
    env.run(&["plan", "--out", "p.plan"]).ok();
    let r = env
        .cmd(&["apply", "p.plan"])
        .env("LAVASTACK_VAR_password", "another-password")
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("password for node n1 differs"));
    assert!(
        !env.path(".lavastack/state.json").exists(),
        "nothing applied"
    );
}

#[test]
fn corrupt_and_newer_state_are_refused_without_damage() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("corrupt", &[("n1", a.port, 1)]));
    env.run(&["apply", "--auto-approve"]).ok();
    env.write("stack.hcl", &static_stack("corrupt", &[("n1", a.port, 2)]));
    env.run(&["apply", "--auto-approve"]).ok(); // makes the backup
    let good = env.read(".lavastack/state.json");
    let cut = &good[..good.len() / 3];
    env.write(".lavastack/state.json", cut);
    for args in [
        &["plan"][..],
        &["apply", "--auto-approve"],
        &["state", "list"],
    ] {
        let r = env.run(args);
        r.fails(1, "is corrupt or truncated");
        assert!(
            r.stderr.contains("state.json.backup"),
            "points at the backup: {}",
            r.stderr
        );
    }
    assert_eq!(
        env.read(".lavastack/state.json"),
        cut,
        "corrupt state left untouched"
    );

    env.write(
        ".lavastack/state.json",
        &good.replace("\"version\": 1", "\"version\": 7"),
    );
    env.run(&["plan"])
        .fails(1, "format version 7, newer than this lavastack understands");
    env.write(".lavastack/state.json", "");
    env.run(&["plan"])
        .fails(1, "is corrupt or truncated: it is empty");
}

#[test]
fn state_of_another_stack_is_refused() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("one", &[("n1", a.port, 1)]));
    env.run(&["apply", "--auto-approve"]).ok();
    env.write("stack.hcl", &static_stack("two", &[("n1", a.port, 1)]));
    env.run(&["plan"])
        .fails(1, "state belongs to stack \"one\", not \"two\"");
}

#[test]
fn failure_midway_keeps_what_was_done() {
    let env = Env::new();
    let a = emulator();
    let dead = dead_port();
    env.write(
        "stack.hcl",
        &static_stack("mid", &[("good", a.port, 1), ("bad", dead, 1)]),
    );
    let r = env.run(&["apply", "--auto-approve"]);
    // The one failure is an unreachable node: exit 5.
    r.fails(5, "node.bad");
    assert!(r.all().contains("is not reachable"), "{}", r.all());
    let st = state(&env);
    assert_eq!(st["nodes"]["good"]["status"], "ready");
    assert_eq!(st["nodes"]["bad"]["status"], "failed");
    let r = env.run(&["plan"]);
    assert!(
        r.stdout
            .contains("node.bad must be replaced (its last apply did not finish (status failed))"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("node.good"), "{}", r.stdout);
    assert!(
        r.all().contains("Warning: node bad is unreachable"),
        "{}",
        r.all()
    );
}

#[test]
fn two_applies_at_once_are_refused_with_the_holder() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("lock", &[("n1", a.port, 1)]));
    // The first apply holds the lock while it waits at the confirmation prompt.
    let mut first = env
        .cmd(&["apply"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let info = env.path(".lavastack/state.json.lock.info");
    for _ in 0..200 {
        if info.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(info.exists(), "first apply took the lock");
    let r = env.run(&["apply", "--auto-approve"]);
    r.fails(1, "state is locked");
    assert!(r.stderr.contains("Operation: apply"), "{}", r.stderr);
    assert!(r.stderr.contains("--lock-timeout"), "{}", r.stderr);
    let waited = env.run(&["plan", "--lock-timeout", "300ms"]);
    waited.fails(1, "state is locked (waited 300ms)");
    // Having waited, the advice is to wait longer, not to discover the flag.
    assert!(
        waited
            .stderr
            .contains("a --lock-timeout longer than 300ms waits longer"),
        "{}",
        waited.stderr
    );
    let id: Value = serde_json::from_str(&std::fs::read_to_string(&info).unwrap()).unwrap();
    let id = id["ID"].as_str().unwrap().to_string();
    env.run(&["state", "force-unlock", &id])
        .fails(1, "held by a running process");
    env.run(&["state", "force-unlock", "nope"])
        .fails(1, "no lock with ID nope");

    // Answer "no": nothing is applied and the lock is released.
    use std::io::Write;
    first.stdin.take().unwrap().write_all(b"no\n").unwrap();
    let out = first.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!env.path(".lavastack/state.json").exists());
    env.run(&["apply", "--auto-approve"]).ok();
}

#[test]
fn state_list_and_show() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("show", &[("n1", a.port, 4)]));
    env.run(&["state", "list"])
        .ok()
        .stdout
        .contains("No nodes recorded");
    env.run(&["apply", "--auto-approve"]).ok();
    let r = env.run(&["state", "list"]);
    assert!(
        r.stdout.contains("node.n1") && r.stdout.contains("ready"),
        "{}",
        r.stdout
    );
    let r = env.run(&["state", "show", "n1"]);
    assert!(
        r.stdout.contains("weight") && r.stdout.contains("(sensitive value)"),
        "{}",
        r.stdout
    );
    env.run(&["state", "show", "n2"])
        .fails(1, "did you mean \"n1\"?");
    let j = env.run(&["state", "show", "n1", "--format", "json"]);
    let v: Value = serde_json::from_str(&j.stdout).unwrap();
    assert_eq!(v["attributes"]["weight"], 4);
    assert!(v["attributes"]["password"]
        .as_str()
        .unwrap()
        .starts_with("hmac-sha256:"));
}

/// The fingerprint earlier builds recorded: one SHA-256 of the password salted with the public
/// stack name, which a reader of a plan could test any guess against.
fn unkeyed(stack: &str, password: &str) -> String {
    use sha2::Digest;
    let d = sha2::Sha256::digest(format!("lavastack-secret:{stack}:{password}").as_bytes());
    format!("sha256:{}", &hex::encode(d)[..16])
}

#[test]
fn password_fingerprints_are_keyed_and_tell_a_plan_reader_nothing() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("fp", &[("n1", a.port, 1)]));
    let r = env.run(&["plan", "--format", "json"]);
    r.ok();
    let plan: Value = serde_json::from_str(&r.stdout).unwrap();
    let fp = plan["resource_changes"][0]["change"]["after"]["password"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(fp.starts_with("hmac-sha256:"), "{}", r.stdout);
    // A guess hashed the old way (the one-hash attack) matches nothing in the plan.
    assert!(
        !r.stdout.contains(&unkeyed("fp", SECRET)[7..]),
        "{}",
        r.stdout
    );
    // The key lives beside the state, readable by its owner only, and is not in the plan.
    let key_path = env.path(".lavastack/state.json.key");
    let key = env.read(".lavastack/state.json.key");
    assert_eq!(key.trim().len(), 64, "{key:?}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&key_path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(!r.stdout.contains(key.trim()));
    // The same password under another key (another state) has another fingerprint.
    let other = Env::new();
    other.write("stack.hcl", &static_stack("fp", &[("n1", a.port, 1)]));
    let r2 = other.run(&["plan", "--format", "json"]);
    let plan2: Value = serde_json::from_str(&r2.stdout).unwrap();
    assert_ne!(
        plan2["resource_changes"][0]["change"]["after"]["password"],
        fp.as_str()
    );
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(!env.read(".lavastack/state.json").contains(key.trim()));
    assert_eq!(
        state(&env)["nodes"]["n1"]["attributes"]["password"],
        fp.as_str()
    );
    // A key that is not a key is refused with its path, never silently replaced.
    env.write(".lavastack/state.json.key", "not a key\n");
    env.run(&["plan"]).fails(1, "state.json.key is unusable");
    assert_eq!(env.read(".lavastack/state.json.key"), "not a key\n");
}

#[test]
fn a_state_with_unkeyed_fingerprints_upgrades_without_changing_a_node() {
    let env = Env::new();
    let (a, b) = (emulator(), emulator());
    env.write(
        "stack.hcl",
        &static_stack("up", &[("n1", a.port, 1), ("n2", b.port, 1)]),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    // Rewrite the state as an earlier build left it: unkeyed fingerprints, no key file. n2's
    // is of a password that is no longer the stack's.
    let mut st = state(&env);
    for (node, pw) in [("n1", SECRET), ("n2", "the-old-password")] {
        let rec = &mut st["nodes"][node];
        rec["attributes"]["password"] = Value::from(unkeyed("up", pw));
        let attrs = serde_json::to_vec(&rec["attributes"]).unwrap();
        use sha2::Digest;
        rec["attributes_hash"] = Value::from(hex::encode(&sha2::Sha256::digest(&attrs)[..12]));
    }
    env.write(
        ".lavastack/state.json",
        &serde_json::to_string_pretty(&st).unwrap(),
    );
    std::fs::remove_file(env.path(".lavastack/state.json.key")).unwrap();
    let r = env.run(&["plan", "--format", "json"]);
    r.ok();
    let plan: Value = serde_json::from_str(&r.stdout).unwrap();
    let actions: Vec<(String, Value)> = plan["resource_changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["address"].as_str().unwrap_or_default().to_string(),
                c["change"]["actions"].clone(),
            )
        })
        .collect();
    assert!(
        actions.contains(&("node.n1".into(), serde_json::json!(["no-op"]))),
        "the unchanged password changes nothing: {actions:?}"
    );
    assert!(
        actions
            .iter()
            .any(|(a, act)| a == "node.n2" && act != &serde_json::json!(["no-op"])),
        "the changed password is a change: {actions:?}"
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let st = state(&env);
    for node in ["n1", "n2"] {
        let fp = st["nodes"][node]["attributes"]["password"]
            .as_str()
            .unwrap_or_default();
        assert!(fp.starts_with("hmac-sha256:"), "{node}: {fp}");
    }
    env.run(&["plan", "--detailed-exitcode"]).ok();
}

#[test]
fn apply_json_events() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("ev", &[("n1", a.port, 1)]));
    let r = env.run(&["apply", "--auto-approve", "--format", "json"]);
    r.ok();
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["type"], "start");
    assert_eq!(lines[1]["type"], "done");
    assert_eq!(lines.last().unwrap()["report"]["added"], 1);
}

#[test]
fn no_log_level_prints_the_password() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("logs", &[("n1", a.port, 1)]));
    // apply probes the node over REST and WebSocket with the password in a header. Every
    // form RUST_LOG can take that reaches trace level: plain, numeric, per crate, per span.
    let forms = [
        "trace",
        "5",
        "hyper=trace,tungstenite=trace,tokio_tungstenite=trace,lavastack=trace",
        "warn,hyper_util=trace,russh=trace,lavastack=debug",
        "[probe]=trace,trace",
        "TRACE",
    ];
    for form in forms {
        let mut logged = false;
        for args in [&["apply", "--auto-approve"][..], &["status"][..]] {
            let o = env.cmd(args).env("RUST_LOG", form).output().unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            );
            assert!(o.status.success(), "{all}");
            logged |= all.contains("TRACE") || all.contains("DEBUG");
            assert!(
                !all.contains(SECRET),
                "{args:?} with RUST_LOG={form} printed the password:\n{all}"
            );
        }
        // A global level that reaches trace really turns logging on (so the check above
        // looked at a verbose run); per-crate forms may log nothing once capped.
        if !form.contains('=') {
            assert!(logged, "RUST_LOG={form} logged nothing at debug or trace");
        }
    }
}

/// Every JSON pointer under `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                pointers(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn mutate(body: &mut Value, rng: &mut Rng) {
    let mut ptrs = Vec::new();
    pointers(&body["plan"], "/plan".into(), &mut ptrs);
    // Half the time, a field that steers apply: what to do, to which node, through which
    // provider (random pointers mostly land in diffs and attributes).
    let n_changes = body["plan"]["changes"].as_array().map_or(0, |a| a.len());
    let ptr = if rng.index(2) == 0 && n_changes > 0 {
        let fields = [
            "action",
            "desired",
            "provider",
            "name",
            "address",
            "orphan",
            "deposed",
            "token",
            "adopt",
            "desired/provider",
            "desired/name",
            "desired/provider_kind",
            "desired/pool",
        ];
        format!(
            "/plan/changes/{}/{}",
            rng.index(n_changes),
            fields[rng.index(fields.len())]
        )
    } else {
        ptrs[rng.index(ptrs.len())].clone()
    };
    let words = [
        "create",
        "update",
        "replace",
        "delete",
        "no-op",
        "static.lan",
        "local.dev",
        "aws.x",
        "n1",
        "n2",
        "node.n1",
        "node.zz",
        "",
        "../../etc/passwd",
        "static",
        "local",
        "aws",
    ];
    let replacement = match rng.index(9) {
        0 => Value::Null,
        1 => Value::from(words[rng.index(words.len())]),
        2 => Value::from(-1),
        3 => Value::from(u64::MAX),
        4 => Value::from(1.5),
        5 => Value::from(true),
        6 => serde_json::json!([]),
        7 => serde_json::json!({}),
        _ => Value::from("x".repeat(100_000)),
    };
    let (parent_ptr, key) = ptr.rsplit_once('/').unwrap();
    match (rng.index(4), body.pointer_mut(parent_ptr)) {
        // Remove the field or element.
        (0, Some(Value::Object(m))) => {
            m.remove(&key.replace("~1", "/").replace("~0", "~"));
        }
        (0, Some(Value::Array(a))) => {
            if let Ok(i) = key.parse::<usize>() {
                if i < a.len() {
                    a.remove(i);
                }
            }
        }
        // Duplicate an element of a list (two changes for one node).
        (1, Some(Value::Array(a))) => {
            if let Some(x) = key.parse::<usize>().ok().and_then(|i| a.get(i).cloned()) {
                a.push(x);
            }
        }
        _ => {
            if let Some(slot) = body.pointer_mut(&ptr) {
                *slot = replacement;
            }
        }
    }
}

#[test]
fn a_mutated_saved_plan_with_a_good_checksum_never_crashes_apply() {
    use sha2::Digest;
    let env = Env::new();
    let (a, b) = (emulator(), emulator());
    env.write(
        "stack.hcl",
        &static_stack("fuzz", &[("n1", a.port, 1), ("n2", b.port, 2)]),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    // A plan with an update, a create and a delete in it.
    env.write(
        "stack.hcl",
        &static_stack("fuzz", &[("n1", a.port, 5), ("n3", b.port, 1)]),
    );
    env.run(&["plan", "--out", "good.plan"]).ok();
    let good: Value = serde_json::from_str(&env.read("good.plan")).unwrap();
    let state = env.read(".lavastack/state.json");
    let mut rng = Rng::new(5);
    let (mut applied, mut refused) = (0, 0);
    for round in 0..120 {
        let mut envelope = good.clone();
        for _ in 0..=rng.index(3) {
            mutate(&mut envelope["body"], &mut rng);
        }
        let canonical = serde_json::to_vec(&envelope["body"]).unwrap();
        envelope["sha256"] = Value::from(hex::encode(sha2::Sha256::digest(&canonical)));
        env.write("m.plan", &envelope.to_string());
        let r = run_within(
            env.cmd(&["apply", "m.plan"]),
            std::time::Duration::from_secs(30),
        );
        assert!(
            // 4/5: every failed step was refused credentials or an unreachable node (a mutated
            // port), the exit codes the README documents.
            !r.stderr.contains("panicked") && matches!(r.code, 0 | 1 | 4 | 5),
            "round {round}: exit {}\n{}\nplan body: {}",
            r.code,
            r.all(),
            &envelope["body"].to_string()[..2000.min(envelope["body"].to_string().len())]
        );
        if r.code == 0 {
            applied += 1;
        } else {
            assert!(r.stderr.contains("error"), "round {round}: {}", r.all());
            refused += 1;
        }
        // Each round starts from the state the plan was made against.
        env.write(".lavastack/state.json", &state);
        env.run(&["state", "list"]).ok();
    }
    eprintln!("mutated plans: {applied} applied, {refused} refused with an error");
}

#[test]
fn special_file_states_and_plans_are_refused_without_hanging() {
    let env = Env::new();
    let a = emulator();
    env.write("stack.hcl", &static_stack("special", &[("n1", a.port, 1)]));
    let limit = std::time::Duration::from_secs(20);
    std::fs::create_dir_all(env.path(".lavastack")).unwrap();
    let state = env.path(".lavastack/state.json");
    let c = std::ffi::CString::new(state.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    run_within(env.cmd(&["plan"]), limit).fails(1, "it is a FIFO, not a regular file");
    run_within(env.cmd(&["state", "list"]), limit).fails(1, "it is a FIFO");
    std::fs::remove_file(&state).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &state).unwrap();
    run_within(env.cmd(&["plan"]), limit).fails(1, "it is a device, not a regular file");
    std::fs::remove_file(&state).unwrap();
    // A saved plan that is a device is refused the same way.
    std::os::unix::fs::symlink("/dev/zero", env.path("z.plan")).unwrap();
    run_within(env.cmd(&["apply", "z.plan"]), limit).fails(1, "it is a device");
    env.run(&["apply", "--auto-approve"]).ok();
}

/// `rotate password` refuses what it cannot finish, before staging anything: a password that
/// is not from a file or Secrets Manager, a new value equal to the current one, a new-value
/// file that is no regular file, and nodes on a static provider (whose password someone else
/// sets). State gains no rotation and nothing is staged.
#[test]
fn rotate_password_refuses_what_it_cannot_finish_before_staging() {
    let env = Env::new();
    let node = emulator();
    env.write("pw", &format!("{SECRET}\n"));
    let stack = static_stack("rot", &[("a", node.port, 1)]);
    env.write("stack.hcl", &stack);
    // No state yet: refused, and nothing is made (no lock, no fingerprint key, no state dir).
    let from_file0 = stack.replace("password = var.password", "password = secret(\"file:pw\")");
    env.write("stack.hcl", &from_file0);
    env.write("new0", "another-password-0\n");
    env.run(&["rotate", "password", "--new-value-file", "new0"])
        .fails(1, "the state records no nodes yet");
    env.run(&["rotate", "password", "--abort"])
        .fails(1, "no password rotation is under way");
    assert!(
        !env.path(".lavastack").exists(),
        "a refused rotation made files"
    );
    env.write("stack.hcl", &stack);
    env.run(&["apply", "--auto-approve"]).ok();
    // From a variable: nowhere to stage a new value.
    env.write("new", "another-password-42\n");
    env.run(&["rotate", "password", "--new-value-file", "new"])
        .fails(
            1,
            "does not come from secret(\"file:...\") or secret(\"aws_sm:...\")",
        );
    let from_file = stack.replace("password = var.password", "password = secret(\"file:pw\")");
    env.write("stack.hcl", &from_file);
    env.write("same", &format!("{SECRET}\n"));
    env.run(&["rotate", "password", "--new-value-file", "same"])
        .fails(1, "the new password is the current one");
    env.run(&["rotate", "password", "--new-value-file", "new"])
        .fails(
            1,
            "a run on static providers, whose password lavastack cannot change",
        );
    env.run(&["rotate", "password", "--new-value-file", "."])
        .fails(1, "--new-value-file");
    env.run(&["rotate", "password", "--new-value-file", "/dev/zero"])
        .fails(1, "--new-value-file");
    let state: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(state.get("rotation").is_none(), "{state}");
    assert!(!env.path("pw.pending").exists());
    env.assert_not_on_disk(&["another-password-42"], "new");
}

/// While a rotation is recorded, no other plan may run (it would move rotated nodes back);
/// `rotate password --abort` drops it while no node has moved, and a new value that no client
/// could send in a header (a newline) is refused before anything is staged.
#[test]
fn a_rotation_under_way_blocks_other_plans_until_finished_or_aborted() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write("pw", "first-password-123\n");
    env.write(
        "stack.hcl",
        r#"stack "rab" { password = secret("file:pw") }
provider "local" "dev" {}
region "eu" { provider = "local.dev" }
node "a" { region = "eu" }
"#,
    );
    env.run(&["apply", "--auto-approve"]).ok();
    env.write("nl", "line-one\nline-two\n");
    env.run(&["rotate", "password", "--new-value-file", "nl"])
        .fails(1, "a byte an HTTP header cannot carry");
    assert!(!env.path("pw.pending").exists());
    env.run(&["rotate", "password", "--abort"])
        .fails(1, "no password rotation is under way");

    // A rotation recorded (as a crash right after staging leaves it).
    let pending = std::fs::canonicalize(env.path("pw"))
        .unwrap()
        .display()
        .to_string()
        + ".pending";
    std::fs::write(&pending, "second-password-456\n").unwrap();
    record_rotation(&env, "r1", &pending);
    env.run(&["plan"])
        .fails(1, "a password rotation is under way");
    env.run(&["apply", "--auto-approve"])
        .fails(1, "a password rotation is under way");
    // One run at a time: a live runner on this host refuses a second run; one recorded on
    // another host needs --take-over (which then goes on to check the staged value).
    let host = std::process::Command::new("hostname").output().unwrap();
    let me = format!(
        "{}@{}",
        std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".into()),
        String::from_utf8_lossy(&host.stdout).trim()
    );
    let with_runner = |who: &str, pid: u32| {
        let mut st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
        st["rotation"]["runner"] = serde_json::json!({"who": who, "pid": pid});
        env.write(
            ".lavastack/state.json",
            &serde_json::to_string_pretty(&st).unwrap(),
        );
    };
    with_runner(&me, std::process::id());
    env.run(&["rotate", "password"]).fails(
        1,
        &format!("(pid {}) is running this rotation", std::process::id()),
    );
    with_runner("ops@elsewhere", 4242);
    env.run(&["rotate", "password"])
        .fails(1, "run again with --take-over");
    env.run(&["rotate", "password", "--take-over"])
        .fails(1, "is not the one this rotation started with");
    env.run(&["rotate", "password", "--abort"]).ok();
    assert!(!std::path::Path::new(&pending).exists());
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(st.get("rotation").is_none(), "{st}");
    env.run(&["plan", "--detailed-exitcode"]).ok();
    assert_eq!(env.read("pw"), "first-password-123\n");

    // Destroy may run mid-rotation: with the nodes gone, the staged value is dropped and the
    // rotation leaves the state; the current value stays where it is read.
    std::fs::write(&pending, "third-password-789\n").unwrap();
    record_rotation(&env, "r2", &pending);
    env.run(&["destroy", "--auto-approve"]).ok();
    assert!(!std::path::Path::new(&pending).exists());
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    assert!(st.get("rotation").is_none(), "{st}");
    assert_eq!(st["nodes"].as_object().map(|o| o.len()), Some(0), "{st}");
    assert_eq!(env.read("pw"), "first-password-123\n");
}

/// Writes a rotation under way into the stack's state, staged at `pending` (a file source).
fn record_rotation(env: &Env, id: &str, pending: &str) {
    let mut st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    st["rotation"] = serde_json::json!({
        "id": id,
        "source": format!("file:{}", env.path("pw").display()),
        "pending": format!("file:{pending}"),
        "new_fingerprint": "hmac-sha256:0000000000000000",
        "started": "2026-12-04T00:00:00Z",
    });
    env.write(
        ".lavastack/state.json",
        &serde_json::to_string_pretty(&st).unwrap(),
    );
}
