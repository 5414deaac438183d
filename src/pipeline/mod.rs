//! One build, start to finish: load → compute → render → write.

pub mod timings;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::compute::{self, CampaignFigures, CreatorFigures, SiteFigures};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load;
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::model::{Entry, Site};
use crate::paths::SitePaths;
use crate::render::{OutputFile, Renderer};
use crate::write::{self, Staging};

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
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { timings: false, pdfs: true }
    }
}

fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0")
}

impl Settings {
    /// The defaults, with the measuring switches read from the environment.
    pub fn from_env() -> Settings {
        Settings { timings: env_flag("MEDIAKIT_TIMINGS"), pdfs: !env_flag("MEDIAKIT_NO_PDF") }
    }
}

pub fn output_dir(options: &BuildOptions) -> PathBuf {
    options.out.clone().unwrap_or_else(|| options.root.join("public"))
}

/// A full build into the output folder.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_with(options, &Settings::default())
}

pub fn build_with(options: &BuildOptions, settings: &Settings) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let t = Timings::new(settings.timings);
    let (site, warnings) = t.stage("load", || load(options))?;
    let out = output_dir(options);
    let paths = SitePaths::new(&site.root);
    write::check_output(&out, &paths).map_err(single)?;
    let figures = t.stage("compute", || compute::compute_site(&site));
    let renderer = t.stage("theme", || Renderer::new(&site)).map_err(single)?;
    let staging = t
        .stage("staging", || Staging::begin(&out))
        .map_err(|e| single(Diagnostic::error(out.display().to_string(), format!("cannot prepare the output: {e}"))))?;
    let counts = write_site(&site, &figures, &renderer, &paths, &staging, settings, &t)?;
    t.stage("swap", || staging.commit()).map_err(|e| {
        single(Diagnostic::error(out.display().to_string(), format!("cannot replace the output folder: {e}")))
    })?;
    if t.enabled() {
        eprint!("{}", t.render(started.elapsed()));
    }
    Ok(BuildReport {
        out,
        creators: site.creators.len(),
        campaigns: site.campaigns.len(),
        pages: counts.pages,
        pdfs: counts.pdfs,
        files: counts.files,
        elapsed: started.elapsed(),
        warnings,
    })
}

pub fn single(d: Diagnostic) -> Diagnostics {
    let mut all = Diagnostics::default();
    all.push(d);
    all
}

#[derive(Default)]
pub struct Counts {
    pub pages: usize,
    pub pdfs: usize,
    pub files: usize,
}

#[derive(Default)]
struct Tally {
    pages: AtomicUsize,
    pdfs: AtomicUsize,
    files: AtomicUsize,
}

impl Tally {
    fn put(&self, staging: &Staging, file: &OutputFile, t: &Timings) -> Result<(), Diagnostic> {
        t.work(Work::Write, || staging.write(&file.path, &file.bytes))
            .map_err(|e| Diagnostic::error(file.path.clone(), format!("cannot write: {e}")))?;
        self.files.fetch_add(1, Ordering::Relaxed);
        if file.path.ends_with(".html") {
            self.pages.fetch_add(1, Ordering::Relaxed);
        } else if file.path.ends_with(".pdf") {
            self.pdfs.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    }
}

/// The kit, rate card, data.json and PDF of one creator: everything that
/// depends on that profile alone.
pub fn render_creator(
    renderer: &Renderer,
    entry: &Entry<Creator>,
    figures: &CreatorFigures,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let mut files = renderer.creator(entry, figures)?;
    files.extend(crate::pdf::creator_pdf(entry, figures, renderer)?);
    Ok(files)
}

/// The report page, data.json and PDF of one campaign.
pub fn render_campaign(
    renderer: &Renderer,
    entry: &Entry<Campaign>,
    figures: &CampaignFigures,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let mut files = renderer.campaign(entry, figures)?;
    files.extend(crate::pdf::campaign_pdf(entry, figures, renderer)?);
    Ok(files)
}

/// The files that list the whole site: the roster, the sitemap, the 404
/// page and the GitHub Pages marker.
pub fn render_index(renderer: &Renderer, site: &Site, figures: &SiteFigures) -> Result<Vec<OutputFile>, Diagnostics> {
    let mut errors = Diagnostics::default();
    let mut files = Vec::with_capacity(4);
    for file in [renderer.roster(site, figures), renderer.not_found()] {
        match file {
            Ok(f) => files.push(f),
            Err(d) => errors.push(d),
        }
    }
    files.push(renderer.sitemap(site, figures));
    files.push(OutputFile::new(".nojekyll", Vec::new()));
    if errors.has_errors() { Err(errors) } else { Ok(files) }
}

/// Renders and writes every file of the site into `staging`. Theme assets
/// go first, then the site's `static/` (which may override them), then pages.
pub fn write_site(
    site: &Site,
    figures: &SiteFigures,
    renderer: &Renderer,
    paths: &SitePaths,
    staging: &Staging,
    settings: &Settings,
    t: &Timings,
) -> Result<Counts, Diagnostics> {
    let tally = Tally::default();
    t.stage("assets", || renderer.assets().iter().try_for_each(|file| tally.put(staging, file, t))).map_err(single)?;
    let copied = t.stage("static", || write::copy_static(paths, staging)).map_err(single)?;
    tally.files.fetch_add(copied, Ordering::Relaxed);

    let mut errors = Diagnostics::default();
    match t.stage("index", || render_index(renderer, site, figures)) {
        Ok(files) => {
            for file in files {
                if let Err(d) = tally.put(staging, &file, t) {
                    errors.push(d);
                }
            }
        }
        Err(e) => errors.extend(e),
    }

    let (creator_errors, campaign_errors) = t.stage("entries", || {
        let creator_errors: Vec<Diagnostic> = site
            .creators
            .par_iter()
            .zip(figures.creators.par_iter())
            .filter_map(|(entry, f)| {
                let mut files = match t.work(Work::Pages, || renderer.creator(entry, f)) {
                    Ok(files) => files,
                    Err(d) => return Some(d),
                };
                if settings.pdfs {
                    match t.work(Work::Pdf, || crate::pdf::creator_pdf(entry, f, renderer)) {
                        Ok(pdfs) => files.extend(pdfs),
                        Err(d) => return Some(d),
                    }
                }
                files.iter().try_for_each(|file| tally.put(staging, file, t)).err()
            })
            .collect();
        let campaign_errors: Vec<Diagnostic> = site
            .campaigns
            .par_iter()
            .zip(figures.campaigns.par_iter())
            .filter_map(|(entry, f)| {
                let mut files = match t.work(Work::Pages, || renderer.campaign(entry, f)) {
                    Ok(files) => files,
                    Err(d) => return Some(d),
                };
                if settings.pdfs {
                    match t.work(Work::Pdf, || crate::pdf::campaign_pdf(entry, f, renderer)) {
                        Ok(pdfs) => files.extend(pdfs),
                        Err(d) => return Some(d),
                    }
                }
                files.iter().try_for_each(|file| tally.put(staging, file, t)).err()
            })
            .collect();
        (creator_errors, campaign_errors)
    });
    errors.items.extend(creator_errors);
    errors.items.extend(campaign_errors);
    if errors.has_errors() {
        errors.sort();
        return Err(errors);
    }
    Ok(Counts {
        pages: tally.pages.load(Ordering::Relaxed),
        pdfs: tally.pdfs.load(Ordering::Relaxed),
        files: tally.files.load(Ordering::Relaxed),
    })
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
