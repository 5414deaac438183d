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
use serde_json::{Value, json};

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
///
/// The loader validates every file against this same schema (`load::validate`),
/// so `mediakit check` and an editor that reads the schema flag the same
/// mistakes. The scalar types (`Count`, `Date`, `Link`, …) are definitions of
/// their own: the loader reads a value of one of them with the type itself,
/// for the same wording as everywhere else.
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
    refine(kind, &mut value);
    value
}

/// A custom keyword, as VS Code's JSON support reads it: the message for a
/// rule whose generic wording would not say what is wrong.
pub const ERROR_MESSAGE: &str = "errorMessage";

/// What the types alone do not say but a schema can: the lists that must
/// hold something, "one of these two keys", text that may not be blank, the
/// address `base_url` must be. Each rule has a message and an example for
/// the hint, shown by `check` and by editors alike.
fn refine(kind: Kind, value: &mut Value) {
    let blank = || json!({"pattern": r"\S", "minLength": 1});
    match kind {
        Kind::Config => {
            if let Some(props) = value.pointer_mut("/properties").and_then(Value::as_object_mut) {
                let described = props.get("base_url").and_then(|p| p.get("description")).cloned();
                let mut base = json!({"allOf": [{"$ref": "#/definitions/BaseUrl"}], "default": "/"});
                if let Some(d) = described {
                    base["description"] = d;
                }
                props.insert("base_url".to_string(), base);
            }
            if let Some(defs) = value.pointer_mut("/definitions").and_then(Value::as_object_mut) {
                defs.insert("BaseUrl".to_string(), base_url_schema());
            }
            extend(
                value,
                "/definitions/EngagementConfig/properties/counts",
                json!({
                    "minItems": 1,
                    ERROR_MESSAGE: "list at least one interaction that counts as an engagement",
                    "examples": [["likes", "comments", "shares", "saves"]]
                }),
            );
        }
        Kind::Creator => {
            extend(value, "/properties/name", blank());
            must_have(value, "platforms");
            extend(
                value,
                "/properties/platforms",
                json!({
                    "minItems": 1,
                    // Followers in the file, or from the export `import` names
                    // (read after the schema; `check` then asks again).
                    "contains": {
                        "type": "object",
                        "anyOf": [
                            {"required": ["followers"], "properties": {"followers": {"not": {"type": "null"}}}},
                            {"required": ["import"], "properties": {"import": {"not": {"type": "null"}}}}
                        ]
                    },
                    ERROR_MESSAGE: "a creator needs at least one platform with `followers` (or an `import:` to read them from)",
                    "examples": [[{"platform": "instagram", "followers": 48200}]]
                }),
            );
            extend(value, "/definitions/RateAddon", json!({"oneOf": one_of(&["percent", "amount"])}));
            extend(value, "/definitions/Testimonial/properties/quote", blank());
        }
        Kind::Campaign => {
            extend(value, "/properties/name", blank());
            // The posts are in the file, or in the sheets `posts_from` names
            // (read after the schema; `check` then asks for a post again).
            if let Some(property) = value.pointer_mut("/properties/creators").and_then(Value::as_object_mut) {
                property.remove("default");
                // Said once, with its message, by the first branch below.
                property.remove("minItems");
            }
            value["anyOf"] = json!([
                {
                    "required": ["creators"],
                    "properties": {"creators": {
                        "minItems": 1,
                        "contains": {
                            "type": "object",
                            "required": ["posts"],
                            "properties": {"posts": {"type": "array", "minItems": 1}}
                        },
                        ERROR_MESSAGE: "a campaign needs at least one creator with at least one post",
                        "examples": [[{"creator": "ava-chen", "posts": [{"platform": "instagram", "likes": 2400}]}]]
                    }}
                },
                {"required": ["posts_from"]}
            ]);
            extend(value, "/definitions/CampaignCreator", json!({"oneOf": one_of(&["creator", "name"])}));
        }
    }
}

/// Adds keywords to the schema at `pointer`, if it exists.
fn extend(value: &mut Value, pointer: &str, more: Value) {
    if let (Some(Value::Object(target)), Value::Object(more)) = (value.pointer_mut(pointer), more) {
        target.extend(more);
    }
}

/// A list serde defaults to empty that the file must have all the same.
fn must_have(value: &mut Value, field: &str) {
    if let Some(property) = value["properties"].get_mut(field).and_then(Value::as_object_mut) {
        property.remove("default");
    }
    if let Some(required) = value.get_mut("required").and_then(Value::as_array_mut)
        && !required.contains(&Value::from(field))
    {
        required.push(Value::String(field.to_string()));
    }
}

/// Exactly one of `keys`, given and not empty.
fn one_of(keys: &[&str]) -> Value {
    Value::Array(
        keys.iter().map(|k| json!({"required": [k], "properties": {(*k): {"not": {"type": "null"}}}})).collect(),
    )
}

/// `base_url`: an absolute http(s) address, or a path from the root (which
/// builds, with a warning: the sitemap and link previews need an address).
/// The same rule as `load::check_config::check_base_url`.
fn base_url_schema() -> Value {
    let segment = r#"(/(?!\.\.(/|\s*$))[^/?#\s"<>\\]*)"#;
    json!({
        "type": "string",
        "pattern": format!(r"^\s*(https?://[^/@\s\\]+|(?=/(?!/))){segment}*\s*$"),
        "patternErrorMessage": "an address starting with https://, e.g. https://you.github.io/kits",
        "description": "The address the site is published at, starting with https:// (a sub-path such as https://you.github.io/kits works).",
        "examples": ["https://you.github.io/kits", "https://kits.example.com"]
    })
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
                false
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
        false
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
        false
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
        false
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
        false
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
        false
    }
    fn schema_name() -> Cow<'static, str> {
        "Locale".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let languages: Vec<String> = locale::languages().map(any_case).collect();
        json_schema!({
            "type": "string",
            "pattern": format!(r"^\s*({})([-_]([A-Za-z]{{2}})?)?\s*$", languages.join("|")),
            "patternErrorMessage": "a locale such as en-US, en-GB, de-DE, fr-FR, es-ES, it-IT, pt-BR, nl-NL or ar-SA",
            "description": "The language of every label and how numbers, money and dates are written: a language, optionally with a region. Labels are built in for en, de, fr, es, pt, it, nl and ar.",
            "examples": ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "nl-NL", "ar-SA", "sv-SE", "da-DK", "nb-NO", "pl-PL"]
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
        assert!(!text.contains("\"tik_tok\"") && !text.contains("\"twitter\""), "old names are not offered");
        assert!(text.contains("\"tiktok\""));
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
