//! `lavastack baseline`: what the cluster carries now and how many nodes a multiple of its
//! peak needs (the model is `ops::baseline`'s).

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::{exit, CliError, Format, Global, Ui};
use crate::ops::baseline::{self, Limits};

#[derive(Args, Debug, Clone)]
pub struct BaselineArgs {
    /// How long to sample (1s to 24h).
    #[arg(long = "for", value_name = "DURATION", value_parser = window, default_value = "10m")]
    pub window: Duration,
    /// Time between samples (100ms to 5m).
    #[arg(long, value_parser = every, default_value = "5s")]
    pub every: Duration,
    /// The multiple of the measured peak to size for, e.g. 3x (1 to 1000).
    #[arg(long, value_parser = multiple, default_value = "2x")]
    pub target: f64,
    /// Take each node to hold this many playing players instead of extrapolating its load.
    #[arg(long, value_name = "PLAYERS", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub node_capacity: Option<u64>,
    /// Plan CPU up to this share (0.1 to 1).
    #[arg(long, value_parser = share, default_value = "0.8")]
    pub cpu_ceiling: f64,
    /// Plan memory up to this share of what the JVM may reserve (0.1 to 1).
    #[arg(long, value_parser = share, default_value = "0.8")]
    pub memory_ceiling: f64,
    /// Per-probe deadline.
    #[arg(long, value_parser = super::parse_duration, default_value = "3s")]
    pub timeout: Duration,
    /// Also write the report as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

fn ranged(s: &str, lo: Duration, hi: Duration, what: &str) -> Result<Duration, String> {
    let d = super::parse_duration(s)?;
    if d < lo || d > hi {
        return Err(format!(
            "{what} must be from {} to {}, found \"{s}\"",
            humantime::format_duration(lo),
            humantime::format_duration(hi)
        ));
    }
    Ok(d)
}

fn window(s: &str) -> Result<Duration, String> {
    ranged(
        s,
        Duration::from_secs(1),
        Duration::from_secs(86_400),
        "--for",
    )
}

fn every(s: &str) -> Result<Duration, String> {
    ranged(
        s,
        Duration::from_millis(100),
        Duration::from_secs(300),
        "--every",
    )
}

fn multiple(s: &str) -> Result<f64, String> {
    super::parse_multiple(s, "--target", 1000.0)
}

fn share(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && (0.1..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("must be a share from 0.1 to 1, found \"{s}\"")),
    }
}

pub async fn run(g: &Global, ui: Ui, args: BaselineArgs) -> Result<i32, CliError> {
    if args.every > args.window {
        return Err(CliError::msg(format!(
            "--every ({}) is longer than --for ({}): there would be one sample",
            humantime::format_duration(args.every),
            humantime::format_duration(args.window)
        )));
    }
    let (stack, nodes) = super::recorded_nodes(g, ui).await?;
    let targets = super::node_targets(&stack, &nodes, &super::credentials(&stack).await?);
    let ticks = (args.window.as_secs_f64() / args.every.as_secs_f64()).ceil() as u64 + 1;
    let bar = if ui.err_tty && args.format == Format::Text {
        let pb = indicatif::ProgressBar::new(ticks);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} sampling [{bar:30}] {pos}/{len} samples, {elapsed} (Ctrl-C reports what is in)",
        ) {
            pb.set_style(style.progress_chars("=> "));
        }
        pb
    } else {
        indicatif::ProgressBar::hidden()
    };
    let pb = bar.clone();
    let stop = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let b = baseline::sample(
        &targets,
        args.every,
        args.window,
        args.timeout,
        move |n| pb.set_position(n),
        stop,
    )
    .await;
    bar.finish_and_clear();
    let report = b.report(
        &stack.name,
        args.every,
        args.target,
        Limits {
            cpu_ceiling: args.cpu_ceiling,
            memory_ceiling: args.memory_ceiling,
        },
        args.node_capacity,
    );
    let json = serde_json::to_string_pretty(&report)
        .map_err(|e| CliError::msg(format!("cannot encode the report: {e}")))?;
    let json = stack.redactor.redact(&json);
    // The last report, where plans look for it (docs/observability.md).
    let saved = baseline::saved_path(&stack);
    super::write_output(&saved, &format!("{json}\n"))?;
    if let Some(out) = &args.out {
        super::write_output(out, &format!("{json}\n"))?;
    }
    match args.format {
        Format::Json => println!("{json}"),
        Format::Text => print!("{}", stack.redactor.redact(&report.table())),
    }
    Ok(exit::OK)
}
