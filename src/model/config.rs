//! `mediakit.yaml`: the site configuration. Every key is optional.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::choices::{Average, Interaction, Paper, PdfStandard, Platform};
use crate::model::locale::Locale;
use crate::model::values::{Amount, Asset, Color, Count, Currency, Email, Link};

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SiteConfig {
    /// Shown in page titles and the roster header.
    pub title: String,
    /// A sentence for search engines and link previews of the roster page.
    pub description: Option<String>,
    /// Where the site is published; a sub-path (GitHub project pages) works.
    pub base_url: String,
    /// A built-in theme (`studio`) or a folder under `themes/`.
    pub theme: String,
    /// Default currency of every money field (ISO 4217).
    pub currency: Currency,
    /// Number and date formatting, e.g. `en-US`, `en-GB`, `de-DE`, `fr-FR`.
    pub locale: Locale,
    pub brand: Brand,
    pub engagement: EngagementConfig,
    /// Earned media value per action, in the site currency; EMV is shown only when set.
    pub emv: Option<EmvRates>,
    pub pdf: PdfConfig,
    pub tiers: TierConfig,
    /// Creators per page of the roster and of each niche, tier, platform and
    /// location page (`page/2/`, …).
    #[schemars(range(min = 1, max = 1000))]
    pub page_size: u32,
    /// Kits list the campaigns their creator took part in, with the figures
    /// those campaigns show. Off by default; a creator's own `track_record`
    /// wins over this.
    pub track_record: bool,
}

/// Creators a roster page shows unless `page_size` says otherwise: a grid
/// of two, three or four columns fills evenly.
pub const DEFAULT_PAGE_SIZE: u32 = 24;

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: "Media kits".to_string(),
            description: None,
            base_url: "/".to_string(),
            theme: "studio".to_string(),
            currency: Currency::default(),
            locale: Locale::default(),
            brand: Brand::default(),
            engagement: EngagementConfig::default(),
            emv: None,
            pdf: PdfConfig::default(),
            tiers: TierConfig::default(),
            page_size: DEFAULT_PAGE_SIZE,
            track_record: false,
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Brand {
    pub name: Option<String>,
    /// A file under `static/` (SVG, PNG or JPEG) or an https address.
    pub logo: Option<Asset>,
    pub primary_color: Color,
    pub accent_color: Color,
    pub website: Option<Link>,
    pub email: Option<Email>,
}

impl Default for Brand {
    fn default() -> Self {
        Brand {
            name: None,
            logo: None,
            primary_color: Color("#0F766E".to_string()),
            accent_color: Color("#F59E0B".to_string()),
            website: None,
            email: None,
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct EngagementConfig {
    /// Which interactions make an engagement.
    pub counts: Vec<Interaction>,
    /// How per-post engagements over `recent_posts` are averaged.
    pub average: Average,
}

impl Default for EngagementConfig {
    fn default() -> Self {
        EngagementConfig { counts: Interaction::DEFAULT.to_vec(), average: Average::Mean }
    }
}

/// Value of one action, in the site currency.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmvRates {
    pub impression: Option<Amount>,
    pub view: Option<Amount>,
    pub like: Option<Amount>,
    pub comment: Option<Amount>,
    pub share: Option<Amount>,
    pub save: Option<Amount>,
    pub click: Option<Amount>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PdfConfig {
    pub paper: Paper,
    /// `ua-1` (the default: tagged and accessible) or `a-2b` (also archival, PDF/A-2b).
    pub standard: PdfStandard,
}

/// Lower bounds in followers for each tier; missing bounds fall back to
/// `default`, then to the built-in 1K / 10K / 100K / 1M.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct TierConfig {
    pub default: TierBounds,
    pub instagram: Option<TierBounds>,
    pub tiktok: Option<TierBounds>,
    pub youtube: Option<TierBounds>,
    pub linkedin: Option<TierBounds>,
    pub pinterest: Option<TierBounds>,
    pub threads: Option<TierBounds>,
    pub twitch: Option<TierBounds>,
    pub x: Option<TierBounds>,
    pub other: Option<TierBounds>,
}

impl TierConfig {
    pub fn for_platform(&self, platform: Platform) -> Option<&TierBounds> {
        match platform {
            Platform::Instagram => self.instagram.as_ref(),
            Platform::Tiktok => self.tiktok.as_ref(),
            Platform::Youtube => self.youtube.as_ref(),
            Platform::Linkedin => self.linkedin.as_ref(),
            Platform::Pinterest => self.pinterest.as_ref(),
            Platform::Threads => self.threads.as_ref(),
            Platform::Twitch => self.twitch.as_ref(),
            Platform::X => self.x.as_ref(),
            Platform::Other => self.other.as_ref(),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TierBounds {
    pub nano: Option<Count>,
    pub micro: Option<Count>,
    #[serde(rename = "macro")]
    pub macro_: Option<Count>,
    pub mega: Option<Count>,
}
