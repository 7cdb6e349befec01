//! Fixture-folder tests of the stack language, run through `lavastack validate`.
//!
//! `tests/fixtures/valid/*.hcl` must validate. Each file in `tests/fixtures/invalid/` marks
//! the lines that must be reported with `# ERROR: <text>` (or `# WARNING: <text>`); the test checks that every marked
//! line is reported as `file:LINE:` with that text, and that validate exits 1 without a panic.

use crate::common::*;
use serde_json::Value;
use std::path::Path;

fn fixtures(dir: &str) -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut v: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "hcl"))
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no fixtures in {dir}");
    v
}

#[test]
fn valid_fixtures_validate() {
    let env = Env::new();
    for f in fixtures("valid") {
        let r = env.run(&["validate", "--stack", f.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}: {}", f.display(), r.all());
        assert!(r.stdout.contains("is valid"), "{}", r.all());
    }
}

#[test]
fn invalid_fixtures_report_each_marked_line() {
    let env = Env::new();
    for f in fixtures("invalid") {
        let text = std::fs::read_to_string(&f).unwrap();
        let marks: Vec<(usize, &str, String)> = text
            .lines()
            .enumerate()
            .filter_map(|(i, l)| {
                l.split_once("# ERROR: ")
                    .map(|(_, m)| (i + 1, "error", m.trim().to_string()))
                    .or_else(|| {
                        l.split_once("# WARNING: ")
                            .map(|(_, m)| (i + 1, "warning", m.trim().to_string()))
                    })
            })
            .collect();
        assert!(
            marks.iter().any(|m| m.1 == "error"),
            "{} has no ERROR marks",
            f.display()
        );
        let r = env.run(&["validate", "--stack", f.to_str().unwrap()]);
        r.fails(1, "error");
        for (line, kind, msg) in &marks {
            let loc = format!("{}:{line}:", f.display());
            // Each diagnostic is "error: <summary>" (or "warning: ...") followed by
            // "--> file:line:col".
            let found = r
                .stderr
                .split(kind)
                .any(|d| d.contains(&loc) && d.contains(msg.as_str()));
            assert!(
                found,
                "{}: expected {kind} {msg:?} at line {line}\n{}",
                f.display(),
                r.stderr
            );
        }
        // And nothing else: every diagnostic is on a marked line with its text.
        let j = env.run(&[
            "validate",
            "--format",
            "json",
            "--stack",
            f.to_str().unwrap(),
        ]);
        let v: Value = serde_json::from_str(&j.stdout).unwrap();
        for d in v["diagnostics"].as_array().unwrap() {
            let summary = d["summary"].as_str().unwrap_or_default();
            let line: Option<usize> = d["location"]
                .as_str()
                .and_then(|l| l.split(':').nth(1))
                .and_then(|n| n.parse().ok());
            let expected = marks.iter().any(|(l, kind, msg)| {
                Some(*l) == line && d["severity"] == *kind && summary.contains(msg.as_str())
            });
            assert!(
                expected,
                "{}: unexpected {} at line {line:?}: {summary}",
                f.display(),
                d["severity"]
            );
        }
    }
}

#[test]
fn validate_json_lists_diagnostics() {
    let env = Env::new();
    let f =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/unknown_attribute.hcl");
    let r = env.run(&[
        "validate",
        "--format",
        "json",
        "--stack",
        f.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["valid"], false);
    let d = &v["diagnostics"][0];
    assert_eq!(d["help"], "did you mean \"weight\"?");
    assert!(
        d["location"]
            .as_str()
            .unwrap()
            .ends_with("unknown_attribute.hcl:7:3"),
        "{d}"
    );
}

#[test]
fn variables_come_from_flags_env_and_defaults() {
    let env = Env::new();
    env.write(
        "stack.hcl",
        r#"stack "v" {}
variable "w" { type = number }
variable "h" { default = "127.0.0.1" }
provider "static" "lan" {}
region "r" { provider = "static.lan" }
node "a" {
  region = "r"
  host   = var.h
  weight = var.w
}
"#,
    );
    env.run(&["validate"])
        .fails(1, "variable \"w\" has no value");
    env.run(&["validate", "--var", "w=4"]).ok();
    let r = env
        .cmd(&["validate"])
        .env("LAVASTACK_VAR_w", "5")
        .output()
        .unwrap();
    assert!(r.status.success());
    env.run(&["validate", "--var", "w=heavy"])
        .fails(1, "must be a number");
    env.run(&["validate", "--var", "w=1", "--var", "x=1"])
        .fails(1, "no variable \"x\" is declared");
    // Var files: `name = value` lines; a later file wins, --var wins over files, files over
    // the environment; undeclared names and non-scalar values are errors naming file:line.
    env.write("a.vars", "# weights\nw = 4\n");
    env.write("b.vars", "w = 6\n");
    let weight = |args: &[&str]| -> Value {
        let out = env
            .cmd(&[&["plan", "--refresh=false", "--format", "json"], args].concat())
            .env("LAVASTACK_VAR_w", "5")
            .output()
            .unwrap();
        assert!(
            out.status.code() == Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["resource_changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["address"] == "node.a")
            .unwrap()["change"]["after"]["weight"]
            .clone()
    };
    assert_eq!(weight(&[]), 5, "environment");
    assert_eq!(
        weight(&["--var-file", "a.vars"]),
        4,
        "file over environment"
    );
    assert_eq!(
        weight(&["--var-file", "a.vars", "--var-file", "b.vars"]),
        6,
        "later file"
    );
    assert_eq!(
        weight(&["--var-file", "b.vars", "--var", "w=7"]),
        7,
        "--var over file"
    );
    env.write("bad.vars", "w = 4\nww = 1\n");
    env.run(&["validate", "--var-file", "bad.vars"])
        .fails(1, "bad.vars:2: no variable \"ww\" is declared")
        .fails(1, "did you mean \"w\"?");
    env.write("list.vars", "w = [1, 2]\n");
    env.run(&["validate", "--var-file", "list.vars"]).fails(
        1,
        "list.vars:1: variable \"w\" must be a string, number or true/false",
    );
    env.write("word.vars", "w = \"heavy\"\n");
    env.run(&["validate", "--var-file", "word.vars"])
        .fails(1, "variable \"w\" from word.vars:1 must be a number");
    env.run(&["validate", "--var-file", "nope.vars"])
        .fails(1, "cannot read var file nope.vars");

    // A misspelt reference gets the declared name it was probably meant to be.
    env.write(
        "stack.hcl",
        &env.read("stack.hcl")
            .replace("host   = var.h\n", "host   = var.hh\n"),
    );
    env.run(&["validate", "--var", "w=1"])
        .fails(1, "no variable \"hh\" is declared")
        .fails(1, "did you mean var.h?");
}

#[test]
fn sensitive_values_never_printed() {
    let env = Env::new();
    env.write(
        "stack.hcl",
        r#"stack "v" { password = var.password }
variable "password" { sensitive = true }
provider "static" "lan" {}
region "r" { provider = "static.lan" }
node "a" {
  region = "r"
  host   = "127.0.0.1"
  weight = var.password
}
node "b" {
  region = "r"
  host   = "127.0.0.1"
  zone   = var.password
}
node "c" {
  region = "r"
  host   = "127.0.0.1"
  zone   = "${var.password}-x"
}
"#,
    );
    let r = env.run(&["validate"]);
    assert_eq!(r.code, 1);
    assert!(!r.all().contains(SECRET), "{}", r.all());
}

/// `secret("env:...")` and `secret("file:...")` values are sensitive wherever they go: a
/// diagnostic quoting one and a plan showing one print neither; bad sources are named.
#[test]
fn secret_values_from_env_and_file_are_never_printed() {
    let env = Env::new();
    env.write("pw.txt", "from-a-file-0123456789\n");
    let stack = |extra: &str| {
        format!(
            r#"stack "v" {{ password = secret("env:LAVA_SECRET_PW") }}
provider "static" "lan" {{}}
region "r" {{ provider = "static.lan" }}
variable "hook" {{
  sensitive = true
  default   = secret("file:pw.txt")
}}
receiver "ops" {{
  type = "webhook"
  url  = "http://127.0.0.1:9/${{var.hook}}"
}}
node "a" {{
  region = "r"
  host   = "127.0.0.1"
  {extra}
}}
"#
        )
    };
    let run = |args: &[&str]| {
        Run::from(
            env.cmd(args)
                .env("LAVA_SECRET_PW", "from-the-env-9876543210")
                .output()
                .unwrap(),
        )
    };
    env.write("stack.hcl", &stack(""));
    let r = run(&["plan", "--refresh=false"]);
    r.ok();
    for s in ["from-a-file", "from-the-env"] {
        assert!(!r.all().contains(s), "{s} printed: {}", r.all());
    }
    // In an attribute that state records as it is, a secret is refused (directly, through a
    // variable or a local), and the message does not quote it.
    for extra in [
        r#"zone = secret("file:pw.txt")"#,
        r#"tags = { note = secret("env:LAVA_SECRET_PW") }"#,
        r#"tags = { note = "x-${var.hook}" }"#,
        r#"command = local.c"#,
    ] {
        let text = stack(extra) + "locals {\n  c = secret(\"file:pw.txt\")\n}\n";
        env.write("stack.hcl", &text);
        let r = run(&["validate"]);
        r.fails(1, "takes a value from secret()");
        assert!(r.all().contains("stack.hcl:"), "{}", r.all());
        for s in ["from-a-file", "from-the-env"] {
            assert!(!r.all().contains(s), "{s} printed: {}", r.all());
        }
    }
    // Without the variable, and with sources that are wrong.
    env.write("stack.hcl", &stack(""));
    env.run(&["validate"])
        .fails(1, "environment variable LAVA_SECRET_PW is not set");
    for (src, needle) in [
        ("file:nope.txt", "cannot read"),
        ("aws_sm:#pw", "no secret name before '#'"),
        ("vault:x", "unknown source \"vault\""),
        ("env", "expected \"env:NAME\""),
    ] {
        env.write("stack.hcl", &stack("").replace("file:pw.txt", src));
        let r = run(&["validate"]);
        r.fails(1, needle);
    }
}

#[test]
fn missing_stack_file_is_a_clear_error() {
    let env = Env::new();
    env.run(&["validate"])
        .fails(1, "cannot read stack file stack.hcl");
}

#[test]
fn fmt_rewrites_and_check_reports() {
    let env = Env::new();
    env.write(
        "stack.hcl",
        "# keep me\nstack \"f\" {\nlavalink_version=\"4.0.8\"\n}\n\n\n\nprovider \"static\" \"lan\" {}\n",
    );
    env.run(&["fmt", "--check"]).fails(3, "stack.hcl");
    assert!(
        env.read("stack.hcl").contains("lavalink_version=\""),
        "check changed nothing"
    );
    env.run(&["fmt"]).ok();
    let out = env.read("stack.hcl");
    assert_eq!(
        out,
        "# keep me\nstack \"f\" {\n  lavalink_version = \"4.0.8\"\n}\n\nprovider \"static\" \"lan\" {}\n"
    );
    env.run(&["fmt", "--check"]).ok();
    env.write("bad.hcl", "node {");
    env.run(&["fmt", "bad.hcl"]).fails(1, "not valid HCL");
}

#[test]
fn example_stacks_validate_and_plan_without_refresh() {
    let env = Env::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("stacks");
    for f in std::fs::read_dir(&root).unwrap().flatten() {
        let p = f.path();
        if p.extension().and_then(|e| e.to_str()) != Some("hcl") {
            continue;
        }
        // Copied into a scratch dir so plans never touch the repository's .lavastack/.
        let name = p.file_name().unwrap().to_str().unwrap();
        std::fs::copy(&p, env.path(name)).unwrap();
        let path = env.path(name);
        let s = path.to_str().unwrap();
        if std::fs::read_to_string(&p).unwrap().contains("\ntls {") {
            // Its certificates are made by the documented command, not kept in the repository.
            env.run(&["validate", "--stack", s])
                .fails(1, "cannot read it");
            env.run(&["tls", "init", "--stack", s]).ok();
        }
        env.run(&["validate", "--stack", s]).ok();
        env.run(&["fmt", "--check", "--stack", s]).ok();
        let r = env.run(&["plan", "--stack", s, "--refresh=false"]);
        r.ok();
        assert!(r.stdout.contains("to add"), "{name}: {}", r.stdout);
    }
}

#[test]
fn hostile_stack_files_get_located_errors_without_hanging() {
    let env = Env::new();
    let limit = std::time::Duration::from_secs(20);
    let validate = |file: &str| run_within(env.cmd(&["validate", "--stack", file]), limit);
    // A byte-order mark is accepted.
    std::fs::write(env.path("bom.hcl"), b"\xef\xbb\xbfstack \"x\" {}\n").unwrap();
    validate("bom.hcl").ok();
    // An error inside a multi-byte character is located, not a panic.
    env.write("eur.hcl", "stack \"x\" {}\n\u{20ac} = 1\n");
    let r = validate("eur.hcl");
    assert_eq!(r.code, 1, "{}", r.all());
    assert!(
        r.stderr.contains("eur.hcl:2:") && !r.stderr.contains("panicked"),
        "{}",
        r.all()
    );
    // Not UTF-8: the first bad byte is named by line and column.
    std::fs::write(env.path("bad.hcl"), b"stack \"x\" {}\nnode \"\xff\" {}\n").unwrap();
    validate("bad.hcl").fails(1, "bad.hcl:2:7: the file is not UTF-8 text (byte 0xff)");
    // Special files as the stack file, and as file()'s argument.
    let fifo = env.path("fifo.hcl");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    validate("fifo.hcl").fails(1, "it is a FIFO, not a regular file");
    std::os::unix::fs::symlink("/dev/zero", env.path("zero.hcl")).unwrap();
    validate("zero.hcl").fails(1, "it is a device, not a regular file");
    for (arg, want) in [
        ("/dev/urandom", "it is a device"),
        ("fifo.hcl", "it is a FIFO"),
    ] {
        env.write(
            "f.hcl",
            &format!("stack \"x\" {{}}\nlocals {{\n  k = file(\"{arg}\")\n}}\n"),
        );
        let r = validate("f.hcl");
        assert!(r.code == 1 && r.stderr.contains(want), "{arg}: {}", r.all());
    }
    let big = "x".repeat(2 << 20);
    env.write("big.txt", &big);
    env.write(
        "f.hcl",
        "stack \"x\" {}\nlocals {\n  k = file(\"big.txt\")\n}\n",
    );
    validate("f.hcl").fails(1, "larger than 1 MiB");
}

#[test]
fn locals_cannot_blow_up_time_or_memory() {
    let env = Env::new();
    let limit = std::time::Duration::from_secs(30);
    // Each level doubles the one below: 2^60 elements if nothing stopped it.
    let mut text = String::from("stack \"x\" {}\nlocals {\n");
    for i in 0..60 {
        text.push_str(&format!("  l{i} = [local.l{}, local.l{}]\n", i + 1, i + 1));
    }
    text.push_str("  l60 = \"x\"\n}\n");
    env.write("exp.hcl", &text);
    let r = run_within(env.cmd(&["validate", "--stack", "exp.hcl"]), limit);
    r.fails(1, "the value is too large: more than 100000 elements");
    // A chain of 5,000 locals evaluates (each sees only what it names).
    let mut text = String::from("stack \"x\" {}\nlocals {\n  c0 = 1\n");
    for i in 1..5000 {
        text.push_str(&format!("  c{i} = local.c{} + 1\n", i - 1));
    }
    text.push_str("}\n");
    env.write("chain.hcl", &text);
    run_within(env.cmd(&["validate", "--stack", "chain.hcl"]), limit).ok();
}
