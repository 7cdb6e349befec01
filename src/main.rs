use clap::Parser;

fn main() {
    let cli = lavastack::cli::Cli::parse();
    std::process::exit(lavastack::cli::run(cli));
}
