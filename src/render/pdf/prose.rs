//! Markdown blocks set as running text that breaks across pages without
//! leaving a lone line at the foot or the head of a page, and tagged as what
//! they are: headings, paragraphs, quotes and (nested) lists.

use crate::render::pdf::draw::Box2;
use crate::render::pdf::fonts::Weight;
use crate::render::pdf::layout::{Flow, draw_lines};
use crate::render::pdf::markdown::Block;
use crate::render::pdf::style::Colors;
use crate::render::pdf::tagging::{Element, Marker};
use crate::render::pdf::text::{self, Spec};
use crate::render::pdf::wrap::{self, Line, Span};

const SIZE: f32 = 9.5;
const LEADING: f32 = 14.5;

fn restyle(spans: &[Span], weight: Weight) -> Vec<Span> {
    spans.iter().map(|s| Span { weight, ..s.clone() }).collect()
}

/// Lines that fit in the room left, keeping at least two together on each side of a break.
fn lines_that_fit(total: usize, room: f32, leading: f32) -> usize {
    let fit = (room / leading).floor().max(0.0) as usize;
    if fit >= total {
        total
    } else if fit < 2 || total < 4 {
        0
    } else {
        fit.min(total - 2)
    }
}

/// Draws lines at the flow's cursor, continuing on new pages as needed.
fn flow_lines(
    flow: &mut Flow,
    x: f32,
    lines: &[Line],
    leading: f32,
    colors: &Colors,
    color: crate::render::pdf::draw::Rgb,
) {
    let mut rest = lines;
    while !rest.is_empty() {
        let mut n = lines_that_fit(rest.len(), flow.room(), leading);
        if n == 0 {
            if flow.at_top() {
                n = rest.len().min(((flow.room() / leading).floor() as usize).max(1));
            } else {
                flow.new_page();
                continue;
            }
        }
        let (now, later) = rest.split_at(n);
        let y = flow.y;
        let h = draw_lines(flow.page(), x, y, now, leading, color, colors.primary_text);
        flow.y += h;
        rest = later;
        if !rest.is_empty() {
            flow.new_page();
        }
    }
}

/// The lists open around the block being set, by depth and whether they
/// are numbered: each has an item open, with its body, in which a list one
/// level deeper opens.
struct Lists {
    depths: Vec<usize>,
    numbered: Vec<bool>,
}

impl Lists {
    /// Closes the lists deeper than `depth` (all of them for `None`).
    fn close_to(&mut self, flow: &mut Flow, depth: Option<usize>) {
        while let Some(&d) = self.depths.last() {
            if depth.is_some_and(|keep| d <= keep) {
                break;
            }
            // The body, the item, the list.
            flow.close();
            flow.close();
            flow.close();
            self.depths.pop();
            self.numbered.pop();
        }
    }

    /// Opens the item of a `marker` at `depth`: a new list, or the next
    /// item of the list open at that depth.
    fn item(&mut self, flow: &mut Flow, depth: usize, marker: &str) {
        let numbered = marker.ends_with('.');
        self.close_to(flow, Some(depth));
        // A bulleted list right after a numbered one (or the reverse) is a list of its own.
        if self.depths.last() == Some(&depth) && self.numbered.last() != Some(&numbered) {
            self.close_to(flow, depth.checked_sub(1));
        }
        if self.depths.last() == Some(&depth) {
            flow.close();
            flow.close();
        } else {
            flow.open(Element::List(if numbered { Marker::Number } else { Marker::Bullet }));
            self.depths.push(depth);
            self.numbered.push(numbered);
        }
        flow.open(Element::Item);
    }
}

/// Sets `blocks` at the flow's cursor; their headings go one level below
/// `level`, the heading they are under.
pub fn prose(flow: &mut Flow, blocks: &[Block], level: u8, colors: &Colors) {
    let (x, width) = (flow.left, flow.width.min(430.0));
    let mut lists = Lists { depths: Vec::new(), numbered: Vec::new() };
    let mut last_heading = level;
    for (i, block) in blocks.iter().enumerate() {
        if !matches!(block, Block::Item { .. }) {
            lists.close_to(flow, None);
        }
        match block {
            Block::Heading { level: md_level, spans } => {
                let size = if *md_level <= 2 { 12.0 } else { 10.5 };
                let weight = if *md_level <= 2 { Weight::Bold } else { Weight::SemiBold };
                let lines = wrap::wrap(&restyle(spans, weight), size, width);
                let h = lines.len() as f32 * size * 1.35;
                if i > 0 {
                    flow.gap(8.0);
                }
                // A heading stays with the first lines of what follows it.
                flow.ensure(h + 2.0 * LEADING);
                // Levels never skip one: a `###` right under the section is one level down.
                let wanted = level + if *md_level <= 2 { 1 } else { 2 };
                let tag_level = wanted.min(last_heading + 1).max(level + 1);
                last_heading = tag_level;
                let title: String = spans.iter().map(|s| s.text.as_str()).collect();
                flow.open(Element::Heading { level: tag_level, title: title.trim().to_string() });
                flow_lines(flow, x, &lines, size * 1.35, colors, colors.ink);
                flow.close();
                flow.gap(3.0);
            }
            Block::Paragraph { spans } => {
                let lines = wrap::wrap(spans, SIZE, width);
                flow.open(Element::Paragraph);
                flow_lines(flow, x, &lines, LEADING, colors, colors.body);
                flow.close();
                flow.gap(6.0);
            }
            Block::Quote { spans } => {
                let lines = wrap::wrap(&restyle(spans, Weight::Italic), SIZE, width - 14.0);
                flow.ensure(LEADING * lines.len().min(2) as f32);
                let top = flow.y;
                flow.open(Element::Quote);
                flow.open(Element::Paragraph);
                flow_lines(flow, x + 14.0, &lines, LEADING, colors, colors.body);
                flow.close();
                flow.close();
                let bottom = flow.y;
                if bottom > top {
                    flow.page().rect(Box2::new(x, top + 2.0, 2.5, bottom - top - 4.0), 1.0, colors.accent);
                }
                flow.gap(6.0);
            }
            Block::Item { depth, marker, spans } => {
                let indent = 4.0 + *depth as f32 * 14.0;
                let hang = 14.0;
                let lines = wrap::wrap(spans, SIZE, width - indent - hang);
                flow.ensure(LEADING * lines.len().min(2) as f32);
                if marker.is_empty() && lists.depths.contains(depth) {
                    // A further paragraph of the item open at this depth.
                    lists.close_to(flow, Some(*depth));
                } else {
                    lists.item(flow, *depth, if marker.is_empty() { "•" } else { marker });
                    if !marker.is_empty() {
                        let spec = Spec::new(Weight::Bold, SIZE);
                        let run = text::shape(marker, spec);
                        let baseline = crate::render::pdf::layout::baseline_in(flow.y, LEADING, SIZE);
                        let color = if marker == "•" { colors.primary } else { colors.primary_text };
                        flow.open(Element::Label);
                        flow.page().text(x + indent, baseline, run, color);
                        flow.close();
                    }
                    flow.open(Element::Body);
                }
                flow.open(Element::Paragraph);
                flow_lines(flow, x + indent + hang, &lines, LEADING, colors, colors.body);
                flow.close();
                let last_item = !matches!(blocks.get(i + 1), Some(Block::Item { .. }));
                flow.gap(if last_item { 6.0 } else { 2.0 });
            }
            Block::Rule => {
                flow.gap(4.0);
                flow.ensure(10.0);
                let y = flow.y + 4.0;
                flow.page().line((x, y), (x + width, y), colors.line, 0.75);
                flow.y += 10.0;
            }
        }
    }
    lists.close_to(flow, None);
}

#[cfg(test)]
mod tests {
    use super::lines_that_fit;
    use crate::render::pdf::draw::Op;
    use crate::render::pdf::layout::Flow;
    use crate::render::pdf::markdown;
    use crate::render::pdf::style::{Colors, PaperSize};

    /// The elements the ops open, indented by depth, with "text" for drawn text.
    fn structure(markdown_text: &str) -> String {
        let colors = Colors::from_brand(&crate::present::Ctx::new(&Default::default()).site.brand);
        let paper = PaperSize::of(crate::model::choices::Paper::A4);
        let mut flow = Flow::new(paper, 72.0, 58.0);
        flow.new_page();
        super::prose(&mut flow, &markdown::blocks(markdown_text, None), 2, &colors);
        let mut out = String::new();
        let mut depth = 0;
        for op in flow.pages.iter().flat_map(|p| &p.ops) {
            match op {
                Op::Open(e) => {
                    let name = format!("{e:?}");
                    let name = name.split([' ', '(']).next().unwrap_or("").to_string();
                    let name = match e {
                        crate::render::pdf::tagging::Element::Heading { level, .. } => format!("H{level}"),
                        _ => name,
                    };
                    out.push_str(&format!("{}{name}\n", "  ".repeat(depth)));
                    depth += 1;
                }
                Op::Close => depth -= 1,
                _ => {}
            }
        }
        assert_eq!(depth, 0, "every element is closed:\n{out}");
        out
    }

    #[test]
    fn lists_nest_as_written_with_labels_and_bodies() {
        let s = structure("Intro\n\n- one\n  - inner\n- two\n\n1. first\n");
        let expected = "Paragraph\nList\n  Item\n    Label\n    Body\n      Paragraph\n      List\n        Item\n          Label\n          Body\n            Paragraph\n  Item\n    Label\n    Body\n      Paragraph\nList\n  Item\n    Label\n    Body\n      Paragraph\n";
        assert_eq!(s, expected);
    }

    #[test]
    fn headings_sit_one_level_under_their_section_and_never_skip_one() {
        let s = structure("### Deep first\n\nText\n\n## Next\n\n### Under it\n\n> quoted\n");
        assert_eq!(s, "H3\nParagraph\nH3\nH4\nQuote\n  Paragraph\n");
    }

    #[test]
    fn never_leaves_a_single_line_behind() {
        assert_eq!(lines_that_fit(3, 100.0, 10.0), 3);
        assert_eq!(lines_that_fit(10, 15.0, 10.0), 0, "one line alone at the foot");
        assert_eq!(lines_that_fit(10, 90.0, 10.0), 8, "two lines carry over, not one");
        assert_eq!(lines_that_fit(3, 20.0, 10.0), 0, "short paragraphs move whole");
    }
}
