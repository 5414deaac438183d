//! How each campaign metric is labelled and written, shared by pages and
//! PDFs so that a figure reads the same everywhere. The metrics themselves
//! (keys, units, what hides them) are [`crate::compute::metric::Metric`].

use crate::compute::metric::{Metric, Totals, Unit};
use crate::present::format::Formatter;
use crate::present::i18n::Labels;

/// The words of one metric, in the labels' language.
#[derive(Clone, Debug)]
pub struct Words {
    pub label: String,
    /// A short column heading.
    pub short: String,
    /// How the figure is defined, for tooltips and footnotes.
    pub help: String,
}

/// The label id of a metric (`metric-cpa`).
pub fn id(m: Metric) -> &'static str {
    match m {
        Metric::Reach => "metric-reach",
        Metric::Impressions => "metric-impressions",
        Metric::Views => "metric-views",
        Metric::Engagements => "metric-engagements",
        Metric::Clicks => "metric-clicks",
        Metric::Conversions => "metric-conversions",
        Metric::Revenue => "metric-revenue",
        Metric::Cost => "metric-cost",
        Metric::ErFollowers => "metric-er",
        Metric::ErReach => "metric-er-reach",
        Metric::Ctr => "metric-ctr",
        Metric::ConversionRate => "metric-conversion-rate",
        Metric::Cpe => "metric-cpe",
        Metric::Cpm => "metric-cpm",
        Metric::Cpc => "metric-cpc",
        Metric::Cpa => "metric-cpa",
        Metric::Cpv => "metric-cpv",
        Metric::Emv => "metric-emv",
        Metric::Roas => "metric-roas",
        Metric::Roi => "metric-roi",
    }
}

pub fn words(m: Metric, t: &Labels) -> Words {
    let id = id(m);
    Words { label: t.text(id), short: t.attr(id, "short"), help: t.attr(id, "help") }
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
