//! Data in (SPEC §10), through the binary: a site whose figures come from
//! the platforms' own exports and an agency's spreadsheets
//! (`tests/fixtures/import-site`, binaries written by
//! `tests/fixtures/make-import-binaries.py`). Every figure is worked out by
//! hand below from the fixture files.

mod harness;

use std::fs;
use std::io::Write;

use harness::{Output, SiteTest};
use serde_json::Value;

const SITE: &str = "import-site";

fn built() -> (SiteTest, Output) {
    let site = SiteTest::fixture(SITE);
    let out = site.build();
    (site, out)
}

fn json(out: &Output, rel: &str) -> Value {
    serde_json::from_str(&out.text(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn close(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-3)
}

fn platform(out: &Output, slug: &str) -> Value {
    json(out, &format!("creators/{slug}/data.json"))["platforms"][0].clone()
}

#[test]
fn tiktok_studio_folder_with_yearless_dates() {
    let (_site, out) = built();
    let p = platform(&out, "tess");
    // Content.csv: Dec 28 (1.2K + 80 + 40 shares + 30 favorites = 1,350),
    // Dec 31 (900 + 60 + undefined + 40 = 1,000), Jan 2 (1,500 + 100 + 50 + 50 = 1,700).
    // Mean 4,050 ÷ 3 = 1,350 per post.
    assert!(close(&p["engagements"], 1350.0), "{p}");
    // Followers: the last point of FollowerHistory.csv, Jan 2 → 21,100.
    assert_eq!(p["followers"], 21100);
    // ER 1,350 ÷ 21,100 × 100 = 6.3981 %.
    assert!(close(&p["er"], 6.3981), "{p}");
    // The years are counted back from as_of 2027-01-02: December is 2026.
    // Monthly points: Dec 1, 2026 (20,000) and Jan 1, 2027 (21,010); Jan 2 is
    // a day after the last kept point, too close to be a month's step.
    // Growth (21,010 − 20,000) ÷ 20,000 × 30 ÷ 31 days × 100 = 4.8871 %.
    let growth = &p["monthly_growth"];
    assert_eq!(growth.as_array().map(Vec::len), Some(1), "{growth}");
    assert_eq!(growth[0]["from"], "2026-12-01");
    assert_eq!(growth[0]["to"], "2027-01-01");
    assert!(close(&growth[0]["growth"], 4.8871), "{growth}");

    let kit = out.page("creators/tess/index.html");
    assert!(kit.contains("TikTok: TikTok Studio export, through Jan 2, 2027"), "{kit}");
    assert!(kit.contains("years counted back from the profile's as_of date, Jan 2, 2027"), "{kit}");
    // Audience from FollowerGender.csv (fractions) and FollowerTopTerritories.csv (codes).
    for shown in ["United States", "Germany", "United Kingdom", "62"] {
        assert!(kit.contains(shown), "{shown} missing from the kit");
    }
    assert!(!kit.contains("Others"), "TikTok's `Others` is not a country");
}

#[test]
fn youtube_studio_zip_with_total_row_dash_and_bom() {
    let (_site, out) = built();
    let p = platform(&out, "yuki");
    // Table data.csv, the Total row skipped: 1,200 + 150 + 80 = 1,430;
    // 1,000 + 120 + — = 1,120; 200 + 40 + 70 = 310. Mean 2,860 ÷ 3 = 953.33.
    assert!(close(&p["engagements"], 953.3333), "{p}");
    // Followers as written in the YAML (40,000): 953.33 ÷ 40,000 × 100 = 2.3833 %.
    assert_eq!(p["followers"], 40000);
    assert!(close(&p["er"], 2.3833), "{p}");
    // Through the last date of Chart data / Totals: Nov 5, 2026.
    assert!(out.page("creators/yuki/index.html").contains("YouTube: YouTube Studio export, through Nov 5, 2026"));
}

#[test]
fn german_meta_business_suite_export() {
    let (_site, out) = built();
    let p = platform(&out, "greta");
    // Beiträge.csv in German: "1.150" is 1,150 likes. Posts:
    // 1,150 + 85 + 40 + 120 = 1,395; 2,000 + 150 + 100 + 300 = 2,550. Mean 1,972.5.
    assert!(close(&p["engagements"], 1972.5), "{p}");
    // ER 1,972.5 ÷ 30,000 × 100 = 6.575 %; by reach Σ 3,945 ÷ Σ (8,150 + 15,000) = 17.041 %.
    assert!(close(&p["er"], 6.575), "{p}");
    assert!(close(&p["er_reach"], 17.041), "{p}");
    let kit = out.page("creators/greta/index.html");
    // Follows.csv (UTF-16, sep=) dates the export: Nov 12, 2026.
    assert!(kit.contains("Instagram: Meta Business Suite export, through Nov 12, 2026"), "{kit}");
    // Audience.csv: women 25 + 30 + 15 = 70, men 30; Germany 70.5 %.
    for shown in ["Germany", "Austria", "70.5", "25-34"] {
        assert!(kit.contains(shown), "{shown} missing from the kit");
    }
}

#[test]
fn linkedin_workbook() {
    let (_site, out) = built();
    let p = platform(&out, "lin");
    // TOP POSTS joined by URL: activity 1 (300 engagements, 8,000 impressions),
    // activity 2 (200, 9,000): mean 250 engagements a post.
    assert!(close(&p["engagements"], 250.0), "{p}");
    // FOLLOWERS: "Total followers on 11/30/2026: 5000".
    assert_eq!(p["followers"], 5000);
    assert!(close(&p["er"], 5.0), "{p}");
    let kit = out.page("creators/lin/index.html");
    assert!(kit.contains("LinkedIn: LinkedIn analytics export, through Nov 30, 2026"));
    // The YAML's gender stays; the workbook adds the locations it has.
    assert!(kit.contains("Berlin Area"), "{kit}");
}

#[test]
fn campaign_posts_from_csv_and_xlsx() {
    let (_site, out) = built();
    let d = json(&out, "campaigns/winter-bake/data.json");
    let t = &d["totals"];
    // posts.csv: tess 900 + 50 + 30 + 20 = 1,000; Bea 400 + 30 + 10 + 10 = 450.
    // results.xlsx › Posts: Nia Park 300 + 20 = 320. Σ 1,770.
    assert!(close(&t["engagements"], 1770.0), "{t}");
    // Clicks 120 + 80 + 50 ("Link clicks" mapped) = 250; Sales/Orders 12 + 8 + 5 = 25.
    assert!(close(&t["clicks"], 250.0) && close(&t["conversions"], 25.0), "{t}");
    // Revenue "$1,200.50" + "$800" + 250.5 = 2,251; cost: fees 1,000 + 500 = 1,500.
    assert!(close(&t["revenue"], 2251.0) && close(&t["cost"], 1500.0), "{t}");
    // ROAS 2,251 ÷ 1,500 = 1.5007; CPA 1,500 ÷ 25 = 60; CPC 1,500 ÷ 250 = 6.
    assert!(close(&t["roas"], 1.5007) && close(&t["cpa"], 60.0) && close(&t["cpc"], 6.0), "{t}");
    // Impr. "12,000" and reach 10K; CTR 120 ÷ 12,000 = 1 %.
    let tess = &d["creators"][0];
    assert_eq!(tess["slug"], "tess");
    assert!(close(&tess["impressions"], 12000.0) && close(&tess["reach"], 10000.0), "{tess}");
    // Followers of the post: tess's TikTok, imported (21,100): 1,000 ÷ 21,100 = 4.7393 %.
    assert!(close(&tess["er_followers"], 4.7393), "{tess}");
    assert_eq!(d["creators"][1]["name"], "Bea Santos");
    assert_eq!(d["creators"][2]["name"], "Nia Park");
    assert_eq!(d["creators"][2]["fee"], Value::Null, "a creator only in the sheet has no fee");
}

#[test]
fn the_report_tables_as_csv_match_data_json() {
    let (site, out) = built();
    let creators = out.text("campaigns/winter-bake/creators.csv");
    let mut lines = creators.lines();
    assert_eq!(
        lines.next(),
        Some(
            "creator,name,posts,fee,product_cost,reach,impressions,views,engagements,clicks,conversions,revenue,cost,\
             er_followers,er_reach,ctr,conversion_rate,cpe,cpm,cpc,cpa,cpv,emv,roas,roi"
        )
    );
    // tess: reach 10,000, impressions 12,000, 1,000 engagements, fee 1,000:
    // CPE 1, CPM 1,000 ÷ 12,000 × 1,000 = 83.3333, ROAS 1,200.5 ÷ 1,000 = 1.2005, ROI 20.05 %.
    assert_eq!(
        lines.next(),
        Some(
            "tess,Tess Rivera,1,1000,,10000,12000,,1000,120,12,1200.5,1000,4.7393,10,1,10,1,83.3333,8.3333,83.3333,,,1.2005,20.05"
        )
    );
    let posts = out.text("campaigns/winter-bake/posts.csv");
    // A title that looks like a formula is kept from running in a spreadsheet.
    assert!(posts.contains("'=HYPERLINK"), "{posts}");
    assert!(posts.lines().count() == 4, "{posts}");

    // hide: fees and revenue leave their columns out, as data.json leaves the figures out.
    site.replace("content/campaigns/winter-bake.yaml", "currency: USD\n", "currency: USD\nhide: [fees, revenue]\n");
    let out = site.build();
    let creators = out.text("campaigns/winter-bake/creators.csv");
    let head = creators.lines().next().unwrap_or_default();
    for gone in ["fee", "cost", "revenue", "roas", "cpa"] {
        assert!(!head.split(',').any(|h| h == gone), "{gone} in {head}");
    }
    let d = json(&out, "campaigns/winter-bake/data.json");
    assert_eq!(d["totals"]["revenue"], Value::Null);
    assert!(out.text("campaigns/winter-bake/posts.csv").lines().next().is_some_and(|h| !h.contains("revenue")));
}

#[test]
fn markup_in_an_export_or_sheet_stays_text() {
    let site = SiteTest::fixture(SITE);
    site.replace("data/campaign/posts.csv", "Bea Santos,instagram", "<img src=x onerror=alert(1)>,instagram");
    let out = site.build();
    let raw = out.text("campaigns/winter-bake/index.html");
    assert!(!raw.contains("<img src=x"), "a name from a sheet reached the page as markup");
    assert!(raw.contains("&lt;img src=x onerror=alert(1)&gt;"), "the name is shown as text");
    // The title with a script tag is data in posts.csv, never on a page.
    assert!(!raw.contains("<script>alert(1)</script>"));
    assert!(out.text("campaigns/winter-bake/posts.csv").contains("<script>alert(1)</script>"));
    assert!(!out.text("creators/tess/index.html").contains("<b>cake</b>"));
}

#[test]
fn unknown_columns_are_warned_and_a_bad_cell_is_located() {
    let site = SiteTest::fixture(SITE);
    let run = site.check();
    assert!(run.stderr.contains("column `Mood` is not a post field"), "{}", run.transcript());
    site.replace("data/campaign/posts.csv", ",400,30,", ",4oo,30,");
    let run = site.check();
    assert_eq!(run.code, Some(1), "{}", run.transcript());
    let text = run.stderr;
    assert!(text.contains("--> data/campaign/posts.csv:3:"), "{text}");
    assert!(text.contains("row 3, column H `Likes`"), "{text}");
    assert!(text.contains("\"4oo\""), "{text}");
}

#[test]
fn an_unrecognised_export_names_the_formats_and_the_headers() {
    let site = SiteTest::fixture(SITE);
    site.write("data/tess/other/Stuff.csv", "Day,Mood,Weather\n1,ok,sun\n");
    site.replace("content/creators/tess.yaml", "data/tess/tiktok/", "data/tess/other/");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    let text = run.stderr;
    assert!(text.contains("this is not an export mediakit recognises"), "{text}");
    assert!(text.contains("YouTube Studio") && text.contains("TikTok Studio") && text.contains("LinkedIn"), "{text}");
    assert!(text.contains("Day, Mood, Weather"), "{text}");
}

#[test]
fn a_missing_import_is_located_in_the_yaml() {
    let site = SiteTest::fixture(SITE);
    site.replace("content/creators/yuki.yaml", "youtube.zip", "youtub.zip");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("`data/yuki/youtub.zip` does not exist"), "{}", run.stderr);
    assert!(run.stderr.contains("content/creators/yuki.yaml:6:13"), "{}", run.stderr);
}

#[test]
fn an_export_for_another_platform_is_refused() {
    let site = SiteTest::fixture(SITE);
    site.replace("content/creators/yuki.yaml", "platform: youtube", "platform: tiktok");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("this is a YouTube Studio export, but the entry is for TikTok"), "{}", run.stderr);
}

#[test]
fn a_huge_file_ends_with_a_clear_error() {
    let site = SiteTest::fixture(SITE);
    let path = site.root().join("data/tess/tiktok/Content.csv");
    // A sparse file of 300 MB: nothing of it is read.
    fs::OpenOptions::new().write(true).open(&path).and_then(|f| f.set_len(300 * 1024 * 1024)).expect("grow");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("is 300 MB; an export or spreadsheet of more than 48 MB is not read"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_zip_bomb_ends_with_a_clear_error() {
    let site = SiteTest::fixture(SITE);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("Table data.csv", options).expect("start");
    let zeros = vec![b'0'; 1024 * 1024];
    for _ in 0..64 {
        zip.write_all(&zeros).expect("write");
    }
    let bytes = zip.finish().expect("finish").into_inner();
    assert!(bytes.len() < 1024 * 1024, "the bomb is small: {}", bytes.len());
    site.write_bytes("data/yuki/youtube.zip", &bytes);
    let run = site.check();
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("unpacks to more than 48 MB; the archive is refused"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn an_import_may_not_lead_outside_the_site() {
    let site = SiteTest::fixture(SITE);
    let outside = site.beside("secret.csv");
    fs::write(&outside, "Date,Followers\n2026-01-01,5\n").expect("write");
    fs::remove_file(site.root().join("data/tess/tiktok/FollowerHistory.csv")).expect("remove");
    std::os::unix::fs::symlink(&outside, site.root().join("data/tess/tiktok/FollowerHistory.csv")).expect("link");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("this symlink points outside the site folder"), "{}", run.stderr);
}

#[test]
fn an_edited_or_added_export_file_renders_its_creator_again() {
    let (site, out) = built();
    let before = out.text("creators/tess/data.json");
    let campaign_before = out.text("campaigns/winter-bake/data.json");
    let yuki_before = out.text("creators/yuki/data.json");
    site.replace("data/tess/tiktok/FollowerHistory.csv", "\"21,100\"", "\"42,200\"");
    let out = site.build();
    let after = out.text("creators/tess/data.json");
    assert_ne!(before, after);
    assert!(after.contains("42200"));
    // The campaign reads tess's followers: it changes too; yuki does not.
    assert_ne!(campaign_before, out.text("campaigns/winter-bake/data.json"));
    assert_eq!(yuki_before, out.text("creators/yuki/data.json"));
    // A campaign sheet edited: its report follows.
    site.replace("data/campaign/posts.csv", ",900,50,", ",950,50,");
    let out = site.build();
    let d = json(&out, "campaigns/winter-bake/data.json");
    assert!(close(&d["totals"]["engagements"], 1820.0), "{}", d["totals"]);
}

#[test]
fn posts_from_reads_numbers_the_site_locale_way() {
    let site = SiteTest::fixture(SITE)
        .edit("mediakit.yaml", "locale: en-US", "locale: de-DE")
        .with_file("data/campaign/posts.csv", "Creator;Platform;Date;Likes;Revenue\ntess;tiktok;20.12.2026;1.234;1.200,50 €\n")
        .edit("content/campaigns/winter-bake.yaml", "  - {file: data/campaign/results.xlsx, sheet: Posts, columns: {\"Link clicks\": clicks, \"Orders\": conversions}}\n", "");
    let out = site.build();
    let d = json(&out, "campaigns/winter-bake/data.json");
    let post = &d["creators"][0]["posts"][0];
    assert_eq!(post["date"], "2026-12-20");
    assert!(close(&post["engagements"], 1234.0) && close(&post["revenue"], 1200.5), "{post}");
}

#[test]
fn mediakit_import_prints_what_it_reads_and_changes_nothing() {
    let site = SiteTest::fixture(SITE);
    let run = site.run(&["import", "data/yuki/youtube.zip"]);
    run.assert_success();
    let text = &run.stdout;
    assert!(text.contains("YouTube Studio export (English) — platform: youtube"), "{text}");
    assert!(text.contains("dates:     Oct 3, 2026 – Nov 5, 2026"), "{text}");
    assert!(text.contains("posts:     3"), "{text}");
    assert!(text.contains("2026-10-03, likes 1,200, comments 150, shares 80, views 30,000, impressions 120,000, https://www.youtube.com/watch?v=-abc123"), "{text}");
    assert!(text.contains("followers: not in this export"), "{text}");
    let run = site.run(&["import", "data/tess/tiktok"]);
    run.assert_success();
    assert!(run.stdout.contains("the export's dates carry no year: counted back from today"), "{}", run.stdout);
    assert!(run.stdout.contains("audience:  gender female 62%, male 35%, other 3%"), "{}", run.stdout);
    assert!(!site.root().join("public").exists(), "import wrote nothing");
    let run = site.run(&["import", "data/campaign/posts.csv"]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("found headers: data/campaign/posts.csv: Creator, Platform"), "{}", run.stderr);
}

#[test]
fn a_sheet_naming_no_profile_suggests_the_closest() {
    let site = SiteTest::fixture(SITE);
    site.replace("data/campaign/posts.csv", "tess,TikTok", "tes,TikTok");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("no creator profile `tes`"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `tess`?"), "{}", run.stderr);
    assert!(run.stderr.contains("row 2, column A `Creator`"), "{}", run.stderr);
}

#[test]
fn a_missing_sheet_or_an_unknown_field_is_located_in_the_yaml() {
    let site = SiteTest::fixture(SITE);
    site.replace("content/campaigns/winter-bake.yaml", "sheet: Posts", "sheet: Post");
    site.replace("content/campaigns/winter-bake.yaml", "\"Orders\": conversions", "\"Orders\": convs");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    let text = &run.stderr;
    assert!(text.contains("data/campaign/results.xlsx has no sheet `Post`"), "{text}");
    assert!(text.contains("its sheets: Notes, Posts"), "{text}");
    assert!(text.contains("`convs` is not a post field"), "{text}");
    assert!(text.contains("conversions"), "{text}");
    assert!(text.contains("--> content/campaigns/winter-bake.yaml:6:"), "{text}");
}

#[test]
fn a_bad_date_in_an_export_is_located() {
    let site = SiteTest::fixture(SITE);
    site.replace("data/tess/tiktok/FollowerHistory.csv", "December 15,", "December 45,");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    let text = &run.stderr;
    assert!(text.contains("--> data/tess/tiktok/FollowerHistory.csv:3:1"), "{text}");
    assert!(text.contains("\"December 45\""), "{text}");
    assert!(text.contains("row 3, column A `Date`"), "{text}");
}

#[test]
fn yearless_dates_need_something_to_count_back_from() {
    let site = SiteTest::fixture(SITE);
    site.replace("content/creators/tess.yaml", "as_of: 2027-01-02\n", "");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("the export's dates have no year"), "{}", run.stderr);
    assert!(run.stderr.contains("set `as_of:` on the profile"), "{}", run.stderr);
    // A date in a file's name dates the export instead.
    fs::rename(
        site.root().join("data/tess/tiktok/Overview.csv"),
        site.root().join("data/tess/tiktok/Overview_2027-01-02.csv"),
    )
    .expect("rename");
    let out = site.build();
    assert!(
        out.page("creators/tess/index.html").contains("years counted back from the date in the file name, Jan 2, 2027")
    );
    assert_eq!(platform(&out, "tess")["followers"], 21100);
}

/// Damaged exports (bytes flipped, cut short, lines doubled) end in a
/// result or an error, never a panic, through the same reader `import` uses.
#[test]
fn damaged_exports_never_panic() {
    let site = SiteTest::fixture(SITE);
    let seeds = [
        "data/tess/tiktok/Content.csv",
        "data/tess/tiktok/FollowerHistory.csv",
        "data/greta/instagram/Beiträge.csv",
        "data/greta/instagram/Audience.csv",
        "data/greta/instagram/Follows.csv",
        "data/yuki/youtube.zip",
        "data/lin/linkedin.xlsx",
        "data/campaign/posts.csv",
    ];
    let originals: Vec<Vec<u8>> = seeds.iter().map(|s| fs::read(site.root().join(s)).expect("seed")).collect();
    let mut state: u64 = 0x6d65_6469_616b_6974;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let dir = site.beside("damaged");
    fs::create_dir_all(&dir).expect("mkdir");
    for case in 0..400 {
        let i = (next() % seeds.len() as u64) as usize;
        let mut bytes = originals[i].clone();
        match next() % 4 {
            0 => {
                for _ in 0..(1 + next() % 8) {
                    let at = (next() % bytes.len() as u64) as usize;
                    bytes[at] = (next() % 256) as u8;
                }
            }
            1 => bytes.truncate((next() % bytes.len() as u64) as usize),
            2 => {
                let at = (next() % bytes.len() as u64) as usize;
                let piece: Vec<u8> = bytes[at..].iter().take(40).copied().collect();
                bytes.splice(at..at, piece);
            }
            _ => {
                let at = (next() % bytes.len() as u64) as usize;
                let odd: &[u8] = [
                    b"\xe2\x80\x94".as_slice(),
                    b"1.2K",
                    b"\"",
                    b"\n\n",
                    b",,,,",
                    b"\xff\xfe",
                    b"-5",
                    b"99999999999999999999",
                ][(next() % 8) as usize];
                bytes.splice(at..at, odd.iter().copied());
            }
        }
        let name = std::path::Path::new(seeds[i]).file_name().expect("name");
        let path = dir.join(name);
        fs::write(&path, &bytes).expect("write");
        let result = std::panic::catch_unwind(|| mediakit::pipeline::inspect_export(&path, "damaged", None));
        assert!(result.is_ok(), "case {case}: reading a damaged {} panicked", seeds[i]);
        // The campaign's sheets and the profiles' exports, read by the loader.
        if case % 4 == 0 {
            site.write_bytes(seeds[i], &bytes);
            let loaded = std::panic::catch_unwind(|| mediakit::load::load_site(site.root()).diagnostics.items.len());
            assert!(loaded.is_ok(), "case {case}: loading a site with a damaged {} panicked", seeds[i]);
            site.write_bytes(seeds[i], &originals[i]);
        }
    }
}

#[test]
fn columns_map_a_layout_mediakit_does_not_know() {
    // A Pinterest sheet: "Pin date" and "Pin clicks" mapped; Saves and
    // Impressions are headers mediakit knows anyway.
    let site = SiteTest::fixture(SITE)
        .with_file(
            "data/pia/pins.csv",
            "Pin date,Saves,Impressions,Pin clicks,Board\n2026-11-01,120,\"9,000\",300,Food\n2026-11-08,80,7000,200,Food\n",
        )
        .with_file(
            "content/creators/pia.yaml",
            "name: Pia Lund\nplatforms:\n  - platform: pinterest\n    followers: 5000\n    import:\n      path: data/pia/pins.csv\n      columns: {\"Pin date\": date, \"Pin clicks\": clicks}\n",
        );
    let out = site.build();
    let p = platform(&out, "pia");
    // Engagements count likes, comments, shares and saves: (120 + 80) ÷ 2 = 100 a pin;
    // ER 100 ÷ 5,000 × 100 = 2 %.
    assert!(close(&p["engagements"], 100.0) && close(&p["er"], 2.0), "{p}");
    assert!(out.page("creators/pia/index.html").contains("Pinterest: spreadsheet, through Nov 8, 2026"));
    // A field mediakit does not read is named with the ones it does.
    site.replace("content/creators/pia.yaml", "\"Pin clicks\": clicks", "\"Pin clicks\": klicks");
    let run = site.check();
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("`columns:` maps `Pin clicks` to `klicks`"), "{}", run.stderr);
}
