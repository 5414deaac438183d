//! The site kept in memory between rebuilds: the loaded content, its
//! figures, the renderer, and which output files each entry produced. A
//! rebuild reloads only the changed files, re-runs the cross-file checks,
//! and renders only the outputs they touch (see [`crate::serve::plan`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::compute::{self, SiteFigures, campaign::campaign_figures, creator::creator_figures};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load;
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::model::{Entry, Site};
use crate::paths::SitePaths;
use crate::pipeline::{self, BuildOptions};
use crate::render::urls::page;
use crate::render::{OutputFile, Renderer, RosterCard};
use crate::serve::output::{Delta, Layer, Stored};
use crate::serve::plan::{self, CampaignIndex, Edits, Plan, Targets};
use crate::write;

/// Who produced an output file, so a re-render can drop what it no longer makes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Unit {
    Creator(String),
    Campaign(String),
    Index,
    Assets,
}

/// Keys of [`Model::problems`]: each names what produced its diagnostics, so
/// reloading that thing replaces exactly them.
fn parse_key(file: &str) -> String {
    format!("parse:{file}")
}
fn check_key(file: &str) -> String {
    format!("check:{file}")
}
const SITE_KEY: &str = "site";
const THEME_KEY: &str = "theme";
const RENDER_KEY: &str = "render";
fn list_key(dir: &str) -> String {
    format!("list:{dir}")
}

pub enum Outcome {
    /// The changed files turned out identical (a second event of one save).
    Unchanged,
    /// Reloaded and checked; [`Model::render_next`] renders what it touches.
    /// Holds the warnings of the files reloaded.
    Ready(Diagnostics),
    /// The content has errors; nothing was rendered. Holds every current problem.
    Failed(Diagnostics),
    /// The config changed: the caller rebuilds everything.
    NeedsFull,
}

pub struct Model {
    paths: SitePaths,
    site: Site,
    figures: SiteFigures,
    renderer: Renderer,
    creator_files: BTreeMap<String, PathBuf>,
    campaign_files: BTreeMap<String, PathBuf>,
    /// Hash of each content file as last read, to skip repeated events of one save.
    fingerprints: HashMap<PathBuf, u64>,
    problems: BTreeMap<String, Vec<Diagnostic>>,
    /// Outputs held back while the content has errors.
    pending: Targets,
    owned: HashMap<Unit, Vec<String>>,
    /// Output paths of the files copied from `static/`.
    statics: BTreeSet<String>,
    /// Each creator's roster card, so the roster of a large site is put
    /// together again after an edit with only the edited card rendered.
    cards: HashMap<String, RosterCard>,
    /// The campaigns naming each creator.
    naming: CampaignIndex,
    /// Campaigns whose figures wait for an edited creator's own pages to go
    /// live first (see [`Model::update`]).
    stale_campaigns: BTreeSet<String>,
}

/// A full build into memory.
pub struct Full {
    pub model: Model,
    /// Everything rendered, to become the served output.
    pub delta: Delta,
    pub warnings: Diagnostics,
}

fn shown_in<'a>(problems: impl Iterator<Item = &'a Vec<Diagnostic>>) -> Diagnostics {
    let mut all = Diagnostics::default();
    for list in problems {
        all.items.extend(list.iter().cloned());
    }
    all.sort();
    all
}

impl Model {
    /// Loads and renders the whole site, as `build` does, but into memory.
    pub fn full(options: &BuildOptions) -> Result<Full, Diagnostics> {
        let (site, warnings) = pipeline::load(options)?;
        let paths = SitePaths::new(&site.root);
        let renderer = Renderer::new(&site).map_err(pipeline::single)?;
        let figures = compute::compute_site(&site);
        let mut problems: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
        let content_files: BTreeSet<String> =
            site.creators.iter().map(|e| e.file.clone()).chain(site.campaigns.iter().map(|e| e.file.clone())).collect();
        for d in &warnings.items {
            let key = if content_files.contains(&d.file) {
                check_key(&d.file)
            } else if d.file.starts_with("content/") {
                // A listing's own findings; listed again just below.
                continue;
            } else {
                SITE_KEY.to_string()
            };
            problems.entry(key).or_default().push(d.clone());
        }

        let naming = CampaignIndex::new(&site);
        let mut model = Model {
            naming,
            stale_campaigns: BTreeSet::new(),
            paths,
            site,
            figures,
            renderer,
            creator_files: BTreeMap::new(),
            campaign_files: BTreeMap::new(),
            fingerprints: HashMap::new(),
            problems,
            pending: Targets::default(),
            owned: HashMap::new(),
            statics: BTreeSet::new(),
            cards: HashMap::new(),
        };
        let (creators, campaigns) = (model.paths.creators(), model.paths.campaigns());
        model.creator_files = model.list(&creators);
        model.campaign_files = model.list(&campaigns);
        let all =
            Targets { all_pages: true, assets: true, statics: [model.paths.static_dir()].into(), ..Targets::default() };
        let delta = model.render(&all)?;
        Ok(Full { model, delta, warnings })
    }

    pub fn theme(&self) -> &str {
        &self.site.config.theme
    }

    pub fn site(&self) -> &Site {
        &self.site
    }

    pub fn problems(&self) -> Diagnostics {
        shown_in(self.problems.values())
    }

    /// Reloads what `plan` names and renders what that touches.
    pub fn update(&mut self, plan: &Plan) -> Outcome {
        if plan.full || self.logo_changed(plan) {
            return Outcome::NeedsFull;
        }
        let mut edits = Edits::default();
        let mut warnings = Diagnostics::default();
        let before = self.problems.clone();

        let relist = plan.creators_folder || self.needs_listing(&plan.creators, &self.creator_files);
        let creators_relisted = relist;
        if relist {
            self.relist_creators(&mut edits, &mut warnings);
        }
        for slug in plan.creators.keys() {
            if self.creator_files.contains_key(slug) && !edits.creators.contains(slug) {
                self.reload_creator(slug, &mut edits, &mut warnings);
            }
        }
        let relist = plan.campaigns_folder || self.needs_listing(&plan.campaigns, &self.campaign_files);
        if relist {
            self.relist_campaigns(&mut edits);
        }
        for slug in plan.campaigns.keys() {
            if self.campaign_files.contains_key(slug) && !edits.campaigns.contains(slug) {
                self.reload_campaign(slug, &mut edits);
            }
        }
        if plan.templates || plan.theme_static {
            match Renderer::new(&self.site) {
                Ok(renderer) => {
                    self.renderer = renderer;
                    self.problems.remove(THEME_KEY);
                    edits.templates |= plan.templates;
                    edits.theme_static |= plan.theme_static;
                }
                Err(d) => {
                    self.problems.insert(THEME_KEY.to_string(), vec![d]);
                }
            }
        }
        if !plan.statics.is_empty() {
            self.recheck_photos(&plan.statics, &mut warnings);
            edits.statics.extend(plan.statics.iter().cloned());
        }
        // A profile edited in place can only change the warnings and the
        // figures of the campaigns naming it, never their errors (those are
        // about which profiles exist), and the kit does not show them: they
        // are brought up to date when the campaigns are rendered, after the
        // kit is live.
        if !creators_relisted && edits.campaigns.is_empty() {
            let naming = self.naming.naming(&edits.creators);
            self.stale_campaigns.extend(naming);
        } else {
            let mut slugs = self.naming.naming(&edits.creators);
            slugs.extend(edits.campaigns.iter().cloned());
            slugs.append(&mut self.stale_campaigns);
            self.refresh_campaigns(&slugs, &edits.campaigns, &mut warnings);
        }

        if edits.is_empty() && before == self.problems {
            return Outcome::Unchanged;
        }
        let targets = plan::affected(&edits, &self.naming);
        self.pending.extend(targets);
        // Render errors are found again by rendering again; content errors block it.
        self.problems.remove(RENDER_KEY);
        if self.has_errors() {
            return Outcome::Failed(self.problems());
        }
        warnings.sort();
        Outcome::Ready(warnings)
    }

    /// Renders the next step of what is pending (see [`Targets::split`]);
    /// `None` when nothing is left. On failure everything stays pending.
    pub fn render_next(&mut self) -> Option<Result<Delta, Diagnostics>> {
        if self.pending.is_empty() {
            return None;
        }
        let (first, later) = std::mem::take(&mut self.pending).split();
        let step = if first.is_empty() {
            later
        } else {
            self.pending = later;
            first
        };
        match self.render(&step) {
            Ok(delta) => {
                self.problems.remove(RENDER_KEY);
                Some(Ok(delta))
            }
            Err(errors) => {
                self.pending.extend(step);
                self.problems.insert(RENDER_KEY.to_string(), errors.items);
                Some(Err(self.problems()))
            }
        }
    }

    fn has_errors(&self) -> bool {
        self.problems.values().flatten().any(Diagnostic::is_error)
    }

    /// The brand logo is checked with the config, which only a full reload re-checks.
    fn logo_changed(&self, plan: &Plan) -> bool {
        let Some(inner) = self.site.config.brand.logo.as_ref().and_then(|l| l.static_path()) else { return false };
        let logo = self.paths.static_dir().join(inner);
        plan.statics.iter().any(|p| logo.starts_with(p))
    }

    /// Whether a changed path is one the last listing does not account for
    /// (a new file, a removed one, `ava.yml` beside `ava.yaml`).
    fn needs_listing(&self, changed: &BTreeMap<String, BTreeSet<PathBuf>>, known: &BTreeMap<String, PathBuf>) -> bool {
        changed.iter().any(|(slug, paths)| paths.iter().any(|p| known.get(slug) != Some(p) || !p.is_file()))
    }

    fn list(&mut self, dir: &Path) -> BTreeMap<String, PathBuf> {
        let mut diagnostics = Diagnostics::default();
        let files = load::list_yaml_files(&self.paths, dir, &mut diagnostics).unwrap_or_default();
        let key = list_key(&self.paths.shown(dir));
        if diagnostics.is_empty() {
            self.problems.remove(&key);
        } else {
            self.problems.insert(key, diagnostics.items);
        }
        files.into_iter().collect()
    }

    fn relist_creators(&mut self, edits: &mut Edits, warnings: &mut Diagnostics) {
        let dir = self.paths.creators();
        let new = self.list(&dir);
        let old = std::mem::replace(&mut self.creator_files, new.clone());
        for (slug, path) in &old {
            if new.get(slug) != Some(path) {
                self.forget(path);
                if !new.contains_key(slug) {
                    self.set_creator(slug, None);
                    edits.creators.insert(slug.clone());
                }
            }
        }
        for (slug, path) in &new {
            if old.get(slug) != Some(path) {
                self.reload_creator(slug, edits, warnings);
            }
        }
    }

    fn relist_campaigns(&mut self, edits: &mut Edits) {
        let dir = self.paths.campaigns();
        let new = self.list(&dir);
        let old = std::mem::replace(&mut self.campaign_files, new.clone());
        for (slug, path) in &old {
            if new.get(slug) != Some(path) {
                self.forget(path);
                if !new.contains_key(slug) {
                    self.set_campaign(slug, None);
                    edits.campaigns.insert(slug.clone());
                }
            }
        }
        for (slug, path) in &new {
            if old.get(slug) != Some(path) {
                self.reload_campaign(slug, edits);
            }
        }
    }

    /// Drops what is known of a file that is no longer part of the site.
    fn forget(&mut self, path: &Path) {
        let shown = self.paths.shown(path);
        self.problems.remove(&parse_key(&shown));
        self.problems.remove(&check_key(&shown));
        self.fingerprints.remove(path);
    }

    /// Reads a content file unless it is byte-identical to the last read.
    /// `Ok(None)`: unchanged. The parse error is recorded under the file's key.
    fn read<T: DeserializeOwned>(&mut self, slug: &str, path: &Path) -> Option<Result<(Entry<T>, String), ()>> {
        let shown = self.paths.shown(path);
        let print = fs::read(path).ok().map(|b| crate::pipeline::fingerprint::hash_bytes(&b));
        if print.is_some() && self.fingerprints.get(path) == print.as_ref() {
            return None;
        }
        match print {
            Some(p) => self.fingerprints.insert(path.to_path_buf(), p),
            None => self.fingerprints.remove(path),
        };
        match load::read_entry::<T>(&self.paths, slug, path) {
            Ok(found) => {
                self.problems.remove(&parse_key(&shown));
                Some(Ok(found))
            }
            Err(d) => {
                self.problems.insert(parse_key(&shown), vec![d]);
                self.problems.remove(&check_key(&shown));
                Some(Err(()))
            }
        }
    }

    fn reload_creator(&mut self, slug: &str, edits: &mut Edits, warnings: &mut Diagnostics) {
        let Some(path) = self.creator_files.get(slug).cloned() else { return };
        let Some(result) = self.read::<Creator>(slug, &path) else { return };
        // A broken file keeps its last good entry (it is not rendered while
        // broken), so campaigns naming it are not flagged as unknown meanwhile.
        let Ok((entry, text)) = result else { return };
        let found = load::creator_problems(&entry, &text, &self.site.config, &self.paths);
        warnings.items.extend(found.iter().filter(|d| !d.is_error()).cloned());
        self.set_problems(check_key(&entry.file), found);
        self.set_creator(slug, Some(entry));
        edits.creators.insert(slug.to_string());
    }

    fn reload_campaign(&mut self, slug: &str, edits: &mut Edits) {
        let Some(path) = self.campaign_files.get(slug).cloned() else { return };
        let Some(result) = self.read::<Campaign>(slug, &path) else { return };
        let Ok((entry, _text)) = result else { return };
        // Its checks run with the cross-file checks, once all creators are in.
        self.set_campaign(slug, Some(entry));
        edits.campaigns.insert(slug.to_string());
    }

    fn set_problems(&mut self, key: String, found: Vec<Diagnostic>) {
        if found.is_empty() {
            self.problems.remove(&key);
        } else {
            self.problems.insert(key, found);
        }
    }

    /// Replaces, adds or (with `None`) removes a creator, keeping the figures aligned.
    fn set_creator(&mut self, slug: &str, entry: Option<Entry<Creator>>) {
        let at = self.site.creators.binary_search_by(|e| e.slug.as_str().cmp(slug));
        match (at, entry) {
            (Ok(i), Some(entry)) => {
                self.figures.creators[i] = creator_figures(slug, &entry.data, &self.site.config);
                self.site.creators[i] = entry;
            }
            (Err(i), Some(entry)) => {
                self.figures.creators.insert(i, creator_figures(slug, &entry.data, &self.site.config));
                self.site.creators.insert(i, entry);
            }
            (Ok(i), None) => {
                self.site.creators.remove(i);
                self.figures.creators.remove(i);
            }
            (Err(_), None) => {}
        }
    }

    fn set_campaign(&mut self, slug: &str, entry: Option<Entry<Campaign>>) {
        let at = self.site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug));
        let old = at.ok().map(|i| &self.site.campaigns[i].data);
        self.naming.replace(slug, old, entry.as_ref().map(|e| &e.data));
        match (at, entry) {
            (Ok(i), Some(entry)) => {
                self.figures.campaigns[i] = campaign_figures(&entry, &self.site);
                self.site.campaigns[i] = entry;
            }
            (Err(i), Some(entry)) => {
                self.figures.campaigns.insert(i, campaign_figures(&entry, &self.site));
                self.site.campaigns.insert(i, entry);
            }
            (Ok(i), None) => {
                self.site.campaigns.remove(i);
                self.figures.campaigns.remove(i);
            }
            (Err(_), None) => {}
        }
    }

    /// The cross-file part of a rebuild: every campaign that changed or names
    /// a changed creator is checked again (unknown slugs, followers) and its
    /// figures recomputed from the profiles as they now are.
    /// Warnings are reported for the campaigns in `edited`.
    fn refresh_campaigns(&mut self, slugs: &BTreeSet<String>, edited: &BTreeSet<String>, warnings: &mut Diagnostics) {
        let mut checked = Vec::new();
        for slug in slugs {
            let Ok(i) = self.site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug)) else { continue };
            let entry = &self.site.campaigns[i];
            if self.problems.contains_key(&parse_key(&entry.file)) {
                continue;
            }
            let findings = crate::load::check_campaign::check(&entry.data, &self.site.creators, &[]);
            let found = if findings.is_empty() {
                Vec::new()
            } else {
                let text = fs::read_to_string(self.paths.root.join(&entry.file)).unwrap_or_default();
                load::locate(&entry.file, &text, findings)
            };
            if edited.contains(slug) {
                warnings.items.extend(found.iter().filter(|d| !d.is_error()).cloned());
            }
            checked.push((i, check_key(&entry.file), found));
        }
        for (i, key, found) in checked {
            self.set_problems(key, found);
            self.figures.campaigns[i] = campaign_figures(&self.site.campaigns[i], &self.site);
        }
    }

    /// A creator's photo must exist under `static/`: re-check the creators
    /// whose photo a static change touched.
    fn recheck_photos(&mut self, changed: &BTreeSet<PathBuf>, warnings: &mut Diagnostics) {
        let static_dir = self.paths.static_dir();
        let touched: Vec<usize> = (0..self.site.creators.len())
            .filter(|&i| {
                let photo = self.site.creators[i].data.photo.as_ref().and_then(|p| p.static_path());
                photo.is_some_and(|inner| changed.iter().any(|c| static_dir.join(inner).starts_with(c)))
            })
            .collect();
        for i in touched {
            let entry = &self.site.creators[i];
            if self.problems.contains_key(&parse_key(&entry.file)) {
                continue;
            }
            let text = fs::read_to_string(self.paths.root.join(&entry.file)).unwrap_or_default();
            let found = load::creator_problems(entry, &text, &self.site.config, &self.paths);
            warnings.items.extend(found.iter().filter(|d| !d.is_error()).cloned());
            let key = check_key(&entry.file);
            self.set_problems(key, found);
        }
    }

    /// The PDF at `path` (`creators/<slug>/media-kit.pdf`, `campaigns/<slug>/report.pdf`),
    /// made on request: PDFs take the longest to make and are the least often
    /// looked at in a preview, so `serve` starts without them and keeps each
    /// one once made (until its entry changes).
    pub fn pdf(&self, path: &str) -> Option<Vec<u8>> {
        let (kind, rest) = path.split_once('/')?;
        let (slug, file) = rest.split_once('/')?;
        let files = match (kind, file) {
            ("creators", "media-kit.pdf") => {
                let i = self.site.creators.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok()?;
                crate::pdf::creator_pdf(&self.site.creators[i], &self.figures.creators[i], &self.renderer)
            }
            ("campaigns", "report.pdf") => {
                let i = self.site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok()?;
                crate::pdf::campaign_pdf(&self.site.campaigns[i], &self.figures.campaigns[i], &self.renderer)
            }
            _ => return None,
        };
        files.ok()?.into_iter().find(|f| f.path == path).map(|f| f.bytes)
    }

    /// Renders `targets` into a delta against what is served, and records
    /// which unit now owns which output. Nothing is recorded on failure.
    fn render(&mut self, targets: &Targets) -> Result<Delta, Diagnostics> {
        let shows_campaigns =
            targets.all_pages || targets.index || !targets.campaigns.is_empty() || !targets.referencing.is_empty();
        if shows_campaigns && !self.stale_campaigns.is_empty() {
            let stale = std::mem::take(&mut self.stale_campaigns);
            self.refresh_campaigns(&stale, &BTreeSet::new(), &mut Diagnostics::default());
        }
        let mut wanted = targets.campaigns.clone();
        wanted.extend(targets.referencing.iter().cloned());
        let creators: Vec<String> = if targets.all_pages {
            let mut all: BTreeSet<String> = self.site.creators.iter().map(|e| e.slug.clone()).collect();
            all.extend(targets.creators.iter().cloned());
            all.into_iter().collect()
        } else {
            targets.creators.iter().cloned().collect()
        };
        let campaigns: Vec<String> = if targets.all_pages {
            let mut all: BTreeSet<String> = self.site.campaigns.iter().map(|e| e.slug.clone()).collect();
            all.extend(wanted);
            all.into_iter().collect()
        } else {
            wanted.into_iter().collect()
        };
        // A creator rendered now has a new card too, whichever step lists the roster.
        for slug in &creators {
            self.cards.remove(slug);
        }
        let (site, figures, renderer) = (&self.site, &self.figures, &self.renderer);
        type Rendered = (Unit, Result<Option<Vec<OutputFile>>, Diagnostic>);
        let mut units: Vec<Rendered> = creators
            .par_iter()
            .map(|slug| {
                let found = site.creators.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok();
                // The PDF is made when it is first asked for (see `Model::pdf`).
                let files = found.map(|i| renderer.creator(&site.creators[i], &figures.creators[i]));
                (Unit::Creator(slug.clone()), files.transpose())
            })
            .chain(campaigns.par_iter().map(|slug| {
                let found = site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok();
                let files = found.map(|i| renderer.campaign(&site.campaigns[i], &figures.campaigns[i]));
                (Unit::Campaign(slug.clone()), files.transpose())
            }))
            .collect();
        let mut errors = Diagnostics::default();
        if targets.index || targets.all_pages {
            let stale: Vec<usize> = (0..site.creators.len())
                .filter(|&i| {
                    let slug = &site.creators[i].slug;
                    targets.all_pages || !self.cards.contains_key(slug)
                })
                .collect();
            let fresh: Vec<(String, Result<RosterCard, Diagnostic>)> = stale
                .par_iter()
                .map(|&i| {
                    let e = &site.creators[i];
                    (e.slug.clone(), renderer.roster_card(e, &figures.creators[i]))
                })
                .collect();
            let mut cards = std::mem::take(&mut self.cards);
            cards.retain(|slug, _| site.creators.binary_search_by(|e| e.slug.as_str().cmp(slug)).is_ok());
            for (slug, card) in fresh {
                match card {
                    Ok(card) => {
                        cards.insert(slug, card);
                    }
                    Err(d) => {
                        cards.remove(&slug);
                        errors.push(d);
                    }
                }
            }
            if !errors.has_errors() {
                let listed: Vec<&RosterCard> = site.creators.iter().filter_map(|e| cards.get(&e.slug)).collect();
                match pipeline::render_index_from(renderer, site, figures, &listed) {
                    Ok(files) => units.push((Unit::Index, Ok(Some(files)))),
                    Err(e) => errors.extend(e),
                }
            }
            self.cards = cards;
        }
        if targets.assets {
            units.push((Unit::Assets, Ok(Some(renderer.assets()))));
        }

        let mut delta = Delta::default();
        let mut owned = Vec::with_capacity(units.len());
        let mut packing: Vec<(Layer, OutputFile)> = Vec::new();
        for (unit, result) in units {
            match result {
                Ok(files) => {
                    let exists = files.is_some();
                    let files = files.unwrap_or_default();
                    let layer = if unit == Unit::Assets { Layer::Asset } else { Layer::Page };
                    let mut paths: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
                    let pdf = match &unit {
                        Unit::Creator(slug) if exists => Some(page::kit_pdf(slug)),
                        Unit::Campaign(slug) if exists => Some(page::report_pdf(slug)),
                        _ => None,
                    };
                    if let Some(pdf) = pdf {
                        paths.push(pdf.clone());
                        delta.lazies.push(pdf);
                    }
                    for old in self.owned.get(&unit).into_iter().flatten() {
                        if !paths.contains(old) {
                            delta.removes.push((layer, old.clone()));
                        }
                    }
                    packing.extend(files.into_iter().map(|f| (layer, f)));
                    owned.push((unit, paths));
                }
                Err(d) => errors.push(d),
            }
        }
        // Deflating is most of the work of keeping a large site: on every core.
        let packed: Vec<(Layer, String, Stored)> = packing
            .into_par_iter()
            .map(|(layer, f)| {
                let stored = Stored::pack(&f.path, f.bytes);
                (layer, f.path, stored)
            })
            .collect();
        delta.puts.extend(packed);
        let statics = self.copy_statics(&targets.statics, &mut delta, &mut errors);
        if errors.has_errors() {
            errors.sort();
            return Err(errors);
        }
        for (unit, paths) in owned {
            if paths.is_empty() {
                self.owned.remove(&unit);
            } else {
                self.owned.insert(unit, paths);
            }
        }
        for (path, present) in statics {
            if present {
                self.statics.insert(path);
            } else {
                self.statics.remove(&path);
            }
        }
        Ok(delta)
    }

    /// Copies changed files (or whole folders) of `static/` into the delta;
    /// removes the outputs of those that are gone. Returns the output paths
    /// with whether each now exists.
    fn copy_statics(
        &self,
        changed: &BTreeSet<PathBuf>,
        delta: &mut Delta,
        errors: &mut Diagnostics,
    ) -> Vec<(String, bool)> {
        let static_dir = self.paths.static_dir();
        let mut result = Vec::new();
        for path in changed {
            let Ok(inner) = path.strip_prefix(&static_dir) else { continue };
            let prefix = inner.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>();
            let prefix = prefix.join("/");
            let mut present = BTreeSet::new();
            if path.exists() {
                match static_under(&self.paths, path) {
                    Ok(files) => {
                        for (rel, real) in files {
                            match write::read_static(&self.paths, &real) {
                                Ok(bytes) => {
                                    delta.put(Layer::Static, rel.clone(), bytes);
                                    present.insert(rel);
                                }
                                Err(d) => errors.push(d),
                            }
                        }
                    }
                    Err(d) => {
                        errors.push(d);
                        continue;
                    }
                }
            }
            let under = |p: &str| prefix.is_empty() || p == prefix || p.starts_with(&format!("{prefix}/"));
            for old in self.statics.iter().filter(|p| under(p)) {
                if !present.contains(old) {
                    delta.removes.push((Layer::Static, old.clone()));
                    result.push((old.clone(), false));
                }
            }
            result.extend(present.into_iter().map(|p| (p, true)));
        }
        result
    }
}

/// The files under `path` (a file or a folder of `static/`) as (output path, real path).
fn static_under(paths: &SitePaths, path: &Path) -> Result<Vec<(String, PathBuf)>, Diagnostic> {
    if path.is_file() {
        return Ok(write::static_output_path(paths, path)?.into_iter().collect());
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(path).follow_links(false).sort_by_file_name() {
        let entry = entry.map_err(|e| Diagnostic::error(paths.shown(path), format!("cannot read: {e}")))?;
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_dir() || crate::paths::is_scratch_file(&name) {
            continue;
        }
        out.extend(write::static_output_path(paths, entry.path())?);
    }
    Ok(out)
}
