//! The load cache: a build parses only the content files that changed since
//! the previous build, and its output is byte-identical to a build from
//! scratch; warnings are reported by every build; references between files
//! are checked on the whole site every time; a damaged cache is ignored.

mod common;

use std::fs;
use std::path::Path;

use common::{assert_same_as_scratch, build, fixture, site_copy, write};
use mediakit::pipeline::{self, BuildOptions};

const CACHE: &str = ".public.mediakit-cache";

fn build_fails(root: &Path) -> String {
    match pipeline::build(&BuildOptions { root: root.to_path_buf(), out: None, base_url: None }) {
        Ok(_) => panic!("the build should fail"),
        Err(d) => d.render(),
    }
}

fn warnings(root: &Path) -> String {
    build(root).warnings.render()
}

#[test]
fn one_edited_file_is_the_only_one_parsed() {
    let root = site_copy("basic");
    let first = build(&root);
    assert_eq!(first.parsed, 4, "two creators and two campaigns, no cache yet");
    assert!(root.join(CACHE).is_file(), "the cache is kept beside the output");

    let text = fs::read_to_string(root.join("content/creators/ava-test.yaml")).unwrap();
    write(&root, "content/creators/ava-test.yaml", &text.replace("Skincare that works", "Skincare, tested"));
    let second = build(&root);
    assert_eq!(second.parsed, 1, "only the edited profile");
    assert!(common::read(&root, "creators/ava-test/index.html").contains("Skincare, tested"));
    assert_same_as_scratch(&root);

    // A campaign edit: the campaign alone is parsed, the profiles it names come from the cache.
    let campaign = fs::read_to_string(root.join("content/campaigns/clicks.yaml")).unwrap();
    write(&root, "content/campaigns/clicks.yaml", &campaign.replace("Clicks Only", "Clicks, Renamed"));
    let third = build(&root);
    assert_eq!(third.parsed, 1);
    assert!(common::read(&root, "campaigns/clicks/index.html").contains("Clicks, Renamed"));
    assert_same_as_scratch(&root);

    // Put back as it was: the entry read from those bytes before is not
    // kept any more, so the file is parsed again, and the output matches.
    write(&root, "content/creators/ava-test.yaml", &text);
    let fourth = build(&root);
    assert_eq!(fourth.parsed, 1);
    assert_same_as_scratch(&root);
}

#[test]
fn references_between_files_are_checked_on_the_whole_site() {
    let root = site_copy("basic");
    build(&root);
    // The campaign is unchanged and recalled, but the profile it names is gone.
    fs::remove_file(root.join("content/creators/ava-test.yaml")).unwrap();
    let errors = build_fails(&root);
    assert!(errors.contains("content/campaigns/clicks.yaml"), "{errors}");
    assert!(errors.contains("ava-test"), "{errors}");
    // Back again: the site builds, the same as from scratch.
    fs::copy(fixture("basic").join("content/creators/ava-test.yaml"), root.join("content/creators/ava-test.yaml"))
        .unwrap();
    // The failed build kept no cache, so the profile's entry from the first
    // build is recalled: the file has the very bytes it was read from.
    let again = build(&root);
    assert_eq!(again.parsed, 0);
    assert_same_as_scratch(&root);
    // Gone again, and a campaign edited meanwhile: still the error.
    fs::remove_file(root.join("content/creators/ava-test.yaml")).unwrap();
    let campaign = fs::read_to_string(root.join("content/campaigns/clicks.yaml")).unwrap();
    write(&root, "content/campaigns/clicks.yaml", &campaign.replace("Clicks Only", "Clicks Later"));
    let errors = build_fails(&root);
    assert!(errors.contains("ava-test"), "{errors}");
}

#[test]
fn warnings_are_reported_by_every_build() {
    let root = site_copy("basic");
    let ben = fs::read_to_string(root.join("content/creators/ben-test.yaml")).unwrap();
    // A warning of the parse (an old platform name) and one of the checks
    // after it (a platform listed twice, in a file that parses cleanly).
    write(&root, "content/creators/ben-test.yaml", &ben.replace("platform: tiktok", "platform: tik_tok"));
    let ava = fs::read_to_string(root.join("content/creators/ava-test.yaml")).unwrap();
    let twice = ava.replacen("platforms:\n", "platforms:\n  - platform: instagram\n    followers: 1000\n", 1);
    write(&root, "content/creators/ava-test.yaml", &twice);
    let first = warnings(&root);
    assert!(first.contains("old name of the platform"), "{first}");
    assert!(first.contains("listed twice"), "{first}");

    // Another file changes, so the build is not up to date; the two files
    // with warnings are unchanged.
    let campaign = fs::read_to_string(root.join("content/campaigns/clicks.yaml")).unwrap();
    write(&root, "content/campaigns/clicks.yaml", &campaign.replace("Clicks Only", "Clicks Again"));
    let report = build(&root);
    let second = report.warnings.render();
    assert_eq!(first, second, "the same warnings, at the same lines");
    // The file with a parse warning is parsed again; the other came from the cache.
    assert_eq!(report.parsed, 2, "the campaign and the profile with the old platform name");
    assert_same_as_scratch(&root);
}

#[test]
fn a_damaged_or_foreign_cache_is_ignored() {
    let root = site_copy("basic");
    build(&root);
    let cache = root.join(CACHE);
    let mut bytes = fs::read(&cache).unwrap();
    assert!(bytes.starts_with(b"mediakit load cache\n"));
    // One byte of an entry changed: the check hash no longer matches.
    let at = bytes.len() / 2;
    bytes[at] ^= 0x01;
    fs::write(&cache, &bytes).unwrap();
    let campaign = fs::read_to_string(root.join("content/campaigns/clicks.yaml")).unwrap();
    let renamed = |name: &str| campaign.replace("Clicks Only", name);
    write(&root, "content/campaigns/clicks.yaml", &renamed("Clicks Edited"));
    let report = build(&root);
    assert_eq!(report.parsed, 4, "nothing recalled from a damaged cache");
    assert_same_as_scratch(&root);

    // Cut short, or not a cache at all.
    let whole = fs::read(&cache).unwrap();
    for damaged in [whole[..whole.len() - 5].to_vec(), b"garbage".to_vec(), Vec::new()] {
        fs::write(&cache, &damaged).unwrap();
        write(&root, "content/campaigns/clicks.yaml", &renamed(&format!("Clicks {}", damaged.len())));
        assert_eq!(build(&root).parsed, 4);
        assert_same_as_scratch(&root);
    }
    // A folder where the cache would be: the build goes on without one.
    fs::remove_file(&cache).unwrap();
    fs::create_dir(&cache).unwrap();
    write(&root, "content/campaigns/clicks.yaml", &renamed("Clicks Folder"));
    assert_eq!(build(&root).parsed, 4);
    assert_same_as_scratch(&root);
}

#[test]
fn an_edited_export_is_read_again() {
    // A campaign reading its posts from a sheet under data/.
    let root = site_copy("basic");
    write(&root, "data/clicks.csv", "Creator,Platform,Clicks,Sales\nava-test,instagram,100,7\n");
    write(
        &root,
        "content/campaigns/sheet.yaml",
        "name: From a Sheet\nposts_from: data/clicks.csv\ncreators:\n  - creator: ava-test\n",
    );
    build(&root);
    assert!(common::read(&root, "campaigns/sheet/posts.csv").contains("100"));
    // Only the sheet changes: no content file is parsed, the campaign is
    // recalled and reads the sheet again.
    write(&root, "data/clicks.csv", "Creator,Platform,Clicks,Sales\nava-test,instagram,250,7\n");
    let report = build(&root);
    assert_eq!(report.parsed, 0, "no content file changed");
    let posts = common::read(&root, "campaigns/sheet/posts.csv");
    assert!(posts.contains("250") && !posts.contains("100"), "{posts}");
    assert_same_as_scratch(&root);
}

#[test]
fn every_kind_of_field_reads_back_from_the_cache_as_it_was_parsed() {
    // The richest fixture: every section of a profile and of a campaign.
    let root = site_copy("harness-site");
    let first = build(&root);
    assert!(first.parsed > 0);
    let files: Vec<String> = ["content/creators", "content/campaigns"]
        .iter()
        .flat_map(|dir| {
            fs::read_dir(root.join(dir))
                .unwrap()
                .flatten()
                .map(move |e| format!("{dir}/{}", e.file_name().to_string_lossy()))
        })
        .collect();
    // One file after another is touched (same meaning, other bytes): each
    // build parses that one, recalls the rest, and matches a build from scratch.
    for file in files.iter().take(3) {
        let text = fs::read_to_string(root.join(file)).unwrap();
        write(&root, file, &format!("{text}\n# edited\n"));
        let report = build(&root);
        assert!(report.parsed >= 1 && report.parsed < first.parsed, "{file}: parsed {}", report.parsed);
        assert_same_as_scratch(&root);
    }
}
