//! The command line, described once with clap: `mediakit --help` lists the
//! commands, and each command's own `--help` says what it does and every
//! option with its default. Usage errors exit with 2.

use std::path::PathBuf;

use clap::builder::NonEmptyStringValueParser;
use clap::{Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Exit codes: 0 success, 1 content or config errors (all of them are listed), 2 usage errors.
Run `mediakit COMMAND --help` for what a command does and its options.";

#[derive(Parser, Debug)]
#[command(
    name = "mediakit",
    version,
    about = "Media kits, rate cards and campaign reports from YAML",
    long_about = "\
Media kits, rate cards and campaign reports from YAML.

Keep creator profiles and campaign results as YAML files; mediakit computes
tiers, engagement and ROI and writes a website, with a media-kit PDF per
creator and a report PDF per campaign.",
    after_help = AFTER_HELP,
    disable_help_subcommand = false
)]
pub struct Cli {
    /// The site folder, holding mediakit.yaml and content/
    #[arg(long, global = true, value_name = "DIR", default_value = ".", display_order = 100)]
    pub root: PathBuf,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewKind {
    /// A creator profile, content/creators/SLUG.yaml
    Creator,
    /// A campaign, content/campaigns/SLUG.yaml
    Campaign,
}

/// The kinds of file `mediakit schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// mediakit.yaml
    Config,
    /// content/creators/*.yaml
    Creator,
    /// content/campaigns/*.yaml
    Campaign,
}

impl SchemaKind {
    pub fn name(self) -> &'static str {
        match self {
            SchemaKind::Config => "config",
            SchemaKind::Creator => "creator",
            SchemaKind::Campaign => "campaign",
        }
    }
}

#[derive(Subcommand, Debug, Clone)]
pub enum Command {
    /// Create a new site that builds at once
    #[command(long_about = "\
Create a new site that builds at once: mediakit.yaml, two sample creators, one
campaign, the JSON Schemas for editor completion and a .gitignore.

On a terminal it asks for the address the site will be published at (base_url);
otherwise, or when you just press Enter, it writes a placeholder that
`mediakit build` reminds you to replace. Nothing is overwritten: if any of the
files exists already, nothing is written.")]
    Init {
        /// The folder to create the site in [default: the site folder, --root]
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Also copy this built-in theme (studio, creator or agency) to themes/NAME/
        #[arg(long, value_name = "NAME", value_parser = NonEmptyStringValueParser::new())]
        theme: Option<String>,
        /// The address the site will be published at, e.g. https://you.github.io/kits
        #[arg(
            long,
            value_name = "URL",
            value_parser = NonEmptyStringValueParser::new(),
            long_help = "The address the site will be published at, e.g. https://you.github.io/kits,\n\
                written as base_url [default: asked for on a terminal, else a placeholder]"
        )]
        base_url: Option<String>,
    },

    /// Write a commented template for a new creator or campaign under content/
    #[command(long_about = "\
Write a commented template for a new creator profile or campaign under content/.
The file name, which is also the slug in the page's address, is made from the
name: `mediakit new creator \"Ava Chen\"` writes content/creators/ava-chen.yaml.
A new campaign names the site's first creator, so that it builds at once. An
existing file is never overwritten.")]
    New {
        /// What to make
        #[arg(value_enum, value_name = "KIND")]
        kind: NewKind,
        /// The creator's or the campaign's name, e.g. "Ava Chen" (quotes are optional)
        #[arg(required = true, value_name = "NAME")]
        name: Vec<String>,
    },

    /// Build the site into public/
    #[command(long_about = "\
Build the site: every creator's media kit, rate card, media-kit PDF and
data.json, every campaign's report page, report PDF and data.json, the roster
and the sitemap.

Everything is checked first, as `mediakit check` does: when there are errors,
all of them are listed and nothing is written. Only the creators and campaigns
whose inputs changed since the last build are rendered again, and the new
output replaces the old one only once it is complete.")]
    Build {
        /// Where to write the site [default: public/ in the site folder]
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The address the site is published at; overrides base_url in mediakit.yaml
        #[arg(
            long,
            value_name = "URL",
            value_parser = NonEmptyStringValueParser::new(),
            long_help = "The address the site is published at, e.g. https://you.github.io/kits;\n\
                overrides base_url from mediakit.yaml for this build (links, sitemap.xml,\n\
                canonical links and og:url) [default: base_url from mediakit.yaml]"
        )]
        base_url: Option<String>,
        /// Print where the time went, to standard error
        #[arg(
            long,
            long_help = "Print where the time went, to standard error: each stage (fingerprint,\n\
                load, compute, render, write) and the time the workers spent on pages,\n\
                PDFs and writing files"
        )]
        timings: bool,
    },

    /// Preview the site in a browser that reloads on every save
    #[command(long_about = "\
Build the site into memory, serve it, watch the site folder, rebuild what an
edit changes and reload the open pages. When an edit breaks the content, the
last good build stays up and the problems are shown in the browser and here.
Nothing is written to disk.")]
    Serve {
        /// The port, 0 for any free one [default: 1111, or the next free one]
        #[arg(long, value_name = "N")]
        port: Option<u16>,
        /// The address to listen on; 0.0.0.0 for other devices [default: 127.0.0.1]
        #[arg(long, value_name = "ADDR", value_parser = NonEmptyStringValueParser::new())]
        bind: Option<String>,
        /// Ignored: serve keeps the site in memory
        #[arg(long, value_name = "DIR", hide = true)]
        out: Option<PathBuf>,
    },

    /// Check all content and config, print every problem, write nothing
    #[command(long_about = "\
Check mediakit.yaml and every file under content/ and static/ as a build
would, and print every problem found (its file, line, column and field, and a
hint), followed by a count. Writes nothing. Exits with 1 when there are
errors; warnings alone exit with 0.")]
    Check,

    /// Print the JSON Schema of the content files, for editor completion and checks
    #[command(long_about = "\
Print the JSON Schema (draft-07) of the content files, for editor completion
and checks: the rules `mediakit check` applies, wherever a schema can state
them. Without KIND, all three in one JSON object keyed by kind.")]
    Schema {
        /// Only this schema
        #[arg(value_enum, value_name = "KIND")]
        kind: Option<SchemaKind>,
        /// Write KIND.schema.json files into this folder instead of printing
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },

    /// Show what mediakit reads from a platform export; changes nothing
    #[command(long_about = "\
Show what mediakit reads from a platform export or a campaign spreadsheet: the
kind of export it recognised, its language, the dates it covers, the followers
and posts it found and every row it had to leave out, with the reason. PATH is a
folder, a .zip or a single file (CSV, XLSX or JSON). Nothing is written; point a
creator platform's import: or a campaign's posts_from: at it to use it in a build.")]
    Import {
        /// The export to read, e.g. data/ava-chen/tiktok/
        #[arg(value_name = "PATH", value_parser = NonEmptyStringValueParser::new())]
        path: String,
    },

    /// Print the version
    #[command(hide = true)]
    Version,
}

/// Parses the arguments after the program name.
pub fn parse(argv: &[String]) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(std::iter::once("mediakit").chain(argv.iter().map(String::as_str)))
}

/// A usage error as printed. clap's own suggestions miss short slips
/// (`--ot` for `--out`); those get a tip from the same "did you mean" the
/// content messages use.
pub fn render_error(e: &clap::Error, argv: &[String]) -> String {
    use clap::CommandFactory;
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = e.to_string();
    if e.kind() != ErrorKind::UnknownArgument || e.get(ContextKind::SuggestedArg).is_some() {
        return text;
    }
    let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) else { return text };
    let root = Cli::command();
    let command = argv.first().and_then(|name| root.find_subcommand(name)).unwrap_or(&root);
    let longs: Vec<String> = command
        .get_arguments()
        .chain(root.get_arguments())
        .filter(|a| !a.is_hide_set())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect();
    let name = arg.split('=').next().unwrap_or(arg);
    match crate::diagnostics::suggest::closest(name, longs.iter().map(String::as_str)) {
        Some(best) => match text.find("\n\nUsage:") {
            Some(i) => format!("{}\n\n  tip: a similar argument exists: '{best}'{}", &text[..i], &text[i..]),
            None => text,
        },
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use clap::error::ErrorKind;

    fn p(args: &[&str]) -> Result<Cli, clap::Error> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_build_flags() {
        let cli = p(&["build", "--root", "site", "--out=dist", "--base-url", "https://x.io/kits"]).unwrap();
        assert_eq!(cli.root, PathBuf::from("site"));
        match cli.command {
            Some(Command::Build { out, base_url, timings }) => {
                assert!(!timings);
                assert_eq!(out, Some(PathBuf::from("dist")));
                assert_eq!(base_url.as_deref(), Some("https://x.io/kits"));
            }
            other => panic!("{other:?}"),
        }
        // --root may come before the command too.
        assert_eq!(p(&["--root", "site", "check"]).unwrap().root, PathBuf::from("site"));
        assert_eq!(p(&["check"]).unwrap().root, PathBuf::from("."));
    }

    #[test]
    fn usage_errors_explain_themselves() {
        let kind = |args: &[&str]| p(args).unwrap_err().kind();
        assert_eq!(kind(&["biuld"]), ErrorKind::InvalidSubcommand);
        assert!(p(&["biuld"]).unwrap_err().to_string().contains("'build'"));
        let argv = ["build".to_string(), "--ot".to_string(), "x".to_string()];
        let said = render_error(&parse(&argv).unwrap_err(), &argv);
        assert!(said.contains("tip: a similar argument exists: '--out'"), "{said}");
        assert_eq!(kind(&["build", "--out"]), ErrorKind::InvalidValue);
        assert_eq!(kind(&["build", "--base-url", ""]), ErrorKind::InvalidValue);
        assert!(matches!(p(&["build", "--timings"]).unwrap().command, Some(Command::Build { timings: true, .. })));
        assert_eq!(kind(&["build", "--timings=yes"]), ErrorKind::TooManyValues);
        assert_eq!(kind(&["check", "--timings"]), ErrorKind::UnknownArgument);
        assert_eq!(kind(&["serve", "--port", "http"]), ErrorKind::ValueValidation);
        assert_eq!(kind(&["new", "creator"]), ErrorKind::MissingRequiredArgument);
        assert_eq!(kind(&["new", "brand", "X"]), ErrorKind::InvalidValue);
        assert_eq!(kind(&["schema", "creators"]), ErrorKind::InvalidValue);
        assert_eq!(kind(&["build", "--help"]), ErrorKind::DisplayHelp);
        assert_eq!(kind(&["serve", "--port", "8000", "-h"]), ErrorKind::DisplayHelp);
        match p(&["new", "creator", "--", "-h"]).unwrap().command {
            Some(Command::New { name, .. }) => assert_eq!(name, ["-h"]),
            other => panic!("{other:?}"),
        }
        match p(&["new", "creator", "Ava", "Chen"]).unwrap().command {
            Some(Command::New { kind, name }) => {
                assert_eq!(kind, NewKind::Creator);
                assert_eq!(name.join(" "), "Ava Chen");
            }
            other => panic!("{other:?}"),
        }
    }
}
