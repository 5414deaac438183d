//! Load stage: the site folder → a typed [`Site`], or every problem found.

pub mod check_campaign;
pub mod check_config;
pub mod check_creator;
pub mod check_static;
pub mod import;
pub mod locate;
pub mod picture;
pub mod source;
pub mod statics;
pub mod theme;
pub mod yaml;

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::campaign::Campaign;
use crate::model::config::SiteConfig;
use crate::model::creator::Creator;
use crate::model::{Entry, Site};
use crate::paths::{self, SitePaths};

/// The result of loading: the site when it has no errors, and every
/// diagnostic (errors and warnings) either way.
pub struct Loaded {
    pub site: Option<Site>,
    pub diagnostics: Diagnostics,
    /// Creator profiles whose file is there but did not load.
    pub broken: Vec<String>,
}

/// A problem found by a check that runs after deserialisation: the field path
/// it concerns, located in the source only when the check fails.
pub struct Finding {
    pub path: String,
    pub message: String,
    pub hint: Option<String>,
    pub warning: bool,
}

impl Finding {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Finding {
        Finding { path: path.into(), message: message.into(), hint: None, warning: false }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Finding {
        Finding { warning: true, ..Finding::error(path, message) }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Finding {
        self.hint = Some(hint.into());
        self
    }
}

/// Turns findings into diagnostics that point at the right line of `source`.
pub fn locate(file: &str, source: &str, findings: Vec<Finding>) -> Vec<Diagnostic> {
    if findings.is_empty() {
        return Vec::new();
    }
    let locator = locate::Locator::new(source);
    findings
        .into_iter()
        .map(|f| {
            let base =
                if f.warning { Diagnostic::warning(file, f.message) } else { Diagnostic::error(file, f.message) };
            let base = match locator.find(&f.path) {
                Some((line, col)) => base.at(source, line, col),
                None => base,
            };
            base.field(f.path).maybe_hint(f.hint)
        })
        .collect()
}

pub fn load_site(root: &Path) -> Loaded {
    let paths = SitePaths::new(root);
    let mut diagnostics = Diagnostics::default();

    let config_path = paths.config();
    let has_config = config_path.exists();
    let has_content = root.join("content").is_dir();
    if !has_config && !has_content {
        diagnostics.push(
            Diagnostic::error(
                paths.shown(&config_path),
                format!("no mediakit site here ({} has no mediakit.yaml and no content/ folder)", root.display()),
            )
            .hint("run `mediakit init` to create a site you can build at once, or pass --root DIR"),
        );
        return Loaded { site: None, diagnostics, broken: Vec::new() };
    }

    let config = if has_config {
        let shown = paths.shown(&config_path);
        match ensure_inside(&paths, &config_path).and_then(|()| source::read_text(&config_path, &shown)) {
            Ok(text) => match yaml::parse::<SiteConfig>(&shown, &text) {
                Ok(config) => {
                    let findings = check_config::check(&config, &paths);
                    let found = locate(&shown, &text, findings);
                    let failed = found.iter().any(Diagnostic::is_error);
                    diagnostics.items.extend(found);
                    (!failed).then_some(config)
                }
                Err(d) => {
                    diagnostics.push(d);
                    None
                }
            },
            Err(d) => {
                diagnostics.push(d);
                None
            }
        }
    } else {
        Some(SiteConfig::default())
    };

    if !has_content {
        // A site with a config and no content folder has lost it (a moved
        // folder, a failed checkout): building would replace the previous
        // output with an empty roster.
        diagnostics.push(
            Diagnostic::error("content", "the content/ folder is missing, so there is nothing to build")
                .hint("restore content/ (profiles in content/creators/, campaigns in content/campaigns/); a site with no entries yet needs an empty content/ folder"),
        );
    }

    check_static::check(&paths, &mut diagnostics);
    unread_special_files(&paths, &mut diagnostics);

    let Folder { entries: mut creators, sources: creator_sources, broken: broken_creators } =
        load_folder::<Creator>(&paths, &paths.creators(), &mut diagnostics);
    // Platform exports, read into the profiles before they are checked.
    let imported: Vec<Vec<Diagnostic>> = creators
        .par_iter_mut()
        .zip(creator_sources.par_iter())
        .map(|(entry, text)| {
            if entry.data.platforms.iter().any(|p| p.import.is_some()) {
                import::apply_creator(&paths, entry, text)
            } else {
                Vec::new()
            }
        })
        .collect();
    diagnostics.items.extend(imported.into_iter().flatten());
    // A broken config must not hide the problems of the content files.
    let fallback = SiteConfig::default();
    let effective = config.as_ref().unwrap_or(&fallback);
    for (entry, text) in creators.iter().zip(&creator_sources) {
        diagnostics.items.extend(creator_problems(entry, text, effective, &paths));
    }
    drop(creator_sources);

    let Folder { entries: mut campaigns, sources: campaign_sources, .. } =
        load_folder::<Campaign>(&paths, &paths.campaigns(), &mut diagnostics);
    let known: Vec<&str> = creators.iter().map(|c| c.slug.as_str()).collect();
    for (entry, text) in campaigns.iter_mut().zip(&campaign_sources) {
        if !entry.data.posts_from.0.is_empty() {
            diagnostics.items.extend(import::apply_campaign(&paths, entry, text, effective, &known));
        }
    }
    drop(known);
    for (entry, text) in campaigns.iter().zip(&campaign_sources) {
        diagnostics.items.extend(campaign_problems(entry, text, &creators, &broken_creators));
    }
    drop(campaign_sources);

    if creators.is_empty() && campaigns.is_empty() && !diagnostics.has_errors() {
        diagnostics.push(empty_site());
    }

    diagnostics.sort();
    let site = match config {
        Some(config) if !diagnostics.has_errors() => {
            Some(Site { root: root.to_path_buf(), config, creators, campaigns })
        }
        _ => None,
    };
    Loaded { site, diagnostics, broken: broken_creators }
}

/// A named pipe or a device elsewhere under `content/` than the creators'
/// and campaigns folders is never read; it is named, in case it was meant
/// to be a file. (Those two folders report theirs as errors when listed.)
fn unread_special_files(paths: &SitePaths, diagnostics: &mut Diagnostics) {
    let content = paths.root.join("content");
    let listed = [paths.creators(), paths.campaigns()];
    let walk = walkdir::WalkDir::new(&content).follow_links(false).min_depth(1).into_iter();
    for entry in walk.filter_entry(|e| !listed.iter().any(|l| l == e.path())).flatten() {
        if let Some(kind) = paths::special_kind(&entry.file_type()) {
            diagnostics.push(
                Diagnostic::warning(paths.shown(entry.path()), format!("ignored: this is {kind}, which is never read"))
                    .hint("only regular files are read; remove it if it is not needed"),
            );
        }
    }
}

fn empty_site() -> Diagnostic {
    Diagnostic::warning(
        paths::CREATORS_DIR,
        "there are no creators or campaigns yet; the site will only have a roster page",
    )
    .hint("add one with `mediakit new creator \"Your Name\"`")
}

/// The warning of a site with nothing in it yet, unless it has errors to fix first.
pub fn empty_site_warning(site: &Site, has_errors: bool) -> Option<Diagnostic> {
    (site.creators.is_empty() && site.campaigns.is_empty() && !has_errors).then(empty_site)
}

/// Reads and parses one content file; `slug` is its file stem. Returns the
/// entry and its source text (for locating later findings). `serve` reloads
/// a single edited file through this.
pub fn read_entry<T: DeserializeOwned>(
    paths: &SitePaths,
    slug: &str,
    path: &Path,
) -> Result<(Entry<T>, String), Diagnostic> {
    ensure_inside(paths, path)?;
    let shown = paths.shown(path);
    let text = source::read_text(path, &shown)?;
    let data = yaml::parse::<T>(&shown, &text)?;
    Ok((Entry { slug: slug.to_string(), file: shown, data }, text))
}

/// The checks of one creator profile beyond its types, located in `text`.
pub fn creator_problems(entry: &Entry<Creator>, text: &str, config: &SiteConfig, paths: &SitePaths) -> Vec<Diagnostic> {
    locate(&entry.file, text, check_creator::check(&entry.data, config, paths))
}

/// The checks of one campaign, including its references to the creator
/// profiles (`creators` sorted by slug; `broken`: profiles that exist but
/// did not load, reported on their own), located in `text`.
pub fn campaign_problems(
    entry: &Entry<Campaign>,
    text: &str,
    creators: &[Entry<Creator>],
    broken: &[String],
) -> Vec<Diagnostic> {
    locate(&entry.file, text, check_campaign::check(&entry.data, creators, broken))
}

/// What [`load_folder`] read: the entries, their source texts (for locating
/// later findings) and the slugs of the files that did not load.
struct Folder<T> {
    entries: Vec<Entry<T>>,
    sources: Vec<String>,
    broken: Vec<String>,
}

/// Loads every `*.yaml` / `*.yml` in one folder, in parallel, sorted by slug.
fn load_folder<T: DeserializeOwned + Send>(paths: &SitePaths, dir: &Path, diagnostics: &mut Diagnostics) -> Folder<T> {
    let files = list_yaml_files(paths, dir, diagnostics).unwrap_or_default();
    let results: Vec<Result<(Entry<T>, String), Diagnostic>> =
        files.par_iter().map(|(slug, path)| read_entry::<T>(paths, slug, path)).collect();
    let mut folder = Folder { entries: Vec::with_capacity(results.len()), sources: Vec::new(), broken: Vec::new() };
    for (r, (slug, _)) in results.into_iter().zip(files) {
        match r {
            Ok((entry, text)) => {
                folder.entries.push(entry);
                folder.sources.push(text);
            }
            Err(d) => {
                diagnostics.push(d);
                folder.broken.push(slug);
            }
        }
    }
    folder
}

/// The YAML files of a content folder as (slug, path), sorted by slug, with
/// bad names and duplicate slugs reported.
pub fn list_yaml_files(paths: &SitePaths, dir: &Path, diagnostics: &mut Diagnostics) -> Option<Vec<(String, PathBuf)>> {
    let read = match fs::read_dir(dir) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            diagnostics.push(Diagnostic::error(paths.shown(dir), format!("cannot read the folder: {e}")));
            return None;
        }
    };
    let root = paths.root.canonicalize().unwrap_or_else(|_| paths.root.clone());
    if let Ok(real) = dir.canonicalize()
        && !real.starts_with(&root)
    {
        diagnostics.push(
            Diagnostic::error(
                paths.shown(dir),
                format!("this folder leads outside the site folder (through a symlink to {})", real.display()),
            )
            .hint("keep content inside the site folder; copy it in instead of linking to it"),
        );
        return None;
    }
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let mut rejected: Vec<(String, String, PathBuf)> = Vec::new();
    for item in read.flatten() {
        let path = item.path();
        let name = item.file_name().to_string_lossy().into_owned();
        if paths::is_scratch_file(&name) {
            continue;
        }
        // What the entry is, through a symlink: a named pipe or a device is
        // never read (it would wait forever), whatever its name.
        let meta = fs::metadata(&path);
        if let Some(kind) = meta.as_ref().ok().and_then(|m| paths::special_kind(&m.file_type())) {
            diagnostics.push(
                Diagnostic::error(paths.shown(&path), paths::not_a_file(kind))
                    .hint("content folders hold only .yaml files; remove it or replace it with an ordinary file"),
            );
            continue;
        }
        let Some(stem) = name.strip_suffix(".yaml").or_else(|| name.strip_suffix(".yml")) else {
            if meta.is_ok_and(|m| m.is_file()) {
                diagnostics.push(
                    Diagnostic::warning(paths.shown(&path), "ignored: not a .yaml file")
                        .hint("content files end in .yaml; pictures belong in static/"),
                );
            }
            continue;
        };
        if let Err(d) = ensure_inside(paths, &path) {
            diagnostics.push(d);
            continue;
        }
        if !path.is_file() {
            continue;
        }
        if crate::model::slug::is_slug(stem) {
            files.push((stem.to_string(), path));
        } else {
            rejected.push((stem.to_string(), name, path));
        }
    }
    files.sort();
    // Reported once every good name is known, so that `Ava-Chen.yaml` beside
    // `ava-chen.yaml` is called the duplicate it is.
    for (stem, name, path) in rejected {
        let taken: Vec<&str> = files.iter().map(|(s, _)| s.as_str()).collect();
        let folder = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        diagnostics.push(
            Diagnostic::error(
                paths.shown(&path),
                format!("the file name `{name}` cannot be used as a slug (the part of the address after /{folder}/)"),
            )
            .hint(crate::model::slug::rename_hint(&stem, &taken)),
        );
    }
    for pair in files.windows(2) {
        if pair[0].0 == pair[1].0 {
            diagnostics.push(
                Diagnostic::error(
                    paths.shown(&pair[1].1),
                    format!("duplicate slug `{}`: {} has the same name", pair[0].0, paths.shown(&pair[0].1)),
                )
                .hint("keep one of the two files"),
            );
        }
    }
    files.dedup_by(|a, b| a.0 == b.0);
    Some(files)
}

/// A symlink in content/ must not lead reads outside the site folder: not
/// the file itself, nor a folder on the way to it (`content/` or
/// `content/creators/` linked elsewhere).
pub fn ensure_inside(paths: &SitePaths, path: &Path) -> Result<(), Diagnostic> {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let root = paths.root.canonicalize().unwrap_or_else(|_| paths.root.clone());
    match path.canonicalize() {
        Ok(target) if target.starts_with(&root) => Ok(()),
        Ok(_) if is_link => Err(Diagnostic::error(paths.shown(path), "this symlink points outside the site folder")
            .hint("copy the file into the site instead of linking to it")),
        Ok(target) => Err(Diagnostic::error(
            paths.shown(path),
            format!("this file lies outside the site folder (a symlinked folder leads to {})", target.display()),
        )
        .hint("copy the content into the site folder instead of linking to it")),
        Err(_) if is_link => {
            Err(Diagnostic::error(paths.shown(path), "this symlink points to a file that does not exist"))
        }
        Err(e) => Err(Diagnostic::error(paths.shown(path), format!("cannot read the file: {e}"))),
    }
}
