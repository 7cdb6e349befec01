//! Not an example: a guest for lavastack's tests of the SDK's panic hook. It panics when asked
//! to (guild id `panic`), so the test can check that the panic's message and location reach
//! the host's trap error, and that the next call on the same policy works.

use lavastack_policy_sdk::*;

pub fn select(input: SelectInput<'_>) -> Ranking {
    if input.guild_id == "panic" {
        let first = input
            .nodes
            .first()
            .map(|n| n.name.as_ref())
            .unwrap_or("none");
        panic!("asked to panic (first node {first})");
    }
    let mut names: Vec<String> = input
        .nodes
        .iter()
        .filter(|n| eligible(n))
        .map(|n| n.name.to_string())
        .collect();
    names.sort();
    Ranking { ranking: names }
}

policy!(select = select);
