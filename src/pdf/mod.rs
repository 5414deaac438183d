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
mod text;
mod wrap;

use crate::compute::{CampaignFigures, CreatorFigures};
use crate::diagnostics::Diagnostic;
use crate::model::Entry;
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::render::urls::page;
use crate::render::views;
use crate::render::{OutputFile, Renderer};

use draw::Meta;
use style::{Colors, PaperSize};

fn generator() -> String {
    format!("mediakit {}", env!("CARGO_PKG_VERSION"))
}

/// The absolute address of a page, when `base_url` names a host.
fn absolute(renderer: &Renderer, rel: &str) -> Option<String> {
    let urls = &renderer.ctx.urls;
    (!urls.origin_and_path.is_empty()).then(|| urls.absolute(rel))
}

fn failed(path: &str, error: String) -> Diagnostic {
    Diagnostic::error(path.to_string(), format!("cannot write the PDF: {error}"))
}

/// `creators/<slug>/media-kit.pdf`.
pub fn creator_pdf(
    entry: &Entry<Creator>,
    figures: &CreatorFigures,
    renderer: &Renderer,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let ctx = &renderer.ctx;
    let creator = &entry.data;
    let view = views::kit::kit_view(&entry.slug, creator, figures, ctx);
    let rates = if creator.hides(crate::model::choices::KitSection::Rates) {
        None
    } else {
        views::kit::rates_view(creator, figures, ctx)
    };
    let brand = &renderer.site_view.brand;
    let colors = Colors::from_brand(brand);
    let logo = ctx.config.brand.logo.as_ref().and_then(|l| pictures::load(&renderer.root, l));
    let input = kit::KitInput {
        view: &view,
        rates: rates.as_ref(),
        bio: creator.bio.as_deref().filter(|_| view.bio_text.is_some()),
        photo: creator.photo.as_ref().and_then(|p| pictures::load(&renderer.root, p)),
        agency: chrome::Mark { logo: logo.as_ref(), name: &brand.name },
        url: absolute(renderer, &page::kit(&entry.slug)),
    };
    let doc = kit::kit(&input, &colors, PaperSize::of(ctx.config.pdf.paper));
    let mut keywords = vec!["media kit".to_string()];
    keywords.extend(creator.niches.iter().cloned());
    let meta = Meta {
        title: format!("{} · Media kit", creator.name),
        author: creator.name.clone(),
        subject: creator.tagline.clone(),
        keywords,
        language: renderer.site_view.lang.clone(),
        creator: generator(),
    };
    let path = page::kit_pdf(&entry.slug);
    let bytes = draw::render(&doc, &meta).map_err(|e| failed(&entry.file, e))?;
    Ok(vec![OutputFile::new(path, bytes)])
}

/// `campaigns/<slug>/report.pdf`.
pub fn campaign_pdf(
    entry: &Entry<Campaign>,
    figures: &CampaignFigures,
    renderer: &Renderer,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let ctx = &renderer.ctx;
    let view = views::report::report_view(&entry.slug, &entry.data, figures, ctx);
    let site_brand = &renderer.site_view.brand;
    let brand = report::Brand {
        name: &site_brand.name,
        logo: ctx.config.brand.logo.as_ref().and_then(|l| pictures::load(&renderer.root, l)),
        website: site_brand.website.as_deref(),
        email: site_brand.email.as_deref(),
        colors: Colors::from_brand(site_brand),
    };
    let base = absolute(renderer, &page::report(&entry.slug));
    let mut doc = report::report(
        &view,
        entry.data.summary.as_deref(),
        &brand,
        PaperSize::of(ctx.config.pdf.paper),
        base.as_deref(),
    );
    absolute_links(&mut doc, renderer);
    let subject = match &view.client {
        Some(client) => format!("Campaign report for {client}, {}", view.dates),
        None => format!("Campaign report, {}", view.dates),
    };
    let mut keywords = vec!["campaign report".to_string()];
    keywords.extend(view.client.iter().cloned());
    let meta = Meta {
        title: format!("{} · Campaign report", view.name),
        author: site_brand.name.clone(),
        subject: Some(subject),
        keywords,
        language: renderer.site_view.lang.clone(),
        creator: generator(),
    };
    let bytes = draw::render(&doc, &meta).map_err(|e| failed(&entry.file, e))?;
    Ok(vec![OutputFile::new(page::report_pdf(&entry.slug), bytes)])
}

/// Table links from the views are site paths; a PDF needs full addresses,
/// and drops a link it cannot make absolute.
fn absolute_links(doc: &mut draw::Doc, renderer: &Renderer) {
    let base = absolute(renderer, "");
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
