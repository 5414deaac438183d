//! Snapshots of what the `mediakit` binary makes of the harness's own
//! fixture sites (`tests/fixtures/harness-*`): every kind of page as
//! readable text, `data.json`, the PDFs' text, and the errors of `check`
//! and `build` with their exit codes. The snapshot files are under
//! `tests/snapshots/`; a change to a label, a figure or a link shows up
//! there as a diff to review.
//!
//! To accept the current output as the new snapshots (then review the
//! diff with `git diff tests/snapshots/`):
//!
//! ```sh
//! INSTA_UPDATE=always cargo test --test snapshots
//! ```
//!
//! Without it a changed snapshot fails the test and its new text is left
//! beside the old one as `tests/snapshots/*.snap.new` (on CI, where `CI` is
//! set, nothing is written). The PDF snapshots need poppler's `pdftotext`.

mod harness;

use harness::{Output, SiteTest};
use insta::assert_snapshot;

const SITE: &str = "harness-site";
const BROKEN: &str = "harness-broken";

fn built() -> (SiteTest, Output) {
    let site = SiteTest::fixture(SITE);
    let out = site.build();
    (site, out)
}

#[test]
fn output_files() {
    let (_site, out) = built();
    assert_snapshot!("output-files", out.files().join("\n"));
}

#[test]
fn roster_page() {
    let (_site, out) = built();
    assert_snapshot!("page-roster", out.page("index.html"));
}

#[test]
fn media_kit_pages() {
    let (_site, out) = built();
    // Two platforms, audience, partners and rates; hidden rates and a
    // growth spike; the smallest kit there is.
    assert_snapshot!("page-kit-mia-rossi", out.page("creators/mia-rossi/index.html"));
    assert_snapshot!("page-kit-leo-park", out.page("creators/leo-park/index.html"));
    assert_snapshot!("page-kit-sam-lee", out.page("creators/sam-lee/index.html"));
}

#[test]
fn rate_card_page() {
    let (_site, out) = built();
    assert_snapshot!("page-rates-mia-rossi", out.page("creators/mia-rossi/rates/index.html"));
}

#[test]
fn campaign_report_pages() {
    let (_site, out) = built();
    assert_snapshot!("page-report-summer-glow", out.page("campaigns/summer-glow/index.html"));
    // `hide: [budget, fees, revenue]`: no cost, revenue or cost-based figure.
    assert_snapshot!("page-report-quiet-launch", out.page("campaigns/quiet-launch/index.html"));
}

#[test]
fn not_found_page_and_sitemap() {
    let (_site, out) = built();
    assert_snapshot!("page-404", out.page("404.html"));
    assert_snapshot!("sitemap", out.text("sitemap.xml"));
}

#[test]
fn creator_data_json() {
    let (_site, out) = built();
    assert_snapshot!("data-creator-mia-rossi", out.text("creators/mia-rossi/data.json"));
    assert_snapshot!("data-creator-leo-park", out.text("creators/leo-park/data.json"));
}

#[test]
fn campaign_data_json() {
    let (_site, out) = built();
    assert_snapshot!("data-campaign-summer-glow", out.text("campaigns/summer-glow/data.json"));
    assert_snapshot!("data-campaign-quiet-launch", out.text("campaigns/quiet-launch/data.json"));
}

#[test]
fn campaign_csv_tables() {
    let (_site, out) = built();
    assert_snapshot!("csv-creators-summer-glow", out.text("campaigns/summer-glow/creators.csv"));
    assert_snapshot!("csv-posts-summer-glow", out.text("campaigns/summer-glow/posts.csv"));
    // `hide: [budget, fees, revenue]`: no fee, cost, revenue or cost-based column.
    assert_snapshot!("csv-creators-quiet-launch", out.text("campaigns/quiet-launch/creators.csv"));
}

#[test]
fn pdf_text() {
    let (_site, out) = built();
    let pdfs = [
        ("pdf-kit-mia-rossi", "creators/mia-rossi/media-kit.pdf"),
        ("pdf-kit-leo-park", "creators/leo-park/media-kit.pdf"),
        ("pdf-report-summer-glow", "campaigns/summer-glow/report.pdf"),
        ("pdf-report-quiet-launch", "campaigns/quiet-launch/report.pdf"),
    ];
    for (name, rel) in pdfs {
        let Some(text) = out.pdf_text(rel) else { return };
        assert_snapshot!(name, text);
    }
}

#[test]
fn check_and_build_of_a_good_site() {
    let site = SiteTest::fixture(SITE);
    let check = site.check();
    assert_snapshot!("cli-check-ok", check.transcript());
    let build = site.run(&["build"]);
    assert_snapshot!("cli-build-ok", build.transcript());
    assert_eq!(build.code, Some(0));
}

#[test]
fn check_of_a_broken_site_lists_every_problem() {
    let site = SiteTest::fixture(BROKEN);
    let check = site.check();
    assert_eq!(check.code, Some(1), "{}", check.transcript());
    assert_snapshot!("cli-check-broken", check.transcript());
}

#[test]
fn build_of_a_broken_site_lists_every_problem_and_writes_nothing() {
    let site = SiteTest::fixture(BROKEN);
    let build = site.run(&["build"]);
    assert_eq!(build.code, Some(1), "{}", build.transcript());
    assert_snapshot!("cli-build-broken", build.transcript());
    assert!(!site.root().join("public").exists(), "a failed build writes no output folder");
}

#[test]
fn problems_brought_into_a_good_site() {
    // A syntax error, a cross-file reference and a config value, each in
    // its own file, made by editing the good fixture.
    let site = SiteTest::fixture(SITE)
        .edit("content/creators/sam-lee.yaml", "name: Sam Lee", "name: [Sam Lee")
        .edit("content/campaigns/quiet-launch.yaml", "creator: mia-rossi", "creator: mia-rosi")
        .edit("mediakit.yaml", "theme: studio", "theme: stuido");
    let check = site.check();
    assert_snapshot!("cli-check-edited", check.transcript());
    let build = site.run(&["build"]);
    assert_eq!(build.code, Some(1), "{}", build.transcript());
    assert!(build.stderr.starts_with(&check.stderr), "build reports what check reports:\n{}", build.transcript());
}

#[test]
fn a_new_creator_from_the_template_builds() {
    let site = SiteTest::fixture(SITE);
    let new = site.run(&["new", "creator", "Zed Quill"]);
    assert_snapshot!("cli-new-creator", new.transcript());
    let out = site.build();
    assert!(out.files().contains(&"creators/zed-quill/index.html".to_string()), "{:?}", out.files());
}

#[test]
fn usage_errors_exit_with_2() {
    let site = SiteTest::fixture(SITE);
    for args in [&["build", "--frobnicate"][..], &["check", "extra"], &["frobnicate"]] {
        let run = site.run(args);
        assert_eq!(run.code, Some(2), "{}", run.transcript());
        assert!(run.stderr.starts_with("error: "), "{}", run.transcript());
    }
}

#[test]
fn durations_in_transcripts_are_masked() {
    use harness::normalise_durations as n;
    assert_eq!(n("→ 8 pages, 5 PDFs in 0.04 s (x)"), "→ 8 pages, 5 PDFs in [TIME] (x)");
    assert_eq!(n("files in 3.1 ms; its own in 12ms"), "files in [TIME]; its own in [TIME]");
    assert_eq!(n("in 2026 sales in 5 stores"), "in 2026 sales in 5 stores");
}

#[test]
fn page_outlines_read_like_the_page() {
    let page = "<!doctype html><html lang=\"en\"><head><title>A &amp; B</title>\
        <meta name=\"description\" content=\"x\"></head><body class=\"k\">\n<h1>Ava  <em>Chen</em></h1>\
        <nav><a href=\"/a/\" aria-current=\"page\">Kit</a> · <a href=\"/b/\">Rates</a></nav>\
        <dl><div><dt>ER</dt><dd>5.4% <span>Good</span></dd></div></dl>\
        <table><tr><th>Reach</th><td>1,000</td></tr></table>\
        <p class=\"big\" title=\"48,200 followers\">48.2K</p>\
        <svg role=\"img\"><title>T</title><desc>D 1</desc><rect/><text x=\"1\">78%</text></svg>\
        <ul><li>one</li><li>two <img src=\"/p.png\" alt=\"P\"></li></ul></body></html>";
    let expected = "html{lang=\"en\"}\ntitle: A & B\nmeta name=\"description\" content=\"x\"\n\
        body{class=\"k\"}\n# Ava Chen\n[Kit](/a/){aria-current=\"page\"} · [Rates](/b/)\nER: 5.4% Good\n\
        | Reach | 1,000 |\n{title=\"48,200 followers\"} 48.2K\nsvg: T — D 1\nsvg labels: 78%\n\
        - one\n- two ![P](/p.png)\n";
    assert_eq!(harness::html::outline(page), expected);
}
