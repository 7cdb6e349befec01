//! Planning: desired (stack) vs recorded (state) vs live (refresh) -> [`Plan`].
//!
//! [`plan`] is a pure function: the same stack, state and observations give a byte-identical
//! plan. Refreshing (talking to providers) happens before, in [`refresh`], and applying after,
//! in `crate::apply`. A plan is plain data; `reason` fields exist to explain the plan to people
//! and must not drive apply.

pub mod file;
pub mod graph;
pub mod render;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::model::{Action, DesiredNode, FingerprintKey, Live, Observed};
use crate::model::{Discovered, ProviderKind};
use crate::policy::{Policy, PolicyError};
use crate::render::outputs::ArtifactChange;
use crate::stack::Stack;
use crate::state::{NodeRecord, NodeStatus, State};

mod steps;

/// Which state the plan was made against; apply refuses a plan whose prior does not match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prior {
    pub lineage: String,
    pub serial: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// `node.<name>`.
    pub address: String,
    pub name: String,
    pub provider: String,
    pub action: Action,
    /// For people only: why this action.
    pub reason: Option<String>,
    pub before: Option<BTreeMap<String, Json>>,
    pub after: Option<BTreeMap<String, Json>>,
    /// Attribute names whose value differs (update/replace).
    pub changed: Vec<String>,
    /// The subset of `changed` that forces a replacement.
    pub replace_because: Vec<String>,
    /// What apply creates or updates to; absent for deletes.
    pub desired: Option<DesiredNode>,
    /// Set for a delete of a leftover old node from an interrupted replace.
    #[serde(default)]
    pub deposed: bool,
    /// For a create: the token to create with, when resuming an interrupted create or
    /// adopting something found by refresh (apply makes a new one otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// For a create that adopts what refresh found: that exact thing (an EC2 instance id),
    /// so a twin carrying the same token is never the one kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopt: Option<String>,
    /// For the delete of something no record owns (found by refresh): what to delete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orphan: Option<Discovered>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub stack: String,
    pub prior: Option<Prior>,
    pub destroy: bool,
    /// Sorted by address, no-ops included (renderers hide them).
    pub changes: Vec<Change>,
    /// Things the operator should know that do not change the plan (unreachable nodes...).
    pub warnings: Vec<String>,
    /// Rendered files (outputs), sorted by address.
    #[serde(default)]
    pub artifacts: Vec<ArtifactChange>,
    /// Policies whose module changed since the last apply: (kind, before, after).
    #[serde(default)]
    pub policy_changes: Vec<(String, Option<String>, String)>,
    /// The policies this plan was made with (`crate::policy::fingerprints`), by kind: apply
    /// records these, the ones a reviewer saw, not whatever is on disk when it runs.
    #[serde(default)]
    pub policies: BTreeMap<String, String>,
    /// How routing would change (set by the CLI when nodes or policies change).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing: Option<crate::policy::simulate::Report>,
    /// What the planned cluster holds against the last `lavastack baseline` (when there is one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<CapacityCheck>,
}

/// The cluster before and after a plan, in multiples of the measured peak.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CapacityCheck {
    /// When the baseline was taken (RFC 3339).
    pub baseline_taken_at: String,
    pub peak_playing_players: u64,
    pub nodes_before: usize,
    pub nodes_after: usize,
    pub holds_before: f64,
    pub holds_after: f64,
    /// The multiple the baseline was asked to size for.
    pub target: f64,
}

impl CapacityCheck {
    pub fn line(&self) -> String {
        format!(
            "Capacity: {} node(s) hold {:.1}x the measured peak of {} playing players; after this plan {} node(s) hold {:.1}x (baseline of {}).",
            self.nodes_before,
            self.holds_before,
            self.peak_playing_players,
            self.nodes_after,
            self.holds_after,
            self.baseline_taken_at
        )
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub add: usize,
    pub change: usize,
    pub destroy: usize,
}

impl Change {
    /// A string attribute as the change leaves it (or as it was, for a delete); "" if none.
    pub fn attr_str(&self, k: &str) -> &str {
        self.after
            .as_ref()
            .or(self.before.as_ref())
            .and_then(|a| a.get(k))
            .and_then(|v| v.as_str())
            .unwrap_or("")
    }
}

impl Plan {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        let actions = self
            .changes
            .iter()
            .map(|c| c.action)
            .chain(self.artifacts.iter().map(|a| a.action))
            .chain(self.policy_changes.iter().map(|_| Action::Update));
        for action in actions {
            match action {
                Action::Create => s.add += 1,
                Action::Update => s.change += 1,
                Action::Replace => {
                    s.add += 1;
                    s.destroy += 1
                }
                Action::Delete => s.destroy += 1,
                Action::NoOp => {}
            }
        }
        s
    }

    pub fn has_changes(&self) -> bool {
        self.changes.iter().any(|c| c.action != Action::NoOp)
            || self.artifacts.iter().any(|a| a.action != Action::NoOp)
            || !self.policy_changes.is_empty()
    }

    /// Whether selection could change: nodes come or go, routing attributes or the policy change.
    pub fn affects_routing(&self) -> bool {
        const ROUTING: &[&str] = &["weight", "priority", "maintenance", "region", "zone"];
        self.changes.iter().any(|c| match c.action {
            Action::Create | Action::Delete => true,
            Action::Update | Action::Replace => {
                c.changed.iter().any(|k| ROUTING.contains(&k.as_str()))
            }
            Action::NoOp => false,
        }) || self.policy_changes.iter().any(|(k, _, _)| k == "selection")
    }

    /// The nodes that exist after this plan is applied.
    pub fn desired_after(&self) -> BTreeMap<String, DesiredNode> {
        self.changes
            .iter()
            .filter(|c| c.action != Action::Delete)
            .filter_map(|c| c.desired.clone().map(|d| (d.name.clone(), d)))
            .collect()
    }
}

#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    pub destroy: bool,
    /// Nodes to replace even though nothing changed (`--replace`, rolling restarts).
    pub replace: std::collections::BTreeSet<String>,
    /// When set, only these nodes' changes are planned (`--target`); the rest stay as they are.
    pub target: Option<std::collections::BTreeSet<String>>,
    /// The time maintenance windows are judged at; `None` ignores them.
    pub now: Option<std::time::SystemTime>,
}

/// The nodes the stack wants, with pools expanded by the placement policy (which keeps
/// recorded placements unless it moves them).
pub fn desired_nodes(
    stack: &Stack,
    state: Option<&State>,
    placement: &dyn Policy,
    key: &FingerprintKey,
) -> Result<BTreeMap<String, DesiredNode>, PolicyError> {
    let mut out = BTreeMap::new();
    // The loader refuses a region without a provider; a Stack built some other way gets no
    // node there rather than one with a made-up provider.
    let provider_of = |region: &str| -> Option<&crate::stack::ProviderConfig> {
        stack
            .regions
            .get(region)
            .and_then(|r| stack.providers.get(&r.provider))
    };
    let password_fp = |own: Option<&crate::stack::Secret>| {
        own.or(stack.password.as_ref()).map(|s| s.fingerprint(key))
    };
    for n in stack.nodes.values() {
        let Some(cfg) = provider_of(&n.region) else {
            continue;
        };
        let zone = n.zone.clone().unwrap_or_else(|| {
            stack
                .regions
                .get(&n.region)
                .and_then(|r| r.zones.first().cloned())
                .unwrap_or_default()
        });
        out.insert(
            n.name.clone(),
            DesiredNode {
                name: n.name.clone(),
                port: n.port.or_else(|| cfg.kind.default_port()),
                provider: cfg.address.clone(),
                provider_kind: cfg.kind,
                region: n.region.clone(),
                zone,
                pool: None,
                weight: n.weight,
                priority: n.priority,
                maintenance: n.maintenance,
                host: n.host.clone(),
                command: n.command.clone(),
                lavalink_version: stack.lavalink_version.clone(),
                tags: crate::stack::node_tags(Some(cfg), &n.tags),
                password: password_fp(n.password.as_ref()),
                slot: 0,
                settings: with_tls(
                    stack,
                    crate::stack::node_settings(
                        Some(cfg),
                        n.instance_type.as_deref(),
                        n.ssh_port,
                        n.prefix.as_deref(),
                    ),
                    stack.node_tls(&n.name, &n.region),
                ),
            },
        );
    }
    for pool in stack.pools.values() {
        let existing: Vec<crate::policy::Placement> = state
            .map(|s| {
                s.nodes
                    .values()
                    .filter(|r| r.pool.as_deref() == Some(pool.name.as_str()))
                    .map(|r| crate::policy::Placement {
                        name: r.name.clone(),
                        region: r.region.clone(),
                        zone: r.zone.clone().unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let input = crate::policy::PlaceInput {
            abi: crate::policy::ABI_VERSION,
            pool: pool.name.clone(),
            count: pool.count,
            regions: pool
                .regions
                .iter()
                .filter_map(|r| stack.regions.get(r))
                .map(|r| crate::policy::RegionInfo {
                    name: r.name.clone(),
                    zones: r.zones.clone(),
                    capacity: r.capacity,
                })
                .collect(),
            existing,
            config: stack
                .policies
                .get("placement")
                .map(|p| p.config.clone())
                .unwrap_or(Json::Object(Default::default())),
        };
        for p in crate::policy::place_checked(placement, &input)?.placements {
            let Some(cfg) = provider_of(&p.region) else {
                continue;
            };
            let settings = with_tls(
                stack,
                crate::stack::node_settings(Some(cfg), pool.instance_type.as_deref(), None, None),
                stack.node_tls(&p.name, &p.region),
            );
            let tags = crate::stack::node_tags(Some(cfg), &pool.tags);
            out.insert(
                p.name.clone(),
                DesiredNode {
                    name: p.name,
                    port: cfg.kind.default_port(),
                    provider: cfg.address.clone(),
                    provider_kind: cfg.kind,
                    region: p.region,
                    zone: p.zone,
                    pool: Some(pool.name.clone()),
                    weight: pool.weight,
                    priority: pool.priority,
                    maintenance: pool.maintenance,
                    host: None,
                    command: pool.command.clone(),
                    lavalink_version: stack.lavalink_version.clone(),
                    tags,
                    password: password_fp(None),
                    slot: 0,
                    settings,
                },
            );
        }
    }
    assign_slots(&mut out, state);
    Ok(out)
}

/// A node serving TLS carries its files' paths (a change restarts it; the planner reads no
/// file) and how clients check it, so what was applied is what probes use.
fn with_tls(
    stack: &Stack,
    mut settings: BTreeMap<String, String>,
    tls: Option<crate::model::NodeTls>,
) -> BTreeMap<String, String> {
    if let Some(t) = tls {
        t.write_settings(&mut settings);
        // The certificate's content too: a renewal at the same path restarts the node with it.
        if let Some(d) = t.cert.as_ref().and_then(|c| stack.tls_cert_digests.get(c)) {
            settings.insert(crate::model::NodeTls::CERT_SHA256.into(), d.clone());
        }
    }
    settings
}

/// Nodes inside an active maintenance window are in maintenance.
pub fn apply_windows(
    stack: &Stack,
    desired: &mut BTreeMap<String, DesiredNode>,
    now: std::time::SystemTime,
) {
    for (name, d) in desired.iter_mut() {
        if stack.in_window(name, now) {
            d.maintenance = true;
        }
    }
}

/// Recorded nodes keep their slot; new nodes take the lowest free ones, in name order.
fn assign_slots(nodes: &mut BTreeMap<String, DesiredNode>, state: Option<&State>) {
    let recorded = |name: &str| {
        state
            .and_then(|s| s.nodes.get(name))
            .and_then(|r| r.attributes.get("slot"))
            .and_then(Json::as_u64)
            .map(|s| s as u32)
    };
    let mut used = std::collections::BTreeSet::new();
    let mut fresh = Vec::new();
    for (name, n) in nodes.iter_mut() {
        match recorded(name) {
            Some(s) if used.insert(s) => n.slot = s,
            _ => fresh.push(name.clone()),
        }
    }
    let mut next = 0;
    for name in fresh {
        while used.contains(&next) {
            next += 1;
        }
        used.insert(next);
        if let Some(n) = nodes.get_mut(&name) {
            n.slot = next;
        }
    }
}

/// The pure planner: the same stack, state, observations, policy fingerprints, key and options
/// give a byte-identical plan. It reads no file and asks no provider.
pub fn plan(
    stack: &Stack,
    state: Option<&State>,
    live: &Live,
    fingerprints: &BTreeMap<String, String>,
    key: &FingerprintKey,
    opts: &PlanOptions,
    placement: &dyn Policy,
) -> Result<Plan, PolicyError> {
    let desired = if opts.destroy {
        BTreeMap::new()
    } else {
        let mut d = desired_nodes(stack, state, placement, key)?;
        if let Some(now) = opts.now {
            apply_windows(stack, &mut d, now);
        }
        d
    };
    let empty = BTreeMap::new();
    let recorded = state.map(|s| &s.nodes).unwrap_or(&empty);
    let mut warnings = Vec::new();
    let (adopt, orphans) = steps::sort_discovered(
        live,
        &desired,
        recorded,
        state.map(|s| s.lineage.as_str()),
        &mut warnings,
    );
    let mut changes = Vec::new();
    for (name, want) in &desired {
        changes.push(match recorded.get(name) {
            None => steps::create(name, want, adopt.get(name.as_str()).copied()),
            Some(rec) => {
                let obs = live.nodes.get(name);
                if let Some(Observed::Unreachable { reason }) = obs {
                    warnings.push(format!("node {name} is unreachable: {reason}"));
                }
                steps::change(name, want, rec, obs, opts)
            }
        });
    }
    changes.extend(orphans.into_iter().map(steps::orphan_delete));
    changes.extend(steps::removals(&desired, recorded, state, opts));
    if let Some(target) = &opts.target {
        steps::restrict_to_target(&mut changes, target, &mut warnings);
    }
    changes.sort_by(|a, b| a.address.cmp(&b.address).then(a.deposed.cmp(&b.deposed)));
    warnings.extend(steps::redundancy_warnings(stack, recorded, &desired));
    Ok(Plan {
        stack: stack.name.clone(),
        prior: state.map(|s| Prior {
            lineage: s.lineage.clone(),
            serial: s.serial,
        }),
        destroy: opts.destroy,
        changes,
        warnings,
        artifacts: Vec::new(),
        policy_changes: policy_changes(fingerprints, state),
        policies: fingerprints.clone(),
        routing: None,
        capacity: None,
    })
}

fn policy_changes(
    fingerprints: &BTreeMap<String, String>,
    state: Option<&State>,
) -> Vec<(String, Option<String>, String)> {
    let Some(state) = state else {
        return Vec::new();
    };
    fingerprints
        .clone()
        .into_iter()
        .filter(|(k, v)| state.policies.get(k) != Some(v))
        .map(|(k, v)| {
            let before = state.policies.get(&k).cloned();
            (k, before, v)
        })
        .collect()
}

fn delete_change(rec: &NodeRecord, reason: String, deposed: bool) -> Change {
    Change {
        address: format!("node.{}", rec.name),
        name: rec.name.clone(),
        provider: rec.provider.clone(),
        action: Action::Delete,
        reason: Some(reason),
        before: Some(rec.attributes.clone()),
        after: None,
        changed: vec![],
        replace_because: vec![],
        desired: None,
        deposed,
        token: None,
        adopt: None,
        orphan: None,
    }
}

#[cfg(test)]
mod tests;
