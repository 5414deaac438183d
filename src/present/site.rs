//! What every page knows: the site, its brand and the page's own metadata.

use serde::Serialize;

use crate::model::config::SiteConfig;
use crate::present::urls::Urls;

#[derive(Clone, Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: Option<String>,
    pub lang: String,
    /// `en_US`, as OpenGraph writes locales.
    pub og_locale: String,
    /// Absolute address of the site, no trailing slash.
    pub base_url: String,
    /// Path prefix of every internal link, no trailing slash.
    pub base_path: String,
    pub home_url: String,
    /// Layout shared by every theme, then the theme's own look.
    pub base_css_url: String,
    pub css_url: String,
    pub fonts_url: String,
    pub favicon_url: String,
    /// `css/custom.css`, when the site or its theme has one (linked after the theme).
    pub custom_css_url: Option<String>,
    pub print_css_url: String,
    /// Web fonts every page uses above the fold, loaded early.
    pub preload_fonts: Vec<String>,
    pub brand: BrandView,
    pub theme: String,
    pub generator: String,
    pub paper: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct BrandView {
    pub name: String,
    pub logo_url: Option<String>,
    /// The logo's intrinsic width and height, read from the file when the
    /// pages are rendered, so that its `<img>` has its size before it loads.
    pub logo_size: Option<(u32, u32)>,
    pub primary: String,
    pub accent: String,
    /// Text colour that reads on the primary colour (WCAG AA).
    pub on_primary: String,
    pub on_accent: String,
    /// Light tints of the brand colours, for panels behind dark text.
    pub primary_soft: String,
    pub accent_soft: String,
    /// The primary colour darkened until it reads as text (WCAG AA) on every
    /// light background a theme uses: white, the page grey and both tints.
    /// White text reads on it too, so it doubles as a deep panel colour.
    pub primary_text: String,
    pub accent_text: String,
    pub website: Option<String>,
    pub email: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PageMeta {
    pub kind: &'static str,
    /// The page's language (`lang`), its direction (`ltr`, `rtl`) and its
    /// OpenGraph locale: the site's, or a creator's or campaign's own.
    pub lang: String,
    pub dir: &'static str,
    pub og_locale: String,
    pub title: String,
    pub description: String,
    /// Path of the page relative to the output root (`creators/ava/`).
    pub path: String,
    pub url: String,
    pub canonical: String,
    /// A PNG, JPEG, GIF or WebP for link previews (they do not show SVG).
    pub image: Option<String>,
    pub image_alt: String,
    /// The image's size in pixels, when known (the pages' own cards).
    pub image_size: Option<(u32, u32)>,
    /// `summary_large_image` for a card, `summary` otherwise.
    pub twitter_card: &'static str,
    pub og_type: &'static str,
    /// JSON-LD, already escaped for a `<script>` element.
    pub json_ld: Option<String>,
}

impl PageMeta {
    pub fn new(kind: &'static str, title: String, description: String, path: String, urls: &Urls) -> PageMeta {
        PageMeta {
            kind,
            lang: String::new(),
            dir: "ltr",
            og_locale: String::new(),
            url: urls.path(&path),
            canonical: urls.absolute(&path),
            title,
            description,
            path,
            image: None,
            image_alt: String::new(),
            image_size: None,
            twitter_card: "summary",
            og_type: "website",
            json_ld: None,
        }
    }
}

impl PageMeta {
    /// Sets the page's language and direction.
    pub fn in_locale(mut self, locale: &crate::model::locale::Locale) -> PageMeta {
        self.lang = locale.html_lang().to_string();
        self.dir = if locale.rtl() { "rtl" } else { "ltr" };
        self.og_locale = locale.tag().replace('-', "_");
        self
    }

    /// Sets the link-preview image when it is a format previews can show.
    pub fn set_image(&mut self, url: Option<String>, alt: String) {
        if let Some(url) = url.filter(|u| is_preview_image(u)) {
            self.image = Some(url);
            self.image_alt = alt;
        }
    }

    /// Sets the page's own link-preview card, `width` × `height` pixels.
    pub fn set_card(&mut self, url: String, alt: String, width: u32, height: u32) {
        self.image = Some(url);
        self.image_alt = alt;
        self.image_size = Some((width, height));
        self.twitter_card = "summary_large_image";
    }
}

/// Link previews (OpenGraph, X cards) render raster images only.
pub fn is_preview_image(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or("").to_ascii_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".webp"].iter().any(|ext| path.ends_with(ext))
}

pub fn site_view(config: &SiteConfig, urls: &Urls) -> SiteView {
    let brand = &config.brand;
    let name = brand.name.clone().unwrap_or_else(|| config.title.clone());
    let (primary, accent) = (&brand.primary_color.0, &brand.accent_color.0);
    let primary_soft = mix(primary, "#FFFFFF", SOFT_PRIMARY);
    let accent_soft = mix(accent, "#FFFFFF", SOFT_ACCENT);
    let lights = [LIGHT_BACKGROUNDS[0], LIGHT_BACKGROUNDS[1], primary_soft.as_str(), accent_soft.as_str()];
    SiteView {
        title: config.title.clone(),
        description: config.description.clone(),
        lang: config.locale.html_lang().to_string(),
        og_locale: config.locale.tag().replace('-', "_"),
        base_url: urls.origin_and_path.clone(),
        base_path: urls.base_path.clone(),
        home_url: urls.path(""),
        base_css_url: urls.path("css/base.css"),
        css_url: urls.path("css/theme.css"),
        fonts_url: urls.path("fonts/"),
        favicon_url: urls.path("favicon.svg"),
        custom_css_url: None,
        print_css_url: urls.path("css/print.css"),
        preload_fonts: Vec::new(),
        brand: BrandView {
            name,
            logo_url: brand.logo.as_ref().map(|l| urls.asset(l)),
            logo_size: None,
            primary: primary.clone(),
            accent: accent.clone(),
            on_primary: readable_on(primary).to_string(),
            on_accent: readable_on(accent).to_string(),
            primary_text: text_shade_on(primary, &lights),
            accent_text: text_shade_on(accent, &lights),
            primary_soft,
            accent_soft,
            website: brand.website.as_ref().map(|w| w.0.clone()),
            email: brand.email.as_ref().map(|e| e.0.clone()),
        },
        theme: config.theme.clone(),
        generator: format!("mediakit {}", env!("CARGO_PKG_VERSION")),
        paper: match config.pdf.paper {
            crate::model::choices::Paper::A4 => "a4".to_string(),
            crate::model::choices::Paper::Letter => "letter".to_string(),
        },
    }
}

/// Relative luminance per WCAG 2.
pub fn luminance(hex: &str) -> f64 {
    let (r, g, b) = crate::model::values::parse_hex_color(hex).unwrap_or((0, 0, 0));
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Page backgrounds of the built-in themes besides the brand tints.
pub const LIGHT_BACKGROUNDS: [&str; 2] = ["#FFFFFF", "#F8FAFC"];
/// How much brand colour the soft tints carry.
const SOFT_PRIMARY: f64 = 0.10;
const SOFT_ACCENT: f64 = 0.18;
const INK: &str = "#0F172A";

/// White or near-black, whichever reads better on `background`; pure black
/// for the few mid-tones on which neither reaches 4.5:1.
pub fn readable_on(background: &str) -> &'static str {
    let (white, ink) = (contrast(background, "#FFFFFF"), contrast(background, INK));
    let best = if white >= ink { ("#FFFFFF", white) } else { (INK, ink) };
    if best.1 >= 4.5 { best.0 } else { "#000000" }
}

/// `share` of `hex` over `base`, channel by channel, as `#RRGGBB`.
pub fn mix(hex: &str, base: &str, share: f64) -> String {
    let (r, g, b) = crate::model::values::parse_hex_color(hex).unwrap_or((15, 23, 42));
    let (br, bg, bb) = crate::model::values::parse_hex_color(base).unwrap_or((255, 255, 255));
    let m = |c: u8, k: u8| (f64::from(c) * share + f64::from(k) * (1.0 - share)).round().clamp(0.0, 255.0) as u8;
    format!("#{:02X}{:02X}{:02X}", m(r, br), m(g, bg), m(b, bb))
}

/// The colour, darkened step by step until it has 4.5:1 contrast on white.
pub fn text_shade(hex: &str) -> String {
    text_shade_on(hex, &["#FFFFFF"])
}

/// The colour, darkened step by step until it has 4.5:1 contrast on every
/// one of `backgrounds`.
pub fn text_shade_on(hex: &str, backgrounds: &[&str]) -> String {
    let (mut r, mut g, mut b) = crate::model::values::parse_hex_color(hex).unwrap_or((15, 23, 42));
    for _ in 0..60 {
        let candidate = format!("#{r:02X}{g:02X}{b:02X}");
        if backgrounds.iter().all(|bg| contrast(&candidate, bg) >= 4.5) {
            return candidate;
        }
        let darker = |c: u8| (f64::from(c) * 0.92).floor() as u8;
        (r, g, b) = (darker(r), darker(g), darker(b));
    }
    INK.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_readable_text_colours() {
        assert_eq!(readable_on("#0F766E"), "#FFFFFF");
        assert_eq!(readable_on("#F59E0B"), "#0F172A");
        assert!(contrast("#FFFFFF", "#000000") > 20.0);
        assert_eq!(text_shade("#0F766E"), "#0F766E");
        assert!(contrast(&text_shade("#F59E0B"), "#FFFFFF") >= 4.5);
    }

    /// Every pairing a theme draws holds 4.5:1 whatever the brand colours are.
    #[test]
    fn brand_pairings_meet_wcag_aa_for_any_brand() {
        let urls = Urls::new("/");
        let mut seed: u32 = 7;
        let mut next = || {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            format!("#{:06X}", seed >> 8)
        };
        for _ in 0..400 {
            let mut config = SiteConfig::default();
            config.brand.primary_color = crate::model::values::Color(next());
            config.brand.accent_color = crate::model::values::Color(next());
            let b = site_view(&config, &urls).brand;
            let pairs = [
                (&b.on_primary, &b.primary),
                (&b.on_accent, &b.accent),
                (&"#FFFFFF".to_string(), &b.primary_text),
                (&b.primary_text, &b.primary_soft),
                (&b.primary_text, &b.accent_soft),
                (&b.accent_text, &b.accent_soft),
                (&b.accent_text, &b.primary_soft),
                (&b.primary_text, &"#F8FAFC".to_string()),
                (&b.accent_text, &"#FFFFFF".to_string()),
                (&INK.to_string(), &b.accent_soft),
            ];
            for (fg, bg) in pairs {
                assert!(contrast(fg, bg) >= 4.5, "{fg} on {bg}: {:.2} ({b:?})", contrast(fg, bg));
            }
        }
    }
}
