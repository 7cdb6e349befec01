//! The planner's rules for what refresh found: adoption, orphans, resumed creates, drift.

use super::*;
use crate::model::attributes_hash;
use crate::policy::builtin::Spread;

fn test_key() -> FingerprintKey {
    FingerprintKey::from_bytes([7; 32])
}

fn stack(kind: &str) -> Stack {
    let provider = match kind {
        "aws" => {
            r#"provider "aws" "p" {
  region        = "eu-west-1"
  ami           = "ami-1"
  instance_type = "t3.small"
}"#
        }
        _ => r#"provider "local" "p" {}"#,
    };
    let text = format!(
        "stack \"t\" {{}}\n{provider}\nregion \"r\" {{ provider = \"{kind}.p\" }}\nnode \"a\" {{ region = \"r\" }}\nnode \"b\" {{ region = \"r\" }}\n"
    );
    crate::stack::load_str(
        std::path::Path::new("t.hcl"),
        &text,
        &crate::stack::LoadOptions::default(),
    )
    .expect("valid stack")
}

/// State holding node `a` as the stack wants it, with `status`.
fn state_with_a(s: &Stack, status: NodeStatus) -> State {
    let mut st = State::new("t");
    let d = desired_nodes(s, None, &Spread, &test_key())
        .unwrap()
        .remove("a")
        .unwrap();
    let attributes = d.attributes();
    st.nodes.insert(
        "a".into(),
        NodeRecord {
            name: "a".into(),
            provider: d.provider.clone(),
            provider_id: (status == NodeStatus::Ready).then(|| "i-a".to_string()),
            address: None,
            port: None,
            region: d.region.clone(),
            zone: Some(d.zone.clone()),
            pool: None,
            attributes_hash: attributes_hash(&attributes),
            attributes,
            status,
            private: BTreeMap::new(),
            token: Some("tok-a".into()),
        },
    );
    st
}

fn unknown(node: &str, id: &str, token: &str) -> Discovered {
    Discovered {
        node: node.into(),
        provider: "aws.p".into(),
        provider_id: id.into(),
        address: None,
        token: Some(token.into()),
        private: BTreeMap::new(),
        owner: crate::model::Owner::Unmarked,
    }
}

/// Plans with the stack's policies as they are (the tests change no module).
fn plan(
    s: &Stack,
    st: Option<&State>,
    live: &Live,
    opts: &PlanOptions,
    placement: &dyn Policy,
) -> Result<Plan, PolicyError> {
    let fingerprints = crate::policy::fingerprint::fingerprints(s);
    super::plan(s, st, live, &fingerprints, &test_key(), opts, placement)
}

fn change<'a>(p: &'a Plan, address: &str) -> &'a Change {
    p.changes
        .iter()
        .find(|c| c.address == address)
        .unwrap_or_else(|| panic!("no change {address} in {:?}", p.changes))
}

#[test]
fn unknown_instance_of_an_unrecorded_node_is_adopted_and_others_are_deleted() {
    let s = stack("aws");
    let st = state_with_a(&s, NodeStatus::Ready);
    let live = Live {
        nodes: [("a".to_string(), Observed::Running)].into(),
        unknown: vec![
            unknown("a", "i-dup", "tok-x"),
            unknown("b", "i-b1", "tok-b"),
            unknown("b", "i-b2", "tok-b2"),
            unknown("gone-node", "i-old", "tok-old"),
        ],
        api_calls: BTreeMap::new(),
    };
    let p = plan(&s, Some(&st), &live, &PlanOptions::default(), &Spread).unwrap();
    let b = change(&p, "node.b");
    assert_eq!(b.action, Action::Create);
    assert_eq!(
        b.token.as_deref(),
        Some("tok-b"),
        "adopts the first one found"
    );
    assert!(b.reason.as_deref().unwrap().contains("i-b1"));
    for id in ["i-dup", "i-b2", "i-old"] {
        let c = change(&p, &format!("orphan.{id}"));
        assert_eq!(c.action, Action::Delete);
        assert_eq!(c.orphan.as_ref().unwrap().provider_id, id);
    }
    assert_eq!(change(&p, "node.a").action, Action::NoOp);
}

/// What another state's lineage made is neither adopted nor deleted, nor is what carries no
/// lineage where the provider marks it; this state's own are treated as always.
#[test]
fn only_this_lineage_is_adopted_or_deleted() {
    use crate::model::Owner;
    let s = stack("aws");
    let st = state_with_a(&s, NodeStatus::Ready);
    let mine = Owner::Lineage(st.lineage.clone());
    let other = Owner::Lineage("00000000-0000-4000-8000-000000000000".into());
    let with = |u: Discovered, o: &Owner| Discovered {
        owner: o.clone(),
        ..u
    };
    let live = Live {
        nodes: [("a".to_string(), Observed::Running)].into(),
        unknown: vec![
            with(unknown("b", "i-theirs-b", "tok-1"), &other),
            with(unknown("gone", "i-theirs-old", "tok-2"), &other),
            with(unknown("b", "i-pre", "tok-3"), &Owner::Missing),
            with(unknown("gone", "i-mine-old", "tok-4"), &mine),
        ],
        api_calls: BTreeMap::new(),
    };
    let p = plan(&s, Some(&st), &live, &PlanOptions::default(), &Spread).unwrap();
    let b = change(&p, "node.b");
    assert_eq!(b.action, Action::Create);
    assert_eq!(b.adopt, None, "another state's instance is not adopted");
    assert_eq!(change(&p, "orphan.i-mine-old").action, Action::Delete);
    for id in ["i-theirs-b", "i-theirs-old", "i-pre"] {
        assert!(
            !p.changes.iter().any(|c| c.address.contains(id)),
            "{id} is left alone: {:?}",
            p.changes
        );
    }
    assert!(
        p.warnings
            .iter()
            .any(|w| w.contains("2 instance(s)") && w.contains("another state")),
        "{:?}",
        p.warnings
    );
    assert!(
        p.warnings
            .iter()
            .any(|w| w.contains("i-pre") && w.contains("lavastack import b i-pre")),
        "{:?}",
        p.warnings
    );
    // A fresh state (no lineage yet) owns nothing it finds.
    let p = plan(&s, None, &live, &PlanOptions::default(), &Spread).unwrap();
    assert!(
        !p.changes.iter().any(|c| c.action == Action::Delete),
        "{:?}",
        p.changes
    );
}

#[test]
fn unfinished_create_is_resumed_with_its_token_on_aws_and_replaced_on_local() {
    for status in [NodeStatus::Creating, NodeStatus::Failed] {
        let s = stack("aws");
        let st = state_with_a(&s, status);
        let live = Live {
            nodes: [(
                "a".to_string(),
                Observed::Found {
                    provider_id: "i-a".into(),
                },
            )]
            .into(),
            ..Default::default()
        };
        let p = plan(&s, Some(&st), &live, &PlanOptions::default(), &Spread).unwrap();
        let a = change(&p, "node.a");
        assert_eq!(a.action, Action::Create, "{status}");
        assert_eq!(a.token.as_deref(), Some("tok-a"));
        assert!(a
            .reason
            .as_deref()
            .unwrap()
            .contains("i-a, which it started, is adopted"));

        let s = stack("local");
        let st = state_with_a(&s, status);
        let p = plan(
            &s,
            Some(&st),
            &Live::default(),
            &PlanOptions::default(),
            &Spread,
        )
        .unwrap();
        let a = change(&p, "node.a");
        assert_eq!(a.action, Action::Replace, "{status}");
        assert_eq!(a.token, None);
    }
}

#[test]
fn drift_is_an_update_with_its_reason() {
    let s = stack("aws");
    let st = state_with_a(&s, NodeStatus::Ready);
    let live = Live {
        nodes: [(
            "a".to_string(),
            Observed::Drifted {
                reason: "application.yml was changed on the host".into(),
            },
        )]
        .into(),
        ..Default::default()
    };
    let p = plan(&s, Some(&st), &live, &PlanOptions::default(), &Spread).unwrap();
    let a = change(&p, "node.a");
    assert_eq!(a.action, Action::Update);
    assert!(a.reason.as_deref().unwrap().contains("changed on the host"));
}

#[test]
fn a_failed_create_whose_instance_is_gone_gets_a_fresh_token() {
    let s = stack("aws");
    let mut st = state_with_a(&s, NodeStatus::Failed);
    st.nodes.get_mut("a").unwrap().provider_id = Some("i-dead".into());
    let live = Live {
        nodes: [(
            "a".to_string(),
            Observed::Gone {
                reason: "instance i-dead is terminated".into(),
            },
        )]
        .into(),
        ..Default::default()
    };
    let p = plan(&s, Some(&st), &live, &PlanOptions::default(), &Spread).unwrap();
    let a = change(&p, "node.a");
    assert_eq!(a.action, Action::Create);
    assert_eq!(
        a.token, None,
        "a terminated instance's token is never reused"
    );
}

#[test]
fn the_same_inputs_give_a_byte_identical_plan() {
    let s = stack("aws");
    let st = state_with_a(&s, NodeStatus::Failed);
    let live = Live {
        nodes: [(
            "a".to_string(),
            Observed::Gone {
                reason: "terminated".into(),
            },
        )]
        .into(),
        unknown: vec![unknown("b", "i-b1", "tok-b"), unknown("z", "i-z", "tok-z")],
        api_calls: BTreeMap::new(),
    };
    let fingerprints: BTreeMap<String, String> =
        [("selection".to_string(), "builtin:least-load".to_string())].into();
    let opts = PlanOptions {
        now: Some(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_800_000_000)),
        ..Default::default()
    };
    let once = || {
        let p = super::plan(
            &s,
            Some(&st),
            &live,
            &fingerprints,
            &test_key(),
            &opts,
            &Spread,
        )
        .unwrap();
        serde_json::to_vec(&p).unwrap()
    };
    let first = once();
    for _ in 0..20 {
        assert_eq!(once(), first);
    }
}
