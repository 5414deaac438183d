//! The roster: every creator's card, and the first page around them.

use serde::Serialize;

use crate::compute::facets::term_slug;
use crate::compute::metric::Metric;
use crate::compute::{CreatorFigures, SiteFigures};
use crate::model::Entry;
use crate::model::creator::Creator;
use crate::present::Ctx;
use crate::present::desk::{BrandCard, ListingView, TermsView, counted};
use crate::present::kit::initials;
use crate::present::urls::{encode_path, page};

#[derive(Clone, Debug, Serialize)]
pub struct RosterPlatform {
    pub key: &'static str,
    pub label: String,
    pub followers: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RosterCreator {
    pub slug: String,
    pub name: String,
    pub initials: String,
    pub tagline: Option<String>,
    pub photo_url: Option<String>,
    pub niches: Vec<String>,
    pub tier: Option<String>,
    pub tier_key: Option<String>,
    pub followers: String,
    pub er: String,
    pub rating: Option<&'static str>,
    pub rating_label: Option<String>,
    pub platforms: Vec<RosterPlatform>,
    pub url: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RosterCampaign {
    pub slug: String,
    pub name: String,
    pub client: Option<String>,
    pub dates: String,
    pub creators: usize,
    pub posts: usize,
    pub reach: String,
    pub engagements: String,
    pub er: String,
    pub roas: Option<String>,
    pub url: String,
    /// The brand's rollup, when the campaign names a brand.
    pub brand_url: Option<String>,
}

/// One creator as the roster lists them.
pub fn roster_creator(e: &Entry<Creator>, f: &CreatorFigures, ctx: &Ctx) -> RosterCreator {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    // The public profile, as every output shows it (see `compute::redact`).
    let public = f.profile.as_ref();
    RosterCreator {
        slug: e.slug.clone(),
        name: public.name.clone(),
        initials: initials(&public.name),
        tagline: public.tagline.clone(),
        photo_url: public.photo.as_ref().map(|p| ctx.urls.asset(p)),
        niches: public.niches.clone(),
        tier: f.tier.map(|tier| t.tier(tier)),
        tier_key: f.tier.map(|tier| tier.key().to_string()),
        followers: fmt.compact(f.followers.map(|v| v as f64)),
        er: fmt.percent(f.er),
        rating: f.rating.map(|r| r.key()),
        rating_label: f.rating.map(|r| t.rating(r)),
        platforms: f
            .platforms
            .iter()
            .map(|p| RosterPlatform {
                key: p.platform.key(),
                label: t.platform(p.platform),
                followers: fmt.compact(p.followers.map(|v| v as f64)),
            })
            .collect(),
        url: ctx.urls.path(&page::kit(&e.slug)),
    }
}

/// What the roster's first page shows beside its cards.
#[derive(Clone, Debug, Serialize)]
pub struct RosterView {
    /// Creators on the whole roster.
    pub count: usize,
    pub total_audience: String,
    /// The latest campaigns; every one is on `campaigns/`.
    pub campaigns: Vec<RosterCampaign>,
    pub campaign_count: usize,
    pub campaigns_url: String,
    pub brands: Vec<BrandCard>,
    pub brands_url: String,
    /// The largest terms of each facet, with the link to all of them.
    pub browse: Vec<TermsView>,
    /// Every term of each facet, for the search box's choices.
    pub filters: Vec<TermsView>,
    pub listing: ListingView,
    /// `creators/index.json`, which the search box loads when first used.
    pub search_url: String,
    pub search_script: String,
    /// The words the search box's script shows, as JSON (see `search_labels`).
    pub search_labels: String,
    /// "12 creators", "48.2K combined audience", "7 campaigns",
    /// "All 7 campaign reports".
    pub count_text: String,
    pub audience_text: String,
    pub campaigns_text: String,
    pub all_campaigns_text: String,
}

/// How many campaigns and terms of each facet the roster's first page shows.
pub const FRONT_CAMPAIGNS: usize = 6;
pub const FRONT_TERMS: usize = 8;

pub fn roster_view(
    figures: &SiteFigures,
    ctx: &Ctx,
    listing: ListingView,
    brands: Vec<BrandCard>,
    filters: Vec<TermsView>,
) -> RosterView {
    let mut browse = filters.clone();
    let mut campaigns = roster_campaigns(figures, ctx);
    let campaign_count = campaigns.len();
    campaigns.truncate(FRONT_CAMPAIGNS);
    for view in &mut browse {
        view.terms.truncate(FRONT_TERMS);
    }
    let total = total_audience(figures, ctx);
    RosterView {
        count: figures.creators.len(),
        count_text: counted(ctx, "roster-creators-count", figures.creators.len()),
        audience_text: ctx.t.with("roster-combined-audience", &[("n", (&total).into())]),
        campaigns_text: counted(ctx, "roster-campaigns-count", campaign_count),
        all_campaigns_text: counted(ctx, "roster-all-campaigns", campaign_count),
        search_labels: search_labels(ctx),
        total_audience: total,
        campaigns,
        campaign_count,
        campaigns_url: ctx.urls.path(page::CAMPAIGNS),
        brands,
        brands_url: ctx.urls.path(page::BRANDS),
        browse,
        filters,
        listing,
        search_url: ctx.urls.path(page::SEARCH_INDEX),
        search_script: ctx.urls.path(SEARCH_SCRIPT),
    }
}

/// Numbers that between them fall in every plural category of the built-in
/// languages (Arabic has six): the script picks the sample in the same
/// category as its count, so it needs no plural rules of its own.
const PLURAL_SAMPLES: [usize; 7] = [0, 1, 2, 3, 11, 100, 1_000_000];

/// The words of the search box's script in the site's language, as JSON
/// for a data attribute: plain labels, the rating names, and sentences with
/// `{n}` or `{price}` where the script puts its figure, by plural sample.
pub fn search_labels(ctx: &Ctx) -> String {
    let t = &ctx.t;
    let mut labels = serde_json::Map::new();
    for (key, id) in [
        ("audience", "roster-audience"),
        ("er", "roster-er"),
        ("tier", "roster-tier"),
        ("platforms", "roster-platforms"),
        ("error", "search-error"),
    ] {
        labels.insert(key.into(), t.text(id).into());
    }
    labels.insert("ratesFrom".into(), t.with("search-rates-from", &[("price", "{price}".into())]).into());
    use crate::compute::engagement::Rating;
    let ratings: serde_json::Map<String, serde_json::Value> =
        [Rating::Excellent, Rating::Good, Rating::Average, Rating::Poor]
            .into_iter()
            .map(|r| (r.key().to_string(), t.rating(r).into()))
            .collect();
    labels.insert("ratings".into(), ratings.into());
    for (key, id) in [("matches", "search-matches"), ("more", "search-more")] {
        let forms: serde_json::Map<String, serde_json::Value> = PLURAL_SAMPLES
            .iter()
            .map(|&n| (n.to_string(), t.with(id, &[("count", n.into()), ("n", "{n}".into())]).into()))
            .collect();
        labels.insert(key.into(), forms.into());
    }
    serde_json::Value::Object(labels).to_string()
}

/// The search box's script, a theme asset.
pub const SEARCH_SCRIPT: &str = "js/search.js";

/// Every campaign, newest first (by start, else end; undated last).
pub fn roster_campaigns(figures: &SiteFigures, ctx: &Ctx) -> Vec<RosterCampaign> {
    let fmt = &ctx.fmt;
    let mut ordered: Vec<&crate::compute::CampaignFigures> = figures.campaigns.iter().collect();
    ordered.sort_by(|a, b| {
        let key =
            |c: &crate::compute::CampaignFigures| (c.start.or(c.end).is_none(), std::cmp::Reverse(c.start.or(c.end)));
        key(a).cmp(&key(b)).then(a.name.cmp(&b.name)).then(a.slug.cmp(&b.slug))
    });
    ordered
        .into_iter()
        .map(|c| RosterCampaign {
            slug: c.slug.clone(),
            name: c.name.clone(),
            client: c.brand.clone(),
            dates: crate::present::report::date_range(ctx, c.start, c.end),
            creators: c.creator_count,
            posts: c.post_count,
            reach: fmt.compact(c.totals.get(Metric::Reach)),
            engagements: fmt.compact(c.totals.get(Metric::Engagements)),
            er: fmt.percent(c.totals.get(Metric::ErReach).or(c.totals.get(Metric::ErFollowers))),
            roas: c.totals.get(Metric::Roas).map(|r| fmt.multiple(Some(r))),
            url: ctx.urls.path(&page::report(&c.slug)),
            brand_url: c.brand.as_deref().and_then(term_slug).map(|s| ctx.urls.path(&encode_path(&page::brand(&s)))),
        })
        .collect()
}

/// The roster in three figures, for the site's link-preview card: how many
/// creators, their combined audience, how many campaign reports (a site
/// without creators or campaigns shows none rather than zeros).
pub struct SiteSummary {
    pub title: String,
    pub description: String,
    pub stats: Vec<(String, String)>,
}

pub fn site_summary(figures: &SiteFigures, ctx: &Ctx) -> SiteSummary {
    let mut stats = Vec::new();
    if !figures.creators.is_empty() {
        stats.push((ctx.fmt.count(Some(figures.creators.len() as f64)), ctx.t.text("roster-creators")));
        stats.push((total_audience(figures, ctx), ctx.t.text("roster-audience")));
    }
    if !figures.campaigns.is_empty() {
        stats.push((ctx.fmt.count(Some(figures.campaigns.len() as f64)), ctx.t.text("roster-campaign-reports")));
    }
    let description = site_description(ctx.config.description.as_deref(), &ctx.t, &ctx.site.brand.name);
    SiteSummary { title: ctx.site.title.clone(), description, stats }
}

/// The site's description: its own, else "The creators of <brand>…" in the
/// site's language.
pub fn site_description(own: Option<&str>, t: &crate::present::i18n::Labels, brand: &str) -> String {
    own.map_or_else(|| t.with("page-roster-description", &[("brand", brand.into())]), str::to_string)
}

/// The followers of every creator together.
pub fn total_audience(figures: &SiteFigures, ctx: &Ctx) -> String {
    let total: Option<f64> = figures
        .creators
        .iter()
        .filter_map(|c| c.followers)
        .map(|f| f as f64)
        .fold(None, |a, f| Some(a.unwrap_or(0.0) + f));
    ctx.fmt.compact(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::SiteConfig;
    use crate::model::locale::Locale;

    fn labels(locale: &str) -> serde_json::Value {
        let ctx = Ctx::new(&SiteConfig { locale: Locale::parse(locale).unwrap(), ..SiteConfig::default() });
        serde_json::from_str(&search_labels(&ctx)).unwrap()
    }

    #[test]
    fn the_search_scripts_words_come_in_every_plural_form() {
        let en = labels("en-US");
        assert_eq!(en["matches"]["1"], "{n} creator matches.");
        assert_eq!(en["matches"]["2"], "{n} creators match.");
        assert_eq!(en["ratesFrom"], "Rates from {price}");
        assert_eq!(en["ratings"]["excellent"], "Excellent");
        // Arabic: zero, one, two, few (3), many (11) and other (100) differ.
        let ar = labels("ar-SA");
        let forms: Vec<&str> =
            ["0", "1", "2", "3", "11", "100"].iter().map(|n| ar["matches"][n].as_str().unwrap()).collect();
        assert_eq!(
            forms,
            [
                "لا يوجد صانع محتوى مطابق.",
                "صانع محتوى واحد مطابق.",
                "صانعا محتوى مطابقان.",
                "{n} صنّاع محتوى مطابقين.",
                "{n} صانع محتوى مطابق.",
                "{n} صانع محتوى مطابق.",
            ]
        );
        assert_eq!(labels("de-DE")["audience"], "Follower");
    }

    #[test]
    fn the_site_card_counts_the_roster_and_adds_its_audience() {
        let config = SiteConfig { title: "Northlight".into(), ..SiteConfig::default() };
        let ctx = Ctx::new(&config);
        let creator = |slug: &str, followers: &str| {
            let yaml = format!("name: {slug}\nplatforms:\n  - {{platform: instagram, followers: {followers}}}\n");
            let data: Creator = serde_saphyr::from_str(&yaml).unwrap();
            crate::compute::creator::creator_figures(slug, &data, &config)
        };
        // 48,200 + 120,000 = 168,200 followers: "168K" (compact figures of 100 and more have no decimal).
        let figures =
            SiteFigures { creators: vec![creator("a", "48200"), creator("b", "120000")], campaigns: Vec::new() };
        let summary = site_summary(&figures, &ctx);
        assert_eq!(summary.title, "Northlight");
        assert_eq!(
            summary.stats,
            [("2".to_string(), "Creators".to_string()), ("168K".to_string(), "Audience".to_string())]
        );
        // Nothing to count: no zeros on the card.
        let empty = site_summary(&SiteFigures { creators: Vec::new(), campaigns: Vec::new() }, &ctx);
        assert!(empty.stats.is_empty());
    }
}
