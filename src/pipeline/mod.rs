//! One build, start to finish: load → compute → render → write.

pub mod fingerprint;
pub mod progress;
pub mod timings;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::compute::{self, SiteFigures};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load;
use crate::model::Site;
use crate::paths::SitePaths;
use crate::render::{OutputFile, Renderer};
use crate::write::manifest::{self, Counts, Manifest};
use crate::write::pool::{Job, Pool};
use crate::write::{self, Staging};

use fingerprint::Sources;
use timings::{Timings, Work};

#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Defaults to `<root>/public`.
    pub out: Option<PathBuf>,
    /// Replaces `base_url` from `mediakit.yaml` (e.g. for previews).
    pub base_url: Option<String>,
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
    pub elapsed: Duration,
    pub warnings: Diagnostics,
}

/// Loads the site and applies command-line overrides.
pub fn load(options: &BuildOptions) -> Result<(Site, Diagnostics), Diagnostics> {
    let loaded = load::load_site(&options.root);
    match loaded.site {
        Some(mut site) => {
            if let Some(url) = &options.base_url {
                if let Err(message) = load::check_config::check_base_url(url) {
                    let mut d = Diagnostics::default();
                    d.push(Diagnostic::error("--base-url", message));
                    return Err(d);
                }
                site.config.base_url = url.clone();
            }
            Ok((site, loaded.diagnostics))
        }
        None => Err(loaded.diagnostics),
    }
}

/// How a build runs, beyond what it builds: switches for measuring it.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Print where the time went (`build --timings`, `MEDIAKIT_TIMINGS=1`).
    pub timings: bool,
    /// Render the PDFs. Off only for benchmarks of the rest (`MEDIAKIT_NO_PDF=1`).
    pub pdfs: bool,
    /// Show a progress line on stderr (a terminal, outside CI).
    pub progress: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { timings: false, pdfs: true, progress: false }
    }
}

fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0")
}

impl Settings {
    /// The defaults, with the measuring switches read from the environment.
    pub fn from_env() -> Settings {
        Settings { timings: env_flag("MEDIAKIT_TIMINGS"), pdfs: !env_flag("MEDIAKIT_NO_PDF"), progress: false }
    }
}

pub fn output_dir(options: &BuildOptions) -> PathBuf {
    options.out.clone().unwrap_or_else(|| options.root.join("public"))
}

/// A full build into the output folder.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_with(options, &Settings::default())
}

/// The switches that change what a build writes, as part of every key.
fn switches(options: &BuildOptions, settings: &Settings) -> String {
    format!("pdfs={} base_url={:?}", settings.pdfs, options.base_url)
}

pub fn build_with(options: &BuildOptions, settings: &Settings) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let t = Timings::new(settings.timings);
    let out = output_dir(options);
    let switches = switches(options, settings);
    let binary = fingerprint::binary();
    let paths = SitePaths::new(&options.root);
    // Hashed before loading, so an edit made during the build is seen by the next one.
    let sources = t.stage("fingerprint", || Sources::read(&paths));
    let site_key = fingerprint::hex(sources.site_key(&switches));
    if let Some(report) = up_to_date(&out, &paths, &binary, &site_key, started) {
        if t.enabled() {
            eprint!("{}", t.render(started.elapsed()));
        }
        return Ok(report);
    }

    let (site, warnings) = t.stage("load", || load(options))?;
    let paths = SitePaths::new(&site.root);
    write::check_output(&out, &paths).map_err(single)?;
    let figures = t.stage("compute", || compute::compute_site(&site));
    let renderer = t.stage("theme", || Renderer::new(&site)).map_err(single)?;
    let previous =
        if out.join(write::MARKER).is_file() { Manifest::read(&out, fingerprint::FORMAT, &binary) } else { None };
    let global = fingerprint::global(&switches, &site, &renderer.theme, &sources, &paths);
    let keys = t.stage("keys", || Keys::of(global, &site, &sources, &paths));
    let staging = t
        .stage("staging", || Staging::begin(&out))
        .map_err(|e| single(Diagnostic::error(out.display().to_string(), format!("cannot prepare the output: {e}"))))?;
    let plan = Plan { site: &site, figures: &figures, renderer: &renderer, keys: &keys, previous: previous.as_ref() };
    let written = write_site(&plan, &paths, &staging, settings, &t)?;
    let manifest = Manifest {
        format: fingerprint::FORMAT,
        binary,
        site: site_key,
        entries: written.entries,
        fixed: written.fixed,
        counts: written.counts,
        warnings: warnings.items.iter().filter(|d| !d.is_error()).map(manifest::Stored::from_diagnostic).collect(),
    };
    t.stage("swap", || {
        staging.write(manifest::FILE, &manifest.to_bytes())?;
        staging.commit()
    })
    .map_err(|e| {
        single(Diagnostic::error(out.display().to_string(), format!("cannot replace the output folder: {e}")))
    })?;
    if t.enabled() {
        eprint!("{}", t.render(started.elapsed()));
    }
    Ok(BuildReport {
        out,
        creators: site.creators.len(),
        campaigns: site.campaigns.len(),
        pages: written.counts.pages,
        pdfs: written.counts.pdfs,
        files: written.counts.files,
        rendered: written.rendered,
        reused: written.reused,
        up_to_date: false,
        elapsed: started.elapsed(),
        warnings,
    })
}

/// When nothing the output was made from has changed and the output is
/// whole, the build has nothing to do: the output is left exactly as it is.
fn up_to_date(out: &Path, paths: &SitePaths, binary: &str, site_key: &str, started: Instant) -> Option<BuildReport> {
    write::check_output(out, paths).ok()?;
    if !out.join(write::MARKER).is_file() {
        return None;
    }
    let manifest = Manifest::read(out, fingerprint::FORMAT, binary)?;
    if manifest.site != site_key || !manifest.intact(out) {
        return None;
    }
    let count = |kind: &str| manifest.entries.keys().filter(|k| k.starts_with(kind)).count();
    Some(BuildReport {
        out: out.to_path_buf(),
        creators: count("creator:"),
        campaigns: count("campaign:"),
        pages: manifest.counts.pages,
        pdfs: manifest.counts.pdfs,
        files: manifest.counts.files,
        rendered: 0,
        reused: manifest.entries.len(),
        up_to_date: true,
        elapsed: started.elapsed(),
        warnings: manifest.warnings(),
    })
}

pub fn single(d: Diagnostic) -> Diagnostics {
    let mut all = Diagnostics::default();
    all.push(d);
    all
}

/// The key of every entry of the site, in site order.
pub struct Keys {
    pub creators: Vec<fingerprint::Key>,
    pub campaigns: Vec<fingerprint::Key>,
    /// The roster, sitemap and 404 page: every entry's key together.
    pub index: fingerprint::Key,
}

impl Keys {
    pub fn of(global: fingerprint::Key, site: &Site, sources: &Sources, paths: &SitePaths) -> Keys {
        let creators: Vec<_> =
            site.creators.par_iter().map(|e| fingerprint::creator(global, e, sources, paths)).collect();
        let campaigns: Vec<_> =
            site.campaigns.par_iter().map(|e| fingerprint::campaign(global, e, site, sources, paths)).collect();
        let mut index = fingerprint::KeyBuilder::new("index");
        index.key(global);
        for (e, k) in site.creators.iter().zip(&creators) {
            index.text(&e.slug).key(*k);
        }
        for (e, k) in site.campaigns.iter().zip(&campaigns) {
            index.text(&e.slug).key(*k);
        }
        Keys { creators, campaigns, index: index.finish() }
    }
}

/// What a build renders from, and what it may take over from the last one.
pub struct Plan<'a> {
    pub site: &'a Site,
    pub figures: &'a SiteFigures,
    pub renderer: &'a Renderer,
    pub keys: &'a Keys,
    pub previous: Option<&'a Manifest>,
}

impl Plan<'_> {
    /// The files of `name` in the previous output, when its key is unchanged
    /// and every one of them is still there.
    fn reusable(&self, name: &str, key: fingerprint::Key) -> Option<&[String]> {
        let produced = self.previous?.entries.get(name)?;
        (produced.key == fingerprint::hex(key)).then_some(produced.files.as_slice())
    }
}

/// What [`write_site`] did.
pub struct Written {
    pub counts: Counts,
    pub entries: BTreeMap<String, manifest::Produced>,
    pub fixed: Vec<String>,
    pub rendered: usize,
    pub reused: usize,
}

#[derive(Default)]
struct Tally {
    pages: AtomicUsize,
    pdfs: AtomicUsize,
    files: AtomicUsize,
}

impl Tally {
    fn count(&self, path: &str) {
        self.files.fetch_add(1, Ordering::Relaxed);
        if path.ends_with(".html") {
            self.pages.fetch_add(1, Ordering::Relaxed);
        } else if path.ends_with(".pdf") {
            self.pdfs.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// The files that list the whole site: the roster, the sitemap, the 404
/// page and the GitHub Pages marker.
pub fn render_index(renderer: &Renderer, site: &Site, figures: &SiteFigures) -> Result<Vec<OutputFile>, Diagnostics> {
    let cards = renderer.roster_cards(site, figures).map_err(single)?;
    render_index_from(renderer, site, figures, &cards.iter().collect::<Vec<_>>())
}

/// [`render_index`] with the roster cards of every creator already rendered.
pub fn render_index_from(
    renderer: &Renderer,
    site: &Site,
    figures: &SiteFigures,
    cards: &[&crate::render::RosterCard],
) -> Result<Vec<OutputFile>, Diagnostics> {
    let mut errors = Diagnostics::default();
    let mut files = Vec::with_capacity(4);
    for file in [renderer.roster_from(site, figures, cards), renderer.not_found()] {
        match file {
            Ok(f) => files.push(f),
            Err(d) => errors.push(d),
        }
    }
    files.push(renderer.sitemap(site, figures));
    files.push(OutputFile::new(".nojekyll", Vec::new()));
    if errors.has_errors() { Err(errors) } else { Ok(files) }
}

/// One unit of output: an entry's files, rendered or taken over.
enum Unit {
    Creator(usize),
    Campaign(usize),
    Index,
}

/// Renders and writes every file of the site into `staging`. Theme assets
/// go first, then the site's `static/` (which may override them), then pages;
/// the files of entries whose key is unchanged are taken over from the
/// previous output instead of being rendered again.
pub fn write_site(
    plan: &Plan,
    paths: &SitePaths,
    staging: &Staging,
    settings: &Settings,
    t: &Timings,
) -> Result<Written, Diagnostics> {
    let tally = Tally::default();
    let renderer = plan.renderer;
    // Assets and static files first, and finished before any page is written:
    // a page at the same path must win over them.
    let mut fixed: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for file in t.stage("assets", || renderer.assets()) {
        tally.count(&file.path);
        fixed.insert(file.path, file.bytes);
    }
    let statics = t.stage("static", || write::static_files(paths)).map_err(single)?;
    for (rel, path) in &statics {
        let bytes = write::read_static(paths, path).map_err(single)?;
        tally.files.fetch_add(1, Ordering::Relaxed);
        fixed.insert(rel.clone(), bytes);
    }
    let fixed_paths: Vec<String> = fixed.keys().cloned().collect();
    let failures = t.stage("write fixed", || {
        std::thread::scope(|scope| {
            let pool = Pool::start(scope, staging);
            for (rel, bytes) in fixed {
                pool.send(Job::Write(rel, bytes));
            }
            pool.finish()
        })
    });
    if let Some((path, e)) = failures.into_iter().next() {
        return Err(single(Diagnostic::error(path, format!("cannot write: {e}"))));
    }

    let units: Vec<Unit> = (0..plan.site.creators.len())
        .map(Unit::Creator)
        .chain((0..plan.site.campaigns.len()).map(Unit::Campaign))
        .chain(std::iter::once(Unit::Index))
        .collect();
    let reused = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let out_dir = staging.out().to_path_buf();
    let (results, failures) = t.stage("entries", || {
        std::thread::scope(|scope| {
            let pool = Pool::start(scope, staging);
            let progress = settings.progress.then(|| progress::Line::start(scope, &done, units.len()));
            let results: Vec<Result<(String, manifest::Produced), Diagnostics>> = units
                .par_iter()
                .map(|unit| {
                    let (name, key) = match unit {
                        Unit::Creator(i) => {
                            (format!("creator:{}", plan.site.creators[*i].slug), plan.keys.creators[*i])
                        }
                        Unit::Campaign(i) => {
                            (format!("campaign:{}", plan.site.campaigns[*i].slug), plan.keys.campaigns[*i])
                        }
                        Unit::Index => ("index".to_string(), plan.keys.index),
                    };
                    let hex = fingerprint::hex(key);
                    done.fetch_add(1, Ordering::Relaxed);
                    if let Some(files) = plan.reusable(&name, key)
                        && files.iter().all(|f| manifest::is_plain_file(&out_dir.join(f)))
                    {
                        for f in files {
                            tally.count(f);
                            t.work(Work::Reuse, || pool.send(Job::Reuse(f.clone())));
                        }
                        reused.fetch_add(1, Ordering::Relaxed);
                        return Ok((name, manifest::Produced { key: hex, files: files.to_vec() }));
                    }
                    let files = render_unit(plan, unit, settings, t)?;
                    let mut paths = Vec::with_capacity(files.len());
                    for f in files {
                        tally.count(&f.path);
                        paths.push(f.path.clone());
                        t.work(Work::Write, || pool.send(Job::Write(f.path, f.bytes)));
                    }
                    Ok((name, manifest::Produced { key: hex, files: paths }))
                })
                .collect();
            if let Some(line) = progress {
                line.finish();
            }
            (results, pool.finish())
        })
    });
    let mut errors = Diagnostics::default();
    let mut entries = BTreeMap::new();
    for r in results {
        match r {
            Ok((name, produced)) => {
                entries.insert(name, produced);
            }
            Err(e) => errors.extend(e),
        }
    }
    for (path, e) in failures {
        errors.push(Diagnostic::error(path, format!("cannot write: {e}")));
    }
    if errors.has_errors() {
        errors.sort();
        return Err(errors);
    }
    let reused = reused.load(Ordering::Relaxed);
    Ok(Written {
        counts: Counts {
            pages: tally.pages.load(Ordering::Relaxed),
            pdfs: tally.pdfs.load(Ordering::Relaxed),
            files: tally.files.load(Ordering::Relaxed),
        },
        rendered: entries.len() - reused,
        reused,
        entries,
        fixed: fixed_paths,
    })
}

fn render_unit(plan: &Plan, unit: &Unit, settings: &Settings, t: &Timings) -> Result<Vec<OutputFile>, Diagnostics> {
    let (renderer, site, figures) = (plan.renderer, plan.site, plan.figures);
    match unit {
        Unit::Creator(i) => {
            let (entry, f) = (&site.creators[*i], &figures.creators[*i]);
            let mut files = t.work(Work::Pages, || renderer.creator(entry, f)).map_err(single)?;
            if settings.pdfs {
                files.extend(t.work(Work::Pdf, || crate::pdf::creator_pdf(entry, f, renderer)).map_err(single)?);
            }
            Ok(files)
        }
        Unit::Campaign(i) => {
            let (entry, f) = (&site.campaigns[*i], &figures.campaigns[*i]);
            let mut files = t.work(Work::Pages, || renderer.campaign(entry, f)).map_err(single)?;
            if settings.pdfs {
                files.extend(t.work(Work::Pdf, || crate::pdf::campaign_pdf(entry, f, renderer)).map_err(single)?);
            }
            Ok(files)
        }
        Unit::Index => t.work(Work::Pages, || render_index(renderer, site, figures)),
    }
}

/// Validates the site without writing anything (`mediakit check`).
pub fn check(root: &Path) -> Diagnostics {
    let loaded = load::load_site(root);
    let mut diagnostics = loaded.diagnostics;
    if let Some(site) = loaded.site {
        // Templates are part of the site too: a broken override is a problem to report.
        if let Err(d) = Renderer::new(&site) {
            diagnostics.push(d);
        }
    }
    diagnostics.sort();
    diagnostics
}
