//! Every class of bad input, through the real binary: `check` and `build`
//! exit with 1, print the whole report on stderr (nothing on stdout), write
//! nothing, and say where (file:line:column, the source line, a caret under
//! the field path), what was expected and, where one fits, a hint.

mod common;

use common::GOOD_CREATOR;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{temp_dir, write};

fn site() -> common::TempDir {
    common::one_creator_site("cli-errors")
}

struct Ran {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(root: &Path, command: &str) -> Ran {
    let output = Command::new(env!("CARGO_BIN_EXE_mediakit"))
        .arg(command)
        .arg("--root")
        .arg(root)
        .env("CI", "1")
        .output()
        .expect("run mediakit");
    Ran {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs `check` and `build` and asserts that both refuse the site with
/// exactly `report` on stderr, and that the build wrote nothing.
fn refused(root: &Path, report: &str) {
    let check = run(root, "check");
    assert_eq!(check.code, Some(1), "check exit code; stderr:\n{}", check.stderr);
    assert_eq!(check.stdout, "", "check printed on stdout");
    assert_eq!(check.stderr, report, "check report");

    let build = run(root, "build");
    assert_eq!(build.code, Some(1), "build exit code; stderr:\n{}", build.stderr);
    assert_eq!(build.stdout, "", "build printed on stdout");
    assert_eq!(
        build.stderr,
        format!("{report}Nothing was written; the previous output is unchanged.\n"),
        "build report"
    );
    assert!(!root.join("public").exists(), "a refused build wrote public/");
    assert!(!root.join(".public.mediakit-staging").exists(), "a refused build left its staging folder");
}

#[test]
fn yaml_syntax_error() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: 3\n   bad: indent\n",
    );
    refused(
        &root,
        "\
error: while parsing a block collection, did not find expected '-' indicator
 --> content/creators/ava-chen.yaml:5:4
  |
5 |    bad: indent
  |    ^^^ platforms
  = hint: check the indentation: keys of one block, and the `- ` of list items, line up in the same column

1 error in 1 file
",
    );
}

#[test]
fn yaml_unclosed_quote() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "name: \"Ava\nplatforms: []\n");
    refused(
        &root,
        "\
error: invalid indentation in multiline quoted scalar
 --> content/creators/ava-chen.yaml:2:1
  |
2 | platforms: []
  | ^^^^^^^^^
  = hint: a quoted value is not closed: look for a `\"` or `'` without its partner on this line or above

1 error in 1 file
",
    );
}

#[test]
fn yaml_tab_indentation() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "name: A\nplatforms:\n\t- platform: x\n");
    refused(
        &root,
        "\
error: tabs disallowed within this context (block indentation)
 --> content/creators/ava-chen.yaml:3:2
  |
3 |  - platform: x
  |  ^
  = hint: YAML indents with spaces, not tabs

1 error in 1 file
",
    );
}

#[test]
fn wrong_type() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: lots\n",
    );
    refused(
        &root,
        "\
error: expected a whole number, found the text \"lots\"
 --> content/creators/ava-chen.yaml:4:16
  |
4 |     followers: lots
  |                ^^^^ platforms[0].followers

1 error in 1 file
",
    );
}

#[test]
fn wrong_type_list_where_text_belongs() {
    let root = site();
    write(&root, "mediakit.yaml", "title: [Test]\n");
    refused(
        &root,
        "\
error: expected text, found a list
 --> mediakit.yaml:1:8
  |
1 | title: [Test]
  |        ^ title

1 error in 1 file
",
    );
}

#[test]
fn unclosed_bracket() {
    let root = site();
    write(&root, "mediakit.yaml", "title: [Test\n");
    refused(
        &root,
        "\
error: unclosed bracket '['
 --> mediakit.yaml:1:8
  |
1 | title: [Test
  |        ^ title
  = hint: the `[` on line 1, column 8 opens a list that is never closed: close it with `]`, or put the whole value in quotes if the bracket is part of the text

1 error in 1 file
",
    );
}

#[test]
fn wrong_type_list_where_one_name_belongs() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: [instagram, tiktok]\n    followers: 3\n",
    );
    refused(
        &root,
        "\
error: expected a single name, found a list
 --> content/creators/ava-chen.yaml:3:15
  |
3 |   - platform: [instagram, tiktok]
  |               ^ platforms[0].platform

1 error in 1 file
",
    );
}

#[test]
fn missing_required_field() {
    let root = site();
    write(
        &root,
        "content/campaigns/c.yaml",
        "name: C\ncreators:\n  - creator: ava-chen\n    posts:\n      - {likes: 3}\n",
    );
    refused(
        &root,
        "\
error: missing required field `platform`
 --> content/campaigns/c.yaml:5:9
  |
5 |       - {likes: 3}
  |         ^ creators[0].posts[0].platform
  = hint: add `platform: …` to `creators[0].posts[0]`

1 error in 1 file
",
    );
}

#[test]
fn unknown_key_with_did_you_mean() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "name: Ava\nplatforms:\n  - platform: instagram\n    folowers: 3\n");
    refused(
        &root,
        "\
error: unknown field `folowers`
 --> content/creators/ava-chen.yaml:4:5
  |
4 |     folowers: 3
  |     ^^^^^^^^ platforms[0].folowers
  = hint: did you mean `followers`?

1 error in 1 file
",
    );
}

#[test]
fn negative_count() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: -48200\n",
    );
    refused(
        &root,
        "\
error: expected a count of 0 or more, found -48200
 --> content/creators/ava-chen.yaml:4:16
  |
4 |     followers: -48200
  |                ^^^^^^ platforms[0].followers

1 error in 1 file
",
    );
}

#[test]
fn count_too_large() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: 18446744073709551616\n",
    );
    refused(
        &root,
        "\
error: expected a whole number no larger than 18446744073709551615, found 18446744073709552000
 --> content/creators/ava-chen.yaml:4:16
  |
4 |     followers: 18446744073709551616
  |                ^^^^^^^^^^^^^^^^^^^^ platforms[0].followers

1 error in 1 file
",
    );
}

#[test]
fn not_a_number() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: .nan\n",
    );
    refused(
        &root,
        "\
error: expected a finite number, found `.nan` (not a number)
 --> content/creators/ava-chen.yaml:4:16
  |
4 |     followers: .nan
  |                ^^^^ platforms[0].followers
  = hint: write plain digits such as 1200, or leave the field out when the figure is not known

1 error in 1 file
",
    );
}

#[test]
fn impossible_date() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        &format!("{GOOD_CREATOR}    history:\n      - {{date: 2026-02-30, followers: 10}}\n"),
    );
    refused(
        &root,
        "\
error: 2026-02-30 is not a date: February 2026 has 28 days
 --> content/creators/ava-chen.yaml:6:16
  |
6 |       - {date: 2026-02-30, followers: 10}
  |                ^^^^^^^^^^ platforms[0].history[0].date

1 error in 1 file
",
    );
}

#[test]
fn dates_out_of_order() {
    let root = site();
    write(
        &root,
        "content/campaigns/spring.yaml",
        "name: Spring\nstart: 2026-03-31\nend: 2026-03-01\ncreators:\n  - creator: ava-chen\n    posts: [{platform: instagram, likes: 1}]\n",
    );
    refused(
        &root,
        "\
error: the campaign ends (2026-03-01) before it starts (2026-03-31)
 --> content/campaigns/spring.yaml:3:6
  |
3 | end: 2026-03-01
  |      ^^^^^^^^^^ end
  = hint: swap `start` and `end`, or fix the typo

1 error in 1 file
",
    );
}

#[test]
fn percentage_group_far_from_100() {
    let root = site();
    write(
        &root,
        "content/creators/ava-chen.yaml",
        &format!("{GOOD_CREATOR}audience:\n  gender: {{female: 78, male: 70}}\n"),
    );
    refused(
        &root,
        "\
error: the shares in gender add up to 148%, not 100%
 --> content/creators/ava-chen.yaml:6:3
  |
6 |   gender: {female: 78, male: 70}
  |   ^^^^^^ audience.gender
  = hint: each group is a breakdown of the whole audience in percent; check for a missing or mistyped value

1 error in 1 file
",
    );
}

#[test]
fn unknown_creator_suggests_the_closest_slugs() {
    let root = site();
    write(&root, "content/creators/ava-chan.yaml", GOOD_CREATOR);
    write(
        &root,
        "content/campaigns/spring.yaml",
        "name: Spring\ncreators:\n  - creator: ava-chne\n    posts: [{platform: instagram, likes: 1}]\n",
    );
    refused(
        &root,
        "\
error: unknown creator `ava-chne`: there is no content/creators/ava-chne.yaml
 --> content/campaigns/spring.yaml:3:14
  |
3 |   - creator: ava-chne
  |              ^^^^^^^^ creators[0].creator
  = hint: did you mean `ava-chen` or `ava-chan`?

1 error in 1 file
",
    );
}

#[test]
fn duplicate_slug_yaml_and_yml() {
    let root = site();
    write(&root, "content/creators/ava-chen.yml", GOOD_CREATOR);
    refused(
        &root,
        "\
error: duplicate slug `ava-chen`: content/creators/ava-chen.yaml has the same name
 --> content/creators/ava-chen.yml
  = hint: keep one of the two files

1 error in 1 file
",
    );
}

#[test]
fn duplicate_slug_in_another_case() {
    let root = site();
    write(&root, "content/creators/Ava-Chen.yaml", GOOD_CREATOR);
    refused(
        &root,
        "\
error: the file name `Ava-Chen.yaml` cannot be used as a slug (the part of the address after /creators/)
 --> content/creators/Ava-Chen.yaml
  = hint: `ava-chen.yaml` already exists: this looks like a second copy of it; keep one of the two files

1 error in 1 file
",
    );
}

/// A slug is the file name, and it becomes a folder of the output: only
/// lowercase ASCII letters, digits and hyphens, so no name can be a path.
#[test]
fn file_names_that_are_not_slugs() {
    let cases = [
        (
            "content/creators/lena.moreau.yaml",
            "rename it to `lena-moreau.yaml` (lowercase letters, digits and hyphens)",
        ),
        (
            "content/creators/ava.chen.yaml",
            "`ava-chen.yaml` already exists: this looks like a second copy of it; keep one of the two files",
        ),
        ("content/creators/Ben Lee.yaml", "rename it to `ben-lee.yaml` (lowercase letters, digits and hyphens)"),
        ("content/creators/zoë kraus.yaml", "rename it to `zoe-kraus.yaml` (lowercase letters, digits and hyphens)"),
        ("content/creators/李小龙.yaml", "use lowercase letters, digits and hyphens, e.g. `ava-chen.yaml`"),
        ("content/creators/BEN.yaml", "rename it to `ben.yaml` (lowercase letters, digits and hyphens)"),
        ("content/creators/-ben-.yaml", "rename it to `ben.yaml` (lowercase letters, digits and hyphens)"),
        ("content/creators/%2e%2e.yaml", "rename it to `2e-2e.yaml` (lowercase letters, digits and hyphens)"),
        (
            "content/campaigns/Spring 2026!.yaml",
            "rename it to `spring-2026.yaml` (lowercase letters, digits and hyphens)",
        ),
    ];
    for (rel, hint) in cases {
        let root = site();
        write(&root, rel, GOOD_CREATOR);
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let folder = if rel.contains("/campaigns/") { "campaigns" } else { "creators" };
        refused(
            &root,
            &format!(
                "\
error: the file name `{name}` cannot be used as a slug (the part of the address after /{folder}/)
 --> {rel}
  = hint: {hint}

1 error in 1 file
"
            ),
        );
    }
}

#[test]
fn empty_file() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "");
    refused(&root, "\
error: the file is empty
 --> content/creators/ava-chen.yaml:1:1
  = hint: write the required fields (a creator needs `name` and a platform with `followers`, a campaign `name` and a creator with a post), or delete the file; `mediakit new creator NAME` writes a template

1 error in 1 file
");
}

#[test]
fn binary_file() {
    let root = site();
    fs::write(root.join("content/creators/ava-chen.yaml"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").expect("write");
    refused(
        &root,
        "\
error: this is a binary file, not YAML text
 --> content/creators/ava-chen.yaml:3:1
  = hint: content files must be plain text; move pictures and PDFs to static/

1 error in 1 file
",
    );
}

#[test]
fn invalid_utf8() {
    let root = site();
    fs::write(root.join("content/creators/ava-chen.yaml"), b"name: Ren\xe9e\nplatforms: []\n").expect("write");
    refused(
        &root,
        "\
error: the file is not valid UTF-8 text
 --> content/creators/ava-chen.yaml:1:10
  |
1 | name: Ren\u{fffd}e
  |          ^^
  = hint: save the file with UTF-8 encoding in your editor

1 error in 1 file
",
    );
}

#[test]
fn escape_sequences_in_a_file_never_reach_the_terminal() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", "name: A\u{1b}[2J\u{1b}[31mRED\nplatforms: []\n");
    refused(
        &root,
        "\
error: unexpected character: `\\u{1b}'
 --> content/creators/ava-chen.yaml:1:7
  |
1 | name: A\u{fffd}[2J\u{fffd}[31mRED
  |       ^^^^^^^^^^^^^
  = hint: the line holds an invisible control character; delete and retype it

1 error in 1 file
",
    );
}

#[test]
fn config_error() {
    let root = site();
    write(&root, "mediakit.yaml", "title: Test\nbaseurl: https://x.io\n");
    refused(
        &root,
        "\
error: unknown field `baseurl`
 --> mediakit.yaml:2:1
  |
2 | baseurl: https://x.io
  | ^^^^^^^ baseurl
  = hint: did you mean `base_url`?

1 error in 1 file
",
    );
}

#[test]
fn config_value_error() {
    let root = site();
    write(&root, "mediakit.yaml", "theme: stuido\n");
    refused(
        &root,
        "\
error: unknown theme `stuido`
 --> mediakit.yaml:1:8
  |
1 | theme: stuido
  |        ^^^^^^ theme
  = hint: did you mean `studio`? Built-in themes: studio, creator, agency; or create themes/stuido/

1 error in 1 file
",
    );
}

#[test]
fn unsafe_link() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", &format!("{GOOD_CREATOR}    url: \"javascript:alert(1)\"\n"));
    refused(
        &root,
        "\
error: expected a web address starting with https://, http:// or mailto:, found \"javascript:alert(1)\"
 --> content/creators/ava-chen.yaml:5:10
  |
5 |     url: \"javascript:alert(1)\"
  |          ^^^^^^^^^^^^^^^^^^^^^ platforms[0].url

1 error in 1 file
",
    );
}

#[test]
fn asset_outside_static() {
    let root = site();
    write(&root, "content/creators/ava-chen.yaml", &format!("{GOOD_CREATOR}photo: ../../etc/passwd\n"));
    refused(
        &root,
        "\
error: expected a file under static/ (like static/photo.jpg) or an https:// address, found \"../../etc/passwd\"
 --> content/creators/ava-chen.yaml:5:8
  |
5 | photo: ../../etc/passwd
  |        ^^^^^^^^^^^^^^^^ photo

1 error in 1 file
",
    );
}

#[cfg(unix)]
#[test]
fn content_symlink_to_a_system_file() {
    let root = site();
    std::os::unix::fs::symlink("/etc/passwd", root.join("content/creators/passwd.yaml")).expect("symlink");
    refused(
        &root,
        "\
error: this symlink points outside the site folder
 --> content/creators/passwd.yaml
  = hint: copy the file into the site instead of linking to it

1 error in 1 file
",
    );
}

#[test]
fn every_problem_of_a_run_in_one_report() {
    let root = site();
    common::break_four_files(&root);
    let check = run(&root, "check");
    assert_eq!(check.code, Some(1));
    let locations: Vec<&str> = check.stderr.lines().filter(|l| l.starts_with(" --> ")).collect();
    assert_eq!(
        locations,
        [
            " --> content/campaigns/c.yaml:3:6",
            " --> content/campaigns/c.yaml:5:14",
            " --> content/creators/ava-chen.yaml:4:16",
            " --> content/creators/ben.yaml:5:3",
            " --> mediakit.yaml:1:1",
        ],
        "{}",
        check.stderr
    );
    assert!(check.stderr.ends_with("\n5 errors in 4 files\n"), "{}", check.stderr);
    let build = run(&root, "build");
    assert_eq!(build.code, Some(1));
    assert!(build.stderr.starts_with(&check.stderr), "build and check report differently:\n{}", build.stderr);
}

#[test]
fn no_site_says_how_to_start() {
    let root = temp_dir("cli-nosite");
    let check = run(&root, "check");
    assert_eq!(check.code, Some(1));
    assert!(check.stderr.contains("run `mediakit init`"), "{}", check.stderr);
    let build = run(&root, "build");
    assert_eq!(build.code, Some(1));
    assert!(build.stderr.contains("run `mediakit init`"), "{}", build.stderr);
    assert!(!root.join("public").exists());
}

#[test]
fn usage_errors_exit_with_2() {
    let root = site();
    let ran = Command::new(env!("CARGO_BIN_EXE_mediakit")).args(["biuld", "--root"]).arg(&*root).output().expect("run");
    assert_eq!(ran.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&ran.stderr);
    assert!(stderr.starts_with("error: unrecognized subcommand 'biuld'"), "{stderr}");
    assert!(stderr.contains("a similar subcommand exists: 'build'"), "{stderr}");
}

#[test]
fn check_writes_nothing() {
    let root = site();
    let before = common::snapshot(&root);
    let check = run(&root, "check");
    assert_eq!(check.code, Some(0), "{}", check.stderr);
    assert_eq!(check.stderr, "No problems found.\n");
    assert_eq!(common::snapshot(&root), before);
}
