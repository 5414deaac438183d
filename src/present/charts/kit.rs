//! Charts of a media kit: audience and follower growth.

use crate::compute::creator::PlatformFigures;
use crate::model::creator::Audience;
use crate::present::charts::shapes::{self, Bar, Marker, Series};
use crate::present::charts::{Chart, Palette, finish_svg};
use crate::present::format::Formatter;

fn share_bars(group: &[(String, f64)], fmt: &Formatter) -> Vec<Bar> {
    group.iter().map(|(label, v)| Bar { label: label.clone(), value: *v, text: fmt.share(Some(*v)) }).collect()
}

fn table(rows: &[Bar]) -> Vec<Vec<String>> {
    rows.iter().map(|b| vec![b.label.clone(), b.text.clone()]).collect()
}

fn listing(rows: &[Bar]) -> String {
    rows.iter().map(|b| format!("{} {}", b.label, b.text)).collect::<Vec<_>>().join(", ")
}

fn label_case(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub fn gender(audience: &Audience, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
    let group: Vec<(String, f64)> = audience.gender.as_ref()?.iter().map(|(k, v)| (label_case(k), v.get())).collect();
    if group.is_empty() {
        return None;
    }
    let rows = share_bars(&group, fmt);
    let title = "Audience by gender".to_string();
    let summary = format!("{title}: {}.", listing(&rows));
    let svg = finish_svg(&shapes::donut(&rows, palette), "chart-gender", &title, &summary);
    Some(Chart {
        key: "chart-gender".into(),
        title,
        summary,
        svg,
        columns: vec!["Gender".into(), "Share".into()],
        rows: table(&rows),
    })
}

pub fn age(audience: &Audience, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
    let group: Vec<(String, f64)> = audience.age.as_ref()?.iter().map(|(k, v)| (k.clone(), v.get())).collect();
    if group.is_empty() {
        return None;
    }
    let rows = share_bars(&group, fmt);
    let title = "Audience by age".to_string();
    let top = rows
        .iter()
        .max_by(|a, b| a.value.total_cmp(&b.value))
        .map(|b| format!(" The largest group is {} ({}).", b.label, b.text))
        .unwrap_or_default();
    let summary = format!("{title}: {}.{top}", listing(&rows));
    let svg = finish_svg(&shapes::columns(&rows, palette, palette.primary), "chart-age", &title, &summary);
    Some(Chart {
        key: "chart-age".into(),
        title,
        summary,
        svg,
        columns: vec!["Age".into(), "Share".into()],
        rows: table(&rows),
    })
}

pub fn locations(audience: &Audience, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
    if audience.locations.is_empty() {
        return None;
    }
    let mut group: Vec<(String, f64)> = audience.locations.iter().map(|l| (l.name.clone(), l.share.get())).collect();
    group.sort_by(|a, b| b.1.total_cmp(&a.1));
    group.truncate(8);
    let rows = share_bars(&group, fmt);
    let title = "Top audience locations".to_string();
    let summary = format!("{title}: {}.", listing(&rows));
    let svg = finish_svg(&shapes::bars(&rows, palette, palette.accent), "chart-locations", &title, &summary);
    Some(Chart {
        key: "chart-locations".into(),
        title,
        summary,
        svg,
        columns: vec!["Location".into(), "Share".into()],
        rows: table(&rows),
    })
}

/// Follower count over time on one platform, spikes circled in red.
pub fn growth(p: &PlatformFigures, fmt: &Formatter, palette: &Palette) -> Option<Chart> {
    if p.history.len() < 2 {
        return None;
    }
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
                text: format!("{} spike", fmt.signed_percent(Some(s.growth))),
            })
        })
        .collect();
    let x_label = |x: i64| {
        let d = crate::model::values::Date::from_days_since_epoch(x);
        fmt.locale.month_year(d.year, d.month)
    };
    let y_label = |y: f64| fmt.compact(Some(y));
    let series = vec![Series { name: p.platform.label().to_string(), color: palette.primary, points }];
    let svg = shapes::lines(&series, &markers, &x_label, &y_label, palette, false);
    let title = format!("{} {} over time", p.platform.label(), p.platform.audience_word());
    let (first, last) = (&p.history[0], &p.history[p.history.len() - 1]);
    let mut summary = format!(
        "{title}: from {} on {} to {} on {}.",
        fmt.count(Some(first.followers as f64)),
        fmt.date(Some(first.date)),
        fmt.count(Some(last.followers as f64)),
        fmt.date(Some(last.date))
    );
    if p.spikes.is_empty() {
        summary.push_str(" No growth spikes.");
    } else {
        for s in &p.spikes {
            summary.push_str(&format!(
                " Growth spike of {} a month between {} and {}.",
                fmt.signed_percent(Some(s.growth)),
                fmt.date(Some(s.from)),
                fmt.date(Some(s.date))
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
                if s.spike { format!("{g} (spike)") } else { g }
            });
            vec![fmt.date(Some(h.date)), fmt.count(Some(h.followers as f64)), growth]
        })
        .collect();
    let svg = finish_svg(&svg, &key, &title, &summary);
    Some(Chart {
        key,
        title,
        summary,
        svg,
        columns: vec!["Date".into(), label_case(p.platform.audience_word()), "Monthly growth".into()],
        rows,
    })
}
