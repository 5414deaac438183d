//! "Not available" arithmetic: a ratio with a zero or missing denominator is
//! `None`, and a sum over items none of which report a field is `None`, not 0.

/// `num ÷ den`, or `None` when either is missing or the denominator is not positive.
pub fn ratio(num: Option<f64>, den: Option<f64>) -> Option<f64> {
    match (num, den) {
        (Some(n), Some(d)) if d > 0.0 && n.is_finite() && d.is_finite() => finite(n / d),
        _ => None,
    }
}

/// `num ÷ den × 100`.
pub fn percent(num: Option<f64>, den: Option<f64>) -> Option<f64> {
    scaled(num, den, 100.0)
}

/// `num × factor ÷ den`, or `None` as for [`ratio`]. Multiplying first keeps
/// round figures round (2750 × 100 ÷ 50000 is exactly 5.5); where that
/// overflows (a numerator near the largest number there is), dividing first
/// still gives the figure when it is finite.
pub fn scaled(num: Option<f64>, den: Option<f64>, factor: f64) -> Option<f64> {
    let (n, d) = (num?, den?);
    if !(d > 0.0 && n.is_finite() && d.is_finite()) {
        return None;
    }
    let first = n * factor / d;
    if first.is_finite() { Some(first) } else { finite(n / d * factor) }
}

/// Σ of the values that are present; `None` when none are.
pub fn sum_present(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    values.into_iter().flatten().fold(None, |acc, v| Some(acc.unwrap_or(0.0) + v))
}

pub fn add(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    sum_present([a, b])
}

/// Keeps infinities and NaN out of every figure.
pub fn finite(v: f64) -> Option<f64> {
    v.is_finite().then_some(v)
}

pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() { None } else { finite(values.iter().sum::<f64>() / values.len() as f64) }
}

pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 { Some(sorted[mid]) } else { finite((sorted[mid - 1] + sorted[mid]) / 2.0) }
}

/// A ratio accumulated over items that report both parts, so aggregates are
/// Σ numerator ÷ Σ denominator over the same items, never an average of rates.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pair {
    pub num: f64,
    pub den: f64,
    pub items: usize,
}

impl std::ops::Add for Pair {
    type Output = Pair;
    fn add(self, other: Pair) -> Pair {
        Pair { num: self.num + other.num, den: self.den + other.den, items: self.items + other.items }
    }
}

impl Pair {
    pub fn of(num: Option<f64>, den: Option<f64>) -> Pair {
        match (num, den) {
            (Some(n), Some(d)) => Pair { num: n, den: d, items: 1 },
            _ => Pair::default(),
        }
    }

    pub fn percent(self) -> Option<f64> {
        if self.items == 0 { None } else { percent(Some(self.num), Some(self.den)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_or_missing_denominators_are_not_available() {
        assert_eq!(ratio(Some(1.0), Some(0.0)), None);
        assert_eq!(ratio(Some(1.0), None), None);
        assert_eq!(ratio(None, Some(2.0)), None);
        assert_eq!(percent(Some(2750.0), Some(50_000.0)), Some(5.5));
    }

    #[test]
    fn a_huge_but_finite_figure_is_still_a_figure() {
        // 1e308 × 100 overflows; 1e308 ÷ 1000 × 100 = 1e307 does not.
        assert_eq!(percent(Some(1e308), Some(1000.0)), Some(1e307));
        // CPM of a cost of 1.5e308 over 1,000 impressions: 1.5e308 per thousand.
        let cpm = scaled(Some(1.5e308), Some(1000.0), 1000.0).unwrap();
        assert!((cpm / 1.5e308 - 1.0).abs() < 1e-12, "{cpm}");
        // Truly beyond every number: not available, never `inf`.
        assert_eq!(percent(Some(f64::MAX), Some(0.5)), None);
        assert_eq!(percent(Some(f64::INFINITY), Some(1.0)), None);
    }

    #[test]
    fn sums_of_nothing_are_not_zero() {
        assert_eq!(sum_present([None, None]), None);
        assert_eq!(sum_present([None, Some(0.0)]), Some(0.0));
        assert_eq!(sum_present([Some(1.5), None, Some(2.0)]), Some(3.5));
    }

    #[test]
    fn averages() {
        assert_eq!(mean(&[1.0, 2.0, 6.0]), Some(3.0));
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn pairs_sum_parts_before_dividing() {
        // 100/1000 and 300/1000: 20 %, not the mean of 10 % and 30 % weighted wrongly.
        let p = Pair::of(Some(100.0), Some(1000.0)) + Pair::of(Some(300.0), Some(1000.0));
        assert_eq!(p.percent(), Some(20.0));
        assert_eq!(Pair::of(Some(1.0), None).percent(), None);
    }
}
