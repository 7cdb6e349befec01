//! The run as a picture a person can look at: players over time above, REST latency (average
//! and p99 per second) below, a dashed line at the latency target, a red line where a node was
//! noticed gone. A plain SVG written here (no plotting dependency), the same bytes for the same
//! report.

use std::fmt::Write as _;

use super::{LoadReport, Point};

const W: f64 = 900.0;
const PANEL_H: f64 = 200.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 56.0;
const GAP: f64 = 60.0;

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A "nice" axis maximum: 1, 2 or 5 times a power of ten at or above `v`.
fn nice(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if m * p >= v {
            return m * p;
        }
    }
    10.0 * p
}

fn polyline(
    points: &[Point],
    f: impl Fn(&Point) -> f64,
    x: impl Fn(f64) -> f64,
    y: impl Fn(f64) -> f64,
) -> String {
    points
        .iter()
        .map(|p| format!("{:.1},{:.1}", x(p.t), y(f(p))))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn svg(r: &LoadReport, title: &str, target_ms: Option<f64>) -> String {
    let pts = &r.series;
    let t_max = pts.last().map(|p| p.t).unwrap_or(1.0).max(1.0);
    let players_max = nice(pts.iter().map(|p| p.players as f64).fold(0.0, f64::max));
    let lat_max = nice(
        pts.iter()
            .map(|p| p.p99_ms)
            .fold(target_ms.unwrap_or(0.0), f64::max),
    );
    let plot_w = W - LEFT - RIGHT;
    let x = |t: f64| LEFT + t / t_max * plot_w;
    let top1 = TOP;
    let top2 = TOP + PANEL_H + GAP;
    let y1 = |v: f64| top1 + PANEL_H - v / players_max * PANEL_H;
    let y2 = |v: f64| top2 + PANEL_H - (v.min(lat_max) / lat_max) * PANEL_H;
    let h = top2 + PANEL_H + 60.0;
    let mut o = String::new();
    let _ = writeln!(
        o,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{h}" viewBox="0 0 {W} {h}" font-family="Helvetica, Arial, sans-serif" font-size="12">
<title>{}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="{LEFT}" y="24" font-size="15" font-weight="bold">{}</text>"##,
        xml(title),
        xml(title)
    );
    for (top, label, max, unit) in [
        (top1, "players playing", players_max, ""),
        (top2, "REST latency (avg, p99)", lat_max, " ms"),
    ] {
        let _ = writeln!(
            o,
            r##"<rect x="{LEFT}" y="{top}" width="{plot_w}" height="{PANEL_H}" fill="none" stroke="#999999"/>
<text x="{LEFT}" y="{}" fill="#333333">{label}</text>"##,
            top - 6.0
        );
        for i in 0..=4 {
            let v = max * f64::from(i) / 4.0;
            let yy = top + PANEL_H - PANEL_H * f64::from(i) / 4.0;
            let _ = writeln!(
                o,
                r##"<line x1="{LEFT}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#eeeeee"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#555555">{}{unit}</text>"##,
                LEFT + plot_w,
                LEFT - 6.0,
                yy + 4.0,
                trim(v)
            );
        }
    }
    // Time axis under the bottom panel.
    for i in 0..=5 {
        let t = t_max * f64::from(i) / 5.0;
        let _ = writeln!(
            o,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555555">{}s</text>"##,
            x(t),
            top2 + PANEL_H + 18.0,
            trim(t)
        );
    }
    if !pts.is_empty() {
        let _ = writeln!(
            o,
            r##"<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="{}"/>"##,
            polyline(pts, |p| p.players as f64, x, y1)
        );
        let _ = writeln!(
            o,
            r##"<polyline fill="none" stroke="#2ca02c" stroke-width="2" points="{}"/>"##,
            polyline(pts, |p| p.avg_ms, x, y2)
        );
        let _ = writeln!(
            o,
            r##"<polyline fill="none" stroke="#ff7f0e" stroke-width="1.5" points="{}"/>"##,
            polyline(pts, |p| p.p99_ms, x, y2)
        );
    }
    if let Some(t) = target_ms {
        let _ = writeln!(
            o,
            r##"<line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#d62728" stroke-dasharray="6 4"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#d62728">target {} ms</text>"##,
            y2(t),
            LEFT + plot_w,
            y2(t),
            LEFT + plot_w - 4.0,
            y2(t) - 4.0,
            trim(t)
        );
    }
    for g in &r.gone {
        let gx = x(g.t);
        let _ = writeln!(
            o,
            r##"<line x1="{gx:.1}" y1="{top1}" x2="{gx:.1}" y2="{:.1}" stroke="#d62728"/><text x="{:.1}" y="{:.1}" fill="#d62728">{} gone</text>"##,
            top2 + PANEL_H,
            gx + 4.0,
            top1 + 14.0,
            xml(&g.node)
        );
    }
    let ly = top2 + PANEL_H + 42.0;
    for (i, (color, label)) in [
        ("#1f77b4", "players"),
        ("#2ca02c", "average latency"),
        ("#ff7f0e", "p99 latency"),
    ]
    .iter()
    .enumerate()
    {
        let lx = LEFT + i as f64 * 170.0;
        let _ = writeln!(
            o,
            r##"<line x1="{lx}" y1="{ly}" x2="{}" y2="{ly}" stroke="{color}" stroke-width="3"/><text x="{}" y="{}">{label}</text>"##,
            lx + 24.0,
            lx + 30.0,
            ly + 4.0
        );
    }
    o.push_str("</svg>\n");
    o
}

fn trim(v: f64) -> String {
    crate::numfmt::decimal(v, if v >= 100.0 { 0 } else { 2 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::GoneAt;

    #[test]
    fn the_chart_draws_series_target_and_faults() {
        let r = LoadReport {
            phases: vec![],
            selections: 0,
            selection_errors: 0,
            track_ends: 0,
            start_errors: 0,
            failovers: 0,
            failover_errors: 0,
            gaps: None,
            recoveries: None,
            router: false,
            placement: "by weight".into(),
            clients: 1,
            edge: false,
            series: (1..=10)
                .map(|i| Point {
                    t: f64::from(i),
                    players: u64::from(i as u32) * 10,
                    requests: 5,
                    errors: 0,
                    avg_ms: f64::from(i),
                    p99_ms: f64::from(i) * 3.0,
                })
                .collect(),
            gone: vec![GoneAt {
                t: 5.0,
                node: "n<2>".into(),
            }],
            chart: None,
            generator_cpu_seconds: 0.0,
            wall_seconds: 0.0,
            players_per_core: None,
        };
        let s = svg(&r, "load & run", Some(150.0));
        assert_eq!(s, svg(&r, "load & run", Some(150.0)));
        assert_eq!(s.matches("<polyline").count(), 3);
        assert!(s.contains("n&lt;2&gt; gone") && s.contains("load &amp; run"));
        assert!(s.contains("target 150 ms"));
        assert_eq!(nice(0.0), 1.0);
        assert_eq!(nice(130.0), 200.0);
        assert_eq!(nice(f64::NAN), 1.0);
        // No points: still a valid, empty chart.
        let empty = LoadReport {
            series: vec![],
            gone: vec![],
            ..r
        };
        assert!(svg(&empty, "x", None).ends_with("</svg>\n"));
    }
}
