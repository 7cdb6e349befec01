//! TLS: certificates and keys read from PEM files and checked the way an operator needs (the
//! key matches the certificate, the dates, the names it covers), rustls configurations for the
//! nodes' servers and for every client lavastack runs (probes, the router's watch, `status`),
//! a listener that runs handshakes beside the accept loop, and the CA and certificates
//! `lavastack tls init` makes for a local cluster.
//!
//! Owns: everything rustls and x509. May import: `files`, `task`.

use std::io;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// The largest PEM file read (a chain of a few certificates is a few KiB).
pub const MAX_PEM_BYTES: u64 = 1 << 20;
/// How long a peer may take to finish a handshake before its connection is dropped.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Handshakes in flight at once on one listener; past it new connections are refused.
pub const MAX_PENDING_HANDSHAKES: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("{path}: cannot read it: {detail}")]
    Read { path: String, detail: String },
    #[error("{path}: {detail}")]
    Pem { path: String, detail: String },
    #[error("the key in {key} does not match the certificate in {cert}")]
    Mismatch { cert: String, key: String },
    #[error("{path}: the certificate expired at {not_after} (valid from {not_before})")]
    Expired {
        path: String,
        not_before: String,
        not_after: String,
    },
    #[error("{path}: the certificate is not valid before {not_before}")]
    NotYetValid { path: String, not_before: String },
    #[error("{path}: the certificate does not cover {host}; it covers {covers}")]
    Names {
        path: String,
        host: String,
        covers: String,
    },
    #[error("{0}")]
    Config(String),
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::aws_lc_rs::default_provider())
}

fn read(path: &Path) -> Result<Vec<u8>, TlsError> {
    crate::files::read_regular(path, MAX_PEM_BYTES).map_err(|e| TlsError::Read {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

/// Every certificate in a PEM file, first the end entity's for a chain.
pub fn read_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let bytes = read(path)?;
    let pem = |detail: String| TlsError::Pem {
        path: path.display().to_string(),
        detail,
    };
    let certs = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| pem(format!("not a PEM certificate file: {e}")))?;
    if certs.is_empty() {
        return Err(pem(
            "holds no certificate (expected -----BEGIN CERTIFICATE-----)".into(),
        ));
    }
    Ok(certs)
}

/// The private key in a PEM file (PKCS#8, PKCS#1 or SEC1).
pub fn read_key(path: &Path) -> Result<PrivateKeyDer<'static>, TlsError> {
    let bytes = read(path)?;
    PrivateKeyDer::from_pem_slice(&bytes).map_err(|e| TlsError::Pem {
        path: path.display().to_string(),
        detail: format!("holds no private key (expected -----BEGIN PRIVATE KEY-----): {e}"),
    })
}

/// What a certificate says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct CertInfo {
    /// DNS and IP subject alternative names (the common name when there are none).
    pub names: Vec<String>,
    pub not_before: SystemTime,
    pub not_after: SystemTime,
    pub not_before_text: String,
    pub not_after_text: String,
}

pub fn info(der: &CertificateDer<'_>, path: &Path) -> Result<CertInfo, TlsError> {
    use x509_parser::prelude::*;
    let bad = |detail: String| TlsError::Pem {
        path: path.display().to_string(),
        detail,
    };
    let (_, cert) = X509Certificate::from_der(der.as_ref())
        .map_err(|e| bad(format!("not an X.509 certificate: {e}")))?;
    let mut names = Vec::new();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        for n in &san.value.general_names {
            match n {
                GeneralName::DNSName(d) => names.push(d.to_string()),
                GeneralName::IPAddress(b) => match b.len() {
                    4 => names
                        .push(IpAddr::from(<[u8; 4]>::try_from(*b).unwrap_or([0; 4])).to_string()),
                    16 => names.push(
                        IpAddr::from(<[u8; 16]>::try_from(*b).unwrap_or([0; 16])).to_string(),
                    ),
                    _ => {}
                },
                _ => {}
            }
        }
    }
    if names.is_empty() {
        for cn in cert.subject().iter_common_name() {
            if let Ok(s) = cn.as_str() {
                names.push(s.to_string());
            }
        }
    }
    let at = |t: &ASN1Time| {
        let secs = t.timestamp();
        if secs >= 0 {
            SystemTime::UNIX_EPOCH + Duration::from_secs(secs as u64)
        } else {
            SystemTime::UNIX_EPOCH
        }
    };
    let v = cert.validity();
    Ok(CertInfo {
        names,
        not_before: at(&v.not_before),
        not_after: at(&v.not_after),
        not_before_text: v.not_before.to_string(),
        not_after_text: v.not_after.to_string(),
    })
}

/// Whether a certificate name covers a host: the same IP, the same DNS name (any case), or a
/// `*.` wildcard standing for exactly one leftmost label.
pub fn name_covers(name: &str, host: &str) -> bool {
    if let (Ok(a), Ok(b)) = (name.parse::<IpAddr>(), host.parse::<IpAddr>()) {
        return a == b;
    }
    if host.parse::<IpAddr>().is_ok() {
        return false;
    }
    let (name, host) = (name.to_ascii_lowercase(), host.to_ascii_lowercase());
    match name.strip_prefix("*.") {
        Some(rest) => host
            .split_once('.')
            .is_some_and(|(label, tail)| !label.is_empty() && tail == rest),
        None => name == host,
    }
}

/// Checks a certificate and key pair as a server would use it: both parse, the key is the
/// certificate's, the certificate is valid now and, when `host` is given, covers it.
pub fn check_pair(cert: &Path, key: &Path, host: Option<&str>) -> Result<CertInfo, TlsError> {
    let certs = read_certs(cert)?;
    let k = read_key(key)?;
    let i = info(&certs[0], cert)?;
    rustls::sign::CertifiedKey::from_der(certs, k, &provider()).map_err(|e| match e {
        rustls::Error::InconsistentKeys(_) => TlsError::Mismatch {
            cert: cert.display().to_string(),
            key: key.display().to_string(),
        },
        other => TlsError::Pem {
            path: key.display().to_string(),
            detail: format!("the key cannot be used: {other}"),
        },
    })?;
    check_dates(&i, cert)?;
    if let Some(h) = host {
        if !i.names.iter().any(|n| name_covers(n, h)) {
            return Err(TlsError::Names {
                path: cert.display().to_string(),
                host: h.to_string(),
                covers: if i.names.is_empty() {
                    "no name at all".into()
                } else {
                    i.names.join(", ")
                },
            });
        }
    }
    Ok(i)
}

fn check_dates(i: &CertInfo, path: &Path) -> Result<(), TlsError> {
    let now = SystemTime::now();
    if now > i.not_after {
        return Err(TlsError::Expired {
            path: path.display().to_string(),
            not_before: i.not_before_text.clone(),
            not_after: i.not_after_text.clone(),
        });
    }
    if now < i.not_before {
        return Err(TlsError::NotYetValid {
            path: path.display().to_string(),
            not_before: i.not_before_text.clone(),
        });
    }
    Ok(())
}

/// Checks a CA bundle: at least one certificate, each valid now.
pub fn check_ca(path: &Path) -> Result<usize, TlsError> {
    let certs = read_certs(path)?;
    for c in &certs {
        check_dates(&info(c, path)?, path)?;
    }
    Ok(certs.len())
}

/// A server configuration for HTTP/1.1 (WebSocket upgrades included).
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<rustls::ServerConfig>, TlsError> {
    let certs = read_certs(cert)?;
    let k = read_key(key)?;
    let mut cfg = rustls::ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, k)
        .map_err(|e| match e {
            rustls::Error::InconsistentKeys(_) => TlsError::Mismatch {
                cert: cert.display().to_string(),
                key: key.display().to_string(),
            },
            other => TlsError::Config(format!("{}: {other}", cert.display())),
        })?;
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(cfg))
}

/// How lavastack's own clients check a node's certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verify {
    /// Against this CA bundle (the stack's `tls.ca`).
    Ca(PathBuf),
    /// Not at all: the explicit per-node opt-out `verify = false`, which `plan` warns about.
    Off,
}

/// A client configuration that trusts only the given CA (or, opted out, anything).
pub fn client_config(verify: &Verify) -> Result<Arc<rustls::ClientConfig>, TlsError> {
    let builder = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Config(e.to_string()))?;
    let mut cfg = match verify {
        Verify::Ca(path) => {
            let mut roots = rustls::RootCertStore::empty();
            for c in read_certs(path)? {
                roots.add(c).map_err(|e| TlsError::Pem {
                    path: path.display().to_string(),
                    detail: format!("not a usable CA certificate: {e}"),
                })?;
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        }
        Verify::Off => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify(provider())))
            .with_no_client_auth(),
    };
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(cfg))
}

/// Accepts any certificate but still checks the handshake's signatures: `verify = false`.
#[derive(Debug)]
struct NoVerify(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// A connection that is plain TCP or TLS over TCP, for clients that speak both.
pub enum Stream {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
}

/// Wraps a connected socket in TLS when `cfg` is given, checking the certificate for `host`.
/// A refused certificate reads as what it is ("invalid peer certificate: UnknownIssuer");
/// callers say it was the TLS handshake.
pub async fn client_stream(
    tcp: TcpStream,
    host: &str,
    cfg: Option<&Arc<rustls::ClientConfig>>,
) -> io::Result<Stream> {
    let Some(cfg) = cfg else {
        return Ok(Stream::Plain(tcp));
    };
    let name = ServerName::try_from(host.to_string()).map_err(|_| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("\"{host}\" is not a host name TLS can check"),
        )
    })?;
    let s = tokio_rustls::TlsConnector::from(cfg.clone())
        .connect(name, tcp)
        .await
        .map_err(|e| io::Error::new(e.kind(), e.to_string()))?;
    Ok(Stream::Tls(Box::new(s)))
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// Serves TLS over another listener's connections. Handshakes run as tasks of their own with
/// a deadline, so a peer that connects and says nothing holds up no one else.
pub struct TlsListener<L> {
    inner: L,
    acceptor: tokio_rustls::TlsAcceptor,
    pending: tokio::task::JoinSet<Option<tokio_rustls::server::TlsStream<TcpStream>>>,
    addrs: std::collections::VecDeque<std::net::SocketAddr>,
}

impl<L> TlsListener<L> {
    pub fn new(inner: L, cfg: Arc<rustls::ServerConfig>) -> Self {
        TlsListener {
            inner,
            acceptor: tokio_rustls::TlsAcceptor::from(cfg),
            pending: tokio::task::JoinSet::new(),
            addrs: Default::default(),
        }
    }
}

impl<L> axum::serve::Listener for TlsListener<L>
where
    L: axum::serve::Listener<Io = TcpStream, Addr = std::net::SocketAddr>,
{
    type Io = tokio_rustls::server::TlsStream<TcpStream>;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            tokio::select! {
                (tcp, addr) = self.inner.accept() => {
                    if self.pending.len() >= MAX_PENDING_HANDSHAKES {
                        tracing::warn!(%addr, "too many TLS handshakes in flight; connection dropped");
                        continue;
                    }
                    let acceptor = self.acceptor.clone();
                    self.addrs.push_back(addr);
                    if self.addrs.len() > MAX_PENDING_HANDSHAKES {
                        self.addrs.pop_front();
                    }
                    self.pending.spawn(async move {
                        match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await {
                            Ok(Ok(s)) => Some(s),
                            Ok(Err(e)) => {
                                tracing::debug!(%addr, "TLS handshake failed: {e}");
                                None
                            }
                            Err(_) => None,
                        }
                    });
                }
                Some(done) = self.pending.join_next(), if !self.pending.is_empty() => {
                    match done {
                        Ok(Some(s)) => {
                            let addr = s
                                .get_ref()
                                .0
                                .peer_addr()
                                .unwrap_or_else(|_| std::net::SocketAddr::from(([0, 0, 0, 0], 0)));
                            return (s, addr);
                        }
                        Ok(None) => {}
                        Err(e) => tracing::warn!("a TLS handshake task failed: {}", crate::task::failure(e)),
                    }
                }
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

/// Where [`generate`] writes: the CA certificate and key, the node certificate and key.
#[derive(Debug, Clone)]
pub struct GenerateFiles {
    pub ca: PathBuf,
    pub ca_key: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
    /// More certificates the same CA signs: (certificate, key, names), e.g. the edge's.
    pub extra: Vec<(PathBuf, PathBuf, Vec<String>)>,
}

impl GenerateFiles {
    /// `ca.pem`, `ca-key.pem`, `node.pem`, `node-key.pem` in `dir`.
    pub fn in_dir(dir: &Path) -> GenerateFiles {
        GenerateFiles {
            ca: dir.join("ca.pem"),
            ca_key: dir.join("ca-key.pem"),
            cert: dir.join("node.pem"),
            key: dir.join("node-key.pem"),
            extra: Vec::new(),
        }
    }
}

/// A CA and a certificate it signs covering `names` (IP addresses and DNS names), both valid
/// for `days`; keys are written 0600 before any byte of them.
pub fn generate(files: &GenerateFiles, names: &[String], days: u32) -> Result<(), TlsError> {
    use rcgen::{
        BasicConstraints, CertificateParams, DistinguishedName, DnType, IsCa, KeyPair,
        KeyUsagePurpose, SanType,
    };
    let e =
        |what: &str, err: rcgen::Error| TlsError::Config(format!("cannot make the {what}: {err}"));
    let now = time::OffsetDateTime::now_utc();
    let until = now + time::Duration::days(i64::from(days));
    let mut ca = CertificateParams::default();
    ca.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "lavastack local CA");
    ca.distinguished_name = dn;
    ca.not_before = now - time::Duration::minutes(5);
    ca.not_after = until;
    let ca_key = KeyPair::generate().map_err(|x| e("CA key", x))?;
    let ca_cert = ca
        .self_signed(&ca_key)
        .map_err(|x| e("CA certificate", x))?;
    let mut written = vec![
        (files.ca_key.clone(), ca_key.serialize_pem(), true),
        (files.ca.clone(), ca_cert.pem(), false),
    ];
    let leaves = std::iter::once((&files.cert, &files.key, names))
        .chain(files.extra.iter().map(|(c, k, n)| (c, k, n.as_slice())));
    for (cert, key, names) in leaves {
        let mut leaf = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        dn.push(
            DnType::CommonName,
            names.first().cloned().unwrap_or_default(),
        );
        leaf.distinguished_name = dn;
        leaf.subject_alt_names = names
            .iter()
            .map(|n| match n.parse::<IpAddr>() {
                Ok(ip) => Ok(SanType::IpAddress(ip)),
                Err(_) => n
                    .clone()
                    .try_into()
                    .map(SanType::DnsName)
                    .map_err(|x| e(&format!("name \"{n}\""), x)),
            })
            .collect::<Result<_, _>>()?;
        leaf.not_before = now - time::Duration::minutes(5);
        leaf.not_after = until;
        let leaf_key = KeyPair::generate().map_err(|x| e("node key", x))?;
        let leaf_cert = leaf
            .signed_by(&leaf_key, &ca_cert, &ca_key)
            .map_err(|x| e("node certificate", x))?;
        written.push((key.clone(), leaf_key.serialize_pem(), true));
        written.push((cert.clone(), leaf_cert.pem(), false));
    }
    for (path, text, secret) in &written {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|x| TlsError::Config(format!("cannot create {}: {x}", dir.display())))?;
        }
        crate::files::write_atomic(
            path,
            text.as_bytes(),
            Some(if *secret { 0o600 } else { 0o644 }),
        )
        .map_err(|x| TlsError::Config(format!("cannot write {}: {x}", path.display())))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cover_hosts_as_tls_checks_them() {
        assert!(name_covers("127.0.0.1", "127.0.0.1"));
        assert!(!name_covers("127.0.0.1", "127.0.0.2"));
        assert!(name_covers("Node.Example.com", "node.example.COM"));
        assert!(name_covers("*.example.com", "eu-1.example.com"));
        assert!(!name_covers("*.example.com", "example.com"));
        assert!(!name_covers("*.example.com", "a.b.example.com"));
        assert!(!name_covers("*.example.com", "10.0.0.1"));
        assert!(!name_covers("localhost", "127.0.0.1"));
    }

    #[test]
    fn generated_material_checks_out_and_a_wrong_host_or_key_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let f = GenerateFiles::in_dir(&dir.path().join("tls"));
        generate(&f, &["127.0.0.1".into(), "localhost".into()], 30).unwrap();
        let (ca, cert, key) = (&f.ca, &f.cert, &f.key);
        let i = check_pair(cert, key, Some("127.0.0.1")).unwrap();
        assert_eq!(i.names, ["127.0.0.1", "localhost"]);
        assert_eq!(check_ca(ca).unwrap(), 1);
        let e = check_pair(cert, key, Some("node.example.com"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("does not cover node.example.com; it covers 127.0.0.1, localhost"),
            "{e}"
        );
        // The CA's key is not the node certificate's.
        let e = check_pair(cert, &f.ca_key, None).unwrap_err().to_string();
        assert!(e.contains("does not match the certificate"), "{e}");
        let e = read_certs(key).unwrap_err().to_string();
        assert!(e.contains("holds no certificate"), "{e}");
        let e = read_key(cert).unwrap_err().to_string();
        assert!(e.contains("holds no private key"), "{e}");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(server_config(cert, key).is_ok());
        assert!(client_config(&Verify::Ca(ca.clone())).is_ok());
    }
}
