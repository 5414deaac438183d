//! What repeats on every page: a running head with the brand and the
//! document's name, and a foot with page numbers ("Page 2 of 5").

use crate::model::locale::Locale;
use crate::present::format::Formatter;
use crate::present::i18n::Labels;
use crate::render::pdf::draw::{Box2, Op, Page, Picture};
use crate::render::pdf::fonts::Weight;
use crate::render::pdf::style::{self, Colors, PaperSize};
use crate::render::pdf::tagging::{Element, Furniture};
use crate::render::pdf::text::{self, Spec};

pub const HEAD_Y: f32 = 34.0;
pub const FOOT_FROM_BOTTOM: f32 = 30.0;

/// The brand as a small logo, or its name when there is no logo.
pub struct Mark<'a> {
    pub logo: Option<&'a Picture>,
    pub name: &'a str,
}

/// Draws the mark with its left edge at `x`, vertically centred on `mid`,
/// `height` points tall; returns its width.
pub fn draw_mark(page: &mut Page, mark: &Mark, x: f32, mid: f32, height: f32, max_w: f32, colors: &Colors) -> f32 {
    match mark.logo {
        Some(logo) => {
            let w = (height * logo.aspect()).min(max_w);
            let h = w / logo.aspect();
            page.push(Op::Picture { at: Box2::new(x, mid - h / 2.0, w, h), picture: logo.clone(), round: false });
            w
        }
        None => {
            let spec = Spec::new(Weight::Bold, height * 0.55);
            let run = text::fit(mark.name, spec, max_w);
            let w = run.width;
            page.text(x, mid + spec.size * 0.36, run, colors.ink);
            w
        }
    }
}

/// The mark as content a reader gets: the logo as a figure named after the
/// brand, or the name as a paragraph.
pub fn draw_mark_read(page: &mut Page, mark: &Mark, x: f32, mid: f32, height: f32, max_w: f32, colors: &Colors) -> f32 {
    let element = match mark.logo {
        Some(_) => Element::Figure { alt: mark.name.to_string() },
        None => Element::Paragraph,
    };
    page.open(element);
    let w = draw_mark(page, mark, x, mid, height, max_w, colors);
    page.close();
    w
}

/// Adds the running head and foot to every page from `first` on, as page
/// furniture a reader skips.
pub fn decorate(
    pages: &mut [Page],
    first: usize,
    paper: PaperSize,
    mark: &Mark,
    (title, foot): (&str, &str),
    colors: &Colors,
    t: &Labels,
) {
    let total = pages.len();
    let (left, right) = (style::MARGIN_X, paper.width - style::MARGIN_X);
    let head_spec = Spec::new(Weight::Regular, 7.5);
    let foot_y = paper.height - FOOT_FROM_BOTTOM;
    for (i, page) in pages.iter_mut().enumerate().skip(first) {
        page.furniture(Furniture::Header);
        let mark_w = draw_mark(page, mark, left, HEAD_Y - 3.0, 14.0, 150.0, colors);
        let title_run = text::fit(title, head_spec, right - left - mark_w - 24.0);
        page.text(right - title_run.width, HEAD_Y, title_run, colors.muted);
        page.line((left, HEAD_Y + 10.0), (right, HEAD_Y + 10.0), colors.line, 0.6);
        page.end_furniture();

        page.furniture(Furniture::PageNumber);
        let (page_no, pages) = (fmt_number(t, i + 1), fmt_number(t, total));
        let number = text::shape(
            &t.with("pdf-page", &[("page", (&page_no).into()), ("total", (&pages).into())]),
            head_spec.tabular(),
        );
        let number_w = number.width;
        page.text(right - number_w, foot_y, number, colors.muted);
        page.end_furniture();
        page.furniture(Furniture::Footer);
        let foot_run = text::fit(foot, head_spec, right - left - number_w - 24.0);
        page.text(left, foot_y, foot_run, colors.muted);
        page.end_furniture();
    }
}

/// A page number in the labels' locale (Arabic-Indic digits where it uses them).
fn fmt_number(t: &Labels, n: usize) -> String {
    let locale = Locale::parse(t.tag()).unwrap_or_default();
    Formatter::new(locale).count(Some(n as f64))
}
