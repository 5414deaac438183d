//! What the roster is browsed by (SPEC §12): each creator's niches, tier,
//! platforms and audience top country, as terms with a URL-safe slug; and
//! the listings they make — the whole roster and one listing per term —
//! each a list of creators in site order. Pagination is the pipeline's.

use std::collections::BTreeMap;

use crate::compute::tier::{Tier, bounds_for, tier_of};
use crate::model::Site;
use crate::model::choices::{KitSection, Platform};
use crate::model::config::SiteConfig;
use crate::model::creator::Creator;
use crate::model::slug::slugify;

/// The longest term slug, in characters.
const MAX_SLUG: usize = 80;

/// The URL name of a term (a niche, a country, a brand): the ASCII slug of
/// its words when it has any (`Clean Beauty` → `clean-beauty`), else its
/// letters and digits in lower case (`美妆` stays `美妆`); `None` for a term
/// of punctuation or emoji alone. Terms that differ only in case, accents or
/// punctuation share a slug, and so a page.
pub fn term_slug(text: &str) -> Option<String> {
    let ascii = slugify(text);
    if !ascii.is_empty() {
        return Some(ascii);
    }
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
        if out.chars().count() >= MAX_SLUG {
            break;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A kind of facet, in the order the roster offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Niche,
    Tier,
    Platform,
    Location,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Niche, Facet::Tier, Facet::Platform, Facet::Location];

    /// The folder of its pages (`niches/<term>/`), as Hugo names taxonomies.
    pub fn dir(self) -> &'static str {
        match self {
            Facet::Niche => "niches",
            Facet::Tier => "tiers",
            Facet::Platform => "platforms",
            Facet::Location => "locations",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Facet::Niche => "Niche",
            Facet::Tier => "Tier",
            Facet::Platform => "Platform",
            Facet::Location => "Audience location",
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            Facet::Niche => "Niches",
            Facet::Tier => "Tiers",
            Facet::Platform => "Platforms",
            Facet::Location => "Audience locations",
        }
    }
}

/// One term of a facet: its slug and how it reads.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Term {
    pub slug: String,
    pub label: String,
}

/// A creator's terms, each facet's in a stable order, without repeats.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets {
    pub niches: Vec<Term>,
    pub tier: Option<Tier>,
    pub platforms: Vec<Platform>,
    /// The audience's largest country; absent when the audience is hidden.
    pub country: Option<Term>,
}

impl Facets {
    /// Every (facet, term) the creator is listed under.
    pub fn terms(&self) -> Vec<(Facet, Term)> {
        let mut out: Vec<(Facet, Term)> = self.niches.iter().map(|t| (Facet::Niche, t.clone())).collect();
        if let Some(t) = self.tier {
            out.push((Facet::Tier, tier_term(t)));
        }
        out.extend(self.platforms.iter().map(|p| (Facet::Platform, platform_term(*p))));
        if let Some(c) = &self.country {
            out.push((Facet::Location, c.clone()));
        }
        out
    }
}

pub fn tier_term(t: Tier) -> Term {
    Term { slug: t.label().to_lowercase(), label: t.label().to_string() }
}

pub fn platform_term(p: Platform) -> Term {
    Term { slug: p.key().to_string(), label: p.label().to_string() }
}

/// A creator's tier as the figures have it: the highest of the tiers of
/// their platforms that state followers.
pub fn creator_tier(creator: &Creator, config: &SiteConfig) -> Option<Tier> {
    creator.platforms.iter().filter_map(|p| Some(tier_of(p.followers?.0, bounds_for(&config.tiers, p.platform)))).max()
}

/// The audience's largest country (the first listed of equal shares).
pub fn top_country(creator: &Creator) -> Option<Term> {
    if creator.hides(KitSection::Audience) {
        return None;
    }
    let locations = &creator.audience.as_ref()?.locations;
    let mut best: Option<&crate::model::creator::AudienceLocation> = None;
    for l in locations {
        if best.is_none_or(|b| l.share.get() > b.share.get()) {
            best = Some(l);
        }
    }
    let best = best?;
    Some(Term { slug: term_slug(&best.name)?, label: best.name.trim().to_string() })
}

pub fn facets_of(creator: &Creator, config: &SiteConfig) -> Facets {
    let mut niches: Vec<Term> = Vec::new();
    for n in &creator.niches {
        if let Some(slug) = term_slug(n)
            && !niches.iter().any(|t| t.slug == slug)
        {
            niches.push(Term { slug, label: n.trim().to_string() });
        }
    }
    let mut platforms: Vec<Platform> = Vec::new();
    for p in &creator.platforms {
        if !platforms.contains(&p.platform) {
            platforms.push(p.platform);
        }
    }
    Facets { niches, tier: creator_tier(creator, config), platforms, country: top_country(creator) }
}

/// A list of creators with a page (or pages) of its own: the whole roster,
/// or the creators under one term.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    /// `None` for the whole roster.
    pub facet: Option<(Facet, Term)>,
    /// Indices into `site.creators`, in site order.
    pub members: Vec<usize>,
}

impl Listing {
    /// The listing's folder: `` for the roster, `niches/skincare/` for a term.
    pub fn dir(&self) -> String {
        match &self.facet {
            None => String::new(),
            Some((facet, term)) => format!("{}/{}/", facet.dir(), term.slug),
        }
    }
}

/// Every listing of the site: the roster first, then each facet's terms by
/// slug. A term's label is the one its first creator (in site order) writes.
pub fn listings(site: &Site) -> Vec<Listing> {
    let all = site.creators.iter().map(|e| facets_of(&e.data, &site.config));
    listings_of(all)
}

/// The listings of creators whose facets are `all`, in site order.
pub fn listings_of(all: impl Iterator<Item = Facets>) -> Vec<Listing> {
    let mut roster = Vec::new();
    let mut by_term: BTreeMap<(Facet, String), (String, Vec<usize>)> = BTreeMap::new();
    for (i, f) in all.enumerate() {
        roster.push(i);
        for (facet, term) in f.terms() {
            by_term.entry((facet, term.slug)).or_insert_with(|| (term.label, Vec::new())).1.push(i);
        }
    }
    let mut out = vec![Listing { facet: None, members: roster }];
    out.extend(
        by_term
            .into_iter()
            .map(|((facet, slug), (label, members))| Listing { facet: Some((facet, Term { slug, label })), members }),
    );
    out
}

/// How many pages `count` items make at `size` a page: at least one, so an
/// empty roster still has its first page.
pub fn page_count(count: usize, size: usize) -> usize {
    count.div_ceil(size.max(1)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::creator::creator_figures;

    fn creator(yaml: &str) -> Creator {
        serde_saphyr::from_str(yaml).unwrap()
    }

    #[test]
    fn term_slugs_fold_case_accents_and_scripts() {
        assert_eq!(term_slug("Clean Beauty").as_deref(), Some("clean-beauty"));
        assert_eq!(term_slug("  clean   beauty ").as_deref(), Some("clean-beauty"));
        assert_eq!(term_slug("Café & Cuisine").as_deref(), Some("cafe-cuisine"));
        assert_eq!(term_slug("美妆").as_deref(), Some("美妆"));
        assert_eq!(term_slug("Ελλάδα").as_deref(), Some("ελλάδα"));
        assert_eq!(term_slug("../etc/passwd").as_deref(), Some("etc-passwd"));
        assert_eq!(term_slug("🔥🔥"), None);
        assert_eq!(term_slug(""), None);
        let long = "美".repeat(500);
        assert_eq!(term_slug(&long).map(|s| s.chars().count()), Some(MAX_SLUG));
    }

    #[test]
    fn a_creator_is_under_each_niche_once_their_tier_platforms_and_top_country() {
        let c = creator(
            "name: A\nniches: [Skincare, skincare, clean beauty, '🔥']\nplatforms:\n  - {platform: instagram, followers: 48200}\n  - {platform: tiktok, followers: 6000}\n  - {platform: instagram, followers: 10}\naudience:\n  locations: [{name: Canada, share: 20}, {name: United States, share: 62}, {name: Mexico, share: 62}]\n",
        );
        let f = facets_of(&c, &SiteConfig::default());
        let slugs: Vec<&str> = f.niches.iter().map(|t| t.slug.as_str()).collect();
        assert_eq!(slugs, ["skincare", "clean-beauty"]);
        assert_eq!(f.niches[0].label, "Skincare");
        // 48,200 on Instagram is micro (10K–100K); 6,000 on TikTok is nano by default.
        assert_eq!(f.tier, Some(Tier::Micro));
        assert_eq!(f.platforms, [Platform::Instagram, Platform::Tiktok]);
        assert_eq!(f.country, Some(Term { slug: "united-states".into(), label: "United States".into() }));
        assert_eq!(f.terms().len(), 2 + 1 + 2 + 1);
    }

    #[test]
    fn the_tier_agrees_with_the_figures() {
        let config =
            SiteConfig { tiers: serde_saphyr::from_str("tiktok: {micro: 5000}").unwrap(), ..SiteConfig::default() };
        for yaml in [
            "name: A\nplatforms: [{platform: tiktok, followers: 6000}]\n",
            "name: A\nplatforms: [{platform: youtube, followers: 999}]\n",
            "name: A\nplatforms: [{platform: x}]\n",
            "name: A\nplatforms: [{platform: x, followers: 2000000}, {platform: tiktok, followers: 3}]\n",
        ] {
            let c = creator(yaml);
            assert_eq!(creator_tier(&c, &config), creator_figures("a", &c, &config).tier, "{yaml}");
        }
    }

    #[test]
    fn a_hidden_audience_gives_no_country() {
        let c = creator(
            "name: A\nhide: [audience]\nplatforms: [{platform: x, followers: 1}]\naudience: {locations: [{name: Spain, share: 90}]}\n",
        );
        assert_eq!(top_country(&c), None);
    }

    #[test]
    fn listings_hold_every_creator_once_and_each_term_in_site_order() {
        let config = SiteConfig::default();
        let a = facets_of(&creator("name: A\nniches: [Food]\nplatforms: [{platform: x, followers: 50}]\n"), &config);
        let b = facets_of(
            &creator("name: B\nniches: [food, Travel]\nplatforms: [{platform: x, followers: 5000}]\n"),
            &config,
        );
        let l = listings_of([a, b].into_iter());
        let dirs: Vec<String> = l.iter().map(Listing::dir).collect();
        assert_eq!(dirs, ["", "niches/food/", "niches/travel/", "tiers/emerging/", "tiers/nano/", "platforms/x/"]);
        assert_eq!(l[0].members, [0, 1]);
        assert_eq!(l[1].members, [0, 1]);
        // The label is the first creator's spelling.
        assert_eq!(l[1].facet.as_ref().unwrap().1.label, "Food");
        assert_eq!(l[5].members, [0, 1]);
    }

    #[test]
    fn pages_round_up_and_never_drop_to_zero() {
        assert_eq!(page_count(0, 24), 1);
        assert_eq!(page_count(24, 24), 1);
        assert_eq!(page_count(25, 24), 2);
        assert_eq!(page_count(10_000, 24), 417);
        assert_eq!(page_count(5, 0), 5);
    }
}
