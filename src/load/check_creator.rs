//! Checks on a creator profile that its types alone cannot express.

use crate::load::Finding;
use crate::load::check_config::check_asset;
use crate::model::config::SiteConfig;
use crate::model::creator::Creator;
use crate::model::values::{OrderedMap, Percent};
use crate::paths::SitePaths;

/// How far an audience group may stray from 100 % before it is an error;
/// rounding in platform dashboards easily leaves it at 99 or 101.
pub const SHARE_ERROR_TOLERANCE: f64 = 10.0;
pub const SHARE_WARNING_TOLERANCE: f64 = 2.0;

/// The schema already requires a platform with `followers` (or `import:`,
/// asked again here once the export is read) and one of
/// `percent` and `amount` on an add-on; these are the rest.
pub fn check(creator: &Creator, _config: &SiteConfig, paths: &SitePaths) -> Vec<Finding> {
    let mut out = Vec::new();
    if creator.name.trim().is_empty() {
        out.push(Finding::error("name", "the name is empty"));
    }
    let imports = creator.platforms.iter().any(|p| p.import.is_some());
    if imports && !creator.platforms.iter().any(|p| p.followers.is_some()) {
        out.push(
            Finding::error("platforms", "a creator needs at least one platform with `followers`")
                .hint("the exports named by `import:` had no follower count; add `followers:` to a platform"),
        );
    }
    for (i, p) in creator.platforms.iter().enumerate() {
        if let Some(first) = creator.platforms[..i].iter().position(|q| q.platform == p.platform) {
            out.push(Finding::warning(
                format!("platforms[{i}].platform"),
                format!(
                    "{} is listed twice (also platforms[{first}]); campaigns use the first for follower counts",
                    p.platform.label()
                ),
            ));
        }
        let mut dates: Vec<(crate::model::values::Date, usize)> =
            p.history.iter().enumerate().map(|(j, h)| (h.date, j)).collect();
        dates.sort();
        for pair in dates.windows(2) {
            if pair[0].0 == pair[1].0 {
                out.push(
                    Finding::error(
                        format!("platforms[{i}].history[{}].date", pair[1].1),
                        format!("two history points share the date {}", pair[0].0),
                    )
                    .hint("keep one follower count per date"),
                );
            }
        }
        if let Some(as_of) = creator.as_of {
            for (j, h) in p.history.iter().enumerate() {
                if h.date > as_of {
                    out.push(Finding::warning(
                        format!("platforms[{i}].history[{j}].date"),
                        format!("{} is after the profile's as_of date ({as_of})", h.date),
                    ));
                }
            }
        }
    }
    if let Some(audience) = &creator.audience {
        if let Some(g) = &audience.gender {
            check_shares("audience.gender", g, &mut out);
        }
        if let Some(a) = &audience.age {
            check_shares("audience.age", a, &mut out);
        }
        let total: f64 = audience.locations.iter().map(|l| l.share.get()).sum();
        if total > 100.0 + SHARE_WARNING_TOLERANCE {
            out.push(
                Finding::error(
                    "audience.locations",
                    format!("the location shares add up to {}%, more than 100%", trim_number(total)),
                )
                .hint("list each place once, as a percentage of the whole audience"),
            );
        }
    }
    if let Some(photo) = &creator.photo {
        out.extend(check_asset(photo, paths, "photo"));
    }
    for (i, t) in creator.testimonials.iter().enumerate() {
        if t.quote.trim().is_empty() {
            out.push(Finding::error(format!("testimonials[{i}].quote"), "the quote is empty"));
        }
    }
    out
}

fn check_shares(path: &str, group: &OrderedMap<Percent>, out: &mut Vec<Finding>) {
    if group.is_empty() {
        return;
    }
    let total: f64 = group.iter().map(|(_, v)| v.get()).sum();
    let off = (total - 100.0).abs();
    let message =
        format!("the shares in {} add up to {}%, not 100%", path.trim_start_matches("audience."), trim_number(total));
    if off > SHARE_ERROR_TOLERANCE {
        out.push(
            Finding::error(path, message).hint(
                "each group is a breakdown of the whole audience in percent; check for a missing or mistyped value",
            ),
        );
    } else if off > SHARE_WARNING_TOLERANCE {
        out.push(Finding::warning(path, message));
    }
}

pub fn trim_number(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}
