//! `.mediakit-manifest`: what the output in this folder was made from. Each
//! entry of the site has a key (see `pipeline::keys`) and the files it
//! produced; the next build takes over the files of every entry whose key is
//! unchanged and renders the rest. A manifest that cannot be read, or was
//! written by another format or binary, is simply not used.
//!
//! A file is taken over only when it is still the file the build wrote: its
//! length is the one the manifest keeps, and it was not modified after the
//! build that wrote it finished, which is when that build wrote the manifest
//! (linking a file into the next output keeps its modification time). A page
//! edited by hand, replaced or touched since is made again. A build with
//! nothing to do also checks that the output holds nothing the manifest does
//! not list. What the manifest keeps is the same for the same input, so the
//! output stays byte-identical from build to build.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::diagnostics::{Diagnostic, Diagnostics, Severity};

pub const FILE: &str = ".mediakit-manifest";

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Produced {
    pub key: String,
    pub files: Vec<String>,
}

impl Produced {
    pub fn new(key: u64, files: &[String]) -> Produced {
        Produced { key: format!("{key:016x}"), files: files.to_vec() }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    pub format: u32,
    /// The binary that wrote it: another binary never reuses its files.
    pub binary: String,
    /// The key of every input together: unchanged means nothing to do.
    pub site: String,
    /// Every unit (`assets`, `static:<path>`, `creator:<slug>`,
    /// `campaign:<slug>`, `index`), each with its files.
    pub entries: BTreeMap<String, Produced>,
    pub counts: Counts,
    /// The warnings of the build, shown again when nothing needs building.
    pub warnings: Vec<Stored>,
    /// Every file's length, by path.
    #[serde(default)]
    pub sizes: BTreeMap<String, u64>,
}

/// What a previous build wrote, to tell its files from files changed since.
#[derive(Clone, Debug, Default)]
pub struct Written {
    sizes: BTreeMap<String, u64>,
    /// When that build finished: when its manifest was written.
    at: Option<SystemTime>,
}

impl Written {
    /// What the build whose manifest this is wrote into `out`.
    pub fn of(manifest: &Manifest, out: &Path) -> Written {
        let at = fs::metadata(out.join(FILE)).and_then(|m| m.modified()).ok();
        Written { sizes: manifest.sizes.clone(), at }
    }

    /// Whether `out/rel` is still the plain file the build wrote: its length,
    /// and not modified after the build finished.
    pub fn unchanged(&self, out: &Path, rel: &str) -> bool {
        let (Some(size), Some(at)) = (self.sizes.get(rel), self.at) else { return false };
        let Ok(meta) = fs::symlink_metadata(out.join(rel)) else { return false };
        meta.file_type().is_file() && meta.len() == *size && meta.modified().is_ok_and(|m| m <= at)
    }
}

#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Counts {
    pub pages: usize,
    pub pdfs: usize,
    pub files: usize,
}

/// A warning as kept in the manifest: all of a [`Diagnostic`], caret
/// column included, which the diagnostic's own serialized form leaves out.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Stored {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub field: Option<String>,
    pub message: String,
    pub hint: Option<String>,
    pub source_line: Option<String>,
    pub width: usize,
    pub caret_column: Option<usize>,
}

impl Stored {
    pub fn from_diagnostic(d: &Diagnostic) -> Stored {
        Stored {
            file: d.file.clone(),
            line: d.line,
            column: d.column,
            field: d.field.clone(),
            message: d.message.clone(),
            hint: d.hint.clone(),
            source_line: d.source_line.clone(),
            width: d.width,
            caret_column: d.caret_column,
        }
    }

    pub fn to_diagnostic(&self) -> Diagnostic {
        let mut d = Diagnostic::warning(self.file.clone(), self.message.clone());
        d.severity = Severity::Warning;
        d.line = self.line;
        d.column = self.column;
        d.field = self.field.clone();
        d.hint = self.hint.clone();
        d.source_line = self.source_line.clone();
        d.width = self.width;
        d.caret_column = self.caret_column;
        d
    }
}

impl Manifest {
    /// The manifest of the output in `out`, when it is one this binary can use.
    pub fn read(out: &Path, format: u32, binary: &str) -> Option<Manifest> {
        let bytes = fs::read(out.join(FILE)).ok()?;
        let manifest: Manifest = serde_json::from_slice(&bytes).ok()?;
        // A path that would lead outside the output (an edited manifest) is
        // refused by the writer; nothing listed here is trusted then.
        let listed = manifest.entries.values().flat_map(|p| p.files.iter());
        let paths_ok = listed.into_iter().all(|rel| super::staging::check_rel(rel).is_ok());
        (manifest.format == format && manifest.binary == binary && paths_ok).then_some(manifest)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    pub fn warnings(&self) -> Diagnostics {
        let mut all = Diagnostics::default();
        for w in &self.warnings {
            all.push(w.to_diagnostic());
        }
        all
    }

    /// Whether `out` holds exactly the files it lists, each as the build
    /// wrote it, and nothing else.
    pub fn intact(&self, out: &Path) -> bool {
        let written = Written::of(self, out);
        let listed: BTreeSet<&str> = self.entries.values().flat_map(|p| p.files.iter()).map(String::as_str).collect();
        listed.iter().all(|rel| written.unchanged(out, rel)) && holds_only(out, &listed)
    }
}

/// Whether every file under `out` is one of `listed` (or mediakit's own).
fn holds_only(out: &Path, listed: &BTreeSet<&str>) -> bool {
    for entry in walkdir::WalkDir::new(out).follow_links(false).min_depth(1) {
        let Ok(entry) = entry else { return false };
        if entry.file_type().is_dir() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(out) else { return false };
        let rel: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        let rel = rel.join("/");
        if !(listed.contains(rel.as_str()) || rel == FILE || rel == super::MARKER) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_listing_a_path_outside_the_output_is_not_trusted() {
        let dir = std::env::temp_dir().join(format!("mediakit-manifest-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let mut m = Manifest { format: 1, binary: "b".into(), ..Manifest::default() };
        fs::write(dir.join(FILE), m.to_bytes()).unwrap();
        assert!(Manifest::read(&dir, 1, "b").is_some());
        m.entries.insert("creator:x".into(), Produced { key: "k".into(), files: vec!["../escape.html".into()] });
        fs::write(dir.join(FILE), m.to_bytes()).unwrap();
        assert!(Manifest::read(&dir, 1, "b").is_none());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn round_trips_and_refuses_other_binaries() {
        let dir = std::env::temp_dir().join(format!("mk-manifest-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let mut m = Manifest { format: 1, binary: "b1".into(), site: "s".into(), ..Manifest::default() };
        m.entries.insert("creator:ava".into(), Produced { key: "k".into(), files: vec!["a.html".into()] });
        m.warnings.push(Stored::from_diagnostic(&Diagnostic::warning("x.yaml", "careful").hint("look")));
        fs::write(dir.join(FILE), m.to_bytes()).unwrap();
        assert_eq!(Manifest::read(&dir, 1, "b1"), Some(m.clone()));
        assert_eq!(Manifest::read(&dir, 1, "b2"), None);
        assert_eq!(Manifest::read(&dir, 2, "b1"), None);
        assert!(!m.intact(&dir), "a.html is missing");
        fs::write(dir.join("a.html"), "x").unwrap();
        assert!(!m.intact(&dir), "a.html has no length in the manifest");
        m.sizes.insert("a.html".into(), 1);
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(dir.join(FILE), m.to_bytes()).unwrap();
        assert!(m.intact(&dir));
        // Edited by hand after the build: the same length, modified later.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(dir.join("a.html"), "y").unwrap();
        assert!(!m.intact(&dir), "an edited file is not the one written");
        fs::write(dir.join(FILE), m.to_bytes()).unwrap();
        assert!(m.intact(&dir));
        fs::write(dir.join("a.html"), "yy").unwrap();
        let later = SystemTime::now() - std::time::Duration::from_secs(3600);
        fs::File::options().write(true).open(dir.join("a.html")).unwrap().set_modified(later).unwrap();
        assert!(!m.intact(&dir), "another length, whatever its time");
        fs::write(dir.join("a.html"), "y").unwrap();
        fs::write(dir.join(FILE), m.to_bytes()).unwrap();
        fs::write(dir.join("extra.html"), "mine").unwrap();
        assert!(!m.intact(&dir), "a file the build did not write");
        fs::remove_file(dir.join("extra.html")).unwrap();
        // Linking a file elsewhere (as the next build does) changes nothing.
        fs::hard_link(dir.join("a.html"), dir.join("../mk-manifest-link.html")).unwrap();
        fs::remove_file(dir.join("../mk-manifest-link.html")).unwrap();
        assert!(m.intact(&dir));
        assert_eq!(m.warnings().items[0].hint.as_deref(), Some("look"));
        fs::write(dir.join(FILE), "{broken").unwrap();
        assert_eq!(Manifest::read(&dir, 1, "b1"), None);
        fs::remove_dir_all(&dir).unwrap();
    }
}
