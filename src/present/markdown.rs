//! Markdown fields → HTML that cannot carry script: pulldown-cmark renders,
//! ammonia keeps only harmless tags and http(s)/mailto links.

use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

fn cleaner() -> &'static ammonia::Builder<'static> {
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.url_schemes(HashSet::from(["http", "https", "mailto"]))
            .link_rel(Some("nofollow noopener noreferrer"))
            .rm_tags(["img"]);
        b
    })
}

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION
}

/// Block markdown (bios, summaries, notes) as sanitised HTML.
pub fn to_html(markdown: &str) -> String {
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options()));
    cleaner().clean(&raw).to_string()
}

/// A one-paragraph field (a partner summary) without the wrapping `<p>`.
pub fn to_inline_html(markdown: &str) -> String {
    let html = to_html(markdown);
    let trimmed = html.trim();
    match trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => trimmed.to_string(),
    }
}

/// The text of a markdown field, for meta descriptions and PDF metadata.
pub fn to_plain(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push(' '),
            Event::Start(Tag::Item) => {}
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `max` characters of `text`, cut at a word and marked with "…".
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', '.', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        let html = to_html("## Results\n\n**45 sales** via [code](https://example.com)\n\n- one\n- two");
        assert!(html.contains("<h2>Results</h2>"));
        assert!(html.contains("<strong>45 sales</strong>"));
        assert!(html.contains("<li>one</li>"));
        assert!(html.contains("rel=\"nofollow noopener noreferrer\""));
    }

    #[test]
    fn strips_everything_live() {
        let evil = "<script>alert(1)</script><img src=x onerror=alert(2)><iframe src=//e></iframe><style>*{}</style>[x](javascript:alert(3)) <a href=\"data:text/html,x\" onclick=\"y\">d</a>";
        let html = to_html(evil);
        assert!(!to_html("[x](javascript:alert(3))").contains("javascript"));
        for bad in ["<script", "onerror", "<iframe", "<style", "href=\"javascript:", "href=\"data:", "onclick", "<img"]
        {
            assert!(!html.contains(bad), "{bad} survived in {html}");
        }
    }

    #[test]
    fn inline_and_plain() {
        assert_eq!(to_inline_html("3 reels, *45 sales*"), "3 reels, <em>45 sales</em>");
        assert_eq!(to_plain("# Hi\n\nI **test** things.\n"), "Hi I test things.");
        assert_eq!(excerpt("one two three four", 9), "one two…");
    }
}
