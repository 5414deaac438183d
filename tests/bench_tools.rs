//! The pieces `scripts/bench.sh` is built from: the synthetic site generator
//! writes a valid, deterministic site, and the plain-site converter turns it
//! into one page per creator for Hugo and Zola. No timings here.

mod common;

#[path = "../examples/gen_site.rs"]
#[allow(dead_code)]
mod gen_site;

#[path = "../examples/plain_site.rs"]
#[allow(dead_code)]
mod plain_site;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const CREATORS: usize = 20;

fn generate(out: &Path) {
    let args = gen_site::Args { creators: CREATORS, out: out.to_path_buf(), seed: 7 };
    assert_eq!(gen_site::generate(&args).unwrap(), (CREATORS, CREATORS / 10));
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    found.sort();
    found
}

#[test]
fn generated_site_passes_check_and_is_deterministic() {
    let (a, b) = (common::temp_dir("gen-a"), common::temp_dir("gen-b"));
    generate(&a);
    generate(&b);
    for part in ["content/creators", "content/campaigns"] {
        let (left, right) = (files(&a.join(part), "yaml"), files(&b.join(part), "yaml"));
        assert_eq!(left.len(), right.len());
        for (l, r) in left.iter().zip(&right) {
            assert_eq!(l.file_name(), r.file_name());
            assert_eq!(fs::read(l).unwrap(), fs::read(r).unwrap(), "{} differs between runs", l.display());
        }
    }
    assert_eq!(files(&a.join("content/creators"), "yaml").len(), CREATORS);
    assert_eq!(files(&a.join("content/campaigns"), "yaml").len(), CREATORS / 10);

    let output = Command::new(env!("CARGO_BIN_EXE_mediakit")).arg("check").arg("--root").arg(&*a).output().unwrap();
    assert!(
        output.status.success(),
        "mediakit check failed on the generated site:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn generated_profiles_have_the_realistic_parts() {
    let site = common::temp_dir("gen-parts");
    generate(&site);
    let first = &files(&site.join("content/creators"), "yaml")[0];
    let profile: serde_json::Value = serde_saphyr::from_str(&fs::read_to_string(first).unwrap()).unwrap();
    let platforms = profile["platforms"].as_array().unwrap();
    assert_eq!(platforms.len(), 4);
    for p in platforms {
        assert!(p["followers"].as_u64().unwrap() > 0);
        assert!(!p["recent_posts"].as_array().unwrap().is_empty());
        assert!(!p["history"].as_array().unwrap().is_empty());
    }
    assert_eq!(profile["bio"].as_str().unwrap().split_whitespace().count(), 300);
    assert!(profile["audience"]["gender"].is_object());
    assert!(!profile["rates"]["items"].as_array().unwrap().is_empty());

    for campaign in files(&site.join("content/campaigns"), "yaml") {
        let c: serde_json::Value = serde_saphyr::from_str(&fs::read_to_string(&campaign).unwrap()).unwrap();
        let n = c["creators"].as_array().unwrap().len();
        assert!((5..=60).contains(&n), "{} has {n} creators", campaign.display());
    }
}

#[test]
fn plain_site_has_one_page_per_creator_with_its_bio() {
    let site = common::temp_dir("plain-src");
    generate(&site);
    let profile_path = &files(&site.join("content/creators"), "yaml")[0];
    let profile: serde_json::Value = serde_saphyr::from_str(&fs::read_to_string(profile_path).unwrap()).unwrap();
    let bio_start: String = profile["bio"].as_str().unwrap().chars().take(40).collect();
    let slug = profile_path.file_stem().unwrap().to_string_lossy().into_owned();

    for (engine, template) in
        [(plain_site::Engine::Hugo, "layouts/_default/single.html"), (plain_site::Engine::Zola, "templates/page.html")]
    {
        let out = common::temp_dir("plain-out");
        let args = plain_site::Args { site: site.to_path_buf(), out: out.to_path_buf(), engine };
        assert_eq!(plain_site::convert(&args).unwrap(), CREATORS);
        assert!(out.join("config.toml").is_file());
        assert!(out.join(template).is_file());
        assert_eq!(files(&out.join("content"), "md").iter().filter(|p| !p.ends_with("_index.md")).count(), CREATORS);

        let page = fs::read_to_string(out.join("content").join(format!("{slug}.md"))).unwrap();
        assert!(page.contains(&bio_start), "the bio is the page body");
        let front: serde_json::Value = match engine {
            plain_site::Engine::Hugo => {
                let json = &page[..page.find("\n\n").unwrap()];
                serde_json::from_str(json).unwrap()
            }
            plain_site::Engine::Zola => {
                let yaml = page.trim_start_matches("---\n").split("\n---\n").next().unwrap();
                let value: serde_json::Value = serde_saphyr::from_str(yaml).unwrap();
                let mut extra = value["extra"].clone();
                extra["title"] = value["title"].clone();
                extra
            }
        };
        assert_eq!(front["title"], profile["name"]);
        assert_eq!(front["platforms"], profile["platforms"]);
        assert_eq!(front["rates"], profile["rates"]);
        assert!(front.get("bio").is_none());
    }
}
