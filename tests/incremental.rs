//! Incremental builds: a build takes over the files of every entry whose
//! inputs are unchanged, renders the rest, and the result is always
//! byte-identical to a build from scratch.

mod common;

use std::fs;

use common::{assert_same_as_scratch, build, site_copy, snapshot, write};
use mediakit::pipeline::BuildReport;

fn entries(r: &BuildReport) -> usize {
    r.rendered + r.reused
}

#[test]
fn a_build_with_nothing_changed_touches_nothing() {
    let root = site_copy("basic");
    let first = build(&root);
    assert_eq!(first.reused, 0);
    let before = snapshot(&root.join("public"));
    let again = build(&root);
    assert_eq!((again.rendered, again.reused), (0, entries(&first)));
    assert_eq!((again.pages, again.pdfs), (first.pages, first.pdfs));
    assert!(snapshot(&root.join("public")) == before);
}

#[test]
fn editing_a_creator_renders_it_and_the_campaigns_naming_it() {
    let root = site_copy("basic");
    let first = build(&root);
    let report = fs::read(root.join("public/campaigns/clicks/data.json")).unwrap();
    let other_kit = fs::read(root.join("public/creators/ben-test/index.html")).unwrap();
    let text = fs::read_to_string(root.join("content/creators/ava-test.yaml")).unwrap();
    let edited = text.replacen("followers: ", "followers: 1", 1);
    assert_ne!(edited, text);
    write(&root, "content/creators/ava-test.yaml", &edited);
    let second = build(&root);
    assert!(second.reused > 0 && second.rendered < entries(&first), "{second:?}");
    assert_ne!(
        fs::read(root.join("public/campaigns/clicks/data.json")).unwrap(),
        report,
        "the report reads her profile"
    );
    assert_eq!(fs::read(root.join("public/creators/ben-test/index.html")).unwrap(), other_kit);
    assert_same_as_scratch(&root);
}

#[test]
fn a_template_change_renders_every_page() {
    let root = site_copy("basic");
    let first = build(&root);
    write(
        &root,
        "themes/studio/templates/kit.html",
        "{% extends \"original/kit.html\" %}{% block main %}Changed{% endblock main %}",
    );
    let second = build(&root);
    assert_eq!((second.rendered, second.reused), (entries(&first), 0));
    assert!(fs::read_to_string(root.join("public/creators/ben-test/index.html")).unwrap().contains("Changed"));
    assert_same_as_scratch(&root);
}

#[test]
fn another_binary_or_a_broken_manifest_renders_everything() {
    let root = site_copy("basic");
    let first = build(&root);
    let manifest = root.join("public/.mediakit-manifest");
    let text = fs::read_to_string(&manifest).unwrap();
    let version = format!("\"binary\":\"{} ", env!("CARGO_PKG_VERSION"));
    assert!(text.contains(&version), "the manifest names the binary");
    fs::write(&manifest, text.replace(&version, "\"binary\":\"0.0.0-other ")).unwrap();
    let second = build(&root);
    assert_eq!((second.rendered, second.reused), (entries(&first), 0));
    fs::write(&manifest, "{not json").unwrap();
    let third = build(&root);
    assert_eq!(third.reused, 0);
    assert_same_as_scratch(&root);
}

#[test]
fn a_file_missing_from_the_output_is_made_again() {
    let root = site_copy("basic");
    build(&root);
    fs::remove_file(root.join("public/creators/ben-test/index.html")).unwrap();
    let second = build(&root);
    assert_eq!(second.rendered, 1, "only that creator: {second:?}");
    assert_same_as_scratch(&root);
}

#[test]
fn a_config_or_static_change_is_seen() {
    let root = site_copy("basic");
    build(&root);
    let config = fs::read_to_string(root.join("mediakit.yaml")).unwrap();
    write(&root, "mediakit.yaml", &config.replace("Fixture Talent", "Renamed Talent"));
    let second = build(&root);
    assert_eq!(second.reused, 0);
    assert!(fs::read_to_string(root.join("public/index.html")).unwrap().contains("Renamed Talent"));
    write(&root, "static/notes.txt", "hello");
    let third = build(&root);
    assert_eq!(third.rendered, 0, "a static file alone renders no page: {third:?}");
    assert_eq!(fs::read_to_string(root.join("public/notes.txt")).unwrap(), "hello");
    assert_same_as_scratch(&root);
}
