//! `mediakit build` and `mediakit check`.

use std::path::Path;

use crate::cli::{EXIT_CONTENT, EXIT_OK, report};
use crate::diagnostics::plural;
use crate::pipeline::{self, BuildOptions};

pub fn build(options: &BuildOptions, timings: bool) -> u8 {
    let mut settings = pipeline::Settings::from_env();
    settings.timings |= timings;
    settings.progress = crate::cli::interactive();
    match pipeline::build_with(options, &settings) {
        Ok(r) => {
            report(&r.warnings);
            let what = format!(
                "{} and {} → {}, {}",
                plural(r.creators, "creator", "creators"),
                plural(r.campaigns, "campaign", "campaigns"),
                plural(r.pages, "page", "pages"),
                plural(r.pdfs, "PDF", "PDFs"),
            );
            let secs = r.elapsed.as_secs_f64();
            let out = r.out.display();
            if r.up_to_date {
                eprintln!("Up to date: {what}; nothing changed since the last build ({secs:.2} s, {out})");
            } else if r.reused > 0 {
                eprintln!(
                    "Built {what} in {secs:.2} s ({out}); {} rendered, {} unchanged and kept",
                    r.rendered, r.reused
                );
            } else {
                eprintln!("Built {what} in {secs:.2} s ({out})");
            }
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
