//! Nothing is ever lost: a failed or killed build leaves the previous output
//! as it was, and a folder mediakit did not make is never replaced.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{build, site_copy, snapshot, temp_dir, write};
use mediakit::pipeline::{self, BuildOptions};

fn try_build(root: &Path) -> Result<(), String> {
    pipeline::build(&BuildOptions { root: root.to_path_buf(), out: None, base_url: None })
        .map(|_| ())
        .map_err(|d| d.render())
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let root = site_copy("basic");
    build(&root);
    let before = snapshot(&root.join("public"));
    write(&root, "content/creators/ava-test.yaml", "name: Ava\nplatforms: [{platform: instagram, followers: -1}]\n");
    let err = try_build(&root).unwrap_err();
    assert!(err.contains("expected a count of 0 or more"), "{err}");
    assert_eq!(snapshot(&root.join("public")), before);
    assert!(!root.join(".public.mediakit-staging").exists());
}

#[test]
fn a_template_failing_mid_render_leaves_the_previous_output_untouched() {
    let root = site_copy("basic");
    build(&root);
    let before = snapshot(&root.join("public"));
    // Parses, but fails while rendering the kit pages, after other files were written.
    write(
        &root,
        "themes/studio/templates/kit.html",
        "{% extends \"original/kit.html\" %}{% block main %}{{ kit.no_such_field }}{% endblock main %}",
    );
    let err = try_build(&root).unwrap_err();
    assert!(err.contains("template error"), "{err}");
    assert_eq!(snapshot(&root.join("public")), before);
    assert!(!root.join(".public.mediakit-staging").exists());
}

#[test]
fn a_folder_mediakit_did_not_make_is_refused() {
    let root = site_copy("basic");
    write(&root, "public/index.html", "<h1>my own site</h1>");
    let err = try_build(&root).unwrap_err();
    assert!(err.contains("was not made by mediakit"), "{err}");
    assert_eq!(fs::read_to_string(root.join("public/index.html")).unwrap(), "<h1>my own site</h1>");
    assert_eq!(fs::read_dir(root.join("public")).unwrap().count(), 1);
}

#[test]
fn an_empty_folder_may_be_used() {
    let root = site_copy("basic");
    fs::create_dir_all(root.join("public")).unwrap();
    try_build(&root).unwrap();
    assert!(root.join("public/.mediakit-output").exists());
}

#[test]
fn the_output_cannot_swallow_the_site() {
    let root = site_copy("basic");
    for out in [root.to_path_buf(), root.join("content"), root.join("content/creators/x"), root.join("static")] {
        let result =
            pipeline::build(&BuildOptions { root: root.to_path_buf(), out: Some(out.clone()), base_url: None });
        let err = result.map(|_| ()).unwrap_err().render();
        assert!(err.contains("output folder"), "{}: {err}", out.display());
    }
    assert!(root.join("content/creators/ava-test.yaml").exists());
}

#[cfg(unix)]
#[test]
fn symlinks_never_lead_outside() {
    let root = site_copy("basic");
    let outside = temp_dir("outside");
    write(&outside, "secret.txt", "secret");
    fs::create_dir_all(root.join("static")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), root.join("static/secret.txt")).unwrap();
    let err = try_build(&root).unwrap_err();
    assert!(err.contains("points outside the site folder"), "{err}");
    fs::remove_file(root.join("static/secret.txt")).unwrap();

    // An output folder that is a symlink is not followed and replaced.
    let target = temp_dir("target");
    std::os::unix::fs::symlink(&*target, root.join("public")).unwrap();
    let err = try_build(&root).unwrap_err();
    assert!(err.contains("symlink"), "{err}");
    assert_eq!(fs::read_dir(&*target).unwrap().count(), 0);
}

/// A site large enough that a build takes a while.
fn big_site(root: &Path, creators: usize, version: &str) {
    write(root, "mediakit.yaml", "title: Big\nbase_url: https://example.test\n");
    for i in 0..creators {
        write(
            root,
            &format!("content/creators/c{i:05}.yaml"),
            &format!(
                "name: Creator {i} {version}\ntagline: Tagline {i}\nbio: |\n  {}\nplatforms:\n  - {{platform: instagram, followers: {}, avg_likes: {}, avg_comments: 12}}\n  - {{platform: tiktok, followers: {}, avg_likes: 30}}\naudience:\n  gender: {{female: 60, male: 40}}\n  age: {{\"18-24\": 50, \"25-34\": 50}}\nrates:\n  items: [{{platform: instagram, deliverable: reel, price: {}}}]\n",
                "Words about the creator. ".repeat(20),
                1000 + i * 37,
                50 + i % 400,
                500 + i * 11,
                100 + i
            ),
        );
    }
}

#[test]
fn a_killed_build_leaves_the_old_output_or_the_new_one() {
    let root = temp_dir("kill");
    big_site(&root, 500, "v1");
    build(&root);
    let old = snapshot(&root.join("public"));
    big_site(&root, 500, "v2");
    let exe = env!("CARGO_BIN_EXE_mediakit");

    // A full build of v2, to learn its duration and what "new" looks like.
    let started = Instant::now();
    let status = Command::new(exe).args(["build", "--root"]).arg(&*root).env("CI", "1").output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let full = started.elapsed();
    let new = snapshot(&root.join("public"));
    assert_ne!(old, new);

    // Back to v1 on disk, then interrupt builds of v2 at points spread over a build.
    big_site(&root, 500, "v1");
    build(&root);
    big_site(&root, 500, "v2");
    for step in 0..4u32 {
        let mut child = Command::new(exe).args(["build", "--root"]).arg(&*root).env("CI", "1").spawn().unwrap();
        std::thread::sleep(full.mul_f64(f64::from(step) / 4.0) + Duration::from_millis(5));
        let _ = child.kill();
        let _ = child.wait();
        let now = snapshot(&root.join("public"));
        assert!(now == old || now == new, "after a kill at step {step} the output is a mix");
        if now == new {
            // Reset to the old output for the next round.
            big_site(&root, 500, "v1");
            build(&root);
            big_site(&root, 500, "v2");
        }
    }
    // The next build cleans up whatever a killed build left behind.
    build(&root);
    assert_eq!(snapshot(&root.join("public")), new);
    assert!(!root.join(".public.mediakit-staging").exists());
}
