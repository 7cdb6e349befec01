//! The AWS secret stores: reading `secret("aws_sm:...")` and `secret("ssm:...")` values, and
//! writing the SSM SecureString the aws provider tells instances to read.
//!
//! Owns the Secrets Manager and SSM clients and the source syntax. Imports no other lavastack
//! module. No value read or written here ever reaches an error message or a log line.

use std::time::Duration;

use aws_sdk_secretsmanager::error::{DisplayErrorContext, ProvideErrorMetadata};

/// A whole lookup (config, retries, the call) gives up after this: a stack load never hangs on
/// a silent endpoint.
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(30);
/// Secrets Manager holds at most 64 KiB per secret, SSM 8 KiB per parameter; a name longer
/// than either store allows is a typo, refused before any call.
const NAME_MAX: usize = 2048;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AwsSecret {
    /// `aws_sm:NAME[#KEY][@STAGE]`: a Secrets Manager secret (name or ARN), optionally one
    /// string field of a JSON secret, at a staging label (AWSCURRENT unless given).
    SecretsManager {
        id: String,
        key: Option<String>,
        stage: Option<String>,
    },
    /// `ssm:NAME`: an SSM parameter, decrypted when it is a SecureString.
    Ssm { name: String },
}

impl AwsSecret {
    /// `source` is `aws_sm` or `ssm`, `rest` what follows the colon.
    pub fn parse(source: &str, rest: &str) -> Result<AwsSecret, String> {
        if rest.len() > NAME_MAX {
            return Err(format!("the name is over {NAME_MAX} bytes"));
        }
        if rest.chars().any(char::is_control) {
            return Err("the name holds a control character".into());
        }
        match source {
            "ssm" => Ok(AwsSecret::Ssm {
                name: rest.to_string(),
            }),
            "aws_sm" => {
                // The stage is the text after the last '@' that follows any '#key'; a secret
                // whose name holds '@' is written with an explicit stage (`a@b@AWSCURRENT`).
                let (head, stage) = match rest.rsplit_once('@') {
                    Some((h, s)) if !h.is_empty() && !s.contains('#') => (h, Some(s)),
                    _ => (rest, None),
                };
                let (id, key) = match head.split_once('#') {
                    Some((i, k)) => (i, Some(k)),
                    None => (head, None),
                };
                if id.is_empty() {
                    return Err("no secret name before '#' or '@'".into());
                }
                if key == Some("") {
                    return Err("an empty key after '#'".into());
                }
                if stage == Some("") {
                    return Err("an empty staging label after '@'".into());
                }
                Ok(AwsSecret::SecretsManager {
                    id: id.to_string(),
                    key: key.map(str::to_string),
                    stage: stage.map(str::to_string),
                })
            }
            other => Err(format!("{other} is not an AWS source")),
        }
    }

    /// The region an ARN names; otherwise the SDK's (AWS_REGION, the profile).
    fn region(&self) -> Option<String> {
        let id = match self {
            AwsSecret::SecretsManager { id, .. } => id,
            AwsSecret::Ssm { name } => name,
        };
        let mut parts = id.strip_prefix("arn:")?.split(':');
        let _partition = parts.next()?;
        let _service = parts.next()?;
        parts.next().filter(|r| !r.is_empty()).map(str::to_string)
    }

    /// Reads the value, blocking the calling thread (stack functions are plain `fn`s called
    /// from inside the CLI's runtime, so the lookup runs on a thread of its own with its own
    /// runtime).
    pub fn fetch_blocking(&self) -> Result<String, String> {
        let this = self.clone();
        let handle = std::thread::Builder::new()
            .name("secret-lookup".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| format!("cannot start a runtime for the lookup: {e}"))?;
                rt.block_on(async {
                    match tokio::time::timeout(LOOKUP_TIMEOUT, this.fetch()).await {
                        Ok(r) => r,
                        Err(_) => Err(format!(
                            "no answer from AWS within {}s",
                            LOOKUP_TIMEOUT.as_secs()
                        )),
                    }
                })
            })
            .map_err(|e| format!("cannot start the lookup: {e}"))?;
        handle
            .join()
            .unwrap_or_else(|_| Err("the lookup panicked".into()))
    }

    /// Reads the value from an async caller, within the lookup timeout.
    pub async fn fetch_async(&self) -> Result<String, String> {
        match tokio::time::timeout(LOOKUP_TIMEOUT, self.fetch()).await {
            Ok(r) => r,
            Err(_) => Err(format!(
                "no answer from AWS within {}s",
                LOOKUP_TIMEOUT.as_secs()
            )),
        }
    }

    /// Stages `value` as a new version of a Secrets Manager secret labelled `AWSPENDING`
    /// (for a `#KEY` source: the current JSON with that key replaced), as Secrets Manager's own
    /// rotation does. `token` makes a retried stage the same version, not a second one.
    pub async fn stage_pending(&self, value: &str, token: &str) -> Result<(), String> {
        let AwsSecret::SecretsManager { id, key, stage } = self else {
            return Err("only Secrets Manager secrets can stage a new version".into());
        };
        if stage.as_deref().is_some_and(|s| s != "AWSCURRENT") {
            return Err(format!(
                "the stack reads the {} version; a rotation stages AWSPENDING beside AWSCURRENT",
                stage.as_deref().unwrap_or_default()
            ));
        }
        let conf = sdk_config(self.region(), None).await;
        let client = aws_sdk_secretsmanager::Client::new(&conf);
        let text = match key {
            None => value.to_string(),
            Some(k) => {
                let cur = client
                    .get_secret_value()
                    .secret_id(id)
                    .version_stage("AWSCURRENT")
                    .send()
                    .await
                    .map_err(|e| {
                        format!(
                            "Secrets Manager GetSecretValue: {}",
                            DisplayErrorContext(&e)
                        )
                    })?;
                let mut doc: serde_json::Value = cur
                    .secret_string
                    .as_deref()
                    .and_then(|t| serde_json::from_str(t).ok())
                    .filter(serde_json::Value::is_object)
                    .ok_or_else(|| {
                        format!("secret {id} is not a JSON object, so it has no key {k}")
                    })?;
                doc[k.as_str()] = serde_json::Value::String(value.to_string());
                doc.to_string()
            }
        };
        client
            .put_secret_value()
            .secret_id(id)
            .secret_string(text)
            .client_request_token(token)
            .version_stages("AWSPENDING")
            .send()
            .await
            .map_err(|e| {
                format!(
                    "Secrets Manager PutSecretValue: {}",
                    DisplayErrorContext(&e)
                )
            })?;
        Ok(())
    }

    /// Makes the `AWSPENDING` version current (the old one becomes `AWSPREVIOUS`, Secrets
    /// Manager's own bookkeeping) and removes the pending label. Done already is fine.
    pub async fn promote_pending(&self) -> Result<(), String> {
        let AwsSecret::SecretsManager { id, .. } = self else {
            return Err("only Secrets Manager secrets have a pending version".into());
        };
        let conf = sdk_config(self.region(), None).await;
        let client = aws_sdk_secretsmanager::Client::new(&conf);
        let Some(pending) = version_labelled(&client, id, "AWSPENDING").await? else {
            return Ok(());
        };
        let current = version_labelled(&client, id, "AWSCURRENT").await?;
        if current.as_deref() != Some(pending.as_str()) {
            client
                .update_secret_version_stage()
                .secret_id(id)
                .version_stage("AWSCURRENT")
                .move_to_version_id(&pending)
                .set_remove_from_version_id(current)
                .send()
                .await
                .map_err(|e| {
                    format!(
                        "Secrets Manager UpdateSecretVersionStage: {}",
                        DisplayErrorContext(&e)
                    )
                })?;
        }
        unlabel(&client, id, "AWSPENDING", &pending).await
    }

    /// Takes the `AWSPENDING` label off its version (an abandoned rotation); none is fine.
    pub async fn discard_pending(&self) -> Result<(), String> {
        let AwsSecret::SecretsManager { id, .. } = self else {
            return Err("only Secrets Manager secrets have a pending version".into());
        };
        let conf = sdk_config(self.region(), None).await;
        let client = aws_sdk_secretsmanager::Client::new(&conf);
        match version_labelled(&client, id, "AWSPENDING").await? {
            Some(pending) => unlabel(&client, id, "AWSPENDING", &pending).await,
            None => Ok(()),
        }
    }

    async fn fetch(&self) -> Result<String, String> {
        let conf = sdk_config(self.region(), None).await;
        if conf.region().is_none() {
            return Err("no AWS region: set AWS_REGION (or use the secret's ARN)".into());
        }
        match self {
            AwsSecret::Ssm { name } => {
                let out = aws_sdk_ssm::Client::new(&conf)
                    .get_parameter()
                    .name(name)
                    .with_decryption(true)
                    .send()
                    .await
                    .map_err(|e| match e.code() {
                        Some("ParameterNotFound") => format!("SSM parameter {name} not found"),
                        _ => format!("SSM GetParameter: {}", DisplayErrorContext(&e)),
                    })?;
                out.parameter
                    .and_then(|p| p.value)
                    .ok_or_else(|| format!("SSM parameter {name} has no value"))
            }
            AwsSecret::SecretsManager { id, key, stage } => {
                let out = aws_sdk_secretsmanager::Client::new(&conf)
                    .get_secret_value()
                    .secret_id(id)
                    // AWSCURRENT is what Secrets Manager reads without a stage; named, because
                    // moto (5.2.1) keeps answering the first version after a stage move.
                    .version_stage(stage.as_deref().unwrap_or("AWSCURRENT"))
                    .send()
                    .await
                    .map_err(|e| match e.code() {
                        Some("ResourceNotFoundException") => match stage {
                            Some(s) => format!("secret {id} has no version labelled {s}"),
                            None => format!("secret {id} not found"),
                        },
                        _ => format!(
                            "Secrets Manager GetSecretValue: {}",
                            DisplayErrorContext(&e)
                        ),
                    })?;
                let Some(text) = out.secret_string else {
                    return Err(format!(
                        "secret {id} is binary; only string secrets are supported"
                    ));
                };
                match key {
                    None => Ok(text),
                    Some(k) => {
                        let v: serde_json::Value = serde_json::from_str(&text).map_err(|_| {
                            format!("secret {id} is not a JSON object, so it has no key {k}")
                        })?;
                        match v.get(k) {
                            Some(serde_json::Value::String(s)) => Ok(s.clone()),
                            Some(_) => Err(format!("key {k} of secret {id} is not a string")),
                            None => Err(format!("secret {id} has no key {k}")),
                        }
                    }
                }
            }
        }
    }
}

/// The version a staging label is on (asked of the label itself), `None` when none has it.
async fn version_labelled(
    client: &aws_sdk_secretsmanager::Client,
    id: &str,
    label: &str,
) -> Result<Option<String>, String> {
    match client
        .get_secret_value()
        .secret_id(id)
        .version_stage(label)
        .send()
        .await
    {
        Ok(v) => Ok(v.version_id().map(str::to_string)),
        Err(e) if e.code() == Some("ResourceNotFoundException") => Ok(None),
        Err(e) => Err(format!(
            "Secrets Manager GetSecretValue: {}",
            DisplayErrorContext(&e)
        )),
    }
}

/// Takes `label` off `version`.
async fn unlabel(
    client: &aws_sdk_secretsmanager::Client,
    id: &str,
    label: &str,
    version: &str,
) -> Result<(), String> {
    client
        .update_secret_version_stage()
        .secret_id(id)
        .version_stage(label)
        .remove_from_version_id(version)
        .send()
        .await
        .map_err(|e| {
            format!(
                "Secrets Manager UpdateSecretVersionStage: {}",
                DisplayErrorContext(&e)
            )
        })?;
    Ok(())
}

/// AWS configuration as the SDK finds it (environment, profile, instance role), with the
/// region and endpoint a caller names taking precedence, standard retries and bounded
/// timeouts.
pub async fn sdk_config(region: Option<String>, endpoint: Option<&str>) -> aws_config::SdkConfig {
    let mut loader = aws_config::defaults(aws_config::BehaviorVersion::latest())
        .retry_config(aws_config::retry::RetryConfig::standard().with_max_attempts(3))
        .timeout_config(
            aws_config::timeout::TimeoutConfig::builder()
                .connect_timeout(Duration::from_secs(5))
                .operation_attempt_timeout(Duration::from_secs(10))
                .build(),
        );
    if let Some(r) = region {
        loader = loader.region(aws_config::Region::new(r));
    }
    if let Some(ep) = endpoint {
        loader = loader.endpoint_url(ep);
    }
    loader.load().await
}

/// What writing a SecureString did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The parameter already held this value: nothing was written.
    Unchanged,
    /// A new parameter, or a new version of it.
    Put,
}

/// Puts `value` into the SecureString parameter `name` unless it already holds it (so a
/// re-apply does not add a version each time). The error names the parameter, never the value.
pub async fn put_secure_string(
    client: &aws_sdk_ssm::Client,
    name: &str,
    value: &str,
) -> Result<Written, (String, Option<&'static str>)> {
    let current = client
        .get_parameter()
        .name(name)
        .with_decryption(true)
        .send()
        .await;
    match current {
        Ok(out) if out.parameter.as_ref().and_then(|p| p.value.as_deref()) == Some(value) => {
            return Ok(Written::Unchanged)
        }
        Ok(_) => {}
        Err(e) if e.code() == Some("ParameterNotFound") => {}
        Err(e) => {
            return Err((
                format!("SSM GetParameter {name}: {}", DisplayErrorContext(&e)),
                e.code().map(kind_of),
            ))
        }
    }
    client
        .put_parameter()
        .name(name)
        .value(value)
        .r#type(aws_sdk_ssm::types::ParameterType::SecureString)
        .overwrite(true)
        .send()
        .await
        .map_err(|e| {
            (
                format!("SSM PutParameter {name}: {}", DisplayErrorContext(&e)),
                e.code().map(kind_of),
            )
        })?;
    Ok(Written::Put)
}

/// A coarse class of an AWS error code, for the caller to map to its own kinds.
fn kind_of(code: &str) -> &'static str {
    match code {
        "AccessDeniedException"
        | "UnrecognizedClientException"
        | "InvalidClientTokenId"
        | "ExpiredTokenException" => "auth",
        "ThrottlingException" | "TooManyUpdates" => "quota",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sm(id: &str, key: Option<&str>, stage: Option<&str>) -> AwsSecret {
        AwsSecret::SecretsManager {
            id: id.into(),
            key: key.map(Into::into),
            stage: stage.map(Into::into),
        }
    }

    #[test]
    fn secrets_manager_names_keys_and_stages() {
        let p = |s: &str| AwsSecret::parse("aws_sm", s);
        assert_eq!(p("lavalink/prod"), Ok(sm("lavalink/prod", None, None)));
        assert_eq!(
            p("lavalink/prod#password"),
            Ok(sm("lavalink/prod", Some("password"), None))
        );
        assert_eq!(
            p("lavalink/prod#password@AWSPENDING"),
            Ok(sm("lavalink/prod", Some("password"), Some("AWSPENDING")))
        );
        assert_eq!(p("a@b@AWSCURRENT"), Ok(sm("a@b", None, Some("AWSCURRENT"))));
        // '@' inside the key is part of the key: no stage follows a '#'.
        assert_eq!(p("s#k@x"), Ok(sm("s", Some("k"), Some("x"))));
        assert_eq!(p("s@x#k"), Ok(sm("s@x", Some("k"), None)));
        assert!(p("#k").is_err());
        assert!(p("s#").is_err());
        assert!(p("s@").is_err());
        assert!(p(&"x".repeat(NAME_MAX + 1)).is_err());
        assert!(p("a\nb").is_err());
    }

    #[test]
    fn an_arn_names_its_region() {
        let arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:lavalink-AbCdEf";
        assert_eq!(
            AwsSecret::parse("aws_sm", arn).unwrap().region().as_deref(),
            Some("eu-west-1")
        );
        assert_eq!(
            AwsSecret::parse("ssm", "/lavalink/pw").unwrap().region(),
            None
        );
    }
}
