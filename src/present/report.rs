//! A campaign report, ready for the report page and the PDF: KPI tiles, goal
//! attainment, tables and charts, every figure formatted once.

use serde::Serialize;

use crate::compute::campaign::CampaignFigures;
use crate::compute::metric::{Metric, Totals};
use crate::model::campaign::Campaign;
use crate::model::values::Date;
use crate::present::Ctx;
use crate::present::charts::{self, Chart};
use crate::present::escape::escape_xml;
use crate::present::i18n::{self, Arg, Labels};
use crate::present::markdown;
use crate::present::metrics;
use crate::present::urls::page;

#[derive(Clone, Debug, Serialize)]
pub struct Kpi {
    #[serde(skip)]
    pub metric: Metric,
    pub key: &'static str,
    pub label: String,
    pub value: String,
    pub help: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct GoalView {
    pub metric: &'static str,
    pub label: String,
    pub goal: String,
    pub actual: String,
    pub attainment: String,
    /// 0–100, for the width of a progress bar.
    pub bar: f64,
    pub met: bool,
    /// "2,400 of 2,000 · 120.0%", and as HTML with the actual figure in bold.
    pub figures: String,
    pub figures_html: String,
    /// "Engagement rate: 120.0% of goal", for the bar's label.
    pub bar_label: String,
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
    pub figures: String,
    pub figures_html: String,
    pub bar_label: String,
}

/// "actual of goal · attainment" as text and as HTML with the actual in bold.
fn goal_figures(t: &Labels, actual: &str, goal: &str, attainment: &str) -> (String, String) {
    let with = |a: &str| {
        t.with(
            "report-goal-figures",
            &[("actual", Arg::Text(a)), ("goal", Arg::Text(goal)), ("attainment", Arg::Text(attainment))],
        )
    };
    let text = with(actual);
    // A private-use mark where the actual figure goes, escaped with the rest.
    const MARK: &str = "\u{E000}";
    let marked = escape_xml(&with(MARK));
    let html = marked.replacen(MARK, &format!("<strong>{}</strong>", escape_xml(actual)), 1);
    (text, html)
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
    pub objective: Option<String>,
    /// "Campaign report · Conversions".
    pub eyebrow: String,
    /// "for Lumen Skincare".
    pub client_text: Option<String>,
    /// `client_text` around the client's name ("for ", ""), for a link on
    /// the name; the whole text when the message does not show the name.
    pub client_before: String,
    pub client_after: String,
    /// "3 creators", "5 posts".
    pub creators_text: String,
    pub posts_text: String,
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
    /// "Campaign costs beyond creator fees: …", when there are any.
    pub costs_note: Option<String>,
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

/// "Mar 1 – 31, 2026", "from Mar 1, 2026", "until …", or nothing.
pub fn date_range(ctx: &Ctx, start: Option<Date>, end: Option<Date>) -> String {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    match (start, end) {
        (Some(s), Some(e)) => fmt.date_range(s, e),
        (Some(s), None) => t.with("report-from", &[("date", (&fmt.date(Some(s))).into())]),
        (None, Some(e)) => t.with("report-until", &[("date", (&fmt.date(Some(e))).into())]),
        (None, None) => String::new(),
    }
}

/// The words of "for { $client }" before and after the client's name.
fn client_parts(ctx: &Ctx) -> (String, String) {
    const NAME: &str = "\u{E000}";
    let text = ctx.t.with("report-for", &[("client", NAME.into())]);
    match text.split_once(NAME) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text, String::new()),
    }
}

pub fn report_view(slug: &str, campaign: &Campaign, f: &CampaignFigures, ctx: &Ctx) -> ReportView {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    let totals = &f.totals;
    let mut kpis = Vec::new();
    for m in KPIS {
        if m.hidden_by(&f.hidden) || (m == Metric::Emv && ctx.config.emv.is_none()) {
            continue;
        }
        // Instagram reports views rather than impressions; show what was tracked.
        let m = match m {
            Metric::Impressions if totals.get(Metric::Impressions).is_none() && totals.get(Metric::Views).is_some() => {
                Metric::Views
            }
            Metric::ErReach if totals.get(Metric::ErReach).is_none() && totals.get(Metric::ErFollowers).is_some() => {
                Metric::ErFollowers
            }
            m => m,
        };
        let words = metrics::words(m, t);
        kpis.push(Kpi {
            metric: m,
            key: m.key(),
            label: words.label,
            value: fmt_metric(ctx, f, m, totals, true),
            help: words.help,
        });
    }

    let goals = f
        .goals
        .iter()
        .map(|g| {
            let show = |v: Option<f64>| metrics::format(fmt, g.metric, v, &f.currency, &f.emv_currency, false);
            let label = metrics::words(g.metric, t).label;
            let (goal, actual, attainment) = (show(Some(g.goal)), show(g.actual), fmt.percent(g.attainment));
            let (figures, figures_html) = goal_figures(t, &actual, &goal, &attainment);
            GoalView {
                metric: g.metric.goal_key(),
                figures,
                figures_html,
                bar_label: t
                    .with("report-goal-bar", &[("label", (&label).into()), ("attainment", (&attainment).into())]),
                label,
                goal,
                actual,
                attainment,
                bar: g.attainment.unwrap_or(0.0).clamp(0.0, 100.0),
                met: g.attainment.is_some_and(|a| a >= 100.0),
            }
        })
        .collect();

    let budget = match (f.budget, f.budget_used) {
        (Some(b), Some(used_share)) => {
            let (budget, spent, used) = (
                fmt.money(Some(b), &f.currency),
                fmt.money(totals.get(Metric::Cost), &f.currency),
                fmt.percent(Some(used_share)),
            );
            let (figures, figures_html) = goal_figures(t, &spent, &budget, &used);
            Some(BudgetView {
                figures,
                figures_html,
                bar_label: t.with("report-budget-bar", &[("used", (&used).into())]),
                budget,
                spent,
                used,
                bar: used_share.clamp(0.0, 100.0),
                over: used_share > 100.0,
            })
        }
        _ => None,
    };

    let charts = [
        charts::report::engagements_by_creator(f, ctx),
        charts::report::cost_vs_revenue(f, ctx),
        charts::report::reach_by_platform(f, ctx),
        charts::report::engagements_over_time(f, ctx),
        charts::report::funnel(f, ctx),
    ]
    .into_iter()
    .flatten()
    .collect();

    let mut hidden = Vec::new();
    if f.hidden.budget {
        hidden.push(t.text("report-hidden-budget"));
    }
    if f.hidden.fees {
        hidden.push(t.text("report-hidden-fees"));
    }
    if f.hidden.revenue {
        hidden.push(t.text("report-hidden-revenue"));
    }
    let hidden_note =
        (!hidden.is_empty()).then(|| t.with("report-hidden-note", &[("list", (&i18n::join_list(t, &hidden)).into())]));
    let costs: Vec<(String, String)> =
        f.costs.iter().map(|c| (c.name.clone(), fmt.money(Some(c.amount), &f.currency))).collect();
    let costs_note = (!costs.is_empty()).then(|| {
        let list: Vec<String> = costs.iter().map(|(name, amount)| format!("{name} {amount}")).collect();
        t.with("report-costs", &[("costs", (&list.join(&t.text("list-separator"))).into())])
    });
    let objective = f.objective.map(|o| t.objective(o));
    let eyebrow = match &objective {
        Some(o) => format!("{} · {o}", t.text("report-eyebrow")),
        None => t.text("report-eyebrow"),
    };
    let counted = |id: &str, n: usize| t.with(id, &[("count", n.into()), ("n", (&fmt.count(Some(n as f64))).into())]);

    let (client_before, client_after) = client_parts(ctx);
    ReportView {
        slug: slug.to_string(),
        name: f.name.clone(),
        client: f.brand.clone(),
        dates: date_range(ctx, f.start, f.end),
        objective,
        eyebrow,
        client_text: f.brand.as_ref().map(|b| t.with("report-for", &[("client", b.into())])),
        client_before,
        client_after,
        creators_text: counted("report-creators", f.creator_count),
        posts_text: counted("report-posts", f.post_count),
        currency: f.currency.clone(),
        summary_html: campaign.summary.as_deref().map(markdown::to_html),
        summary_text: campaign.summary.as_deref().map(markdown::to_plain),
        creator_count: f.creator_count,
        post_count: f.post_count,
        kpis,
        goals,
        budget,
        costs,
        costs_note,
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

fn numeric(m: Metric, ctx: &Ctx) -> Column {
    let words = metrics::words(m, &ctx.t);
    Column { label: words.short, help: Some(words.help), numeric: true }
}

fn text_col(label: String) -> Column {
    Column { label, help: None, numeric: false }
}

fn cell(text: String) -> Cell {
    Cell { text, link: None }
}

fn creator_table(f: &CampaignFigures, ctx: &Ctx) -> Table {
    let totals: Vec<&Totals> = f.creators.iter().map(|c| &c.totals).collect();
    let keys = useful_columns(f, &CREATOR_COLUMNS, &totals);
    let t = &ctx.t;
    let mut columns = vec![
        text_col(t.text("report-col-creator")),
        Column { label: t.text("report-col-posts"), help: None, numeric: true },
    ];
    columns.extend(keys.iter().map(|m| numeric(*m, ctx)));
    let rows = f
        .creators
        .iter()
        .map(|c| {
            let mut row = vec![
                Cell { text: c.name.clone(), link: c.has_profile.then(|| ctx.urls.path(&page::kit(&c.slug))) },
                cell(ctx.fmt.count(Some(c.posts.len() as f64))),
            ];
            row.extend(keys.iter().map(|m| cell(fmt_metric(ctx, f, *m, &c.totals, false))));
            row
        })
        .collect();
    let mut total = vec![cell(t.text("report-total")), cell(ctx.fmt.count(Some(f.post_count as f64)))];
    total.extend(keys.iter().map(|m| cell(fmt_metric(ctx, f, *m, &f.totals, false))));
    Table { columns, rows, total: Some(total) }
}

fn post_table(f: &CampaignFigures, ctx: &Ctx) -> Table {
    let posts: Vec<(&str, &crate::compute::campaign::PostFigures)> =
        f.creators.iter().flat_map(|c| c.posts.iter().map(move |p| (c.name.as_str(), p))).collect();
    let totals: Vec<&Totals> = posts.iter().map(|(_, p)| &p.totals).collect();
    let keys = useful_columns(f, &POST_COLUMNS, &totals);
    let t = &ctx.t;
    let mut columns = vec![
        text_col(t.text("report-col-creator")),
        text_col(t.text("report-col-date")),
        text_col(t.text("report-col-post")),
    ];
    columns.extend(keys.iter().map(|m| numeric(*m, ctx)));
    let rows = posts
        .iter()
        .map(|(name, p)| {
            let kind = t.post_kind(p.platform, p.format);
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
