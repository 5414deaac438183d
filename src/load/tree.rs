//! YAML text → a tree of nodes that remember where they were written.
//!
//! The tree is what the schema validator walks ([`crate::load::validate`]) and
//! what the typed model is read from ([`crate::load::de`]). Building it never
//! stops at a mistake it can step over: a key written twice, a YAML tag
//! mediakit does not read or a key that is a list are reported and left out,
//! and after a syntax error the part of the file read so far is kept, so the
//! mistakes above the broken line are found in the same run.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{ErrorKind, Event, Parser, ScalarStyle, ScanError, StructureStyle, Tag};

/// 1-based line and column.
pub type Pos = (usize, usize);

#[derive(Clone, Debug)]
pub struct Node {
    /// Unique within one tree (copies made through aliases get their own).
    pub id: usize,
    pub value: Value,
    /// Where the node's content starts.
    pub pos: Pos,
    /// For a node reached through an alias (`*name`): the line of its anchor (`&name`).
    pub anchor_line: Option<usize>,
    /// A collection the file breaks off inside (a syntax error follows).
    pub incomplete: bool,
}

#[derive(Clone, Debug)]
pub enum Value {
    Scalar(Scalar),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Clone, Debug)]
pub struct Scalar {
    pub text: String,
    /// Written without quotes or block indicators: only plain scalars can be
    /// numbers, booleans or nothing.
    pub plain: bool,
    /// A YAML core tag (`!!str`, `!!int`, …) that decides the type.
    pub tag: Option<CoreTag>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoreTag {
    Str,
    Int,
    Float,
    Bool,
    Null,
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub key: String,
    pub key_pos: Pos,
    pub value: Node,
}

/// A problem found while reading the text, before any schema is applied.
#[derive(Clone, Debug)]
pub struct Problem {
    pub message: String,
    pub pos: Pos,
    /// The field path of the innermost block the problem is in.
    pub path: String,
    pub hint: Option<String>,
    /// The file could not be read past this point.
    pub fatal: bool,
}

/// The tree of a file (or of the part before a syntax error) and what went wrong.
pub struct Parsed {
    pub root: Option<Node>,
    pub problems: Vec<Problem>,
}

/// Nodes copied through aliases beyond this stop the file: a few lines of
/// anchors can otherwise stand for billions of nodes ("billion laughs").
const MAX_ALIAS_NODES: usize = 100_000;
/// How often one anchor may be used.
const MAX_USES_PER_ANCHOR: usize = 1_000;
/// Nothing in a mediakit file nests more than a few levels.
pub const MAX_DEPTH: usize = 64;

enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        flow: bool,
        path: String,
        items: Vec<Node>,
    },
    Map {
        pos: Pos,
        anchor: usize,
        flow: bool,
        path: String,
        entries: Vec<Entry>,
        /// A key waiting for its value; `None` as the text when the key
        /// itself was unusable (its value is read and dropped).
        key: Option<(Option<String>, Pos)>,
        /// `<<: *base` merges, applied when the block closes.
        merges: Vec<Node>,
    },
}

impl Frame {
    fn path(&self) -> &str {
        match self {
            Frame::Seq { path, .. } | Frame::Map { path, .. } => path,
        }
    }
}

struct Builder {
    stack: Vec<Frame>,
    root: Option<Node>,
    anchors: HashMap<usize, (Node, usize, usize)>,
    problems: Vec<Problem>,
    next_id: usize,
    alias_nodes: usize,
}

pub fn parse(text: &str) -> Parsed {
    let mut b = Builder {
        stack: Vec::new(),
        root: None,
        anchors: HashMap::new(),
        problems: Vec::new(),
        next_id: 0,
        alias_nodes: 0,
    };
    let mut parser = Parser::new_from_str(text);
    let mut documents = 0usize;
    while let Some(next) = parser.next_event() {
        let (event, span) = match next {
            Ok(pair) => pair,
            Err(e) => {
                b.scan_error(&e);
                break;
            }
        };
        let pos = (span.start.line().max(1), span.start.col() + 1);
        let stop = match event {
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    b.fatal(
                        "the file holds more than one YAML document (`---`)",
                        pos,
                        Some("keep one document per file"),
                    );
                    true
                } else {
                    false
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                let tag = b.core_tag(tag.as_deref(), pos, false).unwrap_or_default();
                let plain = style == ScalarStyle::Plain;
                let node = b.node(Value::Scalar(Scalar { text: text.into_owned(), plain, tag }), pos);
                b.finish(node, anchor)
            }
            Event::SequenceStart(style, anchor, tag) => {
                let _ = b.core_tag(tag.as_deref(), pos, true);
                b.open(Frame::Seq {
                    pos,
                    anchor,
                    flow: style == StructureStyle::Flow,
                    path: String::new(),
                    items: Vec::new(),
                })
            }
            Event::MappingStart(style, anchor, tag) => {
                let _ = b.core_tag(tag.as_deref(), pos, true);
                b.open(Frame::Map {
                    pos,
                    anchor,
                    flow: style == StructureStyle::Flow,
                    path: String::new(),
                    entries: Vec::new(),
                    key: None,
                    merges: Vec::new(),
                })
            }
            Event::SequenceEnd | Event::MappingEnd => b.close(false),
            Event::Alias(id) => b.alias(id, pos),
            _ => false,
        };
        if stop {
            break;
        }
    }
    // A syntax error leaves blocks open: keep what they hold so far.
    while !b.stack.is_empty() {
        b.close(true);
    }
    Parsed { root: b.root, problems: b.problems }
}

impl Builder {
    fn node(&mut self, value: Value, pos: Pos) -> Node {
        self.next_id += 1;
        Node { id: self.next_id, value, pos, anchor_line: None, incomplete: false }
    }

    /// The path of the innermost open block, for messages about its contents.
    fn here(&self) -> String {
        self.stack.last().map(|f| f.path().to_string()).unwrap_or_default()
    }

    fn problem(&mut self, message: impl Into<String>, pos: Pos, hint: Option<&str>, fatal: bool) {
        let path = self.here();
        self.problems.push(Problem { message: message.into(), pos, path, hint: hint.map(str::to_string), fatal });
    }

    fn fatal(&mut self, message: &str, pos: Pos, hint: Option<&str>) {
        self.problem(message, pos, hint, true);
    }

    fn scan_error(&mut self, e: &ScanError) {
        let m = e.marker();
        let pos = (m.line().max(1), m.col() + 1);
        let message = match e.kind() {
            ErrorKind::UnknownAnchor => "this alias (`*name`) has no anchor (`&name`) above it".to_string(),
            ErrorKind::RecursionLimitExceeded => "the document is nested too deeply".to_string(),
            _ => e.info(),
        };
        // The usual cause inside `[ ]` or `{ }`: a bracket never closed, as
        // in a value starting with `[` meant as text. Point at the bracket.
        let open_flow = self.stack.iter().rev().find_map(|f| match f {
            Frame::Seq { flow: true, pos, path, .. } => Some(('[', ']', "list", *pos, path.clone())),
            Frame::Map { flow: true, pos, path, .. } => Some(('{', '}', "block", *pos, path.clone())),
            _ => None,
        });
        let unclosed = matches!(
            e.kind(),
            ErrorKind::UnexpectedEofFlowSequence
                | ErrorKind::UnexpectedEofFlowMapping
                | ErrorKind::UnexpectedEofImplicitFlowMapping
                | ErrorKind::ExpectedFlowSequenceSeparator
                | ErrorKind::ExpectedFlowMappingSeparator
        ) || message.contains("unclosed")
            || message.contains("did not find expected ','")
            || message.contains("illegal placement of ':'");
        match open_flow {
            Some((open, close, what, at, path)) if unclosed => {
                let mut hint = format!(
                    "close the {what} with `{close}`, or put the whole value in quotes if the `{open}` is part of the text"
                );
                if pos != at {
                    hint.push_str(&format!(" (reading stopped at line {}, column {}: {message})", pos.0, pos.1));
                }
                self.problems.push(Problem {
                    message: format!("this `{open}` is never closed"),
                    pos: at,
                    path,
                    hint: Some(hint),
                    fatal: true,
                });
            }
            _ => {
                let hint = syntax_hint(&message);
                self.problem(message, pos, hint.as_deref(), true);
            }
        }
    }

    /// Reads a tag: YAML's own (`!!str`, `!!int`, …) decide the type of a
    /// scalar; any other is reported and the value read as if untagged.
    fn core_tag(&mut self, tag: Option<&Tag>, pos: Pos, collection: bool) -> Result<Option<CoreTag>, ()> {
        let Some(tag) = tag else { return Ok(None) };
        let core = match tag.core_suffix() {
            Some("str") => Some(CoreTag::Str),
            Some("int") => Some(CoreTag::Int),
            Some("float") => Some(CoreTag::Float),
            Some("bool") => Some(CoreTag::Bool),
            Some("null") => Some(CoreTag::Null),
            Some("map" | "seq") if collection => return Ok(None),
            _ if tag.original() == "!" => return Ok(None),
            _ => None,
        };
        match core {
            Some(c) if !collection => Ok(Some(c)),
            _ => {
                self.problem(
                    format!("mediakit does not read YAML tags such as `{}`", tag.original()),
                    pos,
                    Some("remove the tag: mediakit reads plain values"),
                    false,
                );
                Err(())
            }
        }
    }

    fn open(&mut self, mut frame: Frame) -> bool {
        if self.stack.len() >= MAX_DEPTH {
            let pos = match &frame {
                Frame::Seq { pos, .. } | Frame::Map { pos, .. } => *pos,
            };
            self.fatal(
                "the document is nested too deeply",
                pos,
                Some(
                    "nothing in a mediakit file nests more than a few levels; look for a `[` or `{` that is never closed",
                ),
            );
            return true;
        }
        let path = self.child_path();
        match &mut frame {
            Frame::Seq { path: p, .. } | Frame::Map { path: p, .. } => *p = path,
        }
        self.stack.push(frame);
        false
    }

    /// The path the next node will have, e.g. `platforms[2]` or `audience.gender`.
    fn child_path(&self) -> String {
        match self.stack.last() {
            None => String::new(),
            Some(Frame::Seq { path, items, .. }) => format!("{path}[{}]", items.len()),
            Some(Frame::Map { path, key: Some((Some(k), _)), .. }) => join(path, k),
            Some(Frame::Map { path, .. }) => join(path, "?"),
        }
    }

    fn close(&mut self, incomplete: bool) -> bool {
        let Some(frame) = self.stack.pop() else { return false };
        let (value, pos, anchor) = match frame {
            Frame::Seq { pos, anchor, items, .. } => (Value::Seq(items), pos, anchor),
            Frame::Map { pos, anchor, mut entries, merges, .. } => {
                for merged in merges {
                    merge_into(&mut entries, merged);
                }
                (Value::Map(entries), pos, anchor)
            }
        };
        let mut node = self.node(value, pos);
        node.incomplete = incomplete;
        self.finish(node, anchor)
    }

    fn alias(&mut self, id: usize, pos: Pos) -> bool {
        let found = self.anchors.get_mut(&id).map(|(target, line, uses)| {
            *uses += 1;
            (count(target), *line, *uses)
        });
        let Some((size, anchor_line, uses)) = found else {
            self.fatal(
                "this alias (`*name`) has no anchor (`&name`) above it",
                pos,
                Some("define `&name` before using `*name`, or quote the text if the `*` is meant literally, e.g. \"*new* arrivals\""),
            );
            return true;
        };
        self.alias_nodes += size;
        if uses > MAX_USES_PER_ANCHOR || self.alias_nodes > MAX_ALIAS_NODES {
            self.fatal(
                "the document is too large or expands too many aliases",
                pos,
                Some("YAML anchors and aliases (&name / *name) are limited to keep builds fast and safe"),
            );
            return true;
        }
        let Some(mut copy) = self.anchors.get(&id).map(|(target, ..)| target.clone()) else { return true };
        self.renumber(&mut copy, anchor_line);
        copy.pos = pos;
        self.finish(copy, 0)
    }

    /// Gives a copy made through an alias fresh ids, and the anchor's line.
    fn renumber(&mut self, node: &mut Node, anchor_line: usize) {
        self.next_id += 1;
        node.id = self.next_id;
        node.anchor_line = Some(anchor_line);
        match &mut node.value {
            Value::Scalar(_) => {}
            Value::Seq(items) => items.iter_mut().for_each(|n| self.renumber(n, anchor_line)),
            Value::Map(entries) => entries.iter_mut().for_each(|e| self.renumber(&mut e.value, anchor_line)),
        }
    }

    /// Places a complete node in its parent (or as the root).
    fn finish(&mut self, node: Node, anchor: usize) -> bool {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), node.pos.0, 0));
        }
        let mut problem: Option<(String, Pos, Option<&str>)> = None;
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { key, entries, merges, .. }) => match key.take() {
                None => match node.value {
                    Value::Scalar(s) => *key = Some((Some(s.text), node.pos)),
                    _ => {
                        *key = Some((None, node.pos));
                        problem = Some((
                            "a key must be a single word or text, not a list or a block".to_string(),
                            node.pos,
                            Some("write `key: value`; a line starting with `?`, `[` or `{` makes a complex key"),
                        ));
                    }
                },
                Some((None, _)) => {}
                Some((Some(k), key_pos)) => {
                    if k == "<<" && matches!(node.value, Value::Map(_) | Value::Seq(_)) {
                        merges.push(node);
                    } else if entries.iter().any(|e| e.key == k) {
                        problem = Some((
                            format!("`{k}` is written twice in the same block"),
                            key_pos,
                            Some("keep one of them"),
                        ));
                    } else {
                        entries.push(Entry { key: k, key_pos, value: node });
                    }
                }
            },
        }
        if let Some((message, pos, hint)) = problem {
            self.problem(message, pos, hint, false);
        }
        false
    }
}

/// `<<: *base` (or a list of them): keys the block does not set itself come from the merged blocks.
fn merge_into(entries: &mut Vec<Entry>, merged: Node) {
    match merged.value {
        Value::Map(more) => {
            for e in more {
                if !entries.iter().any(|x| x.key == e.key) {
                    entries.push(e);
                }
            }
        }
        Value::Seq(items) => {
            for item in items {
                merge_into(entries, item);
            }
        }
        Value::Scalar(_) => {}
    }
}

fn count(node: &Node) -> usize {
    1 + match &node.value {
        Value::Scalar(_) => 0,
        Value::Seq(items) => items.iter().map(count).sum(),
        Value::Map(entries) => entries.iter().map(|e| count(&e.value)).sum(),
    }
}

pub fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_string() } else { format!("{parent}.{key}") }
}

/// What usually causes the YAML parser's complaints, in the user's terms.
pub fn syntax_hint(message: &str) -> Option<String> {
    // Most specific first: a tab or an unclosed quote also upsets the indentation.
    let hint = if message.contains("mapping values are not allowed") {
        "text containing `: ` must be quoted, e.g. summary: \"3 reels: 45 sales\""
    } else if message.split(|c: char| !c.is_alphanumeric()).any(|w| w == "tab" || w == "tabs") {
        "YAML indents with spaces, not tabs"
    } else if message.contains("quoted scalar") {
        "a quoted value is not closed: look for a `\"` or `'` without its partner on this line or above"
    } else if message.contains("indicator") || message.contains("indentation") || message.contains("block") {
        "check the indentation: keys of one block, and the `- ` of list items, line up in the same column"
    } else if message.contains("found character that cannot start any token") {
        "YAML indents with spaces, not tabs"
    } else if message.contains("unexpected end") || message.contains("unclosed quote") {
        "a quote or bracket is not closed"
    } else if message.contains("bracket") {
        "brackets `[ ]` and `{ }` must pair up: close each one, or write the items as an indented block"
    } else if message == "simple key expected ':'" {
        "each line of a block is `key: value`; text that goes on from the line above must be indented under it or quoted"
    } else if message.starts_with("unexpected character: `\\u{") || message.contains("control character") {
        "the line holds an invisible control character; delete and retype it"
    } else if message.starts_with("unexpected character") {
        "a value that starts with `@`, `` ` ``, `%` or another YAML symbol must be quoted, e.g. handle: \"@avaglows\""
    } else if message.contains("BOM") {
        "an invisible byte-order mark (U+FEFF) sits inside the file; delete and retype the line"
    } else if message.contains("document start") || message.contains("document end") || message.contains("directive") {
        "a line `---`, `...` or `%…` splits or ends a YAML document; mediakit reads one document per file"
    } else {
        return None;
    };
    Some(hint.to_string())
}

/// How a plain scalar reads when a number, a yes/no or nothing may be meant
/// (the YAML 1.2 core schema, with YAML 1.1's yes/no/on/off as booleans).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Resolved<'a> {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    /// `.nan`, `.inf` or a decimal too large for a 64-bit float.
    NonFinite,
    Str(&'a str),
}

impl Scalar {
    pub fn resolve(&self) -> Resolved<'_> {
        let t = self.text.trim_matches([' ', '\t', '\r', '\n']);
        match self.tag {
            Some(CoreTag::Str) => return Resolved::Str(&self.text),
            Some(CoreTag::Null) => return Resolved::Null,
            Some(CoreTag::Bool) => return bool_of(t).map_or(Resolved::Str(&self.text), Resolved::Bool),
            Some(CoreTag::Int) => return int_of(t).map_or(Resolved::Str(&self.text), Resolved::Int),
            Some(CoreTag::Float) => return float_of(t).unwrap_or(Resolved::Str(&self.text)),
            None => {}
        }
        if !self.plain {
            return Resolved::Str(&self.text);
        }
        if matches!(t, "" | "~" | "null" | "Null" | "NULL") {
            return Resolved::Null;
        }
        if let Some(b) = bool_of(t) {
            return Resolved::Bool(b);
        }
        if let Some(i) = int_of(t) {
            return Resolved::Int(i);
        }
        float_of(t).unwrap_or(Resolved::Str(&self.text))
    }

    pub fn is_null(&self) -> bool {
        matches!(self.resolve(), Resolved::Null)
    }
}

fn bool_of(t: &str) -> Option<bool> {
    const TRUE: [&str; 4] = ["true", "yes", "y", "on"];
    const FALSE: [&str; 4] = ["false", "no", "n", "off"];
    if TRUE.iter().any(|w| t.eq_ignore_ascii_case(w)) {
        Some(true)
    } else if FALSE.iter().any(|w| t.eq_ignore_ascii_case(w)) {
        Some(false)
    } else {
        None
    }
}

fn int_of(t: &str) -> Option<i128> {
    let (neg, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let (radix, digits) = if let Some(d) = rest.strip_prefix("0x").or_else(|| rest.strip_prefix("0X")) {
        (16, d)
    } else if let Some(d) = rest.strip_prefix("0o").or_else(|| rest.strip_prefix("0O")) {
        (8, d)
    } else if let Some(d) = rest.strip_prefix("0b").or_else(|| rest.strip_prefix("0B")) {
        (2, d)
    } else {
        // `0755` is text, not an old-style octal number.
        if rest.len() > 1 && rest.starts_with('0') {
            return None;
        }
        (10, rest)
    };
    let bytes = digits.as_bytes();
    if bytes.is_empty() || bytes[0] == b'_' || bytes[bytes.len() - 1] == b'_' || digits.contains("__") {
        return None;
    }
    let mut value: i128 = 0;
    for &b in bytes {
        if b == b'_' {
            continue;
        }
        let d = (b as char).to_digit(radix)?;
        value = value.checked_mul(i128::from(radix))?.checked_add(i128::from(d))?;
    }
    Some(if neg { -value } else { value })
}

fn float_of(t: &str) -> Option<Resolved<'static>> {
    let unsigned = t.strip_prefix(['+', '-']).unwrap_or(t);
    if matches!(unsigned, ".nan" | ".NaN" | ".NAN" | ".inf" | ".Inf" | ".INF") {
        return Some(Resolved::NonFinite);
    }
    // Only numerals: Rust would also read `inf` or `nan`, which YAML keeps as text.
    let first = unsigned.as_bytes().first()?;
    if !(first.is_ascii_digit() || *first == b'.' && unsigned.len() > 1) {
        return None;
    }
    if !unsigned.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')) {
        return None;
    }
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Some(Resolved::Float(v)),
        Ok(_) => Some(Resolved::NonFinite),
        Err(_) => None,
    }
}

impl Node {
    pub fn scalar(&self) -> Option<&Scalar> {
        match &self.value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.value),
            _ => None,
        }
    }

    /// What the node is, for "expected …, found …".
    pub fn describe(&self) -> String {
        match &self.value {
            Value::Seq(_) => "a list".to_string(),
            Value::Map(_) => "a block of `key: value` fields".to_string(),
            Value::Scalar(s) => match s.resolve() {
                Resolved::Null => "nothing".to_string(),
                Resolved::Bool(b) => b.to_string(),
                Resolved::Int(_) | Resolved::Float(_) | Resolved::NonFinite => s.text.trim().to_string(),
                Resolved::Str(text) => format!("the text \"{}\"", crate::model::values::clip(text)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(text: &str) -> Node {
        let p = parse(text);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        p.root.expect("root")
    }

    #[test]
    fn keeps_positions_of_keys_and_values() {
        let r = root("name: Ava\nplatforms:\n  - platform: instagram\n    followers: 3\n  - {platform: x}\n");
        let Value::Map(entries) = &r.value else { panic!() };
        assert_eq!(entries[0].key_pos, (1, 1));
        assert_eq!(entries[0].value.pos, (1, 7));
        let platforms = r.get("platforms").expect("platforms");
        let Value::Seq(items) = &platforms.value else { panic!() };
        assert_eq!(items[0].get("followers").map(|n| n.pos), Some((4, 16)));
        assert_eq!(items[1].pos, (5, 5));
    }

    #[test]
    fn resolves_scalars_like_yaml_core() {
        let s = |t: &str| Scalar { text: t.to_string(), plain: true, tag: None };
        assert_eq!(s("48200").resolve(), Resolved::Int(48200));
        assert_eq!(s("-3").resolve(), Resolved::Int(-3));
        assert_eq!(s("1_000").resolve(), Resolved::Int(1000));
        assert_eq!(s("0x10").resolve(), Resolved::Int(16));
        assert_eq!(s("0.5").resolve(), Resolved::Float(0.5));
        assert_eq!(s("1e3").resolve(), Resolved::Float(1000.0));
        assert_eq!(s(".nan").resolve(), Resolved::NonFinite);
        assert_eq!(s("1e999").resolve(), Resolved::NonFinite);
        assert_eq!(s("~").resolve(), Resolved::Null);
        assert_eq!(s("").resolve(), Resolved::Null);
        assert_eq!(s("yes").resolve(), Resolved::Bool(true));
        // Not an octal integer; YAML 1.2 reads it as the float 755.
        assert_eq!(s("0755").resolve(), Resolved::Float(755.0));
        assert_eq!(s("inf").resolve(), Resolved::Str("inf"));
        assert_eq!(s("2026-03-05").resolve(), Resolved::Str("2026-03-05"));
        let quoted = Scalar { text: "12".to_string(), plain: false, tag: None };
        assert_eq!(quoted.resolve(), Resolved::Str("12"));
    }

    #[test]
    fn reports_duplicates_and_keeps_the_first() {
        let p = parse("name: A\nname: B\n");
        assert_eq!(p.problems[0].message, "`name` is written twice in the same block");
        assert_eq!(p.problems[0].pos, (2, 1));
        let r = p.root.expect("root");
        assert_eq!(r.get("name").and_then(Node::scalar).map(|s| s.text.as_str()), Some("A"));
    }

    #[test]
    fn aliases_and_merges_are_expanded() {
        let r = root("base: &b {likes: 3}\npost:\n  <<: *b\n  saves: 1\ncopy: *b\n");
        let post = r.get("post").expect("post");
        assert!(post.get("likes").is_some() && post.get("saves").is_some());
        let copy = r.get("copy").expect("copy");
        assert_eq!(copy.pos, (5, 7));
        assert_eq!(copy.anchor_line, Some(1));
    }

    #[test]
    fn keeps_the_part_before_a_syntax_error() {
        let p = parse("name: Ava\ntagline: ok\nbio: [unclosed\n");
        assert!(p.problems.iter().any(|x| x.fatal), "{:?}", p.problems);
        let r = p.root.expect("partial root");
        assert!(r.incomplete);
        assert!(r.get("tagline").is_some());
        assert_eq!(p.problems[0].message, "this `[` is never closed");
        assert_eq!((p.problems[0].pos, p.problems[0].path.as_str()), ((3, 6), "bio"));
    }

    #[test]
    fn alias_bombs_stop() {
        let mut src = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..8u8 {
            let (p, n) = ((b'a' + i) as char, (b'a' + i + 1) as char);
            src.push_str(&format!("{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"));
        }
        let p = parse(&src);
        assert!(p.problems.iter().any(|x| x.message.contains("aliases")), "{:?}", p.problems);
    }

    #[test]
    fn deep_nesting_stops() {
        let p = parse(&format!("a: {}{}", "[".repeat(500), "]".repeat(500)));
        assert!(p.problems.iter().any(|x| x.message.contains("nested too deeply")), "{:?}", p.problems);
    }
}
