//! moto_server on a free loopback port, shared by the tests and the EC2 benchmark.
#![allow(dead_code)]

/// A moto server (AWS EC2 + S3 emulation) on a free loopback port, stopped when dropped.
pub struct Moto {
    pub port: u16,
    child: std::process::Child,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn moto() -> Moto {
    moto_with(&[])
}

/// moto with extra environment (e.g. MOTO_ENABLE_AMI_VALIDATION).
pub fn moto_with(env: &[(&str, &str)]) -> Moto {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port");
    let child = std::process::Command::new("moto_server")
        .envs(env.iter().copied())
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("moto_server is installed (tests/run.sh: pip install 'moto[server]>=5.2.1')");
    let t = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            t.elapsed() < std::time::Duration::from_secs(30),
            "moto_server did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Moto { port, child }
}

/// Static test credentials; IMDS off so nothing leaves loopback.
pub fn aws_env() {
    std::env::set_var("AWS_ACCESS_KEY_ID", "test");
    std::env::set_var("AWS_SECRET_ACCESS_KEY", "test");
    std::env::set_var("AWS_EC2_METADATA_DISABLED", "true");
}
