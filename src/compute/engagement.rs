//! Engagements, engagement rates and their rating (SPEC §7).

use serde::Serialize;

use crate::compute::ratio::{mean, median, percent, ratio};
use crate::model::choices::{Average, Interaction};

/// The raw interaction counts of one post (or per-post averages).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Interactions {
    pub likes: Option<f64>,
    pub comments: Option<f64>,
    pub shares: Option<f64>,
    pub saves: Option<f64>,
    pub clicks: Option<f64>,
}

impl Interactions {
    fn get(&self, which: Interaction) -> Option<f64> {
        match which {
            Interaction::Likes => self.likes,
            Interaction::Comments => self.comments,
            Interaction::Shares => self.shares,
            Interaction::Saves => self.saves,
            Interaction::Clicks => self.clicks,
        }
    }

    /// Engagements of a post: the sum of the counted interactions, a missing count being 0.
    pub fn engagements(&self, counted: &[Interaction]) -> f64 {
        counted.iter().filter_map(|&i| self.get(i)).sum()
    }

    /// Whether any counted interaction is reported at all.
    pub fn reports_any(&self, counted: &[Interaction]) -> bool {
        counted.iter().any(|&i| self.get(i).is_some())
    }
}

/// ER: engagements ÷ followers × 100.
pub fn engagement_rate(engagements: Option<f64>, followers: Option<f64>) -> Option<f64> {
    percent(engagements, followers)
}

/// Engagement rate by reach: engagements ÷ reach × 100.
pub fn engagement_rate_by_reach(engagements: Option<f64>, reach: Option<f64>) -> Option<f64> {
    percent(engagements, reach)
}

/// Comment-to-like ratio: comments ÷ likes × 100 (healthy at 5 % and above).
pub fn comment_like_ratio(comments: Option<f64>, likes: Option<f64>) -> Option<f64> {
    percent(comments, likes)
}

pub const HEALTHY_COMMENT_LIKE_RATIO: f64 = 5.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    Poor,
    Average,
    Good,
    Excellent,
}

impl Rating {
    /// Excellent ≥ 8 %, good 4–8 %, average 2–4 %, poor < 2 %.
    pub fn of(er: f64) -> Rating {
        if er >= 8.0 {
            Rating::Excellent
        } else if er >= 4.0 {
            Rating::Good
        } else if er >= 2.0 {
            Rating::Average
        } else {
            Rating::Poor
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Rating::Poor => "poor",
            Rating::Average => "average",
            Rating::Good => "good",
            Rating::Excellent => "excellent",
        }
    }
}

/// The configured average (mean or median) of per-post values.
pub fn average(values: &[f64], how: Average) -> Option<f64> {
    match how {
        Average::Mean => mean(values),
        Average::Median => median(values),
    }
}

/// Average ÷ average, for rates over recent posts that report both parts.
pub fn average_ratio(pairs: &[(f64, f64)], how: Average) -> Option<f64> {
    let nums: Vec<f64> = pairs.iter().map(|p| p.0).collect();
    let dens: Vec<f64> = pairs.iter().map(|p| p.1).collect();
    ratio(average(&nums, how).map(|n| n * 100.0), average(&dens, how))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engagements_sum_counted_interactions_missing_as_zero() {
        let post = Interactions {
            likes: Some(2210.0),
            comments: Some(190.0),
            shares: None,
            saves: Some(260.0),
            clicks: Some(50.0),
        };
        assert_eq!(post.engagements(&Interaction::DEFAULT), 2660.0);
        assert_eq!(post.engagements(&[Interaction::Likes, Interaction::Clicks]), 2260.0);
    }

    #[test]
    fn er_by_followers_and_by_reach() {
        // 2,615 engagements on 48,200 followers: 5.425 %; on 21,000 reach: 12.452 %.
        let er = engagement_rate(Some(2615.0), Some(48_200.0)).unwrap();
        assert!((er - 5.4253).abs() < 1e-3);
        let by_reach = engagement_rate_by_reach(Some(2615.0), Some(21_000.0)).unwrap();
        assert!((by_reach - 12.452).abs() < 1e-3);
        assert_eq!(engagement_rate(Some(10.0), Some(0.0)), None);
    }

    #[test]
    fn rating_bands() {
        assert_eq!(Rating::of(8.0), Rating::Excellent);
        assert_eq!(Rating::of(7.99), Rating::Good);
        assert_eq!(Rating::of(4.0), Rating::Good);
        assert_eq!(Rating::of(3.5), Rating::Average);
        assert_eq!(Rating::of(2.0), Rating::Average);
        assert_eq!(Rating::of(1.99), Rating::Poor);
    }

    #[test]
    fn comment_to_like_ratio() {
        // 180 comments on 2,100 likes: 8.57 %, healthy.
        let r = comment_like_ratio(Some(180.0), Some(2100.0)).unwrap();
        assert!((r - 8.5714).abs() < 1e-3 && r >= HEALTHY_COMMENT_LIKE_RATIO);
        assert_eq!(comment_like_ratio(Some(5.0), Some(0.0)), None);
    }

    #[test]
    fn median_resists_one_viral_post() {
        let per_post = [1000.0, 1100.0, 9000.0];
        assert_eq!(average(&per_post, Average::Median), Some(1100.0));
        assert!((average(&per_post, Average::Mean).unwrap() - 3700.0).abs() < 1e-9);
    }
}
