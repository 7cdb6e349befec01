//! The command line: flag definitions, output settings, and the error-to-exit-code edge.
//! Each command group lives in its own file and only wires library calls together.

mod apply;
mod baseline;
mod drill;
mod emulate;
mod graph;
mod import;
mod load;
pub mod node;
mod plan;
pub mod policy;
mod render;
mod rollout;
mod rotate;
mod scale;
mod serve;
mod simulate;
mod stack;
mod state;
mod status;
mod tls;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diag::Diagnostics;

/// Exit codes, as documented in the README.
pub mod exit {
    pub const OK: i32 = 0;
    pub const ERROR: i32 = 1;
    /// `plan --detailed-exitcode`: succeeded and there are changes.
    pub const CHANGES: i32 = 2;
    /// `fmt --check`: some file is not formatted.
    pub const UNFORMATTED: i32 = 3;
    /// A router or node refused the credentials the stack gives it.
    pub const AUTH: i32 = 4;
    /// A router or node is not running, or did not answer in time: worth retrying.
    pub const UNREACHABLE: i32 = 5;
    pub const INTERRUPTED: i32 = 130;
}

#[derive(Parser, Debug)]
#[command(
    name = "lavastack",
    version,
    about = "Plan, apply and run multi-node Lavalink clusters from one HCL stack file",
    after_help = "Logs go to stderr; set RUST_LOG=debug for more. NO_COLOR disables colors."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct Global {
    /// The stack file.
    #[arg(
        long,
        short = 's',
        global = true,
        env = "LAVASTACK_STACK",
        default_value = "stack.hcl"
    )]
    pub stack: PathBuf,
    /// Set a variable: --var name=value (repeatable; LAVASTACK_VAR_name also works).
    #[arg(long = "var", global = true, value_parser = parse_var)]
    pub vars: Vec<(String, String)>,
    /// Read variables from a file of `name = value` lines (repeatable; --var wins over it).
    #[arg(long = "var-file", global = true, value_name = "FILE")]
    pub var_files: Vec<PathBuf>,
    /// When to use colors.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl Global {
    /// Where the stack's variables come from: flags, var files, the environment.
    pub fn load_options(&self) -> crate::stack::LoadOptions {
        crate::stack::LoadOptions {
            vars: self.vars.clone(),
            var_files: self.var_files.clone(),
            env_vars: true,
            skip_tls_files: false,
        }
    }
}

fn parse_var(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("expected name=value, got \"{s}\"")),
    }
}

/// A duration flag: up to a day (the stack's own limit), so no deadline can overflow.
/// "3x" (or "3") as a multiple from 1 to `max`, for flags such as `--target` and `--to`.
pub fn parse_multiple(s: &str, flag: &str, max: f64) -> Result<f64, String> {
    let n = s.trim().trim_end_matches(['x', 'X']);
    match n.parse::<f64>() {
        Ok(x) if x.is_finite() && (1.0..=max).contains(&x) => Ok(x),
        _ => Err(format!(
            "{flag} must be a multiple from 1x to {max}x such as 3x, found \"{s}\""
        )),
    }
}

/// Writes a report or drawing a person asked for with `--out`/`--chart` (readable by all).
pub fn write_output(path: &std::path::Path, text: &str) -> Result<(), CliError> {
    crate::files::write_atomic(path, text.as_bytes(), Some(crate::files::PUBLIC))
        .map_err(|e| CliError::msg(format!("cannot write {}: {e}", path.display())))
}

/// The stack and its recorded nodes, for commands that talk to running nodes; none recorded is
/// an error with the way out.
pub async fn recorded_nodes(
    g: &Global,
    ui: Ui,
) -> Result<(crate::stack::Stack, Vec<crate::state::NodeRecord>), CliError> {
    let stack = load_stack(g, ui)?;
    let backend = backend_for(&stack).await?;
    let state = backend.load().await?;
    let nodes: Vec<_> = state
        .iter()
        .flat_map(|s| s.nodes.values().cloned())
        .collect();
    if nodes.is_empty() {
        return Err(CliError::with_hint(
            format!("no nodes recorded for stack \"{}\"", stack.name),
            "run `lavastack apply` first",
        ));
    }
    Ok((stack, nodes))
}

/// Where to probe each recorded node, with its password.
/// The passwords nodes accept now (during a `rotate password`, each node's own).
pub async fn credentials(
    stack: &crate::stack::Stack,
) -> Result<crate::credentials::Credentials, CliError> {
    let backend = backend_for(stack).await?;
    let state = backend.load().await?;
    crate::credentials::Credentials::load(state.as_ref(), backend.as_ref())
        .await
        .map_err(|e| CliError::msg(e.to_string()))
}

pub fn node_targets(
    stack: &crate::stack::Stack,
    nodes: &[crate::state::NodeRecord],
    creds: &crate::credentials::Credentials,
) -> Vec<(String, crate::health::Target)> {
    nodes
        .iter()
        .map(|n| {
            (
                n.name.clone(),
                crate::health::Target {
                    host: n.address.clone().unwrap_or_default(),
                    port: n.port.unwrap_or_default(),
                    password: creds
                        .for_node(stack, &n.name, Some(n))
                        .map(|s| s.expose().to_string()),
                    // As applied: a node serves what its record says, whatever the stack now asks.
                    transport: crate::health::Transport::for_node(
                        crate::model::NodeTls::from_attributes(&n.attributes).as_ref(),
                    ),
                },
            )
        })
        .collect()
}

pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let d = humantime::parse_duration(s)
        .map_err(|e| format!("\"{s}\" is not a duration ({e}); write e.g. 30s"))?;
    if d > crate::stack::MAX_DURATION {
        return Err(format!("\"{s}\" is out of range: at most 24h"));
    }
    Ok(d)
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check the stack file without touching anything.
    Validate {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Rewrite stack files in canonical layout (comments kept).
    Fmt {
        /// Only report files that are not formatted (exit 3), change nothing.
        #[arg(long)]
        check: bool,
        /// Files to format; the --stack file when none is given.
        files: Vec<PathBuf>,
    },
    /// Show what apply would change.
    Plan(plan::PlanArgs),
    /// Make the cluster match the stack (or apply a saved plan).
    Apply(apply::ApplyArgs),
    /// Remove every node this stack created.
    Destroy(apply::DestroyArgs),
    /// Replay a synthetic workload through the selection policy: before vs planned, and failures.
    Simulate(simulate::SimulateArgs),
    /// Run the router: live node health and per-guild node selection over HTTP.
    Serve(serve::ServeArgs),
    /// Check, test and benchmark WebAssembly policies.
    #[command(subcommand)]
    Policy(policy::PolicyCmd),
    /// Render every output (HAProxy, bot config, Prometheus, node files) into a directory.
    Render(render::RenderArgs),
    /// Probe every recorded node: health, version, latency, players, load.
    Status(status::StatusArgs),
    /// Draw the topology a plan leads to (DOT, SVG or Mermaid), changes marked.
    Graph(graph::GraphArgs),
    /// Sample every node's load over a window: headroom, and the nodes a multiple of the peak needs.
    Baseline(baseline::BaselineArgs),
    /// Drive the recorded nodes like bots do (guilds, players, queues, REST) and measure.
    Load(load::LoadArgs),
    /// TLS material: `tls init` makes the CA and certificate the stack's tls block names.
    #[command(subcommand)]
    Tls(tls::TlsCommand),
    /// Run a Lavalink v4 protocol emulator (for local clusters, tests and drills).
    Emulate(emulate::EmulateArgs),
    /// Restart or upgrade nodes a batch at a time, stopping at the first that fails.
    Rollout(rollout::RolloutArgs),
    /// Break a node on purpose and measure how fast routing recovers.
    Drill(drill::DrillArgs),
    /// Record an existing instance as a node of the stack (instances made before lineage
    /// tags, or a lost state's with --take-over).
    Import(import::ImportArgs),
    /// Rotate credentials: `rotate ssh-key` moves the ssh hosts to a new login key,
    /// `rotate password` the nodes to a new Lavalink password.
    #[command(subcommand)]
    Rotate(rotate::RotateCmd),
    /// Size pools with min, max and players_per_node from the players they hold now.
    Scale(scale::ScaleArgs),
    /// Add, remove, drain and undrain nodes.
    #[command(subcommand)]
    Node(node::NodeCmd),
    /// Inspect and manage the recorded state.
    #[command(subcommand)]
    State(state::StateCmd),
}

/// Output settings resolved once from flags and the environment.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub color_out: bool,
    pub color_err: bool,
    pub err_tty: bool,
}

impl Ui {
    pub fn new(choice: ColorChoice) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let pick = |tty: bool| match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color,
        };
        let err_tty = std::io::stderr().is_terminal();
        Ui {
            color_out: pick(std::io::stdout().is_terminal()),
            color_err: pick(err_tty),
            err_tty,
        }
    }
}

/// Every way a command can fail, each with the exit code and hint it reports.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Diagnostics(Box<Diagnostics>),
    #[error(transparent)]
    State(Box<crate::state::StateError>),
    #[error(transparent)]
    PlanFile(Box<crate::plan::file::PlanFileError>),
    #[error(transparent)]
    Apply(Box<crate::apply::ApplyError>),
    #[error(transparent)]
    Provider(#[from] crate::provider::BuildError),
    #[error(transparent)]
    Render(Box<crate::render::RenderError>),
    #[error(transparent)]
    Policy(Box<crate::policy::PolicyError>),
    #[error(transparent)]
    Ops(#[from] crate::ops::OpsError),
    #[error(transparent)]
    Router(#[from] crate::router::client::ClientError),
    #[error("cannot {} node {node}", if *on { "drain" } else { "undrain" })]
    Drain {
        node: String,
        on: bool,
        #[source]
        source: crate::ops::drain::DrainError,
    },
    #[error("{msg}")]
    Message { msg: String, hint: Option<String> },
}

impl From<crate::state::StateError> for CliError {
    fn from(e: crate::state::StateError) -> Self {
        CliError::State(Box::new(e))
    }
}
impl From<crate::plan::file::PlanFileError> for CliError {
    fn from(e: crate::plan::file::PlanFileError) -> Self {
        CliError::PlanFile(Box::new(e))
    }
}
impl From<crate::render::RenderError> for CliError {
    fn from(e: crate::render::RenderError) -> Self {
        CliError::Render(Box::new(e))
    }
}
impl From<crate::policy::PolicyError> for CliError {
    fn from(e: crate::policy::PolicyError) -> Self {
        CliError::Policy(Box::new(e))
    }
}
impl From<crate::apply::ApplyError> for CliError {
    fn from(e: crate::apply::ApplyError) -> Self {
        CliError::Apply(Box::new(e))
    }
}

impl CliError {
    pub fn msg(msg: impl Into<String>) -> Self {
        CliError::Message {
            msg: msg.into(),
            hint: None,
        }
    }
    pub fn with_hint(msg: impl Into<String>, hint: impl Into<String>) -> Self {
        CliError::Message {
            msg: msg.into(),
            hint: Some(hint.into()),
        }
    }

    /// The documented exit code (README "Exit codes"): a peer's refusal of credentials and an
    /// unreachable or silent peer get their own codes, so a script can retry the second and
    /// never the first.
    pub fn exit_code(&self) -> i32 {
        match self.kind() {
            Some(crate::model::ErrorKind::Auth) => exit::AUTH,
            Some(crate::model::ErrorKind::Unreachable | crate::model::ErrorKind::Timeout) => {
                exit::UNREACHABLE
            }
            _ => exit::ERROR,
        }
    }

    /// The kind of a peer's error, where the error came from a peer.
    pub fn kind(&self) -> Option<crate::model::ErrorKind> {
        match self {
            CliError::Router(e) => Some(e.kind()),
            CliError::Ops(crate::ops::OpsError::Refresh(e)) => e.kind,
            _ => None,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            CliError::State(e) => e.hint(),
            CliError::PlanFile(e) => e.hint().map(str::to_string),
            CliError::Message { hint, .. } => hint.clone(),
            CliError::Ops(e) => e.hint(),
            CliError::Router(e) => Some(e.kind().hint().to_string()),
            CliError::Drain {
                source: crate::ops::drain::DrainError::State(crate::state::DrainError::State(e)),
                ..
            } => e.hint(),
            _ => None,
        }
    }

    pub fn render(&self, color: bool) -> String {
        if let CliError::Diagnostics(d) = self {
            return d.render(color);
        }
        let (red, bold, reset) = if color {
            ("\x1b[31;1m", "\x1b[1m", "\x1b[0m")
        } else {
            ("", "", "")
        };
        let mut out = format!("{red}error{reset}{bold}: {self}{reset}\n");
        let state_error = match self {
            CliError::State(e) => Some(&**e),
            CliError::Ops(crate::ops::OpsError::State(e)) => Some(&**e),
            _ => None,
        };
        if let Some(crate::state::StateError::Locked { info, .. }) = state_error {
            out.push_str(&format!(
                "  lock info:\n    ID:        {}\n    Operation: {}\n    Who:       {} (pid {})\n    Created:   {}\n    Path:      {}\n",
                info.id, info.operation, info.who, info.pid, info.created, info.path
            ));
        }
        // The chain of causes, each once: a message that already quotes its cause is not
        // repeated.
        let mut shown = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(c) = cause {
            let text = c.to_string();
            if !shown.contains(&text) {
                out.push_str(&format!("  caused by: {text}\n"));
                shown.push_str(&text);
            }
            cause = c.source();
        }
        if let Some(h) = self.hint() {
            out.push_str(&format!("  = help: {h}\n"));
        }
        out
    }
}

/// Runs one command; returns the exit code. Errors are printed here, once.
pub fn run(cli: Cli) -> i32 {
    let ui = Ui::new(cli.global.color);
    crate::logging::init(ui.color_err);
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return exit::ERROR;
        }
    };
    let result = rt.block_on(dispatch(cli, ui));
    match result {
        Ok(code) => code,
        Err(e) => {
            eprint!("{}", e.render(ui.color_err));
            e.exit_code()
        }
    }
}

async fn dispatch(cli: Cli, ui: Ui) -> Result<i32, CliError> {
    let g = cli.global;
    match cli.command {
        Command::Validate { format } => stack::validate(&g, ui, format),
        Command::Fmt { check, files } => stack::fmt(&g, ui, check, files),
        Command::Plan(args) => plan::run(&g, ui, args).await,
        Command::Apply(args) => apply::run(&g, ui, args).await,
        Command::Destroy(args) => apply::destroy(&g, ui, args).await,
        Command::State(cmd) => state::run(&g, ui, cmd).await,
        Command::Emulate(args) => emulate::run(args).await,
        Command::Status(args) => status::run(&g, ui, args).await,
        Command::Graph(args) => graph::run(&g, ui, args).await,
        Command::Baseline(args) => baseline::run(&g, ui, args).await,
        Command::Load(args) => load::run(&g, ui, args).await,
        Command::Tls(cmd) => tls::run(&g, ui, cmd).await,
        Command::Render(args) => render::run(&g, ui, args).await,
        Command::Policy(cmd) => policy::run(ui, cmd),
        Command::Serve(args) => serve::run(&g, ui, args).await,
        Command::Simulate(args) => simulate::run(&g, ui, args).await,
        Command::Node(cmd) => node::run(&g, ui, cmd).await,
        Command::Rotate(cmd) => rotate::run(&g, ui, cmd).await,
        Command::Scale(args) => scale::run(&g, ui, args).await,
        Command::Import(args) => import::run(&g, ui, args).await,
        Command::Drill(args) => drill::run(&g, ui, args).await,
        Command::Rollout(args) => rollout::run(&g, ui, args).await,
    }
}

/// Loads and validates the stack, printing warnings; errors become [`CliError::Diagnostics`].
pub fn load_stack(g: &Global, ui: Ui) -> Result<crate::stack::Stack, CliError> {
    match crate::stack::load(&g.stack, &g.load_options()) {
        Ok(s) => {
            if !s.warnings.0.is_empty() {
                eprint!("{}", s.warnings.render(ui.color_err));
            }
            Ok(s)
        }
        Err(d) => {
            if d.has_errors() {
                Err(CliError::Diagnostics(Box::new(d)))
            } else {
                eprint!("{}", d.render(ui.color_err));
                Err(CliError::msg("stack could not be loaded"))
            }
        }
    }
}

pub async fn backend_for(
    stack: &crate::stack::Stack,
) -> Result<std::sync::Arc<dyn crate::state::StateBackend>, CliError> {
    Ok(crate::state::open(stack).await)
}
