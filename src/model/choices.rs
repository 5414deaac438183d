//! The closed sets of words the content files accept.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Instagram,
    #[serde(alias = "tik_tok")]
    Tiktok,
    Youtube,
    Linkedin,
    Pinterest,
    Threads,
    Twitch,
    #[serde(alias = "twitter")]
    X,
    Other,
}

impl Platform {
    pub const ALL: [Platform; 9] = [
        Platform::Instagram,
        Platform::Tiktok,
        Platform::Youtube,
        Platform::Linkedin,
        Platform::Pinterest,
        Platform::Threads,
        Platform::Twitch,
        Platform::X,
        Platform::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Platform::Instagram => "instagram",
            Platform::Tiktok => "tiktok",
            Platform::Youtube => "youtube",
            Platform::Linkedin => "linkedin",
            Platform::Pinterest => "pinterest",
            Platform::Threads => "threads",
            Platform::Twitch => "twitch",
            Platform::X => "x",
            Platform::Other => "other",
        }
    }

    /// The platform's name, for messages; pages and PDFs take theirs from
    /// the labels (`platform-*`).
    pub fn label(self) -> &'static str {
        match self {
            Platform::Instagram => "Instagram",
            Platform::Tiktok => "TikTok",
            Platform::Youtube => "YouTube",
            Platform::Linkedin => "LinkedIn",
            Platform::Pinterest => "Pinterest",
            Platform::Threads => "Threads",
            Platform::Twitch => "Twitch",
            Platform::X => "X",
            Platform::Other => "Other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PostFormat {
    Post,
    Reel,
    Story,
    Video,
    Short,
    Live,
    Carousel,
}

impl PostFormat {
    /// The name in content files; labels are in `present`.
    pub fn key(self) -> &'static str {
        match self {
            PostFormat::Post => "post",
            PostFormat::Reel => "reel",
            PostFormat::Story => "story",
            PostFormat::Video => "video",
            PostFormat::Short => "short",
            PostFormat::Live => "live",
            PostFormat::Carousel => "carousel",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Objective {
    Awareness,
    Engagement,
    Traffic,
    Conversions,
}

impl Objective {
    /// The name in content files; labels are in `present`.
    pub fn key(self) -> &'static str {
        match self {
            Objective::Awareness => "awareness",
            Objective::Engagement => "engagement",
            Objective::Traffic => "traffic",
            Objective::Conversions => "conversions",
        }
    }
}

/// An interaction that can count towards "engagements" (`engagement.counts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Interaction {
    Likes,
    Comments,
    Shares,
    Saves,
    Clicks,
}

impl Interaction {
    pub const DEFAULT: [Interaction; 4] =
        [Interaction::Likes, Interaction::Comments, Interaction::Shares, Interaction::Saves];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Average {
    #[default]
    Mean,
    Median,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

/// What the PDFs conform to: every PDF is tagged and accessible (PDF/UA-1);
/// `a-2b` also makes it archival (PDF/A-2b).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum PdfStandard {
    #[default]
    #[serde(rename = "ua-1")]
    Ua1,
    #[serde(rename = "a-2b")]
    A2b,
}

/// Sections of a media kit that `hide:` can leave out of the public pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum KitSection {
    Bio,
    Audience,
    Growth,
    Partners,
    Testimonials,
    Rates,
    Contact,
    Location,
}

/// Figures a campaign can keep out of the client-facing report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReportHide {
    Budget,
    Fees,
    Revenue,
}
