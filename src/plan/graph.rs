//! The cluster as a picture: bots -> HAProxy edge -> nodes by region and zone, the router that
//! probes them, Prometheus and Alertmanager, with a plan's changes marked. One [`Topology`]
//! drawn three ways: DOT (Graphviz), a self-laid-out SVG (no Graphviz needed to read it), and
//! Mermaid for the Markdown plan (pull-request pages render it).
//!
//! Owns: the topology a plan implies and its drawings. May import: `model` (actions), `stack`
//! (router, monitoring), and this crate's `plan` types.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::Plan;
use crate::model::Action;
use crate::stack::Stack;

/// Above this many nodes the Mermaid view shows each zone as one box with counts: a PR page
/// with hundreds of boxes helps nobody, and GitHub refuses very large diagrams.
pub const MERMAID_MAX_NODES: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphNode {
    pub name: String,
    pub action: Action,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Topology {
    pub stack: String,
    /// region -> zone ("" when none) -> nodes, sorted.
    pub regions: BTreeMap<String, BTreeMap<String, Vec<GraphNode>>>,
    /// Where the router listens.
    pub router: Option<String>,
    pub prometheus: Option<String>,
    pub alertmanagers: Vec<String>,
}

impl Topology {
    /// The plan's nodes (no-ops included: they are the cluster that stays), plus the stack's
    /// router and monitoring when a stack is at hand.
    pub fn from_plan(plan: &Plan, stack: Option<&Stack>) -> Topology {
        let mut t = Topology {
            stack: plan.stack.clone(),
            ..Default::default()
        };
        for c in &plan.changes {
            let get = |k: &str| c.attr_str(k).to_string();
            t.regions
                .entry(get("region"))
                .or_default()
                .entry(get("zone"))
                .or_default()
                .push(GraphNode {
                    name: c.name.clone(),
                    action: c.action,
                });
        }
        for zones in t.regions.values_mut() {
            for nodes in zones.values_mut() {
                nodes.sort_by(|a, b| a.name.cmp(&b.name));
            }
        }
        match stack {
            Some(s) => {
                t.router = Some(s.router.listen.to_string());
                t.prometheus = s.monitoring.prometheus.clone();
                t.alertmanagers = s.monitoring.alertmanagers.clone();
            }
            // A plan file alone still has a router: every stack has one (its default listen).
            None => t.router = Some(String::new()),
        }
        t
    }

    fn node_count(&self) -> usize {
        self.regions
            .values()
            .flat_map(|z| z.values())
            .map(Vec::len)
            .sum()
    }

    fn has_monitoring(&self) -> bool {
        self.prometheus.is_some() || !self.alertmanagers.is_empty()
    }
}

fn mark(a: Action) -> &'static str {
    match a {
        Action::NoOp => "",
        Action::Create => "+ create",
        Action::Update => "~ update",
        Action::Replace => "-/+ replace",
        Action::Delete => "- destroy",
    }
}

fn class(a: Action) -> &'static str {
    match a {
        Action::NoOp => "keep",
        Action::Create => "create",
        Action::Update => "update",
        Action::Replace => "replace",
        Action::Delete => "destroy",
    }
}

/// (fill, stroke) per action; the legend uses the same.
fn colors(a: Action) -> (&'static str, &'static str) {
    match a {
        Action::NoOp => ("#f4f4f4", "#777777"),
        Action::Create => ("#d9f2d9", "#2a7a2a"),
        Action::Update => ("#fff1cc", "#a07000"),
        Action::Replace => ("#ffe0c2", "#c25e00"),
        Action::Delete => ("#f9d4d4", "#b00020"),
    }
}

const LEGEND: [Action; 5] = [
    Action::NoOp,
    Action::Create,
    Action::Update,
    Action::Replace,
    Action::Delete,
];

fn zone_label(zone: &str) -> String {
    if zone.is_empty() {
        "no zone".into()
    } else {
        format!("zone {zone}")
    }
}

/// A DOT string literal: quotes and backslashes escaped, newlines as `\n`.
fn dot_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Graphviz DOT. Regions and zones are clusters; every node hangs off the edge (solid) and is
/// probed by the router (dashed).
pub fn dot(t: &Topology) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "digraph lavastack {{");
    let _ = writeln!(
        o,
        "  label={}; labelloc=t; rankdir=LR; fontname=\"Helvetica\";",
        dot_str(&format!("lavastack stack {}", t.stack))
    );
    let _ = writeln!(
        o,
        "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];"
    );
    let _ = writeln!(o, "  bots [label=\"Discord bots\", shape=ellipse];");
    let _ = writeln!(o, "  haproxy [label=\"HAProxy edge\"];");
    let _ = writeln!(o, "  bots -> haproxy;");
    if let Some(r) = &t.router {
        let label = if r.is_empty() {
            "router".to_string()
        } else {
            format!("router\n{r}")
        };
        let _ = writeln!(o, "  router [label={}, shape=hexagon];", dot_str(&label));
        let _ = writeln!(o, "  bots -> router [label=\"select\", style=dotted];");
    }
    let mut ids = Vec::new();
    for (ri, (region, zones)) in t.regions.iter().enumerate() {
        let _ = writeln!(o, "  subgraph cluster_r{ri} {{");
        let _ = writeln!(o, "    label={};", dot_str(&format!("region {region}")));
        for (zi, (zone, nodes)) in zones.iter().enumerate() {
            let _ = writeln!(o, "    subgraph cluster_r{ri}_z{zi} {{");
            let _ = writeln!(
                o,
                "      label={}; style=dashed;",
                dot_str(&zone_label(zone))
            );
            for n in nodes {
                let id = format!("n{}", ids.len());
                let (fill, stroke) = colors(n.action);
                let label = match mark(n.action) {
                    "" => n.name.clone(),
                    m => format!("{}\n{m}", n.name),
                };
                let style = if n.action == Action::Delete {
                    ", style=\"rounded,filled,dashed\""
                } else {
                    ""
                };
                let _ = writeln!(
                    o,
                    "      {id} [label={}, fillcolor=\"{fill}\", color=\"{stroke}\"{style}];",
                    dot_str(&label)
                );
                ids.push(id);
            }
            let _ = writeln!(o, "    }}");
        }
        let _ = writeln!(o, "  }}");
    }
    for id in &ids {
        let _ = writeln!(o, "  haproxy -> {id};");
        if t.router.is_some() {
            let _ = writeln!(o, "  router -> {id} [style=dashed, color=\"#777777\"];");
        }
    }
    if let Some(p) = &t.prometheus {
        let _ = writeln!(
            o,
            "  prometheus [label={}, shape=cylinder];",
            dot_str(&format!("Prometheus\n{p}"))
        );
    } else if !t.alertmanagers.is_empty() {
        let _ = writeln!(o, "  prometheus [label=\"Prometheus\", shape=cylinder];");
    }
    if t.has_monitoring() {
        if t.router.is_some() {
            let _ = writeln!(
                o,
                "  prometheus -> router [label=\"scrape\", style=dotted];"
            );
        }
        let _ = writeln!(
            o,
            "  prometheus -> haproxy [label=\"scrape\", style=dotted];"
        );
        for (i, am) in t.alertmanagers.iter().enumerate() {
            let _ = writeln!(
                o,
                "  am{i} [label={}, shape=cylinder];",
                dot_str(&format!("Alertmanager\n{am}"))
            );
            let _ = writeln!(o, "  prometheus -> am{i} [label=\"alerts\"];");
        }
    }
    let _ = writeln!(o, "}}");
    o
}

/// Mermaid text (`&`, quotes and angle brackets as Mermaid's entity codes).
fn mm_str(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A Mermaid flowchart (without the fence). Nodes get a class per action; past
/// [`MERMAID_MAX_NODES`] each zone is one box with its counts.
pub fn mermaid(t: &Topology) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "flowchart LR");
    let _ = writeln!(
        o,
        "  bots([\"Discord bots\"]) --> haproxy[\"HAProxy edge\"]"
    );
    if t.router.is_some() {
        let _ = writeln!(o, "  router{{{{\"router\"}}}}");
        let _ = writeln!(o, "  bots -. select .-> router");
    }
    let summarize = t.node_count() > MERMAID_MAX_NODES;
    let mut boxes = Vec::new();
    let mut n = 0usize;
    for (ri, (region, zones)) in t.regions.iter().enumerate() {
        let _ = writeln!(o, "  subgraph r{ri}[\"region {}\"]", mm_str(region));
        for (zi, (zone, nodes)) in zones.iter().enumerate() {
            if summarize {
                let id = format!("r{ri}z{zi}");
                let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
                for node in nodes {
                    *counts.entry(class(node.action)).or_default() += 1;
                }
                let detail = counts
                    .iter()
                    .filter(|(k, _)| **k != "keep")
                    .map(|(k, v)| format!("{v} {k}"))
                    .collect::<Vec<_>>();
                let worst = nodes
                    .iter()
                    .map(|x| x.action)
                    .max_by_key(|a| match a {
                        Action::NoOp => 0,
                        Action::Update => 1,
                        Action::Create => 2,
                        Action::Replace => 3,
                        Action::Delete => 4,
                    })
                    .unwrap_or(Action::NoOp);
                let label = format!(
                    "{}: {} node(s){}",
                    zone_label(zone),
                    nodes.len(),
                    if detail.is_empty() {
                        String::new()
                    } else {
                        format!(", {}", detail.join(", "))
                    }
                );
                let _ = writeln!(o, "    {id}[\"{}\"]:::{}", mm_str(&label), class(worst));
                boxes.push(id);
            } else {
                let _ = writeln!(
                    o,
                    "    subgraph r{ri}z{zi}[\"{}\"]",
                    mm_str(&zone_label(zone))
                );
                for node in nodes {
                    let id = format!("n{n}");
                    n += 1;
                    let label = match mark(node.action) {
                        "" => node.name.clone(),
                        m => format!("{} ({})", node.name, m),
                    };
                    let _ = writeln!(
                        o,
                        "      {id}[\"{}\"]:::{}",
                        mm_str(&label),
                        class(node.action)
                    );
                }
                let _ = writeln!(o, "    end");
                boxes.push(format!("r{ri}z{zi}"));
            }
        }
        let _ = writeln!(o, "  end");
        let _ = writeln!(o, "  haproxy --> r{ri}");
        if t.router.is_some() {
            let _ = writeln!(o, "  router -. probe .-> r{ri}");
        }
    }
    if t.has_monitoring() {
        let _ = writeln!(o, "  prometheus[(\"Prometheus\")] -. scrape .-> router");
        for (i, am) in t.alertmanagers.iter().enumerate() {
            let _ = writeln!(
                o,
                "  prometheus --> am{i}[(\"Alertmanager {}\")]",
                mm_str(am)
            );
        }
    }
    for a in LEGEND {
        let (fill, stroke) = colors(a);
        let _ = writeln!(o, "  classDef {} fill:{fill},stroke:{stroke}", class(a));
    }
    o
}

/// XML text and attribute values.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 allows no other control characters, even escaped.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

const NODE_W: i64 = 150;
const NODE_H: i64 = 40;
const GAP: i64 = 12;
const PER_ROW: usize = 4;

/// A self-laid-out SVG, left to right: bots, the edge, regions stacked top to bottom (zones
/// inside, nodes in rows of four), the router and monitoring on the right. Deterministic: the
/// same topology gives the same bytes.
pub fn svg(t: &Topology) -> String {
    let mut body = String::new();
    let col_bots = 20;
    let col_edge = 200;
    let col_regions = 400;
    let zone_w = PER_ROW as i64 * (NODE_W + GAP) + GAP;
    let region_w = zone_w + 2 * GAP;
    let col_right = col_regions + region_w + 80;
    let mut y = 60;
    let mut region_mid = Vec::new();
    for (region, zones) in &t.regions {
        let top = y;
        let mut inner = String::new();
        let mut zy = top + 30;
        for (zone, nodes) in zones {
            let rows = nodes.len().div_ceil(PER_ROW).max(1) as i64;
            let zh = 28 + rows * (NODE_H + GAP);
            let _ = writeln!(
                inner,
                r##"<rect x="{}" y="{zy}" width="{zone_w}" height="{zh}" rx="6" fill="none" stroke="#999999" stroke-dasharray="4 3"/><text x="{}" y="{}" class="zone">{}</text>"##,
                col_regions + GAP,
                col_regions + GAP + 8,
                zy + 16,
                xml(&zone_label(zone))
            );
            for (i, n) in nodes.iter().enumerate() {
                let (fill, stroke) = colors(n.action);
                let nx = col_regions + 2 * GAP + (i % PER_ROW) as i64 * (NODE_W + GAP);
                let ny = zy + 24 + (i / PER_ROW) as i64 * (NODE_H + GAP);
                let dash = if n.action == Action::Delete {
                    r#" stroke-dasharray="5 3""#
                } else {
                    ""
                };
                let _ = writeln!(
                    inner,
                    r##"<g class="node {}"><title>{}</title><rect x="{nx}" y="{ny}" width="{NODE_W}" height="{NODE_H}" rx="8" fill="{fill}" stroke="{stroke}"{dash}/><text x="{}" y="{}" class="name">{}</text><text x="{}" y="{}" class="mark">{}</text></g>"##,
                    class(n.action),
                    xml(format!("{} {}", n.name, mark(n.action)).trim()),
                    nx + 8,
                    ny + 17,
                    xml(&clip(&n.name, 20)),
                    nx + 8,
                    ny + 32,
                    xml(mark(n.action)),
                );
            }
            zy += zh + GAP;
        }
        let h = zy - top;
        let _ = writeln!(
            body,
            r##"<rect x="{col_regions}" y="{top}" width="{region_w}" height="{h}" rx="10" fill="#fbfbff" stroke="#555577"/><text x="{}" y="{}" class="region">{}</text>"##,
            col_regions + 10,
            top + 20,
            xml(&format!("region {region}"))
        );
        body.push_str(&inner);
        region_mid.push(top + h / 2);
        y = zy + 20;
    }
    let bottom = y.max(300);
    let mid = (60 + bottom) / 2;
    let boxed = |out: &mut String, x: i64, y: i64, label: &str, sub: &str| {
        let _ = writeln!(
            out,
            r##"<rect x="{x}" y="{}" width="140" height="44" rx="8" fill="#eef3ff" stroke="#334477"/><text x="{}" y="{}" class="name">{}</text><text x="{}" y="{}" class="mark">{}</text>"##,
            y - 22,
            x + 8,
            y - 4,
            xml(label),
            x + 8,
            y + 12,
            xml(&clip(sub, 22))
        );
    };
    boxed(&mut body, col_bots, mid, "Discord bots", "lavalink clients");
    boxed(
        &mut body,
        col_edge,
        mid,
        "HAProxy edge",
        "shared + per-node",
    );
    let arrow = |out: &mut String, x1: i64, y1: i64, x2: i64, y2: i64, dashed: bool| {
        let _ = writeln!(
            out,
            r##"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#444444" marker-end="url(#arrow)"{}/>"##,
            if dashed {
                r#" stroke-dasharray="6 4""#
            } else {
                ""
            }
        );
    };
    arrow(&mut body, col_bots + 140, mid, col_edge, mid, false);
    for m in &region_mid {
        arrow(&mut body, col_edge + 140, mid, col_regions, *m, false);
    }
    if let Some(r) = &t.router {
        let ry = 80;
        boxed(&mut body, col_right, ry, "router", r);
        for m in &region_mid {
            arrow(&mut body, col_right, ry, col_regions + region_w, *m, true);
        }
    }
    if t.has_monitoring() {
        let py = 180;
        boxed(
            &mut body,
            col_right,
            py,
            "Prometheus",
            t.prometheus.as_deref().unwrap_or(""),
        );
        if t.router.is_some() {
            arrow(
                &mut body,
                col_right + 70,
                py - 22,
                col_right + 70,
                102,
                true,
            );
        }
        for (i, am) in t.alertmanagers.iter().enumerate() {
            let ay = py + 80 + i as i64 * 70;
            boxed(&mut body, col_right, ay, "Alertmanager", am);
            arrow(
                &mut body,
                col_right + 70,
                ay - 70 + 22,
                col_right + 70,
                ay - 22,
                false,
            );
        }
    }
    // Legend along the bottom.
    let ly = bottom.max(300 + t.alertmanagers.len() as i64 * 70) + 10;
    for (i, a) in LEGEND.iter().enumerate() {
        let (fill, stroke) = colors(*a);
        let x = 20 + i as i64 * 130;
        let _ = writeln!(
            body,
            r##"<rect x="{x}" y="{ly}" width="16" height="16" rx="3" fill="{fill}" stroke="{stroke}"/><text x="{}" y="{}" class="mark">{}</text>"##,
            x + 22,
            ly + 13,
            class(*a)
        );
    }
    let width = col_right + 180;
    let height = ly + 40;
    let mut o = String::new();
    let _ = writeln!(
        o,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif">
<title>{}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#444444"/></marker></defs>
<style>.name{{font-size:13px;font-weight:bold}} .mark{{font-size:11px}} .zone{{font-size:11px;fill:#555555}} .region{{font-size:14px;font-weight:bold}} .title{{font-size:16px;font-weight:bold}}</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="20" y="30" class="title">{}</text>"##,
        xml(&format!("lavastack stack {}", t.stack)),
        xml(&format!("lavastack stack {}", t.stack)),
    );
    o.push_str(&body);
    o.push_str("</svg>\n");
    o
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut c: String = s.chars().take(max.saturating_sub(1)).collect();
        c.push('…');
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topo(n: usize) -> Topology {
        let mut t = Topology {
            stack: "t\"<x>".into(),
            router: Some("127.0.0.1:7700".into()),
            prometheus: Some("http://127.0.0.1:9090".into()),
            alertmanagers: vec!["127.0.0.1:9093".into()],
            ..Default::default()
        };
        let actions = [
            Action::NoOp,
            Action::Create,
            Action::Update,
            Action::Replace,
            Action::Delete,
        ];
        for i in 0..n {
            t.regions
                .entry(format!("r{}", i % 2))
                .or_default()
                .entry(if i % 3 == 0 {
                    String::new()
                } else {
                    "a".into()
                })
                .or_default()
                .push(GraphNode {
                    name: format!("node-{i}\"&<"),
                    action: actions[i % 5],
                });
        }
        t
    }

    #[test]
    fn dot_escapes_names_and_marks_every_action() {
        let d = dot(&topo(10));
        assert!(d.contains(r#"label="node-1\"&<\n+ create""#), "{d}");
        assert!(d.contains("- destroy") && d.contains("-/+ replace") && d.contains("~ update"));
        assert!(d.contains("prometheus -> am0"));
        assert_eq!(d.matches('{').count(), d.matches('}').count());
        assert_eq!(d.matches("haproxy -> n").count(), 10);
    }

    #[test]
    fn mermaid_balances_subgraphs_and_summarizes_big_clusters() {
        let m = mermaid(&topo(10));
        assert_eq!(
            m.matches("subgraph").count(),
            m.matches("\n    end\n").count() + m.matches("\n  end\n").count()
        );
        assert!(
            m.contains("node-1#quot;&#lt; (+ create)\"]:::create"),
            "{m}"
        );
        assert!(!m.contains('<'), "raw angle bracket: {m}");
        let big = mermaid(&topo(MERMAID_MAX_NODES + 1));
        assert!(!big.contains("node-"), "nodes listed past the cap");
        assert!(big.contains("node(s), "), "{big}");
    }

    #[test]
    fn svg_is_escaped_and_deterministic() {
        let t = topo(13);
        let s = svg(&t);
        assert_eq!(s, svg(&t));
        assert!(!s.contains("\"&<"), "unescaped name");
        assert!(s.contains("node-1&quot;&amp;&lt;"));
        assert_eq!(s.matches("<g class=\"node ").count(), 13);
        assert!(s.ends_with("</svg>\n"));
    }
}
