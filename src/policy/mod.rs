//! Policies: who decides where pool members go (placement) and which node a guild's player
//! goes to (selection). Native built-ins and team-written WebAssembly modules (ABI v1, see
//! docs/policies.md) sit behind one trait, so the planner and the router do not care which
//! one runs.

pub mod abi;
pub mod bench;
pub mod builtin;
pub mod fingerprint;
pub mod simulate;
pub mod wasm;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

pub use abi::*;

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("policy {policy}: cannot load: {message}")]
    Load { policy: String, message: String },
    #[error("policy {policy}: {call} trapped: {message}")]
    Trap {
        policy: String,
        call: &'static str,
        message: String,
    },
    #[error("policy {policy}: {call} ran out of fuel (budget {budget} instructions)")]
    OutOfFuel {
        policy: String,
        call: &'static str,
        budget: u64,
    },
    #[error("policy {policy}: {call} did not finish within {limit:?}")]
    Timeout {
        policy: String,
        call: &'static str,
        limit: Duration,
    },
    #[error("policy {policy}: {call} hit the memory limit of {limit} bytes")]
    Memory {
        policy: String,
        call: &'static str,
        limit: usize,
    },
    #[error("policy {policy}: {call} returned bad output: {message}")]
    BadOutput {
        policy: String,
        call: &'static str,
        message: String,
    },
    #[error("policy {policy}: {call} named unknown node \"{node}\"")]
    UnknownNode {
        policy: String,
        call: &'static str,
        node: String,
    },
    #[error("policy {policy}: place_nodes returned {got} placements for a pool of {want}")]
    WrongCount {
        policy: String,
        want: u32,
        got: usize,
    },
    #[error("policy {policy}: does not export {call}")]
    Unsupported { policy: String, call: &'static str },
}

/// A policy: native or WebAssembly. Calls must be safe to make from many threads at once.
pub trait Policy: Send + Sync {
    fn name(&self) -> &str;
    fn can_select(&self) -> bool {
        false
    }
    fn can_place(&self) -> bool {
        false
    }
    /// The export selection goes through: `select_node_packed` for a wasm module that has it.
    fn select_export(&self) -> &'static str {
        "select_node"
    }
    fn select(&self, input: &SelectInput) -> Result<Ranking, PolicyError> {
        let _ = input;
        Err(PolicyError::Unsupported {
            policy: self.name().into(),
            call: "select_node",
        })
    }
    fn place(&self, input: &PlaceInput) -> Result<Placements, PolicyError> {
        let _ = input;
        Err(PolicyError::Unsupported {
            policy: self.name().into(),
            call: "place_nodes",
        })
    }
    /// `select` with its answer checked ([`check_ranking`]): what [`select_checked`], and so
    /// the router, the load generator and `simulate`, call. A policy that checks while it reads
    /// its answer (a wasm module, through [`ranking_from_answer`]) overrides it to check once;
    /// an override must check as much, since nothing checks after it.
    fn select_and_check(&self, input: &SelectInput) -> Result<Ranking, PolicyError> {
        let r = self.select(input)?;
        check_names(self.name(), self.select_export(), input, &r.ranking).map(|()| r)
    }
}

/// Calls `select` and checks the answer: every name must be one of the input's nodes, once.
pub fn select_checked(p: &dyn Policy, input: &SelectInput) -> Result<Ranking, PolicyError> {
    p.select_and_check(input)
}

/// The check [`select_checked`] makes: every name one of the input's nodes, none twice.
pub fn check_ranking(p: &dyn Policy, input: &SelectInput, r: &Ranking) -> Result<(), PolicyError> {
    check_names(p.name(), p.select_export(), input, &r.ranking)
}

/// The input's node names, looked up by a hash first: the router checks every decision, and
/// comparing each answer against each node name by memcmp was a tenth of a wasm call's cost.
struct NameIndex<'a> {
    nodes: &'a [NodeInfo],
    keys: Vec<u64>,
}

impl<'a> NameIndex<'a> {
    fn new(nodes: &'a [NodeInfo]) -> Self {
        NameIndex {
            nodes,
            keys: nodes.iter().map(|n| Self::key(&n.name)).collect(),
        }
    }
    fn key(s: &str) -> u64 {
        s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
        })
    }
    fn find(&self, name: &str) -> Option<usize> {
        let h = Self::key(name);
        self.keys
            .iter()
            .zip(self.nodes)
            .position(|(k, n)| *k == h && n.name == name)
    }
}

fn check_names(
    policy: &str,
    call: &'static str,
    input: &SelectInput,
    names: &[String],
) -> Result<(), PolicyError> {
    let index = NameIndex::new(&input.nodes);
    let mut seen = vec![false; input.nodes.len()];
    for name in names {
        match index.find(name) {
            Some(i) if !seen[i] => seen[i] = true,
            Some(_) => {
                return Err(PolicyError::BadOutput {
                    policy: policy.into(),
                    call,
                    message: format!("the ranking names \"{name}\" twice"),
                })
            }
            None => {
                return Err(PolicyError::UnknownNode {
                    policy: policy.into(),
                    call,
                    node: name.clone(),
                })
            }
        }
    }
    Ok(())
}

/// Reads and checks a selection answer, the JSON text `{"ranking":[...]}` a module returns,
/// as [`check_ranking`] would. The SDK's answer (no spaces, no escapes) is read in one pass
/// that checks each name as it goes and takes the input's copy of it; anything else goes
/// through serde and the check, which name what is wrong. In a fresh wasm call at 32 nodes
/// serde's parse and the separate check were 2.3 µs of ~12, the one pass is ~0.9 µs.
pub fn ranking_from_answer(
    policy: &str,
    call: &'static str,
    input: &SelectInput,
    text: &str,
) -> Result<Ranking, PolicyError> {
    if let Some(r) = canonical_ranking(input, text.as_bytes()) {
        return Ok(r);
    }
    let r: Ranking =
        serde_json::from_str(text).map_err(|e| not_the_json(policy, call, &e, text))?;
    check_names(policy, call, input, &r.ranking)?;
    Ok(r)
}

/// A module's answer that does not read as the JSON its call returns, with its start shown.
fn not_the_json(
    policy: &str,
    call: &'static str,
    e: &serde_json::Error,
    text: &str,
) -> PolicyError {
    let shown: String = text.chars().take(80).collect();
    PolicyError::BadOutput {
        policy: policy.into(),
        call,
        message: format!("answer is not the expected JSON ({e}): {shown}"),
    }
}

/// The one-pass reader of [`ranking_from_answer`]: `None` for anything but the exact form
/// `{"ranking":["a","b"]}` with known, distinct names free of escapes and control characters,
/// whose meaning is then the same as serde's.
fn canonical_ranking(input: &SelectInput, bytes: &[u8]) -> Option<Ranking> {
    let mut rest = bytes.strip_prefix(b"{\"ranking\":[")?.strip_suffix(b"]}")?;
    let index = NameIndex::new(&input.nodes);
    let mut seen = vec![false; input.nodes.len()];
    let mut ranking = Vec::with_capacity(input.nodes.len());
    while !rest.is_empty() {
        if !ranking.is_empty() {
            rest = rest.strip_prefix(b",")?;
        }
        let body = rest.strip_prefix(b"\"")?;
        let end = body.iter().position(|b| *b == b'"')?;
        let name = &body[..end];
        if name.iter().any(|b| *b == b'\\' || *b < 0x20) {
            return None;
        }
        let i = index.find(std::str::from_utf8(name).ok()?)?;
        if std::mem::replace(&mut seen[i], true) {
            return None;
        }
        ranking.push(input.nodes[i].name.clone());
        rest = &body[end + 1..];
    }
    Some(Ranking { ranking })
}

/// Calls `place` and checks the answer: the right count, the pool's names, known regions and
/// zones.
pub fn place_checked(p: &dyn Policy, input: &PlaceInput) -> Result<Placements, PolicyError> {
    let r = p.place(input)?;
    if r.placements.len() != input.count as usize {
        return Err(PolicyError::WrongCount {
            policy: p.name().into(),
            want: input.count,
            got: r.placements.len(),
        });
    }
    for pl in &r.placements {
        let zone_ok = input
            .regions
            .iter()
            .any(|reg| reg.name == pl.region && reg.zones.contains(&pl.zone));
        if !zone_ok {
            return Err(PolicyError::BadOutput {
                policy: p.name().into(),
                call: "place_nodes",
                message: format!(
                    "{} placed in unknown region/zone {}/{}",
                    pl.name, pl.region, pl.zone
                ),
            });
        }
    }
    let mut names: Vec<&str> = r.placements.iter().map(|p| p.name.as_str()).collect();
    names.sort();
    let mut want: Vec<String> = (1..=input.count)
        .map(|i| format!("{}-{i}", input.pool))
        .collect();
    want.sort();
    if names != want.iter().map(String::as_str).collect::<Vec<_>>() {
        return Err(PolicyError::BadOutput {
            policy: p.name().into(),
            call: "place_nodes",
            message: format!(
                "placements must be named {}-1..{}-{}",
                input.pool, input.pool, input.count
            ),
        });
    }
    Ok(r)
}

/// The stack's two policies, loaded (wasm modules compiled and checked).
pub struct StackPolicies {
    pub selection: Arc<dyn Policy>,
    pub placement: Arc<dyn Policy>,
}

pub fn for_stack(stack: &crate::stack::Stack) -> Result<StackPolicies, PolicyError> {
    let get =
        |kind: &str, default: &str, needs_select: bool| -> Result<Arc<dyn Policy>, PolicyError> {
            let Some(cfg) = stack.policies.get(kind) else {
                return load(default, &stack.dir, wasm::Limits::default());
            };
            let d = wasm::Limits::default();
            let limits = wasm::Limits {
                fuel: cfg.fuel.unwrap_or(d.fuel),
                memory_bytes: cfg
                    .memory_mb
                    .map(|m| (m as usize) << 20)
                    .unwrap_or(d.memory_bytes),
                timeout: cfg.timeout.unwrap_or(d.timeout),
                max_output: d.max_output,
            };
            let p = load(&cfg.module, &stack.dir, limits)?;
            let ok = if needs_select {
                p.can_select()
            } else {
                p.can_place()
            };
            if !ok {
                return Err(PolicyError::Load {
                    policy: p.name().into(),
                    message: format!(
                        "is used as the {kind} policy but does not export {}",
                        if needs_select {
                            "select_node"
                        } else {
                            "place_nodes"
                        }
                    ),
                });
            }
            Ok(p)
        };
    Ok(StackPolicies {
        selection: get("selection", "builtin:least-load", true)?,
        placement: get("placement", "builtin:spread", false)?,
    })
}

/// Resolves a stack's `module` string: `builtin:*` or a `.wasm`/`.wat` path.
pub fn load(
    module: &str,
    base: &Path,
    limits: wasm::Limits,
) -> Result<Arc<dyn Policy>, PolicyError> {
    match module {
        "builtin:least-load" => Ok(Arc::new(builtin::LeastLoad)),
        "builtin:spread" => Ok(Arc::new(builtin::Spread)),
        m if m.starts_with("builtin:") => Err(PolicyError::Load {
            policy: m.into(),
            message: "unknown built-in policy (builtin:least-load, builtin:spread)".into(),
        }),
        path => {
            let p = crate::stack::resolve_under(base, path);
            Ok(Arc::new(wasm::WasmPolicy::from_file(&p, limits)?))
        }
    }
}

#[cfg(test)]
mod answer_tests {
    use super::*;

    fn input() -> SelectInput {
        let mut i = bench::synthetic_select(4);
        i.nodes[3].name = "é,\"x".into();
        i
    }

    fn read(text: &str) -> Result<Vec<String>, String> {
        ranking_from_answer("p", "select_node", &input(), text)
            .map(|r| r.ranking)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn the_one_pass_reader_agrees_with_serde_and_the_check() {
        // The SDK's form, read in one pass.
        let i = input();
        assert_eq!(
            canonical_ranking(&i, br#"{"ranking":["node-2","node-0"]}"#).unwrap(),
            Ranking {
                ranking: vec!["node-2".into(), "node-0".into()]
            }
        );
        assert_eq!(
            canonical_ranking(&i, br#"{"ranking":[]}"#).unwrap().ranking,
            Vec::<String>::new()
        );
        // Everything else is left to serde, with the same meaning or the same error.
        for other in [
            r#"{ "ranking": ["node-2", "node-0"] }"#,
            r#"{"ranking":["node\u002d2","node-0"]}"#,
            r#"{"ranking":["node-2","node-0"],"extra":1}"#,
        ] {
            assert!(canonical_ranking(&i, other.as_bytes()).is_none(), "{other}");
            assert_eq!(read(other).unwrap(), ["node-2", "node-0"], "{other}");
        }
        // A name with a quote needs an escape, so only serde reads it.
        assert_eq!(read(r#"{"ranking":["é,\"x"]}"#).unwrap(), ["é,\"x"]);
        for (bad, says) in [
            (r#"{"ranking":["node-9"]}"#, "named unknown node \"node-9\""),
            (
                r#"{"ranking":["node-1","node-1"]}"#,
                "names \"node-1\" twice",
            ),
            (r#"{"ranking":["node-1",]}"#, "not the expected JSON"),
            (r#"{"ranking":["node-1""#, "not the expected JSON"),
            (r#"{"ranking":["node-1"]}]}"#, "not the expected JSON"),
            ("{\"ranking\":[\"node\u{1}\"]}", "not the expected JSON"),
            (r#"{"ranking":"node-1"}"#, "not the expected JSON"),
            ("", "not the expected JSON"),
        ] {
            let e = read(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }
}
