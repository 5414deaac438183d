//! `creators.csv` and `posts.csv`: a campaign report's tables as
//! spreadsheets, written from the same figures as `data.json` (rounded the
//! same way, `hide:` applied the same way: a hidden figure has no column).

use crate::compute::campaign::CampaignFigures;
use crate::compute::metric::Metric;

/// A number as `data.json` writes it: four decimals at most, whole
/// numbers without a point; nothing for a figure that is not available.
fn number(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => {
            let rounded = (v * 10_000.0).round() / 10_000.0;
            if rounded.fract() == 0.0 && rounded.abs() < 9.0e15 {
                format!("{}", rounded as i64)
            } else {
                format!("{rounded}")
            }
        }
        _ => String::new(),
    }
}

/// Text from content or an export, kept from being read as a formula by a
/// spreadsheet (`=HYPERLINK(…)` in a post title).
fn text(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() }
}

fn metrics(figures: &CampaignFigures) -> Vec<Metric> {
    Metric::ALL.into_iter().filter(|m| !m.hidden_by(&figures.hidden)).collect()
}

fn write(rows: Vec<Vec<String>>) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail.
        let _ = w.write_record(&row);
    }
    w.into_inner().unwrap_or_default()
}

/// One row per creator: who, their posts, fee and product cost (unless
/// `hide: [fees]`), then every figure the report shows.
pub fn creators(figures: &CampaignFigures) -> Vec<u8> {
    let metrics = metrics(figures);
    let mut head: Vec<String> = vec!["creator".into(), "name".into(), "posts".into()];
    if !figures.hidden.fees {
        head.push("fee".into());
        head.push("product_cost".into());
    }
    head.extend(metrics.iter().map(|m| m.key().to_string()));
    let mut rows = vec![head];
    for c in &figures.creators {
        let mut row = vec![text(&c.slug), text(&c.name), c.posts.len().to_string()];
        if !figures.hidden.fees {
            row.push(number(c.fee));
            row.push(number(c.product_cost));
        }
        row.extend(metrics.iter().map(|m| number(c.totals.get(*m))));
        rows.push(row);
    }
    write(rows)
}

/// One row per post, with its creator.
pub fn posts(figures: &CampaignFigures) -> Vec<u8> {
    let metrics = metrics(figures);
    let mut head: Vec<String> =
        ["creator", "name", "platform", "format", "date", "url", "title", "promo_code", "followers"]
            .into_iter()
            .map(String::from)
            .collect();
    head.extend(metrics.iter().map(|m| m.key().to_string()));
    let mut rows = vec![head];
    for c in &figures.creators {
        for p in &c.posts {
            let mut row = vec![
                text(&c.slug),
                text(&c.name),
                p.platform.key().to_string(),
                p.format.map(|f| f.label().to_lowercase()).unwrap_or_default(),
                p.date.map(|d| d.iso()).unwrap_or_default(),
                text(p.url.as_deref().unwrap_or_default()),
                text(p.title.as_deref().unwrap_or_default()),
                text(p.promo_code.as_deref().unwrap_or_default()),
                number(p.followers),
            ];
            row.extend(metrics.iter().map(|m| number(p.totals.get(*m))));
            rows.push(row);
        }
    }
    write(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_text_as_a_spreadsheet_reads_them() {
        assert_eq!(number(Some(50000.0)), "50000");
        assert_eq!(number(Some(36.363636)), "36.3636");
        assert_eq!(number(None), "");
        assert_eq!(number(Some(f64::NAN)), "");
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text("Spring, \"glow\""), "Spring, \"glow\"");
        let out = String::from_utf8(write(vec![vec!["a,b".into(), "c".into()]])).unwrap();
        assert_eq!(out, "\"a,b\",c\r\n");
    }
}
