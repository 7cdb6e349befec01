//! Rendering of the files nodes and tools read. For now: each node's Lavalink
//! `application.yml`; HAProxy, bot and Prometheus configs arrive with issue #4.

/// A Lavalink `application.yml` for one node. The same file drives a real Lavalink jar and
/// `lavastack emulate`. The password is written because the node must know it; the file is
/// created readable by its owner only.
pub fn lavalink_application_yml(name: &str, address: &str, port: u16, password: &str) -> String {
    // YAML double-quoted strings: escape backslashes and quotes so any password survives.
    let q = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    format!(
        "# Rendered by lavastack for node {name}. Changes are overwritten on the next apply.\n\
server:\n  port: {port}\n  address: {address}\n  http2:\n    enabled: false\n\
lavalink:\n  server:\n    password: {pw}\n    sources:\n      youtube: false\n      bandcamp: true\n      soundcloud: true\n      twitch: true\n      vimeo: true\n      http: true\n      local: false\n    playerUpdateInterval: 5\n\
metrics:\n  prometheus:\n    enabled: true\n    endpoint: /metrics\n\
logging:\n  level:\n    root: INFO\n    lavalink: INFO\n",
        pw = q(password)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emulator_reads_what_we_render() {
        let y = lavalink_application_yml("n1", "127.0.0.1", 4321, "p\"w\\x");
        let c = crate::emulator::Config::from_yaml_str(std::path::Path::new("a.yml"), &y).unwrap();
        assert_eq!(c.port, 4321);
        assert_eq!(c.password, "p\"w\\x");
        assert!(c.metrics_enabled);
    }
}
