//! The desk's pages through the theme: roster pages after the first and the
//! pages of each facet term (`list.html`), the lists of terms
//! (`terms.html`), the brands (`brands.html`, `brand.html`) and every
//! campaign (`campaigns.html`).

use tera::Context;

use crate::diagnostics::Diagnostic;
use crate::present::desk::{BrandCard, BrandView, ListingView, TermsView};
use crate::present::roster::RosterCampaign;
use crate::present::site::PageMeta;
use crate::present::urls::{encode_path, page};
use crate::render::OutputFile;
use crate::render::html::{Html, RosterCard, cards_marker, index, splice_cards};

impl Html {
    /// A page of cards after the roster's first, or any page of a facet term.
    pub fn listing(&self, path: &str, view: &ListingView, cards: &[&RosterCard]) -> Result<OutputFile, Diagnostic> {
        let title = if view.pager.page > 1 {
            format!("{} · page {} of {}", view.title, view.pager.page, view.pager.pages)
        } else {
            view.title.clone()
        };
        let description = match &view.term {
            Some(term) => format!(
                "{} {} creator{} on the roster of {}.",
                view.count,
                term,
                if view.count == 1 { "" } else { "s" },
                self.site.brand.name
            ),
            None => self.description(),
        };
        let mut meta = PageMeta::new("list", title, description, encode_path(path), &self.urls);
        meta.set_image(self.brand_image(), self.site.brand.name.clone());
        let marker = cards_marker();
        let mut context = Context::new();
        context.insert("page", &meta);
        context.insert("list", view);
        context.insert("cards", marker.as_str());
        let html = self.render("list.html", &context)?;
        Ok(OutputFile::new(index(path), splice_cards(&html, marker, cards)))
    }

    /// `niches/`, `tiers/`, `platforms/`, `locations/`: every term with its count.
    pub fn terms(&self, view: &TermsView) -> Result<OutputFile, Diagnostic> {
        let path = format!("{}/", view.facet);
        let mut meta = PageMeta::new(
            "terms",
            format!("{} · {}", view.title, self.site.title),
            format!("Creators of {} by {}", self.site.brand.name, view.label.to_lowercase()),
            path.clone(),
            &self.urls,
        );
        meta.set_image(self.brand_image(), self.site.brand.name.clone());
        let mut context = Context::new();
        context.insert("page", &meta);
        context.insert("terms", view);
        Ok(OutputFile::new(index(&path), self.render("terms.html", &context)?))
    }

    /// `brands/`: every brand with a rollup.
    pub fn brands(&self, brands: &[BrandCard]) -> Result<OutputFile, Diagnostic> {
        let mut meta = PageMeta::new(
            "brands",
            format!("Brands · {}", self.site.title),
            format!("What every partnership of {} returned, brand by brand", self.site.brand.name),
            page::BRANDS.to_string(),
            &self.urls,
        );
        meta.set_image(self.brand_image(), self.site.brand.name.clone());
        let mut context = Context::new();
        context.insert("page", &meta);
        context.insert("brands", brands);
        Ok(OutputFile::new(index(page::BRANDS), self.render("brands.html", &context)?))
    }

    /// `campaigns/`: every campaign report, newest first.
    pub fn campaigns(&self, campaigns: &[RosterCampaign]) -> Result<OutputFile, Diagnostic> {
        let mut meta = PageMeta::new(
            "campaigns",
            format!("Campaign reports · {}", self.site.title),
            format!("Every campaign report of {}", self.site.brand.name),
            page::CAMPAIGNS.to_string(),
            &self.urls,
        );
        meta.set_image(self.brand_image(), self.site.brand.name.clone());
        let mut context = Context::new();
        context.insert("page", &meta);
        context.insert("campaigns", campaigns);
        Ok(OutputFile::new(index(page::CAMPAIGNS), self.render("campaigns.html", &context)?))
    }

    /// A brand's rollup page.
    pub fn brand(&self, view: &BrandView) -> Result<OutputFile, Diagnostic> {
        let path = page::brand(&view.slug);
        let mut meta = PageMeta::new(
            "brand",
            format!("{} · Partnership results", view.name),
            format!(
                "{} campaign{} with {} creator{} for {}",
                view.campaign_count,
                if view.campaign_count == 1 { "" } else { "s" },
                view.creator_count,
                if view.creator_count == 1 { "" } else { "s" },
                view.name
            ),
            encode_path(&path),
            &self.urls,
        );
        meta.set_image(self.brand_image(), self.site.brand.name.clone());
        meta.json_ld = Some(crate::present::escape::json_for_script(&serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Report",
            "name": format!("{} · Partnership results", view.name),
            "url": meta.canonical,
            "about": {"@type": "Brand", "name": view.name},
            "publisher": {"@type": "Organization", "name": self.site.brand.name},
        })));
        let mut context = Context::new();
        context.insert("page", &meta);
        context.insert("brand", view);
        Ok(OutputFile::new(index(&path), self.render("brand.html", &context)?))
    }
}
