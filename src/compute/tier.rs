//! Tiers by follower count and the engagement benchmark of each tier.

use serde::Serialize;

use crate::model::choices::Platform;
use crate::model::config::TierConfig;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Emerging,
    Nano,
    Micro,
    Macro,
    Mega,
}

impl Tier {
    /// The tier's name in `data.json` and CSS classes; labels are in `present`.
    pub fn key(self) -> &'static str {
        match self {
            Tier::Emerging => "emerging",
            Tier::Nano => "nano",
            Tier::Micro => "micro",
            Tier::Macro => "macro",
            Tier::Mega => "mega",
        }
    }

    /// The typical ER range of the tier, in percent; none for "emerging".
    pub fn benchmark_range(self) -> Option<(f64, f64)> {
        match self {
            Tier::Emerging => None,
            Tier::Nano => Some((5.0, 15.0)),
            Tier::Micro => Some((3.0, 10.0)),
            Tier::Macro => Some((1.0, 3.0)),
            Tier::Mega => Some((0.5, 2.0)),
        }
    }
}

/// Lower bounds resolved for one platform: its override, then `default`, then built-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub nano: u64,
    pub micro: u64,
    pub macro_: u64,
    pub mega: u64,
}

pub const BUILTIN_BOUNDS: Bounds = Bounds { nano: 1_000, micro: 10_000, macro_: 100_000, mega: 1_000_000 };

pub fn bounds_for(config: &TierConfig, platform: Platform) -> Bounds {
    let d = &config.default;
    let o = config.for_platform(platform);
    let pick = |over: Option<u64>, default: Option<u64>, builtin: u64| over.or(default).unwrap_or(builtin);
    Bounds {
        nano: pick(o.and_then(|b| b.nano).map(|c| c.0), d.nano.map(|c| c.0), BUILTIN_BOUNDS.nano),
        micro: pick(o.and_then(|b| b.micro).map(|c| c.0), d.micro.map(|c| c.0), BUILTIN_BOUNDS.micro),
        macro_: pick(o.and_then(|b| b.macro_).map(|c| c.0), d.macro_.map(|c| c.0), BUILTIN_BOUNDS.macro_),
        mega: pick(o.and_then(|b| b.mega).map(|c| c.0), d.mega.map(|c| c.0), BUILTIN_BOUNDS.mega),
    }
}

/// The highest tier whose lower bound is at or below `followers`.
pub fn tier_of(followers: u64, bounds: Bounds) -> Tier {
    if followers >= bounds.mega {
        Tier::Mega
    } else if followers >= bounds.macro_ {
        Tier::Macro
    } else if followers >= bounds.micro {
        Tier::Micro
    } else if followers >= bounds.nano {
        Tier::Nano
    } else {
        Tier::Emerging
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    Below,
    Within,
    Above,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Benchmark {
    pub min: f64,
    pub max: f64,
    /// Where the ER falls; `None` when the ER is not available.
    pub position: Option<Position>,
}

pub fn benchmark(tier: Tier, er: Option<f64>) -> Option<Benchmark> {
    let (min, max) = tier.benchmark_range()?;
    let position = er.map(|er| {
        if er < min {
            Position::Below
        } else if er > max {
            Position::Above
        } else {
            Position::Within
        }
    });
    Some(Benchmark { min, max, position })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::TierBounds;
    use crate::model::values::Count;

    #[test]
    fn tiers_use_lower_bounds_inclusively() {
        let b = BUILTIN_BOUNDS;
        assert_eq!(tier_of(999, b), Tier::Emerging);
        assert_eq!(tier_of(1_000, b), Tier::Nano);
        assert_eq!(tier_of(48_200, b), Tier::Micro);
        assert_eq!(tier_of(100_000, b), Tier::Macro);
        assert_eq!(tier_of(2_400_000, b), Tier::Mega);
    }

    #[test]
    fn platform_override_comes_first() {
        let config = TierConfig {
            tiktok: Some(TierBounds { nano: None, micro: Some(Count(5_000)), macro_: Some(Count(50_000)), mega: None }),
            ..TierConfig::default()
        };
        let tiktok = bounds_for(&config, Platform::Tiktok);
        assert_eq!(tier_of(60_000, tiktok), Tier::Macro);
        assert_eq!(tier_of(60_000, bounds_for(&config, Platform::Instagram)), Tier::Micro);
        assert_eq!(tiktok.mega, 1_000_000);
    }

    #[test]
    fn benchmark_positions() {
        // Micro tier: 3–10 %.
        assert_eq!(benchmark(Tier::Micro, Some(2.9)).unwrap().position, Some(Position::Below));
        assert_eq!(benchmark(Tier::Micro, Some(3.0)).unwrap().position, Some(Position::Within));
        assert_eq!(benchmark(Tier::Micro, Some(10.5)).unwrap().position, Some(Position::Above));
        assert_eq!(benchmark(Tier::Mega, None).unwrap().position, None);
        assert!(benchmark(Tier::Emerging, Some(4.0)).is_none());
    }
}
