//! A whole site as loaded: configuration plus every creator and campaign.

use std::path::PathBuf;

use crate::model::campaign::Campaign;
use crate::model::config::SiteConfig;
use crate::model::creator::Creator;

/// One content file: its slug (the file stem), the path shown in messages,
/// and its typed contents.
#[derive(Clone, Debug)]
pub struct Entry<T> {
    pub slug: String,
    pub file: String,
    pub data: T,
}

#[derive(Clone, Debug)]
pub struct Site {
    pub root: PathBuf,
    pub config: SiteConfig,
    /// Sorted by slug.
    pub creators: Vec<Entry<Creator>>,
    /// Sorted by slug.
    pub campaigns: Vec<Entry<Campaign>>,
}

impl Site {
    pub fn creator(&self, slug: &str) -> Option<&Entry<Creator>> {
        self.creators.binary_search_by(|e| e.slug.as_str().cmp(slug)).ok().map(|i| &self.creators[i])
    }
}
