//! A campaign report, ready for the report page and the PDF: KPI tiles, goal
//! attainment, tables and charts, every figure formatted once.

use serde::Serialize;

use crate::compute::campaign::CampaignFigures;
use crate::compute::metric::{Metric, Totals};
use crate::model::campaign::Campaign;
use crate::present::Ctx;
use crate::present::charts::{self, Chart};
use crate::present::markdown;
use crate::present::metrics;
use crate::present::urls::page;

#[derive(Clone, Debug, Serialize)]
pub struct Kpi {
    #[serde(skip)]
    pub metric: Metric,
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
    pub help: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct GoalView {
    pub metric: &'static str,
    pub label: &'static str,
    pub goal: String,
    pub actual: String,
    pub attainment: String,
    /// 0–100, for the width of a progress bar.
    pub bar: f64,
    pub met: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Column {
    pub label: String,
    pub help: Option<String>,
    pub numeric: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub text: String,
    pub link: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    pub total: Option<Vec<Cell>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct BudgetView {
    pub budget: String,
    pub spent: String,
    pub used: String,
    pub bar: f64,
    pub over: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReportUrls {
    pub report: String,
    pub pdf: String,
    pub data: String,
    /// The rollup of every campaign of the same brand.
    pub brand: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReportView {
    pub slug: String,
    pub name: String,
    pub client: Option<String>,
    pub dates: String,
    pub objective: Option<&'static str>,
    pub currency: String,
    pub summary_html: Option<String>,
    pub summary_text: Option<String>,
    pub creator_count: usize,
    pub post_count: usize,
    pub kpis: Vec<Kpi>,
    pub goals: Vec<GoalView>,
    pub budget: Option<BudgetView>,
    pub costs: Vec<(String, String)>,
    pub charts: Vec<Chart>,
    pub creator_table: Table,
    pub post_table: Table,
    /// Why some figures are absent (`hide:`), for a footnote.
    pub hidden_note: Option<String>,
    pub urls: ReportUrls,
    #[serde(skip)]
    pub figures: CampaignFigures,
}

/// The tiles at the top of a report, in order.
const KPIS: [Metric; 14] = [
    Metric::Reach,
    Metric::Impressions,
    Metric::Engagements,
    Metric::ErReach,
    Metric::Clicks,
    Metric::Conversions,
    Metric::Revenue,
    Metric::Cost,
    Metric::Roas,
    Metric::Roi,
    Metric::Cpe,
    Metric::Cpm,
    Metric::Cpa,
    Metric::Emv,
];

fn fmt_metric(ctx: &Ctx, f: &CampaignFigures, m: Metric, t: &Totals, compact: bool) -> String {
    metrics::show(&ctx.fmt, m, t, &f.currency, &f.emv_currency, compact)
}

pub fn report_view(slug: &str, campaign: &Campaign, f: &CampaignFigures, ctx: &Ctx) -> ReportView {
    let fmt = &ctx.fmt;
    let t = &f.totals;
    let mut kpis = Vec::new();
    for m in KPIS {
        if m.hidden_by(&f.hidden) || (m == Metric::Emv && ctx.config.emv.is_none()) {
            continue;
        }
        // Instagram reports views rather than impressions; show what was tracked.
        let m = match m {
            Metric::Impressions if t.get(Metric::Impressions).is_none() && t.get(Metric::Views).is_some() => {
                Metric::Views
            }
            Metric::ErReach if t.get(Metric::ErReach).is_none() && t.get(Metric::ErFollowers).is_some() => {
                Metric::ErFollowers
            }
            m => m,
        };
        let words = metrics::words(m);
        kpis.push(Kpi {
            metric: m,
            key: m.key(),
            label: words.label,
            value: fmt_metric(ctx, f, m, t, true),
            help: words.help,
        });
    }

    let goals = f
        .goals
        .iter()
        .map(|g| {
            let show = |v: Option<f64>| metrics::format(fmt, g.metric, v, &f.currency, &f.emv_currency, false);
            GoalView {
                metric: g.metric.goal_key(),
                label: metrics::words(g.metric).label,
                goal: show(Some(g.goal)),
                actual: show(g.actual),
                attainment: fmt.percent(g.attainment),
                bar: g.attainment.unwrap_or(0.0).clamp(0.0, 100.0),
                met: g.attainment.is_some_and(|a| a >= 100.0),
            }
        })
        .collect();

    let budget = match (f.budget, f.budget_used) {
        (Some(b), Some(used)) => Some(BudgetView {
            budget: fmt.money(Some(b), &f.currency),
            spent: fmt.money(t.get(Metric::Cost), &f.currency),
            used: fmt.percent(Some(used)),
            bar: used.clamp(0.0, 100.0),
            over: used > 100.0,
        }),
        _ => None,
    };

    let charts = [
        charts::report::engagements_by_creator(f, fmt, &ctx.palette),
        charts::report::cost_vs_revenue(f, fmt, &ctx.palette),
        charts::report::reach_by_platform(f, fmt, &ctx.palette),
        charts::report::engagements_over_time(f, fmt, &ctx.palette),
        charts::report::funnel(f, fmt, &ctx.palette),
    ]
    .into_iter()
    .flatten()
    .collect();

    let mut hidden = Vec::new();
    if f.hidden.budget {
        hidden.push("budget");
    }
    if f.hidden.fees {
        hidden.push("fees and costs");
    }
    if f.hidden.revenue {
        hidden.push("revenue");
    }
    let hidden_note = (!hidden.is_empty()).then(|| {
        let list = match hidden.as_slice() {
            [one] => one.to_string(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
            [] => String::new(),
        };
        format!("This report leaves out {list} and the figures derived from them.")
    });

    ReportView {
        slug: slug.to_string(),
        name: f.name.clone(),
        client: f.brand.clone(),
        dates: fmt.date_range(f.start, f.end),
        objective: f.objective.map(|o| o.label()),
        currency: f.currency.clone(),
        summary_html: campaign.summary.as_deref().map(markdown::to_html),
        summary_text: campaign.summary.as_deref().map(markdown::to_plain),
        creator_count: f.creator_count,
        post_count: f.post_count,
        kpis,
        goals,
        budget,
        costs: f.costs.iter().map(|c| (c.name.clone(), fmt.money(Some(c.amount), &f.currency))).collect(),
        charts,
        creator_table: creator_table(f, ctx),
        post_table: post_table(f, ctx),
        hidden_note,
        urls: ReportUrls {
            report: ctx.urls.path(&page::report(slug)),
            pdf: ctx.urls.path(&page::report_pdf(slug)),
            data: ctx.urls.path(&page::report_json(slug)),
            brand: f
                .brand
                .as_deref()
                .and_then(crate::compute::facets::term_slug)
                .map(|s| ctx.urls.path(&crate::present::urls::encode_path(&page::brand(&s)))),
        },
        figures: f.clone(),
    }
}

const CREATOR_COLUMNS: [Metric; 10] = [
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
const POST_COLUMNS: [Metric; 8] = [
    Metric::Reach,
    Metric::Impressions,
    Metric::Views,
    Metric::Engagements,
    Metric::ErFollowers,
    Metric::Clicks,
    Metric::Conversions,
    Metric::Revenue,
];

/// Columns worth a place: not hidden, and reported for at least one row.
fn useful_columns(f: &CampaignFigures, metrics: &[Metric], rows: &[&Totals]) -> Vec<Metric> {
    metrics.iter().copied().filter(|m| !m.hidden_by(&f.hidden) && rows.iter().any(|t| t.get(*m).is_some())).collect()
}

fn numeric(m: Metric) -> Column {
    let words = metrics::words(m);
    Column { label: words.short.to_string(), help: Some(words.help.to_string()), numeric: true }
}

fn text_col(label: &str) -> Column {
    Column { label: label.to_string(), help: None, numeric: false }
}

fn cell(text: String) -> Cell {
    Cell { text, link: None }
}

fn creator_table(f: &CampaignFigures, ctx: &Ctx) -> Table {
    let totals: Vec<&Totals> = f.creators.iter().map(|c| &c.totals).collect();
    let keys = useful_columns(f, &CREATOR_COLUMNS, &totals);
    let mut columns = vec![text_col("Creator"), Column { label: "Posts".to_string(), help: None, numeric: true }];
    columns.extend(keys.iter().map(|m| numeric(*m)));
    let rows = f
        .creators
        .iter()
        .map(|c| {
            let mut row = vec![
                Cell { text: c.name.clone(), link: c.has_profile.then(|| ctx.urls.path(&page::kit(&c.slug))) },
                cell(c.posts.len().to_string()),
            ];
            row.extend(keys.iter().map(|m| cell(fmt_metric(ctx, f, *m, &c.totals, false))));
            row
        })
        .collect();
    let mut total = vec![cell("Total".to_string()), cell(f.post_count.to_string())];
    total.extend(keys.iter().map(|m| cell(fmt_metric(ctx, f, *m, &f.totals, false))));
    Table { columns, rows, total: Some(total) }
}

fn post_table(f: &CampaignFigures, ctx: &Ctx) -> Table {
    let posts: Vec<(&str, &crate::compute::campaign::PostFigures)> =
        f.creators.iter().flat_map(|c| c.posts.iter().map(move |p| (c.name.as_str(), p))).collect();
    let totals: Vec<&Totals> = posts.iter().map(|(_, p)| &p.totals).collect();
    let keys = useful_columns(f, &POST_COLUMNS, &totals);
    let mut columns = vec![text_col("Creator"), text_col("Date"), text_col("Post")];
    columns.extend(keys.iter().map(|m| numeric(*m)));
    let rows = posts
        .iter()
        .map(|(name, p)| {
            let kind = match p.format {
                Some(format) => format!("{} {}", p.platform.label(), format.label().to_lowercase()),
                None => p.platform.label().to_string(),
            };
            let mut row = vec![
                cell(name.to_string()),
                cell(p.date.map_or_else(|| "—".to_string(), |d| ctx.fmt.date(Some(d)))),
                Cell { text: kind, link: p.url.clone() },
            ];
            row.extend(keys.iter().map(|m| cell(fmt_metric(ctx, f, *m, &p.totals, false))));
            row
        })
        .collect();
    Table { columns, rows, total: None }
}
