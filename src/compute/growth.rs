//! Follower growth between history points, and growth spikes (a red flag for
//! bought followers).

use serde::Serialize;

use crate::compute::ratio::{finite, median};
use crate::model::values::Date;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GrowthStep {
    pub from: Date,
    pub to: Date,
    pub followers: u64,
    /// Change in followers over the step, scaled to 30 days, in percent.
    pub growth: Option<f64>,
    pub spike: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Spike {
    pub from: Date,
    pub date: Date,
    pub growth: f64,
}

pub const SPIKE_MIN_GROWTH: f64 = 10.0;
pub const SPIKE_MEDIAN_FACTOR: f64 = 3.0;

/// Monthly growth of one step: (after − before) ÷ before × 100, scaled to 30 days.
pub fn monthly_growth(before: u64, after: u64, days: i64) -> Option<f64> {
    if before == 0 || days <= 0 {
        return None;
    }
    let change = (after as f64 - before as f64) / before as f64 * 100.0;
    finite(change * 30.0 / days as f64)
}

/// Steps between consecutive points (sorted by date), with spikes marked: a
/// step is a spike when its growth is over 10 % and over 3 × the median growth.
pub fn growth_steps(points: &[(Date, u64)]) -> Vec<GrowthStep> {
    let mut sorted = points.to_vec();
    sorted.sort_by_key(|p| p.0);
    sorted.dedup_by_key(|p| p.0);
    let mut steps: Vec<GrowthStep> = sorted
        .windows(2)
        .map(|w| GrowthStep {
            from: w[0].0,
            to: w[1].0,
            followers: w[1].1,
            growth: monthly_growth(w[0].1, w[1].1, w[1].0.days_since_epoch() - w[0].0.days_since_epoch()),
            spike: false,
        })
        .collect();
    let rates: Vec<f64> = steps.iter().filter_map(|s| s.growth).collect();
    if let Some(typical) = median(&rates) {
        for step in &mut steps {
            if let Some(g) = step.growth {
                step.spike = g > SPIKE_MIN_GROWTH && g > SPIKE_MEDIAN_FACTOR * typical;
            }
        }
    }
    steps
}

pub fn spikes(steps: &[GrowthStep]) -> Vec<Spike> {
    steps
        .iter()
        .filter(|s| s.spike)
        .filter_map(|s| s.growth.map(|g| Spike { from: s.from, date: s.to, growth: g }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn growth_is_scaled_to_thirty_days() {
        // 41,000 → 42,300 over June (30 days): +3.17 %.
        let g = monthly_growth(41_000, 42_300, 30).unwrap();
        assert!((g - 3.1707).abs() < 1e-3);
        // The same change over 60 days is half as fast per month.
        assert!((monthly_growth(41_000, 42_300, 60).unwrap() - 1.5854).abs() < 1e-3);
        assert_eq!(monthly_growth(0, 10, 30), None);
        assert_eq!(monthly_growth(10, 20, 0), None);
    }

    #[test]
    fn a_jump_far_above_the_usual_pace_is_a_spike() {
        // Steps: +2 %, +2 %, +25 %, +2 % (30-day months). Median 2 %, spike > 10 % and > 6 %.
        let pts = [
            (d("2026-01-01"), 10_000),
            (d("2026-01-31"), 10_200),
            (d("2026-03-02"), 10_404),
            (d("2026-04-01"), 13_005),
            (d("2026-05-01"), 13_265),
        ];
        let steps = growth_steps(&pts);
        assert_eq!(steps.iter().map(|s| s.spike).collect::<Vec<_>>(), [false, false, true, false]);
        let s = spikes(&steps);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].date, d("2026-04-01"));
        assert!((s[0].growth - 25.0).abs() < 0.01);
    }

    #[test]
    fn steady_fast_growth_is_not_a_spike() {
        // +12 % every month: over 10 % but not over 3 × the median.
        let pts = [(d("2026-01-01"), 1000), (d("2026-01-31"), 1120), (d("2026-03-02"), 1254)];
        assert!(growth_steps(&pts).iter().all(|s| !s.spike));
    }

    #[test]
    fn unsorted_history_is_sorted_first() {
        let pts = [(d("2026-07-01"), 42_300), (d("2026-06-01"), 41_000)];
        let steps = growth_steps(&pts);
        assert_eq!(steps.len(), 1);
        assert_eq!(steps[0].from, d("2026-06-01"));
    }
}
