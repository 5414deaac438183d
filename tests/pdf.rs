//! The PDFs, read back with poppler's tools: the figures in their text, the
//! embedded fonts, page counts and paper, determinism, `hide:`, pagination
//! of a large campaign, Unicode names and untrusted metadata.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{build, require_tool, site_copy, write};

fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(name).args(args).arg(pdf).arg("-").output().unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(out.status.success(), "{name} failed on {}: {}", pdf.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn info(pdf: &Path) -> String {
    let out = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn info_field(pdf: &Path, key: &str) -> String {
    info(pdf)
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}:")).map(|v| v.trim().to_string()))
        .unwrap_or_else(|| panic!("pdfinfo has no {key}"))
}

fn pages(pdf: &Path) -> usize {
    info_field(pdf, "Pages").parse().expect("page count")
}

fn text(pdf: &Path) -> String {
    tool("pdftotext", &["-layout"], pdf)
}

fn page_text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    tool("pdftotext", &["-layout", "-f", &n, "-l", &n], pdf)
}

fn fonts(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdffonts").arg(pdf).output().expect("pdffonts");
    String::from_utf8_lossy(&out.stdout).lines().skip(2).map(str::to_string).collect()
}

fn pdf(root: &Path, rel: &str) -> PathBuf {
    root.join("public").join(rel)
}

fn tools() -> bool {
    ["pdftotext", "pdfinfo", "pdffonts"].iter().all(|t| require_tool(t))
}

#[test]
fn the_report_says_the_figures_of_the_worked_example() {
    if !tools() {
        return;
    }
    let root = site_copy("basic");
    build(&root);
    let report = pdf(&root, "campaigns/five-creators/report.pdf");
    let all = text(&report);
    // Five creators at $2,000 with 50,000 reach, 2,750 engagements and 55 conversions apiece.
    for figure in ["5.5%", "$36.36", "12.5×", "1,150%", "$10,000", "$125K", "110%", "250K", "13.8K", "Five Creators"] {
        assert!(all.contains(figure), "report PDF lacks {figure}:\n{all}");
    }
    assert!(all.contains("for Lumen") && all.contains("Mar 1, 2026"));
    let n = pages(&report);
    assert!(n >= 3, "{n} pages");
    assert!(page_text(&report, 2).contains(&format!("Page 2 of {n}")));
    // The cover has no running head or page number.
    assert!(!page_text(&report, 1).contains("Page 1 of"));
    assert_eq!(info_field(&report, "Title"), "Five Creators · Campaign report");
    assert_eq!(info_field(&report, "Author"), "Fixture Talent");

    let kit = pdf(&root, "creators/ava-test/media-kit.pdf");
    let kit_text = text(&kit);
    for figure in ["Ava Test", "Skincare that works", "48.2K", "5.4%", "Micro", "$1,200", "ava@example.test"] {
        assert!(kit_text.contains(figure), "kit PDF lacks {figure}:\n{kit_text}");
    }
}

#[test]
fn fonts_are_embedded_subsets() {
    if !tools() {
        return;
    }
    let root = site_copy("pdf");
    build(&root);
    for rel in ["campaigns/launch/report.pdf", "creators/zoe-orsted/media-kit.pdf", "creators/plain/media-kit.pdf"] {
        let list = fonts(&pdf(&root, rel));
        assert!(!list.is_empty(), "{rel} has no fonts");
        for line in &list {
            let cols: Vec<&str> = line.split_whitespace().collect();
            // name type... emb sub uni object-id generation
            let flags = &cols[cols.len() - 5..cols.len() - 2];
            assert_eq!(flags, ["yes", "yes", "yes"], "{rel}: {line}");
            // A subset's name carries a six-letter tag.
            assert_eq!(cols[0].find('+'), Some(6), "{rel}: {line}");
        }
        assert!(list.iter().any(|l| l.contains("Inter-Regular")), "{rel}: {list:?}");
    }
    // The CJK fallback is embedded only where a name needs it.
    let zoe = fonts(&pdf(&root, "creators/zoe-orsted/media-kit.pdf"));
    assert!(zoe.iter().any(|l| l.contains("DroidSansFallback")), "{zoe:?}");
    let plain = fonts(&pdf(&root, "creators/plain/media-kit.pdf"));
    assert!(!plain.iter().any(|l| l.contains("DroidSansFallback")), "{plain:?}");
}

#[test]
fn kits_are_one_page_and_paper_follows_the_config() {
    if !tools() {
        return;
    }
    let root = site_copy("pdf");
    build(&root);
    for slug in ["zoe-orsted", "plain"] {
        let kit = pdf(&root, &format!("creators/{slug}/media-kit.pdf"));
        assert_eq!(pages(&kit), 1, "{slug}");
        assert!(info_field(&kit, "Page size").starts_with("595.28 x 841.89"), "{}", info(&kit));
    }
    // The long bio is cut with an ellipsis, and the lists are capped.
    let zoe = text(&pdf(&root, "creators/zoe-orsted/media-kit.pdf"));
    assert!(zoe.contains("…"), "{zoe}");
    assert!(!zoe.contains("too much text for the space"), "{zoe}");
    assert!(!zoe.contains("Seventh Partner") && zoe.contains("Lumen Home"));
    assert!(zoe.contains("$1,200") && zoe.contains("zoe@example.test"));

    let config = std::fs::read_to_string(root.join("mediakit.yaml")).unwrap();
    write(&root, "mediakit.yaml", &config.replace("paper: a4", "paper: letter"));
    build(&root);
    for rel in ["creators/zoe-orsted/media-kit.pdf", "campaigns/launch/report.pdf"] {
        let file = pdf(&root, rel);
        assert!(info_field(&file, "Page size").starts_with("612 x 792"), "{rel}: {}", info(&file));
    }
    assert_eq!(pages(&pdf(&root, "creators/zoe-orsted/media-kit.pdf")), 1);
}

#[test]
fn two_builds_give_identical_pdfs() {
    let root = site_copy("pdf");
    build(&root);
    let rels = [
        "campaigns/launch/report.pdf",
        "campaigns/private/report.pdf",
        "creators/zoe-orsted/media-kit.pdf",
        "creators/plain/media-kit.pdf",
    ];
    let first: Vec<Vec<u8>> = rels.iter().map(|r| std::fs::read(pdf(&root, r)).unwrap()).collect();
    build(&root);
    for (rel, before) in rels.iter().zip(&first) {
        let after = std::fs::read(pdf(&root, rel)).unwrap();
        assert!(after == *before, "{rel} differs between builds");
        let raw = String::from_utf8_lossy(&after);
        assert!(!raw.contains("CreationDate") && !raw.contains("ModDate"), "{rel} has a timestamp");
    }
}

#[test]
fn hide_keeps_money_out_of_the_report() {
    if !tools() {
        return;
    }
    let root = site_copy("pdf");
    build(&root);
    let open = text(&pdf(&root, "campaigns/launch/report.pdf"));
    let private = text(&pdf(&root, "campaigns/private/report.pdf"));
    // The same campaign, once open and once with `hide: [fees, revenue, budget]`.
    for figure in ["$16.5K", "$3,500", "4.71×", "$9,000", "$2,000", "Return on ad spend", "Budget used", "$6,000"] {
        assert!(open.contains(figure), "open report lacks {figure}");
        assert!(!private.contains(figure), "private report shows {figure}");
    }
    for word in ["Revenue", "REVENUE", "Cost vs revenue", "COST", "ROAS", "CPA", "Paid amplification"] {
        assert!(!private.contains(word), "private report shows {word}");
    }
    assert!(private.contains("This report leaves out budget, fees and costs and revenue"));
    // What is not money stays.
    for figure in ["108K", "10.2K", "110", "Conversions"] {
        assert!(private.contains(figure), "private report lacks {figure}");
    }
}

#[test]
fn summary_markdown_is_set_with_links() {
    if !tools() {
        return;
    }
    let root = site_copy("pdf");
    build(&root);
    let file = pdf(&root, "campaigns/launch/report.pdf");
    let all = text(&file);
    assert!(all.contains("What worked"));
    assert!(all.contains("Reels with a before and after reveal drove most sales"));
    assert!(all.contains("•") && all.contains("Zoë’s reel sold out the first batch."));
    assert!(!all.contains("**") && !all.contains("]("), "markdown syntax leaked:\n{all}");
    let raw = std::fs::read(&file).unwrap();
    let raw = String::from_utf8_lossy(&raw);
    assert!(raw.contains("/URI(https://example.test/kits/campaigns/launch/data.json)"), "relative link not resolved");
    assert!(raw.contains("/URI(https://brief.example.test/autumn)"));
    assert!(raw.contains("/URI(https://example.test/kits/creators/zoe-orsted/)"), "creator link missing");
}

fn big_campaign() -> String {
    let mut yaml = String::from(
        "name: Sixty Creators\nbrand: Lumen\nstart: 2026-03-01\nend: 2026-03-31\ncurrency: USD\ngoals: {clicks: 5000}\ncreators:\n",
    );
    let mut post = 0;
    for c in 0..60 {
        let name = if c % 7 == 3 {
            format!("Maximilian Alexander von Habsburg-Lothringen-Featherstonehaugh {c}")
        } else {
            format!("Creator {c:02}")
        };
        let _ = writeln!(yaml, "  - name: \"{name}\"\n    followers: {}\n    fee: 500\n    posts:", 20_000 + c * 100);
        let count = if c < 20 { 4 } else { 3 };
        for _ in 0..count {
            let day = 1 + post % 28;
            // Reach is unique per post, so every row can be found in the text.
            let _ = writeln!(
                yaml,
                "      - {{platform: instagram, format: reel, date: 2026-03-{day:02}, reach: {}, likes: {}, comments: 20, clicks: 30, conversions: 2, revenue: 150}}",
                50_000 + post,
                800 + post
            );
            post += 1;
        }
    }
    assert_eq!(post, 200);
    yaml
}

/// A word's box and text, from `pdftotext -bbox`: (xMin, yMin, xMax, yMax, word).
type Word = (f64, f64, f64, f64, String);

/// The words of each page.
fn words(pdf: &Path) -> Vec<Vec<Word>> {
    let html = tool("pdftotext", &["-bbox"], pdf);
    let mut pages = Vec::new();
    for page in html.split("<page ").skip(1) {
        let mut list = Vec::new();
        for w in page.split("<word ").skip(1) {
            let num = |key: &str| -> f64 {
                let start = w.find(&format!("{key}=\"")).expect("attr") + key.len() + 2;
                w[start..].split('"').next().and_then(|v| v.parse().ok()).expect("number")
            };
            let word = w.split('>').nth(1).and_then(|s| s.split('<').next()).unwrap_or("").to_string();
            list.push((num("xMin"), num("yMin"), num("xMax"), num("yMax"), word));
        }
        pages.push(list);
    }
    pages
}

#[test]
fn a_large_campaign_paginates_cleanly() {
    if !tools() {
        return;
    }
    let root = site_copy("pdf");
    write(&root, "content/campaigns/sixty.yaml", &big_campaign());
    build(&root);
    let file = pdf(&root, "campaigns/sixty/report.pdf");
    let n = pages(&file);
    assert!(n >= 8, "{n} pages");
    let all = text(&file);
    // Every post is there, exactly once.
    for post in 0..200 {
        let reach = format!("{},{:03}", 50 + post / 1000, post % 1000);
        assert_eq!(all.matches(&reach).count(), 1, "post with reach {reach}");
    }
    // Every page a table continues on repeats the header row.
    let mut continued = 0;
    for page in 1..=n {
        let t = page_text(&file, page);
        if t.contains("Creators, continued") || t.contains("Posts, continued") {
            continued += 1;
            assert!(t.contains("CREATOR") && t.contains("REACH"), "page {page} lacks the header row:\n{t}");
        }
    }
    assert!(continued >= 4, "{continued} continued pages");
    // Long names are wrapped and cut, never run into the next column.
    assert!(all.contains("Maximilian"));
    let (w, h) = (595.28, 841.89);
    for (i, page) in words(&file).iter().enumerate() {
        for (x0, y0, x1, y1, word) in page {
            assert!(*x0 >= 0.0 && *y0 >= 0.0 && *x1 <= w && *y1 <= h, "page {}: {word} off the page", i + 1);
        }
        // No two words overlap (the bounding boxes of neighbours may touch).
        for (a, wa) in page.iter().enumerate() {
            for wb in &page[a + 1..] {
                let dx = wa.2.min(wb.2) - wa.0.max(wb.0);
                let dy = wa.3.min(wb.3) - wa.1.max(wb.1);
                let smaller = ((wa.2 - wa.0) * (wa.3 - wa.1)).min((wb.2 - wb.0) * (wb.3 - wb.1));
                if dx > 0.5 && dy > 0.5 {
                    assert!(dx * dy < 0.2 * smaller, "page {}: {:?} overlaps {:?}", i + 1, wa, wb);
                }
            }
        }
    }
}

#[test]
fn unicode_names_render_without_errors() {
    if !tools() {
        return;
    }
    let root = site_copy("pdf");
    build(&root);
    let kit = text(&pdf(&root, "creators/zoe-orsted/media-kit.pdf"));
    assert!(kit.contains("Zoë Ørsted 李小龙"), "{kit}");
    // The emoji has no glyph in the embedded fonts: it is not drawn, but the text keeps it.
    assert!(kit.contains('🌸'), "{kit}");
    let report = text(&pdf(&root, "campaigns/launch/report.pdf"));
    assert!(report.contains("李小龙") && report.contains("Halvorsen"));
}

#[test]
fn untrusted_text_in_metadata_stays_text() {
    if !tools() {
        return;
    }
    let root = site_copy("pdf");
    let evil = r#"Evil ) /Author (pwned) >> \ </x:xmpmeta> <script> ü 李"#;
    let campaign = std::fs::read_to_string(root.join("content/campaigns/launch.yaml")).unwrap();
    let yaml_name = serde_json::to_string(evil).unwrap();
    write(
        &root,
        "content/campaigns/launch.yaml",
        &campaign.replace("name: Autumn Rooms Launch", &format!("name: {yaml_name}")),
    );
    let creator = std::fs::read_to_string(root.join("content/creators/plain.yaml")).unwrap();
    write(&root, "content/creators/plain.yaml", &creator.replace("name: Plain Person", &format!("name: {yaml_name}")));
    build(&root);
    let report = pdf(&root, "campaigns/launch/report.pdf");
    assert_eq!(info_field(&report, "Title"), format!("{evil} · Campaign report"));
    assert_eq!(info_field(&report, "Author"), "Fixture Agency");
    let kit = pdf(&root, "creators/plain/media-kit.pdf");
    assert_eq!(info_field(&kit, "Title"), format!("{evil} · Media kit"));
    assert_eq!(info_field(&kit, "Author"), evil);
    assert!(text(&report).contains("Evil ) /Author (pwned)"));
}
