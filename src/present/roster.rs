//! The roster: every creator and every campaign on one page.

use serde::Serialize;

use crate::compute::metric::Metric;
use crate::compute::{CreatorFigures, SiteFigures};
use crate::model::Entry;
use crate::model::creator::Creator;
use crate::present::Ctx;
use crate::present::kit::initials;
use crate::present::urls::page;

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

/// What the roster shows beside the creators' cards.
#[derive(Clone, Debug, Serialize)]
pub struct RosterView {
    pub campaigns: Vec<RosterCampaign>,
    pub total_audience: String,
}

pub fn roster_view(figures: &SiteFigures, ctx: &Ctx) -> RosterView {
    RosterView { campaigns: roster_campaigns(figures, ctx), total_audience: total_audience(figures, ctx) }
}

pub fn roster_campaigns(figures: &SiteFigures, ctx: &Ctx) -> Vec<RosterCampaign> {
    let fmt = &ctx.fmt;
    figures
        .campaigns
        .iter()
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
