//! The suggested price range of a post, shown beside the creator's own price.

use serde::Serialize;

use crate::compute::ratio::finite;

pub const PRICE_PER_ENGAGEMENT_LOW: f64 = 0.10;
pub const PRICE_PER_ENGAGEMENT_HIGH: f64 = 1.00;

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PriceRange {
    pub min: f64,
    pub max: f64,
}

/// Average engagements per post × 0.10 to × 1.00, in the rate currency.
pub fn suggested_price(avg_engagements: Option<f64>) -> Option<PriceRange> {
    let e = avg_engagements?;
    Some(PriceRange { min: finite(e * PRICE_PER_ENGAGEMENT_LOW)?, max: finite(e * PRICE_PER_ENGAGEMENT_HIGH)? })
}

/// An add-on's price on a base price: a percentage of it, or a flat amount.
pub fn addon_price(base: f64, percent: Option<f64>, amount: Option<f64>) -> Option<f64> {
    match (percent, amount) {
        (Some(p), _) => finite(base * p / 100.0),
        (None, Some(a)) => Some(a),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_is_ten_cents_to_a_dollar_per_engagement() {
        // 2,615 average engagements: $261.50 to $2,615.
        let r = suggested_price(Some(2615.0)).unwrap();
        assert!((r.min - 261.5).abs() < 1e-9);
        assert_eq!(r.max, 2615.0);
        assert_eq!(suggested_price(None), None);
    }

    #[test]
    fn addons() {
        assert_eq!(addon_price(1200.0, Some(25.0), None), Some(300.0));
        assert_eq!(addon_price(1200.0, None, Some(250.0)), Some(250.0));
    }
}
