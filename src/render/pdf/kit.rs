//! The one-page media kit. Every part has a fixed place and a cap, and what
//! varies in length (the bio, the lists) is cut to the room it has, so the
//! kit is one page whatever the profile holds.

use crate::present::format::Formatter;
use crate::present::i18n::Labels;
use crate::present::kit::{KitView, RatesView};
use crate::render::pdf::chrome::{self, Mark};
use crate::render::pdf::draw::{Box2, Doc, Op, Page, Picture};
use crate::render::pdf::fonts::Weight;
use crate::render::pdf::layout::{baseline_in, draw_lines};
use crate::render::pdf::markdown::{self, Block};
use crate::render::pdf::pictures;
use crate::render::pdf::style::{self, Colors, PaperSize};
use crate::render::pdf::tagging::{Element, Furniture, Marker};
use crate::render::pdf::text::{self, Run, Spec};
use crate::render::pdf::wrap::{self, Span};

pub struct KitInput<'a> {
    pub view: &'a KitView,
    pub t: &'a Labels,
    pub fmt: &'a Formatter,
    pub rates: Option<&'a RatesView>,
    pub bio: Option<&'a str>,
    pub photo: Option<Picture>,
    pub agency: Mark<'a>,
    /// The kit page's absolute address, when the site has one.
    pub url: Option<String>,
}

const BAND_H: f32 = 178.0;
const PHOTO: f32 = 104.0;
const TILE_H: f32 = 58.0;
const MAX_PLATFORMS: usize = 5;
const MAX_PARTNERS: usize = 4;
const MAX_RATES: usize = 6;
const MAX_NICHES: usize = 6;

fn band(page: &mut Page, input: &KitInput, paper: PaperSize, c: &Colors) {
    let view = input.view;
    page.rect(Box2::new(0.0, 0.0, paper.width, BAND_H), 0.0, c.primary);
    let soft = c.on_primary.over(c.primary, 0.8);
    let x = style::MARGIN_X;
    let photo_y = (BAND_H - PHOTO) / 2.0 - 8.0;
    let ring = 3.0;
    page.push(Op::Circle {
        center: (x + PHOTO / 2.0, photo_y + PHOTO / 2.0),
        r: PHOTO / 2.0 + ring,
        fill: c.on_primary.over(c.primary, 0.9),
    });
    match &input.photo {
        Some(photo) => {
            // Cover the circle: the shorter side fills it, the longer is cropped.
            let aspect = photo.aspect();
            let (w, h) = if aspect >= 1.0 { (PHOTO * aspect, PHOTO) } else { (PHOTO, PHOTO / aspect) };
            let at = Box2::new(x + (PHOTO - w) / 2.0, photo_y + (PHOTO - h) / 2.0, w, h);
            page.push(Op::Circle { center: (x + PHOTO / 2.0, photo_y + PHOTO / 2.0), r: PHOTO / 2.0, fill: c.white });
            page.open(Element::Figure { alt: format!("Portrait of {}", text::clean(&view.name)) });
            page.push(Op::Picture { at, picture: photo.clone(), round: true });
            page.close();
        }
        None => {
            page.push(Op::Circle { center: (x + PHOTO / 2.0, photo_y + PHOTO / 2.0), r: PHOTO / 2.0, fill: c.white });
            let spec = Spec::new(Weight::Bold, 36.0);
            let initials = text::fit(&view.initials, spec, PHOTO - 20.0);
            let ix = x + (PHOTO - initials.width) / 2.0;
            // The initials stand in for a photo; the name is read just after.
            page.furniture(Furniture::Layout);
            page.text(ix, baseline_in(photo_y, PHOTO, 36.0), initials, c.primary_text);
            page.end_furniture();
        }
    }

    let tx = x + PHOTO + 26.0;
    let tw = paper.width - style::MARGIN_X - tx;
    let label = Spec::new(Weight::SemiBold, 7.5).tracked(0.08);
    let kit_label = text::shape(&style::label(&input.t.text("pdf-media-kit")), label);
    page.open(Element::Paragraph);
    page.text(paper.width - style::MARGIN_X - kit_label.width, 30.0, kit_label, soft);
    page.close();

    let name = text::clean(&view.name);
    let size = if text::width(&name, Spec::new(Weight::Bold, 28.0)) <= tw { 28.0 } else { 22.0 };
    let name_lines = wrap::clamp(&[Span::plain(name, Weight::Bold)], size, tw, 2);
    let mut y = photo_y + 6.0;
    page.open(Element::Heading { level: 1, title: text::clean(&view.name) });
    for line in &name_lines {
        y += size * 1.1;
        for item in &line.items {
            page.text(tx + item.x, y - size * 0.2, item.run.clone(), c.on_primary);
        }
    }
    page.close();
    if let Some(tagline) = &view.tagline {
        let lines = wrap::clamp(&[Span::plain(text::clean(tagline), Weight::Regular)], 11.0, tw, 2);
        y += 2.0;
        page.open(Element::Paragraph);
        y += draw_lines(page, tx, y, &lines, 15.0, soft, soft);
        page.close();
    }
    let mut meta = Vec::new();
    if let Some(location) = &view.location {
        meta.push(text::clean(location));
    }
    if let Some(tier) = &view.tier_text {
        meta.push(tier.clone());
    }
    if let Some(as_of) = &view.as_of_text {
        meta.push(as_of.clone());
    }
    if !meta.is_empty() {
        let run = text::fit(&meta.join("  ·  "), Spec::new(Weight::Regular, 8.5), tw);
        page.open(Element::Paragraph);
        page.text(tx, y + 12.0, run, soft);
        page.close();
        y += 18.0;
    }
    // Where imported figures came from, on one line (clipped to the width).
    if !view.sources.is_empty() {
        let short: Vec<&str> = view.sources.iter().map(|s| s.split(" (").next().unwrap_or(s)).collect();
        let run = text::fit(&text::clean(&short.join("  ·  ")), Spec::new(Weight::Regular, 7.5), tw);
        page.text(tx, y + 10.0, run, soft);
        y += 11.0;
    }
    // Niches as pills on one line; those that do not fit are left out.
    let pill = Spec::new(Weight::SemiBold, 7.5);
    let mut px = tx;
    let pill_y = y + 8.0;
    page.open(Element::List(Marker::None));
    for niche in view.niches.iter().take(MAX_NICHES) {
        let run = text::fit(&text::clean(niche), pill, tw * 0.5);
        let w = run.width + 16.0;
        if px + w > tx + tw {
            break;
        }
        page.rect(Box2::new(px, pill_y, w, 16.0), 8.0, c.on_primary.over(c.primary, 0.16));
        page.open(Element::Item);
        page.open(Element::Body);
        page.text(px + 8.0, baseline_in(pill_y, 16.0, 7.5), run, c.on_primary);
        page.close();
        page.close();
        px += w + 6.0;
    }
    page.close();
}

fn tiles(page: &mut Page, input: &KitInput, paper: PaperSize, c: &Colors) -> f32 {
    let stats = &input.view.headline;
    let y = BAND_H - TILE_H / 2.0;
    let (x0, width) = (style::MARGIN_X, paper.width - 2.0 * style::MARGIN_X);
    if stats.is_empty() {
        return BAND_H;
    }
    page.rect(Box2::new(x0, y, width, TILE_H), 8.0, c.white);
    page.push(Op::Frame { at: Box2::new(x0, y, width, TILE_H), radius: 8.0, color: c.line, width: 0.75 });
    let n = stats.len().min(4);
    let w = width / n as f32;
    page.open(Element::List(Marker::None));
    for (i, stat) in stats.iter().take(n).enumerate() {
        let x = x0 + i as f32 * w;
        if i > 0 {
            page.line((x, y + 12.0), (x, y + TILE_H - 12.0), c.line, 0.75);
        }
        page.open(Element::Item);
        page.open(Element::Body);
        let label = text::fit(&style::label(&stat.label), style::LABEL, w - 28.0);
        page.text(x + 16.0, y + 17.0, label, c.muted);
        let value = text::fit_shrinking(&stat.value, Spec::new(Weight::Bold, 17.0).tabular(), w - 28.0, 0.7);
        page.text(x + 16.0, y + 38.0, value, c.ink);
        if let Some(detail) = &stat.detail {
            let d = text::fit(detail, Spec::new(Weight::Regular, 7.0), w - 28.0);
            page.text(x + 16.0, y + 49.0, d, c.muted);
        }
        page.close();
        page.close();
    }
    page.close();
    y + TILE_H
}

/// A section's heading, second level under the creator's name.
fn heading(page: &mut Page, x: f32, y: f32, title: &str, c: &Colors) -> f32 {
    let run = text::shape(&style::label(title), Spec::new(Weight::Bold, 7.5).tracked(0.08));
    page.open(Element::Heading { level: 2, title: title.to_string() });
    page.text(x, y + 8.0, run, c.primary_text);
    page.close();
    16.0
}

fn platforms(page: &mut Page, input: &KitInput, x: f32, y: f32, width: f32, c: &Colors) -> f32 {
    let list = &input.view.platforms;
    if list.is_empty() {
        return 0.0;
    }
    let mut h = heading(page, x, y, &input.t.text("kit-platforms"), c);
    let row_h = 26.0;
    let cols = [0.0, 0.46, 0.68];
    let value = Spec::new(Weight::Bold, 10.5).tabular();
    let small = Spec::new(Weight::Regular, 7.5);
    let er_short = input.t.attr("metric-er", "short");
    // A table whose rows are headed by their platform.
    page.open(Element::Table);
    page.open(Element::TableBody);
    for (i, p) in list.iter().take(MAX_PLATFORMS).enumerate() {
        let top = y + h;
        if i > 0 {
            page.line((x, top), (x + width, top), c.line, 0.5);
        }
        let base = top + 16.0;
        page.open(Element::Row);
        page.open(Element::HeaderCell { row: true });
        page.text(x, base - 2.0, text::fit(&p.label, Spec::new(Weight::SemiBold, 9.5), width * 0.34), c.ink);
        if let Some(handle) = &p.handle {
            page.text(x, base + 7.5, text::fit(&text::clean(handle), small, width * 0.34), c.muted);
        }
        page.close();
        // Figures end on a common edge so that they line up down the list.
        let cell = |page: &mut Page, k: usize, big: &str, small_text: &str| {
            let edge = x + width * cols[k];
            let run = text::fit(big, value, width * 0.14);
            page.open(Element::Cell);
            page.text(edge - run.width, base, run, c.ink);
            page.text(edge + 4.0, base, text::fit(small_text, small, width * 0.16), c.muted);
            page.close();
        };
        cell(page, 1, &p.followers, &p.audience_word);
        cell(page, 2, &p.er, p.rating_label.as_deref().unwrap_or(&er_short));
        page.open(Element::Cell);
        if let Some(tier) = &p.tier {
            let run = text::fit(tier, Spec::new(Weight::SemiBold, 7.5), width * 0.18);
            let w = run.width + 14.0;
            let px = x + width - w;
            page.rect(Box2::new(px, base - 10.0, w, 14.0), 7.0, c.primary.tint(0.12));
            page.text(px + 7.0, baseline_in(base - 10.0, 14.0, 7.5), run, c.primary_text);
        }
        page.close();
        page.close();
        h += row_h;
    }
    page.close();
    page.close();
    if list.len() > MAX_PLATFORMS {
        let more = input
            .t
            .with("pdf-more-platforms", &[("n", (&input.fmt.count(Some((list.len() - MAX_PLATFORMS) as f64))).into())]);
        page.open(Element::Paragraph);
        page.text(x, y + h + 8.0, text::shape(&more, small), c.muted);
        page.close();
        h += 12.0;
    }
    h
}

/// The audience charts in a column, scaled together to fit `room`.
fn audience(page: &mut Page, input: &KitInput, x: f32, y: f32, width: f32, room: f32, c: &Colors) {
    let charts: Vec<(String, String, Picture)> = input
        .view
        .audience_charts
        .iter()
        .filter_map(|ch| {
            Some((ch.title.clone(), crate::render::pdf::charts::alt(ch, input.t), pictures::chart(&ch.svg)?))
        })
        .collect();
    if charts.is_empty() {
        return;
    }
    let title_h = 16.0;
    let gap = 10.0;
    let mut used = heading(page, x, y, &input.t.text("kit-audience"), c);
    let heights = |scale: f32, n: usize| -> f32 {
        charts.iter().take(n).map(|(_, _, p)| width * scale / p.aspect() + title_h + gap).sum::<f32>()
    };
    let mut n = charts.len();
    let mut scale = 1.0f32;
    while n > 0 {
        let total = heights(1.0, n);
        let free = room - used;
        if total <= free {
            break;
        }
        // Shrinking below 80% makes chart text too small to read; drop a chart instead.
        let s = (free - n as f32 * (title_h + gap)) / (total - n as f32 * (title_h + gap));
        if s >= 0.8 {
            scale = s;
            break;
        }
        n -= 1;
    }
    for (title, alt, picture) in charts.into_iter().take(n) {
        let w = width * scale;
        let h = w / picture.aspect();
        page.open(Element::Heading { level: 3, title: title.clone() });
        page.text(x, y + used + 9.0, text::fit(&title, Spec::new(Weight::SemiBold, 8.5), width), c.ink);
        page.close();
        used += title_h;
        page.open(Element::Figure { alt });
        page.push(Op::Picture { at: Box2::new(x, y + used, w, h), picture, round: false });
        page.close();
        used += h + gap;
    }
}

fn bio_spans(bio: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for block in markdown::blocks(bio, None) {
        let (marker, body) = match block {
            Block::Heading { spans, .. } | Block::Paragraph { spans } | Block::Quote { spans } => (None, spans),
            Block::Item { marker, spans, .. } => (Some(marker), spans),
            Block::Rule => continue,
        };
        if !out.is_empty() {
            out.push(Span::plain("\n", Weight::Regular));
        }
        if let Some(m) = marker.filter(|m| !m.is_empty()) {
            out.push(Span::plain(format!("{m} "), Weight::Regular));
        }
        out.extend(body.into_iter().map(|s| Span { link: None, ..s }));
    }
    out
}

struct Side {
    bio: Vec<Span>,
    partners: Vec<(Run, Option<Run>, Vec<Run>)>,
    rates: Vec<(Run, Run)>,
    rates_note: Option<Run>,
    contact: Vec<(Run, Option<String>)>,
}

fn side(input: &KitInput, width: f32) -> Side {
    let view = input.view;
    let body = Spec::new(Weight::Regular, 8.0);
    let partners = view
        .partners
        .iter()
        .take(MAX_PARTNERS)
        .map(|p| {
            let year = p.year.map(|y| text::shape(&y.to_string(), body.tabular()));
            let year_w = year.as_ref().map_or(0.0, |y| y.width + 8.0);
            let brand = text::fit(&text::clean(&p.brand), Spec::new(Weight::SemiBold, 8.5), width - year_w);
            let summary =
                p.summary_text.as_deref().map(|s| wrap::lines(&text::clean(s), body, width, 1)).unwrap_or_default();
            (brand, year, summary)
        })
        .collect();
    let (rates, rates_note) = match input.rates {
        Some(r) => {
            let price_spec = Spec::new(Weight::SemiBold, 8.5).tabular();
            let row = |what: String, price: &str| {
                let price = text::shape(price, price_spec);
                let label = text::fit(&what, body, width - price.width - 10.0);
                (label, price)
            };
            // Deliverables first, then packages, as many as the cap allows.
            let mut rows: Vec<(Run, Run)> = r
                .items
                .iter()
                .map(|item| row(format!("{} {}", item.platform, text::clean(&item.deliverable)), &item.price))
                .chain(r.packages.iter().map(|p| row(text::clean(&p.name), &p.price)))
                .collect();
            let left_out = rows.len().saturating_sub(MAX_RATES);
            rows.truncate(MAX_RATES);
            let note = (left_out > 0)
                .then(|| input.t.with("pdf-more-rates", &[("n", (&input.fmt.count(Some(left_out as f64))).into())]));
            (rows, note.map(|n| text::fit(&n, Spec::new(Weight::Italic, 7.5), width)))
        }
        None => (Vec::new(), None),
    };
    let mut contact = Vec::new();
    if let Some(cv) = &view.contact {
        if let Some(email) = &cv.email {
            contact.push((text::fit(email, body, width - 20.0), Some(format!("mailto:{email}"))));
        }
        if let (Some(site), Some(label)) = (&cv.website, &cv.website_label) {
            contact.push((text::fit(label, body, width - 20.0), markdown::safe_link(site, None)));
        }
        if let Some(phone) = &cv.phone {
            contact.push((text::fit(&text::clean(phone), body, width - 20.0), None));
        }
        if let Some(manager) = &cv.manager {
            let line = input.t.with("pdf-represented-by", &[("manager", (&text::clean(manager)).into())]);
            contact.push((text::fit(&line, body, width - 20.0), None));
        }
    }
    Side { bio: input.bio.map(bio_spans).unwrap_or_default(), partners, rates, rates_note, contact }
}

/// Which parts of the text column to set: the creator's story (bio,
/// partners) and the offer (rates, a testimonial, contact).
#[derive(Clone, Copy)]
struct Parts {
    story: bool,
    offer: bool,
}

fn side_column(page: &mut Page, input: &KitInput, at: Box2, parts: Parts, c: &Colors) {
    let (x, y, width, bottom) = (at.x, at.y, at.w, at.y + at.h);
    let mut s = side(input, width);
    if !parts.story {
        s.bio.clear();
        s.partners.clear();
    }
    if !parts.offer {
        s.rates.clear();
        s.rates_note = None;
        s.contact.clear();
    }
    let contact_h = if s.contact.is_empty() { 0.0 } else { 16.0 + s.contact.len() as f32 * 13.0 + 20.0 };
    let partners_h = |p: &Side| {
        if p.partners.is_empty() {
            0.0
        } else {
            16.0 + p.partners.iter().map(|(_, _, sum)| 13.0 + sum.len() as f32 * 11.0 + 4.0).sum::<f32>() + 12.0
        }
    };
    let rates_h = |p: &Side| {
        if p.rates.is_empty() {
            0.0
        } else {
            16.0 + p.rates.len() as f32 * 15.0 + if p.rates_note.is_some() { 13.0 } else { 0.0 } + 12.0
        }
    };
    // Lists give way before the bio loses its first lines.
    let bio_min = if s.bio.is_empty() { 0.0 } else { 16.0 + 3.0 * 12.0 + 12.0 };
    while y + bio_min + partners_h(&s) + rates_h(&s) + contact_h > bottom {
        if s.partners.len() > 1 {
            s.partners.pop();
        } else if s.rates.len() > 2 {
            s.rates.pop();
        } else if !s.partners.is_empty() {
            s.partners.clear();
        } else {
            break;
        }
    }
    let mut cy = y;
    if !s.bio.is_empty() {
        let free = bottom - cy - partners_h(&s) - rates_h(&s) - contact_h - 16.0 - 12.0;
        let max_lines = ((free / 12.0).floor().max(0.0) as usize).min(9);
        if max_lines > 0 {
            cy += heading(page, x, cy, &input.t.text("kit-about"), c);
            let lines = wrap::clamp(&s.bio, 8.0, width, max_lines);
            page.open(Element::Paragraph);
            cy += draw_lines(page, x, cy, &lines, 12.0, c.body, c.primary_text) + 12.0;
            page.close();
        }
    }
    if !s.partners.is_empty() {
        cy += heading(page, x, cy, &input.t.text("pdf-partners"), c);
        page.open(Element::List(Marker::None));
        for (brand, year, summary) in s.partners.drain(..) {
            page.open(Element::Item);
            page.open(Element::Body);
            page.text(x, cy + 9.0, brand, c.ink);
            if let Some(year) = year {
                let yw = year.width;
                page.text(x + width - yw, cy + 9.0, year, c.muted);
            }
            cy += 13.0;
            for line in summary {
                page.text(x, cy + 8.0, line, c.muted);
                cy += 11.0;
            }
            cy += 4.0;
            page.close();
            page.close();
        }
        page.close();
        cy += 12.0;
    }
    if !s.rates.is_empty() {
        cy += heading(page, x, cy, &input.t.text("pdf-rates"), c);
        // A table whose rows are headed by what is offered.
        page.open(Element::Table);
        page.open(Element::TableBody);
        for (label, price) in s.rates.drain(..) {
            page.open(Element::Row);
            page.open(Element::HeaderCell { row: true });
            page.text(x, cy + 9.0, label, c.body);
            page.close();
            let pw = price.width;
            page.open(Element::Cell);
            page.text(x + width - pw, cy + 9.0, price, c.ink);
            page.close();
            page.close();
            page.line((x, cy + 14.0), (x + width, cy + 14.0), c.line, 0.5);
            cy += 15.0;
        }
        page.close();
        page.close();
        if let Some(note) = s.rates_note.take() {
            page.open(Element::Paragraph);
            page.text(x, cy + 10.0, note, c.muted);
            page.close();
            cy += 13.0;
        }
        cy += 12.0;
    }
    // A testimonial, when the column has room for it.
    if let Some(t) = input.view.testimonials.first().filter(|_| parts.offer) {
        let free = bottom - contact_h - cy;
        let quote = format!("“{}”", text::clean(&t.quote));
        let lines = wrap::clamp(&[Span::plain(quote, Weight::Italic)], 8.5, width - 12.0, 4);
        let author_h = if t.author.is_some() { 14.0 } else { 0.0 };
        let h = lines.len() as f32 * 12.5 + author_h;
        if h + 8.0 <= free {
            page.rect(Box2::new(x, cy + 1.0, 2.5, h - 2.0), 1.25, c.accent);
            page.open(Element::Quote);
            page.open(Element::Paragraph);
            let used = draw_lines(page, x + 12.0, cy, &lines, 12.5, c.body, c.primary_text);
            page.close();
            if let Some(author) = &t.author {
                let run =
                    text::fit(&format!("— {}", text::clean(author)), Spec::new(Weight::Regular, 7.5), width - 12.0);
                page.open(Element::Paragraph);
                page.text(x + 12.0, cy + used + 9.0, run, c.muted);
                page.close();
            }
            page.close();
        }
    }
    if !s.contact.is_empty() {
        let top = bottom - contact_h + 8.0;
        let box_h = contact_h - 8.0;
        page.rect(Box2::new(x, top, width, box_h), 6.0, c.primary.tint(0.08));
        heading(page, x + 10.0, top + 8.0, &input.t.text("pdf-contact"), c);
        let mut ly = top + 26.0;
        for (run, link) in s.contact.drain(..) {
            let w = run.width;
            let color = if link.is_some() { c.primary_text } else { c.body };
            page.open(Element::Paragraph);
            if link.is_some() {
                page.open(Element::Link);
            }
            page.text(x + 10.0, ly + 8.0, run, color);
            if let Some(uri) = link {
                page.push(Op::Link { at: Box2::new(x + 10.0, ly - 1.0, w, 12.0), uri });
                page.close();
            }
            page.close();
            ly += 13.0;
        }
    }
}

fn footer(page: &mut Page, input: &KitInput, paper: PaperSize, c: &Colors) {
    let y = paper.height - chrome::FOOT_FROM_BOTTOM;
    let (left, right) = (style::MARGIN_X, paper.width - style::MARGIN_X);
    page.line((left, y - 16.0), (right, y - 16.0), c.line, 0.6);
    let mark_w = chrome::draw_mark_read(page, &input.agency, left, y - 3.0, 13.0, 140.0, c);
    let spec = Spec::new(Weight::Regular, 7.5);
    if let Some(url) = &input.url {
        let shown = url.split("://").nth(1).unwrap_or(url).trim_end_matches('/');
        let run = text::fit(shown, spec, right - left - mark_w - 24.0);
        let w = run.width;
        page.open(Element::Paragraph);
        page.open(Element::Link);
        page.text(right - w, y, run, c.muted);
        page.push(Op::Link { at: Box2::new(right - w, y - 8.0, w, 11.0), uri: url.clone() });
        page.close();
        page.close();
    }
}

pub fn kit(input: &KitInput, colors: &Colors, paper: PaperSize) -> Doc {
    let mut page = Page::default();
    band(&mut page, input, paper, colors);
    let mut y = tiles(&mut page, input, paper, colors) + 22.0;
    let (x, width) = (style::MARGIN_X, paper.width - 2.0 * style::MARGIN_X);
    y += platforms(&mut page, input, x, y, width, colors) + 18.0;
    let bottom = paper.height - chrome::FOOT_FROM_BOTTOM - 28.0;
    let left_w = (width * 0.56).floor();
    let gap = 26.0;
    audience(&mut page, input, x, y, left_w, bottom - y, colors);
    let both = Parts { story: true, offer: true };
    if input.view.audience_charts.is_empty() {
        // No charts: the story on the left, the offer on the right.
        let half = ((width - gap) / 2.0).floor();
        side_column(&mut page, input, Box2::new(x, y, half, bottom - y), Parts { offer: false, ..both }, colors);
        let right = Box2::new(x + half + gap, y, width - half - gap, bottom - y);
        side_column(&mut page, input, right, Parts { story: false, ..both }, colors);
    } else {
        let right = Box2::new(x + left_w + gap, y, width - left_w - gap, bottom - y);
        side_column(&mut page, input, right, both, colors);
    }
    footer(&mut page, input, paper, colors);
    Doc { width: paper.width, height: paper.height, pages: vec![page] }
}
