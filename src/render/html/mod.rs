//! HTML pages through the theme's tera templates: the media kit, rate card,
//! campaign report, roster and 404 page, and the theme's assets.

pub mod desk;
pub mod engine;

use std::path::Path;

use serde::Serialize;
use tera::{Context, Tera};

use crate::diagnostics::Diagnostic;
use crate::load::theme::Theme;
use crate::model::values::Asset;
use crate::present::escape::{escape_xml, json_for_script};
use crate::present::roster::{RosterCreator, RosterView, site_description};
use crate::present::site::{PageMeta, SiteView};
use crate::present::urls::{Urls, page};
use crate::present::{CampaignView, CreatorView, Ctx, Lang, markdown};
use crate::render::{OutputFile, card};

/// A stylesheet linked after the theme's, so a site can restyle any theme
/// without copying it: `static/css/custom.css` (or the same file in a theme).
pub const CUSTOM_CSS: &str = "css/custom.css";

/// A creator's entry on the roster: the values a template sees as
/// `roster.creators[i]` and the card `roster_card.html` made of them.
#[derive(Clone, Debug)]
pub struct RosterCard {
    pub value: tera::Value,
    pub html: String,
}

/// The theme's templates compiled once per build, with what every page shares.
pub struct Html {
    tera: Tera,
    theme: String,
    site: SiteView,
    urls: Urls,
    description: Option<String>,
    /// The logo's absolute address, for link previews and JSON-LD.
    brand_image: Option<String>,
    /// The site's language, for the roster and the 404 page.
    site_lang: Lang,
}

/// A page's context: its metadata, and `lang` for the `t` function and the
/// number filters (which follow the page's language, see `engine`).
fn page_context(meta: &PageMeta) -> Context {
    let mut context = Context::new();
    context.insert("page", meta);
    context.insert("lang", &meta.lang);
    context
}

/// A placeholder no content can contain: random per process, never written out.
pub(crate) fn cards_marker() -> &'static String {
    use std::hash::{BuildHasher, RandomState};
    static MARKER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    MARKER.get_or_init(|| {
        let state = RandomState::new();
        format!("\u{1}cards-{:016x}{:016x}\u{1}", state.hash_one(1u8), state.hash_one(2u8))
    })
}

pub(crate) fn index(dir: &str) -> String {
    format!("{dir}index.html")
}

/// The intrinsic width and height of a picture under the site's `static/`:
/// an SVG's own size (its `width` and `height`, else its `viewBox`), a
/// raster's from its header. The file is read and checked as every output
/// reads it (`load::picture`); `None` when it cannot be read or is refused.
pub fn picture_size(root: &Path, asset: &Asset) -> Option<(u32, u32)> {
    use crate::load::picture::{self, Kind};
    let inner = asset.static_path()?;
    let checked = picture::read(&root.join(crate::paths::STATIC_DIR).join(inner), inner).ok()?;
    let (w, h) = if checked.kind == Kind::Svg {
        let mut options = usvg::Options::default();
        picture::guard_embedded(&mut options);
        let size = usvg::Tree::from_data(&checked.data, &options).ok()?.size();
        (size.width().round() as u32, size.height().round() as u32)
    } else {
        let size = imagesize::blob_size(&checked.data).ok()?;
        (u32::try_from(size.width).ok()?, u32::try_from(size.height).ok()?)
    };
    (w > 0 && h > 0).then_some((w, h))
}

/// A page rendered with `marker` where the cards go, with the cards put in:
/// the template engine then never copies the megabytes of a large roster.
pub(crate) fn splice_cards(html: &str, marker: &str, cards: &[&RosterCard]) -> Vec<u8> {
    let cards_len: usize = cards.iter().map(|c| c.html.len()).sum();
    let mut bytes = Vec::with_capacity(html.len() + cards_len);
    let mut rest = html;
    // Wherever the template prints the marker (usually once).
    while let Some(at) = rest.find(marker) {
        bytes.extend_from_slice(&rest.as_bytes()[..at]);
        for c in cards {
            bytes.extend_from_slice(c.html.as_bytes());
        }
        rest = &rest[at + marker.len()..];
    }
    bytes.extend_from_slice(rest.as_bytes());
    bytes
}

impl Html {
    /// `custom_css`: whether the site has `static/css/custom.css`; `root`:
    /// the site folder, where the logo is read for its size.
    pub fn new(theme: &Theme, ctx: &Ctx, custom_css: bool, root: &Path) -> Result<Html, Diagnostic> {
        let mut tera = engine::build(theme, ctx)?;
        let mut site = ctx.site.clone();
        if theme.static_files.contains_key(CUSTOM_CSS) || custom_css {
            site.custom_css_url = Some(ctx.urls.path(CUSTOM_CSS));
        }
        site.brand.logo_size = ctx.config.brand.logo.as_ref().and_then(|l| picture_size(root, l));
        // The faces headings and bold text use on every page, and the theme's
        // own heading face (its Latin cut), ahead of the stylesheet's request.
        site.preload_fonts = ["Inter-SemiBold.woff2", "Inter-Bold.woff2"]
            .iter()
            .map(|f| format!("{}{f}", site.fonts_url))
            .chain(
                theme
                    .static_files
                    .keys()
                    .filter(|k| k.starts_with("fonts/") && k.ends_with("-latin.woff2"))
                    .map(|k| ctx.urls.path(k)),
            )
            .collect();
        tera.global_context().insert("site", &site);
        tera.global_context().insert("lang", ctx.fmt.locale.html_lang());
        Ok(Html {
            tera,
            theme: theme.name.clone(),
            site,
            urls: ctx.urls.clone(),
            description: ctx.config.description.clone(),
            brand_image: ctx.config.brand.logo.as_ref().map(|l| ctx.urls.asset_absolute(l)),
            site_lang: Lang::of(ctx),
        })
    }

    fn render(&self, template: &str, context: &Context) -> Result<String, Diagnostic> {
        engine::render(&self.tera, &self.theme, template, context)
    }

    fn page<T: Serialize>(
        &self,
        template: &str,
        meta: &PageMeta,
        key: &'static str,
        view: &T,
    ) -> Result<String, Diagnostic> {
        let mut context = page_context(meta);
        context.insert(key, view);
        self.render(template, &context)
    }

    fn description(&self) -> String {
        site_description(self.description.as_deref(), &self.site_lang.t, &self.site.brand.name)
    }

    fn brand_image(&self) -> Option<String> {
        self.brand_image.clone()
    }

    /// The site's own link-preview card, for the roster and the pages that
    /// list creators, campaigns and brands.
    fn site_card(&self, meta: &mut PageMeta) {
        let alt = card::site_alt(&self.site.title, &self.description());
        meta.set_card(self.urls.absolute(page::SITE_CARD), alt, card::WIDTH, card::HEIGHT);
    }

    /// The media kit and the rate card (unless hidden or absent).
    pub fn creator(&self, view: &CreatorView) -> Result<Vec<OutputFile>, Diagnostic> {
        let slug = &view.slug;
        let kit_view = &view.kit;
        let name = &kit_view.name;
        let t = &view.lang.t;
        let named = |id: &str| t.with(id, &[("name", name.into())]);
        let description = kit_view
            .tagline
            .clone()
            .or_else(|| kit_view.bio_text.as_deref().map(|b| markdown::excerpt(b, 160)))
            .unwrap_or_else(|| named("page-kit-description"));
        let mut meta = PageMeta::new("kit", named("page-kit-title"), description, page::kit(slug), &self.urls)
            .in_locale(&view.lang.locale);
        meta.og_type = "profile";
        let photo = view.photo.as_ref().map(|p| self.urls.asset_absolute(p));
        let (w, h) = (card::WIDTH, card::HEIGHT);
        meta.set_card(self.urls.absolute(&page::kit_card(slug)), card::kit_alt(view), w, h);
        let mut person = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Person",
            "name": name,
            "url": meta.canonical,
        });
        if let Some(t) = &kit_view.tagline {
            person["description"] = serde_json::Value::String(t.clone());
        }
        if let Some(img) = &photo {
            person["image"] = serde_json::Value::String(img.clone());
        }
        if !view.profiles.is_empty() {
            person["sameAs"] = serde_json::json!(view.profiles);
        }
        if !kit_view.niches.is_empty() {
            person["knowsAbout"] = serde_json::json!(kit_view.niches);
        }
        meta.json_ld = Some(json_for_script(&person));
        // Converted for the templates once: the rate card shows the kit too.
        let kit = tera::Value::from_serializable(kit_view);
        let mut context = page_context(&meta);
        context.insert_value("kit", kit.clone());
        let html = self.render("kit.html", &context)?;
        let mut files = vec![OutputFile::new(index(&page::kit(slug)), html)];

        if let Some(rates) = &view.rates {
            let mut rmeta = PageMeta::new(
                "rates",
                named("page-rates-title"),
                named("page-rates-description"),
                page::rates(slug),
                &self.urls,
            )
            .in_locale(&view.lang.locale);
            rmeta.set_card(self.urls.absolute(&page::rates_card(slug)), card::rates_alt(view), w, h);
            let mut context = page_context(&rmeta);
            context.insert_value("kit", kit);
            context.insert("rates", rates);
            let html = self.render("rates.html", &context)?;
            files.push(OutputFile::new(index(&page::rates(slug)), html));
        }
        Ok(files)
    }

    /// The report page.
    pub fn campaign(&self, view: &CampaignView) -> Result<Vec<OutputFile>, Diagnostic> {
        let slug = &view.slug;
        let report = &view.report;
        let t = &view.lang.t;
        let description = match &report.client {
            Some(b) => {
                t.with("page-report-description-client", &[("name", (&report.name).into()), ("client", b.into())])
            }
            None => t.with("page-report-description", &[("name", (&report.name).into())]),
        };
        let mut meta = PageMeta::new(
            "report",
            t.with("page-report-title", &[("name", (&report.name).into())]),
            description,
            page::report(slug),
            &self.urls,
        )
        .in_locale(&view.lang.locale);
        let (w, h) = (card::WIDTH, card::HEIGHT);
        meta.set_card(self.urls.absolute(&page::report_card(slug)), card::report_alt(view), w, h);
        let mut json_ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Report",
            "name": report.name,
            "url": meta.canonical,
            "publisher": {"@type": "Organization", "name": self.site.brand.name},
        });
        if let Some(brand) = &report.client {
            json_ld["about"] = serde_json::json!({"@type": "Brand", "name": brand});
        }
        meta.json_ld = Some(json_for_script(&json_ld));
        let html = self.page("report.html", &meta, "report", report)?;
        Ok(vec![OutputFile::new(index(&page::report(slug)), html)])
    }

    /// One creator's entry on the roster, rendered once: the roster of a
    /// large site is these cards put together.
    pub fn roster_card(&self, card: &RosterCreator) -> Result<RosterCard, Diagnostic> {
        let value = tera::Value::from_serializable(card);
        let mut context = Context::new();
        context.insert_value("c", value.clone());
        let html = self.render("roster_card.html", &context)?;
        Ok(RosterCard { value, html })
    }

    /// The roster's first page, from the cards of its first creators.
    pub fn roster(&self, view: &RosterView, cards: &[&RosterCard]) -> Result<OutputFile, Diagnostic> {
        let marker = cards_marker();
        let mut values = tera::Value::from_serializable(view).into_map().unwrap_or_default();
        values.insert("creators".into(), tera::Value::from(cards.iter().map(|c| c.value.clone()).collect::<Vec<_>>()));
        values.insert("cards".into(), tera::Value::from(marker.as_str()));
        let mut meta = PageMeta::new("roster", self.site.title.clone(), self.description(), String::new(), &self.urls)
            .in_locale(&self.site_lang.locale);
        self.site_card(&mut meta);
        let mut json_ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.site.brand.name,
            "url": meta.canonical,
        });
        if let Some(logo) = self.brand_image() {
            json_ld["logo"] = serde_json::Value::String(logo);
        }
        if let Some(description) = &self.description {
            json_ld["description"] = serde_json::Value::String(description.clone());
        }
        if let Some(email) = &self.site.brand.email {
            json_ld["email"] = serde_json::Value::String(email.clone());
        }
        if let Some(website) = &self.site.brand.website {
            json_ld["sameAs"] = serde_json::json!([website]);
        }
        meta.json_ld = Some(json_for_script(&json_ld));
        let mut context = page_context(&meta);
        context.insert_value("roster", tera::Value::from(values));
        let html = self.render("roster.html", &context)?;
        Ok(OutputFile::new("index.html", splice_cards(&html, marker, cards)))
    }

    pub fn not_found(&self) -> Result<OutputFile, Diagnostic> {
        let t = &self.site_lang.t;
        let meta = PageMeta::new(
            "404",
            t.text("notfound-title"),
            t.text("notfound-description"),
            "404.html".to_string(),
            &self.urls,
        )
        .in_locale(&self.site_lang.locale);
        let context = page_context(&meta);
        Ok(OutputFile::new("404.html", self.render("404.html", &context)?))
    }
}

/// The theme's static files, the web fonts and a favicon in the brand colour.
pub fn assets(theme: &Theme, site: &SiteView) -> Vec<OutputFile> {
    let mut files: Vec<OutputFile> = crate::fonts::WEB_FILES.iter().map(|(p, b)| OutputFile::new(*p, *b)).collect();
    let initial =
        site.brand.name.chars().find(|c| c.is_alphanumeric()).map(|c| c.to_uppercase().to_string()).unwrap_or_default();
    let favicon = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" rx=\"14\" fill=\"{}\"/><text x=\"32\" y=\"44\" font-family=\"Inter, Arial, sans-serif\" font-size=\"36\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{}\">{}</text></svg>\n",
        escape_xml(&site.brand.primary),
        escape_xml(&site.brand.on_primary),
        escape_xml(&initial)
    );
    files.push(OutputFile::new("favicon.svg", favicon));
    for (path, bytes) in &theme.static_files {
        files.push(OutputFile::new(path.clone(), bytes.clone()));
    }
    files
}
