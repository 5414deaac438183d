//! The one font family the project ships (Inter, SIL OFL 1.1; see fonts/OFL.txt),
//! embedded so that no build needs system fonts or the network.

use std::sync::Once;

pub const FAMILY: &str = "Inter";

pub static REGULAR: &[u8] = include_bytes!("../fonts/Inter-Regular.otf");
pub static ITALIC: &[u8] = include_bytes!("../fonts/Inter-Italic.otf");
pub static SEMIBOLD: &[u8] = include_bytes!("../fonts/Inter-SemiBold.otf");
pub static BOLD: &[u8] = include_bytes!("../fonts/Inter-Bold.otf");

/// Files written to `fonts/` in the output for the pages' `@font-face` rules:
/// WOFF2 copies of the same faces, cut to Latin, Greek and Cyrillic, so a page
/// loads about 80 KB per face instead of 260 KB (browsers fall back for the rest).
pub const WEB_FILES: [(&str, &[u8]); 5] = [
    ("fonts/Inter-Regular.woff2", include_bytes!("../fonts/web/Inter-Regular.woff2")),
    ("fonts/Inter-Italic.woff2", include_bytes!("../fonts/web/Inter-Italic.woff2")),
    ("fonts/Inter-SemiBold.woff2", include_bytes!("../fonts/web/Inter-SemiBold.woff2")),
    ("fonts/Inter-Bold.woff2", include_bytes!("../fonts/web/Inter-Bold.woff2")),
    ("fonts/Inter-OFL.txt", include_bytes!("../fonts/OFL.txt")),
];

/// Registers the font with plotters once, so chart text is measured with the
/// same metrics the browser and the PDF use.
pub fn register_with_plotters() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use plotters::style::{FontStyle, register_font};
        // The bytes are a known-good embedded font; failure would be a packaging bug
        // and is answered by falling back to estimated metrics.
        let _ = register_font(FAMILY, FontStyle::Normal, REGULAR);
        let _ = register_font(FAMILY, FontStyle::Bold, BOLD);
        let _ = register_font(FAMILY, FontStyle::Italic, ITALIC);
    });
}

/// Width in pixels of `text` set in Inter at `px`, for laying out chart labels.
pub fn text_width(text: &str, px: f64, bold: bool) -> f64 {
    use ab_glyph::{Font, FontRef, ScaleFont};
    use std::sync::OnceLock;
    static FONTS: OnceLock<Option<(FontRef<'static>, FontRef<'static>)>> = OnceLock::new();
    let fonts =
        FONTS.get_or_init(|| Some((FontRef::try_from_slice(REGULAR).ok()?, FontRef::try_from_slice(BOLD).ok()?)));
    match fonts {
        Some((regular, heavy)) => {
            let font = if bold { heavy } else { regular };
            // ab_glyph scales by ascent-to-descent height; CSS font sizes are in ems.
            let em = font.units_per_em().unwrap_or(1000.0);
            let scaled = font.as_scaled(px as f32 * font.height_unscaled() / em);
            let mut width = 0.0f32;
            let mut previous = None;
            for ch in text.chars() {
                let id = font.glyph_id(ch);
                if let Some(prev) = previous {
                    width += scaled.kern(prev, id);
                }
                width += scaled.h_advance(id);
                previous = Some(id);
            }
            f64::from(width)
        }
        // Average Inter advance is about 0.55 em.
        None => text.chars().count() as f64 * px * 0.55,
    }
}

/// `text` shortened with "…" to fit `max` pixels.
pub fn fit_text(text: &str, px: f64, bold: bool, max: f64) -> String {
    if text_width(text, px, bold) <= max {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut keep = chars.len();
    while keep > 0 {
        keep -= 1;
        let candidate: String = chars[..keep].iter().collect::<String>().trim_end().to_string() + "…";
        if text_width(&candidate, px, bold) <= max {
            return candidate;
        }
    }
    "…".to_string()
}
