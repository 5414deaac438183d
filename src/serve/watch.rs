//! Watching the site folder: `content/`, `static/`, `themes/`, `data/` (recursively)
//! and the root itself (for `mediakit.yaml` and folders created later).
//! Events are debounced; reads (`Access` events, which the rebuild itself
//! causes) and metadata-only changes are dropped. An editor's atomic save
//! (write a temporary file, rename it over the original) arrives as a rename
//! whose target is the real file; the temporary name is filtered out later
//! as a scratch file.
//!
//! Symlinks are never followed by the watcher itself. A linked folder is
//! watched only when it leads to a folder inside the site (the loader reads
//! such a folder, so an edit in it must be seen), once, and never when it
//! leads outside: a link to `/usr` does not cost tens of thousands of
//! watches on a tree the loader refuses to read anyway.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify_debouncer_full::notify::event::{AccessKind, AccessMode, ModifyKind};
use notify_debouncer_full::notify::{self, EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer_opt};

use crate::paths;

/// Long enough to merge the events of one save, short enough to feel instant.
const DEBOUNCE: Duration = Duration::from_millis(5);
const TICK: Duration = Duration::from_millis(2);

/// A batch of changed paths; an empty batch asks for a full rebuild (the
/// watcher lost events and cannot say what changed).
pub type Batch = Vec<PathBuf>;

pub struct Watch {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    /// The site folder, resolved.
    real_root: PathBuf,
    /// Trees watched recursively, by the path the site reads them at (a
    /// link's own path for a linked folder) and where they really are.
    watched: Vec<(PathBuf, PathBuf)>,
    /// Linked folders as (where they are, the link): a linked folder is
    /// watched where it really is, and its events are told at the link.
    links: Links,
}

type Links = std::sync::Arc<std::sync::Mutex<Vec<(PathBuf, PathBuf)>>>;

/// `path` as the site reads it: under a link, when it is in a linked folder.
fn through_links(links: &Links, path: PathBuf) -> PathBuf {
    let links = links.lock().unwrap_or_else(|e| e.into_inner());
    for (real, link) in links.iter() {
        if let Ok(rest) = path.strip_prefix(real) {
            return link.join(rest);
        }
    }
    path
}

/// Whether an event can mean that a file's contents changed.
fn is_change(event: &DebouncedEvent) -> bool {
    match event.kind {
        // Closing a file written to is the surest sign a save finished.
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        _ => true,
    }
}

impl Watch {
    pub fn start(root: &Path, tx: Sender<Batch>) -> Result<Watch, String> {
        let links: Links = Default::default();
        let seen = links.clone();
        let handler = move |result: DebounceEventResult| match result {
            Ok(events) => {
                if events.iter().any(|e| e.need_rescan()) {
                    let _ = tx.send(Vec::new());
                    return;
                }
                let mut paths: Vec<PathBuf> = events
                    .iter()
                    .filter(|e| is_change(e))
                    .flat_map(|e| e.paths.iter().cloned())
                    .map(|p| through_links(&seen, p))
                    .collect();
                paths.sort();
                paths.dedup();
                if !paths.is_empty() {
                    let _ = tx.send(paths);
                }
            }
            Err(errors) => {
                for e in errors {
                    eprintln!("warning: watching the site: {}", printable(&e.to_string()));
                }
            }
        };
        // Links are resolved here, one by one, never by the watcher.
        let config = notify::Config::default().with_follow_symlinks(false);
        let debouncer = new_debouncer_opt::<_, RecommendedWatcher, RecommendedCache>(
            DEBOUNCE,
            Some(TICK),
            handler,
            RecommendedCache::new(),
            config,
        )
        .map_err(|e| format!("cannot watch files: {e}"))?;
        let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        let mut watch = Watch { debouncer, root: root.to_path_buf(), real_root, watched: Vec::new(), links };
        watch
            .debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", printable(&root.display().to_string())))?;
        watch.refresh(&[]);
        Ok(watch)
    }

    /// How many trees are watched (the site's folders and linked folders).
    pub fn trees(&self) -> usize {
        self.watched.len()
    }

    /// Starts watching the site folders that exist now and were not watched
    /// yet (e.g. `static/` created after `serve` started), and the linked
    /// folders inside the site that `changed` paths are or hold; stops
    /// watching what went away.
    pub fn refresh(&mut self, changed: &[PathBuf]) {
        let gone: Vec<(PathBuf, PathBuf)> = self
            .watched
            .iter()
            .filter(|(path, real)| path.canonicalize().ok().as_ref() != Some(real))
            .cloned()
            .collect();
        for (path, real) in gone {
            let _ = self.debouncer.unwatch(&real);
            self.watched.retain(|(p, _)| *p != path);
            self.links.lock().unwrap_or_else(|e| e.into_inner()).retain(|(_, link)| *link != path);
        }
        let mut fresh = Vec::new();
        for dir in ["content", paths::STATIC_DIR, paths::THEMES_DIR, paths::DATA_DIR] {
            let path = self.root.join(dir);
            if !self.watched.iter().any(|(p, _)| *p == path) && self.add(&path) {
                fresh.push(path);
            }
        }
        // New trees are searched for linked folders; a changed path may be
        // a new link, or a folder (moved in) holding some.
        let mut search: Vec<PathBuf> = fresh;
        for path in changed {
            let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            if is_link {
                if self.add(path) {
                    search.push(path.clone());
                }
            } else if path.is_dir() {
                search.push(path.clone());
            }
        }
        while let Some(dir) = search.pop() {
            for link in linked_folders(&dir) {
                if self.add(&link) {
                    search.push(link);
                }
            }
        }
    }

    /// Watches the folder at `path` recursively when it is a folder inside
    /// the site not watched yet (through any link); true when it now is.
    fn add(&mut self, path: &Path) -> bool {
        let Ok(real) = path.canonicalize() else { return false };
        let inside = real.starts_with(&self.real_root) && real != self.real_root;
        // A link to a folder already watched, or holding one (a link back up
        // the tree), adds nothing but loops.
        let covered = self.watched.iter().any(|(_, r)| real.starts_with(r) || r.starts_with(&real));
        if !inside || covered || !real.is_dir() {
            return false;
        }
        // Watched where it really is: the watcher itself follows no link.
        match self.debouncer.watch(&real, RecursiveMode::Recursive) {
            Ok(()) => {
                if real != path {
                    self.links.lock().unwrap_or_else(|e| e.into_inner()).push((real.clone(), path.to_path_buf()));
                }
                self.watched.push((path.to_path_buf(), real));
                true
            }
            Err(e) => {
                eprintln!("warning: cannot watch {}: {e}", printable(&path.display().to_string()));
                false
            }
        }
    }
}

/// The symlinks to folders under `dir` (links not followed on the way).
fn linked_folders(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .follow_root_links(true)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path_is_symlink() && e.depth() > 0 && e.path().is_dir())
        .map(|e| e.into_path())
        .collect()
}

/// Text for the terminal with control characters escaped.
fn printable(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { format!("\\u{{{:x}}}", u32::from(c)) } else { c.to_string() }).collect()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_are_watched_only_inside_the_site_and_only_once() {
        let tmp = std::env::temp_dir().join(format!("mediakit-watch-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        let (site, outside) = (tmp.join("site"), tmp.join("outside"));
        for dir in ["content/creators", "static", "media/photos"] {
            std::fs::create_dir_all(site.join(dir)).unwrap();
        }
        for i in 0..50 {
            std::fs::create_dir_all(outside.join(format!("tree/{i}"))).unwrap();
        }
        std::os::unix::fs::symlink(&outside, site.join("static/elsewhere")).unwrap();
        std::os::unix::fs::symlink(site.join("media"), site.join("static/media")).unwrap();
        std::os::unix::fs::symlink(&site, site.join("content/loop")).unwrap();
        let (tx, _rx) = std::sync::mpsc::channel();
        let watch = Watch::start(&site, tx).unwrap();
        let watched: Vec<String> =
            watch.watched.iter().map(|(p, _)| p.strip_prefix(&site).unwrap().display().to_string()).collect();
        assert_eq!(watched, ["content", "static", "static/media"], "{watched:?}");
        // The link's folder is watched (its own and its subfolder), the
        // folder outside is not: root, content, content/creators, static,
        // media, media/photos.
        let wds: usize = std::fs::read_dir("/proc/self/fdinfo")
            .map(|d| {
                d.flatten()
                    .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
                    .map(|t| t.lines().filter(|l| l.starts_with("inotify wd:")).count())
                    .sum()
            })
            .unwrap_or(6);
        assert!(wds <= 6 + 2, "{wds} watches");
        assert_eq!(
            through_links(&watch.links, site.join("media/photos/a.jpg")),
            site.join("static/media/photos/a.jpg")
        );
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}
