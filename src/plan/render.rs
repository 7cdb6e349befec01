//! Plan output for people (text, Markdown) and machines (JSON in the shape of Terraform's
//! `resource_changes`, so conftest/OPA and PR bots can read it).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{json, Value as Json};

use super::{Change, Plan};
use crate::model::{Action, SENSITIVE_ATTRIBUTES};
use crate::stack::Redactor;

pub const JSON_FORMAT_VERSION: &str = "1.0";

#[derive(Clone, Copy)]
struct Palette {
    green: &'static str,
    yellow: &'static str,
    red: &'static str,
    bold: &'static str,
    dim: &'static str,
    reset: &'static str,
}

impl Palette {
    fn new(color: bool) -> Self {
        if color {
            Palette {
                green: "\x1b[32m",
                yellow: "\x1b[33m",
                red: "\x1b[31m",
                bold: "\x1b[1m",
                dim: "\x1b[2m",
                reset: "\x1b[0m",
            }
        } else {
            Palette {
                green: "",
                yellow: "",
                red: "",
                bold: "",
                dim: "",
                reset: "",
            }
        }
    }
}

fn show_value(key: &str, v: Option<&Json>) -> String {
    match v {
        None | Some(Json::Null) => "null".into(),
        Some(_) if SENSITIVE_ATTRIBUTES.contains(&key) => "(sensitive value)".into(),
        Some(v) => v.to_string(),
    }
}

fn marker(a: Action, p: Palette) -> String {
    match a {
        Action::Create => format!("{}  +{}", p.green, p.reset),
        Action::Update => format!("{}  ~{}", p.yellow, p.reset),
        Action::Replace => format!("{}-/+{}", p.red, p.reset),
        Action::Delete => format!("{}  -{}", p.red, p.reset),
        Action::NoOp => "   ".into(),
    }
}

fn headline(c: &Change) -> String {
    let what = match (c.action, c.deposed) {
        (Action::Create, _) => "will be created".to_string(),
        (Action::Update, _) => "will be updated in-place".to_string(),
        (Action::Replace, _) => "must be replaced".to_string(),
        (Action::Delete, true) => "(deposed object) will be destroyed".to_string(),
        (Action::Delete, false) => "will be destroyed".to_string(),
        (Action::NoOp, _) => "is unchanged".to_string(),
    };
    match &c.reason {
        Some(r) => format!("# {} {what} ({r})", c.address),
        None => format!("# {} {what}", c.address),
    }
}

fn write_change(out: &mut String, c: &Change, p: Palette) {
    let _ = writeln!(out, "  {}{}{}", p.bold, headline(c), p.reset);
    match &c.orphan {
        // Not a node of the stack: a thing found with its tags (the node it names lives on).
        Some(o) => {
            let _ = writeln!(
                out,
                "{} orphan \"{}\" {{ # tagged for node {}",
                marker(c.action, p),
                o.provider_id,
                c.name
            );
        }
        None => {
            let _ = writeln!(out, "{} node \"{}\" {{", marker(c.action, p), c.name);
        }
    }
    let empty = BTreeMap::new();
    let before = c.before.as_ref().unwrap_or(&empty);
    let after = c.after.as_ref().unwrap_or(&empty);
    let keys: Vec<&String> = match c.action {
        Action::Create => after.keys().collect(),
        Action::Delete => before.keys().collect(),
        _ => c.changed.iter().collect(),
    };
    // Values only the provider can tell (a local node's port) are shown as Terraform does.
    let unknown: Vec<&str> = match (&c.desired, c.action) {
        (Some(d), Action::Create | Action::Replace) if d.port.is_none() => vec!["port"],
        _ => vec![],
    };
    let width = keys
        .iter()
        .map(|k| k.len())
        .chain(unknown.iter().map(|k| k.len()))
        .max()
        .unwrap_or(0);
    for k in &keys {
        let pad = " ".repeat(width - k.len());
        match c.action {
            Action::Create => {
                let _ = writeln!(
                    out,
                    "      {}+{} {k}{pad} = {}",
                    p.green,
                    p.reset,
                    show_value(k, after.get(*k))
                );
            }
            Action::Delete => {
                let _ = writeln!(
                    out,
                    "      {}-{} {k}{pad} = {}",
                    p.red,
                    p.reset,
                    show_value(k, before.get(*k))
                );
            }
            _ => {
                let (sym, col) = match (before.get(*k), after.get(*k)) {
                    (None, Some(_)) => ("+", p.green),
                    (Some(_), None) => ("-", p.red),
                    _ => ("~", p.yellow),
                };
                let forces = if c.replace_because.contains(k) {
                    format!(" {}# forces replacement{}", p.red, p.reset)
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "      {col}{sym}{} {k}{pad} = {} -> {}{forces}",
                    p.reset,
                    show_value(k, before.get(*k)),
                    show_value(k, after.get(*k))
                );
            }
        }
    }
    for k in &unknown {
        let pad = " ".repeat(width - k.len());
        let _ = writeln!(
            out,
            "      {}+{} {k}{pad} = (known after apply)",
            p.green, p.reset
        );
    }
    if matches!(c.action, Action::Update | Action::Replace) {
        let hidden = after.keys().filter(|k| !c.changed.contains(k)).count();
        if hidden > 0 {
            let _ = writeln!(
                out,
                "        {}# ({hidden} unchanged attributes hidden){}",
                p.dim, p.reset
            );
        }
    }
    let _ = writeln!(out, "    }}");
}

fn write_artifact(out: &mut String, a: &crate::render::outputs::ArtifactChange, p: Palette) {
    let what = match a.action {
        Action::Create => "will be created",
        Action::Delete => "will be deleted",
        _ => "will be updated in-place",
    };
    let reason = a
        .reason
        .as_ref()
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    let _ = writeln!(out, "  {}# {} {what}{reason}{}", p.bold, a.address, p.reset);
    let _ = writeln!(out, "{} file \"{}\"", marker(a.action, p), a.path.display());
    match (&a.runtime, &a.on_change) {
        (Some(cmds), _) => {
            let _ = writeln!(
                out,
                "      {}then HAProxy's runtime API, no reload: {}{}",
                p.dim,
                cmds.join("; "),
                p.reset
            );
        }
        (None, Some(cmd)) => {
            let _ = writeln!(out, "      {}then runs: {cmd}{}", p.dim, p.reset);
        }
        _ => {}
    }
    for line in a.diff.lines() {
        let col = if line.starts_with("+++") || line.starts_with("---") {
            p.bold
        } else if line.starts_with('+') {
            p.green
        } else if line.starts_with('-') {
            p.red
        } else if line.starts_with("@@") {
            p.dim
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "      {col}{line}{}",
            if col.is_empty() { "" } else { p.reset }
        );
    }
}

pub fn summary_line(plan: &Plan) -> String {
    let s = plan.summary();
    format!(
        "Plan: {} to add, {} to change, {} to destroy.",
        s.add, s.change, s.destroy
    )
}

/// Human text, Terraform-style.
pub fn text(plan: &Plan, color: bool, redactor: &Redactor) -> String {
    text_with(plan, color, redactor, true)
}

fn text_with(plan: &Plan, color: bool, redactor: &Redactor, with_files: bool) -> String {
    let p = Palette::new(color);
    let mut out = String::new();
    for w in &plan.warnings {
        let _ = writeln!(out, "{}Warning:{} {w}", p.yellow, p.reset);
    }
    if !plan.warnings.is_empty() {
        out.push('\n');
    }
    if !plan.has_changes() {
        if plan.destroy {
            let _ = writeln!(
                out,
                "{}No changes.{} Nothing to destroy: no nodes or outputs are recorded for stack \"{}\".",
                p.bold, p.reset, plan.stack
            );
        } else {
            let _ = writeln!(
                out,
                "{}No changes.{} The cluster matches the stack \"{}\".",
                p.bold, p.reset, plan.stack
            );
        }
        return redactor.redact(&out);
    }
    let _ = writeln!(out, "lavastack will perform the following actions:\n");
    for c in plan.changes.iter().filter(|c| c.action != Action::NoOp) {
        write_change(&mut out, c, p);
        out.push('\n');
    }
    for a in plan
        .artifacts
        .iter()
        .filter(|a| with_files && a.action != Action::NoOp)
    {
        write_artifact(&mut out, a, p);
        out.push('\n');
    }
    for (kind, before, after) in &plan.policy_changes {
        let _ = writeln!(out, "  {}# policy.{kind} will change{}", p.bold, p.reset);
        let _ = writeln!(
            out,
            "{} policy \"{kind}\" {{\n      {}~{} module = {} -> {}\n    }}\n",
            marker(Action::Update, p),
            p.yellow,
            p.reset,
            before
                .as_deref()
                .map(|b| format!("\"{b}\""))
                .unwrap_or("null".into()),
            format_args!("\"{after}\"")
        );
    }
    if let Some(c) = &plan.capacity {
        let _ = writeln!(out, "{}\n", c.line());
    }
    if let Some(r) = &plan.routing {
        let policies = match (&r.policy_before, &r.note) {
            (Some(b), _) => format!(" ({b} before, {} after)", r.policy),
            (None, Some(_)) => " (node changes only, see the note)".to_string(),
            (None, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "Routing: {:.1}% of {} simulated guilds{policies} would move to another node (details: lavastack simulate).",
            r.moved * 100.0,
            r.workload.guilds
        );
        if let Some(n) = &r.note {
            let _ = writeln!(out, "  note: {n}");
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}{}{}", p.bold, summary_line(plan), p.reset);
    redactor.redact(&out)
}

fn sensitive_mask(m: Option<&BTreeMap<String, Json>>) -> Json {
    let mut o = serde_json::Map::new();
    if let Some(m) = m {
        for k in SENSITIVE_ATTRIBUTES {
            if m.contains_key(*k) {
                o.insert(k.to_string(), Json::Bool(true));
            }
        }
    }
    Json::Object(o)
}

fn action_reason(c: &Change) -> Option<&'static str> {
    match c.action {
        Action::Replace if c.replace_because.is_empty() => Some("replace_because_tainted"),
        Action::Replace => Some("replace_because_cannot_update"),
        Action::Delete => Some("delete_because_no_resource_config"),
        _ => None,
    }
}

/// JSON in the shape of `terraform show -json` (`resource_changes[].change.actions`, `before`,
/// `after`, `*_sensitive`), plus lavastack's own keys.
pub fn json(plan: &Plan, redactor: &Redactor) -> Json {
    json_with(plan, redactor, Json::Null)
}

/// JSON with the stack's region facts under `configuration`, so policy checks (conftest/OPA)
/// can tell, say, a primary-region node from another.
pub fn json_for_stack(plan: &Plan, stack: &crate::stack::Stack) -> Json {
    let regions: serde_json::Map<String, Json> = stack
        .regions
        .values()
        .map(|r| {
            (
                r.name.clone(),
                json!({"primary": r.primary, "provider": r.provider, "zones": r.zones}),
            )
        })
        .collect();
    json_with(plan, &stack.redactor, json!({"regions": regions}))
}

fn json_with(plan: &Plan, redactor: &Redactor, configuration: Json) -> Json {
    let changes: Vec<Json> = plan
        .changes
        .iter()
        .map(|c| {
            let mut rc = json!({
                "address": c.address,
                "mode": "managed",
                "type": "lavalink_node",
                "name": c.name,
                "provider_name": c.provider,
                "change": {
                    "actions": c.action.terraform_actions(),
                    "before": c.before,
                    "after": c.after,
                    "after_unknown": match &c.desired {
                        Some(d) if d.port.is_none() && matches!(c.action, Action::Create | Action::Replace) => json!({"port": true}),
                        _ => json!({}),
                    },
                    "before_sensitive": sensitive_mask(c.before.as_ref()),
                    "after_sensitive": sensitive_mask(c.after.as_ref()),
                    "replace_paths": c.replace_because.iter().map(|k| vec![k]).collect::<Vec<_>>(),
                },
                "reason": c.reason,
            });
            if let Some(r) = action_reason(c) {
                rc["action_reason"] = Json::from(r);
            }
            if c.deposed {
                rc["deposed"] = Json::from("deposed");
            }
            rc
        })
        .collect();
    let mut changes = changes;
    for a in &plan.artifacts {
        changes.push(json!({
            "address": a.address,
            "mode": "managed",
            "type": "lavastack_output",
            "name": a.output,
            "provider_name": "lavastack",
            "change": {
                "actions": a.action.terraform_actions(),
                "before": null,
                "after": {"path": a.path},
            },
            "reason": a.reason,
            "diff": a.diff,
            "on_change": a.on_change,
            "runtime_api": a.runtime,
        }));
    }
    let s = plan.summary();
    let v = json!({
        "format_version": JSON_FORMAT_VERSION,
        "lavastack_version": env!("CARGO_PKG_VERSION"),
        "stack": plan.stack,
        "prior_state": plan.prior,
        "destroy": plan.destroy,
        "applyable": plan.has_changes(),
        "resource_changes": changes,
        "summary": {"add": s.add, "change": s.change, "destroy": s.destroy},
        "warnings": plan.warnings,
        "policy_changes": plan.policy_changes.iter().map(|(k, b, a)| json!({"kind": k, "before": b, "after": a})).collect::<Vec<_>>(),
        "routing": plan.routing,
        "capacity": plan.capacity,
        "configuration": configuration,
    });
    // Round-trip through the redactor so no secret can leave in any field.
    let text = redactor.redact(&v.to_string());
    serde_json::from_str(&text).unwrap_or(v)
}

/// A pull-request comment: summary, a table of changes, the full plan folded away.
pub fn markdown(plan: &Plan, redactor: &Redactor) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### lavastack plan for `{}`\n", plan.stack);
    if !plan.has_changes() {
        let _ = writeln!(out, "**No changes.** The cluster matches the stack.");
    } else {
        let _ = writeln!(out, "**{}**\n", summary_line(plan));
        let deletes = plan
            .changes
            .iter()
            .filter(|c| matches!(c.action, Action::Delete | Action::Replace))
            .count();
        if deletes > 0 {
            let _ = writeln!(
                out,
                "> [!WARNING]\n> {deletes} node(s) will be destroyed or replaced. Players on them move to other nodes.\n"
            );
        }
        let _ = writeln!(out, "| | node | action | region / zone | details |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for a in plan.artifacts.iter().filter(|a| a.action != Action::NoOp) {
            let _ = writeln!(
                out,
                "| 📄 | `{}` | {} | `{}` | {} |",
                a.address,
                format!("{:?}", a.action).to_lowercase(),
                a.path.display(),
                a.reason.clone().unwrap_or_default().replace('|', "\\|")
            );
        }
        for c in plan.changes.iter().filter(|c| c.action != Action::NoOp) {
            let icon = match c.action {
                Action::Create => "➕",
                Action::Update => "🔄",
                Action::Replace => "♻️",
                Action::Delete => "❌",
                Action::NoOp => "",
            };
            let get = |k: &str| c.attr_str(k).to_string();
            let details = match c.action {
                Action::Update | Action::Replace => c
                    .changed
                    .iter()
                    .map(|k| {
                        let b = c.before.as_ref().and_then(|m| m.get(k));
                        let a = c.after.as_ref().and_then(|m| m.get(k));
                        format!("`{k}`: {} → {}", show_value(k, b), show_value(k, a))
                    })
                    .collect::<Vec<_>>()
                    .join("<br>"),
                _ => c.reason.clone().unwrap_or_default(),
            };
            let action = format!("{:?}", c.action).to_lowercase();
            let _ = writeln!(
                out,
                "| {icon} | `{}` | {action} | {} / {} | {} |",
                c.name,
                get("region"),
                get("zone"),
                details.replace('|', "\\|")
            );
        }
        out.push('\n');
        // The same view `lavastack graph` draws, as Mermaid: pull-request pages render it.
        let topology = super::graph::Topology::from_plan(plan, None);
        let _ = writeln!(
            out,
            "<details><summary>Topology after this plan</summary>\n\n```mermaid\n{}```\n\n</details>\n",
            redactor.redact(&super::graph::mermaid(&topology))
        );
    }
    if !plan.policy_changes.is_empty() {
        let _ = writeln!(out, "#### Policies\n");
        for (kind, before, after) in &plan.policy_changes {
            let _ = writeln!(
                out,
                "- `{kind}`: {} → `{after}`",
                before
                    .as_deref()
                    .map(|b| format!("`{b}`"))
                    .unwrap_or("(none recorded)".into())
            );
        }
        out.push('\n');
    }
    if let Some(r) = &plan.routing {
        out.push_str(&r.markdown());
        out.push('\n');
    }
    if let Some(c) = &plan.capacity {
        let _ = writeln!(out, "#### Capacity\n\n{}\n", c.line());
    }
    if !plan.warnings.is_empty() {
        let _ = writeln!(out, "#### Warnings\n");
        for w in &plan.warnings {
            let _ = writeln!(out, "- ⚠️ {w}");
        }
        out.push('\n');
    }
    let files: Vec<_> = plan
        .artifacts
        .iter()
        .filter(|a| a.action != Action::NoOp)
        .collect();
    if !files.is_empty() {
        let _ = writeln!(out, "#### Rendered files\n");
        for a in files {
            let lines: Vec<&str> = a.diff.lines().collect();
            let shown = lines
                .iter()
                .take(MD_DIFF_LINES)
                .copied()
                .collect::<Vec<_>>()
                .join("\n");
            let more = if lines.len() > MD_DIFF_LINES {
                format!(
                    "\n… {} more lines (see `lavastack plan`)",
                    lines.len() - MD_DIFF_LINES
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "<details><summary><code>{}</code> ({})</summary>\n\n```diff\n{shown}\n```{more}\n\n</details>\n",
                a.path.display(),
                format!("{:?}", a.action).to_lowercase()
            );
        }
    }
    if plan.changes.iter().any(|c| c.action != Action::NoOp) {
        let body = text_with(plan, false, redactor, false)
            .lines()
            .map(|l| {
                let t = l.trim_start();
                if t.starts_with('~') {
                    l.replacen('~', "!", 1)
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let _ = writeln!(
            out,
            "<details><summary>Full plan</summary>\n\n```diff\n{body}\n```\n\n</details>"
        );
    }
    let mut out = redactor.redact(&out);
    // GitHub refuses comments over 65,536 characters.
    if out.len() > MD_MAX {
        let mut cut = MD_MAX;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push_str(
            "\n\n… (truncated to fit a pull-request comment; run `lavastack plan` for the rest)\n",
        );
    }
    out
}

/// Lines of each file diff shown in a PR comment.
const MD_DIFF_LINES: usize = 150;
/// A PR comment's size budget, under GitHub's 65,536.
const MD_MAX: usize = 60_000;
