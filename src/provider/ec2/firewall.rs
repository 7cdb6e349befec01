//! The security group an aws provider manages for its nodes when the stack names none of its
//! own (`security_group_ids`): `lavastack-<stack>-<provider>`, tagged like the instances, with
//! Lavalink's ports open to `allow_from` and port 22 to `ssh_from`, nothing else inbound.
//! Every create and update reconciles it once per run: rules the stack does not declare are
//! revoked (a hand-added `0.0.0.0/0` included), missing ones added. Egress stays AWS's default
//! (nodes download Lavalink and reach Discord's voice servers).

use std::collections::BTreeSet;

use aws_sdk_ec2::error::ProvideErrorMetadata;

use aws_sdk_ec2::types::{
    Filter, IpPermission, IpRange, Ipv6Range, ResourceType, Tag, TagSpecification, UserIdGroupPair,
};

use super::{aws_failure, Ec2Provider, TAG_PROVIDER, TAG_STACK};
use crate::model::firewall::{self, Existing, Rule, Source};
use crate::provider::ProviderError;

impl Ec2Provider {
    /// The managed group's name: one per stack and provider, so two stacks (or two providers
    /// of one stack) in one account never share rules.
    pub(super) fn group_name(&self) -> String {
        let provider = self
            .address
            .split_once('.')
            .map_or(self.address.as_str(), |(_, n)| n);
        format!("lavastack-{}-{provider}", self.stack.name)
    }

    /// Lavalink ports of the nodes this provider runs (pools use the default port).
    fn lavalink_ports(&self) -> BTreeSet<u16> {
        let mine = |region: &str| {
            self.stack
                .regions
                .get(region)
                .is_some_and(|r| r.provider == self.address)
        };
        let mut ports: BTreeSet<u16> = self
            .stack
            .nodes
            .values()
            .filter(|n| mine(&n.region))
            .map(|n| n.port.unwrap_or(crate::stack::DEFAULT_LAVALINK_PORT))
            .collect();
        if self
            .stack
            .pools
            .values()
            .any(|p| p.regions.iter().any(|r| mine(r)))
        {
            ports.insert(crate::stack::DEFAULT_LAVALINK_PORT);
        }
        ports
    }

    /// The managed group's id, reconciled with the stack's rules; `None` when the stack names
    /// its own groups. Done once per run, whatever the number of nodes.
    pub(super) async fn firewall(&self, node: &str) -> Result<Option<String>, ProviderError> {
        if !self.security_groups.is_empty() {
            return Ok(None);
        }
        self.group
            .get_or_try_init(|| self.reconcile(node))
            .await
            .map(|id| Some(id.clone()))
    }

    /// How the managed group's inbound rules differ from the stack's, for refresh (a rule
    /// added or removed by hand is drift, which the next apply reconciles): `None` when they
    /// match, when the stack names its own groups, or when the group does not exist yet.
    pub(super) async fn firewall_drift(&self) -> Result<Option<String>, ProviderError> {
        if !self.security_groups.is_empty() {
            return Ok(None);
        }
        let want = firewall::desired(&self.lavalink_ports(), &self.allow_from, &self.ssh_from)
            .map_err(|e| ProviderError::new("", format!("{}: {e}", self.address)))?;
        let (Some(id), _) = self.lookup_group("").await? else {
            return Ok(None);
        };
        let existing = self.inbound_rules("", &id).await?;
        let (revoke, add) = firewall::diff(&want, &existing);
        if revoke.is_empty() && add.is_empty() {
            return Ok(None);
        }
        let extra: Vec<String> = existing
            .iter()
            .filter(|e| revoke.contains(&e.id))
            .map(|e| match &e.rule {
                Some(r) => format!("tcp {} from {}", r.port, r.source),
                None => format!("rule {} (not a single TCP port)", e.id),
            })
            .collect();
        let missing: Vec<String> = add
            .iter()
            .map(|r| format!("tcp {} from {}", r.port, r.source))
            .collect();
        let mut parts = Vec::new();
        if !extra.is_empty() {
            parts.push(format!("not in the stack: {}", extra.join(", ")));
        }
        if !missing.is_empty() {
            parts.push(format!("missing: {}", missing.join(", ")));
        }
        Ok(Some(format!(
            "security group {} ({id}) changed outside lavastack ({}); apply puts the stack's rules back",
            self.group_name(),
            parts.join("; ")
        )))
    }

    /// Deletes the managed group once no node of this provider is left. An instance that
    /// only just terminated can hold it a little longer (its network interface): retried on
    /// `DependencyViolation` until `running_timeout`.
    pub(super) async fn delete_group(&self) -> Result<Option<String>, ProviderError> {
        if !self.security_groups.is_empty() {
            return Ok(None);
        }
        let (Some(id), _) = self.lookup_group("").await? else {
            return Ok(None);
        };
        // Bounded apart from running_timeout: a rule of another group naming this one never
        // clears by waiting.
        let until = std::time::Instant::now()
            + self
                .running_timeout
                .min(std::time::Duration::from_secs(120));
        let mut delay = std::time::Duration::from_millis(500);
        loop {
            match self
                .client()
                .await
                .delete_security_group()
                .group_id(&id)
                .send()
                .await
            {
                Ok(_) => {
                    return Ok(Some(format!(
                        "deleted security group {} ({id}): no node of {} is left",
                        self.group_name(),
                        self.address
                    )))
                }
                Err(e) if e.code() == Some("InvalidGroup.NotFound") => return Ok(None),
                Err(e)
                    if e.code() == Some("DependencyViolation")
                        && std::time::Instant::now() < until =>
                {
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(std::time::Duration::from_secs(10));
                }
                Err(e) => {
                    let mut f = aws_failure("", "DeleteSecurityGroup", &e);
                    f.message = format!(
                        "{}; security group {} ({id}) is left: something else still uses it (`aws ec2 delete-security-group --group-id {id}` once it is free)",
                        f.message,
                        self.group_name()
                    );
                    return Err(f);
                }
            }
        }
    }

    /// The managed group's id if it exists, and the VPC it lives in (the subnet's).
    async fn lookup_group(
        &self,
        node: &str,
    ) -> Result<(Option<String>, Option<String>), ProviderError> {
        let ec2 = self.client().await;
        let name = self.group_name();
        let vpc = match &self.subnet_id {
            Some(subnet) => {
                let out = ec2
                    .describe_subnets()
                    .subnet_ids(subnet)
                    .send()
                    .await
                    .map_err(|e| aws_failure(node, "DescribeSubnets", &e))?;
                out.subnets()
                    .first()
                    .and_then(|s| s.vpc_id())
                    .map(str::to_string)
            }
            None => None,
        };
        let mut filters = vec![
            Filter::builder().name("group-name").values(&name).build(),
            Filter::builder()
                .name(format!("tag:{TAG_STACK}"))
                .values(&self.stack.name)
                .build(),
        ];
        if let Some(v) = &vpc {
            filters.push(Filter::builder().name("vpc-id").values(v).build());
        }
        let found = ec2
            .describe_security_groups()
            .set_filters(Some(filters))
            .send()
            .await
            .map_err(|e| aws_failure(node, "DescribeSecurityGroups", &e))?;
        Ok((
            found
                .security_groups()
                .first()
                .and_then(|g| g.group_id())
                .map(str::to_string),
            vpc,
        ))
    }

    async fn reconcile(&self, node: &str) -> Result<String, ProviderError> {
        let want = firewall::desired(&self.lavalink_ports(), &self.allow_from, &self.ssh_from)
            .map_err(|e| ProviderError::new(node, format!("{}: {e}", self.address)))?;
        let ec2 = self.client().await;
        let name = self.group_name();
        let (found, vpc) = self.lookup_group(node).await?;
        let id = match found {
            Some(id) => id,
            None => {
                let tags = [
                    ("Name", name.as_str()),
                    (TAG_STACK, self.stack.name.as_str()),
                    (TAG_PROVIDER, self.address.as_str()),
                ]
                .into_iter()
                .map(|(k, v)| Tag::builder().key(k).value(v).build())
                .collect();
                let out = ec2
                    .create_security_group()
                    .group_name(&name)
                    .description(format!(
                        "lavastack nodes of stack {} ({}): managed, rules not in the stack are removed",
                        self.stack.name, self.address
                    ))
                    .set_vpc_id(vpc.clone())
                    .tag_specifications(
                        TagSpecification::builder()
                            .resource_type(ResourceType::SecurityGroup)
                            .set_tags(Some(tags))
                            .build(),
                    )
                    .send()
                    .await
                    .map_err(|e| aws_failure(node, "CreateSecurityGroup", &e))?;
                let id = out.group_id().unwrap_or_default().to_string();
                tracing::info!(provider = %self.address, group = %id, %name, "created the nodes' security group");
                id
            }
        };
        let existing = self.inbound_rules(node, &id).await?;
        let (revoke, add) = firewall::diff(&want, &existing);
        if !revoke.is_empty() {
            tracing::info!(group = %id, rules = ?revoke, "revoking inbound rules the stack does not declare");
            ec2.revoke_security_group_ingress()
                .group_id(&id)
                .set_security_group_rule_ids(Some(revoke))
                .send()
                .await
                .map_err(|e| aws_failure(node, "RevokeSecurityGroupIngress", &e))?;
        }
        if !add.is_empty() {
            ec2.authorize_security_group_ingress()
                .group_id(&id)
                .set_ip_permissions(Some(add.iter().map(permission).collect()))
                .send()
                .await
                .map_err(|e| aws_failure(node, "AuthorizeSecurityGroupIngress", &e))?;
        }
        Ok(id)
    }

    /// The group's inbound rules, all pages.
    async fn inbound_rules(&self, node: &str, group: &str) -> Result<Vec<Existing>, ProviderError> {
        let mut pages = self
            .client()
            .await
            .describe_security_group_rules()
            .filters(Filter::builder().name("group-id").values(group).build())
            .into_paginator()
            .send();
        let mut out = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| aws_failure(node, "DescribeSecurityGroupRules", &e))?;
            for r in page.security_group_rules() {
                if r.is_egress() == Some(true) {
                    continue;
                }
                let Some(id) = r.security_group_rule_id() else {
                    continue;
                };
                let source = if let Some(c) = r.cidr_ipv4() {
                    Source::parse(c).ok()
                } else if let Some(c) = r.cidr_ipv6() {
                    Source::parse(c).ok()
                } else {
                    r.referenced_group_info()
                        .and_then(|g| g.group_id())
                        .map(|g| Source::Group(g.to_string()))
                };
                let port = match (r.ip_protocol(), r.from_port(), r.to_port()) {
                    (Some("tcp" | "6"), Some(from), Some(to)) if from == to => {
                        u16::try_from(from).ok()
                    }
                    _ => None,
                };
                out.push(Existing {
                    id: id.to_string(),
                    rule: port.zip(source).map(|(port, source)| Rule { port, source }),
                });
            }
        }
        Ok(out)
    }
}

fn permission(r: &Rule) -> IpPermission {
    let p = IpPermission::builder()
        .ip_protocol("tcp")
        .from_port(i32::from(r.port))
        .to_port(i32::from(r.port));
    let what = if r.port == firewall::SSH_PORT {
        "ssh (lavastack ssh_from)"
    } else {
        "lavalink (lavastack allow_from)"
    };
    match &r.source {
        Source::Cidr4(c) => p.ip_ranges(IpRange::builder().cidr_ip(c).description(what).build()),
        Source::Cidr6(c) => {
            p.ipv6_ranges(Ipv6Range::builder().cidr_ipv6(c).description(what).build())
        }
        Source::Group(g) => p.user_id_group_pairs(
            UserIdGroupPair::builder()
                .group_id(g)
                .description(what)
                .build(),
        ),
    }
    .build()
}
