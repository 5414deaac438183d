//! Charts of a media kit: audience and follower growth.

use crate::compute::creator::PlatformFigures;
use crate::model::creator::Audience;
use crate::present::Ctx;
use crate::present::charts::shapes::{self, Bar, Marker, Series};
use crate::present::charts::{Chart, finish_svg};
use crate::present::format::Formatter;

fn share_bars(group: &[(String, f64)], fmt: &Formatter) -> Vec<Bar> {
    group.iter().map(|(label, v)| Bar { label: label.clone(), value: *v, text: fmt.share(Some(*v)) }).collect()
}

fn table(rows: &[Bar]) -> Vec<Vec<String>> {
    rows.iter().map(|b| vec![b.label.clone(), b.text.clone()]).collect()
}

fn listing(rows: &[Bar], ctx: &Ctx) -> String {
    rows.iter().map(|b| format!("{} {}", b.label, b.text)).collect::<Vec<_>>().join(&ctx.t.text("list-separator"))
}

fn label_case(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// An audience key as a label: the usual gender keys in the reader's
/// language, anything else as the profile writes it.
fn gender_label(key: &str, ctx: &Ctx) -> String {
    match key.trim().to_lowercase().as_str() {
        k @ ("female" | "male" | "other") => ctx.t.text(&format!("gender-{k}")),
        _ => label_case(key),
    }
}

pub fn gender(audience: &Audience, ctx: &Ctx) -> Option<Chart> {
    let group: Vec<(String, f64)> =
        audience.gender.as_ref()?.iter().map(|(k, v)| (gender_label(k, ctx), v.get())).collect();
    if group.is_empty() {
        return None;
    }
    let rows = share_bars(&group, &ctx.fmt);
    let title = ctx.t.text("chart-gender-title");
    let summary = format!("{title}: {}.", listing(&rows, ctx));
    let svg = finish_svg(&shapes::donut(&rows, &ctx.palette, ctx.rtl()), "chart-gender", &title, &summary, ctx.rtl());
    Some(Chart::new(
        "chart-gender",
        title,
        summary,
        svg,
        vec![ctx.t.text("chart-gender-column"), ctx.t.text("chart-share")],
        table(&rows),
        ctx,
    ))
}

pub fn age(audience: &Audience, ctx: &Ctx) -> Option<Chart> {
    let group: Vec<(String, f64)> = audience.age.as_ref()?.iter().map(|(k, v)| (k.clone(), v.get())).collect();
    if group.is_empty() {
        return None;
    }
    let rows = share_bars(&group, &ctx.fmt);
    let title = ctx.t.text("chart-age-title");
    let top = rows
        .iter()
        .max_by(|a, b| a.value.total_cmp(&b.value))
        .map(|b| {
            format!(
                " {}",
                ctx.t.with("chart-age-largest", &[("group", (&b.label).into()), ("share", (&b.text).into())])
            )
        })
        .unwrap_or_default();
    let summary = format!("{title}: {}.{top}", listing(&rows, ctx));
    let palette = &ctx.palette;
    let svg = finish_svg(
        &shapes::columns(&rows, palette, palette.primary, ctx.rtl()),
        "chart-age",
        &title,
        &summary,
        ctx.rtl(),
    );
    Some(Chart::new(
        "chart-age",
        title,
        summary,
        svg,
        vec![ctx.t.text("chart-age-column"), ctx.t.text("chart-share")],
        table(&rows),
        ctx,
    ))
}

pub fn locations(audience: &Audience, ctx: &Ctx) -> Option<Chart> {
    if audience.locations.is_empty() {
        return None;
    }
    let mut group: Vec<(String, f64)> = audience.locations.iter().map(|l| (l.name.clone(), l.share.get())).collect();
    group.sort_by(|a, b| b.1.total_cmp(&a.1));
    group.truncate(8);
    let rows = share_bars(&group, &ctx.fmt);
    let title = ctx.t.text("chart-locations-title");
    let summary = format!("{title}: {}.", listing(&rows, ctx));
    let palette = &ctx.palette;
    let svg = finish_svg(
        &shapes::bars(&rows, palette, palette.accent, ctx.rtl()),
        "chart-locations",
        &title,
        &summary,
        ctx.rtl(),
    );
    Some(Chart::new(
        "chart-locations",
        title,
        summary,
        svg,
        vec![ctx.t.text("chart-locations-column"), ctx.t.text("chart-share")],
        table(&rows),
        ctx,
    ))
}

/// Follower count over time on one platform, spikes circled in red.
pub fn growth(p: &PlatformFigures, ctx: &Ctx) -> Option<Chart> {
    if p.history.len() < 2 {
        return None;
    }
    let (fmt, t, palette) = (&ctx.fmt, &ctx.t, &ctx.palette);
    let key = format!("chart-growth-{}", p.platform.key());
    let points: Vec<(i64, f64)> = p.history.iter().map(|h| (h.date.days_since_epoch(), h.followers as f64)).collect();
    let markers: Vec<Marker> = p
        .spikes
        .iter()
        .filter_map(|s| {
            let point = p.history.iter().find(|h| h.date == s.date)?;
            Some(Marker {
                x: s.date.days_since_epoch(),
                y: point.followers as f64,
                text: t.with("chart-growth-marker", &[("growth", (&fmt.signed_percent(Some(s.growth))).into())]),
            })
        })
        .collect();
    let x_label = |x: i64| fmt.month_year(crate::model::values::Date::from_days_since_epoch(x));
    let y_label = |y: f64| fmt.compact(Some(y));
    let platform = t.platform(p.platform);
    let series = vec![Series { name: platform.clone(), color: palette.primary, points }];
    let svg = shapes::lines(&series, &markers, &x_label, &y_label, palette, false, ctx.rtl());
    let title = t.with(
        "chart-growth-title",
        &[("platform", (&platform).into()), ("audience", (&t.audience(p.platform)).into())],
    );
    let (first, last) = (&p.history[0], &p.history[p.history.len() - 1]);
    let mut summary = t.with(
        "chart-growth-summary",
        &[
            ("title", (&title).into()),
            ("first", (&fmt.count(Some(first.followers as f64))).into()),
            ("first-date", (&fmt.date(Some(first.date))).into()),
            ("last", (&fmt.count(Some(last.followers as f64))).into()),
            ("last-date", (&fmt.date(Some(last.date))).into()),
        ],
    );
    if p.spikes.is_empty() {
        summary.push(' ');
        summary.push_str(&t.text("chart-growth-no-spikes"));
    } else {
        for s in &p.spikes {
            summary.push(' ');
            summary.push_str(&t.with(
                "chart-growth-spike",
                &[
                    ("growth", (&fmt.signed_percent(Some(s.growth))).into()),
                    ("from", (&fmt.date(Some(s.from))).into()),
                    ("to", (&fmt.date(Some(s.date))).into()),
                ],
            ));
        }
    }
    let rows = p
        .history
        .iter()
        .map(|h| {
            let step = p.monthly_growth.iter().find(|s| s.to == h.date);
            let growth = step.map_or_else(String::new, |s| {
                let g = fmt.signed_percent(s.growth);
                if s.spike { t.with("chart-growth-spike-cell", &[("growth", (&g).into())]) } else { g }
            });
            vec![fmt.date(Some(h.date)), fmt.count(Some(h.followers as f64)), growth]
        })
        .collect();
    let svg = finish_svg(&svg, &key, &title, &summary, ctx.rtl());
    let columns = vec![t.text("chart-date"), t.audience_heading(p.platform), t.text("chart-monthly-growth")];
    Some(Chart::new(&key, title, summary, svg, columns, rows, ctx))
}
