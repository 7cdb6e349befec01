//! Loading, part 2: evaluating a block's attributes and checking their types and ranges.

use super::*;

impl Loader {
    /// Evaluates a block's attributes against its schema, reporting unknown, duplicate,
    /// missing and mistyped attributes.
    pub(super) fn attrs(&mut self, b: &Block, sch: &BlockSchema, ctx: &Context) -> Attrs {
        self.attrs_with(b, sch.attrs, &describe(b), ctx)
    }

    pub(super) fn attrs_with(
        &mut self,
        b: &Block,
        allowed: &[Attr],
        what: &str,
        ctx: &Context,
    ) -> Attrs {
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
                if !spec.secret && json_strings(&v).any(eval::holds_secret) {
                    self.err(
                        format!("\"{key}\" in {what} takes a value from secret(), which would be written to state and plans as it is"),
                        span.clone(),
                    )
                    .hint("secret() belongs in password, router's token, a receiver's url, routing_key or auth_password, or a variable's default; those are kept out of state");
                    continue;
                }
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

    pub(super) fn eval(
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
    pub(super) fn note_sensitive_use(&mut self, expr: &hcl_edit::expr::Expression, v: &Json) {
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

    pub(super) fn check_type(
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

    pub(super) fn int_in(&mut self, a: &Attrs, k: &str, lo: i64, hi: i64) -> Option<u32> {
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
}

/// Every string in a value, map keys included.
fn json_strings(v: &Json) -> Box<dyn Iterator<Item = &str> + '_> {
    match v {
        Json::String(s) => Box::new(std::iter::once(s.as_str())),
        Json::Array(a) => Box::new(a.iter().flat_map(json_strings)),
        Json::Object(m) => Box::new(
            m.iter()
                .flat_map(|(k, v)| std::iter::once(k.as_str()).chain(json_strings(v))),
        ),
        _ => Box::new(std::iter::empty()),
    }
}
