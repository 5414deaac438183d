//! `locale:` decides how numbers, money and dates are written.
//!
//! A small table rather than a full CLDR database: the languages below cover
//! the markets the tool is used in, and the region only changes the date order
//! for English.

use std::fmt;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Nl,
    Sv,
    Da,
    Nb,
    Pl,
}

const LANGUAGES: [(&str, Language); 11] = [
    ("en", Language::En),
    ("de", Language::De),
    ("fr", Language::Fr),
    ("es", Language::Es),
    ("it", Language::It),
    ("pt", Language::Pt),
    ("nl", Language::Nl),
    ("sv", Language::Sv),
    ("da", Language::Da),
    ("nb", Language::Nb),
    ("pl", Language::Pl),
];

/// The language codes `locale:` accepts, for the JSON Schema.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(code, _)| *code)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    tag: String,
    pub language: Language,
    region: String,
}

impl Default for Locale {
    fn default() -> Self {
        Locale { tag: "en-US".to_string(), language: Language::En, region: "US".to_string() }
    }
}

impl Locale {
    pub fn parse(text: &str) -> Result<Locale, String> {
        let t = text.trim().replace('_', "-");
        let (lang, region) = match t.split_once('-') {
            Some((l, r)) => (l.to_ascii_lowercase(), r.to_ascii_uppercase()),
            None => (t.to_ascii_lowercase(), String::new()),
        };
        let language = LANGUAGES.iter().find(|(code, _)| *code == lang).map(|(_, l)| *l);
        let region_ok = region.is_empty() || (region.len() == 2 && region.bytes().all(|b| b.is_ascii_alphabetic()));
        match language {
            Some(language) if region_ok => {
                let tag = if region.is_empty() { lang.clone() } else { format!("{lang}-{region}") };
                Ok(Locale { tag, language, region })
            }
            _ => Err(format!(
                "expected a locale such as en-US, en-GB, de-DE, fr-FR, es-ES, it-IT, pt-BR or nl-NL, found \"{}\" (supported languages: {})",
                crate::model::values::clip(text),
                LANGUAGES.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", ")
            )),
        }
    }

    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The `lang` attribute for HTML pages.
    pub fn html_lang(&self) -> &str {
        &self.tag
    }

    pub fn decimal_separator(&self) -> char {
        match self.language {
            Language::En => '.',
            _ => ',',
        }
    }

    pub fn group_separator(&self) -> &'static str {
        match self.language {
            Language::En => ",",
            Language::De if self.region == "CH" => "’",
            Language::De | Language::Es | Language::It | Language::Pt | Language::Nl | Language::Da => ".",
            // Narrow no-break space, as printed in French and Nordic texts.
            Language::Fr | Language::Sv | Language::Nb | Language::Pl => "\u{202F}",
        }
    }

    /// Whether the currency symbol follows the amount ("1.200 €").
    pub fn currency_after(&self) -> bool {
        !matches!(self.language, Language::En | Language::Pt | Language::Nl)
    }

    /// Whether a space separates number and percent sign ("5,4 %").
    pub fn percent_space(&self) -> bool {
        matches!(self.language, Language::De | Language::Fr | Language::Es | Language::Sv | Language::Nb | Language::Da)
    }

    fn month_short(&self, month: u8) -> &'static str {
        let i = usize::from(month.clamp(1, 12) - 1);
        let table: [&str; 12] = match self.language {
            Language::En => ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
            Language::De => {
                ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
            }
            Language::Fr => {
                ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
            }
            Language::Es => ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
            Language::It => ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            Language::Pt => {
                ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
            }
            Language::Nl => ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
            Language::Sv => {
                ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."]
            }
            Language::Da => {
                ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
            }
            Language::Nb => {
                ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."]
            }
            Language::Pl => ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
        };
        table[i]
    }

    /// "Mar 5, 2026" in the US, "5 Mar 2026" elsewhere, "5. März 2026" in German.
    pub fn date(&self, year: i32, month: u8, day: u8) -> String {
        let m = self.month_short(month);
        match self.language {
            Language::En if self.region == "US" || self.region.is_empty() || self.region == "CA" => {
                format!("{m} {day}, {year}")
            }
            Language::De | Language::Da | Language::Nb => format!("{day}. {m} {year}"),
            _ => format!("{day} {m} {year}"),
        }
    }

    /// "Mar 2026": for chart axes and date ranges.
    pub fn month_year(&self, year: i32, month: u8) -> String {
        format!("{} {year}", self.month_short(month))
    }

    /// "Mar 5": for chart axes inside one year.
    pub fn day_month(&self, month: u8, day: u8) -> String {
        let m = self.month_short(month);
        match self.language {
            Language::En if self.region == "US" || self.region.is_empty() || self.region == "CA" => {
                format!("{m} {day}")
            }
            Language::De | Language::Da | Language::Nb => format!("{day}. {m}"),
            _ => format!("{day} {m}"),
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.tag)
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Locale::parse(&text).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags_and_rejects_unknown_languages() {
        assert_eq!(Locale::parse("en_gb").unwrap().tag(), "en-GB");
        assert_eq!(Locale::parse("de").unwrap().tag(), "de");
        assert!(Locale::parse("xx-YY").is_err());
        assert!(Locale::parse("en-USA").is_err());
    }

    #[test]
    fn dates_follow_the_region() {
        assert_eq!(Locale::parse("en-US").unwrap().date(2026, 3, 5), "Mar 5, 2026");
        assert_eq!(Locale::parse("en-GB").unwrap().date(2026, 3, 5), "5 Mar 2026");
        assert_eq!(Locale::parse("de-DE").unwrap().date(2026, 3, 5), "5. März 2026");
    }
}
