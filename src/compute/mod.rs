//! Compute stage: every figure of SPEC §7, as pure functions of the model.
//!
//! Where is X computed? Engagement rates and ratings: `engagement`; tiers and
//! benchmarks: `tier`; follower growth and spikes: `growth`; suggested prices:
//! `pricing`; CTR, CPE, CPM, CPC, CPA, CPV, EMV, ROAS, ROI and goals: `campaign`;
//! "not available" arithmetic: `ratio`; what the roster is browsed by:
//! `facets`; brand rollups and track records: `brand`; what `hide:` takes
//! out of a profile before anything is computed or shown: `redact`.

pub mod brand;
pub mod campaign;
pub mod creator;
pub mod engagement;
pub mod facets;
pub mod growth;
pub mod metric;
pub mod pricing;
pub mod ratio;
pub mod redact;
pub mod tier;

use rayon::prelude::*;

use crate::model::Site;

pub use campaign::CampaignFigures;
pub use creator::CreatorFigures;

/// All figures of a site, in the same order as `site.creators` / `site.campaigns`.
#[derive(Clone, Debug)]
pub struct SiteFigures {
    pub creators: Vec<CreatorFigures>,
    pub campaigns: Vec<CampaignFigures>,
}

pub fn compute_site(site: &Site) -> SiteFigures {
    SiteFigures {
        creators: site.creators.par_iter().map(|e| creator::creator_figures(&e.slug, &e.data, &site.config)).collect(),
        campaigns: site.campaigns.par_iter().map(|e| campaign::campaign_figures(e, site)).collect(),
    }
}
