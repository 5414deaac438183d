//! Numbers for people: 48.2K followers, $1,200, 5.4%, 12.5×, Mar 5, 2026.
//! Every page, chart and PDF formats through here, so a figure reads the same
//! everywhere; a missing figure is always "—".

use crate::model::currency;
use crate::model::locale::Locale;
use crate::model::values::Date;

pub const NOT_AVAILABLE: &str = "—";
const MINUS: char = '−';

#[derive(Clone, Debug)]
pub struct Formatter {
    pub locale: Locale,
}

impl Formatter {
    pub fn new(locale: Locale) -> Formatter {
        Formatter { locale }
    }

    /// Fixed decimals with the locale's separators; `−` for negatives.
    pub fn number(&self, v: f64, decimals: usize) -> String {
        if !v.is_finite() {
            return NOT_AVAILABLE.to_string();
        }
        let text = fixed(v.abs(), decimals);
        let (int, frac) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let group = self.locale.group_separator();
        let mut out = String::with_capacity(text.len() + 8);
        let negative = v < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
        if negative {
            out.push(MINUS);
        }
        let digits = int.len();
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && (digits - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(ch);
        }
        if let Some(f) = frac {
            out.push(self.locale.decimal_separator());
            out.push_str(f);
        }
        out
    }

    /// A whole count with separators: 48,200.
    pub fn count(&self, v: Option<f64>) -> String {
        v.map_or_else(na, |v| self.number(v.round(), 0))
    }

    /// 950, 12K, 48.2K, 482K, 1.2M, 3.4B.
    pub fn compact(&self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        let a = v.abs();
        if a < 1000.0 {
            return self.number(v.round(), 0);
        }
        const UNITS: [(f64, &str); 4] = [(1e3, "K"), (1e6, "M"), (1e9, "B"), (1e12, "T")];
        let mut idx = UNITS.iter().rposition(|(size, _)| a >= *size).unwrap_or(0);
        loop {
            let (size, suffix) = UNITS[idx];
            let scaled = v / size;
            let decimals = if scaled.abs() >= 100.0 { 0 } else { 1 };
            let factor = if decimals == 0 { 1.0 } else { 10.0 };
            let rounded = (scaled * factor).round() / factor;
            // 999,960 rounds to "1000K": step up to "1M" instead.
            if rounded.abs() >= 1000.0 && idx + 1 < UNITS.len() {
                idx += 1;
                continue;
            }
            let mut text = self.number(rounded, decimals);
            let zero = format!("{}0", self.locale.decimal_separator());
            if let Some(stripped) = text.strip_suffix(&zero) {
                text = stripped.to_string();
            }
            return format!("{text}{suffix}");
        }
    }

    /// Money in its currency: $1,200, $36.36, 1.200 €, ¥150,000.
    pub fn money(&self, v: Option<f64>, code: &str) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        let style = currency::style(code);
        let decimals = usize::from(style.decimals);
        let mut digits = self.number(v, decimals);
        if decimals > 0 {
            let zeros = format!("{}{}", self.locale.decimal_separator(), "0".repeat(decimals));
            if let Some(whole) = digits.strip_suffix(&zeros) {
                digits = whole.to_string();
            }
        }
        self.place_currency(&digits, code, style.symbol)
    }

    /// Money rounded to K / M for tight spaces: $125K.
    pub fn money_compact(&self, v: Option<f64>, code: &str) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        if v.abs() < 10_000.0 {
            return self.money(Some(v), code);
        }
        let style = currency::style(code);
        self.place_currency(&self.compact(Some(v)), code, style.symbol)
    }

    fn place_currency(&self, digits: &str, code: &str, symbol: &str) -> String {
        let (negative, digits) = match digits.strip_prefix(MINUS) {
            Some(rest) => (true, rest),
            None => (false, digits),
        };
        let sign = if negative { MINUS.to_string() } else { String::new() };
        let mark = if symbol.is_empty() { code } else { symbol };
        let spaced = symbol.is_empty() || mark.chars().all(|c| c.is_ascii_alphabetic());
        if self.locale.currency_after() {
            format!("{sign}{digits}\u{a0}{mark}")
        } else if spaced {
            format!("{sign}{mark}\u{a0}{digits}")
        } else {
            format!("{sign}{mark}{digits}")
        }
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
        let space = if self.locale.percent_space() { "\u{a0}" } else { "" };
        format!("{}{space}%", self.number(v, decimals))
    }

    /// An audience share as written: 78%, 12.5%.
    pub fn share(&self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else { return na() };
        let rounded = (v * 10.0).round() / 10.0;
        let decimals = if rounded.fract() == 0.0 { 0 } else { 1 };
        let space = if self.locale.percent_space() { "\u{a0}" } else { "" };
        format!("{}{space}%", self.number(rounded, decimals))
    }

    /// +3.2% / −1.0%, for growth.
    pub fn signed_percent(&self, v: Option<f64>) -> String {
        match v.filter(|v| v.is_finite()) {
            Some(x) if x > 0.0 => format!("+{}", self.percent(Some(x))),
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
        if decimals == 2 && text.ends_with('0') {
            text.pop();
        }
        format!("{text}×")
    }

    pub fn date(&self, d: Option<Date>) -> String {
        d.map_or_else(na, |d| self.locale.date(d.year, d.month, d.day))
    }

    /// "Mar 1 – 31, 2026", "Mar 1 – Apr 15, 2026" or one date when the other is missing.
    pub fn date_range(&self, start: Option<Date>, end: Option<Date>) -> String {
        match (start, end) {
            (Some(s), Some(e)) if s == e => self.date(Some(s)),
            (Some(s), Some(e)) => format!("{} – {}", self.date(Some(s)), self.date(Some(e))),
            (Some(s), None) => format!("from {}", self.date(Some(s))),
            (None, Some(e)) => format!("until {}", self.date(Some(e))),
            (None, None) => String::new(),
        }
    }
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
        assert_eq!(f.compact(Some(u64::MAX as f64)), "18,446,744T");
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
        assert_eq!(f.percent(Some(-45.0)), "−45.0%");
        assert_eq!(f.percent(Some(f64::NAN)), "—");
        assert_eq!(f.signed_percent(Some(3.17)), "+3.2%");
        assert_eq!(f.share(Some(78.0)), "78%");
        assert_eq!(f.share(Some(12.54)), "12.5%");
        assert_eq!(f.multiple(Some(12.5)), "12.5×");
        assert_eq!(f.multiple(Some(4.0)), "4.0×");
        assert_eq!(f.multiple(Some(1.25)), "1.25×");
        let fr = Formatter::new(Locale::parse("fr-FR").unwrap());
        assert_eq!(fr.percent(Some(5.5)), "5,5\u{a0}%");
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
        assert!(f.count(Some(1e300)).len() > 300);
        assert_eq!(f.count(Some(f64::INFINITY)), "—");
    }
}
