//! The faces a PDF draws with, parsed once per process: Inter in four styles;
//! for the CJK characters Inter lacks, Droid Sans Fallback (Apache 2.0, see
//! fonts/DroidSansFallback-LICENSE.txt); and Noto Sans Arabic, Hebrew,
//! Devanagari and Thai (regular and bold) and Noto Emoji for the scripts
//! and symbols neither has (SIL OFL 1.1, fonts/Noto*-OFL.txt). Every face
//! but Inter is parsed only the first time a document needs it, and krilla
//! embeds only the glyphs a document uses.

use std::sync::{Arc, OnceLock};

use krilla::text::Font;
use rustybuzz::ttf_parser::Tag;
use rustybuzz::{Direction, Feature, ShapePlan, script};

use crate::fonts;

pub static FALLBACK: &[u8] = fonts::CJK;

/// A face for a script Inter does not cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    Arabic,
    Hebrew,
    Devanagari,
    Thai,
    Emoji,
}

impl Script {
    pub const ALL: [Script; 5] = [Script::Arabic, Script::Hebrew, Script::Devanagari, Script::Thai, Script::Emoji];

    /// The regular and bold files (the emoji face has one weight).
    fn files(self) -> (&'static [u8], &'static [u8]) {
        match self {
            Script::Arabic => (fonts::ARABIC, fonts::ARABIC_BOLD),
            Script::Hebrew => (fonts::HEBREW, fonts::HEBREW_BOLD),
            Script::Devanagari => (fonts::DEVANAGARI, fonts::DEVANAGARI_BOLD),
            Script::Thai => (fonts::THAI, fonts::THAI_BOLD),
            Script::Emoji => (fonts::EMOJI, fonts::EMOJI),
        }
    }

    pub fn script(self) -> rustybuzz::Script {
        match self {
            Script::Arabic => script::ARABIC,
            Script::Hebrew => script::HEBREW,
            Script::Devanagari => script::DEVANAGARI,
            Script::Thai => script::THAI,
            Script::Emoji => script::COMMON,
        }
    }

    /// Whether the face is drawn in this weight (semibold as bold, italic as regular).
    pub fn bold(weight: Weight) -> bool {
        matches!(weight, Weight::Bold | Weight::SemiBold)
    }

    /// Whether `c` is this face's to draw (its block, and the face has it).
    fn covers(self, c: char) -> bool {
        let u = c as u32;
        let in_block = match self {
            Script::Arabic => {
                matches!(u, 0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
            }
            Script::Hebrew => matches!(u, 0x0590..=0x05FF | 0xFB1D..=0xFB4F),
            Script::Devanagari => matches!(u, 0x0900..=0x097F | 0x1CD0..=0x1CFF | 0xA8E0..=0xA8FF),
            Script::Thai => matches!(u, 0x0E00..=0x0E7F),
            Script::Emoji => true,
        };
        in_block && cmap(self).is_some_and(|f| f.glyph_index(c).is_some())
    }
}

/// The regular face's character map, read without building the krilla font.
fn cmap(s: Script) -> Option<&'static rustybuzz::Face<'static>> {
    static MAPS: OnceLock<Vec<Option<rustybuzz::Face<'static>>>> = OnceLock::new();
    let maps = MAPS.get_or_init(|| Script::ALL.iter().map(|s| rustybuzz::Face::from_slice(s.files().0, 0)).collect());
    maps[Script::ALL.iter().position(|x| *x == s)?].as_ref()
}

/// The script face that draws `c`, if one does.
pub fn script_for(c: char) -> Option<Script> {
    if (c as u32) < 0x0590 {
        return None;
    }
    Script::ALL.into_iter().find(|s| s.covers(c))
}

/// A script face in a weight, parsed on first use.
pub fn script_face(s: Script, bold: bool) -> Option<&'static Face> {
    static FACES: OnceLock<Vec<OnceLock<Option<Face>>>> = OnceLock::new();
    let faces = FACES.get_or_init(|| (0..Script::ALL.len() * 2).map(|_| OnceLock::new()).collect());
    let i = Script::ALL.iter().position(|x| *x == s)? * 2 + usize::from(bold);
    faces[i]
        .get_or_init(|| {
            let (regular, heavy) = s.files();
            Face::parse(if bold { heavy } else { regular }, s.script())
        })
        .as_ref()
}

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
    script: rustybuzz::Script,
    /// Right-to-left plans with the font's default features, made the first
    /// time right-to-left text is set in the face.
    rtl: OnceLock<ShapePlan>,
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
        Some(Face { font, shaper, plans, units_per_em, script, rtl: OnceLock::new() })
    }

    /// The plan for right-to-left text in this face.
    pub fn rtl_plan(&self) -> &ShapePlan {
        self.rtl.get_or_init(|| ShapePlan::new(&self.shaper, Direction::RightToLeft, Some(self.script), None, &[]))
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
        for data in [
            fonts::REGULAR,
            fonts::ITALIC,
            fonts::SEMIBOLD,
            fonts::BOLD,
            FALLBACK,
            fonts::ARABIC,
            fonts::ARABIC_BOLD,
            fonts::HEBREW,
            fonts::HEBREW_BOLD,
            fonts::DEVANAGARI,
            fonts::DEVANAGARI_BOLD,
            fonts::THAI,
            fonts::THAI_BOLD,
            fonts::EMOJI,
        ] {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(data)));
        }
        db.set_sans_serif_family(fonts::FAMILY);
        db.set_serif_family(fonts::FAMILY);
        Arc::new(db)
    })
    .clone()
}
