//! Every command has its own help: what it does and each option with its
//! default, on stdout with exit code 0, through the real binary.

use std::process::Command;

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn mediakit(args: &[&str]) -> Ran {
    let out = Command::new(env!("CARGO_BIN_EXE_mediakit")).args(args).env("CI", "1").output().expect("run mediakit");
    Ran {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `mediakit ARGS` prints help holding every one of `wanted`, and nothing else goes wrong.
fn help(args: &[&str], wanted: &[&str]) -> String {
    let ran = mediakit(args);
    assert_eq!(ran.code, Some(0), "{args:?}: {}", ran.stderr);
    assert_eq!(ran.stderr, "", "{args:?} wrote to stderr");
    for w in wanted {
        assert!(ran.stdout.contains(w), "{args:?}: `{w}` is missing from:\n{}", ran.stdout);
    }
    ran.stdout
}

const ROOT: [&str; 2] = ["--root <DIR>", "[default: .]"];

#[test]
fn overall_help_lists_every_command() {
    let text = help(
        &["--help"],
        &[
            "Usage: mediakit [OPTIONS] [COMMAND]",
            "init",
            "new",
            "build",
            "serve",
            "check",
            "schema",
            "Exit codes: 0 success, 1 content or config errors",
            "mediakit COMMAND --help",
        ],
    );
    assert!(!text.contains("version  "), "the hidden `version` command is not listed:\n{text}");
    // Without a command: the same overview, in short.
    help(&[], &["Usage: mediakit [OPTIONS] [COMMAND]", "build", "Exit codes"]);
}

#[test]
fn build_help_gives_each_option_and_its_default() {
    let text = help(
        &["build", "--help"],
        &[
            "Usage: mediakit build [OPTIONS]",
            "Build the site",
            "nothing is written",
            "--out <DIR>",
            "[default: public/ in the site folder]",
            "--base-url <URL>",
            "overrides",
            "base_url from mediakit.yaml",
            "--timings",
            "Print where the time went",
            ROOT[0],
            ROOT[1],
        ],
    );
    assert_eq!(help(&["help", "build"], &[]), text, "`mediakit help build` is `mediakit build --help`");
    help(&["build", "-h"], &["Usage: mediakit build [OPTIONS]", "--out <DIR>", "--timings"]);
}

#[test]
fn serve_help() {
    let text = help(
        &["serve", "--help"],
        &[
            "Usage: mediakit serve [OPTIONS]",
            "reload the open pages",
            "--port <N>",
            "[default: 1111, or the next free one]",
            "--bind <ADDR>",
            "[default: 127.0.0.1]",
            ROOT[0],
        ],
    );
    assert!(!text.contains("--out"), "serve's ignored --out is not offered:\n{text}");
}

#[test]
fn check_help() {
    help(
        &["check", "--help"],
        &["Usage: mediakit check [OPTIONS]", "print every problem", "Writes nothing", ROOT[0], ROOT[1]],
    );
}

#[test]
fn schema_help() {
    help(
        &["schema", "--help"],
        &[
            "Usage: mediakit schema [OPTIONS] [KIND]",
            "JSON Schema",
            "config",
            "creator",
            "campaign",
            "--out <DIR>",
            "instead of printing",
            ROOT[0],
        ],
    );
}

#[test]
fn init_help() {
    help(
        &["init", "--help"],
        &[
            "Usage: mediakit init [OPTIONS] [DIR]",
            "builds at once",
            "[default: the site folder, --root]",
            "--theme <NAME>",
            "studio, creator or agency",
            "--base-url <URL>",
            "placeholder",
            ROOT[0],
        ],
    );
}

#[test]
fn new_help() {
    help(
        &["new", "--help"],
        &[
            "Usage: mediakit new [OPTIONS] <KIND> <NAME>...",
            "creator",
            "campaign",
            "content/creators/ava-chen.yaml",
            ROOT[0],
        ],
    );
}

#[test]
fn version() {
    let v = format!("mediakit {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(mediakit(&["--version"]).stdout, v);
    assert_eq!(mediakit(&["version"]).stdout, v);
}

#[test]
fn usage_errors_exit_with_2_and_suggest() {
    let ran = mediakit(&["biuld"]);
    assert_eq!(ran.code, Some(2));
    assert_eq!(ran.stdout, "");
    assert!(ran.stderr.starts_with("error: unrecognized subcommand 'biuld'"), "{}", ran.stderr);
    assert!(ran.stderr.contains("a similar subcommand exists: 'build'"), "{}", ran.stderr);
    let ran = mediakit(&["build", "--ot", "x"]);
    assert_eq!(ran.code, Some(2));
    assert!(ran.stderr.contains("a similar argument exists: '--out'"), "{}", ran.stderr);
    assert_eq!(mediakit(&["check", "--timings"]).code, Some(2));
    assert_eq!(mediakit(&["serve", "--port", "http"]).code, Some(2));
    assert_eq!(mediakit(&["new", "creator"]).code, Some(2));
}
