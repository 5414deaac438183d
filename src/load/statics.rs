//! The files of `static/`, copied into the output as they are.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::paths::{self, SitePaths};

/// The files of `static/` as (output path, resolved source path), sorted, with
/// editor scratch files left out and symlinks out of the site refused.
pub fn static_files(paths: &SitePaths) -> Result<Vec<(String, PathBuf)>, Diagnostic> {
    let dir = paths.static_dir();
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(&dir).follow_links(false).sort_by_file_name() {
        let entry = entry.map_err(|e| Diagnostic::error(paths.shown(&dir), format!("cannot read static/: {e}")))?;
        let name = entry.file_name().to_string_lossy();
        if entry.depth() == 0 || entry.file_type().is_dir() || paths::is_scratch_file(&name) {
            continue;
        }
        if let Some(found) = static_output_path(paths, entry.path())? {
            out.push(found);
        }
    }
    Ok(out)
}

/// Where a file under `static/` lands in the output and the real file to
/// read, or `None` when it is not a file to copy (a folder). A symlink that
/// leads out of the site is an error, never followed.
pub fn static_output_path(paths: &SitePaths, path: &Path) -> Result<Option<(String, PathBuf)>, Diagnostic> {
    let dir = paths.static_dir();
    let Ok(inner) = path.strip_prefix(&dir) else { return Ok(None) };
    if inner.components().any(|c| !matches!(c, Component::Normal(_))) || inner.as_os_str().is_empty() {
        return Ok(None);
    }
    let shown = paths.shown(path);
    let root = paths.root.canonicalize().unwrap_or_else(|_| paths.root.clone());
    let real = path.canonicalize().map_err(|e| Diagnostic::error(shown.clone(), format!("cannot read: {e}")))?;
    if !real.starts_with(&root) {
        return Err(Diagnostic::error(shown, "this symlink points outside the site folder")
            .hint("copy the file into static/ instead of linking to it"));
    }
    let meta = fs::metadata(&real).map_err(|e| Diagnostic::error(shown.clone(), format!("cannot read: {e}")))?;
    if let Some(kind) = paths::special_kind(&meta.file_type()) {
        return Err(Diagnostic::error(shown, paths::not_a_file(kind))
            .hint("static/ is copied into the output; remove it or replace it with an ordinary file"));
    }
    if !meta.is_file() {
        return Ok(None);
    }
    let rel = inner.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/");
    Ok(Some((rel, real)))
}
