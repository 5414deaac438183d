//! Present stage: computed figures → views, what a page or a PDF shows.
//! Every figure is formatted here once, charts are drawn, links are made,
//! so that HTML and PDF say the same thing. Views format; they never compute
//! figures. Each creator's and campaign's view is built once per build and
//! handed to both renderers.

pub mod charts;
pub mod cldr;
pub mod desk;
pub mod escape;
pub mod format;
pub mod i18n;
pub mod kit;
pub mod markdown;
pub mod metrics;
pub mod report;
pub mod roster;
pub mod site;
pub mod urls;

use std::borrow::Cow;
use std::sync::Arc;

use crate::compute::{CampaignFigures, CreatorFigures};
use crate::diagnostics::Diagnostic;
use crate::model::Entry;
use crate::model::campaign::Campaign;
use crate::model::config::SiteConfig;
use crate::model::creator::Creator;
use crate::model::locale::Locale;
use crate::model::values::{Asset, Date};
use crate::present::charts::Palette;
use crate::present::format::Formatter;
use crate::present::i18n::{Catalog, Labels};
use crate::present::kit::{KitView, RatesView};
use crate::present::report::ReportView;
use crate::present::site::{SiteView, site_view};
use crate::present::urls::Urls;

/// What every view needs: configuration, links, colours, the site's own
/// look (brand), and a language: its labels (`t`) and number formats
/// (`fmt`). The site's language unless [`Ctx::localized`] says otherwise.
#[derive(Clone)]
pub struct Ctx {
    pub config: Arc<SiteConfig>,
    pub urls: Urls,
    pub fmt: Formatter,
    pub t: Labels,
    pub palette: Palette,
    pub site: SiteView,
    pub catalog: Arc<Catalog>,
}

impl Ctx {
    /// A context with the built-in labels only.
    pub fn new(config: &SiteConfig) -> Ctx {
        Ctx::with_catalog(config, Arc::new(Catalog::builtin()))
    }

    /// A context with the site's own label files (`i18n/*.ftl`, as
    /// (path as shown, text)) over the built-in ones. Returns the warnings
    /// about those files and about `locales` (the site's, its creators' and
    /// campaigns', with the file each is set in) that have no labels.
    pub fn with_labels<'a>(
        config: &SiteConfig,
        files: &[(String, String)],
        locales: impl IntoIterator<Item = (&'a Locale, &'a str)>,
    ) -> Result<(Ctx, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (catalog, mut warnings) = Catalog::new(files)?;
        let mut seen = std::collections::BTreeSet::new();
        for (locale, file) in locales {
            if seen.insert(locale.language_code())
                && let Some(w) = catalog.check_locale(locale, file)
            {
                warnings.push(w);
            }
        }
        Ok((Ctx::with_catalog(config, Arc::new(catalog)), warnings))
    }

    fn with_catalog(config: &SiteConfig, catalog: Arc<Catalog>) -> Ctx {
        let urls = Urls::new(&config.base_url);
        Ctx {
            site: site_view(config, &urls),
            fmt: Formatter::new(config.locale.clone()),
            t: catalog.labels(&config.locale),
            palette: Palette::from_brand(&config.brand.primary_color.0, &config.brand.accent_color.0),
            config: Arc::new(config.clone()),
            urls,
            catalog,
        }
    }

    /// This context in `locale` (a creator's or campaign's own), or as it
    /// is when that is the site's.
    pub fn localized(&self, locale: Option<&Locale>) -> Cow<'_, Ctx> {
        match locale {
            Some(l) if l.tag() != self.fmt.locale.tag() => {
                let mut ctx = self.clone();
                ctx.fmt = Formatter::new(l.clone());
                ctx.t = self.catalog.labels(l);
                Cow::Owned(ctx)
            }
            _ => Cow::Borrowed(self),
        }
    }

    /// Whether the context's language is written right to left.
    pub fn rtl(&self) -> bool {
        self.fmt.locale.rtl()
    }
}

/// The language a view was made in, for the renderers: its labels, number
/// formats, `lang` and direction.
#[derive(Clone, Debug)]
pub struct Lang {
    pub locale: Locale,
    pub t: Labels,
    pub fmt: Formatter,
}

impl Lang {
    pub fn of(ctx: &Ctx) -> Lang {
        Lang { locale: ctx.fmt.locale.clone(), t: ctx.t.clone(), fmt: ctx.fmt.clone() }
    }

    /// The `lang` attribute: `en-US`.
    pub fn tag(&self) -> &str {
        self.locale.html_lang()
    }

    /// `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        if self.locale.rtl() { "rtl" } else { "ltr" }
    }

    pub fn rtl(&self) -> bool {
        self.locale.rtl()
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
    /// The language of the kit: the creator's `locale`, else the site's.
    pub lang: Lang,
    /// What the figures are as of: `as_of`, else the latest dated post or
    /// follower count. Archival PDFs carry it as their date.
    pub date: Option<Date>,
}

pub fn creator_view(entry: &Entry<Creator>, figures: &CreatorFigures, ctx: &Ctx) -> CreatorView {
    // Only the public profile: what `hide:` names is not in it (see `compute::redact`).
    let creator = figures.profile.as_ref();
    let ctx = ctx.localized(creator.locale.as_ref());
    let ctx = ctx.as_ref();
    let kit = kit::kit_view(&entry.slug, creator, figures, ctx);
    CreatorView {
        slug: entry.slug.clone(),
        file: entry.file.clone(),
        rates: kit::rates_view(creator, figures, ctx),
        bio: creator.bio.clone(),
        photo: creator.photo.clone(),
        profiles: creator.platforms.iter().filter_map(|p| p.url.as_ref().map(|u| u.0.clone())).collect(),
        lang: Lang::of(ctx),
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
    /// The language of the report: the campaign's `locale`, else the site's.
    pub lang: Lang,
    /// The campaign's end, else its last dated post, else its start.
    pub date: Option<Date>,
}

pub fn campaign_view(entry: &Entry<Campaign>, figures: &CampaignFigures, ctx: &Ctx) -> CampaignView {
    let ctx = ctx.localized(entry.data.locale.as_ref());
    let ctx = ctx.as_ref();
    CampaignView {
        lang: Lang::of(ctx),
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
