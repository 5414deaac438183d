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
}

/// One creator as the roster lists them.
pub fn roster_creator(e: &Entry<Creator>, f: &CreatorFigures, ctx: &Ctx) -> RosterCreator {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    RosterCreator {
        slug: e.slug.clone(),
        name: e.data.name.clone(),
        initials: initials(&e.data.name),
        tagline: e.data.tagline.clone(),
        photo_url: e.data.photo.as_ref().map(|p| ctx.urls.asset(p)),
        niches: e.data.niches.clone(),
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
            dates: crate::present::report::date_range(ctx, c.start, c.end),
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
