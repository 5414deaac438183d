//! The one font family the project ships (Inter, SIL OFL 1.1; see fonts/OFL.txt),
//! embedded so that no build needs system fonts or the network.

use std::sync::Once;

pub const FAMILY: &str = "Inter";

pub static REGULAR: &[u8] = include_bytes!("../fonts/Inter-Regular.otf");
pub static ITALIC: &[u8] = include_bytes!("../fonts/Inter-Italic.otf");
pub static SEMIBOLD: &[u8] = include_bytes!("../fonts/Inter-SemiBold.otf");
pub static BOLD: &[u8] = include_bytes!("../fonts/Inter-Bold.otf");

/// Noto faces (SIL OFL 1.1; fonts/Noto*-OFL.txt) for the scripts Inter does
/// not cover, and Noto Emoji (monochrome) for emoji.
pub static ARABIC: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
pub static ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");
pub static HEBREW: &[u8] = include_bytes!("../fonts/NotoSansHebrew-Regular.ttf");
pub static HEBREW_BOLD: &[u8] = include_bytes!("../fonts/NotoSansHebrew-Bold.ttf");
pub static DEVANAGARI: &[u8] = include_bytes!("../fonts/NotoSansDevanagari-Regular.ttf");
pub static DEVANAGARI_BOLD: &[u8] = include_bytes!("../fonts/NotoSansDevanagari-Bold.ttf");
pub static THAI: &[u8] = include_bytes!("../fonts/NotoSansThai-Regular.ttf");
pub static THAI_BOLD: &[u8] = include_bytes!("../fonts/NotoSansThai-Bold.ttf");
pub static EMOJI: &[u8] = include_bytes!("../fonts/NotoEmoji-Regular.ttf");

/// Droid Sans Fallback (Apache 2.0), for CJK characters in PDFs.
pub static CJK: &[u8] = include_bytes!("../fonts/DroidSansFallback.ttf");

/// The family name pages use for those faces (see the theme's base.css).
pub const SCRIPTS_FAMILY: &str = "Mediakit Scripts";

/// Files written to `fonts/` in the output for the pages' `@font-face` rules:
/// WOFF2 copies of the same faces, cut to Latin, Greek and Cyrillic, so a page
/// loads about 80 KB per face instead of 260 KB (browsers fall back for the rest).
///
/// The Noto faces follow, as WOFF2 cut to their script (emoji to emoji),
/// each under a `unicode-range`: a page downloads one only when its text
/// has a character of that script.
pub const WEB_FILES: [(&str, &[u8]); 19] = [
    ("fonts/Inter-Regular.woff2", include_bytes!("../fonts/web/Inter-Regular.woff2")),
    ("fonts/Inter-Italic.woff2", include_bytes!("../fonts/web/Inter-Italic.woff2")),
    ("fonts/Inter-SemiBold.woff2", include_bytes!("../fonts/web/Inter-SemiBold.woff2")),
    ("fonts/Inter-Bold.woff2", include_bytes!("../fonts/web/Inter-Bold.woff2")),
    ("fonts/Inter-OFL.txt", include_bytes!("../fonts/OFL.txt")),
    ("fonts/NotoSansArabic-Regular.woff2", include_bytes!("../fonts/web/NotoSansArabic-Regular.woff2")),
    ("fonts/NotoSansArabic-Bold.woff2", include_bytes!("../fonts/web/NotoSansArabic-Bold.woff2")),
    ("fonts/NotoSansArabic-OFL.txt", include_bytes!("../fonts/NotoSansArabic-OFL.txt")),
    ("fonts/NotoSansHebrew-Regular.woff2", include_bytes!("../fonts/web/NotoSansHebrew-Regular.woff2")),
    ("fonts/NotoSansHebrew-Bold.woff2", include_bytes!("../fonts/web/NotoSansHebrew-Bold.woff2")),
    ("fonts/NotoSansHebrew-OFL.txt", include_bytes!("../fonts/NotoSansHebrew-OFL.txt")),
    ("fonts/NotoSansDevanagari-Regular.woff2", include_bytes!("../fonts/web/NotoSansDevanagari-Regular.woff2")),
    ("fonts/NotoSansDevanagari-Bold.woff2", include_bytes!("../fonts/web/NotoSansDevanagari-Bold.woff2")),
    ("fonts/NotoSansDevanagari-OFL.txt", include_bytes!("../fonts/NotoSansDevanagari-OFL.txt")),
    ("fonts/NotoSansThai-Regular.woff2", include_bytes!("../fonts/web/NotoSansThai-Regular.woff2")),
    ("fonts/NotoSansThai-Bold.woff2", include_bytes!("../fonts/web/NotoSansThai-Bold.woff2")),
    ("fonts/NotoSansThai-OFL.txt", include_bytes!("../fonts/NotoSansThai-OFL.txt")),
    ("fonts/NotoEmoji-Regular.woff2", include_bytes!("../fonts/web/NotoEmoji-Regular.woff2")),
    ("fonts/NotoEmoji-OFL.txt", include_bytes!("../fonts/NotoEmoji-OFL.txt")),
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

/// Width in pixels of `text` set in Inter at `px`, for laying out chart
/// labels; characters Inter lacks are measured in the face that draws them
/// (Noto for Arabic, Hebrew, Devanagari, Thai and emoji, Droid for CJK).
pub fn text_width(text: &str, px: f64, bold: bool) -> f64 {
    use ab_glyph::{Font, FontRef, ScaleFont};
    use std::sync::OnceLock;
    static FONTS: OnceLock<Option<(FontRef<'static>, FontRef<'static>)>> = OnceLock::new();
    static OTHERS: OnceLock<Vec<FontRef<'static>>> = OnceLock::new();
    let fonts =
        FONTS.get_or_init(|| Some((FontRef::try_from_slice(REGULAR).ok()?, FontRef::try_from_slice(BOLD).ok()?)));
    match fonts {
        Some((regular, heavy)) => {
            let font = if bold { heavy } else { regular };
            let em = font.units_per_em().unwrap_or(1000.0);
            // ab_glyph scales by ascent-to-descent height; CSS font sizes are in ems.
            let scaled = font.as_scaled(px as f32 * font.height_unscaled() / em);
            let mut width = 0.0f32;
            let mut previous = None;
            for ch in text.chars() {
                let id = font.glyph_id(ch);
                if id.0 == 0 && !ch.is_whitespace() {
                    let others = OTHERS.get_or_init(|| {
                        [ARABIC, HEBREW, DEVANAGARI, THAI, EMOJI, CJK]
                            .iter()
                            .filter_map(|d| FontRef::try_from_slice(d).ok())
                            .collect()
                    });
                    if let Some(other) = others.iter().find(|f| f.glyph_id(ch).0 != 0) {
                        let em = other.units_per_em().unwrap_or(1000.0);
                        let s = other.as_scaled(px as f32 * other.height_unscaled() / em);
                        width += s.h_advance(other.glyph_id(ch));
                        previous = None;
                        continue;
                    }
                }
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

/// Whether Inter draws every character of `text`.
pub fn inter_has_all(text: &str) -> bool {
    use ab_glyph::{Font, FontRef};
    use std::sync::OnceLock;
    static FONT: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    match FONT.get_or_init(|| FontRef::try_from_slice(REGULAR).ok()) {
        Some(f) => text.chars().all(|c| c.is_whitespace() || f.glyph_id(c).0 != 0),
        None => true,
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
