//! A node's TLS settings as resolved from the stack (node over region over stack): what the
//! node serves with and how lavastack's clients check it. Paths only; reading and checking the
//! files is `crate::tls`'s.

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeTls {
    /// PEM certificate (chain, end entity first) the node serves; with its key, `None` on a
    /// node lavastack does not start (a `static` node serves its own, which clients check
    /// against `ca`).
    pub cert: Option<PathBuf>,
    /// Its PEM private key.
    pub key: Option<PathBuf>,
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
        if let (Some(cert), Some(key)) = (&self.cert, &self.key) {
            s.insert(Self::CERT.into(), cert.display().to_string());
            s.insert(Self::KEY.into(), key.display().to_string());
        }
        if let Some(ca) = &self.ca {
            s.insert(Self::CA.into(), ca.display().to_string());
        }
        s.insert(Self::VERIFY.into(), self.verify.to_string());
    }

    /// Read back from settings or recorded attributes (`get` answers a key's string value).
    /// `tls_verify` is written for every TLS node, so it says TLS is on (a record from before
    /// static nodes could serve TLS has the certificate too).
    pub fn from_settings(get: impl Fn(&str) -> Option<String>) -> Option<NodeTls> {
        let cert = get(Self::CERT).map(PathBuf::from);
        let verify = get(Self::VERIFY);
        if cert.is_none() && verify.is_none() {
            return None;
        }
        Some(NodeTls {
            key: get(Self::KEY).map(Into::into).filter(|_| cert.is_some()),
            cert,
            ca: get(Self::CA).map(Into::into),
            verify: verify.as_deref() != Some("false"),
        })
    }

    /// The certificate and key a node started by lavastack serves with.
    pub fn files(&self) -> Option<(&PathBuf, &PathBuf)> {
        Some((self.cert.as_ref()?, self.key.as_ref()?))
    }

    /// From a state record's attributes.
    pub fn from_attributes(
        attrs: &std::collections::BTreeMap<String, serde_json::Value>,
    ) -> Option<NodeTls> {
        Self::from_settings(|k| attrs.get(k).and_then(|v| v.as_str()).map(str::to_string))
    }
}
