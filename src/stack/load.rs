//! Parsing, evaluation and validation of one stack file.

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
    for d in &mut l.diags.0 {
        d.summary = l.redactor.redact(&d.summary);
        d.detail = d.detail.as_deref().map(|t| l.redactor.redact(t));
        d.help = d.help.as_deref().map(|t| l.redactor.redact(t));
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
                }
            })
            .unwrap_or_default();
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

        Some(Stack {
            name,
            source: self.src.clone(),
            dir,
            lavalink_version,
            password,
            state,
            providers,
            regions,
            nodes,
            pools,
            policies,
            router,
            outputs,
            maintenance,
            redactor: self.redactor.clone(),
            warnings: Diagnostics(self.diags.warnings().cloned().collect()),
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

    /// Evaluates a block's attributes against its schema, reporting unknown, duplicate,
    /// missing and mistyped attributes.
    fn attrs(&mut self, b: &Block, sch: &BlockSchema, ctx: &Context) -> Attrs {
        self.attrs_with(b, sch.attrs, &describe(b), ctx)
    }

    fn attrs_with(&mut self, b: &Block, allowed: &[Attr], what: &str, ctx: &Context) -> Attrs {
        let mut out = Attrs {
            map: BTreeMap::new(),
            head: header_span(b),
        };
        let mut seen: BTreeMap<String, Option<Range<usize>>> = BTreeMap::new();
        for a in b.body.attributes() {
            let key = a.key.as_str().to_string();
            if let Some(first) = seen.get(&key) {
                let (line, _) = self
                    .src
                    .line_col(first.clone().map(|s| s.start).unwrap_or(0));
                self.err(
                    format!("attribute \"{key}\" is set twice in {what}"),
                    a.key.span(),
                )
                .note(format!("first set on line {line}"));
                continue;
            }
            seen.insert(key.clone(), a.key.span());
            let Some(spec) = allowed.iter().find(|s| s.name == key) else {
                let d = self.err(
                    format!("unknown attribute \"{key}\" in {what}"),
                    a.key.span(),
                );
                if let Some(s) = did_you_mean(&key, allowed.iter().map(|s| s.name)) {
                    d.help = Some(format!("did you mean \"{s}\"?"));
                } else if allowed.is_empty() {
                    d.help = Some(format!("{what} takes no attributes"));
                } else {
                    d.help = Some(format!(
                        "allowed here: {}",
                        allowed
                            .iter()
                            .map(|s| s.name)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                continue;
            };
            let span = a.value.span();
            if let Some(v) = self.eval(&a.value, span.clone(), ctx) {
                if let Some(v) = self.check_type(v, spec, what, span.clone()) {
                    out.map.insert(key, (v, span));
                }
            }
        }
        for spec in allowed.iter().filter(|s| s.required) {
            if !seen.contains_key(spec.name) {
                self.err(
                    format!("missing required attribute \"{}\" in {what}", spec.name),
                    header_span(b),
                )
                .hint(format!("add {} = ... to the block", spec.name));
            }
        }
        out
    }

    fn eval(
        &mut self,
        expr: &hcl_edit::expr::Expression,
        span: Option<Range<usize>>,
        ctx: &Context,
    ) -> Option<Json> {
        let e: hcl::Expression = expr.clone().into();
        if let Err(msg) = eval::check_arithmetic(&e, ctx) {
            self.err(format!("cannot evaluate expression: {msg}"), span);
            return None;
        }
        match e.evaluate(ctx) {
            Ok(v) => {
                let j = to_json(&v);
                // Values can double at every step (`l0 = [local.l1, local.l1]`): stop there.
                if eval::value_size(&j) > MAX_VALUE_SIZE {
                    self.err(
                        format!("the value is too large: more than {MAX_VALUE_SIZE} elements"),
                        span,
                    )
                    .hint("a stack value holds at most this many strings, numbers and list or map entries");
                    return None;
                }
                self.note_sensitive_use(expr, &j);
                Some(j)
            }
            Err(errs) => {
                let mut msg = errs.kind().to_string();
                let text = span
                    .clone()
                    .and_then(|s| self.src.text.get(s))
                    .unwrap_or("")
                    .to_string();
                if let hcl::eval::ErrorKind::NoSuchKey(key) = errs.kind() {
                    if text.contains(&format!("var.{key}")) {
                        msg = format!("no variable \"{key}\" is declared");
                    } else if text.contains(&format!("local.{key}")) {
                        msg = format!("no local \"{key}\" is defined");
                    }
                }
                let suggestion = msg
                    .strip_prefix("no variable \"")
                    .and_then(|r| r.split('"').next())
                    .and_then(|name| {
                        did_you_mean(name, self.declared_vars.iter().map(String::as_str))
                    })
                    .map(str::to_string);
                let d = self.err(format!("cannot evaluate expression: {msg}"), span);
                if msg.contains("undefined variable") {
                    d.help = Some(
                        "variables are written var.<name> (declared with a variable block) and locals local.<name>".into(),
                    );
                } else if let Some(name) = msg
                    .strip_prefix("no variable \"")
                    .and_then(|r| r.split('"').next())
                {
                    d.help = Some(match suggestion {
                        Some(s) => format!("did you mean var.{s}?"),
                        None => format!("declare it with: variable \"{name}\" {{}}"),
                    });
                }
                None
            }
        }
    }

    /// A string built from a sensitive variable is itself sensitive: remember it for redaction.
    fn note_sensitive_use(&mut self, expr: &hcl_edit::expr::Expression, v: &Json) {
        if self.sensitive_vars.is_empty() {
            return;
        }
        let text = expr
            .span()
            .and_then(|s| self.src.text.get(s).map(str::to_string))
            .unwrap_or_default();
        if self
            .sensitive_vars
            .iter()
            .any(|name| text.contains(&format!("var.{name}")))
        {
            if let Some(s) = v.as_str() {
                self.redactor.add(&Secret::new(s));
            }
        }
    }

    fn check_type(
        &mut self,
        v: Json,
        spec: &Attr,
        what: &str,
        span: Option<Range<usize>>,
    ) -> Option<Json> {
        let name = spec.name;
        let bad = |l: &mut Self, want: &str, v: &Json| {
            l.err(
                format!(
                    "attribute \"{name}\" in {what} must be {want}, found {}",
                    type_name(v)
                ),
                span.clone(),
            );
            None
        };
        match spec.ty {
            Ty::Any => Some(v),
            Ty::String => match v {
                Json::String(_) => Some(v),
                Json::Number(n) => Some(Json::String(n.to_string())),
                _ => bad(self, "a string", &v),
            },
            Ty::Bool => match v {
                Json::Bool(_) => Some(v),
                Json::String(ref s) if s == "true" || s == "false" => Some(Json::Bool(s == "true")),
                _ => bad(self, "true or false", &v),
            },
            Ty::Int => match &v {
                Json::Number(n) if n.is_i64() => Some(v),
                // Past i64 a number would read as absent and the default would win silently.
                Json::Number(n) if n.is_u64() => {
                    self.err(
                        format!("attribute \"{name}\" in {what} is out of range, found {n}"),
                        span.clone(),
                    );
                    None
                }
                Json::String(s) => match s.parse::<i64>() {
                    Ok(i) => Some(Json::from(i)),
                    Err(_) => bad(self, "a whole number", &v),
                },
                _ => bad(self, "a whole number", &v),
            },
            Ty::StringList => match &v {
                Json::Array(a) if a.iter().all(|x| x.is_string()) => Some(v),
                _ => bad(self, "a list of strings", &v),
            },
            Ty::StringMap => match v {
                Json::Object(o) => {
                    let mut out = serde_json::Map::new();
                    for (k, x) in o {
                        let s = match x {
                            Json::String(s) => s,
                            Json::Number(n) => n.to_string(),
                            Json::Bool(b) => b.to_string(),
                            other => {
                                return bad(self, "a map of strings", &other);
                            }
                        };
                        out.insert(k, Json::String(s));
                    }
                    Some(Json::Object(out))
                }
                _ => bad(self, "a map of strings", &v),
            },
            Ty::Duration => {
                match &v {
                    Json::String(s) => match humantime::parse_duration(s) {
                        Ok(d) if !(MIN_DURATION..=MAX_DURATION).contains(&d) => {
                            self.err(
                                format!("attribute \"{name}\" in {what}: \"{s}\" is out of range"),
                                span.clone(),
                            )
                            .hint("every interval and timeout is between 1ms and 24h");
                            None
                        }
                        Ok(_) => Some(v),
                        Err(e) => {
                            self.err(
                            format!("attribute \"{name}\" in {what}: \"{s}\" is not a duration ({e})"),
                            span.clone(),
                        )
                        .hint("write durations like \"500ms\", \"2s\" or \"1m 30s\"");
                            None
                        }
                    },
                    _ => bad(self, "a duration string like \"2s\"", &v),
                }
            }
            Ty::SocketAddr => match &v {
                Json::String(s) => match s.parse::<std::net::SocketAddr>() {
                    Ok(_) => Some(v),
                    Err(_) => {
                        self.err(
                            format!("attribute \"{name}\" in {what}: \"{s}\" is not an address"),
                            span.clone(),
                        )
                        .hint("write an IP address and port, like \"127.0.0.1:7300\" or \"[::1]:7300\"");
                        None
                    }
                },
                _ => bad(self, "an address string like \"127.0.0.1:7300\"", &v),
            },
        }
    }

    fn int_in(&mut self, a: &Attrs, k: &str, lo: i64, hi: i64) -> Option<u32> {
        let v = a.int(k)?;
        if v < lo || v > hi {
            self.err(
                format!("{k} must be between {lo} and {hi}, found {v}"),
                a.span(k),
            );
            return None;
        }
        Some(v as u32)
    }

    fn variables(&mut self, blocks: &[&Block], opts: &LoadOptions) -> hcl::Map<String, hcl::Value> {
        let mut ctx = eval::base_context();
        // `type = number` is written as a bare keyword, as in Terraform.
        for t in ["string", "number", "bool", "any"] {
            ctx.declare_var(t, t);
        }
        let mut out = hcl::Map::new();
        let mut declared = BTreeSet::new();
        let file_vars = read_var_files(&opts.var_files, &mut self.diags);
        for b in blocks {
            let name = b.labels[0].as_str().to_string();
            declared.insert(name.clone());
            self.declared_vars.insert(name.clone());
            let a = self.attrs(b, &schema::VARIABLE, &ctx);
            let sensitive = a.bool("sensitive").unwrap_or(false);
            let ty = a.str("type").unwrap_or_default();
            if !ty.is_empty() && !["string", "number", "bool", "any"].contains(&ty.as_str()) {
                self.err(
                    format!("variable \"{name}\": unknown type \"{ty}\""),
                    a.span("type"),
                )
                .hint("use one of: string, number, bool, any");
            }
            let given = opts
                .vars
                .iter()
                .rev()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (v.clone(), "--var".to_string()))
                .or_else(|| {
                    file_vars
                        .iter()
                        .rev()
                        .find(|f| f.name == name)
                        .map(|f| (f.value.clone(), f.at.clone()))
                })
                .or_else(|| {
                    if opts.env_vars {
                        std::env::var(format!("LAVASTACK_VAR_{name}"))
                            .ok()
                            .map(|v| (v, "LAVASTACK_VAR_".to_string()))
                    } else {
                        None
                    }
                });
            let default = a.get("default").cloned();
            let value: Option<Json> = match given {
                Some((raw, from)) => {
                    let want = if ty.is_empty() {
                        default
                            .as_ref()
                            .map(type_name)
                            .unwrap_or("string")
                            .to_string()
                    } else {
                        ty.clone()
                    };
                    match want.as_str() {
                        "number" => match raw.parse::<i64>() {
                            Ok(n) => Some(Json::from(n)),
                            Err(_) => match raw.parse::<f64>() {
                                Ok(f) => Some(Json::from(f)),
                                Err(_) => {
                                    let shown = if sensitive {
                                        "(sensitive)".to_string()
                                    } else {
                                        raw.clone()
                                    };
                                    self.err(
                                        format!("variable \"{name}\" from {from} must be a number, got \"{shown}\""),
                                        header_span(b),
                                    );
                                    None
                                }
                            },
                        },
                        "bool" => match raw.as_str() {
                            "true" | "false" => Some(Json::Bool(raw == "true")),
                            _ => {
                                self.err(
                                    format!(
                                        "variable \"{name}\" from {from} must be true or false"
                                    ),
                                    header_span(b),
                                );
                                None
                            }
                        },
                        _ => Some(Json::String(raw)),
                    }
                }
                None => default,
            };
            let Some(value) = value else {
                if !self.diags.has_errors() || a.get("default").is_none() {
                    self.err(format!("variable \"{name}\" has no value"), header_span(b))
                        .hint(format!(
                            "set it with --var {name}=... or the environment variable LAVASTACK_VAR_{name}, or give it a default"
                        ));
                }
                continue;
            };
            if sensitive {
                self.sensitive_vars.insert(name.clone());
                if let Some(s) = value.as_str() {
                    self.redactor.add(&Secret::new(s));
                }
            }
            let hv: hcl::Value = serde_json::from_value(value).unwrap_or(hcl::Value::Null);
            out.insert(name, hv);
        }
        for (k, _) in &opts.vars {
            if !declared.contains(k) {
                let mut d = Diagnostic::error(format!(
                    "--var {k}: no variable \"{k}\" is declared in {}",
                    self.src.display_path()
                ));
                if let Some(s) = did_you_mean(k, declared.iter().map(String::as_str)) {
                    d.help = Some(format!("did you mean \"{s}\"?"));
                } else {
                    d.help = Some(format!("declare it with: variable \"{k}\" {{}}"));
                }
                self.diags.push(d);
            }
        }
        for f in &file_vars {
            if !declared.contains(&f.name) {
                let mut d = Diagnostic::error(format!(
                    "{}: no variable \"{}\" is declared in {}",
                    f.at,
                    f.name,
                    self.src.display_path()
                ));
                d.help = did_you_mean(&f.name, declared.iter().map(String::as_str))
                    .map(|s| format!("did you mean \"{s}\"?"));
                self.diags.push(d);
            }
        }
        out
    }

    /// Locals may refer to each other in any order; they are evaluated in dependency order and
    /// a cycle is reported with its path.
    fn locals(&mut self, blocks: &[&Block], ctx: &Context) -> hcl::Map<String, hcl::Value> {
        let mut exprs: BTreeMap<String, (&hcl_edit::expr::Expression, Option<Range<usize>>)> =
            BTreeMap::new();
        for b in blocks {
            for a in b.body.attributes() {
                let k = a.key.as_str().to_string();
                if let Some((_, first)) = exprs.get(&k) {
                    let (line, _) = self
                        .src
                        .line_col(first.clone().map(|s| s.start).unwrap_or(0));
                    self.err(format!("duplicate local \"{k}\""), a.key.span())
                        .note(format!("first defined on line {line}"));
                    continue;
                }
                exprs.insert(k, (&a.value, a.key.span()));
            }
        }
        if exprs.len() > MAX_LOCALS {
            self.err(
                format!(
                    "{} locals are defined; a stack may define at most {MAX_LOCALS}",
                    exprs.len()
                ),
                blocks.first().and_then(|b| header_span(b)),
            );
            return hcl::Map::new();
        }
        let deps: BTreeMap<String, Vec<String>> = exprs
            .iter()
            .map(|(k, (e, _))| {
                let text = e
                    .span()
                    .and_then(|s| self.src.text.get(s).map(str::to_string))
                    .unwrap_or_default();
                (k.clone(), local_refs(&text))
            })
            .collect();
        // Depth-first topological order; a grey node seen again closes a cycle.
        let mut order = Vec::new();
        let mut state: BTreeMap<&str, u8> = BTreeMap::new();
        let mut bad: BTreeSet<String> = BTreeSet::new();
        for start in deps.keys() {
            let mut path: Vec<&str> = Vec::new();
            self.visit_local(
                start, &deps, &mut state, &mut path, &mut order, &mut bad, &exprs,
            );
        }
        let mut values = hcl::Map::new();
        for k in order {
            if bad.contains(&k) {
                continue;
            }
            let Some((e, _)) = exprs.get(&k) else {
                continue;
            };
            // Each local sees only the locals it names, so a long chain costs linear time
            // rather than copying every earlier value at every step.
            let visible: hcl::Map<String, hcl::Value> = deps
                .get(&k)
                .into_iter()
                .flatten()
                .filter_map(|d: &String| values.get(d).map(|v: &hcl::Value| (d.clone(), v.clone())))
                .collect();
            let mut c = ctx.clone();
            c.declare_var("local", hcl::Value::Object(visible));
            if let Some(v) = self.eval(e, e.span(), &c) {
                values.insert(k, serde_json::from_value(v).unwrap_or(hcl::Value::Null));
            } else {
                bad.insert(k);
            }
        }
        values
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_local<'a>(
        &mut self,
        k: &'a str,
        deps: &'a BTreeMap<String, Vec<String>>,
        state: &mut BTreeMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
        order: &mut Vec<String>,
        bad: &mut BTreeSet<String>,
        exprs: &BTreeMap<String, (&hcl_edit::expr::Expression, Option<Range<usize>>)>,
    ) {
        match state.get(k) {
            Some(2) => return,
            Some(1) => {
                let at = path.iter().position(|p| *p == k).unwrap_or(0);
                let mut cycle: Vec<&str> = path[at..].to_vec();
                cycle.push(k);
                for c in &cycle {
                    bad.insert(c.to_string());
                }
                let shown = cycle
                    .iter()
                    .map(|c| format!("local.{c}"))
                    .collect::<Vec<_>>()
                    .join(" -> ");
                self.err(format!("cycle between locals: {shown}"), exprs[k].1.clone())
                    .hint("break the cycle so each local can be computed from the ones before it");
                return;
            }
            _ => {}
        }
        state.insert(k, 1);
        path.push(k);
        for d in &deps[k] {
            if deps.contains_key(d) {
                self.visit_local(d, deps, state, path, order, bad, exprs);
                if bad.contains(d) {
                    bad.insert(k.to_string());
                }
            }
        }
        path.pop();
        state.insert(k, 2);
        order.push(k.to_string());
    }

    fn state(&mut self, blocks: &[&Block], ctx: &Context, dir: &Path) -> StateConfig {
        let default = StateConfig::Local {
            path: dir.join(DEFAULT_STATE_PATH),
        };
        let Some(b) = blocks.first() else {
            return default;
        };
        let backend = b.labels[0].as_str();
        match backend {
            "local" => {
                let a = self.attrs_with(b, schema::STATE_LOCAL, "state \"local\"", ctx);
                StateConfig::Local {
                    path: a
                        .str("path")
                        .map(|p| eval::resolve_path(dir, &p))
                        .unwrap_or_else(|| dir.join(DEFAULT_STATE_PATH)),
                }
            }
            "s3" => {
                let a = self.attrs_with(b, schema::STATE_S3, "state \"s3\"", ctx);
                StateConfig::S3 {
                    bucket: a.str("bucket").unwrap_or_default(),
                    key: a.str("key").unwrap_or_default(),
                    region: a.str("region"),
                    endpoint: a.str("endpoint"),
                }
            }
            other => {
                let d = self.err(format!("unknown state backend \"{other}\""), header_span(b));
                d.help = Some(match did_you_mean(other, ["local", "s3"]) {
                    Some(s) => format!("did you mean \"{s}\"?"),
                    None => "use state \"local\" { path = \"...\" } or state \"s3\" { ... }".into(),
                });
                default
            }
        }
    }

    /// EC2 tags lavastack sets itself (and AWS's own prefix) cannot come from the stack: they
    /// would be silently replaced.
    fn check_reserved_tags(&mut self, what: &str, a: &Attrs) {
        for k in a.map("tags").keys() {
            if k == "Name" || k.starts_with("lavastack:") || k.starts_with("aws:") {
                self.err(
                    format!("{what}: tag \"{k}\" is set by lavastack (or AWS) itself"),
                    a.span("tags"),
                );
            }
        }
    }

    /// Rules across providers and nodes: EC2 instances need a way to get the password, and two
    /// SSH nodes cannot share a host's install directory or Lavalink port.
    fn check_remote_nodes(
        &mut self,
        providers: &BTreeMap<String, ProviderConfig>,
        regions: &BTreeMap<String, Region>,
        nodes: &BTreeMap<String, NodeSpec>,
        stack_password: bool,
    ) {
        let provider_of = |n: &NodeSpec| {
            regions
                .get(&n.region)
                .and_then(|r| providers.get(&r.provider))
        };
        for p in providers
            .values()
            .filter(|p| p.kind == crate::model::ProviderKind::Aws)
        {
            let has_password = stack_password
                || nodes.values().any(|n| {
                    n.password.is_some() && provider_of(n).is_some_and(|q| q.address == p.address)
                });
            if has_password && p.str_attr("password_parameter").is_none() {
                self.err(
                    format!("provider \"{}\": nodes have a Lavalink password but no way to receive it", p.address),
                    p.span.clone(),
                )
                .hint("the password never goes into user data: store it in SSM Parameter Store and set password_parameter = \"/path/to/it\" (with an iam_instance_profile allowed to read it)");
            }
        }
        let mut seen: BTreeMap<(String, String), (String, &'static str)> = BTreeMap::new();
        for n in nodes.values() {
            let Some(p) = provider_of(n).filter(|p| p.kind == crate::model::ProviderKind::Ssh)
            else {
                continue;
            };
            let Some(host) = &n.host else { continue };
            let s = super::node_settings(Some(p), None, n.ssh_port, n.prefix.as_deref());
            let port = n.port.unwrap_or(DEFAULT_LAVALINK_PORT).to_string();
            let keys = [
                (
                    (host.clone(), format!("{}:{}", s["ssh_port"], s["prefix"])),
                    "install directory",
                ),
                ((host.clone(), format!("port {port}")), "Lavalink port"),
            ];
            for (key, what) in keys {
                if let Some((other, _)) = seen.get(&key) {
                    self.err(
                        format!(
                            "node \"{}\" has the same {what} on {host} as node \"{other}\"",
                            n.name
                        ),
                        n.span.clone(),
                    )
                    .hint("give one of them its own prefix (and port), or another host");
                } else {
                    seen.insert(key, (n.name.clone(), what));
                }
            }
        }
    }

    fn providers(&mut self, blocks: &[&Block], ctx: &Context) -> BTreeMap<String, ProviderConfig> {
        let mut out = BTreeMap::new();
        for b in blocks {
            let kind = b.labels[0].as_str().to_string();
            let name = b.labels[1].as_str().to_string();
            let Some(allowed) = schema::provider_attrs(&kind) else {
                let d = self.err(format!("unknown provider type \"{kind}\""), header_span(b));
                if let Some((_, issue)) = schema::PLANNED_PROVIDER_KINDS
                    .iter()
                    .find(|(k, _)| *k == kind)
                {
                    d.detail = Some(format!(
                        "the {kind} provider is planned (issue #{issue}) but not built yet"
                    ));
                }
                d.help = Some(
                    match did_you_mean(&kind, schema::PROVIDER_KINDS.iter().copied()) {
                        Some(s) => format!("did you mean \"{s}\"?"),
                        None => format!(
                            "available provider types: {}",
                            schema::PROVIDER_KINDS.join(", ")
                        ),
                    },
                );
                continue;
            };
            let what = format!("provider \"{kind}\" \"{name}\"");
            let a = self.attrs_with(b, allowed, &what, ctx);
            if let Some(p) = a.int("base_port") {
                if !(1024..=65000).contains(&p) {
                    self.err(
                        format!("base_port must be between 1024 and 65000, found {p}"),
                        a.span("base_port"),
                    );
                }
            }
            if let Some(sha) = a.str("jar_sha256") {
                if sha.len() != 64 || !sha.chars().all(|c| c.is_ascii_hexdigit()) {
                    self.err(
                        format!(
                            "{what}: jar_sha256 must be 64 hex digits (a SHA-256), found \"{sha}\""
                        ),
                        a.span("jar_sha256"),
                    )
                    .hint("sha256sum Lavalink.jar prints it");
                }
            }
            if kind == "aws" {
                self.check_reserved_tags(&what, &a);
            }
            for (attr, lo, hi) in [("concurrency", 1, 256), ("max_attempts", 1, 50)] {
                if let Some(v) = a.int(attr) {
                    if !(lo..=hi).contains(&v) {
                        self.err(
                            format!("{what}: {attr} must be between {lo} and {hi}, found {v}"),
                            a.span(attr),
                        );
                    }
                }
            }
            if let Some(pk) = a.str("private_key") {
                self.redactor.add(&Secret::new(pk));
            }
            if kind == "ssh" {
                if a.get("private_key").is_some() && a.get("private_key_file").is_some() {
                    self.err(
                        format!("{what} sets both private_key and private_key_file"),
                        a.span("private_key_file"),
                    )
                    .hint(
                        "keep one: private_key holds the key itself, private_key_file a path to it",
                    );
                }
                if let Some(p) = a.str("prefix") {
                    if !p.starts_with('/') || p.split('/').any(|c| c == "..") {
                        self.err(
                            format!("{what}: prefix must be an absolute path without \"..\", found \"{p}\""),
                            a.span("prefix"),
                        );
                    }
                }
                if let Some(fp) = a.str("host_key") {
                    if !fp.starts_with("SHA256:") {
                        self.err(
                            format!(
                                "{what}: host_key must be a SHA256 fingerprint, found \"{fp}\""
                            ),
                            a.span("host_key"),
                        )
                        .hint(
                            "ssh-keyscan -p PORT HOST | ssh-keygen -lf - prints it as SHA256:...",
                        );
                    }
                }
                if a.get("private_key").is_none() && a.get("private_key_file").is_none() {
                    self.err(format!("{what} needs private_key or private_key_file"), header_span(b))
                        .hint("private_key_file = \"~/.ssh/id_ed25519\" (its passphrase, if any, from the variable passphrase_env names)");
                }
                if let Some(r) = a.str("runtime") {
                    if r != "systemd" && r != "process" {
                        self.err(
                            format!(
                                "{what}: runtime must be \"systemd\" or \"process\", found \"{r}\""
                            ),
                            a.span("runtime"),
                        );
                    }
                }
                if a.get("jar").is_some() && a.get("jar_url").is_some() {
                    self.err(format!("{what} sets both jar and jar_url"), a.span("jar_url"))
                        .hint("jar uploads a file from this machine; jar_url (with jar_sha256) has each host download it");
                }
                if a.get("jar_url").is_some() && a.get("jar_sha256").is_none() {
                    self.err(
                        format!("{what}: jar_url needs jar_sha256"),
                        a.span("jar_url"),
                    )
                    .hint("hosts check the download against it before installing");
                }
            }
            if let Some(p) = a.int("port").filter(|_| kind == "ssh") {
                if !(1..=65535).contains(&p) {
                    self.err(
                        format!("{what}: port must be 1-65535, found {p}"),
                        a.span("port"),
                    );
                }
            }
            let mut attrs: BTreeMap<String, serde_json::Value> = a
                .map
                .iter()
                .map(|(k, (v, _))| (k.clone(), v.clone()))
                .collect();
            if let (true, Some(jar)) = (kind == "ssh", a.str("jar")) {
                // The jar's hash is what nodes are compared by, so a new jar shows in the plan.
                let path = eval::resolve_path(&self.src_dir(), &jar);
                match std::fs::read(&path) {
                    Ok(bytes) => {
                        use sha2::Digest;
                        let sha = hex::encode(sha2::Sha256::digest(&bytes));
                        match a.str("jar_sha256") {
                            Some(want) if !want.eq_ignore_ascii_case(&sha) => {
                                self.err(
                                    format!(
                                        "{what}: {} has SHA-256 {sha}, not the jar_sha256 given",
                                        path.display()
                                    ),
                                    a.span("jar_sha256"),
                                );
                            }
                            _ => {
                                attrs.insert("jar_sha256".into(), sha.into());
                            }
                        }
                    }
                    Err(e) => {
                        self.err(
                            format!("{what}: cannot read jar {}: {e}", path.display()),
                            a.span("jar"),
                        );
                    }
                }
            }
            let address = format!("{kind}.{name}");
            // The schema knows exactly the kinds the model does (a unit test holds them equal).
            let Some(kind) = crate::model::ProviderKind::parse(&kind) else {
                continue;
            };
            out.insert(
                address.clone(),
                ProviderConfig {
                    address,
                    kind,
                    name,
                    attrs,
                    span: header_span(b),
                },
            );
        }
        out
    }

    fn regions(
        &mut self,
        blocks: &[&Block],
        ctx: &Context,
        providers: &BTreeMap<String, ProviderConfig>,
    ) -> BTreeMap<String, Region> {
        let mut out = BTreeMap::new();
        for b in blocks {
            let name = b.labels[0].as_str().to_string();
            let a = self.attrs(b, &schema::REGION, ctx);
            let provider = a.str("provider").unwrap_or_default();
            if a.get("provider").is_some() && !providers.contains_key(&provider) {
                let d = self.err(
                    format!("region \"{name}\" uses unknown provider \"{provider}\""),
                    a.span("provider"),
                );
                d.help = Some(match did_you_mean(&provider, providers.keys().map(String::as_str)) {
                    Some(s) => format!("did you mean \"{s}\"?"),
                    None if providers.is_empty() => {
                        "declare one first, e.g. provider \"static\" \"lan\" {}, and refer to it as \"static.lan\"".into()
                    }
                    None => format!(
                        "providers are referred to as \"<type>.<name>\"; declared: {}",
                        providers.keys().cloned().collect::<Vec<_>>().join(", ")
                    ),
                });
            }
            let zones = a.list("zones").unwrap_or_else(|| vec!["a".to_string()]);
            if zones.is_empty() {
                self.err(
                    format!("region \"{name}\" must have at least one zone"),
                    a.span("zones"),
                );
            }
            let mut seen = BTreeSet::new();
            for z in &zones {
                if !seen.insert(z) {
                    self.err(
                        format!("zone \"{z}\" is listed twice in region \"{name}\""),
                        a.span("zones"),
                    );
                }
            }
            let capacity = a
                .get("capacity")
                .and_then(|_| self.int_in(&a, "capacity", 0, 100_000));
            out.insert(
                name.clone(),
                Region {
                    name,
                    provider,
                    primary: a.bool("primary").unwrap_or(false),
                    zones,
                    capacity,
                    span: header_span(b),
                },
            );
        }
        out
    }

    fn check_region(
        &mut self,
        a: &Attrs,
        key: &str,
        region: &str,
        regions: &BTreeMap<String, Region>,
        what: &str,
    ) -> bool {
        if regions.contains_key(region) {
            return true;
        }
        let d = self.err(
            format!("{what} is in unknown region \"{region}\""),
            a.span(key),
        );
        d.help = Some(
            match did_you_mean(region, regions.keys().map(String::as_str)) {
                Some(s) => format!("did you mean \"{s}\"?"),
                None if regions.is_empty() => "declare it with a region block".into(),
                None => format!(
                    "declared regions: {}",
                    regions.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            },
        );
        false
    }

    fn nodes(
        &mut self,
        blocks: &[&Block],
        ctx: &Context,
        regions: &BTreeMap<String, Region>,
        providers: &BTreeMap<String, ProviderConfig>,
    ) -> BTreeMap<String, NodeSpec> {
        let mut out = BTreeMap::new();
        for b in blocks {
            let name = b.labels[0].as_str().to_string();
            let what = format!("node \"{name}\"");
            if !valid_node_name(&name) {
                self.err(format!("invalid node name \"{name}\""), b.labels[0].span())
                    .hint("node names are 1-63 lowercase letters, digits and '-', not starting or ending with '-'");
            }
            let a = self.attrs(b, &schema::NODE, ctx);
            let region = a.str("region").unwrap_or_default();
            let region_ok = a.get("region").is_some()
                && self.check_region(&a, "region", &region, regions, &what);
            let zone = a.str("zone");
            if let (true, Some(z)) = (region_ok, &zone) {
                let r = &regions[&region];
                if !r.zones.contains(z) {
                    let d = self.err(
                        format!("{what}: zone \"{z}\" is not a zone of region \"{region}\""),
                        a.span("zone"),
                    );
                    d.help = Some(format!("zones of {region}: {}", r.zones.join(", ")));
                }
            }
            let weight = self.int_in(&a, "weight", 0, 256).unwrap_or(1);
            let priority = self.int_in(&a, "priority", 0, 255).unwrap_or(1);
            let port = a
                .get("port")
                .and_then(|_| self.int_in(&a, "port", 1, 65535))
                .map(|p| p as u16);
            let host = a.str("host");
            if let Some(h) = &host {
                if h.is_empty() || h.contains(char::is_whitespace) || h.contains('/') {
                    self.err(
                        format!("{what}: \"{h}\" is not a host name or address"),
                        a.span("host"),
                    );
                }
            }
            let password = a.str("password").map(Secret::new);
            if let Some(p) = &password {
                self.redactor.add(p);
            }
            if region_ok {
                let kind = providers
                    .get(&regions[&region].provider)
                    .map(|p| p.kind.as_str())
                    .unwrap_or("");
                if (kind == "static" || kind == "ssh") && host.is_none() {
                    self.err(
                        format!("{what} is in region \"{region}\" whose provider is {kind}, so it needs a host"),
                        header_span(b),
                    )
                    .hint(if kind == "ssh" {
                        "add host = \"<address>\": the machine lavastack logs in to"
                    } else {
                        "add host = \"<address>\" (and port if it is not 2333)"
                    });
                }
                if kind == "aws" {
                    self.check_reserved_tags(&what, &a);
                }
                for (attr, wants) in [
                    ("instance_type", "aws"),
                    ("ssh_port", "ssh"),
                    ("prefix", "ssh"),
                ] {
                    if a.get(attr).is_some() && kind != wants {
                        self.warn(
                            format!("{what}: {attr} is only used by {wants} providers; this node's provider is {kind}"),
                            a.span(attr),
                        );
                    }
                }
                if kind == "local" && host.is_some() {
                    self.warn(
                        format!("{what}: host is ignored by the local provider, which runs nodes on 127.0.0.1"),
                        a.span("host"),
                    );
                }
            }
            out.insert(
                name.clone(),
                NodeSpec {
                    name,
                    region,
                    zone,
                    weight,
                    priority,
                    maintenance: a.bool("maintenance").unwrap_or(false),
                    host,
                    port,
                    password,
                    command: a.str("command"),
                    tags: a.map("tags"),
                    instance_type: a.str("instance_type"),
                    ssh_port: a
                        .get("ssh_port")
                        .and_then(|_| self.int_in(&a, "ssh_port", 1, 65535))
                        .map(|p| p as u16),
                    prefix: a.str("prefix").inspect(|p| {
                        if !p.starts_with('/') || p.split('/').any(|c| c == "..") {
                            self.err(
                                format!("{what}: prefix must be an absolute path without \"..\", found \"{p}\""),
                                a.span("prefix"),
                            );
                        }
                    }),
                    pool: None,
                    span: header_span(b),
                },
            );
        }
        out
    }

    fn pools(
        &mut self,
        blocks: &[&Block],
        ctx: &Context,
        regions: &BTreeMap<String, Region>,
        providers: &BTreeMap<String, ProviderConfig>,
        nodes: &BTreeMap<String, NodeSpec>,
    ) -> BTreeMap<String, Pool> {
        let mut out = BTreeMap::new();
        for b in blocks {
            let name = b.labels[0].as_str().to_string();
            let what = format!("pool \"{name}\"");
            if !valid_node_name(&name) {
                self.err(format!("invalid pool name \"{name}\""), b.labels[0].span())
                    .hint("pool names follow node-name rules: lowercase letters, digits and '-'");
            }
            let a = self.attrs(b, &schema::POOL, ctx);
            let regs: Vec<String> = match (a.str("region"), a.list("regions")) {
                (Some(r), None) => vec![r],
                (None, Some(rs)) if !rs.is_empty() => rs,
                (Some(_), Some(_)) => {
                    self.err(
                        format!("{what} sets both region and regions"),
                        a.span("regions"),
                    )
                    .hint(
                        "use region = \"x\" for one region or regions = [\"x\", \"y\"] for several",
                    );
                    vec![]
                }
                _ => {
                    self.err(format!("{what} needs region or regions"), header_span(b));
                    vec![]
                }
            };
            let key = if a.get("region").is_some() {
                "region"
            } else {
                "regions"
            };
            for r in &regs {
                if self.check_region(&a, key, r, regions, &what) {
                    let kind = providers
                        .get(&regions[r].provider)
                        .map(|p| p.kind.as_str())
                        .unwrap_or("");
                    if kind == "static" || kind == "ssh" {
                        self.err(
                            format!("{what} places nodes in region \"{r}\", whose provider is {kind}"),
                            a.span(key),
                        )
                        .hint(if kind == "ssh" {
                            "SSH nodes live on hosts you name: list each as a node block with its host"
                        } else {
                            "static nodes already exist at fixed addresses: list each as a node block with its host"
                        });
                    }
                }
            }
            let count = self.int_in(&a, "count", 0, 10_000).unwrap_or(0);
            for i in 1..=count {
                let n = format!("{name}-{i}");
                if let Some(existing) = nodes.get(&n) {
                    let line = existing
                        .span
                        .clone()
                        .map(|s| self.src.line_col(s.start).0)
                        .unwrap_or(0);
                    self.err(
                        format!("{what} would create node \"{n}\", which is already declared on line {line}"),
                        a.span("count"),
                    )
                    .hint("rename the pool or the node");
                    break;
                }
            }
            out.insert(
                name.clone(),
                Pool {
                    name,
                    regions: regs,
                    count,
                    weight: self.int_in(&a, "weight", 0, 256).unwrap_or(1),
                    priority: self.int_in(&a, "priority", 0, 255).unwrap_or(1),
                    maintenance: a.bool("maintenance").unwrap_or(false),
                    command: a.str("command"),
                    tags: a.map("tags"),
                    instance_type: a.str("instance_type"),
                    span: header_span(b),
                },
            );
        }
        out
    }

    fn policies(&mut self, blocks: &[&Block], ctx: &Context) -> BTreeMap<String, PolicyConfig> {
        let mut out = BTreeMap::new();
        for b in blocks {
            let kind = b.labels[0].as_str().to_string();
            let a = self.attrs(b, &schema::POLICY, ctx);
            if !schema::POLICY_KINDS.contains(&kind.as_str()) {
                let d = self.err(format!("unknown policy kind \"{kind}\""), header_span(b));
                d.help = Some(
                    match did_you_mean(&kind, schema::POLICY_KINDS.iter().copied()) {
                        Some(s) => format!("did you mean \"{s}\"?"),
                        None => "policies are \"selection\" or \"placement\"".into(),
                    },
                );
                continue;
            }
            let module = a.str("module").unwrap_or_default();
            let builtins: &[&str] = if kind == "placement" {
                &["builtin:spread"]
            } else {
                &["builtin:least-load"]
            };
            if let Some(b_name) = module.strip_prefix("builtin:") {
                if !builtins.contains(&module.as_str()) {
                    let d = self.err(
                        format!("unknown built-in {kind} policy \"{b_name}\""),
                        a.span("module"),
                    );
                    d.help = Some(format!("built-in {kind} policies: {}", builtins.join(", ")));
                }
            } else if a.get("module").is_some() {
                let path = eval::resolve_path(&self.src_dir(), &module);
                let ext_ok = module.ends_with(".wasm") || module.ends_with(".wat");
                if !ext_ok || !path.is_file() {
                    let d = self.err(
                        format!("{kind} policy module \"{module}\" is not a .wasm or .wat file that exists"),
                        a.span("module"),
                    );
                    d.help = Some(format!(
                        "use a built-in ({}) or a path relative to the stack file",
                        builtins.join(", ")
                    ));
                }
            }
            let fuel = a.get("fuel").and_then(|_| a.int("fuel"));
            if fuel.is_some_and(|f| f < 1000) {
                self.err("fuel must be at least 1000", a.span("fuel"));
            }
            let memory_mb = a.get("memory_mb").and_then(|_| {
                self.int_in(
                    &a,
                    "memory_mb",
                    1,
                    crate::model::POLICY_MAX_MEMORY_MB as i64,
                )
            });
            out.insert(
                kind.clone(),
                PolicyConfig {
                    kind,
                    module,
                    config: a
                        .get("config")
                        .cloned()
                        .unwrap_or(Json::Object(Default::default())),
                    fuel: fuel.map(|f| f as u64),
                    memory_mb: memory_mb.map(u64::from),
                    timeout: a.duration("timeout"),
                    span: header_span(b),
                },
            );
        }
        out
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
