//! Cutting a chart taller than a page into slices between its rows, so that
//! a campaign with sixty creators gets its bars at a readable size over two
//! pages rather than shrunk onto one. Only charts made of rectangles and
//! text (the bar charts) are cut; anything else is left whole.

use usvg::roxmltree::{Document, Node};

fn number(node: &Node, name: &str) -> Option<f32> {
    node.attribute(name)?.trim().parse().ok()
}

/// The vertical extent of a top-level chart element, if it is one we can place.
fn extent(node: &Node) -> Option<(f32, f32)> {
    match node.tag_name().name() {
        "rect" => {
            let y = number(node, "y").unwrap_or(0.0);
            Some((y, y + number(node, "height")?))
        }
        "text" => {
            let y = number(node, "y")?;
            let size = number(node, "font-size").unwrap_or(12.0);
            Some((y - size, y + size * 0.6))
        }
        "circle" => {
            let (cy, r) = (number(node, "cy")?, number(node, "r")?);
            Some((cy - r, cy + r))
        }
        _ => None,
    }
}

/// The chart split into SVG documents at most `max_h` units tall each, cut
/// only where no element spans the cut; `None` when it cannot be cut.
pub fn slices(svg: &str, max_h: f32) -> Option<Vec<String>> {
    let doc = Document::parse(svg).ok()?;
    let root = doc.root_element();
    let view_box: Vec<f32> =
        root.attribute("viewBox")?.split([' ', ',']).filter(|s| !s.is_empty()).filter_map(|v| v.parse().ok()).collect();
    let &[_, _, width, height] = view_box.as_slice() else { return None };
    if height <= max_h || max_h <= 0.0 {
        return None;
    }
    let mut items: Vec<(f32, f32, &str)> = Vec::new();
    for child in root.children().filter(Node::is_element) {
        match child.tag_name().name() {
            "title" | "desc" => continue,
            _ => {
                let (top, bottom) = extent(&child)?;
                items.push((top, bottom, &svg[child.range()]));
            }
        }
    }
    // Rows: runs of elements whose extents overlap, in order down the chart.
    items.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut rows: Vec<(f32, f32, Vec<&str>)> = Vec::new();
    for (top, bottom, text) in items {
        match rows.last_mut() {
            Some(row) if top < row.1 => {
                row.1 = row.1.max(bottom);
                row.2.push(text);
            }
            _ => rows.push((top, bottom, vec![text])),
        }
    }
    // Slices of about equal height read better than full pages and a stub;
    // a row of slack keeps rounding from spilling a last row into a slice of its own.
    let tallest = rows.iter().map(|r| r.1 - r.0).fold(0.0, f32::max);
    let parts = (height / max_h).ceil().max(1.0);
    let target = (height / parts + tallest + 8.0).min(max_h);
    let mut out = Vec::new();
    let mut start = 0.0f32;
    let mut body = String::new();
    let mut last_bottom = 0.0f32;
    for (top, bottom, parts) in rows {
        if bottom - start > target && !body.is_empty() {
            out.push(document(width, start, last_bottom + 4.0 - start, &body));
            body.clear();
            start = (top - 4.0).max(0.0);
        }
        for part in parts {
            body.push_str(part);
            body.push('\n');
        }
        last_bottom = bottom;
    }
    if !body.is_empty() {
        out.push(document(width, start, height.max(last_bottom) - start, &body));
    }
    (out.len() > 1).then_some(out)
}

fn document(width: f32, y: f32, h: f32, body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 {y} {width} {h}\" width=\"{width}\" height=\"{h}\" font-family=\"Inter\">\n{body}</svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars(n: usize) -> String {
        let mut svg = String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 520 ");
        svg.push_str(&format!("{}\"><title>t</title>", n * 30 + 12));
        for i in 0..n {
            let y = 6 + i * 30;
            svg.push_str(&format!(
                "<text x=\"0\" y=\"{}\" font-size=\"13\">Row {i}</text><rect x=\"92\" y=\"{}\" width=\"100\" height=\"18\"/>",
                y + 15,
                y + 6
            ));
        }
        svg + "</svg>"
    }

    #[test]
    fn cuts_between_rows_and_keeps_every_row_once() {
        let svg = bars(60);
        let parts = slices(&svg, 1000.0).expect("cut");
        assert_eq!(parts.len(), 2);
        let joined = parts.concat();
        for i in 0..60 {
            assert_eq!(joined.matches(&format!(">Row {i}<")).count(), 1, "row {i}");
        }
        for part in &parts {
            assert!(usvg::Tree::from_str(part, &usvg::Options::default()).is_ok());
        }
    }

    #[test]
    fn leaves_short_and_uncuttable_charts_alone() {
        assert!(slices(&bars(5), 900.0).is_none());
        let line = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 520 2000\"><polyline points=\"0,0 520,2000\"/></svg>";
        assert!(slices(line, 900.0).is_none());
    }
}
