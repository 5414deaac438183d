//! Render stage: computed figures → output files (HTML pages, data.json,
//! sitemap, theme assets). Renderers read computed data; they never compute.

pub mod charts;
pub mod format;
pub mod html;
pub mod json;
pub mod markdown;
pub mod metrics;
pub mod urls;
pub mod views;

use serde::Serialize;
use tera::{Context, Tera};

use crate::compute::{CampaignFigures, CreatorFigures, SiteFigures};
use crate::diagnostics::Diagnostic;
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::model::{Entry, Site};
use crate::paths::SitePaths;
use crate::render::html::escape::{escape_xml, escape_xml_into, json_for_script};
use crate::render::urls::page;
use crate::render::views::Ctx;
use crate::render::views::site::{PageMeta, SiteView, site_view};
use crate::theme::Theme;

/// A stylesheet linked after the theme's, so a site can restyle any theme
/// without copying it: `static/css/custom.css` (or the same file in a theme).
pub const CUSTOM_CSS: &str = "css/custom.css";

/// One output file, by its path relative to the output root.
#[derive(Clone, Debug)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A creator's entry on the roster: the values a template sees as
/// `roster.creators[i]` and the card `roster_card.html` made of them.
#[derive(Clone, Debug)]
pub struct RosterCard {
    pub value: tera::Value,
    pub html: String,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> OutputFile {
        OutputFile { path: path.into(), bytes: bytes.into() }
    }
}

/// Everything needed to render pages of one site, prepared once per build.
pub struct Renderer {
    pub ctx: Ctx,
    pub theme: Theme,
    pub site_view: SiteView,
    /// The site folder, where PDFs find the logo and photos they embed.
    pub root: std::path::PathBuf,
    tera: Tera,
}

/// A placeholder no content can contain: random per process, never written out.
fn cards_marker() -> &'static String {
    use std::hash::{BuildHasher, RandomState};
    static MARKER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    MARKER.get_or_init(|| {
        let state = RandomState::new();
        format!("\u{1}cards-{:016x}{:016x}\u{1}", state.hash_one(1u8), state.hash_one(2u8))
    })
}

fn index(dir: &str) -> String {
    format!("{dir}index.html")
}

impl Renderer {
    pub fn new(site: &Site) -> Result<Renderer, Diagnostic> {
        let paths = SitePaths::new(&site.root);
        let theme = crate::theme::load(&site.config.theme, &paths)?;
        Renderer::with_theme(site, theme)
    }

    pub fn with_theme(site: &Site, theme: Theme) -> Result<Renderer, Diagnostic> {
        let ctx = Ctx::new(&site.config);
        let mut tera = html::engine::build(&theme, &ctx.fmt, &ctx.urls)?;
        let mut site_view = site_view(&site.config, &ctx.urls);
        if theme.static_files.contains_key(CUSTOM_CSS) || site.root.join("static").join(CUSTOM_CSS).is_file() {
            site_view.custom_css_url = Some(ctx.urls.path(CUSTOM_CSS));
        }
        tera.global_context().insert("site", &site_view);
        Ok(Renderer { ctx, theme, site_view, root: site.root.clone(), tera })
    }

    fn render<T: Serialize>(
        &self,
        template: &str,
        meta: &PageMeta,
        key: &'static str,
        view: &T,
    ) -> Result<String, Diagnostic> {
        let mut context = Context::new();
        context.insert("page", meta);
        context.insert(key, view);
        html::engine::render(&self.tera, &self.theme.name, template, &context)
    }

    fn description(&self) -> String {
        self.ctx
            .config
            .description
            .clone()
            .unwrap_or_else(|| format!("Media kits and campaign reports by {}", self.site_view.brand.name))
    }

    fn brand_image(&self) -> Option<String> {
        self.ctx.config.brand.logo.as_ref().map(|l| self.ctx.urls.asset_absolute(l))
    }

    /// One creator's entry on the roster, rendered once: the roster of a
    /// large site is these cards put together, and `serve` keeps them so an
    /// edit renders only the edited creator's card again.
    pub fn roster_card(&self, entry: &Entry<Creator>, figures: &CreatorFigures) -> Result<RosterCard, Diagnostic> {
        let view = tera::Value::from_serializable(&views::roster::roster_creator(entry, figures, &self.ctx));
        let mut context = Context::new();
        context.insert_value("c", view.clone());
        let html = html::engine::render(&self.tera, &self.theme.name, "roster_card.html", &context)?;
        Ok(RosterCard { value: view, html })
    }

    /// The cards of every creator, in site order.
    pub fn roster_cards(&self, site: &Site, figures: &SiteFigures) -> Result<Vec<RosterCard>, Diagnostic> {
        use rayon::prelude::*;
        site.creators.par_iter().zip(figures.creators.par_iter()).map(|(e, f)| self.roster_card(e, f)).collect()
    }

    /// The roster from the cards of its creators (`cards[i]` is that of `site.creators[i]`).
    pub fn roster_from(
        &self,
        site: &Site,
        figures: &SiteFigures,
        cards: &[&RosterCard],
    ) -> Result<OutputFile, Diagnostic> {
        // The cards go in after rendering, in place of a marker: the template
        // engine then never copies the megabytes of a large roster.
        let marker = cards_marker();
        let mut view = tera::Map::new();
        view.insert("creators".into(), tera::Value::from(cards.iter().map(|c| c.value.clone()).collect::<Vec<_>>()));
        view.insert(
            "campaigns".into(),
            tera::Value::from_serializable(&views::roster::roster_campaigns(figures, &self.ctx)),
        );
        view.insert("total_audience".into(), tera::Value::from(views::roster::total_audience(figures, &self.ctx)));
        view.insert("cards".into(), tera::Value::from(marker.as_str()));
        let mut meta =
            PageMeta::new("roster", site.config.title.clone(), self.description(), String::new(), &self.ctx.urls);
        meta.set_image(self.brand_image(), self.site_view.brand.name.clone());
        let mut json_ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.site_view.brand.name,
            "url": meta.canonical,
        });
        if let Some(logo) = self.brand_image() {
            json_ld["logo"] = serde_json::Value::String(logo);
        }
        if let Some(description) = &site.config.description {
            json_ld["description"] = serde_json::Value::String(description.clone());
        }
        if let Some(email) = &self.site_view.brand.email {
            json_ld["email"] = serde_json::Value::String(email.clone());
        }
        if let Some(website) = &self.site_view.brand.website {
            json_ld["sameAs"] = serde_json::json!([website]);
        }
        meta.json_ld = Some(json_for_script(&json_ld));
        let mut context = Context::new();
        context.insert("page", &meta);
        context.insert_value("roster", tera::Value::from(view));
        let html = html::engine::render(&self.tera, &self.theme.name, "roster.html", &context)?;
        let cards_len: usize = cards.iter().map(|c| c.html.len()).sum();
        let mut bytes = Vec::with_capacity(html.len() + cards_len);
        let mut rest = html.as_str();
        // Wherever the template prints `roster.cards` (usually once).
        while let Some(at) = rest.find(marker.as_str()) {
            bytes.extend_from_slice(&rest.as_bytes()[..at]);
            for c in cards {
                bytes.extend_from_slice(c.html.as_bytes());
            }
            rest = &rest[at + marker.len()..];
        }
        bytes.extend_from_slice(rest.as_bytes());
        Ok(OutputFile::new("index.html", bytes))
    }

    /// The media kit, the rate card (unless hidden or absent) and data.json.
    pub fn creator(&self, entry: &Entry<Creator>, figures: &CreatorFigures) -> Result<Vec<OutputFile>, Diagnostic> {
        let slug = &entry.slug;
        let c = &entry.data;
        let view = views::kit::kit_view(slug, c, figures, &self.ctx);
        let description = c
            .tagline
            .clone()
            .or_else(|| view.bio_text.as_deref().map(|b| markdown::excerpt(b, 160)))
            .unwrap_or_else(|| format!("Media kit of {}", c.name));
        let mut meta =
            PageMeta::new("kit", format!("{} · Media kit", c.name), description, page::kit(slug), &self.ctx.urls);
        meta.og_type = "profile";
        let photo = c.photo.as_ref().map(|p| self.ctx.urls.asset_absolute(p));
        meta.set_image(photo.clone(), format!("Portrait of {}", c.name));
        if meta.image.is_none() {
            meta.set_image(self.brand_image(), self.site_view.brand.name.clone());
        }
        let same_as: Vec<String> = c.platforms.iter().filter_map(|p| p.url.as_ref().map(|u| u.0.clone())).collect();
        let mut person = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Person",
            "name": c.name,
            "url": meta.canonical,
        });
        if let Some(t) = &c.tagline {
            person["description"] = serde_json::Value::String(t.clone());
        }
        if let Some(img) = &photo {
            person["image"] = serde_json::Value::String(img.clone());
        }
        if !same_as.is_empty() {
            person["sameAs"] = serde_json::json!(same_as);
        }
        if !c.niches.is_empty() {
            person["knowsAbout"] = serde_json::json!(c.niches);
        }
        meta.json_ld = Some(json_for_script(&person));
        // Converted for the templates once: the rate card shows the kit too.
        let kit = tera::Value::from_serializable(&view);
        let mut context = Context::new();
        context.insert("page", &meta);
        context.insert_value("kit", kit.clone());
        let html = html::engine::render(&self.tera, &self.theme.name, "kit.html", &context)?;
        let mut files = vec![OutputFile::new(index(&page::kit(slug)), html)];

        if let Some(rates) = views::kit::rates_view(c, figures, &self.ctx) {
            let mut rmeta = PageMeta::new(
                "rates",
                format!("{} · Rate card", c.name),
                format!("Rates for sponsored content with {}", c.name),
                page::rates(slug),
                &self.ctx.urls,
            );
            rmeta.image = meta.image.clone();
            rmeta.image_alt = meta.image_alt.clone();
            let mut context = Context::new();
            context.insert("page", &rmeta);
            context.insert_value("kit", kit);
            context.insert("rates", &rates);
            let html = html::engine::render(&self.tera, &self.theme.name, "rates.html", &context)?;
            files.push(OutputFile::new(index(&page::rates(slug)), html));
        }
        files.push(OutputFile::new(page::kit_json(slug), json::to_json(figures)));
        Ok(files)
    }

    /// The report page and data.json.
    pub fn campaign(&self, entry: &Entry<Campaign>, figures: &CampaignFigures) -> Result<Vec<OutputFile>, Diagnostic> {
        let slug = &entry.slug;
        let view = views::report::report_view(slug, &entry.data, figures, &self.ctx);
        let description = match &figures.brand {
            Some(b) => format!("Campaign report: {} for {b}", figures.name),
            None => format!("Campaign report: {}", figures.name),
        };
        let mut meta = PageMeta::new(
            "report",
            format!("{} · Campaign report", figures.name),
            description,
            page::report(slug),
            &self.ctx.urls,
        );
        meta.set_image(self.brand_image(), self.site_view.brand.name.clone());
        let mut report = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Report",
            "name": figures.name,
            "url": meta.canonical,
            "publisher": {"@type": "Organization", "name": self.site_view.brand.name},
        });
        if let Some(brand) = &figures.brand {
            report["about"] = serde_json::json!({"@type": "Brand", "name": brand});
        }
        meta.json_ld = Some(json_for_script(&report));
        let html = self.render("report.html", &meta, "report", &view)?;
        Ok(vec![
            OutputFile::new(index(&page::report(slug)), html),
            OutputFile::new(page::report_json(slug), json::to_json(figures)),
        ])
    }

    pub fn not_found(&self) -> Result<OutputFile, Diagnostic> {
        let meta = PageMeta::new(
            "404",
            "Page not found".to_string(),
            "This page does not exist.".to_string(),
            "404.html".to_string(),
            &self.ctx.urls,
        );
        let mut context = Context::new();
        context.insert("page", &meta);
        Ok(OutputFile::new("404.html", html::engine::render(&self.tera, &self.theme.name, "404.html", &context)?))
    }

    pub fn sitemap(&self, site: &Site, figures: &SiteFigures) -> OutputFile {
        let mut paths = vec![String::new()];
        for (e, f) in site.creators.iter().zip(&figures.creators) {
            paths.push(page::kit(&e.slug));
            if f.rates.is_some() && e.data.rates.is_some() {
                paths.push(page::rates(&e.slug));
            }
        }
        for e in &site.campaigns {
            paths.push(page::report(&e.slug));
        }
        let mut xml = String::with_capacity(paths.len() * 96 + 128);
        xml.push_str(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        // Every address starts the same; only the page path differs.
        let base = self.ctx.urls.absolute("");
        for p in paths {
            xml.push_str("  <url><loc>");
            escape_xml_into(&mut xml, &base);
            escape_xml_into(&mut xml, p.trim_start_matches('/'));
            xml.push_str("</loc></url>\n");
        }
        xml.push_str("</urlset>\n");
        OutputFile::new("sitemap.xml", xml)
    }

    /// Theme static files, fonts and a favicon in the brand colour.
    pub fn assets(&self) -> Vec<OutputFile> {
        let mut files: Vec<OutputFile> = crate::fonts::WEB_FILES.iter().map(|(p, b)| OutputFile::new(*p, *b)).collect();
        let initial = self
            .site_view
            .brand
            .name
            .chars()
            .find(|c| c.is_alphanumeric())
            .map(|c| c.to_uppercase().to_string())
            .unwrap_or_default();
        let favicon = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><rect width=\"64\" height=\"64\" rx=\"14\" fill=\"{}\"/><text x=\"32\" y=\"44\" font-family=\"Inter, Arial, sans-serif\" font-size=\"36\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{}\">{}</text></svg>\n",
            escape_xml(&self.site_view.brand.primary),
            escape_xml(&self.site_view.brand.on_primary),
            escape_xml(&initial)
        );
        files.push(OutputFile::new("favicon.svg", favicon));
        for (path, bytes) in &self.theme.static_files {
            files.push(OutputFile::new(path.clone(), bytes.clone()));
        }
        files
    }
}
