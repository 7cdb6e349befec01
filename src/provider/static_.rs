//! The static provider: nodes that already run at a known address.
//!
//! Refresh probes TCP reachability; create adopts the node after a full health probe (REST
//! with the password, then a WebSocket session), so a typo in a host or password fails the
//! apply instead of entering state; delete forgets it. It never starts or stops anything.

use std::time::Duration;

use tokio::net::TcpStream;

use super::*;

pub struct StaticProvider {
    address: String,
    timeout: Duration,
    health_timeout: Duration,
}

impl StaticProvider {
    pub fn new(cfg: &ProviderConfig) -> Self {
        StaticProvider {
            address: cfg.address.clone(),
            timeout: cfg
                .duration_attr("probe_timeout")
                .unwrap_or(Duration::from_secs(2)),
            health_timeout: cfg
                .duration_attr("health_timeout")
                .unwrap_or(Duration::from_secs(10)),
        }
    }

    async fn probe(&self, host: &str, port: u16) -> Result<(), String> {
        match tokio::time::timeout(self.timeout, TcpStream::connect((host, port))).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(format!("{host}:{port} is not reachable: {e}")),
            Err(_) => Err(format!(
                "{host}:{port} did not accept a connection within {}",
                humantime::format_duration(self.timeout)
            )),
        }
    }
}

#[async_trait::async_trait]
impl Provider for StaticProvider {
    fn address(&self) -> &str {
        &self.address
    }

    async fn refresh(&self, rec: &NodeRecord) -> Observed {
        let (Some(host), Some(port)) = (&rec.address, rec.port) else {
            return Observed::Gone {
                reason: "the state records no address for it".into(),
            };
        };
        match self.probe(host, port).await {
            Ok(()) => Observed::Running,
            Err(reason) => Observed::Unreachable { reason },
        }
    }

    async fn create(&self, req: NodeRequest<'_>) -> Result<Created, ProviderError> {
        let n = req.node;
        let host = n
            .host
            .clone()
            .ok_or_else(|| ProviderError::new(&n.name, "static nodes need a host"))?;
        let port = n.port.unwrap_or(crate::stack::DEFAULT_LAVALINK_PORT);
        self.probe(&host, port).await.map_err(|e| {
            ProviderError::new(
                &n.name,
                format!("{e}; a static node must already be running before it is adopted"),
            )
            .with_kind(crate::model::ErrorKind::Unreachable)
        })?;
        let tls = crate::model::NodeTls::from_settings(|k| n.settings.get(k).cloned());
        await_healthy(&host, port, req.password, tls.as_ref(), self.health_timeout)
            .await
            .map_err(|e| {
                ProviderError::new(
                    &n.name,
                    format!("{host}:{port} is not a healthy Lavalink node: {e}"),
                )
                .with_kind_of(e.kind)
            })?;
        Ok(Created {
            provider_id: format!("{host}:{port}"),
            address: host,
            port,
            private: BTreeMap::new(),
        })
    }

    async fn update(
        &self,
        rec: &NodeRecord,
        req: NodeRequest<'_>,
    ) -> Result<Created, ProviderError> {
        let _ = req;
        Ok(Created {
            provider_id: rec.provider_id.clone().unwrap_or_default(),
            address: rec.address.clone().unwrap_or_default(),
            port: rec.port.unwrap_or_default(),
            private: rec.private.clone(),
        })
    }

    async fn delete(&self, _rec: &NodeRecord) -> Result<(), ProviderError> {
        Ok(())
    }
}
