//! Markdown fields as blocks of styled text for the PDF: headings,
//! paragraphs, list items, quotes. Raw HTML is dropped (the pages sanitise
//! it; a PDF has no use for it), and only http(s) and mailto links become
//! clickable.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::render::pdf::fonts::Weight;
use crate::render::pdf::wrap::Span;

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph {
        spans: Vec<Span>,
    },
    /// A list item; `marker` is "•" or "3.", empty for a continuation paragraph.
    Item {
        depth: usize,
        marker: String,
        spans: Vec<Span>,
    },
    Quote {
        spans: Vec<Span>,
    },
    Rule,
}

fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION
}

/// A link target the PDF may open: absolute http(s) or mailto, or a path
/// resolved against `base` (the page the text belongs to).
pub fn safe_link(dest: &str, base: Option<&str>) -> Option<String> {
    let dest = dest.trim();
    if dest.chars().any(|c| c.is_control() || c.is_whitespace()) || dest.is_empty() {
        return None;
    }
    let lower = dest.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:") {
        return Some(dest.to_string());
    }
    if lower.contains(':') || dest.starts_with("//") {
        return None;
    }
    let base = base?;
    if dest.starts_with('/') {
        let origin_end = base.find("://").map(|i| i + 3).and_then(|i| base[i..].find('/').map(|j| i + j));
        return Some(format!("{}{dest}", origin_end.map_or(base, |e| &base[..e])));
    }
    let dir = base.rfind('/').map_or(base, |i| &base[..=i]);
    Some(format!("{dir}{dest}"))
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    spans: Vec<Span>,
    bold: usize,
    italic: usize,
    link: Vec<Option<String>>,
    /// Item numbers per open list: `None` for bullets.
    lists: Vec<Option<u64>>,
    item_marker: Option<String>,
    in_item_text: bool,
    heading: Option<u8>,
    quote: usize,
}

impl Builder {
    fn weight(&self) -> Weight {
        if self.bold > 0 || self.heading.is_some() {
            Weight::Bold
        } else if self.italic > 0 {
            Weight::Italic
        } else {
            Weight::Regular
        }
    }

    fn push_text(&mut self, text: &str) {
        let weight = self.weight();
        let link = self.link.last().cloned().flatten();
        match self.spans.last_mut() {
            Some(last) if last.weight == weight && last.link == link => last.text.push_str(text),
            _ => self.spans.push(Span { text: text.to_string(), weight, link }),
        }
    }

    /// Ends the text gathered so far as a block of the current kind.
    fn flush(&mut self) {
        let spans = std::mem::take(&mut self.spans);
        if spans.iter().all(|s| s.text.trim().is_empty()) {
            return;
        }
        let block = if let Some(level) = self.heading {
            Block::Heading { level, spans }
        } else if !self.lists.is_empty() {
            let marker = self.item_marker.take().unwrap_or_default();
            Block::Item { depth: self.lists.len() - 1, marker, spans }
        } else if self.quote > 0 {
            Block::Quote { spans }
        } else {
            Block::Paragraph { spans }
        };
        self.blocks.push(block);
    }
}

pub fn blocks(markdown: &str, base: Option<&str>) -> Vec<Block> {
    let mut b = Builder::default();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                b.flush();
                b.heading = Some(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                b.flush();
                b.heading = None;
            }
            // A tight list item's text has no paragraph; a loose one's first paragraph is the item.
            Event::Start(Tag::Paragraph) if !b.in_item_text => b.flush(),
            Event::End(TagEnd::Paragraph) => {
                b.flush();
                b.in_item_text = false;
            }
            Event::Start(Tag::List(start)) => {
                b.flush();
                b.lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                b.flush();
                b.lists.pop();
            }
            Event::Start(Tag::Item) => {
                b.flush();
                let marker = match b.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}.");
                        *n += 1;
                        m
                    }
                    _ => "•".to_string(),
                };
                b.item_marker = Some(marker);
                b.in_item_text = true;
            }
            Event::End(TagEnd::Item) => {
                b.flush();
                b.in_item_text = false;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                b.flush();
                b.quote += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                b.flush();
                b.quote = b.quote.saturating_sub(1);
            }
            Event::Start(Tag::Strong) => b.bold += 1,
            Event::End(TagEnd::Strong) => b.bold = b.bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => b.italic += 1,
            Event::End(TagEnd::Emphasis) => b.italic = b.italic.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => b.link.push(safe_link(&dest_url, base)),
            Event::End(TagEnd::Link) => {
                b.link.pop();
            }
            Event::Start(Tag::TableCell) => b.push_text(" "),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => b.flush(),
            Event::Text(t) | Event::Code(t) => b.push_text(&t),
            Event::SoftBreak => b.push_text(" "),
            Event::HardBreak => b.push_text("\n"),
            Event::Rule => {
                b.flush();
                b.blocks.push(Block::Rule);
            }
            Event::End(TagEnd::CodeBlock) => b.flush(),
            _ => {}
        }
    }
    b.flush();
    b.blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn headings_paragraphs_lists_and_styles() {
        let md = "## Highlights\nReached **400K people** and *sold out*.\n\n- one\n- two [link](https://x.example)\n\n1. first\n2. second\n";
        let blocks = blocks(md, None);
        assert!(matches!(&blocks[0], Block::Heading { level: 2, spans } if text(spans) == "Highlights"));
        let Block::Paragraph { spans } = &blocks[1] else { panic!("{blocks:?}") };
        assert_eq!(text(spans), "Reached 400K people and sold out.");
        assert!(spans.iter().any(|s| s.text == "400K people" && s.weight == Weight::Bold));
        assert!(spans.iter().any(|s| s.text == "sold out" && s.weight == Weight::Italic));
        assert!(matches!(&blocks[2], Block::Item { marker, .. } if marker == "•"));
        let Block::Item { spans, .. } = &blocks[3] else { panic!() };
        assert_eq!(spans.last().and_then(|s| s.link.as_deref()), Some("https://x.example"));
        assert!(matches!(&blocks[5], Block::Item { marker, .. } if marker == "2."));
    }

    #[test]
    fn links_are_safe_and_resolved() {
        let base = Some("https://n.example/kits/campaigns/spring/");
        assert_eq!(safe_link("data.json", base).as_deref(), Some("https://n.example/kits/campaigns/spring/data.json"));
        assert_eq!(safe_link("/kits/", base).as_deref(), Some("https://n.example/kits/"));
        assert_eq!(safe_link("javascript:alert(1)", base), None);
        assert_eq!(safe_link("data:text/html,x", base), None);
        assert_eq!(safe_link("//evil.example", base), None);
        assert_eq!(safe_link("data.json", None), None);
        assert_eq!(safe_link("mailto:a@b.example", None).as_deref(), Some("mailto:a@b.example"));
    }

    #[test]
    fn raw_html_is_dropped() {
        let blocks = blocks("Hi <script>alert(1)</script> there", None);
        let all: String = blocks.iter().map(|b| format!("{b:?}")).collect();
        assert!(!all.contains("script"), "{all}");
    }
}
