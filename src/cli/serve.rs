//! `mediakit serve`: checks the arguments and the site folder, opens the
//! port, and hands over to [`crate::serve`].

use crate::cli::{EXIT_CONTENT, EXIT_OK, EXIT_USAGE, report};
use crate::paths::SitePaths;
use crate::pipeline::{self, BuildOptions};
use crate::serve::{self, Serve, address};

pub fn serve(options: &BuildOptions, port: Option<u16>, bind: Option<&str>) -> u8 {
    let ip = match address::parse_bind(bind) {
        Ok(ip) => ip,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_USAGE;
        }
    };
    let paths = SitePaths::new(&options.root);
    if !paths.config().exists() && !options.root.join("content").is_dir() {
        // Not a site at all: say how to start one, as `build` does.
        if let Err(d) = pipeline::load(options, pipeline::Pdfs::Defer) {
            report(&d);
        }
        return EXIT_CONTENT;
    }
    if options.out.is_some() {
        eprintln!("note: serve keeps the site in memory and writes nothing; --out is ignored");
    }
    let bound = match address::bind(ip, port) {
        Ok(b) => b,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_USAGE;
        }
    };
    match serve::run(Serve { options: options.clone(), bound }) {
        Ok(()) => EXIT_OK,
        Err(message) => {
            eprintln!("error: {message}");
            EXIT_USAGE
        }
    }
}
