//! Adds the live-reload script, and the problems overlay while the content
//! is broken, to HTML as it is answered. Built files never contain them.

use crate::present::escape::escape_xml as escape_html;

pub const SCRIPT_URL: &str = "/__mediakit/live.js";
pub const SCRIPT: &str = include_str!("live.js");

const LAST_GOOD: &str = "Showing the last good build. Save a fix and this clears by itself.";
const NOT_BUILT: &str = "The site has not built yet. Save a fix and this page loads by itself.";

/// `html` with the overlay and the script placed just before `</body>`.
pub fn inject(html: &[u8], path: &str, generation: u64, problems: Option<&str>) -> Vec<u8> {
    let mut snippet = overlay(problems, LAST_GOOD);
    snippet.push_str(&format!(
        "<script src=\"{SCRIPT_URL}\" data-path=\"{}\" data-generation=\"{generation}\"></script>\n",
        escape_html(path)
    ));
    let at = find_body_end(html).unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + snippet.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(snippet.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// The problems overlay: shown with the problems while the content is
/// broken (so a page loaded or reloaded then shows them, with or without
/// JavaScript), hidden otherwise for the script to fill in later. Inline
/// styles only, so no page stylesheet can hide or restyle it.
pub fn overlay(problems: Option<&str>, note: &str) -> String {
    let display = if problems.is_some() { "block" } else { "none" };
    format!(
        concat!(
            "<div id=\"mediakit-problems\" role=\"alert\" style=\"display:{};position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(15,23,42,.72);padding:48px 16px\">",
            "<div data-panel style=\"max-width:960px;margin:0 auto;background:#111827;color:#f9fafb;border-left:4px solid #ef4444;border-radius:8px;box-shadow:0 20px 50px rgba(0,0,0,.5);padding:20px 24px;font:13px/1.55 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace\">",
            "<strong style=\"display:block;color:#fca5a5;font-size:15px;margin-bottom:4px\">The last edit has problems</strong>",
            "<span style=\"display:block;color:#9ca3af;margin-bottom:16px\">{}</span>",
            "<pre style=\"white-space:pre-wrap;margin:0;font:inherit;color:inherit;background:none\">{}</pre></div></div>\n"
        ),
        display,
        note,
        escape_html(problems.unwrap_or(""))
    )
}

fn find_body_end(html: &[u8]) -> Option<usize> {
    let needle = b"</body";
    (0..html.len().saturating_sub(needle.len() - 1))
        .rev()
        .find(|&i| html[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// A page for when no build has succeeded yet: the problems, and the script
/// that reloads it once the content is mended.
pub fn no_build_page(generation: u64, problems: Option<&str>) -> Vec<u8> {
    let mut html = String::from(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>mediakit serve</title></head>\n<body>\n",
    );
    html.push_str(&overlay(Some(problems.unwrap_or("The site has not built yet.")), NOT_BUILT));
    html.push_str(&format!("<script src=\"{SCRIPT_URL}\" data-path=\"\" data-generation=\"{generation}\"></script>\n"));
    html.push_str("</body></html>\n");
    html.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_last_body_end() {
        let html = b"<html><body><p>&lt;/body&gt;</p></BODY></html>";
        let out = String::from_utf8(inject(html, "index.html", 4, None)).unwrap();
        assert!(out.contains("data-path=\"index.html\" data-generation=\"4\"></script>\n</BODY>"), "{out}");
        let bare = String::from_utf8(inject(b"<p>x", "a.html", 1, None)).unwrap();
        assert!(bare.starts_with("<p>x<div id=\"mediakit-problems\"") && bare.ends_with("</script>\n"));
    }

    #[test]
    fn problems_are_escaped() {
        let out = String::from_utf8(inject(b"<body></body>", "a", 1, Some("name: <script>alert(1)</script>"))).unwrap();
        assert!(!out.contains("<script>alert"), "{out}");
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(out.contains("display:block"));
        let calm = String::from_utf8(inject(b"<body></body>", "a", 1, None)).unwrap();
        assert!(calm.contains("id=\"mediakit-problems\"") && calm.contains("display:none"));
    }
}
