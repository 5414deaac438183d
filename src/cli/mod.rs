//! The command line: argument parsing, the commands, and exit codes
//! (0 success, 1 content or config errors, 2 usage errors).

pub mod args;
pub mod build;
pub mod import;
pub mod scaffold;
pub mod serve;

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::diagnostics::Diagnostics;

pub const EXIT_OK: u8 = 0;
pub const EXIT_CONTENT: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

pub const USAGE: &str = "\
mediakit — media kits, rate cards and campaign reports from YAML

Usage:
  mediakit init [DIR] [--theme NAME]      create a site that builds at once
  mediakit new creator NAME               add a creator profile template
  mediakit new campaign NAME              add a campaign template
  mediakit build [--out DIR] [--base-url URL] [--timings]
                                          build the site into public/
  mediakit serve [--port N] [--bind ADDR] build, serve, watch and reload
  mediakit check                          validate content and config, write nothing
  mediakit schema [KIND] [--out DIR]      print the JSON Schema of the content files
                                          (KIND: config, creator or campaign; all without)
  mediakit import PATH                    show what mediakit reads from a platform export
                                          (a folder, a .zip or a file); changes nothing

Every command takes --root DIR (the site folder; default: the current folder).
Exit codes: 0 success, 1 content or config errors, 2 usage errors.
";

pub fn run(argv: Vec<String>) -> ExitCode {
    let parsed = match args::parse(&argv) {
        Ok(p) => p,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let code = match parsed {
        args::Command::Help => {
            print!("{USAGE}");
            EXIT_OK
        }
        args::Command::Version => {
            println!("mediakit {}", env!("CARGO_PKG_VERSION"));
            EXIT_OK
        }
        args::Command::Build { options, timings } => build::build(&options, timings),
        args::Command::Check { root } => build::check(&root),
        args::Command::Serve { options, port, bind } => serve::serve(&options, port, bind.as_deref()),
        args::Command::Init { root, dir, theme } => scaffold::init(&root, dir.as_deref(), theme.as_deref()),
        args::Command::New { root, kind, name } => scaffold::new(&root, &kind, &name),
        args::Command::Schema { kind, out } => scaffold::schema(kind.as_deref(), out.as_deref()),
        args::Command::Import { root, path } => import::run(&root, &path),
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
