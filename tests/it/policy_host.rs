//! The WebAssembly policy host against hostile modules, each its own test: every one ends in
//! its own clear error within the limits, the process stays healthy, and the next call on the
//! same policy works.

use std::time::{Duration, Instant};

use lavastack::policy::wasm::{Limits, WasmPolicy};
use lavastack::policy::*;

/// A module that answers `{"ranking":["n1"]}` unless the guild id starts with 'b', in which
/// case it runs `bad` (WAT instructions leaving an i64 on the stack).
fn module(bad: &str, extra: &str) -> String {
    format!(
        r#"(module
  {extra}
  (memory (export "memory") 1)
  (global $heap (mut i32) (i32.const 4096))
  (data (i32.const 16) "{{\"ranking\":[\"n1\"]}}")
  (data (i32.const 64) "this is not json")
  (func (export "lavastack_abi_version") (result i32) (i32.const 1))
  (func (export "lavastack_alloc") (param $len i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (global.get $heap) (local.get $len)))
    (if (i32.gt_u (global.get $heap) (i32.mul (memory.size) (i32.const 65536)))
      (then (drop (memory.grow (i32.add (i32.div_u (local.get $len) (i32.const 65536)) (i32.const 1))))))
    (local.get $p))
  (func $recurse (param i64) (result i64) (call $recurse (i64.add (local.get 0) (i64.const 1))))
  (func (export "select_node") (param $ptr i32) (param $len i32) (result i64)
    ;; {{"abi":1,"guild_id":"X...: X is at offset 21
    (if (result i64) (i32.eq (i32.load8_u (i32.add (local.get $ptr) (i32.const 21))) (i32.const 98))
      (then {bad})
      (else (i64.or (i64.shl (i64.const 16) (i64.const 32)) (i64.const 18))))))"#
    )
}

fn limits() -> Limits {
    Limits {
        fuel: 5_000_000,
        memory_bytes: 4 << 20,
        timeout: Duration::from_millis(200),
        max_output: 64 << 10,
    }
}

fn input(guild: &str) -> SelectInput {
    SelectInput {
        abi: 1,
        guild_id: guild.into(),
        region: None,
        voice_endpoint: None,
        config: serde_json::json!({}),
        nodes: vec![NodeInfo {
            name: "n1".into(),
            healthy: true,
            weight: 1,
            ..Default::default()
        }],
    }
}

fn hostile(bad: &str, lim: Limits) -> (PolicyError, Duration, WasmPolicy) {
    let p = WasmPolicy::from_bytes("hostile.wat", module(bad, "").as_bytes(), lim).expect("loads");
    let t = Instant::now();
    let err = select_checked(&p, &input("bad")).expect_err("hostile call fails");
    let took = t.elapsed();
    let ok = select_checked(&p, &input("good")).expect("the next call on the same policy works");
    assert_eq!(ok.ranking, ["n1"]);
    (err, took, p)
}

#[test]
fn well_behaved_module_ranks() {
    let p =
        WasmPolicy::from_bytes("ok.wat", module("(i64.const 0)", "").as_bytes(), limits()).unwrap();
    assert!(p.can_select() && !p.can_place());
    assert_eq!(select_checked(&p, &input("good")).unwrap().ranking, ["n1"]);
}

#[test]
fn infinite_loop_runs_out_of_fuel() {
    let (e, took, _) = hostile("(loop $l (br $l)) (unreachable)", limits());
    assert!(
        matches!(
            e,
            PolicyError::OutOfFuel {
                budget: 5_000_000,
                ..
            }
        ),
        "{e}"
    );
    assert!(
        e.to_string()
            .contains("policy hostile.wat: select_node ran out of fuel"),
        "{e}"
    );
    assert!(took < Duration::from_secs(2));
}

#[test]
fn infinite_loop_with_ample_fuel_hits_the_deadline() {
    let lim = Limits {
        fuel: u64::MAX / 2,
        timeout: Duration::from_millis(50),
        ..limits()
    };
    let (e, took, _) = hostile("(loop $l (br $l)) (unreachable)", lim);
    assert!(matches!(e, PolicyError::Timeout { .. }), "{e}");
    assert!(
        took < Duration::from_secs(2),
        "stopped near the deadline: {took:?}"
    );
}

#[test]
fn memory_bomb_hits_the_cap() {
    let bad =
        "(loop $l (br_if $l (i32.ne (memory.grow (i32.const 16)) (i32.const -1)))) (unreachable)";
    let (e, _, _) = hostile(bad, limits());
    assert!(
        matches!(e, PolicyError::Memory { limit, .. } if limit == 4 << 20),
        "{e}"
    );
}

#[test]
fn deep_recursion_is_a_stack_overflow_trap() {
    let (e, _, _) = hostile(
        "(call $recurse (i64.const 0))",
        Limits {
            fuel: u64::MAX / 2,
            ..limits()
        },
    );
    match &e {
        PolicyError::Trap { message, .. } => assert!(message.contains("stack"), "{e}"),
        other => panic!("expected a trap, got {other}"),
    }
}

#[test]
fn a_trap_is_reported() {
    let (e, _, _) = hostile("(unreachable)", limits());
    assert!(matches!(e, PolicyError::Trap { .. }), "{e}");
    assert!(e.to_string().contains("select_node trapped"), "{e}");
}

#[test]
fn garbage_output_is_bad_output() {
    let (e, _, _) = hostile(
        "(i64.or (i64.shl (i64.const 64) (i64.const 32)) (i64.const 16))",
        limits(),
    );
    assert!(matches!(e, PolicyError::BadOutput { .. }), "{e}");
    assert!(e.to_string().contains("not the expected JSON"), "{e}");
}

#[test]
fn output_that_is_not_utf8_is_bad_output() {
    // Bytes ff fe at offset 96 (a data segment added beside the module's own).
    let p = WasmPolicy::from_bytes(
        "not-utf8.wat",
        module(
            "(i64.or (i64.shl (i64.const 96) (i64.const 32)) (i64.const 2))",
            r#"(data (i32.const 96) "\ff\fe")"#,
        )
        .as_bytes(),
        limits(),
    )
    .unwrap();
    let e = select_checked(&p, &input("bad")).unwrap_err();
    assert!(matches!(e, PolicyError::BadOutput { .. }), "{e}");
    assert!(e.to_string().contains("answer is not UTF-8"), "{e}");
    assert_eq!(select_checked(&p, &input("good")).unwrap().ranking, ["n1"]);
}

/// A placement answer for the wrong number of pool members is its own error.
#[test]
fn a_placement_with_the_wrong_count_is_refused() {
    let wat = r#"(module
  (memory (export "memory") 1)
  (data (i32.const 16) "{\"placements\":[{\"name\":\"p-1\",\"region\":\"eu\",\"zone\":\"a\"}]}")
  (func (export "lavastack_abi_version") (result i32) (i32.const 1))
  (func (export "lavastack_alloc") (param i32) (result i32) (i32.const 1024))
  (func (export "place_nodes") (param i32 i32) (result i64)
    (i64.or (i64.shl (i64.const 16) (i64.const 32)) (i64.const 56))))"#;
    let p = WasmPolicy::from_bytes("one-only.wat", wat.as_bytes(), limits()).unwrap();
    let input = PlaceInput {
        abi: 1,
        pool: "p".into(),
        count: 2,
        regions: vec![RegionInfo {
            name: "eu".into(),
            zones: vec!["a".into()],
            capacity: None,
        }],
        existing: vec![],
        config: serde_json::json!({}),
    };
    let e = place_checked(&p, &input).unwrap_err();
    assert!(
        matches!(
            e,
            PolicyError::WrongCount {
                want: 2,
                got: 1,
                ..
            }
        ),
        "{e}"
    );
    assert!(
        e.to_string()
            .contains("place_nodes returned 1 placements for a pool of 2"),
        "{e}"
    );
    // The same answer for a pool of one is accepted.
    let one = PlaceInput { count: 1, ..input };
    assert_eq!(place_checked(&p, &one).unwrap().placements.len(), 1);
}

#[test]
fn output_pointer_outside_memory() {
    let (e, _, _) = hostile(
        "(i64.or (i64.shl (i64.const 4000000000) (i64.const 32)) (i64.const 10))",
        limits(),
    );
    assert!(e.to_string().contains("outside memory"), "{e}");
}

#[test]
fn huge_output_is_refused() {
    let (e, _, _) = hostile(
        "(i64.or (i64.shl (i64.const 16) (i64.const 32)) (i64.const 2000000000))",
        limits(),
    );
    assert!(
        e.to_string().contains("larger than the 65536 byte limit"),
        "{e}"
    );
}

#[test]
fn unknown_node_in_ranking() {
    let p = WasmPolicy::from_bytes(
        "ghost.wat",
        module("(i64.const 0)", "")
            .replace("[\\\"n1\\\"]", "[\\\"gh\\\"]")
            .as_bytes(),
        limits(),
    )
    .unwrap();
    let e = select_checked(&p, &input("good")).unwrap_err();
    assert!(
        matches!(&e, PolicyError::UnknownNode { node, .. } if node == "gh"),
        "{e}"
    );
}

#[test]
fn wasi_and_other_imports_are_refused_at_load() {
    let wasi = module(
        "(i64.const 0)",
        r#"(import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))"#,
    );
    let e = WasmPolicy::from_bytes("wasi.wat", wasi.as_bytes(), limits())
        .err()
        .expect("refused");
    assert!(
        e.to_string()
            .contains("imports wasi_snapshot_preview1.fd_write"),
        "{e}"
    );
    let env = module(
        "(i64.const 0)",
        r#"(import "env" "now" (func (result i64)))"#,
    );
    assert!(WasmPolicy::from_bytes("env.wat", env.as_bytes(), limits()).is_err());
    let log = module(
        "(i64.const 0)",
        r#"(import "lavastack" "log" (func (param i32 i32 i32)))"#,
    );
    assert!(
        WasmPolicy::from_bytes("log.wat", log.as_bytes(), limits()).is_ok(),
        "lavastack.log is allowed"
    );
}

#[test]
fn wrong_abi_version_and_missing_exports_are_refused() {
    let v2 = module("(i64.const 0)", "")
        .replace("(result i32) (i32.const 1))", "(result i32) (i32.const 2))");
    let e = WasmPolicy::from_bytes("v2.wat", v2.as_bytes(), limits())
        .err()
        .unwrap();
    assert!(e.to_string().contains("ABI version 2"), "{e}");
    let e = WasmPolicy::from_bytes(
        "empty.wat",
        b"(module (memory (export \"memory\") 1))",
        limits(),
    )
    .err()
    .unwrap();
    assert!(
        e.to_string()
            .contains("does not export lavastack_abi_version"),
        "{e}"
    );
    let e = WasmPolicy::from_bytes("junk.wasm", b"\0asm garbage", limits())
        .err()
        .unwrap();
    assert!(
        e.to_string().contains("not a valid WebAssembly module"),
        "{e}"
    );
}

#[test]
fn calls_are_isolated_and_concurrent() {
    let p = std::sync::Arc::new(
        WasmPolicy::from_bytes("ok.wat", module("(unreachable)", "").as_bytes(), limits()).unwrap(),
    );
    let threads: Vec<_> = (0..8)
        .map(|i| {
            let p = p.clone();
            std::thread::spawn(move || {
                for _ in 0..50 {
                    let g = if i % 2 == 0 { "good" } else { "bad" };
                    let r = select_checked(p.as_ref(), &input(g));
                    assert_eq!(r.is_ok(), g == "good");
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

#[test]
fn a_node_ranked_twice_is_bad_output() {
    struct Twice;
    impl Policy for Twice {
        fn name(&self) -> &str {
            "twice"
        }
        fn can_select(&self) -> bool {
            true
        }
        fn select(&self, _: &SelectInput) -> Result<Ranking, PolicyError> {
            Ok(Ranking {
                ranking: vec!["n1".into(), "n1".into()],
            })
        }
    }
    let e = select_checked(&Twice, &input("good")).unwrap_err();
    assert!(
        matches!(&e, PolicyError::BadOutput { .. }) && e.to_string().contains("\"n1\" twice"),
        "{e}"
    );
}

/// The packed export runs under the same limits as the JSON one: lavastack calls it whenever a
/// module has it, so a runaway there is caught the same way and named as that export.
#[test]
fn a_runaway_packed_export_is_stopped_and_named() {
    let wat = module("(i64.const 0)", "").replace(
        r#"(func $recurse"#,
        r#"(func (export "select_node_packed") (param i32 i32) (result i64) (loop (br 0)) (i64.const 0))
  (func $recurse"#,
    );
    let p = WasmPolicy::from_bytes("packed.wat", wat.as_bytes(), limits()).unwrap();
    assert_eq!(p.select_export(), "select_node_packed");
    let e = select_checked(&p, &input("good")).unwrap_err();
    assert!(
        matches!(
            &e,
            PolicyError::OutOfFuel {
                call: "select_node_packed",
                ..
            }
        ),
        "{e}"
    );
    // The JSON export of the same module still answers.
    let r = p
        .select_with(&input("good"), lavastack::policy::wasm::Wire::Json)
        .unwrap();
    assert_eq!(r.ranking, ["n1"]);

    // A packed export alone is refused: every host must be able to call select_node.
    let only = wat.replace(r#"(export "select_node")"#, "");
    let e = WasmPolicy::from_bytes("only-packed.wat", only.as_bytes(), limits())
        .err()
        .expect("refused");
    assert!(e.to_string().contains("without select_node"), "{e}");
}

/// A trap only says `unreachable`; what the guest logged at error level just before (the SDK
/// logs a panic's message there) is added to the error.
#[test]
fn a_trap_carries_the_last_error_the_policy_logged() {
    let wat = module(
        "(call $log (i32.const 0) (i32.const 64) (i32.const 16)) (unreachable)",
        r#"(import "lavastack" "log" (func $log (param i32 i32 i32)))"#,
    );
    let p = WasmPolicy::from_bytes("panics.wat", wat.as_bytes(), limits()).unwrap();
    let e = select_checked(&p, &input("bad")).unwrap_err();
    assert!(
        matches!(&e, PolicyError::Trap { .. })
            && e.to_string()
                .contains("the policy logged: this is not json"),
        "{e}"
    );
    // The next call starts with a clean slate: its trap (if any) is its own.
    assert_eq!(select_checked(&p, &input("good")).unwrap().ranking, ["n1"]);
}

#[test]
fn load_errors_say_which_limit_and_which_call() {
    let load = |wat: &str| {
        WasmPolicy::from_bytes("m.wat", wat.as_bytes(), limits())
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    // A start function that never ends is the start function's fault.
    let looping_start = module(
        "(i64.const 0)",
        "(func $spin (loop $l (br $l))) (start $spin)",
    );
    let e = load(&looping_start);
    assert!(
        e.contains("instantiation (the module's start function) ran out of fuel"),
        "{e}"
    );
    // Fuel running out inside lavastack_abi_version is named as that, not as a trap.
    let spinning_version = module("(i64.const 0)", "").replace(
        "(func (export \"lavastack_abi_version\") (result i32) (i32.const 1))",
        "(func (export \"lavastack_abi_version\") (result i32) (loop $l (br $l)) (i32.const 1))",
    );
    let e = load(&spinning_version);
    assert!(e.contains("lavastack_abi_version ran out of fuel"), "{e}");
    // A 4 GiB minimum memory is over the pool's limit, and says so.
    let huge = module("(i64.const 0)", "").replace(
        "(memory (export \"memory\") 1)",
        "(memory (export \"memory\") 65536)",
    );
    let e = load(&huge);
    assert!(
        e.contains("asks for more than a policy may have") && e.contains("at most 256 MiB"),
        "{e}"
    );
}

/// Nothing a call writes survives into the next one, in either instance pool: a module with a
/// one-page memory (reset whole) and one with a 2.5 MiB memory (reset page by page, where the
/// kernel can say which pages were written). Each call reads a byte of the data image and a
/// byte 2 MB in, then changes both; a leak answers "n2".
#[test]
fn no_call_sees_what_the_previous_one_wrote_small_or_large_memory() {
    for pages in [1, 40] {
        let far = if pages == 1 { 60_000 } else { 2_000_000 };
        let wat = format!(
            r#"(module
  (memory (export "memory") {pages})
  (data (i32.const 16) "{{\"ranking\":[\"n1\"]}}")
  (data (i32.const 64) "{{\"ranking\":[\"n2\"]}}")
  (data (i32.const 200) "A")
  (func (export "lavastack_abi_version") (result i32) (i32.const 1))
  (func (export "lavastack_alloc") (param $len i32) (result i32) (i32.const 4096))
  (func (export "select_node") (param $ptr i32) (param $len i32) (result i64)
    (local $leak i32)
    (local.set $leak (i32.or
      (i32.ne (i32.load8_u (i32.const {far})) (i32.const 0))
      (i32.ne (i32.load8_u (i32.const 200)) (i32.const 65))))
    (i32.store8 (i32.const {far}) (i32.const 1))
    (i32.store8 (i32.const 200) (i32.const 66))
    (if (result i64) (local.get $leak)
      (then (i64.or (i64.shl (i64.const 64) (i64.const 32)) (i64.const 18)))
      (else (i64.or (i64.shl (i64.const 16) (i64.const 32)) (i64.const 18))))))"#
        );
        let p = WasmPolicy::from_bytes("reset.wat", wat.as_bytes(), limits()).unwrap();
        let mut i = input("good");
        i.nodes.push(NodeInfo {
            name: "n2".into(),
            healthy: true,
            weight: 1,
            ..Default::default()
        });
        for call in 0..50 {
            let r = select_checked(&p, &i).unwrap();
            assert_eq!(r.ranking, ["n1"], "{pages} pages, call {call}");
        }
    }
}
