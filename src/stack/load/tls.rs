//! Loading, part 6: TLS. The `tls` block sets every node's defaults; a region's or node's
//! `tls = { ... }` overrides them key by key (`tls = false` turns TLS off there). Each node's
//! merged settings are checked against the files: certificate and key readable and matching,
//! dates valid, the names covering the node's host where the stack knows it, the CA readable.

use super::*;

use crate::stack::TlsSpec;

/// Node processes run in their own directories and a service reads its files from anywhere:
/// paths are made absolute where the stack is read.
fn absolute(p: PathBuf) -> PathBuf {
    std::path::absolute(&p).unwrap_or(p)
}

impl Loader {
    /// The `tls` block.
    pub(super) fn tls_block(&mut self, b: &Block, ctx: &Context, dir: &Path) -> TlsSpec {
        let a = self.attrs(b, &schema::TLS, ctx);
        let path = |k: &str| a.str(k).map(|p| absolute(eval::resolve_path(dir, &p)));
        TlsSpec {
            cert: path("cert"),
            key: path("key"),
            ca: path("ca"),
            verify: a.bool("verify"),
            enabled: a.bool("enabled"),
        }
    }

    /// A region's or node's `tls` attribute: `false`, `true`, or an object of the block's keys.
    pub(super) fn tls_attr(
        &mut self,
        v: &Json,
        span: Option<Range<usize>>,
        what: &str,
        dir: &Path,
    ) -> Option<TlsSpec> {
        match v {
            Json::Bool(on) => Some(TlsSpec {
                enabled: Some(*on),
                ..TlsSpec::default()
            }),
            Json::Object(o) => {
                let mut t = TlsSpec::default();
                for (k, val) in o {
                    let Some(attr) = schema::TLS_KEYS.iter().find(|a| a.name == k) else {
                        let d = self.err(format!("{what}: tls has no key \"{k}\""), span.clone());
                        d.help = Some(
                            match did_you_mean(k, schema::TLS_KEYS.iter().map(|a| a.name)) {
                                Some(s) => format!("did you mean \"{s}\"?"),
                                None => "keys: cert, key, ca, verify, enabled".into(),
                            },
                        );
                        continue;
                    };
                    match (attr.ty, val) {
                        (Ty::String, Json::String(s)) if !s.is_empty() => {
                            let p = Some(absolute(eval::resolve_path(dir, s)));
                            match k.as_str() {
                                "cert" => t.cert = p,
                                "key" => t.key = p,
                                _ => t.ca = p,
                            }
                        }
                        (Ty::Bool, Json::Bool(b)) => {
                            if k == "verify" {
                                t.verify = Some(*b);
                            } else {
                                t.enabled = Some(*b);
                            }
                        }
                        _ => {
                            self.err(
                                format!(
                                    "{what}: tls.{k} must be {}, found {}",
                                    if attr.ty == Ty::Bool {
                                        "true or false"
                                    } else {
                                        "a file path"
                                    },
                                    type_name(val)
                                ),
                                span.clone(),
                            );
                        }
                    }
                }
                Some(t)
            }
            other => {
                self.err(
                    format!("{what}: tls must be an object such as {{ cert = \"...\", key = \"...\" }} or false, found {}", type_name(other)),
                    span,
                );
                None
            }
        }
    }

    /// Checks every declared node's merged TLS against its files. Files shared by many nodes
    /// are read once per host.
    pub(super) fn check_tls(&mut self, stack: &Stack, files: bool) {
        let mut seen: BTreeSet<(PathBuf, PathBuf, String)> = BTreeSet::new();
        let mut cas: BTreeSet<PathBuf> = BTreeSet::new();
        // One key per aws provider: its tls_key_parameter holds one.
        let mut aws_keys: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        for n in stack.nodes.values() {
            let what = format!("node \"{}\"", n.name);
            let Some(merged) = stack.tls_spec(&n.name, &n.region) else {
                continue;
            };
            let kind = stack
                .regions
                .get(&n.region)
                .and_then(|r| stack.providers.get(&r.provider))
                .map(|p| p.kind.as_str())
                .unwrap_or("");
            // Local nodes read the files where they are; ssh nodes get them uploaded; static
            // nodes serve their own (only the CA is lavastack's); aws nodes get the
            // certificate in their user data and the key from an SSM SecureString at boot.
            let provider = stack
                .regions
                .get(&n.region)
                .and_then(|r| stack.providers.get(&r.provider));
            if kind == "aws"
                && provider
                    .and_then(|p| p.str_attr("tls_key_parameter"))
                    .is_none()
            {
                self.err(
                    format!("{what}: an aws node with TLS needs tls_key_parameter on its provider: the SSM SecureString its instance reads the key from at boot (user data is readable by whoever may describe the instance)"),
                    n.span.clone(),
                )
                .hint("tls_key_parameter = \"/lavalink/prod/tls-key\" (lavastack writes it; the instance profile must allow ssm:GetParameter on it)");
                continue;
            }
            if kind == "static" {
                let own = stack.nodes.get(&n.name).and_then(|x| x.tls.as_ref());
                if own.is_some_and(|t| t.cert.is_some() || t.key.is_some()) {
                    self.err(
                        format!("{what}: a static node serves its own certificate: tls.cert and tls.key do not apply"),
                        n.span.clone(),
                    )
                    .hint("give the node tls = { ca = \"...\" } (the CA that signed what it serves)");
                }
            }
            let Some(t) = stack.node_tls(&n.name, &n.region) else {
                let missing: Vec<&str> = [
                    ("cert", merged.cert.is_none()),
                    ("key", merged.key.is_none()),
                ]
                .into_iter()
                .filter(|(_, m)| *m)
                .map(|(k, _)| k)
                .collect();
                self.err(
                    format!("{what}: TLS is on but tls.{} is not set", missing.join(" and tls.")),
                    n.span.clone(),
                )
                .hint("set cert and key in the tls block (or the region's or node's tls), or tls = false on the node");
                continue;
            };
            if t.verify && t.ca.is_none() {
                self.err(
                    format!("{what}: tls.ca is not set, so lavastack cannot verify the node's certificate"),
                    n.span.clone(),
                )
                .hint("set ca to the CA bundle that signed the nodes' certificates (or verify = false on the node, which plan warns about)");
            }
            if !t.verify {
                self.warn(
                    format!("{what}: tls.verify = false: lavastack's probes, status and the router accept any certificate this node shows"),
                    n.span.clone(),
                );
            }
            let host = stack.client_host(n);
            if !files {
                continue;
            }
            if let Some((cert, key)) = t.files() {
                if seen.insert((cert.clone(), key.clone(), host.clone().unwrap_or_default())) {
                    if let Err(e) = crate::tls::check_pair(cert, key, host.as_deref()) {
                        self.err(format!("{what}: tls: {e}"), n.span.clone());
                    }
                }
                if let Some(p) = provider.filter(|_| kind == "aws") {
                    match aws_keys.get(&p.address) {
                        Some((k, other)) if k != key => {
                            self.err(
                                format!("{what}: tls.key differs from node \"{other}\"'s, but {}'s tls_key_parameter holds one key", p.address),
                                n.span.clone(),
                            )
                            .hint("give the provider's TLS nodes one certificate and key (names covering every host), or put them under separate providers");
                        }
                        Some(_) => {}
                        None => {
                            aws_keys.insert(p.address.clone(), (key.clone(), n.name.clone()));
                        }
                    }
                }
                // An SSM parameter of the standard tier holds 4 KB: an RSA 4096 key in PEM is
                // about 3.3 KB, a P-256 key 0.2 KB.
                if kind == "aws" {
                    let size = std::fs::metadata(key).map(|m| m.len()).unwrap_or(0);
                    if size > 4096 {
                        self.err(
                            format!("{what}: tls.key is {size} bytes; the SSM parameter it travels in holds at most 4096"),
                            n.span.clone(),
                        )
                        .hint("use an EC (P-256) or RSA 2048/4096 key");
                    }
                }
            }
            if let Some(ca) = t.ca.as_ref().filter(|_| t.verify) {
                if cas.insert(ca.clone()) {
                    if let Err(e) = crate::tls::check_ca(ca) {
                        self.err(format!("{what}: tls.ca: {e}"), n.span.clone());
                    }
                }
            }
        }
    }
}

impl Loader {
    /// `router { tls = true }` (the `tls` block's files) or `tls = { ... }` (over them): the
    /// router serves HTTPS; its certificate must cover the address it listens on.
    pub(super) fn router_tls(
        &mut self,
        v: &Json,
        span: Option<Range<usize>>,
        stack_tls: Option<&TlsSpec>,
        listen: std::net::SocketAddr,
        dir: &Path,
        opts: &LoadOptions,
    ) -> Option<crate::model::NodeTls> {
        let own = self.tls_attr(v, span.clone(), "router", dir)?;
        let none = TlsSpec::default();
        let t = own.over(stack_tls.unwrap_or(&none));
        if !t.enabled.unwrap_or(true) {
            return None;
        }
        let (Some(cert), Some(key)) = (t.cert.clone(), t.key.clone()) else {
            self.err("router: tls is on but no cert and key are set", span)
                .hint(
                    "set them in the tls block, or router tls = { cert = \"...\", key = \"...\" }",
                );
            return None;
        };
        let tls = crate::model::NodeTls {
            cert: Some(cert.clone()),
            key: Some(key.clone()),
            ca: t.ca.clone(),
            verify: t.verify.unwrap_or(true),
        };
        if tls.verify && tls.ca.is_none() {
            self.err(
                "router: tls.ca is not set, so lavastack's commands cannot verify the router",
                span.clone(),
            );
        }
        if !opts.skip_tls_files {
            // A router on every interface is named by whatever clients use: no name to check.
            let host = (!listen.ip().is_unspecified()).then(|| listen.ip().to_string());
            if let Err(e) = crate::tls::check_pair(&cert, &key, host.as_deref()) {
                self.err(format!("router: tls: {e}"), span.clone());
            }
            if let Some(ca) = tls.ca.as_ref().filter(|_| tls.verify) {
                if let Err(e) = crate::tls::check_ca(ca) {
                    self.err(format!("router: tls.ca: {e}"), span);
                }
            }
        }
        Some(tls)
    }
}

/// A host name as DNS has it: dot-separated labels of letters, digits and inner hyphens, each
/// at most 63 bytes, at most 253 in all.
fn is_dns_name(s: &str) -> bool {
    s.len() <= 253
        && !s.is_empty()
        && s.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

impl Loader {
    /// The `edge` block. The key is where HAProxy finds it: inside the certificate's file, or
    /// in `<cert>.key`. With a domain, every node's `<node>.<domain>` and the domain itself
    /// must be DNS names the certificate covers.
    pub(super) fn edge_block(
        &mut self,
        b: &Block,
        ctx: &Context,
        dir: &Path,
        // Node and pool names: each is a host under the domain.
        names: &[&String],
        stack_tls: Option<&TlsSpec>,
        opts: &LoadOptions,
    ) -> Option<crate::stack::EdgeConfig> {
        let a = self.attrs(b, &schema::EDGE, ctx);
        let cert = absolute(eval::resolve_path(dir, &a.str("cert")?));
        let beside = PathBuf::from(format!("{}.key", cert.display()));
        let key = if beside.exists() {
            beside
        } else {
            cert.clone()
        };
        // An out-of-range port is reported by int_in; the default stands in meanwhile.
        let port = self
            .int_in(&a, "port", 1, 65535)
            .and_then(|p| u16::try_from(p).ok())
            .unwrap_or(crate::stack::DEFAULT_EDGE_PORT);
        let domain = a.str("domain").map(|d| d.to_ascii_lowercase());
        let mut hosts = Vec::new();
        if let Some(d) = &domain {
            if !is_dns_name(d) {
                self.err(
                    format!("edge: domain \"{d}\" is not a DNS name"),
                    a.span("domain"),
                )
                .hint("letters, digits and hyphens in dot-separated labels, e.g. lavalink.example.com");
                return None;
            }
            hosts.push((d.clone(), None));
            for name in names {
                let host = format!("{}.{d}", name.to_ascii_lowercase());
                if !is_dns_name(&host) {
                    self.err(
                        format!("edge: node \"{name}\" would be reached at \"{host}\", which is not a DNS name"),
                        a.span("domain"),
                    )
                    .hint("with an edge domain, node and pool names must be DNS labels (letters, digits, inner hyphens)");
                    continue;
                }
                hosts.push((host, Some(name.to_string())));
            }
        }
        if !opts.skip_tls_files {
            match crate::tls::check_pair(&cert, &key, domain.as_deref()) {
                Err(e) => {
                    self.err(format!("edge: cert: {e}"), a.span("cert")).hint(
                        "HAProxy reads the key from the certificate's file or from <cert>.key beside it",
                    );
                }
                Ok(info) => {
                    for (host, node) in &hosts {
                        if !info.names.iter().any(|n| crate::tls::name_covers(n, host)) {
                            let whose = node
                                .as_ref()
                                .map(|n| format!(" (node \"{n}\")"))
                                .unwrap_or_default();
                            self.err(
                                format!(
                                    "edge: the certificate does not cover {host}{whose}; it covers {}",
                                    info.names.join(", ")
                                ),
                                a.span("cert"),
                            )
                            .hint("a wildcard *.<domain> beside <domain> covers every node");
                        }
                    }
                }
            }
        }
        let ca = a
            .str("ca")
            .map(|p| absolute(eval::resolve_path(dir, &p)))
            .or_else(|| stack_tls.and_then(|t| t.ca.clone()));
        if let (Some(ca), false) = (&ca, opts.skip_tls_files) {
            if let Err(e) = crate::tls::check_ca(ca) {
                self.err(format!("edge: ca: {e}"), a.span("ca").or(a.head.clone()));
            }
        }
        Some(crate::stack::EdgeConfig {
            cert,
            key,
            ca,
            domain,
            port,
        })
    }
}
