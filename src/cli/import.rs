//! `lavastack import NODE ID`: the library's `ops::import`, printed.

use std::time::Duration;

use clap::Args;

use super::{exit, CliError, Global, Ui};

#[derive(Args, Debug, Clone)]
pub struct ImportArgs {
    /// The node (a block of the stack the state does not record yet).
    pub node: String,
    /// What it is at the provider (an EC2 instance id).
    pub id: String,
    /// Take it even though another state's lineage made it (that state is gone for good).
    #[arg(long)]
    pub take_over: bool,
    /// Wait up to this long for the state lock.
    #[arg(long, value_parser = super::parse_duration, default_value = "0s")]
    pub lock_timeout: Duration,
}

pub async fn run(g: &Global, ui: Ui, args: ImportArgs) -> Result<i32, CliError> {
    let stack = super::load_stack(g, ui)?;
    let mut s = crate::ops::Session::open(stack, "import", args.lock_timeout).await?;
    let r = crate::ops::import::import(&mut s, &args.node, &args.id, args.take_over).await;
    s.close().await;
    r?;
    println!(
        "Imported {} as node {}. `lavastack plan` shows whatever still differs from the stack.",
        args.id, args.node
    );
    Ok(exit::OK)
}
