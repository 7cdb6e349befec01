//! Loading, part 3: the blocks everything else reads: `variable`, `locals` (each evaluated
//! once, in dependency order) and `state`.

use super::*;

impl Loader {
    pub(super) fn variables(
        &mut self,
        blocks: &[&Block],
        opts: &LoadOptions,
    ) -> hcl::Map<String, hcl::Value> {
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
    pub(super) fn locals(
        &mut self,
        blocks: &[&Block],
        ctx: &Context,
    ) -> hcl::Map<String, hcl::Value> {
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
    pub(super) fn visit_local<'a>(
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

    pub(super) fn state(&mut self, blocks: &[&Block], ctx: &Context, dir: &Path) -> StateConfig {
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
}
