//! `lavastack graph`: the topology a plan leads to, as DOT, SVG or Mermaid.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::plan::{open_session, plan_session, CommonArgs, ReplaceArgs};
use super::{exit, load_stack, CliError, Global, Ui};
use crate::plan::graph::{self, Topology};

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    /// Graphviz DOT (`dot -Tpng` draws it).
    Dot,
    /// SVG laid out by lavastack itself: no Graphviz needed.
    Svg,
    /// A Mermaid flowchart, as the Markdown plan embeds it.
    Mermaid,
}

#[derive(Args, Debug, Clone)]
pub struct GraphArgs {
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    /// Draw this saved plan (`lavastack plan --out FILE`) instead of planning now.
    #[arg(long, value_name = "FILE")]
    pub plan: Option<PathBuf>,
    /// Write the drawing to FILE (atomically) instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Plan the removal of every node and draw that.
    #[arg(long)]
    pub destroy: bool,
    #[command(flatten)]
    pub replace: ReplaceArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

pub async fn run(g: &Global, ui: Ui, args: GraphArgs) -> Result<i32, CliError> {
    let (plan, stack) = match &args.plan {
        Some(file) => {
            let saved = crate::plan::file::read(file)?;
            (saved.plan, load_stack(g, ui)?)
        }
        None => {
            let mut common = args.common.clone();
            common.replace.extend(args.replace.replace.iter().cloned());
            let mut s = open_session(g, ui, "graph", &common).await?;
            let plan = plan_session(&s, ui, args.destroy, &common).await;
            s.close().await;
            (plan?, s.stack)
        }
    };
    let t = Topology::from_plan(&plan, Some(&stack));
    let drawing = match args.format {
        GraphFormat::Dot => graph::dot(&t),
        GraphFormat::Svg => graph::svg(&t),
        GraphFormat::Mermaid => graph::mermaid(&t),
    };
    let drawing = stack.redactor.redact(&drawing);
    match &args.out {
        Some(path) => super::write_output(path, &drawing)?,
        None => print!("{drawing}"),
    }
    Ok(exit::OK)
}
