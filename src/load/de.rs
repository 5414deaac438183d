//! The typed model read from a [`tree`](crate::load::tree): a serde
//! `Deserializer` over its nodes, with YAML's rules for scalars (a plain
//! `48200` is a number, `~` is nothing, any scalar is text where text is
//! expected). An error carries the position and field path of the node that
//! caused it.

use std::fmt;

use serde::de::{self, DeserializeOwned, Expected, IntoDeserializer, Unexpected, Visitor};

use crate::load::tree::{Entry, Node, Pos, Resolved, Scalar, Value};

/// Why a node could not be read, and where.
#[derive(Clone, Debug)]
pub struct Error {
    pub message: String,
    pub hint: Option<String>,
    /// The position and field path of the node, filled in on the way out.
    pub at: Option<(Pos, String)>,
}

impl Error {
    fn new(message: impl Into<String>) -> Error {
        Error { message: message.into(), hint: None, at: None }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error::new(msg.to_string())
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Error {
        Error::new(format!("expected {}, found {}", friendly_expected(&exp.to_string()), found(&unexp)))
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Error {
        Error::new(format!("expected {}, found {}", friendly_expected(&exp.to_string()), found(&unexp)))
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Error {
        let mut e = Error::new(format!("unknown field `{field}`"));
        e.hint = Some(match crate::diagnostics::suggest::closest(field, expected.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("the fields allowed here are: {}", expected.join(", ")),
        });
        e
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Error {
        let mut e = Error::new(format!("unknown value `{variant}`"));
        let listed = expected.join(", ");
        e.hint = Some(match crate::diagnostics::suggest::closest(variant, expected.iter().copied()) {
            Some(best) => format!("did you mean `{best}`? (one of: {listed})"),
            None => format!("expected one of: {listed}"),
        });
        e
    }

    fn missing_field(field: &'static str) -> Error {
        Error::new(format!("missing required field `{field}`"))
    }
}

fn found(unexp: &Unexpected<'_>) -> String {
    match unexp {
        Unexpected::Str(s) => format!("the text \"{}\"", crate::model::values::clip(s)),
        Unexpected::Unit | Unexpected::Option => "nothing".to_string(),
        Unexpected::Seq => "a list".to_string(),
        Unexpected::Map => "a block of `key: value` fields".to_string(),
        Unexpected::Bool(b) => b.to_string(),
        Unexpected::Signed(i) => i.to_string(),
        Unexpected::Unsigned(u) => u.to_string(),
        Unexpected::Float(f) => f.to_string(),
        other => other.to_string(),
    }
}

/// serde's wording is written for programmers; say what the user should write.
pub fn friendly_expected(expected: &str) -> String {
    match expected {
        "a string" | "a string scalar" | "a character" => "text".to_string(),
        "a sequence" => "a list (items starting with `- `)".to_string(),
        "a map" | "a mapping" => "a block of `key: value` fields".to_string(),
        "u16" => "a year such as 2026".to_string(),
        "u8" | "u32" | "u64" | "usize" => "a whole number".to_string(),
        "a boolean" => "true or false".to_string(),
        other if other.starts_with("struct ") => "a block of `key: value` fields".to_string(),
        other if other.starts_with("enum ") || other.starts_with("variant ") => "a single name".to_string(),
        other => other.to_string(),
    }
}

/// One step of a field path, kept on the stack until an error needs the whole path.
#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Key(&'a Step<'a>, &'a str),
    Index(&'a Step<'a>, usize),
}

impl Step<'_> {
    fn path(&self) -> String {
        match self {
            Step::Root => String::new(),
            Step::Key(parent, key) => crate::load::tree::join(&parent.path(), key),
            Step::Index(parent, i) => format!("{}[{i}]", parent.path()),
        }
    }
}

/// Reads `T` from a node.
pub fn from_node<T: DeserializeOwned>(node: &Node) -> Result<T, Error> {
    T::deserialize(NodeDe { node, point: node.pos, step: &Step::Root })
}

struct NodeDe<'a, 's> {
    node: &'a Node,
    /// Where a message about this node points: a scalar itself, a block by its key.
    point: Pos,
    step: &'s Step<'s>,
}

impl<'a, 's> NodeDe<'a, 's> {
    fn place(&self, mut e: Error) -> Error {
        if e.at.is_none() {
            e.at = Some((self.point, self.step.path()));
            if e.hint.is_none()
                && let Some(line) = self.node.anchor_line
            {
                e.hint = Some(format!("the value comes through an alias; its anchor `&…` is on line {line}"));
            }
        }
        e
    }

    fn unexpected(&self) -> Unexpected<'a> {
        match &self.node.value {
            Value::Seq(_) => Unexpected::Seq,
            Value::Map(_) => Unexpected::Map,
            Value::Scalar(s) => match s.resolve() {
                Resolved::Null => Unexpected::Unit,
                Resolved::Bool(b) => Unexpected::Bool(b),
                Resolved::Int(i) => match i64::try_from(i) {
                    Ok(v) => Unexpected::Signed(v),
                    Err(_) => Unexpected::Float(i as f64),
                },
                Resolved::Float(f) => Unexpected::Float(f),
                Resolved::NonFinite | Resolved::Str(_) => Unexpected::Str(&s.text),
            },
        }
    }

    fn wrong<V: Visitor<'a>>(&self, visitor: &V) -> Error {
        self.place(de::Error::invalid_type(self.unexpected(), visitor))
    }

    fn text(&self) -> Option<&'a Scalar> {
        match &self.node.value {
            Value::Scalar(s) if !s.is_null() => Some(s),
            _ => None,
        }
    }

    fn seq<V: Visitor<'a>>(&self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Seq(items) => {
                visitor.visit_seq(Items { items, next: 0, step: self.step }).map_err(|e| self.place(e))
            }
            _ => Err(self.wrong(&visitor)),
        }
    }

    fn map<V: Visitor<'a>>(&self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Map(entries) => {
                visitor.visit_map(Fields { entries, next: 0, step: self.step }).map_err(|e| self.place(e))
            }
            _ => Err(self.wrong(&visitor)),
        }
    }
}

fn non_finite(text: &str) -> Error {
    let t = text.trim();
    let what = if t.to_ascii_lowercase().contains("nan") { "not a number" } else { "infinite" };
    let mut e = Error::new(format!("expected a finite number, found `{t}` ({what})"));
    e.hint = Some("write plain digits such as 1200, or leave the field out when the figure is not known".to_string());
    e
}

impl<'de> de::Deserializer<'de> for NodeDe<'de, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let s = match &self.node.value {
            Value::Seq(_) => return self.seq(visitor),
            Value::Map(_) => return self.map(visitor),
            Value::Scalar(s) => s,
        };
        let result = match s.resolve() {
            Resolved::Null => visitor.visit_unit(),
            Resolved::Bool(b) => visitor.visit_bool(b),
            Resolved::Int(i) => match (u64::try_from(i), i64::try_from(i)) {
                (Ok(u), _) => visitor.visit_u64(u),
                (_, Ok(v)) => visitor.visit_i64(v),
                // Beyond 64 bits: read as the float it is closest to, as YAML does.
                _ => visitor.visit_f64(i as f64),
            },
            Resolved::Float(f) => visitor.visit_f64(f),
            Resolved::NonFinite => Err(non_finite(&s.text)),
            Resolved::Str(text) => visitor.visit_str(text),
        };
        result.map_err(|e| self.place(e))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.text() {
            Some(s) => visitor.visit_str(&s.text).map_err(|e| self.place(e)),
            None => Err(self.wrong(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Scalar(s) if s.is_null() => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_any(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.seq(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.map(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.text() {
            Some(s) => visitor
                .visit_enum(IntoDeserializer::<Error>::into_deserializer(s.text.as_str()))
                .map_err(|e| self.place(e)),
            None => Err(self.wrong(&visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64
    }
}

struct Items<'a, 's> {
    items: &'a [Node],
    next: usize,
    step: &'s Step<'s>,
}

impl<'de> de::SeqAccess<'de> for Items<'de, '_> {
    type Error = Error;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(node) = self.items.get(self.next) else { return Ok(None) };
        let step = Step::Index(self.step, self.next);
        self.next += 1;
        seed.deserialize(NodeDe { node, point: node.pos, step: &step }).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len() - self.next)
    }
}

struct Fields<'a, 's> {
    entries: &'a [Entry],
    next: usize,
    step: &'s Step<'s>,
}

impl<'de> de::MapAccess<'de> for Fields<'de, '_> {
    type Error = Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some(entry) = self.entries.get(self.next) else { return Ok(None) };
        seed.deserialize(IntoDeserializer::<Error>::into_deserializer(entry.key.as_str())).map(Some).map_err(|mut e| {
            let step = Step::Key(self.step, &entry.key);
            e.at = Some((entry.key_pos, step.path()));
            e
        })
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some(entry) = self.entries.get(self.next) else {
            return Err(Error::new("a key without a value"));
        };
        self.next += 1;
        let step = Step::Key(self.step, &entry.key);
        let point = if matches!(entry.value.value, Value::Scalar(_)) { entry.value.pos } else { entry.key_pos };
        seed.deserialize(NodeDe { node: &entry.value, point, step: &step })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len() - self.next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tree;
    use crate::model::creator::Creator;

    fn read<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
        from_node(&tree::parse(text).root.expect("root"))
    }

    #[test]
    fn reads_a_profile() {
        let c: Creator = read(
            "name: Ava\ntagline: 2026\nniches: [yes, skincare]\nplatforms:\n  - platform: instagram\n    followers: 48200\n    avg_likes: 1.5e3\naudience:\n  gender: {female: 70, male: 30}\n",
        )
        .expect("valid");
        assert_eq!(c.tagline.as_deref(), Some("2026"));
        assert_eq!(c.niches, ["yes", "skincare"]);
        assert_eq!(c.platforms[0].followers.map(|f| f.0), Some(48200));
        assert_eq!(c.platforms[0].avg_likes.map(|a| a.0), Some(1500.0));
        let gender = c.audience.and_then(|a| a.gender).expect("gender");
        assert_eq!(gender.0[0].0, "female");
    }

    #[test]
    fn errors_carry_position_and_path() {
        let e = read::<Creator>("name: Ava\nplatforms:\n  - platform: instagram\n    followers: -3\n").unwrap_err();
        assert_eq!(e.message, "expected a count of 0 or more, found -3");
        assert_eq!(e.at, Some(((4, 16), "platforms[0].followers".to_string())));
        let e = read::<Creator>("name: [Ava]\n").unwrap_err();
        assert_eq!(e.message, "expected text, found a list");
        let e = read::<Creator>("name: A\nplatforms:\n  - {platform: x, followers: .nan}\n").unwrap_err();
        assert_eq!(e.message, "expected a finite number, found `.nan` (not a number)");
        let e =
            read::<Creator>("name: A\nplatforms:\n  - {platform: x, followers: 18446744073709551616}\n").unwrap_err();
        assert!(e.message.starts_with("expected a whole number no larger than"), "{}", e.message);
    }
}
