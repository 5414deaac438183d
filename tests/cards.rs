//! Link-preview cards: a 1200×630 PNG for every kit, rate card and report
//! page, a brand's for its page, and the site's own for the roster and the listings,
//! in every built-in theme, named by the page's OpenGraph and X tags
//! with its size and alt text; cards follow `hide:` and repeat byte for byte.

mod common;

use std::fs;
use std::path::Path;

use common::{build, read, site_copy};

fn meta(html: &str, key: &str) -> Option<String> {
    for attr in ["property", "name"] {
        let needle = format!("<meta {attr}=\"{key}\" content=\"");
        if let Some(rest) = html.split(&needle).nth(1) {
            return rest.split('"').next().map(|v| v.replace("&amp;", "&"));
        }
    }
    None
}

/// Width, height, bit depth and colour type from a PNG's header.
fn png_header(bytes: &[u8]) -> (u32, u32, u8, u8) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let n = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (n(16), n(20), bytes[24], bytes[25])
}

fn set_theme(root: &Path, theme: &str) {
    let config = fs::read_to_string(root.join("mediakit.yaml")).expect("config");
    let config: String = config.lines().filter(|l| !l.starts_with("theme:")).map(|l| format!("{l}\n")).collect();
    fs::write(root.join("mediakit.yaml"), format!("theme: {theme}\n{config}")).expect("config");
}

#[test]
fn every_page_kind_has_its_card_in_every_theme() {
    for theme in mediakit::load::theme::BUILTIN {
        let root = site_copy("harness-site");
        set_theme(&root, theme);
        build(&root);
        let public = root.join("public");
        let mut cards = 0;
        for (page, card) in [
            ("creators/mia-rossi/index.html", "creators/mia-rossi/card.png"),
            ("creators/mia-rossi/rates/index.html", "creators/mia-rossi/rates/card.png"),
            ("campaigns/summer-glow/index.html", "campaigns/summer-glow/card.png"),
            // The roster and every page that lists: the site's own card.
            ("index.html", "card.png"),
            ("niches/index.html", "card.png"),
            ("niches/skincare/index.html", "card.png"),
            ("campaigns/index.html", "card.png"),
            ("brands/index.html", "card.png"),
            // A brand's page: its own card, the partnership's results.
            ("brands/sunny-skin/index.html", "brands/sunny-skin/card.png"),
        ] {
            let html = read(&root, page);
            let bytes = fs::read(public.join(card)).unwrap_or_else(|e| panic!("[{theme}] {card}: {e}"));
            assert_eq!(png_header(&bytes), (1200, 630, 8, 2), "[{theme}] {card}: 1200×630 RGB");
            assert!(bytes.len() < 200_000, "[{theme}] {card}: {} bytes", bytes.len());
            let url = meta(&html, "og:image").unwrap_or_else(|| panic!("[{theme}] {page}: no og:image"));
            assert!(url.ends_with(card), "[{theme}] {page}: {url}");
            assert_eq!(meta(&html, "twitter:image").as_deref(), Some(url.as_str()));
            assert_eq!(meta(&html, "og:image:width").as_deref(), Some("1200"));
            assert_eq!(meta(&html, "og:image:height").as_deref(), Some("630"));
            assert_eq!(meta(&html, "twitter:card").as_deref(), Some("summary_large_image"));
            let alt = meta(&html, "og:image:alt").unwrap_or_default();
            assert!(alt.len() > 20, "[{theme}] {page}: alt {alt:?}");
            assert_eq!(meta(&html, "twitter:image:alt").as_deref(), Some(alt.as_str()));
            cards += 1;
        }
        assert_eq!(cards, 9);
    }
}

#[test]
fn cards_follow_hide_and_repeat_byte_for_byte() {
    let root = site_copy("harness-site");
    build(&root);
    let public = root.join("public");
    // leo-park hides his rates: no rate card page, so no rate card card.
    assert!(public.join("creators/leo-park/card.png").is_file());
    assert!(!public.join("creators/leo-park/rates").exists());
    // quiet-launch hides budget, fees and revenue: its card says no revenue figure.
    let report = read(&root, "campaigns/quiet-launch/index.html");
    let alt = meta(&report, "og:image:alt").expect("alt");
    for hidden in ["return on ad spend", "revenue", "roi", "cost"] {
        assert!(!alt.to_lowercase().contains(hidden), "{alt}");
    }
    // Its brand's card sums it with the brand's other campaigns: what one hides stays hidden.
    let brand = read(&root, "brands/northwind-audio/index.html");
    let alt = meta(&brand, "og:image:alt").expect("alt");
    assert!(alt.starts_with("Northwind Audio · Partnership results · 1 campaign and "), "{alt}");
    for hidden in ["return on ad spend", "revenue", "roi", "cost"] {
        assert!(!alt.to_lowercase().contains(hidden), "{alt}");
    }
    assert!(public.join("brands/northwind-audio/card.png").is_file());
    let before: Vec<Vec<u8>> = ["creators/mia-rossi/card.png", "campaigns/summer-glow/card.png"]
        .iter()
        .map(|p| fs::read(public.join(p)).expect("card"))
        .collect();
    fs::remove_dir_all(&public).expect("clean");
    build(&root);
    for (p, b) in ["creators/mia-rossi/card.png", "campaigns/summer-glow/card.png"].iter().zip(&before) {
        assert!(fs::read(public.join(p)).expect("card") == *b, "{p} differs between builds");
    }
}

#[test]
fn the_site_card_shows_the_roster_and_changes_with_it() {
    let root = site_copy("harness-site");
    build(&root);
    let roster = read(&root, "index.html");
    let config = fs::read_to_string(root.join("mediakit.yaml")).expect("config");
    let title = config.lines().find_map(|l| l.strip_prefix("title: ")).expect("the fixture has a title");
    let alt = meta(&roster, "og:image:alt").expect("alt");
    assert!(alt.starts_with(&format!("{title}: ")), "the card is described by the site's title: {alt}");
    let before = fs::read(root.join("public/card.png")).expect("card");
    // One creator more: the count and the combined audience on the card change.
    common::write(&root, "content/creators/nia-park.yaml", common::GOOD_CREATOR);
    build(&root);
    let after = fs::read(root.join("public/card.png")).expect("card");
    assert_eq!(png_header(&after), (1200, 630, 8, 2));
    assert!(before != after, "the site card shows the roster's figures");
}
