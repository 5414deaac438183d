//! Themes: the built-in ones embedded in the binary, overlaid file by file
//! with a site's own `themes/NAME/` folder.
//!
//! `studio` holds every template and the shared stylesheets; `creator` and
//! `agency` are layers over it that replace its look (`css/theme.css`, fonts)
//! and whatever templates they need to. A site theme is one more layer on top:
//! over the built-in theme of the same name, or over `studio` for a new name.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::paths::SitePaths;

include!(concat!(env!("OUT_DIR"), "/embedded_themes.rs"));

/// A theme file larger than this (a font is a few hundred kilobytes) is
/// refused rather than held in memory for every build.
const MAX_THEME_FILE: u64 = 64 * 1024 * 1024;

/// Built-in theme names, with a line on what each looks like.
pub const BUILTIN: &[&str] = &["studio", "creator", "agency"];

pub const DESCRIPTIONS: &[(&str, &str)] = &[
    ("studio", "clean and airy: white cards, soft shadows, brand colours as accents"),
    ("creator", "bold and colourful: big display type, full-bleed brand colour, punchy blocks"),
    ("agency", "sober and dense: serif headings, hairline rules, an editorial grid"),
];

/// The built-in theme every other theme is layered on.
pub const FALLBACK: &str = "studio";

pub fn is_builtin(name: &str) -> bool {
    BUILTIN.contains(&name)
}

pub fn exists(name: &str, paths: &SitePaths) -> bool {
    is_builtin(name) || (crate::model::slug::is_slug(name) && paths.themes().join(name).is_dir())
}

/// A resolved theme: templates by name and static files by output path.
#[derive(Clone, Debug, Default)]
pub struct Theme {
    pub name: String,
    /// `kit.html` → source. Built-in originals are also under `original/kit.html`
    /// so that an override can extend the file it replaces.
    pub templates: BTreeMap<String, String>,
    /// `css/theme.css` → bytes, copied into the output.
    pub static_files: BTreeMap<String, Vec<u8>>,
}

fn builtin_files(theme: &str) -> impl Iterator<Item = (&'static str, &'static [u8])> + '_ {
    THEME_FILES.iter().filter_map(move |(path, bytes)| {
        let rest = path.strip_prefix(theme)?.strip_prefix('/')?;
        Some((rest, *bytes))
    })
}

/// Every file of a built-in theme with its layers resolved, by path inside
/// the theme folder (`templates/kit.html`, `static/css/theme.css`). This is
/// what `mediakit init --theme NAME` copies out for editing.
pub fn builtin_resolved(name: &str) -> BTreeMap<String, &'static [u8]> {
    let mut files = BTreeMap::new();
    let layers: &[&str] = if name == FALLBACK { &[FALLBACK] } else { &[FALLBACK, name] };
    for layer in layers {
        for (rel, bytes) in builtin_files(layer) {
            files.insert(rel.to_string(), bytes);
        }
    }
    files
}

pub fn load(name: &str, paths: &SitePaths) -> Result<Theme, Diagnostic> {
    let base = if is_builtin(name) { name } else { FALLBACK };
    let mut theme = Theme { name: name.to_string(), ..Theme::default() };
    for (rel, bytes) in builtin_resolved(base) {
        if let Some(tpl) = rel.strip_prefix("templates/") {
            let text = String::from_utf8_lossy(bytes).into_owned();
            // Components are global in tera, so a second copy would clash;
            // an override redefines them by replacing the file instead.
            if !text.contains("{% component") {
                theme.templates.insert(format!("original/{tpl}"), text.clone());
            }
            theme.templates.insert(tpl.to_string(), text);
        } else if let Some(file) = rel.strip_prefix("static/") {
            theme.static_files.insert(file.to_string(), bytes.to_vec());
        }
    }
    let site_theme = paths.themes().join(name);
    if site_theme.is_dir() {
        for (key, bytes) in read_folder(&site_theme.join("templates"), paths)? {
            let text = String::from_utf8(bytes).map_err(|_| {
                Diagnostic::error(format!("themes/{name}/templates/{key}"), "a template must be UTF-8 text")
            })?;
            theme.templates.insert(key, text);
        }
        for (key, bytes) in read_folder(&site_theme.join("static"), paths)? {
            theme.static_files.insert(key, bytes);
        }
    }
    Ok(theme)
}

/// Every file of a site theme folder as (path inside the folder, bytes).
fn read_folder(dir: &Path, paths: &SitePaths) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    let root = paths.root.canonicalize().unwrap_or_else(|_| paths.root.clone());
    for entry in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let entry = entry.map_err(|e| Diagnostic::error(paths.shown(dir), format!("cannot read the theme: {e}")))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_dir() || crate::paths::is_scratch_file(&name) {
            continue;
        }
        let shown = paths.shown(path);
        let real = path.canonicalize().map_err(|e| Diagnostic::error(shown.clone(), format!("cannot read: {e}")))?;
        if !real.starts_with(&root) {
            return Err(Diagnostic::error(shown, "this file leads outside the site folder through a symlink")
                .hint("copy the template or asset into the theme folder instead of linking to it"));
        }
        if real.is_dir() {
            continue;
        }
        let key = path
            .strip_prefix(dir)
            .map(|p| p.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/"))
            .unwrap_or_default();
        let bytes = crate::paths::read_regular(path, MAX_THEME_FILE).map_err(|e| {
            if e.kind() == std::io::ErrorKind::InvalidInput {
                Diagnostic::error(shown, e.to_string())
                    .hint("a theme holds templates and assets; remove it or replace it with an ordinary file")
            } else {
                Diagnostic::error(shown, format!("cannot read: {e}"))
            }
        })?;
        out.push((key, bytes));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_theme_has_templates_and_its_own_stylesheet() {
        let studio_css = builtin_resolved(FALLBACK).get("static/css/theme.css").copied();
        for name in BUILTIN {
            let files = builtin_resolved(name);
            for tpl in ["base.html", "kit.html", "rates.html", "report.html", "roster.html", "404.html"] {
                assert!(files.contains_key(&format!("templates/{tpl}")), "{name} lacks {tpl}");
            }
            let css = files.get("static/css/theme.css").copied();
            assert!(css.is_some(), "{name} lacks css/theme.css");
            if *name != FALLBACK {
                assert_ne!(css, studio_css, "{name} must have a look of its own");
            }
            assert!(DESCRIPTIONS.iter().any(|(n, _)| n == name));
        }
    }
}
