//! Scalar value types shared by the config, creator and campaign files.
//!
//! Each type validates itself while it is deserialised, so that a bad value is
//! reported with the exact line and column of the scalar that holds it.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::model::currency;

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(1000..=9999).contains(&year) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn parse(text: &str) -> Result<Date, String> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('-').collect();
        let shape_ok = parts.len() == 3
            && parts[0].len() == 4
            && parts[1].len() == 2
            && parts[2].len() == 2
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !shape_ok {
            return Err(format!("expected a date written YYYY-MM-DD (like 2026-03-05), found \"{}\"", clip(text)));
        }
        let year: i32 = parts[0].parse().map_err(|_| "bad year".to_string())?;
        let month: u8 = parts[1].parse().map_err(|_| "bad month".to_string())?;
        let day: u8 = parts[2].parse().map_err(|_| "bad day".to_string())?;
        if !(1..=12).contains(&month) {
            return Err(format!("{text} is not a date: there is no month {month}"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!(
                "{text} is not a date: {} {year} has {} days",
                MONTHS_EN[usize::from(month - 1)],
                days_in_month(year, month)
            ));
        }
        Date::new(year, month, day).ok_or_else(|| format!("{text} is out of range (years 1000-9999)"))
    }

    /// Days since 1970-01-01; lets growth be scaled to 30-day months.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let d = i64::from(self.day);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`], for labelling chart axes.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Date, E> {
                Err(E::custom(format!("expected a date written YYYY-MM-DD, found the number {v}")))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Date, E> {
                Err(E::custom(format!("expected a date written YYYY-MM-DD, found the number {v}")))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Date, E> {
                Err(E::custom(format!("expected a date written YYYY-MM-DD, found the number {v}")))
            }
        }
        d.deserialize_any(V)
    }
}

/// A non-negative whole number of things: followers, likes, clicks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Count(pub u64);

impl Count {
    pub fn get(self) -> f64 {
        self.0 as f64
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number of 0 or more")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Count, E> {
                Ok(Count(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Count, E> {
                u64::try_from(v).map(Count).map_err(|_| E::custom(format!("expected a count of 0 or more, found {v}")))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Count, E> {
                // `u64::MAX as f64` rounds up to 2^64, which does not fit: the bound is strict.
                if v.is_finite() && v >= 0.0 && v.fract() == 0.0 && v < u64::MAX as f64 {
                    // Checked above: the value is whole and in range.
                    Ok(Count(v as u64))
                } else if v < 0.0 {
                    Err(E::custom(format!("expected a count of 0 or more, found {v}")))
                } else if !v.is_finite() || v >= u64::MAX as f64 {
                    Err(E::custom(format!("expected a whole number no larger than {}, found {v}", u64::MAX)))
                } else {
                    Err(E::custom(format!("expected a whole number, found {v}")))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Count, E> {
                Err(E::custom(format!("expected a whole number, found the text \"{}\"{}", clip(v), number_hint(v))))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Count, E> {
                Err(E::custom(format!("expected a whole number, found {v}")))
            }
        }
        d.deserialize_any(V)
    }
}

/// A non-negative finite number: money, averages, EMV values.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Amount(pub f64);

impl Amount {
    pub fn get(self) -> f64 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NumberVisitor { max: f64::MAX, what: "a number of 0 or more" }).map(Amount)
    }
}

/// A share in percent, between 0 and 100.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Percent(pub f64);

impl Percent {
    pub fn get(self) -> f64 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NumberVisitor { max: 100.0, what: "a percentage from 0 to 100" }).map(Percent)
    }
}

struct NumberVisitor {
    max: f64,
    what: &'static str,
}

impl NumberVisitor {
    fn check<E: de::Error>(&self, v: f64) -> Result<f64, E> {
        if v.is_finite() && (0.0..=self.max).contains(&v) {
            Ok(v)
        } else {
            Err(E::custom(format!("expected {}, found {v}", self.what)))
        }
    }
}

impl Visitor<'_> for NumberVisitor {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        self.check(v as f64)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        self.check(v as f64)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        self.check(v)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
        Err(E::custom(format!("expected {}, found the text \"{}\"{}", self.what, clip(v), number_hint(v))))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<f64, E> {
        Err(E::custom(format!("expected {}, found {v}", self.what)))
    }
}

/// People write "$1,200" or "48.2K" in a spreadsheet; say how to write it here.
fn number_hint(text: &str) -> String {
    let t = text.trim();
    if t.contains(',') || t.starts_with(['$', '€', '£']) || t.ends_with('%') {
        " (write plain digits without symbols or thousands separators, e.g. 1200)".to_string()
    } else if t.ends_with(['K', 'k', 'M', 'm']) {
        " (write the full number, e.g. 48200 rather than 48.2K)".to_string()
    } else {
        String::new()
    }
}

/// An ISO 4217 currency code such as `USD`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Currency(pub String);

impl Default for Currency {
    fn default() -> Self {
        Currency("USD".to_string())
    }
}

impl Currency {
    pub fn code(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let code = text.trim().to_ascii_uppercase();
        if currency::is_known(&code) {
            Ok(Currency(code))
        } else {
            let hint = currency::closest(&code).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
            Err(de::Error::custom(format!(
                "expected an ISO 4217 currency code such as USD, EUR or GBP, found \"{}\"{hint}",
                clip(&text)
            )))
        }
    }
}

/// A colour written `#RRGGBB` or `#RGB`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Color(pub String);

impl Color {
    /// Parses the colour into its red, green and blue channels.
    pub fn rgb(&self) -> (u8, u8, u8) {
        parse_hex_color(&self.0).unwrap_or((0, 0, 0))
    }
}

pub fn parse_hex_color(text: &str) -> Option<(u8, u8, u8)> {
    let hex = text.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some((channel(&hex[0..2])?, channel(&hex[2..4])?, channel(&hex[4..6])?)),
        3 => {
            let c = |i: usize| channel(&hex[i..i + 1]).map(|v| v * 17);
            Some((c(0)?, c(1)?, c(2)?))
        }
        _ => None,
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        match parse_hex_color(text.trim()) {
            Some((r, g, b)) => Ok(Color(format!("#{r:02X}{g:02X}{b:02X}"))),
            None => Err(de::Error::custom(format!(
                "expected a colour written #RRGGBB (quote it: \"#0F766E\"), found \"{}\"",
                clip(&text)
            ))),
        }
    }
}

/// A link a reader can follow: only `http`, `https` and `mailto` are allowed, so
/// that no field can smuggle `javascript:` or `data:` into a page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Link(pub String);

impl Link {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub fn check_link(text: &str) -> Result<String, String> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && t.len() > lower.find("://").map_or(0, |i| i + 3)
        || lower.starts_with("mailto:") && t.len() > 7;
    if ok && !t.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>') {
        Ok(t.to_string())
    } else if !lower.contains(':') && t.contains('.') && !t.contains(' ') {
        Err(format!(
            "expected a full web address starting with https://, found \"{}\" (write https://{})",
            clip(t),
            clip(t)
        ))
    } else {
        Err(format!("expected a web address starting with https://, http:// or mailto:, found \"{}\"", clip(t)))
    }
}

impl<'de> Deserialize<'de> for Link {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        check_link(&text).map(Link).map_err(de::Error::custom)
    }
}

/// An e-mail address, shown as a `mailto:` link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Email(pub String);

impl<'de> Deserialize<'de> for Email {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let t = text.trim();
        let valid = match t.split_once('@') {
            Some((user, host)) => {
                !user.is_empty()
                    && host.contains('.')
                    // A host name, not a `?subject=` or any other part of a mailto: address.
                    && host.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                    && !host.starts_with('.')
                    && !host.ends_with('.')
                    && !t.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"'(),;:\\[]".contains(c))
                    && t.matches('@').count() == 1
            }
            None => false,
        };
        if valid {
            Ok(Email(t.to_string()))
        } else {
            Err(de::Error::custom(format!("expected an e-mail address like name@example.com, found \"{}\"", clip(t))))
        }
    }
}

/// A picture: either a file under `static/` or a full https address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Asset(pub String);

impl Asset {
    /// The path inside `static/`, or `None` for an external address.
    pub fn static_path(&self) -> Option<&str> {
        self.0.strip_prefix("static/")
    }
}

impl<'de> Deserialize<'de> for Asset {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let t = text.trim().trim_start_matches("./");
        let lower = t.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            return check_link(t).map(Asset).map_err(de::Error::custom);
        }
        let inside = t.strip_prefix("static/").filter(|rest| {
            !rest.is_empty()
                && rest.split('/').all(|seg| !seg.is_empty() && seg != "." && seg != "..")
                && !rest.contains('\\')
                && !rest.chars().any(|c| c.is_control() || c == '"' || c == '<' || c == '>')
        });
        match inside {
            Some(_) => Ok(Asset(t.to_string())),
            None => Err(de::Error::custom(format!(
                "expected a file under static/ (like static/photo.jpg) or an https:// address, found \"{}\"",
                clip(t)
            ))),
        }
    }
}

/// Keys in the order the author wrote them (audience groups read best that way).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OrderedMap<V>(pub Vec<(String, V)>);

impl<V> OrderedMap<V> {
    pub fn iter(&self) -> impl Iterator<Item = &(String, V)> {
        self.0.iter()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V: Serialize> Serialize for OrderedMap<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for OrderedMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct MapVisitor<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for MapVisitor<V> {
            type Value = OrderedMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of names to values")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut out: Vec<(String, V)> = Vec::new();
                while let Some(key) = access.next_key::<String>()? {
                    if out.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format!("`{key}` is listed twice")));
                    }
                    let value = access.next_value()?;
                    out.push((key, value));
                }
                Ok(OrderedMap(out))
            }
        }
        d.deserialize_map(MapVisitor(std::marker::PhantomData))
    }
}

/// Keeps quoted input in messages short and on one line.
pub fn clip(text: &str) -> String {
    let one_line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut chars = one_line.chars();
    let head: String = chars.by_ref().take(60).collect();
    if chars.next().is_some() { format!("{head}…") } else { head }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_reject_impossible_days() {
        assert_eq!(Date::parse("2026-03-05"), Ok(Date { year: 2026, month: 3, day: 5 }));
        assert!(Date::parse("2024-02-29").is_ok());
        let err = Date::parse("2026-02-30").unwrap_err();
        assert!(err.contains("February 2026 has 28 days"), "{err}");
        assert!(Date::parse("2026-13-01").unwrap_err().contains("no month 13"));
        assert!(Date::parse("March 5").unwrap_err().contains("YYYY-MM-DD"));
    }

    #[test]
    fn days_since_epoch_counts_real_calendar_days() {
        let d = |s| Date::parse(s).unwrap().days_since_epoch();
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("2026-07-01") - d("2026-06-01"), 30);
        assert_eq!(d("2024-03-01") - d("2024-02-01"), 29);
        assert_eq!(d("2027-01-01") - d("2026-01-01"), 365);
        for s in ["1970-01-01", "2024-02-29", "2026-12-31", "2000-03-01"] {
            assert_eq!(Date::from_days_since_epoch(d(s)).iso(), s);
        }
    }

    #[test]
    fn colours_normalise_to_six_digits() {
        assert_eq!(parse_hex_color("#0F766E"), Some((15, 118, 110)));
        assert_eq!(parse_hex_color("#fff"), Some((255, 255, 255)));
        assert_eq!(parse_hex_color("0F766E"), None);
        assert_eq!(parse_hex_color("#12345"), None);
    }

    #[test]
    fn links_allow_only_web_and_mail() {
        assert!(check_link("https://example.com/a").is_ok());
        assert!(check_link("mailto:a@b.co").is_ok());
        assert!(check_link("javascript:alert(1)").is_err());
        assert!(check_link("data:text/html,<b>").is_err());
        assert!(check_link("example.com").unwrap_err().contains("https://example.com"));
        assert!(check_link("https://").is_err());
    }
}
