//! Checks on `mediakit.yaml` that its types alone cannot express.

use crate::load::Finding;
use crate::load::{picture, theme};
use crate::model::config::{SiteConfig, TierBounds};
use crate::model::values::Asset;
use crate::paths::SitePaths;

/// The most creators one roster page lists.
pub const MAX_PAGE_SIZE: u32 = 1000;

pub fn check(config: &SiteConfig, paths: &SitePaths) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Err(message) = check_base_url(&config.base_url) {
        out.push(Finding::error("base_url", message).hint(
            "use the address the site is published at, e.g. https://you.github.io/kits (project pages) or https://you.github.io (user pages)",
        ));
    }
    if !theme::exists(&config.theme, paths) {
        let names = theme::BUILTIN.join(", ");
        let mut f = Finding::error("theme", format!("unknown theme `{}`", config.theme));
        f = match crate::diagnostics::suggest::closest(&config.theme, theme::BUILTIN.iter().copied()) {
            Some(best) => {
                f.hint(format!("did you mean `{best}`? Built-in themes: {names}; or create themes/{}/", config.theme))
            }
            None => f.hint(format!("built-in themes: {names}; or create themes/{}/templates/", config.theme)),
        };
        out.push(f);
    }
    if config.engagement.counts.is_empty() {
        out.push(
            Finding::error("engagement.counts", "list at least one interaction that counts as an engagement")
                .hint("for example: [likes, comments, shares, saves]"),
        );
    }
    if let Some(logo) = &config.brand.logo {
        out.extend(check_asset(logo, paths, "brand.logo"));
    }
    if !(1..=MAX_PAGE_SIZE).contains(&config.page_size) {
        out.push(
            Finding::error("page_size", format!("{} creators a page is not possible", config.page_size))
                .hint(format!("use a number from 1 to {MAX_PAGE_SIZE}; the default is 24")),
        );
    }
    check_tiers("tiers.default", &config.tiers.default, &mut out);
    for platform in crate::model::choices::Platform::ALL {
        if let Some(bounds) = config.tiers.for_platform(platform) {
            check_tiers(&format!("tiers.{}", platform.key()), bounds, &mut out);
        }
    }
    out
}

fn check_tiers(path: &str, bounds: &TierBounds, out: &mut Vec<Finding>) {
    let listed = [("nano", bounds.nano), ("micro", bounds.micro), ("macro", bounds.macro_), ("mega", bounds.mega)];
    let given: Vec<(&str, u64)> = listed.iter().filter_map(|(n, v)| v.map(|c| (*n, c.0))).collect();
    for pair in given.windows(2) {
        if pair[1].1 <= pair[0].1 {
            out.push(
                Finding::error(
                    format!("{path}.{}", pair[1].0),
                    format!(
                        "the {} tier starts at {} followers, which is not above {} ({})",
                        pair[1].0, pair[1].1, pair[0].0, pair[0].1
                    ),
                )
                .hint("tier lower bounds must rise: nano < micro < macro < mega"),
            );
        }
    }
}

/// An address is absolute (`https://host/path`) or a root path (`/kits`).
pub fn check_base_url(url: &str) -> Result<(), String> {
    let u = url.trim();
    if u.starts_with('/') && !u.starts_with("//") {
        return check_path_part(u);
    }
    let rest = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://")).ok_or_else(|| {
        format!("expected an address starting with https:// (or a path starting with /), found \"{u}\"")
    })?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    if host.is_empty() || host.contains(['@', ' ', '\\']) {
        return Err(format!("\"{u}\" has no valid host name"));
    }
    check_path_part(path)
}

fn check_path_part(path: &str) -> Result<(), String> {
    if path.contains(['?', '#', ' ', '"', '<', '>', '\\']) || path.split('/').any(|s| s == "..") {
        Err(format!("the path \"{path}\" may not contain spaces, quotes, `..`, `?` or `#`"))
    } else {
        Ok(())
    }
}

/// A picture named in the content must exist under `static/`, stay inside
/// the site, and be a picture that can be embedded: a regular file whose
/// header claims a size within the limits (see [`picture`]).
pub fn check_asset(asset: &Asset, paths: &SitePaths, field: &str) -> Option<Finding> {
    let inner = asset.static_path()?;
    let file = paths.static_dir().join(inner);
    if !file.exists() {
        return Some(
            Finding::error(field, format!("{} does not exist", asset.0))
                .hint(format!("put the file at {}/static/{inner}, or remove the field", paths.root.display())),
        );
    }
    let root = paths.root.canonicalize().ok()?;
    match file.canonicalize() {
        Ok(real) if real.starts_with(&root) => {}
        _ => return Some(Finding::error(field, format!("{} leads outside the site folder (symlink)", asset.0))),
    }
    match picture::inspect(&file, inner) {
        Ok(_) => None,
        Err(problem) => {
            let hint = picture::hint_for(&problem);
            Some(Finding::error(field, format!("{}: {problem}", asset.0)).hint(hint))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls() {
        assert!(check_base_url("https://northlight.github.io/kits").is_ok());
        assert!(check_base_url("/").is_ok());
        assert!(check_base_url("/kits/").is_ok());
        assert!(check_base_url("northlight.github.io").is_err());
        assert!(check_base_url("https:///x").is_err());
        assert!(check_base_url("https://a.io/../x").is_err());
        assert!(check_base_url("//evil.com").is_err());
    }
}
