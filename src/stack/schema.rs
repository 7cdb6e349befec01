//! The stack language's schema: which blocks exist, their labels and attributes.
//!
//! One table drives validation ("unknown attribute", "did you mean"), required-attribute checks
//! and the reference in docs/stack.md, so the three cannot drift apart.

/// The type an attribute's value must have after evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    String,
    Bool,
    Int,
    StringList,
    StringMap,
    Any,
    Duration,
    SocketAddr,
}

#[derive(Debug, Clone, Copy)]
pub struct Attr {
    pub name: &'static str,
    pub ty: Ty,
    pub required: bool,
    /// May hold a `secret()` value: lavastack keeps it out of state and plans (fingerprints
    /// only) and writes it only to files made 0600. Anywhere else `secret()` is refused,
    /// because the value would be recorded as it is.
    pub secret: bool,
}

const fn req(name: &'static str, ty: Ty) -> Attr {
    Attr {
        name,
        ty,
        required: true,
        secret: false,
    }
}
const fn opt(name: &'static str, ty: Ty) -> Attr {
    Attr {
        name,
        ty,
        required: false,
        secret: false,
    }
}
/// An optional attribute that may take a `secret()` value.
const fn secret(name: &'static str, ty: Ty) -> Attr {
    Attr {
        name,
        ty,
        required: false,
        secret: true,
    }
}

#[derive(Debug, Clone, Copy)]
pub struct BlockSchema {
    pub ident: &'static str,
    /// Names of the labels, e.g. `["type", "name"]` for `provider "static" "lan"`.
    pub labels: &'static [&'static str],
    pub attrs: &'static [Attr],
    /// A block type that may appear more than once with the same labels is an error otherwise.
    pub singleton: bool,
}

impl BlockSchema {
    pub fn attr(&self, name: &str) -> Option<&'static Attr> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

pub const STACK: BlockSchema = BlockSchema {
    ident: "stack",
    labels: &["name"],
    attrs: &[
        opt("lavalink_version", Ty::String),
        secret("password", Ty::String),
        opt("description", Ty::String),
    ],
    singleton: true,
};

pub const VARIABLE: BlockSchema = BlockSchema {
    ident: "variable",
    labels: &["name"],
    attrs: &[
        secret("default", Ty::Any),
        opt("sensitive", Ty::Bool),
        opt("description", Ty::String),
        opt("type", Ty::String),
    ],
    singleton: false,
};

pub const LOCALS: BlockSchema = BlockSchema {
    ident: "locals",
    labels: &[],
    attrs: &[],
    singleton: false,
};

pub const STATE_LOCAL: &[Attr] = &[opt("path", Ty::String)];
pub const STATE_S3: &[Attr] = &[
    req("bucket", Ty::String),
    req("key", Ty::String),
    opt("region", Ty::String),
    opt("endpoint", Ty::String),
];

pub const STATE: BlockSchema = BlockSchema {
    ident: "state",
    labels: &["backend"],
    attrs: &[],
    singleton: true,
};

pub const PROVIDER: BlockSchema = BlockSchema {
    ident: "provider",
    labels: &["type", "name"],
    attrs: &[],
    singleton: false,
};

/// Attributes of each provider type; a type missing here is unknown.
pub fn provider_attrs(kind: &str) -> Option<&'static [Attr]> {
    match kind {
        "static" => Some(STATIC_ATTRS),
        "local" => Some(LOCAL_ATTRS),
        "aws" => Some(AWS_ATTRS),
        "ssh" => Some(SSH_ATTRS),
        _ => None,
    }
}

const STATIC_ATTRS: &[Attr] = &[
    opt("probe_timeout", Ty::Duration),
    opt("health_timeout", Ty::Duration),
];
const LOCAL_ATTRS: &[Attr] = &[
    opt("runtime", Ty::String),
    opt("container_engine", Ty::String),
    opt("image", Ty::String),
    opt("image_digest", Ty::String),
    opt("command", Ty::String),
    opt("dir", Ty::String),
    opt("bind", Ty::String),
    opt("base_port", Ty::Int),
    opt("health_timeout", Ty::Duration),
    opt("emulator_capacity", Ty::Int),
    opt("emulator_latency", Ty::Duration),
    opt("player_update_interval", Ty::Duration),
    opt("emulator_stats_interval", Ty::Duration),
];

const AWS_ATTRS: &[Attr] = &[
    req("region", Ty::String),
    req("ami", Ty::String),
    req("instance_type", Ty::String),
    opt("endpoint", Ty::String),
    opt("subnet_id", Ty::String),
    opt("security_group_ids", Ty::StringList),
    opt("allow_from", Ty::StringList),
    opt("ssh_from", Ty::StringList),
    opt("key_name", Ty::String),
    opt("iam_instance_profile", Ty::String),
    opt("password_parameter", Ty::String),
    opt("tls_key_parameter", Ty::String),
    opt("jar_url", Ty::String),
    opt("jar_sha256", Ty::String),
    opt("wait_healthy", Ty::Bool),
    opt("health_timeout", Ty::Duration),
    opt("running_timeout", Ty::Duration),
    opt("max_attempts", Ty::Int),
    opt("tags", Ty::StringMap),
];
const SSH_ATTRS: &[Attr] = &[
    req("user", Ty::String),
    opt("sudo", Ty::Bool),
    secret("private_key", Ty::String),
    opt("private_key_file", Ty::String),
    opt("passphrase_env", Ty::String),
    opt("known_hosts", Ty::String),
    opt("authorized_keys", Ty::String),
    opt("host_key", Ty::String),
    opt("trust_on_first_use", Ty::Bool),
    opt("port", Ty::Int),
    opt("prefix", Ty::String),
    opt("runtime", Ty::String),
    opt("container_engine", Ty::String),
    opt("image", Ty::String),
    opt("image_digest", Ty::String),
    opt("command", Ty::String),
    opt("jar", Ty::String),
    opt("jar_url", Ty::String),
    opt("jar_sha256", Ty::String),
    opt("bind", Ty::String),
    opt("connect_timeout", Ty::Duration),
    opt("command_timeout", Ty::Duration),
    opt("concurrency", Ty::Int),
    opt("wait_healthy", Ty::Bool),
    opt("health_timeout", Ty::Duration),
];

pub const PROVIDER_KINDS: &[&str] = &["static", "local", "aws", "ssh"];

/// Provider types that are designed but not built yet, with the issue that builds them.
pub const PLANNED_PROVIDER_KINDS: &[(&str, u32)] = &[];

pub const REGION: BlockSchema = BlockSchema {
    ident: "region",
    labels: &["name"],
    attrs: &[
        req("provider", Ty::String),
        opt("primary", Ty::Bool),
        opt("zones", Ty::StringList),
        opt("capacity", Ty::Int),
        opt("tls", Ty::Any),
    ],
    singleton: false,
};

pub const NODE: BlockSchema = BlockSchema {
    ident: "node",
    labels: &["name"],
    attrs: &[
        req("region", Ty::String),
        opt("zone", Ty::String),
        opt("weight", Ty::Int),
        opt("priority", Ty::Int),
        opt("maintenance", Ty::Bool),
        opt("host", Ty::String),
        opt("port", Ty::Int),
        secret("password", Ty::String),
        opt("command", Ty::String),
        opt("tags", Ty::StringMap),
        opt("instance_type", Ty::String),
        opt("ssh_port", Ty::Int),
        opt("prefix", Ty::String),
        opt("tls", Ty::Any),
        opt("traffic", Ty::Any),
        opt("canary_guilds", Ty::StringList),
    ],
    singleton: false,
};

pub const POOL: BlockSchema = BlockSchema {
    ident: "pool",
    labels: &["name"],
    attrs: &[
        opt("region", Ty::String),
        opt("regions", Ty::StringList),
        req("count", Ty::Int),
        opt("weight", Ty::Int),
        opt("priority", Ty::Int),
        opt("maintenance", Ty::Bool),
        opt("command", Ty::String),
        opt("tags", Ty::StringMap),
        opt("instance_type", Ty::String),
        opt("traffic", Ty::Any),
        opt("canary_guilds", Ty::StringList),
        opt("min", Ty::Int),
        opt("max", Ty::Int),
        opt("players_per_node", Ty::Int),
    ],
    singleton: false,
};

pub const POLICY: BlockSchema = BlockSchema {
    ident: "policy",
    labels: &["kind"],
    attrs: &[
        req("module", Ty::String),
        opt("config", Ty::Any),
        opt("fuel", Ty::Int),
        opt("memory_mb", Ty::Int),
        opt("timeout", Ty::Duration),
    ],
    singleton: false,
};

pub const POLICY_KINDS: &[&str] = &["selection", "placement"];

pub const ROUTER: BlockSchema = BlockSchema {
    ident: "router",
    labels: &[],
    attrs: &[
        opt("listen", Ty::SocketAddr),
        opt("interval", Ty::Duration),
        opt("timeout", Ty::Duration),
        opt("fall", Ty::Int),
        opt("rise", Ty::Int),
        secret("token", Ty::String),
        opt("auth_all", Ty::Bool),
        opt("tls", Ty::Any),
        opt("replicas", Ty::StringList),
        opt("state_poll", Ty::Duration),
    ],
    singleton: true,
};

pub const SLO: BlockSchema = BlockSchema {
    ident: "slo",
    labels: &[],
    attrs: &[
        opt("availability", Ty::Any),
        opt("window", Ty::String),
        opt("latency_ms", Ty::Int),
    ],
    singleton: true,
};

pub const MONITORING: BlockSchema = BlockSchema {
    ident: "monitoring",
    labels: &[],
    attrs: &[
        opt("prometheus", Ty::String),
        opt("alertmanagers", Ty::StringList),
        opt("edge_metrics", Ty::String),
        opt("scrape_interval", Ty::Duration),
        opt("group_wait", Ty::Duration),
        opt("group_interval", Ty::Duration),
        opt("repeat_interval", Ty::Duration),
    ],
    singleton: true,
};

pub const RECEIVER: BlockSchema = BlockSchema {
    ident: "receiver",
    labels: &["name"],
    attrs: &[
        req("type", Ty::String),
        opt("severities", Ty::StringList),
        secret("url", Ty::String),
        secret("routing_key", Ty::String),
        opt("channel", Ty::String),
        opt("to", Ty::String),
        opt("from", Ty::String),
        opt("smarthost", Ty::String),
        opt("auth_username", Ty::String),
        secret("auth_password", Ty::String),
    ],
    singleton: false,
};

/// Receiver types, as Alertmanager names them without `_configs`.
pub const RECEIVER_TYPES: &[&str] = &["webhook", "discord", "slack", "pagerduty", "email"];
/// Severities the rendered rules use.
pub const SEVERITIES: &[&str] = &["page", "ticket", "warn"];

pub const OUTPUT: BlockSchema = BlockSchema {
    ident: "output",
    labels: &["name"],
    attrs: &[
        req("template", Ty::String),
        req("path", Ty::String),
        opt("on_change", Ty::String),
        opt("runtime_socket", Ty::String),
        opt("vars", Ty::Any),
    ],
    singleton: false,
};

/// The stack's TLS defaults; a region's or node's `tls = { ... }` (the same keys) overrides
/// them key by key, and `tls = false` turns TLS off there.
pub const TLS: BlockSchema = BlockSchema {
    ident: "tls",
    labels: &[],
    attrs: TLS_KEYS,
    singleton: true,
};

/// The `edge` block: TLS the rendered HAProxy terminates for bots.
pub const EDGE: BlockSchema = BlockSchema {
    ident: "edge",
    labels: &[],
    attrs: &[
        req("cert", Ty::String),
        opt("ca", Ty::String),
        opt("domain", Ty::String),
        opt("port", Ty::Int),
    ],
    singleton: true,
};

pub const TLS_KEYS: &[Attr] = &[
    opt("cert", Ty::String),
    opt("key", Ty::String),
    opt("ca", Ty::String),
    opt("verify", Ty::Bool),
    opt("enabled", Ty::Bool),
];

pub const MAINTENANCE: BlockSchema = BlockSchema {
    ident: "maintenance",
    labels: &["name"],
    attrs: &[
        req("nodes", Ty::StringList),
        req("from", Ty::String),
        req("to", Ty::String),
    ],
    singleton: false,
};

pub const BLOCKS: &[BlockSchema] = &[
    STACK,
    VARIABLE,
    LOCALS,
    STATE,
    PROVIDER,
    REGION,
    NODE,
    POOL,
    POLICY,
    ROUTER,
    SLO,
    MONITORING,
    RECEIVER,
    OUTPUT,
    MAINTENANCE,
    TLS,
    EDGE,
];

pub fn block(ident: &str) -> Option<&'static BlockSchema> {
    BLOCKS.iter().find(|b| b.ident == ident)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module comment promises docs/stack.md lists what this table knows: hold it to that.
    #[test]
    fn docs_stack_md_documents_every_block_and_attribute() {
        let doc = include_str!("../../docs/stack.md");
        let mut missing = Vec::new();
        let kinds = crate::model::ProviderKind::ALL.map(|k| k.as_str());
        let provider_attrs = kinds.iter().flat_map(|k| provider_attrs(k).unwrap_or(&[]));
        let all = BLOCKS
            .iter()
            .flat_map(|b| b.attrs.iter().map(move |a| (b.ident, a.name)))
            .chain(
                STATE_LOCAL
                    .iter()
                    .chain(STATE_S3)
                    .map(|a| ("state", a.name)),
            )
            .chain(provider_attrs.map(|a| ("provider", a.name)));
        for (block, attr) in all {
            if !doc.contains(&format!("`{attr}`")) {
                missing.push(format!("{block}.{attr}"));
            }
        }
        for b in BLOCKS {
            if !doc.contains(&format!("`{}", b.ident)) {
                missing.push(format!("block {}", b.ident));
            }
        }
        assert!(
            missing.is_empty(),
            "docs/stack.md does not mention: {missing:?}"
        );
        // The schema's provider kinds are exactly the model's.
        let mut schema: Vec<&str> = PROVIDER_KINDS.to_vec();
        let mut model = kinds.to_vec();
        schema.sort_unstable();
        model.sort_unstable();
        assert_eq!(schema, model);
    }
}
