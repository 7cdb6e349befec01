//! The example policies (built from policies/ by tests/run.sh, or their checked-in .wat when a
//! machine cannot build wasm32 guests), through the host and through the CLI.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::common::*;
use lavastack::policy::wasm::{Limits, WasmPolicy};
use lavastack::policy::*;

fn load(name: &str) -> WasmPolicy {
    WasmPolicy::from_file(&policy_module(name), Limits::default()).expect("example policy loads")
}

fn node(name: &str, weight: u32) -> NodeInfo {
    NodeInfo {
        name: name.into(),
        region: "eu".into(),
        zone: "a".into(),
        weight,
        priority: 1,
        healthy: true,
        ..Default::default()
    }
}

fn select_for(guild: &str, nodes: &[NodeInfo]) -> SelectInput {
    SelectInput {
        abi: 1,
        guild_id: guild.into(),
        region: None,
        voice_endpoint: None,
        config: serde_json::json!({}),
        nodes: nodes.to_vec(),
    }
}

#[test]
fn sticky_guild_moves_only_the_failed_nodes_guilds() {
    let p = load("sticky-guild");
    let mut nodes: Vec<NodeInfo> = (0..8)
        .map(|i| node(&format!("n{i}"), 1 + (i % 2)))
        .collect();
    let first = |nodes: &[NodeInfo], g: &str| {
        select_checked(&p, &select_for(g, nodes)).unwrap().ranking[0].clone()
    };
    let guilds: Vec<String> = (0..600)
        .map(|i| format!("{}", 100_000_000_000_000_000u64 + i * 7919))
        .collect();
    let before: BTreeMap<&String, String> = guilds.iter().map(|g| (g, first(&nodes, g))).collect();
    // Stable: asking again gives the same node.
    assert!(guilds
        .iter()
        .take(50)
        .all(|g| first(&nodes, g) == before[g]));
    // Weighted: weight-2 nodes get about twice the guilds of weight-1 nodes.
    let count = |n: &str| before.values().filter(|v| *v == n).count();
    let (light, heavy) = (
        count("n0") + count("n2") + count("n4") + count("n6"),
        count("n1") + count("n3") + count("n5") + count("n7"),
    );
    assert!(
        heavy as f64 > light as f64 * 1.5 && (heavy as f64) < light as f64 * 2.6,
        "light {light}, heavy {heavy}"
    );
    nodes[3].healthy = false;
    for g in &guilds {
        let now = first(&nodes, g);
        if before[g] == "n3" {
            assert_ne!(now, "n3");
        } else {
            assert_eq!(now, before[g], "guild {g} moved although its node is fine");
        }
    }
}

#[test]
fn region_affinity_and_zone_spread_pass_their_cases_via_the_cli() {
    let env = Env::new();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for name in ["region-affinity", "sticky-guild", "zone-spread"] {
        let file = policy_module(name);
        let r = env.run(&[
            "policy",
            "test",
            file.to_str().unwrap(),
            "--cases",
            root.join(format!("policies/{name}/cases"))
                .to_str()
                .unwrap(),
        ]);
        r.ok();
        assert!(r.stdout.contains(" passed, 0 failed"), "{}", r.stdout);
        let c = env.run(&["policy", "check", file.to_str().unwrap()]);
        c.ok();
        assert!(c.stdout.contains("ABI v1 policy"), "{}", c.stdout);
        let want = match name {
            "zone-spread" => "exports place_nodes",
            _ => "exports select_node, select_node_packed",
        };
        assert!(c.stdout.contains(want), "{}", c.stdout);
    }
    // A case that expects the wrong answer fails the command.
    env.write(
        "bad/wrong.json",
        &serde_json::json!({"input": select_for("1", &[node("a", 1)]), "expect": {"ranking": ["b"]}}).to_string(),
    );
    let file = policy_module("sticky-guild");
    let r = env.run(&[
        "policy",
        "test",
        file.to_str().unwrap(),
        "--cases",
        env.path("bad").to_str().unwrap(),
    ]);
    r.fails(1, "FAIL wrong: expected");
    assert!(r.stdout.contains("0 passed, 1 failed"), "{}", r.stdout);

    // Short hand-written cases: node fields left out are zero (so "b" is unhealthy and only
    // "a" is ranked); a wrong expect_error says what was expected; a non-string one is named.
    env.write(
        "short/ok.json",
        r#"{"input": {"guild_id": "1", "nodes": [{"name": "a", "healthy": true, "weight": 1}, {"name": "b"}]},
            "expect": {"ranking": ["a"]}}"#,
    );
    env.write(
        "short/wrong_error.json",
        r#"{"input": {"guild_id": "1", "nodes": [{"name": "a"}]}, "expect_error": "trapped"}"#,
    );
    env.write(
        "short/bad_expect_error.json",
        r#"{"input": {"guild_id": "1", "nodes": []}, "expect_error": true}"#,
    );
    let r = env.run(&[
        "policy",
        "test",
        file.to_str().unwrap(),
        "--cases",
        env.path("short").to_str().unwrap(),
    ]);
    r.fails(1, "PASS ok");
    assert!(
        r.stdout.contains(
            "FAIL wrong_error: expected an error containing \"trapped\", got {\"ranking\":[]}"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("FAIL bad_expect_error: \"expect_error\" must be a non-empty string"),
        "{}",
        r.stdout
    );
}

#[test]
fn zone_spread_matches_the_native_builtin() {
    let wasm = load("zone-spread");
    let native = builtin::Spread;
    for (count, existing) in [
        (0u32, vec![]),
        (5, vec![]),
        (7, vec![("p-2", "us", "a"), ("p-9", "eu", "a")]),
    ] {
        let input = PlaceInput {
            abi: 1,
            pool: "p".into(),
            count,
            regions: vec![
                RegionInfo {
                    name: "eu".into(),
                    zones: vec!["a".into(), "b".into()],
                    capacity: Some(3),
                },
                RegionInfo {
                    name: "us".into(),
                    zones: vec!["a".into()],
                    capacity: None,
                },
            ],
            existing: existing
                .iter()
                .map(|(n, r, z)| Placement {
                    name: n.to_string(),
                    region: r.to_string(),
                    zone: z.to_string(),
                })
                .collect(),
            config: serde_json::json!({}),
        };
        assert_eq!(
            place_checked(&wasm, &input).unwrap(),
            place_checked(&native, &input).unwrap()
        );
    }
}

#[test]
fn a_stack_uses_a_wasm_placement_policy_for_pools() {
    let env = Env::new();
    let stack = format!(
        r#"stack "pools" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{}}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b", "c"]
}}
pool "eu-auto" {{
  region = "eu"
  count  = 4
}}
policy "placement" {{
  module = "{}"
  fuel   = 50000000
}}
policy "selection" {{ module = "{}" }}
"#,
        policy_module("zone-spread").display(),
        policy_module("sticky-guild").display()
    );
    env.write("stack.hcl", &stack);
    env.run(&["validate"]).ok();
    let r = env.run(&["plan", "--format", "json"]);
    r.ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let zones: Vec<String> = v["resource_changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["change"]["after"]["zone"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(zones, ["a", "b", "c", "a"]);
    // A selection module used for placement is refused with the policy named.
    env.write(
        "stack.hcl",
        &stack.replace(
            &policy_module("zone-spread").display().to_string(),
            &policy_module("sticky-guild").display().to_string(),
        ),
    );
    env.run(&["plan"]).fails(
        1,
        "is used as the placement policy but does not export place_nodes",
    );
    env.write(
        "stack.hcl",
        &stack.replace(
            &policy_module("zone-spread").display().to_string(),
            "nope.wasm",
        ),
    );
    env.run(&["validate"]).fails(
        1,
        "placement policy module \"nope.wasm\" is not a .wasm or .wat file that exists",
    );
}

/// lavastack calls a module's `select_node_packed` when it has one; the JSON export stays for
/// other hosts. Both must give the same answer, in the built module and in its .wat fallback.
#[test]
fn packed_and_json_inputs_give_the_same_rankings() {
    use lavastack::policy::bench::synthetic_select;
    use lavastack::policy::wasm::Wire;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for name in ["region-affinity", "sticky-guild"] {
        let fallback = root.join(format!("policies/{name}/{name}.wat"));
        for path in [policy_module(name), fallback] {
            let p = WasmPolicy::from_file(&path, Limits::default()).unwrap();
            assert_eq!(p.preferred_wire(), Wire::Packed, "{}", path.display());
            for nodes in [0, 1, 5, 32, 100] {
                for g in 0..20u64 {
                    let mut input = synthetic_select(nodes);
                    input.guild_id = (817_327_181_659_111_454u64 + g * 7919).to_string();
                    input.region = ["eu-west", "ap-south"]
                        .get(g as usize % 3)
                        .map(|r| r.to_string());
                    let json = p.select_with(&input, Wire::Json).unwrap();
                    let packed = p.select_with(&input, Wire::Packed).unwrap();
                    assert_eq!(json, packed, "{} at {nodes} nodes", path.display());
                    check_ranking(&p, &input, &packed).unwrap();
                    if nodes >= 5 {
                        assert!(!packed.ranking.is_empty());
                    }
                }
            }
        }
    }
}

/// The SDK's arena starts over at every call, so a host that keeps one instance (as a Node.js
/// bot may) does not leak: 3,000 calls with 4 KB inputs and a 1 MiB cap would need 13 MB if
/// each call's memory stayed behind.
#[test]
fn a_kept_instance_does_not_leak_across_calls() {
    use lavastack::policy::bench::synthetic_select;
    let limits = Limits {
        memory_bytes: 1 << 20,
        ..Limits::default()
    };
    let p = WasmPolicy::from_file(&policy_module("sticky-guild"), limits).unwrap();
    let mut warm = p.warm().unwrap();
    let input = synthetic_select(32);
    let first = warm.select(&input).unwrap();
    for _ in 0..3000 {
        assert_eq!(warm.select(&input).unwrap(), first);
    }
}

/// A Rust policy that panics: the SDK's hook logs the panic's message and location, and the
/// host adds it to the trap error (a bare trap only says `unreachable`). Both exports, in the
/// built module and in its .wat fallback; the next call on the same policy works.
#[test]
fn a_panic_in_a_rust_policy_reaches_the_error_with_its_message() {
    use lavastack::policy::wasm::Wire;
    let dir = "test-guests/panic-probe";
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let fallback = root.join(format!("policies/{dir}/panic-probe.wat"));
    let nodes = [node("n2", 1), node("n1", 1)];
    for path in [policy_module(dir), fallback] {
        let p = WasmPolicy::from_file(&path, Limits::default()).unwrap();
        for wire in [Wire::Packed, Wire::Json] {
            let e = p
                .select_with(&select_for("panic", &nodes), wire)
                .unwrap_err();
            let msg = e.to_string();
            assert!(matches!(e, PolicyError::Trap { .. }), "{msg}");
            assert!(
                msg.contains("the policy logged: panicked at ")
                    && msg.contains("src/lib.rs:")
                    && msg.contains("asked to panic (first node n2)"),
                "{} over {wire:?}: {msg}",
                path.display()
            );
            let ok = p.select_with(&select_for("42", &nodes), wire).unwrap();
            assert_eq!(ok.ranking, ["n1", "n2"], "{}", path.display());
        }
    }
}

/// The examples' shadow stack is small (64 KiB, policies/.cargo/config.toml; 32 KiB trapped
/// here): a config nested as deep as serde reads, and deeper, and a 256-node input, which
/// outgrows the first memory pages, get an answer through the packed export, never a trap.
/// The JSON export's reader refuses deep nesting with its own message before it recurses.
#[test]
fn a_deep_config_and_a_large_input_fit_the_small_stack() {
    let p = load("region-affinity");
    let nodes: Vec<NodeInfo> = (0..256).map(|i| node(&format!("n{i}"), 1)).collect();
    for depth in [1, 100, 127, 500] {
        let mut config = serde_json::json!("eu");
        for _ in 0..depth {
            config = serde_json::json!([config]);
        }
        let mut input = select_for("42", &nodes);
        input.config = serde_json::json!({ "primary": config, "other": "x" });
        let r = p.select_with(&input, wasm::Wire::Packed);
        let r = r.unwrap_or_else(|e| panic!("depth {depth}, packed: {e}"));
        assert_eq!(r.ranking.len(), 256, "depth {depth}");
        match p.select_with(&input, wasm::Wire::Json) {
            Ok(r) => assert_eq!(r.ranking.len(), 256, "depth {depth}"),
            Err(e) => assert!(
                depth > 1 && e.to_string().contains("nested too deeply"),
                "depth {depth}, json: {e}"
            ),
        }
    }
}

/// The benchmark's floor guest (no SDK, `test-guests/floor-sticky`) is only a fair floor if it
/// answers what sticky-guild answers: the same rankings on inputs of 1 to 256 nodes and many
/// guilds, in the built module and its .wat fallback; bad input gets an error, not a trap.
#[test]
fn the_benchmark_floor_guest_ranks_as_sticky_guild_does() {
    use lavastack::policy::wasm::Wire;
    let dir = "test-guests/floor-sticky";
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let fallback = root.join(format!("policies/{dir}/floor-sticky.wat"));
    let sticky = load("sticky-guild");
    for path in [policy_module(dir), fallback] {
        let floor = WasmPolicy::from_file(&path, Limits::default()).unwrap();
        assert_eq!(floor.preferred_wire(), Wire::Packed);
        for nodes in [1, 8, 32, 128, 256] {
            let mut input = lavastack::policy::bench::synthetic_select(nodes);
            for guild in 0..20u64 {
                input.guild_id = (817_327_181_659_111_454 + guild * 7919).to_string();
                let want = sticky.select(&input).unwrap();
                assert!(!want.ranking.is_empty());
                assert_eq!(
                    floor.select(&input).unwrap(),
                    want,
                    "{} at {nodes} nodes",
                    path.display()
                );
            }
        }
        // Over its node limit, and through the JSON export it does not read: errors.
        let big = lavastack::policy::bench::synthetic_select(257);
        let e = floor.select(&big).unwrap_err();
        assert!(matches!(e, PolicyError::BadOutput { .. }), "{e}");
        assert!(e.to_string().contains("bad packed input"), "{e}");
        let small = lavastack::policy::bench::synthetic_select(8);
        let e = floor.select_with(&small, Wire::Json).unwrap_err();
        assert!(e.to_string().contains("reads only the packed input"), "{e}");
    }
}
