//! The units of a build: the pieces of output that are rendered, kept or
//! dropped together, each with the files it makes. The pipeline is the only
//! place that knows them; `build` and `serve` both go through it.
//!
//! | unit | files |
//! |---|---|
//! | `assets` | the theme's stylesheets and fonts, the favicon |
//! | `static:<path>` | one file of `static/`, copied |
//! | `creator:<slug>` | media kit, rate card, `data.json`, `media-kit.pdf` |
//! | `campaign:<slug>` | report page, `data.json`, `report.pdf` |
//! | `list:<path>` | one page of a listing: `page/2/`, `niches/<term>/`, `niches/<term>/page/2/`, … |
//! | `brand:<slug>` | a brand's rollup page, its `data.json` and link-preview card |
//! | `index` | the roster's first page, the lists of terms, brands and campaigns, the site's card `card.png`, `creators/index.json`, `sitemap.xml`, `404.html`, `.nojekyll` |

use std::collections::HashMap;

use crate::pipeline::keys::Key;
use crate::write::Layer;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    Assets,
    Static(String),
    Creator(String),
    Campaign(String),
    Index,
    /// One page of a listing, by its output folder.
    List(String),
    Brand(String),
}

impl Unit {
    /// The unit's name in the manifest.
    pub fn name(&self) -> String {
        match self {
            Unit::Assets => "assets".to_string(),
            Unit::Static(path) => format!("static:{path}"),
            Unit::Creator(slug) => format!("creator:{slug}"),
            Unit::Campaign(slug) => format!("campaign:{slug}"),
            Unit::Index => "index".to_string(),
            Unit::List(path) => format!("list:{path}"),
            Unit::Brand(slug) => format!("brand:{slug}"),
        }
    }

    pub fn parse(name: &str) -> Option<Unit> {
        match name.split_once(':') {
            None if name == "assets" => Some(Unit::Assets),
            None if name == "index" => Some(Unit::Index),
            Some(("static", path)) => Some(Unit::Static(path.to_string())),
            Some(("creator", slug)) => Some(Unit::Creator(slug.to_string())),
            Some(("campaign", slug)) => Some(Unit::Campaign(slug.to_string())),
            Some(("list", path)) => Some(Unit::List(path.to_string())),
            Some(("brand", slug)) => Some(Unit::Brand(slug.to_string())),
            _ => None,
        }
    }

    /// Which of two files at the same path wins (see [`Layer`]).
    pub fn layer(&self) -> Layer {
        match self {
            Unit::Assets => Layer::Asset,
            Unit::Static(_) => Layer::Static,
            Unit::Creator(_) | Unit::Campaign(_) | Unit::Index | Unit::List(_) | Unit::Brand(_) => Layer::Page,
        }
    }

    /// Theme assets and `static/` are written before any page, which may
    /// replace one of them.
    pub fn is_fixed(&self) -> bool {
        matches!(self, Unit::Assets | Unit::Static(_))
    }
}

/// What one unit made, and from what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Produced {
    pub key: Key,
    pub files: Vec<String>,
}

/// What each unit of an output was made from and made: the build's
/// manifest, or what `serve` holds in memory.
pub type Ledger = HashMap<Unit, Produced>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for unit in [
            Unit::Assets,
            Unit::Index,
            Unit::Static("css/custom.css".into()),
            Unit::Creator("ava".into()),
            Unit::Campaign("spring".into()),
            Unit::List("niches/food/page/2/".into()),
            Unit::Brand("lumen".into()),
        ] {
            assert_eq!(Unit::parse(&unit.name()), Some(unit));
        }
        assert_eq!(Unit::parse("nonsense"), None);
    }
}
