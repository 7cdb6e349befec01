//! Native placement: where each pool member goes. `builtin:spread` is the default and the
//! yardstick WebAssembly placement policies will be measured against.

use std::collections::BTreeMap;

use crate::stack::{Pool, Region};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub name: String,
    pub region: String,
    pub zone: String,
}

/// Spreads `pool.count` members over the pool's regions and their zones, keeping every
/// existing placement that is still valid so plans stay stable. New members go to the
/// (region, zone) with the fewest members; ties go to the earlier region, then zone, as
/// written in the stack. Region capacity, when set, is never exceeded by new members.
pub fn spread(
    pool: &Pool,
    regions: &BTreeMap<String, Region>,
    existing: &BTreeMap<String, (String, String)>,
) -> Vec<Placement> {
    let slots: Vec<(String, String)> = pool
        .regions
        .iter()
        .filter_map(|r| regions.get(r))
        .flat_map(|r| r.zones.iter().map(move |z| (r.name.clone(), z.clone())))
        .collect();
    if slots.is_empty() {
        return Vec::new();
    }
    let mut load: BTreeMap<(String, String), usize> =
        slots.iter().map(|s| (s.clone(), 0)).collect();
    let mut per_region: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(pool.count as usize);
    let mut todo = Vec::new();
    for i in 1..=pool.count {
        let name = format!("{}-{i}", pool.name);
        match existing.get(&name) {
            Some(slot) if load.contains_key(slot) => {
                *load.get_mut(slot).expect("checked") += 1;
                *per_region.entry(slot.0.clone()).or_default() += 1;
                out.push(Placement {
                    name,
                    region: slot.0.clone(),
                    zone: slot.1.clone(),
                });
            }
            _ => todo.push(name),
        }
    }
    for name in todo {
        let full = |r: &str| {
            regions
                .get(r)
                .and_then(|reg| reg.capacity)
                .is_some_and(|cap| per_region.get(r).copied().unwrap_or(0) >= cap as usize)
        };
        let pick = slots
            .iter()
            .filter(|s| !full(&s.0))
            .min_by_key(|s| load[*s])
            .or_else(|| slots.iter().min_by_key(|s| load[*s]))
            .expect("slots is not empty")
            .clone();
        *load.get_mut(&pick).expect("known slot") += 1;
        *per_region.entry(pick.0.clone()).or_default() += 1;
        out.push(Placement {
            name,
            region: pick.0,
            zone: pick.1,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(name: &str, zones: &[&str]) -> Region {
        Region {
            name: name.into(),
            provider: "local.x".into(),
            primary: false,
            zones: zones.iter().map(|z| z.to_string()).collect(),
            capacity: None,
            span: None,
        }
    }

    fn pool(count: u32, regions: &[&str]) -> Pool {
        Pool {
            name: "p".into(),
            regions: regions.iter().map(|r| r.to_string()).collect(),
            count,
            weight: 1,
            priority: 1,
            maintenance: false,
            command: None,
            tags: Default::default(),
            span: None,
        }
    }

    #[test]
    fn spreads_evenly_and_keeps_existing() {
        let regions: BTreeMap<_, _> = [("eu".to_string(), region("eu", &["a", "b", "c"]))].into();
        let first = spread(&pool(4, &["eu"]), &regions, &BTreeMap::new());
        let zones: Vec<_> = first.iter().map(|p| p.zone.as_str()).collect();
        assert_eq!(zones, ["a", "b", "c", "a"]);
        let existing = [("p-1".to_string(), ("eu".to_string(), "c".to_string()))].into();
        let again = spread(&pool(2, &["eu"]), &regions, &existing);
        assert_eq!(again[0].zone, "c", "existing placement kept");
        assert_eq!(again[1].zone, "a");
    }
}
