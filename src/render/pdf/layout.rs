//! Flowing content down pages: a cursor that starts a new page when the next
//! block would not fit, and helpers that draw wrapped text and its links.

use crate::render::pdf::draw::{Box2, Op, Page, Rgb};
use crate::render::pdf::style::{self, PaperSize};
use crate::render::pdf::tagging::Element;
use crate::render::pdf::text;
use crate::render::pdf::wrap::Line;

pub struct Flow {
    pub pages: Vec<Page>,
    /// The next free position on the current page.
    pub y: f32,
    pub top: f32,
    pub bottom: f32,
    pub left: f32,
    pub width: f32,
}

impl Flow {
    /// A flow with content between `top` and `bottom` of every page it adds.
    pub fn new(paper: PaperSize, top: f32, bottom: f32) -> Flow {
        Flow {
            pages: Vec::new(),
            y: top,
            top,
            bottom: paper.height - bottom,
            left: style::MARGIN_X,
            width: paper.width - 2.0 * style::MARGIN_X,
        }
    }

    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.top;
    }

    /// Opens an element of the structure on the current page; it stays open
    /// across the pages its content flows over.
    pub fn open(&mut self, element: Element) {
        self.page().open(element);
    }

    pub fn close(&mut self) {
        self.page().close();
    }

    pub fn room(&self) -> f32 {
        self.bottom - self.y
    }

    pub fn at_top(&self) -> bool {
        (self.y - self.top).abs() < 0.5
    }

    /// Starts a new page unless `h` points still fit; true when it did.
    pub fn ensure(&mut self, h: f32) -> bool {
        if self.pages.is_empty() {
            self.new_page();
        }
        if h > self.room() && !self.at_top() {
            self.new_page();
            return true;
        }
        false
    }

    /// Vertical space, dropped at the top of a page.
    pub fn gap(&mut self, h: f32) {
        if !self.at_top() {
            self.y = (self.y + h).min(self.bottom);
        }
    }
}

/// Draws wrapped lines from `top`, each `leading` apart; links get a
/// coloured underline and a clickable area, and are link elements in the
/// structure. Returns the height used.
pub fn draw_lines(page: &mut Page, x: f32, top: f32, lines: &[Line], leading: f32, color: Rgb, link: Rgb) -> f32 {
    let mut y = top;
    for line in lines {
        let baseline = baseline_in(y, leading, line_size(line));
        // In a right-to-left document the page is mirrored once laid out;
        // a line without right-to-left text (an English bio) keeps its
        // pieces left to right by being laid out reversed here.
        let keep_order = text::rtl_document() && !line.items.iter().any(|i| text::has_rtl(&i.run.text));
        for item in &line.items {
            let size = item.run.size;
            let is_link = item.link.is_some();
            let ix = if keep_order { line.width - item.x - item.run.width } else { item.x };
            if is_link {
                page.open(Element::Link);
            }
            page.text(x + ix, baseline, item.run.clone(), if is_link { link } else { color });
            if let Some(uri) = &item.link {
                let w = item.run.width;
                let under = baseline + size * 0.13;
                page.line((x + ix, under), (x + ix + w, under), link, 0.5);
                page.push(Op::Link { at: Box2::new(x + ix, baseline - size * 0.9, w, size * 1.2), uri: uri.clone() });
                page.close();
            }
        }
        y += leading;
    }
    y - top
}

fn line_size(line: &Line) -> f32 {
    line.items.iter().map(|i| i.run.size).fold(0.0, f32::max)
}

/// Baseline of a single line of `size` centred in a box from `top` of height `h`.
pub fn baseline_in(top: f32, h: f32, size: f32) -> f32 {
    // Centres the cap height (0.73 em in Inter) in the box.
    top + h / 2.0 + size * 0.365
}
