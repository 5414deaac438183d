//! Every class of bad input (SPEC §9) gets a message naming the file, the
//! line and column, the field and what was expected — all of them in one run.

mod common;

use common::GOOD_CREATOR;

use std::path::Path;

use common::{temp_dir, write};
use mediakit::diagnostics::Diagnostic;
use mediakit::pipeline;

fn site() -> common::TempDir {
    common::one_creator_site("errors")
}

fn problems(root: &Path) -> Vec<Diagnostic> {
    pipeline::check(root).items.into_iter().filter(|d| d.is_error()).collect()
}

/// The single error of a run, after checking it names the file.
fn only_error(root: &Path, file: &str) -> Diagnostic {
    let all = problems(root);
    assert_eq!(all.len(), 1, "expected one error, got:\n{}", render(&all));
    assert_eq!(all[0].file, file);
    all[0].clone()
}

fn render(ds: &[Diagnostic]) -> String {
    ds.iter().map(|d| d.to_string()).collect()
}

fn at(d: &Diagnostic) -> (usize, usize) {
    (d.line.unwrap_or(0), d.column.unwrap_or(0))
}

#[test]
fn yaml_syntax_error() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: 3\n   bad: indent\n",
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.line, Some(5), "{d}");
    assert!(d.to_string().contains("5 |    bad: indent"), "{d}");
    eprintln!("{d}");
}

#[test]
fn unclosed_quote_is_a_syntax_error() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "name: \"Ava\nplatforms: []\n");
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert!(d.line.is_some(), "{d}");
}

#[test]
fn wrong_type() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: lots\n",
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "expected a whole number, found the text \"lots\"");
    assert_eq!(d.field.as_deref(), Some("platforms[0].followers"));
    assert_eq!(at(&d), (4, 16));
}

#[test]
fn spreadsheet_numbers_get_a_hint() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: 48.2K\n",
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert!(d.message.contains("write the full number"), "{d}");
}

#[test]
fn missing_required_field() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "tagline: hi\nplatforms:\n  - platform: instagram\n    followers: 3\n",
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "missing required field `name`");
    assert_eq!(d.line, Some(1));
}

#[test]
fn creator_without_followers() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    handle: \"@a\"\n",
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "a creator needs at least one platform with `followers` (or an `import:` to read them from)");
    assert_eq!(d.line, Some(2));
}

#[test]
fn unknown_key_suggests_the_right_one() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "name: Ava\nplatforms:\n  - platform: instagram\n    folowers: 3\n");
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "unknown field `folowers`");
    assert_eq!(d.field.as_deref(), Some("platforms[0].folowers"));
    assert_eq!(d.hint.as_deref(), Some("did you mean `followers`?"));
    assert_eq!(at(&d), (4, 5));
    let text = d.to_string();
    assert!(text.contains("--> content/creators/ava-chen.yaml:4:5"), "{text}");
    assert!(text.contains("^^^^^^^^ platforms[0].folowers"), "{text}");
}

#[test]
fn unknown_value_of_a_closed_list() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "name: Ava\nplatforms:\n  - platform: tiktik\n    followers: 3\n");
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "unknown platform `tiktik`");
    assert!(d.hint.as_deref().unwrap_or("").starts_with("did you mean `tiktok`?"), "{d}");
}

#[test]
fn negative_count() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: -48200\n",
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "expected a count of 0 or more, found -48200");
    assert_eq!(d.field.as_deref(), Some("platforms[0].followers"));
}

#[test]
fn impossible_date() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        &format!("{GOOD_CREATOR}    history:\n      - {{date: 2026-02-30, followers: 10}}\n"),
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "2026-02-30 is not a date: February 2026 has 28 days");
    assert_eq!(d.field.as_deref(), Some("platforms[0].history[0].date"));
    assert_eq!(d.line, Some(6));
}

#[test]
fn text_that_is_not_a_date() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", &format!("{GOOD_CREATOR}as_of: last week\n"));
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert!(d.message.starts_with("expected a date written YYYY-MM-DD"), "{d}");
    assert_eq!(d.field.as_deref(), Some("as_of"));
}

#[test]
fn campaign_ending_before_it_starts() {
    let root = site();
    write(
        &root,
        "content/campaigns/spring.yaml",
        "name: Spring\nstart: 2026-03-31\nend: 2026-03-01\ncreators:\n  - creator: ava-chen\n    posts: [{platform: instagram, likes: 1}]\n",
    );
    let d = only_error(&root, "content/campaigns/spring.yaml");
    assert_eq!(d.message, "the campaign ends (2026-03-01) before it starts (2026-03-31)");
    assert_eq!(d.field.as_deref(), Some("end"));
    assert_eq!(at(&d), (3, 6));
}

#[test]
fn percentage_group_far_from_100() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        &format!("{GOOD_CREATOR}audience:\n  gender: {{female: 78, male: 70}}\n"),
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "the shares in gender add up to 148%, not 100%");
    assert_eq!(d.field.as_deref(), Some("audience.gender"));
    assert_eq!(d.line, Some(6));
}

#[test]
fn percentage_over_100() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", &format!("{GOOD_CREATOR}audience:\n  age: {{\"18-24\": 140}}\n"));
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "expected a percentage from 0 to 100, found 140");
}

#[test]
fn a_broken_profile_is_not_also_unknown_to_its_campaigns() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", &GOOD_CREATOR.replacen("followers: ", "followers: -", 1));
    write(
        &root,
        "content/campaigns/spring.yaml",
        "name: Spring\ncreators:\n  - creator: ava-chen\n    posts: [{platform: instagram, likes: 1}]\n",
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert!(d.message.contains("expected a count of 0 or more"), "{d}");
}

#[test]
fn unknown_creator_names_the_closest_slugs() {
    let root = site();
    write(&root, "content/creators/ava-chan.yaml", GOOD_CREATOR);
    write(
        &root,
        "content/campaigns/spring.yaml",
        "name: Spring\ncreators:\n  - creator: ava-chne\n    posts: [{platform: instagram, likes: 1}]\n",
    );
    let d = only_error(&root, "content/campaigns/spring.yaml");
    assert_eq!(d.message, "unknown creator `ava-chne`: there is no content/creators/ava-chne.yaml");
    assert_eq!(d.hint.as_deref(), Some("did you mean `ava-chen` or `ava-chan`?"));
    assert_eq!(d.field.as_deref(), Some("creators[0].creator"));
    assert_eq!(at(&d), (3, 14));
}

#[test]
fn duplicate_slugs() {
    let root = site();
    write(&root, "content/creators/ava-chen.yml", GOOD_CREATOR);
    let d = only_error(&root, "content/creators/ava-chen.yml");
    assert!(d.message.starts_with("duplicate slug `ava-chen`"), "{d}");
}

#[test]
fn file_names_must_be_slugs() {
    let root = site();
    write(&root, "content/creators/Ben Lee.yaml", GOOD_CREATOR);
    let d = only_error(&root, "content/creators/Ben Lee.yaml");
    assert_eq!(d.hint.as_deref(), Some("rename it to `ben-lee.yaml` (lowercase letters, digits and hyphens)"));
}

#[test]
fn empty_file() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "# nothing yet\n");
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "the file is empty");
}

#[test]
fn binary_file() {
    let root = site();
    std::fs::write(root.join("content/creators/ava-chen.yaml"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "this is a binary file, not YAML text");
}

#[test]
fn invalid_utf8() {
    let root = site();
    std::fs::write(root.join("content/creators/ava-chen.yaml"), b"name: Ren\xe9e\nplatforms: []\n").unwrap();
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "the file is not valid UTF-8 text");
    assert_eq!(at(&d), (1, 10));
}

#[test]
fn config_errors() {
    let root = site();
    write(&root, "mediakit.yaml", "title: Test\nbaseurl: https://x.io\n");
    let d = only_error(&root, "mediakit.yaml");
    assert_eq!(d.message, "unknown field `baseurl`");
    assert_eq!(d.hint.as_deref(), Some("did you mean `base_url`?"));

    write(&root, "mediakit.yaml", "brand:\n  primary_color: teal\n");
    let d = only_error(&root, "mediakit.yaml");
    assert!(d.message.starts_with("expected a colour written #RRGGBB"), "{d}");
    assert_eq!(d.field.as_deref(), Some("brand.primary_color"));

    write(&root, "mediakit.yaml", "theme: stuido\n");
    let d = only_error(&root, "mediakit.yaml");
    assert_eq!(d.message, "unknown theme `stuido`");
    assert!(d.hint.as_deref().unwrap_or("").starts_with("did you mean `studio`?"), "{d}");

    write(&root, "mediakit.yaml", "currency: UDS\n");
    let d = only_error(&root, "mediakit.yaml");
    assert!(d.message.contains("did you mean `USD`?"), "{d}");

    write(&root, "mediakit.yaml", "base_url: northlight.github.io/kits\n");
    let d = only_error(&root, "mediakit.yaml");
    assert_eq!(d.field.as_deref(), Some("base_url"));

    write(&root, "mediakit.yaml", "tiers:\n  default: {nano: 1000, micro: 500}\n");
    let d = only_error(&root, "mediakit.yaml");
    assert_eq!(d.field.as_deref(), Some("tiers.default.micro"));
}

#[test]
fn unsafe_links_are_refused() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        &format!("{GOOD_CREATOR}contact: {{website: \"javascript:alert(1)\"}}\n"),
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert!(d.message.starts_with("expected a web address starting with https://"), "{d}");
    assert_eq!(d.field.as_deref(), Some("contact.website"));
}

#[test]
fn missing_photo_file() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", &format!("{GOOD_CREATOR}photo: static/ava.jpg\n"));
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "static/ava.jpg does not exist");
    assert_eq!(d.field.as_deref(), Some("photo"));
}

#[test]
fn every_problem_of_a_run_is_reported_together() {
    let root = site();
    common::break_four_files(&root);
    let all = problems(&root);
    let files: Vec<&str> = all.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "content/campaigns/c.yaml",
            "content/campaigns/c.yaml",
            "content/creators/ava-chen.yaml",
            "content/creators/ben.yaml",
            "mediakit.yaml"
        ],
        "{}",
        render(&all)
    );
    let summary = pipeline::check(&root).render();
    assert!(summary.ends_with("5 errors in 4 files\n"), "{summary}");
}

#[test]
fn no_site_says_how_to_start() {
    let root = temp_dir("empty");
    let d = only_error(&root, "mediakit.yaml");
    assert!(d.hint.as_deref().unwrap_or("").contains("mediakit init"), "{d}");
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_site_are_refused() {
    let root = site();
    let outside = temp_dir("outside");
    write(&outside, "secret.yaml", GOOD_CREATOR);
    std::os::unix::fs::symlink(outside.join("secret.yaml"), root.join("content/creators/leak.yaml")).unwrap();
    let d = only_error(&root, "content/creators/leak.yaml");
    assert_eq!(d.message, "this symlink points outside the site folder");
}

#[test]
fn four_mistakes_in_one_profile_are_four_errors() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\ncontact: {email: ava-at-example.com}\nplatforms:\n  - {platform: instagram, followers: -5}\n  - {platform: myspace, followers: 5}\n  - {platform: tiktok, followers: lots}\n",
    );
    let all = problems(&root);
    let fields: Vec<&str> = all.iter().filter_map(|d| d.field.as_deref()).collect();
    assert_eq!(
        fields,
        ["contact.email", "platforms[0].followers", "platforms[1].platform", "platforms[2].followers"],
        "{}",
        render(&all)
    );
}

#[test]
fn a_date_that_is_not_a_date_does_not_hide_an_unknown_creator() {
    let root = site();
    write(
        &root,
        "content/campaigns/spring.yaml",
        "name: Spring\nstart: soon\ncreators:\n  - creator: ava-chne\n    posts: [{platform: instagram, likes: 1}]\n",
    );
    let all = problems(&root);
    let fields: Vec<&str> = all.iter().filter_map(|d| d.field.as_deref()).collect();
    assert_eq!(fields, ["start", "creators[0].creator"], "{}", render(&all));
    assert_eq!(all[1].hint.as_deref(), Some("did you mean `ava-chen`?"));
}

#[test]
fn a_problem_is_not_reported_twice() {
    // The bad share is reported; the sum of the group it spoils is not.
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        &format!("{GOOD_CREATOR}audience:\n  gender: {{female: 140, male: 20}}\n"),
    );
    let d = only_error(&root, "content/creators/ava-chen.yaml");
    assert_eq!(d.message, "expected a percentage from 0 to 100, found 140");
    // A list item left out does not shift what is said about the next one.
    write(
        &root,
        "content/creators/ava-chen.yaml",
        &format!(
            "{GOOD_CREATOR}    history:\n      - {{date: 2026-01-01, followers: x}}\n      - {{date: 2026-02-01, followers: 5}}\n      - {{date: 2026-02-01, followers: 6}}\n"
        ),
    );
    let all = problems(&root);
    let fields: Vec<&str> = all.iter().filter_map(|d| d.field.as_deref()).collect();
    assert_eq!(fields, ["platforms[0].history[0].followers", "platforms[0].history[2].date"], "{}", render(&all));
    assert_eq!(all[1].line, Some(8));
}

#[test]
fn old_platform_names_still_build_with_a_warning() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "name: Ava\nplatforms:\n  - {platform: twitter, followers: 5}\n");
    let all = pipeline::check(&root).items;
    assert!(all.iter().all(|d| !d.is_error()), "{}", render(&all));
    let w = all.iter().find(|d| d.field.as_deref() == Some("platforms[0].platform")).expect("a warning");
    assert_eq!(w.message, "`twitter` is an old name of the platform `x`");
    assert_eq!(w.hint.as_deref(), Some("write `x`"));
}

#[test]
fn duplicate_keys_and_tags_are_reported_with_the_rest() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nname: Ava Chen\ntagline: !secret hi\nplatforms:\n  - {platform: instagram, followers: -1}\n",
    );
    let all = problems(&root);
    let messages: Vec<&str> = all.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "`name` is written twice in the same block",
            "mediakit does not read YAML tags such as `!secret`",
            "expected a count of 0 or more, found -1"
        ],
        "{}",
        render(&all)
    );
}
