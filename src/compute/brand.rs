//! What every partnership returned (SPEC §12): a brand's rollup over all its
//! campaigns, and a creator's track record across the campaigns naming them.
//!
//! A rollup adds up the campaigns' [`Parts`] and costs as they were before
//! `hide:` and computes every metric from the sums ([`totals_of`]), so its
//! rates are Σ numerator ÷ Σ denominator, never averaged percentages. It then
//! hides what any of the brand's campaigns hides, everywhere in the rollup.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::compute::campaign::{CampaignFigures, Parts, totals_of};
use crate::compute::facets::term_slug;
use crate::compute::metric::{Hidden, Metric, Totals, Unit};
use crate::compute::ratio::sum_present;
use crate::model::values::Date;

/// The brands of a site: each brand slug with the indices of its campaigns
/// (`brands` in site order, one `brand:` a campaign), sorted by slug.
pub fn brand_groups<'a>(brands: impl Iterator<Item = Option<&'a str>>) -> BTreeMap<String, Vec<usize>> {
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, brand) in brands.enumerate() {
        if let Some(slug) = brand.and_then(term_slug) {
            groups.entry(slug).or_default().push(i);
        }
    }
    groups
}

/// One campaign in a rollup.
#[derive(Clone, Debug, Serialize)]
pub struct BrandCampaign {
    pub slug: String,
    pub name: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub currency: String,
    pub creators: usize,
    pub posts: usize,
    #[serde(flatten)]
    pub totals: Totals,
}

/// One creator's results across the brand's campaigns.
#[derive(Clone, Debug, Serialize)]
pub struct BrandCreator {
    pub slug: String,
    pub name: String,
    /// Whether the slug names a profile page on this site.
    pub has_profile: bool,
    /// The campaigns they took part in, by slug, in date order.
    pub campaigns: Vec<String>,
    pub posts: usize,
    #[serde(flatten)]
    pub totals: Totals,
}

#[derive(Clone, Debug, Serialize)]
pub struct BrandFigures {
    pub slug: String,
    pub name: String,
    /// The campaigns' currency; `None` when they use several, and then no
    /// money figure is added up across them.
    pub currency: Option<String>,
    pub emv_currency: String,
    /// What any of the campaigns hides, hidden here.
    pub hidden: Hidden,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub campaign_count: usize,
    pub creator_count: usize,
    pub post_count: usize,
    pub totals: Totals,
    /// In date order: by start (else end), undated last.
    pub campaigns: Vec<BrandCampaign>,
    /// Most engagements first.
    pub creators: Vec<BrandCreator>,
}

/// Whether a metric is an amount of money in the campaigns' own currency
/// (or drawn from one), so it cannot be added up across currencies.
fn in_campaign_currency(m: Metric) -> bool {
    m.unit() == Unit::Money || m.needs_cost() || m.needs_revenue()
}

fn redact(totals: &mut Totals, hidden: &Hidden, mixed: bool) {
    totals.redact(hidden);
    if mixed {
        for m in Metric::ALL.into_iter().filter(|m| in_campaign_currency(*m)) {
            totals.set(m, None);
        }
    }
}

/// Date order: by start, else end; undated last; then by name and slug.
fn date_key(c: &CampaignFigures) -> (bool, Option<Date>, &str, &str) {
    let date = c.start.or(c.end);
    (date.is_none(), date, c.name.as_str(), c.slug.as_str())
}

/// The rollup of one brand's campaigns (at least one).
pub fn brand_figures(slug: &str, campaigns: &[&CampaignFigures]) -> BrandFigures {
    let mut ordered: Vec<&CampaignFigures> = campaigns.to_vec();
    ordered.sort_by(|a, b| date_key(a).cmp(&date_key(b)));
    let hidden = ordered.iter().fold(Hidden::default(), |h, c| Hidden {
        budget: h.budget || c.hidden.budget,
        fees: h.fees || c.hidden.fees,
        revenue: h.revenue || c.hidden.revenue,
    });
    let first_currency = ordered.first().map(|c| c.currency.clone());
    let mixed = ordered.iter().any(|c| Some(&c.currency) != first_currency.as_ref());

    let mut totals =
        totals_of(&Parts::sum(ordered.iter().map(|c| c.parts)), sum_present(ordered.iter().map(|c| c.raw_cost)));
    redact(&mut totals, &hidden, mixed);

    let rows: Vec<BrandCampaign> = ordered
        .iter()
        .map(|c| {
            let mut t = totals_of(&c.parts, c.raw_cost);
            // A row is in its own currency; only what a campaign hides is left out.
            redact(&mut t, &hidden, false);
            BrandCampaign {
                slug: c.slug.clone(),
                name: c.name.clone(),
                start: c.start,
                end: c.end,
                currency: c.currency.clone(),
                creators: c.creator_count,
                posts: c.post_count,
                totals: t,
            }
        })
        .collect();

    // Each creator across campaigns: a profile by its slug, an inline
    // creator by the slug of their name.
    struct Acc {
        name: String,
        campaigns: Vec<String>,
        posts: usize,
        parts: Parts,
        costs: Vec<Option<f64>>,
    }
    let mut by_creator: BTreeMap<(bool, String), Acc> = BTreeMap::new();
    for c in &ordered {
        for r in &c.creators {
            let acc = by_creator.entry((r.has_profile, r.slug.clone())).or_insert_with(|| Acc {
                name: r.name.clone(),
                campaigns: Vec::new(),
                posts: 0,
                parts: Parts::default(),
                costs: Vec::new(),
            });
            if acc.campaigns.last() != Some(&c.slug) {
                acc.campaigns.push(c.slug.clone());
            }
            acc.posts += r.posts.len();
            acc.parts = acc.parts + r.parts;
            acc.costs.push(r.raw_cost);
        }
    }
    let mut creators: Vec<BrandCreator> = by_creator
        .into_iter()
        .map(|((has_profile, slug), acc)| {
            let mut t = totals_of(&acc.parts, sum_present(acc.costs));
            redact(&mut t, &hidden, mixed);
            BrandCreator { slug, name: acc.name, has_profile, campaigns: acc.campaigns, posts: acc.posts, totals: t }
        })
        .collect();
    let engagements = |c: &BrandCreator| c.totals.get(Metric::Engagements).unwrap_or(-1.0);
    creators
        .sort_by(|a, b| engagements(b).total_cmp(&engagements(a)).then(a.name.cmp(&b.name)).then(a.slug.cmp(&b.slug)));

    let dates: Vec<Date> = ordered.iter().flat_map(|c| [c.start, c.end]).flatten().collect();
    BrandFigures {
        slug: slug.to_string(),
        name: ordered.first().and_then(|c| c.brand.clone()).map(|b| b.trim().to_string()).unwrap_or_default(),
        currency: if mixed { None } else { first_currency },
        emv_currency: ordered.first().map(|c| c.emv_currency.clone()).unwrap_or_default(),
        hidden,
        start: dates.iter().min().copied(),
        end: dates.iter().max().copied(),
        campaign_count: rows.len(),
        creator_count: creators.len(),
        post_count: rows.iter().map(|r| r.posts).sum(),
        totals,
        campaigns: rows,
        creators,
    }
}

/// The figures a track record shows of each campaign (SPEC §12); `hide:`
/// never reaches them, and they are taken from the campaign's own results.
pub const TRACK_METRICS: [Metric; 5] =
    [Metric::Reach, Metric::Engagements, Metric::ErFollowers, Metric::Clicks, Metric::Conversions];

/// A creator's results in one campaign, as that campaign reports them.
#[derive(Clone, Debug, Serialize)]
pub struct TrackEntry {
    pub campaign: String,
    pub name: String,
    pub brand: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub posts: usize,
    #[serde(flatten)]
    pub totals: Totals,
}

/// The campaigns naming the profile `slug`, newest first, with the
/// creator's results in each (summed when a campaign lists them twice).
pub fn track_record(slug: &str, campaigns: &[&CampaignFigures]) -> Vec<TrackEntry> {
    let mut out: Vec<TrackEntry> = Vec::new();
    for c in campaigns {
        let rows: Vec<_> = c.creators.iter().filter(|r| r.has_profile && r.slug == slug).collect();
        if rows.is_empty() {
            continue;
        }
        let parts = Parts::sum(rows.iter().map(|r| r.parts));
        let computed = totals_of(&parts, None);
        let mut totals = Totals::default();
        for m in TRACK_METRICS.into_iter().filter(|m| !m.hidden_by(&c.hidden)) {
            totals.set(m, computed.get(m));
        }
        out.push(TrackEntry {
            campaign: c.slug.clone(),
            name: c.name.clone(),
            brand: c.brand.clone(),
            start: c.start,
            end: c.end,
            posts: rows.iter().map(|r| r.posts.len()).sum(),
            totals,
        });
    }
    out.sort_by(|a, b| {
        let key = |e: &TrackEntry| (e.start.or(e.end).is_none(), std::cmp::Reverse(e.start.or(e.end)));
        key(a).cmp(&key(b)).then(a.name.cmp(&b.name)).then(a.campaign.cmp(&b.campaign))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::campaign::campaign_figures;
    use crate::model::config::SiteConfig;
    use crate::model::{Entry, Site};
    use std::path::PathBuf;

    fn figures(slug: &str, yaml: &str) -> CampaignFigures {
        let site = Site {
            root: PathBuf::from("."),
            config: SiteConfig::default(),
            creators: Vec::new(),
            campaigns: Vec::new(),
        };
        let entry =
            Entry { slug: slug.into(), file: format!("{slug}.yaml"), data: serde_saphyr::from_str(yaml).unwrap() };
        campaign_figures(&entry, &site)
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    /// Spring: Ava 10,000 reach, 500 engagements; fee $1,000. Summer: Ava
    /// 30,000 reach, 600 engagements; Bo 10,000 reach, 900 engagements; fees
    /// $1,500 + $500 and $1,000 of ads. Rates averaged per campaign would
    /// give (5 % + 3.75 %) ÷ 2 = 4.375 %; from summed parts ER by reach is
    /// 2,000 ÷ 50,000 = 4 %.
    fn two_campaigns(summer_hides: &str) -> (CampaignFigures, CampaignFigures) {
        let spring = figures(
            "spring",
            "name: Spring\nbrand: Lumen Skincare\nstart: 2026-03-01\ncreators:\n  - name: Ava\n    fee: 1000\n    posts: [{platform: instagram, reach: 10000, likes: 500, clicks: 100, conversions: 10, revenue: 2000}]\n",
        );
        let summer = figures(
            "summer",
            &format!(
                "name: Summer\nbrand: lumen skincare\nstart: 2026-06-01\n{summer_hides}costs: [{{name: Ads, amount: 1000}}]\ncreators:\n  - name: Ava\n    fee: 1500\n    posts: [{{platform: instagram, reach: 30000, likes: 600, clicks: 300, conversions: 20, revenue: 6000}}]\n  - name: Bo\n    fee: 500\n    posts: [{{platform: tiktok, reach: 10000, likes: 900, clicks: 100}}]\n"
            ),
        );
        (spring, summer)
    }

    #[test]
    fn brands_group_by_slug() {
        let groups =
            brand_groups([Some("Lumen Skincare"), None, Some("lumen  skincare"), Some("Oak"), Some("!!")].into_iter());
        assert_eq!(groups.len(), 2);
        assert_eq!(groups["lumen-skincare"], [0, 2]);
        assert_eq!(groups["oak"], [3]);
    }

    #[test]
    fn worked_rollup_from_summed_parts() {
        let (spring, summer) = two_campaigns("");
        // Given out of date order: the rollup sorts them.
        let b = brand_figures("lumen-skincare", &[&summer, &spring]);
        assert_eq!(b.name, "Lumen Skincare");
        assert_eq!(b.campaigns.iter().map(|c| c.slug.as_str()).collect::<Vec<_>>(), ["spring", "summer"]);
        let t = &b.totals;
        assert_eq!(t.get(Metric::Reach), Some(50_000.0));
        assert_eq!(t.get(Metric::Engagements), Some(2_000.0));
        assert!(close(t.get(Metric::ErReach), 4.0));
        // Cost: 1,000 + (1,500 + 500 + 1,000 ads) = 4,000; revenue 8,000.
        assert_eq!(t.get(Metric::Cost), Some(4_000.0));
        assert_eq!(t.get(Metric::Revenue), Some(8_000.0));
        assert!(close(t.get(Metric::Roas), 2.0));
        assert!(close(t.get(Metric::Roi), 100.0));
        // 500 clicks, 30 conversions: CTR 500 ÷ 50,000 = 1 %, CPA 4,000 ÷ 30.
        assert!(close(t.get(Metric::Ctr), 1.0));
        assert!(close(t.get(Metric::Cpa), 4_000.0 / 30.0));
        // Conversion rate over the posts reporting both: 30 ÷ (100 + 300) = 7.5 %
        // (Bo's 100 clicks came with no conversions tracked).
        assert!(close(t.get(Metric::ConversionRate), 7.5));
        assert_eq!(b.campaigns[1].totals.get(Metric::Cost), Some(3_000.0));
        // Ava across both: 40,000 reach, 1,100 engagements, fees 2,500.
        let ava = b.creators.iter().find(|c| c.name == "Ava").unwrap();
        assert_eq!(ava.campaigns, ["spring", "summer"]);
        assert_eq!(ava.totals.get(Metric::Reach), Some(40_000.0));
        assert!(close(ava.totals.get(Metric::ErReach), 1_100.0 / 40_000.0 * 100.0));
        assert_eq!(ava.totals.get(Metric::Cost), Some(2_500.0));
        assert!(close(ava.totals.get(Metric::Roas), 8_000.0 / 2_500.0));
        assert_eq!(b.creators[0].name, "Ava", "most engagements first");
        assert_eq!((b.campaign_count, b.creator_count, b.post_count), (2, 2, 3));
        assert_eq!(b.start.map(|d| d.to_string()), Some("2026-03-01".to_string()));
    }

    #[test]
    fn a_figure_hidden_in_one_campaign_is_hidden_in_the_whole_rollup() {
        let (spring, summer) = two_campaigns("hide: [revenue]\n");
        let b = brand_figures("lumen-skincare", &[&spring, &summer]);
        assert!(b.hidden.revenue && !b.hidden.fees);
        for m in [Metric::Revenue, Metric::Roas, Metric::Roi] {
            assert_eq!(b.totals.get(m), None, "{m:?}");
            for c in &b.campaigns {
                assert_eq!(c.totals.get(m), None, "{} {m:?}", c.slug);
            }
            for c in &b.creators {
                assert_eq!(c.totals.get(m), None, "{} {m:?}", c.name);
            }
        }
        assert_eq!(b.totals.get(Metric::Cost), Some(4_000.0));
        let json = serde_json::to_string(&b).unwrap();
        assert!(!json.contains("6000") && !json.contains("8000"), "no revenue figure in {json}");
        let (spring, summer) = two_campaigns("hide: [fees]\n");
        let b = brand_figures("lumen-skincare", &[&spring, &summer]);
        for m in Metric::ALL.into_iter().filter(|m| m.needs_cost()) {
            assert_eq!(b.totals.get(m), None, "{m:?}");
            assert_eq!(b.campaigns[0].totals.get(m), None, "{m:?}");
        }
        assert_eq!(b.totals.get(Metric::Revenue), Some(8_000.0));
    }

    #[test]
    fn money_is_not_added_across_currencies() {
        let (spring, _) = two_campaigns("");
        let euro = figures(
            "fall",
            "name: Fall\nbrand: Lumen Skincare\ncurrency: EUR\ncreators:\n  - name: Ava\n    fee: 900\n    posts: [{platform: instagram, reach: 5000, likes: 50, revenue: 100}]\n",
        );
        let b = brand_figures("lumen-skincare", &[&spring, &euro]);
        assert_eq!(b.currency, None);
        assert_eq!(b.totals.get(Metric::Cost), None);
        assert_eq!(b.totals.get(Metric::Roas), None);
        assert_eq!(b.totals.get(Metric::Reach), Some(15_000.0));
        // Each campaign still shows its own money, in its own currency; undated last.
        assert_eq!(b.campaigns[1].currency, "EUR");
        assert_eq!(b.campaigns[1].totals.get(Metric::Cost), Some(900.0));
    }

    #[test]
    fn a_track_record_shows_the_campaigns_results_without_cost_or_revenue() {
        let (spring, summer) = two_campaigns("hide: [fees, revenue]\n");
        let site = Site {
            root: PathBuf::from("."),
            config: SiteConfig::default(),
            creators: vec![Entry {
                slug: "ava".into(),
                file: "ava.yaml".into(),
                data: serde_saphyr::from_str("name: Ava\nplatforms: [{platform: instagram, followers: 20000}]\n")
                    .unwrap(),
            }],
            campaigns: Vec::new(),
        };
        let with_profile = |slug: &str, yaml: &str| {
            let entry = Entry { slug: slug.into(), file: String::new(), data: serde_saphyr::from_str(yaml).unwrap() };
            campaign_figures(&entry, &site)
        };
        let a = with_profile(
            "a",
            "name: A\nstart: 2026-01-05\ncreators:\n  - creator: ava\n    fee: 100\n    posts: [{platform: instagram, reach: 1000, likes: 100, comments: 20}]\n  - creator: ava\n    posts: [{platform: instagram, reach: 1000, likes: 80, clicks: 7}]\n",
        );
        let b = with_profile(
            "b",
            "name: B\nstart: 2026-02-01\ncreators:\n  - creator: ava\n    posts: [{platform: instagram, likes: 1}]\n",
        );
        let record = track_record("ava", &[&a, &b, &spring, &summer]);
        assert_eq!(record.iter().map(|e| e.campaign.as_str()).collect::<Vec<_>>(), ["b", "a"], "newest first");
        let a = &record[1];
        // 200 engagements on 2 × 20,000 followers = 0.5 %; both entries summed.
        assert_eq!(a.totals.get(Metric::Engagements), Some(200.0));
        assert_eq!(a.totals.get(Metric::Reach), Some(2000.0));
        assert!(close(a.totals.get(Metric::ErFollowers), 0.5));
        assert_eq!(a.totals.get(Metric::Clicks), Some(7.0));
        assert_eq!(a.posts, 2);
        assert_eq!(a.totals.get(Metric::Cost), None, "a track record shows no cost");
        assert_eq!(a.totals.get(Metric::ErReach), None);
        // Inline creators named "Ava" are no profile: spring and summer are not hers.
        assert_eq!(track_record("ava", &[&spring]).len(), 0);
    }
}
