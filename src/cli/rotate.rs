//! `lavastack rotate ssh-key`: moves the ssh hosts' login key to a new one (the library's
//! `ops::rotate`), printing each host as it finishes. `rotate password` is designed in
//! docs/security.md and not built yet.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use super::{exit, CliError, Format, Global, Ui};

#[derive(Subcommand, Debug, Clone)]
pub enum RotateCmd {
    /// Authorize a new login key on every ssh host, prove a login with it, then remove the
    /// old key and prove it refused. A host where the new key fails keeps the old one.
    SshKey(SshKeyArgs),
}

#[derive(Args, Debug, Clone)]
pub struct SshKeyArgs {
    /// The new private key (make one with `ssh-keygen -t ed25519 -N '' -f PATH`).
    #[arg(long, value_name = "PATH")]
    pub new_key: PathBuf,
    /// Only this ssh provider's hosts (e.g. ssh.dc).
    #[arg(long, value_name = "ssh.NAME")]
    pub provider: Option<String>,
    /// The environment variable holding the new key's passphrase, if it has one.
    #[arg(long, value_name = "VAR")]
    pub passphrase_env: Option<String>,
    /// Wait up to this long for the state lock.
    #[arg(long, value_parser = super::parse_duration, default_value = "0s")]
    pub lock_timeout: Duration,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub async fn run(g: &Global, ui: Ui, cmd: RotateCmd) -> Result<i32, CliError> {
    let RotateCmd::SshKey(args) = cmd;
    let stack = super::load_stack(g, ui)?;
    let mut s = crate::ops::Session::open(stack, "rotate ssh-key", args.lock_timeout).await?;
    let text = args.format == Format::Text;
    let print = |o: &crate::ops::rotate::HostOutcome| {
        if text {
            match &o.error {
                None => println!("{} ({}): {}", o.node, o.provider, o.result),
                Some(e) => println!(
                    "{} ({}): FAILED, it keeps the old key: {e}",
                    o.node, o.provider
                ),
            }
        }
    };
    let result = crate::ops::rotate::ssh_key(
        &mut s,
        args.provider.as_deref(),
        &args.new_key,
        args.passphrase_env.as_deref(),
        &print,
    )
    .await;
    s.close().await;
    let outcomes = result?;
    let failed: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.result == "failed")
        .map(|o| o.node.as_str())
        .collect();
    let key = std::path::absolute(&args.new_key).unwrap_or(args.new_key.clone());
    let next = format!(
        "set private_key_file = \"{}\" in the ssh provider now: the rotated hosts accept only the new key",
        key.display()
    );
    if text {
        println!(
            "\n{} of {} host(s) rotated.",
            outcomes.len() - failed.len(),
            outcomes.len()
        );
        if failed.len() < outcomes.len() {
            println!("Next: {next}.");
        }
        if !failed.is_empty() {
            println!(
                "Not rotated (still on the old key): {}. Fix them and run the command again; rotated hosts are left as they are.",
                failed.join(", ")
            );
        }
    } else {
        let v = serde_json::json!({
            "hosts": outcomes,
            "failed": failed,
            "next": next,
        });
        println!("{v}");
    }
    Ok(if failed.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    })
}
