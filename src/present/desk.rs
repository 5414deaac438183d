//! The agency's desk (SPEC §12): the pages of the roster and of each facet
//! term with their pager, the lists of terms, the search index, brand
//! rollups and a creator's track record, every figure formatted here.

use serde::Serialize;

use crate::compute::brand::{BrandFigures, TRACK_METRICS, TrackEntry};
use crate::compute::campaign::CampaignFigures;
use crate::compute::facets::{Facet, Facets, Listing, Term};
use crate::compute::metric::{Metric, Totals};
use crate::compute::{CreatorFigures, SiteFigures};
use crate::model::Entry;
use crate::model::creator::Creator;
use crate::model::values::Date;
use crate::present::Ctx;
use crate::present::charts::shapes::{self, Bar, Series};
use crate::present::charts::{Chart, finish_svg};
use crate::present::i18n::join_list;
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
    pub facet_label: Option<String>,
    /// The list of every term of the facet (`niches/`).
    pub facet_url: Option<String>,
    /// "Niches", "Tiers", …
    pub facet_plural: Option<String>,
    /// "All niches": the link to the list of terms.
    pub facet_all: Option<String>,
    pub term: Option<String>,
    pub title: String,
    /// Creators in the whole listing, and the span of this page ("25–48").
    pub count: usize,
    pub first: usize,
    pub last: usize,
    pub pager: Pager,
    /// "12 creators" and, past one page, "25–48 on page 2 of 5".
    pub count_text: String,
    pub range_text: Option<String>,
}

/// How a term reads on a page: tiers and platforms in the page's language,
/// niches and countries as the profiles write them.
pub fn term_label(ctx: &Ctx, facet: Facet, term: &Term) -> String {
    match facet {
        Facet::Tier => ctx.t.text(&format!("tier-{}", term.slug)),
        Facet::Platform => ctx.t.text(&format!("platform-{}", term.slug)),
        Facet::Niche | Facet::Location => term.label.clone(),
    }
}

/// The facet's title ("Niches"), one term's kind ("Niche") and the link to
/// all of its terms ("All niches").
fn facet_words(ctx: &Ctx, facet: Facet) -> (String, String, String) {
    let id = format!("facet-{}", facet.dir());
    (ctx.t.text(&id), ctx.t.attr(&id, "one"), ctx.t.attr(&id, "all"))
}

/// A count in the page's language: `counted(ctx, "brands-count", 3)`.
pub fn counted(ctx: &Ctx, id: &str, n: usize) -> String {
    ctx.t.with(id, &[("count", n.into()), ("n", (&ctx.fmt.count(Some(n as f64))).into())])
}

pub fn listing_view(ctx: &Ctx, listing: &Listing, current: usize, pages: usize, page_size: usize) -> ListingView {
    let count = listing.members.len();
    let first = ((current - 1) * page_size + 1).min(count);
    let last = (current * page_size).min(count);
    let dir = listing.dir();
    let (facet, term) = match &listing.facet {
        Some((facet, term)) => (Some(*facet), Some(term_label(ctx, *facet, term))),
        None => (None, None),
    };
    let title = match (facet, &term) {
        (Some(f), Some(t)) => ctx.t.with(&format!("list-title-{}", f.dir()), &[("term", t.into())]),
        _ => ctx.site.title.clone(),
    };
    let words = facet.map(|f| facet_words(ctx, f));
    let n = |v: usize| ctx.fmt.count(Some(v as f64));
    let range_text = (pages > 1).then(|| {
        ctx.t.with(
            "list-range",
            &[
                ("first", (&n(first)).into()),
                ("last", (&n(last)).into()),
                ("page", (&n(current)).into()),
                ("pages", (&n(pages)).into()),
            ],
        )
    });
    ListingView {
        facet: facet.map(Facet::dir),
        facet_label: words.as_ref().map(|w| w.1.clone()),
        facet_url: facet.map(|f| ctx.urls.path(&format!("{}/", f.dir()))),
        facet_plural: words.as_ref().map(|w| w.0.clone()),
        facet_all: words.map(|w| w.2),
        term,
        title,
        count,
        first,
        last,
        pager: pager(ctx, &dir, current, pages),
        count_text: counted(ctx, "roster-creators-count", count),
        range_text,
    }
}

/// One term on the list of a facet's terms.
#[derive(Clone, Debug, Serialize)]
pub struct TermLink {
    pub slug: String,
    pub label: String,
    pub url: String,
    pub count: usize,
    /// "3 creators".
    pub count_text: String,
}

/// `niches/`, `tiers/`, …: every term of one facet with its count.
#[derive(Clone, Debug, Serialize)]
pub struct TermsView {
    pub facet: &'static str,
    /// The list of every term (`niches/`).
    pub url: String,
    /// "Niches".
    pub title: String,
    /// "Niche": one term's kind, as the search box names its field.
    pub label: String,
    /// "8 niches".
    pub count_text: String,
    /// "Creators of Northlight by niche", for link previews.
    pub description: String,
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
                        label: term_label(ctx, facet, term),
                        url: ctx.urls.path(&encode_path(&l.dir())),
                        count: l.members.len(),
                        count_text: counted(ctx, "roster-creators-count", l.members.len()),
                    })
                })
                .collect();
            // Tiers read best in their own order, the rest by size.
            if facet != Facet::Tier {
                terms.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
            } else {
                let rank =
                    |t: &TermLink| ["mega", "macro", "micro", "nano", "emerging"].iter().position(|l| *l == t.slug);
                terms.sort_by_key(rank);
            }
            let (title, label, _) = facet_words(ctx, facet);
            TermsView {
                facet: facet.dir(),
                url: ctx.urls.path(&format!("{}/", facet.dir())),
                title,
                label,
                count_text: counted(ctx, &format!("facet-{}-count", facet.dir()), terms.len()),
                description: ctx
                    .t
                    .with(&format!("facet-{}-description", facet.dir()), &[("brand", (&ctx.site.brand.name).into())]),
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
        f.tier.map(|t| t.key().to_string()),
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

pub fn search_index(rows: Vec<SearchRow>, all: &[Facets], ctx: &Ctx) -> SearchIndex {
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
        tiers: tiers.into_iter().rev().map(|t| (t.key().to_string(), ctx.t.tier(t))).collect(),
        platforms: platforms.into_iter().map(|p| (p.key().to_string(), ctx.t.platform(p))).collect(),
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
    /// "3 campaigns".
    pub campaigns_text: String,
}

pub fn brand_card(b: &BrandFigures, ctx: &Ctx) -> BrandCard {
    BrandCard {
        name: b.name.clone(),
        url: ctx.urls.path(&encode_path(&page::brand(&b.slug))),
        campaigns: b.campaign_count,
        creators: b.creator_count,
        dates: date_range(ctx, b.start, b.end),
        reach: ctx.fmt.compact(b.totals.get(Metric::Reach)),
        engagements: ctx.fmt.compact(b.totals.get(Metric::Engagements)),
        campaigns_text: counted(ctx, "roster-campaigns-count", b.campaign_count),
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
    /// "3 campaigns", "5 creators", "12 posts".
    pub campaigns_text: String,
    pub creators_text: String,
    pub posts_text: String,
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

fn numeric(m: Metric, ctx: &Ctx) -> Column {
    let words = metrics::words(m, &ctx.t);
    Column { label: words.short, help: Some(words.help), numeric: true }
}

fn text_col(ctx: &Ctx, id: &str, numeric: bool) -> Column {
    Column { label: ctx.t.text(id), help: None, numeric }
}

/// "Mar 1 – 31, 2026", "from Mar 1, 2026", or nothing, in the page's language.
fn date_range(ctx: &Ctx, start: Option<Date>, end: Option<Date>) -> String {
    crate::present::report::date_range(ctx, start, end)
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
        let words = metrics::words(m, &ctx.t);
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
        hidden.push(ctx.t.text("report-hidden-fees"));
    }
    if b.hidden.revenue {
        hidden.push(ctx.t.text("report-hidden-revenue"));
    }
    if !hidden.is_empty() {
        let list = join_list(&ctx.t, &hidden);
        notes.push(ctx.t.with("brand-hidden-note", &[("list", (&list).into()), ("count", hidden.len().into())]));
    }
    if b.currency.is_none() {
        notes.push(ctx.t.text("brand-currencies-note"));
    }

    // Campaigns in date order with their totals.
    let rows: Vec<&Totals> = b.campaigns.iter().map(|c| &c.totals).collect();
    let keys = useful(&BRAND_COLUMNS, &rows);
    let mut columns = vec![
        text_col(ctx, "desk-col-campaign", false),
        text_col(ctx, "desk-col-dates", false),
        text_col(ctx, "report-creators-heading", true),
    ];
    columns.extend(keys.iter().map(|m| numeric(*m, ctx)));
    let campaign_rows = b
        .campaigns
        .iter()
        .map(|c| {
            let mut row = vec![
                Cell { text: c.name.clone(), link: Some(ctx.urls.path(&page::report(&c.slug))) },
                cell(date_range(ctx, c.start, c.end)),
                cell(fmt.count(Some(c.creators as f64))),
            ];
            row.extend(keys.iter().map(|m| cell(show(*m, &c.totals, &c.currency, false))));
            row
        })
        .collect();
    let mut total = vec![
        cell(ctx.t.text("brand-all-campaigns")),
        cell(date_range(ctx, b.start, b.end)),
        cell(fmt.count(Some(b.creator_count as f64))),
    ];
    total.extend(keys.iter().map(|m| cell(show(*m, t, &currency, false))));
    let campaign_table = Table { columns, rows: campaign_rows, total: Some(total) };

    // Each creator across the campaigns.
    let rows: Vec<&Totals> = b.creators.iter().map(|c| &c.totals).collect();
    let keys = useful(&BRAND_COLUMNS, &rows);
    let mut columns = vec![
        text_col(ctx, "report-col-creator", false),
        text_col(ctx, "desk-col-campaigns", true),
        text_col(ctx, "report-col-posts", true),
    ];
    columns.extend(keys.iter().map(|m| numeric(*m, ctx)));
    let creator_rows = b
        .creators
        .iter()
        .map(|c| {
            let mut row = vec![
                Cell { text: c.name.clone(), link: c.has_profile.then(|| ctx.urls.path(&page::kit(&c.slug))) },
                cell(fmt.count(Some(c.campaigns.len() as f64))),
                cell(fmt.count(Some(c.posts as f64))),
            ];
            row.extend(keys.iter().map(|m| cell(show(*m, &c.totals, &currency, false))));
            row
        })
        .collect();
    let creator_table = Table { columns, rows: creator_rows, total: None };

    BrandView {
        slug: b.slug.clone(),
        name: b.name.clone(),
        dates: date_range(ctx, b.start, b.end),
        campaigns_text: counted(ctx, "roster-campaigns-count", b.campaign_count),
        creators_text: counted(ctx, "report-creators", b.creator_count),
        posts_text: counted(ctx, "report-posts", b.post_count),
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
    let t = &ctx.t;
    let rtl = ctx.rtl();
    let title = t.text("chart-brand-title");
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
    let summary = t.with(
        "chart-brand-summary",
        &[
            ("title", (&title).into()),
            ("campaigns", (&counted(ctx, "roster-campaigns-count", b.campaign_count)).into()),
            ("from", (&fmt.date(b.start)).into()),
            ("to", (&fmt.date(b.end)).into()),
            ("best", (&best.name).into()),
            ("n", (&fmt.count(Some(most))).into()),
        ],
    );
    let distinct_days = {
        let mut days: Vec<i64> = points.iter().map(|p| p.0).collect();
        days.dedup();
        days.len()
    };
    let svg = if distinct_days >= 2 {
        let series = [Series { name: t.text("metric-engagements"), color: palette.primary, points }];
        let x_label = |x: i64| fmt.month_year(Date::from_days_since_epoch(x));
        let y_label = |y: f64| fmt.compact(Some(y));
        shapes::lines(&series, &[], &x_label, &y_label, palette, true, rtl)
    } else {
        let bars: Vec<Bar> = b
            .campaigns
            .iter()
            .filter_map(|c| {
                let v = c.totals.get(Metric::Engagements)?;
                Some(Bar { label: c.name.clone(), value: v, text: fmt.compact(Some(v)) })
            })
            .collect();
        shapes::columns(&bars, palette, palette.primary, rtl)
    };
    out.push(Chart {
        key: "chart-brand-timeline".to_string(),
        svg: finish_svg(&svg, "chart-brand-timeline", &title, &summary, rtl),
        title,
        summary,
        columns: ["desk-col-campaign", "report-col-date", "metric-engagements", "metric-reach"]
            .iter()
            .map(|id| t.text(id))
            .collect(),
        rows: table,
        toggle: t.text("chart-show-data"),
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
    pub label: String,
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
                dates: date_range(ctx, e.start, e.end),
                posts: e.posts,
                figures: keys
                    .iter()
                    .map(|m| TrackFigure {
                        key: m.key(),
                        label: metrics::words(*m, &ctx.t).short,
                        value: show(*m, &e.totals),
                    })
                    .collect(),
            }
        })
        .collect();
    let mut columns = vec![
        text_col(ctx, "desk-col-campaign", false),
        text_col(ctx, "desk-col-brand", false),
        text_col(ctx, "desk-col-dates", false),
    ];
    columns.push(text_col(ctx, "report-col-posts", true));
    columns.extend(keys.iter().map(|m| numeric(*m, ctx)));
    let table_rows = rows
        .iter()
        .zip(entries)
        .map(|(r, e)| {
            let mut row = vec![
                Cell { text: r.name.clone(), link: Some(r.url.clone()) },
                Cell { text: r.brand.clone().unwrap_or_else(|| "—".to_string()), link: None },
                cell(r.dates.clone()),
                cell(fmt.count(Some(r.posts as f64))),
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

    fn ctx_in(locale: &str) -> Ctx {
        Ctx::new(&SiteConfig {
            locale: crate::model::locale::Locale::parse(locale).unwrap(),
            base_url: "https://x.example/kits".into(),
            ..SiteConfig::default()
        })
    }

    #[test]
    fn a_listing_reads_in_the_sites_language() {
        let tier = Listing {
            facet: Some((Facet::Tier, Term { slug: "micro".into(), label: "Micro".into() })),
            members: (0..30).collect(),
        };
        // 30 creators, 12 a page: page 2 shows 13 to 24.
        let de = listing_view(&ctx_in("de-DE"), &tier, 2, 3, 12);
        assert_eq!(de.title, "Micro-Creator");
        assert_eq!(de.count_text, "30 Creator");
        assert_eq!(de.range_text.as_deref(), Some("13–24 auf Seite 2 von 3"));
        assert_eq!(
            (de.facet_plural.as_deref(), de.facet_label.as_deref(), de.facet_all.as_deref()),
            (Some("Stufen"), Some("Stufe"), Some("Alle Stufen"))
        );
        let en = listing_view(&ctx_in("en-US"), &tier, 1, 3, 12);
        assert_eq!((en.title.as_str(), en.range_text.as_deref()), ("Micro creators", Some("1–12 on page 1 of 3")));
        let ar = listing_view(&ctx_in("ar-SA"), &tier, 3, 3, 12);
        assert_eq!(ar.title, "صنّاع محتوى فئة مايكرو");
        assert_eq!(ar.range_text.as_deref(), Some("٢٥–٣٠ في الصفحة ٣ من ٣"));
        // One page: no range.
        let one = Listing { facet: None, members: vec![0] };
        assert_eq!(listing_view(&ctx_in("de-DE"), &one, 1, 1, 12).range_text, None);
    }

    #[test]
    fn terms_keep_the_tier_order_in_every_language() {
        let listing = |slug: &str, n: usize| Listing {
            facet: Some((Facet::Tier, Term { slug: slug.into(), label: slug.into() })),
            members: (0..n).collect(),
        };
        let listings = [listing("nano", 5), listing("mega", 1), listing("micro", 2)];
        let views = terms_views(&ctx_in("fr-FR"), &listings);
        let tiers = views.iter().find(|v| v.facet == "tiers").unwrap();
        let shown: Vec<(&str, &str)> = tiers.terms.iter().map(|t| (t.slug.as_str(), t.label.as_str())).collect();
        assert_eq!(shown, [("mega", "Méga"), ("micro", "Micro"), ("nano", "Nano")]);
        assert_eq!((tiers.title.as_str(), tiers.count_text.as_str()), ("Catégories", "3 catégories"));
        assert_eq!(tiers.terms[0].count_text, "1 créateur");
    }
}
