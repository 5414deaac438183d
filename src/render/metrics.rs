//! Names and formats of the campaign figures, shared by pages and PDFs so a
//! figure is labelled and written the same way everywhere.

use crate::compute::campaign::Totals;
use crate::render::format::Formatter;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Count,
    Percent,
    Money,
    /// Money in the EMV currency (the site currency).
    EmvMoney,
    Multiple,
}

#[derive(Clone, Copy, Debug)]
pub struct Metric {
    pub key: &'static str,
    pub label: &'static str,
    /// A short column heading.
    pub short: &'static str,
    pub kind: Kind,
    /// How the figure is defined, for tooltips and footnotes.
    pub help: &'static str,
}

pub const METRICS: [Metric; 20] = [
    Metric { key: "reach", label: "Reach", short: "Reach", kind: Kind::Count, help: "unique accounts reached" },
    Metric {
        key: "impressions",
        label: "Impressions",
        short: "Impr.",
        kind: Kind::Count,
        help: "times the content was shown",
    },
    Metric { key: "views", label: "Views", short: "Views", kind: Kind::Count, help: "video views" },
    Metric {
        key: "engagements",
        label: "Engagements",
        short: "Eng.",
        kind: Kind::Count,
        help: "likes, comments, shares and saves",
    },
    Metric { key: "clicks", label: "Clicks", short: "Clicks", kind: Kind::Count, help: "link clicks" },
    Metric {
        key: "conversions",
        label: "Conversions",
        short: "Conv.",
        kind: Kind::Count,
        help: "tracked sales or sign-ups",
    },
    Metric { key: "revenue", label: "Revenue", short: "Revenue", kind: Kind::Money, help: "tracked revenue" },
    Metric {
        key: "cost",
        label: "Cost",
        short: "Cost",
        kind: Kind::Money,
        help: "creator fees, product and campaign costs",
    },
    Metric {
        key: "er_followers",
        label: "Engagement rate",
        short: "ER",
        kind: Kind::Percent,
        help: "engagements ÷ followers",
    },
    Metric {
        key: "er_reach",
        label: "ER by reach",
        short: "ER reach",
        kind: Kind::Percent,
        help: "engagements ÷ reach",
    },
    Metric {
        key: "ctr",
        label: "Click-through rate",
        short: "CTR",
        kind: Kind::Percent,
        help: "clicks ÷ impressions (or views, or reach)",
    },
    Metric {
        key: "conversion_rate",
        label: "Conversion rate",
        short: "CVR",
        kind: Kind::Percent,
        help: "conversions ÷ clicks",
    },
    Metric { key: "cpe", label: "Cost per engagement", short: "CPE", kind: Kind::Money, help: "cost ÷ engagements" },
    Metric {
        key: "cpm",
        label: "Cost per 1,000 impressions",
        short: "CPM",
        kind: Kind::Money,
        help: "cost ÷ impressions × 1,000",
    },
    Metric { key: "cpc", label: "Cost per click", short: "CPC", kind: Kind::Money, help: "cost ÷ clicks" },
    Metric { key: "cpa", label: "Cost per acquisition", short: "CPA", kind: Kind::Money, help: "cost ÷ conversions" },
    Metric { key: "cpv", label: "Cost per view", short: "CPV", kind: Kind::Money, help: "cost ÷ views" },
    Metric {
        key: "emv",
        label: "Earned media value",
        short: "EMV",
        kind: Kind::EmvMoney,
        help: "actions × their configured value",
    },
    Metric { key: "roas", label: "Return on ad spend", short: "ROAS", kind: Kind::Multiple, help: "revenue ÷ cost" },
    Metric {
        key: "roi",
        label: "Return on investment",
        short: "ROI",
        kind: Kind::Percent,
        help: "(revenue − cost) ÷ cost",
    },
];

pub fn metric(key: &str) -> Option<&'static Metric> {
    METRICS.iter().find(|m| m.key == key)
}

/// The value of a figure by key.
pub fn value(t: &Totals, key: &str) -> Option<f64> {
    match key {
        "reach" => t.reach,
        "impressions" => t.impressions,
        "views" => t.views,
        "engagements" => t.engagements,
        "clicks" => t.clicks,
        "conversions" => t.conversions,
        "revenue" => t.revenue,
        "cost" => t.cost,
        "er_followers" | "engagement_rate" => t.er_followers,
        "er_reach" => t.er_reach,
        "ctr" => t.ctr,
        "conversion_rate" => t.conversion_rate,
        "cpe" => t.cpe,
        "cpm" => t.cpm,
        "cpc" => t.cpc,
        "cpa" => t.cpa,
        "cpv" => t.cpv,
        "emv" => t.emv,
        "roas" => t.roas,
        "roi" => t.roi,
        _ => None,
    }
}

/// Formats a figure of the given kind; `compact` shortens big counts (48.2K).
pub fn format(
    fmt: &Formatter,
    kind: Kind,
    v: Option<f64>,
    currency: &str,
    emv_currency: &str,
    compact: bool,
) -> String {
    match kind {
        Kind::Count if compact => fmt.compact(v),
        Kind::Count => fmt.count(v),
        Kind::Percent => fmt.percent(v),
        Kind::Money if compact => fmt.money_compact(v, currency),
        Kind::Money => fmt.money(v, currency),
        Kind::EmvMoney if compact => fmt.money_compact(v, emv_currency),
        Kind::EmvMoney => fmt.money(v, emv_currency),
        Kind::Multiple => fmt.multiple(v),
    }
}
