//! A file's tree checked against the JSON Schema of its kind
//! ([`crate::model::schema`]), collecting every problem with its field path
//! and position instead of stopping at the first.
//!
//! The schema is the rulebook, so `mediakit check` and an editor reading
//! `mediakit schema` agree. The scalar types of the model (`Count`, `Date`,
//! `Link`, …) are schema definitions of their own; a value of one of them is
//! read with the type itself, so its message is the type's own ("expected a
//! count of 0 or more, found -3"). Patterns elsewhere in the schema (a name
//! that is not blank) are the checks' business (`check_*.rs`).
//!
//! Validation also says which nodes cannot be read into the model (a bad
//! value, an unknown key, an item missing a required key): leaving those out
//! gives a partial model that the checks a schema cannot express (unknown
//! creator slugs, dates in order) still run on, so one mistake never hides
//! another.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value as Json};

use crate::diagnostics::suggest;
use crate::load::de;
use crate::load::tree::{Node, Pos, Resolved, Value, join};
use crate::model::choices::Platform;
use crate::model::schema::ERROR_MESSAGE;
use crate::model::values::{Amount, Asset, Color, Count, Currency, Date, Email, Link, Percent};

/// One problem found by validation.
#[derive(Clone, Debug)]
pub struct Issue {
    pub message: String,
    pub pos: Pos,
    pub path: String,
    pub hint: Option<String>,
    pub warning: bool,
}

/// What validation found: the problems, and the nodes (by id) to leave out
/// of the model, with their field paths.
#[derive(Default)]
pub struct Verdict {
    pub issues: Vec<Issue>,
    pub dropped: HashSet<usize>,
    pub dropped_paths: Vec<String>,
}

/// Validates `root` against `schema` (a whole schema document, whose
/// `definitions` its `$ref`s name).
pub fn validate(root: &Node, schema: &Json) -> Verdict {
    let mut v = Validator { schema, probe: false, verdict: Verdict::default() };
    v.check(root, schema, None, "", root.pos);
    v.verdict
}

/// The schema that allows anything.
static ANYTHING: Json = Json::Bool(true);

struct Validator<'s> {
    schema: &'s Json,
    /// Only asking whether a node matches: nothing is recorded.
    probe: bool,
    verdict: Verdict,
}

/// The types a schema allows, as JSON Schema names them.
fn types(schema: &Map<String, Json>) -> Vec<&str> {
    match schema.get("type") {
        Some(Json::String(t)) => vec![t.as_str()],
        Some(Json::Array(list)) => list.iter().filter_map(Json::as_str).collect(),
        _ => Vec::new(),
    }
}

/// The JSON type a node has, as far as a schema is concerned.
fn kind_of(node: &Node) -> &'static str {
    match &node.value {
        Value::Seq(_) => "array",
        Value::Map(_) => "object",
        Value::Scalar(s) => match s.resolve() {
            Resolved::Null => "null",
            Resolved::Bool(_) => "boolean",
            Resolved::Int(_) => "integer",
            Resolved::Float(f) if f.fract() == 0.0 => "integer",
            Resolved::Float(_) => "number",
            Resolved::NonFinite => "non-finite",
            Resolved::Str(_) => "string",
        },
    }
}

fn type_allows(allowed: &[&str], kind: &str) -> bool {
    allowed.is_empty()
        || allowed.contains(&kind)
        || (kind == "integer" && allowed.contains(&"number"))
        // `.nan` is text where text is expected.
        || (kind == "non-finite" && allowed.contains(&"string"))
}

/// "expected …" for a set of allowed types.
fn expected(schema: &Map<String, Json>, allowed: &[&str]) -> String {
    if schema.contains_key("enum") || schema.contains_key("const") {
        return "a single name".to_string();
    }
    let mut without_null: Vec<&str> = allowed.iter().copied().filter(|t| *t != "null").collect();
    if without_null.contains(&"string") {
        without_null.retain(|t| !matches!(*t, "number" | "integer" | "boolean"));
    }
    let words: Vec<&str> = without_null
        .iter()
        .map(|t| match *t {
            "string" => "text",
            "integer" => "a whole number",
            "number" => "a number",
            "boolean" => "true or false",
            "object" => "a block of `key: value` fields",
            "array" => "a list (items starting with `- `)",
            other => other,
        })
        .collect();
    if words.is_empty() { "nothing".to_string() } else { words.join(" or ") }
}

/// What to call a value of a closed list in "unknown … `x`".
fn noun(definition: Option<&str>, path: &str) -> String {
    let named = match definition {
        Some("Platform") => Some("platform"),
        Some("PostFormat") => Some("post format"),
        Some("Objective") => Some("objective"),
        Some("Interaction") => Some("interaction"),
        Some("Paper") => Some("paper size"),
        Some("KitSection") => Some("section"),
        Some("ReportHide") => Some("figure"),
        _ => None,
    };
    match named {
        Some(n) => n.to_string(),
        None => path
            .rsplit('.')
            .next()
            .unwrap_or("value")
            .trim_end_matches(|c: char| c == ']' || c.is_ascii_digit())
            .trim_end_matches('[')
            .to_string(),
    }
}

/// A JSON example as the YAML a user would write, for hints.
pub fn example(key: &str, value: &Json) -> String {
    let mut out = String::new();
    block(&mut out, key, value, 0);
    out.trim_end().to_string()
}

/// The keys of an example block, the one that says what the block is first.
fn ordered(map: &Map<String, Json>) -> Vec<(&String, &Json)> {
    const FIRST: [&str; 3] = ["name", "creator", "platform"];
    let mut pairs: Vec<(&String, &Json)> = map.iter().collect();
    pairs.sort_by_key(|(k, _)| FIRST.iter().position(|f| f == k).unwrap_or(FIRST.len()));
    pairs
}

fn flow(value: &Json) -> String {
    match value {
        Json::Array(items) => format!("[{}]", items.iter().map(flow).collect::<Vec<_>>().join(", ")),
        Json::Object(map) => format!(
            "{{{}}}",
            ordered(map).into_iter().map(|(k, v)| format!("{k}: {}", flow(v))).collect::<Vec<_>>().join(", ")
        ),
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn block(out: &mut String, key: &str, value: &Json, indent: usize) {
    let pad = " ".repeat(indent);
    match value {
        Json::Array(items) if items.iter().any(Json::is_object) => {
            out.push_str(&format!("{pad}{key}:\n"));
            for item in items {
                match item {
                    // Two levels down, a block reads best on one line.
                    Json::Object(map) if indent < 2 => {
                        let mut first = true;
                        for (k, v) in ordered(map) {
                            let mut inner = String::new();
                            block(&mut inner, k, v, indent + 4);
                            let inner = inner.trim_start().to_string();
                            if first {
                                out.push_str(&format!("{pad}  - {inner}"));
                                first = false;
                            } else {
                                out.push_str(&format!("{pad}    {inner}"));
                            }
                        }
                    }
                    other => out.push_str(&format!("{pad}  - {}\n", flow(other))),
                }
            }
        }
        Json::Object(map) => {
            out.push_str(&format!("{pad}{key}:\n"));
            for (k, v) in ordered(map) {
                block(out, k, v, indent + 2);
            }
        }
        other => out.push_str(&format!("{pad}{key}: {}\n", flow(other))),
    }
}

/// The first example a schema gives for a field, as a hint.
fn example_hint(key: &str, schema: Option<&Json>) -> Option<String> {
    let first = schema?.get("examples")?.as_array()?.first()?;
    Some(format!("add e.g.\n{}", example(key, first)))
}

impl<'s> Validator<'s> {
    fn issue(&mut self, message: impl Into<String>, pos: Pos, path: &str, hint: Option<String>) {
        if !self.probe {
            self.verdict.issues.push(Issue {
                message: message.into(),
                pos,
                path: path.to_string(),
                hint,
                warning: false,
            });
        } else {
            self.verdict.issues.push(Issue {
                message: String::new(),
                pos,
                path: String::new(),
                hint: None,
                warning: false,
            });
        }
    }

    fn drop(&mut self, node: &Node, path: String) {
        if !self.probe {
            self.verdict.dropped.insert(node.id);
            self.verdict.dropped_paths.push(path);
        }
    }

    /// Whether `node` matches `schema`, recording nothing.
    fn matches(&self, node: &Node, schema: &'s Json) -> bool {
        let mut probe = Validator { schema: self.schema, probe: true, verdict: Verdict::default() };
        probe.check(node, schema, None, "", node.pos) && probe.verdict.issues.is_empty()
    }

    fn resolve(&self, reference: &str) -> Option<(&'s str, &'s Json)> {
        let name = reference.strip_prefix("#/definitions/")?;
        let (key, def) = self.schema.get("definitions")?.as_object()?.get_key_value(name)?;
        Some((key.as_str(), def))
    }

    /// Checks `node` against `schema`, records what is wrong, and says
    /// whether the node can be read into the model. `at` is where a message
    /// about the node points (a block by its key).
    fn check(&mut self, node: &Node, schema: &'s Json, definition: Option<&'s str>, path: &str, at: Pos) -> bool {
        let schema = match schema {
            Json::Bool(true) => return true,
            Json::Bool(false) => {
                self.issue("nothing is allowed here", at, path, None);
                return false;
            }
            Json::Object(map) => map,
            _ => return true,
        };
        if let Some(reference) = schema.get("$ref").and_then(Json::as_str) {
            let Some((name, def)) = self.resolve(reference) else { return true };
            if let Some(valid) = self.leaf(name, node, def, path, at) {
                return valid;
            }
            return self.check(node, def, Some(name), path, at);
        }
        if let Some(Json::Array(branches)) = schema.get("allOf") {
            let mut valid = true;
            for branch in branches {
                valid &= self.check(node, branch, None, path, at);
            }
            if !valid {
                return false;
            }
        }
        if let Some(Json::Array(branches)) = schema.get("anyOf")
            && !self.any_of(node, branches, path, at)
        {
            return false;
        }
        let allowed = types(schema);
        let kind = kind_of(node);
        if !type_allows(&allowed, kind) {
            if node.incomplete {
                // The syntax error that broke the block off says what is wrong.
                return false;
            }
            let (message, hint) = if kind == "non-finite" {
                let text = node.scalar().map(|s| s.text.trim().to_string()).unwrap_or_default();
                let what = if text.to_ascii_lowercase().contains("nan") { "not a number" } else { "infinite" };
                (
                    format!("expected a finite number, found `{text}` ({what})"),
                    Some(
                        "write plain digits such as 1200, or leave the field out when the figure is not known"
                            .to_string(),
                    ),
                )
            } else {
                (format!("expected {}, found {}", expected(schema, &allowed), node.describe()), None)
            };
            // A value of the wrong kind is pointed at itself, even a block.
            self.issue(message, node.pos, path, hint.or_else(|| alias_hint(node)));
            return false;
        }
        let mut valid = true;
        match &node.value {
            Value::Scalar(scalar) => {
                if let Some(Json::Array(words)) = schema.get("enum") {
                    let text = scalar.text.trim();
                    let listed = words.iter().any(|w| w.as_str() == Some(text))
                        || (scalar.is_null() && words.contains(&Json::Null));
                    if !listed {
                        let names: Vec<&str> = words.iter().filter_map(Json::as_str).collect();
                        let listed = names.join(", ");
                        let hint = match suggest::closest(text, names.iter().copied()) {
                            Some(best) => format!("did you mean `{best}`? (one of: {listed})"),
                            None => format!("expected one of: {listed}"),
                        };
                        self.issue(format!("unknown {} `{text}`", noun(definition, path)), at, path, Some(hint));
                        return false;
                    }
                }
                if let Some(value) = number(scalar.resolve()) {
                    valid &= self.bounds(schema, value, at, path);
                }
            }
            Value::Seq(items) => valid &= self.array(node, items, schema, path, at),
            Value::Map(_) => valid &= self.object(node, schema, path, at),
        }
        valid
    }

    fn bounds(&mut self, schema: &Map<String, Json>, value: f64, at: Pos, path: &str) -> bool {
        let shown = |v: f64| if v.fract() == 0.0 { format!("{v:.0}") } else { v.to_string() };
        if let Some(min) = schema.get("minimum").and_then(Json::as_f64)
            && value < min
        {
            self.issue(format!("expected a number of at least {}, found {}", shown(min), shown(value)), at, path, None);
            return false;
        }
        if let Some(max) = schema.get("maximum").and_then(Json::as_f64)
            && value > max
        {
            self.issue(
                format!("expected a number no larger than {}, found {}", shown(max), shown(value)),
                at,
                path,
                None,
            );
            return false;
        }
        true
    }

    /// `anyOf`: a value `null` matches a `{"type": "null"}` branch; otherwise
    /// the branch of the value's own type (or the first) says what is wrong.
    fn any_of(&mut self, node: &Node, branches: &'s [Json], path: &str, at: Pos) -> bool {
        let kind = kind_of(node);
        let is_null_branch = |b: &Json| b.get("type").and_then(Json::as_str) == Some("null");
        if kind == "null" && branches.iter().any(is_null_branch) {
            return true;
        }
        let candidates: Vec<&'s Json> = branches.iter().filter(|b| !is_null_branch(b)).collect();
        if candidates.len() > 1 && candidates.iter().any(|b| self.matches(node, b)) {
            return true;
        }
        match candidates.first() {
            Some(first) => self.check(node, first, None, path, at),
            None => true,
        }
    }

    fn array(&mut self, node: &Node, items: &[Node], schema: &'s Map<String, Json>, path: &str, at: Pos) -> bool {
        let before = self.verdict.issues.len();
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                let item_path = format!("{path}[{i}]");
                if !self.check(item, item_schema, None, &item_path, item.pos) {
                    self.drop(item, item_path);
                }
            }
        }
        // A mistake inside an item (`folowers:`) often is why no item has
        // what the list needs; it is reported, and that is enough.
        if node.incomplete || self.verdict.issues.len() > before {
            return true;
        }
        let short = schema.get("minItems").and_then(Json::as_u64).is_some_and(|min| (items.len() as u64) < min);
        let lacking = schema.get("contains").is_some_and(|c| !items.iter().any(|item| self.matches(item, c)));
        if short || lacking {
            // The list can still be read: report, and keep it for the checks.
            let message = match schema.get(ERROR_MESSAGE).and_then(Json::as_str) {
                Some(m) => m.to_string(),
                None if short => "this list needs at least one item".to_string(),
                None => "no item of this list has what it needs".to_string(),
            };
            let key = path.rsplit('.').next().unwrap_or(path);
            let hint = example_hint(key, Some(&Json::Object(schema.clone())));
            self.issue(message, at, path, hint);
        }
        true
    }

    fn object(&mut self, node: &Node, schema: &'s Map<String, Json>, path: &str, at: Pos) -> bool {
        let Value::Map(entries) = &node.value else { return true };
        let properties = schema.get("properties").and_then(Json::as_object);
        let required: Vec<&str> =
            schema.get("required").and_then(Json::as_array).into_iter().flatten().filter_map(Json::as_str).collect();
        let mut valid = true;
        for entry in entries {
            let child = join(path, &entry.key);
            let child_at = if matches!(entry.value.value, Value::Scalar(_)) { entry.value.pos } else { entry.key_pos };
            let rule = properties.and_then(|p| p.get(&entry.key)).or(match schema.get("additionalProperties") {
                Some(Json::Bool(false)) => None,
                Some(rule) => Some(rule),
                None => Some(&ANYTHING),
            });
            match rule {
                Some(rule) => {
                    if !self.check(&entry.value, rule, None, &child, child_at) {
                        self.drop(&entry.value, child.clone());
                        if required.contains(&entry.key.as_str()) {
                            valid = false;
                        }
                    }
                }
                None => {
                    let known: Vec<&str> =
                        properties.map(|p| p.keys().map(String::as_str).collect()).unwrap_or_default();
                    let hint = match suggest::closest(&entry.key, known.iter().copied()) {
                        Some(best) => format!("did you mean `{best}`?"),
                        None => format!("the fields allowed here are: {}", known.join(", ")),
                    };
                    self.issue(format!("unknown field `{}`", entry.key), entry.key_pos, &child, Some(hint));
                    self.drop(&entry.value, child);
                }
            }
        }
        if node.incomplete {
            return valid;
        }
        for key in &required {
            if !entries.iter().any(|e| e.key == *key) {
                let block = if path.is_empty() { "the file".to_string() } else { format!("`{path}`") };
                let rule = properties.and_then(|p| p.get(*key)).map(|r| self.definition(r));
                let hint = example_hint(key, rule).unwrap_or_else(|| format!("add `{key}: …` to {block}"));
                self.issue(format!("missing required field `{key}`"), at, &join(path, key), Some(hint));
                valid = false;
            }
        }
        if let Some(Json::Array(branches)) = schema.get("oneOf") {
            let matched = branches.iter().filter(|b| self.matches(node, b)).count();
            if matched != 1 {
                let keys: Vec<String> = branches
                    .iter()
                    .filter_map(|b| b.get("required")?.as_array()?.first()?.as_str().map(|k| format!("`{k}`")))
                    .collect();
                let listed = keys.join(" or ");
                let message = if matched == 0 {
                    format!("give {listed} here")
                } else {
                    format!("give either {listed} here, not both")
                };
                // The type's description, on one line, as the other hints.
                let hint = schema
                    .get("description")
                    .and_then(Json::as_str)
                    .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "));
                self.issue(message, at, path, hint);
            }
        }
        valid
    }

    /// A `$ref` followed to its definition (for examples and hints).
    fn definition(&self, rule: &'s Json) -> &'s Json {
        match rule.get("$ref").and_then(Json::as_str).and_then(|r| self.resolve(r)) {
            Some((_, def)) => def,
            None => rule,
        }
    }

    /// The model's own scalar types check their values themselves. `None`
    /// when `name` is not one of them.
    fn leaf(&mut self, name: &str, node: &Node, def: &'s Json, path: &str, at: Pos) -> Option<bool> {
        const LEAVES: [&str; 12] = [
            "Count", "Amount", "Percent", "Date", "Color", "Link", "Email", "Asset", "Currency", "Locale", "BaseUrl",
            "Platform",
        ];
        if !LEAVES.contains(&name) {
            return None;
        }
        if node.incomplete {
            // Broken off by a syntax error, which is reported on its own.
            return Some(false);
        }
        let outcome = match name {
            "Count" => read::<Count>(node),
            "Amount" => read::<Amount>(node),
            "Percent" => read::<Percent>(node),
            "Date" => read::<Date>(node),
            "Color" => read::<Color>(node),
            "Link" => read::<Link>(node),
            "Email" => read::<Email>(node),
            "Asset" => read::<Asset>(node),
            "Currency" => read::<Currency>(node),
            "Locale" => read::<crate::model::locale::Locale>(node),
            "BaseUrl" => de::from_node::<String>(node).and_then(|text| {
                crate::load::check_config::check_base_url(&text).map_err(|message| de::Error {
                    message,
                    hint: Some(
                        "use the address the site is published at, e.g. https://you.github.io/kits (project pages) or https://you.github.io (user pages)"
                            .to_string(),
                    ),
                    at: None,
                })
            }),
            "Platform" => return Some(self.platform(node, def, path, at)),
            _ => return None,
        };
        Some(match outcome {
            Ok(()) => true,
            Err(e) => {
                self.issue(e.message, node.pos, path, e.hint.or_else(|| alias_hint(node)));
                false
            }
        })
    }

    /// A platform by one of its names; an older name it still accepts
    /// (`twitter`, `tik_tok`) is a warning that names the current one.
    fn platform(&mut self, node: &Node, def: &'s Json, path: &str, at: Pos) -> bool {
        if self.matches(node, def) {
            return true;
        }
        if let Ok(platform) = de::from_node::<Platform>(node) {
            if !self.probe {
                let written = node.scalar().map(|s| s.text.trim().to_string()).unwrap_or_default();
                self.verdict.issues.push(Issue {
                    message: format!("`{written}` is an old name of the platform `{}`", platform.key()),
                    pos: at,
                    path: path.to_string(),
                    hint: Some(format!("write `{}`", platform.key())),
                    warning: true,
                });
            }
            return true;
        }
        self.check(node, def, Some("Platform"), path, at)
    }
}

fn number(resolved: Resolved<'_>) -> Option<f64> {
    match resolved {
        Resolved::Int(i) => Some(i as f64),
        Resolved::Float(f) => Some(f),
        _ => None,
    }
}

fn alias_hint(node: &Node) -> Option<String> {
    node.anchor_line.map(|line| format!("the value comes through an alias; its anchor `&…` is on line {line}"))
}

fn read<T: DeserializeOwned>(node: &Node) -> Result<(), de::Error> {
    de::from_node::<T>(node).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tree;
    use crate::model::schema::{Kind, schema};

    fn issues(kind: Kind, text: &str) -> Vec<(String, String, Pos)> {
        let root = tree::parse(text).root.expect("root");
        validate(&root, &schema(kind)).issues.into_iter().map(|i| (i.message, i.path, i.pos)).collect()
    }

    #[test]
    fn four_mistakes_in_one_profile_are_all_found() {
        let found = issues(
            Kind::Creator,
            "name: Ava\ncontact: {email: ava-at-example}\nplatforms:\n  - platform: instagram\n    followers: -5\n  - platform: myspace\n    followers: 100\n  - platform: tiktok\n    followers: lots\n",
        );
        let messages: Vec<&str> = found.iter().map(|(m, ..)| m.as_str()).collect();
        assert_eq!(
            messages,
            [
                "expected an e-mail address like name@example.com, found \"ava-at-example\"",
                "expected a count of 0 or more, found -5",
                "unknown platform `myspace`",
                "expected a whole number, found the text \"lots\"",
            ],
            "{found:?}"
        );
        assert_eq!(found[1].1, "platforms[0].followers");
        assert_eq!(found[1].2, (5, 16));
    }

    #[test]
    fn unknown_keys_missing_keys_and_one_of() {
        let found = issues(Kind::Campaign, "name: C\nbrnd: X\ncreators:\n  - posts: [{likes: 3}]\n");
        let messages: Vec<&str> = found.iter().map(|(m, ..)| m.as_str()).collect();
        assert!(messages.contains(&"unknown field `brnd`"), "{found:?}");
        assert!(messages.contains(&"missing required field `platform`"), "{found:?}");
        assert!(messages.contains(&"give `creator` or `name` here"), "{found:?}");
    }

    #[test]
    fn lists_that_need_an_item() {
        let found = issues(Kind::Creator, "name: A\nplatforms:\n  - {platform: x}\n");
        assert_eq!(
            found[0].0,
            "a creator needs at least one platform with `followers` (or an `import:` to read them from)"
        );
        assert_eq!(found[0].2, (2, 1));
    }

    #[test]
    fn old_platform_names_are_warnings() {
        let root = tree::parse("name: A\nplatforms:\n  - {platform: twitter, followers: 3}\n").root.expect("root");
        let verdict = validate(&root, &schema(Kind::Creator));
        assert_eq!(verdict.issues.len(), 1);
        assert!(verdict.issues[0].warning);
        assert_eq!(verdict.issues[0].hint.as_deref(), Some("write `x`"));
    }

    #[test]
    fn examples_read_as_yaml() {
        let value = serde_json::json!([{"creator": "ava-chen", "posts": [{"platform": "instagram", "likes": 2400}]}]);
        assert_eq!(
            example("creators", &value),
            "creators:\n  - creator: ava-chen\n    posts:\n      - {platform: instagram, likes: 2400}"
        );
        assert_eq!(example("counts", &serde_json::json!(["likes", "saves"])), "counts: [likes, saves]");
    }
}
