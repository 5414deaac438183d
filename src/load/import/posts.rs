//! `posts_from:` — a campaign's posts from the agency's own spreadsheets,
//! one row a post.

use crate::diagnostics::{Diagnostic, suggest};
use crate::load::Finding;
use crate::model::campaign::{Campaign, CampaignCreator, Post};
use crate::model::choices::{Platform, PostFormat};
use crate::model::import::PostsSource;
use crate::model::values::{Amount, Count, Link, check_link, clip};

use super::exports::normal;
use super::table::{Cell, Row, Table};
use super::values::{self, DateValue, NumberStyle};

/// The post fields a sheet may hold, with the headers taken for each.
const FIELDS: [(&str, &[&str]); 18] = [
    ("creator", &["creator", "influencer", "creator name", "name", "talent", "slug", "profile"]),
    ("platform", &["platform", "channel", "network", "social network"]),
    ("format", &["format", "type", "post type", "content type", "media type"]),
    ("date", &["date", "post date", "posted", "posted on", "published", "publish date", "date posted"]),
    ("url", &["url", "link", "post url", "post link", "permalink"]),
    ("title", &["title", "caption", "post title"]),
    ("followers", &["followers", "audience", "audience size", "followers at posting", "subscribers"]),
    ("reach", &["reach", "accounts reached", "unique reach"]),
    ("impressions", &["impressions", "impr.", "impr", "imps"]),
    ("views", &["views", "video views", "plays"]),
    ("likes", &["likes", "hearts", "reactions"]),
    ("comments", &["comments", "replies"]),
    ("shares", &["shares", "reposts", "sends"]),
    ("saves", &["saves", "bookmarks", "favorites", "favourites"]),
    ("clicks", &["clicks", "link clicks", "swipe ups", "link taps", "taps"]),
    ("conversions", &["conversions", "sales", "orders", "purchases"]),
    ("revenue", &["revenue", "sales revenue", "gmv", "sales value", "order value"]),
    ("promo_code", &["promo code", "promo_code", "code", "discount code", "coupon", "coupon code"]),
];

pub fn field_keys() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().map(|(k, _)| *k)
}

fn field_of(header: &str) -> Option<&'static str> {
    let h = normal(header).replace('_', " ");
    FIELDS.iter().find(|(k, words)| *k == h || words.contains(&h.as_str())).map(|(k, _)| *k)
}

fn platform_of(text: &str) -> Option<Platform> {
    let t = normal(text);
    let t = t.trim_start_matches("ig ").trim();
    Platform::ALL.into_iter().find(|p| p.key() == t || p.label().to_lowercase() == t).or(match t {
        "ig" | "insta" => Some(Platform::Instagram),
        "tt" | "tik tok" => Some(Platform::Tiktok),
        "yt" => Some(Platform::Youtube),
        "twitter" => Some(Platform::X),
        "li" => Some(Platform::Linkedin),
        _ => None,
    })
}

const FORMATS: [(PostFormat, &[&str]); 7] = [
    (PostFormat::Post, &["post", "image", "photo", "feed post", "static"]),
    (PostFormat::Reel, &["reel", "reels"]),
    (PostFormat::Story, &["story", "stories"]),
    (PostFormat::Video, &["video"]),
    (PostFormat::Short, &["short", "shorts"]),
    (PostFormat::Live, &["live", "livestream", "live stream"]),
    (PostFormat::Carousel, &["carousel", "album"]),
];

fn format_of(text: &str) -> Option<PostFormat> {
    let t = normal(text);
    let t = t.trim_start_matches("ig ").trim();
    FORMATS.iter().find(|(_, words)| words.contains(&t)).map(|(f, _)| *f)
}

/// Where a sheet's rows go among the campaign's creators.
enum Who {
    Entry(usize),
    Profile(String),
    Inline(String),
}

/// Reads one source into the campaign's creators. `known` says whether a
/// slug names a creator profile. Returns the problems in the sheet, and
/// findings about the YAML (located in the campaign file by the caller).
pub fn read_into(
    campaign: &mut Campaign,
    index: usize,
    source: &PostsSource,
    tables: Vec<Table>,
    style: NumberStyle,
    known: &dyn Fn(&str) -> bool,
    known_list: &[&str],
) -> (Vec<Diagnostic>, Vec<Finding>) {
    let mut problems = Vec::new();
    let mut findings = Vec::new();
    let yaml_path = |rest: &str| {
        if campaign.posts_from.0.len() > 1 { format!("posts_from[{index}]{rest}") } else { format!("posts_from{rest}") }
    };
    for (header, field) in source.columns.iter() {
        if !FIELDS.iter().any(|(k, _)| k == field) {
            let hint = suggest::closest(field, field_keys()).map_or_else(
                || format!("one of: {}", field_keys().collect::<Vec<_>>().join(", ")),
                |c| format!("did you mean `{c}`?"),
            );
            findings.push(
                Finding::error(yaml_path(&format!(".columns.{header}")), format!("`{field}` is not a post field"))
                    .hint(hint),
            );
        }
    }
    let table = match &source.sheet {
        Some(sheet) => {
            match tables.iter().position(|t| t.sheet.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(sheet))) {
                Some(i) => tables.into_iter().nth(i),
                None => {
                    let names: Vec<String> = tables.iter().filter_map(|t| t.sheet.clone()).collect();
                    let hint = if names.is_empty() {
                        "a CSV or TSV file has no sheets; leave `sheet:` out".to_string()
                    } else {
                        format!("its sheets: {}", names.join(", "))
                    };
                    findings.push(
                        Finding::error(yaml_path(".sheet"), format!("{} has no sheet `{sheet}`", source.file.0))
                            .hint(hint),
                    );
                    return (problems, findings);
                }
            }
        }
        None => tables.into_iter().next(),
    };
    let Some(table) = table else { return (problems, findings) };
    // The header: the first row that names a known column.
    let mapped = |name: &str| -> Option<&'static str> {
        match source.columns.iter().find(|(k, _)| normal(k) == normal(name)) {
            Some((_, v)) => FIELDS.iter().find(|(k, _)| k == v).map(|(k, _)| *k),
            None => field_of(name),
        }
    };
    let Some(hi) =
        table.rows.iter().take(12).position(|r| r.cells.iter().filter(|c| mapped(&c.text()).is_some()).count() >= 2)
    else {
        let found = table
            .rows
            .first()
            .map(|r| r.cells.iter().map(Cell::text).collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        problems.push(
            table
                .error("no header row with post columns (creator, platform, date, likes, …) in the first rows")
                .hint(format!("found: {}; map other headers with `columns:`", clip(&found))),
        );
        return (problems, findings);
    };
    let header = &table.rows[hi];
    let names: Vec<String> = header.cells.iter().map(Cell::text).collect();
    let mut cols: Vec<Option<&'static str>> = Vec::with_capacity(names.len());
    for (i, n) in names.iter().enumerate() {
        let f = mapped(n).filter(|f| !cols.contains(&Some(*f)));
        if f.is_none() && !n.trim().is_empty() {
            problems.push(
                table
                    .cell_error(
                        header,
                        i,
                        n,
                        format!("column `{}` is not a post field mediakit knows; it is not read", clip(n)),
                    )
                    .hint(format!(
                        "rename it, or map it: posts_from: {{file: {}, columns: {{\"{}\": clicks}}}}",
                        source.file.0,
                        clip(n)
                    )),
            );
            if let Some(last) = problems.last_mut() {
                last.severity = crate::diagnostics::Severity::Warning;
            }
        }
        cols.push(f);
    }
    let col = |f: &str| cols.iter().position(|c| *c == Some(f));
    let Some(creator_col) = col("creator") else {
        problems.push(
            table
                .error("the sheet has no `creator` column")
                .hint("name each post's creator by profile slug or full name"),
        );
        return (problems, findings);
    };
    let Some(platform_col) = col("platform") else {
        problems.push(
            table
                .error("the sheet has no `platform` column")
                .hint("write instagram, tiktok, youtube, … in a `platform` column"),
        );
        return (problems, findings);
    };
    let mut inline: Vec<(String, usize)> = Vec::new();
    for row in table.rows.iter().skip(hi + 1) {
        if row.is_blank() {
            continue;
        }
        let first = normal(&row.text(0));
        if matches!(first.as_str(), "total" | "totals" | "gesamt" | "summe") {
            continue;
        }
        let cell_err = |c: usize, m: String| table.cell_error(row, c, &names[c], m);
        let who_text = row.text(creator_col).trim().to_string();
        if who_text.is_empty() {
            problems.push(cell_err(creator_col, "no creator named".to_string()));
            continue;
        }
        let who = match campaign.creators.iter().position(|c| {
            c.creator.as_deref() == Some(who_text.as_str())
                || c.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(&who_text))
        }) {
            Some(i) => Who::Entry(i),
            None if crate::model::slug::is_slug(&who_text) => {
                if known(&who_text) {
                    Who::Profile(who_text.clone())
                } else {
                    let hint = suggest::closest(&who_text, known_list.iter().copied()).map_or_else(
                        || "write a profile slug or the creator's full name".to_string(),
                        |c| format!("did you mean `{c}`?"),
                    );
                    problems.push(cell_err(creator_col, format!("no creator profile `{who_text}`")).hint(hint));
                    continue;
                }
            }
            None => Who::Inline(who_text.clone()),
        };
        match read_row(&table, row, &cols, &names, style, platform_col) {
            Ok(post) => {
                let at = match who {
                    Who::Entry(i) => i,
                    Who::Profile(slug) | Who::Inline(slug) => match inline.iter().find(|(n, _)| *n == slug) {
                        Some((_, i)) => *i,
                        None => {
                            let is_profile = crate::model::slug::is_slug(&slug);
                            campaign.creators.push(CampaignCreator {
                                creator: is_profile.then(|| slug.clone()),
                                name: (!is_profile).then(|| slug.clone()),
                                handle: None,
                                followers: None,
                                fee: None,
                                product_cost: None,
                                posts: Vec::new(),
                            });
                            inline.push((slug, campaign.creators.len() - 1));
                            campaign.creators.len() - 1
                        }
                    },
                };
                campaign.creators[at].posts.push(post);
            }
            Err(errors) => problems.extend(errors),
        }
    }
    (problems, findings)
}

fn read_row(
    table: &Table,
    row: &Row,
    cols: &[Option<&'static str>],
    names: &[String],
    style: NumberStyle,
    platform_col: usize,
) -> Result<Post, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let col = |f: &str| cols.iter().position(|c| *c == Some(f));
    let mut err = |c: usize, m: String| errors.push(table.cell_error(row, c, &names[c], m));
    let platform_text = row.text(platform_col);
    let platform = platform_of(&platform_text);
    if platform.is_none() {
        let known: Vec<&str> = Platform::ALL.iter().map(|p| p.key()).collect();
        err(platform_col, format!("\"{}\" is not a platform (one of: {})", clip(&platform_text), known.join(", ")));
    }
    let mut count = |f: &str| -> Option<Count> {
        let c = col(f)?;
        match row.cells.get(c)? {
            Cell::Number(n) if *n >= 0.0 && n.fract() == 0.0 => Some(Count(*n as u64)),
            cell => match values::count(&cell.text(), style) {
                Ok(v) => v.map(Count),
                Err(m) => {
                    err(c, m);
                    None
                }
            },
        }
    };
    let (followers, reach, impressions, views) =
        (count("followers"), count("reach"), count("impressions"), count("views"));
    let (likes, comments, shares, saves) = (count("likes"), count("comments"), count("shares"), count("saves"));
    let (clicks, conversions) = (count("clicks"), count("conversions"));
    let revenue = col("revenue").and_then(|c| match row.cells.get(c)? {
        Cell::Number(n) if *n >= 0.0 => Some(Amount(*n)),
        cell => match values::number(&cell.text(), style) {
            Ok(v) => v.map(Amount),
            Err(m) => {
                err(c, m);
                None
            }
        },
    });
    let date = col("date").and_then(|c| match row.cells.get(c)? {
        Cell::Date(d) => Some(*d),
        cell => match values::date(&cell.text(), style.day_first) {
            Ok(Some(DateValue::Full(d))) => Some(d),
            Ok(Some(DateValue::NoYear(..))) => {
                err(c, format!("\"{}\" has no year; write the full date", clip(&cell.text())));
                None
            }
            Ok(None) => None,
            Err(m) => {
                err(c, m);
                None
            }
        },
    });
    let format = col("format").and_then(|c| {
        let text = row.text(c);
        if values::is_empty_cell(&text) {
            return None;
        }
        let f = format_of(&text);
        if f.is_none() {
            err(
                c,
                format!("\"{}\" is not a post format (post, reel, story, video, short, live, carousel)", clip(&text)),
            );
        }
        f
    });
    let url = col("url").and_then(|c| {
        let text = row.text(c);
        if values::is_empty_cell(&text) {
            return None;
        }
        match check_link(&text) {
            Ok(u) => Some(Link(u)),
            Err(m) => {
                err(c, m);
                None
            }
        }
    });
    let text = |f: &str| col(f).map(|c| row.text(c).trim().to_string()).filter(|t| !values::is_empty_cell(t));
    let (title, promo_code) = (text("title"), text("promo_code"));
    match platform {
        Some(platform) if errors.is_empty() => Ok(Post {
            platform,
            format,
            date,
            url,
            title,
            followers,
            reach,
            impressions,
            views,
            likes,
            comments,
            shares,
            saves,
            clicks,
            conversions,
            revenue,
            promo_code,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_and_aliases() {
        assert_eq!(field_of("Impr."), Some("impressions"));
        assert_eq!(field_of(" Sales "), Some("conversions"));
        assert_eq!(field_of("Promo_Code"), Some("promo_code"));
        assert_eq!(field_of("Mood"), None);
        assert_eq!(platform_of("TikTok"), Some(Platform::Tiktok));
        assert_eq!(format_of("IG reel"), Some(PostFormat::Reel));
    }
}
