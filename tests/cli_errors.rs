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
error: this `[` is never closed
 --> mediakit.yaml:1:8
  |
1 | title: [Test
  |        ^ title
  = hint: close the list with `]`, or put the whole value in quotes if the `[` is part of the text

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

/// The first hour of a new user: a dozen mistakes spread over three files,
/// every one of them reported by one `check` and one `build`, each with its
/// file, line, column, field, caret and hint.
#[test]
fn a_dozen_mistakes_in_three_files_in_one_report() {
    let root = site();
    write(
        &root,
        "mediakit.yaml",
        "\
title: Northlight Talent
base_url: northlight.github.io/kits
currency: EURO
engagement: {counts: [likes, coments]}
pdf: {paper: a5}
",
    );
    write(
        &root,
        "content/creators/ava-chen.yaml",
        "\
name: Ava Chen
contact: {email: ava-at-example.com}
platforms:
  - platform: instagram
    followers: -48200
  - platform: myspace
    followers: 1200
  - platform: tiktok
    followers: lots
    avg_like: 300
audience:
  gender: {female: 80, male: 60}
",
    );
    write(
        &root,
        "content/campaigns/spring-glow.yaml",
        "\
name: Spring Glow
start: next week
end: 2026-03-31
creators:
  - creator: ava-chne
    fee: $2,000
    posts:
      - {platform: instagram, date: 2026-02-30, likes: 2400}
",
    );
    refused(&root, "\
error: expected a date written YYYY-MM-DD (like 2026-03-05), found \"next week\"
 --> content/campaigns/spring-glow.yaml:2:8
  |
2 | start: next week
  |        ^^^^^^^^^ start

error: unknown creator `ava-chne`: there is no content/creators/ava-chne.yaml
 --> content/campaigns/spring-glow.yaml:5:14
  |
5 |   - creator: ava-chne
  |              ^^^^^^^^ creators[0].creator
  = hint: did you mean `ava-chen`?

error: expected a number of 0 or more, found the text \"$2,000\" (write plain digits without symbols or thousands separators, e.g. 1200)
 --> content/campaigns/spring-glow.yaml:6:10
  |
6 |     fee: $2,000
  |          ^^^^^^ creators[0].fee

error: 2026-02-30 is not a date: February 2026 has 28 days
 --> content/campaigns/spring-glow.yaml:8:37
  |
8 |       - {platform: instagram, date: 2026-02-30, likes: 2400}
  |                                     ^^^^^^^^^^ creators[0].posts[0].date

error: expected an e-mail address like name@example.com, found \"ava-at-example.com\"
 --> content/creators/ava-chen.yaml:2:18
  |
2 | contact: {email: ava-at-example.com}
  |                  ^^^^^^^^^^^^^^^^^^ contact.email

error: expected a count of 0 or more, found -48200
 --> content/creators/ava-chen.yaml:5:16
  |
5 |     followers: -48200
  |                ^^^^^^ platforms[0].followers

error: unknown platform `myspace`
 --> content/creators/ava-chen.yaml:6:15
  |
6 |   - platform: myspace
  |               ^^^^^^^ platforms[1].platform
  = hint: expected one of: instagram, tiktok, youtube, linkedin, pinterest, threads, twitch, x, other

error: expected a whole number, found the text \"lots\"
 --> content/creators/ava-chen.yaml:9:16
  |
9 |     followers: lots
  |                ^^^^ platforms[2].followers

error: unknown field `avg_like`
  --> content/creators/ava-chen.yaml:10:5
   |
10 |     avg_like: 300
   |     ^^^^^^^^ platforms[2].avg_like
   = hint: did you mean `avg_likes`?

error: the shares in gender add up to 140%, not 100%
  --> content/creators/ava-chen.yaml:12:3
   |
12 |   gender: {female: 80, male: 60}
   |   ^^^^^^ audience.gender
   = hint: each group is a breakdown of the whole audience in percent; check for a missing or mistyped value

error: expected an address starting with https:// (or a path starting with /), found \"northlight.github.io/kits\"
 --> mediakit.yaml:2:11
  |
2 | base_url: northlight.github.io/kits
  |           ^^^^^^^^^^^^^^^^^^^^^^^^^ base_url
  = hint: use the address the site is published at, e.g. https://you.github.io/kits (project pages) or https://you.github.io (user pages)

error: expected an ISO 4217 currency code such as USD, EUR or GBP, found \"EURO\" (did you mean `EUR`?)
 --> mediakit.yaml:3:11
  |
3 | currency: EURO
  |           ^^^^ currency

error: unknown interaction `coments`
 --> mediakit.yaml:4:30
  |
4 | engagement: {counts: [likes, coments]}
  |                              ^^^^^^^ engagement.counts[1]
  = hint: did you mean `comments`? (one of: likes, comments, shares, saves, clicks)

error: unknown paper size `a5`
 --> mediakit.yaml:5:14
  |
5 | pdf: {paper: a5}
  |              ^^ pdf.paper
  = hint: did you mean `a4`? (one of: a4, letter)

14 errors in 3 files
");
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

/// A build whose `base_url` is only a path works, and says once what that costs.
#[test]
fn a_bare_path_base_url_warns_once() {
    let root = site();
    write(&root, "mediakit.yaml", "title: Test\nbase_url: /kits\n");
    let build = run(&root, "build");
    assert_eq!(build.code, Some(0), "{}", build.stderr);
    assert_eq!(build.stderr.matches("warning:").count(), 1, "{}", build.stderr);
    assert!(
        build.stderr.starts_with(
            "\
warning: base_url `/kits` is a path, not an address: sitemap.xml, canonical links and og:url are written without a host, and search engines and link previews ignore them
 --> mediakit.yaml:2:11
  |
2 | base_url: /kits
  |           ^^^^^ base_url
  = hint: set `base_url` in mediakit.yaml to the address the site is published at, e.g. https://you.github.io/kits, or pass --base-url https://… to `mediakit build`
"
        ),
        "{}",
        build.stderr
    );
    // An address given for the build is what counts.
    let with_address = Command::new(env!("CARGO_BIN_EXE_mediakit"))
        .args(["build", "--base-url", "https://ava.github.io/kits", "--root"])
        .arg(&*root)
        .env("CI", "1")
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&with_address.stderr);
    assert!(with_address.status.success() && !stderr.contains("warning"), "{stderr}");
    // `check` has nothing to say about it: the site is valid.
    assert_eq!(run(&root, "check").stderr, "No problems found.\n");
}
