//! Campaign figures at three levels: per post, per creator and for the whole
//! campaign (SPEC §7). Every level is built from summed [`Parts`], so rates at
//! an aggregate level are Σ numerator ÷ Σ denominator, never averaged rates.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::compute::engagement::Interactions;
use crate::compute::metric::{Hidden, Metric, Totals};
use crate::compute::ratio::{Pair, add, finite, percent, ratio, scaled, sum_present};
use crate::model::campaign::{Campaign, CampaignCreator, Post};
use crate::model::choices::{Interaction, Objective, Platform, PostFormat, ReportHide};
use crate::model::config::{EmvRates, SiteConfig};
use crate::model::values::{Amount, Count, Date};
use crate::model::{Entry, Site};

/// The summable raw material of the figures.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Parts {
    pub reach: Option<f64>,
    pub impressions: Option<f64>,
    pub views: Option<f64>,
    pub engagements: Option<f64>,
    pub clicks: Option<f64>,
    pub conversions: Option<f64>,
    pub revenue: Option<f64>,
    /// Impressions, else views, else reach, per post: the CTR and CPM denominator.
    pub exposure: Option<f64>,
    pub emv: Option<f64>,
    pub er_followers: Pair,
    pub er_reach: Pair,
    pub ctr: Pair,
    pub conversion_rate: Pair,
}

impl std::ops::Add for Parts {
    type Output = Parts;
    fn add(self, o: Parts) -> Parts {
        Parts {
            reach: add(self.reach, o.reach),
            impressions: add(self.impressions, o.impressions),
            views: add(self.views, o.views),
            engagements: add(self.engagements, o.engagements),
            clicks: add(self.clicks, o.clicks),
            conversions: add(self.conversions, o.conversions),
            revenue: add(self.revenue, o.revenue),
            exposure: add(self.exposure, o.exposure),
            emv: add(self.emv, o.emv),
            er_followers: self.er_followers + o.er_followers,
            er_reach: self.er_reach + o.er_reach,
            ctr: self.ctr + o.ctr,
            conversion_rate: self.conversion_rate + o.conversion_rate,
        }
    }
}

impl Parts {
    pub fn sum(items: impl IntoIterator<Item = Parts>) -> Parts {
        items.into_iter().fold(Parts::default(), |a, b| a + b)
    }
}

/// Post parts. `followers` is the audience at posting time, already resolved.
pub fn post_parts(post: &Post, followers: Option<f64>, counted: &[Interaction], emv: Option<&EmvRates>) -> Parts {
    let c = |v: Option<Count>| v.map(Count::get);
    let interactions = Interactions {
        likes: c(post.likes),
        comments: c(post.comments),
        shares: c(post.shares),
        saves: c(post.saves),
        clicks: c(post.clicks),
    };
    let engagements = Some(interactions.engagements(counted));
    let (reach, impressions, views, clicks) = (c(post.reach), c(post.impressions), c(post.views), c(post.clicks));
    let conversions = c(post.conversions);
    let exposure = impressions.or(views).or(reach);
    Parts {
        reach,
        impressions,
        views,
        engagements,
        clicks,
        conversions,
        revenue: post.revenue.map(Amount::get),
        exposure,
        emv: emv.and_then(|rates| post_emv(post, rates)),
        er_followers: Pair::of(engagements, followers),
        er_reach: Pair::of(engagements, reach),
        ctr: Pair::of(clicks, exposure),
        conversion_rate: Pair::of(conversions, clicks),
    }
}

/// EMV of a post: Σ over actions of count × the configured value; `None`
/// (not available) when the post reports none of the priced actions.
pub fn post_emv(post: &Post, rates: &EmvRates) -> Option<f64> {
    let pairs = [
        (post.impressions, rates.impression),
        (post.views, rates.view),
        (post.likes, rates.like),
        (post.comments, rates.comment),
        (post.shares, rates.share),
        (post.saves, rates.save),
        (post.clicks, rates.click),
    ];
    sum_present(pairs.iter().map(|(count, value)| Some(count.as_ref()?.get() * value.as_ref()?.get())))
}

/// The figures of one level from its summed parts and its cost. Every
/// metric of SPEC §7 is defined here, once.
pub fn totals_of(p: &Parts, cost: Option<f64>) -> Totals {
    let mut t = Totals::default();
    for m in Metric::ALL {
        let value = match m {
            Metric::Reach => p.reach,
            Metric::Impressions => p.impressions,
            Metric::Views => p.views,
            Metric::Engagements => p.engagements,
            Metric::Clicks => p.clicks,
            Metric::Conversions => p.conversions,
            Metric::Revenue => p.revenue,
            Metric::Cost => cost,
            // Rates from summed parts: Σ numerator ÷ Σ denominator.
            Metric::ErFollowers => p.er_followers.percent(),
            Metric::ErReach => p.er_reach.percent(),
            Metric::Ctr => p.ctr.percent(),
            Metric::ConversionRate => p.conversion_rate.percent(),
            Metric::Cpe => ratio(cost, p.engagements),
            // Impressions, else views, else reach (per post), as for CTR.
            Metric::Cpm => scaled(cost, p.exposure, 1000.0),
            Metric::Cpc => ratio(cost, p.clicks),
            Metric::Cpa => ratio(cost, p.conversions),
            Metric::Cpv => ratio(cost, p.views),
            Metric::Emv => p.emv,
            Metric::Roas => ratio(p.revenue, cost),
            Metric::Roi => match (p.revenue, cost) {
                (Some(r), Some(c)) => percent(Some(r - c), Some(c)),
                _ => None,
            },
        };
        t.set(m, value);
    }
    t
}

#[derive(Clone, Debug, Serialize)]
pub struct PostFigures {
    pub platform: Platform,
    pub format: Option<PostFormat>,
    pub date: Option<Date>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub promo_code: Option<String>,
    pub followers: Option<f64>,
    #[serde(flatten)]
    pub totals: Totals,
}

#[derive(Clone, Debug, Serialize)]
pub struct CreatorResult {
    pub slug: String,
    pub name: String,
    /// Whether the slug names a profile page on this site.
    pub has_profile: bool,
    pub fee: Option<f64>,
    pub product_cost: Option<f64>,
    #[serde(flatten)]
    pub totals: Totals,
    pub posts: Vec<PostFigures>,
    /// The summed parts of the creator's posts and what they cost, before
    /// `hide:`: what a brand's rollup adds up (never written out as such).
    #[serde(skip)]
    pub parts: Parts,
    #[serde(skip)]
    pub raw_cost: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PlatformResult {
    pub platform: Platform,
    pub posts: usize,
    #[serde(flatten)]
    pub totals: Totals,
}

#[derive(Clone, Debug, Serialize)]
pub struct DayResult {
    pub date: Date,
    pub posts: usize,
    pub engagements: Option<f64>,
    pub reach: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct GoalResult {
    /// Written as its key under `goals:`.
    #[serde(serialize_with = "goal_key")]
    pub metric: Metric,
    pub goal: f64,
    pub actual: Option<f64>,
    /// actual ÷ goal × 100.
    pub attainment: Option<f64>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CostLine {
    pub name: String,
    pub amount: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct CampaignFigures {
    pub slug: String,
    pub name: String,
    pub brand: Option<String>,
    pub currency: String,
    /// EMV values are configured in the site currency.
    pub emv_currency: String,
    pub objective: Option<Objective>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub budget: Option<f64>,
    /// cost ÷ budget × 100.
    pub budget_used: Option<f64>,
    pub hidden: Hidden,
    pub creator_count: usize,
    pub post_count: usize,
    pub totals: Totals,
    pub creators: Vec<CreatorResult>,
    pub platforms: Vec<PlatformResult>,
    /// Posts grouped by date, for the timeline chart.
    pub timeline: Vec<DayResult>,
    pub costs: Vec<CostLine>,
    pub goals: Vec<GoalResult>,
    /// The campaign's summed parts and whole cost before `hide:`, for a
    /// brand's rollup, which applies the hiding of all its campaigns.
    #[serde(skip)]
    pub parts: Parts,
    #[serde(skip)]
    pub raw_cost: Option<f64>,
}

fn goal_key<S: serde::Serializer>(m: &Metric, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(m.goal_key())
}

/// Followers behind a post: the post's own figure, else the inline creator's,
/// else the profile's on that platform.
fn post_followers(post: &Post, entry: &CampaignCreator, site: &Site) -> Option<f64> {
    post.followers
        .or(entry.followers)
        .or_else(|| {
            let profile = site.creator(entry.creator.as_deref()?)?;
            profile.data.platforms.iter().find(|p| p.platform == post.platform)?.followers
        })
        .map(Count::get)
}

pub fn campaign_figures(entry: &Entry<Campaign>, site: &Site) -> CampaignFigures {
    let campaign = &entry.data;
    let config: &SiteConfig = &site.config;
    let counted = &config.engagement.counts;
    let emv = config.emv.as_ref();
    let hidden = Hidden {
        budget: campaign.hides(ReportHide::Budget),
        fees: campaign.hides(ReportHide::Fees),
        revenue: campaign.hides(ReportHide::Revenue),
    };

    let mut all_parts: Vec<Parts> = Vec::new();
    let mut by_platform: BTreeMap<Platform, (usize, Parts)> = BTreeMap::new();
    let mut by_day: BTreeMap<Date, (usize, Parts)> = BTreeMap::new();
    let mut creators = Vec::with_capacity(campaign.creators.len());
    let mut creator_costs = Vec::new();

    for cc in &campaign.creators {
        let profile = cc.creator.as_deref().and_then(|s| site.creator(s));
        let name = profile.map(|p| p.data.name.clone()).or_else(|| cc.name.clone()).unwrap_or_default();
        let slug = cc.creator.clone().unwrap_or_else(|| crate::model::slug::slugify(&name));
        let mut parts_of_creator = Vec::with_capacity(cc.posts.len());
        let mut posts = Vec::with_capacity(cc.posts.len());
        for post in &cc.posts {
            let followers = post_followers(post, cc, site);
            let parts = post_parts(post, followers, counted, emv);
            let entry = by_platform.entry(post.platform).or_default();
            *entry = (entry.0 + 1, entry.1 + parts);
            if let Some(date) = post.date {
                let day = by_day.entry(date).or_default();
                *day = (day.0 + 1, day.1 + parts);
            }
            let mut totals = totals_of(&parts, None);
            totals.redact(&hidden);
            posts.push(PostFigures {
                platform: post.platform,
                format: post.format,
                date: post.date,
                url: post.url.as_ref().map(|u| u.0.clone()),
                title: post.title.clone(),
                promo_code: post.promo_code.clone(),
                followers,
                totals,
            });
            parts_of_creator.push(parts);
        }
        let parts = Parts::sum(parts_of_creator);
        all_parts.push(parts);
        let fee = cc.fee.map(Amount::get);
        let product_cost = cc.product_cost.map(Amount::get);
        let cost = add(fee, product_cost);
        creator_costs.push(cost);
        let mut totals = totals_of(&parts, cost);
        totals.redact(&hidden);
        creators.push(CreatorResult {
            slug,
            name,
            has_profile: profile.is_some(),
            fee: if hidden.fees { None } else { fee },
            product_cost: if hidden.fees { None } else { product_cost },
            totals,
            posts,
            parts,
            raw_cost: cost,
        });
    }

    let extra = sum_present(campaign.costs.iter().map(|c| Some(c.amount.get())));
    let cost = add(sum_present(creator_costs), extra);
    let parts = Parts::sum(all_parts);
    let mut totals = totals_of(&parts, cost);
    let budget = campaign.budget.map(Amount::get);
    let budget_used = if hidden.fees || hidden.budget { None } else { percent(cost, budget) };
    let goals = goal_results(campaign, &totals, &hidden);
    totals.redact(&hidden);

    let mut platforms: Vec<PlatformResult> = by_platform
        .into_iter()
        .map(|(platform, (posts, p))| {
            let mut t = totals_of(&p, None);
            t.redact(&hidden);
            PlatformResult { platform, posts, totals: t }
        })
        .collect();
    platforms.sort_by(|a, b| {
        b.totals
            .get(Metric::Reach)
            .unwrap_or(0.0)
            .total_cmp(&a.totals.get(Metric::Reach).unwrap_or(0.0))
            .then(a.platform.cmp(&b.platform))
    });

    CampaignFigures {
        slug: entry.slug.clone(),
        name: campaign.name.clone(),
        brand: campaign.brand.clone(),
        currency: campaign.currency.clone().unwrap_or_else(|| config.currency.clone()).0,
        emv_currency: config.currency.0.clone(),
        objective: campaign.objective,
        start: campaign.start,
        end: campaign.end,
        budget: if hidden.budget { None } else { budget },
        budget_used,
        hidden,
        creator_count: creators.len(),
        post_count: creators.iter().map(|c| c.posts.len()).sum(),
        totals,
        creators,
        platforms,
        timeline: by_day
            .into_iter()
            .map(|(date, (posts, p))| DayResult { date, posts, engagements: p.engagements, reach: p.reach })
            .collect(),
        costs: if hidden.fees {
            Vec::new()
        } else {
            campaign.costs.iter().map(|c| CostLine { name: c.name.clone(), amount: c.amount.get() }).collect()
        },
        goals,
        parts,
        raw_cost: cost,
    }
}

/// Goal attainment: actual ÷ goal × 100, per goal; goals on hidden figures are left out.
fn goal_results(campaign: &Campaign, t: &Totals, hidden: &Hidden) -> Vec<GoalResult> {
    Metric::GOALS
        .into_iter()
        .filter(|m| !m.hidden_by(hidden))
        .filter_map(|metric| {
            let goal = metric.goal_in(&campaign.goals)?.get();
            let actual = t.get(metric);
            Some(GoalResult { metric, goal, actual, attainment: percent(actual, Some(goal)).and_then(finite) })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a model from YAML as the loader would (without its diagnostics).
    fn parse<T: serde::de::DeserializeOwned>(_file: &str, text: &str) -> Result<T, serde_saphyr::Error> {
        serde_saphyr::from_str(text)
    }
    use crate::model::config::SiteConfig;
    use std::path::PathBuf;

    fn site_with(campaign_src: &str) -> (Site, Entry<Campaign>) {
        let campaign: Campaign = parse("c.yaml", campaign_src).unwrap();
        let site = Site {
            root: PathBuf::from("."),
            config: SiteConfig::default(),
            creators: Vec::new(),
            campaigns: Vec::new(),
        };
        (site, Entry { slug: "c".to_string(), file: "c.yaml".to_string(), data: campaign })
    }

    /// Five creators at $2,000 each, 50,000 reach, 2,750 engagements, 55
    /// conversions and $25,000 revenue apiece.
    fn five_creators() -> String {
        let mut s = String::from("name: Five\nbudget: 12000\ncreators:\n");
        for i in 0..5 {
            s.push_str(&format!(
                "  - name: Creator {i}\n    fee: 2000\n    posts:\n      - {{platform: instagram, followers: 100000, reach: 50000, impressions: 80000, likes: 2500, comments: 250, clicks: 240, conversions: 55, revenue: 25000}}\n"
            ));
        }
        s
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-6)
    }

    #[test]
    fn worked_example_er_by_reach_and_cpa() {
        let (site, entry) = site_with(&five_creators());
        let f = campaign_figures(&entry, &site);
        let t = &f.totals;
        assert_eq!(t.get(Metric::Cost), Some(10_000.0));
        assert_eq!(t.get(Metric::Engagements), Some(13_750.0));
        assert_eq!(t.get(Metric::Reach), Some(250_000.0));
        assert!(close(t.get(Metric::ErReach), 5.5));
        // $10,000 ÷ 275 conversions = $36.36.
        assert!(close(t.get(Metric::Cpa), 10_000.0 / 275.0));
        assert_eq!(format!("{:.2}", t.get(Metric::Cpa).unwrap()), "36.36");
        // $10,000 cost and $125,000 revenue: ROAS 12.5×, ROI 1,150 %.
        assert_eq!(t.get(Metric::Revenue), Some(125_000.0));
        assert!(close(t.get(Metric::Roas), 12.5));
        assert!(close(t.get(Metric::Roi), 1150.0));
        // 1,200 clicks and 275 conversions; impressions 400,000: CTR 0.3 %, CPM $25, CPC $8.33.
        assert!(close(t.get(Metric::Ctr), 0.3));
        assert!(close(t.get(Metric::Cpm), 25.0));
        assert!(close(t.get(Metric::Cpc), 10_000.0 / 1200.0));
        // 2,750 ÷ 100,000 followers per post = 2.75 %.
        assert!(close(t.get(Metric::ErFollowers), 2.75));
        assert!(close(t.get(Metric::Cpe), 10_000.0 / 13_750.0));
        assert!(close(f.budget_used, 10_000.0 / 12_000.0 * 100.0));
        // Every creator: $2,000 for 55 conversions.
        assert!(close(f.creators[0].totals.get(Metric::Cpa), 2000.0 / 55.0));
        assert!(close(f.creators[0].totals.get(Metric::ErReach), 5.5));
    }

    #[test]
    fn worked_example_conversion_rate() {
        // 1,200 clicks and 180 conversions: 15 %.
        let (site, entry) = site_with(
            "name: C\ncreators:\n  - name: A\n    posts:\n      - {platform: tiktok, clicks: 1200, conversions: 180}\n",
        );
        let t = campaign_figures(&entry, &site).totals;
        assert!(close(t.get(Metric::ConversionRate), 15.0));
    }

    #[test]
    fn untracked_figures_are_not_available() {
        let (site, entry) = site_with(
            "name: C\ncreators:\n  - name: A\n    fee: 0\n    posts:\n      - {platform: tiktok, likes: 10}\n",
        );
        let t = campaign_figures(&entry, &site).totals;
        assert_eq!(t.get(Metric::Revenue), None);
        assert_eq!(t.get(Metric::Roas), None);
        assert_eq!(t.get(Metric::Roi), None);
        // A free collaboration costs nothing per engagement; conversions were not tracked.
        assert_eq!(t.get(Metric::Cost), Some(0.0));
        assert_eq!(t.get(Metric::Cpe), Some(0.0));
        assert_eq!(t.get(Metric::Cpa), None);
        assert_eq!(t.get(Metric::Ctr), None);
        assert_eq!(t.get(Metric::Emv), None);
    }

    #[test]
    fn ctr_falls_back_to_views_then_reach() {
        let (site, entry) = site_with(
            "name: C\ncreators:\n  - name: A\n    posts:\n      - {platform: instagram, views: 10000, reach: 8000, clicks: 100}\n      - {platform: instagram, reach: 5000, clicks: 50}\n",
        );
        let f = campaign_figures(&entry, &site);
        assert!(close(f.creators[0].posts[0].totals.get(Metric::Ctr), 1.0));
        assert!(close(f.creators[0].posts[1].totals.get(Metric::Ctr), 1.0));
        // Aggregate: 150 ÷ (10,000 + 5,000).
        assert!(close(f.totals.get(Metric::Ctr), 1.0));
    }

    #[test]
    fn campaign_costs_count_only_at_the_top() {
        let (site, entry) = site_with(
            "name: C\ncosts: [{name: Ads, amount: 500}]\ncreators:\n  - name: A\n    fee: 2000\n    product_cost: 150\n    posts:\n      - {platform: instagram, likes: 100, conversions: 10}\n",
        );
        let f = campaign_figures(&entry, &site);
        assert_eq!(f.creators[0].totals.get(Metric::Cost), Some(2150.0));
        assert_eq!(f.totals.get(Metric::Cost), Some(2650.0));
        assert!(close(f.totals.get(Metric::Cpa), 265.0));
    }

    #[test]
    fn emv_sums_count_times_value() {
        // 10,000 impressions × 0.005 + 500 likes × 0.10 + 20 comments × 0.50 = 50 + 50 + 10.
        let (mut site, entry) = site_with(
            "name: C\ncreators:\n  - name: A\n    posts:\n      - {platform: instagram, impressions: 10000, likes: 500, comments: 20}\n",
        );
        site.config.emv = Some(parse("e.yaml", "{impression: 0.005, like: 0.10, comment: 0.50}").unwrap());
        assert!(close(campaign_figures(&entry, &site).totals.get(Metric::Emv), 110.0));
    }

    #[test]
    fn emv_is_not_available_when_no_post_reports_a_priced_action() {
        // EMV prices impressions and likes; the posts report only clicks and reach.
        let (mut site, entry) = site_with(
            "name: C\ncreators:\n  - name: A\n    posts:\n      - {platform: instagram, clicks: 40, reach: 900}\n",
        );
        site.config.emv = Some(parse("e.yaml", "{impression: 0.005, like: 0.10}").unwrap());
        let f = campaign_figures(&entry, &site);
        assert_eq!(f.totals.get(Metric::Emv), None);
        assert_eq!(f.creators[0].totals.get(Metric::Emv), None);
        assert_eq!(f.creators[0].posts[0].totals.get(Metric::Emv), None);
        // A priced action reported as 0 is a reported 0.
        let (mut site, entry) = site_with(
            "name: C\ncreators:\n  - name: A\n    posts:\n      - {platform: instagram, likes: 0}\n      - {platform: instagram, clicks: 3}\n",
        );
        site.config.emv = Some(parse("e.yaml", "{impression: 0.005, like: 0.10}").unwrap());
        assert_eq!(campaign_figures(&entry, &site).totals.get(Metric::Emv), Some(0.0));
    }

    #[test]
    fn roi_of_a_huge_revenue_is_the_finite_figure_it_is() {
        // Revenue 1e308 on a cost of 1,000: ROAS 1e305×, ROI (1e308 − 1,000) ÷ 1,000 × 100 = 1e307 %.
        let (site, entry) = site_with(
            "name: C\ncreators:\n  - name: A\n    fee: 1000\n    posts:\n      - {platform: instagram, likes: 10, revenue: 1e308}\n",
        );
        let t = campaign_figures(&entry, &site).totals;
        let roi = t.get(Metric::Roi).expect("ROI is finite, so it is a figure");
        assert!((roi / 1e307 - 1.0).abs() < 1e-12, "{roi}");
        assert!((t.get(Metric::Roas).unwrap() / 1e305 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn hiding_fees_and_revenue_removes_derived_figures() {
        let mut src = five_creators();
        src.push_str("hide: [fees, revenue, budget]\ngoals: {roas: 4, conversions: 200}\n");
        let (site, entry) = site_with(&src);
        let f = campaign_figures(&entry, &site);
        let t = &f.totals;
        assert_eq!(
            (
                t.get(Metric::Cost),
                t.get(Metric::Cpa),
                t.get(Metric::Cpe),
                t.get(Metric::Cpm),
                t.get(Metric::Revenue),
                t.get(Metric::Roas),
                t.get(Metric::Roi)
            ),
            (None, None, None, None, None, None, None)
        );
        assert_eq!(f.budget, None);
        assert_eq!(f.budget_used, None);
        assert_eq!(f.creators[0].fee, None);
        assert_eq!(f.creators[0].totals.get(Metric::Cpa), None);
        assert!(close(t.get(Metric::ErReach), 5.5));
        assert_eq!(f.goals.len(), 1);
        assert_eq!(f.goals[0].metric, Metric::Conversions);
    }

    #[test]
    fn goal_attainment_is_actual_over_goal() {
        let mut src = five_creators();
        src.push_str("goals: {conversions: 250, roas: 10, engagement_rate: 5.5}\n");
        let (site, entry) = site_with(&src);
        let goals = campaign_figures(&entry, &site).goals;
        let get = |m: &str| goals.iter().find(|g| g.metric.goal_key() == m).unwrap();
        assert!(close(get("conversions").attainment, 110.0));
        assert!(close(get("roas").attainment, 125.0));
        assert!(close(get("engagement_rate").attainment, 50.0));
    }

    #[test]
    fn timeline_and_platforms_group_posts() {
        let (site, entry) = site_with(
            "name: C\ncreators:\n  - name: A\n    posts:\n      - {platform: instagram, date: 2026-03-02, likes: 10, reach: 100}\n      - {platform: tiktok, date: 2026-03-01, likes: 5, reach: 300}\n      - {platform: instagram, date: 2026-03-02, likes: 1}\n",
        );
        let f = campaign_figures(&entry, &site);
        assert_eq!(f.timeline.len(), 2);
        assert_eq!(f.timeline[0].engagements, Some(5.0));
        assert_eq!(f.timeline[1].engagements, Some(11.0));
        assert_eq!(f.platforms[0].platform, Platform::Tiktok);
        assert_eq!(f.platforms[1].posts, 2);
    }
}
