//! Selection by weighted rendezvous hashing on the guild id: a guild stays on its node while
//! that node is healthy, and when a node fails only its own guilds move (each to its next
//! choice), so one outage does not reshuffle the whole cluster.

use lavastack_policy_sdk::*;

fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in *p {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    // Finalise (splitmix64) so close inputs spread over the whole range.
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Weighted rendezvous score: -w / ln(u), u uniform in (0, 1).
fn score(guild: &str, node: &NodeInfo<'_>) -> f64 {
    let h = fnv1a(&[guild.as_bytes(), b":", node.name.as_bytes()]);
    let u = ((h >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
    -(node.weight as f64) / u.ln()
}

pub fn select(input: SelectInput<'_>) -> Ranking {
    let mut nodes: Vec<(&NodeInfo<'_>, f64)> = input
        .nodes
        .iter()
        .filter(|n| eligible(n))
        .map(|n| (n, score(&input.guild_id, n)))
        .collect();
    nodes.sort_by(|(a, sa), (b, sb)| sb.total_cmp(sa).then_with(|| a.name.cmp(&b.name)));
    Ranking {
        ranking: nodes.into_iter().map(|(n, _)| n.name.to_string()).collect(),
    }
}

policy!(select = select);
