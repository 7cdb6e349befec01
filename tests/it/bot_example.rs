//! examples/bot (npm lavalink-client + the router) against emulated nodes: 20 guilds play,
//! a node is killed mid-playback, and every player must be playing on a live node again.

use crate::common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

#[test]
fn bot_moves_every_player_off_a_killed_node() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("examples/bot/node_modules/lavalink-client")
            .exists(),
        "npm packages for examples/bot are missing: run tests/run.sh"
    );
    let env = Env::new();
    let _c = Cleanup(&env);
    let port = dead_port();
    env.write(
        "stack.hcl",
        &format!(
            r#"stack "bot" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b", "c"]
}}
node "n1" {{ region = "eu" }}
node "n2" {{ region = "eu" }}
node "n3" {{ region = "eu" }}
policy "selection" {{ module = "{}" }}
router {{
  listen   = "127.0.0.1:{port}"
  interval = "200ms"
}}
output "bot" {{
  template = "lavaNodesConfig.js"
  path     = "out/lavaNodesConfig.js"
}}
"#,
            sticky_guild().display()
        ),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let _router = serve(&env, port);
    std::thread::sleep(Duration::from_millis(800)); // rise probes

    let mut demo = Proc(
        std::process::Command::new("node")
            .arg(root.join("examples/bot/demo.mjs"))
            .arg(env.path("out/lavaNodesConfig.js"))
            .arg("20")
            .env("LAVALINK_PASSWORD", SECRET)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    );
    let state: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let lines = BufReader::new(demo.0.stdout.take().unwrap()).lines();
    let mut verified = None;
    let mut evacuated = None;
    let mut killed = String::new();
    for line in lines {
        let line = line.unwrap();
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        match v["event"].as_str() {
            Some("ready") => {
                // Kill the node with the most players, mid-playback.
                let mut counts = std::collections::BTreeMap::new();
                for n in v["where"].as_object().unwrap().values() {
                    *counts.entry(n.as_str().unwrap().to_string()).or_insert(0) += 1;
                }
                killed = counts.into_iter().max_by_key(|(_, c)| *c).unwrap().0;
                let pid: i32 = state["nodes"][&killed]["provider_id"]
                    .as_str()
                    .unwrap()
                    .parse()
                    .unwrap();
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
            Some("evacuated") => evacuated = Some(v.clone()),
            Some("verified") => verified = Some(v.clone()),
            _ => {}
        }
    }
    let status = demo.0.wait().unwrap();
    let verified = verified.expect("the demo verified the players");
    assert_eq!(verified["dead"], killed.as_str());
    assert_eq!(verified["playing"], 20, "{verified}");
    assert!(status.success());
    let ev = evacuated.expect("evacuation reported");
    assert!(ev["moved"].as_u64().unwrap() > 0);
    eprintln!(
        "moved {} players off {killed} in {} ms",
        ev["moved"], ev["ms"]
    );
}
