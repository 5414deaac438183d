//! The look shared by reports and kits: paper, colours and type sizes.

use crate::model::choices::Paper;
use crate::present::site::BrandView;
use crate::render::pdf::draw::Rgb;
use crate::render::pdf::fonts::Weight;
use crate::render::pdf::text::Spec;

/// Page size in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaperSize {
    pub width: f32,
    pub height: f32,
}

impl PaperSize {
    pub fn of(paper: Paper) -> PaperSize {
        match paper {
            Paper::A4 => PaperSize { width: 595.28, height: 841.89 },
            Paper::Letter => PaperSize { width: 612.0, height: 792.0 },
        }
    }
}

/// Colours: the brand's, with text shades that read on white (from the site
/// view, which checks contrast), and neutral greys.
#[derive(Clone, Debug)]
pub struct Colors {
    pub primary: Rgb,
    pub accent: Rgb,
    /// Text on a primary-coloured ground.
    pub on_primary: Rgb,
    /// The primary colour dark enough for text on white.
    pub primary_text: Rgb,
    pub ink: Rgb,
    pub body: Rgb,
    pub muted: Rgb,
    pub line: Rgb,
    pub surface: Rgb,
    pub track: Rgb,
    pub white: Rgb,
    pub good: Rgb,
}

impl Colors {
    pub fn from_brand(brand: &BrandView) -> Colors {
        let or = |hex: &str, fallback: Rgb| Rgb::hex(hex).unwrap_or(fallback);
        Colors {
            primary: or(&brand.primary, Rgb(15, 118, 110)),
            accent: or(&brand.accent, Rgb(245, 158, 11)),
            on_primary: or(&brand.on_primary, Rgb(255, 255, 255)),
            primary_text: or(&brand.primary_text, Rgb(15, 23, 42)),
            ink: Rgb(15, 23, 42),
            body: Rgb(51, 65, 85),
            muted: Rgb(100, 116, 139),
            line: Rgb(226, 232, 240),
            surface: Rgb(248, 250, 252),
            track: Rgb(237, 241, 246),
            white: Rgb(255, 255, 255),
            good: Rgb(21, 128, 61),
        }
    }
}

pub const MARGIN_X: f32 = 48.0;

/// Type scale, in points.
pub const SMALL: Spec = Spec::new(Weight::Regular, 8.0);
pub const CAPTION: Spec = Spec::new(Weight::Regular, 7.5);
pub const LABEL: Spec = Spec::new(Weight::SemiBold, 7.0).tracked(0.06);
pub const H2: Spec = Spec::new(Weight::Bold, 15.0);
pub const H3: Spec = Spec::new(Weight::SemiBold, 11.0);

/// Labels set in capitals with a little tracking read as labels.
pub fn label(text: &str) -> String {
    text.to_uppercase()
}
