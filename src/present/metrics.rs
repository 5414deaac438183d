//! How each campaign metric is labelled and written, shared by pages and
//! PDFs so that a figure reads the same everywhere. The metrics themselves
//! (keys, units, what hides them) are [`crate::compute::metric::Metric`].

use crate::compute::metric::{Metric, Totals, Unit};
use crate::present::format::Formatter;

/// The words of one metric.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    pub label: &'static str,
    /// A short column heading.
    pub short: &'static str,
    /// How the figure is defined, for tooltips and footnotes.
    pub help: &'static str,
}

pub fn words(m: Metric) -> Words {
    let w = |label, short, help| Words { label, short, help };
    match m {
        Metric::Reach => w("Reach", "Reach", "unique accounts reached"),
        Metric::Impressions => w("Impressions", "Impr.", "times the content was shown"),
        Metric::Views => w("Views", "Views", "video views"),
        Metric::Engagements => w("Engagements", "Eng.", "likes, comments, shares and saves"),
        Metric::Clicks => w("Clicks", "Clicks", "link clicks"),
        Metric::Conversions => w("Conversions", "Conv.", "tracked sales or sign-ups"),
        Metric::Revenue => w("Revenue", "Revenue", "tracked revenue"),
        Metric::Cost => w("Cost", "Cost", "creator fees, product and campaign costs"),
        Metric::ErFollowers => w("Engagement rate", "ER", "engagements ÷ followers"),
        Metric::ErReach => w("ER by reach", "ER reach", "engagements ÷ reach"),
        Metric::Ctr => w("Click-through rate", "CTR", "clicks ÷ impressions (or views, or reach)"),
        Metric::ConversionRate => w("Conversion rate", "CVR", "conversions ÷ clicks"),
        Metric::Cpe => w("Cost per engagement", "CPE", "cost ÷ engagements"),
        Metric::Cpm => w("Cost per 1,000 impressions", "CPM", "cost ÷ impressions × 1,000"),
        Metric::Cpc => w("Cost per click", "CPC", "cost ÷ clicks"),
        Metric::Cpa => w("Cost per acquisition", "CPA", "cost ÷ conversions"),
        Metric::Cpv => w("Cost per view", "CPV", "cost ÷ views"),
        Metric::Emv => w("Earned media value", "EMV", "actions × their configured value"),
        Metric::Roas => w("Return on ad spend", "ROAS", "revenue ÷ cost"),
        Metric::Roi => w("Return on investment", "ROI", "(revenue − cost) ÷ cost"),
    }
}

/// Writes a value of `m`; `compact` shortens big counts (48.2K).
pub fn format(fmt: &Formatter, m: Metric, v: Option<f64>, currency: &str, emv_currency: &str, compact: bool) -> String {
    match m.unit() {
        Unit::Count if compact => fmt.compact(v),
        Unit::Count => fmt.count(v),
        Unit::Percent => fmt.percent(v),
        Unit::Money if compact => fmt.money_compact(v, currency),
        Unit::Money => fmt.money(v, currency),
        Unit::EmvMoney if compact => fmt.money_compact(v, emv_currency),
        Unit::EmvMoney => fmt.money(v, emv_currency),
        Unit::Multiple => fmt.multiple(v),
    }
}

/// Writes the value of `m` in `t`.
pub fn show(fmt: &Formatter, m: Metric, t: &Totals, currency: &str, emv_currency: &str, compact: bool) -> String {
    format(fmt, m, t.get(m), currency, emv_currency, compact)
}
