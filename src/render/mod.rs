//! Rendering: every file that depends on the node set (HAProxy, the bot's node list, each
//! node's `application.yml`, systemd unit and cloud-init, Prometheus targets, config and rules)
//! comes from a minijinja template, built in (`templates/`) or the stack's own.
//!
//! Templates are strict: an undefined variable is an error naming the template, line and
//! variable, never an empty string. Every file ends with a newline (HAProxy 2.6 refuses a last
//! line without one). Outputs are resources in the plan (see [`outputs`]).

pub mod haproxy;
pub mod outputs;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use minijinja::{Environment, UndefinedBehavior, Value};
use serde::Serialize;
use serde_json::{json, Value as Json};

use crate::model::DesiredNode;
use crate::stack::{OutputConfig, Stack};
use crate::state::State;

pub use crate::templates::BUILTIN;

/// What `lavastack render` produces for a stack without output blocks.
pub fn default_outputs() -> Vec<OutputConfig> {
    let o = |name: &str, template: &str, path: &str| OutputConfig {
        name: name.into(),
        template: template.into(),
        path: path.into(),
        on_change: None,
        runtime_socket: None,
        vars: json!({}),
        span: None,
    };
    vec![
        o("haproxy", "haproxy.cfg", "haproxy.cfg"),
        o("bot", "lavaNodesConfig.js", "lavaNodesConfig.js"),
        o("prometheus", "prometheus.yml", "prometheus.yml"),
        o("targets", "lavalink-targets.json", "lavalink-targets.json"),
        o("rules", "lavalink-rules.yml", "lavalink-rules.yml"),
        o("alertmanager", "alertmanager.yml", "alertmanager.yml"),
        o(
            "dashboard",
            "grafana-dashboard.json",
            "grafana-dashboard.json",
        ),
        o(
            "application",
            "application.yml",
            "nodes/{node}/application.yml",
        ),
        o(
            "systemd",
            "lavalink.service",
            "nodes/{node}/lavalink.service",
        ),
        o(
            "cloud_init",
            "cloud-init.yaml",
            "nodes/{node}/cloud-init.yaml",
        ),
        o("compose", "compose.yaml", "compose.yaml"),
    ]
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template {template}: {message}")]
    Template { template: String, message: String },
    #[error("cannot read template {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// One node as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct NodeView {
    pub name: String,
    pub region: String,
    pub zone: String,
    pub primary: bool,
    pub weight: u32,
    pub priority: u32,
    pub maintenance: bool,
    pub pool: Option<String>,
    pub slot: u32,
    pub tags: BTreeMap<String, String>,
    pub provider: String,
    /// Whether address and port are known (false for a node not created yet). Templates leave
    /// such a node out of files a tool reads (or write it as a comment), so every rendered
    /// file stays valid for that tool; plans still show it.
    pub known: bool,
    /// Where clients reach it; "(known after apply)" while a new node has no address yet.
    pub address: Json,
    pub port: Json,
    /// Secret: only templates that must hold it use it (HAProxy's health check).
    pub password: Option<String>,
    /// What the node itself binds (for its application.yml).
    pub bind: String,
    pub listen_port: Json,
    /// The node serves TLS with these files (absolute paths); clients connect with `secure`.
    pub tls: Option<TlsView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TlsView {
    /// With the key, `None` on a static node (it serves its own certificate).
    pub cert: Option<String>,
    pub key: Option<String>,
    pub ca: Option<String>,
}

/// The node set templates are rendered for: desired nodes, with addresses from state where
/// they exist. `secrets` maps node name to its password.
pub fn node_views(
    stack: &Stack,
    desired: &BTreeMap<String, DesiredNode>,
    state: Option<&State>,
) -> Vec<NodeView> {
    let unknown = || Json::from("(known after apply)");
    desired
        .values()
        .map(|d| {
            let rec = state.and_then(|s| s.nodes.get(&d.name));
            let address = rec
                .and_then(|r| r.address.clone())
                .or_else(|| d.host.clone())
                .map(Json::from)
                .unwrap_or_else(unknown);
            let port = rec
                .and_then(|r| r.port)
                .or(d.port)
                .map(Json::from)
                .unwrap_or_else(unknown);
            let password = stack.password_for(&d.name).map(|s| s.expose().to_string());
            NodeView {
                known: address.is_string() && port.is_u64() && address != unknown(),
                name: d.name.clone(),
                region: d.region.clone(),
                zone: d.zone.clone(),
                primary: stack.regions.get(&d.region).is_some_and(|r| r.primary),
                weight: d.weight,
                priority: d.priority,
                maintenance: d.maintenance,
                pool: d.pool.clone(),
                slot: d.slot,
                tags: d.tags.clone(),
                provider: d.provider.clone(),
                bind: d.provider_kind.bind_address().into(),
                listen_port: port.clone(),
                tls: stack.node_tls(&d.name, &d.region).map(|t| TlsView {
                    cert: t.cert.as_ref().map(|c| c.display().to_string()),
                    key: t.key.as_ref().map(|k| k.display().to_string()),
                    ca: t.ca.map(|c| c.display().to_string()),
                }),
                address,
                port,
                password,
            }
        })
        .collect()
}

/// A rendered file.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// `output.<name>`, or `output.<name>[<node>]` for per-node outputs.
    pub address: String,
    pub output: String,
    pub path: PathBuf,
    pub content: String,
    pub on_change: Option<String>,
    /// HAProxy stats socket: weight/maintenance-only changes go through it, without a reload.
    pub runtime_socket: Option<PathBuf>,
}

pub struct Renderer {
    env: Environment<'static>,
}

fn haproxy_quote(s: String) -> String {
    // Double quotes keep spaces; \ " $ are escaped so nothing is expanded, and % is doubled
    // because HAProxy reads header values as log-format strings.
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' | '"' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '%' => out.push_str("%%"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Renderer {
    /// Built-in templates plus every template the stack's outputs name by path.
    pub fn for_stack(stack: &Stack) -> Result<Self, RenderError> {
        let Renderer { mut env } = Renderer::builtin();
        for o in stack.outputs.values() {
            if BUILTIN.iter().any(|(n, _)| *n == o.template) {
                continue;
            }
            let path = stack.resolve_path(&o.template);
            let src = std::fs::read_to_string(&path).map_err(|source| RenderError::Read {
                path: path.clone(),
                source,
            })?;
            env.add_template_owned(o.template.clone(), src.clone())
                .map_err(|e| template_error(&o.template, &src, &e))?;
        }
        Ok(Renderer { env })
    }

    fn source(&self, name: &str) -> String {
        self.env
            .get_template(name)
            .map(|t| t.source().to_string())
            .unwrap_or_default()
    }

    /// Only the built-in templates (what providers render for a node).
    pub fn builtin() -> Self {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .keep_trailing_newline(true)
                .build()
                .expect("default syntax"),
        );
        env.add_filter("haproxy_quote", haproxy_quote);
        for (name, src) in BUILTIN {
            env.add_template(name, src)
                .expect("built-in templates parse");
        }
        Renderer { env }
    }

    /// Renders one template with a context the caller built.
    pub fn render_template(&self, template: &str, ctx: &Json) -> Result<String, RenderError> {
        self.render_one(template, ctx)
    }

    fn render_one(&self, template: &str, ctx: &Json) -> Result<String, RenderError> {
        let t = self
            .env
            .get_template(template)
            .map_err(|e| RenderError::Template {
                template: template.into(),
                message: e.to_string(),
            })?;
        let mut out = t
            .render(Value::from(minijinja::value::Serde(ctx)))
            .map_err(|e| template_error(template, &self.source(template), &e))?;
        if !out.ends_with('\n') {
            out.push('\n');
        }
        Ok(out)
    }

    /// Renders every output for `nodes`. Paths are resolved against `base` (the stack's
    /// directory, or `render --out DIR`).
    pub fn render_all(
        &self,
        stack: &Stack,
        outputs: &[OutputConfig],
        nodes: &[NodeView],
        base: &Path,
    ) -> Result<Vec<Rendered>, RenderError> {
        let mut out = Vec::new();
        // A node without an address yet has nothing to scrape.
        let targets: Vec<Json> = nodes
            .iter()
            .filter(|n| n.known)
            .map(|n| {
                json!({
                    "targets": [format!("{}:{}", n.address.as_str().map(str::to_string).unwrap_or_else(|| n.address.to_string()), n.port)],
                    "labels": {"node": n.name, "region": n.region, "zone": n.zone, "stack": stack.name, "maintenance": n.maintenance.to_string()},
                })
            })
            .collect();
        for o in outputs {
            let path = crate::stack::resolve_under(base, &o.path);
            // HAProxy reads a socket path without a slash as host:port, so paths are absolute.
            let path = std::path::absolute(&path).unwrap_or(path);
            let output_dir = path
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| ".".into());
            let mut ctx = context(stack, nodes, &targets, &o.vars, &output_dir);
            if let Some(pw) = &stack.password {
                ctx["password"] = json!(pw.expose());
            }
            if o.path.contains("{node}") {
                for n in nodes {
                    let mut c = ctx.clone();
                    c["node"] = serde_json::to_value(n).expect("node view serializes");
                    // cloud-init embeds the node's other files.
                    if o.template == "cloud-init.yaml" {
                        c["application_yml"] = json!(self.render_one("application.yml", &c)?);
                        c["lavalink_service"] = json!(self.render_one("lavalink.service", &c)?);
                    }
                    out.push(Rendered {
                        address: format!("output.{}[{}]", o.name, n.name),
                        output: o.name.clone(),
                        path: crate::stack::resolve_under(base, &o.path.replace("{node}", &n.name)),
                        content: self.render_one(&o.template, &c)?,
                        on_change: o.on_change.clone(),
                        runtime_socket: None,
                    });
                }
            } else {
                out.push(Rendered {
                    address: format!("output.{}", o.name),
                    output: o.name.clone(),
                    path,
                    content: self.render_one(&o.template, &ctx)?,
                    on_change: o.on_change.clone(),
                    runtime_socket: o
                        .runtime_socket
                        .as_deref()
                        .map(|p| crate::stack::resolve_under(&stack.dir, p)),
                });
            }
        }
        Ok(out)
    }
}

/// The files a provider installs on a node's machine: its `application.yml`, the systemd unit
/// and the cloud-init user data that embeds both. No secret is in any of them.
#[derive(Debug, Clone)]
pub struct NodeFiles {
    pub application_yml: String,
    pub lavalink_service: String,
    pub cloud_init: String,
}

impl Renderer {
    /// Renders [`NodeFiles`] for one node. `bind` overrides the address the node listens on;
    /// `extra` adds template variables (e.g. `password_parameter` for cloud-init). Variables
    /// come from the stack's `application.yml` output block if it has one, so what a provider
    /// installs matches what `lavastack render` shows.
    pub fn node_files(
        &self,
        stack: &Stack,
        node: &DesiredNode,
        bind: Option<&str>,
        extra: &Json,
    ) -> Result<NodeFiles, RenderError> {
        let one: BTreeMap<String, DesiredNode> = [(node.name.clone(), node.clone())].into();
        let mut views = node_views(stack, &one, None);
        let mut view = views.pop().expect("one node");
        view.password = None;
        if let Some(b) = bind {
            view.bind = b.to_string();
        }
        let vars = stack
            .outputs
            .values()
            .find(|o| o.template == "application.yml")
            .map(|o| o.vars.clone())
            .unwrap_or_else(|| json!({}));
        let mut c = context(
            stack,
            std::slice::from_ref(&view),
            &[],
            &vars,
            "/opt/lavalink",
        );
        c["node"] = serde_json::to_value(&view).expect("node view serializes");
        if let (Some(obj), Some(extra)) = (c.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                obj.insert(k.clone(), v.clone());
            }
        }
        let application_yml = self.render_one("application.yml", &c)?;
        let lavalink_service = self.render_one("lavalink.service", &c)?;
        c["application_yml"] = json!(application_yml);
        c["lavalink_service"] = json!(lavalink_service);
        let cloud_init = self.render_one("cloud-init.yaml", &c)?;
        Ok(NodeFiles {
            application_yml,
            lavalink_service,
            cloud_init,
        })
    }
}

/// The variables every template sees (without `password` and `node`, which callers add).
fn context(
    stack: &Stack,
    nodes: &[NodeView],
    targets: &[Json],
    vars: &Json,
    output_dir: &str,
) -> Json {
    let r = &stack.router;
    let m = &stack.monitoring;
    let o_vars = vars;
    json!({
        "stack": {"name": stack.name, "lavalink_version": stack.lavalink_version},
        "nodes": nodes,
        "regions": stack.regions.values().map(|reg| json!({
            "name": reg.name, "primary": reg.primary, "zones": reg.zones,
            "nodes": nodes.iter().filter(|n| n.region == reg.name).map(|n| n.name.clone()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "router": {
            "listen": r.listen.to_string(),
            "interval_ms": r.interval.as_millis() as u64,
            "timeout_ms": r.timeout.as_millis() as u64,
            "fall": r.fall, "rise": r.rise,
            "secure": r.tls.is_some(),
            "url": format!("{}://{}", if r.tls.is_some() { "https" } else { "http" }, r.listen),
            "replicas": r.replicas.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
        },
        "slo": {
            "availability": decimal(stack.slo.availability),
            "availability_percent": decimal(stack.slo.availability * 100.0),
            "error_budget": decimal(1.0 - stack.slo.availability),
            "window": prom_duration(stack.slo.window),
            "latency_ms": stack.slo.latency_ms,
            // Debug keeps ".0" (1.0, not 1): the form Prometheus 3 normalizes `le` to, so the
            // rule matches on 2.x and 3.x alike; the router writes its buckets the same way.
            "latency_le": format!("{:?}", f64::from(stack.slo.latency_ms) / 1000.0),
        },
        "monitoring": {
            "prometheus": m.prometheus,
            "alertmanagers": m.alertmanagers,
            "edge_metrics": m.edge_metrics,
            "scrape_interval": prom_duration(m.scrape_interval),
            "group_wait": prom_duration(m.group_wait),
            "group_interval": prom_duration(m.group_interval),
            "repeat_interval": prom_duration(m.repeat_interval),
        },
        // Credentials are exposed here as the password is: only alertmanager.yml uses them,
        // and a file holding one is written owner-only and redacted in plans.
        "receivers": stack.receivers.iter().map(|x| json!({
            "name": x.name, "type": x.kind, "severities": x.severities,
            "url": x.url.as_ref().map(|s| s.expose()),
            "routing_key": x.routing_key.as_ref().map(|s| s.expose()),
            "auth_password": x.auth_password.as_ref().map(|s| s.expose()),
            "channel": x.channel, "to": x.to, "from": x.from, "smarthost": x.smarthost,
            "auth_username": x.auth_username,
        })).collect::<Vec<_>>(),
        // TLS the edge terminates: paths only (HAProxy reads the files itself).
        "edge": stack.edge.as_ref().map(|e| json!({
            "cert": e.cert.display().to_string(),
            "domain": e.domain,
            "port": e.port,
        })),
        "targets": targets,
        "vars": o_vars,
        "output_dir": output_dir,
    })
}

/// A ratio as a person writes it: 1 - 0.999 is "0.001", not "0.0010000000000000009".
fn decimal(x: f64) -> String {
    crate::numfmt::decimal(x, 9)
}

/// A duration as Prometheus writes one: whole days, else hours, else minutes, else seconds.
pub fn prom_duration(d: std::time::Duration) -> String {
    let s = d.as_secs();
    match s {
        _ if s > 0 && s.is_multiple_of(86_400) => format!("{}d", s / 86_400),
        _ if s > 0 && s.is_multiple_of(3_600) => format!("{}h", s / 3_600),
        _ if s > 0 && s.is_multiple_of(60) => format!("{}m", s / 60),
        _ => format!("{}s", s.max(1)),
    }
}

/// "template X, line N: undefined value `vars.base_port`" from a minijinja error.
fn template_error(name: &str, source: &str, e: &minijinja::Error) -> RenderError {
    let mut message = String::new();
    if let Some(line) = e.line() {
        message.push_str(&format!("line {line}: "));
    }
    message.push_str(&e.kind().to_string());
    if let Some(range) = e.range() {
        if let Some(snippet) = source.get(range) {
            message.push_str(&format!(" `{}`", snippet.trim()));
        }
    }
    if let Some(d) = e.detail() {
        message.push_str(&format!(" ({d})"));
    }
    RenderError::Template {
        template: name.to_string(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_render_as_written() {
        assert_eq!(decimal(1.0 - 0.999), "0.001");
        assert_eq!(decimal(0.9995 * 100.0), "99.95");
        assert_eq!(decimal(1.0), "1");
        assert_eq!(decimal(0.0), "0");
    }

    #[test]
    fn haproxy_quote_keeps_specials() {
        assert_eq!(
            haproxy_quote("a b%c$\"d\\".into()),
            "\"a b%%c\\$\\\"d\\\\\""
        );
    }
}
