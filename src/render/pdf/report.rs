//! The campaign report: a cover in the brand's colours, the results (KPI
//! tiles, goals, the agency's summary), the charts, and the tables per
//! creator and per post. Every figure is the report view's text.

use crate::present::i18n::Labels;
use crate::present::report::{GoalView, Kpi, ReportView};
use crate::render::pdf::charts;
use crate::render::pdf::chrome::{self, Mark};
use crate::render::pdf::draw::{Box2, Doc, Page, Picture};
use crate::render::pdf::fonts::Weight;
use crate::render::pdf::layout::{Flow, baseline_in};
use crate::render::pdf::markdown;
use crate::render::pdf::prose;
use crate::render::pdf::style::{self, Colors, PaperSize};
use crate::render::pdf::table;
use crate::render::pdf::tagging::{Element, Marker};
use crate::render::pdf::text::{self, Spec};
use crate::render::pdf::wrap::{self, Span};

/// What the report needs besides the view.
pub struct Brand<'a> {
    pub name: &'a str,
    pub logo: Option<Picture>,
    pub website: Option<&'a str>,
    pub email: Option<&'a str>,
    pub colors: Colors,
}

const CONTENT_TOP: f32 = 72.0;
const CONTENT_BOTTOM: f32 = 58.0;

/// KPIs for the cover, most telling first.
const COVER_KPIS: [&str; 10] =
    ["reach", "engagements", "conversions", "roas", "revenue", "impressions", "views", "clicks", "er_reach", "emv"];

fn cover(view: &ReportView, brand: &Brand, paper: PaperSize, t: &Labels) -> Page {
    let c = &brand.colors;
    let mut page = Page::default();
    let (x, w) = (style::MARGIN_X, paper.width - 2.0 * style::MARGIN_X);
    let mark = Mark { logo: brand.logo.as_ref(), name: brand.name };
    chrome::draw_mark_read(&mut page, &mark, x, 70.0, 30.0, 220.0, c);

    // Title block, a little above the middle of the page.
    let mut y = paper.height * 0.33;
    let eyebrow = &view.eyebrow;
    let eyebrow_spec = Spec::new(Weight::SemiBold, 9.0).tracked(0.08);
    page.open(Element::Paragraph);
    page.text(x, y, text::fit(&style::label(eyebrow), eyebrow_spec, w), c.primary_text);
    page.close();
    y += 16.0;
    page.rect(Box2::new(x, y, 36.0, 4.0), 2.0, c.accent);
    y += 30.0;
    let title_size = if text::width(&view.name, Spec::new(Weight::Bold, 34.0)) > w * 2.0 { 28.0 } else { 34.0 };
    let lines = wrap::clamp(&[Span::plain(text::clean(&view.name), Weight::Bold)], title_size, w, 3);
    page.open(Element::Heading { level: 1, title: text::clean(&view.name) });
    for line in &lines {
        y += title_size * 1.12;
        for item in &line.items {
            page.text(x + item.x, y - title_size * 0.22, item.run.clone(), c.ink);
        }
    }
    page.close();
    y += 16.0;
    if let Some(client) = &view.client_text {
        let run = text::fit(&text::clean(client), Spec::new(Weight::Regular, 15.0), w);
        page.open(Element::Paragraph);
        page.text(x, y + 4.0, run, c.body);
        page.close();
        y += 26.0;
    }
    if !view.dates.is_empty() && view.dates != "—" {
        page.open(Element::Paragraph);
        page.text(x, y + 2.0, text::fit(&view.dates, Spec::new(Weight::Regular, 10.5), w), c.muted);
        page.close();
    }

    // A band in the brand colour with the headline figures.
    let band_h = 218.0;
    let band_top = paper.height - band_h;
    page.rect(Box2::new(0.0, band_top, paper.width, band_h), 0.0, c.primary);
    let soft = c.on_primary.over(c.primary, 0.78);
    let picks: Vec<&Kpi> =
        COVER_KPIS.iter().filter_map(|k| view.kpis.iter().find(|kpi| kpi.key == *k)).take(4).collect();
    if !picks.is_empty() {
        let col_w = w / 4.0;
        page.open(Element::List(Marker::None));
        for (i, kpi) in picks.iter().enumerate() {
            let kx = x + i as f32 * col_w;
            page.open(Element::Item);
            page.open(Element::Body);
            let value = text::fit_shrinking(&kpi.value, Spec::new(Weight::Bold, 22.0).tabular(), col_w - 12.0, 0.7);
            page.text(kx, band_top + 62.0, value, c.on_primary);
            let label = text::fit(&style::label(&kpi.label), style::LABEL.tracked(0.08), col_w - 12.0);
            page.text(kx, band_top + 80.0, label, soft);
            page.close();
            page.close();
        }
        page.close();
    }
    page.line((x, band_top + 112.0), (x + w, band_top + 112.0), c.on_primary.over(c.primary, 0.3), 0.6);
    let counts = format!("{} · {}", view.creators_text, view.posts_text);
    page.open(Element::Paragraph);
    page.text(x, band_top + 140.0, text::fit(&counts, Spec::new(Weight::SemiBold, 10.0), w), c.on_primary);
    page.close();
    let mut by = t.with("report-prepared-by", &[("agency", (&text::clean(brand.name)).into())]);
    for extra in [brand.website.map(host), brand.email.map(str::to_string)].into_iter().flatten() {
        by.push_str(" · ");
        by.push_str(&extra);
    }
    page.open(Element::Paragraph);
    page.text(x, band_top + 158.0, text::fit(&by, Spec::new(Weight::Regular, 9.0), w), soft);
    page.close();
    page
}

fn host(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    rest.split(['/', '?', '#']).next().unwrap_or(rest).trim_start_matches("www.").to_string()
}

/// A section title; it moves to the next page with the first `follow` points of its content.
fn section(flow: &mut Flow, title: &str, follow: f32, colors: &Colors) {
    flow.gap(22.0);
    flow.ensure(34.0 + follow);
    let (x, y) = (flow.left, flow.y);
    let run = text::fit(title, style::H2, flow.width);
    let page = flow.page();
    page.rect(Box2::new(x, y, 18.0, 3.0), 1.5, colors.accent);
    page.open(Element::Heading { level: 2, title: title.to_string() });
    page.text(x, y + 22.0, run, colors.ink);
    page.close();
    flow.y += 34.0;
}

const TILE_H: f32 = 56.0;
const TILE_GAP: f32 = 8.0;

fn tiles(flow: &mut Flow, kpis: &[Kpi], colors: &Colors) {
    let cols = 4usize;
    let w = (flow.width - TILE_GAP * (cols as f32 - 1.0)) / cols as f32;
    if kpis.is_empty() {
        return;
    }
    flow.open(Element::List(Marker::None));
    for row in kpis.chunks(cols) {
        flow.ensure(TILE_H);
        let (x0, y) = (flow.left, flow.y);
        let page = flow.page();
        for (i, kpi) in row.iter().enumerate() {
            let x = x0 + i as f32 * (w + TILE_GAP);
            page.rect(Box2::new(x, y, w, TILE_H), 6.0, colors.surface);
            page.rect(Box2::new(x, y + 12.0, 2.5, TILE_H - 24.0), 1.25, colors.primary);
            // Read as "Reach 121K": the label first.
            page.open(Element::Item);
            page.open(Element::Body);
            let label = wrap::lines(&kpi.label, Spec::new(Weight::Regular, 7.5), w - 26.0, 2);
            let label_top = if label.len() > 1 { y + 33.0 } else { y + 35.0 };
            for (k, line) in label.into_iter().enumerate() {
                page.text(x + 13.0, label_top + 6.0 + k as f32 * 9.0, line, colors.muted);
            }
            let value = text::fit_shrinking(&kpi.value, Spec::new(Weight::Bold, 17.0).tabular(), w - 26.0, 0.7);
            page.text(x + 13.0, y + 27.0, value, colors.ink);
            page.close();
            page.close();
        }
        flow.y += TILE_H + TILE_GAP;
    }
    flow.close();
}

const GOAL_H: f32 = 36.0;

struct Bar<'a> {
    label: &'a str,
    figures: &'a str,
    bar: f64,
    met: bool,
    over: bool,
}

fn bars(flow: &mut Flow, items: &[Bar], colors: &Colors, t: &Labels) {
    flow.open(Element::List(Marker::None));
    for item in items {
        flow.ensure(GOAL_H);
        let (x, y, w) = (flow.left, flow.y, flow.width);
        let page = flow.page();
        page.open(Element::Item);
        page.open(Element::Body);
        let met = text::shape(&t.text("report-met"), Spec::new(Weight::SemiBold, 7.5));
        let met_w = (met.width + 14.0).max(28.0);
        let pill_w = if item.met { met_w + 6.0 } else { 0.0 };
        let figures = text::fit(item.figures, Spec::new(Weight::Regular, 8.5).tabular(), w * 0.55);
        let fig_x = x + w - figures.width - pill_w;
        let label = text::fit(item.label, Spec::new(Weight::SemiBold, 9.5), fig_x - x - 12.0);
        page.text(x, y + 11.0, label, colors.ink);
        page.text(fig_x, y + 11.0, figures, colors.body);
        if item.met {
            page.rect(Box2::new(x + w - met_w, y + 1.5, met_w, 13.0), 6.5, colors.good.tint(0.12));
            let mx = x + w - met_w / 2.0 - met.width / 2.0;
            page.text(mx, baseline_in(y + 1.5, 13.0, 7.5), met, colors.good);
        }
        page.close();
        page.close();
        let track = Box2::new(x, y + 19.0, w, 6.0);
        page.rect(track, 3.0, colors.track);
        let share = (item.bar as f32 / 100.0).clamp(0.0, 1.0);
        if share > 0.0 {
            let fill = if item.over { colors.accent } else { colors.primary };
            page.rect(Box2::new(x, track.y, (w * share).max(6.0), 6.0), 3.0, fill);
        }
        flow.y += GOAL_H;
    }
    flow.close();
}

fn goal_bar(g: &GoalView) -> Bar<'_> {
    Bar { label: &g.label, figures: &g.figures, bar: g.bar, met: g.met, over: false }
}

/// The report's pages. `summary` is the campaign's markdown; `base` is the
/// report page's absolute address, against which its links resolve.
pub fn report(
    view: &ReportView,
    summary: Option<&str>,
    brand: &Brand,
    paper: PaperSize,
    base: Option<&str>,
    t: &Labels,
) -> Doc {
    let colors = &brand.colors;
    let mut flow = Flow::new(paper, CONTENT_TOP, CONTENT_BOTTOM);
    flow.pages.push(cover(view, brand, paper, t));
    flow.new_page();

    // Tiles are for figures the campaign has: "—" tiles are left out.
    let kpis: Vec<Kpi> = view.kpis.iter().filter(|k| view.figures.totals.get(k.metric).is_some()).cloned().collect();
    section(&mut flow, &t.text("report-results"), TILE_H, colors);
    tiles(&mut flow, &kpis, colors);
    if let Some(note) = &view.hidden_note {
        let lines = wrap::wrap(&[Span::plain(note.clone(), Weight::Italic)], 8.0, flow.width);
        flow.ensure(lines.len() as f32 * 12.0);
        let (x, y) = (flow.left, flow.y);
        flow.open(Element::Paragraph);
        let h =
            crate::render::pdf::layout::draw_lines(flow.page(), x, y, &lines, 12.0, colors.muted, colors.primary_text);
        flow.close();
        flow.y += h;
    }

    let mut goal_bars: Vec<Bar> = view.goals.iter().map(goal_bar).collect();
    let budget_label = t.text("report-budget-used");
    if let Some(b) = &view.budget {
        goal_bars.push(Bar { label: &budget_label, figures: &b.figures, bar: b.bar, met: false, over: b.over });
    }
    if !goal_bars.is_empty() {
        section(&mut flow, &t.text("report-goals"), GOAL_H, colors);
        bars(&mut flow, &goal_bars, colors, t);
    }

    if let Some(summary) = summary {
        let blocks = markdown::blocks(summary, base);
        if !blocks.is_empty() {
            section(&mut flow, &t.text("report-summary"), 40.0, colors);
            prose::prose(&mut flow, &blocks, 2, colors);
        }
    }

    if !view.charts.is_empty() {
        let page = flow.bottom - flow.top;
        let blocks: Vec<charts::Block> =
            view.charts.iter().flat_map(|c| charts::blocks(c, flow.width, page, t)).collect();
        // The heading goes with whichever chart can come first.
        let shortest = blocks.iter().filter(|b| !b.continues).map(|b| b.height).fold(f32::MAX, f32::min);
        section(&mut flow, &t.text("report-performance"), shortest, colors);
        charts::place_all(&mut flow, blocks, colors);
    }

    section(&mut flow, &t.text("report-creators-heading"), 60.0, colors);
    table::table(&mut flow, &view.creator_table, &t.text("report-creators-continued"), colors);

    section(&mut flow, &t.text("report-posts-heading"), 60.0, colors);
    table::table(&mut flow, &view.post_table, &t.text("report-posts-continued"), colors);
    if let Some(note) = view.costs_note.clone() {
        let lines = wrap::wrap(&[Span::plain(note, Weight::Regular)], 8.0, flow.width);
        flow.gap(10.0);
        flow.ensure(lines.len() as f32 * 12.0);
        let (x, y) = (flow.left, flow.y);
        flow.open(Element::Paragraph);
        let h =
            crate::render::pdf::layout::draw_lines(flow.page(), x, y, &lines, 12.0, colors.muted, colors.primary_text);
        flow.close();
        flow.y += h;
    }

    let mark = Mark { logo: brand.logo.as_ref(), name: brand.name };
    let title = t.with("page-report-title", &[("name", (&text::clean(&view.name)).into())]);
    let foot = match &view.client {
        Some(client) if !view.dates.is_empty() => format!("{} · {}", text::clean(client), view.dates),
        Some(client) => text::clean(client),
        None => view.dates.clone(),
    };
    chrome::decorate(&mut flow.pages, 1, paper, &mark, (&title, &foot), colors, t);
    Doc { width: paper.width, height: paper.height, pages: flow.pages }
}
