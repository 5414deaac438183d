//! The site as the pipeline holds it between stages: the loaded content,
//! its figures, the theme and renderers, and every unit's key. `build` makes
//! one, renders what its keys say is stale and writes it to disk; `serve`
//! keeps one, reloads the files an edit changed, and renders what is stale
//! into memory. Either way the same code loads, computes and renders.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use rayon::prelude::*;

use crate::compute::campaign::campaign_figures;
use crate::compute::creator::creator_figures;
use crate::compute::{self, SiteFigures};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::theme::Theme;
use crate::load::{self, statics};
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::model::{Entry, Site};
use crate::paths::{self, SitePaths};
use crate::pipeline::cache::{LoadCache, Recaller};
use crate::pipeline::changes::Changes;
use crate::pipeline::deps::{self, Inputs, Keys};
use crate::pipeline::keys::{Key, Sources};
use crate::pipeline::timings::{Timings, Work};
use crate::pipeline::units::{Ledger, Produced, Unit};
use crate::pipeline::{BuildOptions, Pdfs, single};
use crate::present::roster::{roster_creator, roster_view};
use crate::present::urls::page;
use crate::present::{self, Ctx};
use crate::render::card::Cards;
use crate::render::html::{self, CUSTOM_CSS, Html, RosterCard};
use crate::render::pdf::Pdf;
use crate::render::{OutputFile, csv, json, sitemap};
use crate::write::Sink;

/// A unit's files, and the paths of those made only when asked for.
#[derive(Default)]
pub struct Rendered {
    pub files: Vec<OutputFile>,
    pub deferred: Vec<String>,
}

/// What a reload found.
pub enum Reload {
    /// The changed files hold what they held (a second event of one save).
    Unchanged,
    /// Reloaded and checked; holds the warnings of what was read again.
    Ready(Diagnostics),
    /// The content has errors; holds every current problem.
    Failed(Diagnostics),
    /// The config or the list of content files changed: load everything again.
    NeedsFull,
}

/// Which units to render and which to keep, against a previous output.
#[derive(Default)]
pub struct Plan {
    pub render: Vec<(Unit, Key)>,
    pub keep: Vec<(Unit, Produced)>,
    /// Units of the previous output that the site no longer has.
    pub gone: Vec<(Unit, Produced)>,
}

pub struct Engine {
    options: BuildOptions,
    /// The switches that change what is written, as part of every key.
    switches: String,
    pdfs: Pdfs,
    paths: SitePaths,
    sources: Sources,
    site: Site,
    figures: SiteFigures,
    /// `static/` as (output path, real path).
    statics: Vec<(String, PathBuf)>,
    theme: Theme,
    ctx: Ctx,
    html: Html,
    pdf: Pdf,
    /// The link-preview cards of the pages.
    previews: Cards,
    keys: Keys,
    /// Every current problem (warnings, and errors while `serve` waits for a
    /// fix), by the file it is about.
    problems: BTreeMap<String, Vec<Diagnostic>>,
    /// A template that does not compile, while the theme is being edited.
    theme_problem: Option<Diagnostic>,
    /// Creator profiles whose file is there but did not load.
    broken: BTreeSet<String>,
    /// Units whose key changed since they were last handed out by
    /// [`Engine::take_stale`] (`serve` renders them into memory).
    stale: BTreeSet<Unit>,
    /// Each creator's roster card with the key it was made from: the roster
    /// of a large site is put together again with only changed cards rendered.
    cards: RwLock<HashMap<String, (Key, Arc<RosterCard>)>>,
    /// The entries the load parsed, as the load cache keeps them.
    fresh: Vec<(String, Vec<u8>)>,
    /// Content files the load parsed (the others came from the load cache).
    parsed: usize,
}

fn bucket(diagnostics: Diagnostics) -> BTreeMap<String, Vec<Diagnostic>> {
    let mut problems: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
    for d in diagnostics.items {
        problems.entry(d.file.clone()).or_default().push(d);
    }
    problems
}

/// The views' context with the site's label files, and what those files
/// (and the locales in use that have no labels) call for a warning about.
fn labelled_ctx(site: &Site, theme: &Theme) -> Result<(Ctx, Vec<Diagnostic>), Diagnostics> {
    let config_file = crate::paths::CONFIG_FILE;
    let locales = std::iter::once((&site.config.locale, config_file))
        .chain(site.creators.iter().filter_map(|e| e.data.locale.as_ref().map(|l| (l, e.file.as_str()))))
        .chain(site.campaigns.iter().filter_map(|e| e.data.locale.as_ref().map(|l| (l, e.file.as_str()))));
    Ctx::with_labels(&site.config, &theme.labels, locales).map_err(|items| Diagnostics { items })
}

impl Engine {
    /// Loads the site whose input files `sources` has hashed.
    pub fn load(options: &BuildOptions, pdfs: Pdfs, sources: Sources, t: &Timings) -> Result<Engine, Diagnostics> {
        Engine::load_cached(options, pdfs, sources, t, None)
    }

    /// [`Engine::load`], taking the entries of files unchanged since from
    /// `cache`; what was parsed is kept for the next cache ([`Engine::take_fresh`]).
    pub fn load_cached(
        options: &BuildOptions,
        pdfs: Pdfs,
        sources: Sources,
        t: &Timings,
        cache: Option<&LoadCache>,
    ) -> Result<Engine, Diagnostics> {
        let mut loaded = t.stage("load", || match cache {
            Some(cache) => load::load_site_with(&options.root, Some(&Recaller { cache, sources: &sources })),
            None => load::load_site(&options.root),
        });
        let fresh = std::mem::take(&mut loaded.fresh);
        let parsed = loaded.parsed;
        let Some(mut site) = loaded.site else { return Err(loaded.diagnostics) };
        if let Some(url) = &options.base_url {
            load::check_config::check_base_url(url).map_err(|m| single(Diagnostic::error("--base-url", m)))?;
            site.config.base_url = url.clone();
        }
        let paths = SitePaths::new(&site.root);
        let mut diagnostics = loaded.diagnostics;
        diagnostics.items.extend(load::base_url_warning(&paths, &site.config.base_url, options.base_url.is_some()));
        let theme = t.stage("theme", || load::theme::load(&site.config.theme, &paths)).map_err(single)?;
        let statics = statics::static_files(&paths).map_err(single)?;
        let (ctx, label_warnings) = labelled_ctx(&site, &theme)?;
        let html =
            Html::new(&theme, &ctx, paths.static_dir().join(CUSTOM_CSS).is_file(), &site.root).map_err(single)?;
        let pdf = Pdf::new(&ctx, &site.root);
        let previews = Cards::new(&ctx, &theme.name, &site.root);
        let figures = t.stage("compute", || compute::compute_site(&site));
        let switches = deps::switches(pdfs != Pdfs::Skip, &options.base_url);
        let mut sources = sources;
        for input in deps::named_inputs(&site) {
            sources.ensure(&paths, &input);
        }
        let keys = t.stage("keys", || {
            let inputs = Inputs { switches: &switches, site: &site, theme: &theme, paths: &paths, statics: &statics };
            Keys::of(&inputs, &sources)
        });
        Ok(Engine {
            options: options.clone(),
            switches,
            pdfs,
            paths,
            sources,
            site,
            figures,
            statics,
            theme,
            ctx,
            html,
            pdf,
            previews,
            keys,
            problems: bucket({
                let mut d = diagnostics;
                d.items.extend(label_warnings);
                d
            }),
            theme_problem: None,
            broken: loaded.broken.into_iter().collect(),
            stale: BTreeSet::new(),
            cards: RwLock::new(HashMap::new()),
            fresh,
            parsed,
        })
    }

    /// The entries parsed by the load, for the next load cache (once).
    pub fn take_fresh(&mut self) -> Vec<(String, Vec<u8>)> {
        std::mem::take(&mut self.fresh)
    }

    /// Content files the load parsed rather than recalled.
    pub fn parsed(&self) -> usize {
        self.parsed
    }

    /// The input files as the engine last hashed them.
    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    pub fn site(&self) -> &Site {
        &self.site
    }

    pub fn paths(&self) -> &SitePaths {
        &self.paths
    }

    pub fn theme_name(&self) -> &str {
        &self.theme.name
    }

    pub fn has_errors(&self) -> bool {
        self.theme_problem.is_some() || self.problems.values().flatten().any(Diagnostic::is_error)
    }

    /// Every current problem, sorted.
    pub fn diagnostics(&self) -> Diagnostics {
        let mut all = Diagnostics::default();
        for list in self.problems.values() {
            all.items.extend(list.iter().cloned());
        }
        all.items.extend(self.theme_problem.iter().cloned());
        all.sort();
        all
    }

    // ---- reloading what an edit changed (serve) ----

    /// Reads again the files `changed` names and re-checks and recomputes
    /// every entry whose key that changes. The result is the state a fresh
    /// load of the site would give.
    /// What the changed paths are to this site.
    pub fn changes(&self, changed: &[PathBuf]) -> Changes {
        Changes::of(&self.paths, &self.theme.name, changed, &|shown| self.keys.is_imported(shown))
    }

    pub fn reload(&mut self, changed: &[PathBuf]) -> Reload {
        let mut changes = self.changes(changed);
        if changes.full {
            return Reload::NeedsFull;
        }
        if changes.is_empty() {
            return Reload::Unchanged;
        }
        let mut inputs = BTreeSet::new();
        for path in &changes.paths {
            self.sources.update(&self.paths, path, &mut inputs);
        }
        if inputs.is_empty() && !self.has_errors() {
            return Reload::Unchanged;
        }
        // An export or spreadsheet changed: the entries importing it are
        // read again, as a fresh load reads them.
        if !changes.inputs.is_empty() {
            let prefixes: Vec<String> = changes.inputs.iter().map(|p| format!("{p}/")).collect();
            for file in &inputs {
                if changes.inputs.contains(file) || prefixes.iter().any(|p| file.starts_with(p.as_str())) {
                    let (creators, campaigns) = self.keys.importers(file);
                    changes.creators.extend(creators);
                    changes.campaigns.extend(campaigns);
                }
            }
        }
        let mut fresh = Diagnostics::default();
        let mut reread: BTreeSet<String> = BTreeSet::new();
        for slug in &changes.creators {
            if let Some(d) = self.reload_entry::<Creator>(slug) {
                fresh.extend(d);
            }
            reread.insert(format!("creator:{slug}"));
        }
        for slug in &changes.campaigns {
            if let Some(d) = self.reload_entry::<Campaign>(slug) {
                fresh.extend(d);
            }
        }
        if changes.theme {
            self.reload_theme();
        }
        if changes.statics {
            self.reload_statics();
        }
        let changed = {
            let site_inputs = Inputs {
                switches: &self.switches,
                site: &self.site,
                theme: &self.theme,
                paths: &self.paths,
                statics: &self.statics,
            };
            self.keys.update(&site_inputs, &self.sources, &inputs)
        };
        self.refresh_stale(&changed, &reread, &changes, &mut fresh);
        self.stale.extend(changed);
        self.refresh_empty_site();
        if self.has_errors() {
            Reload::Failed(self.diagnostics())
        } else {
            fresh.items.retain(|d| !d.is_error());
            Reload::Ready(fresh)
        }
    }

    /// Reads one creator or campaign file again. Returns the problems it
    /// has, or `None` when it did not change.
    fn reload_entry<T: Reloadable>(&mut self, slug: &str) -> Option<Diagnostics> {
        let dir = T::dir(&self.paths);
        let file = ["yaml", "yml"].iter().map(|ext| dir.join(format!("{slug}.{ext}"))).find(|p| p.is_file());
        let shown = |p: &PathBuf| self.paths.shown(p);
        // Whatever was said about either spelling of the file is said again.
        for ext in ["yaml", "yml"] {
            self.problems.remove(&shown(&dir.join(format!("{slug}.{ext}"))));
        }
        let Some(path) = file else {
            T::set(self, slug, None);
            self.broken.remove(slug);
            return None;
        };
        // So is whatever was said about the files it imported.
        let before = T::inputs(self, slug);
        self.forget_problems_under(&before);
        let file = self.paths.shown(&path);
        match load::read_entry::<T>(&self.paths, slug, &path) {
            Ok(read) => {
                let load::Read { mut entry, text, warnings } = read;
                let imported = T::import(self, &mut entry, &text);
                let mut problems = T::check(self, &entry, &text);
                problems.extend(warnings);
                self.broken.remove(slug);
                // Problems in an imported file are filed under it, as a fresh load files them.
                let (own, elsewhere): (Vec<Diagnostic>, Vec<Diagnostic>) =
                    imported.into_iter().partition(|d| d.file == entry.file);
                problems.extend(own);
                self.problems.insert(entry.file.clone(), problems.clone());
                for d in &elsewhere {
                    self.problems.entry(d.file.clone()).or_default().push(d.clone());
                }
                problems.extend(elsewhere);
                T::set(self, slug, Some(entry));
                Some(Diagnostics { items: problems })
            }
            Err(broken) => {
                T::set(self, slug, None);
                if T::IS_CREATOR {
                    self.broken.insert(slug.to_string());
                }
                let load::Broken { diagnostics: mut problems, partial } = *broken;
                if let Some(partial) = &partial {
                    problems.extend(T::check_partial(self, partial));
                }
                self.problems.insert(file, problems.clone());
                Some(Diagnostics { items: problems })
            }
        }
    }

    /// Drops the problems filed under imported files or folders.
    fn forget_problems_under(&mut self, inputs: &[String]) {
        for input in inputs {
            let (slash, arrow) = (format!("{input}/"), format!("{input} ›"));
            self.problems.retain(|file, _| file != input && !file.starts_with(&slash) && !file.starts_with(&arrow));
        }
    }

    fn reload_theme(&mut self) {
        self.theme_problem = None;
        let labels: Vec<String> = self.theme.labels.iter().map(|(f, _)| f.clone()).collect();
        for file in &labels {
            self.problems.remove(file);
        }
        let built = load::theme::load(&self.site.config.theme, &self.paths).and_then(|theme| {
            let (ctx, warnings) = labelled_ctx(&self.site, &theme).map_err(|d| {
                let mut first = d.items.first().cloned().unwrap_or_else(|| Diagnostic::error("i18n", "label files"));
                for more in d.items.iter().skip(1) {
                    first.message.push_str(&format!("\n{}:{}: {}", more.file, more.line.unwrap_or(0), more.message));
                }
                first
            })?;
            let custom_css = self.paths.static_dir().join(CUSTOM_CSS).is_file();
            let html = Html::new(&theme, &ctx, custom_css, &self.site.root)?;
            Ok((theme, ctx, html, warnings))
        });
        match built {
            Ok((theme, ctx, html, warnings)) => {
                self.pdf = Pdf::new(&ctx, &self.site.root);
                self.previews = Cards::new(&ctx, &theme.name, &self.site.root);
                self.theme = theme;
                self.ctx = ctx;
                self.html = html;
                for (file, list) in bucket(Diagnostics { items: warnings }) {
                    self.problems.entry(file).or_default().extend(list);
                }
                self.cards.write().unwrap_or_else(|e| e.into_inner()).clear();
            }
            Err(d) => self.theme_problem = Some(d),
        }
    }

    /// `static/` again: its files, what `check` says of it, the logo the
    /// PDFs show, and whether a custom stylesheet is linked.
    fn reload_statics(&mut self) {
        let prefix = format!("{}/", paths::STATIC_DIR);
        self.problems.retain(|file, _| !file.starts_with(&prefix) && file != paths::STATIC_DIR);
        let mut found = Diagnostics::default();
        load::check_static::check(&self.paths, &mut found);
        match statics::static_files(&self.paths) {
            Ok(list) => self.statics = list,
            Err(d) => found.push(d),
        }
        for (file, list) in bucket(found) {
            self.problems.entry(file).or_default().extend(list);
        }
        self.pdf = Pdf::new(&self.ctx, &self.site.root);
        self.previews = Cards::new(&self.ctx, &self.theme.name, &self.site.root);
        self.reload_theme();
    }

    /// Checks and figures again for every entry whose key changed (a
    /// profile a campaign names, a photo) and that was not just read.
    fn refresh_stale(
        &mut self,
        changed: &[Unit],
        reread: &BTreeSet<String>,
        changes: &Changes,
        fresh: &mut Diagnostics,
    ) {
        let config = self.site.config.clone();
        for unit in changed {
            let Unit::Creator(slug) = unit else { continue };
            let Some(i) = self.creator_index(slug) else { continue };
            if reread.contains(&format!("creator:{slug}")) {
                continue;
            }
            let entry = &self.site.creators[i];
            let findings = load::check_creator::check(&entry.data, &config, &self.paths);
            let problems = self.located(&entry.file, findings);
            self.problems.insert(entry.file.clone(), problems);
            self.figures.creators[i] = creator_figures(slug, &entry.data, &config);
        }
        let mut stale: BTreeSet<&str> = changes.campaigns.iter().map(String::as_str).collect();
        stale.extend(changed.iter().filter_map(|u| match u {
            Unit::Campaign(slug) => Some(slug.as_str()),
            _ => None,
        }));
        let broken: Vec<String> = self.broken.iter().cloned().collect();
        for slug in stale {
            let Some(i) = self.campaign_index(slug) else { continue };
            let entry = &self.site.campaigns[i];
            let findings = load::check_campaign::check(&entry.data, &self.site.creators, &broken);
            let problems = self.located(&entry.file, findings);
            if changes.campaigns.contains(&entry.slug) {
                fresh.items.extend(problems.iter().cloned());
            }
            self.problems.insert(entry.file.clone(), problems);
            self.figures.campaigns[i] = campaign_figures(entry, &self.site);
        }
    }

    /// Findings about a file, located in its text (read only when there are any).
    fn located(&self, file: &str, findings: Vec<load::Finding>) -> Vec<Diagnostic> {
        if findings.is_empty() {
            return Vec::new();
        }
        let text = fs::read_to_string(self.paths.root.join(file)).unwrap_or_default();
        load::locate(file, &text, findings)
    }

    fn refresh_empty_site(&mut self) {
        self.problems.remove(paths::CREATORS_DIR);
        let has_errors = self.has_errors();
        if let Some(d) = load::empty_site_warning(&self.site, has_errors) {
            self.problems.insert(d.file.clone(), vec![d]);
        }
    }

    // ---- what to render ----

    /// Every unit of the site with its key, in the order they are written.
    pub fn units(&self) -> Vec<(Unit, Key)> {
        let k = &self.keys;
        let mut units = Vec::with_capacity(
            k.statics.len() + k.creators.len() + k.campaigns.len() + k.lists.len() + k.brands.len() + 2,
        );
        units.push((Unit::Assets, k.assets));
        units.extend(k.statics.iter().map(|(rel, key)| (Unit::Static(rel.clone()), *key)));
        units.extend(k.creators.iter().map(|(slug, key)| (Unit::Creator(slug.clone()), *key)));
        units.extend(k.campaigns.iter().map(|(slug, key)| (Unit::Campaign(slug.clone()), *key)));
        units.push((Unit::Index, k.index));
        units.extend(k.lists.iter().map(|(path, key)| (Unit::List(path.clone()), *key)));
        units.extend(k.brands.iter().map(|(slug, key)| (Unit::Brand(slug.clone()), *key)));
        units
    }

    /// The units whose key changed since the last call (some of them the
    /// site may no longer have).
    pub fn take_stale(&mut self) -> BTreeSet<Unit> {
        std::mem::take(&mut self.stale)
    }

    /// The key of `unit` now, or `None` when the site no longer has it.
    pub fn key_of(&self, unit: &Unit) -> Option<Key> {
        self.keys.of_unit(unit)
    }

    /// Which units `previous` already holds as they would be made now.
    pub fn plan(&self, previous: &Ledger, sink: &dyn Sink) -> Plan {
        let mut plan = Plan::default();
        let units = self.units();
        let mut current: BTreeSet<&Unit> = BTreeSet::new();
        for (unit, key) in &units {
            current.insert(unit);
            match previous.get(unit) {
                Some(p) if p.key == *key && p.files.iter().all(|f| sink.can_keep(f)) => {
                    plan.keep.push((unit.clone(), p.clone()));
                }
                _ => plan.render.push((unit.clone(), *key)),
            }
        }
        let mut gone: Vec<(Unit, Produced)> =
            previous.iter().filter(|(u, _)| !current.contains(u)).map(|(u, p)| (u.clone(), p.clone())).collect();
        gone.sort_by(|a, b| a.0.cmp(&b.0));
        plan.gone = gone;
        plan
    }

    // ---- rendering ----

    /// Renders one unit's files.
    pub fn render(&self, unit: &Unit, t: &Timings) -> Result<Rendered, Diagnostics> {
        match unit {
            Unit::Assets => Ok(Rendered { files: html::assets(&self.theme, &self.ctx.site), deferred: Vec::new() }),
            Unit::Static(rel) => {
                let real = self.statics.iter().find(|(r, _)| r == rel).map(|(_, p)| p);
                let Some(real) = real else { return Ok(Rendered::default()) };
                // Streamed by the sink from where it is, never read whole.
                Ok(Rendered { files: vec![OutputFile::copy_of(rel.clone(), real.clone())], deferred: Vec::new() })
            }
            Unit::Creator(slug) => self.render_creator(slug, t),
            Unit::Campaign(slug) => self.render_campaign(slug, t),
            Unit::Index => t.work(Work::Pages, || self.render_index()),
            Unit::List(path) => t.work(Work::Pages, || self.render_list(path)),
            Unit::Brand(slug) => t.work(Work::Pages, || self.render_brand(slug)),
        }
    }

    fn creator_index(&self, slug: &str) -> Option<usize> {
        self.site.creators.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok()
    }

    fn campaign_index(&self, slug: &str) -> Option<usize> {
        self.site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok()
    }

    fn render_creator(&self, slug: &str, t: &Timings) -> Result<Rendered, Diagnostics> {
        let Some(i) = self.creator_index(slug) else { return Ok(Rendered::default()) };
        let (entry, figures) = (&self.site.creators[i], &self.figures.creators[i]);
        let mut view = t.work(Work::Pages, || present::creator_view(entry, figures, &self.ctx));
        if entry.data.shows_track_record(self.site.config.track_record) {
            view.kit.track_record = self.track_record(slug);
        }
        let files = t.work(Work::Pages, || self.html.creator(&view)).map_err(single)?;
        let mut out = Rendered { files, deferred: Vec::new() };
        out.files.push(OutputFile::new(page::kit_json(slug), json::to_json(figures)));
        match self.pdfs {
            Pdfs::Render => out.files.push(t.work(Work::Pdf, || self.pdf.kit(&view)).map_err(single)?),
            Pdfs::Defer => out.deferred.push(page::kit_pdf(slug)),
            Pdfs::Skip => {}
        }
        // Cards, like PDFs, are made when first asked for in `serve`.
        if self.pdfs == Pdfs::Defer {
            out.deferred.push(page::kit_card(slug));
            if view.rates.is_some() {
                out.deferred.push(page::rates_card(slug));
            }
        } else {
            out.files.push(t.work(Work::Pages, || self.previews.kit(&view)).map_err(single)?);
            if let Some(card) = t.work(Work::Pages, || self.previews.rates(&view)) {
                out.files.push(card.map_err(single)?);
            }
        }
        Ok(out)
    }

    fn render_campaign(&self, slug: &str, t: &Timings) -> Result<Rendered, Diagnostics> {
        let Some(i) = self.campaign_index(slug) else { return Ok(Rendered::default()) };
        let (entry, figures) = (&self.site.campaigns[i], &self.figures.campaigns[i]);
        let view = t.work(Work::Pages, || present::campaign_view(entry, figures, &self.ctx));
        let files = t.work(Work::Pages, || self.html.campaign(&view)).map_err(single)?;
        let mut out = Rendered { files, deferred: Vec::new() };
        out.files.push(OutputFile::new(page::report_json(slug), json::to_json(figures)));
        out.files.push(OutputFile::new(format!("campaigns/{slug}/creators.csv"), csv::creators(figures)));
        out.files.push(OutputFile::new(format!("campaigns/{slug}/posts.csv"), csv::posts(figures)));
        match self.pdfs {
            Pdfs::Render => out.files.push(t.work(Work::Pdf, || self.pdf.report(&view)).map_err(single)?),
            Pdfs::Defer => out.deferred.push(page::report_pdf(slug)),
            Pdfs::Skip => {}
        }
        if self.pdfs == Pdfs::Defer {
            out.deferred.push(page::report_card(slug));
        } else {
            out.files.push(t.work(Work::Pages, || self.previews.report(&view)).map_err(single)?);
        }
        Ok(out)
    }

    /// The campaigns naming a creator, with the creator's results in each.
    fn track_record(&self, slug: &str) -> Option<present::desk::TrackRecordView> {
        let campaigns: Vec<&compute::CampaignFigures> = self
            .keys
            .campaigns_naming(slug)
            .filter_map(|c| self.campaign_index(c))
            .map(|i| &self.figures.campaigns[i])
            .collect();
        // In the kit's language: the creator's own locale, else the site's.
        let locale = self.site.creator(slug).and_then(|e| e.data.locale.as_ref());
        present::desk::track_record_view(&compute::brand::track_record(slug, &campaigns), &self.ctx.localized(locale))
    }

    fn page_size(&self) -> usize {
        self.site.config.page_size.max(1) as usize
    }

    /// The brand rollups of the site, by slug.
    fn brand_figures(&self) -> Vec<compute::brand::BrandFigures> {
        self.keys.brand_groups.iter().map(|(slug, members)| self.brand_of(slug, members)).collect()
    }

    fn brand_of(&self, slug: &str, members: &[usize]) -> compute::brand::BrandFigures {
        let campaigns: Vec<&compute::CampaignFigures> =
            members.iter().filter_map(|&i| self.figures.campaigns.get(i)).collect();
        compute::brand::brand_figures(slug, &campaigns)
    }

    fn render_brand(&self, slug: &str) -> Result<Rendered, Diagnostics> {
        let Some(members) = self.keys.brand_groups.get(slug) else { return Ok(Rendered::default()) };
        let figures = self.brand_of(slug, members);
        let view = present::desk::brand_view(&figures, &self.ctx);
        let page = self.html.brand(&view).map_err(single)?;
        let data = OutputFile::new(page::brand_json(slug), json::to_json(&figures));
        let mut out = Rendered { files: vec![page, data], deferred: Vec::new() };
        if self.pdfs == Pdfs::Defer {
            out.deferred.push(page::brand_card(slug));
        } else {
            out.files.push(self.previews.brand(&view, &present::Lang::of(&self.ctx)).map_err(single)?);
        }
        Ok(out)
    }

    /// One page of a listing after the roster's first.
    fn render_list(&self, path: &str) -> Result<Rendered, Diagnostics> {
        let paging = &self.keys.paging;
        let Ok(at) = paging.binary_search_by(|(p, _, _)| p.as_str().cmp(path)) else {
            return Ok(Rendered::default());
        };
        let (_, li, n) = &paging[at];
        let listing = &self.keys.listings[*li];
        let size = self.page_size();
        let pages = compute::facets::page_count(listing.members.len(), size);
        let members: Vec<usize> = listing.members.iter().skip((n - 1) * size).take(size).copied().collect();
        let cards = self.cards_of(&members)?;
        let refs: Vec<&RosterCard> = cards.iter().map(|c| c.as_ref()).collect();
        let view = present::desk::listing_view(&self.ctx, listing, *n, pages, size);
        let file = self.html.listing(path, &view, &refs).map_err(single)?;
        Ok(Rendered { files: vec![file], deferred: Vec::new() })
    }

    /// The files that list the whole site: the roster's first page, the
    /// lists of terms, brands and campaigns, the search index, the sitemap,
    /// the 404 page and the GitHub Pages marker.
    fn render_index(&self) -> Result<Rendered, Diagnostics> {
        let size = self.page_size();
        let roster = &self.keys.listings[0];
        let first: Vec<usize> = roster.members.iter().take(size).copied().collect();
        let cards = self.cards_of(&first)?;
        self.prune_cards();
        let refs: Vec<&RosterCard> = cards.iter().map(|c| c.as_ref()).collect();
        let ctx = &self.ctx;
        let listing =
            present::desk::listing_view(ctx, roster, 1, compute::facets::page_count(roster.members.len(), size), size);
        let terms = present::desk::terms_views(ctx, &self.keys.listings);
        let brands: Vec<present::desk::BrandCard> =
            self.brand_figures().iter().map(|b| present::desk::brand_card(b, ctx)).collect();
        let view = roster_view(&self.figures, ctx, listing, brands.clone(), terms.clone());
        let mut errors = Diagnostics::default();
        let mut files = Vec::with_capacity(12);
        let mut made = vec![self.html.roster(&view, &refs), self.html.not_found(), self.html.brands(&brands)];
        made.push(self.html.campaigns(&present::roster::roster_campaigns(&self.figures, ctx)));
        made.extend(terms.iter().map(|t| self.html.terms(t)));
        for file in made {
            match file {
                Ok(f) => files.push(f),
                Err(d) => errors.push(d),
            }
        }
        files.push(self.search_index());
        let mut deferred = Vec::new();
        if self.pdfs == Pdfs::Defer {
            deferred.push(page::SITE_CARD.to_string());
        } else {
            match self.site_card() {
                Ok(card) => files.push(card),
                Err(d) => errors.push(d),
            }
        }
        let mut pages = vec![String::new()];
        for (e, f) in self.site.creators.iter().zip(&self.figures.creators) {
            pages.push(page::kit(&e.slug));
            if f.rates.is_some() && e.data.rates.is_some() {
                pages.push(page::rates(&e.slug));
            }
        }
        pages.extend(self.site.campaigns.iter().map(|e| page::report(&e.slug)));
        pages.push(page::CAMPAIGNS.to_string());
        pages.push(page::BRANDS.to_string());
        pages.extend(self.keys.brand_groups.keys().map(|slug| page::brand(slug)));
        pages.extend(compute::facets::Facet::ALL.iter().map(|f| format!("{}/", f.dir())));
        for l in &self.keys.listings[1..] {
            pages.push(l.dir());
        }
        pages.extend(self.keys.paging.iter().filter(|(_, _, n)| *n > 1).map(|(p, _, _)| p.clone()));
        let pages: Vec<String> = pages.iter().map(|p| present::urls::encode_path(p)).collect();
        files.push(sitemap::sitemap(&self.ctx.urls, &pages));
        files.push(OutputFile::new(".nojekyll", Vec::new()));
        if errors.has_errors() { Err(errors) } else { Ok(Rendered { files, deferred }) }
    }

    /// `card.png`: the site's own link-preview card.
    fn site_card(&self) -> Result<OutputFile, Diagnostic> {
        let summary = present::roster::site_summary(&self.figures, &self.ctx);
        self.previews.site(&summary, &present::Lang::of(&self.ctx))
    }

    /// `creators/index.json`: the search box's index, compact.
    fn search_index(&self) -> OutputFile {
        let facets: Vec<compute::facets::Facets> =
            self.site.creators.par_iter().map(|e| compute::facets::facets_of(&e.data, &self.site.config)).collect();
        let rows = self
            .site
            .creators
            .iter()
            .zip(&self.figures.creators)
            .zip(&facets)
            .map(|((e, f), facets)| present::desk::search_row(e, f, facets, &self.ctx))
            .collect();
        let index = present::desk::search_index(rows, &facets, &self.ctx);
        OutputFile::new(page::SEARCH_INDEX, json::to_json_compact(&index))
    }

    /// Makes the roster cards the given units show that are not made yet, on
    /// every core, so that pages listing the same creator do not each make it.
    pub fn prepare_cards(&self, units: &[(Unit, Key)]) {
        let size = self.page_size();
        let mut wanted: BTreeSet<usize> = BTreeSet::new();
        for (unit, _) in units {
            match unit {
                Unit::Index => wanted.extend(self.keys.listings[0].members.iter().take(size)),
                Unit::List(path) => {
                    if let Ok(at) = self.keys.paging.binary_search_by(|(p, _, _)| p.as_str().cmp(path)) {
                        let (_, li, n) = &self.keys.paging[at];
                        wanted.extend(self.keys.listings[*li].members.iter().skip((n - 1) * size).take(size));
                    }
                }
                _ => {}
            }
        }
        let wanted: Vec<usize> = wanted.into_iter().collect();
        // Errors are reported by the page that shows the card.
        let _ = self.cards_of(&wanted);
    }

    /// The roster cards of the creators at `indices`: those made from the
    /// creator's current key are taken from the cache, the rest rendered.
    fn cards_of(&self, indices: &[usize]) -> Result<Vec<Arc<RosterCard>>, Diagnostics> {
        let results: Vec<(usize, Option<Arc<RosterCard>>)> = {
            let cache = self.cards.read().unwrap_or_else(|e| e.into_inner());
            indices
                .iter()
                .map(|&i| {
                    let slug = &self.site.creators[i].slug;
                    let key = self.keys.creator(slug);
                    let hit = cache.get(slug).filter(|(k, _)| Some(*k) == key).map(|(_, card)| card.clone());
                    (i, hit)
                })
                .collect()
        };
        let missing: Vec<usize> = results.iter().filter(|(_, hit)| hit.is_none()).map(|(i, _)| *i).collect();
        let render = |&i: &usize| {
            let (e, f) = (&self.site.creators[i], &self.figures.creators[i]);
            (i, self.html.roster_card(&roster_creator(e, f, &self.ctx)).map(Arc::new))
        };
        let made: Vec<(usize, Result<Arc<RosterCard>, Diagnostic>)> = if missing.len() < 64 {
            missing.iter().map(render).collect()
        } else {
            missing.par_iter().map(render).collect()
        };
        let mut errors = Diagnostics::default();
        let mut fresh: HashMap<usize, Arc<RosterCard>> = HashMap::with_capacity(made.len());
        {
            let mut cache = self.cards.write().unwrap_or_else(|e| e.into_inner());
            for (i, card) in made {
                match card {
                    Ok(card) => {
                        let slug = &self.site.creators[i].slug;
                        if let Some(key) = self.keys.creator(slug) {
                            cache.insert(slug.clone(), (key, card.clone()));
                        }
                        fresh.insert(i, card);
                    }
                    Err(d) => errors.push(d),
                }
            }
        }
        if errors.has_errors() {
            return Err(errors);
        }
        Ok(results.into_iter().filter_map(|(i, hit)| hit.or_else(|| fresh.get(&i).cloned())).collect())
    }

    /// Forgets the cards of creators the site no longer has.
    fn prune_cards(&self) {
        let mut cache = self.cards.write().unwrap_or_else(|e| e.into_inner());
        if cache.len() > self.site.creators.len() {
            cache.retain(|slug, _| self.site.creator(slug).is_some());
        }
    }

    /// A file left to be made on request (`serve`'s PDFs and cards), from
    /// the site as it is now.
    pub fn deferred(&self, path: &str) -> Option<Vec<u8>> {
        if path == page::SITE_CARD {
            return self.site_card().ok().map(|f| f.bytes);
        }
        let (kind, rest) = path.split_once('/')?;
        let (slug, file) = rest.split_once('/')?;
        let made = match (kind, file) {
            ("creators", "card.png") => {
                let i = self.creator_index(slug)?;
                self.previews.kit(&self.creator_view(i))
            }
            ("creators", "rates/card.png") => {
                let i = self.creator_index(slug)?;
                self.previews.rates(&self.creator_view(i))?
            }
            ("campaigns", "card.png") => {
                let i = self.campaign_index(slug)?;
                self.previews.report(&self.campaign_view(i))
            }
            ("brands", "card.png") => {
                let members = self.keys.brand_groups.get(slug)?;
                let view = present::desk::brand_view(&self.brand_of(slug, members), &self.ctx);
                self.previews.brand(&view, &present::Lang::of(&self.ctx))
            }
            ("creators", "media-kit.pdf") => {
                let i = self.creator_index(slug)?;
                let view = present::creator_view(&self.site.creators[i], &self.figures.creators[i], &self.ctx);
                self.pdf.kit(&view)
            }
            ("campaigns", "report.pdf") => {
                let i = self.campaign_index(slug)?;
                let view = present::campaign_view(&self.site.campaigns[i], &self.figures.campaigns[i], &self.ctx);
                self.pdf.report(&view)
            }
            _ => return None,
        };
        made.ok().filter(|f| f.path == path).map(|f| f.bytes)
    }

    pub fn options(&self) -> &BuildOptions {
        &self.options
    }

    /// The view of the `i`-th creator, as the pages and the PDF get it.
    pub fn creator_view(&self, i: usize) -> present::CreatorView {
        present::creator_view(&self.site.creators[i], &self.figures.creators[i], &self.ctx)
    }

    /// The view of the `i`-th campaign, as the page and the PDF get it.
    pub fn campaign_view(&self, i: usize) -> present::CampaignView {
        present::campaign_view(&self.site.campaigns[i], &self.figures.campaigns[i], &self.ctx)
    }

    /// The PDF renderer of this site (for benchmarks).
    pub fn pdf(&self) -> &Pdf {
        &self.pdf
    }

    /// The link-preview card renderer of this site (for benchmarks).
    pub fn previews(&self) -> &Cards {
        &self.previews
    }
}

/// A kind of content file `serve` reads again alone.
trait Reloadable: load::yaml::Document + Sized {
    const IS_CREATOR: bool;
    fn dir(paths: &SitePaths) -> PathBuf;
    /// The checks of one file that need no other file.
    fn check(engine: &Engine, entry: &Entry<Self>, text: &str) -> Vec<Diagnostic>;
    /// Reads the exports or spreadsheets the entry imports into it.
    fn import(engine: &Engine, entry: &mut Entry<Self>, text: &str) -> Vec<Diagnostic>;
    /// The inputs the entry now in the site imports.
    fn inputs(engine: &Engine, slug: &str) -> Vec<String>;
    /// The checks of a file with errors, on the part of it that could be read.
    fn check_partial(engine: &Engine, partial: &load::Partial<Self>) -> Vec<Diagnostic>;
    /// Puts the entry (or its absence) in the site, figures included.
    fn set(engine: &mut Engine, slug: &str, entry: Option<Entry<Self>>);
}

impl Reloadable for Creator {
    const IS_CREATOR: bool = true;

    fn dir(paths: &SitePaths) -> PathBuf {
        paths.creators()
    }

    fn check(engine: &Engine, entry: &Entry<Creator>, text: &str) -> Vec<Diagnostic> {
        load::creator_problems(entry, text, &engine.site.config, &engine.paths)
    }

    fn import(engine: &Engine, entry: &mut Entry<Creator>, text: &str) -> Vec<Diagnostic> {
        load::import::apply_creator(&engine.paths, entry, text)
    }

    fn inputs(engine: &Engine, slug: &str) -> Vec<String> {
        engine.site.creator(slug).map(|e| load::import::creator_inputs(&e.data)).unwrap_or_default()
    }

    fn check_partial(engine: &Engine, partial: &load::Partial<Creator>) -> Vec<Diagnostic> {
        load::partial_creator_problems(partial, &engine.site.config, &engine.paths)
    }

    fn set(engine: &mut Engine, slug: &str, entry: Option<Entry<Creator>>) {
        let at = engine.site.creators.binary_search_by(|e| e.slug.as_str().cmp(slug));
        let figures = entry.as_ref().map(|e| creator_figures(slug, &e.data, &engine.site.config));
        match (at, entry, figures) {
            (Ok(i), Some(entry), Some(f)) => {
                engine.site.creators[i] = entry;
                engine.figures.creators[i] = f;
            }
            (Err(i), Some(entry), Some(f)) => {
                engine.site.creators.insert(i, entry);
                engine.figures.creators.insert(i, f);
            }
            (Ok(i), None, _) => {
                engine.site.creators.remove(i);
                engine.figures.creators.remove(i);
            }
            _ => {}
        }
    }
}

impl Reloadable for Campaign {
    const IS_CREATOR: bool = false;

    fn dir(paths: &SitePaths) -> PathBuf {
        paths.campaigns()
    }

    /// A campaign's checks read the profiles it names; they run once every
    /// changed file is in (see [`Engine::reload`]).
    fn check(_engine: &Engine, _entry: &Entry<Campaign>, _text: &str) -> Vec<Diagnostic> {
        Vec::new()
    }

    fn import(engine: &Engine, entry: &mut Entry<Campaign>, text: &str) -> Vec<Diagnostic> {
        if entry.data.posts_from.0.is_empty() {
            return Vec::new();
        }
        let known: Vec<&str> = engine.site.creators.iter().map(|c| c.slug.as_str()).collect();
        load::import::apply_campaign(&engine.paths, entry, text, &engine.site.config, &known)
    }

    fn inputs(engine: &Engine, slug: &str) -> Vec<String> {
        let i = engine.site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok();
        i.map(|i| load::import::campaign_inputs(&engine.site.campaigns[i].data)).unwrap_or_default()
    }

    fn check_partial(engine: &Engine, partial: &load::Partial<Campaign>) -> Vec<Diagnostic> {
        let broken: Vec<String> = engine.broken.iter().cloned().collect();
        load::partial_campaign_problems(partial, &engine.site.creators, &broken)
    }

    fn set(engine: &mut Engine, slug: &str, entry: Option<Entry<Campaign>>) {
        let at = engine.site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug));
        match (at, entry) {
            (Ok(i), Some(entry)) => {
                engine.figures.campaigns[i] = campaign_figures(&entry, &engine.site);
                engine.site.campaigns[i] = entry;
            }
            (Err(i), Some(entry)) => {
                engine.figures.campaigns.insert(i, campaign_figures(&entry, &engine.site));
                engine.site.campaigns.insert(i, entry);
            }
            (Ok(i), None) => {
                engine.site.campaigns.remove(i);
                engine.figures.campaigns.remove(i);
            }
            (Err(_), None) => {}
        }
    }
}
