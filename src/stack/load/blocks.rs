//! Loading, part 4: the blocks that describe the cluster: `provider`, `region`, `node`, `pool`
//! and `policy`, with the checks between them.

use super::*;

impl Loader {
    /// EC2 tags lavastack sets itself (and AWS's own prefix) cannot come from the stack: they
    /// would be silently replaced.
    /// `allow_from`/`ssh_from` are sources of the group lavastack manages; with
    /// `security_group_ids` the operator manages the firewall, so the two do not mix.
    fn check_firewall(&mut self, what: &str, a: &Attrs) {
        const RULES_PER_GROUP: usize = 60;
        let own = a.get("security_group_ids").is_some();
        for attr in ["allow_from", "ssh_from"] {
            if own && a.get(attr).is_some() {
                self.err(
                    format!("{what}: {attr} sets a rule of the security group lavastack manages, but security_group_ids names your own groups"),
                    a.span(attr),
                )
                .hint("keep one: security_group_ids (you manage the rules) or allow_from/ssh_from (lavastack does)");
                continue;
            }
            for s in a.list(attr).unwrap_or_default() {
                if let Err(e) = crate::model::firewall::Source::parse(&s) {
                    self.err(format!("{what}: {attr}: {e}"), a.span(attr));
                }
            }
        }
        // AWS's default quota is 60 inbound rules per group, and every source is at least one.
        let sources = a.list("allow_from").unwrap_or_default().len()
            + a.list("ssh_from").unwrap_or_default().len();
        if !own && sources > RULES_PER_GROUP {
            self.err(
                format!("{what}: {sources} allow_from and ssh_from sources, but a security group holds at most {RULES_PER_GROUP} inbound rules (AWS's default quota; each source is one rule per Lavalink port)"),
                a.span("allow_from"),
            )
            .hint("name a security group (\"sg-...\") holding the bots instead of each bot's address");
        }
        if !own && a.list("allow_from").unwrap_or_default().is_empty() {
            self.warn(
                format!("{what}: no allow_from, so the security group lavastack manages opens Lavalink's port to nothing"),
                a.head.clone(),
            )
            .hint("allow_from = [\"10.0.0.0/16\", \"sg-...\"]: the bots' and the edge's networks or groups");
        }
    }

    pub(super) fn check_reserved_tags(&mut self, what: &str, a: &Attrs) {
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
    pub(super) fn check_remote_nodes(
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

    pub(super) fn providers(
        &mut self,
        blocks: &[&Block],
        ctx: &Context,
    ) -> BTreeMap<String, ProviderConfig> {
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
                self.check_firewall(&what, &a);
            }
            if a.get("emulator_latency").is_some() && a.get("emulator_capacity").is_none() {
                self.err(
                    format!("{what}: emulator_latency needs emulator_capacity (the players at which it applies in full)"),
                    a.span("emulator_latency"),
                );
            }
            if let Some(d) = a.duration("emulator_latency") {
                if d > std::time::Duration::from_secs(10) {
                    self.err(
                        format!("{what}: emulator_latency must be at most 10s"),
                        a.span("emulator_latency"),
                    );
                }
            }
            if let Some(d) = a.duration("player_update_interval") {
                if d < std::time::Duration::from_secs(1)
                    || d > std::time::Duration::from_secs(60)
                    || d.subsec_nanos() != 0
                {
                    self.err(
                        format!("{what}: player_update_interval must be whole seconds from 1s to 60s (Lavalink's playerUpdateInterval)"),
                        a.span("player_update_interval"),
                    );
                }
            }
            if let Some(d) = a.duration("emulator_stats_interval") {
                if d < std::time::Duration::from_secs(1) || d > std::time::Duration::from_secs(600)
                {
                    self.err(
                        format!("{what}: emulator_stats_interval must be from 1s to 10m (Lavalink sends stats every 60s)"),
                        a.span("emulator_stats_interval"),
                    );
                }
            }
            for (attr, lo, hi) in [
                ("concurrency", 1, 256),
                ("max_attempts", 1, 50),
                ("emulator_capacity", 1, 10_000_000),
            ] {
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
            if kind == "local" || kind == "ssh" {
                let runtimes: &[&str] = if kind == "ssh" {
                    &["systemd", "process", "container"]
                } else {
                    &["process", "container"]
                };
                if let Some(r) = a.str("runtime") {
                    if !runtimes.contains(&r.as_str()) {
                        self.err(
                            format!(
                                "{what}: runtime must be one of {}, found \"{r}\"",
                                runtimes
                                    .iter()
                                    .map(|r| format!("\"{r}\""))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                            a.span("runtime"),
                        );
                    }
                }
                let container = a.str("runtime").as_deref() == Some("container");
                for attr in ["image", "image_digest", "container_engine"] {
                    if a.get(attr).is_some() && !container {
                        self.err(
                            format!("{what}: {attr} is for runtime = \"container\""),
                            a.span(attr),
                        )
                        .hint("set runtime = \"container\", or remove it");
                    }
                }
                if let Some(i) = a.str("image") {
                    if let Err(m) = crate::model::container::check_image(&i) {
                        self.err(format!("{what}: image: {m}"), a.span("image"));
                    }
                }
                if let Some(d) = a.str("image_digest") {
                    if let Err(m) = crate::model::container::check_digest(&d) {
                        self.err(format!("{what}: image_digest: {m}"), a.span("image_digest"));
                    }
                }
                if let Some(e) = a.str("container_engine") {
                    if e.is_empty() || e.starts_with('-') || e.contains(char::is_whitespace) {
                        self.err(
                            format!("{what}: container_engine must be a command (docker, podman) or its path, found \"{e}\""),
                            a.span("container_engine"),
                        );
                    }
                }
                if container
                    && (a.get("command").is_some()
                        || a.get("jar").is_some()
                        || a.get("jar_url").is_some())
                {
                    let attr = ["command", "jar", "jar_url"]
                        .into_iter()
                        .find(|k| a.get(k).is_some())
                        .unwrap_or("command");
                    self.err(
                        format!("{what}: {attr} does not apply to runtime = \"container\": the image runs Lavalink"),
                        a.span(attr),
                    )
                    .hint("pick the Lavalink build with image (and image_digest)");
                }
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

    pub(super) fn regions(
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
            let tls = a.get("tls").cloned().and_then(|v| {
                let dir = self.src_dir();
                self.tls_attr(&v, a.span("tls"), &format!("region \"{name}\""), &dir)
            });
            out.insert(
                name.clone(),
                Region {
                    name,
                    provider,
                    primary: a.bool("primary").unwrap_or(false),
                    zones,
                    capacity,
                    tls,
                    span: header_span(b),
                },
            );
        }
        out
    }

    pub(super) fn check_region(
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

    pub(super) fn nodes(
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
                    tls: a.get("tls").cloned().and_then(|v| {
                        let dir = self.src_dir();
                        self.tls_attr(&v, a.span("tls"), &what, &dir)
                    }),
                    traffic: self.traffic(&a, &what),
                    span: header_span(b),
                },
            );
        }
        out
    }

    pub(super) fn pools(
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
                    traffic: self.traffic(&a, &what),
                    sizing: self.sizing(&a, &what, count),
                    span: header_span(b),
                },
            );
        }
        out
    }

    /// `min`, `max` and `players_per_node`: all three or none; min <= count <= max.
    fn sizing(&mut self, a: &Attrs, what: &str, count: u32) -> Option<crate::stack::Sizing> {
        let given: Vec<&str> = ["min", "max", "players_per_node"]
            .into_iter()
            .filter(|k| a.get(k).is_some())
            .collect();
        if given.is_empty() {
            return None;
        }
        if given.len() < 3 {
            self.err(
                format!("{what}: sizing from load needs min, max and players_per_node together (found {})", given.join(", ")),
                a.span(given[0]),
            );
            return None;
        }
        let min = self.int_in(a, "min", 0, 10_000)?;
        let max = self.int_in(a, "max", 1, 10_000)?;
        let target = self.int_in(a, "players_per_node", 1, 100_000)?;
        if min > max {
            self.err(
                format!("{what}: min ({min}) is above max ({max})"),
                a.span("min"),
            );
            return None;
        }
        if !(min..=max).contains(&count) {
            self.err(
                format!("{what}: count ({count}) is outside min..max ({min}..{max})"),
                a.span("count"),
            );
        }
        Some(crate::stack::Sizing {
            min,
            max,
            players_per_node: target,
        })
    }

    /// `traffic = "5%"` or `traffic = ["5%", "25%", "100%"]`, and `canary_guilds`.
    fn traffic(&mut self, a: &Attrs, what: &str) -> Option<crate::model::cohort::Traffic> {
        let guilds = a.list("canary_guilds").unwrap_or_default();
        let Some(v) = a.get("traffic").cloned() else {
            if !guilds.is_empty() {
                self.err(
                    format!("{what}: canary_guilds without traffic: they go first into a share the node does not have"),
                    a.span("canary_guilds"),
                )
                .hint("add traffic = \"5%\" (or steps) beside it");
            }
            return None;
        };
        let steps: Vec<String> = match &v {
            serde_json::Value::String(s) => vec![s.clone()],
            serde_json::Value::Array(items) if items.iter().all(|i| i.is_string()) => items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_string))
                .collect(),
            other => {
                self.err(
                    format!("{what}: traffic must be a share (\"5%\") or a list of growing shares, found {other}"),
                    a.span("traffic"),
                );
                return None;
            }
        };
        let steps = match crate::model::cohort::parse_steps(&steps) {
            Ok(s) => s,
            Err(e) => {
                self.err(format!("{what}: {e}"), a.span("traffic"));
                return None;
            }
        };
        if guilds.len() > 1000 {
            self.err(
                format!(
                    "{what}: canary_guilds lists {} guilds; at most 1000",
                    guilds.len()
                ),
                a.span("canary_guilds"),
            );
        }
        let mut seen = std::collections::BTreeSet::new();
        for g in &guilds {
            if !seen.insert(g) {
                self.err(
                    format!("{what}: canary guild \"{g}\" is listed twice"),
                    a.span("canary_guilds"),
                );
            }
            if g.is_empty() || g.len() > 20 || !g.bytes().all(|b| b.is_ascii_digit()) {
                self.err(
                    format!("{what}: canary guild \"{g}\" is not a Discord id (1 to 20 digits)"),
                    a.span("canary_guilds"),
                );
            }
        }
        Some(crate::model::cohort::Traffic {
            steps,
            canary_guilds: guilds,
        })
    }

    pub(super) fn policies(
        &mut self,
        blocks: &[&Block],
        ctx: &Context,
    ) -> BTreeMap<String, PolicyConfig> {
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
