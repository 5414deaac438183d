//! Numbers, money, percentages, compact figures and dates written the way
//! Unicode CLDR says each locale writes them. The data (`data.rs`) is
//! generated from CLDR by `scripts/cldr-data.py`; the patterns are applied
//! here. `tests/cldr.rs` compares what this writes with Python's Babel, an
//! independent CLDR implementation, for every locale of the table.
//!
//! A locale tag finds its data by language and region (`de-AT`), else by
//! language alone (`de`): an unknown region gets the language's defaults.

mod data;

use crate::model::locale::Locale;

/// A digit set: ASCII, or the Arabic-Indic digits some Arabic locales use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Digits {
    Latn,
    Arab,
}

/// A compact pattern ("0K", "00 Mio'.'") for numbers of 10^`exponent`, with
/// the plural forms whose pattern differs from `other`.
#[derive(Debug)]
pub struct Compact {
    pub exponent: u8,
    pub pattern: &'static str,
    pub plural: &'static [(&'static str, &'static str)],
}

/// One way of writing a date range, for ranges whose greatest difference is
/// `field` (y, M or d): the start in `first`, the end in `second`.
#[derive(Debug)]
pub struct Interval {
    pub field: char,
    pub first: &'static str,
    pub second: &'static str,
}

/// The CLDR data of one locale.
#[derive(Debug)]
pub struct Data {
    pub tag: &'static str,
    pub digits: Digits,
    pub decimal: &'static str,
    pub group: &'static str,
    pub percent_sign: &'static str,
    pub plus: &'static str,
    pub minus: &'static str,
    /// The "E" of scientific notation (ar: "أس").
    pub exponential: &'static str,
    pub decimal_pattern: &'static str,
    pub percent_pattern: &'static str,
    pub currency_pattern: &'static str,
    pub compact: &'static [Compact],
    pub compact_currency: &'static [Compact],
    pub months: [&'static str; 12],
    pub months_alone: [&'static str; 12],
    pub ymmmd: &'static str,
    pub ymmm: &'static str,
    pub mmmd: &'static str,
    pub interval_fallback: &'static str,
    pub interval_ymmmd: &'static [Interval],
    pub interval_ymmm: &'static [Interval],
    pub currencies: &'static [(&'static str, &'static str)],
}

/// The tags the table holds, for tests and docs.
pub fn tags() -> impl Iterator<Item = &'static str> {
    data::LOCALES.iter().map(|d| d.tag)
}

/// The data for `locale`: its language and region, else its language.
pub fn data(locale: &Locale) -> &'static Data {
    let lang = locale.language_code();
    let full = locale.region().map(|r| format!("{lang}-{r}"));
    data::LOCALES
        .iter()
        .find(|d| Some(d.tag) == full.as_deref())
        .or_else(|| data::LOCALES.iter().find(|d| d.tag == lang))
        .unwrap_or(&data::LOCALES[0])
}

/// Digits of the minor unit of `code` (2 unless CLDR says otherwise).
pub fn currency_digits(code: &str) -> usize {
    data::CURRENCY_DIGITS.iter().find(|(c, _)| *c == code).map_or(2, |(_, d)| usize::from(*d))
}

impl Data {
    /// The currency's symbol in this locale, or its code.
    pub fn symbol<'a>(&self, code: &'a str) -> &'a str
    where
        'static: 'a,
    {
        self.currencies.iter().find(|(c, _)| *c == code).map_or(code, |(_, s)| s)
    }

    /// ASCII digits in `text` written in the locale's digit set.
    pub fn localise_digits(&self, text: &str) -> String {
        match self.digits {
            Digits::Latn => text.to_string(),
            Digits::Arab => text
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                    _ => c,
                })
                .collect(),
        }
    }

    /// `digits` (ASCII, with `.` before the fraction) with the locale's
    /// decimal and, when `grouped`, group separators every three digits.
    pub fn digits(&self, plain: &str, grouped: bool) -> String {
        let (int, frac) = match plain.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (plain, None),
        };
        let mut out = String::with_capacity(plain.len() + 8);
        let n = int.len();
        for (i, ch) in int.chars().enumerate() {
            if grouped && i > 0 && (n - i) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(ch);
        }
        if let Some(f) = frac {
            out.push_str(self.decimal);
            out.push_str(f);
        }
        self.localise_digits(&out)
    }

    /// Applies a number pattern (`#,##0 %`, `¤ #,##0.00;¤ -#,##0.00`) to an
    /// already written number: prefix and suffix from the pattern, `%` and
    /// `¤` replaced, the minus sign where the pattern (or CLDR's default,
    /// before the prefix) puts it.
    pub fn apply(&self, pattern: &str, number: &str, negative: bool, currency: &str) -> String {
        let (positive, explicit_negative) = match pattern.split_once(';') {
            Some((p, n)) => (p, Some(n)),
            None => (pattern, None),
        };
        let (sub, sign_first) = match (negative, explicit_negative) {
            (true, Some(n)) => (n, false),
            (true, None) => (positive, true),
            (false, _) => (positive, false),
        };
        let (prefix, suffix) = split_affixes(sub);
        let mut out = String::new();
        if sign_first {
            out.push_str(self.minus);
        }
        out.push_str(&self.affix(&prefix, currency));
        out.push_str(number);
        out.push_str(&self.affix(&suffix, currency));
        spaced_currency(&out, currency)
    }

    fn affix(&self, raw: &str, currency: &str) -> String {
        let mut out = String::new();
        let mut quoted = false;
        for c in raw.chars() {
            match c {
                '\'' => quoted = !quoted,
                '%' if !quoted => out.push_str(self.percent_sign),
                '¤' if !quoted => out.push_str(currency),
                '-' if !quoted => out.push_str(self.minus),
                '+' if !quoted => out.push_str(self.plus),
                c => out.push(c),
            }
        }
        out
    }
}

/// The text before and after the number part (`#`, `0`, `,`, `.`) of a
/// pattern, quotes kept for [`Data::affix`].
fn split_affixes(pattern: &str) -> (String, String) {
    let mut prefix = String::new();
    let mut suffix = String::new();
    let mut seen_number = false;
    let mut quoted = false;
    for c in pattern.chars() {
        if c == '\'' {
            quoted = !quoted;
        }
        let numeric = !quoted && matches!(c, '#' | '0' | ',' | '.');
        if numeric {
            seen_number = true;
        } else if seen_number {
            suffix.push(c);
        } else {
            prefix.push(c);
        }
    }
    (prefix, suffix)
}

/// CLDR's currency spacing: a symbol that starts or ends with a letter is
/// kept off the digits by a no-break space ("CHF 1,200", "1.200 US$" stays).
fn spaced_currency(text: &str, currency: &str) -> String {
    if currency.is_empty() {
        return text.to_string();
    }
    let Some(at) = text.find(currency) else { return text.to_string() };
    let (before, after) = (&text[..at], &text[at + currency.len()..]);
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_numeric());
    let mut out = before.to_string();
    if letter(currency.chars().next()) && digit(before.chars().next_back()) {
        out.push('\u{a0}');
    }
    out.push_str(currency);
    if letter(currency.chars().next_back()) && digit(after.chars().next()) {
        out.push('\u{a0}');
    }
    out.push_str(after);
    out
}

/// The plural form CLDR gives a compact figure, where a pattern depends on it.
fn plural(tag: &str, n: f64) -> &'static str {
    let lang = tag.split('-').next().unwrap_or(tag);
    let whole = n.fract() == 0.0;
    match lang {
        "ar" if whole && (3.0..=10.0).contains(&(n % 100.0)) => "few",
        "ar" if whole && (11.0..=99.0).contains(&(n % 100.0)) => "many",
        "ar" if n == 0.0 => "zero",
        "ar" if n == 1.0 => "one",
        "ar" if n == 2.0 => "two",
        _ if whole && n == 1.0 => "one",
        _ => "other",
    }
}

/// The compact pattern for `v` (10^exponent ≤ |v|), if any.
pub fn compact_pattern(table: &'static [Compact], v: f64) -> Option<&'static Compact> {
    table.iter().rev().find(|c| v.abs() >= 10f64.powi(i32::from(c.exponent)))
}

impl Compact {
    /// The divisor for the pattern: 10^exponent over the zeros it shows.
    pub fn divisor(&self) -> f64 {
        let zeros = self.pattern.chars().filter(|c| *c == '0').count().max(1) as i32;
        10f64.powi(i32::from(self.exponent) - (zeros - 1))
    }

    /// "No compact form": CLDR writes the number in full.
    pub fn is_plain(&self) -> bool {
        self.pattern == "0"
    }

    /// The pattern for a compacted value (its plural form).
    pub fn pattern_for(&self, tag: &str, shown: f64) -> &'static str {
        let form = plural(tag, shown.abs());
        self.plural.iter().find(|(f, _)| *f == form).map_or(self.pattern, |(_, p)| p)
    }
}

/// Writes a compact pattern: the run of zeros replaced by `number`.
pub fn fill_compact(data: &Data, pattern: &str, number: &str, negative: bool, currency: &str) -> String {
    // "0K" → prefix "", suffix "K"; quoted text ('.') is literal.
    let mut out = String::new();
    let mut placed = false;
    let mut quoted = false;
    let mut in_zeros = false;
    for c in pattern.chars() {
        if c == '\'' {
            quoted = !quoted;
            continue;
        }
        if c == '0' && !quoted {
            if !placed {
                if negative {
                    out.push_str(data.minus);
                }
                out.push_str(number);
                placed = true;
            }
            in_zeros = true;
            continue;
        }
        in_zeros = false;
        match c {
            '¤' if !quoted => out.push_str(currency),
            c => out.push(c),
        }
    }
    let _ = in_zeros;
    spaced_currency(&out, currency)
}

/// Writes a date pattern (`MMM d, y`, `d. MMM y`, `d 'de' MMM 'de' y`).
pub fn date_pattern(data: &Data, pattern: &str, year: i32, month: u8, day: u8) -> String {
    let m = usize::from(month.clamp(1, 12) - 1);
    let mut out = String::new();
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            // 'literal', with '' for a quote.
            let mut j = i + 1;
            if j < chars.len() && chars[j] == '\'' {
                out.push('\'');
                i += 2;
                continue;
            }
            while j < chars.len() && chars[j] != '\'' {
                out.push(chars[j]);
                j += 1;
            }
            i = j + 1;
            continue;
        }
        let mut n = 1;
        while i + n < chars.len() && chars[i + n] == c {
            n += 1;
        }
        match (c, n) {
            ('y', 2) => out.push_str(&data.localise_digits(&format!("{:02}", year.rem_euclid(100)))),
            ('y', _) => out.push_str(&data.localise_digits(&year.to_string())),
            ('M' | 'L', 1) => out.push_str(&data.localise_digits(&month.to_string())),
            ('M' | 'L', 2) => out.push_str(&data.localise_digits(&format!("{month:02}"))),
            ('M', _) => out.push_str(data.months[m]),
            ('L', _) => out.push_str(data.months_alone[m]),
            ('d', 1) => out.push_str(&data.localise_digits(&day.to_string())),
            ('d', _) => out.push_str(&data.localise_digits(&format!("{day:02}"))),
            _ => {
                for _ in 0..n {
                    out.push(c);
                }
            }
        }
        i += n;
    }
    out
}

/// A date range by CLDR's interval formats: "Mar 5 – 31, 2026",
/// "5.–31. März 2026", "5 mars – 15 avr. 2026".
pub fn date_interval(data: &Data, from: (i32, u8, u8), to: (i32, u8, u8)) -> String {
    let field = if from.0 != to.0 {
        'y'
    } else if from.1 != to.1 {
        'M'
    } else if from.2 != to.2 {
        'd'
    } else {
        return date_pattern(data, data.ymmmd, from.0, from.1, from.2);
    };
    match data.interval_ymmmd.iter().find(|i| i.field == field) {
        Some(i) => {
            let a = date_pattern(data, i.first, from.0, from.1, from.2);
            let b = date_pattern(data, i.second, to.0, to.1, to.2);
            format!("{a}{b}")
        }
        None => data
            .interval_fallback
            .replace("{0}", &date_pattern(data, data.ymmmd, from.0, from.1, from.2))
            .replace("{1}", &date_pattern(data, data.ymmmd, to.0, to.1, to.2)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(tag: &str) -> &'static Data {
        data(&Locale::parse(tag).unwrap())
    }

    #[test]
    fn unknown_regions_take_the_language_defaults() {
        assert_eq!(at("de-AT").tag, "de-AT");
        assert_eq!(at("de-LU").tag, "de");
        assert_eq!(at("ar-SA").tag, "ar-SA");
        assert_eq!(at("ar-JO").tag, "ar");
        assert_eq!(at("en-US").tag, "en");
    }

    #[test]
    fn patterns_place_signs_and_symbols() {
        let de = at("de");
        assert_eq!(de.apply(de.percent_pattern, "5,5", false, ""), "5,5\u{a0}%");
        assert_eq!(de.apply(de.currency_pattern, "1.200", true, "€"), "-1.200\u{a0}€");
        let en = at("en");
        assert_eq!(en.apply(en.currency_pattern, "1,200", false, "CHF"), "CHF\u{a0}1,200");
        assert_eq!(en.apply(en.currency_pattern, "1,200", true, "$"), "-$1,200");
        let nl = at("nl");
        assert_eq!(nl.apply(nl.currency_pattern, "1.200", true, "€"), "€\u{a0}-1.200");
    }

    #[test]
    fn dates_and_ranges() {
        let en = at("en");
        assert_eq!(date_pattern(en, en.ymmmd, 2026, 3, 5), "Mar 5, 2026");
        assert_eq!(date_interval(en, (2026, 3, 1), (2026, 3, 31)), "Mar 1\u{2009}–\u{2009}31, 2026");
        let de = at("de");
        assert_eq!(date_interval(de, (2026, 3, 1), (2026, 3, 31)), "1.–31. März 2026");
        let pt = at("pt");
        assert_eq!(date_pattern(pt, pt.ymmmd, 2026, 3, 5), "5 de mar. de 2026");
        let sa = at("ar-SA");
        assert_eq!(date_pattern(sa, sa.ymmmd, 2026, 3, 5), "٥ مارس ٢٠٢٦");
    }
}
