//! The sink of `mediakit serve`: every output file in memory, in three
//! layers that mirror the order a build writes them (theme assets, then
//! `static/`, then pages, each overriding the one before). A rebuild's
//! changes are collected by a [`MemorySink`] and applied under one write
//! lock, so a request sees the whole old build or the whole new one, never
//! half of each. Nothing is written to disk.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use crate::render::OutputFile;
use crate::write::{Layer, Sink};

pub type Bytes = Arc<Vec<u8>>;

/// A file as kept in memory. The pages and data files of entries are kept
/// deflated: they are most of a large site's bytes and shrink about tenfold,
/// and inflating one for a request takes microseconds. The roster, PDFs
/// (compressed already) and small files are kept as they are. A file of
/// `static/` is not kept at all: it is served from where it is, streamed
/// (`source`), so a video of a gigabyte takes no memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    bytes: Bytes,
    /// The length before deflating, when deflated.
    deflated: Option<usize>,
    /// The file served, for a copied file, with its stamp: a file changed
    /// on disk is a different `Stored`.
    source: Option<Arc<(PathBuf, String)>>,
}

/// What is served at a path: bytes, or a file to stream from disk.
#[derive(Clone, Debug)]
pub enum Served {
    Bytes(Bytes),
    File(PathBuf),
}

/// The stamp of a source file: its inode, length and modification time.
fn source_stamp(path: &Path) -> String {
    let Ok(meta) = std::fs::metadata(path) else { return String::new() };
    let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    format!("{inode:x}.{:x}.{}", meta.len(), modified.map_or(0, |d| d.as_nanos()))
}

/// Files served from disk are read into memory only this far, when a
/// caller wants their bytes (a static HTML page, to add the reload script).
pub const READ_LIMIT: u64 = 16 * 1024 * 1024;

/// Below this a file is not worth deflating.
const PACK_MIN: usize = 2048;

impl Stored {
    pub fn plain(bytes: Bytes) -> Stored {
        Stored { bytes, deflated: None, source: None }
    }

    /// A file served from `path` as it is on disk.
    pub fn file(path: PathBuf) -> Stored {
        let stamp = source_stamp(&path);
        Stored { bytes: Arc::new(Vec::new()), deflated: None, source: Some(Arc::new((path, stamp))) }
    }

    /// What to serve.
    pub fn served(&self) -> Served {
        match &self.source {
            Some(source) => Served::File(source.0.clone()),
            None => Served::Bytes(self.bytes()),
        }
    }

    /// Deflates the files of entries (deterministically: equal files stay equal).
    pub fn pack(path: &str, bytes: Vec<u8>) -> Stored {
        use std::io::Write;
        let entry = path.starts_with("creators/") || path.starts_with("campaigns/");
        if !entry || path.ends_with(".pdf") || bytes.len() < PACK_MIN {
            return Stored::plain(Arc::new(bytes));
        }
        let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        match encoder.write_all(&bytes).and_then(|()| encoder.finish()) {
            Ok(packed) if packed.len() < bytes.len() => {
                Stored { bytes: Arc::new(packed), deflated: Some(bytes.len()), source: None }
            }
            _ => Stored::plain(Arc::new(bytes)),
        }
    }

    /// The file's bytes as served (a file on disk read, up to [`READ_LIMIT`]).
    pub fn bytes(&self) -> Bytes {
        use std::io::Read;
        if let Some(source) = &self.source {
            return Arc::new(crate::paths::read_regular(&source.0, READ_LIMIT).unwrap_or_default());
        }
        let Some(len) = self.deflated else { return self.bytes.clone() };
        let mut out = Vec::with_capacity(len);
        match flate2::read::DeflateDecoder::new(self.bytes.as_slice()).read_to_end(&mut out) {
            Ok(_) => Arc::new(out),
            // Only this process wrote it; an error would be a bug, shown as an empty file.
            Err(_) => Arc::new(Vec::new()),
        }
    }

    /// Bytes held in memory.
    pub fn held(&self) -> usize {
        self.bytes.len()
    }
}

#[derive(Clone, Debug, Default)]
pub struct Layers {
    assets: HashMap<String, Stored>,
    statics: HashMap<String, Stored>,
    pages: HashMap<String, Stored>,
    /// Pages made on first request (PDFs), by path, with the version that
    /// counts their re-registrations: a page made from an older version is
    /// not kept.
    lazy: HashMap<String, u64>,
}

impl Layers {
    fn layer_mut(&mut self, layer: Layer) -> &mut HashMap<String, Stored> {
        match layer {
            Layer::Asset => &mut self.assets,
            Layer::Static => &mut self.statics,
            Layer::Page => &mut self.pages,
        }
    }

    /// The file served at `path`: a page over a static file over a theme asset.
    pub fn get(&self, path: &str) -> Option<Bytes> {
        self.stored(path).map(Stored::bytes)
    }

    pub fn contains(&self, path: &str) -> bool {
        self.stored(path).is_some() || self.lazy.contains_key(path)
    }

    /// Registers a page made on first request, dropping what was made before.
    pub fn insert_lazy(&mut self, path: String, version: u64) {
        self.pages.remove(&path);
        self.lazy.insert(path, version);
    }

    fn stored(&self, path: &str) -> Option<&Stored> {
        self.pages.get(path).or_else(|| self.statics.get(path)).or_else(|| self.assets.get(path))
    }

    pub fn insert(&mut self, layer: Layer, path: String, stored: Stored) {
        self.layer_mut(layer).insert(path, stored);
    }

    pub fn len(&self) -> usize {
        self.assets.len() + self.statics.len() + self.pages.len() + self.lazy.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Paths whose served bytes differ between `self` and `other`.
    fn differences(&self, other: &Layers) -> BTreeSet<String> {
        let mut keys: BTreeSet<&String> = BTreeSet::new();
        for l in [self, other] {
            keys.extend(l.assets.keys().chain(l.statics.keys()).chain(l.pages.keys()).chain(l.lazy.keys()));
        }
        // A page made on request may differ from what is served: count it as changed.
        keys.into_iter()
            .filter(|k| self.stored(k) != other.stored(k) || self.lazy.contains_key(*k) || other.lazy.contains_key(*k))
            .cloned()
            .collect()
    }
}

/// One rebuild's effect on the output.
#[derive(Debug, Default)]
pub struct Delta {
    pub puts: Vec<(Layer, String, Stored)>,
    pub removes: Vec<(Layer, String)>,
    /// Pages to make on first request (see [`Output::fetch`]).
    pub lazies: Vec<String>,
}

impl Delta {
    pub fn put(&mut self, layer: Layer, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        let path = path.into();
        let stored = Stored::pack(&path, bytes.into());
        self.puts.push((layer, path, stored));
    }

    pub fn is_empty(&self) -> bool {
        self.puts.is_empty() && self.removes.is_empty() && self.lazies.is_empty()
    }
}

/// What the page script and the status endpoint report.
#[derive(Clone, Debug, Default)]
pub struct Status {
    /// Counts applied changes; a page compares it with the one it was served at.
    pub generation: u64,
    /// The problems of the last rebuild, as `check` prints them, when it failed.
    pub problems: Option<String>,
    /// Whether any build has succeeded yet.
    pub built: bool,
}

/// Makes a page registered as lazy, from the site as it now is.
pub type Maker = Arc<dyn Fn(&str) -> Option<Vec<u8>> + Send + Sync>;

#[derive(Default)]
pub struct Output {
    layers: RwLock<Layers>,
    status: RwLock<Status>,
    maker: RwLock<Option<Maker>>,
    versions: std::sync::atomic::AtomicU64,
}

impl Output {
    pub fn read<R>(&self, f: impl FnOnce(&Layers, &Status) -> R) -> R {
        let layers = self.layers.read().unwrap_or_else(|e| e.into_inner());
        let status = self.status.read().unwrap_or_else(|e| e.into_inner());
        f(&layers, &status)
    }

    pub fn status(&self) -> Status {
        self.status.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn set_maker(&self, maker: Maker) {
        *self.maker.write().unwrap_or_else(|e| e.into_inner()) = Some(maker);
    }

    fn next_version(&self) -> u64 {
        self.versions.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
    }

    /// What is served at `path`, making a lazy page first if need be. The
    /// maker runs without holding the layers, so requests for other pages
    /// and rebuilds go on meanwhile.
    pub fn fetch(&self, path: &str) -> Option<Served> {
        let version = {
            let layers = self.layers.read().unwrap_or_else(|e| e.into_inner());
            if let Some(stored) = layers.stored(path) {
                return Some(stored.served());
            }
            *layers.lazy.get(path)?
        };
        let maker = self.maker.read().unwrap_or_else(|e| e.into_inner()).clone()?;
        let bytes = Arc::new(maker(path)?);
        let mut layers = self.layers.write().unwrap_or_else(|e| e.into_inner());
        if layers.lazy.get(path) == Some(&version) {
            layers.pages.insert(path.to_string(), Stored::plain(bytes.clone()));
        }
        Some(Served::Bytes(bytes))
    }

    /// Layers from a full render, with its lazy pages registered.
    pub fn layers_of(&self, delta: Delta) -> Layers {
        let mut layers = Layers::default();
        for (layer, path, stored) in delta.puts {
            layers.insert(layer, path, stored);
        }
        for path in delta.lazies {
            layers.insert_lazy(path, self.next_version());
        }
        layers
    }

    /// Applies a rebuild; returns the paths whose served bytes changed.
    pub fn apply(&self, delta: Delta) -> BTreeSet<String> {
        let mut layers = self.layers.write().unwrap_or_else(|e| e.into_inner());
        let mut changed = BTreeSet::new();
        for (layer, path) in delta.removes {
            let before = layers.stored(&path).cloned();
            if layers.lazy.remove(&path).is_some() {
                changed.insert(path.clone());
            }
            layers.layer_mut(layer).remove(&path);
            if layers.stored(&path) != before.as_ref() {
                changed.insert(path);
            }
        }
        for (layer, path, stored) in delta.puts {
            let before = layers.stored(&path).cloned();
            layers.layer_mut(layer).insert(path.clone(), stored);
            if layers.stored(&path) != before.as_ref() {
                changed.insert(path);
            }
        }
        for path in delta.lazies {
            let version = self.next_version();
            layers.insert_lazy(path.clone(), version);
            changed.insert(path);
        }
        self.finish(&changed);
        changed
    }

    /// Replaces the whole output; returns the paths whose served bytes changed.
    pub fn replace(&self, new: Layers) -> BTreeSet<String> {
        let mut layers = self.layers.write().unwrap_or_else(|e| e.into_inner());
        let changed = layers.differences(&new);
        *layers = new;
        self.finish(&changed);
        changed
    }

    fn finish(&self, changed: &BTreeSet<String>) {
        let mut status = self.status.write().unwrap_or_else(|e| e.into_inner());
        if !changed.is_empty() || !status.built {
            status.generation += 1;
        }
        status.built = true;
        status.problems = None;
    }

    pub fn set_problems(&self, problems: Option<String>) {
        self.status.write().unwrap_or_else(|e| e.into_inner()).problems = problems;
    }
}

/// Collects one rebuild's files as a [`Delta`] for [`Output::apply`].
#[derive(Default)]
pub struct MemorySink {
    delta: Mutex<Delta>,
}

impl MemorySink {
    pub fn into_delta(self) -> Delta {
        self.delta.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    fn with(&self, f: impl FnOnce(&mut Delta)) {
        f(&mut self.delta.lock().unwrap_or_else(|e| e.into_inner()));
    }
}

impl Sink for MemorySink {
    fn put(&self, layer: Layer, file: OutputFile) {
        // Packed on the rendering thread, outside the lock.
        let stored = match file.source {
            Some(source) => Stored::file(source),
            None => Stored::pack(&file.path, file.bytes),
        };
        self.with(|d| d.puts.push((layer, file.path, stored)));
    }

    fn can_keep(&self, _path: &str) -> bool {
        // The served output holds what the ledger says it holds.
        true
    }

    fn keep(&self, _layer: Layer, _path: &str) {}

    fn defer(&self, path: &str) {
        self.with(|d| d.lazies.push(path.to_string()));
    }

    fn forget(&self, layer: Layer, path: &str) {
        self.with(|d| d.removes.push((layer, path.to_string())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_override_in_build_order_and_changes_are_exact() {
        let out = Output::default();
        let mut d = Delta::default();
        d.put(Layer::Asset, "css/theme.css", b"theme".to_vec());
        d.put(Layer::Static, "css/theme.css", b"mine".to_vec());
        d.put(Layer::Page, "index.html", b"roster".to_vec());
        assert_eq!(out.apply(d).len(), 2);
        out.read(|l, _| assert_eq!(l.get("css/theme.css").as_deref().map(Vec::as_slice), Some(&b"mine"[..])));

        let mut same = Delta::default();
        same.put(Layer::Page, "index.html", b"roster".to_vec());
        assert!(out.apply(same).is_empty(), "identical bytes are no change");
        let generation = out.status().generation;

        let mut gone = Delta::default();
        gone.removes.push((Layer::Static, "css/theme.css".to_string()));
        assert_eq!(out.apply(gone).into_iter().collect::<Vec<_>>(), ["css/theme.css"]);
        out.read(|l, _| assert_eq!(l.get("css/theme.css").as_deref().map(Vec::as_slice), Some(&b"theme"[..])));
        assert_eq!(out.status().generation, generation + 1);
    }

    #[test]
    fn pages_of_entries_are_kept_deflated_and_served_whole() {
        let page = "<li>card</li>\n".repeat(500).into_bytes();
        let packed = Stored::pack("creators/ava/index.html", page.clone());
        assert!(packed.held() < page.len() / 4);
        assert_eq!(*packed.bytes(), page);
        assert_eq!(packed, Stored::pack("creators/ava/index.html", page.clone()), "deterministic");
        assert_eq!(Stored::pack("index.html", page.clone()).held(), page.len(), "the roster is kept as it is");
        assert_eq!(Stored::pack("creators/ava/media-kit.pdf", page.clone()).held(), page.len());
    }

    #[test]
    fn a_static_file_is_served_from_disk_and_follows_it() {
        let dir = std::env::temp_dir().join(format!("mediakit-memory-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let video = dir.join("clip.mp4");
        std::fs::write(&video, vec![7u8; 100_000]).unwrap();
        let sink = MemorySink::default();
        sink.put(Layer::Static, OutputFile::copy_of("clip.mp4", video.clone()));
        let out = Output::default();
        out.apply(sink.into_delta());
        out.read(|l, _| assert_eq!(l.stored("clip.mp4").map(Stored::held), Some(0), "nothing held in memory"));
        assert!(matches!(out.fetch("clip.mp4"), Some(Served::File(p)) if p == video));
        // The same file again is no change; a changed one is.
        let again = MemorySink::default();
        again.put(Layer::Static, OutputFile::copy_of("clip.mp4", video.clone()));
        assert!(out.apply(again.into_delta()).is_empty());
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&video, vec![8u8; 100_001]).unwrap();
        let changed = MemorySink::default();
        changed.put(Layer::Static, OutputFile::copy_of("clip.mp4", video.clone()));
        assert_eq!(out.apply(changed.into_delta()).len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
