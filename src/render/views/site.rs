//! What every page knows: the site, its brand and the page's own metadata.

use serde::Serialize;

use crate::model::config::SiteConfig;
use crate::render::urls::Urls;

#[derive(Clone, Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: Option<String>,
    pub lang: String,
    /// Absolute address of the site, no trailing slash.
    pub base_url: String,
    /// Path prefix of every internal link, no trailing slash.
    pub base_path: String,
    pub home_url: String,
    pub css_url: String,
    pub fonts_url: String,
    pub favicon_url: String,
    pub brand: BrandView,
    pub theme: String,
    pub generator: String,
    pub paper: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct BrandView {
    pub name: String,
    pub logo_url: Option<String>,
    pub primary: String,
    pub accent: String,
    /// Text colour that reads on the primary colour (WCAG AA).
    pub on_primary: String,
    /// The primary colour darkened until it reads as text on white (WCAG AA).
    pub primary_text: String,
    pub accent_text: String,
    pub website: Option<String>,
    pub email: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PageMeta {
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    /// Path of the page relative to the output root (`creators/ava/`).
    pub path: String,
    pub url: String,
    pub canonical: String,
    pub image: Option<String>,
    pub og_type: &'static str,
    /// JSON-LD, already escaped for a `<script>` element.
    pub json_ld: Option<String>,
}

impl PageMeta {
    pub fn new(kind: &'static str, title: String, description: String, path: String, urls: &Urls) -> PageMeta {
        PageMeta {
            kind,
            url: urls.path(&path),
            canonical: urls.absolute(&path),
            title,
            description,
            path,
            image: None,
            og_type: "website",
            json_ld: None,
        }
    }
}

pub fn site_view(config: &SiteConfig, urls: &Urls) -> SiteView {
    let brand = &config.brand;
    let name = brand.name.clone().unwrap_or_else(|| config.title.clone());
    SiteView {
        title: config.title.clone(),
        description: config.description.clone(),
        lang: config.locale.html_lang().to_string(),
        base_url: urls.origin_and_path.clone(),
        base_path: urls.base_path.clone(),
        home_url: urls.path(""),
        css_url: urls.path("css/theme.css"),
        fonts_url: urls.path("fonts/"),
        favicon_url: urls.path("favicon.svg"),
        brand: BrandView {
            name,
            logo_url: brand.logo.as_ref().map(|l| urls.asset(l)),
            primary: brand.primary_color.0.clone(),
            accent: brand.accent_color.0.clone(),
            on_primary: readable_on(&brand.primary_color.0).to_string(),
            primary_text: text_shade(&brand.primary_color.0),
            accent_text: text_shade(&brand.accent_color.0),
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

/// White or near-black, whichever reads better on `background`.
pub fn readable_on(background: &str) -> &'static str {
    if contrast(background, "#FFFFFF") >= contrast(background, "#0F172A") { "#FFFFFF" } else { "#0F172A" }
}

/// The colour, darkened step by step until it has 4.5:1 contrast on white.
pub fn text_shade(hex: &str) -> String {
    let (mut r, mut g, mut b) = crate::model::values::parse_hex_color(hex).unwrap_or((15, 23, 42));
    for _ in 0..40 {
        let candidate = format!("#{r:02X}{g:02X}{b:02X}");
        if contrast(&candidate, "#FFFFFF") >= 4.5 {
            return candidate;
        }
        let darker = |c: u8| (f64::from(c) * 0.9).floor() as u8;
        (r, g, b) = (darker(r), darker(g), darker(b));
    }
    "#0F172A".to_string()
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
}
