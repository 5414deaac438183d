//! Command-line arguments, parsed by hand: the grammar is small and a parser
//! crate would cost more build time than it saves.

use std::path::PathBuf;

use crate::pipeline::BuildOptions;

#[derive(Debug, Clone)]
pub enum NewKind {
    Creator,
    Campaign,
}

#[derive(Debug, Clone)]
pub enum Command {
    Help,
    Version,
    Init {
        root: PathBuf,
        dir: Option<PathBuf>,
        theme: Option<String>,
    },
    New {
        root: PathBuf,
        kind: NewKind,
        name: String,
    },
    Build {
        options: BuildOptions,
        /// `--timings`: print where the build spent its time.
        timings: bool,
    },
    Serve {
        options: BuildOptions,
        port: Option<u16>,
        bind: Option<String>,
    },
    Check {
        root: PathBuf,
    },
    /// `import PATH`: what mediakit reads from an export; changes nothing.
    Import {
        root: PathBuf,
        path: String,
    },
    /// One kind of schema (`config`, `creator`, `campaign`) or all; printed, or written into `out`.
    Schema {
        kind: Option<String>,
        out: Option<PathBuf>,
    },
}

impl Command {
    pub fn name(&self) -> &'static str {
        match self {
            Command::Help => "help",
            Command::Version => "version",
            Command::Init { .. } => "init",
            Command::New { .. } => "new",
            Command::Build { .. } => "build",
            Command::Serve { .. } => "serve",
            Command::Check { .. } => "check",
            Command::Schema { .. } => "schema",
            Command::Import { .. } => "import",
        }
    }
}

struct Flags {
    root: PathBuf,
    out: Option<PathBuf>,
    base_url: Option<String>,
    port: Option<u16>,
    bind: Option<String>,
    theme: Option<String>,
    timings: bool,
    positional: Vec<String>,
}

const VALUE_FLAGS: [&str; 6] = ["--root", "--out", "--base-url", "--port", "--bind", "--theme"];
/// Flags that take no value.
const SWITCHES: [&str; 1] = ["--timings"];

fn parse_flags(rest: &[String], allowed: &[&str]) -> Result<Flags, String> {
    let mut flags = Flags {
        root: PathBuf::from("."),
        out: None,
        base_url: None,
        port: None,
        bind: None,
        theme: None,
        timings: false,
        positional: Vec::new(),
    };
    let mut i = 0;
    while i < rest.len() {
        let arg = &rest[i];
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        if name == "--" {
            flags.positional.extend(rest[i + 1..].iter().cloned());
            break;
        }
        if name.starts_with('-') && name != "-" {
            if !allowed.contains(&name.as_str()) && name != "--root" {
                let hint = crate::diagnostics::suggest::closest(&name, allowed.iter().copied().chain(["--root"]))
                    .map(|s| format!(" (did you mean {s}?)"))
                    .unwrap_or_default();
                return Err(format!("unknown option {name}{hint}"));
            }
            if SWITCHES.contains(&name.as_str()) {
                if inline.is_some() {
                    return Err(format!("{name} takes no value"));
                }
                flags.timings = true;
                i += 1;
                continue;
            }
            if !VALUE_FLAGS.contains(&name.as_str()) {
                return Err(format!("unknown option {name}"));
            }
            let value = match inline {
                Some(v) => v,
                None => {
                    i += 1;
                    rest.get(i).cloned().ok_or_else(|| format!("{name} needs a value"))?
                }
            };
            if value.is_empty() {
                return Err(format!("{name} needs a value"));
            }
            match name.as_str() {
                "--root" => flags.root = PathBuf::from(value),
                "--out" => flags.out = Some(PathBuf::from(value)),
                "--base-url" => flags.base_url = Some(value),
                "--port" => {
                    flags.port = Some(
                        value.parse().map_err(|_| format!("--port expects a number from 0 to 65535, found {value}"))?,
                    )
                }
                "--bind" => flags.bind = Some(value),
                "--theme" => flags.theme = Some(value),
                _ => {}
            }
        } else {
            flags.positional.push(arg.clone());
        }
        i += 1;
    }
    Ok(flags)
}

const SUBCOMMANDS: [&str; 7] = ["init", "new", "build", "serve", "check", "schema", "import"];

fn no_positional(flags: &Flags, command: &str) -> Result<(), String> {
    match flags.positional.first() {
        Some(extra) => Err(format!("`{command}` takes no argument `{extra}`")),
        None => Ok(()),
    }
}

pub fn parse(argv: &[String]) -> Result<Command, String> {
    let Some(command) = argv.first() else { return Ok(Command::Help) };
    let rest = &argv[1..];
    // `mediakit build --help` is a request for the usage, not a build.
    let asks_for_help = rest.iter().take_while(|a| *a != "--").any(|a| a == "-h" || a == "--help");
    if asks_for_help && SUBCOMMANDS.contains(&command.as_str()) {
        return Ok(Command::Help);
    }
    match command.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" | "version" => Ok(Command::Version),
        "build" => {
            let f = parse_flags(rest, &["--out", "--base-url", "--timings"])?;
            no_positional(&f, "build")?;
            Ok(Command::Build {
                options: BuildOptions { root: f.root, out: f.out, base_url: f.base_url },
                timings: f.timings,
            })
        }
        "check" => {
            let f = parse_flags(rest, &[])?;
            no_positional(&f, "check")?;
            Ok(Command::Check { root: f.root })
        }
        "serve" => {
            let f = parse_flags(rest, &["--port", "--bind", "--out"])?;
            no_positional(&f, "serve")?;
            Ok(Command::Serve {
                options: BuildOptions { root: f.root, out: f.out, base_url: None },
                port: f.port,
                bind: f.bind,
            })
        }
        "import" => {
            let f = parse_flags(rest, &[])?;
            match f.positional.as_slice() {
                [path] => Ok(Command::Import { root: f.root, path: path.clone() }),
                [] => Err("`import` needs the export to read: mediakit import data/ava-chen/tiktok/".to_string()),
                _ => Err("`import` reads one export at a time".to_string()),
            }
        }
        "schema" => {
            let f = parse_flags(rest, &["--out"])?;
            if f.positional.len() > 1 {
                return Err("`schema` takes at most one kind: config, creator or campaign".to_string());
            }
            Ok(Command::Schema { kind: f.positional.first().cloned(), out: f.out })
        }
        "init" => {
            let f = parse_flags(rest, &["--theme"])?;
            if f.positional.len() > 1 {
                return Err("`init` takes at most one folder".to_string());
            }
            Ok(Command::Init { root: f.root, dir: f.positional.first().map(PathBuf::from), theme: f.theme })
        }
        "new" => {
            let f = parse_flags(rest, &[])?;
            let kind = match f.positional.first().map(String::as_str) {
                Some("creator") => NewKind::Creator,
                Some("campaign") => NewKind::Campaign,
                Some(other) => return Err(format!("`new` makes a `creator` or a `campaign`, not `{other}`")),
                None => return Err("`new` needs what to make: `new creator NAME` or `new campaign NAME`".to_string()),
            };
            let name = f.positional[1..].join(" ");
            if name.trim().is_empty() {
                return Err("`new` needs a name, e.g. mediakit new creator \"Ava Chen\"".to_string());
            }
            Ok(Command::New { root: f.root, kind, name })
        }
        other => {
            let hint = crate::diagnostics::suggest::closest(other, SUBCOMMANDS.into_iter().chain(["help"]))
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            Err(format!("unknown command `{other}`{hint}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, String> {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_build_flags() {
        match p(&["build", "--root", "site", "--out=dist", "--base-url", "https://x.io/kits"]).unwrap() {
            Command::Build { options: o, timings } => {
                assert!(!timings);
                assert_eq!(o.root, PathBuf::from("site"));
                assert_eq!(o.out, Some(PathBuf::from("dist")));
                assert_eq!(o.base_url.as_deref(), Some("https://x.io/kits"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn usage_errors_explain_themselves() {
        assert!(p(&["biuld"]).unwrap_err().contains("did you mean `build`?"));
        assert!(p(&["build", "--ot", "x"]).unwrap_err().contains("did you mean --out?"));
        assert!(p(&["build", "--out"]).unwrap_err().contains("needs a value"));
        assert!(matches!(p(&["build", "--timings"]), Ok(Command::Build { timings: true, .. })));
        assert!(p(&["build", "--timings=yes"]).unwrap_err().contains("takes no value"));
        assert!(p(&["check", "--timings"]).unwrap_err().contains("unknown option"));
        assert!(p(&["serve", "--port", "http"]).unwrap_err().contains("--port expects a number"));
        assert!(p(&["new", "creator"]).unwrap_err().contains("needs a name"));
        assert!(matches!(p(&["build", "--help"]), Ok(Command::Help)));
        assert!(matches!(p(&["serve", "--port", "8000", "-h"]), Ok(Command::Help)));
        assert!(matches!(p(&["new", "creator", "--", "-h"]), Ok(Command::New { .. })));
        match p(&["new", "creator", "Ava", "Chen"]).unwrap() {
            Command::New { name, .. } => assert_eq!(name, "Ava Chen"),
            other => panic!("{other:?}"),
        }
    }
}
