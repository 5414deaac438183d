//! What depends on what, stated once. A unit's key hashes everything its
//! files are made from: the site-wide inputs (config, templates, logo, the
//! build switches) and the unit's own — a creator reads its profile and its
//! photo (and, with a track record, the campaigns naming it), a campaign its
//! file and the profiles it names, a page of a listing the cards of the
//! creators on it, a brand its campaigns, the index every entry. [`Keys::of`] computes every key from these rules; [`Keys::update`]
//! reads the same rules backwards to recompute only the keys that changed
//! input files reach, which is what `serve` does on every save.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use crate::compute::brand::brand_groups;
use crate::compute::facets::{self, Listing, page_count};
use crate::load::import;
use crate::load::theme::Theme;
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::model::{Entry, Site};
use crate::paths::{self, SitePaths};
use crate::pipeline::keys::{Key, KeyBuilder, Sources, static_shown};
use crate::pipeline::units::Unit;
use crate::present::urls::page;

/// What keys are computed from, besides the sources.
pub struct Inputs<'a> {
    /// The switches that change what a build writes (`pdfs`, `--base-url`).
    pub switches: &'a str,
    pub site: &'a Site,
    pub theme: &'a Theme,
    pub paths: &'a SitePaths,
    /// `static/` as (output path, real path).
    pub statics: &'a [(String, PathBuf)],
}

/// The switches that change what a build writes, as part of every key.
pub fn switches(pdfs: bool, base_url: &Option<String>) -> String {
    format!("pdfs={pdfs} base_url={base_url:?}")
}

/// The input files a creator's pages read besides the site-wide ones: the
/// profile, the photo, the platform exports it imports (a folder stands for
/// every file under it), and with a track record the file of every campaign
/// naming them (`naming`), whose results the kit lists.
fn creator_files(e: &Entry<Creator>, site: &Site, naming: &Readers) -> Vec<String> {
    let mut files = vec![e.file.clone()];
    files.extend(e.data.photo.as_ref().and_then(|p| p.static_path()).map(static_shown));
    files.extend(import::creator_inputs(&e.data));
    if e.data.shows_track_record(site.config.track_record) {
        for slug in naming.of(&e.slug) {
            if let Some(c) = campaign_entry(site, slug) {
                files.push(c.file.clone());
            }
        }
    }
    files
}

fn campaign_entry<'a>(site: &'a Site, slug: &str) -> Option<&'a Entry<Campaign>> {
    site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok().map(|i| &site.campaigns[i])
}

/// The spreadsheets a campaign takes posts from.
fn campaign_sheets(e: &Entry<Campaign>) -> Vec<String> {
    import::campaign_inputs(&e.data)
}

/// Every input file an entry names, for hashing those outside the input folders.
pub fn named_inputs(site: &Site) -> Vec<String> {
    let mut out: Vec<String> = site.creators.iter().flat_map(|e| import::creator_inputs(&e.data)).collect();
    out.extend(site.campaigns.iter().flat_map(campaign_sheets));
    out
}

/// `data/a/b.csv`, `data/a`, `data`: a changed file and the folders it is in,
/// any of which an entry may name.
fn with_ancestors(file: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(file), |f| f.rsplit_once('/').map(|(parent, _)| parent))
}

/// The profiles a campaign reads, by slug.
pub fn named_profiles(campaign: &Campaign) -> BTreeSet<&str> {
    campaign.creators.iter().filter_map(|c| c.creator.as_deref()).collect()
}

/// The site-wide keys: every page's (config, templates, the logo, whether a
/// custom stylesheet is linked) and the theme assets'.
fn site_wide(inputs: &Inputs, sources: &Sources) -> (Key, Key) {
    let Inputs { switches, site, theme, paths, .. } = *inputs;
    let config = {
        let mut k = KeyBuilder::new("config");
        k.text(switches).key(sources.get(&paths.shown(&paths.config()))).text(&site.config.base_url);
        k.finish()
    };
    let pages = {
        let mut k = KeyBuilder::new("pages");
        k.key(config).text(&theme.name);
        for (name, text) in &theme.templates {
            k.text(name).text(text);
        }
        let custom = static_shown(crate::render::html::CUSTOM_CSS);
        k.text(&custom).key(sources.get(&custom));
        if let Some(inner) = site.config.brand.logo.as_ref().and_then(|l| l.static_path()) {
            k.key(sources.static_file(inner));
        }
        k.finish()
    };
    let assets = {
        let mut k = KeyBuilder::new("assets");
        k.key(config).text(&theme.name);
        for (name, bytes) in &theme.static_files {
            k.text(name).bytes(bytes);
        }
        k.finish()
    };
    (pages, assets)
}

fn creator_key(pages: Key, e: &Entry<Creator>, files: &[String], sources: &Sources) -> Key {
    let mut k = KeyBuilder::new("creator");
    k.key(pages).text(&e.slug);
    for file in files {
        k.text(file).key(sources.tree(file));
    }
    k.finish()
}

/// A campaign reads the profiles it names: their keys are part of its key,
/// as is the file of a profile that does not load (or is not there).
fn campaign_key(pages: Key, e: &Entry<Campaign>, creators: &[(String, Key)], sources: &Sources) -> Key {
    let mut k = KeyBuilder::new("campaign");
    k.key(pages).text(&e.slug).key(sources.get(&e.file));
    for file in campaign_sheets(e) {
        k.text(&file).key(sources.tree(&file));
    }
    for name in named_profiles(&e.data) {
        k.text(name);
        match find(creators, name) {
            Some(key) => k.key(key),
            None => k.text("no profile").key(sources.get(&format!("{}/{name}.yaml", paths::CREATORS_DIR))),
        };
    }
    k.finish()
}

fn statics_keys(inputs: &Inputs, sources: &Sources) -> Vec<(String, Key)> {
    let mut statics: Vec<(String, Key)> =
        inputs.statics.iter().map(|(rel, real)| (rel.clone(), sources.get(&inputs.paths.shown(real)))).collect();
    statics.sort();
    statics
}

fn index_key(pages: Key, creators: &[(String, Key)], campaigns: &[(String, Key)]) -> Key {
    let mut index = KeyBuilder::new("index");
    index.key(pages);
    for (slug, key) in creators.iter().chain(campaigns) {
        index.text(slug).key(*key);
    }
    index.finish()
}

/// A page of a listing: the creators on it with their keys (their cards),
/// where it is in the listing, and the term it lists.
fn list_key(pages: Key, listing: &Listing, n: usize, count: usize, size: usize, creators: &[(String, Key)]) -> Key {
    let mut k = KeyBuilder::new("list");
    k.key(pages).text(&listing.dir()).text(&format!("{n}/{count}/{}", listing.members.len()));
    if let Some((_, term)) = &listing.facet {
        k.text(&term.label);
    }
    for &i in listing.members.iter().skip((n - 1) * size).take(size) {
        if let Some((slug, key)) = creators.get(i) {
            k.text(slug).key(*key);
        }
    }
    k.finish()
}

/// A brand reads its campaigns (and so the profiles they name).
fn brand_key(pages: Key, slug: &str, members: &[usize], campaigns: &[(String, Key)]) -> Key {
    let mut k = KeyBuilder::new("brand");
    k.key(pages).text(slug);
    for &i in members {
        if let Some((name, key)) = campaigns.get(i) {
            k.text(name).key(*key);
        }
    }
    k.finish()
}

/// The listings' pages by output path, with their listing and number.
fn list_pages(site: &Site, listings: &[Listing]) -> Vec<(String, usize, usize)> {
    let size = site.config.page_size.max(1) as usize;
    let mut out = Vec::new();
    for (li, l) in listings.iter().enumerate() {
        let count = page_count(l.members.len(), size);
        // The roster's first page is the index.
        let from = if l.facet.is_none() { 2 } else { 1 };
        for n in from..=count {
            out.push((page::listing(&l.dir(), n), li, n));
        }
    }
    out.sort();
    out
}

fn find(list: &[(String, Key)], name: &str) -> Option<Key> {
    list.binary_search_by(|(n, _)| n.as_str().cmp(name)).ok().map(|i| list[i].1)
}

/// Sets (or removes) `name`'s key in a sorted list; says whether it changed.
fn set(list: &mut Vec<(String, Key)>, name: &str, key: Option<Key>) -> bool {
    match (list.binary_search_by(|(n, _)| n.as_str().cmp(name)), key) {
        (Ok(i), Some(key)) => std::mem::replace(&mut list[i].1, key) != key,
        (Ok(i), None) => {
            list.remove(i);
            true
        }
        (Err(i), Some(key)) => {
            list.insert(i, (name.to_string(), key));
            true
        }
        (Err(_), None) => false,
    }
}

/// The names whose key differs between two sorted lists, or that only one has.
fn differing(old: &[(String, Key)], new: &[(String, Key)], out: &mut Vec<String>) {
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        match (old.get(i), new.get(j)) {
            (Some(a), Some(b)) if a.0 == b.0 => {
                if a.1 != b.1 {
                    out.push(b.0.clone());
                }
                i += 1;
                j += 1;
            }
            (Some(a), Some(b)) if a.0 < b.0 => {
                out.push(a.0.clone());
                i += 1;
            }
            (Some(_), Some(b)) | (None, Some(b)) => {
                out.push(b.0.clone());
                j += 1;
            }
            (Some(a), None) => {
                out.push(a.0.clone());
                i += 1;
            }
            (None, None) => break,
        }
    }
}

/// A many-to-many relation read backwards: for each input, who reads it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Readers {
    /// Input → the slugs reading it.
    by_input: HashMap<String, BTreeSet<String>>,
    /// Slug → what it reads, to forget when it changes.
    reads: HashMap<String, Vec<String>>,
}

impl Readers {
    fn set(&mut self, reader: &str, inputs: Vec<String>) {
        self.forget(reader);
        for input in &inputs {
            self.by_input.entry(input.clone()).or_default().insert(reader.to_string());
        }
        self.reads.insert(reader.to_string(), inputs);
    }

    fn forget(&mut self, reader: &str) {
        for input in self.reads.remove(reader).unwrap_or_default() {
            if let Some(set) = self.by_input.get_mut(&input) {
                set.remove(reader);
                if set.is_empty() {
                    self.by_input.remove(&input);
                }
            }
        }
    }

    fn of(&self, input: &str) -> impl Iterator<Item = &String> {
        self.by_input.get(input).into_iter().flatten()
    }
}

/// The key of every unit of the site, each list sorted by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Keys {
    pages: Key,
    /// Theme assets: fonts, stylesheets, the favicon.
    pub assets: Key,
    /// By output path.
    pub statics: Vec<(String, Key)>,
    /// By slug, in site order.
    pub creators: Vec<(String, Key)>,
    pub campaigns: Vec<(String, Key)>,
    /// The roster, sitemap and 404 page: every entry's key together.
    pub index: Key,
    /// The creators reading each input file (their profile, their photo).
    files: Readers,
    /// The campaigns reading each profile, by slug.
    profiles: Readers,
    /// The campaigns reading each spreadsheet.
    sheets: Readers,
    /// The roster and one listing per facet term (`compute::facets`).
    pub listings: Vec<Listing>,
    /// Every page of a listing but the roster's first, by output path, with
    /// its listing (an index into `listings`) and number.
    pub paging: Vec<(String, usize, usize)>,
    /// Each listing page's key, by output path.
    pub lists: Vec<(String, Key)>,
    /// The campaigns of each brand (indices into the site's), by brand slug.
    pub brand_groups: BTreeMap<String, Vec<usize>>,
    /// Each brand rollup's key, by brand slug.
    pub brands: Vec<(String, Key)>,
}

impl Keys {
    pub fn of(inputs: &Inputs, sources: &Sources) -> Keys {
        let site = inputs.site;
        let (pages, assets) = site_wide(inputs, sources);
        let mut keys = Keys { pages, assets, statics: statics_keys(inputs, sources), ..Keys::default() };
        for e in &site.campaigns {
            keys.profiles.set(&e.slug, named_profiles(&e.data).into_iter().map(str::to_string).collect());
            keys.sheets.set(&e.slug, campaign_sheets(e));
        }
        keys.creators = site
            .creators
            .iter()
            .map(|e| {
                let files = creator_files(e, site, &keys.profiles);
                let key = creator_key(pages, e, &files, sources);
                keys.files.set(&e.slug, files);
                (e.slug.clone(), key)
            })
            .collect();
        keys.campaigns =
            site.campaigns.iter().map(|e| (e.slug.clone(), campaign_key(pages, e, &keys.creators, sources))).collect();
        keys.index = index_key(pages, &keys.creators, &keys.campaigns);
        keys.desk(site);
        keys
    }

    /// The listings, their pages and the brands, with their keys, from the
    /// creators' and campaigns' keys. Returns the units whose key changed,
    /// appeared or went away.
    fn desk(&mut self, site: &Site) -> Vec<Unit> {
        let size = site.config.page_size.max(1) as usize;
        self.listings = facets::listings(site);
        self.paging = list_pages(site, &self.listings);
        let lists: Vec<(String, Key)> = self
            .paging
            .iter()
            .map(|(path, li, n)| {
                let l = &self.listings[*li];
                (
                    path.clone(),
                    list_key(self.pages_key(), l, *n, page_count(l.members.len(), size), size, &self.creators),
                )
            })
            .collect();
        self.brand_groups = brand_groups(site.campaigns.iter().map(|e| e.data.brand.as_deref()));
        let brands: Vec<(String, Key)> = self
            .brand_groups
            .iter()
            .map(|(slug, members)| (slug.clone(), brand_key(self.pages_key(), slug, members, &self.campaigns)))
            .collect();
        let mut units = Vec::new();
        let mut names = Vec::new();
        differing(&self.lists, &lists, &mut names);
        units.extend(names.drain(..).map(Unit::List));
        differing(&self.brands, &brands, &mut names);
        units.extend(names.drain(..).map(Unit::Brand));
        self.lists = lists;
        self.brands = brands;
        units
    }

    fn pages_key(&self) -> Key {
        self.pages
    }

    /// The campaigns naming the profile `slug`.
    pub fn campaigns_naming(&self, slug: &str) -> impl Iterator<Item = &String> {
        self.profiles.of(slug)
    }

    /// The keys after the input files `changed` (shown paths) changed, with
    /// only the keys they reach computed again. Returns the units whose key
    /// changed, appeared or went away.
    pub fn update(&mut self, inputs: &Inputs, sources: &Sources, changed: &BTreeSet<String>) -> Vec<Unit> {
        let site = inputs.site;
        let (pages, assets) = site_wide(inputs, sources);
        if pages != self.pages {
            let new = Keys::of(inputs, sources);
            let units = new.changed_since(self);
            *self = new;
            return units;
        }
        let mut units = Vec::new();
        if assets != self.assets {
            self.assets = assets;
            units.push(Unit::Assets);
        }
        let static_prefix = format!("{}/", paths::STATIC_DIR);
        if changed.iter().any(|f| f.starts_with(&static_prefix)) {
            let statics = statics_keys(inputs, sources);
            let mut names = Vec::new();
            differing(&self.statics, &statics, &mut names);
            units.extend(names.into_iter().map(Unit::Static));
            self.statics = statics;
        }

        // Campaigns whose file changed name who they name now: a creator
        // with a track record reads the campaigns naming them.
        let campaigns_dir = format!("{}/", paths::CAMPAIGNS_DIR);
        let campaign_files: BTreeSet<String> = changed.iter().filter_map(|f| content_slug(f, &campaigns_dir)).collect();
        let mut named_now: BTreeSet<String> = BTreeSet::new();
        for slug in &campaign_files {
            match campaign_entry(site, slug) {
                Some(e) => {
                    let named: Vec<String> = named_profiles(&e.data).into_iter().map(str::to_string).collect();
                    named_now.extend(named.iter().cloned());
                    self.profiles.set(slug, named);
                }
                None => self.profiles.forget(slug),
            }
        }

        // Creators whose profile changed (or appeared, went away, broke), or
        // who read a changed file.
        let creators_dir = format!("{}/", paths::CREATORS_DIR);
        let mut touched: BTreeSet<String> = changed.iter().filter_map(|f| content_slug(f, &creators_dir)).collect();
        let profile_files = touched.clone();
        for file in changed {
            for named in with_ancestors(file) {
                touched.extend(self.files.of(named).cloned());
            }
        }
        touched.extend(
            named_now
                .into_iter()
                .filter(|slug| site.creator(slug).is_some_and(|e| e.data.shows_track_record(site.config.track_record))),
        );
        let mut changed_profiles = profile_files;
        for slug in &touched {
            let entry = site.creator(slug);
            let files = entry.map(|e| creator_files(e, site, &self.profiles));
            let key = entry.zip(files.as_ref()).map(|(e, files)| creator_key(pages, e, files, sources));
            if set(&mut self.creators, slug, key) {
                units.push(Unit::Creator(slug.clone()));
                changed_profiles.insert(slug.clone());
            }
            match files {
                Some(files) => self.files.set(slug, files),
                None => self.files.forget(slug),
            }
        }

        // Campaigns whose file changed, or that name a changed profile.
        let mut touched = campaign_files;
        for slug in &changed_profiles {
            touched.extend(self.profiles.of(slug).cloned());
        }
        for file in changed {
            for named in with_ancestors(file) {
                touched.extend(self.sheets.of(named).cloned());
            }
        }
        for slug in &touched {
            let entry = site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok().map(|i| &site.campaigns[i]);
            let key = entry.map(|e| campaign_key(pages, e, &self.creators, sources));
            if set(&mut self.campaigns, slug, key) {
                units.push(Unit::Campaign(slug.clone()));
            }
            match entry {
                Some(e) => {
                    self.profiles.set(slug, named_profiles(&e.data).into_iter().map(str::to_string).collect());
                    self.sheets.set(slug, campaign_sheets(e));
                }
                None => {
                    self.profiles.forget(slug);
                    self.sheets.forget(slug);
                }
            }
        }

        let index = index_key(pages, &self.creators, &self.campaigns);
        if index != self.index {
            self.index = index;
            units.push(Unit::Index);
        }
        units.extend(self.desk(site));
        units
    }

    /// The creators and campaigns that import `file` (a changed input, or
    /// one of the folders it is in).
    pub fn importers(&self, file: &str) -> (BTreeSet<String>, BTreeSet<String>) {
        let (mut creators, mut campaigns) = (BTreeSet::new(), BTreeSet::new());
        for named in with_ancestors(file) {
            if named.ends_with(".yaml") || named.ends_with(".yml") || named.starts_with("static/") {
                continue;
            }
            creators.extend(self.files.of(named).cloned());
            campaigns.extend(self.sheets.of(named).cloned());
        }
        (creators, campaigns)
    }

    /// Whether an entry imports `file` or a folder it is in.
    pub fn is_imported(&self, file: &str) -> bool {
        let (c, p) = self.importers(file);
        !c.is_empty() || !p.is_empty()
    }

    pub fn creator(&self, slug: &str) -> Option<Key> {
        find(&self.creators, slug)
    }

    pub fn campaign(&self, slug: &str) -> Option<Key> {
        find(&self.campaigns, slug)
    }

    /// The key of `unit`, when the site has it.
    pub fn of_unit(&self, unit: &Unit) -> Option<Key> {
        match unit {
            Unit::Assets => Some(self.assets),
            Unit::Static(path) => find(&self.statics, path),
            Unit::Creator(slug) => self.creator(slug),
            Unit::Campaign(slug) => self.campaign(slug),
            Unit::Index => Some(self.index),
            Unit::List(path) => find(&self.lists, path),
            Unit::Brand(slug) => find(&self.brands, slug),
        }
    }

    /// The units whose key differs from `old`, those that appeared and
    /// those that went away.
    pub fn changed_since(&self, old: &Keys) -> Vec<Unit> {
        let mut units = Vec::new();
        if self.assets != old.assets {
            units.push(Unit::Assets);
        }
        let mut names = Vec::new();
        differing(&old.statics, &self.statics, &mut names);
        units.extend(names.drain(..).map(Unit::Static));
        differing(&old.creators, &self.creators, &mut names);
        units.extend(names.drain(..).map(Unit::Creator));
        differing(&old.campaigns, &self.campaigns, &mut names);
        units.extend(names.drain(..).map(Unit::Campaign));
        if self.index != old.index {
            units.push(Unit::Index);
        }
        differing(&old.lists, &self.lists, &mut names);
        units.extend(names.drain(..).map(Unit::List));
        differing(&old.brands, &self.brands, &mut names);
        units.extend(names.drain(..).map(Unit::Brand));
        units
    }
}

/// The slug of a content file (`content/creators/ava.yaml` under `dir`).
fn content_slug(file: &str, dir: &str) -> Option<String> {
    let name = file.strip_prefix(dir)?;
    let stem = name.strip_suffix(".yaml").or_else(|| name.strip_suffix(".yml"))?;
    (!stem.contains('/')).then(|| stem.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::SiteConfig;

    fn creator(slug: &str, photo: Option<&str>) -> Entry<Creator> {
        let mut yaml = String::from("name: A\nniches: [Food]\nplatforms: [{platform: instagram, followers: 10}]\n");
        if let Some(p) = photo {
            yaml.push_str(&format!("photo: {p}\n"));
        }
        Entry {
            slug: slug.to_string(),
            file: format!("content/creators/{slug}.yaml"),
            data: serde_saphyr::from_str(&yaml).unwrap(),
        }
    }

    fn campaign(slug: &str, who: &[&str]) -> Entry<Campaign> {
        let mut yaml = format!("name: C\nbrand: {}\ncreators:\n", if slug == "solo" { "Oak" } else { "Lumen" });
        for w in who {
            yaml.push_str(&format!("  - creator: {w}\n    posts: [{{platform: instagram, likes: 1}}]\n"));
        }
        Entry {
            slug: slug.to_string(),
            file: format!("content/campaigns/{slug}.yaml"),
            data: serde_saphyr::from_str(&yaml).unwrap(),
        }
    }

    fn site() -> Site {
        Site {
            root: PathBuf::from("/site"),
            config: SiteConfig::default(),
            creators: vec![creator("ava", Some("static/ava.jpg")), creator("ben", None), creator("cy", None)],
            campaigns: vec![campaign("duo", &["ava", "ben"]), campaign("solo", &["cy"])],
        }
    }

    fn sources(files: &[(&str, &[u8])]) -> Sources {
        let mut s = Sources::default();
        for (path, bytes) in files {
            s.insert(path, crate::pipeline::keys::hash_bytes(bytes));
        }
        s
    }

    /// Recomputes with `update`, checks it against a full computation, and
    /// returns the units it said changed.
    fn after(keys: &mut Keys, site: &Site, sources: &Sources, changed: &[&str]) -> Vec<Unit> {
        let theme = Theme::default();
        let paths = SitePaths::new("/site");
        let inputs = Inputs { switches: "", site, theme: &theme, paths: &paths, statics: &[] };
        let changed: BTreeSet<String> = changed.iter().map(|s| s.to_string()).collect();
        let units = keys.update(&inputs, sources, &changed);
        assert_eq!(*keys, Keys::of(&inputs, sources), "update agrees with a full computation");
        units
    }

    fn keys_of(site: &Site, sources: &Sources) -> Keys {
        let theme = Theme::default();
        let paths = SitePaths::new("/site");
        Keys::of(&Inputs { switches: "", site, theme: &theme, paths: &paths, statics: &[] }, sources)
    }

    fn names(units: &[Unit]) -> Vec<String> {
        units.iter().map(Unit::name).collect()
    }

    #[test]
    fn a_profile_edit_reaches_its_campaigns_and_the_index() {
        let site = site();
        let mut src = sources(&[("content/creators/ava.yaml", b"1"), ("static/ava.jpg", b"p")]);
        let mut keys = keys_of(&site, &src);
        src.insert("content/creators/ava.yaml", 2);
        let units = after(&mut keys, &site, &src, &["content/creators/ava.yaml"]);
        assert_eq!(
            names(&units),
            [
                "creator:ava",
                "campaign:duo",
                "index",
                "list:niches/food/",
                "list:platforms/instagram/",
                "list:tiers/emerging/",
                "brand:lumen"
            ]
        );
    }

    #[test]
    fn a_photo_reaches_the_creator_who_shows_it() {
        let site = site();
        let mut src = sources(&[("static/ava.jpg", b"p")]);
        let mut keys = keys_of(&site, &src);
        src.insert("static/ava.jpg", 7);
        let units = after(&mut keys, &site, &src, &["static/ava.jpg"]);
        assert_eq!(
            names(&units),
            [
                "creator:ava",
                "campaign:duo",
                "index",
                "list:niches/food/",
                "list:platforms/instagram/",
                "list:tiers/emerging/",
                "brand:lumen"
            ]
        );
    }

    #[test]
    fn a_campaign_edit_reaches_only_itself_and_the_index() {
        let site = site();
        let mut src = sources(&[]);
        let mut keys = keys_of(&site, &src);
        src.insert("content/campaigns/solo.yaml", 3);
        let units = after(&mut keys, &site, &src, &["content/campaigns/solo.yaml"]);
        assert_eq!(names(&units), ["campaign:solo", "index", "brand:oak"]);
    }

    #[test]
    fn a_profile_that_goes_away_or_appears_reaches_the_campaigns_naming_it() {
        let mut site = site();
        let mut src = sources(&[]);
        let mut keys = keys_of(&site, &src);
        site.creators.remove(2);
        src.insert("content/creators/cy.yaml", 0);
        let units = after(&mut keys, &site, &src, &["content/creators/cy.yaml"]);
        assert_eq!(
            names(&units),
            [
                "creator:cy",
                "campaign:solo",
                "index",
                "list:niches/food/",
                "list:platforms/instagram/",
                "list:tiers/emerging/",
                "brand:oak"
            ]
        );
        // Back, as a file that does not load yet: the campaign is checked again.
        src.insert("content/creators/cy.yaml", 9);
        let units = after(&mut keys, &site, &src, &["content/creators/cy.yaml"]);
        assert_eq!(names(&units), ["campaign:solo", "index", "brand:oak"]);
    }

    fn set_creator(site: &mut Site, slug: &str, yaml: &str) {
        let i = site.creators.binary_search_by(|e| e.slug.as_str().cmp(slug)).unwrap();
        site.creators[i].data = serde_saphyr::from_str(yaml).unwrap();
    }

    #[test]
    fn a_creator_who_changes_niche_reaches_the_pages_of_both_niches_only() {
        let mut site = site();
        let mut src = sources(&[]);
        let mut keys = keys_of(&site, &src);
        set_creator(&mut site, "ben", "name: A\nniches: [Travel]\nplatforms: [{platform: instagram, followers: 10}]\n");
        src.insert("content/creators/ben.yaml", 5);
        let units = after(&mut keys, &site, &src, &["content/creators/ben.yaml"]);
        assert_eq!(
            names(&units),
            [
                "creator:ben",
                "campaign:duo",
                "index",
                "list:niches/food/",
                "list:niches/travel/",
                "list:platforms/instagram/",
                "list:tiers/emerging/",
                "brand:lumen"
            ]
        );
    }

    #[test]
    fn pages_of_a_long_listing_change_only_where_the_edited_card_is() {
        let mut site = site();
        site.config.page_size = 1;
        let mut src = sources(&[]);
        let mut keys = keys_of(&site, &src);
        assert_eq!(keys.paging.iter().filter(|(p, _, _)| p.starts_with("page/")).count(), 2, "3 creators, 1 a page");
        src.insert("content/creators/cy.yaml", 4);
        let units = after(&mut keys, &site, &src, &["content/creators/cy.yaml"]);
        // cy is third: page 3 of the roster and of each of its terms; the index lists everyone.
        assert_eq!(
            names(&units),
            [
                "creator:cy",
                "campaign:solo",
                "index",
                "list:niches/food/page/3/",
                "list:page/3/",
                "list:platforms/instagram/page/3/",
                "list:tiers/emerging/page/3/",
                "brand:oak"
            ]
        );
    }

    #[test]
    fn a_campaign_that_changes_brand_reaches_both_rollups() {
        let mut site = site();
        let mut src = sources(&[]);
        let mut keys = keys_of(&site, &src);
        site.campaigns[1].data.brand = Some("Lumen".into());
        src.insert("content/campaigns/solo.yaml", 8);
        let units = after(&mut keys, &site, &src, &["content/campaigns/solo.yaml"]);
        assert_eq!(names(&units), ["campaign:solo", "index", "brand:lumen", "brand:oak"]);
        assert_eq!(keys.brand_groups["lumen"], [0, 1]);
    }

    #[test]
    fn a_track_record_reads_the_campaigns_naming_the_creator() {
        let mut site = site();
        set_creator(&mut site, "cy", "name: C\ntrack_record: true\nplatforms: [{platform: x, followers: 10}]\n");
        let mut src = sources(&[]);
        let mut keys = keys_of(&site, &src);
        // The campaign naming cy changes: her kit lists its results.
        src.insert("content/campaigns/solo.yaml", 1);
        let units = after(&mut keys, &site, &src, &["content/campaigns/solo.yaml"]);
        assert!(names(&units).contains(&"creator:cy".to_string()), "{units:?}");
        // A campaign that starts naming her reaches her kit too; one that names ava (no track record) does not.
        site.campaigns[0] = campaign("duo", &["ava", "ben", "cy"]);
        src.insert("content/campaigns/duo.yaml", 2);
        let units = after(&mut keys, &site, &src, &["content/campaigns/duo.yaml"]);
        let units = names(&units);
        assert!(units.contains(&"creator:cy".to_string()) && !units.contains(&"creator:ava".to_string()), "{units:?}");
        // Without a track record a campaign edit leaves the kits alone.
        let mut plain = super::tests::site();
        plain.config.track_record = false;
        let mut keys = keys_of(&plain, &src);
        src.insert("content/campaigns/solo.yaml", 3);
        let units = after(&mut keys, &plain, &src, &["content/campaigns/solo.yaml"]);
        assert!(!names(&units).iter().any(|u| u.starts_with("creator:")), "{units:?}");
        // On for the whole site: every named creator reads its campaigns.
        plain.config.track_record = true;
        let mut keys = keys_of(&plain, &src);
        src.insert("content/campaigns/solo.yaml", 4);
        let units = after(&mut keys, &plain, &src, &["content/campaigns/solo.yaml"]);
        assert!(names(&units).contains(&"creator:cy".to_string()), "{units:?}");
    }

    #[test]
    fn an_export_reaches_the_creator_importing_it_and_a_sheet_its_campaign() {
        let mut site = site();
        site.creators[1].data.platforms[0].import =
            Some(crate::model::import::ImportSpec::Path(crate::model::import::DataPath("data/ben/tiktok/".into())));
        site.campaigns[1].data.posts_from = serde_saphyr::from_str("data/solo.csv").unwrap();
        let mut src = sources(&[("data/ben/tiktok/Content.csv", b"1"), ("data/solo.csv", b"s")]);
        let mut keys = keys_of(&site, &src);
        // An edited file of the folder ben imports.
        src.insert("data/ben/tiktok/Content.csv", 2);
        // Ben's card is on the listings he is in, and duo is a brand's campaign.
        let ben = [
            "creator:ben",
            "campaign:duo",
            "index",
            "list:niches/food/",
            "list:platforms/instagram/",
            "list:tiers/emerging/",
            "brand:lumen",
        ];
        let units = after(&mut keys, &site, &src, &["data/ben/tiktok/Content.csv"]);
        assert_eq!(names(&units), ben);
        // A new file appearing in that folder.
        src.insert("data/ben/tiktok/FollowerHistory.csv", 3);
        let units = after(&mut keys, &site, &src, &["data/ben/tiktok/FollowerHistory.csv"]);
        assert_eq!(names(&units), ben);
        // A campaign's sheet.
        src.insert("data/solo.csv", 4);
        let units = after(&mut keys, &site, &src, &["data/solo.csv"]);
        assert_eq!(names(&units), ["campaign:solo", "index", "brand:oak"]);
        // A file nobody imports.
        src.insert("data/other.csv", 5);
        assert!(after(&mut keys, &site, &src, &["data/other.csv"]).is_empty());
        let (creators, campaigns) = keys.importers("data/ben/tiktok/new.csv");
        assert_eq!((creators.len(), campaigns.len()), (1, 0));
        assert!(keys.is_imported("data/solo.csv") && !keys.is_imported("data/other.csv"));
    }
}
