//! PDF stage: one-page media kits and campaign reports, drawn with krilla
//! from the same views the pages use, so both say the same figures.
//!
//! `report` and `kit` lay pages out as plain drawing operations (`draw`),
//! which are then serialised; text is shaped and measured in `text`, broken
//! into lines in `wrap`, and set in Inter (with a CJK fallback) from `fonts`.

mod charts;
mod chrome;
mod draw;
mod fonts;
mod kit;
mod labels;
mod layout;
mod markdown;
mod pictures;
mod prose;
mod report;
mod slice;
mod style;
mod table;
mod tagging;
mod text;
mod wrap;

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::present::site::BrandView;
use crate::present::urls::{Urls, page};
use crate::present::{CampaignView, CreatorView, Ctx};
use crate::render::OutputFile;

use draw::{Meta, Picture};
pub use fonts::svg_fonts;

/// `text` without the characters neither embedded font can draw.
pub fn drawable(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii() || text::fully_drawable(c.encode_utf8(&mut [0; 4]))).collect()
}
use style::{Colors, PaperSize};

fn generator() -> String {
    format!("mediakit {}", env!("CARGO_PKG_VERSION"))
}

/// A date as krilla takes it; years outside its range are clamped.
fn ymd(date: crate::model::values::Date) -> (u16, u8, u8) {
    (date.year.clamp(0, 9999) as u16, date.month, date.day)
}

fn failed(path: &str, error: String) -> Diagnostic {
    Diagnostic::error(path.to_string(), format!("cannot write the PDF: {error}"))
}

/// What every PDF of a site shares, prepared once per build: the brand, its
/// logo, the paper, the language and where pages are published.
pub struct Pdf {
    /// The site folder, where the photos a kit embeds are read from.
    root: PathBuf,
    urls: Urls,
    brand: BrandView,
    logo: Option<Picture>,
    colors: Colors,
    paper: PaperSize,
    /// Also PDF/A-2b (`pdf: {standard: a-2b}`).
    archival: bool,
}

impl Pdf {
    pub fn new(ctx: &Ctx, root: &Path) -> Pdf {
        let brand = ctx.site.brand.clone();
        Pdf {
            root: root.to_path_buf(),
            urls: ctx.urls.clone(),
            logo: ctx.config.brand.logo.as_ref().and_then(|l| pictures::load(root, l)),
            colors: Colors::from_brand(&brand),
            paper: PaperSize::of(ctx.config.pdf.paper),
            archival: ctx.config.pdf.standard == crate::model::choices::PdfStandard::A2b,
            brand,
        }
    }

    /// The absolute address of a page, when `base_url` names a host.
    fn absolute(&self, rel: &str) -> Option<String> {
        (!self.urls.origin_and_path.is_empty()).then(|| self.urls.absolute(rel))
    }

    /// `creators/<slug>/media-kit.pdf`.
    pub fn kit(&self, view: &CreatorView) -> Result<OutputFile, Diagnostic> {
        if self.archival && view.date.is_none() {
            return Err(Diagnostic::error(
                view.file.clone(),
                "cannot make the archival (PDF/A-2b) media kit: PDF/A needs the document's date, and this profile has no date",
            )
            .field("as_of")
            .hint("add `as_of: YYYY-MM-DD`, the date the figures are from (or dated `recent_posts` or `history`)"));
        }
        let kit_view = &view.kit;
        let t = &view.lang.t;
        let input = kit::KitInput {
            view: kit_view,
            t,
            fmt: &view.lang.fmt,
            rates: view.rates.as_ref(),
            bio: view.bio.as_deref(),
            photo: view.photo.as_ref().and_then(|p| pictures::load(&self.root, p)),
            agency: chrome::Mark { logo: self.logo.as_ref(), name: &self.brand.name },
            url: self.absolute(&page::kit(&view.slug)),
        };
        let mut doc = text::in_direction(view.lang.rtl(), || kit::kit(&input, &self.colors, self.paper));
        if view.lang.rtl() {
            doc.mirror();
        }
        let mut keywords = vec![t.text("pdf-keyword-kit")];
        keywords.extend(kit_view.niches.iter().cloned());
        let meta = Meta {
            title: t.with("page-kit-title", &[("name", (&kit_view.name).into())]),
            author: kit_view.name.clone(),
            subject: kit_view.tagline.clone(),
            keywords,
            language: view.lang.tag().to_string(),
            creator: generator(),
            archival: self.archival,
            date: view.date.map(ymd),
        };
        let bytes = draw::render(&doc, &meta).map_err(|e| failed(&view.file, e))?;
        Ok(OutputFile::new(page::kit_pdf(&view.slug), bytes))
    }

    /// `campaigns/<slug>/report.pdf`.
    pub fn report(&self, view: &CampaignView) -> Result<OutputFile, Diagnostic> {
        if self.archival && view.date.is_none() {
            return Err(Diagnostic::error(
                view.file.clone(),
                "cannot make the archival (PDF/A-2b) report: PDF/A needs the document's date, and this campaign has no date",
            )
            .field("end")
            .hint("add `end: YYYY-MM-DD` (or dated posts)"));
        }
        let report_view = &view.report;
        let brand = report::Brand {
            name: &self.brand.name,
            logo: self.logo.clone(),
            website: self.brand.website.as_deref(),
            email: self.brand.email.as_deref(),
            colors: self.colors.clone(),
        };
        let base = self.absolute(&page::report(&view.slug));
        let t = &view.lang.t;
        let mut doc = text::in_direction(view.lang.rtl(), || {
            report::report(report_view, view.summary.as_deref(), &brand, self.paper, base.as_deref(), t)
        });
        if view.lang.rtl() {
            doc.mirror();
        }
        self.absolute_links(&mut doc);
        let dates = &report_view.dates;
        let subject = match &report_view.client {
            Some(client) => t.with("pdf-report-subject-client", &[("client", client.into()), ("dates", dates.into())]),
            None => t.with("pdf-report-subject", &[("dates", dates.into())]),
        };
        let mut keywords = vec![t.text("pdf-keyword-report")];
        keywords.extend(report_view.client.iter().cloned());
        let meta = Meta {
            title: t.with("page-report-title", &[("name", (&report_view.name).into())]),
            author: self.brand.name.clone(),
            subject: Some(subject),
            keywords,
            language: view.lang.tag().to_string(),
            creator: generator(),
            archival: self.archival,
            date: view.date.map(ymd),
        };
        let bytes = draw::render(&doc, &meta).map_err(|e| failed(&view.file, e))?;
        Ok(OutputFile::new(page::report_pdf(&view.slug), bytes))
    }

    /// Table links from the views are site paths; a PDF needs full addresses,
    /// and drops a link it cannot make absolute.
    fn absolute_links(&self, doc: &mut draw::Doc) {
        let base = self.absolute("");
        for page in &mut doc.pages {
            page.ops.retain_mut(|op| match op {
                draw::Op::Link { uri, .. } => match markdown::safe_link(uri, base.as_deref()) {
                    Some(full) => {
                        *uri = full;
                        true
                    }
                    None => false,
                },
                _ => true,
            });
        }
    }
}
