//! Numbers for people: 48.2K followers, $1,200, 5.4%, 12.5×, Mar 5, 2026.
//! Every page, chart and PDF formats through here, so a figure reads the same
//! everywhere; a missing figure is always "—".

use crate::model::locale::Locale;
use crate::model::values::Date;
use crate::present::cldr::{self, Data};

pub const NOT_AVAILABLE: &str = "—";

/// From this size on a figure is written in scientific notation (6.38E305):
/// past it a double no longer holds every whole digit, and absurd inputs
/// would otherwise print hundreds of them.
pub const SCIENTIFIC_FROM: f64 = 1e15;

#[derive(Clone, Debug)]
pub struct Formatter {
    pub locale: Locale,
    /// The locale's CLDR data.
    pub cldr: &'static Data,
}

impl Formatter {
    pub fn new(locale: Locale) -> Formatter {
        Formatter { cldr: cldr::data(&locale), locale }
    }

    /// `v` rounded to `decimals` as ASCII digits (no sign), and whether it
    /// is negative once rounded (so "-0" never shows).
    fn plain(v: f64, decimals: usize) -> (String, bool) {
        let text = fixed(v.abs(), decimals);
        let negative = v < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
        (text, negative)
    }

    /// The digits of `v` (no sign) as the locale writes them: fixed
    /// decimals grouped by thousands, or from `SCIENTIFIC_FROM` on three
    /// significant digits and the power of ten (6.38E305, 6,38×10^305 in
    /// Swedish). And whether the figure shows as negative.
    fn digits(&self, v: f64, decimals: usize) -> (String, bool) {
        if v.abs() >= SCIENTIFIC_FROM {
            let text = format!("{:.2e}", v.abs());
            let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
            let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
            let digits = format!(
                "{}{}{}",
                self.cldr.digits(mantissa, false),
                self.cldr.exponential,
                self.cldr.localise_digits(exponent)
            );
            return (digits, v < 0.0);
        }
        let (text, negative) = Formatter::plain(v, decimals);
        (self.cldr.digits(&text, true), negative)
    }

    /// Fixed decimals with the locale's separators and minus sign.
    pub fn number(&self, v: f64, decimals: usize) -> String {
        if !v.is_finite() {
            return NOT_AVAILABLE.to_string();
        }
        let (digits, negative) = self.digits(v, decimals);
        if negative { format!("{}{digits}", self.cldr.minus) } else { digits }
    }

    /// A whole count with separators: 48,200.
    pub fn count(&self, v: Option<f64>) -> String {
        v.map_or_else(na, |v| self.number(v.round(), 0))
    }

    /// The compacted value of `v` for a compact pattern table: the number to
    /// show (one decimal below 100, none above) and the pattern, stepping up
    /// a magnitude when rounding reaches it (999,960 is "1M", not "1000K").
    fn compacted(&self, table: &'static [cldr::Compact], v: f64) -> Option<(f64, usize, &'static cldr::Compact)> {
        let mut at = v;
        loop {
            let c = cldr::compact_pattern(table, at)?;
            if c.is_plain() {
                return Some((v, 0, c));
            }
            let scaled = v / c.divisor();
            let decimals = if scaled.abs() >= 100.0 { 0 } else { 1 };
            let factor = if decimals == 0 { 1.0 } else { 10.0 };
            let rounded = round_half_even(v, c.divisor() / factor) / factor;
            let next = 10f64.powi(i32::from(c.exponent) + 1);
            if (rounded * c.divisor()).abs() >= next && table.iter().any(|t| t.exponent > c.exponent) {
                at = next.copysign(v);
                continue;
            }
            return Some((rounded, decimals, c));
        }
    }

    /// A compacted figure without its sign, trailing ".0" dropped (12K, 48.2K).
    fn compact_digits(&self, rounded: f64, decimals: usize) -> String {
        let (mut text, _) = Formatter::plain(rounded, decimals);
        if let Some(whole) = text.strip_suffix(".0") {
            text = whole.to_string();
        }
        self.cldr.digits(&text, false)
    }

    /// 950, 12K, 48.2K, 482K, 1.2M (en); 48.200, 1,2 Mio. (de); 48,2 k (fr).
    pub fn compact(&self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        if v.abs() >= SCIENTIFIC_FROM {
            return self.number(v, 0);
        }
        match self.compacted(self.cldr.compact, v) {
            None => self.number(v.round(), 0),
            Some((_, _, c)) if c.is_plain() => self.number(v.round(), 0),
            Some((rounded, decimals, c)) => {
                let digits = self.compact_digits(rounded, decimals);
                let negative = rounded < 0.0;
                cldr::fill_compact(self.cldr, c.pattern_for(self.cldr.tag, rounded), &digits, negative, "")
            }
        }
    }

    fn symbol<'a>(&self, code: &'a str) -> &'a str {
        self.cldr.symbol(code)
    }

    /// Money in its currency: $1,200, $36.36, 1.200 €, ¥150,000 (whole
    /// amounts without decimals).
    pub fn money(&self, v: Option<f64>, code: &str) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        let mut decimals = cldr::currency_digits(code);
        if decimals > 0 && Formatter::plain(v, decimals).0.trim_end_matches('0').ends_with('.') {
            decimals = 0;
        }
        let (digits, negative) = self.digits(v, decimals);
        self.cldr.apply(self.cldr.currency_pattern, &digits, negative, self.symbol(code))
    }

    /// Money rounded to K / M for tight spaces: $125K.
    pub fn money_compact(&self, v: Option<f64>, code: &str) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        if v.abs() < 10_000.0 || v.abs() >= SCIENTIFIC_FROM {
            return self.money(Some(v), code);
        }
        match self.compacted(self.cldr.compact_currency, v) {
            Some((rounded, decimals, c)) if !c.is_plain() => {
                let digits = self.compact_digits(rounded, decimals);
                let pattern = c.pattern_for(self.cldr.tag, rounded);
                cldr::fill_compact(self.cldr, pattern, &digits, rounded < 0.0, self.symbol(code))
            }
            _ => self.money(Some(v.round()), code),
        }
    }

    /// `digits` in the locale's percent pattern: 5.5%, 5,5 %.
    fn in_percent(&self, v: f64, decimals: usize) -> String {
        let (digits, negative) = self.digits(v, decimals);
        self.cldr.apply(self.cldr.percent_pattern, &digits, negative, "")
    }

    /// 5.5%, 0.30%, 1,150% — more decimals only where they carry meaning.
    pub fn percent(&self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        let a = v.abs();
        let decimals = if a >= 100.0 {
            0
        } else if a >= 1.0 || a == 0.0 {
            1
        } else {
            2
        };
        self.in_percent(v, decimals)
    }

    /// An audience share as written: 78%, 12.5%.
    pub fn share(&self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        // Past 1e15 there are no tenths to show (and ×10 could overflow).
        let rounded = if v.abs() < 1e15 { (v * 10.0).round() / 10.0 } else { v.round() };
        let decimals = if rounded.fract() == 0.0 { 0 } else { 1 };
        self.in_percent(rounded, decimals)
    }

    /// A range of percentages, "3–10%", with whole numbers kept whole.
    pub fn percent_range(&self, min: f64, max: f64) -> String {
        let short = |v: f64| self.digits(v, if v.fract() == 0.0 { 0 } else { 1 }).0;
        self.cldr.apply(self.cldr.percent_pattern, &format!("{}–{}", short(min), short(max)), false, "")
    }

    /// +3.2% / −1.0%, for growth.
    pub fn signed_percent(&self, v: Option<f64>) -> String {
        match v.filter(|v| v.is_finite()) {
            Some(x) if x > 0.0 => format!("{}{}", self.cldr.plus, self.percent(Some(x))),
            other => self.percent(other),
        }
    }

    /// ROAS: 12.5×.
    pub fn multiple(&self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        let decimals = if v.abs() >= 100.0 {
            0
        } else if v.abs() >= 10.0 {
            1
        } else {
            2
        };
        let mut text = self.number(v, decimals);
        // 4.00× reads as 4.0×; 1.25× keeps its second decimal.
        let zero = self.cldr.localise_digits("0");
        if decimals == 2 && text.ends_with(zero.as_str()) {
            text.truncate(text.len() - zero.len());
        }
        format!("{text}×")
    }

    /// "Mar 5, 2026", "5. März 2026", "5 de mar. de 2026".
    pub fn date(&self, d: Option<Date>) -> String {
        d.map_or_else(na, |d| cldr::date_pattern(self.cldr, self.cldr.ymmmd, d.year, d.month, d.day))
    }

    /// "Mar 2026": for chart axes.
    pub fn month_year(&self, d: Date) -> String {
        cldr::date_pattern(self.cldr, self.cldr.ymmm, d.year, d.month, d.day)
    }

    /// "Mar 5": for chart axes inside one year.
    pub fn day_month(&self, d: Date) -> String {
        cldr::date_pattern(self.cldr, self.cldr.mmmd, d.year, d.month, d.day)
    }

    /// "Mar 1 – 31, 2026", "Mar 1 – Apr 15, 2026", "1.–31. März 2026".
    pub fn date_range(&self, start: Date, end: Date) -> String {
        cldr::date_interval(self.cldr, (start.year, start.month, start.day), (end.year, end.month, end.day))
    }
}

/// `v ÷ step` rounded to a whole number, ties to even as CLDR rounds. Whole
/// `v` (counts, amounts) are divided exactly, so 75,650 is 75.6 thousand.
fn round_half_even(v: f64, step: f64) -> f64 {
    if v.fract() == 0.0 && v.abs() < 9e15 && step >= 1.0 && step.fract() == 0.0 {
        let (n, d) = (v.abs() as u64, step as u64);
        let (q, r) = (n / d, n % d);
        let up = 2 * r > d || (2 * r == d && q % 2 == 1);
        let whole = (q + u64::from(up)) as f64;
        return if v < 0.0 { -whole } else { whole };
    }
    let x = v / step;
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 && r % 2.0 != 0.0 { r - x.signum() } else { r }
}

/// `v` (not negative) with exactly `decimals` decimals, as `format!("{:.*}")`
/// writes it. Most figures are small with few decimals: those are rounded in
/// integers, and only values too large for that, or too close to a tie for
/// the binary product to tell, take the exact (and much slower) path.
fn fixed(v: f64, decimals: usize) -> String {
    const POW10: [f64; 7] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6];
    if let Some(&scale) = POW10.get(decimals) {
        let scaled = v * scale;
        // Below 1e12 the product is within 2e-4 of the exact one, so a
        // fraction this far from one half rounds the same way.
        if scaled < 1e12 && (scaled.fract() - 0.5).abs() > 1e-3 {
            let units = scaled.round() as u64;
            let divisor = scale as u64;
            let (int, frac) = (units / divisor, units % divisor);
            return if decimals == 0 { int.to_string() } else { format!("{int}.{frac:0decimals$}") };
        }
    }
    format!("{v:.decimals$}")
}

fn na() -> String {
    NOT_AVAILABLE.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Formatter {
        Formatter::new(Locale::default())
    }

    #[test]
    fn compact_counts() {
        let f = en();
        assert_eq!(f.compact(Some(950.0)), "950");
        assert_eq!(f.compact(Some(12_000.0)), "12K");
        assert_eq!(f.compact(Some(48_200.0)), "48.2K");
        assert_eq!(f.compact(Some(482_000.0)), "482K");
        assert_eq!(f.compact(Some(999_960.0)), "1M");
        assert_eq!(f.compact(Some(1_240_000.0)), "1.2M");
        assert_eq!(f.compact(Some(u64::MAX as f64)), "1.84E19");
        assert_eq!(f.compact(None), "—");
    }

    #[test]
    fn money_in_its_currency() {
        let f = en();
        assert_eq!(f.money(Some(1200.0), "USD"), "$1,200");
        assert_eq!(f.money(Some(10_000.0 / 275.0), "USD"), "$36.36");
        assert_eq!(f.money(Some(4.5), "USD"), "$4.50");
        assert_eq!(f.money(Some(150_000.0), "JPY"), "¥150,000");
        assert_eq!(f.money(Some(1200.0), "CHF"), "CHF\u{a0}1,200");
        assert_eq!(f.money(Some(1200.0), "EUR"), "€1,200");
        assert_eq!(f.money(None, "USD"), "—");
        let de = Formatter::new(Locale::parse("de-DE").unwrap());
        assert_eq!(de.money(Some(1234.5), "EUR"), "1.234,50\u{a0}€");
        assert_eq!(f.money_compact(Some(125_000.0), "USD"), "$125K");
    }

    #[test]
    fn percentages_and_multiples() {
        let f = en();
        assert_eq!(f.percent(Some(5.5)), "5.5%");
        assert_eq!(f.percent(Some(5.4253)), "5.4%");
        assert_eq!(f.percent(Some(0.3)), "0.30%");
        assert_eq!(f.percent(Some(1150.0)), "1,150%");
        assert_eq!(f.percent(Some(-45.0)), "-45.0%");
        assert_eq!(f.percent(Some(f64::NAN)), "—");
        assert_eq!(f.signed_percent(Some(3.17)), "+3.2%");
        assert_eq!(f.share(Some(78.0)), "78%");
        assert_eq!(f.share(Some(12.54)), "12.5%");
        assert_eq!(f.multiple(Some(12.5)), "12.5×");
        assert_eq!(f.multiple(Some(4.0)), "4.0×");
        assert_eq!(f.multiple(Some(1.25)), "1.25×");
        let fr = Formatter::new(Locale::parse("fr-FR").unwrap());
        assert_eq!(fr.percent(Some(5.5)), "5,5\u{a0}%");
        assert_eq!(fr.compact(Some(48_200.0)), "48,2\u{a0}k");
        let de = Formatter::new(Locale::parse("de-DE").unwrap());
        assert_eq!(de.compact(Some(48_200.0)), "48.200");
        assert_eq!(de.compact(Some(1_240_000.0)), "1,2\u{a0}Mio.");
        // Ties round to even, as CLDR does: 75,650 → 75.6K, 75,750 → 75.8K.
        assert_eq!(f.compact(Some(75_650.0)), "75.6K");
        assert_eq!(f.compact(Some(75_750.0)), "75.8K");
        assert_eq!(de.percent_range(3.0, 10.0), "3–10\u{a0}%");
        let sa = Formatter::new(Locale::parse("ar-SA").unwrap());
        assert_eq!(sa.count(Some(48_200.0)), "٤٨٬٢٠٠");
    }

    #[test]
    fn fixed_decimals_match_the_exact_formatting() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut values = vec![0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 999.9999, 1e11, 1e13, 123456.785];
        for _ in 0..200_000 {
            let r = next();
            let magnitude = 10f64.powi((r % 14) as i32 - 3);
            values.push((next() >> 11) as f64 / (1u64 << 53) as f64 * magnitude);
            // Exact ties and near-ties of two decimals.
            values.push((r % 100_000) as f64 / 1000.0 + 0.005);
        }
        for v in values {
            for d in 0..=3 {
                assert_eq!(fixed(v, d), format!("{v:.d$}"), "{v} with {d} decimals");
            }
        }
    }

    #[test]
    fn huge_numbers_do_not_break_formatting() {
        let f = en();
        assert_eq!(f.count(Some(1e300)), "1E300");
        assert_eq!(f.count(Some(f64::INFINITY)), "—");
        assert_eq!(f.share(Some(f64::MAX)), "1.8E308%");
        // Up to a thousand trillion the digits are written out; from there on,
        // three significant digits and the power of ten.
        assert_eq!(f.count(Some(999_999_999_999_999.0)), "999,999,999,999,999");
        assert_eq!(f.count(Some(1e15)), "1E15");
        assert_eq!(f.percent(Some(6.38e305)), "6.38E305%");
        assert_eq!(f.percent(Some(-6.384e305)), "-6.38E305%");
        assert_eq!(f.money(Some(2.5e18), "USD"), "$2.5E18");
        assert_eq!(f.money_compact(Some(2.5e18), "USD"), "$2.5E18");
        assert_eq!(f.compact(Some(4.2e21)), "4.2E21");
        assert_eq!(f.multiple(Some(9.999e16)), "1E17×");
        let sv = Formatter::new(Locale::parse("sv-SE").unwrap());
        assert_eq!(sv.count(Some(6.38e305)), "6,38×10^305");
        let ar = Formatter::new(Locale::parse("ar-SA").unwrap());
        assert_eq!(ar.count(Some(6.38e305)), "٦٫٣٨أس٣٠٥");
    }
}
