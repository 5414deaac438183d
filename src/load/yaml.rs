//! YAML text → typed model, with every problem of the file found in one go.
//!
//! A file is read into a tree that keeps positions ([`tree`]), checked
//! against the JSON Schema of its kind ([`validate`]), and read into the
//! model ([`de`]) with the nodes that failed left out, so that the checks a
//! schema cannot express still run on the rest ([`Repairs`] says what was
//! left out).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde_json::Value as Json;

use crate::diagnostics::Diagnostic;
use crate::load::tree::{self, Entry, Node, Scalar, Value};
use crate::load::{de, validate};
use crate::model::campaign::Campaign;
use crate::model::config::SiteConfig;
use crate::model::creator::Creator;
use crate::model::schema::{self, Kind};

/// A kind of content file: read against its schema.
pub trait Document: DeserializeOwned {
    const KIND: Kind;
}

impl Document for SiteConfig {
    const KIND: Kind = Kind::Config;
}

impl Document for Creator {
    const KIND: Kind = Kind::Creator;
}

impl Document for Campaign {
    const KIND: Kind = Kind::Campaign;
}

/// The schema of a kind, made once.
fn schema_for(kind: Kind) -> &'static Json {
    static SCHEMAS: [OnceLock<Json>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match kind {
        Kind::Config => 0,
        Kind::Creator => 1,
        Kind::Campaign => 2,
    };
    SCHEMAS[slot].get_or_init(|| schema::schema(kind))
}

/// What reading one file gave.
pub struct Parsed<T> {
    /// The model; when the file has errors, the part of it that could be
    /// read ([`Repairs`] says what is missing), or nothing.
    pub data: Option<T>,
    /// Errors and warnings about the file's text and structure.
    pub diagnostics: Vec<Diagnostic>,
    pub repairs: Repairs,
}

impl<T> Parsed<T> {
    /// No errors: `data` is the whole file.
    pub fn is_clean(&self) -> bool {
        self.data.is_some() && !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// What was left out of a file's model because it was wrong, and how list
/// indices moved, so that a later check's field path can be put back in the
/// file's own terms, or dropped when it concerns what was left out.
#[derive(Clone, Debug, Default)]
pub struct Repairs {
    removed: Vec<String>,
    /// Lists with items left out: for each item kept, its index in the file.
    renumbered: HashMap<String, Vec<usize>>,
}

impl Repairs {
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty()
    }

    /// A field path of the model read from the file, as a path of the file;
    /// `None` when it is about, inside or around something left out (the
    /// problem there is already reported, and anything said about its
    /// surroundings would be said of a file that is not the user's).
    pub fn place(&self, path: &str) -> Option<String> {
        let mut original = String::new();
        for step in steps(path) {
            match step {
                Step::Key(k) => original = tree::join(&original, k),
                Step::Index(i) => {
                    let old = self.renumbered.get(&original).and_then(|m| m.get(i)).copied().unwrap_or(i);
                    original = format!("{original}[{old}]");
                }
            }
        }
        let related = |a: &str, b: &str| a == b || b.is_empty() || a.is_empty() || within(a, b) || within(b, a);
        (!self.removed.iter().any(|r| related(r, &original))).then_some(original)
    }
}

/// Whether `inner` lies inside `outer` (`outer.x`, `outer[2]`).
fn within(inner: &str, outer: &str) -> bool {
    inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some(inner) = rest.strip_prefix('[') {
            let Some(end) = inner.find(']') else { break };
            match inner[..end].parse() {
                Ok(i) => out.push(Step::Index(i)),
                Err(_) => out.push(Step::Key(&inner[..end])),
            }
            rest = &inner[end + 1..];
        }
    }
    out
}

fn is_blank(text: &str) -> bool {
    text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

fn empty_file(file: &str, text: &str) -> Diagnostic {
    Diagnostic::error(file, "the file is empty").at(text, 1, 1).hint(
        "write the required fields (a creator needs `name` and a platform with `followers`, a campaign `name` and a creator with a post), or delete the file; `mediakit new creator NAME` writes a template",
    )
}

fn from_problem(file: &str, text: &str, p: &tree::Problem) -> Diagnostic {
    Diagnostic::error(file, p.message.clone())
        .at(text, p.pos.0, p.pos.1)
        .field(p.path.clone())
        .maybe_hint(p.hint.clone())
}

/// Reads one content file of kind `T`: every problem of its text and
/// structure, and as much of the model as can be read. `file` is the path
/// shown to the user.
pub fn read<T: Document>(file: &str, text: &str) -> Parsed<T> {
    let mut parsed = Parsed { data: None, diagnostics: Vec::new(), repairs: Repairs::default() };
    if is_blank(text) {
        parsed.diagnostics.push(empty_file(file, text));
        return parsed;
    }
    let tree = tree::parse(text);
    parsed.diagnostics.extend(tree.problems.iter().map(|p| from_problem(file, text, p)));
    let Some(root) = tree.root else {
        if parsed.diagnostics.is_empty() {
            parsed.diagnostics.push(empty_file(file, text));
        }
        return parsed;
    };
    let schema = schema_for(T::KIND);
    let verdict = validate::validate(&root, schema);
    for issue in verdict.issues {
        let d = if issue.warning {
            Diagnostic::warning(file, issue.message)
        } else {
            Diagnostic::error(file, issue.message)
        };
        parsed.diagnostics.push(d.at(text, issue.pos.0, issue.pos.1).field(issue.path).maybe_hint(issue.hint));
    }
    let clean = !parsed.diagnostics.iter().any(Diagnostic::is_error);
    parsed.repairs.removed = verdict.dropped_paths;
    let mut pruned =
        if verdict.dropped.is_empty() { None } else { Some(prune(&root, &verdict.dropped, "", &mut parsed.repairs)) };
    let first = de::from_node::<T>(pruned.as_ref().unwrap_or(&root));
    parsed.data = match first {
        Ok(data) => Some(data),
        Err(e) if clean => {
            // The schema let through what the model refuses: say so rather than lose it.
            let (pos, path) = e.at.clone().unwrap_or(((1, 1), String::new()));
            parsed
                .diagnostics
                .push(Diagnostic::error(file, e.message).at(text, pos.0, pos.1).field(path).maybe_hint(e.hint));
            None
        }
        Err(_) => {
            // A required field of the file itself is wrong or missing: stand
            // in for it so the rest can still be checked.
            let mut stand_in = pruned.take().unwrap_or_else(|| root.clone());
            stand_in_required(&mut stand_in, schema, &mut parsed.repairs);
            de::from_node::<T>(&stand_in).ok()
        }
    };
    parsed
}

/// Reads a YAML document into any type, without a schema; the first problem
/// is the error.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Diagnostic> {
    if is_blank(text) {
        return Err(empty_file(file, text));
    }
    let tree = tree::parse(text);
    if let Some(p) = tree.problems.first() {
        return Err(from_problem(file, text, p));
    }
    let root = tree.root.ok_or_else(|| empty_file(file, text))?;
    de::from_node::<T>(&root).map_err(|e| {
        let (pos, path) = e.at.clone().unwrap_or(((1, 1), String::new()));
        Diagnostic::error(file, e.message).at(text, pos.0, pos.1).field(path).maybe_hint(e.hint)
    })
}

/// A copy of the tree without the nodes validation left out.
fn prune(node: &Node, dropped: &HashSet<usize>, path: &str, repairs: &mut Repairs) -> Node {
    let value = match &node.value {
        Value::Scalar(s) => Value::Scalar(s.clone()),
        Value::Seq(items) => {
            let mut kept = Vec::with_capacity(items.len());
            let mut from = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                if !dropped.contains(&item.id) {
                    kept.push(prune(item, dropped, &format!("{path}[{i}]"), repairs));
                    from.push(i);
                }
            }
            if from.len() != items.len() {
                repairs.renumbered.insert(path.to_string(), from);
            }
            Value::Seq(kept)
        }
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .filter(|e| !dropped.contains(&e.value.id))
                .map(|e| Entry {
                    key: e.key.clone(),
                    key_pos: e.key_pos,
                    value: prune(&e.value, dropped, &tree::join(path, &e.key), repairs),
                })
                .collect(),
        ),
    };
    Node { id: node.id, value, pos: node.pos, anchor_line: node.anchor_line, incomplete: node.incomplete }
}

/// Fills the file's required text fields (a `name` that is missing or
/// wrong) with empty text, noted as left out, so the model can be read.
fn stand_in_required(root: &mut Node, schema: &Json, repairs: &mut Repairs) {
    let pos = root.pos;
    let Value::Map(entries) = &mut root.value else { return };
    let required = schema.get("required").and_then(Json::as_array).into_iter().flatten().filter_map(Json::as_str);
    for key in required {
        let is_text = schema
            .pointer(&format!("/properties/{key}/type"))
            .is_some_and(|t| t == "string" || t.as_array().is_some_and(|a| a.contains(&Json::from("string"))));
        if is_text && !entries.iter().any(|e| e.key == key) {
            entries.push(Entry {
                key: key.to_string(),
                key_pos: pos,
                value: Node {
                    id: 0,
                    value: Value::Scalar(Scalar { text: String::new(), plain: false, tag: None }),
                    pos,
                    anchor_line: None,
                    incomplete: false,
                },
            });
            repairs.removed.push(key.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors<T: Document>(src: &str) -> Vec<Diagnostic> {
        read::<T>("c.yaml", src).diagnostics.into_iter().filter(Diagnostic::is_error).collect()
    }

    #[test]
    fn unknown_field_names_path_and_suggests() {
        let d =
            &errors::<Creator>("name: A\nplatforms:\n  - platform: instagram\n    folowers: 3\n    followers: 3\n")[0];
        assert_eq!((d.line, d.column), (Some(4), Some(5)));
        assert_eq!(d.field.as_deref(), Some("platforms[0].folowers"));
        assert_eq!(d.hint.as_deref(), Some("did you mean `followers`?"));
    }

    #[test]
    fn unknown_platform_suggests_the_closest() {
        let d = &errors::<Creator>("name: A\nplatforms:\n  - platform: instagam\n    followers: 3\n")[0];
        assert_eq!(d.message, "unknown platform `instagam`");
        assert!(d.hint.clone().unwrap_or_default().starts_with("did you mean `instagram`?"));
    }

    #[test]
    fn missing_required_field_is_named() {
        let all = errors::<Creator>("tagline: hi\nplatforms: [{platform: x, followers: 1}]\n");
        assert_eq!(all[0].message, "missing required field `name`");
        assert_eq!(all[0].hint.as_deref(), Some("add `name: …` to the file"));
    }

    #[test]
    fn a_list_where_one_name_belongs() {
        let d = &errors::<Creator>("name: A\nplatforms: [{platform: [x], followers: 1}]\n")[0];
        assert_eq!(d.message, "expected a single name, found a list");
        assert_eq!(d.field.as_deref(), Some("platforms[0].platform"));
        let d =
            &errors::<Creator>("name: A\nniches: &l [a]\nhide: [*l]\nplatforms: [{platform: x, followers: 1}]\n")[0];
        assert_eq!(d.message, "expected a single name, found a list");
        assert_eq!(d.hint.as_deref(), Some("the value comes through an alias; its anchor `&…` is on line 2"));
    }

    #[test]
    fn empty_file_is_reported() {
        assert_eq!(errors::<Creator>("\n# nothing\n")[0].message, "the file is empty");
    }

    #[test]
    fn one_mistake_does_not_hide_the_next() {
        let parsed = read::<Campaign>(
            "c.yaml",
            "name: C\nstart: soon\ncreators:\n  - creator: nobody\n    posts: [{platform: tiktik, likes: 1}, {platform: x}]\n",
        );
        let messages: Vec<&str> = parsed.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        let campaign = parsed.data.expect("the rest of the campaign is read");
        assert_eq!(campaign.creators[0].creator.as_deref(), Some("nobody"));
        assert_eq!(campaign.creators[0].posts.len(), 1);
        // The post left out moved the second one to index 0.
        assert_eq!(parsed.repairs.place("creators[0].posts[0].date").as_deref(), Some("creators[0].posts[1].date"));
        assert_eq!(parsed.repairs.place("start"), None);
        assert_eq!(parsed.repairs.place("creators[0].posts"), None);
        assert_eq!(parsed.repairs.place("creators[0].creator").as_deref(), Some("creators[0].creator"));
    }

    #[test]
    fn a_broken_name_still_lets_the_rest_be_checked() {
        let parsed = read::<Creator>("c.yaml", "name: [A]\nplatforms: [{platform: x, followers: 1}]\n");
        assert!(parsed.data.is_some());
        assert_eq!(parsed.repairs.place("name"), None);
    }
}
