//! YAML text → typed model, with every failure turned into a located diagnostic.

use serde::de::DeserializeOwned;
use serde_saphyr::{Error as YamlError, Options};

use crate::diagnostics::Diagnostic;
use crate::diagnostics::suggest;

/// Deserialises one YAML document. `file` is the path shown to the user.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Diagnostic> {
    if text.trim().is_empty() || text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Err(Diagnostic::error(file, "the file is empty").at(text, 1, 1).hint(
            "write the required fields (a creator needs `name` and a platform with `followers`, a campaign `name` and a creator with a post), or delete the file; `mediakit new creator NAME` writes a template",
        ));
    }
    let mut path = String::new();
    let mut options = Options::default();
    options.with_snippet = false;
    // Alias bombs ("billion laughs") stop at these limits instead of exhausting memory.
    options.alias_limits.max_total_replayed_events = 100_000;
    options.alias_limits.max_alias_expansions_per_anchor = 1_000;
    let result = serde_saphyr::with_deserializer_from_str_with_options(text, options, |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            path = e.path().to_string();
            e.into_inner()
        })
    });
    result.map_err(|err| to_diagnostic(file, text, &path, &err))
}

fn to_diagnostic(file: &str, text: &str, path: &str, err: &YamlError) -> Diagnostic {
    let err = err.without_snippet();
    let (line, column) = err
        .location()
        .filter(|l| l.line() > 0)
        .map(|l| (l.line() as usize, (l.column() as usize).max(1)))
        .unwrap_or((1, 1));
    let field = path.trim_start_matches('.').to_string();
    let diag = |message: String| Diagnostic::error(file, message).at(text, line, column);
    match err {
        YamlError::SerdeUnknownField { field: key, expected, .. } => {
            let mut d = diag(format!("unknown field `{key}`")).field(field);
            d.hint = Some(match suggest::closest(key, expected.iter().copied()) {
                Some(best) => format!("did you mean `{best}`?"),
                None => format!("the fields allowed here are: {}", expected.join(", ")),
            });
            d
        }
        YamlError::SerdeUnknownVariant { variant, expected, .. } => {
            let what = field
                .rsplit('.')
                .next()
                .unwrap_or("value")
                .trim_end_matches(|c: char| c == ']' || c.is_ascii_digit())
                .trim_end_matches('[');
            let mut d = diag(format!("unknown {what} `{variant}`")).field(field.clone());
            let listed = expected.join(", ");
            d.hint = Some(match suggest::closest(variant, expected.iter().copied()) {
                Some(best) => format!("did you mean `{best}`? (one of: {listed})"),
                None => format!("expected one of: {listed}"),
            });
            d
        }
        YamlError::SerdeMissingField { field: missing, .. } => {
            let full = if field.is_empty() { missing.to_string() } else { format!("{field}.{missing}") };
            // serde reports the end of the block; the start of the block is where it is missing.
            let (l, c) = crate::load::locate::Locator::new(text).find(&field).unwrap_or((line, column));
            let block = if field.is_empty() { "the file".to_string() } else { format!("`{field}`") };
            Diagnostic::error(file, format!("missing required field `{missing}`"))
                .at(text, l, c)
                .field(full)
                .hint(format!("add `{missing}: …` to {block}"))
        }
        YamlError::SerdeInvalidType { unexpected, expected, .. } => {
            diag(format!("expected {}, found {unexpected}", friendly_expected(expected))).field(field)
        }
        YamlError::SerdeInvalidValue { unexpected, expected, .. } => {
            diag(format!("expected {}, found {unexpected}", friendly_expected(expected))).field(field)
        }
        YamlError::DuplicateMappingKey { key, .. } => {
            let k = key.clone().unwrap_or_else(|| "a key".to_string());
            diag(format!("`{k}` is written twice in the same block")).field(field).hint("keep one of them")
        }
        YamlError::NonFiniteFloat { value, .. } => {
            let what = if value.to_ascii_lowercase().contains("nan") { "not a number" } else { "infinite" };
            diag(format!("expected a finite number, found `{value}` ({what})"))
                .field(field)
                .hint("write plain digits such as 1200, or leave the field out when the figure is not known")
        }
        YamlError::Eof { .. } => diag("the file ended before the document was complete".to_string()),
        YamlError::MultipleDocuments { .. } => {
            diag("the file holds more than one YAML document (`---`)".to_string()).hint("keep one document per file")
        }
        _ if is_budget_error(err) => diag("the document is too large or expands too many aliases".to_string())
            .hint("YAML anchors and aliases (&name / *name) are limited to keep builds fast and safe"),
        other => {
            let (message, anchor_line) = strip_location(&other.to_string());
            let mut hint = syntax_hint(&message);
            let mut said = rephrase(&message);
            if said.starts_with("expected ")
                && !said.contains(" found ")
                && let Some(found) = found_at(text, line, column)
            {
                said = format!("{said}, found {found}");
            }
            if let Some(anchor) = anchor_line {
                hint = Some(format!("the value comes through an alias; its anchor `&…` is on line {anchor}"));
            }
            diag(said).field(field).maybe_hint(hint)
        }
    }
}

/// What sits at a position, for "expected text, found a list".
fn found_at(text: &str, line: usize, column: usize) -> Option<&'static str> {
    let rest: String = text.lines().nth(line.checked_sub(1)?)?.chars().skip(column.saturating_sub(1)).collect();
    let rest = rest.trim_start();
    if rest.starts_with('[') || rest.starts_with("- ") || rest == "-" {
        Some("a list")
    } else if rest.starts_with('{') {
        Some("a `{ … }` block")
    } else if rest.is_empty() || rest.starts_with('#') {
        Some("nothing")
    } else {
        None
    }
}

fn is_budget_error(err: &YamlError) -> bool {
    if matches!(err, YamlError::Budget { .. }) {
        return true;
    }
    let text = err.to_string();
    text.contains("alias") && (text.contains("limit") || text.contains("exceeded") || text.contains("overflow"))
}

/// serde's wording is written for programmers; say what the user should write.
fn friendly_expected(expected: &str) -> String {
    match expected {
        "a string" | "a string scalar" => "text".to_string(),
        "a sequence" => "a list (items starting with `- `)".to_string(),
        "a map" | "a mapping" => "a block of `key: value` fields".to_string(),
        "u16" => "a year such as 2026".to_string(),
        "a boolean" => "true or false".to_string(),
        other if other.starts_with("struct ") => "a block of `key: value` fields".to_string(),
        other => other.to_string(),
    }
}

fn rephrase(message: &str) -> String {
    match message {
        "expected string scalar" => "expected text".to_string(),
        "expected sequence start" => "expected a list (items starting with `- `)".to_string(),
        "expected mapping start" => "expected a block of `key: value` fields".to_string(),
        "invalid u16" => "expected a year such as 2026".to_string(),
        "invalid u64" => "expected a whole number".to_string(),
        "simple key expected ':'" => "expected `:` after a key".to_string(),
        "alias references unknown anchor" => "this alias (`*name`) has no anchor (`&name`) above it".to_string(),
        "cannot deserialize tagged scalar into string" => {
            "expected plain text, found a value with a YAML tag (`!!…`)".to_string()
        }
        "recursion limit exceeded" => "the document is nested too deeply".to_string(),
        // An enum (a platform, a format, a section name) given a list or a block.
        "externally tagged enum expected scalar or mapping" => "expected a single name".to_string(),
        m if m.starts_with("cannot deserialize null into string") => "expected text, found nothing".to_string(),
        m => m.to_string(),
    }
}

/// What usually causes the YAML parser's complaints, in the user's terms.
fn syntax_hint(message: &str) -> Option<String> {
    // Most specific first: a tab or an unclosed quote also upsets the indentation.
    if message == "recursion limit exceeded" {
        Some(
            "nothing in a mediakit file nests more than a few levels; look for a `[` or `{` that is never closed"
                .to_string(),
        )
    } else if message.contains("mapping values are not allowed") {
        Some("text containing `: ` must be quoted, e.g. summary: \"3 reels: 45 sales\"".to_string())
    } else if message.split(|c: char| !c.is_alphanumeric()).any(|w| w == "tab" || w == "tabs") {
        Some("YAML indents with spaces, not tabs".to_string())
    } else if message.contains("quoted scalar") {
        Some(
            "a quoted value is not closed: look for a `\"` or `'` without its partner on this line or above"
                .to_string(),
        )
    } else if message.contains("indicator") || message.contains("indentation") || message.contains("block") {
        Some(
            "check the indentation: keys of one block, and the `- ` of list items, line up in the same column"
                .to_string(),
        )
    } else if message.contains("found character that cannot start any token") {
        Some("YAML indents with spaces, not tabs".to_string())
    } else if message.contains("unexpected end") || message.contains("unclosed quote") {
        Some("a quote or bracket is not closed".to_string())
    } else if message.contains("bracket") {
        Some(
            "brackets `[ ]` and `{ }` must pair up: close each one, or write the items as an indented block"
                .to_string(),
        )
    } else if message == "simple key expected ':'" {
        Some("each line of a block is `key: value`; text that goes on from the line above must be indented under it or quoted".to_string())
    } else if message.starts_with("unexpected character: `\\u{") {
        Some("the line holds an invisible control character; delete and retype it".to_string())
    } else if message.starts_with("unexpected character") {
        Some("a value that starts with `@`, `` ` ``, `%` or another YAML symbol must be quoted, e.g. handle: \"@avaglows\"".to_string())
    } else if message.contains("BOM") {
        Some("an invisible byte-order mark (U+FEFF) sits inside the file; delete and retype the line".to_string())
    } else if message.contains("alias references unknown anchor") {
        Some("define `&name` before using `*name`, or quote the text if the `*` is meant literally, e.g. \"*new* arrivals\"".to_string())
    } else if message.contains("tagged scalar") {
        Some("remove the `!!` tag: mediakit reads plain values".to_string())
    } else if message.contains("document start") || message.contains("document end") || message.contains("directive") {
        Some(
            "a line `---`, `...` or `%…` splits or ends a YAML document; mediakit reads one document per file"
                .to_string(),
        )
    } else {
        None
    }
}

/// The parser's message without the positions it appends (the diagnostic
/// shows them itself): ` at line L, column C`, and for a value reached
/// through an alias ` (defined at line L, column C) (used at line …)`.
/// Returns the message and the line of the anchor, if any.
fn strip_location(message: &str) -> (String, Option<usize>) {
    let mut text = message.to_string();
    let mut anchor_line = None;
    for marker in [" (used at line ", " (defined at line "] {
        if let Some(i) = text.find(marker) {
            let rest = &text[i + marker.len()..];
            if marker.contains("defined") {
                anchor_line = rest.split(',').next().and_then(|n| n.trim().parse().ok());
            }
            let end = rest.find(')').map_or(text.len(), |j| i + marker.len() + j + 1);
            text.replace_range(i..end, "");
        }
    }
    if let Some(i) = text.rfind(" at line ")
        && text[i..].contains(", column ")
    {
        text.truncate(i);
    }
    (text, anchor_line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::creator::Creator;

    fn err(src: &str) -> Diagnostic {
        parse::<Creator>("c.yaml", src).unwrap_err()
    }

    #[test]
    fn unknown_field_names_path_and_suggests() {
        let d = err("name: A\nplatforms:\n  - platform: instagram\n    folowers: 3\n");
        assert_eq!((d.line, d.column), (Some(4), Some(5)));
        assert_eq!(d.field.as_deref(), Some("platforms[0].folowers"));
        assert_eq!(d.hint.as_deref(), Some("did you mean `followers`?"));
    }

    #[test]
    fn unknown_platform_suggests_the_closest() {
        let d = err("name: A\nplatforms:\n  - platform: instagam\n    followers: 3\n");
        assert_eq!(d.message, "unknown platform `instagam`");
        assert!(d.hint.unwrap().starts_with("did you mean `instagram`?"));
    }

    #[test]
    fn missing_required_field_is_named() {
        let d = err("tagline: hi\n");
        assert_eq!(d.message, "missing required field `name`");
    }

    #[test]
    fn negative_count_is_explained() {
        let d = err("name: A\nplatforms:\n  - platform: instagram\n    followers: -3\n");
        assert_eq!(d.message, "expected a count of 0 or more, found -3");
        assert_eq!(d.field.as_deref(), Some("platforms[0].followers"));
        assert_eq!((d.line, d.column), (Some(4), Some(16)));
    }

    #[test]
    fn a_list_where_one_name_belongs() {
        let d = err("name: A\nplatforms: [{platform: [x], followers: 1}]\n");
        assert_eq!(d.message, "expected a single name, found a list");
        assert_eq!(d.field.as_deref(), Some("platforms[0].platform"));
        let d = err("name: A\nniches: &l [a]\nhide: [*l]\nplatforms: [{platform: x, followers: 1}]\n");
        assert_eq!(d.message, "expected a single name");
        assert_eq!(d.hint.as_deref(), Some("the value comes through an alias; its anchor `&…` is on line 2"));
    }

    #[test]
    fn empty_file_is_reported() {
        assert_eq!(err("\n# nothing\n").message, "the file is empty");
    }

    #[test]
    fn alias_bomb_stops_with_an_error() {
        let mut src = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..8 {
            let prev = (b'a' + i) as char;
            let next = (b'a' + i + 1) as char;
            src.push_str(&format!("{next}: &{next} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let d = parse::<serde_json::Value>("bomb.yaml", &src).unwrap_err();
        assert!(d.message.contains("aliases"), "{}", d.message);
    }
}
