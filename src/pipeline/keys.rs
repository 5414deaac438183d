//! What each output was made from, as hashes: the dependency rules of a
//! site, written once. A unit's key covers everything its files depend on:
//! its own source bytes, the config, the templates, the pictures its PDF
//! embeds, the profiles a campaign reads, the build switches. Equal keys mean
//! equal files, so `build` takes over the files of a unit whose key is
//! unchanged from the previous output, and `serve` renders again exactly the
//! units whose keys an edit changed. Any doubt (a file that cannot be read, a
//! key missing from the manifest) means rendering again.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::paths::{self, SitePaths};

/// Bumped whenever the manifest or the meaning of its keys changes (4: imported
/// files in the keys, two CSV files per campaign, file lengths in the manifest).
pub const FORMAT: u32 = 4;

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

/// The hash of a file's bytes, read in pieces (a video in `static/` is
/// never held whole), or of its absence. Only a regular file is read: a
/// named pipe or a device is keyed by what it is, so hashing never waits on
/// one (the loader reports it).
fn hash_file(path: &Path) -> Key {
    use std::io::Read;
    let mut file = match crate::paths::open_regular(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => {
            return KeyBuilder::new("not a file").text(&e.to_string()).finish();
        }
        Err(_) => return missing(),
    };
    let mut k = KeyBuilder::new("bytes");
    let mut buf = vec![0u8; 64 * 1024];
    let mut len = 0u64;
    loop {
        match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                k.0.write(&buf[..n]);
                len += n as u64;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return missing(),
        }
    }
    k.key(len);
    k.finish()
}

/// The key [`Sources`] gives a regular file holding `bytes` (not a link):
/// what the loader checks the text it parsed against.
pub fn text_key(bytes: &[u8]) -> Key {
    let mut inner = KeyBuilder::new("bytes");
    inner.0.write(bytes);
    inner.key(bytes.len() as u64);
    KeyBuilder::new("file").text("").key(inner.finish()).finish()
}

fn missing() -> Key {
    KeyBuilder::new("missing").finish()
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
/// hash says, which only makes the next build render it again. `serve`
/// updates the files an edit touched.
#[derive(Debug, Default)]
pub struct Sources {
    files: HashMap<String, Key>,
}

/// The folders of a site whose files are inputs (`data/` holds the exports
/// and spreadsheets entries import; `i18n/` a site's own label files).
const INPUT_DIRS: [&str; 5] = ["content", paths::STATIC_DIR, paths::THEMES_DIR, paths::DATA_DIR, paths::LABELS_DIR];

/// The input files at or under `path`, as (shown path, path), sorted.
/// Symlinked folders that stay inside the site are walked through, as the
/// build reads them (a photo under `static/photos -> ../media`); a link that
/// leads out is listed as itself, never followed: it is the loader's error,
/// and an edit that adds or mends one must still be seen.
fn listed_under(paths: &SitePaths, path: &Path) -> Vec<(String, PathBuf)> {
    let mut listed = Vec::new();
    let root = paths.root.canonicalize().unwrap_or_else(|_| paths.root.clone());
    let mut walk = walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name().into_iter();
    while let Some(entry) = walk.next() {
        let Ok(entry) = entry else { continue };
        if paths::is_scratch_file(&entry.file_name().to_string_lossy()) {
            if entry.file_type().is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        let outside = entry.path_is_symlink() && !entry.path().canonicalize().is_ok_and(|real| real.starts_with(&root));
        if outside {
            listed.push((paths.shown(entry.path()), entry.path().to_path_buf()));
            if entry.file_type().is_dir() {
                walk.skip_current_dir();
            }
        } else if !entry.file_type().is_dir() {
            listed.push((paths.shown(entry.path()), entry.path().to_path_buf()));
        }
    }
    listed
}

/// The key of one input: its bytes, and where it leads if it is a link. A
/// link out of the site is keyed by its target alone, never read.
fn hash_input(paths: &SitePaths, path: &Path) -> Key {
    let target = fs::read_link(path).map(|t| t.to_string_lossy().into_owned()).unwrap_or_default();
    if !target.is_empty() {
        let root = paths.root.canonicalize().unwrap_or_else(|_| paths.root.clone());
        if !path.canonicalize().is_ok_and(|real| real.starts_with(&root)) {
            return KeyBuilder::new("outside").text(&target).finish();
        }
    }
    let mut k = KeyBuilder::new("file");
    k.text(&target).key(hash_file(path));
    k.finish()
}

impl Sources {
    pub fn read(paths: &SitePaths) -> Sources {
        let mut listed: Vec<(String, PathBuf)> = Vec::new();
        let config = paths.config();
        listed.push((paths.shown(&config), config));
        for dir in INPUT_DIRS {
            let base = paths.root.join(dir);
            if base.exists() {
                listed.extend(listed_under(paths, &base));
            }
        }
        let files = listed.par_iter().map(|(shown, path)| (shown.clone(), hash_input(paths, path))).collect();
        Sources { files }
    }

    /// Reads again what lies at `path` (a file, a folder, or nothing any
    /// more); adds the inputs that changed to `changed`, as shown paths.
    pub fn update(&mut self, paths: &SitePaths, path: &Path, changed: &mut BTreeSet<String>) {
        let shown = paths.shown(path);
        let prefix = format!("{shown}/");
        let under = |k: &String| *k == shown || k.starts_with(&prefix);
        let before: HashMap<String, Key> = self.files.extract_if(|k, _| under(k)).collect();
        if path.is_dir() {
            for (shown, path) in listed_under(paths, path) {
                self.files.insert(shown, hash_input(paths, &path));
            }
        } else if fs::symlink_metadata(path).is_ok() || shown == paths.shown(&paths.config()) {
            self.files.insert(shown.clone(), hash_input(paths, path));
        }
        for (k, v) in self.files.iter().filter(|(k, _)| under(k)) {
            if before.get(k) != Some(v) {
                changed.insert(k.clone());
            }
        }
        changed.extend(before.into_keys().filter(|k| !self.files.contains_key(k)));
    }

    #[cfg(test)]
    pub fn insert(&mut self, shown: &str, key: Key) {
        self.files.insert(shown.to_string(), key);
    }

    /// Hashes an input an entry names outside the input folders, once.
    pub fn ensure(&mut self, paths: &SitePaths, shown: &str) {
        let prefix = format!("{shown}/");
        if !self.files.keys().any(|k| k == shown || k.starts_with(&prefix)) {
            self.update(paths, &paths.root.join(shown), &mut BTreeSet::new());
        }
    }

    /// The key of an input as an entry names it: a file, or a folder and
    /// every file under it (so a file added to the folder changes it).
    pub fn tree(&self, shown: &str) -> Key {
        let prefix = format!("{shown}/");
        let mut under: Vec<(&String, &Key)> =
            self.files.iter().filter(|(k, _)| *k == shown || k.starts_with(&prefix)).collect();
        under.sort();
        let mut k = KeyBuilder::new("tree");
        for (path, key) in under {
            k.text(path).key(*key);
        }
        k.finish()
    }

    /// The key of an input file; a file not there has the key of absence.
    pub fn get(&self, shown: &str) -> Key {
        self.files.get(shown).copied().unwrap_or_else(missing)
    }

    /// The whole site: if this is unchanged, so is every output.
    pub fn site_key(&self, switches: &str) -> Key {
        let mut k = KeyBuilder::new("site");
        k.text(switches);
        let mut files: Vec<(&String, &Key)> = self.files.iter().collect();
        files.sort();
        for (path, key) in files {
            k.text(path).key(*key);
        }
        k.finish()
    }

    /// A file under `static/` by its path there (`photos/ava.jpg`).
    pub fn static_file(&self, inner: &str) -> Key {
        self.get(&static_shown(inner))
    }
}

/// The shown path of a file under `static/` named by its path there, as
/// `SitePaths::shown` writes it: no empty or `.` parts.
pub fn static_shown(inner: &str) -> String {
    let mut shown = String::with_capacity(paths::STATIC_DIR.len() + 1 + inner.len());
    shown.push_str(paths::STATIC_DIR);
    for part in inner.split('/').filter(|p| !p.is_empty() && *p != ".") {
        shown.push('/');
        shown.push_str(part);
    }
    shown
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

    #[test]
    fn a_text_has_the_key_of_the_file_holding_it() {
        let dir = std::env::temp_dir().join(format!("mediakit-keys-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let paths = SitePaths::new(&dir);
        // Longer than one read, so the file is hashed in pieces.
        let text: Vec<u8> = (0..150_000u32).map(|i| b'a' + (i % 26) as u8).collect();
        fs::write(dir.join("a.yaml"), &text).unwrap();
        assert_eq!(text_key(&text), hash_input(&paths, &dir.join("a.yaml")));
        assert_ne!(text_key(&text[1..]), hash_input(&paths, &dir.join("a.yaml")));
        fs::remove_dir_all(&dir).unwrap();
    }
}
