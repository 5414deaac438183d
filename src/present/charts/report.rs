//! Charts of a campaign report. They read the computed figures only.

use crate::compute::campaign::CampaignFigures;
use crate::compute::metric::Metric;
use crate::model::values::Date;
use crate::present::Ctx;
use crate::present::charts::shapes::{self, Bar, PairedSeries, Series, Stage};
use crate::present::charts::{Chart, finish_svg};
use crate::present::i18n::Arg;

fn chart(
    key: &str,
    title: String,
    summary: String,
    svg: &str,
    columns: [String; 2],
    rows: Vec<Vec<String>>,
    ctx: &Ctx,
) -> Chart {
    let svg = finish_svg(svg, key, &title, &summary, ctx.rtl());
    Chart::new(key, title, summary, svg, columns.to_vec(), rows, ctx)
}

/// Engagements by creator, largest first.
pub fn engagements_by_creator(f: &CampaignFigures, ctx: &Ctx) -> Option<Chart> {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    let mut rows: Vec<Bar> = f
        .creators
        .iter()
        .filter_map(|c| {
            c.totals.get(Metric::Engagements).map(|e| Bar {
                label: c.name.clone(),
                value: e,
                text: fmt.compact(Some(e)),
            })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    rows.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.label.cmp(&b.label)));
    let title = t.text("chart-engagements-title");
    let top = &rows[0];
    let n = fmt.count(Some(top.value));
    let summary = match f.totals.get(Metric::Engagements) {
        Some(total) => t.with(
            "chart-engagements-summary-total",
            &[
                ("title", (&title).into()),
                ("creator", (&top.label).into()),
                ("n", (&n).into()),
                ("total", (&fmt.count(Some(total))).into()),
            ],
        ),
        None => t.with(
            "chart-engagements-summary",
            &[("title", (&title).into()), ("creator", (&top.label).into()), ("n", (&n).into())],
        ),
    };
    let table = rows.iter().map(|b| vec![b.label.clone(), fmt.count(Some(b.value))]).collect();
    Some(chart(
        "chart-engagements",
        title,
        summary,
        &shapes::bars(&rows, &ctx.palette, ctx.palette.primary, ctx.rtl()),
        [t.text("report-col-creator"), t.text("metric-engagements")],
        table,
        ctx,
    ))
}

/// Cost against revenue per creator; absent when either is hidden or untracked.
pub fn cost_vs_revenue(f: &CampaignFigures, ctx: &Ctx) -> Option<Chart> {
    let (fmt, t, palette) = (&ctx.fmt, &ctx.t, &ctx.palette);
    if f.hidden.fees || f.hidden.revenue {
        return None;
    }
    let cost: Vec<Option<f64>> = f.creators.iter().map(|c| c.totals.get(Metric::Cost)).collect();
    let revenue: Vec<Option<f64>> = f.creators.iter().map(|c| c.totals.get(Metric::Revenue)).collect();
    if cost.iter().all(Option::is_none) || revenue.iter().all(Option::is_none) {
        return None;
    }
    let labels: Vec<String> = f.creators.iter().map(|c| c.name.clone()).collect();
    let cost_text: Vec<String> = cost.iter().map(|v| fmt.money_compact(*v, &f.currency)).collect();
    let revenue_text: Vec<String> = revenue.iter().map(|v| fmt.money_compact(*v, &f.currency)).collect();
    let (cost_name, revenue_name) = (t.text("metric-cost"), t.text("metric-revenue"));
    let svg = shapes::paired_bars(
        &labels,
        [
            PairedSeries { name: &cost_name, color: palette.muted, values: &cost, texts: &cost_text },
            PairedSeries { name: &revenue_name, color: palette.accent, values: &revenue, texts: &revenue_text },
        ],
        palette,
        ctx.rtl(),
    );
    let title = t.text("chart-cost-revenue-title");
    let summary = t.with(
        "chart-cost-revenue-summary",
        &[
            ("title", (&title).into()),
            ("cost", (&fmt.money(f.totals.get(Metric::Cost), &f.currency)).into()),
            ("revenue", (&fmt.money(f.totals.get(Metric::Revenue), &f.currency)).into()),
            ("roas", (&fmt.multiple(f.totals.get(Metric::Roas))).into()),
        ],
    );
    let rows = f
        .creators
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                format!(
                    "{} / {}",
                    fmt.money(c.totals.get(Metric::Cost), &f.currency),
                    fmt.money(c.totals.get(Metric::Revenue), &f.currency)
                ),
            ]
        })
        .collect();
    let columns = [t.text("report-col-creator"), t.text("chart-cost-revenue-column")];
    Some(chart("chart-cost-revenue", title, summary, &svg, columns, rows, ctx))
}

/// Reach by platform (falling back to engagements when no platform reports reach).
pub fn reach_by_platform(f: &CampaignFigures, ctx: &Ctx) -> Option<Chart> {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    let by_reach = f.platforms.iter().any(|p| p.totals.get(Metric::Reach).is_some());
    let rows: Vec<Bar> = f
        .platforms
        .iter()
        .filter_map(|p| {
            let v = if by_reach { p.totals.get(Metric::Reach) } else { p.totals.get(Metric::Engagements) }?;
            Some(Bar { label: t.platform(p.platform), value: v, text: fmt.compact(Some(v)) })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let (title, metric) = if by_reach {
        (t.text("chart-platforms-reach-title"), t.text("metric-reach"))
    } else {
        (t.text("chart-platforms-engagements-title"), t.text("metric-engagements"))
    };
    let listing: Vec<String> = rows.iter().map(|b| format!("{} {}", b.label, fmt.count(Some(b.value)))).collect();
    let summary = format!("{title}: {}.", listing.join(&t.text("list-separator")));
    let table = rows.iter().map(|b| vec![b.label.clone(), fmt.count(Some(b.value))]).collect();
    Some(chart(
        "chart-platforms",
        title,
        summary,
        &shapes::bars(&rows, &ctx.palette, ctx.palette.accent, ctx.rtl()),
        [t.text("chart-platform"), metric],
        table,
        ctx,
    ))
}

/// Engagements by post date.
pub fn engagements_over_time(f: &CampaignFigures, ctx: &Ctx) -> Option<Chart> {
    let (fmt, t, palette) = (&ctx.fmt, &ctx.t, &ctx.palette);
    let days: Vec<(Date, f64)> = f.timeline.iter().filter_map(|d| d.engagements.map(|e| (d.date, e))).collect();
    if days.len() < 2 {
        return None;
    }
    let points = days.iter().map(|(d, e)| (d.days_since_epoch(), *e)).collect();
    let series = [Series { name: t.text("metric-engagements"), color: palette.primary, points }];
    let x_label = |x: i64| fmt.day_month(Date::from_days_since_epoch(x));
    let y_label = |y: f64| fmt.compact(Some(y));
    let svg = shapes::lines(&series, &[], &x_label, &y_label, palette, true, ctx.rtl());
    let peak = days.iter().max_by(|a, b| a.1.total_cmp(&b.1)).copied();
    let title = t.text("chart-timeline-title");
    let summary = match peak {
        Some((date, e)) => t.with(
            "chart-timeline-summary",
            &[
                ("title", (&title).into()),
                ("from", (&fmt.date(Some(days[0].0))).into()),
                ("to", (&fmt.date(Some(days[days.len() - 1].0))).into()),
                ("n", (&fmt.count(Some(e))).into()),
                ("date", (&fmt.date(Some(date))).into()),
            ],
        ),
        None => title.clone(),
    };
    let rows = days.iter().map(|(d, e)| vec![fmt.date(Some(*d)), fmt.count(Some(*e))]).collect();
    let columns = [t.text("chart-date"), t.text("metric-engagements")];
    Some(chart("chart-timeline", title, summary, &svg, columns, rows, ctx))
}

/// Impressions → engagements → clicks → conversions, with the rate of each step.
pub fn funnel(f: &CampaignFigures, ctx: &Ctx) -> Option<Chart> {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    let totals = &f.totals;
    let top = [
        ("funnel-impressions", totals.get(Metric::Impressions)),
        ("funnel-views", totals.get(Metric::Views)),
        ("funnel-reach", totals.get(Metric::Reach)),
    ]
    .into_iter()
    .find(|(_, v)| v.is_some_and(|v| v > 0.0));
    let mut raw: Vec<(&str, f64)> = Vec::new();
    if let Some((id, Some(v))) = top {
        raw.push((id, v));
    }
    for (id, v) in [
        ("funnel-engagements", totals.get(Metric::Engagements)),
        ("funnel-clicks", totals.get(Metric::Clicks)),
        ("funnel-conversions", totals.get(Metric::Conversions)),
    ] {
        if let Some(v) = v {
            raw.push((id, v));
        }
    }
    if raw.len() < 3 {
        return None;
    }
    let stages: Vec<Stage> = raw
        .iter()
        .enumerate()
        .map(|(i, (id, v))| Stage {
            label: t.text(id),
            value: *v,
            text: fmt.count(Some(*v)),
            step: (i > 0).then(|| {
                let (prev_id, prev) = raw[i - 1];
                let share = fmt.percent(crate::compute::ratio::percent(Some(*v), Some(prev)));
                t.with(
                    "chart-funnel-step",
                    &[("share", Arg::Text(&share)), ("stage", Arg::Text(&t.attr(prev_id, "inline")))],
                )
            }),
        })
        .collect();
    let title = t.text("chart-funnel-title");
    let summary = format!(
        "{title}: {}.",
        raw.iter()
            .zip(&stages)
            .map(|((id, _), s)| {
                let name = t.attr(id, "inline");
                match &s.step {
                    Some(step) => format!("{} {name} ({step})", s.text),
                    None => format!("{} {name}", s.text),
                }
            })
            .collect::<Vec<_>>()
            .join(" → ")
    );
    let rows = stages.iter().map(|s| vec![s.label.clone(), s.text.clone()]).collect();
    let columns = [t.text("chart-funnel-stage"), t.text("chart-funnel-count")];
    Some(chart("chart-funnel", title, summary, &shapes::funnel(&stages, &ctx.palette, ctx.rtl()), columns, rows, ctx))
}
