//! `lavastack simulate`: routing impact of the planned change on a synthetic workload.

use clap::Args;

use super::plan::{open_session, plan_session, CommonArgs};
use super::{exit, CliError, Global, PlanFormat, Ui};

#[derive(Args, Debug, Clone)]
pub struct SimulateArgs {
    /// Guilds in the synthetic workload (spread evenly over the stack's regions).
    #[arg(long, default_value_t = 1000)]
    pub guilds: usize,
    /// Share of guilds that are playing.
    #[arg(long, default_value_t = 0.7)]
    pub playing: f64,
    /// Output format: `json` for machines, `markdown` for a pull-request comment
    #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
    pub format: PlanFormat,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub async fn run(g: &Global, ui: Ui, args: SimulateArgs) -> Result<i32, CliError> {
    if !(0.0..=1.0).contains(&args.playing) {
        return Err(CliError::msg("--playing must be between 0 and 1"));
    }
    let mut s = open_session(g, ui, "simulate", &args.common).await?;
    let result = async {
        let p = plan_session(&s, ui, false, &args.common).await?;
        Ok::<_, CliError>(s.routing_impact(&p, args.guilds, args.playing)?)
    }
    .await;
    s.close().await;
    let report = result?;
    match args.format {
        PlanFormat::Text => print!("{}", report.text()),
        PlanFormat::Markdown => print!("{}", report.markdown()),
        PlanFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        ),
    }
    Ok(exit::OK)
}
