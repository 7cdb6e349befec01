//! Apply's outputs phase: rendered files written (atomically, with their mode), recorded in
//! state, and their `on_change` hooks run, between node creation and node deletion.

use super::*;

/// Writes every output whose content changed (atomically), runs its on_change command, and
/// removes outputs no longer in the stack. A failed on_change leaves the new file in place and
/// marks the output so the next apply runs the command again.
pub(super) async fn outputs_phase(
    ctx: &Arc<Ctx>,
    plan: &Plan,
    stack: &Stack,
    renderer: &crate::render::Renderer,
) {
    use crate::render::outputs as artifacts;
    let snapshot = ctx.state.lock().await.clone();
    let mut desired = plan.desired_after();
    desired.retain(|n, _| {
        snapshot
            .nodes
            .get(n)
            .is_some_and(|r| r.status == NodeStatus::Ready)
    });
    let rendered = if plan.destroy {
        Vec::new()
    } else {
        match artifacts::render(stack, renderer, &desired, Some(&snapshot)) {
            Ok(r) => r,
            Err(e) => {
                let msg = e.to_string();
                ctx.fail("output".into(), Action::Update, msg).await;
                return;
            }
        }
    };
    for r in &rendered {
        let current = std::fs::read_to_string(&r.path).ok();
        let pending = snapshot
            .artifacts
            .get(&r.address)
            .is_some_and(|a| a.on_change_pending);
        let changed = current.as_deref() != Some(r.content.as_str());
        let sha = artifacts::sha256(&r.content);
        if !changed && !pending {
            let unrecorded = snapshot
                .artifacts
                .get(&r.address)
                .is_none_or(|a| a.sha256 != sha);
            if unrecorded && !record_output(ctx, r, sha, false).await {
                return;
            }
            continue;
        }
        let action = if current.is_none() {
            Action::Create
        } else {
            Action::Update
        };
        (ctx.events)(Event::Start {
            address: r.address.clone(),
            action,
        });
        let t = Instant::now();
        if changed {
            let secret = stack.redactor.redact(&r.content) != r.content;
            if let Err(e) = write_output(&r.path, &r.content, secret) {
                let msg = format!("cannot write {}: {e}", r.path.display());
                ctx.fail(r.address.clone(), action, msg).await;
                continue;
            }
        }
        // Weight and maintenance changes go to a running HAProxy without a reload.
        let runtime = match (&r.runtime_socket, current.as_deref(), pending) {
            (Some(sock), Some(old), false) if changed => {
                match crate::render::haproxy::runtime_commands(old, &r.content) {
                    Some(cmds) => {
                        match crate::render::haproxy::send(sock, &cmds).await {
                            Ok(()) => {
                                tracing::info!(output = %r.address, commands = cmds.len(), "applied through the HAProxy runtime API");
                                (ctx.events)(Event::Note {
                                address: r.address.clone(),
                                message: format!(
                                    "sent {} to HAProxy's runtime API ({}); no reload, on_change not run",
                                    cmds.join(", "),
                                    sock.display()
                                ),
                            });
                                true
                            }
                            Err(e) => {
                                tracing::warn!(output = %r.address, "runtime API failed, falling back to on_change: {e}");
                                (ctx.events)(Event::Note {
                                address: r.address.clone(),
                                message: format!("HAProxy's runtime API failed ({e}); running on_change instead"),
                            });
                                false
                            }
                        }
                    }
                    None => false,
                }
            }
            _ => false,
        };
        let hook = match (&r.on_change, runtime) {
            (Some(cmd), false) => run_on_change(cmd, &stack.dir, &r.path).await,
            _ => Ok(()),
        };
        if !record_output(ctx, r, sha, hook.is_err()).await {
            return;
        }
        match hook {
            Ok(()) => {
                let mut rep = ctx.report.lock().await;
                if action == Action::Create {
                    rep.added += 1
                } else {
                    rep.changed += 1
                }
                drop(rep);
                (ctx.events)(Event::Done {
                    address: r.address.clone(),
                    action,
                    elapsed_ms: t.elapsed().as_millis() as u64,
                });
            }
            Err(msg) => {
                let msg = stack.redactor.redact(&format!(
                    "{msg}; the new file is in place and the next apply runs the command again"
                ));
                ctx.fail(r.address.clone(), action, msg).await;
            }
        }
    }
    let gone: Vec<(String, std::path::PathBuf)> = snapshot
        .artifacts
        .iter()
        .filter(|(a, _)| !rendered.iter().any(|r| &r.address == *a))
        .map(|(a, r)| (a.clone(), r.path.clone()))
        .collect();
    for (addr, path) in gone {
        (ctx.events)(Event::Start {
            address: addr.clone(),
            action: Action::Delete,
        });
        let t = Instant::now();
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                let msg = format!("cannot remove {}: {e}", path.display());
                ctx.fail(addr, Action::Delete, msg).await;
                continue;
            }
        }
        let a2 = addr.clone();
        if let Err(e) = ctx
            .commit(|s| {
                s.artifacts.remove(&a2);
            })
            .await
        {
            ctx.fatal.lock().await.get_or_insert(e);
            return;
        }
        ctx.report.lock().await.destroyed += 1;
        (ctx.events)(Event::Done {
            address: addr,
            action: Action::Delete,
            elapsed_ms: t.elapsed().as_millis() as u64,
        });
    }
}

/// Records a written output in state; false (with the error kept as fatal) when saving failed.
pub(super) async fn record_output(
    ctx: &Arc<Ctx>,
    r: &crate::render::Rendered,
    sha256: String,
    pending: bool,
) -> bool {
    let rec = crate::state::ArtifactRecord {
        path: r.path.clone(),
        sha256,
        on_change_pending: pending,
    };
    let addr = r.address.clone();
    match ctx
        .commit(|s| {
            s.artifacts.insert(addr, rec);
        })
        .await
    {
        Ok(()) => true,
        Err(e) => {
            ctx.fatal.lock().await.get_or_insert(e);
            false
        }
    }
}

/// Owner-only when the content holds a secret.
pub(super) fn write_output(
    path: &std::path::Path,
    content: &str,
    secret: bool,
) -> std::io::Result<()> {
    let mode = if secret {
        crate::files::SECRET
    } else {
        crate::files::PUBLIC
    };
    crate::files::write_atomic(path, content.as_bytes(), Some(mode))
}

/// Runs an output's on_change command with `sh -c` in the stack's directory.
pub(super) async fn run_on_change(
    cmd: &str,
    dir: &std::path::Path,
    path: &std::path::Path,
) -> Result<(), String> {
    let mut command = tokio::process::Command::new("/bin/sh");
    // Hooks reload services; they get no stack variable (the password may be one).
    for k in crate::stack::scrubbed_env(&[]) {
        command.env_remove(k);
    }
    let child = command
        .arg("-c")
        .arg(cmd)
        .current_dir(dir)
        .env("LAVASTACK_OUTPUT", path)
        .stdin(std::process::Stdio::null())
        // A hook that outlives its timeout is killed, not left behind.
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(Duration::from_secs(120), child).await {
        Err(_) => Err(format!("on_change `{cmd}` did not finish within 120s")),
        Ok(Err(e)) => Err(format!("on_change `{cmd}` could not start: {e}")),
        Ok(Ok(out)) if out.status.success() => Ok(()),
        Ok(Ok(out)) => {
            let err = String::from_utf8_lossy(&out.stderr);
            let tail: Vec<&str> = err.lines().rev().take(3).collect();
            Err(format!(
                "on_change `{cmd}` failed ({}): {}",
                out.status,
                tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
            ))
        }
    }
}
