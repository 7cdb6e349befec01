//! A node's TLS settings as resolved from the stack (node over region over stack): what the
//! node serves with and how lavastack's clients check it. Paths only; reading and checking the
//! files is `crate::tls`'s.

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeTls {
    /// PEM certificate (chain, end entity first) the node serves.
    pub cert: PathBuf,
    /// Its PEM private key.
    pub key: PathBuf,
    /// The CA bundle lavastack's clients (and bots) trust for the node; `None` only with
    /// `verify = false`.
    pub ca: Option<PathBuf>,
    /// `false`: lavastack's clients accept any certificate from this node (plan warns).
    pub verify: bool,
}

impl NodeTls {
    /// The keys a desired node's settings (and so its recorded attributes) carry: providers
    /// start the node with them, and clients reach an applied node as it was applied.
    pub const CERT: &'static str = "tls_cert";
    pub const KEY: &'static str = "tls_key";
    pub const CA: &'static str = "tls_ca";
    pub const VERIFY: &'static str = "tls_verify";
    /// The certificate file's SHA-256 (set by the planner from what the loader read).
    pub const CERT_SHA256: &'static str = "tls_cert_sha256";

    pub fn write_settings(&self, s: &mut std::collections::BTreeMap<String, String>) {
        s.insert(Self::CERT.into(), self.cert.display().to_string());
        s.insert(Self::KEY.into(), self.key.display().to_string());
        if let Some(ca) = &self.ca {
            s.insert(Self::CA.into(), ca.display().to_string());
        }
        s.insert(Self::VERIFY.into(), self.verify.to_string());
    }

    /// Read back from settings or recorded attributes (`get` answers a key's string value).
    pub fn from_settings(get: impl Fn(&str) -> Option<String>) -> Option<NodeTls> {
        Some(NodeTls {
            cert: get(Self::CERT)?.into(),
            key: get(Self::KEY)?.into(),
            ca: get(Self::CA).map(Into::into),
            verify: get(Self::VERIFY).as_deref() != Some("false"),
        })
    }

    /// From a state record's attributes.
    pub fn from_attributes(
        attrs: &std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Option<NodeTls> {
        Self::from_settings(|k| attrs.get(k).and_then(|v| v.as_str()).map(str::to_string))
    }
}
