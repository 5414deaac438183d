//! Load stage: the site folder → a typed [`Site`], or every problem found.

pub mod check_campaign;
pub mod check_config;
pub mod check_creator;
pub mod check_static;
pub mod de;
pub mod import;
pub mod locate;
pub mod picture;
pub mod source;
pub mod statics;
pub mod theme;
pub mod tree;
pub mod validate;
pub mod yaml;

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::yaml::{Document, Repairs};
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
    /// The content files parsed this time that [`Recall`] may keep for the
    /// next load, by shown path, each with its entry as [`Recall`] stores it.
    pub fresh: Vec<(String, Vec<u8>)>,
    /// Content files parsed (the others were recalled).
    pub parsed: usize,
}

/// Entries read before, kept by the bytes of their file, so that a load
/// parses only the files that changed since. Only files that read cleanly
/// (no error, no warning) are kept; what the checks after parsing find, the
/// platform exports an entry imports and the references between files are
/// worked out again on every load, from the whole site.
pub trait Recall: Sync {
    /// The stored entry of the file at `shown`, when the file's bytes are
    /// still the ones it was read from.
    fn recall(&self, shown: &str) -> Option<&[u8]>;
    /// Whether `text` is what the file at `shown` holds as the build saw it
    /// (so that an entry is never kept under the key of other bytes).
    fn matches(&self, shown: &str, text: &str) -> bool;
}

/// An entry as [`Recall`] keeps it: compact JSON, deflated, and only if
/// reading it back gives exactly the same entry (it is serialised again and
/// compared).
fn keepable<T: Document + serde::Serialize>(data: &T) -> Option<Vec<u8>> {
    let json = serde_json::to_vec(data).ok()?;
    let back: T = serde_json::from_slice(&json).ok()?;
    if serde_json::to_vec(&back).ok()? != json {
        return None;
    }
    deflate(&json)
}

thread_local! {
    /// One compressor per thread, reset between entries: a fresh one for
    /// each would allocate (and leave behind) its tables every time.
    static DEFLATE: std::cell::RefCell<flate2::Compress> =
        std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::fast(), false));
    static INFLATE: std::cell::RefCell<flate2::Decompress> = std::cell::RefCell::new(flate2::Decompress::new(false));
}

fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    DEFLATE.with(|d| {
        let mut d = d.borrow_mut();
        d.reset();
        let mut out = Vec::with_capacity(bytes.len() / 4 + 64);
        loop {
            let read = d.total_in() as usize;
            let status = d.compress_vec(&bytes[read..], &mut out, flate2::FlushCompress::Finish).ok()?;
            if status == flate2::Status::StreamEnd {
                break;
            }
            out.reserve(out.capacity().max(64));
        }
        out.shrink_to_fit();
        Some(out)
    })
}

/// Entries kept larger than this are not trusted (a content file is at most 16 MB).
const MAX_KEPT: usize = 64 * 1024 * 1024;

/// An entry [`keepable`] made, read back.
fn unkeep<T: Document>(bytes: &[u8]) -> Option<T> {
    let json = INFLATE.with(|d| {
        let mut d = d.borrow_mut();
        d.reset(false);
        let mut out = Vec::with_capacity(bytes.len() * 6 + 64);
        loop {
            let read = d.total_in() as usize;
            let before = (d.total_in(), d.total_out());
            let status = d.decompress_vec(&bytes[read..], &mut out, flate2::FlushDecompress::Finish).ok()?;
            if status == flate2::Status::StreamEnd {
                return Some(out);
            }
            if (d.total_in(), d.total_out()) == before && out.len() < out.capacity() {
                return None; // cut short: no progress with room to spare
            }
            if out.len() >= MAX_KEPT {
                return None;
            }
            out.reserve(out.capacity().min(MAX_KEPT));
        }
    })?;
    serde_json::from_slice(&json).ok()
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

/// Like [`locate`], for findings about a file read with mistakes in it:
/// their paths are put back in the file's own terms, and findings about what
/// was left out of it (already reported) are dropped.
pub fn locate_repaired(file: &str, source: &str, findings: Vec<Finding>, repairs: &Repairs) -> Vec<Diagnostic> {
    if repairs.is_empty() {
        return locate(file, source, findings);
    }
    let placed = findings
        .into_iter()
        .filter_map(|mut f| {
            f.path = repairs.place(&f.path)?;
            Some(f)
        })
        .collect();
    locate(file, source, placed)
}

pub fn load_site(root: &Path) -> Loaded {
    load_site_with(root, None)
}

/// [`load_site`], taking the entries of unchanged files from `recall`.
pub fn load_site_with(root: &Path, recall: Option<&dyn Recall>) -> Loaded {
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
        return Loaded { site: None, diagnostics, broken: Vec::new(), fresh: Vec::new(), parsed: 0 };
    }

    let config = if has_config {
        let shown = paths.shown(&config_path);
        match ensure_inside(&paths, &config_path).and_then(|()| source::read_text(&config_path, &shown)) {
            Ok(text) => {
                let parsed = yaml::read::<SiteConfig>(&shown, &text);
                let clean = parsed.is_clean();
                diagnostics.items.extend(parsed.diagnostics);
                parsed.data.and_then(|config| {
                    let findings = check_config::check(&config, &paths);
                    let found = locate_repaired(&shown, &text, findings, &parsed.repairs);
                    let failed = found.iter().any(Diagnostic::is_error);
                    diagnostics.items.extend(found);
                    (clean && !failed).then_some(config)
                })
            }
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

    let mut fresh = Vec::new();
    let mut parsed = 0;
    let Folder { entries: mut creators, sources: mut creator_sources, broken: broken_creators, partial } =
        load_folder::<Creator>(&paths, &paths.creators(), recall, &mut fresh, &mut parsed, &mut diagnostics);
    // Platform exports, read into the profiles before they are checked.
    let imported: Vec<Vec<Diagnostic>> = creators
        .par_iter_mut()
        .zip(creator_sources.par_iter_mut())
        .map(|(entry, text)| {
            if entry.data.platforms.iter().any(|p| p.import.is_some()) {
                let text = text.get(&paths, &entry.file);
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
    let found: Vec<Vec<Diagnostic>> = creators
        .par_iter()
        .zip(creator_sources.par_iter_mut())
        .map(|(entry, text)| {
            let findings = check_creator::check(&entry.data, effective, &paths);
            if findings.is_empty() { Vec::new() } else { locate(&entry.file, text.get(&paths, &entry.file), findings) }
        })
        .collect();
    diagnostics.items.extend(found.into_iter().flatten());
    for p in &partial {
        diagnostics.items.extend(partial_creator_problems(p, effective, &paths));
    }
    drop(creator_sources);
    drop(partial);

    let Folder { entries: mut campaigns, sources: mut campaign_sources, partial, .. } =
        load_folder::<Campaign>(&paths, &paths.campaigns(), recall, &mut fresh, &mut parsed, &mut diagnostics);
    let known: Vec<&str> = creators.iter().map(|c| c.slug.as_str()).collect();
    for (entry, text) in campaigns.iter_mut().zip(&mut campaign_sources) {
        if !entry.data.posts_from.0.is_empty() {
            let text = text.get(&paths, &entry.file);
            diagnostics.items.extend(import::apply_campaign(&paths, entry, text, effective, &known));
        }
    }
    drop(known);
    for (entry, text) in campaigns.iter().zip(&mut campaign_sources) {
        let findings = check_campaign::check(&entry.data, &creators, &broken_creators);
        if !findings.is_empty() {
            diagnostics.items.extend(locate(&entry.file, text.get(&paths, &entry.file), findings));
        }
    }
    for p in &partial {
        diagnostics.items.extend(partial_campaign_problems(p, &creators, &broken_creators));
    }
    drop(campaign_sources);
    drop(partial);

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
    Loaded { site, diagnostics, broken: broken_creators, fresh, parsed }
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

/// Said once by a build whose `base_url` cannot make the full addresses the
/// sitemap, canonical links and link previews need (a path, or the
/// placeholder `init` wrote). `from_flag`: the address came from `--base-url`.
pub fn base_url_warning(paths: &SitePaths, base_url: &str, from_flag: bool) -> Option<Diagnostic> {
    let (message, hint) = check_config::publish_problem(base_url, from_flag)?;
    if from_flag {
        return Some(Diagnostic::warning("--base-url", message).hint(hint));
    }
    let config = paths.config();
    let mut d = Diagnostic::warning(paths.shown(&config), message).hint(hint);
    if let Ok(text) = fs::read_to_string(&config)
        && let Some((line, column)) = locate::Locator::new(&text).exact("base_url")
    {
        d = d.at(&text, line, column).field("base_url");
    }
    Some(d)
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

/// A content file read without errors: the entry, its source text (for
/// locating later findings) and the warnings reading it gave.
pub struct Read<T> {
    pub entry: Entry<T>,
    pub text: String,
    pub warnings: Vec<Diagnostic>,
}

/// A content file with errors: all of them, and as much of the entry as
/// could be read, for the checks of the rest.
pub struct Broken<T> {
    pub diagnostics: Vec<Diagnostic>,
    pub partial: Option<Partial<T>>,
}

/// The readable part of a file with errors, and what was left out of it.
pub struct Partial<T> {
    pub entry: Entry<T>,
    pub text: String,
    pub repairs: Repairs,
}

/// Reads and checks one content file against its schema; `slug` is its
/// file stem. `serve` reloads a single edited file through this.
pub fn read_entry<T: Document>(paths: &SitePaths, slug: &str, path: &Path) -> Result<Read<T>, Box<Broken<T>>> {
    let fail = |d: Diagnostic| Box::new(Broken { diagnostics: vec![d], partial: None });
    ensure_inside(paths, path).map_err(fail)?;
    let shown = paths.shown(path);
    let text = source::read_text(path, &shown).map_err(fail)?;
    let parsed = yaml::read::<T>(&shown, &text);
    let clean = parsed.is_clean();
    let entry = |data| Entry { slug: slug.to_string(), file: shown.clone(), data };
    match parsed.data {
        Some(data) if clean => Ok(Read { entry: entry(data), text, warnings: parsed.diagnostics }),
        data => Err(Box::new(Broken {
            diagnostics: parsed.diagnostics,
            partial: data.map(|data| Partial { entry: entry(data), text, repairs: parsed.repairs }),
        })),
    }
}

/// An entry `recall` holds for the file at `path` (listed by
/// [`list_yaml_files`], which keeps reads inside the site).
fn recalled<T: Document>(paths: &SitePaths, slug: &str, path: &Path, recall: &dyn Recall) -> Option<Read<T>> {
    let shown = paths.shown(path);
    let data: T = unkeep(recall.recall(&shown)?)?;
    Some(Read { entry: Entry { slug: slug.to_string(), file: shown, data }, text: String::new(), warnings: Vec::new() })
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

/// The checks of a creator profile that has errors, on the part that could be read.
pub fn partial_creator_problems(p: &Partial<Creator>, config: &SiteConfig, paths: &SitePaths) -> Vec<Diagnostic> {
    locate_repaired(&p.entry.file, &p.text, check_creator::check(&p.entry.data, config, paths), &p.repairs)
}

/// The checks of a campaign that has errors, on the part that could be read:
/// an unknown creator is reported even when a date above it is wrong.
pub fn partial_campaign_problems(
    p: &Partial<Campaign>,
    creators: &[Entry<Creator>],
    broken: &[String],
) -> Vec<Diagnostic> {
    locate_repaired(&p.entry.file, &p.text, check_campaign::check(&p.entry.data, creators, broken), &p.repairs)
}

/// What [`load_folder`] read: the entries, their source texts (for locating
/// later findings), the slugs of the files that did not load, and what could
/// be read of those.
struct Folder<T> {
    entries: Vec<Entry<T>>,
    sources: Vec<Text>,
    broken: Vec<String>,
    partial: Vec<Partial<T>>,
}

/// The source text of an entry, read only when something needs it (an
/// entry recalled from a previous load is not read at all otherwise).
enum Text {
    Read(String),
    Unread,
}

impl Text {
    /// The text, read now if it was not; a file that cannot be read any
    /// more (removed meanwhile) gives no text, so findings go unlocated.
    fn get(&mut self, paths: &SitePaths, shown: &str) -> &str {
        if let Text::Unread = self {
            let text = source::read_text(&paths.root.join(shown), shown).unwrap_or_default();
            *self = Text::Read(text);
        }
        match self {
            Text::Read(text) => text,
            Text::Unread => "",
        }
    }
}

/// One file of a content folder, read or recalled.
type Outcome<T> = (Result<Read<T>, Box<Broken<T>>>, Option<Vec<u8>>, bool);

/// Loads every `*.yaml` / `*.yml` in one folder, in parallel, sorted by slug.
/// Files `recall` holds unchanged are not parsed; files parsed cleanly are
/// added to `fresh` for the next load.
fn load_folder<T: Document + serde::Serialize + Send>(
    paths: &SitePaths,
    dir: &Path,
    recall: Option<&dyn Recall>,
    fresh: &mut Vec<(String, Vec<u8>)>,
    parsed_count: &mut usize,
    diagnostics: &mut Diagnostics,
) -> Folder<T> {
    let files = list_yaml_files(paths, dir, diagnostics).unwrap_or_default();
    let outcomes: Vec<Outcome<T>> = files
        .par_iter()
        .map(|(slug, path)| {
            if let Some(recall) = recall
                && let Some(read) = recalled::<T>(paths, slug, path, recall)
            {
                return (Ok(read), None, false);
            }
            let read = read_entry::<T>(paths, slug, path);
            let kept = match (&read, recall) {
                (Ok(r), Some(recall)) if r.warnings.is_empty() && recall.matches(&r.entry.file, &r.text) => {
                    keepable(&r.entry.data)
                }
                _ => None,
            };
            (read, kept, true)
        })
        .collect();
    let mut results = Vec::with_capacity(outcomes.len());
    let mut unread = Vec::with_capacity(outcomes.len());
    for (read, kept, parsed) in outcomes {
        if let (Some(bytes), Ok(r)) = (kept, &read) {
            fresh.push((r.entry.file.clone(), bytes));
        }
        results.push(read);
        unread.push(!parsed);
        *parsed_count += usize::from(parsed);
    }
    let mut folder = Folder {
        entries: Vec::with_capacity(results.len()),
        sources: Vec::new(),
        broken: Vec::new(),
        partial: Vec::new(),
    };
    for ((r, (slug, _)), unread) in results.into_iter().zip(files).zip(unread) {
        match r {
            Ok(read) => {
                diagnostics.items.extend(read.warnings);
                folder.entries.push(read.entry);
                folder.sources.push(if unread { Text::Unread } else { Text::Read(read.text) });
            }
            Err(broken) => {
                let Broken { diagnostics: found, partial } = *broken;
                diagnostics.items.extend(found);
                folder.broken.push(slug);
                folder.partial.extend(partial);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_entry_reads_back_as_the_same_entry() {
        let text = "name: Ava Test\ntagline: Skincare\nas_of: 2026-11-01\nplatforms:\n  - platform: instagram\n    followers: 48200\n    avg_likes: 2100\n    history:\n      - {date: 2026-01-01, followers: 10000}\n    recent_posts:\n      - {date: 2026-10-01, likes: 1200, comments: 31}\nrates:\n  currency: EUR\n  items:\n    - {platform: instagram, deliverable: reel, price: 1250.5}\n";
        let parsed = yaml::read::<Creator>("ava.yaml", text);
        assert!(parsed.is_clean(), "{:?}", parsed.diagnostics);
        let creator = parsed.data.expect("read");
        let kept = keepable(&creator).expect("kept");
        let back: Creator = unkeep(&kept).expect("read back");
        assert_eq!(serde_json::to_vec(&back).unwrap(), serde_json::to_vec(&creator).unwrap());
        assert_eq!(back.platforms[0].followers.map(|c| c.0), Some(48_200));
        // Bytes that are not a kept entry are not one.
        assert!(unkeep::<Creator>(b"not deflate").is_none());
        assert!(unkeep::<Creator>(&kept[..kept.len() / 2]).is_none());
    }
}
