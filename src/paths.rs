//! Where things live in a site folder.

use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "mediakit.yaml";
pub const CREATORS_DIR: &str = "content/creators";
pub const CAMPAIGNS_DIR: &str = "content/campaigns";
pub const STATIC_DIR: &str = "static";
pub const THEMES_DIR: &str = "themes";
/// A site's own label files (`i18n/de.ftl`).
pub const LABELS_DIR: &str = "i18n";

#[derive(Clone, Debug)]
pub struct SitePaths {
    pub root: PathBuf,
}

impl SitePaths {
    pub fn new(root: impl Into<PathBuf>) -> SitePaths {
        SitePaths { root: root.into() }
    }

    /// `mediakit.yaml`, or `mediakit.yml` when only that exists.
    pub fn config(&self) -> PathBuf {
        let yaml = self.root.join(CONFIG_FILE);
        let yml = self.root.join("mediakit.yml");
        if !yaml.exists() && yml.exists() { yml } else { yaml }
    }

    pub fn creators(&self) -> PathBuf {
        self.root.join(CREATORS_DIR)
    }

    pub fn campaigns(&self) -> PathBuf {
        self.root.join(CAMPAIGNS_DIR)
    }

    pub fn static_dir(&self) -> PathBuf {
        self.root.join(STATIC_DIR)
    }

    pub fn themes(&self) -> PathBuf {
        self.root.join(THEMES_DIR)
    }

    /// A path relative to the root, with forward slashes, as messages show it.
    pub fn shown(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
    }
}

/// Editor droppings and hidden files that never count as content.
pub fn is_scratch_file(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name.contains(".sb-")
}
