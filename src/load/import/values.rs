//! Numbers and dates as exports and spreadsheets write them: thousands
//! separators of a language, currency signs, `K`/`M` suffixes, `—` for
//! nothing; dates in ISO, US, German and written-out forms, some without a
//! year (TikTok).

use crate::model::locale::Locale;
use crate::model::values::{Date, clip};

/// How a file writes numbers: its thousands separators and decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    pub group: &'static [char],
    pub decimal: char,
    /// Whether dates are written day first (`05.03.2026`, `05/03/2026`).
    pub day_first: bool,
}

impl NumberStyle {
    pub const EN: NumberStyle = NumberStyle { group: &[','], decimal: '.', day_first: false };
    pub const DE: NumberStyle = NumberStyle { group: &['.', '\''], decimal: ',', day_first: true };

    /// The site locale's way, for the agency's own spreadsheets.
    pub fn of_locale(locale: &Locale) -> NumberStyle {
        let day_first = !matches!(locale.tag(), "en" | "en-US" | "en-CA");
        match locale.decimal_separator() {
            '.' => NumberStyle { day_first, ..NumberStyle::EN },
            _ => match locale.group_separator() {
                "." => NumberStyle { day_first: true, ..NumberStyle::DE },
                "’" => NumberStyle { group: &['’', '\''], decimal: ',', day_first: true },
                _ => NumberStyle { group: &['\u{202F}', '\u{a0}', ' '], decimal: ',', day_first: true },
            },
        }
    }
}

/// Cells that mean "nothing here".
pub fn is_empty_cell(text: &str) -> bool {
    let t = text.trim();
    t.is_empty()
        || matches!(t, "—" | "–" | "-" | "--" | "−")
        || t.eq_ignore_ascii_case("undefined")
        || t.eq_ignore_ascii_case("n/a")
        || t.eq_ignore_ascii_case("na")
        || t.eq_ignore_ascii_case("null")
        || t.eq_ignore_ascii_case("none")
}

const CURRENCY_SIGNS: [&str; 12] = ["US$", "R$", "A$", "C$", "CHF", "$", "€", "£", "¥", "₹", "₩", "kr"];

/// A number of 0 or more, or `None` for an empty cell.
pub fn number(text: &str, style: NumberStyle) -> Result<Option<f64>, String> {
    if is_empty_cell(text) {
        return Ok(None);
    }
    let original = text.trim();
    let mut t: String =
        original.chars().filter(|c| !matches!(c, '\u{a0}' | '\u{202F}') || style.group.contains(c)).collect();
    t = t.trim().to_string();
    for sign in CURRENCY_SIGNS {
        if let Some(rest) = t.strip_prefix(sign) {
            t = rest.trim().to_string();
        } else if let Some(rest) = t.strip_suffix(sign) {
            t = rest.trim().to_string();
        }
    }
    let is_code = |c: Option<&str>| c.is_some_and(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()));
    if let Some((code, rest)) = t.split_once(' ')
        && is_code(Some(code))
    {
        t = rest.trim().to_string(); // "USD 1,200"
    }
    if let Some((rest, code)) = t.rsplit_once(' ')
        && is_code(Some(code))
    {
        t = rest.trim().to_string(); // "1.200 EUR"
    }
    if t.starts_with('-') || t.starts_with('−') {
        return Err(format!("expected a number of 0 or more, found \"{}\"", clip(original)));
    }
    let (body, scale) = match t.chars().last() {
        Some('K' | 'k') => (&t[..t.len() - 1], 1_000.0),
        Some('M' | 'm') => (&t[..t.len() - 1], 1_000_000.0),
        Some('B' | 'b') => (&t[..t.len() - 1], 1_000_000_000.0),
        _ => (t.as_str(), 1.0),
    };
    let body = body.trim();
    let value = plain_number(body, style).ok_or_else(|| {
        let how = if style.decimal == ',' { "1.234,5" } else { "1,234.5" };
        format!("expected a number (like {how}, $1,200 or 48.2K), found \"{}\"", clip(original))
    })?;
    let v = value * scale;
    if v.is_finite() { Ok(Some(v)) } else { Err(format!("the number \"{}\" is too large", clip(original))) }
}

/// Digits with the style's thousands separators (in groups of three) and
/// decimal mark.
fn plain_number(body: &str, style: NumberStyle) -> Option<f64> {
    if body.is_empty() {
        return None;
    }
    let (int, frac) = match body.split_once(style.decimal) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if let Some(f) = frac
        && (f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let groups: Vec<&str> = int.split(|c| style.group.contains(&c)).collect();
    if groups.iter().any(|g| !g.bytes().all(|b| b.is_ascii_digit())) || groups[0].is_empty() && frac.is_none() {
        return None;
    }
    if groups.len() > 1 && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    let digits: String = groups.concat();
    let text = match frac {
        Some(f) => format!("{}.{f}", if digits.is_empty() { "0" } else { &digits }),
        None => digits,
    };
    text.parse().ok()
}

/// A whole count of 0 or more; an abbreviated figure (`1.2K`) is rounded.
pub fn count(text: &str, style: NumberStyle) -> Result<Option<u64>, String> {
    let Some(v) = number(text, style)? else { return Ok(None) };
    let abbreviated = text.trim().ends_with(['K', 'k', 'M', 'm', 'B', 'b']);
    if v.fract() != 0.0 && !abbreviated {
        return Err(format!("expected a whole number, found \"{}\"", clip(text.trim())));
    }
    if v >= u64::MAX as f64 {
        return Err(format!("the number \"{}\" is too large", clip(text.trim())));
    }
    Ok(Some(v.round() as u64))
}

/// A share in percent: `25%`, `25`, or a fraction `0.25` when `fractions`
/// (TikTok writes 0–1). `< 1%` is too vague to use: `None`.
pub fn percent(text: &str, style: NumberStyle, fractions: bool) -> Result<Option<f64>, String> {
    let t = text.trim();
    if t.starts_with('<') || t.starts_with('>') {
        return Ok(None);
    }
    let (body, marked) = match t.strip_suffix('%') {
        Some(b) => (b.trim(), true),
        None => (t, false),
    };
    let Some(v) = number(body, style)? else { return Ok(None) };
    let v = if fractions && !marked { v * 100.0 } else { v };
    if v > 100.0 + 1e-9 {
        return Err(format!("expected a share from 0 to 100 %, found \"{}\"", clip(t)));
    }
    Ok(Some(v.min(100.0)))
}

/// A date as a cell holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateValue {
    Full(Date),
    /// Month and day without a year ("August 31", "11 septembre").
    NoYear(u8, u8),
}

/// Month names in the languages exports come in, full and abbreviated.
const MONTH_NAMES: [(&str, u8); 50] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("sept", 9),
];

/// The month a word names: a full name or an abbreviation of at least
/// three letters that names one month only.
fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.chars().count() < 3 {
        return None;
    }
    let mut found = None;
    for (name, month) in MONTH_NAMES {
        if name.starts_with(&w) {
            match found {
                Some(m) if m != month => return None,
                _ => found = Some(month),
            }
        }
    }
    found
}

fn full(year: i64, month: i64, day: i64, original: &str) -> Result<DateValue, String> {
    let (y, m, d) = (i32::try_from(year), u8::try_from(month), u8::try_from(day));
    match (y, m, d) {
        (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d)
            .map(DateValue::Full)
            .ok_or_else(|| format!("\"{}\" is not a date of the calendar", clip(original))),
        _ => Err(format!("\"{}\" is not a date of the calendar", clip(original))),
    }
}

/// A date in any of the forms exports write, or `None` for an empty cell.
/// `day_first` decides `05/03/2026` (5 March when true).
pub fn date(text: &str, day_first: bool) -> Result<Option<DateValue>, String> {
    if is_empty_cell(text) {
        return Ok(None);
    }
    let original = text.trim();
    let bad = || {
        format!(
            "expected a date (like 2026-03-05, 03/05/2026, 05.03.2026 or Mar 5, 2026), found \"{}\"",
            clip(original)
        )
    };
    // Drop a time of day: "2025-12-16T00:00:00", "03/05/2026 14:30", "Mar 5, 2026, 2:30 PM".
    let iso_time = original.len() > 10
        && original.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && original.as_bytes()[10] == b'T';
    let t = if iso_time { &original[..10] } else { original };
    let words: Vec<&str> = t.split_whitespace().collect();
    let t = match words.iter().position(|w| w.contains(':')) {
        Some(i) => words[..i].join(" "),
        None => words.join(" "),
    };
    let t = t.trim_end_matches(',').trim();
    let nums: Vec<&str> = t.split(['-', '/', '.']).map(str::trim).collect();
    let all_digits = nums.iter().all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if all_digits && nums.len() == 3 {
        let v: Vec<i64> = nums.iter().map(|n| n.parse::<i64>().unwrap_or(-1)).collect();
        return if nums[0].len() == 4 {
            full(v[0], v[1], v[2], original).map(Some)
        } else if nums[2].len() == 4 || nums[2].len() == 2 {
            let year = if nums[2].len() == 2 { 2000 + v[2] } else { v[2] };
            let german = t.contains('.');
            if german || day_first { full(year, v[1], v[0], original) } else { full(year, v[0], v[1], original) }
                .map(Some)
        } else {
            Err(bad())
        };
    }
    // Written out: "Mar 5, 2026", "5 March 2026", "5. März 2026", "1 de febrero", "August 31".
    let tokens: Vec<String> = t
        .split([' ', ',', '.'])
        .map(str::trim)
        .filter(|w| !w.is_empty() && !matches!(w.to_lowercase().as_str(), "de" | "del" | "of" | "le"))
        .map(str::to_string)
        .collect();
    let mut month = None;
    let mut numbers = Vec::new();
    for tok in &tokens {
        if tok.bytes().all(|b| b.is_ascii_digit()) {
            numbers.push((tok.len(), tok.parse::<i64>().unwrap_or(-1)));
        } else if let Some(m) = month_of(tok) {
            if month.replace(m).is_some() {
                return Err(bad());
            }
        } else {
            return Err(bad());
        }
    }
    let Some(month) = month else { return Err(bad()) };
    match numbers.as_slice() {
        [(_, day)] => match u8::try_from(*day) {
            Ok(d) if Date::new(2000, month, d).is_some() => Ok(Some(DateValue::NoYear(month, d))),
            _ => Err(bad()),
        },
        [(4, year), (_, day)] | [(_, day), (4, year)] => full(*year, i64::from(month), *day, original).map(Some),
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(text: &str, style: NumberStyle) -> Option<f64> {
        number(text, style).unwrap()
    }

    #[test]
    fn numbers_by_language() {
        assert_eq!(n("15,000", NumberStyle::EN), Some(15000.0));
        assert_eq!(n("1.150", NumberStyle::DE), Some(1150.0));
        assert_eq!(n("1.234,5", NumberStyle::DE), Some(1234.5));
        assert_eq!(n("$1,200.50", NumberStyle::EN), Some(1200.5));
        assert_eq!(n("1.200 €", NumberStyle::DE), Some(1200.0));
        assert_eq!(n("USD 2,700", NumberStyle::EN), Some(2700.0));
        assert_eq!(n("48.2K", NumberStyle::EN), Some(48200.0));
        assert_eq!(n("1,5M", NumberStyle::DE), Some(1_500_000.0));
        assert_eq!(n("—", NumberStyle::EN), None);
        assert_eq!(n("undefined", NumberStyle::EN), None);
        // 1.150 in an English file is one point one five, not a thousand.
        assert_eq!(n("1.150", NumberStyle::EN), Some(1.15));
        assert!(number("1,15", NumberStyle::EN).is_err());
        assert!(number("12a", NumberStyle::EN).unwrap_err().contains("\"12a\""));
        assert!(number("-5", NumberStyle::EN).is_err());
    }

    #[test]
    fn counts_are_whole() {
        assert_eq!(count("1.2K", NumberStyle::EN), Ok(Some(1200)));
        assert_eq!(count("2,210", NumberStyle::EN), Ok(Some(2210)));
        assert!(count("12.5", NumberStyle::EN).unwrap_err().contains("whole"));
    }

    #[test]
    fn percentages_and_fractions() {
        assert_eq!(percent("0.62", NumberStyle::EN, true), Ok(Some(62.0)));
        assert_eq!(percent("25%", NumberStyle::EN, false), Ok(Some(25.0)));
        assert_eq!(percent("< 1%", NumberStyle::EN, false), Ok(None));
        assert_eq!(percent("12,5 %", NumberStyle::DE, false), Ok(Some(12.5)));
    }

    #[test]
    fn dates_in_every_form_exports_use() {
        let d = |t: &str, day_first| date(t, day_first).unwrap();
        let full = |y, m, dd| Some(DateValue::Full(Date::new(y, m, dd).unwrap()));
        assert_eq!(d("2026-03-05", false), full(2026, 3, 5));
        assert_eq!(d("2025-12-16T00:00:00", false), full(2025, 12, 16));
        assert_eq!(d("03/05/2026 14:30", false), full(2026, 3, 5));
        assert_eq!(d("05.03.2026 14:30", false), full(2026, 3, 5));
        assert_eq!(d("05/03/2026", true), full(2026, 3, 5));
        assert_eq!(d("Mar 5, 2026", false), full(2026, 3, 5));
        assert_eq!(d("5. März 2026", false), full(2026, 3, 5));
        assert_eq!(d("August 31", false), Some(DateValue::NoYear(8, 31)));
        assert_eq!(d("11 septembre", false), Some(DateValue::NoYear(9, 11)));
        assert_eq!(d("1 de febrero", false), Some(DateValue::NoYear(2, 1)));
        assert_eq!(d("31. Oktober", false), Some(DateValue::NoYear(10, 31)));
        assert_eq!(d("—", false), None);
        assert!(date("2026-02-30", false).is_err());
        assert!(date("soon", false).unwrap_err().contains("\"soon\""));
        assert!(date("February 30", false).is_err());
    }
}
