//! Links that work under `base_url`'s sub-path (GitHub project pages).

/// `base_url` split into what pages need: the absolute origin+path for
/// canonical links and the path prefix for every internal link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Urls {
    /// `https://northlight.github.io/kits` (no trailing slash), or `` when the
    /// site is configured with a bare path.
    pub origin_and_path: String,
    /// `/kits` (no trailing slash; empty at the domain root).
    pub base_path: String,
}

impl Urls {
    pub fn new(base_url: &str) -> Urls {
        let trimmed = base_url.trim().trim_end_matches('/');
        let (origin_and_path, path) = match trimmed.find("://") {
            Some(i) => {
                let after = &trimmed[i + 3..];
                let path = after.find('/').map_or("", |j| &after[j..]);
                (trimmed.to_string(), path.to_string())
            }
            None => (String::new(), trimmed.to_string()),
        };
        Urls { origin_and_path, base_path: path }
    }

    /// An internal link: `creators/ava/` → `/kits/creators/ava/`.
    pub fn path(&self, rel: &str) -> String {
        format!("{}/{}", self.base_path, rel.trim_start_matches('/'))
    }

    /// An absolute address for canonical links, sitemaps and link previews;
    /// the bare path when `base_url` has no host.
    pub fn absolute(&self, rel: &str) -> String {
        if self.origin_and_path.is_empty() {
            self.path(rel)
        } else {
            format!("{}/{}", self.origin_and_path, rel.trim_start_matches('/'))
        }
    }

    /// Where an asset named in the content (`static/ava.jpg` or an https
    /// address) is served.
    pub fn asset(&self, asset: &crate::model::values::Asset) -> String {
        match asset.static_path() {
            Some(inner) => self.path(inner),
            None => asset.0.clone(),
        }
    }

    pub fn asset_absolute(&self, asset: &crate::model::values::Asset) -> String {
        match asset.static_path() {
            Some(inner) => self.absolute(inner),
            None => asset.0.clone(),
        }
    }
}

/// Output paths of each page, relative to the output root.
pub mod page {
    pub fn kit(slug: &str) -> String {
        format!("creators/{slug}/")
    }
    pub fn rates(slug: &str) -> String {
        format!("creators/{slug}/rates/")
    }
    pub fn kit_pdf(slug: &str) -> String {
        format!("creators/{slug}/media-kit.pdf")
    }
    pub fn kit_json(slug: &str) -> String {
        format!("creators/{slug}/data.json")
    }
    pub fn report(slug: &str) -> String {
        format!("campaigns/{slug}/")
    }
    pub fn report_pdf(slug: &str) -> String {
        format!("campaigns/{slug}/report.pdf")
    }
    pub fn report_json(slug: &str) -> String {
        format!("campaigns/{slug}/data.json")
    }
    /// Link-preview cards (`og:image`), one beside each page.
    pub fn kit_card(slug: &str) -> String {
        format!("creators/{slug}/card.png")
    }
    pub fn rates_card(slug: &str) -> String {
        format!("creators/{slug}/rates/card.png")
    }
    pub fn report_card(slug: &str) -> String {
        format!("campaigns/{slug}/card.png")
    }
    /// The site's own card, for the roster and every listing.
    pub const SITE_CARD: &str = "card.png";
    /// Page `n` of the listing in `dir` (`` for the roster, `niches/food/`
    /// for a term): the folder itself for the first page, `page/N/` under it
    /// for the rest, as Hugo and Zola paginate.
    pub fn listing(dir: &str, n: usize) -> String {
        if n <= 1 { dir.to_string() } else { format!("{dir}page/{n}/") }
    }
    pub fn brand(slug: &str) -> String {
        format!("brands/{slug}/")
    }
    pub fn brand_json(slug: &str) -> String {
        format!("brands/{slug}/data.json")
    }
    pub fn brand_card(slug: &str) -> String {
        format!("brands/{slug}/card.png")
    }
    /// The search index of the roster.
    pub const SEARCH_INDEX: &str = "creators/index.json";
    pub const BRANDS: &str = "brands/";
    pub const CAMPAIGNS: &str = "campaigns/";
}

/// A page path as it goes into a link: bytes outside printable ASCII (a
/// term in another script) and the characters URLs reserve are
/// percent-encoded; `/` stays.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_paths_prefix_every_link() {
        let u = Urls::new("https://northlight.github.io/kits/");
        assert_eq!(u.base_path, "/kits");
        assert_eq!(u.path("creators/ava/"), "/kits/creators/ava/");
        assert_eq!(u.absolute("creators/ava/"), "https://northlight.github.io/kits/creators/ava/");
        assert_eq!(u.path(""), "/kits/");
    }

    #[test]
    fn paths_in_other_scripts_are_percent_encoded() {
        assert_eq!(encode_path("niches/clean-beauty/page/2/"), "niches/clean-beauty/page/2/");
        assert_eq!(encode_path("niches/美妆/"), "niches/%E7%BE%8E%E5%A6%86/");
        assert_eq!(encode_path("a b?#%"), "a%20b%3F%23%25");
        assert_eq!(page::listing("", 1), "");
        assert_eq!(page::listing("tiers/micro/", 3), "tiers/micro/page/3/");
    }

    #[test]
    fn domain_root_and_bare_paths() {
        let u = Urls::new("https://ava.example");
        assert_eq!(u.path("a.css"), "/a.css");
        let bare = Urls::new("/");
        assert_eq!(bare.path("x/"), "/x/");
        assert_eq!(bare.absolute("x/"), "/x/");
    }
}
