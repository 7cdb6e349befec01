//! Guild cohorts: which guilds a canary node (or pool) may take while it holds only a share of
//! new selections (`traffic = "5%"`, or steps `["5%", "25%", "100%"]`).
//!
//! A guild's place is a stable hash of its id into 10,000 buckets; a node at share `s` admits
//! the guilds whose bucket is below `s x 10,000`. So the same guilds stay on the canary as the
//! share grows (every guild of the 5% cohort is in the 25% one), a guild never flips between
//! in and out while the share stands, and the measured share tracks the target. Named
//! `canary_guilds` are always in. The router applies it after the policy ranks (for every
//! policy, built-in or wasm), and the routing simulation the same way. Imports nothing.

use serde::{Deserialize, Serialize};

/// Buckets a guild id hashes into: shares are exact to 0.01%.
pub const BUCKETS: u32 = 10_000;

/// At most this many steps in a `traffic` list.
pub const MAX_STEPS: usize = 20;

/// A node's (or pool's) declared traffic steps, as fractions in (0, 1], increasing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Traffic {
    pub steps: Vec<f64>,
    /// Guild ids that are always in the cohort (they go first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub canary_guilds: Vec<String>,
}

impl Traffic {
    /// The share at `step` (the last step past the end).
    pub fn share_at(&self, step: usize) -> f64 {
        self.steps
            .get(step)
            .or(self.steps.last())
            .copied()
            .unwrap_or(1.0)
    }
}

/// Parses one share: `"5%"`, `"12.5%"` (0 < share <= 100%).
pub fn parse_share(s: &str) -> Result<f64, String> {
    let t = s.trim();
    let Some(num) = t
        .strip_suffix('%')
        .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return Err(format!("\"{s}\" is not a share: write it like \"5%\""));
    };
    let v: f64 = num
        .trim()
        .parse()
        .map_err(|_| format!("\"{s}\" is not a share: write it like \"5%\""))?;
    if !(v > 0.0 && v <= 100.0 && v.is_finite()) {
        return Err(format!(
            "\"{s}\" is out of range: a share is above 0% and at most 100%"
        ));
    }
    // One bucket is 0.01%: a smaller share would silently be that.
    if v < 0.01 {
        return Err(format!("\"{s}\" is below the smallest share, 0.01%"));
    }
    Ok(v / 100.0)
}

/// Parses the steps of `traffic`: each a share, strictly increasing, at most [`MAX_STEPS`].
pub fn parse_steps(steps: &[String]) -> Result<Vec<f64>, String> {
    if steps.is_empty() {
        return Err("traffic lists no step".into());
    }
    if steps.len() > MAX_STEPS {
        return Err(format!(
            "traffic lists {} steps; at most {MAX_STEPS}",
            steps.len()
        ));
    }
    let mut out: Vec<f64> = Vec::with_capacity(steps.len());
    for s in steps {
        let v = parse_share(s)?;
        if out.last().is_some_and(|p| v <= *p) {
            return Err(format!(
                "traffic steps must grow: \"{s}\" is not above the step before it"
            ));
        }
        out.push(v);
    }
    Ok(out)
}

/// The guild's bucket, 0..[`BUCKETS`]: FNV-1a over the id's bytes, then a 64-bit finaliser so
/// neighbouring snowflakes spread over all buckets.
pub fn bucket(guild_id: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in guild_id.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    (h % u64::from(BUCKETS)) as u32
}

/// Whether a node at `share` (with these named canary guilds) may take `guild_id`.
pub fn admits(share: f64, canary_guilds: &[String], guild_id: &str) -> bool {
    if share >= 1.0 || canary_guilds.iter().any(|g| g == guild_id) {
        return true;
    }
    if share <= 0.0 {
        return false;
    }
    f64::from(bucket(guild_id)) < share * f64::from(BUCKETS)
}

/// A node's cohort as the router applies it now.
#[derive(Debug, Clone, PartialEq)]
pub struct Cohort {
    pub share: f64,
    pub canary_guilds: Vec<String>,
}

/// Puts the nodes whose cohort does not admit the guild after the others, keeping each group's
/// order: they take the guild only when nothing else can (an outage is worse than a canary
/// taking more than its share). `cohort_of` is `None` for nodes without a share.
pub fn order<'a>(
    ranking: Vec<String>,
    guild_id: &str,
    cohort_of: impl Fn(&str) -> Option<&'a Cohort>,
) -> Vec<String> {
    let (mut first, rest): (Vec<String>, Vec<String>) = ranking
        .into_iter()
        .partition(|n| cohort_of(n).is_none_or(|c| admits(c.share, &c.canary_guilds, guild_id)));
    first.extend(rest);
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guilds() -> Vec<String> {
        (0..10_000u64)
            .map(|i| (400_000_000_000_000_000u64 + i * 7919).to_string())
            .collect()
    }

    #[test]
    fn cohorts_grow_without_losing_a_guild_and_hit_their_share() {
        let g = guilds();
        let mut previous: Option<Vec<&String>> = None;
        for share in [0.05, 0.25, 1.0] {
            let cohort: Vec<&String> = g.iter().filter(|x| admits(share, &[], x)).collect();
            let measured = cohort.len() as f64 / g.len() as f64;
            eprintln!(
                "share {share}: {} of {} guilds ({measured})",
                cohort.len(),
                g.len()
            );
            assert!(
                (measured - share).abs() <= 0.01,
                "share {share}: measured {measured}"
            );
            if let Some(prev) = &previous {
                for x in prev {
                    assert!(
                        cohort.contains(x),
                        "{x} left the cohort when it grew to {share}"
                    );
                }
            }
            previous = Some(cohort);
        }
        // The same guild gets the same answer every time.
        for x in g.iter().take(100) {
            assert_eq!(admits(0.3, &[], x), admits(0.3, &[], x));
        }
    }

    #[test]
    fn named_guilds_go_first_and_zero_admits_none_else() {
        let named = vec!["123".to_string()];
        assert!(admits(0.0, &named, "123"));
        assert!(!admits(0.0, &named, "456"));
        assert!(admits(1.0, &[], "456"));
    }

    #[test]
    fn ordering_demotes_a_canary_that_does_not_admit_the_guild() {
        let c = Cohort {
            share: 0.0,
            canary_guilds: vec![],
        };
        let ranking = vec!["canary".to_string(), "a".to_string(), "b".to_string()];
        let out = order(ranking.clone(), "42", |n| (n == "canary").then_some(&c));
        assert_eq!(out, ["a", "b", "canary"]);
        let all = Cohort {
            share: 1.0,
            canary_guilds: vec![],
        };
        let out = order(ranking.clone(), "42", |n| (n == "canary").then_some(&all));
        assert_eq!(out, ranking);
    }

    #[test]
    fn shares_and_steps_are_checked_where_they_enter() {
        assert_eq!(parse_share("5%").unwrap(), 0.05);
        assert_eq!(parse_share(" 12.5% ").unwrap(), 0.125);
        for bad in [
            "5", "0%", "101%", "-1%", "NaN%", "inf%", "%", "five%", "+5%", "0.001%",
        ] {
            assert!(parse_share(bad).is_err(), "{bad} accepted");
        }
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse_steps(&s(&["5%", "25%", "100%"])).unwrap(),
            vec![0.05, 0.25, 1.0]
        );
        assert!(parse_steps(&s(&["25%", "5%"])).is_err());
        assert!(parse_steps(&s(&["5%", "5%"])).is_err());
        assert!(parse_steps(&[]).is_err());
        assert!(parse_steps(&vec!["1%".to_string(); 21]).is_err());
    }
}
