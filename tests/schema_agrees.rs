//! `mediakit schema` and `mediakit check` agree: a file with a mistake a
//! schema can state (a type, a closed list, a required key, a pattern, one of
//! two keys) is refused by `check` and by an independent JSON Schema
//! validator (`check-jsonschema`, which `.ci/run` installs), and every valid
//! file of the repository passes both.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{GOOD_CREATOR, temp_dir, write};

const GOOD_CAMPAIGN: &str = "name: Spring\nstart: 2026-03-01\nend: 2026-03-31\ncreators:\n  - creator: ava-chen\n    posts: [{platform: instagram, date: 2026-03-05, likes: 10}]\n";

/// (kind, file text, a fragment of what `check` says).
const WRONG: &[(&str, &str, &str)] = &[
    // creators
    (
        "creator",
        "name: A\ncontact: {email: ava-at-example.com}\nplatforms: [{platform: x, followers: 1}]\n",
        "e-mail address",
    ),
    ("creator", "name: A\nplatforms: [{platform: x, followers: -1}]\n", "count of 0 or more"),
    ("creator", "name: A\nplatforms: [{platform: myspace, followers: 1}]\n", "unknown platform `myspace`"),
    ("creator", "name: A\nplatforms: [{platform: x, followers: lots}]\n", "expected a whole number"),
    ("creator", "name: A\nplatforms: [{platform: x, followers: 1.5}]\n", "expected a whole number"),
    ("creator", "name: A\nplatforms: [{platform: x, followers: 1, folowers: 2}]\n", "unknown field `folowers`"),
    ("creator", "tagline: hi\nplatforms: [{platform: x, followers: 1}]\n", "missing required field `name`"),
    ("creator", "name: \"  \"\nplatforms: [{platform: x, followers: 1}]\n", "the name is empty"),
    ("creator", "name: A\n", "missing required field `platforms`"),
    ("creator", "name: A\nplatforms: []\n", "at least one platform with `followers`"),
    ("creator", "name: A\nplatforms: [{platform: x, handle: \"@a\"}]\n", "at least one platform with `followers`"),
    ("creator", "name: A\nplatforms: [{platform: [x, tiktok], followers: 1}]\n", "expected a single name"),
    ("creator", "name: A\nas_of: March 5\nplatforms: [{platform: x, followers: 1}]\n", "YYYY-MM-DD"),
    ("creator", "name: A\nas_of: 2026-13-01\nplatforms: [{platform: x, followers: 1}]\n", "no month 13"),
    ("creator", "name: A\nas_of: 2026-02-30\nplatforms: [{platform: x, followers: 1}]\n", "February 2026 has 28 days"),
    ("creator", "name: A\nplatforms: [{platform: x, followers: 1, url: \"javascript:alert(1)\"}]\n", "web address"),
    ("creator", "name: A\nphoto: ../../etc/passwd\nplatforms: [{platform: x, followers: 1}]\n", "a file under static/"),
    (
        "creator",
        "name: A\nplatforms: [{platform: x, followers: 1}]\naudience: {age: {\"18-24\": 140}}\n",
        "percentage from 0 to 100",
    ),
    ("creator", "name: A\nhide: [prices]\nplatforms: [{platform: x, followers: 1}]\n", "unknown section `prices`"),
    (
        "creator",
        "name: A\nplatforms: [{platform: x, followers: 1}]\nrates: {addons: [{name: Rush, percent: 10, amount: 5}]}\n",
        "not both",
    ),
    (
        "creator",
        "name: A\nplatforms: [{platform: x, followers: 1}]\nrates: {addons: [{name: Rush}]}\n",
        "give `percent` or `amount`",
    ),
    ("creator", "name: A\nplatforms: [{platform: x, followers: 1}]\nrates: {currency: EURO}\n", "ISO 4217"),
    (
        "creator",
        "name: A\nplatforms: [{platform: x, followers: 1}]\ntestimonials: [{quote: \"\"}]\n",
        "the quote is empty",
    ),
    (
        "creator",
        "name: A\nplatforms: [{platform: x, followers: 1}]\npartners: [{brand: B, year: soon}]\n",
        "expected a whole number",
    ),
    // campaigns
    ("campaign", "name: C\ncreators:\n  - posts: [{platform: x}]\n", "give `creator` or `name`"),
    ("campaign", "name: C\ncreators:\n  - {creator: ava-chen, name: Ava, posts: [{platform: x}]}\n", "not both"),
    ("campaign", "name: C\n", "missing required field `creators`"),
    ("campaign", "name: C\ncreators:\n  - creator: ava-chen\n", "at least one creator with at least one post"),
    (
        "campaign",
        "name: C\nobjective: sales\ncreators: [{creator: ava-chen, posts: [{platform: x}]}]\n",
        "unknown objective `sales`",
    ),
    ("campaign", "name: C\nstart: next week\ncreators: [{creator: ava-chen, posts: [{platform: x}]}]\n", "YYYY-MM-DD"),
    (
        "campaign",
        "name: C\nbudget: $10,000\ncreators: [{creator: ava-chen, posts: [{platform: x}]}]\n",
        "thousands separators",
    ),
    (
        "campaign",
        "name: C\nhide: [costs]\ncreators: [{creator: ava-chen, posts: [{platform: x}]}]\n",
        "unknown figure `costs`",
    ),
    (
        "campaign",
        "name: C\ncreators: [{creator: ava-chen, posts: [{platform: x, format: tweet}]}]\n",
        "unknown post format `tweet`",
    ),
    (
        "campaign",
        "name: C\ncreators: [{creator: ava-chen, posts: [{likes: 3}]}]\n",
        "missing required field `platform`",
    ),
    (
        "campaign",
        "name: C\ngoals: {sales: 5}\ncreators: [{creator: ava-chen, posts: [{platform: x}]}]\n",
        "unknown field `sales`",
    ),
    // config
    ("config", "base_url: northlight.github.io/kits\n", "starting with https://"),
    ("config", "base_url: //evil.example\n", "starting with https://"),
    ("config", "base_url: https://a.example/../x\n", "may not contain"),
    ("config", "baseurl: https://x.io\n", "did you mean `base_url`?"),
    ("config", "engagement: {counts: []}\n", "at least one interaction"),
    ("config", "engagement: {average: middle}\n", "unknown average `middle`"),
    ("config", "locale: english\n", "a locale such as"),
    ("config", "brand: {primary_color: teal}\n", "#RRGGBB"),
    ("config", "tiers: {default: {nano: -1}}\n", "count of 0 or more"),
    ("config", "pdf: {paper: a5}\n", "unknown paper size `a5`"),
];

fn file_of(kind: &str) -> &'static str {
    match kind {
        "config" => "mediakit.yaml",
        "creator" => "content/creators/ava-chen.yaml",
        _ => "content/campaigns/c.yaml",
    }
}

fn site_with(kind: &str, text: &str) -> common::TempDir {
    let root = temp_dir("schema-agrees");
    write(&root, "mediakit.yaml", "title: T\nbase_url: https://t.example\n");
    write(&root, "content/creators/ava-chen.yaml", GOOD_CREATOR);
    write(&root, "content/campaigns/c.yaml", GOOD_CAMPAIGN);
    write(&root, file_of(kind), text);
    root
}

fn mediakit(args: &[&str], root: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mediakit"))
        .args(args)
        .arg("--root")
        .arg(root)
        .env("CI", "1")
        .output()
        .expect("run")
}

/// The schemas as `mediakit schema --out` writes them.
fn schemas() -> common::TempDir {
    let dir = temp_dir("schemas");
    let out = Command::new(env!("CARGO_BIN_EXE_mediakit"))
        .args(["schema", "--out"])
        .arg(dir.join("schema"))
        .output()
        .expect("run mediakit schema");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    dir
}

/// Runs check-jsonschema on `files` against one schema; the files it refuses.
fn refused_by_validator(tool: &Path, schema: &Path, files: &[PathBuf]) -> Vec<String> {
    if files.is_empty() {
        return Vec::new();
    }
    let out = Command::new(tool)
        .args(["--output-format", "json", "--schemafile"])
        .arg(schema)
        .args(files)
        .output()
        .expect("run check-jsonschema");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("check-jsonschema: {e}\n{}", String::from_utf8_lossy(&out.stderr)));
    let parse_errors = report["parse_errors"].as_array().map_or(0, Vec::len);
    assert_eq!(parse_errors, 0, "check-jsonschema could not read a file: {report:#}");
    let mut names: Vec<String> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["filename"].as_str().map(str::to_string))
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn what_the_schema_can_say_both_refuse() {
    let Some(tool) = common::find_tool("check-jsonschema") else { return };
    let schemas = schemas();
    let files_dir = temp_dir("schema-cases");
    let mut by_kind: Vec<(&str, Vec<PathBuf>)> = vec![("config", vec![]), ("creator", vec![]), ("campaign", vec![])];
    for (i, (kind, text, said)) in WRONG.iter().enumerate() {
        // mediakit check refuses it, for the reason given.
        let root = site_with(kind, text);
        let out = mediakit(&["check"], &root);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "case {i}: check accepted\n{text}\n{stderr}");
        assert!(stderr.contains(said), "case {i}: check did not say `{said}`:\n{stderr}");
        let file = files_dir.join(format!("case-{i:02}.yaml"));
        fs::write(&file, text).expect("write case");
        by_kind.iter_mut().find(|(k, _)| k == kind).expect("kind").1.push(file);
    }
    for (kind, files) in &by_kind {
        let schema = schemas.join("schema").join(format!("{kind}.schema.json"));
        let refused = refused_by_validator(&tool, &schema, files);
        let accepted: Vec<String> = files
            .iter()
            .filter(|f| {
                !refused.iter().any(|r| f.ends_with(r) || Path::new(r).ends_with(f.file_name().unwrap_or_default()))
            })
            .map(|f| {
                let name = f.file_name().unwrap_or_default().to_string_lossy().into_owned();
                format!("{name}: {}", fs::read_to_string(f).unwrap_or_default())
            })
            .collect();
        assert!(accepted.is_empty(), "the {kind} schema accepts what check refuses:\n{}", accepted.join("\n"));
    }
}

#[test]
fn what_check_accepts_the_schema_accepts() {
    let Some(tool) = common::find_tool("check-jsonschema") else { return };
    let schemas = schemas();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = temp_dir("schema-good");
    let mut files: Vec<(&str, PathBuf)> = Vec::new();
    for (kind, text) in [("creator", GOOD_CREATOR), ("campaign", GOOD_CAMPAIGN)] {
        let file = dir.join(format!("{kind}.yaml"));
        fs::write(&file, text).expect("write");
        files.push((kind, file));
    }
    // The demo site, the harness's site and what `init` writes.
    let init = temp_dir("schema-init");
    assert!(mediakit(&["init"], &init).status.success());
    for site in [repo.to_path_buf(), repo.join("tests/fixtures/harness-site"), init.to_path_buf()] {
        assert!(mediakit(&["check"], &site).status.success(), "{} does not pass check", site.display());
        files.push(("config", site.join("mediakit.yaml")));
        for (kind, folder) in [("creator", "content/creators"), ("campaign", "content/campaigns")] {
            for entry in fs::read_dir(site.join(folder)).expect("content folder") {
                files.push((kind, entry.expect("entry").path()));
            }
        }
    }
    for kind in ["config", "creator", "campaign"] {
        let of_kind: Vec<PathBuf> = files.iter().filter(|(k, _)| *k == kind).map(|(_, f)| f.clone()).collect();
        let schema = schemas.join("schema").join(format!("{kind}.schema.json"));
        let refused = refused_by_validator(&tool, &schema, &of_kind);
        assert!(refused.is_empty(), "the {kind} schema refuses valid files: {refused:?}");
    }
}
