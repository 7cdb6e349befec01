//! Alerting for real: the rendered prometheus.yml, rules and alertmanager.yml run in Debian's
//! Prometheus and Alertmanager against the local cluster and the router, and a node killed
//! under them reaches a webhook the test runs, then resolves. Plus the alerting blocks' checks
//! (`amtool check-config`, redaction, owner-only files, bad receivers).

use crate::common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const HOOK_SECRET: &str = "hooks-secret-path-0123456789";

fn receivers(hook: u16) -> String {
    format!(
        r##"receiver "hook" {{
  type       = "webhook"
  url        = "http://127.0.0.1:{hook}/{HOOK_SECRET}"
  severities = ["page", "ticket"]
}}
receiver "chat" {{
  type = "discord"
  url  = "https://discord.example/api/webhooks/1/{HOOK_SECRET}-d"
}}
receiver "team" {{
  type    = "slack"
  url     = "https://hooks.slack.example/services/{HOOK_SECRET}-s"
  channel = "#lavalink"
}}
receiver "oncall" {{
  type        = "pagerduty"
  routing_key = "{HOOK_SECRET}-pd"
  severities  = ["page"]
}}
receiver "mail" {{
  type          = "email"
  to            = "ops@example.com"
  from          = "lavastack@example.com"
  smarthost     = "smtp.example.com:587"
  auth_username = "lavastack"
  auth_password = "{HOOK_SECRET}-mail"
  severities    = ["ticket", "warn"]
}}
"##
    )
}

fn tool(cmd: &str, args: &[&str], dir: &std::path::Path) -> String {
    let out = Command::new(cmd)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} is installed (tests/run.sh): {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{cmd} {args:?} failed:\n{text}");
    text
}

#[test]
fn every_receiver_type_renders_a_config_amtool_accepts_and_secrets_stay_out_of_plans() {
    let env = Env::new();
    env.write(
        "stack.hcl",
        &format!(
            "{}\nmonitoring {{\n  alertmanagers = [\"127.0.0.1:9093\"]\n  repeat_interval = \"1h\"\n}}\n{}",
            static_stack("obs", &[("a-1", 2333, 1), ("a-2", 2334, 1)]),
            receivers(9)
        ),
    );
    let r = env.run(&["render", "--out", "out"]);
    r.ok();
    assert!(!r.all().contains(HOOK_SECRET), "{}", r.all());
    let out = env.path("out");
    let am = env.read("out/alertmanager.yml");
    let checked = tool("amtool", &["check-config", "alertmanager.yml"], &out);
    assert!(checked.contains("6 receivers"), "{checked}");
    for needle in [
        "webhook_configs",
        "discord_configs",
        "slack_configs",
        "pagerduty_configs",
        "email_configs",
        "severity=~\\\"page|ticket\\\"",
        "equal: [region]",
        "repeat_interval: 1h",
    ] {
        assert!(am.contains(needle), "{needle} in\n{am}");
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(out.join("alertmanager.yml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "receiver credentials: owner-only");
    tool("promtool", &["check", "config", "prometheus.yml"], &out);
    let prom = env.read("out/prometheus.yml");
    assert!(prom.contains("job_name: alertmanager") && prom.contains("job_name: haproxy"));
    let dash: Value = serde_json::from_str(&env.read("out/grafana-dashboard.json")).unwrap();
    assert!(dash["panels"].as_array().unwrap().len() >= 10);

    // A plan that writes the file shows the change with every credential redacted.
    let with_out = format!(
        "{}\noutput \"am\" {{\n  template = \"alertmanager.yml\"\n  path = \"am/alertmanager.yml\"\n}}\n",
        env.read("stack.hcl")
    );
    env.write("stack.hcl", &with_out);
    for format in ["text", "json", "markdown"] {
        let p = env.run(&["plan", "--refresh=false", "--format", format]);
        assert!(
            p.code == 0 || p.code == 2,
            "plan --format {format}:\n{}",
            p.all()
        );
        assert!(p.all().contains("webhook_configs") || format != "text");
        assert!(!p.all().contains(HOOK_SECRET), "{format}:\n{}", p.all());
    }
}

#[test]
fn bad_monitoring_and_receivers_name_the_field() {
    let env = Env::new();
    let base = static_stack("obs", &[("a-1", 2333, 1)]);
    let cases: &[(&str, &str)] = &[
        ("receiver \"x\" { type = \"sms\" }", "unknown type \"sms\""),
        ("receiver \"x\" { type = \"webhook\" }", "a webhook receiver needs `url`"),
        ("receiver \"x\" { type = \"pagerduty\" }", "needs `routing_key`"),
        ("receiver \"x\" {\n type = \"email\"\n to = \"a@b\"\n}", "needs `from`"),
        ("receiver \"x\" {\n type = \"webhook\"\n url = \"ftp://h/x\"\n}", "url is not an http(s) URL"),
        ("receiver \"x\" {\n type = \"webhook\"\n url = \"http://h/x\"\n severities = [\"urgent\"]\n}", "unknown severity \"urgent\""),
        ("monitoring { scrape_interval = \"10m\" }", "scrape_interval must be from 1s to 5m"),
        ("monitoring { repeat_interval = \"30s\" }", "repeat_interval must be from"),
        ("monitoring { alertmanagers = [\"nowhere\"] }", "\"nowhere\" is not host:port"),
        ("monitoring { prometheus = \"localhost:9090\" }", "prometheus must be an http(s) URL"),
        ("slo { availability = 1.5 }", "availability must be a number between 0 and 1"),
        ("slo { window = \"5m\" }", "window must be from 1h to 90d"),
        ("slo { latency_ms = 151 }", "latency_ms must be one of the router's probe buckets"),
    ];
    for (extra, needle) in cases {
        env.write("stack.hcl", &format!("{base}\n{extra}\n"));
        let r = env.run(&["validate"]);
        r.fails(1, needle);
        assert!(
            r.all().contains("stack.hcl:"),
            "{extra}: names the file\n{}",
            r.all()
        );
    }
    // A secret URL that is malformed is reported by field, never quoted.
    env.write(
        "stack.hcl",
        &format!(
            "{base}\nreceiver \"x\" {{\n type = \"webhook\"\n url = \"nope-{HOOK_SECRET}\"\n}}\n"
        ),
    );
    let r = env.run(&["validate"]);
    assert!(!r.all().contains(HOOK_SECRET), "{}", r.all());
}

/// One received webhook call: Alertmanager's JSON body.
type Calls = Arc<Mutex<Vec<(Instant, Value)>>>;

/// A webhook receiver on a free loopback port, recording every POST body it gets.
fn webhook() -> (u16, Calls) {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let calls: Calls = Arc::default();
    let c = calls.clone();
    std::thread::spawn(move || {
        for s in l.incoming().flatten() {
            let c = c.clone();
            std::thread::spawn(move || {
                let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
                let mut r = BufReader::new(&s);
                let mut len = 0usize;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let l = line.trim_end().to_ascii_lowercase();
                    if let Some(v) = l.strip_prefix("content-length:") {
                        len = v.trim().parse().unwrap_or(0).min(1 << 20);
                    }
                    if l.is_empty() {
                        break;
                    }
                }
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_ok() {
                    if let Ok(v) = serde_json::from_slice::<Value>(&body) {
                        c.lock().unwrap().push((Instant::now(), v));
                    }
                }
                let _ = (&s).write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                );
            });
        }
    });
    (port, calls)
}

/// GET against a loopback HTTP server; the body as JSON.
fn get_json(port: u16, path: &str) -> Value {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let body = text.split_once("\r\n\r\n").map(|x| x.1).unwrap_or("");
    serde_json::from_str(body).unwrap_or(Value::Null)
}

fn query(prom: u16, q: &str) -> Value {
    let enc: String = url::form_urlencoded::byte_serialize(q.as_bytes()).collect();
    get_json(prom, &format!("/api/v1/query?query={enc}"))
}

fn wait_until(limit: Duration, what: &str, mut f: impl FnMut() -> bool) -> Duration {
    let t = Instant::now();
    while !f() {
        assert!(t.elapsed() < limit, "{what} within {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
    t.elapsed()
}

fn notified(calls: &Calls, since: Instant, status: &str, node: &str) -> Option<Instant> {
    calls.lock().unwrap().iter().find_map(|(at, v)| {
        let hit = *at >= since
            && v["alerts"].as_array().into_iter().flatten().any(|a| {
                a["status"] == status
                    && a["labels"]["alertname"] == "LavalinkNodeDown"
                    && a["labels"]["node"] == node
            });
        hit.then_some(*at)
    })
}

#[test]
fn a_killed_node_pages_through_real_prometheus_and_alertmanager_then_resolves() {
    let env = Env::new();
    let _c = Cleanup(&env);
    let (hook, calls) = webhook();
    let (am, prom, router) = (dead_port(), dead_port(), dead_port());
    let stack = format!(
        r#"stack "obs" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{ health_timeout = "10s" }}
region "eu" {{
  provider = "local.dev"
  zones    = ["a", "b"]
}}
region "us" {{ provider = "local.dev" }}
node "eu-1" {{ region = "eu" }}
node "eu-2" {{
  region = "eu"
  zone   = "b"
}}
node "us-1" {{ region = "us" }}
router {{
  listen   = "127.0.0.1:{router}"
  interval = "200ms"
  fall     = 2
}}
monitoring {{
  prometheus      = "http://127.0.0.1:{prom}"
  alertmanagers   = ["127.0.0.1:{am}"]
  edge_metrics    = ""
  scrape_interval = "1s"
  group_wait      = "1s"
  group_interval  = "1s"
  repeat_interval = "1h"
}}
receiver "hook" {{
  type = "webhook"
  url  = "http://127.0.0.1:{hook}/{HOOK_SECRET}"
}}
output "prometheus" {{
  template = "prometheus.yml"
  path     = "out/prometheus.yml"
}}
output "targets" {{
  template = "lavalink-targets.json"
  path     = "out/lavalink-targets.json"
}}
output "rules" {{
  template = "lavalink-rules.yml"
  path     = "out/lavalink-rules.yml"
  vars     = {{ node_down_for = "2s" }}
}}
output "alertmanager" {{
  template = "alertmanager.yml"
  path     = "out/alertmanager.yml"
}}
output "dashboard" {{
  template = "grafana-dashboard.json"
  path     = "out/grafana-dashboard.json"
}}
"#
    );
    env.write("stack.hcl", &stack);
    env.run(&["apply", "--auto-approve"]).ok();
    let out = env.path("out");
    let _am = Proc(
        Command::new("prometheus-alertmanager")
            .arg(format!(
                "--config.file={}",
                out.join("alertmanager.yml").display()
            ))
            .arg(format!("--storage.path={}", env.path("am-data").display()))
            .arg(format!("--web.listen-address=127.0.0.1:{am}"))
            // No gossip port: nothing binds outside loopback.
            .arg("--cluster.listen-address=")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(env.path("am.log")).unwrap())
            .spawn()
            .expect("prometheus-alertmanager is installed (tests/run.sh)"),
    );
    let _prom = Proc(
        Command::new("prometheus")
            .arg(format!(
                "--config.file={}",
                out.join("prometheus.yml").display()
            ))
            .arg(format!(
                "--storage.tsdb.path={}",
                env.path("prom-data").display()
            ))
            .arg(format!("--web.listen-address=127.0.0.1:{prom}"))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(env.path("prom.log")).unwrap())
            .spawn()
            .expect("prometheus is installed (tests/run.sh)"),
    );
    let _router = serve(&env, router);
    wait_for_port(am, "alertmanager", Duration::from_secs(20));
    wait_for_port(prom, "prometheus", Duration::from_secs(20));

    let up = |node: &str| {
        query(prom, &format!("up{{job=\"lavalink\",node=\"{node}\"}}"))["data"]["result"][0]
            ["value"][1]
            .as_str()
            .map(str::to_string)
    };
    wait_until(Duration::from_secs(30), "every node scraped up", || {
        ["eu-1", "eu-2", "us-1"]
            .iter()
            .all(|n| up(n).as_deref() == Some("1"))
    });
    wait_until(Duration::from_secs(30), "the router scraped", || {
        query(
            prom,
            "lavastack_availability_checks_total{result=\"available\"}",
        )["data"]["result"]
            .as_array()
            .is_some_and(|a| !a.is_empty())
    });
    // Alertmanager must know Prometheus before the kill, or the time measures discovery.
    wait_until(
        Duration::from_secs(30),
        "prometheus sees alertmanager",
        || {
            get_json(prom, "/api/v1/alertmanagers")["data"]["activeAlertmanagers"]
                .as_array()
                .is_some_and(|a| !a.is_empty())
        },
    );

    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let pid: i32 = st["nodes"]["eu-1"]["provider_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let killed = Instant::now();
    // SAFETY: the process group the local provider made for eu-1.
    unsafe { libc::kill(-pid, libc::SIGKILL) };
    wait_until(
        Duration::from_secs(30),
        "the node-down page reaches the webhook",
        || notified(&calls, killed, "firing", "eu-1").is_some(),
    );
    let paged = notified(&calls, killed, "firing", "eu-1").unwrap() - killed;
    eprintln!(
        "kill -> webhook: {:.1}s (scrape 1s + for 2s + evaluation 1s + group_wait 1s)",
        paged.as_secs_f64()
    );
    assert!(
        paged < Duration::from_secs(15),
        "paged after {paged:?}, past the bound"
    );
    // eu-2 and us-1 stay quiet: only the dead node pages.
    assert!(notified(&calls, killed, "firing", "eu-2").is_none());

    // Every dashboard query runs against this Prometheus without error.
    let dash: Value = serde_json::from_str(&env.read("out/grafana-dashboard.json")).unwrap();
    let mut n = 0;
    for p in dash["panels"].as_array().unwrap() {
        for t in p["targets"].as_array().unwrap() {
            let q = t["expr"].as_str().unwrap();
            let r = query(prom, q);
            assert_eq!(r["status"], "success", "panel {}: {q}: {r}", p["title"]);
            n += 1;
        }
    }
    assert!(n >= 15, "{n} queries");
    // The SLIs arrive: per-node probe counters and the latency histogram.
    let probes = query(
        prom,
        "sum by (node) (lavastack_probe_total{result=\"fail\"})",
    );
    assert!(
        probes["data"]["result"]
            .as_array()
            .is_some_and(|a| a.iter().any(|s| s["metric"]["node"] == "eu-1")),
        "{probes}"
    );

    // `status` carries the SLO as this Prometheus computes it: one node of three down leaves a
    // node to select, so the cluster stays available and the budget untouched.
    let mut slo = Value::Null;
    wait_until(
        Duration::from_secs(30),
        "status shows an SLO reading",
        || {
            let r = env.run(&["status", "--format", "json"]);
            slo = serde_json::from_str::<Value>(&r.stdout).unwrap()["slo"].clone();
            slo["availability"].is_f64() && slo["budget_remaining"].is_f64()
        },
    );
    assert_eq!(slo["target"], 0.999, "{slo}");
    assert_eq!(slo["window"], "30d", "{slo}");
    assert!(slo["availability"].as_f64().unwrap() > 0.999, "{slo}");
    assert!(slo["budget_remaining"].as_f64().unwrap() > 0.0, "{slo}");
    let text = env.run(&["status"]).stdout;
    assert!(
        text.lines()
            .any(|l| l.starts_with("SLO 99.9% over 30d: availability ")
                && l.contains("error budget left")),
        "{text}"
    );

    // Brought back by apply: the resolved notification follows.
    let back = Instant::now();
    env.run(&["apply", "--auto-approve"]).ok();
    wait_until(Duration::from_secs(40), "the resolved notification", || {
        notified(&calls, back, "resolved", "eu-1").is_some()
    });
    eprintln!(
        "apply -> resolved: {:.1}s",
        (notified(&calls, back, "resolved", "eu-1").unwrap() - back).as_secs_f64()
    );
    // The webhook URL is a credential: nowhere in lavastack's state.
    let state = std::fs::read_to_string(env.path(".lavastack/state.json")).unwrap();
    assert!(!state.contains(HOOK_SECRET) && !state.contains(SECRET));
}

/// `lavastack baseline` samples the running cluster: the players the test starts are the peak it
/// reports, a dead node's samples fail with its error, and sizing follows the documented model.
#[test]
fn baseline_samples_the_cluster_and_sizes_a_multiple_of_its_peak() {
    let env = Env::new();
    let _c = Cleanup(&env);
    env.write(
        "stack.hcl",
        r#"stack "base" { password = var.password }
variable "password" { sensitive = true }
provider "local" "dev" {}
region "eu" { provider = "local.dev" }
node "n1" { region = "eu" }
node "n2" { region = "eu" }
node "n3" { region = "eu" }
"#,
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let (_a, _) = players_on(&env, "n1", &[1, 2, 3, 4, 5]);
    let (_b, _) = players_on(&env, "n2", &[6, 7, 8]);
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let pid: i32 = st["nodes"]["n3"]["provider_id"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    // SAFETY: the process group the local provider made for n3.
    unsafe { libc::kill(-pid, libc::SIGKILL) };

    let r = env.run(&[
        "baseline",
        "--for",
        "2s",
        "--every",
        "250ms",
        "--target",
        "3x",
        "--node-capacity",
        "10",
        "--format",
        "json",
        "--out",
        "baseline.json",
    ]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::from_str::<Value>(&env.read("baseline.json")).unwrap()
    );
    assert!(v["samples"].as_u64().unwrap() >= 5, "{v}");
    let node = |n: &str| {
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(node("n1")["peak_playing_players"], 5, "{v}");
    assert_eq!(node("n2")["peak_players"], 3, "{v}");
    assert_eq!(node("n1")["failed_samples"], 0, "{v}");
    assert!(node("n1")["rest_latency_p99_ms"].is_u64(), "{v}");
    let n3 = node("n3");
    assert_eq!(n3["failed_samples"], n3["samples"], "{v}");
    assert!(
        n3["last_error"].as_str().unwrap().contains("not reachable"),
        "{v}"
    );
    let c = &v["cluster"];
    assert_eq!(c["peak_playing_players"], 8, "{v}");
    // Given 10 per node: 3 nodes hold 30 = 3.75x the peak of 8; 3x 8 = 24 needs 3 nodes.
    assert_eq!(c["capacity"], 30, "{v}");
    assert_eq!(c["holds"], 3.75, "{v}");
    assert_eq!(c["nodes_needed"], 3, "{v}");
    assert!(!r.stdout.contains(SECRET));

    // Extrapolated from the emulator's real load: whatever bounds it, the table says which.
    let t = env.run(&["baseline", "--for", "1s", "--every", "200ms"]);
    t.ok();
    assert!(
        t.stdout.contains("Cluster peak: 8 playing players"),
        "{}",
        t.stdout
    );
    let n1 = t.stdout.lines().find(|l| l.starts_with("n1 ")).unwrap();
    assert!(
        [
            "cpu",
            "memory",
            "cpu (saturated)",
            "no load to extrapolate from"
        ]
        .iter()
        .any(|b| n1.ends_with(b)),
        "{n1}"
    );

    // The plan reads the last report: dropping two of three nodes leaves 10 for a peak of 8.
    // (The extrapolated run above replaced the saved report; size from a given capacity again.)
    env.run(&[
        "baseline",
        "--for",
        "1s",
        "--every",
        "250ms",
        "--target",
        "3x",
        "--node-capacity",
        "10",
    ])
    .ok();
    let three = env.read("stack.hcl");
    env.write(
        "stack.hcl",
        &three.replace(
            "node \"n2\" { region = \"eu\" }\nnode \"n3\" { region = \"eu\" }\n",
            "",
        ),
    );
    let p = env.run(&["plan", "--refresh=false"]);
    assert!(
        p.stdout.contains("Capacity: 3 node(s) hold 3.8x the measured peak of 8 playing players; after this plan 1 node(s) hold 1.2x"),
        "{}",
        p.all()
    );
    assert!(
        p.all().contains("below the 3x the baseline sized for"),
        "{}",
        p.all()
    );
    let j: Value = serde_json::from_str(
        &env.run(&["plan", "--refresh=false", "--format", "json"])
            .stdout,
    )
    .unwrap();
    assert_eq!(j["capacity"]["holds_after"], 1.25, "{j}");
    assert_eq!(j["capacity"]["nodes_before"], 3, "{j}");
    let md = env
        .run(&["plan", "--refresh=false", "--format", "markdown"])
        .stdout;
    assert!(md.contains("#### Capacity"), "{md}");
    // A report that is not one is a warning, not a failed plan.
    env.write(".lavastack/base.baseline.json", "{not json");
    let p = env.run(&["plan", "--refresh=false"]);
    p.ok();
    assert!(p.all().contains("capacity check skipped"), "{}", p.all());
    env.write("stack.hcl", &three);

    for (args, needle) in [
        (vec!["--for", "0s"], "--for must be from 1s to 1day"),
        (vec!["--for", "2d"], "out of range"),
        (
            vec!["--target", "0x"],
            "--target must be a multiple from 1x to 1000x",
        ),
        (vec!["--target", "NaN"], "--target must be"),
        (vec!["--cpu-ceiling", "3"], "must be a share from 0.1 to 1"),
        (vec!["--for", "1s", "--every", "2s"], "longer than --for"),
        (vec!["--node-capacity", "0"], "0 is not in 1..=1000000"),
    ] {
        let mut a = vec!["baseline"];
        a.extend(args);
        env.run(&a).fails(1, needle);
    }
}
