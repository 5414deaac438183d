//! `.mediakit-manifest`: what the output in this folder was made from. Each
//! entry of the site has a key (see `pipeline::keys`) and the files it
//! produced; the next build takes over the files of every entry whose key is
//! unchanged and renders the rest. A manifest that cannot be read, or was
//! written by another format or binary, is simply not used.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

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

    /// Whether every file it lists is still in `out` as a plain file.
    pub fn intact(&self, out: &Path) -> bool {
        let listed = self.entries.values().flat_map(|p| p.files.iter());
        listed.into_iter().all(|rel| is_plain_file(&out.join(rel)))
    }
}

pub fn is_plain_file(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file())
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
        assert!(m.intact(&dir));
        assert_eq!(m.warnings().items[0].hint.as_deref(), Some("look"));
        fs::write(dir.join(FILE), "{broken").unwrap();
        assert_eq!(Manifest::read(&dir, 1, "b1"), None);
        fs::remove_dir_all(&dir).unwrap();
    }
}
