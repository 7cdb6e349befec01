//! The local provider end to end: real `lavastack emulate` processes planned, applied,
//! probed, killed, recreated and destroyed through the CLI, and its bad-input cases.

use crate::common::*;
use serde_json::Value;
use std::time::{Duration, Instant};

fn pid_alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| !s.rsplit_once(')').unwrap().1.trim_start().starts_with('Z'))
        .unwrap_or(false)
}

fn local_stack() -> String {
    let s =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/stacks/local.hcl")).unwrap();
    s.replace("default   = \"youshallnotpass\"", "")
}

fn state(env: &Env) -> Value {
    serde_json::from_str(&env.read(".lavastack/state.json")).unwrap()
}

#[test]
fn example_cluster_comes_up_heals_and_goes_away() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write(
        "stack.hcl",
        &local_stack()
            .replace("var.lavalink_password", "var.password")
            .replace("variable \"lavalink_password\"", "variable \"password\""),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let st = state(&env);
    let pids: Vec<i32> = ["eu-1", "eu-2", "us-1"]
        .iter()
        .map(|n| {
            st["nodes"][n]["provider_id"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    assert!(pids.iter().all(|p| pid_alive(*p)));
    // Each node has its own directory with the rendered application.yml, owner-only.
    let yml = env.path(".lavastack/local/eu-1/application.yml");
    let meta = std::fs::metadata(&yml).unwrap();
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert!(std::fs::read_to_string(&yml)
        .unwrap()
        .contains(&format!("port: {}", st["nodes"]["eu-1"]["port"])));

    let s = env.run(&["status", "--format", "json", "--check"]);
    s.ok();
    let v: Value = serde_json::from_str(&s.stdout).unwrap();
    assert_eq!(v["healthy"], true, "{}", s.stdout);
    for n in v["nodes"].as_array().unwrap() {
        assert_eq!(n["health"]["version"], "4.0.8");
        assert_eq!(n["health"]["players"], 0);
    }
    let text = env.run(&["status"]);
    assert!(
        text.stdout.contains("eu-2") && text.stdout.contains("healthy"),
        "{}",
        text.stdout
    );

    // A stopped node (SIGSTOP) is reported by the plan, not taken for a running one.
    unsafe { libc::kill(-pids[0], libc::SIGSTOP) };
    let p = env.run(&["plan"]);
    unsafe { libc::kill(-pids[0], libc::SIGCONT) };
    assert!(
        p.all().contains("node eu-1 is unreachable") && p.all().contains("is stopped (SIGSTOP)"),
        "{}",
        p.all()
    );

    // A node whose process died: status says down, plan recreates it.
    unsafe { libc::kill(pids[1], libc::SIGKILL) };
    let until = Instant::now() + Duration::from_secs(5);
    while pid_alive(pids[1]) && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    let s = env.run(&["status", "--check"]);
    s.fails(1, "down");
    let p = env.run(&["plan", "--detailed-exitcode"]);
    p.fails(2, "node.eu-2 will be created (it is gone: its process");
    assert!(
        p.stdout
            .contains("Plan: 1 to add, 0 to change, 0 to destroy."),
        "{}",
        p.stdout
    );
    env.run(&["apply", "--auto-approve"]).ok();
    env.run(&["status", "--check"]).ok();

    // lavastack exiting does not stop the nodes; destroy does.
    let st = state(&env);
    let pids: Vec<i32> = ["eu-1", "eu-2", "us-1"]
        .iter()
        .map(|n| {
            st["nodes"][n]["provider_id"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    assert!(pids.iter().all(|p| pid_alive(*p)));
    env.run(&["destroy", "--auto-approve"]).ok();
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        pids.iter().all(|p| !pid_alive(*p)),
        "destroy stopped every node"
    );
    // The rendered application.yml reads the password from the environment: no secret anywhere.
    env.assert_no_secret_on_disk();
}

fn one_node_stack(extra_provider: &str, node_extra: &str) -> String {
    format!(
        "stack \"one\" {{ password = var.password }}\nvariable \"password\" {{ sensitive = true }}\nprovider \"local\" \"dev\" {{\n  health_timeout = \"5s\"\n{extra_provider}\n}}\nregion \"r\" {{ provider = \"local.dev\" }}\nnode \"solo\" {{\n  region = \"r\"\n{node_extra}\n}}\n"
    )
}

#[test]
fn port_in_use_is_a_clear_error() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let held = listener();
    env.write(
        "stack.hcl",
        &one_node_stack("", &format!("  port = {}", held.port)),
    );
    let r = env.run(&["apply", "--auto-approve"]);
    r.fails(
        1,
        &format!(
            "node solo: port {} on 127.0.0.1 is already in use",
            held.port
        ),
    );
    assert_eq!(state(&env)["nodes"]["solo"]["status"], "failed");
}

#[test]
fn node_that_crashes_on_start_is_reported_with_its_log() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write(
        "stack.hcl",
        &one_node_stack(
            "  command = \"sh -c 'echo boom-from-node >&2; exit 3'\"",
            "",
        ),
    );
    let r = env.run(&["apply", "--auto-approve"]);
    r.fails(1, "node solo: the process exited during start");
    assert!(r.all().contains("boom-from-node"), "{}", r.all());
    assert!(!r.all().contains(SECRET));
}

#[test]
fn emulator_rejects_a_broken_application_yml() {
    let env = Env::new();
    env.write("broken.yml", "server:\n  port: [2333\n");
    env.run(&["emulate", "--config", "broken.yml"])
        .fails(1, "broken.yml: not valid YAML");
    env.write("nopw.yml", "server:\n  port: 2333\n");
    env.run(&["emulate", "--config", "nopw.yml"])
        .fails(1, "lavalink.server.password: is missing");
    env.write(
        "badport.yml",
        "server:\n  port: http\nlavalink: {server: {password: x}}\n",
    );
    env.run(&["emulate", "--config", "badport.yml"])
        .fails(1, "server.port: expected a port number");

    // The same broken file given to a local node: the apply names the node and the cause.
    let _c = Cleanup(&env);
    let bin = bin();
    env.write(
        "stack.hcl",
        &one_node_stack(
            &format!(
                "  command = \"{} emulate --config {}\"",
                bin.display(),
                env.path("broken.yml").display()
            ),
            "",
        ),
    );
    let r = env.run(&["apply", "--auto-approve"]);
    r.fails(1, "node solo: the process exited during start");
    assert!(r.all().contains("not valid YAML"), "{}", r.all());
}

#[test]
fn wrong_password_is_named_per_node() {
    let env = Env::new();
    let emu = emulator_with("not-the-stack-password");
    env.write("stack.hcl", &static_stack("pw", &[("n1", emu.port, 1)]));
    let r = env.run(&["apply", "--auto-approve"]);
    // Exit 4: the node refused the credentials, which retrying does not fix.
    r.fails(4, "node n1:");
    assert!(r.all().contains("wrong password"), "{}", r.all());
    assert!(r.all().contains("failed (auth)"), "{}", r.all());
    assert!(!r.all().contains(SECRET));
    let j = env.run(&["apply", "--auto-approve", "--format", "json"]);
    assert_eq!(j.code, 4, "{}", j.all());
    let failed = j
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["type"] == "failed")
        .unwrap_or_default();
    assert_eq!(failed["kind"], "auth", "{}", j.stdout);
    // A node that is not there at all: exit 5, worth retrying once it runs.
    let gone = Env::new();
    gone.write(
        "stack.hcl",
        &static_stack("gone", &[("n1", dead_port(), 1)]),
    );
    let r = gone.run(&["apply", "--auto-approve"]);
    r.fails(5, "node n1:");
    assert!(r.all().contains("failed (unreachable)"), "{}", r.all());
}

#[test]
fn ctrl_c_midway_keeps_finished_steps() {
    let env = Env::new();
    let _c = Cleanup(&env);
    // Each node takes ~1s to start, one at a time, so the interrupt lands between steps.
    let cmd = format!(
        "sh -c 'sleep 1; exec {} emulate --config application.yml'",
        bin().display()
    );
    let mut s = format!(
        "stack \"intr\" {{ password = var.password }}\nvariable \"password\" {{ sensitive = true }}\nprovider \"local\" \"dev\" {{ command = \"{cmd}\" }}\nregion \"r\" {{ provider = \"local.dev\" }}\n"
    );
    for i in 1..=4 {
        s.push_str(&format!("node \"n{i}\" {{ region = \"r\" }}\n"));
    }
    env.write("stack.hcl", &s);
    let child = env
        .cmd(&["apply", "--auto-approve", "--parallelism", "1"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the first node is recorded ready, then interrupt.
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        let text = env.read(".lavastack/state.json");
        if text.contains("\"ready\"") {
            break;
        }
        assert!(Instant::now() < until, "no node became ready");
        std::thread::sleep(Duration::from_millis(20));
    }
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = child.wait_with_output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(130), "{text}");
    assert!(text.contains("Interrupt received"), "{text}");
    let st = state(&env);
    let nodes = st["nodes"].as_object().unwrap();
    let ready = nodes.values().filter(|n| n["status"] == "ready").count();
    assert!((1..4).contains(&ready), "some but not all nodes done: {st}");
    assert!(
        nodes.values().all(|n| n["status"] == "ready"),
        "in-flight step finished, none left half-done: {st}"
    );
    // The next plan creates exactly the rest.
    let p = env.run(&["plan"]);
    assert!(
        p.stdout.contains(&format!("Plan: {} to add", 4 - ready)),
        "{}",
        p.stdout
    );
}

#[test]
fn a_replaced_node_is_removed_only_after_outputs_point_away_from_it() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let stack = |on_change: &str| {
        format!(
            r#"stack "order" {{ password = "order-pw" }}
provider "local" "dev" {{}}
region "r" {{ provider = "local.dev" }}
node "n1" {{ region = "r" }}
output "nodes" {{
  template  = "lavaNodesConfig.js"
  path      = "out/nodes.js"
  {on_change}
}}
"#
        )
    };
    env.write("stack.hcl", &stack(""));
    // Stack variables from the environment never reach a node (any name, not one).
    let r = env
        .cmd(&["apply", "--auto-approve"])
        .env("LAVASTACK_VAR_lavalink_password", "leak-marker")
        .output()
        .unwrap();
    Run::from(r).ok();
    let old: i32 = state(&env)["nodes"]["n1"]["provider_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let environ = std::fs::read(format!("/proc/{old}/environ")).unwrap();
    let environ = String::from_utf8_lossy(&environ);
    assert!(environ.contains("LAVALINK_SERVER_PASSWORD=order-pw"));
    assert!(
        !environ.contains("LAVASTACK_VAR_") && !environ.contains("leak-marker"),
        "a node inherited stack variables: {environ}"
    );
    // The hook sees whether the old node still runs when the new file lands.
    env.write(
        "stack.hcl",
        &stack(&format!(
            // (a zombie is gone too: nothing may reap it in a container)
            "on_change = \"if [ -e /proc/{old} ] && ! grep -q ') Z' /proc/{old}/stat; then echo alive > old.txt; else echo gone > old.txt; fi\""
        )),
    );
    env.run(&["apply", "--auto-approve", "--replace", "n1"])
        .ok();
    assert_eq!(
        env.read("old.txt").trim(),
        "alive",
        "the old node was stopped before the outputs stopped listing it"
    );
    assert!(!pid_alive(old), "the old node is removed after the outputs");
    let st = state(&env);
    assert!(
        st["deposed"].as_array().is_none_or(|d| d.is_empty()),
        "{st}"
    );
    env.run(&["plan", "--detailed-exitcode"]).ok();
}

/// Processes (not zombies) whose working directory is `dir`.
fn processes_in(dir: &std::path::Path) -> Vec<i32> {
    let Ok(want) = std::fs::canonicalize(dir) else {
        return Vec::new();
    };
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| std::fs::read_link(format!("/proc/{pid}/cwd")).is_ok_and(|c| c == want))
        .filter(|pid| pid_alive(*pid))
        .collect()
}

#[test]
fn sigkilled_applies_leave_no_orphan_and_no_duplicate() {
    let env = Env::new();
    let names: Vec<String> = (1..=6).map(|i| format!("k{i}")).collect();
    let mut s = String::from(
        "stack \"kill\" { password = var.password }\nvariable \"password\" { sensitive = true }\nprovider \"local\" \"dev\" {}\nregion \"r\" { provider = \"local.dev\" }\n",
    );
    for n in &names {
        s.push_str(&format!("node \"{n}\" {{ region = \"r\" }}\n"));
    }
    env.write("stack.hcl", &s);
    let dirs: Vec<_> = names
        .iter()
        .map(|n| env.path(&format!(".lavastack/local/{n}")))
        .collect();
    // Whatever happens, nothing outlives the test.
    struct KillAll(Vec<std::path::PathBuf>);
    impl Drop for KillAll {
        fn drop(&mut self) {
            for d in &self.0 {
                for pid in processes_in(d) {
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                }
            }
        }
    }
    let _k = KillAll(dirs.clone());
    let mut rng = Rng::new(6);
    let recorded_pid = |n: &str| -> i32 {
        state(&env)["nodes"][n]["provider_id"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    };
    let check_converged = |round: usize| {
        // A killed destroy may have sent a node SIGTERM just before it died: give such a node
        // the moment it takes to exit.
        std::thread::sleep(Duration::from_secs(1));
        for attempt in 0..2 {
            env.run(&["apply", "--auto-approve"]).ok();
            let mut missing = false;
            for (n, d) in names.iter().zip(&dirs) {
                let running = processes_in(d);
                // Never two, never one that state does not name.
                assert!(
                    running.len() <= 1 && running.iter().all(|p| *p == recorded_pid(n)),
                    "round {round}: node {n} runs {running:?}, state names {}",
                    recorded_pid(n)
                );
                missing |= running.is_empty();
            }
            // A node that was still exiting when the apply looked is back after one more.
            if !missing {
                return;
            }
            assert_eq!(
                attempt, 0,
                "round {round}: a node is still missing after two applies"
            );
        }
    };
    let mut killed = 0;
    for round in 0..40 {
        // Creates and deletes are both interrupted: apply and destroy take turns.
        let what = if round % 2 == 0 { "apply" } else { "destroy" };
        let mut child = env
            .cmd(&[what, "--auto-approve"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(250)));
        if child.try_wait().unwrap().is_none() {
            killed += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
        // A killed writer may leave the lock's info file; the next run takes the lock anyway
        // (the OS lock died with the process).
        if round % 10 == 8 {
            check_converged(round);
        }
    }
    env.run(&["destroy", "--auto-approve"]).ok();
    let left: Vec<i32> = dirs.iter().flat_map(|d| processes_in(d)).collect();
    assert!(left.is_empty(), "processes left after destroy: {left:?}");
    eprintln!("{killed} of 40 applies killed mid-way; 0 orphans, 0 duplicates");
}
