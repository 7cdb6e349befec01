use clap::Parser;

fn main() {
    // Die quietly when stdout is closed early (`lavastack state list | head`), as CLIs do.
    // SAFETY: restoring the default disposition of one signal before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = match lavastack::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // --help and --version succeed; a usage error is an error (exit 1), never the
            // "there are changes" 2 of `plan --detailed-exitcode`.
            std::process::exit(if e.use_stderr() { 1 } else { 0 });
        }
    };
    std::process::exit(lavastack::cli::run(cli));
}
