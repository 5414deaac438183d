//! The report's charts in the PDF: the same SVG the pages inline, drawn as
//! vector paths with selectable text, under a title and a one-line reading.
//! To a reader each chart is a figure whose text alternative is the chart's
//! summary and its data.

use crate::present::charts::Chart;
use crate::present::i18n::Labels;
use crate::render::pdf::draw::{Box2, Op, Picture};
use crate::render::pdf::layout::{Flow, draw_lines};
use crate::render::pdf::pictures;
use crate::render::pdf::slice;
use crate::render::pdf::style::{self, Colors};
use crate::render::pdf::tagging::{Element, Furniture};
use crate::render::pdf::text::{self, Run};
use crate::render::pdf::wrap::{self, Line, Span};

/// Chart pixels to points: the charts are drawn for a 520 px column.
const SCALE: f32 = 0.72;
const PAD: f32 = 14.0;
const CAPTION_LEADING: f32 = 12.0;

/// The chart's summary without its title, which the block shows above it.
pub fn caption(chart: &Chart) -> String {
    let rest = chart.summary.strip_prefix(chart.title.as_str()).unwrap_or(&chart.summary);
    let rest = rest.trim_start_matches(['.', ':', ',']).trim_start();
    let mut chars = rest.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Rows of a chart's data a text alternative lists before it says "and N more".
const ALT_ROWS: usize = 40;

/// What a reader hears for a chart: its summary, then its data.
pub fn alt(chart: &Chart, t: &Labels) -> String {
    let mut out = chart.summary.trim().to_string();
    if out.is_empty() {
        out = chart.title.clone();
    }
    let rows: Vec<String> = chart
        .rows
        .iter()
        .take(ALT_ROWS)
        .filter_map(|r| {
            let (label, values) = r.split_first()?;
            Some(if values.is_empty() { label.clone() } else { format!("{label}: {}", values.join(", ")) })
        })
        .collect();
    if !rows.is_empty() {
        if !out.ends_with(['.', '!', '?']) {
            out.push('.');
        }
        out.push(' ');
        out.push_str(&rows.join("; "));
        if chart.rows.len() > ALT_ROWS {
            let more = (chart.rows.len() - ALT_ROWS).to_string();
            out.push_str("; ");
            out.push_str(&t.with("chart-alt-more", &[("n", (&more).into())]));
        }
        out.push('.');
    }
    out
}

/// A chart set for a card `width` points wide, with the height it needs.
pub struct Block {
    title: Run,
    /// The title as written, for the heading in the structure.
    heading: String,
    alt: String,
    caption: Vec<Line>,
    picture: Option<(Picture, f32, f32)>,
    /// Without a picture (an SVG that would not parse) the data is set as a
    /// table instead: its header, then its rows, a run per cell.
    columns: Vec<Run>,
    rows: Vec<Vec<Run>>,
    width: f32,
    pub height: f32,
    /// A slice of a cut chart: it keeps its size.
    sliced: bool,
    /// A slice after the first: it keeps its place after the slice before it.
    pub continues: bool,
}

fn block_of(chart: &Chart, svg: &str, title: &str, caption_text: &str, width: f32, t: &Labels) -> Block {
    let inner = width - 2.0 * PAD;
    let heading = title.to_string();
    let picture = pictures::chart(svg).map(|p| {
        let w = (520.0 * SCALE).min(inner);
        let h = w / p.aspect();
        (p, w, h)
    });
    let title = text::fit(title, style::H3, inner);
    let caption = if caption_text.is_empty() {
        Vec::new()
    } else {
        wrap::clamp(&[Span::plain(caption_text, style::SMALL.weight)], style::SMALL.size, inner, 2)
    };
    let (columns, rows): (Vec<Run>, Vec<Vec<Run>>) = if picture.is_none() {
        let n = chart.columns.len().max(chart.rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
        let cell_w = inner / n as f32 - 8.0;
        let header = chart.columns.iter().map(|c| text::fit(c, style::CAPTION, cell_w)).collect();
        let rows = chart.rows.iter().map(|r| r.iter().map(|c| text::fit(c, style::SMALL, cell_w)).collect()).collect();
        (header, rows)
    } else {
        (Vec::new(), Vec::new())
    };
    let listed = if columns.is_empty() { 0.0 } else { 12.0 } + rows.len() as f32 * 12.0;
    let body = picture.as_ref().map_or(listed, |(_, _, h)| *h);
    let height = PAD + 16.0 + caption.len() as f32 * CAPTION_LEADING + 10.0 + body + PAD;
    let alt = alt(chart, t);
    Block { title, heading, alt, caption, picture, columns, rows, width, height, sliced: false, continues: false }
}

/// The chart as one block, or as several when it is taller than `page`
/// points and can be cut between its rows.
pub fn blocks(chart: &Chart, width: f32, page: f32, t: &Labels) -> Vec<Block> {
    let whole = block_of(chart, &chart.svg, &chart.title, &caption(chart), width, t);
    let Some((_, w, h)) = &whole.picture else { return vec![whole] };
    if whole.height <= page {
        return vec![whole];
    }
    let px_per_pt = 520.0 / w;
    let room = page - (whole.height - h) - 8.0;
    let Some(parts) = slice::slices(&chart.svg, room * px_per_pt) else { return vec![whole] };
    let continued = t.with("chart-continued", &[("title", (&chart.title).into())]);
    parts
        .iter()
        .enumerate()
        .map(|(i, svg)| {
            let mut b = if i == 0 {
                block_of(chart, svg, &chart.title, &caption(chart), width, t)
            } else {
                let mut b = block_of(chart, svg, &continued, "", width, t);
                b.alt = continued.clone();
                b
            };
            b.sliced = true;
            b.continues = i > 0;
            b
        })
        .collect()
}

/// Draws the block at the flow's cursor; the caller has made room.
pub fn place(flow: &mut Flow, block: Block, colors: &Colors) {
    let (x, y) = (flow.left, flow.y);
    let page = flow.page();
    page.push(Op::Frame {
        at: Box2::new(x, y, block.width, block.height),
        radius: 6.0,
        color: colors.line,
        width: 0.75,
    });
    // A slice after the first is one more figure under the same heading.
    if block.continues {
        page.furniture(Furniture::Pagination);
    } else {
        page.open(Element::Heading { level: 3, title: block.heading.clone() });
    }
    page.text(x + PAD, y + PAD + 10.0, block.title, colors.ink);
    if block.continues {
        page.end_furniture();
    } else {
        page.close();
    }
    let cy = y + PAD + 16.0;
    if !block.caption.is_empty() {
        page.open(Element::Paragraph);
        draw_lines(page, x + PAD, cy, &block.caption, CAPTION_LEADING, colors.muted, colors.primary_text);
        page.close();
    }
    let caption_h = block.caption.len() as f32 * CAPTION_LEADING;
    let py = cy + caption_h + 10.0;
    if let Some((picture, w, h)) = block.picture {
        page.open(Element::Figure { alt: block.alt });
        page.push(Op::Picture { at: Box2::new(x + PAD, py, w, h), picture, round: false });
        page.close();
    }
    if !block.columns.is_empty() || !block.rows.is_empty() {
        let n = block.columns.len().max(block.rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
        let cell_w = (block.width - 2.0 * PAD) / n as f32;
        let mut ry = py;
        page.open(Element::Table);
        if !block.columns.is_empty() {
            page.open(Element::TableHead);
            page.open(Element::Row);
            for (k, run) in block.columns.into_iter().enumerate() {
                page.open(Element::HeaderCell { row: false });
                page.text(x + PAD + k as f32 * cell_w, ry + 9.0, run, colors.muted);
                page.close();
            }
            page.close();
            page.close();
            ry += 12.0;
        }
        page.open(Element::TableBody);
        for row in block.rows {
            page.open(Element::Row);
            for (k, run) in row.into_iter().enumerate() {
                page.open(Element::Cell);
                page.text(x + PAD + k as f32 * cell_w, ry + 9.0, run, colors.body);
                page.close();
            }
            page.close();
            ry += 12.0;
        }
        page.close();
        page.close();
    }
    flow.y += block.height;
}

impl Block {
    /// The block with its picture scaled by `factor`.
    fn shrink(mut self, factor: f32) -> Block {
        if let Some((_, w, h)) = &mut self.picture {
            self.height -= *h * (1.0 - factor);
            *w *= factor;
            *h *= factor;
        }
        self
    }

    /// How far the picture must shrink for the block to fit `room`.
    fn factor_for(&self, room: f32) -> f32 {
        match &self.picture {
            Some((_, _, h)) if *h > 0.0 => 1.0 - (self.height - room) / h,
            _ => 0.0,
        }
    }
}

/// Charts may shrink this much to finish a page rather than leave it half empty.
const MIN_FACTOR: f32 = 0.82;

/// Places the charts in order, except that a chart too tall for the rest of
/// a page lets a later one that fits go first (or shrinks a little), so that
/// pages do not end half empty.
pub fn place_all(flow: &mut Flow, pending: Vec<Block>, colors: &Colors) {
    const GAP: f32 = 12.0;
    // A chart taller than a page (a campaign with very many creators) is
    // scaled to fit one: small, but whole and still vector.
    let page = flow.bottom - flow.top;
    let mut pending: Vec<Block> = pending
        .into_iter()
        .map(|b| {
            let factor = b.factor_for(page);
            if b.height > page && factor > 0.0 { b.shrink(factor) } else { b }
        })
        .collect();
    while !pending.is_empty() {
        let room = flow.room();
        let mut pick = 0;
        // A slice of a cut chart keeps its place right after the slice before it.
        if pending[0].height > room && !flow.at_top() && !pending[0].continues {
            if let Some(i) = pending.iter().position(|b| !b.continues && b.height <= room) {
                pick = i;
            } else if let Some(i) = pending.iter().position(|b| !b.sliced && b.factor_for(room) >= MIN_FACTOR) {
                let factor = pending[i].factor_for(room);
                let shrunk = pending.remove(i).shrink(factor);
                pending.insert(i, shrunk);
                pick = i;
            }
        }
        let chosen = pending.remove(pick);
        flow.ensure(chosen.height);
        place(flow, chosen, colors);
        flow.gap(GAP);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Labels {
        crate::present::i18n::Catalog::builtin().labels(&crate::model::locale::Locale::default())
    }

    fn chart(rows: usize) -> Chart {
        Chart {
            key: "k".into(),
            title: "Engagements by creator".into(),
            summary: "Engagements by creator. Ava led with 3,010 engagements".into(),
            svg: String::new(),
            columns: vec!["Creator".into(), "Engagements".into()],
            rows: (0..rows).map(|i| vec![format!("C{i}"), format!("{}", 100 - i)]).collect(),
            toggle: "Show the data".into(),
        }
    }

    #[test]
    fn the_alternative_text_is_the_summary_then_the_data() {
        assert_eq!(alt(&chart(2), &en()), "Engagements by creator. Ava led with 3,010 engagements. C0: 100; C1: 99.");
        let long = alt(&chart(45), &en());
        assert!(long.ends_with("C39: 61; and 5 more."), "{long}");
        let mut empty = chart(0);
        empty.summary.clear();
        assert_eq!(alt(&empty, &en()), "Engagements by creator");
    }
}
