//! Selection by weighted rendezvous hashing on the guild id: a guild stays on its node while
//! that node is healthy, and when a node fails only its own guilds move (each to its next
//! choice), so one outage does not reshuffle the whole cluster.

use lavastack_policy_sdk::*;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Finalise (splitmix64) so close inputs spread over the whole range.
fn mix(mut h: u64) -> u64 {
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Weighted rendezvous score of `guild:node`: -w / ln(u), u uniform in (0, 1). `prefix` is the
/// FNV state after `guild:`, hashed once per decision rather than once per node.
fn score(prefix: u64, node: &NodeInfo<'_>) -> f64 {
    let h = mix(fnv1a(prefix, node.name.as_bytes()));
    let u = ((h >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
    -(node.weight as f64) / u.ln()
}

pub fn select(input: SelectInput<'_>) -> Ranking {
    let prefix = fnv1a(fnv1a(FNV_OFFSET, input.guild_id.as_bytes()), b":");
    let mut nodes: Vec<(&NodeInfo<'_>, f64)> = input
        .nodes
        .iter()
        .filter(|n| eligible(n))
        .map(|n| (n, score(prefix, n)))
        .collect();
    nodes.sort_by(|(a, sa), (b, sb)| sb.total_cmp(sa).then_with(|| a.name.cmp(&b.name)));
    Ranking {
        ranking: nodes.into_iter().map(|(n, _)| n.name.to_string()).collect(),
    }
}

policy!(select = select);
