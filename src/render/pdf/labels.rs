//! A chart's SVG split in two: its shapes, which usvg turns into paths, and
//! its labels, which are shaped and set like the rest of the document.
//!
//! usvg lays out every `<text>` with a shaping face of its own, which made
//! chart text the dearest part of a PDF; set here, the labels share the
//! document's shaping cache and fonts, and stay real, selectable text.
//! Only the plain labels the charts write are taken over (a single string,
//! a solid colour, no transform); anything else is left to usvg.
//!
//! A shape drawn with `opacity` is also given that opacity as its fill's
//! (or stroke's) instead: for a single shape it looks the same, and it is
//! drawn directly rather than as a transparency group of its own.

use std::ops::Range;

use usvg::roxmltree::{Document, Node};

use crate::render::pdf::draw::Rgb;
use crate::render::pdf::fonts::Weight;
use crate::render::pdf::text::{self, Run, Spec};

/// A label with its baseline starting at (`x`, `y`), in the SVG's user
/// units from the top left of its view box.
#[derive(Clone, Debug)]
pub struct Label {
    pub x: f32,
    pub y: f32,
    pub run: Run,
    pub color: Rgb,
}

/// The SVG without the labels taken out, and those labels.
pub struct Split {
    pub shapes: String,
    pub labels: Vec<Label>,
}

fn number(node: &Node, name: &str) -> Option<f32> {
    node.attribute(name)?.trim().parse().ok()
}

/// A length in `em` or `ex` of `size`, or in user units; `ex` is half an em,
/// as usvg takes it.
fn offset(value: Option<&str>, size: f32) -> Option<f32> {
    let Some(v) = value.map(str::trim) else { return Some(0.0) };
    if let Some(n) = v.strip_suffix("em") {
        return Some(n.trim().parse::<f32>().ok()? * size);
    }
    if let Some(n) = v.strip_suffix("ex") {
        return Some(n.trim().parse::<f32>().ok()? * size / 2.0);
    }
    v.strip_suffix("px").unwrap_or(v).trim().parse().ok()
}

/// Attributes a label may carry; one outside these leaves it to usvg.
const PLAIN: &[&str] = &["x", "y", "dy", "text-anchor", "font-family", "font-size", "opacity", "fill", "font-weight"];

/// A label; in a right-to-left chart (`direction="rtl"` on the root)
/// `start` is the label's right edge and `end` its left.
fn label(node: &Node, origin: (f32, f32), rtl: bool) -> Option<Label> {
    if node.attributes().any(|a| a.namespace().is_some() || !PLAIN.contains(&a.name())) {
        return None;
    }
    if !node.children().all(|c| c.is_text()) {
        return None;
    }
    if number(node, "opacity").is_some_and(|o| o < 1.0) {
        return None;
    }
    let size = match node.attribute("font-size") {
        Some(_) => number(node, "font-size").filter(|s| *s > 0.0 && s.is_finite())?,
        None => 12.0,
    };
    let weight = match node.attribute("font-weight") {
        None | Some("normal" | "400") => Weight::Regular,
        Some("bold" | "700") => Weight::Bold,
        Some("600") => Weight::SemiBold,
        Some(_) => return None,
    };
    let color = match node.attribute("fill") {
        None => Rgb(0, 0, 0),
        Some(hex) => Rgb::hex(hex)?,
    };
    let content = text::clean(node.text().unwrap_or(""));
    let run = text::in_direction(rtl, || text::shape(&content, Spec::new(weight, size).contextual()));
    // Absent is 0; present but not one plain number (`10px`, a list) is left to usvg.
    let coordinate = |name: &str| if node.has_attribute(name) { number(node, name) } else { Some(0.0) };
    let x = coordinate("x")?;
    let y = coordinate("y")? + offset(node.attribute("dy"), size)?;
    let x = match (node.attribute("text-anchor"), rtl) {
        (None | Some("start"), false) | (Some("end"), true) => x,
        (Some("middle"), _) => x - run.width / 2.0,
        (Some("end"), false) | (None | Some("start"), true) => x - run.width,
        (Some(_), _) => return None,
    };
    Some(Label { x: x - origin.0, y: y - origin.1, run, color })
}

/// For a shape painted once, the opacity that has the same effect as its
/// `opacity`: of its fill or of its stroke.
fn paint_opacity(node: &Node) -> Option<&'static str> {
    const SHAPES: [&str; 7] = ["rect", "circle", "ellipse", "path", "polygon", "polyline", "line"];
    if !SHAPES.contains(&node.tag_name().name())
        || node.has_children()
        || number(node, "opacity").is_none_or(|o| o >= 1.0)
    {
        return None;
    }
    // Paint set in `style`, or an opacity of its own, is not a single plain paint.
    if ["style", "fill-opacity", "stroke-opacity"].iter().any(|a| node.has_attribute(*a)) {
        return None;
    }
    let none = |name: &str| node.attribute(name).is_some_and(|v| v.trim() == "none");
    let stroked = node.has_attribute("stroke") && !none("stroke");
    let filled = !none("fill");
    match (filled, stroked) {
        (true, false) => Some("fill-opacity"),
        (false, true) => Some("stroke-opacity"),
        _ => None,
    }
}

/// Takes the plain labels out of `svg`; `None` when it does not parse.
pub fn split(svg: &str) -> Option<Split> {
    let doc = Document::parse(svg).ok()?;
    let root = doc.root_element();
    let rtl = root.attribute("direction") == Some("rtl");
    let origin = root
        .attribute("viewBox")
        .map(|v| {
            v.split([' ', ',']).filter(|s| !s.is_empty()).filter_map(|n| n.parse::<f32>().ok()).collect::<Vec<_>>()
        })
        .and_then(|v| Some((*v.first()?, *v.get(1)?)))
        .unwrap_or((0.0, 0.0));
    // Byte ranges of the SVG and what replaces them, in order.
    let mut edits: Vec<(Range<usize>, &str)> = Vec::new();
    let mut labels = Vec::new();
    // Only elements right under the root: inside a group they could inherit a transform.
    for node in root.children().filter(Node::is_element) {
        if node.has_tag_name("text") {
            if let Some(l) = label(&node, origin, rtl) {
                edits.push((node.range(), ""));
                if !l.run.pieces.is_empty() {
                    labels.push(l);
                }
            }
        } else if let Some(name) = paint_opacity(&node)
            && let Some(attribute) = node.attributes().find(|a| a.name() == "opacity")
        {
            edits.push((attribute.range_qname(), name));
        }
    }
    let mut shapes = String::with_capacity(svg.len());
    let mut at = 0;
    for (range, with) in edits {
        shapes.push_str(&svg[at..range.start]);
        shapes.push_str(with);
        at = range.end;
    }
    shapes.push_str(&svg[at..]);
    Some(Split { shapes, labels })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_plain_labels_and_leaves_the_rest() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 40 400 100">
            <rect x="0" y="50" width="10" height="10" fill="#0F766E"/>
            <text x="100" y="60" dy="0.5ex" text-anchor="end" font-size="10" fill="#1E293B" font-weight="bold"> A &amp; B </text>
            <text x="0" y="80" transform="rotate(90, 0, 80)">turned</text>
            <text x="0" y="90" font-size="12">two <tspan>parts</tspan></text>
        </svg>"##;
        let split = split(svg).expect("parses");
        assert_eq!(split.labels.len(), 1);
        let l = &split.labels[0];
        assert_eq!(l.run.text, "A & B");
        assert_eq!(l.run.weight, Weight::Bold);
        assert_eq!(l.color, Rgb(0x1E, 0x29, 0x3B));
        assert!((l.x + l.run.width - 100.0).abs() < 0.01, "ends at x = 100");
        assert!((l.y - 22.5).abs() < 0.01, "baseline 60 + 0.5ex, from the view box top: {}", l.y);
        assert!(!split.shapes.contains("A &amp; B"));
        assert!(split.shapes.contains("turned") && split.shapes.contains("parts") && split.shapes.contains("<rect"));
        assert!(usvg::Tree::from_str(&split.shapes, &usvg::Options::default()).is_ok());
    }

    #[test]
    fn the_opacity_of_a_single_shape_goes_to_its_paint() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
            <rect x="0" y="0" width="10" height="10" opacity="0.84" fill="#0F766E" stroke="none"/>
            <polyline points="0,0 10,10" fill="none" stroke="#000" opacity="0.5"/>
            <rect x="0" y="0" width="10" height="10" opacity="0.5" fill="#000" stroke="#fff"/>
            <rect x="0" y="0" width="10" height="10" opacity="1" fill="#000"/>
        </svg>"##;
        let shapes = split(svg).expect("parses").shapes;
        assert!(shapes.contains(r##"fill-opacity="0.84" fill="#0F766E""##), "{shapes}");
        assert!(shapes.contains(r##"stroke="#000" stroke-opacity="0.5""##), "{shapes}");
        assert!(shapes.contains(r##"opacity="0.5" fill="#000" stroke="#fff""##), "both painted: left alone");
        assert!(shapes.contains(r##"opacity="1" fill="#000""##));
    }

    #[test]
    fn a_broken_svg_is_none() {
        assert!(split("<svg><text>").is_none());
    }
}
