//! Every word a reader sees, in the reader's language.
//!
//! Labels are [Fluent](https://projectfluent.org) messages: one file per
//! language under `locales/`, embedded in the binary, English first. A site
//! (or its theme) may add `i18n/<lang>.ftl` or `i18n/<lang>-<REGION>.ftl`
//! files: their messages win over the built-in ones, and a language that
//! is not built in gets its labels from them. A message is looked up in
//! this order, the first that has it winning:
//!
//! 1. the site's file for the locale's language and region (`i18n/de-AT.ftl`),
//! 2. the site's file for the language (`i18n/de.ftl`),
//! 3. the built-in language,
//! 4. built-in English.
//!
//! Numbers and dates come into messages already written for the locale
//! (`$n`, `$date`); `$count` carries a bare number for plural forms.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::compute::engagement::Rating;
use crate::compute::tier::Tier;
use crate::diagnostics::Diagnostic;
use crate::model::choices::{Objective, Platform, PostFormat};
use crate::model::locale::Locale;

/// The languages with built-in labels, English first.
pub const BUILTIN: [(&str, &str); 8] = [
    ("en", include_str!("locales/en.ftl")),
    ("de", include_str!("locales/de.ftl")),
    ("fr", include_str!("locales/fr.ftl")),
    ("es", include_str!("locales/es.ftl")),
    ("pt", include_str!("locales/pt.ftl")),
    ("it", include_str!("locales/it.ftl")),
    ("nl", include_str!("locales/nl.ftl")),
    ("ar", include_str!("locales/ar.ftl")),
];

/// Where a site keeps its own label files.
pub const DIR: &str = "i18n";

type Bundle = FluentBundle<FluentResource>;

/// One parsed file of labels.
struct Source {
    /// As messages show it: `built-in de`, `i18n/de.ftl`.
    name: String,
    bundle: Bundle,
}

impl Source {
    fn parse(name: &str, lang: &str, text: &str) -> Result<Source, Vec<Diagnostic>> {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((_, errors)) => {
                return Err(errors
                    .iter()
                    .map(|e| {
                        let (line, column) = line_column(text, e.pos.start);
                        Diagnostic::error(name.to_string(), format!("this label file is not valid Fluent: {e}"))
                            .at(text, line, column)
                            .hint("a label is `id = text`; see https://projectfluent.org/fluent/guide/")
                    })
                    .collect());
            }
        };
        let langid: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Unicode isolation marks around placeables would end up in every
        // label, attribute and PDF text; the bidi of pages and PDFs copes.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            return Err(vec![Diagnostic::error(
                name.to_string(),
                format!("labels defined twice: {}", list.join("; ")),
            )]);
        }
        Ok(Source { name: name.to_string(), bundle })
    }

    fn ids(&self, text: &str) -> BTreeSet<String> {
        message_ids(text).into_iter().filter(|id| self.bundle.has_message(id)).collect()
    }
}

/// The (1-based) line and column of a byte offset.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Message ids defined in a Fluent text, in order (terms and comments left out).
fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .collect()
}

/// A value for a message's variable.
pub enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(s.as_str())
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

/// Every label a site can show: the built-in languages and the site's own
/// files, parsed once per build.
pub struct Catalog {
    builtin: HashMap<&'static str, Arc<Source>>,
    /// Site files by lowercase tag (`de`, `de-at`), theme files before the
    /// site's (a later one wins).
    site: Vec<(String, Arc<Source>)>,
    english: BTreeSet<String>,
    cache: Mutex<HashMap<String, Labels>>,
}

impl Catalog {
    /// The built-in labels only.
    pub fn builtin() -> Catalog {
        Catalog::new(&[]).map(|(c, _)| c).unwrap_or_else(|_| Catalog::empty())
    }

    fn empty() -> Catalog {
        Catalog { builtin: HashMap::new(), site: Vec::new(), english: BTreeSet::new(), cache: Mutex::default() }
    }

    /// The built-in labels with the site's files on top. `files` are
    /// (path as shown, text), `i18n/de.ftl` or `themes/x/i18n/de.ftl`.
    /// Returns the warnings of the files (unknown ids, labels a language
    /// without built-in labels leaves to English), or their errors.
    pub fn new(files: &[(String, String)]) -> Result<(Catalog, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut catalog = Catalog::empty();
        for (lang, text) in BUILTIN {
            let source = Source::parse(&format!("built-in {lang} labels"), lang, text)?;
            if lang == "en" {
                catalog.english = source.ids(text);
            }
            catalog.builtin.insert(lang, Arc::new(source));
        }
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        for (name, text) in files {
            let Some(tag) = file_tag(name) else { continue };
            let lang = tag.split('-').next().unwrap_or(&tag).to_string();
            match Source::parse(name, &lang, text) {
                Ok(source) => {
                    for (i, id) in message_ids(text).iter().enumerate() {
                        if !catalog.english.contains(id) {
                            let line = text.lines().position(|l| l.starts_with(id.as_str())).map_or(i + 1, |p| p + 1);
                            let mut w =
                                Diagnostic::warning(name.clone(), format!("unknown label `{id}`; it is never shown"))
                                    .at(text, line, 1);
                            if let Some(near) =
                                crate::diagnostics::suggest::closest(id, catalog.english.iter().map(String::as_str))
                            {
                                w = w.hint(format!("did you mean `{near}`?"));
                            }
                            warnings.push(w);
                        }
                    }
                    if !catalog.builtin.contains_key(lang.as_str()) && !tag.contains('-') {
                        let has = source.ids(text);
                        let missing: Vec<&String> = catalog.english.iter().filter(|id| !has.contains(*id)).collect();
                        if !missing.is_empty() {
                            let list: Vec<String> = missing.iter().take(8).map(|id| format!("`{id}`")).collect();
                            let more = if missing.len() > 8 {
                                format!(" and {} more", missing.len() - 8)
                            } else {
                                String::new()
                            };
                            warnings.push(
                                Diagnostic::warning(
                                    name.clone(),
                                    format!(
                                        "{} labels are missing and are shown in English: {}{more}",
                                        missing.len(),
                                        list.join(", ")
                                    ),
                                )
                                .hint("docs/i18n.md lists every label with its English text"),
                            );
                        }
                    }
                    catalog.site.push((tag, Arc::new(source)));
                }
                Err(e) => errors.extend(e),
            }
        }
        if errors.is_empty() { Ok((catalog, warnings)) } else { Err(errors) }
    }

    /// A warning for a locale whose language has no labels at all (neither
    /// built in nor in a site file): its pages are in English.
    pub fn check_locale(&self, locale: &Locale, file: &str) -> Option<Diagnostic> {
        let lang = locale.language_code();
        if self.builtin.contains_key(lang) || self.site.iter().any(|(t, _)| t == lang) {
            return None;
        }
        Some(
            Diagnostic::warning(
                file.to_string(),
                format!("`{}` has no built-in labels: pages and PDFs in it are labelled in English", locale.tag()),
            )
            .hint(format!(
                "add {DIR}/{lang}.ftl with your own labels (built in: {})",
                BUILTIN.iter().map(|(l, _)| *l).collect::<Vec<_>>().join(", ")
            )),
        )
    }

    /// The labels of `locale`, looked up in the order the module describes.
    pub fn labels(&self, locale: &Locale) -> Labels {
        let key = locale.tag().to_ascii_lowercase();
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = cache.get(&key) {
            return hit.clone();
        }
        let lang = locale.language_code();
        let mut chain: Vec<Arc<Source>> = Vec::new();
        for wanted in [key.as_str(), lang] {
            if wanted.contains('-') || wanted == lang {
                for (tag, source) in self.site.iter().rev() {
                    if tag == wanted && !chain.iter().any(|s| Arc::ptr_eq(s, source)) {
                        chain.push(source.clone());
                    }
                }
            }
        }
        if let Some(source) = self.builtin.get(lang) {
            chain.push(source.clone());
        }
        if lang != "en" {
            // A site's own English wins over built-in English here too.
            for (tag, source) in self.site.iter().rev() {
                if tag == "en" {
                    chain.push(source.clone());
                }
            }
        }
        if let Some(source) = self.builtin.get("en")
            && !chain.iter().any(|s| Arc::ptr_eq(s, source))
        {
            chain.push(source.clone());
        }
        let labels = Labels { chain: chain.into(), tag: locale.tag().to_string() };
        cache.insert(key, labels.clone());
        labels
    }

    /// Every message id English defines.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.english.iter().map(String::as_str)
    }
}

/// `i18n/de-AT.ftl` → `de-at`; `None` for files that are not label files.
fn file_tag(name: &str) -> Option<String> {
    let file = name.rsplit('/').next()?;
    let stem = file.strip_suffix(".ftl")?;
    let valid = stem.split('-').enumerate().all(|(i, part)| {
        let len_ok = if i == 0 { (2..=3).contains(&part.len()) } else { (2..=8).contains(&part.len()) };
        len_ok && part.chars().all(|c| c.is_ascii_alphanumeric())
    });
    valid.then(|| stem.to_ascii_lowercase())
}

/// The labels of one locale: cheap to clone, shared between threads.
#[derive(Clone)]
pub struct Labels {
    chain: Arc<[Arc<Source>]>,
    tag: String,
}

impl std::fmt::Debug for Labels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.chain.iter().map(|s| s.name.as_str()).collect();
        f.debug_struct("Labels").field("tag", &self.tag).field("chain", &names).finish()
    }
}

impl Labels {
    /// The locale tag these labels are for.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// A message without variables.
    pub fn text(&self, id: &str) -> String {
        self.lookup(id, None, &[])
    }

    /// A message with variables: `t.with("kit-per-post", &[("platform", "TikTok".into())])`.
    pub fn with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.lookup(id, None, args)
    }

    /// A message's attribute: `t.attr("metric-cpa", "short")`.
    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.lookup(id, Some(attribute), &[])
    }

    /// Whether any file of the chain has the message (or attribute).
    pub fn has(&self, id: &str, attribute: Option<&str>) -> bool {
        self.chain.iter().any(|s| {
            s.bundle.get_message(id).is_some_and(|m| match attribute {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            })
        })
    }

    fn lookup(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::new();
            for (name, value) in args {
                match value {
                    Arg::Text(t) => a.set(*name, FluentValue::from(*t)),
                    Arg::Number(n) => a.set(*name, FluentValue::from(*n)),
                }
            }
            a
        });
        for source in self.chain.iter() {
            let Some(message) = source.bundle.get_message(id) else { continue };
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = source.bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            // A message that names a variable it is not given, or a label
            // it refers to that does not exist, falls through to the next file.
            if errors.is_empty() && !text.trim().is_empty() {
                return text.into_owned();
            }
        }
        // Unknown everywhere (a custom template's typo): the id, never an empty label.
        match attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        }
    }
}

/// The names of the closed sets of words: tiers, ratings, platforms, formats.
impl Labels {
    pub fn tier(&self, tier: Tier) -> String {
        self.text(&format!("tier-{}", tier.key()))
    }

    /// The tier's name inside a sentence ("micro").
    pub fn tier_inline(&self, tier: Tier) -> String {
        self.attr(&format!("tier-{}", tier.key()), "inline")
    }

    pub fn rating(&self, rating: Rating) -> String {
        self.text(&format!("rating-{}", rating.key()))
    }

    pub fn platform(&self, platform: Platform) -> String {
        self.text(&format!("platform-{}", platform.key()))
    }

    /// What the platform calls its audience, in a sentence ("followers").
    pub fn audience(&self, platform: Platform) -> String {
        self.attr(&format!("platform-{}", platform.key()), "audience")
    }

    /// What the platform calls its audience, as a heading ("Followers").
    pub fn audience_heading(&self, platform: Platform) -> String {
        self.attr(&format!("platform-{}", platform.key()), "audience-heading")
    }

    pub fn format(&self, format: PostFormat) -> String {
        self.text(&format!("format-{}", format.key()))
    }

    /// A post's kind in a sentence ("Instagram reel").
    pub fn post_kind(&self, platform: Platform, format: Option<PostFormat>) -> String {
        match format {
            Some(f) => {
                let inline = self.attr(&format!("format-{}", f.key()), "inline");
                self.with(
                    "post-kind",
                    &[("platform", Arg::Text(&self.platform(platform))), ("format", Arg::Text(&inline))],
                )
            }
            None => self.platform(platform),
        }
    }

    /// Where imported figures came from ("TikTok Studio export"), as the
    /// load stage names it; a name it does not know is shown as it is.
    pub fn source(&self, source: &str) -> String {
        let id = match source {
            "YouTube Studio export" => "source-youtube",
            "TikTok Studio export" => "source-tiktok",
            "Meta Business Suite export" => "source-instagram",
            "LinkedIn analytics export" => "source-linkedin",
            "spreadsheet" => "source-columns",
            "export" => "source-export",
            other => return other.to_string(),
        };
        self.text(id)
    }

    pub fn objective(&self, objective: Objective) -> String {
        self.text(&format!("objective-{}", objective.key()))
    }
}

/// A list of words joined as the language joins them: "a, b and c".
pub fn join_list(t: &Labels, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            t.with("list-and", &[("init", Arg::Text(&init.join(&t.text("list-separator")))), ("last", last.into())])
        }
    }
}

/// The message ids of every built-in language file, by language, for tests.
pub fn builtin_ids() -> BTreeMap<&'static str, Vec<String>> {
    BUILTIN.iter().map(|(lang, text)| (*lang, message_ids(text))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(list: &[Diagnostic]) -> String {
        crate::diagnostics::Diagnostics { items: list.to_vec() }.render()
    }

    fn labels(tag: &str, files: &[(&str, &str)]) -> Labels {
        let files: Vec<(String, String)> = files.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        let (catalog, _) = Catalog::new(&files).expect("valid");
        catalog.labels(&Locale::parse(tag).expect("tag"))
    }

    #[test]
    fn every_builtin_language_has_every_english_label() {
        let ids = builtin_ids();
        let english: BTreeSet<&String> = ids["en"].iter().collect();
        for (lang, list) in &ids {
            let have: BTreeSet<&String> = list.iter().collect();
            let missing: Vec<&&String> = english.difference(&have).collect();
            let extra: Vec<&&String> = have.difference(&english).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has labels English does not: {extra:?}");
        }
        // And each parses, with every attribute English has.
        let catalog = Catalog::builtin();
        for (lang, _) in BUILTIN {
            let t = catalog.labels(&Locale::parse(lang).unwrap());
            assert!(Arc::ptr_eq(&t.chain[0], &catalog.builtin[lang]));
            for id in catalog.ids() {
                let source = &catalog.builtin[lang];
                let en = catalog.builtin["en"].bundle.get_message(id).unwrap();
                let here = source.bundle.get_message(id).unwrap_or_else(|| panic!("{lang} lacks {id}"));
                assert!(here.value().is_some(), "{lang}: {id} has no text");
                for attr in en.attributes() {
                    assert!(here.get_attribute(attr.id()).is_some(), "{lang}: {id} lacks .{}", attr.id());
                }
            }
        }
    }

    #[test]
    fn plurals_and_variables() {
        let en = labels("en-US", &[]);
        assert_eq!(en.with("report-creators", &[("count", 1usize.into()), ("n", "1".into())]), "1 creator");
        assert_eq!(en.with("report-creators", &[("count", 3usize.into()), ("n", "3".into())]), "3 creators");
        assert_eq!(en.attr("metric-cpa", "short"), "CPA");
        let ar = labels("ar-SA", &[]);
        let two = ar.with("report-creators", &[("count", 2usize.into()), ("n", "٢".into())]);
        let eleven = ar.with("report-creators", &[("count", 11usize.into()), ("n", "١١".into())]);
        assert_ne!(two, eleven, "Arabic has a dual");
    }

    #[test]
    fn unknown_regions_use_the_language_and_site_files_win() {
        let at = labels("de-AT", &[("i18n/de.ftl", "kit-platforms = Kanäle\n")]);
        assert_eq!(at.text("kit-platforms"), "Kanäle");
        assert_eq!(at.text("kit-about"), labels("de", &[]).text("kit-about"));
        let regional = labels("de-AT", &[("i18n/de.ftl", "kit-about = A\n"), ("i18n/de-AT.ftl", "kit-about = B\n")]);
        assert_eq!(regional.text("kit-about"), "B");
        assert_eq!(
            labels("de-CH", &[("i18n/de-AT.ftl", "kit-about = B\n")]).text("kit-about"),
            labels("de", &[]).text("kit-about")
        );
    }

    #[test]
    fn a_language_without_built_in_labels_falls_back_to_english_with_a_warning() {
        let files = vec![("i18n/sv.ftl".to_string(), "kit-platforms = Plattformar\n".to_string())];
        let (catalog, warnings) = Catalog::new(&files).expect("valid");
        let sv = catalog.labels(&Locale::parse("sv-SE").unwrap());
        assert_eq!(sv.text("kit-platforms"), "Plattformar");
        assert_eq!(sv.text("kit-about"), "About");
        let all = render(&warnings);
        assert!(all.contains("i18n/sv.ftl") && all.contains("labels are missing") && all.contains("English"), "{all}");
        let none = catalog.check_locale(&Locale::parse("pl").unwrap(), "mediakit.yaml").expect("warned");
        let none = render(&[none]);
        assert!(none.contains("`pl` has no built-in labels"), "{none}");
        assert!(catalog.check_locale(&Locale::parse("sv").unwrap(), "x").is_none());
    }

    #[test]
    fn unknown_ids_are_warned_with_a_suggestion() {
        let files = vec![("i18n/de.ftl".to_string(), "# note\nkit-platfroms = Kanäle\n".to_string())];
        let (_, warnings) = Catalog::new(&files).expect("valid");
        let all = render(&warnings);
        assert!(
            all.contains("i18n/de.ftl:2") && all.contains("kit-platfroms") && all.contains("kit-platforms"),
            "{all}"
        );
    }

    #[test]
    fn a_malformed_file_is_an_error_with_its_line() {
        let files = vec![("i18n/fr.ftl".to_string(), "kit-about = À propos\nkit-platforms Plateformes\n".to_string())];
        let errors = Catalog::new(&files).err().expect("error");
        let text = render(&errors);
        assert!(text.contains("i18n/fr.ftl:2"), "{text}");
        assert!(text.contains("not valid Fluent"), "{text}");
    }

    #[test]
    fn a_broken_message_falls_back_and_an_unknown_id_is_never_empty() {
        let t = labels("de", &[("i18n/de.ftl", "kit-about = { $missing }\nkit-tier = { -nowhere }\n")]);
        assert_eq!(t.text("kit-about"), labels("de", &[]).text("kit-about"));
        assert_eq!(t.text("kit-tier"), labels("de", &[]).text("kit-tier"));
        assert_eq!(t.text("no-such-label"), "no-such-label");
    }

    #[test]
    fn lists_join_as_the_language_does() {
        let en = labels("en", &[]);
        let items = ["budget".to_string(), "fees".to_string(), "revenue".to_string()];
        assert_eq!(join_list(&en, &items), "budget, fees and revenue");
        assert_eq!(join_list(&en, &items[..1]), "budget");
    }
}
