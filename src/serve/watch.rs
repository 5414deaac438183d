//! Watching the site folder: `content/`, `static/`, `themes/` (recursively)
//! and the root itself (for `mediakit.yaml` and folders created later).
//! Events are debounced; reads (`Access` events, which the rebuild itself
//! causes) and metadata-only changes are dropped. An editor's atomic save
//! (write a temporary file, rename it over the original) arrives as a rename
//! whose target is the real file; the temporary name is filtered out later
//! as a scratch file.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify_debouncer_full::notify::event::{AccessKind, AccessMode, ModifyKind};
use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer};

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
    watched: Vec<PathBuf>,
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
        let handler = move |result: DebounceEventResult| match result {
            Ok(events) => {
                if events.iter().any(|e| e.need_rescan()) {
                    let _ = tx.send(Vec::new());
                    return;
                }
                let mut paths: Vec<PathBuf> =
                    events.iter().filter(|e| is_change(e)).flat_map(|e| e.paths.iter().cloned()).collect();
                paths.sort();
                paths.dedup();
                if !paths.is_empty() {
                    let _ = tx.send(paths);
                }
            }
            Err(errors) => {
                for e in errors {
                    eprintln!("warning: watching the site: {e}");
                }
            }
        };
        let debouncer = new_debouncer(DEBOUNCE, Some(TICK), handler).map_err(|e| format!("cannot watch files: {e}"))?;
        let mut watch = Watch { debouncer, root: root.to_path_buf(), watched: Vec::new() };
        watch
            .debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch {}: {e}", root.display()))?;
        watch.refresh();
        Ok(watch)
    }

    /// Starts watching the site folders that exist now and were not watched
    /// yet (e.g. `static/` created after `serve` started).
    pub fn refresh(&mut self) {
        for dir in ["content", paths::STATIC_DIR, paths::THEMES_DIR, paths::LABELS_DIR] {
            let path = self.root.join(dir);
            if self.watched.contains(&path) {
                if !path.is_dir() {
                    let _ = self.debouncer.unwatch(&path);
                    self.watched.retain(|p| p != &path);
                }
                continue;
            }
            if path.is_dir() {
                match self.debouncer.watch(&path, RecursiveMode::Recursive) {
                    Ok(()) => self.watched.push(path),
                    Err(e) => eprintln!("warning: cannot watch {}: {e}", path.display()),
                }
            }
        }
    }
}
