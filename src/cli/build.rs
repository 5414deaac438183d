//! `mediakit build` and `mediakit check`.

use std::path::Path;

use crate::cli::{EXIT_CONTENT, EXIT_OK, report};
use crate::diagnostics::plural;
use crate::pipeline::{self, BuildOptions};

pub fn build(options: &BuildOptions, timings: bool) -> u8 {
    let mut settings = pipeline::Settings::from_env();
    settings.timings |= timings;
    match pipeline::build_with(options, &settings) {
        Ok(r) => {
            report(&r.warnings);
            eprintln!(
                "Built {} and {} → {}, {} in {:.2} s ({})",
                plural(r.creators, "creator", "creators"),
                plural(r.campaigns, "campaign", "campaigns"),
                plural(r.pages, "page", "pages"),
                plural(r.pdfs, "PDF", "PDFs"),
                r.elapsed.as_secs_f64(),
                r.out.display()
            );
            EXIT_OK
        }
        Err(diagnostics) => {
            report(&diagnostics);
            if diagnostics.has_errors() {
                eprintln!("Nothing was written; the previous output is unchanged.");
            }
            EXIT_CONTENT
        }
    }
}

pub fn check(root: &Path) -> u8 {
    let diagnostics = pipeline::check(root);
    report(&diagnostics);
    if diagnostics.has_errors() {
        EXIT_CONTENT
    } else {
        eprintln!("No problems found.");
        let _ = root;
        EXIT_OK
    }
}
