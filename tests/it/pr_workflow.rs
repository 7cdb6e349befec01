//! The pull-request view of a change: Markdown plan (routing impact, policies, warnings, file
//! diffs, truncation, stability), `simulate`, and a conftest-style check reading the JSON plan.

use crate::common::*;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn stack(ports: &[u16], weights: &[u32], extra: &str) -> String {
    let mut s = String::from(
        "stack \"pr\" { password = var.password }\nvariable \"password\" { sensitive = true }\nprovider \"static\" \"lan\" {}\nregion \"eu\" {\n  provider = \"static.lan\"\n  primary  = true\n}\nregion \"us\" { provider = \"static.lan\" }\n",
    );
    for (i, (p, w)) in ports.iter().zip(weights).enumerate() {
        let region = if i < 2 { "eu" } else { "us" };
        s.push_str(&format!(
            "node \"n{i}\" {{\n  region = \"{region}\"\n  host   = \"127.0.0.1\"\n  port   = {p}\n  weight = {w}\n}}\n"
        ));
    }
    s.push_str(extra);
    s
}

const OUTPUT: &str =
    "output \"haproxy\" {\n  template = \"haproxy.cfg\"\n  path     = \"out/haproxy.cfg\"\n}\n";

fn deny_check(plan_json: &str) -> (i32, String) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(tmp.path(), plan_json).unwrap();
    let o = Command::new("node")
        .arg(root.join("examples/ci/deny-primary-delete.mjs"))
        .arg(tmp.path())
        .output()
        .expect("node");
    (
        o.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

#[test]
fn markdown_plan_has_routing_impact_warnings_and_file_diffs() {
    let env = Env::new();
    let emus: Vec<Emulator> = (0..3).map(|_| emulator()).collect();
    let ports: Vec<u16> = emus.iter().map(|e| e.port).collect();
    env.write("stack.hcl", &stack(&ports, &[1, 1, 1], OUTPUT));
    env.run(&["apply", "--auto-approve"]).ok();

    // Drop n1 (eu keeps one node) and make n2 heavier.
    env.write("stack.hcl", &stack(&ports[..1], &[1], OUTPUT).replace(
        "region \"us\" { provider = \"static.lan\" }\n",
        &format!("region \"us\" {{ provider = \"static.lan\" }}\nnode \"n2\" {{\n  region = \"us\"\n  host   = \"127.0.0.1\"\n  port   = {}\n  weight = 5\n}}\n", ports[2]),
    ));
    let r = env.run(&["plan", "--format", "markdown", "--detailed-exitcode"]);
    r.fails(2, "**Plan: 0 to add, 2 to change, 1 to destroy.**");
    let md = &r.stdout;
    for needle in [
        "#### Routing impact (1000 guilds, policy `builtin:least-load`)",
        "would move to another node",
        "| `n1` |",
        "#### Warnings",
        "region eu would be left with a single node (it has 2)",
        "#### Rendered files",
        "<summary><code>",
        "haproxy.cfg</code> (update)</summary>",
        "```diff",
        "| 🔄 | `n2` | update | us / a | `weight`: 1 → 5 |",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in\n{md}");
    }
    assert!(!md.contains(SECRET));
    // Stable: the same inputs give the same comment.
    assert_eq!(env.run(&["plan", "--format", "markdown"]).stdout, *md);

    let j = env.run(&["plan", "--format", "json"]);
    let v: Value = serde_json::from_str(&j.stdout).unwrap();
    assert_eq!(v["configuration"]["regions"]["eu"]["primary"], true);
    assert!(v["routing"]["moved"].as_f64().unwrap() > 0.0);

    // A conftest-style rule reads the JSON plan and blocks deleting a primary-region node.
    let (code, out) = deny_check(&j.stdout);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("deny: node.n1 in primary region eu would be deleted"),
        "{out}"
    );

    // Deleting a node outside the primary region passes the rule.
    env.write("stack.hcl", &stack(&ports[..2], &[1, 1], OUTPUT));
    let j = env.run(&["plan", "--format", "json"]);
    let (code, out) = deny_check(&j.stdout);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"denied\":[]"), "{out}");
}

#[test]
fn simulate_reports_moves_and_single_node_failures() {
    let env = Env::new();
    let emus: Vec<Emulator> = (0..3).map(|_| emulator()).collect();
    let ports: Vec<u16> = emus.iter().map(|e| e.port).collect();
    env.write("stack.hcl", &stack(&ports, &[1, 1, 1], ""));
    env.run(&["apply", "--auto-approve"]).ok();
    // Guilds prefer their own region, so weight matters between eu's two nodes.
    env.write("stack.hcl", &stack(&ports, &[4, 1, 1], ""));
    let r = env.run(&["simulate", "--guilds", "300", "--format", "json"]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let before: u64 = v["before"]
        .as_object()
        .unwrap()
        .values()
        .map(|x| x.as_u64().unwrap())
        .sum();
    assert_eq!(before, 300);
    assert!(
        v["after"]["n0"].as_u64() > v["before"]["n0"].as_u64(),
        "the heavier node takes more: {v}"
    );
    assert!(v["moved"].as_f64().unwrap() > 0.0);
    let failures = v["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 3);
    for f in failures {
        let moved: u64 = f["to"]
            .as_object()
            .unwrap()
            .values()
            .map(|x| x.as_u64().unwrap())
            .sum();
        assert_eq!(
            moved + f["stranded"].as_u64().unwrap(),
            f["guilds_moved"].as_u64().unwrap()
        );
        assert!(
            !f["to"]
                .as_object()
                .unwrap()
                .contains_key(f["node"].as_str().unwrap()),
            "a failed node takes no guilds"
        );
    }
    let t = env.run(&["simulate", "--guilds", "300"]);
    assert!(
        t.stdout
            .contains("Routing impact: 300 guilds through builtin:least-load"),
        "{}",
        t.stdout
    );
    env.run(&["simulate", "--playing", "2"])
        .fails(1, "--playing must be between 0 and 1");
}

#[test]
fn policy_changes_are_shown() {
    let env = Env::new();
    let emu = emulator();
    env.write("stack.hcl", &stack(&[emu.port], &[1], ""));
    env.run(&["apply", "--auto-approve"]).ok();
    env.run(&["plan", "--detailed-exitcode"]).ok();
    let wat =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("policies/sticky-guild/sticky-guild.wat");
    env.write(
        "stack.hcl",
        &stack(
            &[emu.port],
            &[1],
            &format!(
                "policy \"selection\" {{ module = \"{}\" }}\n",
                wat.display()
            ),
        ),
    );
    let r = env.run(&["plan", "--detailed-exitcode"]);
    r.fails(2, "# policy.selection will change");
    assert!(
        r.stdout.contains("\"builtin:least-load\" -> \""),
        "{}",
        r.stdout
    );
    let md = env.run(&["plan", "--format", "markdown"]);
    assert!(
        md.stdout.contains("#### Policies") && md.stdout.contains("sticky-guild.wat (sha256:"),
        "{}",
        md.stdout
    );
    let a = env.run(&["apply", "--auto-approve"]);
    a.ok();
    assert!(
        a.stdout
            .contains("Resources: 0 added, 1 changed, 0 destroyed"),
        "the summary counts the policy the plan counted: {}",
        a.stdout
    );
    env.run(&["plan", "--detailed-exitcode"]).ok();
}

#[test]
fn long_file_diffs_are_truncated_for_comments() {
    let env = Env::new();
    let mut s = String::from("stack \"big\" { password = var.password }\nvariable \"password\" { sensitive = true }\nprovider \"static\" \"lan\" {}\nregion \"eu\" { provider = \"static.lan\" }\n");
    for i in 0..60 {
        s.push_str(&format!(
            "node \"n{i}\" {{\n  region = \"eu\"\n  host   = \"10.0.{}.{}\"\n}}\n",
            i / 200,
            i % 200 + 1
        ));
    }
    s.push_str(OUTPUT);
    env.write("stack.hcl", &s);
    let r = env.run(&["plan", "--format", "markdown", "--refresh=false"]);
    r.ok();
    assert!(
        r.stdout.contains("more lines (see `lavastack plan`)"),
        "{}",
        &r.stdout[..2000.min(r.stdout.len())]
    );
    assert!(r.stdout.len() < 65_536);
}

/// A selection-policy change is replayed with the applied policy for "before" and the new one
/// for "after"; when the applied module was overwritten in place, the report says it could not
/// replay it instead of showing a change as no change.
#[test]
fn routing_impact_of_a_policy_change_replays_the_old_policy() {
    let env = Env::new();
    let emus = [emulator(), emulator(), emulator()];
    let ports: Vec<u16> = emus.iter().map(|e| e.port).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let sticky = root.join("policies/sticky-guild/sticky-guild.wat");
    let affinity = root.join("policies/region-affinity/region-affinity.wat");
    let with_policy = |m: &str| {
        stack(
            &ports,
            &[1, 1, 1],
            &format!("policy \"selection\" {{ module = \"{m}\" }}\n"),
        )
    };
    env.write("stack.hcl", &stack(&ports, &[1, 1, 1], ""));
    env.run(&["apply", "--auto-approve"]).ok();

    let routing = |env: &Env| -> Value {
        let r = env.run(&["plan", "--format", "json"]);
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        v["routing"].clone()
    };
    // builtin -> sticky-guild: least-load piles every guild on one node at equal load, rendezvous
    // hashing spreads them, so many move.
    std::fs::copy(&sticky, env.path("policy.wat")).unwrap();
    env.write("stack.hcl", &with_policy("policy.wat"));
    let r = routing(&env);
    assert_eq!(r["policy_before"], "builtin:least-load", "{r}");
    assert!(r["policy"].as_str().unwrap().ends_with("policy.wat"), "{r}");
    assert!(r["moved"].as_f64().unwrap() > 0.3, "{r}");
    assert_ne!(r["before"], r["after"], "{r}");
    assert!(r.get("note").is_none(), "{r}");
    let md = env.run(&["plan", "--format", "markdown"]).stdout;
    assert!(md.contains("policy `builtin:least-load` -> `"), "{md}");
    env.run(&["apply", "--auto-approve"]).ok();

    // The applied module overwritten in place: "before" cannot be replayed, and the plan says so.
    std::fs::copy(&affinity, env.path("policy.wat")).unwrap();
    let r = routing(&env);
    assert!(r.get("policy_before").is_none(), "{r}");
    assert!(
        r["note"]
            .as_str()
            .unwrap_or_default()
            .contains("the applied module is no longer on disk"),
        "{r}"
    );
    let text = env.run(&["plan"]).stdout;
    assert!(
        text.contains("note: the selection policy changes"),
        "{text}"
    );

    // Another file while the applied one is still there: it is replayed.
    std::fs::copy(&sticky, env.path("policy.wat")).unwrap();
    std::fs::copy(&affinity, env.path("other.wat")).unwrap();
    env.write("stack.hcl", &with_policy("other.wat"));
    let r = routing(&env);
    assert!(
        r["policy_before"]
            .as_str()
            .unwrap_or_default()
            .ends_with("policy.wat"),
        "{r}"
    );
    assert!(r.get("note").is_none(), "{r}");
}

/// `lavastack graph` draws the plan: real Graphviz lays out the DOT, the SVG is well-formed XML
/// with one box per node, and the Markdown plan embeds the same view as Mermaid.
#[test]
fn graph_draws_the_plan_with_its_changes_in_dot_svg_and_mermaid() {
    let env = Env::new();
    let emus: Vec<Emulator> = (0..3).map(|_| emulator()).collect();
    let ports: Vec<u16> = emus.iter().map(|e| e.port).collect();
    env.write("stack.hcl", &stack(&ports, &[1, 1, 1], OUTPUT));
    env.run(&["apply", "--auto-approve"]).ok();
    // n0 replaced, n1 destroyed, n2 heavier (update), n9 created.
    env.write(
        "stack.hcl",
        &(stack(&ports[..1], &[1], OUTPUT)
            + &format!(
                "node \"n2\" {{\n  region = \"us\"\n  host   = \"127.0.0.1\"\n  port   = {}\n  weight = 5\n}}\nnode \"n9\" {{\n  region = \"us\"\n  host   = \"127.0.0.1\"\n  port   = {}\n}}\n",
                ports[2], ports[1]
            )),
    );
    env.run(&["plan", "--replace", "n0", "--out", "p.json"])
        .ok();

    let dot = env.run(&["graph", "--plan", "p.json"]);
    dot.ok();
    for needle in [
        "label=\"n0\\n-/+ replace\"",
        "label=\"n1\\n- destroy\"",
        "label=\"n9\\n+ create\"",
        "label=\"n2\\n~ update\"",
        "label=\"region us\"",
    ] {
        assert!(
            dot.stdout.contains(needle),
            "missing {needle:?} in\n{}",
            dot.stdout
        );
    }
    assert!(!dot.stdout.contains(SECRET));
    // Real Graphviz must accept and lay it out.
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("graphviz is installed (tests/run.sh)");
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.stdout.as_bytes())
        .unwrap();
    let laid = child.wait_with_output().unwrap();
    assert!(
        laid.status.success() && laid.stderr.is_empty(),
        "dot refused it: {}",
        String::from_utf8_lossy(&laid.stderr)
    );
    assert!(String::from_utf8_lossy(&laid.stdout).contains("<svg"));

    // Our own SVG, to a file, parsed by a real XML parser.
    env.run(&[
        "graph", "--plan", "p.json", "--format", "svg", "-o", "g.svg",
    ])
    .ok();
    let check = Command::new("python3")
        .args([
            "-c",
            "import sys, xml.etree.ElementTree as E\nr = E.parse(sys.argv[1]).getroot()\nns = '{http://www.w3.org/2000/svg}'\nprint(sum(1 for g in r.iter(ns + 'g') if g.get('class', '').startswith('node ')))",
        ])
        .arg(env.path("g.svg"))
        .output()
        .expect("python3");
    assert!(
        check.status.success(),
        "not XML: {}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&check.stdout).trim(), "4");
    let svg = env.read("g.svg");
    assert!(svg.contains("class=\"node destroy\"") && svg.contains("class=\"node replace\""));

    // Planning now (no saved plan) draws the same nodes; Mermaid as the PR comment embeds it.
    let mm = env.run(&[
        "graph",
        "--format",
        "mermaid",
        "--refresh=false",
        "--replace",
        "n0",
    ]);
    let md = env.run(&[
        "plan",
        "--format",
        "markdown",
        "--refresh=false",
        "--replace",
        "n0",
    ]);
    assert!(
        md.stdout.contains("```mermaid\nflowchart LR\n"),
        "{}",
        md.stdout
    );
    assert!(
        mm.stdout.contains("n9 (+ create)\"]:::create"),
        "{}",
        mm.stdout
    );
    assert!(
        md.stdout.contains("n1 (- destroy)\"]:::destroy"),
        "{}",
        md.stdout
    );
    // A plan file that is missing or is not one: named, exit 1.
    env.run(&["graph", "--plan", "nope.json"])
        .fails(1, "cannot read plan file nope.json");
    env.write("bad.json", "garbage");
    env.run(&["graph", "--plan", "bad.json"])
        .fails(1, "plan file bad.json is truncated or corrupt");
    // The graph does not take the lock for long or change anything: the plan file still applies.
    env.run(&["apply", "p.json"]).ok();
}

/// The CI examples call lavastack by flags that exist: every `lavastack ...` line in
/// examples/ci/*.yml goes through the real argument parser (against a stack that is not there,
/// so it stops right after parsing).
#[test]
fn every_lavastack_command_in_the_ci_examples_parses() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/ci");
    let mut checked = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yml") {
            continue;
        }
        let doc: serde_yaml_ng::Value =
            serde_yaml_ng::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut scripts = Vec::new();
        for job in doc["jobs"].as_mapping().unwrap().values() {
            for step in job["steps"].as_sequence().unwrap() {
                if let Some(run) = step["run"].as_str() {
                    scripts.push(run.replace("\\\n", " "));
                }
            }
        }
        for line in scripts.iter().flat_map(|s| s.lines()) {
            let line = line.trim();
            let Some(rest) = line.strip_prefix("lavastack ") else {
                continue;
            };
            let args: Vec<&str> = rest
                .split_whitespace()
                .take_while(|a| !a.starts_with('>') && *a != "|")
                .collect();
            let out = Command::new(bin())
                .args(&args)
                .env("LAVASTACK_STACK", "/nonexistent/stack.hcl")
                .env("NO_COLOR", "1")
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                !err.contains("Usage:") && !err.contains("unexpected argument"),
                "{}: `lavastack {}` does not parse:\n{err}",
                path.display(),
                args.join(" ")
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} commands found");
}
