//! The AWS EC2 provider: one instance per node, launched with cloud-init user data that
//! installs Lavalink.
//!
//! Crash safety rests on two marks every instance carries from the moment it exists (tags are
//! part of `RunInstances`, not a later call): `lavastack:stack` + `lavastack:node`, and
//! `lavastack:token`, the create token apply wrote to state *before* calling EC2. So:
//! - a create first looks for a live instance with its token and adopts it; only if there is
//!   none does it launch, with the token as `ClientToken` (EC2 itself then refuses to launch a
//!   second instance for a retried request);
//! - refresh lists every instance with the stack's tag in one paged `DescribeInstances` and
//!   matches them to records by id, then by token; what matches nothing is reported unknown,
//!   and the planner adopts it (a desired node without a record) or deletes it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use aws_sdk_ec2::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_ec2::types::{
    Filter, IamInstanceProfileSpecification, Instance, InstanceStateName, Placement, ResourceType,
    Tag, TagSpecification,
};
use aws_sdk_ec2::Client;
use base64::Engine;
use serde_json::json;
use tokio::sync::OnceCell;

use super::*;
use crate::model::ErrorKind;

mod firewall;
mod import;
mod password;
mod wait;

use wait::Poll;

pub const TAG_STACK: &str = "lavastack:stack";
pub const TAG_NODE: &str = "lavastack:node";
pub const TAG_TOKEN: &str = "lavastack:token";
/// The state lineage that launched it: refresh adopts or deletes only its own state's
/// instances, so two states with one stack name in an account never touch each other's.
pub const TAG_LINEAGE: &str = "lavastack:lineage";
/// The provider (`aws.<name>`) that launched it: two providers in one AWS region (or one
/// region's instances seen from another provider) never take each other's instances.
pub const TAG_PROVIDER: &str = "lavastack:provider";

/// EC2 refuses user data above 16 KiB (before base64).
const USER_DATA_LIMIT: usize = 16 * 1024;

pub struct Ec2Provider {
    address: String,
    stack: Stack,
    region: String,
    endpoint: Option<String>,
    max_attempts: u32,
    security_groups: Vec<String>,
    subnet_id: Option<String>,
    /// Sources of the managed group's rules (`firewall.rs`).
    allow_from: Vec<String>,
    ssh_from: Vec<String>,
    /// The managed group's id, reconciled once per run.
    group: OnceCell<String>,
    /// Instances waited on to run, polled together (`describe_waiting`).
    waiting: std::sync::Mutex<std::collections::BTreeSet<String>>,
    poll: tokio::sync::Mutex<Poll>,
    key_name: Option<String>,
    iam_profile: Option<String>,
    password_parameter: Option<String>,
    /// The SSM SecureString a TLS node's instance reads its key from at boot.
    tls_key_parameter: Option<String>,
    jar_url: Option<String>,
    jar_sha256: Option<String>,
    tags: BTreeMap<String, String>,
    wait_healthy: bool,
    health_timeout: Duration,
    running_timeout: Duration,
    client: OnceCell<Client>,
    ssm: OnceCell<aws_sdk_ssm::Client>,
    /// The password parameter is written (or found current) once per run, before the first
    /// launch reads it.
    password_written: OnceCell<()>,
    /// The same for the TLS key parameter.
    tls_key_written: OnceCell<()>,
    calls: Arc<AtomicU64>,
}

/// Counts every HTTP attempt the SDK makes (retries included), for `api_calls`.
#[derive(Debug)]
struct CountCalls(Arc<AtomicU64>);

impl aws_sdk_ec2::config::Intercept for CountCalls {
    fn name(&self) -> &'static str {
        "lavastack-count-calls"
    }

    fn read_before_transmit(
        &self,
        _ctx: &aws_sdk_ec2::config::interceptors::BeforeTransmitInterceptorContextRef<'_>,
        _rc: &aws_sdk_ec2::config::RuntimeComponents,
        _cfg: &mut aws_sdk_ec2::config::ConfigBag,
    ) -> Result<(), aws_sdk_ec2::error::BoxError> {
        self.0.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

/// "RunInstances: InvalidAMIID.NotFound: The image id '[ami-x]' does not exist".
fn aws_error<E, R>(op: &str, e: &SdkError<E, R>) -> String
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    match e {
        SdkError::ServiceError(se) => {
            let err = se.err();
            format!(
                "{op}: {}: {}",
                err.code().unwrap_or("error"),
                err.message().unwrap_or("(no message)")
            )
        }
        other => {
            // The source chain, without the Debug dump DisplayErrorContext appends.
            let mut msg = format!("{op}: {other}");
            let mut src = std::error::Error::source(other);
            while let Some(e) = src {
                msg.push_str(&format!(": {e}"));
                src = e.source();
            }
            msg
        }
    }
}

/// The kind of an AWS error, from its code (EC2's documented error codes) or how the call
/// failed (no answer, no connection).
fn aws_kind<E, R>(e: &SdkError<E, R>) -> Option<ErrorKind>
where
    E: ProvideErrorMetadata,
{
    match e {
        SdkError::TimeoutError(_) => Some(ErrorKind::Timeout),
        SdkError::DispatchFailure(_) => Some(ErrorKind::Unreachable),
        SdkError::ServiceError(se) => {
            let code = se.err().code().unwrap_or("");
            Some(match code {
                "AuthFailure"
                | "UnauthorizedOperation"
                | "InvalidClientTokenId"
                | "SignatureDoesNotMatch"
                | "OptInRequired"
                | "Blocked" => ErrorKind::Auth,
                "RequestLimitExceeded"
                | "InstanceLimitExceeded"
                | "InsufficientInstanceCapacity"
                | "VcpuLimitExceeded"
                | "MaxSpotInstanceCountExceeded"
                | "Throttling" => ErrorKind::Quota,
                "IdempotentParameterMismatch" | "IncorrectInstanceState" => ErrorKind::Conflict,
                c if c.ends_with(".NotFound") => ErrorKind::NotFound,
                _ => ErrorKind::Protocol,
            })
        }
        _ => None,
    }
}

/// A failed AWS call that asked rather than changed, with its kind.
fn aws_ask<E, R>(op: &str, e: &SdkError<E, R>) -> AskError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    AskError::new(aws_error(op, e), aws_kind(e))
}

/// A provider error for a failed AWS call, with its kind.
fn aws_failure<E, R>(node: &str, op: &str, e: &SdkError<E, R>) -> ProviderError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    let mut pe = ProviderError::new(node, aws_error(op, e));
    pe.kind = aws_kind(e);
    pe
}

fn tag<'a>(i: &'a Instance, key: &str) -> Option<&'a str> {
    i.tags()
        .iter()
        .find(|t| t.key() == Some(key))
        .and_then(|t| t.value())
}

fn state_of(i: &Instance) -> InstanceStateName {
    i.state()
        .and_then(|s| s.name())
        .cloned()
        .unwrap_or(InstanceStateName::Pending)
}

impl Ec2Provider {
    pub fn new(cfg: &ProviderConfig, stack: &Stack) -> Result<Self, BuildError> {
        Ok(Ec2Provider {
            address: cfg.address.clone(),
            stack: stack.clone(),
            region: cfg.str_attr("region").unwrap_or("us-east-1").to_string(),
            endpoint: cfg.str_attr("endpoint").map(str::to_string),
            max_attempts: cfg.int_attr("max_attempts").unwrap_or(8).clamp(1, 50) as u32,
            security_groups: cfg.list_attr("security_group_ids"),
            subnet_id: cfg.str_attr("subnet_id").map(str::to_string),
            allow_from: cfg.list_attr("allow_from"),
            ssh_from: cfg.list_attr("ssh_from"),
            group: OnceCell::new(),
            waiting: Default::default(),
            poll: Default::default(),
            key_name: cfg.str_attr("key_name").map(str::to_string),
            iam_profile: cfg.str_attr("iam_instance_profile").map(str::to_string),
            password_parameter: cfg.str_attr("password_parameter").map(str::to_string),
            tls_key_parameter: cfg.str_attr("tls_key_parameter").map(str::to_string),
            jar_url: cfg.str_attr("jar_url").map(str::to_string),
            jar_sha256: cfg.str_attr("jar_sha256").map(str::to_lowercase),
            tags: cfg.map_attr("tags"),
            wait_healthy: cfg.bool_attr("wait_healthy").unwrap_or(true),
            health_timeout: cfg
                .duration_attr("health_timeout")
                .unwrap_or(Duration::from_secs(600)),
            running_timeout: cfg
                .duration_attr("running_timeout")
                .unwrap_or(Duration::from_secs(300)),
            client: OnceCell::new(),
            ssm: OnceCell::new(),
            password_written: OnceCell::new(),
            tls_key_written: OnceCell::new(),
            calls: Arc::new(AtomicU64::new(0)),
        })
    }

    /// Built on first use: loading AWS configuration is async and may read files, so a plan
    /// with `--refresh=false` never pays for it.
    async fn client(&self) -> &Client {
        self.client
            .get_or_init(|| async {
                let mut loader = aws_config::defaults(aws_config::BehaviorVersion::latest())
                    .region(aws_config::Region::new(self.region.clone()))
                    // Standard retries back off exponentially on throttling and 5xx.
                    .retry_config(
                        aws_config::retry::RetryConfig::standard()
                            .with_max_attempts(self.max_attempts),
                    );
                if let Some(ep) = &self.endpoint {
                    loader = loader.endpoint_url(ep);
                }
                let conf = loader.load().await;
                let conf = aws_sdk_ec2::config::Builder::from(&conf)
                    .interceptor(CountCalls(self.calls.clone()))
                    .build();
                Client::from_conf(conf)
            })
            .await
    }

    fn live_states() -> Filter {
        Filter::builder()
            .name("instance-state-name")
            .values("pending")
            .values("running")
            .values("stopping")
            .values("stopped")
            .build()
    }

    /// Every live instance matching `filters` (plus this stack's and provider's tags), all
    /// pages.
    async fn list(&self, filters: Vec<Filter>) -> Result<Vec<Instance>, AskError> {
        let tags = vec![
            Filter::builder()
                .name(format!("tag:{TAG_STACK}"))
                .values(&self.stack.name)
                .build(),
            Filter::builder()
                .name(format!("tag:{TAG_PROVIDER}"))
                .values(&self.address)
                .build(),
        ];
        self.describe(tags.into_iter().chain(filters).collect())
            .await
    }

    /// Every live instance matching `filters`, all pages.
    async fn describe(&self, filters: Vec<Filter>) -> Result<Vec<Instance>, AskError> {
        self.describe_in(filters, true).await
    }

    /// All pages; `live_only` leaves out terminated and shutting-down instances.
    async fn describe_in(
        &self,
        filters: Vec<Filter>,
        live_only: bool,
    ) -> Result<Vec<Instance>, AskError> {
        let mut req = self.client().await.describe_instances().max_results(1000);
        if live_only {
            req = req.filters(Self::live_states());
        }
        for f in filters {
            req = req.filters(f);
        }
        let mut pages = req.into_paginator().send();
        let mut out = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| aws_ask("DescribeInstances", &e))?;
            for r in page.reservations() {
                out.extend(r.instances().iter().cloned());
            }
        }
        Ok(out)
    }

    async fn by_token(&self, token: &str) -> Result<Vec<Instance>, AskError> {
        self.list(vec![Filter::builder()
            .name(format!("tag:{TAG_TOKEN}"))
            .values(token)
            .build()])
            .await
    }

    async fn describe_one(&self, id: &str) -> Result<Option<Instance>, AskError> {
        let out = self
            .client()
            .await
            .describe_instances()
            .instance_ids(id)
            .send()
            .await;
        match out {
            Ok(o) => Ok(o
                .reservations()
                .iter()
                .flat_map(|r| r.instances())
                .find(|i| i.instance_id() == Some(id))
                .cloned()),
            Err(e) if e.code() == Some("InvalidInstanceID.NotFound") => Ok(None),
            Err(e) => Err(aws_ask("DescribeInstances", &e)),
        }
    }

    fn availability_zone(&self, zone: &str) -> Option<String> {
        match zone {
            "" => None,
            // Regions list zones as letters ("a"); EC2 wants "eu-west-1a".
            z if z.len() == 1 => Some(format!("{}{z}", self.region)),
            z => Some(z.to_string()),
        }
    }

    fn created(&self, i: &Instance, port: u16) -> Created {
        let address = i
            .public_ip_address()
            .or(i.private_ip_address())
            .unwrap_or_default()
            .to_string();
        let mut private = BTreeMap::new();
        if let Some(ip) = i.private_ip_address() {
            private.insert("private_ip".into(), json!(ip));
        }
        if let Some(az) = i.placement().and_then(|p| p.availability_zone()) {
            private.insert("availability_zone".into(), json!(az));
        }
        if let Some(t) = i.instance_type() {
            private.insert("instance_type".into(), json!(t.as_str()));
        }
        Created {
            provider_id: i.instance_id().unwrap_or_default().to_string(),
            address,
            port,
            private,
        }
    }

    /// What an instance of `n` boots with, rendered.
    fn rendered(&self, n: &DesiredNode) -> Result<crate::render::NodeFiles, ProviderError> {
        let mut extra = json!({});
        if let Some(p) = &self.password_parameter {
            extra["password_parameter"] = json!(p);
        }
        extra["aws_region"] = json!(self.region);
        // TLS: the certificate travels in the user data (it is public), the key in the SSM
        // parameter the instance reads at first boot; application.yml names where they land.
        if let Some((cert, _)) =
            crate::model::NodeTls::from_settings(|k| n.settings.get(k).cloned())
                .as_ref()
                .and_then(|t| t.files().map(|(c, k)| (c.clone(), k.clone())))
        {
            let pem = crate::files::read_regular(&cert, 1 << 20).map_err(|e| {
                ProviderError::new(&n.name, format!("cannot read {}: {e}", cert.display()))
            })?;
            extra["tls_cert_pem"] = json!(String::from_utf8_lossy(&pem));
            extra["tls_files"] =
                json!({"cert": password::AWS_TLS_CERT, "key": password::AWS_TLS_KEY});
            if let Some(p) = &self.tls_key_parameter {
                extra["tls_key_parameter"] = json!(p);
            }
        }
        for (k, v) in [("jar_url", &self.jar_url), ("jar_sha256", &self.jar_sha256)] {
            if let Some(v) = v {
                extra[k] = json!(v);
            }
        }
        crate::render::Renderer::for_stack(&self.stack)
            .and_then(|r| r.node_files(&self.stack, n, None, &extra))
            .map_err(|e| ProviderError::new(&n.name, format!("rendering user data: {e}")))
    }

    fn user_data(&self, n: &DesiredNode) -> Result<String, ProviderError> {
        let files = self.rendered(n)?;
        if files.cloud_init.len() > USER_DATA_LIMIT {
            return Err(ProviderError::new(
                &n.name,
                format!(
                    "the rendered cloud-init is {} bytes; EC2 accepts at most {USER_DATA_LIMIT}",
                    files.cloud_init.len()
                ),
            ));
        }
        Ok(base64::engine::general_purpose::STANDARD.encode(files.cloud_init))
    }

    fn tags_for(&self, n: &DesiredNode, token: &str, lineage: &str) -> Vec<Tag> {
        let mut tags: BTreeMap<String, String> = self.tags.clone();
        tags.extend(n.tags.clone());
        tags.insert("Name".into(), format!("{}-{}", self.stack.name, n.name));
        tags.insert(TAG_STACK.into(), self.stack.name.clone());
        tags.insert(TAG_NODE.into(), n.name.clone());
        tags.insert(TAG_TOKEN.into(), token.to_string());
        tags.insert(TAG_LINEAGE.into(), lineage.to_string());
        tags.insert(TAG_PROVIDER.into(), self.address.clone());
        tags.into_iter()
            .map(|(k, v)| Tag::builder().key(k).value(v).build())
            .collect()
    }

    async fn launch(
        &self,
        n: &DesiredNode,
        token: &str,
        lineage: &str,
    ) -> Result<Instance, ProviderError> {
        let err = |m: String| ProviderError::new(&n.name, m);
        let setting = |k: &str| n.settings.get(k).cloned();
        let group = self.firewall(&n.name).await?;
        let mut req = self
            .client()
            .await
            .run_instances()
            .image_id(setting("ami").unwrap_or_default())
            .instance_type(setting("instance_type").unwrap_or_default().as_str().into())
            .min_count(1)
            .max_count(1)
            .client_token(token)
            .user_data(self.user_data(n)?)
            .tag_specifications(
                TagSpecification::builder()
                    .resource_type(ResourceType::Instance)
                    .set_tags(Some(self.tags_for(n, token, lineage)))
                    .build(),
            );
        if let Some(az) = self.availability_zone(&n.zone) {
            req = req.placement(Placement::builder().availability_zone(az).build());
        }
        if let Some(s) = setting("subnet_id") {
            req = req.subnet_id(s);
        }
        for sg in self.security_groups.iter().chain(&group) {
            req = req.security_group_ids(sg);
        }
        if let Some(k) = &self.key_name {
            req = req.key_name(k);
        }
        if let Some(p) = &self.iam_profile {
            req = req
                .iam_instance_profile(IamInstanceProfileSpecification::builder().name(p).build());
        }
        let out = req
            .send()
            .await
            .map_err(|e| aws_failure(&n.name, "RunInstances", &e))?;
        out.instances()
            .first()
            .cloned()
            .ok_or_else(|| err("RunInstances returned no instance".into()))
    }

    async fn terminate(&self, node: &str, ids: Vec<String>) -> Result<(), ProviderError> {
        if ids.is_empty() {
            return Ok(());
        }
        let out = self
            .client()
            .await
            .terminate_instances()
            .set_instance_ids(Some(ids.clone()))
            .send()
            .await;
        match out {
            Ok(_) => {}
            Err(e) if e.code() == Some("InvalidInstanceID.NotFound") => return Ok(()),
            Err(e) => return Err(aws_failure(node, "TerminateInstances", &e)),
        }
        // Wait until gone, so capacity numbers and the next plan are true.
        let until = Instant::now() + self.running_timeout;
        let mut delay = Duration::from_millis(200);
        for id in ids {
            loop {
                let i = self.describe_one(&id).await.map_err(|e| e.for_node(node))?;
                if i.as_ref()
                    .is_none_or(|i| state_of(i) == InstanceStateName::Terminated)
                {
                    break;
                }
                if Instant::now() >= until {
                    return Err(ProviderError::new(
                        node,
                        format!("instance {id} is still not terminated"),
                    ));
                }
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(5));
            }
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl Provider for Ec2Provider {
    fn address(&self) -> &str {
        &self.address
    }

    fn api_calls(&self) -> Option<u64> {
        Some(self.calls.load(Ordering::Relaxed))
    }

    fn installed_files(&self, n: &DesiredNode) -> Option<Result<Vec<(String, String)>, String>> {
        Some(
            self.rendered(n)
                .map(|f| {
                    vec![
                        ("cloud-init.yaml".into(), f.cloud_init),
                        ("application.yml".into(), f.application_yml),
                        ("lavalink.service".into(), f.lavalink_service),
                    ]
                })
                .map_err(|e| e.message),
        )
    }

    async fn refresh(&self, rec: &NodeRecord) -> Observed {
        match self.refresh_all(std::slice::from_ref(rec), 1).await {
            Ok(mut r) => r.observed.pop().unwrap_or(Observed::Unreachable {
                reason: "no answer".into(),
            }),
            Err(e) => Observed::Unreachable { reason: e.message },
        }
    }

    async fn refresh_all(
        &self,
        recs: &[NodeRecord],
        _parallelism: usize,
    ) -> Result<Refreshed, AskError> {
        let mut instances = self.list(Vec::new()).await?;
        // A recorded instance that lost its tags (edited by hand, or launched by an older
        // lavastack) is still that node: look such ids up directly before calling them gone.
        let untagged: Vec<String> = recs
            .iter()
            .filter_map(|r| r.provider_id.clone())
            .filter(|id| !instances.iter().any(|i| i.instance_id() == Some(id)))
            .collect();
        if !untagged.is_empty() {
            let f = Filter::builder()
                .name("instance-id")
                .set_values(Some(untagged))
                .build();
            instances.extend(self.describe(vec![f]).await?);
        }
        let mut claimed = std::collections::BTreeSet::new();
        let mut observed = Vec::with_capacity(recs.len());
        for rec in recs {
            let by_id = rec
                .provider_id
                .as_deref()
                .and_then(|id| instances.iter().find(|i| i.instance_id() == Some(id)));
            let by_token = || {
                rec.token.as_deref().and_then(|t| {
                    instances.iter().find(|i| {
                        tag(i, TAG_TOKEN) == Some(t) && tag(i, TAG_NODE) == Some(&rec.name)
                    })
                })
            };
            let obs = match (by_id, &rec.provider_id) {
                (Some(i), _) => {
                    claimed.insert(i.instance_id().unwrap_or_default().to_string());
                    match state_of(i) {
                        InstanceStateName::Running | InstanceStateName::Pending => Observed::Running,
                        s => Observed::Unreachable {
                            reason: format!(
                                "instance {} is {}; start it, or replace the node with --replace {}",
                                i.instance_id().unwrap_or_default(),
                                s.as_str(),
                                rec.name
                            ),
                        },
                    }
                }
                (None, Some(id)) => Observed::Gone {
                    reason: format!("instance {id} is terminated or no longer exists"),
                },
                (None, None) => match by_token() {
                    Some(i) => {
                        let id = i.instance_id().unwrap_or_default().to_string();
                        claimed.insert(id.clone());
                        Observed::Found { provider_id: id }
                    }
                    None => Observed::Gone {
                        reason: "no instance was launched for it".into(),
                    },
                },
            };
            observed.push(obs);
        }
        // The managed group edited by hand is drift of every running node behind it: the
        // plan updates them, and the update reconciles the group. A group that cannot be read
        // leaves the observations as they are (the refresh itself worked).
        if observed.contains(&Observed::Running) {
            match self.firewall_drift().await {
                Ok(Some(reason)) => {
                    for o in observed.iter_mut().filter(|o| **o == Observed::Running) {
                        *o = Observed::Drifted {
                            reason: reason.clone(),
                        };
                    }
                }
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(provider = %self.address, "reading the security group: {}", e.message)
                }
            }
        }
        let unknown = instances
            .iter()
            .filter(|i| !claimed.contains(i.instance_id().unwrap_or_default()))
            .map(|i| {
                let c = self.created(i, crate::model::DEFAULT_LAVALINK_PORT);
                Discovered {
                    node: tag(i, TAG_NODE).unwrap_or("?").to_string(),
                    provider: self.address.clone(),
                    provider_id: c.provider_id,
                    address: Some(c.address),
                    token: tag(i, TAG_TOKEN).map(str::to_string),
                    private: c.private,
                    owner: match tag(i, TAG_LINEAGE) {
                        Some(l) => crate::model::Owner::Lineage(l.to_string()),
                        None => crate::model::Owner::Missing,
                    },
                }
            })
            .collect();
        Ok(Refreshed { observed, unknown })
    }

    async fn create(&self, req: NodeRequest<'_>) -> Result<Created, ProviderError> {
        let n = req.node;
        let port = n.port.unwrap_or(crate::stack::DEFAULT_LAVALINK_PORT);
        // Adopt what an interrupted create with this token launched; never launch twice.
        let existing = self
            .by_token(req.token)
            .await
            .map_err(|e| e.for_node(&n.name))?;
        // The plan chose which one to adopt; a twin with the same token is an orphan it deletes.
        let chosen = match req.adopt {
            Some(id) => existing
                .iter()
                .find(|i| i.instance_id() == Some(id))
                .cloned()
                .or_else(|| existing.into_iter().next()),
            None => existing.into_iter().next(),
        };
        let instance = match chosen {
            Some(i) => {
                tracing::info!(node = %n.name, id = i.instance_id().unwrap_or_default(), "adopting the instance an earlier create launched");
                i
            }
            None => {
                self.ensure_password_parameter(&n.name, req.password)
                    .await?;
                self.ensure_tls_key_parameter(n).await?;
                self.launch(n, req.token, req.lineage).await?
            }
        };
        let partial = self.created(&instance, port);
        let running = self.wait_running(n, instance).await.map_err(|e| {
            if e.partial.is_none() {
                e.with_partial(partial.clone())
            } else {
                e
            }
        })?;
        let created = self.created(&running, port);
        if self.wait_healthy {
            let tls = crate::model::NodeTls::from_settings(|k| n.settings.get(k).cloned());
            await_healthy(
                &created.address,
                port,
                req.password,
                tls.as_ref(),
                self.health_timeout,
            )
            .await
            .map_err(|e| {
                ProviderError::new(
                    &n.name,
                    format!(
                        "instance {} runs, but Lavalink at {}:{port} is not healthy: {e}",
                        created.provider_id, created.address
                    ),
                )
                .with_kind_of(e.kind)
                .with_partial(created.clone())
            })?;
        }
        Ok(created)
    }

    async fn import(
        &self,
        req: NodeRequest<'_>,
        id: &str,
        take_over: bool,
    ) -> Result<Created, ProviderError> {
        self.import_instance(req, id, take_over).await
    }

    async fn update(
        &self,
        rec: &NodeRecord,
        req: NodeRequest<'_>,
    ) -> Result<Created, ProviderError> {
        let n = req.node;
        let Some(id) = rec.provider_id.clone() else {
            return Err(ProviderError::new(
                &n.name,
                "the state records no instance id for it",
            ));
        };
        // Only tags and the managed group's rules change in place (everything else is a
        // replacement, see `replace_attributes`); weights and maintenance live in rendered
        // configs.
        self.firewall(&n.name).await?;
        let token = rec.token.clone().unwrap_or_else(|| req.token.to_string());
        let tags = self.tags_for(n, &token, req.lineage);
        // Tags gone from the stack are removed from the instance too.
        let removed: Vec<Tag> = rec
            .attributes
            .get("tags")
            .and_then(|t| t.as_object())
            .into_iter()
            .flat_map(|o| o.keys())
            .filter(|k| !tags.iter().any(|t| t.key() == Some(k.as_str())))
            .map(|k| Tag::builder().key(k).build())
            .collect();
        if !removed.is_empty() {
            self.client()
                .await
                .delete_tags()
                .resources(&id)
                .set_tags(Some(removed))
                .send()
                .await
                .map_err(|e| aws_failure(&n.name, "DeleteTags", &e))?;
        }
        self.client()
            .await
            .create_tags()
            .resources(&id)
            .set_tags(Some(tags))
            .send()
            .await
            .map_err(|e| aws_failure(&n.name, "CreateTags", &e))?;
        Ok(Created {
            provider_id: id,
            address: rec.address.clone().unwrap_or_default(),
            port: rec.port.unwrap_or(crate::stack::DEFAULT_LAVALINK_PORT),
            private: rec.private.clone(),
        })
    }

    async fn delete(&self, rec: &NodeRecord) -> Result<(), ProviderError> {
        let mut ids: Vec<String> = rec.provider_id.iter().cloned().collect();
        // A create that never recorded its id may still have launched: find it by token. A
        // record with an id (a node, or an orphan found by refresh) is exactly that instance:
        // an orphan's twin with the same token is the node it duplicates, never to be touched.
        if let (None, Some(t)) = (&rec.provider_id, &rec.token) {
            for i in self.by_token(t).await.map_err(|e| e.for_node(&rec.name))? {
                let id = i.instance_id().unwrap_or_default().to_string();
                if tag(&i, TAG_NODE) == Some(rec.name.as_str()) && !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        self.terminate(&rec.name, ids).await
    }

    async fn after_apply(&self, remaining: usize) -> Result<Option<String>, ProviderError> {
        if remaining > 0 {
            return Ok(None);
        }
        self.delete_group().await
    }
}
