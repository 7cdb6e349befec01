//! `lavastack tls init`: makes the CA and the certificate the stack's `tls` block names, for
//! a local cluster that should run TLS without a CA of its own (`stacks/local-tls.hcl`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{exit, CliError, Global, Ui};

#[derive(Subcommand, Debug, Clone)]
pub enum TlsCommand {
    /// Make a CA and one certificate for every TLS node of the stack, at the paths its tls
    /// block names (ca, cert, key; the CA's key beside the CA as <name>-key.pem).
    Init(InitArgs),
}

#[derive(Args, Debug, Clone)]
pub struct InitArgs {
    /// Days the CA and certificate are valid (1 to 825, the most browsers accept).
    #[arg(long, default_value_t = 397, value_parser = clap::value_parser!(u32).range(1..=825))]
    pub days: u32,
    /// Replace files that exist (otherwise they are kept and nothing is written).
    #[arg(long)]
    pub force: bool,
    /// Also cover this DNS name or IP address (repeatable); the nodes' hosts and localhost
    /// are always covered.
    #[arg(long = "name", value_name = "NAME")]
    pub names: Vec<String>,
}

pub async fn run(g: &Global, ui: Ui, cmd: TlsCommand) -> Result<i32, CliError> {
    let TlsCommand::Init(args) = cmd;
    let mut opts = g.load_options();
    // The files may not exist yet: making them is the point.
    opts.skip_tls_files = true;
    let stack = match crate::stack::load(&g.stack, &opts) {
        Ok(s) => s,
        Err(d) if d.has_errors() => return Err(CliError::Diagnostics(Box::new(d))),
        Err(d) => {
            eprint!("{}", d.render(ui.color_err));
            return Ok(exit::ERROR);
        }
    };
    let mut chosen: Option<crate::model::NodeTls> = None;
    let mut names: Vec<String> = Vec::new();
    for n in stack.nodes.values() {
        // Static nodes serve their own certificates: nothing to make for them.
        let Some(t) = stack
            .node_tls(&n.name, &n.region)
            .filter(|t| t.files().is_some())
        else {
            continue;
        };
        match &chosen {
            Some(c) if (&c.cert, &c.key, &c.ca) != (&t.cert, &t.key, &t.ca) => {
                return Err(CliError::with_hint(
                    format!(
                        "node {} names other TLS files than the others; tls init makes one certificate for the whole stack",
                        n.name
                    ),
                    "give nodes with their own files certificates from your CA",
                ))
            }
            _ => chosen = Some(t.clone()),
        }
        for h in stack.client_host(n).into_iter().chain(n.host.clone()) {
            if !names.contains(&h) {
                names.push(h);
            }
        }
    }
    let Some(t) = chosen else {
        return Err(CliError::with_hint(
            "no node of the stack has TLS on",
            "add a tls block with cert, key and ca (docs/security.md)",
        ));
    };
    let Some(ca) = t.ca.clone() else {
        return Err(CliError::msg(
            "the stack's tls block has no ca: tls init makes a CA, so name where it goes",
        ));
    };
    for n in ["localhost".to_string()].into_iter().chain(args.names) {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    let (Some(cert), Some(key)) = (t.cert.clone(), t.key.clone()) else {
        return Err(CliError::msg(
            "no node of the stack is started with TLS files",
        ));
    };
    let ca_key = {
        let stem = ca
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "ca".into());
        ca.with_file_name(format!("{stem}-key.pem"))
    };
    // The edge's certificate too, signed by the same CA, when the stack has an edge block whose
    // certificate is its own file: the key goes beside it as <cert>.key, where HAProxy looks.
    let mut extra = Vec::new();
    if let Some(edge) = stack.edge.as_ref().filter(|e| e.cert != cert) {
        let mut edge_names = names.clone();
        if let Some(d) = &edge.domain {
            edge_names.push(d.clone());
            edge_names.push(format!("*.{d}"));
        }
        let key = PathBuf::from(format!("{}.key", edge.cert.display()));
        extra.push((edge.cert.clone(), key, edge_names));
    }
    let files = crate::tls::GenerateFiles {
        ca,
        ca_key,
        cert,
        key,
        extra,
    };
    let all: Vec<&std::path::PathBuf> = [&files.ca, &files.ca_key, &files.cert, &files.key]
        .into_iter()
        .chain(files.extra.iter().flat_map(|(c, k, _)| [c, k]))
        .collect();
    let existing: Vec<String> = all
        .iter()
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() && !args.force {
        eprintln!(
            "TLS files exist ({}); kept. --force replaces them.",
            existing.join(", ")
        );
        return Ok(exit::OK);
    }
    crate::tls::generate(&files, &names, args.days).map_err(|e| CliError::msg(e.to_string()))?;
    println!(
        "Made a CA ({}) and a certificate for {} ({}, key {}), valid {} days.",
        files.ca.display(),
        names.join(", "),
        files.cert.display(),
        files.key.display(),
        args.days
    );
    for (cert, key, names) in &files.extra {
        println!(
            "And the edge's certificate for {} ({}, key {}).",
            names.join(", "),
            cert.display(),
            key.display()
        );
    }
    println!(
        "Bots trust it with NODE_EXTRA_CA_CERTS={} (Node.js) or their platform's CA store.",
        files.ca.display()
    );
    Ok(exit::OK)
}
