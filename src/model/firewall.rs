//! Inbound rules of a managed firewall (the aws provider's security group), as plain data:
//! what the stack allows (`allow_from` to Lavalink's ports, `ssh_from` to port 22) and the
//! difference to what a group holds. The stack checks sources with [`Source::parse`]; the
//! provider reconciles with [`diff`].

use std::collections::BTreeSet;
use std::net::IpAddr;

/// Where inbound traffic may come from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// An IPv4 network, canonical (`10.0.0.0/16`).
    Cidr4(String),
    /// An IPv6 network, canonical (`2001:db8::/32`).
    Cidr6(String),
    /// Another security group (`sg-0123456789abcdef0`): the bots' or the load balancer's.
    Group(String),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Cidr4(c) | Source::Cidr6(c) | Source::Group(c) => f.write_str(c),
        }
    }
}

impl Source {
    /// A CIDR with its host bits clear, or a security group id. The error says what is wrong
    /// and, for host bits, what was probably meant.
    pub fn parse(s: &str) -> Result<Source, String> {
        if let Some(id) = s.strip_prefix("sg-") {
            let ok = (8..=17).contains(&id.len())
                && id
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase());
            return if ok {
                Ok(Source::Group(s.to_string()))
            } else {
                Err(format!(
                    "\"{s}\" is not a security group id (sg- and 8 or 17 lowercase hex digits)"
                ))
            };
        }
        let Some((addr, len)) = s.split_once('/') else {
            return Err(format!(
                "\"{s}\" is neither a CIDR (10.0.0.0/16, 2001:db8::/32) nor a security group id (sg-...)"
            ));
        };
        let ip: IpAddr = addr
            .parse()
            .map_err(|_| format!("\"{s}\": \"{addr}\" is not an IP address"))?;
        let max = if ip.is_ipv4() { 32 } else { 128 };
        let len: u8 = len
            .parse()
            .ok()
            .filter(|l| *l <= max)
            .ok_or_else(|| format!("\"{s}\": the prefix length must be 0 to {max}"))?;
        let network = mask(ip, len);
        if network != ip {
            return Err(format!(
                "\"{s}\" has host bits set; the network is {network}/{len}"
            ));
        }
        Ok(match ip {
            IpAddr::V4(_) => Source::Cidr4(format!("{ip}/{len}")),
            IpAddr::V6(_) => Source::Cidr6(format!("{ip}/{len}")),
        })
    }

    pub fn as_str(&self) -> &str {
        match self {
            Source::Cidr4(s) | Source::Cidr6(s) | Source::Group(s) => s,
        }
    }
}

fn mask(ip: IpAddr, len: u8) -> IpAddr {
    match ip {
        IpAddr::V4(a) => {
            let bits = u32::from(a);
            let m = if len == 0 {
                0
            } else {
                u32::MAX << (32 - u32::from(len))
            };
            IpAddr::V4((bits & m).into())
        }
        IpAddr::V6(a) => {
            let bits = u128::from(a);
            let m = if len == 0 {
                0
            } else {
                u128::MAX << (128 - u32::from(len))
            };
            IpAddr::V6((bits & m).into())
        }
    }
}

/// One inbound TCP rule: a port from a source.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rule {
    pub port: u16,
    pub source: Source,
}

/// The port SSH rules open.
pub const SSH_PORT: u16 = 22;

/// The rules a stack asks for: every Lavalink port its nodes use from every `allow_from`
/// source, port 22 from every `ssh_from` source. Sources are parsed here too, so a caller that
/// skipped the stack's check still cannot open a malformed rule.
pub fn desired(
    lavalink_ports: &BTreeSet<u16>,
    allow_from: &[String],
    ssh_from: &[String],
) -> Result<BTreeSet<Rule>, String> {
    let mut out = BTreeSet::new();
    for s in allow_from {
        let source = Source::parse(s)?;
        for port in lavalink_ports {
            out.insert(Rule {
                port: *port,
                source: source.clone(),
            });
        }
    }
    for s in ssh_from {
        out.insert(Rule {
            port: SSH_PORT,
            source: Source::parse(s)?,
        });
    }
    Ok(out)
}

/// An inbound rule as a group holds it: its id, and the rule when it is one lavastack could
/// have made (TCP, one port, one source); anything else (another protocol, a range, a prefix
/// list) is `None` and is revoked.
#[derive(Debug, Clone)]
pub struct Existing {
    pub id: String,
    pub rule: Option<Rule>,
}

/// What reconciling does: the ids of rules to revoke and the rules to add.
pub fn diff(desired: &BTreeSet<Rule>, existing: &[Existing]) -> (Vec<String>, Vec<Rule>) {
    let mut kept = BTreeSet::new();
    let mut revoke = Vec::new();
    for e in existing {
        match &e.rule {
            Some(r) if desired.contains(r) && kept.insert(r.clone()) => {}
            _ => revoke.push(e.id.clone()),
        }
    }
    let add = desired.difference(&kept).cloned().collect();
    (revoke, add)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_canonical_cidrs_or_group_ids() {
        assert_eq!(
            Source::parse("10.0.0.0/16"),
            Ok(Source::Cidr4("10.0.0.0/16".into()))
        );
        assert_eq!(
            Source::parse("2001:db8::/32"),
            Ok(Source::Cidr6("2001:db8::/32".into()))
        );
        assert_eq!(
            Source::parse("0.0.0.0/0"),
            Ok(Source::Cidr4("0.0.0.0/0".into()))
        );
        assert_eq!(
            Source::parse("sg-0123456789abcdef0"),
            Ok(Source::Group("sg-0123456789abcdef0".into()))
        );
        let err = Source::parse("10.0.0.1/16").unwrap_err();
        assert!(err.contains("the network is 10.0.0.0/16"), "{err}");
        for bad in [
            "10.0.0.0",
            "10.0.0.0/33",
            "10.0.0.0/x",
            "fe80::/129",
            "300.0.0.0/8",
            "sg-XYZ",
            "sg-123",
            "",
            "/8",
        ] {
            assert!(Source::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn diff_revokes_what_is_not_asked_for_and_adds_what_is_missing() {
        let ports: BTreeSet<u16> = [2333, 2334].into();
        let want = desired(
            &ports,
            &["10.0.0.0/16".into(), "sg-0123456789abcdef0".into()],
            &["203.0.113.4/32".into()],
        )
        .unwrap();
        assert_eq!(want.len(), 5);
        let r = |port, s: &str| Rule {
            port,
            source: Source::parse(s).unwrap(),
        };
        let existing = vec![
            Existing {
                id: "keep".into(),
                rule: Some(r(2333, "10.0.0.0/16")),
            },
            Existing {
                id: "twin".into(),
                rule: Some(r(2333, "10.0.0.0/16")),
            },
            Existing {
                id: "open-world".into(),
                rule: Some(r(2333, "0.0.0.0/0")),
            },
            Existing {
                id: "udp".into(),
                rule: None,
            },
        ];
        let (revoke, add) = diff(&want, &existing);
        assert_eq!(revoke, ["twin", "open-world", "udp"]);
        assert_eq!(add.len(), 4);
        assert!(!add.contains(&r(2333, "10.0.0.0/16")));
        assert!(add.contains(&r(22, "203.0.113.4/32")));
        // Reconciled: nothing more to do.
        let now: Vec<Existing> = want
            .iter()
            .enumerate()
            .map(|(i, r)| Existing {
                id: i.to_string(),
                rule: Some(r.clone()),
            })
            .collect();
        assert_eq!(diff(&want, &now), (vec![], vec![]));
    }
}
