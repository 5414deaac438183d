//! Data tables that break across pages with the header row repeated, sized
//! to their content: figures keep their full width, names wrap to two lines
//! and are cut with "…" beyond that.

use crate::present::report::{Cell, Table};
use crate::render::pdf::draw::{Box2, Op, Page};
use crate::render::pdf::fonts::Weight;
use crate::render::pdf::layout::{Flow, baseline_in};
use crate::render::pdf::style::{self, Colors};
use crate::render::pdf::tagging::{Element, Furniture};
use crate::render::pdf::text::{self, Run, Spec};
use crate::render::pdf::wrap;

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 4.5;
const HEADER_H: f32 = 22.0;
/// Sizes tried, largest first, until the columns fit the page.
const SIZES: [f32; 4] = [8.0, 7.5, 7.0, 6.5];
const MIN_TEXT: f32 = 56.0;

struct Sized {
    size: f32,
    widths: Vec<f32>,
}

fn cell_spec(size: f32, numeric: bool, bold: bool) -> Spec {
    let spec = Spec::new(if bold { Weight::SemiBold } else { Weight::Regular }, size);
    if numeric { spec.tabular() } else { spec }
}

fn header_spec(size: f32) -> Spec {
    Spec::new(Weight::SemiBold, size - 1.0).tracked(0.04)
}

fn rows_of(table: &Table) -> impl Iterator<Item = (&Vec<Cell>, bool)> {
    table.rows.iter().map(|r| (r, false)).chain(table.total.iter().map(|r| (r, true)))
}

/// Column widths that fit `width`: figures at their widest, text sharing the rest.
fn size_columns(table: &Table, width: f32) -> Sized {
    let n = table.columns.len();
    // Widths grow with the size, so each text is measured once, at 1 pt.
    let header: Vec<f32> =
        table.columns.iter().map(|col| text::width(&style::label(&col.label), header_spec(2.0))).collect();
    let mut cells = vec![0.0f32; n];
    for (row, bold) in rows_of(table) {
        for (i, cell) in row.iter().enumerate().take(n) {
            let w = text::width(&cell.text, cell_spec(1.0, table.columns[i].numeric, bold));
            cells[i] = cells[i].max(w);
        }
    }
    let mut fallback = None;
    for size in SIZES {
        let natural: Vec<f32> = (0..n).map(|i| (header[i] * (size - 1.0)).max(cells[i] * size) + 2.0 * PAD_X).collect();
        let numeric_w: f32 = table.columns.iter().zip(&natural).filter(|(c, _)| c.numeric).map(|(_, w)| w).sum();
        let text_cols: Vec<usize> = (0..n).filter(|i| !table.columns[*i].numeric).collect();
        let text_natural: f32 = text_cols.iter().map(|i| natural[*i]).sum();
        let room = width - numeric_w;
        let text_min: f32 = text_cols.iter().map(|i| natural[*i].min(MIN_TEXT + 2.0 * PAD_X)).sum();
        let mut widths = natural.clone();
        if text_natural <= room {
            // Spare room widens the figure columns a little, then the first text column.
            let spare = room - text_natural;
            let numeric_count = n - text_cols.len();
            let per = if numeric_count > 0 { (spare / numeric_count as f32).min(14.0) } else { 0.0 };
            for (i, w) in widths.iter_mut().enumerate() {
                if table.columns[i].numeric {
                    *w += per;
                }
            }
            let used: f32 = widths.iter().sum();
            if let Some(first) = text_cols.first() {
                widths[*first] += width - used;
            }
            return Sized { size, widths };
        }
        // Text columns share the room fairly: narrow ones (dates) keep their
        // width, the widest (names) give way first.
        let mut order = text_cols.clone();
        order.sort_by(|a, b| natural[*a].total_cmp(&natural[*b]));
        let mut left = room;
        for (k, i) in order.iter().enumerate() {
            let fair = left / (order.len() - k) as f32;
            widths[*i] = natural[*i].min(fair).max(0.0);
            left -= widths[*i];
        }
        let enough = text_cols.iter().all(|i| widths[*i] + 0.01 >= natural[*i].min(MIN_TEXT + 2.0 * PAD_X));
        if enough || text_min <= room {
            return Sized { size, widths };
        }
        fallback = Some(Sized { size, widths });
    }
    fallback.unwrap_or(Sized { size: SIZES[0], widths: vec![width / n.max(1) as f32; n] })
}

struct Row {
    cells: Vec<Vec<Run>>,
    links: Vec<Option<String>>,
    height: f32,
    total: bool,
}

fn set_row(table: &Table, sized: &Sized, cells: &[Cell], total: bool) -> Row {
    let leading = sized.size * 1.3;
    let mut runs = Vec::with_capacity(cells.len());
    let mut lines_max = 1;
    for (i, cell) in cells.iter().enumerate().take(sized.widths.len()) {
        let numeric = table.columns[i].numeric;
        let spec = cell_spec(sized.size, numeric, total);
        let room = sized.widths[i] - 2.0 * PAD_X;
        let lines = if numeric {
            vec![text::fit(&cell.text, spec, room.max(1.0))]
        } else {
            wrap::lines(&text::clean(&cell.text), spec, room.max(1.0), 2)
        };
        lines_max = lines_max.max(lines.len());
        runs.push(lines);
    }
    Row {
        cells: runs,
        links: cells.iter().map(|c| c.link.clone()).collect(),
        height: lines_max as f32 * leading + 2.0 * PAD_Y,
        total,
    }
}

/// The header row: the table's header cells the first time, a repeat that
/// readers skip on the pages the table continues on.
fn draw_header(page: &mut Page, table: &Table, sized: &Sized, x: f32, y: f32, colors: &Colors, repeat: bool) {
    let width: f32 = sized.widths.iter().sum();
    page.rect(Box2::new(x, y, width, HEADER_H), 0.0, colors.surface);
    if !repeat {
        page.open(Element::TableHead);
        page.open(Element::Row);
    }
    let mut cx = x;
    let spec = header_spec(sized.size);
    for (i, col) in table.columns.iter().enumerate() {
        let w = sized.widths[i];
        let run = text::fit(&style::label(&col.label), spec, w - 2.0 * PAD_X);
        let tx = if col.numeric { cx + w - PAD_X - run.width } else { cx + PAD_X };
        if !repeat {
            page.open(Element::HeaderCell { row: false });
        }
        page.text(tx, baseline_in(y, HEADER_H, spec.size), run, colors.muted);
        if !repeat {
            page.close();
        }
        cx += w;
    }
    if !repeat {
        page.close();
        page.close();
    }
    page.line((x, y + HEADER_H), (x + width, y + HEADER_H), colors.ink.tint(0.35), 0.75);
}

fn draw_row(page: &mut Page, table: &Table, sized: &Sized, row: &Row, at: (f32, f32, bool), colors: &Colors) {
    let (x, y, shade) = at;
    let width: f32 = sized.widths.iter().sum();
    if row.total {
        page.rect(Box2::new(x, y, width, row.height), 0.0, colors.track);
        page.line((x, y), (x + width, y), colors.ink, 0.9);
    } else if shade {
        page.rect(Box2::new(x, y, width, row.height), 0.0, colors.surface);
    }
    let leading = sized.size * 1.3;
    let mut cx = x;
    page.open(Element::Row);
    for (i, lines) in row.cells.iter().enumerate() {
        let w = sized.widths[i];
        let numeric = table.columns[i].numeric;
        let link = row.links.get(i).cloned().flatten();
        let color = if link.is_some() {
            colors.primary_text
        } else if numeric {
            colors.ink
        } else {
            colors.body
        };
        page.open(Element::Cell);
        if link.is_some() {
            page.open(Element::Link);
        }
        for (k, run) in lines.iter().enumerate() {
            let top = y + PAD_Y + k as f32 * leading;
            let tx = if numeric { cx + w - PAD_X - run.width } else { cx + PAD_X };
            page.text(tx, baseline_in(top, leading, sized.size), run.clone(), color);
        }
        if let Some(uri) = link {
            page.push(Op::Link { at: Box2::new(cx, y, w, row.height), uri });
            page.close();
        }
        page.close();
        cx += w;
    }
    page.close();
    if !row.total {
        page.line((x, y + row.height), (x + width, y + row.height), colors.line, 0.5);
    }
}

/// Lays the table out at the flow's cursor; `title` heads each continued page.
pub fn table(flow: &mut Flow, table: &Table, continued: &str, colors: &Colors) {
    if table.columns.is_empty() {
        return;
    }
    let sized = size_columns(table, flow.width);
    let rows: Vec<Row> = rows_of(table).map(|(cells, total)| set_row(table, &sized, cells, total)).collect();
    let first = rows.first().map_or(0.0, |r| r.height);
    flow.ensure(HEADER_H + first * 2.0_f32.min(rows.len() as f32));
    let x = flow.left;
    let y = flow.y;
    flow.open(Element::Table);
    draw_header(flow.page(), table, &sized, x, y, colors, false);
    flow.y += HEADER_H;
    flow.open(Element::TableBody);
    for (i, row) in rows.iter().enumerate() {
        if row.total {
            flow.close();
            flow.open(Element::TableFoot);
        }
        if flow.y + row.height > flow.bottom {
            flow.new_page();
            let caption = text::shape(continued, style::CAPTION);
            let y = flow.y;
            let page = flow.page();
            page.furniture(Furniture::Pagination);
            page.text(x, y + 8.0, caption, colors.muted);
            draw_header(page, table, &sized, x, y + 16.0, colors, true);
            page.end_furniture();
            flow.y += 16.0 + HEADER_H;
        }
        let y = flow.y;
        draw_row(flow.page(), table, &sized, row, (x, y, i % 2 == 1), colors);
        flow.y += row.height;
    }
    flow.close();
    flow.close();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::report::Column;

    fn col(label: &str, numeric: bool) -> Column {
        Column { label: label.to_string(), help: None, numeric }
    }

    fn cell(text: &str) -> Cell {
        Cell { text: text.to_string(), link: None }
    }

    #[test]
    fn figures_keep_their_width_and_names_share_the_rest() {
        let long = "Maximilian Alexander von Habsburg-Lothringen the Third";
        let table = Table {
            columns: vec![col("Creator", false), col("Reach", true), col("Revenue", true)],
            rows: vec![vec![cell(long), cell("121,000"), cell("$10,296")]],
            total: None,
        };
        let sized = size_columns(&table, 200.0);
        let total: f32 = sized.widths.iter().sum();
        assert!((total - 200.0).abs() < 0.5, "{total}");
        let row = set_row(&table, &sized, &table.rows[0], false);
        assert!(row.cells[0].len() <= 2);
        assert_eq!(row.cells[1][0].text, "121,000");
        for (i, lines) in row.cells.iter().enumerate() {
            assert!(lines.iter().all(|r| r.width <= sized.widths[i] - 2.0 * PAD_X + 0.01));
        }
    }
}
