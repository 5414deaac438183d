//! `locale:` names the language of every label and how numbers, money and
//! dates are written (a BCP 47 tag such as `de-AT`). The words are in
//! `present/i18n`, the CLDR formats in `present/cldr`; a region those do not
//! know takes the language's defaults.

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
    Ar,
}

const LANGUAGES: [(&str, Language); 12] = [
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
    ("ar", Language::Ar),
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
                "expected a locale such as en-US, en-GB, de-DE, fr-FR, es-ES, it-IT, pt-BR, nl-NL or ar-SA, found \"{}\" (supported languages: {})",
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

    /// The language subtag, lowercase (`de`).
    pub fn language_code(&self) -> &'static str {
        LANGUAGES.iter().find(|(_, l)| *l == self.language).map_or("en", |(code, _)| code)
    }

    /// The region subtag, uppercase (`AT`), when the tag has one.
    pub fn region(&self) -> Option<&str> {
        (!self.region.is_empty()).then_some(self.region.as_str())
    }

    /// Whether the language is written right to left.
    pub fn rtl(&self) -> bool {
        self.language == Language::Ar
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
    fn arabic_is_right_to_left() {
        let ar = Locale::parse("ar-SA").unwrap();
        assert!(ar.rtl());
        assert_eq!((ar.language_code(), ar.region()), ("ar", Some("SA")));
        assert!(!Locale::parse("de").unwrap().rtl());
        assert_eq!(Locale::parse("de").unwrap().region(), None);
    }
}
