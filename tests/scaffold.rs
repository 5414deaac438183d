//! `mediakit init`, `new` and `schema`, run as a user runs them: through the binary.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use common::temp_dir;
use mediakit::model::schema::{self, Kind};

fn mediakit(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mediakit"))
        .args(args)
        .current_dir(cwd)
        .env("CI", "1")
        .output()
        .expect("run mediakit")
}

fn ok(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "mediakit failed ({:?}):\n{stderr}", out.status.code());
    stderr
}

fn all_files(dir: &Path) -> Vec<String> {
    common::snapshot(dir).into_iter().map(|(p, _)| p.replace('\\', "/")).collect()
}

#[test]
fn committed_schemas_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(schema::SITE_DIR);
    for kind in Kind::ALL {
        let file = dir.join(kind.file_name());
        let committed = fs::read_to_string(&file).unwrap_or_default();
        assert!(
            committed == schema::to_text(&schema::schema(kind)),
            "{} is stale: the content types changed. Regenerate it with\n    cargo run -- schema --out schema",
            file.display()
        );
    }
}

#[test]
fn schema_command_prints_one_or_all() {
    let dir = temp_dir("schema-cmd");
    let all: serde_json::Value = serde_json::from_slice(&mediakit(&["schema"], &dir).stdout).expect("JSON");
    for kind in Kind::ALL {
        assert_eq!(all[kind.name()]["$schema"], "http://json-schema.org/draft-07/schema#");
    }
    let creator = mediakit(&["schema", "creator"], &dir);
    assert_eq!(String::from_utf8_lossy(&creator.stdout), schema::to_text(&schema::schema(Kind::Creator)));
    assert_eq!(mediakit(&["schema", "creators"], &dir).status.code(), Some(2));
    ok(&mediakit(&["schema", "--out", "out"], &dir));
    assert_eq!(all_files(&dir.join("out")), ["campaign.schema.json", "config.schema.json", "creator.schema.json"]);
}

/// Every `$schema=` modeline in the site's YAML points at a file that exists.
fn assert_modelines_resolve(site: &Path) {
    let mut seen = 0;
    for rel in all_files(site).iter().filter(|p| p.ends_with(".yaml")) {
        let text = fs::read_to_string(site.join(rel)).expect("read");
        let first = text.lines().next().unwrap_or("");
        let target = first.strip_prefix("# yaml-language-server: $schema=").unwrap_or_else(|| panic!("{rel}: {first}"));
        let base = site.join(rel).parent().expect("parent").to_path_buf();
        assert!(base.join(target).is_file(), "{rel}: {target} does not exist");
        seen += 1;
    }
    assert!(seen >= 4, "config, two creators and a campaign: {seen}");
}

#[test]
fn init_writes_a_site_that_builds_at_once() {
    let dir = temp_dir("init");
    let said = ok(&mediakit(&["init", "site"], &dir));
    assert!(said.contains("mediakit serve"), "{said}");
    let site = dir.join("site");
    assert_modelines_resolve(&site);
    let check = ok(&mediakit(&["check", "--root", "site"], &dir));
    assert!(!check.contains("warning"), "{check}");
    // Not on a terminal, init wrote a placeholder address; the build says to replace it, once.
    assert!(said.contains("Set base_url in mediakit.yaml"), "{said}");
    let built = ok(&mediakit(&["build", "--root", "site"], &dir));
    assert_eq!(built.matches("warning:").count(), 1, "{built}");
    assert!(built.contains("base_url is still the placeholder `https://USERNAME.github.io/REPOSITORY`"), "{built}");
    for page in [
        "index.html",
        "creators/maya-lopez/index.html",
        "creators/theo-park/index.html",
        "campaigns/summer-launch/index.html",
    ] {
        assert!(site.join("public").join(page).is_file(), "{page}");
    }
    assert!(!site.join("themes").exists(), "no theme is copied unless asked for");
}

#[test]
fn init_writes_the_address_it_is_given() {
    let dir = temp_dir("init-address");
    ok(&mediakit(&["init", "--base-url", "https://ava.github.io/kits"], &dir));
    let config = fs::read_to_string(dir.join("mediakit.yaml")).expect("config");
    assert!(config.contains("\nbase_url: https://ava.github.io/kits\n"), "{config}");
    let built = ok(&mediakit(&["build"], &dir));
    assert!(!built.contains("warning"), "{built}");
    let sitemap = fs::read_to_string(dir.join("public/sitemap.xml")).expect("sitemap");
    assert!(sitemap.contains("<loc>https://ava.github.io/kits/creators/maya-lopez/</loc>"), "{sitemap}");
    // A path or an address without a scheme is refused, and nothing is written.
    for bad in ["/", "ava.github.io"] {
        let d = temp_dir("init-bad-address");
        let out = mediakit(&["init", "--base-url", bad], &d);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(!d.join("mediakit.yaml").exists());
    }
}

#[test]
fn init_never_overwrites_and_then_writes_nothing() {
    let dir = temp_dir("init-refuse");
    fs::write(dir.join("mediakit.yaml"), "title: Mine\n").expect("write");
    let out = mediakit(&["init"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("mediakit.yaml") && said.contains("nothing was written"), "{said}");
    assert_eq!(fs::read_to_string(dir.join("mediakit.yaml")).expect("read"), "title: Mine\n");
    assert_eq!(all_files(&dir), ["mediakit.yaml"]);
    assert_eq!(mediakit(&["init", "--theme", "fancy"], &temp_dir("init-bad-theme")).status.code(), Some(2));
}

#[test]
fn init_with_a_theme_copies_it_out_for_editing() {
    let dir = temp_dir("init-theme");
    ok(&mediakit(&["init", "--theme", "agency"], &dir));
    let config = fs::read_to_string(dir.join("mediakit.yaml")).expect("config");
    assert!(config.contains("theme: agency"), "{config}");
    for file in ["templates/kit.html", "templates/base.html", "static/css/theme.css", "static/css/base.css"] {
        assert!(dir.join("themes/agency").join(file).is_file(), "{file}");
    }
    // An edited copy wins over the built-in theme, and can extend the original.
    fs::write(
        dir.join("themes/agency/templates/404.html"),
        "{% extends \"original/404.html\" %}{% block main %}<p>Edited 404</p>{{ super() }}{% endblock main %}",
    )
    .expect("edit");
    ok(&mediakit(&["build"], &dir));
    let page = fs::read_to_string(dir.join("public/404.html")).expect("404");
    assert!(page.contains("<p>Edited 404</p>") && page.contains("This page does not exist"), "{page}");
}

#[test]
fn custom_css_restyles_any_theme_without_copying_it() {
    let dir = temp_dir("custom-css");
    ok(&mediakit(&["init"], &dir));
    ok(&mediakit(&["build"], &dir));
    assert!(!fs::read_to_string(dir.join("public/index.html")).expect("roster").contains("custom.css"));
    common::write(&dir, "static/css/custom.css", ":root { --radius: 0; }\n");
    ok(&mediakit(&["build"], &dir));
    let roster = fs::read_to_string(dir.join("public/index.html")).expect("roster");
    let theme_at = roster.find("css/theme.css").expect("theme css");
    let custom_at = roster.find("css/custom.css").expect("custom css is linked");
    assert!(custom_at > theme_at, "custom.css comes after the theme");
    assert!(dir.join("public/css/custom.css").is_file());
}

#[test]
fn new_writes_commented_templates_that_build_and_never_overwrite() {
    let dir = temp_dir("new");
    ok(&mediakit(&["init"], &dir));
    let said = ok(&mediakit(&["new", "creator", "Zoë", "Kraus"], &dir));
    assert!(said.contains("content/creators/zoe-kraus.yaml"), "{said}");
    let text = fs::read_to_string(dir.join("content/creators/zoe-kraus.yaml")).expect("creator");
    assert!(text.starts_with("# yaml-language-server: $schema=../../schema/creator.schema.json\n"));
    assert!(text.contains("name: Zoë Kraus\n") && text.contains("# "), "{text}");
    ok(&mediakit(&["new", "campaign", "Autumn Push"], &dir));
    let campaign = fs::read_to_string(dir.join("content/campaigns/autumn-push.yaml")).expect("campaign");
    assert!(campaign.contains("creator: maya-lopez"), "refers to the site's first creator:\n{campaign}");
    assert_modelines_resolve(&dir);
    ok(&mediakit(&["build"], &dir));
    assert!(dir.join("public/creators/zoe-kraus/index.html").is_file());
    assert!(dir.join("public/campaigns/autumn-push/index.html").is_file());

    fs::write(
        dir.join("content/creators/zoe-kraus.yaml"),
        "name: Zoë Kraus\nplatforms: [{platform: x, followers: 9}]\n",
    )
    .expect("edit");
    let again = mediakit(&["new", "creator", "Zoë Kraus"], &dir);
    assert_eq!(again.status.code(), Some(1));
    assert!(fs::read_to_string(dir.join("content/creators/zoe-kraus.yaml")).expect("kept").contains("followers: 9"));
    assert_eq!(mediakit(&["new", "creator", "李小龙"], &dir).status.code(), Some(2));
}

#[test]
fn new_outside_a_site_says_how_to_start() {
    let dir = temp_dir("new-nowhere");
    let out = mediakit(&["new", "creator", "Ava Chen"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mediakit init"));
    assert!(all_files(&dir).is_empty());
}

#[test]
fn new_campaign_without_profiles_uses_an_inline_creator() {
    let dir = temp_dir("new-inline");
    fs::write(dir.join("mediakit.yaml"), "title: Solo\n").expect("config");
    ok(&mediakit(&["new", "campaign", "First Deal"], &dir));
    let text = fs::read_to_string(dir.join("content/campaigns/first-deal.yaml")).expect("campaign");
    assert!(text.contains("- name: Creator name"), "{text}");
    assert!(dir.join("schema/campaign.schema.json").is_file(), "the schema the modeline names is written too");
    ok(&mediakit(&["build"], &dir));
}

#[test]
fn the_github_pages_example_builds_and_deploys_public() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/github-pages/.github/workflows/pages.yml");
    let text = fs::read_to_string(&file).expect("the example workflow");
    let workflow: serde_json::Value = serde_saphyr::from_str(&text).expect("valid YAML");
    let steps = workflow["jobs"]["build"]["steps"].as_array().expect("build steps");
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(runs.iter().any(|r| r.starts_with("mediakit build --base-url")), "{runs:?}");
    let upload =
        steps.iter().find(|s| s["uses"].as_str().is_some_and(|u| u.starts_with("actions/upload-pages-artifact")));
    assert_eq!(upload.expect("an upload step")["with"]["path"], "public");
    assert!(
        workflow["jobs"]["deploy"]["steps"][0]["uses"].as_str().is_some_and(|u| u.starts_with("actions/deploy-pages"))
    );
    assert_eq!(workflow["permissions"]["pages"], "write");
}
