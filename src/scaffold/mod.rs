//! Scaffolding: `mediakit init` (a site that builds at once) and
//! `mediakit new creator|campaign NAME` (a commented template). Files are
//! planned first and written only when none of them exists, so nothing a
//! user wrote is ever overwritten.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::load::check_config::{PLACEHOLDER_BASE_URL, check_base_url};
use crate::load::theme;
use crate::model::schema::{self, Kind};
use crate::model::slug;
use crate::paths::{CAMPAIGNS_DIR, CREATORS_DIR, SitePaths, THEMES_DIR};

const SITE_CONFIG: &str = include_str!("templates/mediakit.yaml");
const NEW_CREATOR: &str = include_str!("templates/creator.yaml");
const NEW_CAMPAIGN: &str = include_str!("templates/campaign.yaml");
const SAMPLE_CREATORS: [(&str, &str); 2] = [
    ("maya-lopez", include_str!("templates/maya-lopez.yaml")),
    ("theo-park", include_str!("templates/theo-park.yaml")),
];
const SAMPLE_CAMPAIGN: (&str, &str) = ("summer-launch", include_str!("templates/summer-launch.yaml"));

const GITIGNORE: &str = "# Built by `mediakit build`; GitHub Pages builds it again from the sources.\npublic/\n# What a build keeps beside the output (its lock, its load cache).\n.public.mediakit-*\n";

/// One file to create, by its path relative to the site root.
#[derive(Clone, Debug)]
pub struct NewFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl NewFile {
    fn text(path: impl Into<String>, text: impl Into<String>) -> NewFile {
        NewFile { path: path.into(), bytes: text.into().into_bytes() }
    }
}

#[derive(Debug)]
pub enum ScaffoldError {
    /// Files that already exist; nothing was written.
    Exists(Vec<String>),
    /// A name or option that cannot be used, with what to do instead.
    Invalid(String),
    Io(String),
}

impl std::fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScaffoldError::Exists(files) => {
                let (list, verb) = match files.as_slice() {
                    [one] => (one.clone(), "exists"),
                    [first, rest @ ..] if rest.len() > 3 => (format!("{first} and {} more files", rest.len()), "exist"),
                    _ => (files.join(", "), "exist"),
                };
                write!(f, "{list} already {verb}; nothing was written")
            }
            ScaffoldError::Invalid(message) | ScaffoldError::Io(message) => f.write_str(message),
        }
    }
}

fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    pairs.iter().fold(template.to_string(), |text, (key, value)| text.replace(&format!("{{{{{key}}}}}"), value))
}

/// A value placed in a YAML template as a plain scalar or, when it needs it, quoted.
fn yaml_text(value: &str) -> String {
    let plain = !value.is_empty()
        && value.chars().all(|c| c.is_alphanumeric() || " .-'’&()".contains(c))
        && !value.starts_with(['-', '\'', ' ', '&'])
        && !value.ends_with(' ')
        && !matches!(value.to_ascii_lowercase().as_str(), "yes" | "no" | "true" | "false" | "null" | "on" | "off");
    if plain { value.to_string() } else { serde_json::to_string(value).unwrap_or_else(|_| "\"\"".to_string()) }
}

fn schema_file(kind: Kind) -> NewFile {
    NewFile::text(format!("{}/{}", schema::SITE_DIR, kind.file_name()), schema::to_text(&schema::schema(kind)))
}

/// The files of a new site: config, two sample creators, one campaign, the
/// schemas the modelines point at, and with `theme` a copy of that built-in
/// theme under `themes/NAME/` for editing. `base_url` is the address the site
/// will be published at; without it the config gets a placeholder that
/// `build` warns about until it is replaced.
pub fn init_plan(theme_name: Option<&str>, base_url: Option<&str>) -> Result<Vec<NewFile>, ScaffoldError> {
    let chosen = theme_name.unwrap_or(theme::FALLBACK);
    if !theme::is_builtin(chosen) {
        return Err(ScaffoldError::Invalid(format!(
            "`{chosen}` is not a built-in theme; choose one of: {}",
            theme::BUILTIN.join(", ")
        )));
    }
    let base_url = match base_url.map(str::trim) {
        Some(url) => {
            // Checked: no spaces, quotes or ` #`, so it reads as plain YAML.
            check_address(url).map_err(ScaffoldError::Invalid)?;
            url.to_string()
        }
        None => format!("{PLACEHOLDER_BASE_URL}   # <- replace with your address (mediakit build reminds you)"),
    };
    let mut files = vec![
        NewFile::text(
            crate::paths::CONFIG_FILE,
            fill(SITE_CONFIG, &[("title", "My media kits"), ("theme", chosen), ("base_url", &base_url)]),
        ),
        NewFile::text(".gitignore", GITIGNORE),
    ];
    for (slug, text) in SAMPLE_CREATORS {
        files.push(NewFile::text(format!("{CREATORS_DIR}/{slug}.yaml"), text));
    }
    files.push(NewFile::text(format!("{CAMPAIGNS_DIR}/{}.yaml", SAMPLE_CAMPAIGN.0), SAMPLE_CAMPAIGN.1));
    files.extend(Kind::ALL.into_iter().map(schema_file));
    if let Some(name) = theme_name {
        for (rel, bytes) in theme::builtin_resolved(name) {
            files.push(NewFile { path: format!("{THEMES_DIR}/{name}/{rel}"), bytes: bytes.to_vec() });
        }
    }
    Ok(files)
}

/// An address a site can be published at: absolute, as the sitemap needs.
pub fn check_address(url: &str) -> Result<(), String> {
    check_base_url(url)?;
    if url.trim().starts_with('/') {
        return Err(format!(
            "\"{url}\" is a path; give the full address the site is published at, e.g. https://you.github.io/kits"
        ));
    }
    Ok(())
}

/// The slug a name makes, or why it makes none.
pub fn slug_for(name: &str) -> Result<String, ScaffoldError> {
    let s = slug::slugify(name);
    if s.is_empty() {
        Err(ScaffoldError::Invalid(format!(
            "cannot make a file name from \"{}\": use Latin letters or digits (e.g. a transliteration), then set `name:` inside the file as you like",
            crate::model::values::clip(name)
        )))
    } else {
        Ok(s)
    }
}

/// A commented creator template under `content/creators/`.
pub fn new_creator_plan(paths: &SitePaths, name: &str) -> Result<Vec<NewFile>, ScaffoldError> {
    let slug = slug_for(name)?;
    let text = fill(NEW_CREATOR, &[("name", &yaml_text(name.trim())), ("slug", &slug)]);
    Ok(with_schema(paths, Kind::Creator, NewFile::text(format!("{CREATORS_DIR}/{slug}.yaml"), text)))
}

/// A commented campaign template under `content/campaigns/`, with the
/// site's first creator in it when there is one, so that it builds at once.
pub fn new_campaign_plan(paths: &SitePaths, name: &str) -> Result<Vec<NewFile>, ScaffoldError> {
    let slug = slug_for(name)?;
    let mut diagnostics = crate::diagnostics::Diagnostics::default();
    let first = crate::load::list_yaml_files(paths, &paths.creators(), &mut diagnostics)
        .and_then(|files| files.into_iter().next())
        .map(|(s, _)| s);
    let creator = match first {
        Some(s) => format!("  - creator: {s}                 # a profile slug (content/creators/{s}.yaml) …"),
        None => {
            "  - name: Creator name                # … or a creator without a profile\n    followers: 10000".to_string()
        }
    };
    let text = fill(NEW_CAMPAIGN, &[("name", &yaml_text(name.trim())), ("slug", &slug), ("creator", &creator)]);
    Ok(with_schema(paths, Kind::Campaign, NewFile::text(format!("{CAMPAIGNS_DIR}/{slug}.yaml"), text)))
}

/// Adds the schema a template's modeline points at, when the site lacks it.
fn with_schema(paths: &SitePaths, kind: Kind, file: NewFile) -> Vec<NewFile> {
    let mut files = vec![file];
    let schema = schema_file(kind);
    if !paths.root.join(&schema.path).exists() {
        files.push(schema);
    }
    files
}

/// Writes every planned file under `root`, or none when any already exists
/// (a `.yml` twin of a content file counts as existing).
pub fn write_all(root: &Path, files: &[NewFile]) -> Result<(), ScaffoldError> {
    let taken: Vec<String> = files
        .iter()
        .filter(|f| {
            let path = root.join(&f.path);
            let twin = f.path.strip_suffix(".yaml").map(|stem| root.join(format!("{stem}.yml")));
            fs::symlink_metadata(&path).is_ok() || twin.is_some_and(|t| t.exists())
        })
        .map(|f| f.path.clone())
        .collect();
    if !taken.is_empty() {
        return Err(ScaffoldError::Exists(taken));
    }
    for f in files {
        let path: PathBuf = root.join(&f.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| ScaffoldError::Io(format!("cannot create {}: {e}", parent.display())))?;
        }
        // create_new: a file that appeared since the check above is still not overwritten.
        let mut out = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| ScaffoldError::Io(format!("cannot create {}: {e}", f.path)))?;
        out.write_all(&f.bytes).map_err(|e| ScaffoldError::Io(format!("cannot write {}: {e}", f.path)))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_slugs_and_safe_yaml() {
        assert_eq!(slug_for("Zoë Kraus").unwrap(), "zoe-kraus");
        assert!(slug_for("李小龙").is_err());
        assert_eq!(yaml_text("Ava Chen"), "Ava Chen");
        assert_eq!(yaml_text("Ava: the return"), "\"Ava: the return\"");
        assert_eq!(yaml_text("yes"), "\"yes\"");
        assert_eq!(yaml_text("#1 fan"), "\"#1 fan\"");
    }

    #[test]
    fn init_refuses_unknown_themes_and_copies_known_ones() {
        assert!(matches!(init_plan(Some("nope"), None), Err(ScaffoldError::Invalid(_))));
        let files = init_plan(Some("creator"), None).unwrap();
        assert!(files.iter().any(|f| f.path == "themes/creator/templates/kit.html"));
        assert!(files.iter().any(|f| f.path == "themes/creator/static/css/theme.css"));
        let config = files.iter().find(|f| f.path == "mediakit.yaml").unwrap();
        assert!(String::from_utf8_lossy(&config.bytes).contains("theme: creator "));
    }

    #[test]
    fn init_writes_the_address_or_a_placeholder() {
        let config = |url| {
            let files = init_plan(None, url).unwrap();
            let config = files.into_iter().find(|f| f.path == "mediakit.yaml").unwrap();
            String::from_utf8(config.bytes).unwrap()
        };
        assert!(config(Some("https://ava.github.io/kits")).contains("\nbase_url: https://ava.github.io/kits\n"));
        assert!(config(None).contains(&format!("\nbase_url: {PLACEHOLDER_BASE_URL}   # <- replace")));
        assert!(matches!(init_plan(None, Some("/")), Err(ScaffoldError::Invalid(_))));
        assert!(matches!(init_plan(None, Some("ava.github.io")), Err(ScaffoldError::Invalid(_))));
    }
}
