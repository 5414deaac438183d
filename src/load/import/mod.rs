//! Data in (SPEC §10): the platforms' own analytics exports (`import:` on a
//! creator's platform) and the agency's spreadsheets (`posts_from:` on a
//! campaign), read into the model at load time. Files are read within
//! fixed bounds (`read`), parsed as tables (`table`), their numbers and
//! dates read by the export's language (`values`), recognised per platform
//! (`exports`) or read as rows of posts (`posts`).

pub mod countries;
pub mod exports;
pub mod posts;
pub mod read;
pub mod table;
pub mod values;

use std::fs;
use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::load::{Finding, ensure_inside, locate};
use crate::model::Entry;
use crate::model::campaign::Campaign;
use crate::model::config::SiteConfig;
use crate::model::creator::{Audience, AudienceLocation, Creator, HistoryPoint, PlatformProfile};
use crate::model::import::{Provenance, YearsFrom};
use crate::model::values::Date;
use crate::paths::{self, SitePaths};

pub use exports::{Export, ExportKind, YearBasis};
use table::Table;

/// How many of an export's posts a kit takes: the most recent.
pub const RECENT_POSTS: usize = 30;

fn readable(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".csv") || lower.ends_with(".tsv") || lower.ends_with(".txt") || table::is_workbook(&lower)
}

/// The tables of one file's bytes: a zip's readable entries, a
/// workbook's sheets, or a text table.
fn tables_of(file: read::RawFile, out: &mut Vec<Table>) -> Result<(), Diagnostic> {
    if table::is_workbook(&file.name) {
        out.extend(table::parse_workbook(&file)?);
    } else if read::is_zip(&file.bytes) {
        let mut entries =
            read::unzip(&file.bytes, &file.shown, &readable).map_err(|m| Diagnostic::error(&file.shown, m))?;
        entries.sort_by(|a, b| a.shown.cmp(&b.shown));
        for entry in entries {
            tables_of(entry, out)?;
        }
    } else {
        let text = read::decode(&file.bytes);
        drop(file.bytes);
        out.push(table::parse_text(&file.shown, &file.name, text)?);
    }
    Ok(())
}

/// Every table of what `full` names: a folder (its files, and the files of
/// its folders, in name order), a zip, or one file. With `site`, every file
/// must lie inside the site (no symlink out).
pub fn open(full: &Path, shown: &str, site: Option<&SitePaths>) -> Result<Vec<Table>, Vec<Diagnostic>> {
    let mut files = Vec::new();
    if full.is_dir() {
        let mut walk = walkdir::WalkDir::new(full).max_depth(4).sort_by_file_name().into_iter();
        while let Some(item) = walk.next() {
            let Ok(item) = item else { continue };
            let name = item.file_name().to_string_lossy().into_owned();
            if item.depth() > 0 && (paths::is_scratch_file(&name) || name == "__MACOSX") {
                if item.file_type().is_dir() {
                    walk.skip_current_dir();
                }
                continue;
            }
            if item.file_type().is_dir() {
                continue;
            }
            let lower = name.to_ascii_lowercase();
            if !readable(&lower) && !lower.ends_with(".zip") {
                continue;
            }
            files.push(item.path().to_path_buf());
            if files.len() > read::MAX_FOLDER_FILES {
                return Err(vec![Diagnostic::error(
                    shown,
                    format!("more than {} files in the folder", read::MAX_FOLDER_FILES),
                )]);
            }
        }
        if files.is_empty() {
            return Err(vec![Diagnostic::error(shown, "the folder holds no export files (.csv, .tsv, .xlsx or .zip)")]);
        }
    } else {
        files.push(full.to_path_buf());
    }
    let mut tables = Vec::new();
    let mut errors = Vec::new();
    for path in files {
        let file_shown = match site {
            Some(site) => site.shown(&path),
            None if path == full => shown.to_string(),
            None => format!("{}/{}", shown.trim_end_matches('/'), path.strip_prefix(full).unwrap_or(&path).display()),
        };
        if let Some(site) = site
            && let Err(d) = ensure_inside(site, &path)
        {
            errors.push(d);
            continue;
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        match read::read_file(&path, &file_shown) {
            Ok(bytes) => {
                if let Err(d) = tables_of(read::RawFile { shown: file_shown, name, bytes }, &mut tables) {
                    errors.push(d);
                }
            }
            Err(m) => errors.push(Diagnostic::error(&file_shown, m)),
        }
    }
    if errors.is_empty() { Ok(tables) } else { Err(errors) }
}

/// Whether the declared path exists; a finding for the YAML when not.
fn exists(paths: &SitePaths, declared: &str, at: &str) -> Result<std::path::PathBuf, Finding> {
    let full = paths.root.join(declared);
    if fs::symlink_metadata(&full).is_err() {
        return Err(Finding::error(at, format!("`{declared}` does not exist"))
            .hint("paths are relative to the site folder (where mediakit.yaml is), e.g. data/ava-chen/tiktok/"));
    }
    Ok(full)
}

/// Reads a platform's export.
pub fn read_export(
    paths: &SitePaths,
    p: &PlatformProfile,
    as_of: Option<Date>,
    at: &str,
) -> Result<Export, (Vec<Diagnostic>, Vec<Finding>)> {
    let Some(spec) = &p.import else { return Err((Vec::new(), Vec::new())) };
    let declared = spec.path().shown();
    let full = exists(paths, &declared, at).map_err(|f| (Vec::new(), vec![f]))?;
    let mut tables = open(&full, &declared, Some(paths)).map_err(|d| (d, Vec::new()))?;
    if let Some(sheet) = spec.sheet() {
        tables.retain(|t| t.sheet.as_deref().is_none_or(|s| s.eq_ignore_ascii_case(sheet)));
    }
    let ctx = exports::Context { as_of, columns: spec.columns(), platform: Some(p.platform) };
    exports::read(&tables, &ctx).map_err(|d| (d, Vec::new()))
}

/// The first point of each month, and the last point when it lies two
/// weeks or more after the one before: growth is reported by month, and a
/// step of a day or two, scaled to a month, would flag a busy day as a spike.
pub fn monthly(history: &[HistoryPoint]) -> Vec<HistoryPoint> {
    let mut out: Vec<HistoryPoint> = Vec::new();
    for h in history {
        match out.last() {
            Some(last) if (last.date.year, last.date.month) == (h.date.year, h.date.month) => {}
            _ => out.push(h.clone()),
        }
    }
    if let (Some(last), Some(kept)) = (history.last(), out.last())
        && last.date.days_since_epoch() - kept.date.days_since_epoch() >= 14
    {
        out.push(last.clone());
    }
    out
}

/// Puts what an export holds into a platform entry, where the YAML left a
/// gap: the YAML's own values win.
pub fn merge(p: &mut PlatformProfile, audience: &mut Option<Audience>, export: &Export, path: &str) {
    if p.recent_posts.is_empty() && !export.posts.is_empty() {
        let skip = export.posts.len().saturating_sub(RECENT_POSTS);
        p.recent_posts = export.posts[skip..].to_vec();
    }
    if p.history.is_empty() {
        p.history = monthly(&export.history);
    }
    if p.followers.is_none() {
        p.followers = export.history.last().map(|h| h.followers);
    }
    if !export.gender.is_empty() || !export.age.is_empty() || !export.locations.is_empty() {
        let a = audience.get_or_insert_with(Audience::default);
        if a.gender.is_none() && !export.gender.is_empty() {
            a.gender = Some(export.gender.clone());
        }
        if a.age.is_none() && !export.age.is_empty() {
            a.age = Some(export.age.clone());
        }
        if a.locations.is_empty() {
            a.locations = export
                .locations
                .iter()
                .map(|(name, share)| AudienceLocation { name: name.clone(), share: *share })
                .collect();
        }
    }
    p.imported = Some(Provenance {
        source: export.kind.map_or("export", |k| k.label()).to_string(),
        path: path.to_string(),
        through: export.last,
        years: export.years.as_ref().map(|y| match y {
            YearBasis::AsOf(d) => YearsFrom::AsOf(*d),
            YearBasis::FileName(_, d) => YearsFrom::FileName(*d),
            YearBasis::ExportDates(d) => YearsFrom::ExportDates(*d),
        }),
    });
}

/// Reads the exports a creator's platforms name into the profile. Returns
/// the problems, located in the export files or in the profile's YAML.
pub fn apply_creator(paths: &SitePaths, entry: &mut Entry<Creator>, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    let as_of = entry.data.as_of;
    for i in 0..entry.data.platforms.len() {
        if entry.data.platforms[i].import.is_none() {
            continue;
        }
        let at = format!("platforms[{i}].import");
        match read_export(paths, &entry.data.platforms[i], as_of, &at) {
            Ok(export) => {
                out.extend(export.warnings.iter().cloned());
                let path = entry.data.platforms[i].import.as_ref().map(|s| s.path().shown()).unwrap_or_default();
                let data = &mut entry.data;
                merge(&mut data.platforms[i], &mut data.audience, &export, &path);
            }
            Err((diagnostics, f)) => {
                out.extend(diagnostics);
                findings.extend(f);
            }
        }
    }
    out.extend(locate(&entry.file, text, findings));
    out
}

/// Reads the spreadsheets a campaign names into its creators' posts.
pub fn apply_campaign(
    paths: &SitePaths,
    entry: &mut Entry<Campaign>,
    text: &str,
    config: &SiteConfig,
    known: &[&str],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    let style = values::NumberStyle::of_locale(&config.locale);
    let sources = entry.data.posts_from.0.clone();
    for (i, source) in sources.iter().enumerate() {
        let at = if sources.len() > 1 { format!("posts_from[{i}]") } else { "posts_from".to_string() };
        let declared = source.file.shown();
        let full = match exists(paths, &declared, &at) {
            Ok(full) => full,
            Err(f) => {
                findings.push(f);
                continue;
            }
        };
        if full.is_dir() {
            findings.push(Finding::error(at, format!("`{declared}` is a folder; name a .csv, .tsv or .xlsx file")));
            continue;
        }
        match open(&full, &declared, Some(paths)) {
            Ok(tables) => {
                let is_known = |slug: &str| known.binary_search(&slug).is_ok();
                let (d, f) = posts::read_into(&mut entry.data, i, source, tables, style, &is_known, known);
                out.extend(d);
                findings.extend(f);
            }
            Err(d) => out.extend(d),
        }
    }
    out.extend(locate(&entry.file, text, findings));
    out
}

/// The input files an entry's imports read, as declared (a folder names
/// every file under it).
pub fn creator_inputs(creator: &Creator) -> Vec<String> {
    creator.platforms.iter().filter_map(|p| p.import.as_ref()).map(|s| s.path().shown()).collect()
}

pub fn campaign_inputs(campaign: &Campaign) -> Vec<String> {
    campaign.posts_from.0.iter().map(|s| s.file.shown()).collect()
}

/// Today, for `mediakit import` on an export without years and no profile to date it.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((secs / 86_400) as i64)
}

/// What `mediakit import PATH` reads: any path, no site needed.
pub fn inspect(path: &Path, shown: &str, as_of: Option<Date>) -> Result<Export, Vec<Diagnostic>> {
    if fs::symlink_metadata(path).is_err() {
        return Err(vec![Diagnostic::error(shown, "no such file or folder")]);
    }
    let tables = open(path, shown, None)?;
    let ctx = exports::Context { as_of: Some(as_of.unwrap_or_else(today)), columns: None, platform: None };
    exports::read(&tables, &ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::values::Count;

    fn point(date: &str, n: u64) -> HistoryPoint {
        HistoryPoint { date: Date::parse(date).unwrap(), followers: Count(n) }
    }

    #[test]
    fn daily_history_becomes_monthly() {
        let daily = [
            point("2026-10-01", 100),
            point("2026-10-15", 110),
            point("2026-11-01", 120),
            point("2026-11-02", 121),
            point("2026-11-20", 130),
        ];
        let kept: Vec<String> = monthly(&daily).iter().map(|h| h.date.iso()).collect();
        assert_eq!(kept, ["2026-10-01", "2026-11-01", "2026-11-20"]);
        let kept: Vec<String> = monthly(&daily[..4]).iter().map(|h| h.date.iso()).collect();
        assert_eq!(kept, ["2026-10-01", "2026-11-01"]);
    }

    #[test]
    fn yaml_values_win_over_imported_ones() {
        let mut p: PlatformProfile =
            serde_saphyr::from_str("platform: tiktok\nfollowers: 999\nhistory: [{date: 2026-01-01, followers: 5}]\n")
                .unwrap();
        let export = Export {
            kind: Some(ExportKind::TikTok),
            history: vec![point("2026-10-01", 100), point("2026-11-01", 120)],
            posts: vec![crate::model::creator::RecentPost { likes: Some(Count(7)), ..Default::default() }],
            gender: crate::model::values::OrderedMap(vec![("female".into(), crate::model::values::Percent(60.0))]),
            ..Export::default()
        };
        let mut audience = Some(Audience {
            gender: Some(crate::model::values::OrderedMap(vec![("male".into(), crate::model::values::Percent(100.0))])),
            ..Audience::default()
        });
        merge(&mut p, &mut audience, &export, "data/x");
        assert_eq!(p.followers, Some(Count(999)));
        assert_eq!(p.history.len(), 1);
        assert_eq!(p.recent_posts.len(), 1);
        let gender = audience.unwrap().gender.unwrap();
        assert_eq!(gender.0[0].0, "male");
        assert_eq!(p.imported.unwrap().source, "TikTok Studio export");
    }
}
