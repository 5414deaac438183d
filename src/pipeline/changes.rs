//! What changed paths are to the site, for reloading only what an edit
//! touched. Pure functions of paths, so each rule is unit-tested; what an
//! edit then renders again follows from the units' keys (see `keys`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::paths::{self, SitePaths};

/// What one changed path is.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    /// Needs everything loaded again: the config, or a folder the content
    /// is listed from (a file with a name that is not a slug, a `.txt`, a
    /// folder that appeared or went away).
    Full,
    Creator(String),
    Campaign(String),
    /// A template or static file of the site's theme.
    Theme,
    Static,
    /// A file under `data/`, or one an entry imports: the entries that
    /// import it are read again.
    Input,
    Ignored,
}

pub fn classify(paths: &SitePaths, theme: &str, path: &Path) -> Change {
    let Ok(rel) = path.strip_prefix(&paths.root) else { return Change::Ignored };
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    let Some(name) = parts.last() else { return Change::Full };
    if paths::is_scratch_file(name) {
        return Change::Ignored;
    }
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    match parts.as_slice() {
        ["mediakit.yaml" | "mediakit.yml"] => Change::Full,
        ["content", "creators", file] => content_file(file).map_or(Change::Full, Change::Creator),
        ["content", "campaigns", file] => content_file(file).map_or(Change::Full, Change::Campaign),
        ["content", ..] => Change::Full,
        [dir, ..] if *dir == paths::STATIC_DIR => Change::Static,
        // The themes folder appeared or went away: the theme is read again.
        [dir] if *dir == paths::THEMES_DIR => Change::Theme,
        [dir, name, ..] if *dir == paths::THEMES_DIR && *name == theme => Change::Theme,
        [dir, ..] if *dir == paths::DATA_DIR => Change::Input,
        _ => Change::Ignored,
    }
}

/// The slug of `ava-chen.yaml`, when the name is a usable content file name.
fn content_file(name: &str) -> Option<String> {
    let stem = name.strip_suffix(".yaml").or_else(|| name.strip_suffix(".yml"))?;
    crate::model::slug::is_slug(stem).then(|| stem.to_string())
}

/// A batch of changed paths, sorted by what they are.
#[derive(Debug, Default)]
pub struct Changes {
    pub full: bool,
    pub creators: BTreeSet<String>,
    pub campaigns: BTreeSet<String>,
    pub theme: bool,
    pub statics: bool,
    /// Changed input files entries import (shown paths).
    pub inputs: BTreeSet<String>,
    /// The relevant changed paths.
    pub paths: BTreeSet<PathBuf>,
}

impl Changes {
    /// `imported` says whether an entry imports a path outside `data/`.
    pub fn of(paths: &SitePaths, theme: &str, changed: &[PathBuf], imported: &dyn Fn(&str) -> bool) -> Changes {
        let mut changes = Changes::default();
        for path in changed {
            let kind = match classify(paths, theme, path) {
                Change::Ignored if path.starts_with(&paths.root) && imported(&paths.shown(path)) => Change::Input,
                kind => kind,
            };
            match kind {
                Change::Ignored => continue,
                Change::Input => {
                    changes.inputs.insert(paths.shown(path));
                }
                Change::Full => changes.full = true,
                Change::Creator(slug) => {
                    changes.creators.insert(slug);
                }
                Change::Campaign(slug) => {
                    changes.campaigns.insert(slug);
                }
                Change::Theme => changes.theme = true,
                Change::Static => changes.statics = true,
            }
            changes.paths.insert(path.clone());
        }
        changes
    }

    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    /// The changed files as messages show them.
    pub fn shown(&self, paths: &SitePaths) -> Vec<String> {
        self.paths.iter().map(|p| paths.shown(p)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_input_outside_data_counts_when_an_entry_imports_it() {
        let files = [PathBuf::from("/site/exports/ava.zip"), PathBuf::from("/site/notes.txt")];
        let c = Changes::of(&site_paths(), "mine", &files, &|shown| shown.starts_with("exports/"));
        assert_eq!(c.inputs.iter().collect::<Vec<_>>(), ["exports/ava.zip"]);
        assert_eq!(c.shown(&site_paths()), ["exports/ava.zip"]);
        let c = Changes::of(&site_paths(), "mine", &[PathBuf::from("/site/data/new.csv")], &|_| false);
        assert_eq!(c.inputs.iter().collect::<Vec<_>>(), ["data/new.csv"]);
        assert!(!c.full);
    }

    fn site_paths() -> SitePaths {
        SitePaths::new("/site")
    }

    fn kind(rel: &str) -> Change {
        classify(&site_paths(), "mine", &Path::new("/site").join(rel))
    }

    #[test]
    fn changed_paths_are_classified() {
        assert_eq!(kind("mediakit.yaml"), Change::Full);
        assert_eq!(kind("content/creators/ava-chen.yaml"), Change::Creator("ava-chen".into()));
        assert_eq!(kind("content/creators/ava-chen.yml"), Change::Creator("ava-chen".into()));
        assert_eq!(kind("content/campaigns/spring.yaml"), Change::Campaign("spring".into()));
        assert_eq!(kind("content/creators/Ava Chen.yaml"), Change::Full);
        assert_eq!(kind("content/creators/notes.txt"), Change::Full);
        assert_eq!(kind("content/creators"), Change::Full);
        assert_eq!(kind("content"), Change::Full);
        assert_eq!(kind("themes/mine/templates/kit.html"), Change::Theme);
        assert_eq!(kind("themes/mine/static/css/extra.css"), Change::Theme);
        assert_eq!(kind("themes/other/templates/kit.html"), Change::Ignored);
        assert_eq!(kind("themes"), Change::Theme);
        assert_eq!(kind("themes/mine"), Change::Theme);
        assert_eq!(kind("static/photos/ava.jpg"), Change::Static);
        assert_eq!(kind("public/index.html"), Change::Ignored);
        assert_eq!(kind("data/ava/tiktok/Content.csv"), Change::Input);
        assert_eq!(kind("data"), Change::Input);
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
        let c = Changes::of(
            &site_paths(),
            "mine",
            &[PathBuf::from("/site/content/creators/ava.yaml.tmp"), PathBuf::from("/site/content/creators/ava.yaml")],
            &|_| false,
        );
        assert_eq!(c.creators.iter().collect::<Vec<_>>(), ["ava"]);
        assert_eq!(c.shown(&site_paths()), ["content/creators/ava.yaml"]);
        assert!(!c.full);
    }
}
