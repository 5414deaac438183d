//! Which source files changed, and which outputs that touches. Pure
//! functions of paths and the loaded site, so each rule is unit-tested.
//!
//! | edit | re-rendered |
//! |---|---|
//! | `mediakit.yaml` | everything (the config reaches every page) |
//! | a creator | its kit, rate card, data.json and PDF; then the campaigns that name it, roster, sitemap |
//! | a campaign | its report, data.json and PDF; then roster, sitemap |
//! | a template of the site's theme | every page, without reloading any content |
//! | a static file of the theme | the theme assets |
//! | a file under `static/` | that file alone |

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::model::Site;
use crate::model::campaign::Campaign;
use crate::paths::{self, SitePaths};

/// What one changed path is, for the rebuild.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    /// Needs everything reloaded: the config, or a folder the site is made of.
    Full,
    Creator(String),
    Campaign(String),
    /// Something in `content/creators/` that is not a creator file (a bad
    /// name, a `.txt`): the folder is listed again so it is reported as `check` does.
    CreatorsFolder,
    CampaignsFolder,
    Templates,
    ThemeStatic,
    Static,
    Ignored,
}

pub fn classify(paths: &SitePaths, theme: Option<&str>, path: &Path) -> Change {
    let Ok(rel) = path.strip_prefix(&paths.root) else { return Change::Ignored };
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    let Some(name) = parts.last() else { return Change::Full };
    if paths::is_scratch_file(name) {
        return Change::Ignored;
    }
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    match parts.as_slice() {
        ["mediakit.yaml" | "mediakit.yml"] => Change::Full,
        ["content"] => Change::Full,
        ["content", "creators", file] => content_file(file).map_or(Change::CreatorsFolder, Change::Creator),
        ["content", "campaigns", file] => content_file(file).map_or(Change::CampaignsFolder, Change::Campaign),
        ["content", "creators", ..] => Change::CreatorsFolder,
        ["content", "campaigns", ..] => Change::CampaignsFolder,
        [dir, ..] if *dir == paths::STATIC_DIR => Change::Static,
        // The themes folder appeared or went away: the theme is read again.
        [dir] if *dir == paths::THEMES_DIR => Change::Templates,
        [dir, name, rest @ ..] if *dir == paths::THEMES_DIR && Some(*name) == theme => match rest.first() {
            Some(&"static") => Change::ThemeStatic,
            _ => Change::Templates,
        },
        _ => Change::Ignored,
    }
}

/// The slug of `ava-chen.yaml`, when the name is a usable content file name.
fn content_file(name: &str) -> Option<String> {
    let stem = name.strip_suffix(".yaml").or_else(|| name.strip_suffix(".yml"))?;
    crate::load::slug::is_slug(stem).then(|| stem.to_string())
}

/// A batch of changed paths, sorted by what they are.
#[derive(Debug, Default)]
pub struct Plan {
    pub full: bool,
    /// Slug → the changed paths of that slug (`ava.yaml`, maybe `ava.yml`).
    pub creators: BTreeMap<String, BTreeSet<PathBuf>>,
    pub campaigns: BTreeMap<String, BTreeSet<PathBuf>>,
    pub creators_folder: bool,
    pub campaigns_folder: bool,
    pub templates: bool,
    pub theme_static: bool,
    pub statics: BTreeSet<PathBuf>,
    /// The relevant changed files, as shown in the terminal.
    pub sources: BTreeSet<String>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }
}

pub fn plan(paths: &SitePaths, theme: Option<&str>, changed: &[PathBuf]) -> Plan {
    let mut plan = Plan::default();
    for path in changed {
        let change = classify(paths, theme, path);
        if change == Change::Ignored {
            continue;
        }
        plan.sources.insert(paths.shown(path));
        match change {
            Change::Full => plan.full = true,
            Change::Creator(slug) => {
                plan.creators.entry(slug).or_default().insert(path.clone());
            }
            Change::Campaign(slug) => {
                plan.campaigns.entry(slug).or_default().insert(path.clone());
            }
            Change::CreatorsFolder => plan.creators_folder = true,
            Change::CampaignsFolder => plan.campaigns_folder = true,
            Change::Templates => plan.templates = true,
            Change::ThemeStatic => plan.theme_static = true,
            Change::Static => {
                plan.statics.insert(path.clone());
            }
            Change::Ignored => {}
        }
    }
    plan
}

/// What a rebuild found actually different after reloading the changed files.
#[derive(Debug, Default)]
pub struct Edits {
    /// Creators whose profile changed, appeared or went away.
    pub creators: BTreeSet<String>,
    pub campaigns: BTreeSet<String>,
    pub templates: bool,
    pub theme_static: bool,
    pub statics: BTreeSet<PathBuf>,
}

impl Edits {
    pub fn is_empty(&self) -> bool {
        self.creators.is_empty()
            && self.campaigns.is_empty()
            && !self.templates
            && !self.theme_static
            && self.statics.is_empty()
    }
}

/// The outputs to render again. Accumulates across failed rebuilds, so the
/// next good save renders everything that was held back.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Targets {
    pub creators: BTreeSet<String>,
    pub campaigns: BTreeSet<String>,
    /// Campaigns that name an edited creator.
    pub referencing: BTreeSet<String>,
    /// Roster, sitemap and 404 page.
    pub index: bool,
    /// Every page (a template changed).
    pub all_pages: bool,
    /// The theme's static files, fonts and favicon.
    pub assets: bool,
    pub statics: BTreeSet<PathBuf>,
}

impl Targets {
    pub fn is_empty(&self) -> bool {
        *self == Targets::default()
    }

    /// What to render first, and what after: the edited entries' own pages
    /// go live before the pages that list or reference them (the roster of a
    /// large site takes longer than the kit you are looking at).
    pub fn split(self) -> (Targets, Targets) {
        if self.all_pages {
            return (self, Targets::default());
        }
        let later = Targets {
            referencing: self.referencing.difference(&self.campaigns).cloned().collect(),
            index: self.index,
            ..Targets::default()
        };
        let first = Targets { referencing: BTreeSet::new(), index: false, ..self };
        (first, later)
    }

    pub fn extend(&mut self, other: Targets) {
        self.creators.extend(other.creators);
        self.campaigns.extend(other.campaigns);
        self.referencing.extend(other.referencing);
        self.index |= other.index;
        self.all_pages |= other.all_pages;
        self.assets |= other.assets;
        self.statics.extend(other.statics);
    }
}

/// Which campaigns name each creator profile, kept beside the site so that
/// an edit finds the campaigns of one creator without reading every campaign
/// (on a large roster that walk, through memory the edit does not otherwise
/// touch, costs more than rendering the kit).
#[derive(Debug, Default)]
pub struct CampaignIndex {
    by_creator: BTreeMap<String, BTreeSet<String>>,
}

impl CampaignIndex {
    pub fn new(site: &Site) -> CampaignIndex {
        let mut index = CampaignIndex::default();
        for e in &site.campaigns {
            index.add(&e.slug, &e.data);
        }
        index
    }

    fn named(campaign: &Campaign) -> impl Iterator<Item = &String> {
        campaign.creators.iter().filter_map(|c| c.creator.as_ref())
    }

    fn add(&mut self, slug: &str, campaign: &Campaign) {
        for creator in Self::named(campaign) {
            self.by_creator.entry(creator.clone()).or_default().insert(slug.to_string());
        }
    }

    /// Campaign `slug` changed from `old` to `new` (`None`: absent).
    pub fn replace(&mut self, slug: &str, old: Option<&Campaign>, new: Option<&Campaign>) {
        for creator in old.into_iter().flat_map(Self::named) {
            if let Some(set) = self.by_creator.get_mut(creator) {
                set.remove(slug);
                if set.is_empty() {
                    self.by_creator.remove(creator);
                }
            }
        }
        if let Some(new) = new {
            self.add(slug, new);
        }
    }

    /// The campaigns that name any of `creators`.
    pub fn naming(&self, creators: &BTreeSet<String>) -> BTreeSet<String> {
        creators.iter().filter_map(|c| self.by_creator.get(c)).flatten().cloned().collect()
    }
}

/// The outputs `edits` touch, on the site as it now is.
pub fn affected(edits: &Edits, index: &CampaignIndex) -> Targets {
    let mut t = Targets { creators: edits.creators.clone(), campaigns: edits.campaigns.clone(), ..Targets::default() };
    t.referencing = index.naming(&edits.creators);
    t.index = !edits.creators.is_empty() || !edits.campaigns.is_empty() || edits.templates;
    t.all_pages = edits.templates;
    t.assets = edits.theme_static;
    t.statics = edits.statics.clone();
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::yaml::parse;
    use crate::model::Entry;
    use crate::model::config::SiteConfig;

    fn site_paths() -> SitePaths {
        SitePaths::new("/site")
    }

    fn kind(rel: &str) -> Change {
        classify(&site_paths(), Some("mine"), &Path::new("/site").join(rel))
    }

    #[test]
    fn changed_paths_are_classified() {
        assert_eq!(kind("mediakit.yaml"), Change::Full);
        assert_eq!(kind("content/creators/ava-chen.yaml"), Change::Creator("ava-chen".into()));
        assert_eq!(kind("content/creators/ava-chen.yml"), Change::Creator("ava-chen".into()));
        assert_eq!(kind("content/campaigns/spring.yaml"), Change::Campaign("spring".into()));
        assert_eq!(kind("content/creators/Ava Chen.yaml"), Change::CreatorsFolder);
        assert_eq!(kind("content/creators/notes.txt"), Change::CreatorsFolder);
        assert_eq!(kind("content/creators"), Change::CreatorsFolder);
        assert_eq!(kind("content"), Change::Full);
        assert_eq!(kind("themes/mine/templates/kit.html"), Change::Templates);
        assert_eq!(kind("themes/mine/static/css/extra.css"), Change::ThemeStatic);
        assert_eq!(kind("themes/other/templates/kit.html"), Change::Ignored);
        assert_eq!(kind("themes"), Change::Templates);
        assert_eq!(kind("themes/mine"), Change::Templates);
        assert_eq!(kind("static/photos/ava.jpg"), Change::Static);
        assert_eq!(kind("public/index.html"), Change::Ignored);
        assert_eq!(kind("README.md"), Change::Ignored);
    }

    #[test]
    fn editor_scratch_files_are_ignored() {
        for scratch in [
            "content/creators/.ava-chen.yaml.swp",
            "content/creators/ava-chen.yaml~",
            "content/creators/#ava-chen.yaml#",
            "content/creators/.#ava-chen.yaml",
            "content/creators/ava-chen.yaml.tmp",
            "static/.DS_Store",
            "themes/mine/templates/.kit.html.swx",
            "mediakit.yaml.bak",
        ] {
            assert_eq!(kind(scratch), Change::Ignored, "{scratch}");
        }
    }

    #[test]
    fn an_atomic_save_is_the_target_file() {
        // Renaming `x.yaml.tmp` over `x.yaml` reports both paths.
        let p = plan(
            &site_paths(),
            Some("mine"),
            &[PathBuf::from("/site/content/creators/ava.yaml.tmp"), PathBuf::from("/site/content/creators/ava.yaml")],
        );
        assert_eq!(p.creators.keys().collect::<Vec<_>>(), ["ava"]);
        assert_eq!(p.sources.iter().collect::<Vec<_>>(), ["content/creators/ava.yaml"]);
        assert!(!p.full);
    }

    fn site() -> Site {
        let creator = |slug: &str| Entry {
            slug: slug.to_string(),
            file: format!("content/creators/{slug}.yaml"),
            data: parse("c.yaml", "name: A\nplatforms: [{platform: instagram, followers: 10}]\n").unwrap(),
        };
        let campaign = |slug: &str, who: &[&str]| {
            let mut yaml = String::from("name: C\ncreators:\n");
            for w in who {
                yaml.push_str(&format!("  - creator: {w}\n    posts: [{{platform: instagram, likes: 1}}]\n"));
            }
            Entry {
                slug: slug.to_string(),
                file: format!("content/campaigns/{slug}.yaml"),
                data: parse("k.yaml", &yaml).unwrap(),
            }
        };
        Site {
            root: PathBuf::from("/site"),
            config: SiteConfig::default(),
            creators: vec![creator("ava"), creator("ben"), creator("cy")],
            campaigns: vec![campaign("duo", &["ava", "ben"]), campaign("solo", &["cy"])],
        }
    }

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_campaign_index_follows_campaign_edits() {
        let site = site();
        let mut index = CampaignIndex::new(&site);
        assert_eq!(index.naming(&set(&["ava", "cy"])), set(&["duo", "solo"]));
        // `solo` now names Ava (the first of `duo`'s two) instead of Cy.
        let mut moved = site.campaigns[0].data.clone();
        moved.creators.truncate(1);
        index.replace("solo", Some(&site.campaigns[1].data), Some(&moved));
        assert_eq!(index.naming(&set(&["ava"])), set(&["duo", "solo"]));
        assert!(index.naming(&set(&["cy"])).is_empty());
        index.replace("duo", Some(&site.campaigns[0].data), None);
        assert_eq!(index.naming(&set(&["ava", "ben"])), set(&["solo"]));
    }

    #[test]
    fn a_creator_edit_touches_its_pages_its_campaigns_and_the_index() {
        let t = affected(&Edits { creators: set(&["ava"]), ..Edits::default() }, &CampaignIndex::new(&site()));
        assert_eq!(t.creators, set(&["ava"]));
        assert!(t.campaigns.is_empty());
        assert_eq!(t.referencing, set(&["duo"]));
        assert!(t.index && !t.all_pages && !t.assets && t.statics.is_empty());
        // Her own pages first; then the campaign naming her and the index.
        let (first, later) = t.split();
        assert_eq!(first, Targets { creators: set(&["ava"]), ..Targets::default() });
        assert_eq!(later, Targets { referencing: set(&["duo"]), index: true, ..Targets::default() });
    }

    #[test]
    fn a_campaign_edit_touches_that_report_and_the_index() {
        let t = affected(&Edits { campaigns: set(&["solo"]), ..Edits::default() }, &CampaignIndex::new(&site()));
        assert!(t.creators.is_empty() && t.referencing.is_empty());
        assert_eq!(t.campaigns, set(&["solo"]));
        assert!(t.index && !t.all_pages);
        let (first, later) = t.split();
        assert_eq!(first.campaigns, set(&["solo"]));
        assert_eq!(later, Targets { index: true, ..Targets::default() });
    }

    #[test]
    fn a_template_edit_renders_every_page_and_a_static_file_only_itself() {
        let t = affected(&Edits { templates: true, ..Edits::default() }, &CampaignIndex::new(&site()));
        assert!(t.all_pages && t.index && t.creators.is_empty() && !t.assets);
        assert!(t.split().1.is_empty(), "every page in one step");
        let s = affected(
            &Edits { statics: [PathBuf::from("/site/static/a.png")].into(), ..Edits::default() },
            &CampaignIndex::new(&site()),
        );
        assert_eq!(s, Targets { statics: [PathBuf::from("/site/static/a.png")].into(), ..Targets::default() });
        let css = affected(&Edits { theme_static: true, ..Edits::default() }, &CampaignIndex::new(&site()));
        assert_eq!(css, Targets { assets: true, ..Targets::default() });
    }

    #[test]
    fn held_back_targets_accumulate() {
        let mut pending = affected(&Edits { creators: set(&["cy"]), ..Edits::default() }, &CampaignIndex::new(&site()));
        pending.extend(affected(&Edits { campaigns: set(&["duo"]), ..Edits::default() }, &CampaignIndex::new(&site())));
        assert_eq!(pending.creators, set(&["cy"]));
        assert_eq!(pending.campaigns, set(&["duo"]));
        assert_eq!(pending.referencing, set(&["solo"]));
        let (first, later) = pending.split();
        assert_eq!(first.campaigns, set(&["duo"]));
        assert_eq!(later.referencing, set(&["solo"]));
    }
}
