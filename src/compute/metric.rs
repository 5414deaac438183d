//! The campaign figures as one list. Each metric knows its key (in
//! `data.json` and in `goals:`), its unit, and which inputs it is drawn from,
//! so that JSON keys, report tables, KPI tiles, goals and `hide:` all derive
//! from this list. How each one is computed lives in [`super::campaign`]
//! (`Totals::from_parts`); how it is labelled, in `present::metrics`.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::model::campaign::Goals;
use crate::model::values::Amount;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Metric {
    Reach,
    Impressions,
    Views,
    Engagements,
    Clicks,
    Conversions,
    Revenue,
    Cost,
    ErFollowers,
    ErReach,
    Ctr,
    ConversionRate,
    Cpe,
    Cpm,
    Cpc,
    Cpa,
    Cpv,
    Emv,
    Roas,
    Roi,
}

/// What kind of number a metric is, for formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Count,
    Percent,
    /// Money in the campaign's currency.
    Money,
    /// Money in the currency the EMV values are configured in (the site's).
    EmvMoney,
    /// A multiple, shown as 12.5×.
    Multiple,
}

/// What `hide:` keeps from the client: fees (and so every cost), revenue,
/// the budget. A metric drawn from a hidden input is hidden with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Hidden {
    pub budget: bool,
    pub fees: bool,
    pub revenue: bool,
}

impl Metric {
    pub const COUNT: usize = 20;

    /// Every metric, in the order `data.json` writes them.
    pub const ALL: [Metric; Metric::COUNT] = [
        Metric::Reach,
        Metric::Impressions,
        Metric::Views,
        Metric::Engagements,
        Metric::Clicks,
        Metric::Conversions,
        Metric::Revenue,
        Metric::Cost,
        Metric::ErFollowers,
        Metric::ErReach,
        Metric::Ctr,
        Metric::ConversionRate,
        Metric::Cpe,
        Metric::Cpm,
        Metric::Cpc,
        Metric::Cpa,
        Metric::Cpv,
        Metric::Emv,
        Metric::Roas,
        Metric::Roi,
    ];

    /// The metrics a campaign can set a goal for ("higher is better"), in
    /// the order goals are reported.
    pub const GOALS: [Metric; 14] = [
        Metric::Reach,
        Metric::Impressions,
        Metric::Views,
        Metric::Engagements,
        Metric::ErFollowers,
        Metric::ErReach,
        Metric::Clicks,
        Metric::Ctr,
        Metric::Conversions,
        Metric::ConversionRate,
        Metric::Revenue,
        Metric::Roas,
        Metric::Roi,
        Metric::Emv,
    ];

    /// The key in `data.json`.
    pub fn key(self) -> &'static str {
        match self {
            Metric::Reach => "reach",
            Metric::Impressions => "impressions",
            Metric::Views => "views",
            Metric::Engagements => "engagements",
            Metric::Clicks => "clicks",
            Metric::Conversions => "conversions",
            Metric::Revenue => "revenue",
            Metric::Cost => "cost",
            Metric::ErFollowers => "er_followers",
            Metric::ErReach => "er_reach",
            Metric::Ctr => "ctr",
            Metric::ConversionRate => "conversion_rate",
            Metric::Cpe => "cpe",
            Metric::Cpm => "cpm",
            Metric::Cpc => "cpc",
            Metric::Cpa => "cpa",
            Metric::Cpv => "cpv",
            Metric::Emv => "emv",
            Metric::Roas => "roas",
            Metric::Roi => "roi",
        }
    }

    /// The key under `goals:` (the engagement rate is `engagement_rate` there).
    pub fn goal_key(self) -> &'static str {
        match self {
            Metric::ErFollowers => "engagement_rate",
            m => m.key(),
        }
    }

    pub fn from_key(key: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.key() == key || m.goal_key() == key)
    }

    pub fn unit(self) -> Unit {
        match self {
            Metric::Reach
            | Metric::Impressions
            | Metric::Views
            | Metric::Engagements
            | Metric::Clicks
            | Metric::Conversions => Unit::Count,
            Metric::Revenue | Metric::Cost | Metric::Cpe | Metric::Cpm | Metric::Cpc | Metric::Cpa | Metric::Cpv => {
                Unit::Money
            }
            Metric::ErFollowers | Metric::ErReach | Metric::Ctr | Metric::ConversionRate | Metric::Roi => Unit::Percent,
            Metric::Emv => Unit::EmvMoney,
            Metric::Roas => Unit::Multiple,
        }
    }

    /// Whether it is drawn from what was paid (fees, product and campaign costs).
    pub fn needs_cost(self) -> bool {
        matches!(
            self,
            Metric::Cost
                | Metric::Cpe
                | Metric::Cpm
                | Metric::Cpc
                | Metric::Cpa
                | Metric::Cpv
                | Metric::Roas
                | Metric::Roi
        )
    }

    /// Whether it is drawn from tracked revenue.
    pub fn needs_revenue(self) -> bool {
        matches!(self, Metric::Revenue | Metric::Roas | Metric::Roi)
    }

    /// Whether `hide:` keeps it out of every output.
    pub fn hidden_by(self, hidden: &Hidden) -> bool {
        (hidden.fees && self.needs_cost()) || (hidden.revenue && self.needs_revenue())
    }

    /// The campaign's goal for this metric, if it set one.
    pub fn goal_in(self, goals: &Goals) -> Option<Amount> {
        match self {
            Metric::Reach => goals.reach,
            Metric::Impressions => goals.impressions,
            Metric::Views => goals.views,
            Metric::Engagements => goals.engagements,
            Metric::ErFollowers => goals.engagement_rate,
            Metric::ErReach => goals.er_reach,
            Metric::Clicks => goals.clicks,
            Metric::Ctr => goals.ctr,
            Metric::Conversions => goals.conversions,
            Metric::ConversionRate => goals.conversion_rate,
            Metric::Revenue => goals.revenue,
            Metric::Roas => goals.roas,
            Metric::Roi => goals.roi,
            Metric::Emv => goals.emv,
            Metric::Cost | Metric::Cpe | Metric::Cpm | Metric::Cpc | Metric::Cpa | Metric::Cpv => None,
        }
    }
}

impl Serialize for Metric {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

/// T in SPEC §8: every metric of one level (a post, a creator, a campaign),
/// each `None` when not available.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals([Option<f64>; Metric::COUNT]);

impl Totals {
    pub fn get(&self, m: Metric) -> Option<f64> {
        self.0[m as usize]
    }

    pub fn set(&mut self, m: Metric, value: Option<f64>) {
        self.0[m as usize] = value;
    }

    /// Removes what `hide:` keeps from the client and every figure drawn from it.
    pub fn redact(&mut self, hidden: &Hidden) {
        for m in Metric::ALL {
            if m.hidden_by(hidden) {
                self.set(m, None);
            }
        }
    }
}

impl Serialize for Totals {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(Metric::COUNT))?;
        for m in Metric::ALL {
            map.serialize_entry(m.key(), &self.get(m))?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_agree() {
        for (i, m) in Metric::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i, "ALL is in declaration order");
            assert_eq!(Metric::from_key(m.key()), Some(*m));
        }
        assert_eq!(Metric::from_key("engagement_rate"), Some(Metric::ErFollowers));
        for m in Metric::GOALS {
            assert!(!m.needs_cost() || m.needs_revenue(), "{m:?}: a goal on cost alone is not higher-is-better");
        }
    }

    #[test]
    fn hiding_fees_hides_every_cost_figure_and_hiding_revenue_its_own() {
        let fees = Hidden { fees: true, ..Hidden::default() };
        let hidden: Vec<&str> = Metric::ALL.iter().filter(|m| m.hidden_by(&fees)).map(|m| m.key()).collect();
        assert_eq!(hidden, ["cost", "cpe", "cpm", "cpc", "cpa", "cpv", "roas", "roi"]);
        let revenue = Hidden { revenue: true, ..Hidden::default() };
        let hidden: Vec<&str> = Metric::ALL.iter().filter(|m| m.hidden_by(&revenue)).map(|m| m.key()).collect();
        assert_eq!(hidden, ["revenue", "roas", "roi"]);
    }

    #[test]
    fn totals_serialise_every_key_in_order() {
        let mut t = Totals::default();
        t.set(Metric::Cpa, Some(36.36));
        let json = serde_json::to_string(&t).unwrap();
        assert!(json.starts_with("{\"reach\":null,\"impressions\":null"));
        assert!(json.contains("\"cpa\":36.36"));
        assert!(json.ends_with("\"roi\":null}"));
    }
}
