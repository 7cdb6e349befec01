//! The `container` runtime on `local` hosts, through [`fake_engine`]: no container engine runs
//! on the test machine, so the engine is a stand-in that parses the command lines lavastack
//! hands `docker` and runs the emulator with the files they mount (see its doc). What this
//! proves: the run line (image pinned by digest, the configuration at the image's path, the
//! password from an owner-only env file, host networking), the lifecycle (create, refresh,
//! drills, replace on a new image, destroy) and the errors. What it cannot: that the official
//! image starts with them (the README says so).

use serde_json::Value;

use crate::common::*;

struct Containers(std::path::PathBuf);

impl Drop for Containers {
    fn drop(&mut self) {
        stop_fake_containers(&self.0);
    }
}

fn stack(engine: &std::path::Path, digest: &str) -> String {
    format!(
        r#"stack "ctr" {{ password = var.password }}
variable "password" {{ sensitive = true }}
provider "local" "dev" {{
  runtime          = "container"
  container_engine = "{engine}"
  image            = "ghcr.io/lavalink-devs/lavalink:4"
  image_digest     = "sha256:{digest}"
  health_timeout   = "20s"
}}
region "eu" {{ provider = "local.dev" }}
node "c1" {{ region = "eu" }}
"#,
        engine = engine.display()
    )
}

#[test]
fn local_container_nodes_run_from_a_pinned_image_and_are_replaced_when_it_changes() {
    let env = Env::new();
    let engine_dir = env.path("engine");
    let engine = fake_engine(&engine_dir);
    let _c = Containers(engine_dir.clone());
    let (d1, d2) = ("ab".repeat(32), "cd".repeat(32));
    env.write("stack.hcl", &stack(&engine, &d1));
    env.run(&["apply", "--auto-approve"]).ok();
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let c1 = &st["nodes"]["c1"];
    let name = c1["provider_id"]
        .as_str()
        .and_then(|p| p.strip_prefix("container:"))
        .unwrap_or_else(|| panic!("{c1}"))
        .to_string();
    assert!(name.starts_with("lavalink-ctr-c1-"), "{name}");
    let calls = std::fs::read_to_string(engine_dir.join("calls.log")).unwrap();
    let run = calls
        .lines()
        .find(|l| l.starts_with("run "))
        .unwrap_or_else(|| panic!("{calls}"));
    let dir = env.path(".lavastack/local/c1");
    for want in [
        format!("--name {name}"),
        "--restart unless-stopped".into(),
        "--network host".into(),
        format!("--env-file {}", dir.join("lavalink.env").display()),
        format!(
            "--volume {}:/opt/Lavalink/application.yml:ro",
            dir.join("application.yml").display()
        ),
        format!("ghcr.io/lavalink-devs/lavalink:4@sha256:{d1}"),
    ] {
        assert!(run.contains(&want), "{want} missing from: {run}");
    }
    assert!(
        !run.contains(SECRET),
        "the password is not on the command line"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.join("lavalink.env"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    env.assert_no_secret_on_disk_except(".lavastack/local");
    env.run(&["status", "--check"]).ok();
    env.run(&["plan", "--detailed-exitcode"]).ok();

    // A container of the stack that no record names (a killed apply's): the plan deletes it.
    let dir_s = dir.display().to_string();
    let stray = std::process::Command::new(&engine)
        .args([
            "run",
            "--detach",
            "--name",
            "lavalink-ctr-c1-deadbeef",
            "--network",
            "host",
        ])
        .args(["--env-file", &format!("{dir_s}/lavalink.env")])
        .args([
            "--volume",
            &format!("{dir_s}/application.yml:/opt/Lavalink/application.yml:ro"),
        ])
        .args([
            "--label",
            "lavastack.stack=ctr",
            "--label",
            "lavastack.node=c1",
        ])
        .arg("ghcr.io/lavalink-devs/lavalink:4")
        .output()
        .unwrap();
    assert!(stray.status.success(), "{stray:?}");
    let p = env.run(&["plan"]);
    assert!(p.all().contains("lavalink-ctr-c1-deadbeef"), "{}", p.all());
    env.run(&["apply", "--auto-approve"]).ok();
    assert!(!engine_dir.join("lavalink-ctr-c1-deadbeef.pid").exists());
    env.run(&["plan", "--detailed-exitcode"]).ok();

    // A paused container is unreachable, not gone; a removed one is gone and re-created.
    let pid: i32 = std::fs::read_to_string(engine_dir.join(format!("{name}.pid")))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    unsafe { libc::kill(pid, libc::SIGSTOP) };
    let p = env.run(&["plan"]);
    unsafe { libc::kill(pid, libc::SIGCONT) };
    assert!(p.all().contains("is paused"), "{}", p.all());
    std::process::Command::new(&engine)
        .args(["rm", "--force", &name])
        .status()
        .unwrap();
    let p = env.run(&["plan"]);
    assert!(p.all().contains("is not there"), "{}", p.all());
    env.run(&["apply", "--auto-approve"]).ok();
    env.run(&["status", "--check"]).ok();

    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let old = st["nodes"]["c1"]["provider_id"].as_str().unwrap()["container:".len()..].to_string();

    // A new digest is a new node: replaced (create before destroy: the new container starts
    // beside the old one, which goes after), and the new container runs the new image.
    env.write("stack.hcl", &stack(&engine, &d2));
    let p = env.run(&["plan"]);
    assert!(p.stdout.contains("must be replaced"), "{}", p.all());
    env.run(&["apply", "--auto-approve"]).ok();
    let st: Value = serde_json::from_str(&env.read(".lavastack/state.json")).unwrap();
    let new = st["nodes"]["c1"]["provider_id"].as_str().unwrap()["container:".len()..].to_string();
    assert_ne!(new, old);
    let image = std::fs::read_to_string(engine_dir.join(format!("{new}.image"))).unwrap();
    assert_eq!(
        image.trim(),
        format!("ghcr.io/lavalink-devs/lavalink:4@sha256:{d2}")
    );
    assert!(
        !engine_dir.join(format!("{old}.pid")).exists(),
        "the old container is removed"
    );
    let calls = std::fs::read_to_string(engine_dir.join("calls.log")).unwrap();
    let started = calls.find(&format!("--name {new}")).unwrap();
    let removed = calls.rfind(&format!("rm --force {old}")).unwrap();
    assert!(
        started < removed,
        "created before the old one was destroyed:\n{calls}"
    );
    env.run(&["status", "--check"]).ok();

    env.run(&["destroy", "--auto-approve"]).ok();
    assert!(!engine_dir.join(format!("{new}.pid")).exists());
}

#[test]
fn container_runtime_errors_name_the_engine_the_field_or_the_node() {
    let env = Env::new();
    // No such engine: the node's create fails saying what to install, and nothing is left.
    env.write(
        "stack.hcl",
        &stack(&env.path("no-such-engine"), &"ab".repeat(32)),
    );
    let r = env.run(&["apply", "--auto-approve"]);
    assert_ne!(r.code, 0);
    assert!(
        r.all().contains("no container engine") && r.all().contains("node.c1"),
        "{}",
        r.all()
    );
    // An engine that refuses the run line: its message reaches the user.
    let engine_dir = env.path("engine");
    let engine = fake_engine(&engine_dir);
    let _c = Containers(engine_dir.clone());
    std::fs::write(
        &engine,
        "#!/bin/sh\necho 'docker: Error response from daemon: pull access denied' >&2\nexit 125\n",
    )
    .unwrap();
    env.write("stack.hcl", &stack(&engine, &"ab".repeat(32)));
    let r = env.run(&["apply", "--auto-approve"]);
    assert_ne!(r.code, 0);
    assert!(r.all().contains("pull access denied"), "{}", r.all());
    // Bad input is refused at load, with the field.
    for (attr, msg) in [
        ("image_digest = \"sha256:abc\"", "is not an image digest"),
        ("image = \"img name\"", "is not an image reference"),
        (
            "command = \"java -jar x\"",
            "does not apply to runtime = \"container\"",
        ),
        ("runtime = \"vm\"", "runtime must be one of"),
    ] {
        let text = stack(&engine, &"ab".repeat(32))
            .replace("  health_timeout   = \"20s\"", &format!("  {attr}"));
        // The bad line replaces one of the block's own when it sets the same attribute.
        let key = attr.split(' ').next().unwrap();
        let text: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with(key) || l.contains(attr))
            .map(|l| format!("{l}\n"))
            .collect();
        env.write("bad.hcl", &text);
        let r = env.run(&["validate", "--stack", "bad.hcl"]);
        assert_ne!(r.code, 0, "{attr}");
        assert!(
            r.all().contains(msg) && r.all().contains("bad.hcl:"),
            "{attr}: {}",
            r.all()
        );
    }
    let text = "stack \"x\" { password = \"p\" }\nprovider \"local\" \"dev\" {\n  image = \"x:1\"\n}\nregion \"eu\" { provider = \"local.dev\" }\n";
    env.write("bad.hcl", text);
    let r = env.run(&["validate", "--stack", "bad.hcl"]);
    assert!(
        r.all().contains("image is for runtime = \"container\""),
        "{}",
        r.all()
    );
}

/// With TLS, the container gets copies of the certificate and key in the node's owner-only
/// directory (the image's user cannot read an owner-only key of this user's), mounted
/// read-only; the node serves TLS that `status` verifies against the stack's CA.
#[test]
fn a_local_container_node_serves_tls_from_copies_in_its_directory() {
    let env = Env::new();
    let engine_dir = env.path("engine");
    let engine = fake_engine(&engine_dir);
    let _c = Containers(engine_dir.clone());
    crate::tls::openssl_material(&env.path("tls"), "IP:127.0.0.1", 30);
    env.write(
        "stack.hcl",
        &(stack(&engine, &"ab".repeat(32))
            + "tls {\n  cert = \"tls/node.pem\"\n  key  = \"tls/node-key.pem\"\n  ca   = \"tls/ca.pem\"\n}\n"),
    );
    env.run(&["apply", "--auto-approve"]).ok();
    let dir = env.path(".lavastack/local/c1");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert_eq!(
        std::fs::read(dir.join("tls-key.pem")).unwrap(),
        std::fs::read(env.path("tls/node-key.pem")).unwrap()
    );
    let calls = std::fs::read_to_string(engine_dir.join("calls.log")).unwrap();
    let key = dir.join("tls-key.pem").display().to_string();
    assert!(
        calls.contains(&format!("--volume {key}:{key}:ro")),
        "{calls}"
    );
    let yml = std::fs::read_to_string(dir.join("application.yml")).unwrap();
    assert!(
        yml.contains(&format!("certificate-private-key: \"{key}\"")),
        "{yml}"
    );
    env.run(&["status", "--check"]).ok();
    env.run(&["destroy", "--auto-approve"]).ok();
}
