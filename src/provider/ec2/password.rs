//! The SSM SecureString the aws provider's instances read the Lavalink password from at boot
//! (`password_parameter`): written by apply before the run's first launch, so user data never
//! holds the password and the operator never writes it by hand.

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
            .get_or_try_init(|| async {
                let ssm = self
                    .ssm
                    .get_or_init(|| async {
                        let conf = crate::secret_store::sdk_config(
                            Some(self.region.clone()),
                            self.endpoint.as_deref(),
                        )
                        .await;
                        aws_sdk_ssm::Client::new(&conf)
                    })
                    .await;
                match crate::secret_store::put_secure_string(ssm, name, pw.expose()).await {
                    Ok(w) => {
                        tracing::info!(provider = %self.address, parameter = %name, written = ?w, "password parameter");
                        Ok(())
                    }
                    Err((message, kind)) => Err(ProviderError::new(node, message).with_kind_of(
                        match kind {
                            Some("auth") => Some(ErrorKind::Auth),
                            Some("quota") => Some(ErrorKind::Quota),
                            _ => None,
                        },
                    )),
                }
            })
            .await
            .map(|_| ())
    }
}
