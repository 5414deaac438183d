//! JSON Schemas of the content files, generated from the same types the
//! loader deserialises, so that an editor completes and checks exactly the
//! fields and values a build accepts.
//!
//! The structs derive their schemas; the scalar types that validate
//! themselves while they are read (`Count`, `Date`, `Link`, …) describe here
//! what their `Deserialize` accepts, as a JSON Schema can say it.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::Value;

use crate::model::campaign::Campaign;
use crate::model::config::SiteConfig;
use crate::model::creator::Creator;
use crate::model::locale::{self, Locale};
use crate::model::values::{Amount, Asset, Color, Count, Currency, Date, Email, Link, OrderedMap, Percent};

/// The three kinds of content file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Config,
    Creator,
    Campaign,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Config, Kind::Creator, Kind::Campaign];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Config => "config",
            Kind::Creator => "creator",
            Kind::Campaign => "campaign",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The schema's file name, e.g. `creator.schema.json`.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    fn title(self) -> &'static str {
        match self {
            Kind::Config => "mediakit site configuration (mediakit.yaml)",
            Kind::Creator => "mediakit creator profile (content/creators/<slug>.yaml)",
            Kind::Campaign => "mediakit campaign (content/campaigns/<slug>.yaml)",
        }
    }
}

/// The folder, relative to a site's root, where `init` puts the schemas and
/// where the templates' `yaml-language-server` modelines point.
pub const SITE_DIR: &str = "schema";

/// The JSON Schema (draft-07, which every YAML editor plugin understands) of one kind of file.
pub fn schema(kind: Kind) -> Value {
    let generator = SchemaSettings::draft07().into_generator();
    let mut schema = match kind {
        Kind::Config => generator.into_root_schema_for::<SiteConfig>(),
        Kind::Creator => generator.into_root_schema_for::<Creator>(),
        Kind::Campaign => generator.into_root_schema_for::<Campaign>(),
    };
    schema.insert("title".to_string(), Value::String(kind.title().to_string()));
    let mut value = schema.to_value();
    accept_scalars_as_text(&mut value);
    // The loader's checks require these lists to be non-empty even though
    // serde defaults them, so an editor should ask for them too.
    let must_have = match kind {
        Kind::Config => None,
        Kind::Creator => Some("platforms"),
        Kind::Campaign => Some("creators"),
    };
    if let Some(field) = must_have {
        if let Some(property) = value["properties"].get_mut(field).and_then(Value::as_object_mut) {
            property.remove("default");
        }
        if kind == Kind::Campaign {
            // Posts may come from `posts_from:` sheets alone.
            value["anyOf"] = serde_json::json!([{"required": ["creators"]}, {"required": ["posts_from"]}]);
        } else if let Some(required) = value.get_mut("required").and_then(Value::as_array_mut) {
            required.push(Value::String(field.to_string()));
        }
    }
    value
}

/// The YAML reader turns any scalar into text where text is expected
/// (`tagline: 2026`, `niches: [yes]`), so plain text fields accept numbers
/// and booleans too; fields with a pattern, format or list of words do not.
fn accept_scalars_as_text(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let plain = !["pattern", "enum", "format", "const"].iter().any(|k| map.contains_key(*k));
            if plain {
                let widened = match map.get("type") {
                    Some(Value::String(t)) if t == "string" => Some(vec!["string", "number", "boolean"]),
                    Some(Value::Array(types))
                        if types.len() == 2
                            && types.contains(&Value::from("string"))
                            && types.contains(&Value::from("null")) =>
                    {
                        Some(vec!["string", "number", "boolean", "null"])
                    }
                    _ => None,
                };
                if let Some(types) = widened {
                    map.insert("type".to_string(), Value::from(types));
                }
            }
            for v in map.values_mut() {
                accept_scalars_as_text(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(accept_scalars_as_text),
        _ => {}
    }
}

/// A schema as the text written to disk and printed: pretty, keys sorted, one final newline.
pub fn to_text(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}

/// All three schemas in one JSON object keyed by kind (`mediakit schema`).
pub fn bundle() -> Value {
    let mut map = serde_json::Map::new();
    for kind in Kind::ALL {
        map.insert(kind.name().to_string(), schema(kind));
    }
    Value::Object(map)
}

/// `#[serde(alias)]` is invisible to the derive; the platform enum lists its aliases too.
pub fn platform_aliases(schema: &mut Schema) {
    if let Some(Value::Array(values)) = schema.get_mut("enum") {
        for alias in ["tik_tok", "twitter"] {
            values.push(Value::String(alias.to_string()));
        }
    }
}

/// `[Uu][Ss][Dd]`: JSON Schema patterns have no case-insensitive flag.
fn any_case(word: &str) -> String {
    word.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase())
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Characters no link or path may hold: white space, quotes, angle brackets, controls.
const UNSAFE: &str = r#"\s"<>\u0000-\u001F\u007F-\u009F"#;

macro_rules! scalar {
    ($ty:ty, $name:literal, $schema:expr) => {
        impl JsonSchema for $ty {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

scalar!(
    Count,
    "Count",
    json_schema!({"type": "integer", "minimum": 0, "description": "A whole number of 0 or more, written in full (48200, not 48.2K)."})
);
scalar!(
    Amount,
    "Amount",
    json_schema!({"type": "number", "minimum": 0, "description": "A number of 0 or more, without currency symbols or thousands separators."})
);
scalar!(
    Percent,
    "Percent",
    json_schema!({"type": "number", "minimum": 0, "maximum": 100, "description": "A percentage from 0 to 100."})
);
scalar!(
    Date,
    "Date",
    json_schema!({
        "type": "string",
        "format": "date",
        "pattern": r"^\s*[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\s*$",
        "patternErrorMessage": "a date written YYYY-MM-DD, like 2026-03-05",
        "description": "A date written YYYY-MM-DD."
    })
);
scalar!(
    Color,
    "Color",
    json_schema!({
        "type": "string",
        "pattern": r"^\s*#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})\s*$",
        "patternErrorMessage": "a colour written #RRGGBB, in quotes: \"#0F766E\"",
        "description": "A colour written #RRGGBB or #RGB (quote it: \"#0F766E\")."
    })
);

fn link_pattern() -> String {
    format!(r"^\s*({}?://|{}:)[^{UNSAFE}]+\s*$", any_case("https"), any_case("mailto"))
}

impl JsonSchema for Link {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Link".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": link_pattern(),
            "patternErrorMessage": "a full address starting with https://, http:// or mailto:",
            "description": "A web address starting with https:// (or http://, or mailto:)."
        })
    }
}

impl JsonSchema for Email {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Email".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // One @, a dot in the host, which neither starts nor ends with one.
        let c = r#"[^@\s<>"'(),;:\\\[\]\u0000-\u001F\u007F-\u009F]"#;
        let h = r#"[^@.\s<>"'(),;:\\\[\]\u0000-\u001F\u007F-\u009F]"#;
        json_schema!({
            "type": "string",
            "format": "email",
            "pattern": format!(r"^\s*{c}+@{h}{c}*\.{c}*{h}\s*$"),
            "patternErrorMessage": "an e-mail address like name@example.com",
            "description": "An e-mail address, shown as a mailto: link."
        })
    }
}

impl JsonSchema for crate::model::import::DataPath {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "DataPath".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // Relative, no `..` segment, no backslash or colon.
        json_schema!({
            "type": "string",
            "description": "A file or folder inside the site, relative to its root (data/ava-chen/tiktok/).",
            "pattern": r"^\s*(?!/)(?!.*(^|/)\.\.(/|\s*$))[^\\:\u0000-\u001F]+$"
        })
    }
}

impl JsonSchema for Asset {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Asset".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // Path segments may not be empty, `.` or `..`, nor hold a backslash.
        let segment = r#"(?!\.\.?(/|\s*$))[^/\\"<>\u0000-\u001F\u007F-\u009F]+"#;
        json_schema!({
            "type": "string",
            "pattern": format!(r"^\s*(\./)*(static/{segment}(/{segment})*|{}?://[^{UNSAFE}]+)\s*$", any_case("https")),
            "patternErrorMessage": "a file under static/ (like static/photo.jpg) or an https:// address",
            "description": "A file under static/ (like static/photos/ava.jpg) or an https:// address.",
            "examples": ["static/logo.svg", "static/photos/portrait.jpg"]
        })
    }
}

impl JsonSchema for Currency {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Currency".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let codes: Vec<&str> = crate::model::currency::codes().collect();
        let alternatives: Vec<String> = codes.iter().map(|c| any_case(c)).collect();
        json_schema!({
            "type": "string",
            "pattern": format!(r"^\s*({})\s*$", alternatives.join("|")),
            "patternErrorMessage": "an ISO 4217 currency code such as USD, EUR or GBP",
            "description": "An ISO 4217 currency code such as USD, EUR or GBP.",
            "examples": codes
        })
    }
}

impl JsonSchema for Locale {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Locale".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let languages: Vec<String> = locale::languages().map(any_case).collect();
        json_schema!({
            "type": "string",
            "pattern": format!(r"^\s*({})([-_]([A-Za-z]{{2}})?)?\s*$", languages.join("|")),
            "patternErrorMessage": "a locale such as en-US, en-GB, de-DE, fr-FR, es-ES, it-IT, pt-BR or nl-NL",
            "description": "How numbers, money and dates are written: a language, optionally with a region.",
            "examples": ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "nl-NL", "sv-SE", "da-DK", "nb-NO", "pl-PL"]
        })
    }
}

impl<V: JsonSchema> JsonSchema for OrderedMap<V> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("Map_of_{}", V::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "object", "additionalProperties": generator.subschema_for::<V>()})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemas_name_required_fields_and_reject_unknown_ones() {
        let creator = schema(Kind::Creator);
        let required: Vec<&str> =
            creator["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        assert!(required.contains(&"name") && required.contains(&"platforms"), "{required:?}");
        assert_eq!(creator["additionalProperties"], Value::Bool(false));
        let text = to_text(&creator);
        assert!(text.contains("\"tik_tok\""), "aliases are listed");
        assert!(text.contains("\"followers\""));
        let config = schema(Kind::Config);
        assert!(config.get("required").is_none(), "every config key is optional");
        assert_eq!(config["properties"]["theme"]["default"], Value::String("studio".to_string()));
    }

    #[test]
    fn schema_output_is_stable() {
        assert_eq!(to_text(&bundle()), to_text(&bundle()));
    }
}
