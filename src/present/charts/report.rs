//! Charts of a campaign report. They read the computed figures only.

use crate::compute::campaign::CampaignFigures;
use crate::compute::metric::Metric;
use crate::model::values::Date;
use crate::present::charts::shapes::{self, Bar, PairedSeries, Series, Stage};
use crate::present::charts::{Chart, Palette, finish_svg};
use crate::present::format::Formatter;

fn chart(key: &str, title: String, summary: String, svg: &str, columns: [&str; 2], rows: Vec<Vec<String>>) -> Chart {
    Chart {
        key: key.to_string(),
        svg: finish_svg(svg, key, &title, &summary),
        title,
        summary,
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
    }
}

/// Engagements by creator, largest first.
pub fn engagements_by_creator(f: &CampaignFigures, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
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
    let title = "Engagements by creator".to_string();
    let top = &rows[0];
    let summary = format!(
        "{title}. {} led with {} engagements{}.",
        top.label,
        fmt.count(Some(top.value)),
        f.totals.get(Metric::Engagements).map(|t| format!(" of {} in total", fmt.count(Some(t)))).unwrap_or_default()
    );
    let table = rows.iter().map(|b| vec![b.label.clone(), fmt.count(Some(b.value))]).collect();
    Some(chart(
        "chart-engagements",
        title,
        summary,
        &shapes::bars(&rows, palette, palette.primary),
        ["Creator", "Engagements"],
        table,
    ))
}

/// Cost against revenue per creator; absent when either is hidden or untracked.
pub fn cost_vs_revenue(f: &CampaignFigures, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
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
    let svg = shapes::paired_bars(
        &labels,
        [
            PairedSeries { name: "Cost", color: palette.muted, values: &cost, texts: &cost_text },
            PairedSeries { name: "Revenue", color: palette.accent, values: &revenue, texts: &revenue_text },
        ],
        palette,
    );
    let title = "Cost vs revenue by creator".to_string();
    let summary = format!(
        "{title}. In total {} cost returned {} in revenue (ROAS {}).",
        fmt.money(f.totals.get(Metric::Cost), &f.currency),
        fmt.money(f.totals.get(Metric::Revenue), &f.currency),
        fmt.multiple(f.totals.get(Metric::Roas))
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
    Some(chart("chart-cost-revenue", title, summary, &svg, ["Creator", "Cost / revenue"], rows))
}

/// Reach by platform (falling back to engagements when no platform reports reach).
pub fn reach_by_platform(f: &CampaignFigures, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
    let by_reach = f.platforms.iter().any(|p| p.totals.get(Metric::Reach).is_some());
    let metric = if by_reach { "Reach" } else { "Engagements" };
    let rows: Vec<Bar> = f
        .platforms
        .iter()
        .filter_map(|p| {
            let v = if by_reach { p.totals.get(Metric::Reach) } else { p.totals.get(Metric::Engagements) }?;
            Some(Bar { label: p.platform.label().to_string(), value: v, text: fmt.compact(Some(v)) })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let title = format!("{metric} by platform");
    let summary = format!(
        "{title}: {}.",
        rows.iter().map(|b| format!("{} {}", b.label, fmt.count(Some(b.value)))).collect::<Vec<_>>().join(", ")
    );
    let table = rows.iter().map(|b| vec![b.label.clone(), fmt.count(Some(b.value))]).collect();
    Some(chart(
        "chart-platforms",
        title,
        summary,
        &shapes::bars(&rows, palette, palette.accent),
        ["Platform", metric],
        table,
    ))
}

/// Engagements by post date.
pub fn engagements_over_time(f: &CampaignFigures, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
    let days: Vec<(Date, f64)> = f.timeline.iter().filter_map(|d| d.engagements.map(|e| (d.date, e))).collect();
    if days.len() < 2 {
        return None;
    }
    let points = days.iter().map(|(d, e)| (d.days_since_epoch(), *e)).collect();
    let series = [Series { name: "Engagements".into(), color: palette.primary, points }];
    let x_label = |x: i64| {
        let d = Date::from_days_since_epoch(x);
        fmt.locale.day_month(d.month, d.day)
    };
    let y_label = |y: f64| fmt.compact(Some(y));
    let svg = shapes::lines(&series, &[], &x_label, &y_label, palette, true);
    let peak = days.iter().max_by(|a, b| a.1.total_cmp(&b.1)).copied();
    let title = "Engagements over time".to_string();
    let summary = match peak {
        Some((date, e)) => format!(
            "{title}, by post date, from {} to {}. The peak was {} engagements on {}.",
            fmt.date(Some(days[0].0)),
            fmt.date(Some(days[days.len() - 1].0)),
            fmt.count(Some(e)),
            fmt.date(Some(date))
        ),
        None => title.clone(),
    };
    let rows = days.iter().map(|(d, e)| vec![fmt.date(Some(*d)), fmt.count(Some(*e))]).collect();
    Some(chart("chart-timeline", title, summary, &svg, ["Date", "Engagements"], rows))
}

/// Impressions → engagements → clicks → conversions, with the rate of each step.
pub fn funnel(f: &CampaignFigures, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
    let t = &f.totals;
    let top =
        [("Impressions", t.get(Metric::Impressions)), ("Views", t.get(Metric::Views)), ("Reach", t.get(Metric::Reach))]
            .into_iter()
            .find(|(_, v)| v.is_some_and(|v| v > 0.0));
    let mut raw: Vec<(&str, f64)> = Vec::new();
    if let Some((label, Some(v))) = top {
        raw.push((label, v));
    }
    for (label, v) in [
        ("Engagements", t.get(Metric::Engagements)),
        ("Clicks", t.get(Metric::Clicks)),
        ("Conversions", t.get(Metric::Conversions)),
    ] {
        if let Some(v) = v {
            raw.push((label, v));
        }
    }
    if raw.len() < 3 {
        return None;
    }
    let stages: Vec<Stage> = raw
        .iter()
        .enumerate()
        .map(|(i, (label, v))| Stage {
            label: label.to_string(),
            value: *v,
            text: fmt.count(Some(*v)),
            step: (i > 0).then(|| {
                let (prev_label, prev) = raw[i - 1];
                format!(
                    "{} of {}",
                    fmt.percent(crate::compute::ratio::percent(Some(*v), Some(prev))),
                    prev_label.to_lowercase()
                )
            }),
        })
        .collect();
    let title = "Funnel".to_string();
    let summary = format!(
        "{title}: {}.",
        stages
            .iter()
            .map(|s| match &s.step {
                Some(step) => format!("{} {} ({step})", s.text, s.label.to_lowercase()),
                None => format!("{} {}", s.text, s.label.to_lowercase()),
            })
            .collect::<Vec<_>>()
            .join(" → ")
    );
    let rows = stages.iter().map(|s| vec![s.label.clone(), s.text.clone()]).collect();
    Some(chart("chart-funnel", title, summary, &shapes::funnel(&stages, palette), ["Stage", "Count"], rows))
}
