//! Reads and writes stay inside the site: symlinks in `content/`, `static/`,
//! the themes and the config never lead outside it, `--out` can never point
//! at the site or a folder holding it, and a build that fails at any stage —
//! load, render or write — leaves the previous output byte-identical.

#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TempDir, build, site_copy, snapshot, temp_dir, write};
use mediakit::pipeline::{self, BuildOptions};

/// A built copy of the fixture site, its output, and a folder outside it
/// holding a file the site must never read.
struct World {
    root: TempDir,
    outside: TempDir,
    before: Vec<(String, Vec<u8>)>,
}

fn world() -> World {
    let root = site_copy("basic");
    build(&root);
    let outside = temp_dir("outside");
    write(&outside, "creators/leak.yaml", "name: LEAKED-NAME\nplatforms: [{platform: x, followers: 1}]\n");
    write(&outside, "static/secret.txt", "TOP-SECRET-CONTENT");
    write(&outside, "templates/kit.html", "{{ site.title }}");
    let before = snapshot(&root.join("public"));
    World { root, outside, before }
}

fn mediakit(args: &[&str], root: &Path) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mediakit"))
        .args(args)
        .arg("--root")
        .arg(root)
        .env("CI", "1")
        .output()
        .expect("run mediakit");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

impl World {
    /// `check` and `build` both refuse the site with `message` naming `file`,
    /// the output is as it was, and nothing outside changed.
    fn refused(&self, file: &str, message: &str) {
        let outside_before = snapshot(&self.outside);
        for command in ["check", "build"] {
            let (code, stderr) = mediakit(&[command], &self.root);
            assert_eq!(code, Some(1), "{command}: {stderr}");
            assert!(stderr.contains(&format!("error: {message}")), "{command}: {stderr}");
            assert!(stderr.contains(&format!(" --> {file}\n")), "{command}: {stderr}");
            assert!(
                !stderr.contains("LEAKED-NAME") && !stderr.contains("TOP-SECRET-CONTENT"),
                "{command} read outside: {stderr}"
            );
        }
        assert_eq!(snapshot(&self.root.join("public")), self.before, "the previous output changed");
        assert_eq!(snapshot(&self.outside), outside_before, "something outside the site changed");
        assert!(!self.root.join(".public.mediakit-staging").exists());
    }
}

#[test]
fn a_content_file_linked_to_a_system_file_is_refused() {
    let w = world();
    symlink("/etc/passwd", w.root.join("content/creators/x.yaml")).expect("symlink");
    w.refused("content/creators/x.yaml", "this symlink points outside the site folder");
}

#[test]
fn a_content_file_linked_outside_is_refused() {
    let w = world();
    symlink(w.outside.join("creators/leak.yaml"), w.root.join("content/creators/leak.yaml")).expect("symlink");
    w.refused("content/creators/leak.yaml", "this symlink points outside the site folder");
}

#[test]
fn a_broken_content_link_is_reported() {
    let w = world();
    symlink(w.root.join("nowhere.yaml"), w.root.join("content/creators/gone.yaml")).expect("symlink");
    w.refused("content/creators/gone.yaml", "this symlink points to a file that does not exist");
}

#[test]
fn a_content_folder_linked_outside_is_refused() {
    let w = world();
    fs::remove_dir_all(w.root.join("content/creators")).expect("rm");
    symlink(w.outside.join("creators"), w.root.join("content/creators")).expect("symlink");
    w.refused(
        "content/creators",
        &format!(
            "this folder leads outside the site folder (through a symlink to {})",
            w.outside.join("creators").canonicalize().expect("real").display()
        ),
    );
}

#[test]
fn the_whole_content_folder_linked_outside_is_refused() {
    let w = world();
    fs::remove_dir_all(w.root.join("content")).expect("rm");
    symlink(&*w.outside, w.root.join("content")).expect("symlink");
    w.refused("content/creators", "this folder leads outside the site folder");
}

#[test]
fn a_config_linked_outside_is_refused() {
    let w = world();
    fs::rename(w.root.join("mediakit.yaml"), w.outside.join("mediakit.yaml")).expect("move");
    symlink(w.outside.join("mediakit.yaml"), w.root.join("mediakit.yaml")).expect("symlink");
    w.refused("mediakit.yaml", "this symlink points outside the site folder");
}

#[test]
fn a_static_file_linked_outside_is_refused() {
    let w = world();
    fs::create_dir_all(w.root.join("static")).expect("mkdir");
    symlink(w.outside.join("static/secret.txt"), w.root.join("static/secret.txt")).expect("symlink");
    w.refused("static/secret.txt", "this symlink points outside the site folder");
}

#[test]
fn a_static_subfolder_linked_outside_is_refused() {
    let w = world();
    fs::create_dir_all(w.root.join("static")).expect("mkdir");
    symlink(w.outside.join("static"), w.root.join("static/shared")).expect("symlink");
    w.refused("static/shared", "this symlink points outside the site folder");
}

#[test]
fn the_static_folder_linked_outside_is_refused() {
    let w = world();
    let _ = fs::remove_dir_all(w.root.join("static"));
    symlink(w.outside.join("static"), w.root.join("static")).expect("symlink");
    w.refused("static", "this symlink points outside the site folder");
}

#[test]
fn theme_files_linked_outside_are_refused() {
    let w = world();
    fs::create_dir_all(w.root.join("themes/studio/templates")).expect("mkdir");
    symlink(w.outside.join("templates/kit.html"), w.root.join("themes/studio/templates/kit.html")).expect("symlink");
    w.refused("themes/studio/templates/kit.html", "this file leads outside the site folder through a symlink");

    fs::remove_dir_all(w.root.join("themes")).expect("rm");
    fs::create_dir_all(w.root.join("themes")).expect("mkdir");
    symlink(&*w.outside, w.root.join("themes/studio")).expect("symlink");
    w.refused("themes/studio/templates/kit.html", "this file leads outside the site folder through a symlink");
}

#[test]
fn links_that_stay_inside_the_site_are_followed() {
    let w = world();
    write(&w.root, "assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    fs::create_dir_all(w.root.join("static")).expect("mkdir");
    symlink(w.root.join("assets/logo.svg"), w.root.join("static/logo.svg")).expect("symlink");
    fs::rename(w.root.join("content/creators/ben-test.yaml"), w.root.join("ben.yaml")).expect("move");
    symlink(w.root.join("ben.yaml"), w.root.join("content/creators/ben-test.yaml")).expect("symlink");
    build(&w.root);
    assert!(w.root.join("public/logo.svg").is_file());
    assert!(w.root.join("public/creators/ben-test/index.html").is_file());
}

fn build_into(root: &Path, out: PathBuf) -> Result<(), String> {
    pipeline::build(&BuildOptions { root: root.to_path_buf(), out: Some(out), base_url: None })
        .map(|_| ())
        .map_err(|d| d.render())
}

#[test]
fn the_output_can_never_be_the_site_or_hold_it() {
    let root = site_copy("basic");
    let site_before = snapshot(&root);
    let parent = root.parent().expect("parent").to_path_buf();
    let outs = [
        root.to_path_buf(),
        root.join("."),
        root.join("content"),
        root.join("content/creators"),
        root.join("content/../content"),
        root.join("static"),
        root.join("static/out"),
        root.join("themes"),
        parent.clone(),
        parent.join(root.file_name().expect("name")).join("content").join(".."),
        PathBuf::from("/"),
    ];
    for out in outs {
        let err = build_into(&root, out.clone()).expect_err(&format!("{} was accepted", out.display()));
        assert!(err.contains("the output folder"), "{}: {err}", out.display());
    }
    // The binary says the same and exits with 1.
    let (code, stderr) = mediakit(&["build", "--out", ".."], &root);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(snapshot(&root), site_before, "the site changed");
}

#[test]
fn the_output_is_not_a_file_of_the_site() {
    let root = site_copy("basic");
    let err = build_into(&root, root.join("mediakit.yaml")).expect_err("a file as output");
    assert!(err.contains("the output path exists and is not a folder"), "{err}");
    assert!(root.join("mediakit.yaml").is_file());
}

#[test]
fn a_relative_output_folder_works_from_anywhere() {
    let root = site_copy("basic");
    let elsewhere = temp_dir("cwd");
    let status = Command::new(env!("CARGO_BIN_EXE_mediakit"))
        .args(["build", "--out", ".", "--root"])
        .arg(&*root)
        .current_dir(&*elsewhere)
        .env("CI", "1")
        .output()
        .expect("run");
    assert_eq!(status.status.code(), Some(0), "{}", String::from_utf8_lossy(&status.stderr));
    assert!(elsewhere.join("index.html").is_file());
    assert!(elsewhere.join(".mediakit-output").is_file());
    let parent = elsewhere.parent().expect("parent");
    let name = elsewhere.file_name().expect("name").to_string_lossy().into_owned();
    assert!(!parent.join(format!(".{name}.mediakit-staging")).exists());
}

#[test]
fn a_build_failing_at_write_time_leaves_the_previous_output_untouched() {
    let root = site_copy("basic");
    build(&root);
    let before = snapshot(&root.join("public"));
    // A theme asset named like a page folder: the pages cannot be written
    // once it is in place, well after the build started writing.
    write(&root, "themes/studio/static/creators", "in the way");
    let err = build_into(&root, root.join("public")).expect_err("the build succeeded");
    assert!(err.contains("cannot write"), "{err}");
    assert_eq!(snapshot(&root.join("public")), before);
    assert!(!root.join(".public.mediakit-staging").exists());
}

#[test]
fn a_static_file_in_the_way_of_the_pages_is_caught_by_check() {
    let root = site_copy("basic");
    build(&root);
    let before = snapshot(&root.join("public"));
    write(&root, "static/creators", "in the way");
    let (code, stderr) = mediakit(&["check"], &root);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("error: this file is in the way of the creators/ pages"), "{stderr}");
    let (code, _) = mediakit(&["build"], &root);
    assert_eq!(code, Some(1));
    assert_eq!(snapshot(&root.join("public")), before);
}
