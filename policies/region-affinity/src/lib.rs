//! Selection: the guild's region first (else the primary region from config), then warm
//! secondaries; within each group, the least playing players per unit of weight.
//! config: `{ "primary": "eu-west" }` (optional).

use lavastack_policy_sdk::*;

pub fn select(input: SelectInput<'_>) -> Ranking {
    let home: Option<String> = match &input.region {
        Some(r) => Some(r.to_string()),
        None => input
            .config
            .get("primary")
            .and_then(|v| v.as_str().map(str::to_string)),
    };
    let mut nodes: Vec<&NodeInfo<'_>> = input.nodes.iter().filter(|n| eligible(n)).collect();
    nodes.sort_by(|a, b| {
        let away = |n: &NodeInfo<'_>| home.as_deref().is_some_and(|h| h != n.region);
        let load = |n: &NodeInfo<'_>| (n.playing_players as f64 + 1.0) / n.weight as f64;
        away(a)
            .cmp(&away(b))
            .then_with(|| a.priority.cmp(&b.priority))
            .then_with(|| load(a).total_cmp(&load(b)))
            .then_with(|| a.name.cmp(&b.name))
    });
    Ranking {
        ranking: nodes.into_iter().map(|n| n.name.to_string()).collect(),
    }
}

policy!(select = select);
