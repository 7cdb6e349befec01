//! The built-in templates, compiled into the binary. A leaf: the stack loader checks template
//! names against it and the renderer renders from it, and neither imports the other for it.
//!
//! Owns: the template texts. May import: nothing.

/// Built-in templates, by the name an `output` block's `template` uses.
pub const BUILTIN: &[(&str, &str)] = &[
    ("haproxy.cfg", include_str!("../templates/haproxy.cfg")),
    (
        "lavaNodesConfig.js",
        include_str!("../templates/lavaNodesConfig.js"),
    ),
    (
        "application.yml",
        include_str!("../templates/application.yml"),
    ),
    (
        "lavalink.service",
        include_str!("../templates/lavalink.service"),
    ),
    (
        "cloud-init.yaml",
        include_str!("../templates/cloud-init.yaml"),
    ),
    (
        "prometheus.yml",
        include_str!("../templates/prometheus.yml"),
    ),
    (
        "lavalink-targets.json",
        include_str!("../templates/lavalink-targets.json"),
    ),
    (
        "lavalink-rules.yml",
        include_str!("../templates/lavalink-rules.yml"),
    ),
    (
        "alertmanager.yml",
        include_str!("../templates/alertmanager.yml"),
    ),
    ("compose.yaml", include_str!("../templates/compose.yaml")),
    (
        "grafana-dashboard.json",
        include_str!("../templates/grafana-dashboard.json"),
    ),
];
