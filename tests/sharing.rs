//! What a page shows when its link is shared or indexed: canonical address,
//! OpenGraph and X card tags, JSON-LD, favicon — in every built-in theme.

mod common;

use std::fs;
use std::path::Path;

use common::{copy_dir, temp_dir};
use mediakit::pipeline::{self, BuildOptions};

fn meta(html: &str, key: &str) -> Option<String> {
    for attr in ["property", "name"] {
        let needle = format!("<meta {attr}=\"{key}\" content=\"");
        if let Some(i) = html.find(&needle) {
            let rest = &html[i + needle.len()..];
            return rest.split('"').next().map(str::to_string);
        }
    }
    None
}

/// A valid PNG of one teal pixel.
const ONE_PIXEL_PNG: &[u8] = b"\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00\x0c\x49\x44\x41\x54\x78\x9c\x63\xe0\x2f\xcb\x03\x00\x01\x8b\x00\xf4\x3c\xc5\x20\x2a\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

fn json_ld(html: &str) -> serde_json::Value {
    let start = html.find("<script type=\"application/ld+json\">").expect("JSON-LD") + 35;
    let end = html[start..].find("</script>").expect("end") + start;
    serde_json::from_str(&html[start..end]).expect("JSON-LD parses")
}

#[test]
fn every_page_carries_sharing_tags_in_every_theme() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for theme in mediakit::load::theme::BUILTIN {
        let dir = temp_dir(&format!("sharing-{theme}"));
        copy_dir(&repo.join("content"), &dir.join("content"));
        copy_dir(&repo.join("static"), &dir.join("static"));
        copy_dir(&repo.join("data"), &dir.join("data"));
        // A raster portrait: link previews show PNG and JPEG, not SVG. (A
        // whole one, 1 × 1 pixel: a damaged picture is a content error.)
        fs::write(dir.join("static/photos/ava-chen.png"), ONE_PIXEL_PNG).expect("png");
        let config = fs::read_to_string(repo.join("mediakit.yaml")).expect("config");
        fs::write(dir.join("mediakit.yaml"), config.replace("theme: studio", &format!("theme: {theme}")))
            .expect("config");
        let ava = fs::read_to_string(dir.join("content/creators/ava-chen.yaml")).expect("ava");
        fs::write(dir.join("content/creators/ava-chen.yaml"), ava.replace("ava-chen.svg", "ava-chen.png"))
            .expect("ava");
        if let Err(d) = pipeline::build(&BuildOptions { root: dir.to_path_buf(), out: None, base_url: None }) {
            panic!("{}", d.render());
        }

        for page in [
            "index.html",
            "creators/ava-chen/index.html",
            "creators/ava-chen/rates/index.html",
            "campaigns/spring-glow-launch/index.html",
        ] {
            let html = common::read(&dir, page);
            let canonical = html.split("<link rel=\"canonical\" href=\"").nth(1).and_then(|r| r.split('"').next());
            let canonical = canonical.unwrap_or_else(|| panic!("[{theme}] {page}: no canonical link"));
            assert!(canonical.starts_with("https://northlight.github.io/kits/"), "[{theme}] {page}: {canonical}");
            assert_eq!(meta(&html, "og:url").as_deref(), Some(canonical), "[{theme}] {page}");
            for key in [
                "og:title",
                "og:description",
                "og:type",
                "og:site_name",
                "twitter:card",
                "twitter:title",
                "twitter:description",
                "description",
            ] {
                assert!(meta(&html, key).is_some_and(|v| !v.is_empty()), "[{theme}] {page}: no {key}");
            }
            assert!(
                html.contains("<link rel=\"icon\" href=\"/kits/favicon.svg\" type=\"image/svg+xml\">"),
                "[{theme}] {page}"
            );
        }

        let kit = common::read(&dir, "creators/ava-chen/index.html");
        // The kit's link preview is its own card; the photo is in the card and the JSON-LD.
        assert_eq!(
            meta(&kit, "og:image").as_deref(),
            Some("https://northlight.github.io/kits/creators/ava-chen/card.png")
        );
        assert_eq!(meta(&kit, "twitter:image"), meta(&kit, "og:image"));
        assert!(meta(&kit, "og:image:alt").is_some_and(|a| a.starts_with("Media kit of Ava Chen: ")));
        assert_eq!(person_image(&kit).as_deref(), Some("https://northlight.github.io/kits/photos/ava-chen.png"));
        let person = json_ld(&kit);
        fn person_image(kit: &str) -> Option<String> {
            json_ld(kit)["image"].as_str().map(str::to_string)
        }
        assert_eq!(person["@type"], "Person");
        assert_eq!(person["name"], "Ava Chen");
        assert_eq!(person["url"], "https://northlight.github.io/kits/creators/ava-chen/");
        assert!(person["sameAs"].as_array().is_some_and(|a| !a.is_empty()));

        // The SVG logo is no link-preview image: the roster shows the site's own card.
        let roster = common::read(&dir, "index.html");
        assert_eq!(meta(&roster, "og:image").as_deref(), Some("https://northlight.github.io/kits/card.png"));
        let org = json_ld(&roster);
        assert_eq!(org["@type"], "Organization");
        assert_eq!(org["logo"], "https://northlight.github.io/kits/logo.svg");

        let report = json_ld(&common::read(&dir, "campaigns/spring-glow-launch/index.html"));
        assert_eq!(report["@type"], "Report");
        assert_eq!(report["about"]["name"], "Lumen Skincare");
    }
}
