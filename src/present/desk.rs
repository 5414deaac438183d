//! The agency's desk (SPEC §12): the pages of the roster and of each facet
//! term with their pager, the lists of terms, the search index, brand
//! rollups and a creator's track record, every figure formatted here.

use serde::Serialize;

use crate::compute::brand::{BrandFigures, TRACK_METRICS, TrackEntry};
use crate::compute::campaign::CampaignFigures;
use crate::compute::facets::{Facet, Facets, Listing};
use crate::compute::metric::{Metric, Totals};
use crate::compute::{CreatorFigures, SiteFigures};
use crate::model::Entry;
use crate::model::creator::Creator;
use crate::model::values::Date;
use crate::present::Ctx;
use crate::present::charts::shapes::{self, Bar, Series};
use crate::present::charts::{Chart, finish_svg};
use crate::present::metrics;
use crate::present::report::{Cell, Column, Kpi, Table};
use crate::present::urls::{encode_path, page};

/// A link of the pager.
#[derive(Clone, Debug, Serialize)]
pub struct PagerLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Pager {
    pub page: usize,
    pub pages: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    /// The first and last page, the current one and two either side;
    /// `None` stands for a gap.
    pub links: Vec<Option<PagerLink>>,
}

/// The URL of page `n` of the listing in `dir`.
fn page_url(ctx: &Ctx, dir: &str, n: usize) -> String {
    ctx.urls.path(&encode_path(&page::listing(dir, n)))
}

pub fn pager(ctx: &Ctx, dir: &str, current: usize, pages: usize) -> Pager {
    let mut links = Vec::new();
    let mut last_shown = 0;
    for n in 1..=pages {
        if n == 1 || n == pages || n.abs_diff(current) <= 2 {
            if n > last_shown + 1 {
                links.push(None);
            }
            links.push(Some(PagerLink { number: n, url: page_url(ctx, dir, n), current: n == current }));
            last_shown = n;
        }
    }
    Pager {
        page: current,
        pages,
        prev: (current > 1).then(|| page_url(ctx, dir, current - 1)),
        next: (current < pages).then(|| page_url(ctx, dir, current + 1)),
        links,
    }
}

/// One page of a listing: what the template shows around the cards.
#[derive(Clone, Debug, Serialize)]
pub struct ListingView {
    /// `niches`, `tiers`, …; `None` on the roster.
    pub facet: Option<&'static str>,
    /// "Niche", "Tier", …
    pub facet_label: Option<&'static str>,
    /// The list of every term of the facet (`niches/`).
    pub facet_url: Option<String>,
    pub facet_plural: Option<&'static str>,
    pub term: Option<String>,
    pub title: String,
    /// Creators in the whole listing, and the span of this page ("25–48").
    pub count: usize,
    pub first: usize,
    pub last: usize,
    pub pager: Pager,
}

pub fn listing_view(ctx: &Ctx, listing: &Listing, current: usize, pages: usize, page_size: usize) -> ListingView {
    let count = listing.members.len();
    let first = ((current - 1) * page_size + 1).min(count);
    let last = (current * page_size).min(count);
    let dir = listing.dir();
    let (facet, term) = match &listing.facet {
        Some((facet, term)) => (Some(*facet), Some(term.label.clone())),
        None => (None, None),
    };
    let title = match (facet, &term) {
        (Some(Facet::Niche), Some(t)) => format!("{t} creators"),
        (Some(Facet::Tier), Some(t)) => format!("{t} creators"),
        (Some(Facet::Platform), Some(t)) => format!("Creators on {t}"),
        (Some(Facet::Location), Some(t)) => format!("Creators with an audience in {t}"),
        _ => ctx.site.title.clone(),
    };
    ListingView {
        facet: facet.map(Facet::dir),
        facet_label: facet.map(Facet::label),
        facet_url: facet.map(|f| ctx.urls.path(&format!("{}/", f.dir()))),
        facet_plural: facet.map(Facet::plural),
        term,
        title,
        count,
        first,
        last,
        pager: pager(ctx, &dir, current, pages),
    }
}

/// One term on the list of a facet's terms.
#[derive(Clone, Debug, Serialize)]
pub struct TermLink {
    pub slug: String,
    pub label: String,
    pub url: String,
    pub count: usize,
}

/// `niches/`, `tiers/`, …: every term of one facet with its count.
#[derive(Clone, Debug, Serialize)]
pub struct TermsView {
    pub facet: &'static str,
    /// The list of every term (`niches/`).
    pub url: String,
    pub title: &'static str,
    pub label: &'static str,
    pub terms: Vec<TermLink>,
}

/// The terms of each facet, most creators first, for the term lists and
/// the roster's "browse" links.
pub fn terms_views(ctx: &Ctx, listings: &[Listing]) -> Vec<TermsView> {
    Facet::ALL
        .into_iter()
        .map(|facet| {
            let mut terms: Vec<TermLink> = listings
                .iter()
                .filter_map(|l| {
                    let (f, term) = l.facet.as_ref()?;
                    (*f == facet).then(|| TermLink {
                        slug: term.slug.clone(),
                        label: term.label.clone(),
                        url: ctx.urls.path(&encode_path(&l.dir())),
                        count: l.members.len(),
                    })
                })
                .collect();
            // Tiers read best in their own order, the rest by size.
            if facet != Facet::Tier {
                terms.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
            } else {
                let rank =
                    |t: &TermLink| ["Mega", "Macro", "Micro", "Nano", "Emerging"].iter().position(|l| *l == t.label);
                terms.sort_by_key(rank);
            }
            TermsView {
                facet: facet.dir(),
                url: ctx.urls.path(&format!("{}/", facet.dir())),
                title: facet.plural(),
                label: facet.label(),
                terms,
            }
        })
        .collect()
}

// ---- the search index ----

/// `creators/index.json`: what the search box filters and sorts, one row a
/// creator in site order, with nothing a creator hides (location, audience,
/// rates).
#[derive(Clone, Debug, Serialize)]
pub struct SearchIndex {
    pub version: u32,
    pub columns: [&'static str; 13],
    pub creators: Vec<SearchRow>,
    /// Labels of the term slugs the rows use.
    pub niches: std::collections::BTreeMap<String, String>,
    pub countries: std::collections::BTreeMap<String, String>,
    pub tiers: Vec<(String, String)>,
    pub platforms: Vec<(String, String)>,
}

/// One creator as a row of `SearchIndex::columns`.
#[derive(Clone, Debug, Serialize)]
pub struct SearchRow(
    pub String,
    pub String,
    pub Option<String>,
    pub Vec<String>,
    pub Option<String>,
    pub Vec<&'static str>,
    pub Option<String>,
    pub Option<String>,
    pub Option<u64>,
    pub Option<f64>,
    pub Option<f64>,
    pub Option<String>,
    pub Option<String>,
);

pub const SEARCH_COLUMNS: [&str; 13] = [
    "slug",
    "name",
    "photo",
    "niches",
    "tier",
    "platforms",
    "location",
    "country",
    "followers",
    "er",
    "price_from",
    "currency",
    "rating",
];

pub fn search_row(e: &Entry<Creator>, f: &CreatorFigures, facets: &Facets, ctx: &Ctx) -> SearchRow {
    // The public profile: every section `hide:` names is already gone from it.
    let c = &*f.profile;
    let price = f.rates.as_ref().and_then(|r| r.lowest_price().map(|p| (p, r.currency.clone())));
    SearchRow(
        e.slug.clone(),
        c.name.clone(),
        c.photo.as_ref().map(|p| ctx.urls.asset(p)),
        facets.niches.iter().map(|t| t.slug.clone()).collect(),
        f.tier.map(|t| t.label().to_lowercase()),
        facets.platforms.iter().map(|p| p.key()).collect(),
        c.location.clone(),
        facets.country.as_ref().map(|t| t.slug.clone()),
        f.followers,
        f.er.map(|v| (v * 100.0).round() / 100.0),
        price.as_ref().map(|p| p.0),
        price.map(|p| p.1),
        f.rating.map(|r| r.key().to_string()),
    )
}

pub fn search_index(rows: Vec<SearchRow>, all: &[Facets]) -> SearchIndex {
    let mut niches = std::collections::BTreeMap::new();
    let mut countries = std::collections::BTreeMap::new();
    let mut tiers = std::collections::BTreeSet::new();
    let mut platforms = std::collections::BTreeSet::new();
    for f in all {
        for t in &f.niches {
            niches.entry(t.slug.clone()).or_insert_with(|| t.label.clone());
        }
        if let Some(t) = &f.country {
            countries.entry(t.slug.clone()).or_insert_with(|| t.label.clone());
        }
        tiers.extend(f.tier);
        platforms.extend(f.platforms.iter().copied());
    }
    SearchIndex {
        version: 1,
        columns: SEARCH_COLUMNS,
        creators: rows,
        niches,
        countries,
        tiers: tiers.into_iter().rev().map(|t| (t.label().to_lowercase(), t.label().to_string())).collect(),
        platforms: platforms.into_iter().map(|p| (p.key().to_string(), p.label().to_string())).collect(),
    }
}

// ---- brands ----

/// A brand as the roster and the list of brands show it.
#[derive(Clone, Debug, Serialize)]
pub struct BrandCard {
    pub name: String,
    pub url: String,
    pub campaigns: usize,
    pub creators: usize,
    pub dates: String,
    pub reach: String,
    pub engagements: String,
}

pub fn brand_card(b: &BrandFigures, ctx: &Ctx) -> BrandCard {
    BrandCard {
        name: b.name.clone(),
        url: ctx.urls.path(&encode_path(&page::brand(&b.slug))),
        campaigns: b.campaign_count,
        creators: b.creator_count,
        dates: ctx.fmt.date_range(b.start, b.end),
        reach: ctx.fmt.compact(b.totals.get(Metric::Reach)),
        engagements: ctx.fmt.compact(b.totals.get(Metric::Engagements)),
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct BrandUrls {
    pub page: String,
    pub data: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct BrandView {
    pub slug: String,
    pub name: String,
    pub dates: String,
    pub campaign_count: usize,
    pub creator_count: usize,
    pub post_count: usize,
    pub kpis: Vec<Kpi>,
    pub notes: Vec<String>,
    pub charts: Vec<Chart>,
    pub campaign_table: Table,
    pub creator_table: Table,
    pub urls: BrandUrls,
}

/// The tiles at the top of a brand page, in order.
const BRAND_KPIS: [Metric; 12] = [
    Metric::Reach,
    Metric::Impressions,
    Metric::Engagements,
    Metric::ErReach,
    Metric::Clicks,
    Metric::Conversions,
    Metric::Revenue,
    Metric::Cost,
    Metric::Roas,
    Metric::Cpe,
    Metric::Cpa,
    Metric::Emv,
];

const BRAND_COLUMNS: [Metric; 10] = [
    Metric::Reach,
    Metric::Engagements,
    Metric::ErFollowers,
    Metric::ErReach,
    Metric::Clicks,
    Metric::Conversions,
    Metric::Cost,
    Metric::Revenue,
    Metric::Roas,
    Metric::Cpa,
];

fn numeric(m: Metric) -> Column {
    let words = metrics::words(m);
    Column { label: words.short.to_string(), help: Some(words.help.to_string()), numeric: true }
}

fn text_col(label: &str, numeric: bool) -> Column {
    Column { label: label.to_string(), help: None, numeric }
}

fn cell(text: String) -> Cell {
    Cell { text, link: None }
}

/// Columns worth a place: reported for at least one row; ER by followers
/// only where no row has ER by reach.
fn useful(metrics: &[Metric], rows: &[&Totals]) -> Vec<Metric> {
    let has = |m: Metric| rows.iter().any(|t| t.get(m).is_some());
    metrics.iter().copied().filter(|m| has(*m) && !(*m == Metric::ErFollowers && has(Metric::ErReach))).collect()
}

pub fn brand_view(b: &BrandFigures, ctx: &Ctx) -> BrandView {
    let fmt = &ctx.fmt;
    let t = &b.totals;
    // Money across several currencies is not added up: shown per campaign.
    let currency = b.currency.clone().unwrap_or_default();
    let show = |m: Metric, t: &Totals, currency: &str, compact: bool| {
        metrics::show(fmt, m, t, currency, &b.emv_currency, compact)
    };
    let mut kpis = Vec::new();
    for m in BRAND_KPIS {
        if m.hidden_by(&b.hidden) || (m == Metric::Emv && ctx.config.emv.is_none()) {
            continue;
        }
        let m = match m {
            Metric::Impressions if t.get(Metric::Impressions).is_none() && t.get(Metric::Views).is_some() => {
                Metric::Views
            }
            Metric::ErReach if t.get(Metric::ErReach).is_none() && t.get(Metric::ErFollowers).is_some() => {
                Metric::ErFollowers
            }
            m => m,
        };
        if b.currency.is_none() && t.get(m).is_none() && m.unit() == crate::compute::metric::Unit::Money {
            continue;
        }
        let words = metrics::words(m);
        kpis.push(Kpi {
            metric: m,
            key: m.key(),
            label: words.label,
            value: show(m, t, &currency, true),
            help: words.help,
        });
    }

    let mut notes = Vec::new();
    let mut hidden = Vec::new();
    if b.hidden.fees {
        hidden.push("fees and costs");
    }
    if b.hidden.revenue {
        hidden.push("revenue");
    }
    if !hidden.is_empty() {
        notes.push(format!(
            "At least one of these campaigns leaves out {}, so this overview leaves out {} and every figure derived from {} for all of them.",
            hidden.join(" and "),
            if hidden.len() == 1 { "it" } else { "them" },
            if hidden.len() == 1 { "it" } else { "them" },
        ));
    }
    if b.currency.is_none() {
        notes.push(
            "These campaigns are in more than one currency: money is shown per campaign and not added up.".to_string(),
        );
    }

    // Campaigns in date order with their totals.
    let rows: Vec<&Totals> = b.campaigns.iter().map(|c| &c.totals).collect();
    let keys = useful(&BRAND_COLUMNS, &rows);
    let mut columns = vec![text_col("Campaign", false), text_col("Dates", false), text_col("Creators", true)];
    columns.extend(keys.iter().map(|m| numeric(*m)));
    let campaign_rows = b
        .campaigns
        .iter()
        .map(|c| {
            let mut row = vec![
                Cell { text: c.name.clone(), link: Some(ctx.urls.path(&page::report(&c.slug))) },
                cell(fmt.date_range(c.start, c.end)),
                cell(c.creators.to_string()),
            ];
            row.extend(keys.iter().map(|m| cell(show(*m, &c.totals, &c.currency, false))));
            row
        })
        .collect();
    let mut total = vec![
        cell("All campaigns".to_string()),
        cell(fmt.date_range(b.start, b.end)),
        cell(b.creator_count.to_string()),
    ];
    total.extend(keys.iter().map(|m| cell(show(*m, t, &currency, false))));
    let campaign_table = Table { columns, rows: campaign_rows, total: Some(total) };

    // Each creator across the campaigns.
    let rows: Vec<&Totals> = b.creators.iter().map(|c| &c.totals).collect();
    let keys = useful(&BRAND_COLUMNS, &rows);
    let mut columns = vec![text_col("Creator", false), text_col("Campaigns", true), text_col("Posts", true)];
    columns.extend(keys.iter().map(|m| numeric(*m)));
    let creator_rows = b
        .creators
        .iter()
        .map(|c| {
            let mut row = vec![
                Cell { text: c.name.clone(), link: c.has_profile.then(|| ctx.urls.path(&page::kit(&c.slug))) },
                cell(c.campaigns.len().to_string()),
                cell(c.posts.to_string()),
            ];
            row.extend(keys.iter().map(|m| cell(show(*m, &c.totals, &currency, false))));
            row
        })
        .collect();
    let creator_table = Table { columns, rows: creator_rows, total: None };

    BrandView {
        slug: b.slug.clone(),
        name: b.name.clone(),
        dates: fmt.date_range(b.start, b.end),
        campaign_count: b.campaign_count,
        creator_count: b.creator_count,
        post_count: b.post_count,
        kpis,
        notes,
        charts: brand_charts(b, ctx),
        campaign_table,
        creator_table,
        urls: BrandUrls {
            page: ctx.urls.path(&encode_path(&page::brand(&b.slug))),
            data: ctx.urls.path(&encode_path(&page::brand_json(&b.slug))),
        },
    }
}

/// Engagements and reach campaign by campaign, over time when at least two
/// campaigns are dated, else as columns in date order.
fn brand_charts(b: &BrandFigures, ctx: &Ctx) -> Vec<Chart> {
    let fmt = &ctx.fmt;
    let palette = &ctx.palette;
    let mut out = Vec::new();
    let dated: Vec<(Date, &crate::compute::brand::BrandCampaign)> =
        b.campaigns.iter().filter_map(|c| Some((c.start.or(c.end)?, c))).collect();
    let title = "Engagements by campaign over time".to_string();
    let table: Vec<Vec<String>> = b
        .campaigns
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                fmt.date(c.start.or(c.end)),
                fmt.count(c.totals.get(Metric::Engagements)),
                fmt.count(c.totals.get(Metric::Reach)),
            ]
        })
        .collect();
    let points: Vec<(i64, f64)> =
        dated.iter().filter_map(|(d, c)| Some((d.days_since_epoch(), c.totals.get(Metric::Engagements)?))).collect();
    let best = b
        .campaigns
        .iter()
        .filter_map(|c| Some((c, c.totals.get(Metric::Engagements)?)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let Some((best, most)) = best else { return out };
    if b.campaigns.len() < 2 {
        return out;
    }
    let summary = format!(
        "{title}: {} campaign{} from {} to {}. {} had the most, {} engagements.",
        b.campaign_count,
        if b.campaign_count == 1 { "" } else { "s" },
        fmt.date(b.start),
        fmt.date(b.end),
        best.name,
        fmt.count(Some(most))
    );
    let distinct_days = {
        let mut days: Vec<i64> = points.iter().map(|p| p.0).collect();
        days.dedup();
        days.len()
    };
    let svg = if distinct_days >= 2 {
        let series = [Series { name: "Engagements".into(), color: palette.primary, points }];
        let x_label = |x: i64| {
            let d = Date::from_days_since_epoch(x);
            fmt.locale.month_year(d.year, d.month)
        };
        let y_label = |y: f64| fmt.compact(Some(y));
        shapes::lines(&series, &[], &x_label, &y_label, palette, true)
    } else {
        let bars: Vec<Bar> = b
            .campaigns
            .iter()
            .filter_map(|c| {
                let v = c.totals.get(Metric::Engagements)?;
                Some(Bar { label: c.name.clone(), value: v, text: fmt.compact(Some(v)) })
            })
            .collect();
        shapes::columns(&bars, palette, palette.primary)
    };
    out.push(Chart {
        key: "chart-brand-timeline".to_string(),
        svg: finish_svg(&svg, "chart-brand-timeline", &title, &summary),
        title,
        summary,
        columns: ["Campaign", "Date", "Engagements", "Reach"].iter().map(|s| s.to_string()).collect(),
        rows: table,
    });
    out
}

// ---- a creator's track record ----

#[derive(Clone, Debug, Serialize)]
pub struct TrackRow {
    pub name: String,
    pub url: String,
    pub brand: Option<String>,
    pub brand_url: Option<String>,
    pub dates: String,
    pub posts: usize,
    pub figures: Vec<TrackFigure>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TrackFigure {
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct TrackRecordView {
    pub rows: Vec<TrackRow>,
    pub table: Table,
}

pub fn track_record_view(entries: &[TrackEntry], ctx: &Ctx) -> Option<TrackRecordView> {
    if entries.is_empty() {
        return None;
    }
    let fmt = &ctx.fmt;
    let totals: Vec<&Totals> = entries.iter().map(|e| &e.totals).collect();
    let keys = useful(&TRACK_METRICS, &totals);
    let show = |m: Metric, t: &Totals| metrics::show(fmt, m, t, "", "", false);
    let rows: Vec<TrackRow> = entries
        .iter()
        .map(|e| {
            let brand_slug = e.brand.as_deref().and_then(crate::compute::facets::term_slug);
            TrackRow {
                name: e.name.clone(),
                url: ctx.urls.path(&page::report(&e.campaign)),
                brand: e.brand.clone(),
                brand_url: brand_slug.map(|s| ctx.urls.path(&encode_path(&page::brand(&s)))),
                dates: fmt.date_range(e.start, e.end),
                posts: e.posts,
                figures: keys
                    .iter()
                    .map(|m| TrackFigure { key: m.key(), label: metrics::words(*m).short, value: show(*m, &e.totals) })
                    .collect(),
            }
        })
        .collect();
    let mut columns = vec![text_col("Campaign", false), text_col("Brand", false), text_col("Dates", false)];
    columns.push(text_col("Posts", true));
    columns.extend(keys.iter().map(|m| numeric(*m)));
    let table_rows = rows
        .iter()
        .zip(entries)
        .map(|(r, e)| {
            let mut row = vec![
                Cell { text: r.name.clone(), link: Some(r.url.clone()) },
                Cell { text: r.brand.clone().unwrap_or_else(|| "—".to_string()), link: None },
                cell(r.dates.clone()),
                cell(r.posts.to_string()),
            ];
            row.extend(keys.iter().map(|m| cell(show(*m, &e.totals))));
            row
        })
        .collect();
    Some(TrackRecordView { rows, table: Table { columns, rows: table_rows, total: None } })
}

/// The campaigns of a site that name `slug`, as figures.
pub fn campaigns_naming<'a>(figures: &'a SiteFigures, slug: &str) -> Vec<&'a CampaignFigures> {
    figures.campaigns.iter().filter(|c| c.creators.iter().any(|r| r.has_profile && r.slug == slug)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::SiteConfig;

    #[test]
    fn the_pager_shows_ends_and_neighbours() {
        let ctx = Ctx::new(&SiteConfig { base_url: "https://x.example/kits".into(), ..SiteConfig::default() });
        let p = pager(&ctx, "niches/food/", 6, 12);
        let shown: Vec<String> =
            p.links.iter().map(|l| l.as_ref().map_or("…".to_string(), |l| l.number.to_string())).collect();
        assert_eq!(shown, ["1", "…", "4", "5", "6", "7", "8", "…", "12"]);
        assert_eq!(p.prev.as_deref(), Some("/kits/niches/food/page/5/"));
        assert_eq!(p.next.as_deref(), Some("/kits/niches/food/page/7/"));
        let first = pager(&ctx, "", 1, 2);
        assert_eq!(first.prev, None);
        assert_eq!(first.links[0].as_ref().unwrap().url, "/kits/");
        assert_eq!(first.next.as_deref(), Some("/kits/page/2/"));
        let one = pager(&ctx, "", 1, 1);
        assert_eq!((one.prev, one.next, one.links.len()), (None, None, 1));
    }
}
