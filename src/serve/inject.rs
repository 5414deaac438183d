//! Adds the live-reload script, and the problems overlay while the content
//! is broken, to HTML as it is answered. Built files never contain them.

use crate::render::html::escape::escape_xml as escape_html;

pub const SCRIPT_URL: &str = "/__mediakit/live.js";
pub const SCRIPT: &str = include_str!("live.js");

/// `html` with the script (and overlay) placed just before `</body>`.
pub fn inject(html: &[u8], path: &str, generation: u64, problems: Option<&str>) -> Vec<u8> {
    let mut snippet = String::new();
    if let Some(text) = problems {
        snippet.push_str(&overlay(text));
    }
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

/// The overlay as markup, for pages loaded (or reloaded without JavaScript)
/// while the content has problems. Same look as the script's.
pub fn overlay(text: &str) -> String {
    format!(
        "<div id=\"mediakit-problems\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(17,24,39,.92);color:#f9fafb;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:24px\"><strong style=\"display:block;color:#fca5a5;font-size:16px;margin-bottom:12px\">The last edit has problems; this is the last good build.</strong><pre style=\"white-space:pre-wrap;margin:0\">{}</pre></div>\n",
        escape_html(text)
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
    let html = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>mediakit serve</title></head>\n<body><p>The site has not built yet.</p>\n</body></html>\n";
    inject(html.as_bytes(), "", generation, problems.or(Some("The site has not built yet.")))
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
        assert!(bare.starts_with("<p>x<script"));
    }

    #[test]
    fn problems_are_escaped() {
        let out = String::from_utf8(inject(b"<body></body>", "a", 1, Some("name: <script>alert(1)</script>"))).unwrap();
        assert!(!out.contains("<script>alert"), "{out}");
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
