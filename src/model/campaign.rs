//! `content/campaigns/<slug>.yaml`: one campaign and its results.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::choices::{Objective, Platform, PostFormat, ReportHide};
use crate::model::import::PostsFrom;
use crate::model::values::{Amount, Count, Currency, Date, Link};

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    pub name: String,
    /// The client brand.
    pub brand: Option<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub objective: Option<Objective>,
    /// Defaults to the site currency.
    pub currency: Option<Currency>,
    pub budget: Option<Amount>,
    #[serde(default)]
    pub goals: Goals,
    /// Markdown: the agency's narrative at the top of the report.
    pub summary: Option<String>,
    /// Campaign-level costs beyond creator fees.
    #[serde(default)]
    pub costs: Vec<ExtraCost>,
    /// At least one, with at least one post.
    #[serde(default)]
    #[schemars(length(min = 1))]
    pub creators: Vec<CampaignCreator>,
    /// Spreadsheets (CSV, TSV, XLSX) of posts, one row a post, beside or
    /// instead of the posts under `creators:`.
    #[serde(default)]
    pub posts_from: PostsFrom,
    /// Figures kept out of the client-facing report.
    #[serde(default)]
    pub hide: Vec<ReportHide>,
}

impl Campaign {
    pub fn hides(&self, what: ReportHide) -> bool {
        self.hide.contains(&what)
    }
}

/// Targets; attainment is actual ÷ goal × 100. All are "higher is better".
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goals {
    pub reach: Option<Amount>,
    pub impressions: Option<Amount>,
    pub views: Option<Amount>,
    pub engagements: Option<Amount>,
    /// Engagement rate by followers, in percent.
    pub engagement_rate: Option<Amount>,
    /// Engagement rate by reach, in percent.
    pub er_reach: Option<Amount>,
    pub clicks: Option<Amount>,
    pub ctr: Option<Amount>,
    pub conversions: Option<Amount>,
    pub conversion_rate: Option<Amount>,
    pub revenue: Option<Amount>,
    pub roas: Option<Amount>,
    pub roi: Option<Amount>,
    pub emv: Option<Amount>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraCost {
    pub name: String,
    pub amount: Amount,
}

/// A creator in a campaign: a profile slug (`creator:`) or an inline creator
/// with a `name` (and optionally `followers`) for someone without a profile.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignCreator {
    pub creator: Option<String>,
    pub name: Option<String>,
    pub handle: Option<String>,
    pub followers: Option<Count>,
    pub fee: Option<Amount>,
    pub product_cost: Option<Amount>,
    #[serde(default)]
    pub posts: Vec<Post>,
}

#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub platform: Platform,
    pub format: Option<PostFormat>,
    pub date: Option<Date>,
    pub url: Option<Link>,
    pub title: Option<String>,
    /// Followers at posting time; defaults to the profile's figure.
    pub followers: Option<Count>,
    pub reach: Option<Count>,
    pub impressions: Option<Count>,
    pub views: Option<Count>,
    pub likes: Option<Count>,
    pub comments: Option<Count>,
    pub shares: Option<Count>,
    pub saves: Option<Count>,
    pub clicks: Option<Count>,
    pub conversions: Option<Count>,
    pub revenue: Option<Amount>,
    pub promo_code: Option<String>,
}
