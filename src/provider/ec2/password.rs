//! The SSM SecureStrings the aws provider's instances read at boot: the Lavalink password
//! (`password_parameter`) and a TLS node's private key (`tls_key_parameter`). Written by apply
//! before the run's first launch, so user data never holds a secret and the operator never
//! writes one by hand.

use super::*;

impl Ec2Provider {
    /// Writes the stack's password to `password_parameter` as a SecureString (KMS's default
    /// `aws/ssm` key) unless it already holds it, so instances booting from this run's user
    /// data read the password they are configured for. Never logs the value.
    pub(super) async fn ensure_password_parameter(
        &self,
        node: &str,
        password: Option<&Secret>,
    ) -> Result<(), ProviderError> {
        let (Some(name), Some(pw)) = (&self.password_parameter, password) else {
            return Ok(());
        };
        self.password_written
            .get_or_try_init(|| self.put(node, name, pw, "password parameter"))
            .await
            .map(|_| ())
    }
}

/// Where an aws TLS node's files land on the instance.
pub(super) const AWS_TLS_CERT: &str = "/opt/lavalink/tls-cert.pem";
pub(super) const AWS_TLS_KEY: &str = "/opt/lavalink/tls-key.pem";

impl Ec2Provider {
    /// Writes a TLS node's private key to `tls_key_parameter` as a SecureString (unless it
    /// holds it already), once per run, before the first launch whose user data reads it. The
    /// loader checked that every TLS node of the provider names the same key.
    pub(super) async fn ensure_tls_key_parameter(
        &self,
        n: &DesiredNode,
    ) -> Result<(), ProviderError> {
        let Some(name) = &self.tls_key_parameter else {
            return Ok(());
        };
        let Some(key) = crate::model::NodeTls::from_settings(|k| n.settings.get(k).cloned())
            .and_then(|t| t.key)
        else {
            return Ok(());
        };
        self.tls_key_written
            .get_or_try_init(|| async {
                let pem = crate::files::read_regular(&key, 4096).map_err(|e| {
                    ProviderError::new(&n.name, format!("cannot read {}: {e}", key.display()))
                })?;
                let pem = Secret::new(String::from_utf8_lossy(&pem).into_owned());
                self.put(&n.name, name, &pem, "tls key parameter").await
            })
            .await
            .map(|_| ())
    }

    /// Puts `value` into the SecureString `name` (no new version when it holds it already);
    /// logs the parameter, never the value.
    async fn put(
        &self,
        node: &str,
        name: &str,
        value: &Secret,
        what: &str,
    ) -> Result<(), ProviderError> {
        let ssm = self.ssm_client().await;
        match crate::secret_store::put_secure_string(ssm, name, value.expose()).await {
            Ok(w) => {
                tracing::info!(provider = %self.address, parameter = %name, written = ?w, "{what}");
                Ok(())
            }
            Err((message, kind)) => {
                Err(ProviderError::new(node, message).with_kind_of(match kind {
                    Some("auth") => Some(ErrorKind::Auth),
                    Some("quota") => Some(ErrorKind::Quota),
                    _ => None,
                }))
            }
        }
    }

    async fn ssm_client(&self) -> &aws_sdk_ssm::Client {
        self.ssm
            .get_or_init(|| async {
                let conf = crate::secret_store::sdk_config(
                    Some(self.region.clone()),
                    self.endpoint.as_deref(),
                )
                .await;
                aws_sdk_ssm::Client::new(&conf)
            })
            .await
    }
}
