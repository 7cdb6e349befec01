//! A node's provider-specific settings and tags, resolved from the node (or pool) first, then
//! its provider block. They become plan attributes, so a changed AMI or prefix shows in the plan.

use std::collections::BTreeMap;

use super::ProviderConfig;
use crate::model::ProviderKind;

/// A node's provider-specific settings, from the node (or pool) first, then the provider.
pub fn node_settings(
    cfg: Option<&ProviderConfig>,
    instance_type: Option<&str>,
    ssh_port: Option<u16>,
    prefix: Option<&str>,
) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let Some(cfg) = cfg else { return m };
    match cfg.kind {
        ProviderKind::Aws => {
            if let Some(a) = cfg.str_attr("ami") {
                m.insert("ami".into(), a.to_string());
            }
            if let Some(t) = instance_type.or(cfg.str_attr("instance_type")) {
                m.insert("instance_type".into(), t.to_string());
            }
            // Everything the launch request or the user data is made of, so a change shows.
            for k in [
                "subnet_id",
                "key_name",
                "iam_instance_profile",
                "password_parameter",
                "tls_key_parameter",
                "jar_url",
                "jar_sha256",
            ] {
                if let Some(v) = cfg.str_attr(k) {
                    m.insert(k.into(), v.to_string());
                }
            }
            let sgs = cfg.list_attr("security_group_ids");
            if !sgs.is_empty() {
                m.insert("security_group_ids".into(), sgs.join(","));
            }
            // The managed group's sources, sorted: reordering them is no change, adding or
            // removing one is an in-place update that reconciles the group.
            for k in ["allow_from", "ssh_from"] {
                let mut v = cfg.list_attr(k);
                v.sort();
                v.dedup();
                if sgs.is_empty() && !v.is_empty() {
                    m.insert(k.into(), v.join(","));
                }
            }
        }
        ProviderKind::Ssh => {
            let port = ssh_port
                .map(i64::from)
                .or(cfg.int_attr("port"))
                .unwrap_or(22);
            m.insert("ssh_port".into(), port.to_string());
            // "/opt//lavalink/" and "/opt/lavalink" are one directory: compare them as one.
            let p = prefix
                .or(cfg.str_attr("prefix"))
                .unwrap_or(crate::model::DEFAULT_SSH_PREFIX);
            let normal: std::path::PathBuf = std::path::Path::new(p).components().collect();
            m.insert("prefix".into(), normal.to_string_lossy().into_owned());
            m.insert(
                "runtime".into(),
                cfg.str_attr("runtime").unwrap_or("systemd").to_string(),
            );
            container_settings(cfg, &mut m);
            for k in ["bind", "command"] {
                if let Some(v) = cfg.str_attr(k) {
                    m.insert(format!("provider_{k}"), v.to_string());
                }
            }
            // For `jar` the loader put the file's hash here; for `jar_url` the user did.
            if let Some(sha) = cfg.str_attr("jar_sha256") {
                m.insert("jar_sha256".into(), sha.to_lowercase());
            }
        }
        // A process node records nothing here (as before the container runtime), so existing
        // states see no change.
        ProviderKind::Local if cfg.str_attr("runtime") == Some("container") => {
            m.insert("runtime".into(), "container".into());
            container_settings(cfg, &mut m);
        }
        _ => {}
    }
    m
}

/// The image (pinned, when a digest is given) and the engine of a `container` node: a new
/// image is a change that restarts the node with it.
fn container_settings(cfg: &ProviderConfig, m: &mut BTreeMap<String, String>) {
    if cfg.str_attr("runtime") != Some("container") {
        return;
    }
    m.insert(
        "image".into(),
        crate::model::container::image_ref(cfg.str_attr("image"), cfg.str_attr("image_digest")),
    );
    m.insert(
        "container_engine".into(),
        cfg.str_attr("container_engine")
            .unwrap_or(crate::model::container::DEFAULT_ENGINE)
            .to_string(),
    );
}

/// A node's tags: the provider's (`aws` has `tags`) under the node's own.
pub fn node_tags(
    cfg: Option<&ProviderConfig>,
    own: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut t = cfg.map(|c| c.map_attr("tags")).unwrap_or_default();
    t.extend(own.clone());
    t
}
