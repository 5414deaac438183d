//! Views: computed figures turned into what a page or PDF shows, formatted
//! once so that HTML and PDF say the same thing. Views format; they never
//! compute figures.

pub mod kit;
pub mod report;
pub mod roster;
pub mod site;

use crate::model::config::SiteConfig;
use crate::render::charts::Palette;
use crate::render::format::Formatter;
use crate::render::urls::Urls;

/// What every view needs: configuration, links, number formats and colours.
pub struct Ctx {
    pub config: SiteConfig,
    pub urls: Urls,
    pub fmt: Formatter,
    pub palette: Palette,
}

impl Ctx {
    pub fn new(config: &SiteConfig) -> Ctx {
        Ctx {
            urls: Urls::new(&config.base_url),
            fmt: Formatter::new(config.locale.clone()),
            palette: Palette::from_brand(&config.brand.primary_color.0, &config.brand.accent_color.0),
            config: config.clone(),
        }
    }
}
