//! Output shared by the benchmark suites: a human table by default, or with `--format json`
//! (`cargo bench -- --format json`) one JSON object per figure on stdout (NDJSON), each with
//! the baseline it was measured against in the same run and the ratio, so CI can keep them.
#![allow(dead_code)]

use serde_json::{json, Value};

/// The lavastack binary, run in `dir` without colour and with the benches' node password.
pub fn lavastack(dir: &std::path::Path, args: &[&str]) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_lavastack"));
    c.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LAVASTACK_VAR_password", "bench-password");
    c
}

/// A loopback port nothing listens on (right now).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The first of five free loopback ports in a row (HAProxy's stats, shared and node ports).
pub fn free_port_block() -> u16 {
    for _ in 0..200 {
        let base = free_port();
        if (1100..65000).contains(&base)
            && (base - 1..=base + 4).all(|p| std::net::TcpListener::bind(("127.0.0.1", p)).is_ok())
        {
            return base;
        }
    }
    panic!("no five free loopback ports in a row");
}

pub struct Report {
    suite: &'static str,
    json: bool,
}

impl Report {
    pub fn from_args(suite: &'static str) -> Report {
        let args: Vec<String> = std::env::args().collect();
        let json = args
            .windows(2)
            .any(|w| w[0] == "--format" && w[1] == "json")
            || args.iter().any(|a| a == "--format=json")
            || std::env::var("LAVASTACK_BENCH_FORMAT").is_ok_and(|v| v == "json");
        Report { suite, json }
    }

    pub fn json(&self) -> bool {
        self.json
    }

    /// A line of the human table (nothing in JSON mode).
    pub fn line(&self, s: impl AsRef<str>) {
        if !self.json {
            println!("{}", s.as_ref());
        }
    }

    /// One figure. `baseline` is what it is compared with in this run: (name, value); the
    /// ratio is value / baseline.
    pub fn figure(
        &self,
        name: &str,
        value: f64,
        unit: &str,
        baseline: Option<(&str, f64)>,
        extra: Value,
    ) {
        if !self.json {
            return;
        }
        let mut v = json!({
            "suite": self.suite,
            "name": name,
            "value": value,
            "unit": unit,
        });
        if let Some((b, bv)) = baseline {
            v["baseline"] = json!(b);
            v["baseline_value"] = json!(bv);
            v["ratio"] = json!(if bv != 0.0 { value / bv } else { f64::NAN });
        }
        if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
            for (k, x) in e {
                o.insert(k.clone(), x.clone());
            }
        }
        println!("{v}");
    }
}
