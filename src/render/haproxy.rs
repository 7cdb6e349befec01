//! Applying HAProxy changes without a reload: when the only differences between the running
//! config and the new one are server addresses (IP:port), weights and `disabled` flags, the same
//! change is made through the runtime API (`set server <backend>/<server> addr|weight|state`)
//! on the stats socket.
//! Anything else needs the output's on_change (a reload).

use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
struct ServerLine {
    backend: String,
    server: String,
    /// `ip:port` (or a name) the server line points at.
    addr: String,
    weight: Option<u32>,
    disabled: bool,
    /// Runs its own health check (`check`, not `track`): the one a health push can set.
    checked: bool,
}

/// Each line with weight/disabled removed from server lines, plus the parsed server lines.
fn normalize(cfg: &str) -> (Vec<String>, Vec<ServerLine>) {
    let mut backend = String::new();
    let mut lines = Vec::new();
    let mut servers = Vec::new();
    for line in cfg.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.first() {
            Some(&"backend") | Some(&"frontend") | Some(&"listen") | Some(&"defaults")
            | Some(&"global") => {
                backend = words.get(1).unwrap_or(&"").to_string();
                lines.push(line.to_string());
            }
            Some(&"server") if words.len() >= 3 => {
                let mut kept = Vec::new();
                let mut weight = None;
                let mut disabled = false;
                let checked = words.contains(&"check") && !words.contains(&"track");
                let mut i = 0;
                while i < words.len() {
                    if i == 2 {
                        // The address: compared on its own, so a replaced node's new one can
                        // go through the runtime API.
                        kept.push("<addr>");
                        i += 1;
                        continue;
                    }
                    match words[i] {
                        "weight" if i + 1 < words.len() => {
                            weight = words[i + 1].parse().ok();
                            i += 2;
                            continue;
                        }
                        "disabled" => disabled = true,
                        w => kept.push(w),
                    }
                    i += 1;
                }
                lines.push(kept.join(" "));
                servers.push(ServerLine {
                    backend: backend.clone(),
                    server: words[1].to_string(),
                    addr: words[2].to_string(),
                    weight,
                    disabled,
                    checked,
                });
            }
            _ => lines.push(line.to_string()),
        }
    }
    (lines, servers)
}

/// Runtime API commands that turn `old` into `new`, or `None` when a reload is needed.
pub fn runtime_commands(old: &str, new: &str) -> Option<Vec<String>> {
    let (ol, os) = normalize(old);
    let (nl, ns) = normalize(new);
    if ol != nl || os.len() != ns.len() {
        return None;
    }
    let mut cmds = Vec::new();
    for (o, n) in os.iter().zip(&ns) {
        if (o.backend.as_str(), o.server.as_str()) != (n.backend.as_str(), n.server.as_str()) {
            return None;
        }
        let target = format!("{}/{}", n.backend, n.server);
        if o.addr != n.addr {
            // Only an IP address can be set at runtime (a name would need resolvers).
            let addr: std::net::SocketAddr = n.addr.parse().ok()?;
            cmds.push(format!(
                "set server {target} addr {} port {}",
                addr.ip(),
                addr.port()
            ));
        }
        if o.weight != n.weight {
            cmds.push(format!(
                "set server {target} weight {}",
                n.weight.unwrap_or(1)
            ));
        }
        if o.disabled != n.disabled {
            let state = if n.disabled { "maint" } else { "ready" };
            cmds.push(format!("set server {target} state {state}"));
        }
    }
    Some(cmds)
}

/// `set server <backend>/<name> state <state>` for every shared backend that has a server
/// `name`. A backend whose only server is that node is its own endpoint: draining it there
/// would cut off the sessions a drain means to let finish.
///
/// A server the file marks `disabled` (maintenance) stays in maintenance: a drain would soften
/// it and an undrain would put it back in service behind the stack's back.
pub fn state_commands(cfg: &str, name: &str, state: &str) -> Vec<String> {
    let servers = normalize(cfg).1;
    let shared = |backend: &str| {
        servers
            .iter()
            .any(|s| s.backend == backend && s.server != name)
    };
    servers
        .iter()
        .filter(|s| s.server == name && shared(&s.backend))
        .filter_map(|s| {
            let state = match (s.disabled, state) {
                (true, "drain") => return None,
                (true, _) => "maint",
                (false, st) => st,
            };
            Some(format!(
                "set server {}/{} state {state}",
                s.backend, s.server
            ))
        })
        .collect()
}

/// `set server <backend>/<name> health up|down` for every server `name` that runs its own
/// check: what the router pushes when it sees a node die or come back, so HAProxy stops
/// sending to it within the router's detection instead of `inter x fall`. Servers that
/// `track` it follow; HAProxy's own checks keep running and win at their next transition, so a
/// wrong push heals itself.
pub fn health_commands(cfg: &str, name: &str, up: bool) -> Vec<String> {
    normalize(cfg)
        .1
        .iter()
        .filter(|s| s.server == name && s.checked)
        .map(|s| {
            format!(
                "set server {}/{} health {}",
                s.backend,
                s.server,
                if up { "up" } else { "down" }
            )
        })
        .collect()
}

/// Whether HAProxy's answer to `cmd` means it was done: silence for most commands; for an
/// address change, its report of what changed (`IP changed from ...`, `no need to change the
/// addr, port changed from ...`).
fn accepted(cmd: &str, answer: &str) -> bool {
    answer.is_empty()
        || (cmd.contains(" addr ")
            && (answer.contains("changed from") || answer.starts_with("no need to change")))
}

/// Sends commands to HAProxy's stats socket, one connection each (non-interactive mode).
pub async fn send(socket: &Path, cmds: &[String]) -> Result<(), String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    for cmd in cmds {
        let mut s = tokio::net::UnixStream::connect(socket).await.map_err(|e| {
            format!(
                "cannot reach HAProxy's runtime API at {}: {e}",
                socket.display()
            )
        })?;
        s.write_all(format!("{cmd}\n").as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        let mut out = String::new();
        tokio::time::timeout(
            std::time::Duration::from_secs(5),
            s.read_to_string(&mut out),
        )
        .await
        .map_err(|_| format!("HAProxy did not answer `{cmd}`"))?
        .map_err(|e| e.to_string())?;
        let answer = out.trim();
        if !accepted(cmd, answer) {
            return Err(format!("HAProxy refused `{cmd}`: {answer}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "global\n    maxconn 10\nbackend b\n    server a 1.2.3.4:1 weight 3 check\n    server c 1.2.3.4:2 weight 1 check\n";

    #[test]
    fn weights_and_maintenance_need_no_reload() {
        let new = OLD
            .replace("weight 3 check", "weight 5 check")
            .replace("weight 1 check", "weight 1 check disabled");
        assert_eq!(
            runtime_commands(OLD, &new).unwrap(),
            vec!["set server b/a weight 5", "set server b/c state maint"]
        );
        assert_eq!(runtime_commands(OLD, OLD).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn a_replaced_nodes_new_address_needs_no_reload_unless_it_is_a_name() {
        let moved = OLD.replace("1.2.3.4:1 weight 3", "10.0.0.9:4242 weight 3");
        assert_eq!(
            runtime_commands(OLD, &moved).unwrap(),
            vec!["set server b/a addr 10.0.0.9 port 4242"]
        );
        let named = OLD.replace("1.2.3.4:1 weight 3", "lavalink-a.internal:4242 weight 3");
        assert_eq!(runtime_commands(OLD, &named), None);
    }

    #[test]
    fn address_changes_are_answered_with_what_changed() {
        let set = "set server b/a addr 10.0.0.9 port 4242";
        assert!(accepted(set, "IP changed from '1.2.3.4' to '10.0.0.9', port changed from '1' to '4242' by 'stats socket command'"));
        assert!(accepted(
            set,
            "no need to change the addr, port changed from '1' to '4242' by 'stats socket command'"
        ));
        assert!(!accepted(set, "No such server."));
        assert!(!accepted("set server b/a weight 5", "port changed from"));
        assert!(accepted("set server b/a weight 5", ""));
    }

    #[test]
    fn health_pushes_go_to_checking_servers_not_trackers() {
        let cfg = "backend lavalink_stateless\n    server a 1.2.3.4:1 weight 1 track node_a/a\n    server b 1.2.3.4:2 weight 1 track node_b/b\nbackend node_a\n    server a 1.2.3.4:1 check\nbackend node_b\n    server b 1.2.3.4:2 check\n";
        assert_eq!(
            health_commands(cfg, "a", false),
            vec!["set server node_a/a health down"]
        );
        assert_eq!(
            health_commands(cfg, "b", true),
            vec!["set server node_b/b health up"]
        );
        assert!(health_commands(cfg, "zz", true).is_empty());
    }

    #[test]
    fn drain_leaves_the_nodes_own_endpoint_alone() {
        let cfg = format!("{OLD}backend node_a\n    server a 1.2.3.4:1 check\n");
        assert_eq!(
            state_commands(&cfg, "a", "drain"),
            vec!["set server b/a state drain"]
        );
        // A server in maintenance stays there through a drain and an undrain.
        let maint = cfg.replace(
            "server c 1.2.3.4:2 weight 1 check",
            "server c 1.2.3.4:2 weight 1 check disabled",
        );
        assert!(state_commands(&maint, "c", "drain").is_empty());
        assert_eq!(
            state_commands(&maint, "c", "ready"),
            vec!["set server b/c state maint"]
        );
        // A one-node cluster: no other server could take the request anywhere.
        let one = "backend b\n    server a 1.2.3.4:1 check\nbackend node_a\n    server a 1.2.3.4:1 check\n";
        assert!(state_commands(one, "a", "drain").is_empty());
    }

    #[test]
    fn anything_else_needs_a_reload() {
        assert!(runtime_commands(OLD, &OLD.replace("check\n", "check ssl\n")).is_none());
        assert!(runtime_commands(OLD, &OLD.replace("maxconn 10", "maxconn 11")).is_none());
        assert!(runtime_commands(OLD, &format!("{OLD}    server d 1.2.3.4:3 check\n")).is_none());
    }
}
