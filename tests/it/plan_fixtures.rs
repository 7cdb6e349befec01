//! Planner transcripts: each folder in `tests/fixtures/plans/` is one case, and one test here,
//! so a failure names its case.
//!
//! - `applied.hcl` (optional): the stack as last applied; state is that stack's nodes, recorded
//!   ready with exactly its attributes (none: no state);
//! - `status.json` (optional): `{"node": "creating" | "failed" | ...}` overrides recorded
//!   statuses (each such record keeps a token `tok-<node>`);
//! - `stack.hcl`: the stack now;
//! - `live.json` (optional): what refresh saw, `{"nodes": {"n": {"status": "gone", "reason":
//!   "..."}}, "unknown": [Discovered...]}`;
//! - `options.json` (optional): `{"destroy": true, "replace": [...], "target": [...]}`;
//! - `plan.txt`: the expected plan text (no color). `LAVASTACK_BLESS=1` rewrites it; review the
//!   diff before committing, it is the assertion.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use lavastack::model::{attributes_hash, FingerprintKey, Live, Observed};
use lavastack::plan::{self, PlanOptions};
use lavastack::policy::builtin::Spread;
use lavastack::state::{NodeRecord, NodeStatus, State};
use serde_json::Value;

fn dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/plans")
        .join(case)
}

fn load(path: &Path) -> lavastack::stack::Stack {
    let opts = lavastack::stack::LoadOptions {
        vars: vec![("password".into(), "fixture-password".into())],
        ..Default::default()
    };
    lavastack::stack::load(path, &opts)
        .unwrap_or_else(|d| panic!("{}: {}", path.display(), d.render(false)))
}

fn read_json(path: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn run(case: &str) {
    let d = dir(case);
    // One fixed key: fingerprints are part of the transcript's attributes.
    let key = FingerprintKey::from_bytes([9; 32]);
    let stack = load(&d.join("stack.hcl"));
    let state = d.join("applied.hcl").exists().then(|| {
        let applied = load(&d.join("applied.hcl"));
        let statuses = read_json(&d.join("status.json")).unwrap_or_default();
        let mut st = State::new(&stack.name);
        st.serial = 1;
        for (name, n) in plan::desired_nodes(&applied, None, &Spread, &key).unwrap() {
            let attributes = n.attributes();
            let status: NodeStatus = statuses
                .get(&name)
                .map(|s| serde_json::from_value(s.clone()).unwrap())
                .unwrap_or(NodeStatus::Ready);
            st.nodes.insert(
                name.clone(),
                NodeRecord {
                    name: name.clone(),
                    provider: n.provider.clone(),
                    provider_id: Some(format!("id-{name}")),
                    address: n.host.clone(),
                    port: n.port,
                    region: n.region.clone(),
                    zone: Some(n.zone.clone()),
                    pool: n.pool.clone(),
                    attributes_hash: attributes_hash(&attributes),
                    attributes,
                    token: (status != NodeStatus::Ready).then(|| format!("tok-{name}")),
                    status,
                    private: BTreeMap::new(),
                },
            );
        }
        st
    });
    let mut live = Live::default();
    if let Some(v) = read_json(&d.join("live.json")) {
        if let Some(nodes) = v.get("nodes") {
            live.nodes =
                serde_json::from_value::<BTreeMap<String, Observed>>(nodes.clone()).unwrap();
        }
        if let Some(unknown) = v.get("unknown") {
            live.unknown = serde_json::from_value(unknown.clone()).unwrap();
        }
    }
    let o = read_json(&d.join("options.json")).unwrap_or_default();
    let set = |k: &str| -> Option<std::collections::BTreeSet<String>> {
        o.get(k).map(|v| serde_json::from_value(v.clone()).unwrap())
    };
    let opts = PlanOptions {
        destroy: o["destroy"] == true,
        replace: set("replace").unwrap_or_default(),
        target: set("target"),
        now: None,
    };
    let p = plan::plan(
        &stack,
        state.as_ref(),
        &live,
        &BTreeMap::new(),
        &key,
        &opts,
        &Spread,
    )
    .unwrap_or_else(|e| panic!("{case}: {e}"));
    let got = plan::render::text(&p, false, &stack.redactor);
    let expected_path = d.join("plan.txt");
    if std::env::var_os("LAVASTACK_BLESS").is_some() {
        std::fs::write(&expected_path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&expected_path)
        .unwrap_or_else(|_| panic!("{case}: no plan.txt (LAVASTACK_BLESS=1 writes it)"));
    if got != want {
        let diff = similar::TextDiff::from_lines(&want, &got)
            .unified_diff()
            .header("expected", "got")
            .to_string();
        panic!("case {case}: the plan differs from plan.txt\n{diff}");
    }
    assert!(
        !got.contains("fixture-password"),
        "{case}: the password leaked"
    );
}

macro_rules! cases {
    ($($name:ident),* $(,)?) => {
        $( #[test] fn $name() { run(stringify!($name)); } )*

        #[test]
        fn every_folder_is_a_case() {
            let listed = [$(stringify!($name)),*];
            for e in std::fs::read_dir(dir("")).unwrap() {
                let name = e.unwrap().file_name().to_string_lossy().into_owned();
                assert!(listed.contains(&name.as_str()), "tests/fixtures/plans/{name} is not in cases!");
            }
        }
    };
}

cases!(
    create_from_nothing,
    nothing_to_do,
    weight_changes_in_place,
    port_change_replaces_a_local_node,
    removed_node_is_deleted,
    destroy_deletes_everything,
    requested_replace,
    gone_node_is_created_again,
    drift_is_updated,
    unreachable_node_is_left_with_a_warning,
    failed_local_create_is_replaced,
    unfinished_aws_create_is_resumed_and_adopts,
    orphan_is_deleted_and_unknown_is_adopted,
    target_leaves_other_changes_for_later,
    region_losing_redundancy_warns,
    password_change_replaces_a_local_node,
    provider_move_replaces,
);
