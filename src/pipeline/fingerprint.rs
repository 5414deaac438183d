//! What each output was made from, as hashes: the basis of incremental builds.
//!
//! An entry's key covers everything its files depend on: its own source
//! bytes, the config, the theme, the pictures its PDF embeds, the profiles a
//! campaign reads, the build switches and the binary itself. Equal keys mean
//! equal files, so a file of the previous output whose key is unchanged can
//! be taken over as it is; any doubt (a file that cannot be read, a key
//! missing from the manifest) means rendering it again.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::model::{Entry, Site};
use crate::paths::{self, SitePaths};
use crate::theme::Theme;

/// Bumped whenever the manifest or the meaning of its keys changes.
pub const FORMAT: u32 = 1;

/// A 64-bit hash, written as 16 hex digits in the manifest.
pub type Key = u64;

pub fn hex(key: Key) -> String {
    format!("{key:016x}")
}

/// Feeds values into one key; every part is length-prefixed, so no two
/// different sequences of parts read the same.
#[derive(Default)]
pub struct KeyBuilder(DefaultHasher);

impl KeyBuilder {
    pub fn new(domain: &str) -> KeyBuilder {
        let mut k = KeyBuilder::default();
        k.text(domain);
        k
    }

    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.write_u64(bytes.len() as u64);
        self.0.write(bytes);
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Self {
        self.bytes(text.as_bytes())
    }

    pub fn key(&mut self, key: Key) -> &mut Self {
        self.0.write_u64(key);
        self
    }

    pub fn finish(&self) -> Key {
        self.0.finish()
    }
}

pub fn hash_bytes(bytes: &[u8]) -> Key {
    KeyBuilder::default().bytes(bytes).finish()
}

/// The hash of a file's bytes, or of its absence.
fn hash_file(path: &Path) -> Key {
    match fs::read(path) {
        Ok(bytes) => hash_bytes(&bytes),
        Err(_) => KeyBuilder::new("missing").finish(),
    }
}

/// The binary doing the build: its version, and the executable itself by
/// size, modification time and inode, so a rebuilt binary never reuses the
/// files of another.
pub fn binary() -> String {
    let mut k = KeyBuilder::new("binary");
    k.text(env!("CARGO_PKG_VERSION"));
    if let Some(meta) = std::env::current_exe().ok().and_then(|p| fs::metadata(p).ok()) {
        k.key(meta.len());
        let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
        k.key(modified.map_or(0, |d| d.as_nanos() as u64));
        #[cfg(unix)]
        k.key(std::os::unix::fs::MetadataExt::ino(&meta));
    }
    format!("{} {}", env!("CARGO_PKG_VERSION"), hex(k.finish()))
}

/// Every input file of the site by its path relative to the root
/// (`content/creators/ava.yaml`), with the hash of its bytes. Read before the
/// site is loaded: a file edited meanwhile then has a newer text than its
/// hash says, which only makes the next build render it again.
#[derive(Debug, Default)]
pub struct Sources {
    pub files: BTreeMap<String, Key>,
}

impl Sources {
    pub fn read(paths: &SitePaths) -> Sources {
        let mut listed: Vec<(String, PathBuf)> = Vec::new();
        let config = paths.config();
        listed.push((paths.shown(&config), config));
        let root = paths.root.canonicalize().unwrap_or_else(|_| paths.root.clone());
        for dir in ["content", paths::STATIC_DIR, paths::THEMES_DIR] {
            let base = paths.root.join(dir);
            if !base.exists() {
                continue;
            }
            // Through symlinked folders that stay inside the site, as the
            // build reads them (a photo under `static/photos -> ../media`);
            // one leading out is the loader's error, not an input.
            let walk = walkdir::WalkDir::new(&base).follow_links(true).sort_by_file_name().into_iter();
            let inside = |e: &walkdir::DirEntry| {
                !e.path_is_symlink() || e.path().canonicalize().is_ok_and(|real| real.starts_with(&root))
            };
            for entry in walk.filter_entry(inside).flatten() {
                if entry.file_type().is_dir() || paths::is_scratch_file(&entry.file_name().to_string_lossy()) {
                    continue;
                }
                listed.push((paths.shown(entry.path()), entry.path().to_path_buf()));
            }
        }
        let files = listed
            .par_iter()
            .map(|(shown, path)| {
                // A symlink counts by where it leads as well as by what it holds.
                let target = fs::read_link(path).map(|t| t.to_string_lossy().into_owned()).unwrap_or_default();
                let mut k = KeyBuilder::new("file");
                k.text(&target).key(hash_file(path));
                (shown.clone(), k.finish())
            })
            .collect();
        Sources { files }
    }

    pub fn get(&self, shown: &str) -> Key {
        self.files.get(shown).copied().unwrap_or_else(|| KeyBuilder::new("unlisted").finish())
    }

    /// The whole site: if this is unchanged, so is every output.
    pub fn site_key(&self, settings: &str) -> Key {
        let mut k = KeyBuilder::new("site");
        k.text(settings);
        for (path, key) in &self.files {
            k.text(path).key(*key);
        }
        k.finish()
    }

    fn static_file(&self, paths: &SitePaths, inner: &str) -> Key {
        let path = paths.static_dir().join(inner);
        let shown = paths.shown(&path);
        self.files.get(&shown).copied().unwrap_or_else(|| hash_file(&path))
    }
}

/// What every entry depends on: switches, binary, config, theme, and the
/// static files that reach every page (the logo, a custom stylesheet).
pub fn global(settings: &str, site: &Site, theme: &Theme, sources: &Sources, paths: &SitePaths) -> Key {
    let mut k = KeyBuilder::new("global");
    k.text(settings);
    k.key(sources.get(&paths.shown(&paths.config())));
    k.text(&site.config.base_url);
    k.text(&theme.name);
    for (name, text) in &theme.templates {
        k.text(name).text(text);
    }
    for (name, bytes) in &theme.static_files {
        k.text(name).bytes(bytes);
    }
    let custom = paths.static_dir().join(crate::render::CUSTOM_CSS);
    k.text(if custom.is_file() { "custom css" } else { "no custom css" });
    if let Some(inner) = site.config.brand.logo.as_ref().and_then(|l| l.static_path()) {
        k.key(sources.static_file(paths, inner));
    }
    k.finish()
}

fn photo_key(k: &mut KeyBuilder, creator: &Creator, sources: &Sources, paths: &SitePaths) {
    match creator.photo.as_ref().and_then(|p| p.static_path()) {
        Some(inner) => k.key(sources.static_file(paths, inner)),
        None => k.text("no photo"),
    };
}

pub fn creator(global: Key, entry: &Entry<Creator>, sources: &Sources, paths: &SitePaths) -> Key {
    let mut k = KeyBuilder::new("creator");
    k.key(global).text(&entry.slug).key(sources.get(&entry.file));
    photo_key(&mut k, &entry.data, sources, paths);
    k.finish()
}

/// A campaign reads the profiles it names: their bytes are part of its key.
pub fn campaign(global: Key, entry: &Entry<Campaign>, site: &Site, sources: &Sources, paths: &SitePaths) -> Key {
    let mut k = KeyBuilder::new("campaign");
    k.key(global).text(&entry.slug).key(sources.get(&entry.file));
    let named: BTreeSet<&str> = entry.data.creators.iter().filter_map(|c| c.creator.as_deref()).collect();
    for slug in named {
        k.text(slug);
        match site.creators.binary_search_by(|e| e.slug.as_str().cmp(slug)) {
            Ok(i) => {
                let profile = &site.creators[i];
                k.key(sources.get(&profile.file));
                photo_key(&mut k, &profile.data, sources, paths);
            }
            Err(_) => {
                k.text("no profile");
            }
        }
    }
    k.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_delimited() {
        let a = KeyBuilder::new("x").text("ab").text("c").finish();
        let b = KeyBuilder::new("x").text("a").text("bc").finish();
        assert_ne!(a, b);
        assert_eq!(hex(0xab), "00000000000000ab");
    }
}
