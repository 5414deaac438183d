//! Maps a field path such as `platforms[1].followers` to its line and column.
//!
//! Checks that run after deserialisation (dates in order, shares adding up,
//! known creator slugs) know the path of what they complain about; this index
//! turns the path into a position, so every message can point at the source.
//! It is built only when such a check fails.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser};

/// 1-based line and column.
pub type Position = (usize, usize);

pub struct Locator {
    positions: HashMap<String, Position>,
}

enum Frame {
    Map { path: String, key: Option<(String, Position)>, expecting_key: bool },
    Seq { path: String, index: usize },
}

/// Files with more events than this are not indexed further; positions fall
/// back to the nearest indexed parent.
const MAX_EVENTS: usize = 1_000_000;

impl Locator {
    pub fn new(source: &str) -> Locator {
        let mut positions = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut parser = Parser::new_from_str(source);
        let mut seen = 0usize;
        while let Some(Ok((event, span))) = parser.next_event() {
            seen += 1;
            if seen > MAX_EVENTS {
                break;
            }
            let here = (span.start.line(), span.start.col() + 1);
            let (is_node, scalar) = match &event {
                Event::Scalar(text, ..) => (true, Some(text.to_string())),
                Event::MappingStart(..) | Event::SequenceStart(..) | Event::Alias(..) => (true, None),
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                    continue;
                }
                _ => (false, None),
            };
            if !is_node {
                continue;
            }
            // Where this node sits, and the position a message about it should use.
            let placed: Option<(String, Position)> = match stack.last_mut() {
                None => Some((String::new(), here)),
                Some(Frame::Map { key, expecting_key, .. }) if *expecting_key => {
                    *key = scalar.clone().map(|k| (k, here));
                    *expecting_key = false;
                    None
                }
                Some(Frame::Map { path, key, expecting_key }) => {
                    *expecting_key = true;
                    key.take().map(|(k, key_pos)| {
                        let child = join(path, &k);
                        // A collection is best pointed at by its key; a scalar by itself.
                        (child, if scalar.is_some() { here } else { key_pos })
                    })
                }
                Some(Frame::Seq { path, index }) => {
                    let child = format!("{path}[{index}]");
                    *index += 1;
                    Some((child, here))
                }
            };
            let child_path = placed.as_ref().map(|(p, _)| p.clone());
            if let Some((path, pos)) = placed {
                positions.entry(path).or_insert(pos);
            }
            match event {
                Event::MappingStart(..) => stack.push(Frame::Map {
                    path: child_path.unwrap_or_else(|| "?".to_string()),
                    key: None,
                    expecting_key: true,
                }),
                Event::SequenceStart(..) => {
                    stack.push(Frame::Seq { path: child_path.unwrap_or_else(|| "?".to_string()), index: 0 })
                }
                _ => {}
            }
        }
        Locator { positions }
    }

    /// The position of `path` itself, if the file has it.
    pub fn exact(&self, path: &str) -> Option<Position> {
        self.positions.get(path).copied()
    }

    /// The position of `path`, or of its nearest ancestor that exists.
    pub fn find(&self, path: &str) -> Option<Position> {
        let mut p = path.to_string();
        loop {
            if let Some(pos) = self.positions.get(&p) {
                return Some(*pos);
            }
            if p.is_empty() {
                return None;
            }
            p = parent(&p).to_string();
        }
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_string() } else { format!("{parent}.{key}") }
}

fn parent(path: &str) -> &str {
    match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "name: Ava\nplatforms:\n  - platform: instagram\n    followers: 3\n  - {platform: tiktok, followers: 9}\naudience:\n  gender: {female: 50}\n";

    #[test]
    fn finds_scalars_collections_and_flow_items() {
        let loc = Locator::new(SRC);
        assert_eq!(loc.find("name"), Some((1, 7)));
        assert_eq!(loc.find("platforms[0].followers"), Some((4, 16)));
        assert_eq!(loc.find("platforms[1].followers"), Some((5, 35)));
        assert_eq!(loc.find("audience.gender"), Some((7, 3)));
        assert_eq!(loc.find("platforms"), Some((2, 1)));
    }

    #[test]
    fn falls_back_to_the_nearest_parent() {
        let loc = Locator::new(SRC);
        assert_eq!(loc.find("platforms[0].history[2].date"), Some((3, 5)));
    }

    #[test]
    fn survives_broken_yaml() {
        let loc = Locator::new("a: [1, 2\nb: {");
        let _ = loc.find("a[0]");
    }
}
