//! The two hand-written halves of ABI v1's hot path, checked against serde_json on generated
//! inputs: the host's `SelectInput::to_json_bytes` must write exactly serde_json's bytes, and
//! the SDK's schema-aware reader must read back exactly what was written (floats bit for bit,
//! strings with every kind of escape), skip what it does not know, and never accept text that
//! is not JSON. `LAVASTACK_TEST_SEED=N` repeats a run.

use std::collections::BTreeMap;

use lavastack::policy::{Cpu, Frames, NodeInfo, SelectInput};
use lavastack_policy_sdk as sdk;
use serde_json::{json, Value};

use crate::common::Rng;

/// Generators of ABI inputs, on the shared seeded generator.
impl Rng {
    fn string(&mut self) -> String {
        const PIECES: &[&str] = &[
            "eu", "-", "1", "node", "\"", "\\", "/", "\n", "\t", "\r", "\u{8}", "\u{c}", "\u{1}",
            "\u{1f}", "\u{7f}", "é", "日本", "🎵", "\u{2028}", " ", "a", "Z", "{", "}", "[", ":",
            ",",
        ];
        let len = self.below(8);
        (0..len)
            .map(|_| PIECES[self.below(PIECES.len() as u64) as usize])
            .collect()
    }
    fn float(&mut self) -> f64 {
        match self.below(6) {
            // A load or a latency as the router computes them.
            0 => self.below(1000) as f64 / 1000.0,
            1 => self.below(100_000) as f64 / 7.0,
            2 => self.below(1 << 20) as f64,
            3 => -(self.below(1 << 30) as f64) * 1e-9,
            // Any finite double, huge and subnormal ones included.
            _ => loop {
                let v = f64::from_bits(self.next());
                if v.is_finite() {
                    break v;
                }
            },
        }
    }
    fn json(&mut self, depth: u32) -> Value {
        match self.below(if depth > 3 { 4 } else { 7 }) {
            0 => Value::Null,
            1 => json!(self.chance(2)),
            2 => json!(self.next() as i64),
            3 => json!(self.string()),
            4 => json!(self.float()),
            5 => Value::Array((0..self.below(4)).map(|_| self.json(depth + 1)).collect()),
            _ => Value::Object(
                (0..self.below(4))
                    .map(|_| (self.string(), self.json(depth + 1)))
                    .collect(),
            ),
        }
    }
    fn select_input(&mut self) -> SelectInput {
        let nodes = (0..self.below(40))
            .map(|_| NodeInfo {
                name: self.string(),
                region: self.string(),
                zone: self.string(),
                weight: self.next() as u32,
                priority: self.below(5) as u32,
                healthy: self.chance(2),
                draining: self.chance(4),
                players: self.next() >> self.below(64),
                playing_players: self.next() >> self.below(64),
                cpu: Cpu {
                    system_load: self.float(),
                    lavalink_load: self.float(),
                },
                memory_used: self.next(),
                frame: (!self.chance(3)).then(|| Frames {
                    sent: self.next() as i64,
                    nulled: self.next() as i64 >> self.below(64),
                    deficit: -(self.below(100) as i64),
                }),
                latency_ms: self.float(),
                tags: (0..self.below(3))
                    .map(|_| (self.string(), self.string()))
                    .collect::<BTreeMap<_, _>>(),
            })
            .collect();
        SelectInput {
            abi: self.next() as i32,
            guild_id: self.string(),
            region: (!self.chance(3)).then(|| self.string()),
            voice_endpoint: self.chance(2).then(|| self.string()),
            config: if self.chance(3) {
                json!({})
            } else {
                self.json(0)
            },
            nodes,
        }
    }
}

/// Field by field; floats compared by their bits, so a last-digit rounding slip shows.
/// An input of `n` nodes with every field at its zero value.
fn blank_nodes(n: usize) -> SelectInput {
    SelectInput {
        abi: 1,
        guild_id: "1".into(),
        region: None,
        voice_endpoint: None,
        config: json!({}),
        nodes: vec![NodeInfo::default(); n],
    }
}

fn assert_same(want: &SelectInput, got: &sdk::SelectInput<'_>, text: &[u8]) {
    let ctx = || {
        String::from_utf8_lossy(text)
            .chars()
            .take(300)
            .collect::<String>()
    };
    assert_eq!(got.abi, want.abi, "{}", ctx());
    assert_eq!(got.guild_id, want.guild_id.as_str(), "{}", ctx());
    assert_eq!(got.region.as_deref(), want.region.as_deref(), "{}", ctx());
    assert_eq!(
        got.voice_endpoint.as_deref(),
        want.voice_endpoint.as_deref(),
        "{}",
        ctx()
    );
    assert_eq!(got.config.value(), want.config, "{}", ctx());
    assert_eq!(got.nodes.len(), want.nodes.len());
    for (g, w) in got.nodes.iter().zip(&want.nodes) {
        assert_eq!(g.name, w.name.as_str());
        assert_eq!(g.region, w.region.as_str());
        assert_eq!(g.zone, w.zone.as_str());
        assert_eq!(
            (g.weight, g.priority, g.healthy, g.draining),
            (w.weight, w.priority, w.healthy, w.draining)
        );
        assert_eq!(
            (g.players, g.playing_players, g.memory_used),
            (w.players, w.playing_players, w.memory_used)
        );
        for (a, b) in [
            (g.cpu.system_load, w.cpu.system_load),
            (g.cpu.lavalink_load, w.cpu.lavalink_load),
            (g.latency_ms, w.latency_ms),
        ] {
            assert_eq!(a.to_bits(), b.to_bits(), "{a} read back as {b}: {}", ctx());
        }
        assert_eq!(
            g.frame.map(|f| (f.sent, f.nulled, f.deficit)),
            w.frame.as_ref().map(|f| (f.sent, f.nulled, f.deficit))
        );
        let tags: BTreeMap<String, String> = g
            .tags
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(&tags, &w.tags);
    }
}

/// Every non-ASCII character as a `\u` escape (surrogate pairs above the BMP): valid JSON
/// meaning the same, and it drives the reader through its escape path.
fn ascii_escaped(text: &[u8]) -> Vec<u8> {
    let mut out = String::new();
    for c in std::str::from_utf8(text).unwrap().chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04X}"));
            }
        }
    }
    out.into_bytes()
}

#[test]
fn host_encoder_writes_exactly_what_serde_json_writes() {
    let mut rng = Rng::new(1);
    for _ in 0..3000 {
        let input = rng.select_input();
        assert_eq!(
            String::from_utf8(input.to_json_bytes()).unwrap(),
            String::from_utf8(serde_json::to_vec(&input).unwrap()).unwrap()
        );
    }
    // Numbers JSON cannot hold are written as serde_json writes them.
    let mut odd = rng.select_input();
    odd.nodes.push(NodeInfo {
        name: "nan".into(),
        latency_ms: f64::NAN,
        cpu: Cpu {
            system_load: f64::INFINITY,
            lavalink_load: -0.0,
        },
        ..Default::default()
    });
    assert_eq!(odd.to_json_bytes(), serde_json::to_vec(&odd).unwrap());
}

#[test]
fn sdk_reads_back_what_the_host_writes() {
    let mut rng = Rng::new(2);
    for _ in 0..3000 {
        let input = rng.select_input();
        let compact = input.to_json_bytes();
        let got = sdk::SelectInput::parse(&compact).unwrap_or_else(|e| {
            panic!("{e}: {}", String::from_utf8_lossy(&compact));
        });
        assert_same(&input, &got, &compact);
        // Same meaning, other layout: whitespace everywhere, \u escapes for every non-ASCII.
        let pretty = serde_json::to_vec_pretty(&input).unwrap();
        assert_same(&input, &sdk::SelectInput::parse(&pretty).unwrap(), &pretty);
        let escaped = ascii_escaped(&compact);
        assert_same(
            &input,
            &sdk::SelectInput::parse(&escaped).unwrap(),
            &escaped,
        );
    }
}

#[test]
fn sdk_skips_unknown_keys_in_any_order() {
    let mut rng = Rng::new(3);
    for _ in 0..500 {
        let input = rng.select_input();
        let mut v = serde_json::to_value(&input).unwrap();
        // A newer host may send keys this SDK does not know, anywhere; order is free.
        let junk = rng.json(0);
        v["from_a_newer_host"] = junk.clone();
        for n in v["nodes"].as_array_mut().unwrap() {
            n["extra"] = junk.clone();
            n["cpu"]["cores"] = json!(8);
        }
        let text = serde_json::to_vec(&v).unwrap();
        assert_same(&input, &sdk::SelectInput::parse(&text).unwrap(), &text);
        // Reversed key order (serde_json's map keeps insertion order here).
        let reversed: serde_json::Map<String, Value> = v
            .as_object()
            .unwrap()
            .iter()
            .rev()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let text = serde_json::to_vec(&reversed).unwrap();
        assert_same(&input, &sdk::SelectInput::parse(&text).unwrap(), &text);
    }
}

#[test]
fn sdk_never_accepts_what_is_not_json() {
    let mut rng = Rng::new(4);
    let mut rejected = 0;
    let mut tried = 0;
    for _ in 0..300 {
        let input = rng.select_input();
        let good = input.to_json_bytes();
        for _ in 0..20 {
            let mut bad = good.clone();
            match rng.below(4) {
                0 => bad.truncate(rng.below(bad.len() as u64) as usize),
                1 => {
                    let i = rng.below(bad.len() as u64) as usize;
                    bad[i] = rng.next() as u8;
                }
                2 => {
                    let i = rng.below(bad.len() as u64 + 1) as usize;
                    const PUNCT: &[u8] = b",:{}[]\"\\0-.eE tn";
                    let b = PUNCT[rng.below(PUNCT.len() as u64) as usize];
                    bad.insert(i, b);
                }
                _ => {
                    let i = rng.below(bad.len() as u64) as usize;
                    bad.remove(i);
                }
            }
            tried += 1;
            if let Ok(parsed) = sdk::SelectInput::parse(&bad) {
                assert!(
                    serde_json::from_slice::<Value>(&bad).is_ok(),
                    "the SDK accepted text serde_json refuses: {}\nread as {parsed:?}",
                    String::from_utf8_lossy(&bad)
                );
            } else {
                rejected += 1;
            }
        }
    }
    eprintln!("{rejected} of {tried} mutated inputs refused");
    assert!(
        rejected > tried / 2,
        "mutations should mostly break the input"
    );

    let cases: &[(&str, &str)] = &[
        (r#"{"guild_id":"1","nodes":[],}"#, "expected a key"),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","weight":01}]}"#,
            "leading zero",
        ),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","latency_ms":1.}]}"#,
            "digits after",
        ),
        (r#"{"guild_id":"\ud800x","nodes":[]}"#, "lone surrogate"),
        (
            "{\"guild_id\":\"a\u{1}b\",\"nodes\":[]}",
            "control character",
        ),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","weight":-1}]}"#,
            "0 to 2^32-1",
        ),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","weight":4294967296}]}"#,
            "0 to 2^32-1",
        ),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","healthy":"yes"}]}"#,
            "true or false",
        ),
        (r#"{"guild_id":"1","nodes":[]} x"#, "trailing characters"),
        (r#"{"nodes":[]}"#, "missing field guild_id"),
        (
            r#"{"guild_id":"1","nodes":[{"weight":1}]}"#,
            "without a name",
        ),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","tags":{"k":1}}]}"#,
            "expected '\"'",
        ),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","latency_ms":1e400}]}"#,
            "out of range",
        ),
        (
            r#"{"guild_id":"1","nodes":[],"nodes":[{"name":"b"}]}"#,
            "duplicate field nodes",
        ),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","weight":1,"name":"b"}]}"#,
            "duplicate field name",
        ),
        (
            r#"{"guild_id":"1","nodes":[{"name":"a","cpu":{"system_load":1,"system_load":2}}]}"#,
            "duplicate field system_load",
        ),
        // Also in a value that is only skipped or kept as text.
        (
            r#"{"guild_id":"1","config":[1857.1E42857142857],"nodes":[]}"#,
            "out of range",
        ),
        (
            r#"{"guild_id":"1","junk":-1e309,"nodes":[]}"#,
            "out of range",
        ),
    ];
    for (text, want) in cases {
        let err = sdk::SelectInput::parse(text.as_bytes()).expect_err(text);
        assert!(err.to_string().contains(want), "{text}: {err}");
    }
    let err = sdk::SelectInput::parse(b"{\"guild_id\":\"\xff\",\"nodes\":[]}").unwrap_err();
    assert!(err.to_string().contains("invalid UTF-8"), "{err}");
    // Deep nesting in a skipped value is refused, not followed down the guest's small stack.
    let deep = format!(
        "{{\"guild_id\":\"1\",\"junk\":{}{},\"nodes\":[]}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = sdk::SelectInput::parse(deep.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("nested too deeply"), "{err}");
}

#[test]
fn sdk_fields_left_out_take_their_zero_value() {
    let got = sdk::SelectInput::parse(br#"{"guild_id":"7","nodes":[{"name":"a"}]}"#).unwrap();
    let n = &got.nodes[0];
    // A hand-written case that leaves `healthy` out gets an unusable node, never a usable one.
    assert!(!n.healthy && !n.draining && n.weight == 0 && n.frame.is_none());
    assert!(!sdk::eligible(n));
    assert_eq!(got.region, None);
    assert_eq!(got.config.value(), json!({}));
    let got = sdk::SelectInput::parse(
        br#"{"guild_id":"7","config":{"primary":"eu","n":[1,2]},"nodes":[{"name":"a","tags":null,"frame":null}]}"#,
    )
    .unwrap();
    assert_eq!(got.config.get("primary"), Some(json!("eu")));
    assert_eq!(got.config.get("n"), Some(json!([1, 2])));
    assert_eq!(got.config.get("missing"), None);
    assert!(got.nodes[0].tags.is_empty());
    // A repeated tag keeps its last value, as serde reading a JSON map into the host's
    // BTreeMap does.
    let text = br#"{"guild_id":"7","nodes":[{"name":"a","tags":{"r":"1","k":"v","r":"2"}}]}"#;
    let got = sdk::SelectInput::parse(text).unwrap();
    let host: BTreeMap<String, String> =
        serde_json::from_str(r#"{"r":"1","k":"v","r":"2"}"#).unwrap();
    assert_eq!(
        got.nodes[0].tags.get("r"),
        host.get("r").map(String::as_str)
    );
    assert_eq!(got.nodes[0].tags.len(), host.len());
}

#[test]
fn sdk_answer_is_json_serde_reads() {
    let mut rng = Rng::new(5);
    for _ in 0..2000 {
        let ranking = sdk::Ranking {
            ranking: (0..rng.below(6)).map(|_| rng.string()).collect(),
        };
        let back: lavastack::policy::Ranking = serde_json::from_slice(&ranking.to_json())
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&ranking.to_json())));
        assert_eq!(back.ranking, ranking.ranking);
    }
}

#[test]
fn packed_input_reads_the_same_as_json() {
    let mut rng = Rng::new(6);
    for _ in 0..3000 {
        let input = rng.select_input();
        let packed = input.to_packed_bytes();
        let got = sdk::SelectInput::from_packed(&packed).unwrap();
        assert_same(&input, &got, &input.to_json_bytes());
        let json = input.to_json_bytes();
        assert_eq!(got, sdk::SelectInput::parse(&json).unwrap());
    }
}

#[test]
fn packed_input_that_is_cut_or_corrupt_is_an_error_not_a_crash() {
    let mut rng = Rng::new(7);
    let mut corrupt_refused = 0;
    for _ in 0..200 {
        let input = rng.select_input();
        let good = input.to_packed_bytes();
        // The last string ends the input, so every shorter prefix cuts something.
        for len in 0..good.len() {
            let err = sdk::SelectInput::from_packed(&good[..len]).expect_err("a cut input");
            assert!(!err.message.is_empty());
        }
        for _ in 0..50 {
            let mut bad = good.clone();
            for _ in 0..1 + rng.below(4) {
                let i = rng.below(bad.len() as u64) as usize;
                bad[i] = rng.next() as u8;
            }
            // Either way it returns; offsets that point anywhere are caught, not followed.
            if sdk::SelectInput::from_packed(&bad).is_err() {
                corrupt_refused += 1;
            }
        }
    }
    eprintln!("{corrupt_refused} of 10000 corrupted packed inputs refused");
    let err = sdk::SelectInput::from_packed(b"{\"abi\":1}").unwrap_err();
    assert!(err.message.contains("LSPK"), "{err}");
    // A header claiming more nodes than the bytes hold.
    let mut big = blank_nodes(1).to_packed_bytes();
    big[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
    let err = sdk::SelectInput::from_packed(&big).unwrap_err();
    assert!(err.message.contains("node table"), "{err}");

    // Nodes may not share tag records: otherwise a small input could make every node claim
    // the whole tag table, and reading it would cost nodes x tags.
    let mut two = blank_nodes(2);
    two.nodes[0].tags.insert("rack".into(), "r1".into());
    let mut shared = two.to_packed_bytes();
    let second = lavastack::policy::packed::HEADER_SIZE + lavastack::policy::packed::NODE_SIZE;
    assert!(sdk::SelectInput::from_packed(&shared).is_ok());
    shared[second + 36..second + 44].copy_from_slice(&[0, 0, 0, 0, 1, 0, 0, 0]);
    let err = sdk::SelectInput::from_packed(&shared).unwrap_err();
    assert!(err.message.contains("follow the previous node's"), "{err}");

    // NaN cannot travel as JSON (it is written as null and refused), nor packed.
    let mut nan = two.clone();
    nan.nodes[1].latency_ms = f64::NAN;
    let err = sdk::SelectInput::from_packed(&nan.to_packed_bytes()).unwrap_err();
    assert!(err.message.contains("not finite"), "{err}");
    assert!(sdk::SelectInput::parse(&nan.to_json_bytes()).is_err());
    // Each field says what is wrong with it, at its own offset: the fast reader only says
    // yes or no, and the error comes from asking again.
    let node = lavastack::policy::packed::HEADER_SIZE + lavastack::policy::packed::NODE_SIZE;
    two.nodes[1].name = "n1".into();
    let mut inf = two.clone();
    inf.nodes[1].cpu.lavalink_load = f64::INFINITY;
    let err = sdk::SelectInput::from_packed(&inf.to_packed_bytes()).unwrap_err();
    assert!(err.message.contains("not finite"), "{err}");
    assert_eq!(err.offset, node + 80);
    let good = two.to_packed_bytes();
    let set = |field: usize, off: u32, len: u32| {
        let mut b = good.clone();
        b[node + field..node + field + 4].copy_from_slice(&off.to_le_bytes());
        b[node + field + 4..node + field + 8].copy_from_slice(&len.to_le_bytes());
        sdk::SelectInput::from_packed(&b).unwrap_err()
    };
    let end = good.len() as u32;
    for field in [0, 8, 16] {
        let err = set(field, end - 1, 2);
        assert!(
            err.message.contains("outside the packed input"),
            "{field}: {err}"
        );
        assert_eq!(err.offset, node + field);
        let err = set(field, 0, u32::MAX);
        assert!(
            err.message.contains("required string is absent"),
            "{field}: {err}"
        );
    }
    // A name whose first byte is not UTF-8.
    let mut b = good.clone();
    let name_at = u32::from_le_bytes(b[node..node + 4].try_into().unwrap());
    b[name_at as usize] = 0xFF;
    let err = sdk::SelectInput::from_packed(&b).unwrap_err();
    assert!(err.message.contains("invalid UTF-8"), "{err}");
    assert_eq!(err.offset, name_at as usize);
    // A tag's value that is not UTF-8, and one outside the input.
    let mut tagged = blank_nodes(1);
    tagged.nodes[0].tags.insert("rack".into(), "r1".into());
    let good = tagged.to_packed_bytes();
    let tag = lavastack::policy::packed::HEADER_SIZE + lavastack::policy::packed::NODE_SIZE;
    let value_at = u32::from_le_bytes(good[tag + 8..tag + 12].try_into().unwrap()) as usize;
    let mut b = good.clone();
    b[value_at] = 0xC3;
    let err = sdk::SelectInput::from_packed(&b).unwrap_err();
    assert!(err.message.contains("invalid UTF-8"), "{err}");
    let mut b = good.clone();
    b[tag + 8..tag + 12].copy_from_slice(&u32::MAX.to_le_bytes());
    let err = sdk::SelectInput::from_packed(&b).unwrap_err();
    assert!(err.message.contains("outside the packed input"), "{err}");
    let ok = sdk::SelectInput::from_packed(&good).unwrap();
    assert_eq!(ok.nodes[0].tags.get("rack"), Some("r1"));
}
