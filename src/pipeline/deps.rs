//! What depends on what, stated once. A unit's key hashes everything its
//! files are made from: the site-wide inputs (config, templates, logo, the
//! build switches) and the unit's own — a creator reads its profile and its
//! photo, a campaign its file and the profiles it names, the index every
//! entry. [`Keys::of`] computes every key from these rules; [`Keys::update`]
//! reads the same rules backwards to recompute only the keys that changed
//! input files reach, which is what `serve` does on every save.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use crate::load::theme::Theme;
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::model::{Entry, Site};
use crate::paths::{self, SitePaths};
use crate::pipeline::keys::{Key, KeyBuilder, Sources, static_shown};
use crate::pipeline::units::Unit;

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

/// The input files a creator's pages read besides the site-wide ones.
fn creator_files(e: &Entry<Creator>) -> Vec<String> {
    let mut files = vec![e.file.clone()];
    files.extend(e.data.photo.as_ref().and_then(|p| p.static_path()).map(static_shown));
    files
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
        for (name, text) in theme.templates.iter().chain(theme.labels.iter().map(|(n, t)| (n, t))) {
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

fn creator_key(pages: Key, e: &Entry<Creator>, sources: &Sources) -> Key {
    let mut k = KeyBuilder::new("creator");
    k.key(pages).text(&e.slug);
    for file in creator_files(e) {
        k.text(&file).key(sources.get(&file));
    }
    k.finish()
}

/// A campaign reads the profiles it names: their keys are part of its key,
/// as is the file of a profile that does not load (or is not there).
fn campaign_key(pages: Key, e: &Entry<Campaign>, creators: &[(String, Key)], sources: &Sources) -> Key {
    let mut k = KeyBuilder::new("campaign");
    k.key(pages).text(&e.slug).key(sources.get(&e.file));
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
}

impl Keys {
    pub fn of(inputs: &Inputs, sources: &Sources) -> Keys {
        let site = inputs.site;
        let (pages, assets) = site_wide(inputs, sources);
        let mut keys = Keys { pages, assets, statics: statics_keys(inputs, sources), ..Keys::default() };
        keys.creators = site.creators.iter().map(|e| (e.slug.clone(), creator_key(pages, e, sources))).collect();
        for e in &site.creators {
            keys.files.set(&e.slug, creator_files(e));
        }
        keys.campaigns =
            site.campaigns.iter().map(|e| (e.slug.clone(), campaign_key(pages, e, &keys.creators, sources))).collect();
        for e in &site.campaigns {
            keys.profiles.set(&e.slug, named_profiles(&e.data).into_iter().map(str::to_string).collect());
        }
        keys.index = index_key(pages, &keys.creators, &keys.campaigns);
        keys
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

        // Creators whose profile changed (or appeared, went away, broke), or
        // who read a changed file.
        let creators_dir = format!("{}/", paths::CREATORS_DIR);
        let mut touched: BTreeSet<String> = changed.iter().filter_map(|f| content_slug(f, &creators_dir)).collect();
        let profile_files = touched.clone();
        for file in changed {
            touched.extend(self.files.of(file).cloned());
        }
        let mut changed_profiles = profile_files;
        for slug in &touched {
            let entry = site.creator(slug);
            if set(&mut self.creators, slug, entry.map(|e| creator_key(pages, e, sources))) {
                units.push(Unit::Creator(slug.clone()));
                changed_profiles.insert(slug.clone());
            }
            match entry {
                Some(e) => self.files.set(slug, creator_files(e)),
                None => self.files.forget(slug),
            }
        }

        // Campaigns whose file changed, or that name a changed profile.
        let campaigns_dir = format!("{}/", paths::CAMPAIGNS_DIR);
        let mut touched: BTreeSet<String> = changed.iter().filter_map(|f| content_slug(f, &campaigns_dir)).collect();
        for slug in &changed_profiles {
            touched.extend(self.profiles.of(slug).cloned());
        }
        for slug in &touched {
            let entry = site.campaigns.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok().map(|i| &site.campaigns[i]);
            let key = entry.map(|e| campaign_key(pages, e, &self.creators, sources));
            if set(&mut self.campaigns, slug, key) {
                units.push(Unit::Campaign(slug.clone()));
            }
            match entry {
                Some(e) => self.profiles.set(slug, named_profiles(&e.data).into_iter().map(str::to_string).collect()),
                None => self.profiles.forget(slug),
            }
        }

        let index = index_key(pages, &self.creators, &self.campaigns);
        if index != self.index {
            self.index = index;
            units.push(Unit::Index);
        }
        units
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
        let mut yaml = String::from("name: A\nplatforms: [{platform: instagram, followers: 10}]\n");
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
        let mut yaml = String::from("name: C\ncreators:\n");
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
        assert_eq!(names(&units), ["creator:ava", "campaign:duo", "index"]);
    }

    #[test]
    fn a_photo_reaches_the_creator_who_shows_it() {
        let site = site();
        let mut src = sources(&[("static/ava.jpg", b"p")]);
        let mut keys = keys_of(&site, &src);
        src.insert("static/ava.jpg", 7);
        let units = after(&mut keys, &site, &src, &["static/ava.jpg"]);
        assert_eq!(names(&units), ["creator:ava", "campaign:duo", "index"]);
    }

    #[test]
    fn a_campaign_edit_reaches_only_itself_and_the_index() {
        let site = site();
        let mut src = sources(&[]);
        let mut keys = keys_of(&site, &src);
        src.insert("content/campaigns/solo.yaml", 3);
        let units = after(&mut keys, &site, &src, &["content/campaigns/solo.yaml"]);
        assert_eq!(names(&units), ["campaign:solo", "index"]);
    }

    #[test]
    fn a_profile_that_goes_away_or_appears_reaches_the_campaigns_naming_it() {
        let mut site = site();
        let mut src = sources(&[]);
        let mut keys = keys_of(&site, &src);
        site.creators.remove(2);
        src.insert("content/creators/cy.yaml", 0);
        let units = after(&mut keys, &site, &src, &["content/creators/cy.yaml"]);
        assert_eq!(names(&units), ["creator:cy", "campaign:solo", "index"]);
        // Back, as a file that does not load yet: the campaign is checked again.
        src.insert("content/creators/cy.yaml", 9);
        let units = after(&mut keys, &site, &src, &["content/creators/cy.yaml"]);
        assert_eq!(names(&units), ["campaign:solo", "index"]);
    }
}
