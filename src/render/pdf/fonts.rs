//! The faces a PDF draws with, parsed once per process: Inter in four styles
//! and, for the CJK characters Inter lacks, Droid Sans Fallback (Apache 2.0,
//! see fonts/DroidSansFallback-LICENSE.txt). The fallback is parsed only the
//! first time a document needs it.

use std::sync::{Arc, OnceLock};

use krilla::text::Font;
use rustybuzz::ttf_parser::Tag;
use rustybuzz::{Direction, Feature, ShapePlan, script};

use crate::fonts;

pub static FALLBACK: &[u8] = include_bytes!("../../../fonts/DroidSansFallback.ttf");

/// A typeface style of the document text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Italic,
    SemiBold,
    Bold,
}

/// One parsed face: what krilla embeds, what rustybuzz shapes with, and
/// shaping plans made once (plans are slow to build).
pub struct Face {
    pub font: Font,
    pub shaper: rustybuzz::Face<'static>,
    pub plans: Plans,
    pub units_per_em: f32,
}

/// Plans with and without tabular figures (numbers in a column line up),
/// each in two kinds: `full` for text with combining marks, and `lean` for
/// the rest, which skips glyph composition (`ccmp`) that such text does not
/// need and shapes about twice as fast. Both leave out contextual
/// alternates and ligatures, which report text has no use for.
pub struct Plans {
    /// The font's default features, for text set as a browser would.
    pub default: ShapePlan,
    pub full: ShapePlan,
    pub lean: ShapePlan,
    pub full_tabular: ShapePlan,
    pub lean_tabular: ShapePlan,
}

impl Plans {
    fn new(shaper: &rustybuzz::Face<'_>, script: rustybuzz::Script) -> Plans {
        let off = |tag: &[u8; 4]| Feature::new(Tag::from_bytes(tag), 0, ..);
        let tnum = Feature::new(Tag::from_bytes(b"tnum"), 1, ..);
        let plan = |features: &[Feature]| ShapePlan::new(shaper, Direction::LeftToRight, Some(script), None, features);
        Plans {
            default: plan(&[]),
            full: plan(&[off(b"calt"), off(b"liga")]),
            lean: plan(&[off(b"calt"), off(b"liga"), off(b"ccmp")]),
            full_tabular: plan(&[off(b"calt"), off(b"liga"), tnum]),
            lean_tabular: plan(&[off(b"calt"), off(b"liga"), off(b"ccmp"), tnum]),
        }
    }

    pub fn pick(&self, tabular: bool, marks: bool) -> &ShapePlan {
        match (tabular, marks) {
            (false, true) => &self.full,
            (false, false) => &self.lean,
            (true, true) => &self.full_tabular,
            (true, false) => &self.lean_tabular,
        }
    }
}

impl Face {
    fn parse(data: &'static [u8], script: rustybuzz::Script) -> Option<Face> {
        let shaper = rustybuzz::Face::from_slice(data, 0)?;
        let plans = Plans::new(&shaper, script);
        let font = Font::new(data.into(), 0)?;
        let units_per_em = shaper.units_per_em() as f32;
        Some(Face { font, shaper, plans, units_per_em })
    }

    pub fn has_char(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }
}

struct Inter {
    regular: Face,
    italic: Face,
    semibold: Face,
    bold: Face,
}

fn inter() -> Option<&'static Inter> {
    static INTER: OnceLock<Option<Inter>> = OnceLock::new();
    INTER
        .get_or_init(|| {
            Some(Inter {
                regular: Face::parse(fonts::REGULAR, script::LATIN)?,
                italic: Face::parse(fonts::ITALIC, script::LATIN)?,
                semibold: Face::parse(fonts::SEMIBOLD, script::LATIN)?,
                bold: Face::parse(fonts::BOLD, script::LATIN)?,
            })
        })
        .as_ref()
}

/// The Inter face of a weight; `None` only if the embedded fonts are broken.
pub fn face(weight: Weight) -> Option<&'static Face> {
    let inter = inter()?;
    Some(match weight {
        Weight::Regular => &inter.regular,
        Weight::Italic => &inter.italic,
        Weight::SemiBold => &inter.semibold,
        Weight::Bold => &inter.bold,
    })
}

/// Whether the fallback covers `c`, read from its character map without
/// building the krilla font (which hashes all 3 MB).
pub fn fallback_has(c: char) -> bool {
    static CMAP: OnceLock<Option<rustybuzz::Face<'static>>> = OnceLock::new();
    CMAP.get_or_init(|| rustybuzz::Face::from_slice(FALLBACK, 0)).as_ref().is_some_and(|f| f.glyph_index(c).is_some())
}

pub fn fallback() -> Option<&'static Face> {
    static FACE: OnceLock<Option<Face>> = OnceLock::new();
    FACE.get_or_init(|| Face::parse(FALLBACK, script::HAN)).as_ref()
}

/// The fonts chart SVGs may use, for usvg: Inter, then the fallback. System
/// fonts are never loaded, so a chart looks the same on every machine.
pub fn svg_fonts() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for data in [fonts::REGULAR, fonts::ITALIC, fonts::SEMIBOLD, fonts::BOLD, FALLBACK] {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(data)));
        }
        db.set_sans_serif_family(fonts::FAMILY);
        db.set_serif_family(fonts::FAMILY);
        Arc::new(db)
    })
    .clone()
}
