//! The desk's pages through the theme: roster pages after the first and the
//! pages of each facet term (`list.html`), the lists of terms
//! (`terms.html`), the brands (`brands.html`, `brand.html`) and every
//! campaign (`campaigns.html`).

use crate::diagnostics::Diagnostic;
use crate::present::desk::{BrandCard, BrandView, ListingView, TermsView};
use crate::present::roster::RosterCampaign;
use crate::present::site::PageMeta;
use crate::present::urls::{encode_path, page};
use crate::render::html::{Html, RosterCard, cards_marker, index, page_context, splice_cards};
use crate::render::{OutputFile, card};

impl Html {
    /// A page of cards after the roster's first, or any page of a facet term.
    pub fn listing(&self, path: &str, view: &ListingView, cards: &[&RosterCard]) -> Result<OutputFile, Diagnostic> {
        let (t, fmt) = (&self.site_lang.t, &self.site_lang.fmt);
        let n = |v: usize| fmt.count(Some(v as f64));
        let title = if view.pager.page > 1 {
            t.with(
                "list-page-title",
                &[
                    ("title", (&view.title).into()),
                    ("page", (&n(view.pager.page)).into()),
                    ("pages", (&n(view.pager.pages)).into()),
                ],
            )
        } else {
            view.title.clone()
        };
        let description = match &view.term {
            Some(term) => t.with(
                "list-description",
                &[
                    ("count", view.count.into()),
                    ("n", (&n(view.count)).into()),
                    ("term", term.into()),
                    ("brand", (&self.site.brand.name).into()),
                ],
            ),
            None => self.description(),
        };
        let mut meta =
            PageMeta::new("list", title, description, encode_path(path), &self.urls).in_locale(&self.site_lang.locale);
        self.site_card(&mut meta);
        let marker = cards_marker();
        let mut context = page_context(&meta);
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
            view.description.clone(),
            path.clone(),
            &self.urls,
        )
        .in_locale(&self.site_lang.locale);
        self.site_card(&mut meta);
        let mut context = page_context(&meta);
        context.insert("terms", view);
        Ok(OutputFile::new(index(&path), self.render("terms.html", &context)?))
    }

    /// `brands/`: every brand with a rollup.
    pub fn brands(&self, brands: &[BrandCard]) -> Result<OutputFile, Diagnostic> {
        let mut meta = PageMeta::new(
            "brands",
            format!("{} · {}", self.site_lang.t.text("roster-brands"), self.site.title),
            self.site_lang.t.with("brands-description", &[("brand", (&self.site.brand.name).into())]),
            page::BRANDS.to_string(),
            &self.urls,
        )
        .in_locale(&self.site_lang.locale);
        self.site_card(&mut meta);
        let mut context = page_context(&meta);
        context.insert("brands", brands);
        Ok(OutputFile::new(index(page::BRANDS), self.render("brands.html", &context)?))
    }

    /// `campaigns/`: every campaign report, newest first.
    pub fn campaigns(&self, campaigns: &[RosterCampaign]) -> Result<OutputFile, Diagnostic> {
        let mut meta = PageMeta::new(
            "campaigns",
            format!("{} · {}", self.site_lang.t.text("roster-campaign-reports"), self.site.title),
            self.site_lang.t.with("campaigns-description", &[("brand", (&self.site.brand.name).into())]),
            page::CAMPAIGNS.to_string(),
            &self.urls,
        )
        .in_locale(&self.site_lang.locale);
        self.site_card(&mut meta);
        let mut context = page_context(&meta);
        context.insert("campaigns", campaigns);
        Ok(OutputFile::new(index(page::CAMPAIGNS), self.render("campaigns.html", &context)?))
    }

    /// A brand's rollup page.
    pub fn brand(&self, view: &BrandView) -> Result<OutputFile, Diagnostic> {
        let path = page::brand(&view.slug);
        let t = &self.site_lang.t;
        let title = t.with("brand-title", &[("name", (&view.name).into())]);
        let description = t.with(
            "brand-description",
            &[
                ("campaigns", (&view.campaigns_text).into()),
                ("creators", (&view.creators_text).into()),
                ("name", (&view.name).into()),
            ],
        );
        let mut meta = PageMeta::new("brand", title.clone(), description, encode_path(&path), &self.urls)
            .in_locale(&self.site_lang.locale);
        let card_url = self.urls.absolute(&encode_path(&page::brand_card(&view.slug)));
        meta.set_card(card_url, card::brand_alt(view, &self.site_lang), card::WIDTH, card::HEIGHT);
        meta.json_ld = Some(crate::present::escape::json_for_script(&serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Report",
            "name": title,
            "url": meta.canonical,
            "about": {"@type": "Brand", "name": view.name},
            "publisher": {"@type": "Organization", "name": self.site.brand.name},
        })));
        let mut context = page_context(&meta);
        context.insert("brand", view);
        Ok(OutputFile::new(index(&path), self.render("brand.html", &context)?))
    }
}
