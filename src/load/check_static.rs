//! `static/` is copied into the output as-is; a symlink in it must not bring
//! in a file from outside the site, and a named pipe or a device in it is
//! never read (the copy would wait forever). `check` reports both here,
//! before any build (the copy refuses them again, in case the folder changed
//! in between).

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::paths::{self, SitePaths};

/// Files every build writes at the top of the output; a static file of the
/// same name would be silently replaced.
const GENERATED: [&str; 3] = ["index.html", "404.html", "sitemap.xml"];

/// Folders every build writes pages into.
const PAGE_FOLDERS: [&str; 2] = ["creators", "campaigns"];

pub fn check(paths: &SitePaths, diagnostics: &mut Diagnostics) {
    let dir = paths.static_dir();
    if !dir.exists() {
        return;
    }
    for name in PAGE_FOLDERS {
        let path = dir.join(name);
        if path.is_file() {
            diagnostics.push(
                Diagnostic::error(
                    paths.shown(&path),
                    format!("this file is in the way of the {name}/ pages, which the output needs as a folder"),
                )
                .hint(format!("rename static/{name} or move it into a subfolder")),
            );
        }
    }
    for name in GENERATED {
        let path = dir.join(name);
        if path.is_file() {
            diagnostics.push(
                Diagnostic::warning(paths.shown(&path), format!("ignored: every build writes its own {name}"))
                    .hint("to change that page, override its template under themes/NAME/templates/"),
            );
        }
    }
    let root = paths.root.canonicalize().unwrap_or_else(|_| paths.root.clone());
    // Links are not followed: a linked folder that leads outside is reported
    // once, as itself, rather than once per file inside it.
    for entry in walkdir::WalkDir::new(&dir).follow_links(false).follow_root_links(false).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if paths::is_scratch_file(&entry.file_name().to_string_lossy()) {
            continue;
        }
        let path = entry.path();
        if !entry.path_is_symlink() {
            if let Some(kind) = paths::special_kind(&entry.file_type()) {
                diagnostics.push(
                    Diagnostic::error(paths.shown(path), paths::not_a_file(kind))
                        .hint("static/ is copied into the output; remove it or replace it with an ordinary file"),
                );
            }
            continue;
        }
        match path.canonicalize() {
            Ok(real) if real.starts_with(&root) => {
                let kind = std::fs::metadata(&real).ok().and_then(|m| paths::special_kind(&m.file_type()));
                if let Some(kind) = kind {
                    diagnostics.push(
                        Diagnostic::error(
                            paths.shown(path),
                            format!("this symlink leads to {kind}; only regular files are read"),
                        )
                        .hint("static/ is copied into the output; link to an ordinary file instead"),
                    );
                }
            }
            Ok(real) => diagnostics.push(
                Diagnostic::error(
                    paths.shown(path),
                    format!("this symlink points outside the site folder, to {}", real.display()),
                )
                .hint("copy the file into static/ instead of linking to it"),
            ),
            Err(_) => diagnostics.push(
                Diagnostic::error(paths.shown(path), "this symlink points to something that does not exist")
                    .hint("remove the link, or copy the file into static/"),
            ),
        }
    }
}
