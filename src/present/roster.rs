//! The roster: every creator's card, and the first page around them.

use serde::Serialize;

use crate::compute::facets::term_slug;
use crate::compute::metric::Metric;
use crate::compute::{CreatorFigures, SiteFigures};
use crate::model::Entry;
use crate::model::creator::Creator;
use crate::present::Ctx;
use crate::present::desk::{BrandCard, ListingView, TermsView};
use crate::present::kit::initials;
use crate::present::urls::{encode_path, page};

#[derive(Clone, Debug, Serialize)]
pub struct RosterPlatform {
    pub key: &'static str,
    pub label: &'static str,
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
    let fmt = &ctx.fmt;
    // The public profile, as every output shows it (see `compute::redact`).
    let public = f.profile.as_ref();
    RosterCreator {
        slug: e.slug.clone(),
        name: public.name.clone(),
        initials: initials(&public.name),
        tagline: public.tagline.clone(),
        photo_url: public.photo.as_ref().map(|p| ctx.urls.asset(p)),
        niches: public.niches.clone(),
        tier: f.tier.map(|t| t.label().to_string()),
        tier_key: f.tier.map(|t| t.label().to_lowercase()),
        followers: fmt.compact(f.followers.map(|v| v as f64)),
        er: fmt.percent(f.er),
        rating: f.rating.map(|r| r.key()),
        platforms: f
            .platforms
            .iter()
            .map(|p| RosterPlatform {
                key: p.platform.key(),
                label: p.platform.label(),
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
    RosterView {
        count: figures.creators.len(),
        total_audience: total_audience(figures, ctx),
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
            dates: fmt.date_range(c.start, c.end),
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
