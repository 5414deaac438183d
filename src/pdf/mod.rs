//! PDF stage: one-page media kits and campaign reports.

use crate::compute::{CampaignFigures, CreatorFigures};
use crate::diagnostics::Diagnostic;
use crate::model::Entry;
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;
use crate::render::{OutputFile, Renderer};

pub fn creator_pdf(
    _entry: &Entry<Creator>,
    _figures: &CreatorFigures,
    _renderer: &Renderer,
) -> Result<Vec<OutputFile>, Diagnostic> {
    Ok(Vec::new())
}

pub fn campaign_pdf(
    _entry: &Entry<Campaign>,
    _figures: &CampaignFigures,
    _renderer: &Renderer,
) -> Result<Vec<OutputFile>, Diagnostic> {
    Ok(Vec::new())
}
