//! Every internal link of a built site resolves to a file of the output, when
//! the site lives under a sub-path (GitHub project pages): each `href` and
//! `src` of every page, the `#fragment` it names, the absolute addresses of
//! canonical links, link previews and JSON-LD, the sitemap, and the `url()`s
//! of the stylesheets. And no page needs JavaScript (the roster's search
//! box only adds to it).

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{TempDir, temp_dir};
use mediakit::pipeline::{self, BuildOptions, BuildReport};

const BASE_URL: &str = "https://northlight.github.io/kits-preview";
const BASE_PATH: &str = "/kits-preview";

fn demo_with_theme(theme: &str) -> TempDir {
    common::demo_with_theme(&format!("links-{theme}"), theme)
}

fn build_under_sub_path(root: &Path) -> BuildReport {
    let options = BuildOptions { root: root.to_path_buf(), out: None, base_url: Some(BASE_URL.to_string()) };
    pipeline::build(&options).unwrap_or_else(|d| panic!("build failed:\n{}", d.render()))
}

fn unescape(text: &str) -> String {
    text.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// The values of `attr="…"` in `html`.
fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

fn ids(html: &str) -> BTreeSet<String> {
    attribute_values(html, "id").into_iter().collect()
}

struct Checker<'a> {
    public: &'a Path,
    made_pdfs: bool,
    problems: Vec<String>,
    checked: usize,
}

impl Checker<'_> {
    /// Checks one reference found in `from` (a path relative to the output root).
    fn check(&mut self, from: &str, reference: &str) {
        let r = reference.trim();
        if r.is_empty() || r.starts_with("mailto:") || r.starts_with("tel:") || r.starts_with("data:") {
            return;
        }
        let (target, fragment) = match r.split_once('#') {
            Some((t, f)) => (t, Some(f)),
            None => (r, None),
        };
        let target = target.split('?').next().unwrap_or("");
        let rel = if target.is_empty() {
            from.to_string()
        } else if let Some(rest) = target.strip_prefix(BASE_URL) {
            if !(rest.is_empty() || rest.starts_with('/')) {
                self.problems.push(format!("{from}: {r} is outside the site"));
                return;
            }
            rest.trim_start_matches('/').to_string()
        } else if target.starts_with("http://") || target.starts_with("https://") || target.starts_with("//") {
            return;
        } else if let Some(abs) = target.strip_prefix('/') {
            match format!("/{abs}").strip_prefix(&format!("{BASE_PATH}/")) {
                Some(inside) => inside.to_string(),
                None => {
                    self.problems.push(format!("{from}: {r} leaves the base_url path {BASE_PATH}/"));
                    return;
                }
            }
        } else {
            let dir = from.rsplit_once('/').map_or("", |(d, _)| d);
            let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
            for seg in target.split('/') {
                match seg {
                    ".." => {
                        if parts.pop().is_none() {
                            self.problems.push(format!("{from}: {r} climbs above the site root"));
                            return;
                        }
                    }
                    "." | "" => {}
                    s => parts.push(s),
                }
            }
            let joined = parts.join("/");
            if target.ends_with('/') { format!("{joined}/") } else { joined }
        };
        let mut file = common::html::percent_decode(&rel);
        if file.is_empty() || file.ends_with('/') {
            file.push_str("index.html");
        }
        self.checked += 1;
        let path = self.public.join(&file);
        if !path.is_file() {
            // PDFs come from the PDF stage; a build that writes none is not asked for them.
            if file.ends_with(".pdf") && !self.made_pdfs {
                return;
            }
            let why = if path.is_dir() { "names a folder (add a trailing /)" } else { "does not exist" };
            self.problems.push(format!("{from}: {r} → {file} {why}"));
            return;
        }
        if let Some(id) = fragment.filter(|f| !f.is_empty() && file.ends_with(".html")) {
            let html = fs::read_to_string(&path).unwrap_or_default();
            if !ids(&html).contains(id) {
                self.problems.push(format!("{from}: {r} → no element with id \"{id}\" in {file}"));
            }
        }
    }
}

fn strings_in(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings_in(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| strings_in(v, out)),
        _ => {}
    }
}

/// Resolves everything in `public`; returns the problems and how many references were checked.
fn check_site(public: &Path, made_pdfs: bool) -> (Vec<String>, usize) {
    let mut checker = Checker { public, made_pdfs, problems: Vec::new(), checked: 0 };
    for (rel, bytes) in common::snapshot(public) {
        let rel = rel.replace('\\', "/");
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if rel.ends_with(".html") {
            for attr in ["href", "src", "content"] {
                for value in attribute_values(&text, attr) {
                    if attr != "content" || value.starts_with(BASE_URL) || value.starts_with(BASE_PATH) {
                        checker.check(&rel, &value);
                    }
                }
            }
            for block in text.split("<script type=\"application/ld+json\">").skip(1) {
                let json = block.split("</script>").next().unwrap_or("");
                let value: serde_json::Value =
                    serde_json::from_str(json).unwrap_or_else(|e| panic!("{rel}: JSON-LD does not parse: {e}"));
                let mut found = Vec::new();
                strings_in(&value, &mut found);
                for s in found.iter().filter(|s| s.starts_with(BASE_URL)) {
                    checker.check(&rel, s);
                }
            }
        } else if rel.ends_with(".css") {
            for piece in text.split("url(").skip(1) {
                let inside = piece.split(')').next().unwrap_or("").trim_matches(['"', '\'', ' ']);
                checker.check(&rel, inside);
            }
        } else if rel == "sitemap.xml" {
            for piece in text.split("<loc>").skip(1) {
                let loc = unescape(piece.split("</loc>").next().unwrap_or(""));
                assert!(loc.starts_with(BASE_URL), "sitemap: {loc} is not under {BASE_URL}");
                checker.check(&rel, &loc);
            }
        }
    }
    (checker.problems, checker.checked)
}

#[test]
fn every_internal_link_resolves_under_a_sub_path_in_every_theme() {
    let mut all = Vec::new();
    for theme in mediakit::load::theme::BUILTIN {
        let site = demo_with_theme(theme);
        let report = build_under_sub_path(&site);
        let (problems, checked) = check_site(&site.join("public"), report.pdfs > 0);
        assert!(checked > 200, "{theme}: only {checked} references found; is the scan broken?");
        all.extend(problems.into_iter().map(|p| format!("[{theme}] {p}")));
    }
    assert!(all.is_empty(), "{} broken references:\n{}", all.len(), all.join("\n"));
}

#[test]
fn a_new_site_from_init_links_correctly_under_a_sub_path() {
    let dir = temp_dir("links-init");
    mediakit::scaffold::write_all(&dir, &mediakit::scaffold::init_plan(Some("creator"), None).expect("plan"))
        .expect("init");
    let report = build_under_sub_path(&dir);
    let (problems, checked) = check_site(&dir.join("public"), report.pdfs > 0);
    assert!(checked > 50, "{checked}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_catches_broken_links() {
    let dir = temp_dir("links-broken");
    let public = dir.join("public");
    common::write(
        &public,
        "index.html",
        "<a href=\"/elsewhere/\">x</a><a href=\"/kits-preview/missing/\">y</a><a href=\"#nope\">z</a><img src=\"gone.png\">",
    );
    let (problems, _) = check_site(&public, true);
    assert_eq!(problems.len(), 4, "{problems:#?}");
}

#[test]
fn pages_need_no_javascript() {
    let site = demo_with_theme("studio");
    build_under_sub_path(&site);
    for (rel, bytes) in common::snapshot(&site.join("public")) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(&bytes).to_ascii_lowercase();
        for piece in html.split("<script").skip(1) {
            let tag = piece.split('>').next().unwrap_or("");
            // The roster's search box is the one script, and only adds to
            // the page: every creator is reachable through plain links.
            let search =
                tag.contains("src=\"/kits-preview/js/search.js\"") && piece.starts_with(&format!("{tag}></script>"));
            assert!(
                tag.contains("type=\"application/ld+json\"") || (search && rel == "index.html"),
                "{rel}: a script that runs: <script{tag}>"
            );
        }
        let handlers = html.split_whitespace().filter(|w| w.starts_with("on") && w.contains("=\"")).count();
        assert_eq!(handlers, 0, "{rel}: inline event handlers");
        assert!(!html.contains("javascript:"), "{rel}: a javascript: link");
    }
}
