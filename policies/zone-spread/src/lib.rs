//! Placement: members spread evenly over every zone of the pool's regions; existing members
//! stay put; a new member goes to the zone with the fewest (earlier region, then zone, first),
//! never beyond a region's capacity while another region has room.

use std::collections::BTreeMap;

use lavastack_policy_sdk::*;

pub fn place(input: PlaceInput) -> Placements {
    let slots: Vec<(String, String)> = input
        .regions
        .iter()
        .flat_map(|r| r.zones.iter().map(move |z| (r.name.clone(), z.clone())))
        .collect();
    if slots.is_empty() {
        return Placements { placements: vec![] };
    }
    let mut load: BTreeMap<(String, String), usize> =
        slots.iter().map(|s| (s.clone(), 0)).collect();
    let mut per_region: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    let mut todo = Vec::new();
    for i in 1..=input.count {
        let name = format!("{}-{i}", input.pool);
        match input.existing.iter().find(|p| p.name == name) {
            Some(p) if load.contains_key(&(p.region.clone(), p.zone.clone())) => {
                *load.get_mut(&(p.region.clone(), p.zone.clone())).unwrap() += 1;
                *per_region.entry(p.region.clone()).or_default() += 1;
                out.push(p.clone());
            }
            _ => todo.push(name),
        }
    }
    for name in todo {
        let full = |r: &str| {
            input
                .regions
                .iter()
                .find(|x| x.name == r)
                .and_then(|x| x.capacity)
                .is_some_and(|cap| per_region.get(r).copied().unwrap_or(0) >= cap as usize)
        };
        let pick = slots
            .iter()
            .filter(|s| !full(&s.0))
            .min_by_key(|s| load[*s])
            .or_else(|| slots.iter().min_by_key(|s| load[*s]))
            .unwrap()
            .clone();
        *load.get_mut(&pick).unwrap() += 1;
        *per_region.entry(pick.0.clone()).or_default() += 1;
        out.push(Placement {
            name,
            region: pick.0,
            zone: pick.1,
        });
    }
    log(Level::Debug, "zone-spread placed a pool");
    Placements { placements: out }
}

policy!(place = place);
