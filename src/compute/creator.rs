//! A creator's figures: per platform and across platforms, plus the rate card.

use std::sync::Arc;

use serde::Serialize;

use crate::compute::engagement::{
    HEALTHY_COMMENT_LIKE_RATIO, Interactions, Rating, average, average_ratio, comment_like_ratio, engagement_rate,
};
use crate::compute::growth::{GrowthStep, Spike, growth_steps, spikes};
use crate::compute::pricing::{PriceRange, addon_price, suggested_price};
use crate::compute::ratio::{percent, sum_present};
use crate::compute::redact::public_profile;
use crate::compute::tier::{Benchmark, Tier, benchmark, bounds_for, tier_of};
use crate::model::choices::{KitSection, Platform};
use crate::model::config::SiteConfig;
use crate::model::creator::{Creator, PlatformProfile, RecentPost};
use crate::model::values::{Count, Date};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Averages computed from `recent_posts`.
    RecentPosts,
    /// The `avg_*` fields as written.
    Averages,
}

#[derive(Clone, Debug, Serialize)]
pub struct PlatformFigures {
    pub platform: Platform,
    pub handle: Option<String>,
    pub url: Option<String>,
    pub followers: Option<u64>,
    pub tier: Option<Tier>,
    pub basis: Option<Basis>,
    /// How many recent posts the averages are taken over.
    pub posts: usize,
    pub avg_likes: Option<f64>,
    pub avg_comments: Option<f64>,
    pub avg_shares: Option<f64>,
    pub avg_saves: Option<f64>,
    pub avg_reach: Option<f64>,
    pub avg_views: Option<f64>,
    /// Average engagements per post.
    pub engagements: Option<f64>,
    pub er: Option<f64>,
    pub er_reach: Option<f64>,
    pub rating: Option<Rating>,
    pub benchmark: Option<Benchmark>,
    pub comment_like_ratio: Option<f64>,
    pub comment_like_healthy: Option<bool>,
    pub history: Vec<HistoryFigure>,
    pub monthly_growth: Vec<GrowthStep>,
    pub spikes: Vec<Spike>,
    pub suggested_price: Option<PriceRange>,
}

#[derive(Clone, Debug, Serialize)]
pub struct HistoryFigure {
    pub date: Date,
    pub followers: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct CreatorFigures {
    pub slug: String,
    pub name: String,
    /// The highest of the per-platform tiers.
    pub tier: Option<Tier>,
    pub followers: Option<u64>,
    /// Across platforms: Σ average engagements ÷ Σ followers.
    pub er: Option<f64>,
    pub rating: Option<Rating>,
    pub as_of: Option<Date>,
    /// The sections `hide:` keeps out of every output (their figures are
    /// empty or `null` here for that reason).
    pub hidden: Vec<KitSection>,
    pub platforms: Vec<PlatformFigures>,
    /// `None` when the creator has no rates or hides them.
    pub rates: Option<RateFigures>,
    /// The profile every output is made from, hidden sections removed (see
    /// [`redact`](crate::compute::redact)).
    #[serde(skip)]
    pub profile: Arc<Creator>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RateFigures {
    pub currency: String,
    pub items: Vec<RateItemFigures>,
    pub packages: Vec<PackageFigures>,
    pub addons: Vec<AddonFigures>,
}

impl RateFigures {
    /// The lowest price of a single deliverable or a package ("from $400").
    pub fn lowest_price(&self) -> Option<f64> {
        self.items
            .iter()
            .map(|i| i.price)
            .chain(self.packages.iter().map(|p| p.price))
            .fold(None, |low: Option<f64>, p| Some(low.map_or(p, |l| l.min(p))))
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct RateItemFigures {
    pub platform: Platform,
    pub deliverable: String,
    pub price: f64,
    /// From the engagements of the same platform.
    pub suggested: Option<PriceRange>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PackageFigures {
    pub name: String,
    pub includes: Vec<String>,
    pub price: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct AddonFigures {
    pub name: String,
    pub percent: Option<f64>,
    pub amount: Option<f64>,
    /// On the creator's highest single-item price, as an example.
    pub example: Option<f64>,
}

pub fn creator_figures(slug: &str, creator: &Creator, config: &SiteConfig) -> CreatorFigures {
    // Figures are computed from what the public may see, and only from that.
    let profile = Arc::new(public_profile(creator));
    let creator = profile.as_ref();
    let platforms: Vec<PlatformFigures> = creator.platforms.iter().map(|p| platform_figures(p, config)).collect();
    let tier = platforms.iter().filter_map(|p| p.tier).max();
    let followers = platforms
        .iter()
        .filter_map(|p| p.followers)
        .fold(None, |acc: Option<u64>, f| Some(acc.unwrap_or(0).saturating_add(f)));
    let with_both: Vec<&PlatformFigures> =
        platforms.iter().filter(|p| p.engagements.is_some() && p.followers.is_some()).collect();
    let er = if with_both.is_empty() {
        None
    } else {
        percent(
            sum_present(with_both.iter().map(|p| p.engagements)),
            sum_present(with_both.iter().map(|p| p.followers.map(|f| f as f64))),
        )
    };
    let rates = {
        creator.rates.as_ref().map(|r| {
            let currency = r.currency.clone().unwrap_or_else(|| config.currency.clone()).0;
            let items: Vec<RateItemFigures> = r
                .items
                .iter()
                .map(|i| RateItemFigures {
                    platform: i.platform,
                    deliverable: i.deliverable.clone(),
                    price: i.price.get(),
                    suggested: platforms.iter().find(|p| p.platform == i.platform).and_then(|p| p.suggested_price),
                })
                .collect();
            let top = items.iter().map(|i| i.price).fold(None, |acc: Option<f64>, p| Some(acc.map_or(p, |a| a.max(p))));
            RateFigures {
                currency,
                packages: r
                    .packages
                    .iter()
                    .map(|p| PackageFigures {
                        name: p.name.clone(),
                        includes: p.includes.clone(),
                        price: p.price.get(),
                    })
                    .collect(),
                addons: r
                    .addons
                    .iter()
                    .map(|a| {
                        let percent = a.percent.map(|v| v.get());
                        let amount = a.amount.map(|v| v.get());
                        AddonFigures {
                            name: a.name.clone(),
                            percent,
                            amount,
                            example: top.and_then(|base| addon_price(base, percent, amount)),
                        }
                    })
                    .collect(),
                items,
            }
        })
    };
    CreatorFigures {
        slug: slug.to_string(),
        name: creator.name.clone(),
        tier,
        followers,
        er,
        rating: er.map(Rating::of),
        as_of: creator.as_of,
        hidden: creator.hide.clone(),
        platforms,
        rates,
        profile: profile.clone(),
    }
}

fn interactions_of(post: &RecentPost) -> Interactions {
    let f = |c: Option<Count>| c.map(Count::get);
    Interactions {
        likes: f(post.likes),
        comments: f(post.comments),
        shares: f(post.shares),
        saves: f(post.saves),
        clicks: f(post.clicks),
    }
}

/// A recent post's engagements: its counted interactions, or the total a
/// platform reports when the post gives none of them (LinkedIn).
fn post_engagements(post: &RecentPost, counted: &[crate::model::choices::Interaction]) -> f64 {
    let interactions = interactions_of(post);
    match post.engagements {
        Some(total) if !interactions.reports_any(counted) => total.get(),
        _ => interactions.engagements(counted),
    }
}

pub fn platform_figures(p: &PlatformProfile, config: &SiteConfig) -> PlatformFigures {
    let counted = &config.engagement.counts;
    let how = config.engagement.average;
    let followers = p.followers.map(|c| c.0);
    let followers_f = followers.map(|f| f as f64);

    let (
        basis,
        posts,
        avg_likes,
        avg_comments,
        avg_shares,
        avg_saves,
        avg_reach,
        avg_views,
        engagements,
        er_reach,
        cl_ratio,
    );
    if !p.recent_posts.is_empty() {
        let list = &p.recent_posts;
        let avg_of = |get: fn(&RecentPost) -> Option<Count>| {
            let values: Vec<f64> = list.iter().filter_map(|r| get(r).map(Count::get)).collect();
            average(&values, how)
        };
        let per_post: Vec<f64> = list.iter().map(|r| post_engagements(r, counted)).collect();
        let reach_pairs: Vec<(f64, f64)> =
            list.iter().filter_map(|r| r.reach.map(|reach| (post_engagements(r, counted), reach.get()))).collect();
        let like_pairs: Vec<(f64, f64)> = list
            .iter()
            .filter_map(|r| match (r.comments, r.likes) {
                (Some(c), Some(l)) => Some((c.get(), l.get())),
                _ => None,
            })
            .collect();
        basis = Some(Basis::RecentPosts);
        posts = list.len();
        avg_likes = avg_of(|r| r.likes);
        avg_comments = avg_of(|r| r.comments);
        avg_shares = avg_of(|r| r.shares);
        avg_saves = avg_of(|r| r.saves);
        avg_reach = avg_of(|r| r.reach);
        avg_views = avg_of(|r| r.views);
        engagements = average(&per_post, how);
        er_reach = average_ratio(&reach_pairs, how);
        cl_ratio = average_ratio(&like_pairs, how);
    } else {
        let a = |v: Option<crate::model::values::Amount>| v.map(|x| x.get());
        let avg = Interactions {
            likes: a(p.avg_likes),
            comments: a(p.avg_comments),
            shares: a(p.avg_shares),
            saves: a(p.avg_saves),
            clicks: a(p.avg_clicks),
        };
        let reported = avg.reports_any(counted);
        basis = reported.then_some(Basis::Averages);
        posts = 0;
        avg_likes = avg.likes;
        avg_comments = avg.comments;
        avg_shares = avg.shares;
        avg_saves = avg.saves;
        avg_reach = a(p.avg_reach);
        avg_views = a(p.avg_views);
        engagements = reported.then(|| avg.engagements(counted));
        er_reach = percent(engagements, avg_reach);
        cl_ratio = comment_like_ratio(avg.comments, avg.likes);
    }

    let er = engagement_rate(engagements, followers_f);
    let tier = followers.map(|f| tier_of(f, bounds_for(&config.tiers, p.platform)));
    let mut history: Vec<(Date, u64)> = p.history.iter().map(|h| (h.date, h.followers.0)).collect();
    history.sort_by_key(|h| h.0);
    let steps = growth_steps(&history);
    PlatformFigures {
        platform: p.platform,
        handle: p.handle.clone(),
        url: p.url.as_ref().map(|u| u.0.clone()),
        followers,
        tier,
        basis,
        posts,
        avg_likes,
        avg_comments,
        avg_shares,
        avg_saves,
        avg_reach,
        avg_views,
        engagements,
        er,
        er_reach,
        rating: er.map(Rating::of),
        benchmark: tier.and_then(|t| benchmark(t, er)),
        comment_like_ratio: cl_ratio,
        comment_like_healthy: cl_ratio.map(|r| r >= HEALTHY_COMMENT_LIKE_RATIO),
        history: history.iter().map(|&(date, followers)| HistoryFigure { date, followers }).collect(),
        spikes: spikes(&steps),
        monthly_growth: steps,
        suggested_price: suggested_price(engagements),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a model from YAML as the loader would (without its diagnostics).
    fn parse<T: serde::de::DeserializeOwned>(_file: &str, text: &str) -> Result<T, serde_saphyr::Error> {
        serde_saphyr::from_str(text)
    }
    use crate::model::choices::Average;

    fn creator(src: &str) -> Creator {
        parse("t.yaml", src).unwrap()
    }

    #[test]
    fn averages_from_avg_fields() {
        // 2,100 + 180 + 95 + 240 = 2,615 engagements on 48,200 followers → 5.43 %.
        let c = creator(
            "name: Ava\nplatforms:\n  - platform: instagram\n    followers: 48200\n    avg_likes: 2100\n    avg_comments: 180\n    avg_shares: 95\n    avg_saves: 240\n    avg_reach: 21000\n",
        );
        let f = creator_figures("ava", &c, &SiteConfig::default());
        let ig = &f.platforms[0];
        assert_eq!(ig.engagements, Some(2615.0));
        assert!((ig.er.unwrap() - 5.4253).abs() < 1e-3);
        assert!((ig.er_reach.unwrap() - 12.4524).abs() < 1e-3);
        assert_eq!(ig.rating, Some(Rating::Good));
        assert_eq!(ig.tier, Some(Tier::Micro));
        assert_eq!(ig.benchmark.unwrap().position, Some(crate::compute::tier::Position::Within));
        assert_eq!(ig.basis, Some(Basis::Averages));
        let price = ig.suggested_price.unwrap();
        assert!((price.min - 261.5).abs() < 1e-9 && price.max == 2615.0);
    }

    #[test]
    fn recent_posts_take_precedence_and_respect_median() {
        // Per-post engagements 1,000, 1,200 and 5,000: mean 2,400, median 1,200; 20,000 followers.
        let src = "name: B\nplatforms:\n  - platform: tiktok\n    followers: 20000\n    avg_likes: 99999\n    recent_posts:\n      - {likes: 1000}\n      - {likes: 1200}\n      - {likes: 5000}\n";
        let c = creator(src);
        let mean = creator_figures("b", &c, &SiteConfig::default());
        assert_eq!(mean.platforms[0].engagements, Some(2400.0));
        assert_eq!(mean.platforms[0].er, Some(12.0));
        let mut config = SiteConfig::default();
        config.engagement.average = Average::Median;
        let median = creator_figures("b", &c, &config);
        assert_eq!(median.platforms[0].engagements, Some(1200.0));
        assert_eq!(median.platforms[0].er, Some(6.0));
        assert_eq!(median.platforms[0].posts, 3);
    }

    #[test]
    fn creator_tier_is_the_highest_and_er_sums_parts() {
        // IG 10,000 followers × 500 engagements, YT 200,000 × 2,000: tier macro,
        // ER (500 + 2,000) ÷ 210,000 = 1.19 %.
        let c = creator(
            "name: C\nplatforms:\n  - {platform: instagram, followers: 10000, avg_likes: 500}\n  - {platform: youtube, followers: 200000, avg_likes: 2000}\n",
        );
        let f = creator_figures("c", &c, &SiteConfig::default());
        assert_eq!(f.tier, Some(Tier::Macro));
        assert_eq!(f.followers, Some(210_000));
        assert!((f.er.unwrap() - 1.1905).abs() < 1e-3);
    }

    #[test]
    fn nothing_reported_is_not_available() {
        let c = creator("name: D\nplatforms:\n  - {platform: x, followers: 500}\n");
        let p = &creator_figures("d", &c, &SiteConfig::default()).platforms[0];
        assert_eq!((p.engagements, p.er, p.rating, p.suggested_price), (None, None, None, None));
        assert_eq!(p.tier, Some(Tier::Emerging));
        assert!(p.benchmark.is_none());
    }

    #[test]
    fn hidden_rates_are_not_published() {
        let c = creator(
            "name: E\nhide: [rates]\nplatforms:\n  - {platform: x, followers: 500}\nrates:\n  items:\n    - {platform: x, deliverable: post, price: 100}\n",
        );
        assert!(creator_figures("e", &c, &SiteConfig::default()).rates.is_none());
    }

    #[test]
    fn addon_example_uses_the_top_price() {
        let c = creator(
            "name: F\nplatforms:\n  - {platform: instagram, followers: 500}\nrates:\n  items:\n    - {platform: instagram, deliverable: reel, price: 1200}\n    - {platform: instagram, deliverable: story, price: 400}\n  addons:\n    - {name: Usage, percent: 25}\n    - {name: Rush, amount: 250}\n",
        );
        let r = creator_figures("f", &c, &SiteConfig::default()).rates.unwrap();
        assert_eq!(r.currency, "USD");
        assert_eq!(r.addons[0].example, Some(300.0));
        assert_eq!(r.addons[1].example, Some(250.0));
    }
}
