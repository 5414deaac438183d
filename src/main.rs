use std::process::ExitCode;

fn main() -> ExitCode {
    mediakit::cli::run(std::env::args().skip(1).collect())
}
