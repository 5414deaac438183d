//! The command line: arguments (clap, in `args`), the commands, and exit
//! codes (0 success, 1 content or config errors, 2 usage errors).

pub mod args;
pub mod build;
pub mod import;
pub mod scaffold;
pub mod serve;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::args::Command;
use crate::diagnostics::Diagnostics;
use crate::pipeline::BuildOptions;

pub const EXIT_OK: u8 = 0;
pub const EXIT_CONTENT: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

pub fn run(argv: Vec<String>) -> ExitCode {
    let cli = match args::parse(&argv) {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            eprint!("{}", args::render_error(&e, &argv));
            return ExitCode::from(EXIT_USAGE);
        }
        Err(e) => {
            // Help and the version, on stdout.
            let _ = e.print();
            return ExitCode::from(EXIT_OK);
        }
    };
    let root = cli.root;
    let code = match cli.command {
        None => {
            let _ = args::Cli::command().print_help();
            EXIT_OK
        }
        Some(Command::Version) => {
            println!("mediakit {}", env!("CARGO_PKG_VERSION"));
            EXIT_OK
        }
        Some(Command::Build { out, base_url, timings }) => build::build(&BuildOptions { root, out, base_url }, timings),
        Some(Command::Check) => build::check(&root),
        Some(Command::Serve { port, bind, out }) => {
            serve::serve(&BuildOptions { root, out, base_url: None }, port, bind.as_deref())
        }
        Some(Command::Init { dir, theme, base_url }) => {
            scaffold::init(&root, dir.as_deref(), theme.as_deref(), base_url.as_deref())
        }
        Some(Command::New { kind, name }) => scaffold::new(&root, &kind, &name.join(" ")),
        Some(Command::Schema { kind, out }) => scaffold::schema(kind.map(args::SchemaKind::name), out.as_deref()),
        Some(Command::Import { path }) => import::run(&root, &path),
    };
    ExitCode::from(code)
}

/// Whether to show progress and colour: only on a terminal, never in CI.
pub fn interactive() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("CI").is_none()
}

/// Prints diagnostics to stderr.
pub fn report(diagnostics: &Diagnostics) {
    diagnostics.eprint();
}
