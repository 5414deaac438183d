//! `content/creators/<slug>.yaml`: one creator's profile.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::choices::{KitSection, Platform};
use crate::model::import::{ImportSpec, Provenance};
use crate::model::values::{Amount, Asset, Count, Currency, Date, Email, Link, OrderedMap, Percent};

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Creator {
    pub name: String,
    pub tagline: Option<String>,
    pub location: Option<String>,
    #[serde(default)]
    pub niches: Vec<String>,
    /// A portrait under `static/` or an https address.
    pub photo: Option<Asset>,
    pub contact: Option<Contact>,
    /// Markdown.
    pub bio: Option<String>,
    /// The date the figures were taken ("data as of" on the kit).
    pub as_of: Option<Date>,
    /// Sections left out of the public kit.
    #[serde(default)]
    pub hide: Vec<KitSection>,
    /// At least one, with `followers`.
    #[serde(default)]
    #[schemars(length(min = 1))]
    pub platforms: Vec<PlatformProfile>,
    pub audience: Option<Audience>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub testimonials: Vec<Testimonial>,
    pub rates: Option<Rates>,
    /// List the campaigns this creator took part in on the kit (`true`), or
    /// never (`false`); unset follows `track_record` in `mediakit.yaml`.
    pub track_record: Option<bool>,
}

impl Creator {
    pub fn hides(&self, section: KitSection) -> bool {
        self.hide.contains(&section)
    }

    /// Whether the kit shows the creator's track record.
    pub fn shows_track_record(&self, site_default: bool) -> bool {
        self.track_record.unwrap_or(site_default)
    }
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub email: Option<Email>,
    pub website: Option<Link>,
    pub phone: Option<String>,
    /// Name of a manager or agent, shown beside the e-mail.
    pub manager: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlatformProfile {
    pub platform: Platform,
    pub handle: Option<String>,
    pub url: Option<Link>,
    pub followers: Option<Count>,
    pub avg_likes: Option<Amount>,
    pub avg_comments: Option<Amount>,
    pub avg_shares: Option<Amount>,
    pub avg_saves: Option<Amount>,
    pub avg_clicks: Option<Amount>,
    pub avg_reach: Option<Amount>,
    pub avg_views: Option<Amount>,
    /// When given, the averages are computed from these instead of `avg_*`.
    #[serde(default)]
    pub recent_posts: Vec<RecentPost>,
    /// Follower counts over time, for growth.
    #[serde(default)]
    pub history: Vec<HistoryPoint>,
    /// The platform's own analytics export (a folder, a .zip or one file);
    /// what the YAML gives wins over what it holds.
    pub import: Option<ImportSpec>,
    /// Where imported figures came from (set by the load stage).
    #[serde(skip)]
    pub imported: Option<Provenance>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecentPost {
    pub date: Option<Date>,
    pub url: Option<Link>,
    pub likes: Option<Count>,
    pub comments: Option<Count>,
    pub shares: Option<Count>,
    pub saves: Option<Count>,
    pub clicks: Option<Count>,
    pub reach: Option<Count>,
    pub views: Option<Count>,
    pub impressions: Option<Count>,
    /// All interactions together, for platforms that report only the total
    /// (LinkedIn); used when the post gives none of the counted interactions.
    pub engagements: Option<Count>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryPoint {
    pub date: Date,
    pub followers: Count,
}

/// Audience shares in percent; each group should add up to about 100.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    pub gender: Option<OrderedMap<Percent>>,
    pub age: Option<OrderedMap<Percent>>,
    #[serde(default)]
    pub locations: Vec<AudienceLocation>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AudienceLocation {
    pub name: String,
    pub share: Percent,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub brand: String,
    pub year: Option<u16>,
    /// Markdown.
    pub summary: Option<String>,
    pub url: Option<Link>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Testimonial {
    pub quote: String,
    pub author: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rates {
    /// Defaults to the site currency.
    pub currency: Option<Currency>,
    #[serde(default)]
    pub items: Vec<RateItem>,
    #[serde(default)]
    pub packages: Vec<RatePackage>,
    #[serde(default)]
    pub addons: Vec<RateAddon>,
    /// Markdown.
    pub notes: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RateItem {
    pub platform: Platform,
    pub deliverable: String,
    pub price: Amount,
    pub description: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RatePackage {
    pub name: String,
    #[serde(default)]
    pub includes: Vec<String>,
    pub price: Amount,
    pub description: Option<String>,
}

/// An add-on is priced as a percentage of the base price or as a flat amount.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RateAddon {
    pub name: String,
    pub percent: Option<Amount>,
    pub amount: Option<Amount>,
}
