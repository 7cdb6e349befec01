//! Parsing, evaluation and validation of one stack file, in passes: parse and check block
//! kinds and duplicates (here), evaluate attributes against the schema (`values`), variables,
//! locals and state (`inputs`), then the cluster's blocks and the checks between them
//! (`blocks`). Every problem becomes a located diagnostic; all of a file's are reported together.

mod blocks;
mod inputs;
mod monitoring;
mod tls;
mod values;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use hcl::eval::{Context, Evaluate};
use hcl_edit::structure::{Block, Body, Structure};
use hcl_edit::Span;
use serde_json::Value as Json;

use super::eval::{self, to_json, type_name};
use super::schema::{self, Attr, BlockSchema, Ty};
use super::*;
use crate::diag::{did_you_mean, Diagnostic, Diagnostics, SourceFile};

/// Every interval and timeout in a stack lies in this range: zero would spin or fail every
/// probe, and a huge one overflows when added to the clock.
pub const MIN_DURATION: std::time::Duration = std::time::Duration::from_millis(1);
pub const MAX_DURATION: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

/// The most locals a stack may define, and the most elements any one value may hold.
pub const MAX_LOCALS: usize = 10_000;
pub const MAX_VALUE_SIZE: usize = 100_000;

/// Where variable values come from besides defaults.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `--var k=v`, in command-line order (a later one wins).
    pub vars: Vec<(String, String)>,
    /// `--var-file FILE`s (`name = value` lines), in order (a later one wins); `--var` beats
    /// them, and they beat the environment.
    pub var_files: Vec<PathBuf>,
    /// Read `LAVASTACK_VAR_<name>` from the environment.
    pub env_vars: bool,
    /// Do not read the TLS files (`lavastack tls init`, which is about to make them).
    pub skip_tls_files: bool,
}

/// One `name = value` of a var file, the value as the text `--var` would give.
struct FileVar {
    name: String,
    value: String,
    /// `FILE:LINE`, for messages.
    at: String,
}

/// Reads var files: each attribute must be a string, number or bool (the types a variable
/// takes from the command line).
fn read_var_files(files: &[PathBuf], diags: &mut Diagnostics) -> Vec<FileVar> {
    let mut out = Vec::new();
    for f in files {
        let text = match crate::files::read_regular(f, eval::STACK_FILE_MAX) {
            Ok(bytes) => match crate::diag::decode_source(f, bytes) {
                Ok(t) => t,
                Err(d) => {
                    diags.push(*d);
                    continue;
                }
            },
            Err(e) => {
                diags.push(Diagnostic::error(format!(
                    "cannot read var file {}: {e}",
                    f.display()
                )));
                continue;
            }
        };
        let line_of = |off: usize| text[..off.min(text.len())].matches('\n').count() + 1;
        let body = match hcl_edit::parser::parse_body(&text) {
            Ok(b) => b,
            Err(e) => {
                let mut d = Diagnostic::error(format!(
                    "var file {}:{}: {}",
                    f.display(),
                    e.location().line(),
                    e.message()
                ));
                d.help = Some(
                    "a var file holds `name = value` lines, e.g. `weight = 3` or `region = \"eu\"`"
                        .into(),
                );
                diags.push(d);
                continue;
            }
        };
        for s in body.iter() {
            let at = |span: Option<Range<usize>>| {
                format!(
                    "{}:{}",
                    f.display(),
                    span.map(|s| line_of(s.start)).unwrap_or(1)
                )
            };
            let Some(a) = s.as_attribute() else {
                diags.push(Diagnostic::error(format!(
                    "{}: a var file holds only `name = value` lines",
                    at(s.span())
                )));
                continue;
            };
            let here = at(a.span());
            let e: hcl::Expression = a.value.clone().into();
            let ctx = hcl::eval::Context::new();
            if let Err(msg) = eval::check_arithmetic(&e, &ctx) {
                diags.push(Diagnostic::error(format!("{here}: {msg}")));
                continue;
            }
            let value = match e.evaluate(&ctx) {
                Ok(hcl::Value::String(v)) => Some(v),
                Ok(hcl::Value::Number(n)) => Some(n.to_string()),
                Ok(hcl::Value::Bool(b)) => Some(b.to_string()),
                _ => None,
            };
            match value {
                Some(value) => out.push(FileVar {
                    name: a.key.as_str().to_string(),
                    value,
                    at: here,
                }),
                None => diags.push(Diagnostic::error(format!(
                    "{here}: variable \"{}\" must be a string, number or true/false",
                    a.key.as_str()
                ))),
            }
        }
    }
    out
}

pub fn load(path: &Path, opts: &LoadOptions) -> Result<Stack, Diagnostics> {
    let one = |d: Diagnostic| {
        let mut all = Diagnostics::default();
        all.push(d);
        all
    };
    let bytes = crate::files::read_regular(path, eval::STACK_FILE_MAX).map_err(|e| {
        one(
            Diagnostic::error(format!("cannot read stack file {}: {e}", path.display()))
                .help("pass the stack file with --stack FILE (the default is ./stack.hcl)"),
        )
    })?;
    let text = crate::diag::decode_source(path, bytes).map_err(|d| one(*d))?;
    load_str(path, &text, opts)
}

pub fn load_str(path: &Path, text: &str, opts: &LoadOptions) -> Result<Stack, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let source = SourceFile::new(path, text);
    let dir = path
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let _guard = eval::set_base_dir(&dir);
    // A value left over from a load that failed half way is not this stack's.
    let _ = eval::take_secrets();
    let mut l = Loader {
        src: source.clone(),
        dir: dir.clone(),
        diags: Diagnostics::default(),
        redactor: Redactor::default(),
        sensitive_vars: BTreeSet::new(),
        declared_vars: BTreeSet::new(),
    };
    let body = match hcl_edit::parser::parse_body(text) {
        Ok(b) => b,
        Err(e) => {
            let offset = e.location().offset();
            let mut d = Diagnostic::error(format!("malformed HCL: {}", e.message()))
                .at(&source, Some(offset..offset + 1));
            d.detail = Some("the file must be valid HCL before anything else is checked".into());
            l.diags.push(d);
            return Err(l.diags);
        }
    };
    let stack = l.build(&body, dir, opts);
    // Checks run block type by block type; people read files top to bottom.
    l.diags
        .0
        .sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    // A message may quote a value that came from a sensitive variable (`zone =
    // var.password` -> `zone "<it>" is not a zone`): every message is redacted.
    let masked = {
        let m = l.redactor.mask(&l.src.text);
        (*m != *l.src.text).then(|| crate::diag::SourceFile::new(l.src.path.clone(), m))
    };
    for d in &mut l.diags.0 {
        d.summary = l.redactor.redact(&d.summary);
        d.detail = d.detail.as_deref().map(|t| l.redactor.redact(t));
        d.help = d.help.as_deref().map(|t| l.redactor.redact(t));
        // A secret written literally in the file (a webhook URL) is not quoted back either.
        if let (Some(src), Some(m)) = (&d.source, &masked) {
            if src.path == m.path {
                d.source = Some(m.clone());
            }
        }
    }
    match stack {
        Some(mut s) if !l.diags.has_errors() => {
            s.warnings = Diagnostics(l.diags.warnings().cloned().collect());
            Ok(s)
        }
        _ => Err(l.diags),
    }
}

struct Loader {
    src: SourceFile,
    dir: PathBuf,
    diags: Diagnostics,
    redactor: Redactor,
    sensitive_vars: BTreeSet<String>,
    /// Names of the variable blocks, for "did you mean" on an undeclared `var.x`.
    declared_vars: BTreeSet<String>,
}

/// In-place hints for diagnostics already pushed (the builder methods take them by value).
trait Annotate {
    fn hint(&mut self, s: impl Into<String>) -> &mut Self;
    fn note(&mut self, s: impl Into<String>) -> &mut Self;
}

impl Annotate for Diagnostic {
    fn hint(&mut self, s: impl Into<String>) -> &mut Self {
        self.help = Some(s.into());
        self
    }
    fn note(&mut self, s: impl Into<String>) -> &mut Self {
        self.detail = Some(s.into());
        self
    }
}

/// Evaluated attributes of one block, each with the span of its value.
struct Attrs {
    map: BTreeMap<String, (Json, Option<Range<usize>>)>,
    /// Span of the block header (`node "eu-1"`), where block-level errors point.
    head: Option<Range<usize>>,
}

impl Attrs {
    fn get(&self, k: &str) -> Option<&Json> {
        self.map.get(k).map(|(v, _)| v)
    }
    fn span(&self, k: &str) -> Option<Range<usize>> {
        self.map
            .get(k)
            .and_then(|(_, s)| s.clone())
            .or_else(|| self.head.clone())
    }
    fn str(&self, k: &str) -> Option<String> {
        self.get(k).and_then(|v| v.as_str()).map(str::to_string)
    }
    fn bool(&self, k: &str) -> Option<bool> {
        self.get(k).and_then(|v| v.as_bool())
    }
    fn int(&self, k: &str) -> Option<i64> {
        self.get(k).and_then(|v| v.as_i64())
    }
    fn list(&self, k: &str) -> Option<Vec<String>> {
        self.get(k).and_then(|v| v.as_array()).map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
    }
    fn map(&self, k: &str) -> BTreeMap<String, String> {
        self.get(k)
            .and_then(|v| v.as_object())
            .map(|o| {
                o.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                    .collect()
            })
            .unwrap_or_default()
    }
    fn duration(&self, k: &str) -> Option<std::time::Duration> {
        self.str(k).and_then(|s| humantime::parse_duration(&s).ok())
    }
}

fn header_span(b: &Block) -> Option<Range<usize>> {
    let start = b.ident.span()?.start;
    let end = b
        .labels
        .last()
        .and_then(|l| l.span())
        .or_else(|| b.ident.span())?
        .end;
    Some(start..end)
}

impl Loader {
    /// `replicas = ["host:port", ...]`: 1 to 16 distinct socket addresses.
    fn router_replicas(&mut self, a: &Attrs) -> Vec<std::net::SocketAddr> {
        let Some(list) = a.list("replicas") else {
            return Vec::new();
        };
        let span = a.span("replicas");
        if list.is_empty() || list.len() > 16 {
            self.err(
                format!(
                    "router: replicas lists {} addresses; a group has 1 to 16",
                    list.len()
                ),
                span,
            );
            return Vec::new();
        }
        let mut out: Vec<std::net::SocketAddr> = Vec::new();
        for r in &list {
            match r.parse::<std::net::SocketAddr>() {
                Ok(addr) if addr.port() == 0 || addr.ip().is_unspecified() => {
                    self.err(
                        format!("router: replica {addr} is no address HAProxy can send to (give a host and a port)"),
                        span.clone(),
                    );
                }
                Ok(addr) if out.contains(&addr) => {
                    self.err(
                        format!("router: replica {addr} is listed twice"),
                        span.clone(),
                    );
                }
                Ok(addr) => out.push(addr),
                Err(_) => {
                    self.err(
                        format!("router: replica \"{r}\" is not an address and port (e.g. 127.0.0.1:7301)"),
                        span.clone(),
                    );
                }
            }
        }
        out
    }

    fn src_dir(&self) -> PathBuf {
        self.dir.clone()
    }

    fn err(&mut self, summary: impl Into<String>, span: Option<Range<usize>>) -> &mut Diagnostic {
        let d = Diagnostic::error(summary).at(&self.src, span);
        self.diags.push(d);
        self.diags.0.last_mut().expect("just pushed")
    }

    fn warn(&mut self, summary: impl Into<String>, span: Option<Range<usize>>) -> &mut Diagnostic {
        let d = Diagnostic::warning(summary).at(&self.src, span);
        self.diags.push(d);
        self.diags.0.last_mut().expect("just pushed")
    }

    fn build(&mut self, body: &Body, dir: PathBuf, opts: &LoadOptions) -> Option<Stack> {
        // Pass 1: structure. Sort blocks by type and catch what is not a known block.
        let mut by_kind: BTreeMap<&'static str, Vec<&Block>> = BTreeMap::new();
        for s in body.iter() {
            match s {
                Structure::Attribute(a) => {
                    self.err(
                        format!(
                            "unexpected attribute \"{}\" at the top level",
                            a.key.as_str()
                        ),
                        a.key.span(),
                    )
                    .hint("attributes belong inside a block such as stack, node or region");
                }
                Structure::Block(b) => {
                    let ident = b.ident.as_str();
                    let Some(sch) = schema::block(ident) else {
                        let d = self.err(format!("unknown block type \"{ident}\""), b.ident.span());
                        if let Some(s) = did_you_mean(ident, schema::BLOCKS.iter().map(|b| b.ident))
                        {
                            d.help = Some(format!("did you mean \"{s}\"?"));
                        } else {
                            d.help = Some(format!(
                                "known blocks: {}",
                                schema::BLOCKS
                                    .iter()
                                    .map(|b| b.ident)
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ));
                        }
                        continue;
                    };
                    if b.labels.len() != sch.labels.len() {
                        let want = if sch.labels.is_empty() {
                            "no labels".to_string()
                        } else {
                            sch.labels
                                .iter()
                                .map(|l| format!("\"<{l}>\""))
                                .collect::<Vec<_>>()
                                .join(" ")
                        };
                        self.err(
                            format!(
                                "block \"{ident}\" takes {} label(s), found {}",
                                sch.labels.len(),
                                b.labels.len()
                            ),
                            header_span(b),
                        )
                        .hint(format!("write it as: {ident} {want} {{ ... }}"));
                        continue;
                    }
                    for s in b.body.iter() {
                        if let Structure::Block(inner) = s {
                            self.err(
                                format!(
                                    "unexpected block \"{}\" inside {ident}",
                                    inner.ident.as_str()
                                ),
                                inner.ident.span(),
                            )
                            .hint("nested blocks are not part of the stack language; use an attribute with an object value, e.g. config = { ... }");
                        }
                    }
                    by_kind.entry(sch.ident).or_default().push(b);
                }
            }
        }
        self.check_duplicates(&by_kind);

        // Pass 2: variables and locals, which every other expression may use.
        let vars = self.variables(
            by_kind.get("variable").map(Vec::as_slice).unwrap_or(&[]),
            opts,
        );
        let mut ctx = eval::base_context();
        ctx.declare_var("var", hcl::Value::Object(vars));
        let locals = self.locals(
            by_kind.get("locals").map(Vec::as_slice).unwrap_or(&[]),
            &ctx,
        );
        ctx.declare_var("local", hcl::Value::Object(locals));

        // Pass 3: every other block.
        let blocks = |k: &str| by_kind.get(k).cloned().unwrap_or_default();
        let stack_block = blocks("stack");
        let (name, lavalink_version, password) = match stack_block.first() {
            Some(b) => {
                let a = self.attrs(b, &schema::STACK, &ctx);
                let name = b.labels[0].as_str().to_string();
                let pw = a.str("password").map(Secret::new);
                if let Some(p) = &pw {
                    self.redactor.add(p);
                }
                (
                    name,
                    a.str("lavalink_version")
                        .unwrap_or_else(|| DEFAULT_LAVALINK_VERSION.to_string()),
                    pw,
                )
            }
            None => {
                self.err("missing stack block", Some(0..0)).hint(
                    "every stack file starts with: stack \"<name>\" { lavalink_version = \"4.0.8\" }",
                );
                (String::new(), DEFAULT_LAVALINK_VERSION.to_string(), None)
            }
        };

        let state = self.state(&blocks("state"), &ctx, &dir);
        let providers = self.providers(&blocks("provider"), &ctx);
        let regions = self.regions(&blocks("region"), &ctx, &providers);
        let nodes = self.nodes(&blocks("node"), &ctx, &regions, &providers);
        let pools = self.pools(&blocks("pool"), &ctx, &regions, &providers, &nodes);
        self.check_remote_nodes(&providers, &regions, &nodes, password.is_some());
        let policies = self.policies(&blocks("policy"), &ctx);
        let tls = blocks("tls").first().map(|b| self.tls_block(b, &ctx, &dir));
        let edge = blocks("edge").first().and_then(|b| {
            let names: Vec<&String> = nodes.keys().chain(pools.keys()).collect();
            self.edge_block(b, &ctx, &dir, &names, tls.as_ref(), opts)
        });
        let router = blocks("router")
            .first()
            .map(|b| {
                let a = self.attrs(b, &schema::ROUTER, &ctx);
                let d = RouterConfig::default();
                RouterConfig {
                    listen: a
                        .str("listen")
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(d.listen),
                    interval: a.duration("interval").unwrap_or(d.interval),
                    timeout: a.duration("timeout").unwrap_or(d.timeout),
                    fall: self.int_in(&a, "fall", 1, 100).unwrap_or(d.fall),
                    rise: self.int_in(&a, "rise", 1, 100).unwrap_or(d.rise),
                    token: a.str("token").map(|t| {
                        let s = Secret::new(t);
                        self.redactor.add(&s);
                        s
                    }),
                    auth_all: a.bool("auth_all").unwrap_or(false),
                    tls: a.get("tls").cloned().and_then(|v| {
                        let listen = a
                            .str("listen")
                            .and_then(|s| s.parse::<std::net::SocketAddr>().ok())
                            .unwrap_or(d.listen);
                        self.router_tls(&v, a.span("tls"), tls.as_ref(), listen, &dir, opts)
                    }),
                    replicas: self.router_replicas(&a),
                    state_poll: match a.duration("state_poll") {
                        Some(p) if p < std::time::Duration::from_millis(100) => {
                            self.err(
                                "router: state_poll must be at least 100ms (each poll is a read of the state backend)",
                                a.span("state_poll"),
                            );
                            d.state_poll
                        }
                        Some(p) => p,
                        None => d.state_poll,
                    },
                }
            })
            .unwrap_or_default();
        let slo = blocks("slo")
            .first()
            .map(|b| self.slo(b, &ctx))
            .unwrap_or_default();
        let monitoring = blocks("monitoring")
            .first()
            .map(|b| self.monitoring(b, &ctx))
            .unwrap_or_default();
        let receivers = self.receivers(&blocks("receiver"), &ctx);
        let mut outputs = BTreeMap::new();
        for b in blocks("output") {
            let a = self.attrs(b, &schema::OUTPUT, &ctx);
            let name = b.labels[0].as_str().to_string();
            if let Some(t) = a.str("template") {
                let builtin = crate::templates::BUILTIN.iter().any(|(n, _)| *n == t);
                if !builtin && !eval::resolve_path(&dir, &t).is_file() {
                    let d = self.err(
                        format!(
                            "output \"{name}\": template \"{t}\" is neither built in nor a file"
                        ),
                        a.span("template"),
                    );
                    d.help = Some(format!(
                        "built-in templates: {}; a path is relative to the stack file",
                        crate::templates::BUILTIN
                            .iter()
                            .map(|(n, _)| *n)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
            if let Some(v) = a.get("vars") {
                if !v.is_object() {
                    self.err(
                        format!("output \"{name}\": vars must be an object"),
                        a.span("vars"),
                    );
                }
            }
            outputs.insert(
                name.clone(),
                OutputConfig {
                    name,
                    template: a.str("template").unwrap_or_default(),
                    path: a.str("path").unwrap_or_default(),
                    on_change: a.str("on_change"),
                    runtime_socket: a.str("runtime_socket"),
                    vars: a
                        .get("vars")
                        .cloned()
                        .unwrap_or(Json::Object(Default::default())),
                    span: header_span(b),
                },
            );
        }

        let mut maintenance = Vec::new();
        for b in blocks("maintenance") {
            let a = self.attrs(b, &schema::MAINTENANCE, &ctx);
            let wname = b.labels[0].as_str().to_string();
            let mut when = |k: &str| -> Option<std::time::SystemTime> {
                let s = a.str(k)?;
                match humantime::parse_rfc3339_weak(&s) {
                    Ok(t) => Some(t),
                    Err(e) => {
                        self.err(
                            format!("maintenance \"{wname}\": {k} \"{s}\" is not a time ({e})"),
                            a.span(k),
                        )
                        .hint("write times as RFC 3339, e.g. \"2026-12-01T02:00:00Z\"");
                        None
                    }
                }
            };
            let (from, to) = (when("from"), when("to"));
            if let (Some(f), Some(t)) = (from, to) {
                if f >= t {
                    self.err(
                        format!("maintenance \"{wname}\" ends before it starts"),
                        a.span("to"),
                    );
                }
            }
            let listed = a.list("nodes").unwrap_or_default();
            for n in &listed {
                let pooled = pools.values().any(|p| {
                    n.strip_prefix(&format!("{}-", p.name))
                        .and_then(|i| i.parse::<u32>().ok())
                        .is_some_and(|i| (1..=p.count).contains(&i))
                });
                if !nodes.contains_key(n) && !pooled {
                    let d = self.err(
                        format!("maintenance \"{wname}\" names unknown node \"{n}\""),
                        a.span("nodes"),
                    );
                    if let Some(s) = did_you_mean(n, nodes.keys().map(String::as_str)) {
                        d.help = Some(format!("did you mean \"{s}\"?"));
                    }
                }
            }
            if let (Some(from), Some(to)) = (from, to) {
                maintenance.push(MaintenanceWindow {
                    name: wname,
                    nodes: listed,
                    from,
                    to,
                });
            }
        }

        let secrets = eval::take_secrets();
        for (s, _) in &secrets {
            self.redactor.add(&Secret::new(s.clone()));
        }
        // Where the stack's password is read, when it came whole from one `secret()`: what
        // `rotate password` stages the new value beside and promotes it into.
        let password_source = password.as_ref().and_then(|p| {
            secrets
                .iter()
                .find(|(v, _)| v == p.expose())
                .map(|(_, src)| src.clone())
        });
        let stack = Stack {
            name,
            source: self.src.clone(),
            dir,
            lavalink_version,
            password,
            password_source,
            state,
            providers,
            regions,
            nodes,
            pools,
            policies,
            router,
            slo,
            monitoring,
            receivers,
            outputs,
            maintenance,
            tls,
            tls_cert_digests: BTreeMap::new(),
            edge,
            redactor: self.redactor.clone(),
            warnings: Diagnostics::default(),
        };
        self.check_tls(&stack, !opts.skip_tls_files);
        let tls_cert_digests = if opts.skip_tls_files {
            BTreeMap::new()
        } else {
            cert_digests(&stack)
        };
        Some(Stack {
            warnings: Diagnostics(self.diags.warnings().cloned().collect()),
            tls_cert_digests,
            ..stack
        })
    }

    fn check_duplicates(&mut self, by_kind: &BTreeMap<&'static str, Vec<&Block>>) {
        for (kind, blocks) in by_kind {
            let sch = schema::block(kind).expect("grouped by known kinds");
            let mut seen: BTreeMap<Vec<String>, Option<Range<usize>>> = BTreeMap::new();
            for b in blocks {
                let key: Vec<String> = if sch.singleton {
                    vec![]
                } else {
                    b.labels.iter().map(|l| l.as_str().to_string()).collect()
                };
                if sch.ident == "locals" {
                    continue;
                }
                if let Some(first) = seen.get(&key) {
                    let (line, _) = self
                        .src
                        .line_col(first.clone().map(|s| s.start).unwrap_or(0));
                    let what = if sch.singleton {
                        format!("duplicate {kind} block")
                    } else {
                        format!("duplicate {kind} \"{}\"", key.join("\" \""))
                    };
                    self.err(what, header_span(b))
                        .note(format!("first defined on line {line}"));
                } else {
                    seen.insert(key, header_span(b));
                }
            }
        }
    }
}

fn describe(b: &Block) -> String {
    let mut s = b.ident.as_str().to_string();
    for l in &b.labels {
        s.push_str(&format!(" \"{}\"", l.as_str()));
    }
    s
}

/// Names referenced as `local.<name>` in an expression's source text.
fn local_refs(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(pos) = text[i..].find("local.") {
        let at = i + pos;
        let before_ok = at == 0 || {
            let c = bytes[at - 1];
            !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
        };
        let start = at + "local.".len();
        let end = text[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .map(|e| start + e)
            .unwrap_or(text.len());
        if before_ok && end > start {
            out.push(text[start..end].to_string());
        }
        i = start;
    }
    out.sort();
    out.dedup();
    out
}

/// The SHA-256 of each certificate file any TLS setting names (the stack's, a region's, a
/// node's). A file that cannot be read has none: `check_tls` has said why already.
fn cert_digests(stack: &Stack) -> BTreeMap<PathBuf, String> {
    use sha2::Digest;
    let certs = stack
        .tls
        .iter()
        .chain(stack.regions.values().filter_map(|r| r.tls.as_ref()))
        .chain(stack.nodes.values().filter_map(|n| n.tls.as_ref()))
        .filter_map(|t| t.cert.clone());
    let mut out = BTreeMap::new();
    for c in certs {
        if out.contains_key(&c) {
            continue;
        }
        if let Ok(bytes) = crate::files::read_regular(&c, 1 << 20) {
            out.insert(c, hex::encode(sha2::Sha256::digest(&bytes)));
        }
    }
    out
}
