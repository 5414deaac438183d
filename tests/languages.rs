//! The demo site built in each built-in language: no English label is left
//! on any page (visible text, alt and title texts, link previews) or in any
//! PDF's text, and every page says its language (`lang`, and `dir="rtl"`
//! for Arabic).
//!
//! The demo is built with two creators a page and track records on, so the
//! roster's later pages and their pager, the facet pages, the brand pages,
//! the campaign list and the kits' track records are all walked; the search
//! box's words (a data attribute its script reads) and the search index's
//! labels are checked too, and the script itself holds no English.
//!
//! The English labels are read from the English label file; a label is
//! looked for only where its translation differs (German keeps "Engagement
//! Rate") and where the demo's own content does not use the same words (a
//! bio may say "growth"). PDFs are read with poppler's `pdftotext`.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{copy_dir, temp_dir};
use mediakit::pipeline::{self, BuildOptions};

const LANGUAGES: [(&str, &str); 7] = [
    ("de", "de-DE"),
    ("fr", "fr-FR"),
    ("es", "es-ES"),
    ("pt", "pt-BR"),
    ("it", "it-IT"),
    ("nl", "nl-NL"),
    ("ar", "ar-SA"),
];

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn label_file(lang: &str) -> String {
    fs::read_to_string(repo().join(format!("src/present/i18n/locales/{lang}.ftl"))).expect("label file")
}

/// Every message and attribute of a Fluent file as (id, text of all its
/// variants), for comparing languages (a small reader: the files are ours).
fn messages(ftl: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            if let Some((id, text)) = line.split_once('=') {
                let id = id.trim().to_string();
                current = Some(id.clone());
                out.push((id, text.trim().to_string()));
            }
            continue;
        }
        let trimmed = line.trim();
        if let Some(attr) = trimmed.strip_prefix('.') {
            if let (Some(id), Some((name, text))) = (&current, attr.split_once('=')) {
                out.push((format!("{id}.{}", name.trim()), text.trim().to_string()));
            }
        } else if let Some(last) = out.last_mut() {
            last.1.push('\n');
            last.1.push_str(trimmed);
        }
    }
    out
}

/// The literal text of a message: placeables and selector syntax removed.
fn fragments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let line = match line.find(']') {
            Some(i) if line.starts_with('[') || line.starts_with("*[") => &line[i + 1..],
            _ => line,
        };
        let mut depth = 0;
        let mut piece = String::new();
        for c in line.chars() {
            match c {
                '{' => {
                    depth += 1;
                    out.push(std::mem::take(&mut piece));
                }
                '}' => depth -= 1,
                _ if depth == 0 => piece.push(c),
                _ => {}
            }
        }
        out.push(piece);
    }
    out.into_iter()
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 4 && p.split(' ').any(|w| w.len() >= 3))
        .filter(|p| p.chars().any(|c| c.is_lowercase()))
        .collect()
}

/// English fragments that a page in `lang` must not show.
fn english_left_behind(lang: &str, content: &str) -> Vec<String> {
    let english = messages(&label_file("en"));
    let translated = messages(&label_file(lang));
    let mut out = BTreeSet::new();
    for (id, text) in &english {
        let theirs = translated.iter().find(|(i, _)| i == id).map(|(_, t)| t.to_lowercase()).unwrap_or_default();
        for f in fragments(text) {
            let lower = f.to_lowercase();
            if theirs.contains(&lower) || content.contains(&lower) {
                continue;
            }
            out.insert(f);
        }
    }
    out.into_iter().collect()
}

/// The demo site with `locale:` set, built into its own `public/`.
fn build_demo(locale: &str) -> common::TempDir {
    let dir = temp_dir(&format!("lang-{locale}"));
    copy_dir(&repo().join("content"), &dir.join("content"));
    copy_dir(&repo().join("static"), &dir.join("static"));
    copy_dir(&repo().join("data"), &dir.join("data"));
    let config = fs::read_to_string(repo().join("mediakit.yaml")).expect("demo config");
    assert!(config.contains("locale: en-US"), "the demo config sets its locale");
    let config = config.replace("locale: en-US", &format!("locale: {locale}\npage_size: 2\ntrack_record: true"));
    fs::write(dir.join("mediakit.yaml"), config).expect("write");
    if let Err(d) = pipeline::build(&BuildOptions { root: dir.to_path_buf(), out: None, base_url: None }) {
        panic!("the demo does not build in {locale}:\n{}", d.render());
    }
    dir
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read").flatten() {
        let p = entry.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

/// What a reader meets on a page: its text, and the alt, title, aria-label
/// and link-preview texts.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode(&rest[..open]));
        out.push(' ');
        let Some(close) = rest[open..].find('>') else { break };
        let tag = &rest[open + 1..open + close];
        let name = tag.split([' ', '\n']).next().unwrap_or("").to_ascii_lowercase();
        for attr in ["alt", "title", "aria-label", "content", "data-label"] {
            let key = format!(" {attr}=\"");
            if let Some(at) = tag.find(&key) {
                let value = &tag[at + key.len()..];
                if let Some(end) = value.find('"') {
                    out.push_str(&decode(&value[..end]));
                    out.push(' ');
                }
            }
        }
        rest = &rest[open + close + 1..];
        if name == "script" || name == "style" {
            let end = format!("</{name}>");
            rest = rest.find(&end).map_or("", |i| &rest[i..]);
        }
    }
    // Addresses (the canonical link printed in the footer) are not words.
    out.split_whitespace().filter(|w| !w.contains('/')).collect::<Vec<_>>().join(" ")
}

/// Whether `needle` occurs in `hay` as whole words, ignoring case.
fn has_words(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.to_lowercase(), needle.to_lowercase());
    let mut from = 0;
    while let Some(at) = hay[from..].find(&needle) {
        let start = from + at;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = hay[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return true;
        }
        from = start + needle.len().max(1);
    }
    false
}

/// The value of every `data-labels` attribute (the search box's words).
fn data_labels(html: &str) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(" data-labels=\"") {
        let value = &rest[at + 14..];
        let end = value.find('"').expect("closed attribute");
        out.push(serde_json::from_str(&decode(&value[..end])).expect("data-labels is JSON"));
        rest = &value[end..];
    }
    out
}

/// Every string inside a JSON value, joined.
fn json_strings(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push_str(" · ");
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| json_strings(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| json_strings(v, out)),
        _ => {}
    }
}

/// The string literals of a script.
fn js_strings(js: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = js.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'/') {
            for c in chars.by_ref() {
                if c == '\n' {
                    break;
                }
            }
        } else if c == '"' {
            let mut s = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => s.extend(chars.next()),
                    '"' => break,
                    c => s.push(c),
                }
            }
            out.push(s);
        }
    }
    out
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(pdf).arg("-").output().expect("run pdftotext");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn english_labels_are_recognised() {
    let left = english_left_behind("de", "");
    for expected in ["Total audience", "Show the data", "Cost per acquisition", "Download PDF", "Campaign report"] {
        assert!(left.iter().any(|f| f == expected), "{expected} is looked for: {left:?}");
    }
    assert!(!left.iter().any(|f| f == "Engagement rate"), "German keeps the loanword");
    assert!(has_words("Show the data · x", "show the data") && !has_words("Reachable", "reach"));
    let html = r#"<html><head><title>T</title><style>.a{}</style></head><body><img alt="Portrait of A"> Hi &amp; bye</body></html>"#;
    let text = visible_text(html);
    assert!(text.contains("Portrait of A") && text.contains("Hi & bye") && !text.contains(".a{}"), "{text}");
    let js = r#"// "no"
var a = "Show " + n + " more"; el("span", "tier tier-x", "a \"b\"");"#;
    assert_eq!(js_strings(js), ["Show ", " more", "span", "tier tier-x", "a \"b\""]);
}

#[test]
fn the_demo_in_every_language_has_no_english_label_left() {
    let pdfs = common::require_tool("pdftotext");
    let mut content = String::new();
    let mut yaml = Vec::new();
    files(&repo().join("content"), "yaml", &mut yaml);
    yaml.push(repo().join("mediakit.yaml"));
    for f in &yaml {
        content.push_str(&fs::read_to_string(f).expect("content").to_lowercase());
    }
    let mut problems = Vec::new();
    let mut checked = 0;
    for (lang, locale) in LANGUAGES {
        let site = build_demo(locale);
        let public = site.join("public");
        let english = english_left_behind(lang, &content);
        assert!(english.len() > 100, "{lang}: only {} English labels to look for", english.len());
        let mut pages = Vec::new();
        files(&public, "html", &mut pages);
        assert!(pages.len() >= 19, "{lang}: {} pages", pages.len());
        // The desk's pages are among them: a later roster page with its
        // pager, every kind of facet page, brands and campaigns.
        let shown: BTreeSet<String> =
            pages.iter().map(|p| p.strip_prefix(&public).expect("inside").display().to_string()).collect();
        for page in [
            "page/2/index.html",
            "niches/index.html",
            "tiers/index.html",
            "platforms/index.html",
            "locations/index.html",
            "brands/index.html",
            "campaigns/index.html",
        ] {
            assert!(shown.contains(page), "{lang}: no {page}");
        }
        for prefix in ["niches/", "tiers/", "platforms/", "locations/", "brands/"] {
            let terms = shown.iter().filter(|p| p.starts_with(prefix) && p.matches('/').count() == 2).count();
            assert!(terms >= 1, "{lang}: no page under {prefix}");
        }
        let roster = fs::read_to_string(public.join("index.html")).expect("roster");
        let labels = data_labels(&roster);
        assert_eq!(labels.len(), 1, "{lang}: the roster's search box has its words");
        let mut words = String::new();
        json_strings(&labels[0], &mut words);
        let index: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(public.join("creators/index.json")).expect("index"))
                .expect("json");
        json_strings(&index["tiers"], &mut words);
        json_strings(&index["platforms"], &mut words);
        for f in &english {
            if has_words(&words, f) {
                problems.push(format!("[{locale}] the search box's words: English label {f:?}"));
            }
        }
        let kits_with_record =
            pages.iter().filter(|p| fs::read_to_string(p).is_ok_and(|h| h.contains("id=\"h-track\""))).count();
        assert!(kits_with_record >= 1, "{lang}: no kit shows its track record");
        for page in &pages {
            let html = fs::read_to_string(page).expect("page");
            let rel = page.strip_prefix(&public).expect("inside").display().to_string();
            let lang_attr = format!("<html lang=\"{locale}\"");
            if !html.contains(&lang_attr) {
                problems.push(format!("[{locale}] {rel}: no {lang_attr}"));
            }
            if lang == "ar" && !html.contains("dir=\"rtl\"") {
                problems.push(format!("[{locale}] {rel}: no dir=\"rtl\""));
            }
            let text = visible_text(&html);
            for f in &english {
                if has_words(&text, f) {
                    problems.push(format!("[{locale}] {rel}: English label {f:?}"));
                }
            }
            checked += 1;
        }
        if pdfs {
            let mut list = Vec::new();
            files(&public, "pdf", &mut list);
            assert!(list.len() >= 10, "{lang}: {} PDFs", list.len());
            for pdf in &list {
                let text = pdf_text(pdf);
                let rel = pdf.strip_prefix(&public).expect("inside").display().to_string();
                for f in &english {
                    if has_words(&text, f) {
                        problems.push(format!("[{locale}] {rel}: English label {f:?}"));
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 7 * 19, "checked {checked} files");
    // The search script shows only words it reads from the page.
    let script = fs::read_to_string(repo().join("themes/studio/static/js/search.js")).expect("search.js");
    let english = english_left_behind("de", "");
    // Literals that read as words (class names, keys and selectors do not).
    let words = |l: &String| {
        !l.contains(|c: char| "-_./{}#[]=:".contains(c))
            && (l.contains(' ') || l.chars().next().is_some_and(char::is_uppercase))
    };
    for literal in js_strings(&script).into_iter().filter(words) {
        for f in &english {
            if has_words(&literal, f) {
                problems.push(format!("js/search.js: English label {f:?} in {literal:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
