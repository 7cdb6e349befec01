//! The robustness suite over stack files: seeded mutations of the example stacks go through
//! `validate` and `plan --refresh=false` (no provider is asked anything, so nothing leaves the
//! machine), each run under a time limit and a data-memory limit. Every case must end in
//! success or a clear error that names the stack file: no panic, no signal, no hang, no
//! memory blow-up.
//!
//! The seed is fixed so CI is repeatable; `LAVASTACK_TEST_SEED` explores others (it is printed); `LAVASTACK_ROBUST_CASES` changes
//! the number of cases (default 400).
//!
//! The rest of the suite lives beside the features it attacks: corrupt and special-file states
//! and mutated saved plans in `cli_lifecycle`, hostile stack fixtures in `stack_fixtures`,
//! silent and hostile router clients in `router`, the SIGKILL test in `local_cluster`.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

const BASES: &[(&str, &str)] = &[
    ("local", include_str!("../../stacks/local.hcl")),
    ("static", include_str!("../../stacks/static.hcl")),
    ("aws", include_str!("../../stacks/aws.hcl")),
    ("ssh", include_str!("../../stacks/ssh.hcl")),
    ("full", include_str!("../fixtures/valid/full.hcl")),
];

/// Per run: wall time, and the data segment (heap and private writable mappings; wasmtime's
/// reserved-but-inaccessible pool does not count).
const TIME_LIMIT: Duration = Duration::from_secs(10);
const DATA_LIMIT: u64 = 1 << 30;
/// Peak resident memory a run may reach: a valid example plans in about 27 MB.
const RSS_LIMIT_KB: i64 = 300 * 1024;

/// Error output a run may print: 50 rendered diagnostics of bounded size fit easily.
const STDERR_LIMIT: u64 = 256 << 10;

const HOSTILE_NUMBERS: &[&str] = &[
    "0",
    "-1",
    "65536",
    "4294967296",
    "99999999999999999999999",
    "-9223372036854775808",
    "1e309",
    "1.5",
    "0x10",
    "9223372036854775807 * 9223372036854775807",
    "1 / 0",
];

const HOSTILE_STRINGS: &[&str] = &[
    "\"\"",
    "\"${\"",
    "\"%{ for x in [1] }\"",
    "\"${var.nope}\"",
    "\"${local.loop}\"",
    "\"../../../../etc/passwd\"",
    "\"\\u0000\"",
    "\"\u{202e}evil\"",
    "\"-1s\"",
    "\"1000000h\"",
    "\"0s\"",
    "\"999999999999999999999ms\"",
    "file(\"/dev/zero\")",
    "file(\"/proc/self/mem\")",
    "file(\"/\")",
    "env(\"HOME\")",
    "null",
    "[]",
    "{}",
    "true",
];

const BLOCK_SNIPPETS: &[&str] = &[
    "locals { loop = local.loop }\n",
    "locals { a = local.b\n b = local.a }\n",
    "node \"x\" { region = \"nowhere\" }\n",
    "node \"\" {}\n",
    "pool \"p\" { count = 100000000 regions = [] }\n",
    "variable \"v\" { default = var.v }\n",
    "provider \"warp\" \"drive\" {}\n",
    "stack \"second\" {}\n",
    "maintenance \"m\" { nodes = [\"*\"] from = \"yesterday\" to = \"never\" }\n",
    "output \"o\" { template = \"builtin:haproxy\" path = \"/etc/passwd\" }\n",
    "policy \"selection\" { module = \"/dev/zero\" }\n",
];

fn random_token(rng: &mut Rng, list: &[&str]) -> String {
    list[rng.index(list.len())].to_string()
}

/// Byte ranges of the tokens a mutation may replace: runs of digits, and string literals.
fn spans(text: &[u8], pick: fn(&[u8], usize) -> Option<usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        match pick(text, i) {
            Some(end) if end > i => {
                out.push((i, end));
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

fn number_at(t: &[u8], i: usize) -> Option<usize> {
    if !t[i].is_ascii_digit() || (i > 0 && (t[i - 1].is_ascii_alphanumeric() || t[i - 1] == b'_')) {
        return None;
    }
    Some(
        i + t[i..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b'.')
            .count(),
    )
}

fn string_at(t: &[u8], i: usize) -> Option<usize> {
    if t[i] != b'"' {
        return None;
    }
    let close = t[i + 1..].iter().position(|b| *b == b'"' || *b == b'\n')?;
    (t[i + 1 + close] == b'"').then_some(i + close + 2)
}

fn line_starts(t: &[u8]) -> Vec<usize> {
    std::iter::once(0)
        .chain(
            t.iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .filter(|i| *i < t.len())
        .collect()
}

fn replace_span(t: &mut Vec<u8>, spans: &[(usize, usize)], rng: &mut Rng, with: &str) -> bool {
    if spans.is_empty() {
        return false;
    }
    let (a, b) = spans[rng.index(spans.len())];
    t.splice(a..b, with.bytes());
    true
}

/// One seeded change; returns what it did, for the failure message.
fn mutate(t: &mut Vec<u8>, rng: &mut Rng) -> String {
    let len = t.len().max(1);
    match rng.below(12) {
        0 => {
            let with = random_token(rng, HOSTILE_NUMBERS);
            let s = spans(t, number_at);
            replace_span(t, &s, rng, &with);
            format!("number -> {with}")
        }
        1 => {
            let with = random_token(rng, HOSTILE_STRINGS);
            let s = spans(t, string_at);
            replace_span(t, &s, rng, &with);
            format!("string -> {with}")
        }
        2 => {
            let a = rng.index(len);
            let n = 1 + rng.index(64);
            let b = (a + n).min(t.len());
            t.drain(a.min(t.len())..b);
            format!("delete {n} bytes at {a}")
        }
        3 => {
            let at = rng.index(len);
            let bytes: Vec<u8> = (0..1 + rng.below(8))
                .map(|_| rng.below(256) as u8)
                .collect();
            let n = bytes.len();
            t.splice(at.min(t.len())..at.min(t.len()), bytes);
            format!("insert {n} random bytes at {at}")
        }
        4 => {
            let at = rng.index(len);
            t.truncate(at);
            format!("truncate at {at}")
        }
        5 => {
            let lines = line_starts(t);
            if lines.is_empty() {
                return "repeat (empty)".into();
            }
            let start = lines[rng.index(lines.len())];
            let end = t[start..]
                .iter()
                .position(|b| *b == b'\n')
                .map_or(t.len(), |p| start + p + 1);
            let line = t[start..end].to_vec();
            let copies = 1 + rng.index(3);
            for _ in 0..copies {
                t.splice(end..end, line.iter().copied());
            }
            format!("repeat line at {start} {copies}x")
        }
        6 => {
            let snippet = random_token(rng, BLOCK_SNIPPETS);
            t.extend_from_slice(snippet.as_bytes());
            format!("append {snippet:?}")
        }
        7 => {
            // Deep nesting: a parser that recurses per bracket must refuse, not overflow.
            let depth = [100, 1_000, 20_000][rng.index(3)];
            let open = ["[", "(", "{ a = "][rng.index(3)];
            let close = match open {
                "[" => "]",
                "(" => ")",
                _ => "}",
            };
            let expr = format!("{}1{}", open.repeat(depth), close.repeat(depth));
            let s = spans(t, number_at);
            replace_span(t, &s, rng, &expr);
            format!("nest {open} {depth} deep")
        }
        8 => {
            let at = rng.index(len);
            let huge = "x".repeat(200_000 + rng.index(300_000));
            t.splice(
                at.min(t.len())..at.min(t.len()),
                format!("\"{huge}\"").bytes(),
            );
            format!("insert a {} byte string at {at}", huge.len())
        }
        9 => {
            // Swap two lines.
            let lines = line_starts(t);
            if lines.len() >= 2 {
                let (i, j) = (rng.index(lines.len()), rng.index(lines.len()));
                let text = String::from_utf8_lossy(t).into_owned();
                let mut ls: Vec<&str> = text.split_inclusive('\n').collect();
                if i < ls.len() && j < ls.len() {
                    ls.swap(i, j);
                }
                *t = ls.concat().into_bytes();
                format!("swap lines {i} and {j}")
            } else {
                "swap (too short)".into()
            }
        }
        10 => {
            let at = rng.index(len);
            let bad: &[u8] =
                [&b"\xff\xfe"[..], b"\xc3", b"\0", b"\xef\xbb\xbf", b"\r"][rng.index(5)];
            t.splice(at.min(t.len())..at.min(t.len()), bad.iter().copied());
            format!("insert {bad:?} at {at}")
        }
        _ => {
            // An identifier-ish word replaced by a reference that may not resolve.
            let with = [
                "var.nope",
                "local.nope",
                "var",
                "self",
                "stack.name",
                "each.key",
            ][rng.index(6)];
            let s = spans(t, string_at);
            replace_span(t, &s, rng, with);
            format!("string -> {with}")
        }
    }
}

struct Outcome {
    code: Option<i32>,
    signal: Option<i32>,
    timed_out: bool,
    max_rss_kb: i64,
    stderr: String,
    stderr_bytes: u64,
    took: Duration,
}

/// Runs the binary with a data limit, reaping it with wait4 to learn its peak memory, and
/// kills it at the time limit.
fn run_capped(dir: &Path, args: &[&str]) -> Outcome {
    let mut cmd = Command::new(bin());
    cmd.current_dir(dir)
        .args(args)
        .env_remove("LAVASTACK_STACK")
        .env_remove("RUST_LOG")
        .env("NO_COLOR", "1")
        .env("AWS_ACCESS_KEY_ID", "robust")
        .env("AWS_SECRET_ACCESS_KEY", "robust")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: DATA_LIMIT,
                rlim_max: DATA_LIMIT,
            };
            if libc::setrlimit(libc::RLIMIT_DATA, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let started = Instant::now();
    let mut child = cmd.spawn().expect("spawn lavastack");
    let pid = child.id() as libc::pid_t;
    let mut stderr_pipe = child.stderr.take().expect("stderr piped");
    let reader = std::thread::spawn(move || {
        // Keep the first MiB; read (and count) the rest so the child never blocks or dies of
        // SIGPIPE on a full pipe.
        let mut buf = Vec::new();
        let _ = (&mut stderr_pipe).take(1 << 20).read_to_end(&mut buf);
        let rest = std::io::copy(&mut stderr_pipe, &mut std::io::sink()).unwrap_or(0);
        (buf, rest)
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut timed_out = false;
    loop {
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if r == pid {
            break;
        }
        assert!(r == 0, "wait4 failed: {}", std::io::Error::last_os_error());
        if started.elapsed() > TIME_LIMIT && !timed_out {
            timed_out = true;
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let took = started.elapsed();
    // The child is reaped; std must not wait for it again.
    std::mem::forget(child);
    let (buf, rest) = reader.join().unwrap_or_default();
    let stderr_bytes = buf.len() as u64 + rest;
    let stderr = String::from_utf8_lossy(&buf).into_owned();
    let (code, signal) = if libc::WIFEXITED(status) {
        (Some(libc::WEXITSTATUS(status)), None)
    } else {
        (None, Some(libc::WTERMSIG(status)))
    };
    Outcome {
        code,
        signal,
        timed_out,
        max_rss_kb: usage.ru_maxrss,
        stderr,
        stderr_bytes,
        took,
    }
}

#[test]
fn mutated_example_stacks_end_in_success_or_a_located_error() {
    // A fixed seed by default, so CI is repeatable; set LAVASTACK_TEST_SEED to explore.
    let seed = std::env::var("LAVASTACK_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20261202);
    let cases: usize = std::env::var("LAVASTACK_ROBUST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    eprintln!("robustness: seed {seed} (LAVASTACK_TEST_SEED={seed} replays), {cases} cases");
    let root = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let (mut ok, mut refused) = (0usize, 0usize);
    let (mut slowest, mut biggest) = (Duration::ZERO, 0i64);
    for case in 0..cases {
        let mut rng = Rng::from_seed(seed, case as u64);
        let (base, text) = BASES[rng.index(BASES.len())];
        let mut bytes = text.as_bytes().to_vec();
        let what: Vec<String> = (0..1 + rng.index(3))
            .map(|_| mutate(&mut bytes, &mut rng))
            .collect();
        let dir = root.path().join(format!("c{case}"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("case.hcl"), &bytes).unwrap();
        for args in [
            &["validate", "--stack", "case.hcl"][..],
            &["plan", "--stack", "case.hcl", "--refresh=false"][..],
        ] {
            let o = run_capped(&dir, args);
            slowest = slowest.max(o.took);
            biggest = biggest.max(o.max_rss_kb);
            let problem = if o.timed_out {
                Some(format!("no answer within {TIME_LIMIT:?}"))
            } else if let Some(sig) = o.signal {
                Some(format!("killed by signal {sig}"))
            } else if o.stderr.contains("panicked") || o.code == Some(101) {
                Some("panicked".to_string())
            } else if o.stderr_bytes > STDERR_LIMIT {
                Some(format!("{} bytes of error output", o.stderr_bytes))
            } else if o.max_rss_kb > RSS_LIMIT_KB {
                Some(format!("peak memory {} MB", o.max_rss_kb / 1024))
            } else {
                match o.code {
                    Some(0) => None,
                    Some(1) if o.stderr.contains("case.hcl") => None,
                    Some(1) if args[0] == "plan" && !o.stderr.trim().is_empty() => None,
                    Some(c) => Some(format!("exit {c} without naming case.hcl")),
                    None => Some("no exit code".into()),
                }
            };
            match (&problem, o.code) {
                (None, Some(0)) => ok += 1,
                (None, _) => refused += 1,
                _ => {}
            }
            if let Some(p) = problem {
                let tail: String = o.stderr.chars().take(600).collect();
                failures.push(format!(
                    "case {case} ({base}; {}) {}: {p}\n{tail}",
                    what.join(", "),
                    args[0]
                ));
            }
            if o.code != Some(0) {
                break; // a stack validate refuses is not planned
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    eprintln!(
        "robustness: {ok} runs succeeded, {refused} refused with a located error, {} failed; slowest run {slowest:?}, peak memory {} MB",
        failures.len(),
        biggest / 1024
    );
    assert!(
        failures.is_empty(),
        "{} of {cases} cases broke (seed {seed}):\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert!(
        refused > cases / 10,
        "the mutations must reach the error paths: only {refused} refused"
    );
}
