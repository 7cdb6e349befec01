//! Provider kinds and the facts the planner, the loader and the renderer need about each,
//! without building a provider (no SDK, no connection): planning stays pure.

use serde::{Deserialize, Serialize};

/// Lavalink's default `server.port`.
pub const DEFAULT_LAVALINK_PORT: u16 = 2333;

/// Where the `ssh` provider installs a node when neither node nor provider says.
pub const DEFAULT_SSH_PREFIX: &str = "/opt/lavalink";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// Addresses of nodes someone else runs.
    Static,
    /// Processes on this machine.
    Local,
    /// EC2 instances.
    Aws,
    /// Hosts reached over SSH.
    Ssh,
}

impl ProviderKind {
    pub const ALL: [ProviderKind; 4] = [
        ProviderKind::Static,
        ProviderKind::Local,
        ProviderKind::Aws,
        ProviderKind::Ssh,
    ];

    /// The label a stack writes: `provider "aws" "eu"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Static => "static",
            ProviderKind::Local => "local",
            ProviderKind::Aws => "aws",
            ProviderKind::Ssh => "ssh",
        }
    }

    pub fn parse(s: &str) -> Option<ProviderKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Attributes whose change means a new node (create-before-destroy) instead of an update.
    pub fn replace_attributes(self) -> &'static [&'static str] {
        match self {
            // A static node is only an address; pointing at another address is another node.
            ProviderKind::Static => &["provider", "region", "host", "port"],
            ProviderKind::Local => &[
                "provider",
                "region",
                "zone",
                "port",
                "command",
                "lavalink_version",
                "password",
                // A container node is started from its image: a new image or engine (or a
                // switch between process and container) is a new node.
                "runtime",
                "image",
                "container_engine",
                // A local node reads its certificate at start.
                "tls_cert",
                "tls_key",
                "tls_cert_sha256",
            ],
            // User data runs once, at first boot: what it installs cannot change in place.
            ProviderKind::Aws => &[
                "provider",
                "region",
                "zone",
                "ami",
                "instance_type",
                "subnet_id",
                "key_name",
                "iam_instance_profile",
                "security_group_ids",
                "password_parameter",
                "tls_key_parameter",
                // The certificate is in the user data and the key fetched at first boot.
                "tls_cert",
                "tls_key",
                "tls_cert_sha256",
                "jar_url",
                "jar_sha256",
                "port",
                "lavalink_version",
                "password",
            ],
            // Everything on a host can be reinstalled in place; another host is another node.
            ProviderKind::Ssh => &["provider", "region", "host", "ssh_port", "prefix"],
        }
    }

    /// Whether a create that did not finish (status creating or failed) is resumed with its
    /// recorded token rather than replaced. True where a create can find what an earlier
    /// attempt made: EC2 by the token tag, SSH because a host's install is idempotent.
    pub fn resumes_creates(self) -> bool {
        matches!(self, ProviderKind::Aws | ProviderKind::Ssh)
    }

    /// The port a node listens on when the stack does not say; `None` means the provider picks
    /// one at create time.
    pub fn default_port(self) -> Option<u16> {
        match self {
            ProviderKind::Static | ProviderKind::Aws | ProviderKind::Ssh => {
                Some(DEFAULT_LAVALINK_PORT)
            }
            ProviderKind::Local => None,
        }
    }

    /// Whether refresh can list what the provider runs (not only ask about records), so it is
    /// asked even when state is empty: it may hold instances (or processes) state forgot.
    pub fn lists_instances(self) -> bool {
        // Local: processes left in node directories by a killed apply.
        matches!(self, ProviderKind::Aws | ProviderKind::Local)
    }

    /// Whether failure drills may signal this kind's nodes (processes we own).
    pub fn allows_drills(self) -> bool {
        matches!(self, ProviderKind::Local | ProviderKind::Ssh)
    }

    /// The address a node's Lavalink binds: loopback for processes on this machine, every
    /// interface elsewhere.
    pub fn bind_address(self) -> &'static str {
        match self {
            ProviderKind::Local => "127.0.0.1",
            _ => "0.0.0.0",
        }
    }
}

impl std::fmt::Display for ProviderKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip_and_serde_agrees() {
        for k in ProviderKind::ALL {
            assert_eq!(ProviderKind::parse(k.as_str()), Some(k));
            assert_eq!(
                serde_json::to_value(k).unwrap(),
                serde_json::Value::from(k.as_str())
            );
        }
        assert_eq!(ProviderKind::parse("gcp"), None);
    }

    #[test]
    fn every_kind_replaces_on_provider_and_region() {
        for k in ProviderKind::ALL {
            let r = k.replace_attributes();
            assert!(r.contains(&"provider") && r.contains(&"region"), "{k}");
        }
    }
}
