//! Present stage: computed figures → views, what a page or a PDF shows.
//! Every figure is formatted here once, charts are drawn, links are made,
//! so that HTML and PDF say the same thing. Views format; they never compute
//! figures. Each creator's and campaign's view is built once per build and
//! handed to both renderers.

pub mod charts;
pub mod desk;
pub mod escape;
pub mod format;
pub mod kit;
pub mod markdown;
pub mod metrics;
pub mod report;
pub mod roster;
pub mod site;
pub mod urls;

use crate::compute::{CampaignFigures, CreatorFigures};
use crate::model::Entry;
use crate::model::campaign::Campaign;
use crate::model::config::SiteConfig;
use crate::model::creator::Creator;
use crate::model::values::{Asset, Date};
use crate::present::charts::Palette;
use crate::present::format::Formatter;
use crate::present::kit::{KitView, RatesView};
use crate::present::report::ReportView;
use crate::present::site::{SiteView, site_view};
use crate::present::urls::Urls;

/// What every view needs: configuration, links, number formats, colours and
/// the site's own look (brand, language).
pub struct Ctx {
    pub config: SiteConfig,
    pub urls: Urls,
    pub fmt: Formatter,
    pub palette: Palette,
    pub site: SiteView,
}

impl Ctx {
    pub fn new(config: &SiteConfig) -> Ctx {
        let urls = Urls::new(&config.base_url);
        Ctx {
            site: site_view(config, &urls),
            fmt: Formatter::new(config.locale.clone()),
            palette: Palette::from_brand(&config.brand.primary_color.0, &config.brand.accent_color.0),
            config: config.clone(),
            urls,
        }
    }
}

/// One creator as every output shows them: the kit, the rate card, and what
/// the PDF sets itself (the bio's markdown, the photo to embed).
pub struct CreatorView {
    pub slug: String,
    /// The profile's file, as messages show it.
    pub file: String,
    pub kit: KitView,
    /// `None` when the creator has no rates or hides them.
    pub rates: Option<RatesView>,
    /// The bio as written, for the PDF's own typesetting; `None` when hidden.
    pub bio: Option<String>,
    pub photo: Option<Asset>,
    /// Addresses of the creator's profiles on the platforms.
    pub profiles: Vec<String>,
    /// What the figures are as of: `as_of`, else the latest dated post or
    /// follower count. Archival PDFs carry it as their date.
    pub date: Option<Date>,
}

pub fn creator_view(entry: &Entry<Creator>, figures: &CreatorFigures, ctx: &Ctx) -> CreatorView {
    // Only the public profile: what `hide:` names is not in it (see `compute::redact`).
    let creator = figures.profile.as_ref();
    let kit = kit::kit_view(&entry.slug, creator, figures, ctx);
    CreatorView {
        slug: entry.slug.clone(),
        file: entry.file.clone(),
        rates: kit::rates_view(creator, figures, ctx),
        bio: creator.bio.clone(),
        photo: creator.photo.clone(),
        profiles: creator.platforms.iter().filter_map(|p| p.url.as_ref().map(|u| u.0.clone())).collect(),
        date: creator.as_of.or_else(|| {
            let posts = creator.platforms.iter().flat_map(|p| p.recent_posts.iter().filter_map(|r| r.date));
            posts.chain(creator.platforms.iter().flat_map(|p| p.history.iter().map(|h| h.date))).max()
        }),
        kit,
    }
}

/// One campaign as every output shows it: the report, and the summary's
/// markdown for the PDF's own typesetting.
pub struct CampaignView {
    pub slug: String,
    /// The campaign's file, as messages show it.
    pub file: String,
    pub report: ReportView,
    pub summary: Option<String>,
    /// The campaign's end, else its last dated post, else its start.
    pub date: Option<Date>,
}

pub fn campaign_view(entry: &Entry<Campaign>, figures: &CampaignFigures, ctx: &Ctx) -> CampaignView {
    CampaignView {
        slug: entry.slug.clone(),
        file: entry.file.clone(),
        report: report::report_view(&entry.slug, &entry.data, figures, ctx),
        summary: entry.data.summary.clone(),
        date: entry.data.end.or_else(|| {
            let posts = entry.data.creators.iter().flat_map(|c| c.posts.iter().filter_map(|p| p.date));
            posts.max().or(entry.data.start)
        }),
    }
}
