//! One build, start to finish: load → compute → render → write.

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

pub fn output_dir(options: &BuildOptions) -> PathBuf {
    options.out.clone().unwrap_or_else(|| options.root.join("public"))
}

/// A full build into the output folder.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let (site, warnings) = load(options)?;
    let out = output_dir(options);
    let paths = SitePaths::new(&site.root);
    write::check_output(&out, &paths).map_err(single)?;
    let figures = compute::compute_site(&site);
    let renderer = Renderer::new(&site).map_err(single)?;
    let staging = Staging::begin(&out)
        .map_err(|e| single(Diagnostic::error(out.display().to_string(), format!("cannot prepare the output: {e}"))))?;
    let counts = write_site(&site, &figures, &renderer, &paths, &staging)?;
    staging.commit().map_err(|e| {
        single(Diagnostic::error(out.display().to_string(), format!("cannot replace the output folder: {e}")))
    })?;
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
    fn put(&self, staging: &Staging, file: &OutputFile) -> Result<(), Diagnostic> {
        staging
            .write(&file.path, &file.bytes)
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
) -> Result<Counts, Diagnostics> {
    let tally = Tally::default();
    for file in renderer.assets() {
        tally.put(staging, &file).map_err(single)?;
    }
    let copied = write::copy_static(paths, staging).map_err(single)?;
    tally.files.fetch_add(copied, Ordering::Relaxed);

    let mut errors = Diagnostics::default();
    match render_index(renderer, site, figures) {
        Ok(files) => {
            for file in files {
                if let Err(d) = tally.put(staging, &file) {
                    errors.push(d);
                }
            }
        }
        Err(e) => errors.extend(e),
    }

    let creator_errors: Vec<Diagnostic> = site
        .creators
        .par_iter()
        .zip(figures.creators.par_iter())
        .filter_map(|(entry, f)| {
            render_creator(renderer, entry, f)
                .and_then(|files| files.iter().try_for_each(|file| tally.put(staging, file)))
                .err()
        })
        .collect();
    let campaign_errors: Vec<Diagnostic> = site
        .campaigns
        .par_iter()
        .zip(figures.campaigns.par_iter())
        .filter_map(|(entry, f)| {
            render_campaign(renderer, entry, f)
                .and_then(|files| files.iter().try_for_each(|file| tally.put(staging, file)))
                .err()
        })
        .collect();
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
