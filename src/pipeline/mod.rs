//! The one orchestrator: load → compute → present → render → write.
//!
//! An [`Engine`] holds a loaded site and every unit's key ([`keys`]); a
//! [`Plan`] against a previous output says which units to render and which
//! to keep; [`run`] renders units and hands their files to a
//! [`Sink`](crate::write::Sink). `build` writes to a staging folder swapped in
//! whole; `serve` keeps an engine, reloads what an edit changed and writes to
//! memory.

/// The export reader of the load stage, for `mediakit import`.
pub use crate::load::import::{Export, RECENT_POSTS, YearBasis, inspect as inspect_export};
/// How `mediakit import` writes the dates it reports, as pages write them.
pub use crate::present::format::Formatter;

pub mod cache;
pub mod changes;
pub mod deps;
pub mod engine;
pub mod keys;
pub mod progress;
pub mod timings;
pub mod units;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load;
use crate::paths::SitePaths;
use crate::write::disk::DiskSink;
use crate::write::lock::OutputLock;
use crate::write::manifest::{self, Counts, Manifest};
use crate::write::pool::Pool;
use crate::write::{self, Sink, Staging};

use cache::LoadCache;
pub use engine::{Engine, Plan, Reload};
use keys::{Key, Sources};
use timings::Timings;
use units::{Ledger, Produced, Unit};

#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Defaults to `<root>/public`.
    pub out: Option<PathBuf>,
    /// Replaces `base_url` from `mediakit.yaml` (e.g. for previews).
    pub base_url: Option<String>,
}

/// What becomes of the PDFs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pdfs {
    /// Made with the pages (`build`).
    Render,
    /// Made when first asked for (`serve`).
    Defer,
    /// Left out, for benchmarks of the rest (`MEDIAKIT_NO_PDF=1`).
    Skip,
}

/// How a build runs, beyond what it builds.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Print where the time went (`build --timings`, `MEDIAKIT_TIMINGS=1`).
    pub timings: bool,
    pub pdfs: Pdfs,
    /// Show a progress line on stderr (a terminal, outside CI).
    pub progress: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { timings: false, pdfs: Pdfs::Render, progress: false }
    }
}

fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0")
}

impl Settings {
    /// The defaults, with the measuring switches read from the environment.
    pub fn from_env() -> Settings {
        Settings {
            timings: env_flag("MEDIAKIT_TIMINGS"),
            pdfs: if env_flag("MEDIAKIT_NO_PDF") { Pdfs::Skip } else { Pdfs::Render },
            progress: false,
        }
    }
}

#[derive(Clone, Debug)]
pub struct BuildReport {
    pub out: PathBuf,
    pub creators: usize,
    pub campaigns: usize,
    pub pages: usize,
    pub pdfs: usize,
    pub files: usize,
    /// Entries (creators, campaigns, the index pages) rendered by this build …
    pub rendered: usize,
    /// … and taken over unchanged from the previous output.
    pub reused: usize,
    /// Nothing had changed: the output was left as it was.
    pub up_to_date: bool,
    /// Creator and campaign files parsed; the others were unchanged and
    /// taken from the load cache.
    pub parsed: usize,
    pub elapsed: Duration,
    pub warnings: Diagnostics,
}

pub fn single(d: Diagnostic) -> Diagnostics {
    let mut all = Diagnostics::default();
    all.push(d);
    all
}

pub fn output_dir(options: &BuildOptions) -> PathBuf {
    options.out.clone().unwrap_or_else(|| options.root.join("public"))
}

/// Loads the site into an engine, reading every input file once.
pub fn load(options: &BuildOptions, pdfs: Pdfs) -> Result<Engine, Diagnostics> {
    let sources = Sources::read(&SitePaths::new(&options.root));
    Engine::load(options, pdfs, sources, &Timings::new(false))
}

/// A full build into the output folder.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_with(options, &Settings::default())
}

/// The switches that change what a build writes, as part of the site's key.
fn switches(options: &BuildOptions, settings: &Settings) -> String {
    deps::switches(settings.pdfs != Pdfs::Skip, &options.base_url)
}

pub fn build_with(options: &BuildOptions, settings: &Settings) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let t = Timings::new(settings.timings);
    let out = output_dir(options);
    let binary = keys::binary();
    let paths = SitePaths::new(&options.root);
    // Hashed before loading, so an edit made during the build is seen by the next one.
    let sources = t.stage("fingerprint", || Sources::read(&paths));
    let site_key = keys::hex(sources.site_key(&switches(options, settings)));
    // One build at a time per output folder, from before it looks at the
    // output until its own is in place. (Where the output's folder does not
    // exist yet, the lock is taken once the staging folder makes it.)
    let beside = write::staging::absolute(&out);
    let mut lock = match beside.parent().filter(|p| p.is_dir()) {
        Some(_) => Some(lock_output(&beside, &out)?),
        None => None,
    };
    if let Some(report) = up_to_date(&out, &paths, &binary, &site_key, started) {
        if t.enabled() {
            eprint!("{}", t.render(started.elapsed()));
        }
        return Ok(report);
    }

    let cache_path = write::swap::cache_path(&beside);
    let cache = t.stage("cache read", || LoadCache::read(&cache_path, &binary));
    let mut engine = Engine::load_cached(options, settings.pdfs, sources, &t, Some(&cache))?;
    write::check_output(&out, engine.paths()).map_err(single)?;
    // What this load parsed, with what it recalled, for the next build.
    let fresh = engine.take_fresh();
    t.stage("cache write", || {
        let before = cache.len();
        let next = cache.next(fresh, engine.sources());
        if next.changed_from(before) {
            // A cache that cannot be written only means parsing again next time.
            let _ = next.write(&cache_path, &binary);
        }
    });
    let previous = if out.join(write::MARKER).is_file() { Manifest::read(&out, keys::FORMAT, &binary) } else { None };
    let written = previous.as_ref().map(|m| manifest::Written::of(m, &out)).unwrap_or_default();
    let previous = previous.map(|m| ledger_of(&m)).unwrap_or_default();
    let cannot_prepare = |e: std::io::Error| {
        single(Diagnostic::error(out.display().to_string(), format!("cannot prepare the output: {e}")))
    };
    if lock.is_none() {
        if let Some(parent) = beside.parent() {
            std::fs::create_dir_all(parent).map_err(cannot_prepare)?;
        }
        lock = Some(lock_output(&beside, &out)?);
    }
    let (staging, cleared) = t.stage("staging", || Staging::begin(&out)).map_err(cannot_prepare)?;
    let ledger = write_to_disk(&engine, &previous, &written, &staging, settings, &t)?;
    let counts = count(&ledger);
    // Entries (creators, campaigns, the index pages), as the report counts them.
    let entries: Vec<&Entry> = ledger.iter().filter(|(u, _)| !u.is_fixed()).map(|(_, e)| e).collect();
    let rendered = entries.iter().filter(|e| e.fresh).count();
    let reused = entries.len() - rendered;
    let mut warnings = engine.diagnostics();
    let files: Vec<&String> = ledger.values().flat_map(|e| e.files.iter()).collect();
    let sizes = t
        .stage("sizes", || files.par_iter().filter_map(|rel| staging.size(rel).map(|s| ((*rel).clone(), s))).collect());
    let manifest = Manifest {
        format: keys::FORMAT,
        binary,
        site: site_key,
        entries: ledger.iter().map(|(u, p)| (u.name(), manifest::Produced::new(p.key, &p.files))).collect(),
        counts,
        warnings: warnings.items.iter().map(manifest::Stored::from_diagnostic).collect(),
        sizes,
    };
    let left = t
        .stage("swap", || {
            staging.write(manifest::FILE, &manifest.to_bytes())?;
            staging.commit()
        })
        .map_err(|e| {
            single(Diagnostic::error(out.display().to_string(), format!("cannot replace the output folder: {e}")))
        })?;
    drop(lock);
    // The new output is in place: what could not be tidied up is only reported.
    let root = write::staging::absolute(&paths.root);
    for l in cleared.into_iter().chain(left) {
        // Beside the output, which is usually inside the site.
        let shown = l.path.strip_prefix(&root).map_or_else(|_| l.path.display().to_string(), |p| paths.shown(p));
        warnings.push(
            Diagnostic::warning(
                shown,
                format!("an old output could not be removed ({}), so it was set aside here", l.error),
            )
            .hint("it is no longer needed: remove it by hand (later builds are not affected)"),
        );
    }
    if t.enabled() {
        eprint!("{}", t.render(started.elapsed()));
    }
    let site = engine.site();
    Ok(BuildReport {
        out,
        creators: site.creators.len(),
        campaigns: site.campaigns.len(),
        pages: counts.pages,
        pdfs: counts.pdfs,
        files: counts.files,
        rendered,
        reused,
        up_to_date: false,
        parsed: engine.parsed(),
        elapsed: started.elapsed(),
        warnings,
    })
}

/// Takes the lock of the output folder (`beside`, absolute), telling the
/// user when another build holds it and this one waits.
fn lock_output(beside: &Path, out: &Path) -> Result<OutputLock, Diagnostics> {
    let shown = crate::diagnostics::escaped(&out.display().to_string()).into_owned();
    OutputLock::acquire(beside, |holder| {
        let who = holder.map(|pid| format!(" (process {pid})")).unwrap_or_default();
        eprintln!("note: another build is writing {shown}{who}; waiting for it to finish…");
    })
    .map_err(|e| single(Diagnostic::error(shown.clone(), format!("cannot lock the output folder: {e}"))))
}

/// The ledger of a manifest: what each unit of the previous output was made from.
fn ledger_of(manifest: &Manifest) -> Ledger {
    manifest
        .entries
        .iter()
        .filter_map(|(name, p)| {
            let key = u64::from_str_radix(&p.key, 16).ok()?;
            Some((Unit::parse(name)?, Produced { key, files: p.files.clone() }))
        })
        .collect()
}

/// A unit's entry in the new output, and whether this build rendered it.
struct Entry {
    key: Key,
    files: Vec<String>,
    fresh: bool,
}

fn count(ledger: &BTreeMap<Unit, Entry>) -> Counts {
    let mut counts = Counts::default();
    for path in ledger.values().flat_map(|p| p.files.iter()) {
        counts.files += 1;
        if path.ends_with(".html") {
            counts.pages += 1;
        } else if path.ends_with(".pdf") {
            counts.pdfs += 1;
        }
    }
    counts
}

/// Renders what `previous` does not hold and writes the whole output into
/// the staging folder: theme assets and `static/` first (a page at the same
/// path must win over them), then the entries and the index pages.
fn write_to_disk(
    engine: &Engine,
    previous: &Ledger,
    written: &manifest::Written,
    staging: &Staging,
    settings: &Settings,
    t: &Timings,
) -> Result<BTreeMap<Unit, Entry>, Diagnostics> {
    let mut ledger = BTreeMap::new();
    for fixed in [true, false] {
        let produced = std::thread::scope(|scope| {
            let pool = Pool::start(scope, staging);
            let sink = DiskSink { staging, pool: &pool, written };
            let plan = engine.plan(previous, &sink);
            let render: Vec<(Unit, Key)> = plan.render.into_iter().filter(|(u, _)| u.is_fixed() == fixed).collect();
            let keep: Vec<(Unit, Produced)> = plan.keep.into_iter().filter(|(u, _)| u.is_fixed() == fixed).collect();
            for (unit, p) in &keep {
                for f in &p.files {
                    t.work(timings::Work::Reuse, || sink.keep(unit.layer(), f));
                }
            }
            let stage = if fixed { "assets+static" } else { "entries" };
            let progress = settings.progress && !fixed;
            let result = t.stage(stage, || run(engine, &render, previous, &sink, progress, t));
            let failures = pool.finish();
            (keep, result, failures)
        });
        let (keep, result, failures) = produced;
        let mut errors = match result {
            Ok(rendered) => {
                for (unit, p) in rendered {
                    ledger.insert(unit, Entry { key: p.key, files: p.files, fresh: true });
                }
                Diagnostics::default()
            }
            Err(e) => e,
        };
        for (path, e) in failures {
            errors.push(Diagnostic::error(path, format!("cannot write: {e}")));
        }
        if errors.has_errors() {
            errors.sort();
            return Err(errors);
        }
        for (unit, p) in keep {
            ledger.insert(unit, Entry { key: p.key, files: p.files, fresh: false });
        }
    }
    Ok(ledger)
}

/// Below this many units, rendering them in parallel costs more than it saves.
const PARALLEL_FROM: usize = 8;

/// Renders `units` on every core and hands their files to `sink`; a file a
/// unit made before (in `previous`) and makes no more is forgotten.
pub fn run(
    engine: &Engine,
    units: &[(Unit, Key)],
    previous: &Ledger,
    sink: &dyn Sink,
    progress: bool,
    t: &Timings,
) -> Result<Vec<(Unit, Produced)>, Diagnostics> {
    let done = AtomicUsize::new(0);
    // Roster cards are shared by the pages listing a creator: made once, first.
    engine.prepare_cards(units);
    let results: Vec<Result<(Unit, Produced), Diagnostics>> = std::thread::scope(|scope| {
        let line = progress.then(|| progress::Line::start(scope, &done, units.len()));
        let one = |(unit, key): &(Unit, Key)| -> Result<(Unit, Produced), Diagnostics> {
            let rendered = engine.render(unit, t);
            done.fetch_add(1, Ordering::Relaxed);
            let rendered = rendered?;
            let layer = unit.layer();
            let mut files: Vec<String> = rendered.files.iter().map(|f| f.path.clone()).collect();
            files.extend(rendered.deferred.iter().cloned());
            if let Some(before) = previous.get(unit) {
                for old in before.files.iter().filter(|f| !files.contains(f)) {
                    sink.forget(layer, old);
                }
            }
            for f in rendered.files {
                t.work(timings::Work::Write, || sink.put(layer, f));
            }
            for path in &rendered.deferred {
                sink.defer(path);
            }
            Ok((unit.clone(), Produced { key: *key, files }))
        };
        // A few units (an edit in `serve`) are rendered on this thread, which
        // leaves the other cores to answer the page that was just announced.
        let results: Vec<_> = if units.len() < PARALLEL_FROM {
            units.iter().map(one).collect()
        } else {
            units.par_iter().map(one).collect()
        };
        if let Some(line) = line {
            line.finish();
        }
        results
    });
    let mut errors = Diagnostics::default();
    let mut produced = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(p) => produced.push(p),
            Err(e) => errors.extend(e),
        }
    }
    if errors.has_errors() {
        errors.sort();
        Err(errors)
    } else {
        Ok(produced)
    }
}

/// When nothing the output was made from has changed and the output is
/// whole, the build has nothing to do: the output is left exactly as it is.
fn up_to_date(out: &Path, paths: &SitePaths, binary: &str, site_key: &str, started: Instant) -> Option<BuildReport> {
    write::check_output(out, paths).ok()?;
    if !out.join(write::MARKER).is_file() {
        return None;
    }
    let manifest = Manifest::read(out, keys::FORMAT, binary)?;
    if manifest.site != site_key || !manifest.intact(out) {
        return None;
    }
    let count = |kind: &str| manifest.entries.keys().filter(|k| k.starts_with(kind)).count();
    let entries = manifest.entries.keys().filter(|k| Unit::parse(k).is_some_and(|u| !u.is_fixed())).count();
    Some(BuildReport {
        out: out.to_path_buf(),
        creators: count("creator:"),
        campaigns: count("campaign:"),
        pages: manifest.counts.pages,
        pdfs: manifest.counts.pdfs,
        files: manifest.counts.files,
        rendered: 0,
        reused: entries,
        up_to_date: true,
        parsed: 0,
        elapsed: started.elapsed(),
        warnings: manifest.warnings(),
    })
}

/// Validates the site without writing anything (`mediakit check`).
pub fn check(root: &Path) -> Diagnostics {
    let loaded = load::load_site(root);
    let mut diagnostics = loaded.diagnostics;
    if let Some(site) = loaded.site {
        // Templates are part of the site too: a broken override is a problem to report.
        let paths = SitePaths::new(&site.root);
        match load::theme::load(&site.config.theme, &paths) {
            Ok(theme) => {
                // Label files too: a malformed one is an error, a gap a warning.
                let locales = std::iter::once((&site.config.locale, crate::paths::CONFIG_FILE))
                    .chain(site.creators.iter().filter_map(|e| e.data.locale.as_ref().map(|l| (l, e.file.as_str()))))
                    .chain(site.campaigns.iter().filter_map(|e| e.data.locale.as_ref().map(|l| (l, e.file.as_str()))));
                match crate::present::Ctx::with_labels(&site.config, &theme.labels, locales) {
                    Ok((ctx, warnings)) => {
                        diagnostics.items.extend(warnings);
                        if let Err(d) = crate::render::html::Html::new(&theme, &ctx, false, &site.root) {
                            diagnostics.push(d);
                        }
                    }
                    Err(errors) => diagnostics.items.extend(errors),
                }
            }
            Err(d) => diagnostics.push(d),
        }
    }
    diagnostics.sort();
    diagnostics
}
