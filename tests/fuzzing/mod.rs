//! A small deterministic mutation fuzzer for YAML content files.
//!
//! Hand-rolled rather than proptest: the interesting inputs are line- and
//! token-level edits of real content files (which proptest would need custom
//! strategies for anyway), shrinking matters little when every failing input
//! is saved whole to the corpus, and it adds no crates to the build.

#![allow(dead_code)]

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// The seed CI runs with; `MEDIAKIT_FUZZ_SEED` picks another for a local hunt.
pub const DEFAULT_SEED: u64 = 0x6d65_6469_616b_6974;

pub fn seed() -> u64 {
    std::env::var("MEDIAKIT_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_SEED)
}

/// `default` cases, or `MEDIAKIT_FUZZ_CASES` for a longer local run.
pub fn cases(default: usize) -> usize {
    std::env::var("MEDIAKIT_FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

/// xorshift64*: tiny, fast and the same on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Tokens that stress a YAML loader: anchors and aliases, tags, flow
/// brackets, tabs, document markers, and numbers no real profile has.
pub const SPECIAL_TOKENS: &[&str] = &[
    "&a ",
    "*a",
    "*nope",
    "!!binary ",
    "!!str ",
    "!!int ",
    "!!float ",
    "!!map ",
    "!custom ",
    "{",
    "}",
    "[",
    "]",
    "{}",
    "[]",
    "\t",
    ": ",
    "- ",
    "? ",
    "#",
    "'",
    "\"",
    "|",
    ">-",
    "<<: *a",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "~",
    "null",
    "\u{feff}",
    "\u{2028}",
    "\r",
    "\\",
    "💥",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999999",
    "1e300",
    "-1e300",
    "1e999",
    "-0",
    "-0.0",
    "0",
    ".nan",
    ".NaN",
    ".inf",
    "-.inf",
    "0x1F",
    "0o17",
    "1_000",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "../../etc/passwd",
];

/// Numbers that replace a number in place, keeping the YAML valid so that the
/// value reaches compute and render.
pub const ABSURD_NUMBERS: &[&str] = &[
    "0",
    "-0",
    "0.0",
    "-0.0",
    "1",
    "18446744073709551615",
    "18446744073709551614",
    "9007199254740993",
    "4294967296",
    "1e300",
    "1.7976931348623157e308",
    "5e-324",
    "0.0001",
    "-1",
    ".nan",
    ".inf",
];

/// Byte ranges of the plain numbers in `text` (`48200`, `0.10`, `-3`), not
/// counting digits inside dates, words or quoted keys.
pub fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_value = i == 0 || matches!(bytes[i - 1], b' ' | b'[' | b'{' | b',' | b'\n');
        if starts_value
            && (bytes[i].is_ascii_digit() || (bytes[i] == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'.') {
                j += 1;
            }
            let ends_value = j == bytes.len() || matches!(bytes[j], b',' | b'}' | b']' | b'\n' | b' ' | b'\r');
            if ends_value {
                spans.push((i, j));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    spans
}

fn char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One random edit of `text`.
pub fn mutate_once(rng: &mut Rng, text: &str) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    match rng.below(10) {
        0 if !lines.is_empty() => {
            lines.remove(rng.below(lines.len()));
            lines.concat()
        }
        1 if !lines.is_empty() => {
            let i = rng.below(lines.len());
            lines.insert(i, lines[i]);
            lines.concat()
        }
        2 if lines.len() > 1 => {
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            lines.swap(a, b);
            lines.concat()
        }
        3 if !text.is_empty() => {
            // Flip one character to a character with meaning in YAML.
            let at = char_boundary(text, rng.below(text.len()));
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            let with = *rng.pick(&[":", "-", " ", "\t", "\n", "#", "&", "*", "!", "%", "@", "`", "x", "0", "\"", "'"]);
            format!("{}{with}{}", &text[..at], &text[end..])
        }
        4 | 5 => {
            let at = char_boundary(text, rng.below(text.len() + 1));
            format!("{}{}{}", &text[..at], rng.pick(SPECIAL_TOKENS), &text[at..])
        }
        6 | 7 => {
            let spans = number_spans(text);
            if spans.is_empty() {
                return text.to_string();
            }
            let (a, b) = *rng.pick(&spans);
            format!("{}{}{}", &text[..a], rng.pick(ABSURD_NUMBERS), &text[b..])
        }
        8 if !lines.is_empty() => {
            // Indent or dedent a line by two spaces.
            let i = rng.below(lines.len());
            let line = lines[i];
            let changed =
                if rng.chance(2) { format!("  {line}") } else { line.strip_prefix("  ").unwrap_or(line).to_string() };
            let mut out: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            out[i] = changed;
            out.concat()
        }
        _ => {
            let at = char_boundary(text, rng.below(text.len() + 1));
            text[..at].to_string()
        }
    }
}

/// Between one and four random edits.
pub fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut out = text.to_string();
    for _ in 0..=rng.below(4) {
        out = mutate_once(rng, &out);
    }
    out
}

/// Text made of YAML-ish fragments, with no seed file behind it.
pub fn random_yaml(rng: &mut Rng) -> String {
    const WORDS: &[&str] = &[
        "name",
        "platforms",
        "followers",
        "platform",
        "instagram",
        "creators",
        "creator",
        "posts",
        "likes",
        "audience",
        "gender",
        "rates",
        "items",
        "price",
        "history",
        "date",
        "start",
        "end",
        "title",
        "base_url",
        "tiers",
        "x",
        "",
    ];
    let mut out = String::new();
    for _ in 0..rng.below(40) {
        match rng.below(6) {
            0 => out.push_str(rng.pick::<&str>(WORDS)),
            1 => out.push_str(rng.pick::<&str>(SPECIAL_TOKENS)),
            2 => out.push_str(rng.pick::<&str>(ABSURD_NUMBERS)),
            3 => out.push_str(&" ".repeat(rng.below(6))),
            4 => out.push('\n'),
            _ => out.push_str(rng.pick::<&str>(&[": ", "- ", ", ", "{", "}", "[", "]"])),
        }
    }
    out
}

/// What running one input produced.
pub enum Outcome {
    Built,
    Failed(String),
}

/// Runs `f`, turning a panic into an `Err` with its message.
pub fn no_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panic with a non-text payload".to_string())
    })
}

/// Saves an input that broke a guarantee, so it can be added to `tests/corpus/`.
pub fn save_failure(kind: &str, case: usize, text: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    let _ = fs::create_dir_all(&dir);
    let path = dir.join(format!("{kind}-{case:05}.yaml"));
    let _ = fs::write(&path, text);
    path
}

/// Text output files (pages, SVG, JSON, XML, CSS) that contain `NaN` or an
/// infinity written as a word, with the offending token.
pub fn non_finite_in_output(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        let name = entry.to_string_lossy().into_owned();
        if !(name.ends_with(".html")
            || name.ends_with(".svg")
            || name.ends_with(".json")
            || name.ends_with(".xml")
            || name.ends_with(".css"))
        {
            continue;
        }
        let Ok(text) = fs::read_to_string(&entry) else { continue };
        if let Some(token) = non_finite_token(&text) {
            found.push((name, token));
        }
    }
    found
}

/// The first `NaN` / `inf` written as a figure. One that follows a dot is the
/// YAML spelling (`.nan`, `.inf`) echoed back as text from a quoted field,
/// which is the user's own words, not a computed number.
pub fn non_finite_token(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if !bytes[start].is_ascii_alphanumeric() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let token = &text[start..end];
        let after_dot = start > 0 && bytes[start - 1] == b'.';
        if !after_dot && matches!(token, "NaN" | "nan" | "inf" | "Inf" | "infinity" | "Infinity") {
            let from = text[..start].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
            let to = (end + 30).min(text.len());
            let to = (to..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
            return Some(text[from..to].to_string());
        }
        start = end;
    }
    None
}

/// Every file under `dir`, sorted.
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(read) = fs::read_dir(dir) else { return out };
    let mut entries: Vec<PathBuf> = read.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
