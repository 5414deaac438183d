//! Where figures come from besides the YAML: a platform's own analytics
//! export (`import:` on a creator's platform) and the spreadsheets of a
//! campaign (`posts_from:`). The model holds what the YAML says; the load
//! stage reads the files (`load::import`).

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::model::values::{Date, OrderedMap, clip};

/// A file or folder inside the site, written relative to its root
/// (`data/ava/tiktok/`). Never absolute, never `..`: an input is part of the
/// site like any other.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DataPath(pub String);

impl DataPath {
    /// The path as `SitePaths::shown` writes it: no trailing slash, no `./`.
    pub fn shown(&self) -> String {
        self.0.split('/').filter(|p| !p.is_empty() && *p != ".").collect::<Vec<_>>().join("/")
    }
}

pub fn check_data_path(text: &str) -> Result<String, String> {
    let t = text.trim();
    let parts: Vec<&str> = t.split('/').filter(|p| !p.is_empty() && *p != ".").collect();
    let bad = t.is_empty()
        || parts.is_empty()
        || t.starts_with('/')
        || t.contains('\\')
        || t.contains(':')
        || parts.contains(&"..")
        || t.chars().any(char::is_control);
    if bad {
        Err(format!(
            "expected a path inside the site folder, like data/ava-chen/tiktok/ (no leading /, no ..), found \"{}\"",
            clip(t)
        ))
    } else {
        Ok(t.to_string())
    }
}

impl<'de> Deserialize<'de> for DataPath {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        check_data_path(&text).map(DataPath).map_err(de::Error::custom)
    }
}

/// `import:` on a platform: the export as a path, or `{path, columns}` to
/// map the headers of a layout mediakit does not know.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum ImportSpec {
    /// A folder, a `.zip`, or one file, exactly as the platform exported it.
    Path(DataPath),
    Table(ImportTable),
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportTable {
    pub path: DataPath,
    /// Header of the export → mediakit field (`date`, `url`, `likes`,
    /// `comments`, `shares`, `saves`, `views`, `reach`, `impressions`,
    /// `clicks`, `followers`).
    #[serde(default)]
    pub columns: OrderedMap<String>,
    /// The sheet of a spreadsheet to read (the first by default).
    pub sheet: Option<String>,
}

impl ImportSpec {
    pub fn path(&self) -> &DataPath {
        match self {
            ImportSpec::Path(p) => p,
            ImportSpec::Table(t) => &t.path,
        }
    }

    pub fn columns(&self) -> Option<&OrderedMap<String>> {
        match self {
            ImportSpec::Table(t) if !t.columns.is_empty() => Some(&t.columns),
            _ => None,
        }
    }

    pub fn sheet(&self) -> Option<&str> {
        match self {
            ImportSpec::Table(t) => t.sheet.as_deref(),
            ImportSpec::Path(_) => None,
        }
    }
}

impl<'de> Deserialize<'de> for ImportSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ImportSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a path like data/ava-chen/tiktok/, or {path: ..., columns: {...}}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ImportSpec, E> {
                check_data_path(v).map(|p| ImportSpec::Path(DataPath(p))).map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ImportSpec, A::Error> {
                ImportTable::deserialize(de::value::MapAccessDeserializer::new(map)).map(ImportSpec::Table)
            }
        }
        d.deserialize_any(V)
    }
}

/// One spreadsheet a campaign takes posts from.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PostsSource {
    /// A `.csv`, `.tsv` or `.xlsx` file inside the site.
    pub file: DataPath,
    /// The sheet of a workbook (the first by default).
    pub sheet: Option<String>,
    /// Header of the sheet → post field (`creator`, `platform`, `format`,
    /// `date`, `url`, `followers`, `reach`, `impressions`, `views`, `likes`,
    /// `comments`, `shares`, `saves`, `clicks`, `conversions`, `revenue`,
    /// `promo_code`).
    #[serde(default)]
    pub columns: OrderedMap<String>,
}

/// `posts_from:` — one file, a `{file, sheet, columns}` map, or a list of
/// either.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
#[serde(transparent)]
pub struct PostsFrom(#[schemars(with = "OneOrMany")] pub Vec<PostsSource>);

/// The shapes `posts_from:` accepts, for the schema.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum OneOrMany {
    One(SourceShape),
    Many(Vec<SourceShape>),
}

#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum SourceShape {
    File(String),
    Source(PostsSource),
}

fn source_of<'de, D: Deserializer<'de>>(d: D) -> Result<PostsSource, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = PostsSource;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a file like data/posts.csv, or {file: ..., sheet: ..., columns: {...}}")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<PostsSource, E> {
            check_data_path(v)
                .map(|p| PostsSource { file: DataPath(p), sheet: None, columns: OrderedMap::default() })
                .map_err(E::custom)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<PostsSource, A::Error> {
            PostsSource::deserialize(de::value::MapAccessDeserializer::new(map))
        }
    }
    d.deserialize_any(V)
}

struct One(PostsSource);

impl<'de> Deserialize<'de> for One {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        source_of(d).map(One)
    }
}

impl<'de> Deserialize<'de> for PostsFrom {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = PostsFrom;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a file like data/posts.csv, a {file, sheet, columns} map, or a list of them")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PostsFrom, E> {
                source_of(de::value::StrDeserializer::new(v)).map(|s| PostsFrom(vec![s]))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<PostsFrom, A::Error> {
                PostsSource::deserialize(de::value::MapAccessDeserializer::new(map)).map(|s| PostsFrom(vec![s]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<PostsFrom, A::Error> {
                let mut out = Vec::new();
                while let Some(One(s)) = seq.next_element()? {
                    out.push(s);
                }
                Ok(PostsFrom(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// Where a platform's figures came from, as the kit says it: filled in by
/// the load stage when it reads an export, never written in YAML.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Provenance {
    /// "TikTok Studio export".
    pub source: String,
    /// The file or folder, as the site names it.
    pub path: String,
    /// The last date the export covers.
    pub through: Option<Date>,
    /// How dates without a year were given one, when they were.
    pub years: Option<YearsFrom>,
}

/// What the years of dates written without one were counted back from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum YearsFrom {
    /// The profile's `as_of`.
    AsOf(Date),
    /// A date in a file's name.
    FileName(Date),
    /// The latest full date elsewhere in the export.
    ExportDates(Date),
}
