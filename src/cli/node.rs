//! `lavastack node add|remove|drain|undrain`: day-two changes in one command each.
//!
//! add/remove edit the stack file as text at the node block's place (so every other byte,
//! comments and layout included, stays as it was), validate the result before writing it, and
//! with `--apply` run the same plan and apply as `lavastack apply --auto-approve`. drain and
//! undrain go to the running router (and HAProxy's runtime API where an output names one).

use std::time::{Duration, Instant};

use clap::Subcommand;
use hcl_edit::Span;

use super::apply::ApplyArgs;
use super::plan::CommonArgs;
use super::{exit, load_stack, CliError, Format, Global, Ui};

#[derive(Subcommand, Debug)]
pub enum NodeCmd {
    /// Add a node block to the stack (and with --apply, create it and wait until healthy).
    Add {
        /// The node's name (its block label in the stack)
        name: String,
        #[arg(long)]
        region: String,
        #[arg(long)]
        weight: Option<u32>,
        #[arg(long)]
        priority: Option<u32>,
        #[arg(long)]
        zone: Option<String>,
        #[arg(long)]
        host: Option<String>,
        #[arg(long)]
        port: Option<u16>,
        /// Plan and apply right away.
        #[arg(long)]
        apply: bool,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Drain the node through the router, wait for its players to leave, remove it.
    Remove {
        /// The node's name (its block label in the stack)
        name: String,
        /// Plan and apply right away.
        #[arg(long)]
        apply: bool,
        /// How long to wait for players to leave before removing anyway.
        #[arg(long, value_parser = super::parse_duration, default_value = "60s")]
        drain_timeout: Duration,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Stop sending new players to a node (router and HAProxy).
    Drain {
        /// The node's name
        name: String,
    },
    /// Send new players to a drained node again.
    Undrain {
        /// The node's name
        name: String,
    },
}

struct Steps(Vec<(String, Duration)>);

impl Steps {
    fn time<T>(&mut self, name: &str, t: Instant, v: T) -> T {
        self.0.push((name.to_string(), t.elapsed()));
        v
    }
    fn print(&self) {
        println!("\nSteps:");
        for (n, d) in &self.0 {
            println!("  {:<34} {:>8.3}s", n, d.as_secs_f64());
        }
    }
}

fn validate_text(g: &Global, text: &str) -> Result<(), CliError> {
    crate::stack::load_str(&g.stack, text, &g.load_options())
        .map(|_| ())
        .map_err(|d| CliError::Diagnostics(Box::new(d)))
}

/// Byte range of `node "NAME" { ... }` including its whole lines.
fn node_block(text: &str, name: &str) -> Option<std::ops::Range<usize>> {
    let body = hcl_edit::parser::parse_body(text).ok()?;
    let block = body.blocks().find(|b| {
        b.ident.as_str() == "node" && b.labels.first().is_some_and(|l| l.as_str() == name)
    })?;
    let span = block.span()?;
    let mut start = text[..span.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    // Take the blank line `node add` puts before a block along with it.
    if text[..start].ends_with("\n\n") {
        start -= 1;
    }
    let end = text[span.end..]
        .find('\n')
        .map(|i| span.end + i + 1)
        .unwrap_or(text.len());
    Some(start..end)
}

/// Where a new node block goes: after the last node block, else at the end.
fn insertion_point(text: &str) -> usize {
    let Ok(body) = hcl_edit::parser::parse_body(text) else {
        return text.len();
    };
    body.blocks()
        .filter(|b| b.ident.as_str() == "node")
        .filter_map(|b| b.span())
        .map(|s| {
            text[s.end..]
                .find('\n')
                .map(|i| s.end + i + 1)
                .unwrap_or(text.len())
        })
        .max()
        .unwrap_or(text.len())
}

async fn apply_now(g: &Global, ui: Ui, common: &CommonArgs) -> Result<i32, CliError> {
    super::apply::run(
        g,
        ui,
        ApplyArgs {
            replace: Default::default(),
            plan_file: None,
            auto_approve: true,
            format: Format::Text,
            common: common.clone(),
        },
    )
    .await
}

pub async fn run(g: &Global, ui: Ui, cmd: NodeCmd) -> Result<i32, CliError> {
    match cmd {
        NodeCmd::Add {
            name,
            region,
            weight,
            priority,
            zone,
            host,
            port,
            apply,
            common,
        } => {
            let mut steps = Steps(Vec::new());
            let t = Instant::now();
            let text = std::fs::read_to_string(&g.stack)
                .map_err(|e| CliError::msg(format!("cannot read {}: {e}", g.stack.display())))?;
            if node_block(&text, &name).is_some() {
                return Err(CliError::msg(format!(
                    "node \"{name}\" is already in {}",
                    g.stack.display()
                )));
            }
            let mut block = format!("\nnode \"{name}\" {{\n  region = \"{region}\"\n");
            for (k, v) in [
                ("zone", zone.map(|z| format!("\"{z}\""))),
                ("weight", weight.map(|w| w.to_string())),
                ("priority", priority.map(|p| p.to_string())),
                ("host", host.map(|h| format!("\"{h}\""))),
                ("port", port.map(|p| p.to_string())),
            ] {
                if let Some(v) = v {
                    block.push_str(&format!("  {k:<6} = {v}\n"));
                }
            }
            block.push_str("}\n");
            let at = insertion_point(&text);
            let mut new = String::with_capacity(text.len() + block.len());
            new.push_str(&text[..at]);
            if !new.is_empty() && !new.ends_with('\n') {
                new.push('\n');
            }
            new.push_str(&block);
            new.push_str(&text[at..]);
            // Nothing is written unless the edited stack is valid.
            validate_text(g, &new)?;
            steps.time("edit and validate the stack", t, ());
            let t = Instant::now();
            crate::files::write_atomic(&g.stack, new.as_bytes(), None)
                .map_err(|e| CliError::msg(format!("cannot write {}: {e}", g.stack.display())))?;
            steps.time("write the stack file", t, ());
            println!("Added node \"{name}\" to {}.", g.stack.display());
            if !apply {
                println!("Run `lavastack apply` (or add --apply) to create it.");
                return Ok(exit::OK);
            }
            let t = Instant::now();
            let code = apply_now(g, ui, &common).await?;
            steps.time("plan, create, wait healthy, render outputs", t, ());
            steps.print();
            Ok(code)
        }
        NodeCmd::Remove {
            name,
            apply,
            drain_timeout,
            common,
        } => {
            let mut steps = Steps(Vec::new());
            let stack = load_stack(g, ui)?;
            let text = std::fs::read_to_string(&g.stack)
                .map_err(|e| CliError::msg(format!("cannot read {}: {e}", g.stack.display())))?;
            let Some(range) = node_block(&text, &name) else {
                return Err(CliError::msg(format!(
                    "there is no node \"{name}\" block in {}",
                    g.stack.display()
                )));
            };
            if apply {
                let t = Instant::now();
                match drain(&stack, &name, true).await {
                    Ok(()) => {
                        let left = wait_players_gone(&stack, &name, drain_timeout).await;
                        steps.time("drain and wait for players to leave", t, ());
                        match left {
                            Some(0) | None => {}
                            Some(n) => eprintln!(
                                "warning: {n} player(s) still on {name} after {}; removing anyway",
                                humantime::format_duration(drain_timeout)
                            ),
                        }
                    }
                    Err(e) => {
                        eprintln!("note: not drained through the router ({e}); removing directly")
                    }
                }
            }
            let t = Instant::now();
            let mut new = text.clone();
            new.replace_range(range, "");
            validate_text(g, &new)?;
            crate::files::write_atomic(&g.stack, new.as_bytes(), None)
                .map_err(|e| CliError::msg(format!("cannot write {}: {e}", g.stack.display())))?;
            steps.time("edit and validate the stack", t, ());
            println!("Removed node \"{name}\" from {}.", g.stack.display());
            if !apply {
                println!("Run `lavastack apply` (or add --apply) to delete it.");
                return Ok(exit::OK);
            }
            let t = Instant::now();
            let code = apply_now(g, ui, &common).await?;
            steps.time("plan, render outputs, delete", t, ());
            steps.print();
            Ok(code)
        }
        NodeCmd::Drain { name } => {
            let stack = load_stack(g, ui)?;
            drain(&stack, &name, true)
                .await
                .map_err(|e| CliError::msg(format!("cannot drain {name}: {e}")))?;
            println!("Node {name} is draining: no new players go to it.");
            Ok(exit::OK)
        }
        NodeCmd::Undrain { name } => {
            let stack = load_stack(g, ui)?;
            drain(&stack, &name, false)
                .await
                .map_err(|e| CliError::msg(format!("cannot undrain {name}: {e}")))?;
            println!("Node {name} takes new players again.");
            Ok(exit::OK)
        }
    }
}

/// Drains (or undrains) a node in the running router and in HAProxy where an output has a
/// runtime socket.
pub async fn drain(stack: &crate::stack::Stack, name: &str, on: bool) -> Result<(), String> {
    let token = stack
        .router
        .token
        .as_ref()
        .ok_or("the stack's router block has no token, which drain needs")?;
    let path = format!("/v1/nodes/{name}/{}", if on { "drain" } else { "undrain" });
    let (status, body) =
        router_request(stack.router.listen, "POST", &path, Some(token.expose())).await?;
    if status != 200 {
        return Err(format!("the router answered {status}: {body}"));
    }
    for o in stack.outputs.values() {
        let Some(sock) = &o.runtime_socket else {
            continue;
        };
        let Ok(cfg) = std::fs::read_to_string(stack.resolve_path(&o.path)) else {
            continue;
        };
        let cmds =
            crate::render::haproxy::state_commands(&cfg, name, if on { "drain" } else { "ready" });
        if let Err(e) = crate::render::haproxy::send(&stack.resolve_path(sock), &cmds).await {
            eprintln!("warning: HAProxy: {e}");
        }
    }
    Ok(())
}

/// Waits until the node reports no players, asking the node itself (`/v4/stats`): the
/// router's count comes from the node's `stats` messages, which Lavalink sends once a minute.
/// `None` when the node cannot be asked (not recorded, or not answering).
pub(crate) async fn wait_players_gone(
    stack: &crate::stack::Stack,
    name: &str,
    timeout: Duration,
) -> Option<u64> {
    let state = crate::state::open(stack)
        .await
        .load()
        .await
        .ok()
        .flatten()?;
    let rec = state.nodes.get(name)?;
    let target = crate::health::Target {
        host: rec.address.clone()?,
        port: rec.port?,
        password: crate::apply::node_secrets(stack, std::iter::once(name.to_string()))
            .get(name)
            .map(|s| s.expose().to_string()),
    };
    let until = Instant::now() + timeout;
    loop {
        let players = crate::health::probe_rest(&target, Duration::from_secs(3))
            .await
            .players;
        match players {
            Some(0) | None => return players,
            Some(n) if Instant::now() >= until => return Some(n),
            Some(_) => tokio::time::sleep(Duration::from_millis(250)).await,
        }
    }
}

/// One node as the running router sees it.
pub(crate) struct RouterNode {
    pub name: String,
    pub healthy: bool,
    pub draining: bool,
}

/// The running router's node list (`GET /v1/nodes`, with the token when the stack has one).
pub(crate) async fn router_nodes(stack: &crate::stack::Stack) -> Result<Vec<RouterNode>, String> {
    let token = stack.router.token.as_ref().map(|t| t.expose().to_string());
    let (status, body) =
        router_request(stack.router.listen, "GET", "/v1/nodes", token.as_deref()).await?;
    let v: serde_json::Value = serde_json::from_str(&body)
        .ok()
        .filter(|_| status == 200)
        .ok_or_else(|| format!("the router answered {status}: {body}"))?;
    Ok(v["nodes"]
        .as_array()
        .map(|ns| {
            ns.iter()
                .filter_map(|n| {
                    Some(RouterNode {
                        name: n["name"].as_str()?.to_string(),
                        healthy: n["healthy"] == true,
                        draining: n["draining"] == true,
                    })
                })
                .collect()
        })
        .unwrap_or_default())
}

/// One request to the router (no body).
pub async fn router_request(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
) -> Result<(u16, String), String> {
    http_request(addr, "the router", method, path, token, "").await
}

/// One HTTP/1.1 request on a fresh connection, to the router or an emulator's fault admin
/// (`what` names it in errors): status and body.
pub async fn http_request(
    addr: std::net::SocketAddr,
    what: &str,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &str,
) -> Result<(u16, String), String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::time::timeout(Duration::from_secs(3), tokio::net::TcpStream::connect(addr))
        .await
        .map_err(|_| format!("{what} at {addr} does not answer"))?
        .map_err(|e| format!("{what} at {addr} is not running ({e})"))?;
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let kind = if body.is_empty() {
        ""
    } else {
        "Content-Type: application/json\r\n"
    };
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{kind}Content-Length: {}\r\n{auth}\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    let mut out = String::new();
    tokio::time::timeout(Duration::from_secs(5), s.read_to_string(&mut out))
        .await
        .map_err(|_| format!("{what} at {addr} did not answer in time"))?
        .map_err(|e| e.to_string())?;
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((status, body.to_string()))
}
