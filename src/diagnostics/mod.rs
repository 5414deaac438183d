//! Problems found in a site, reported like a compiler: file, line, column,
//! the field path, the source line with a caret, and a hint where one fits.

pub mod suggest;

use std::fmt::{self, Write as _};

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as the user knows it, relative to the site root.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Where in the document, e.g. `platforms[1].followers`.
    pub field: Option<String>,
    pub message: String,
    pub hint: Option<String>,
    /// The offending line of source, for the caret display.
    pub source_line: Option<String>,
    /// How many characters the caret underlines.
    pub width: usize,
    /// Where the caret starts in `source_line`, which may be a window of a long line.
    #[serde(skip)]
    pub caret_column: Option<usize>,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            column: None,
            field: None,
            message: message.into(),
            hint: None,
            source_line: None,
            width: 1,
            caret_column: None,
        }
    }

    pub fn warning(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(file, message) }
    }

    pub fn field(mut self, field: impl Into<String>) -> Diagnostic {
        let field = field.into();
        // `?` stands for a key the path tracker could not name; the parent says more.
        let field = field.trim_end_matches(".?");
        if !field.is_empty() && field != "." && field != "?" {
            self.field = Some(field.to_string());
        }
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn maybe_hint(self, hint: Option<String>) -> Diagnostic {
        match hint {
            Some(h) => self.hint(h),
            None => self,
        }
    }

    /// Places the diagnostic at a 1-based line and column of `source`.
    pub fn at(mut self, source: &str, line: usize, column: usize) -> Diagnostic {
        self.line = Some(line.max(1));
        self.column = Some(column.max(1));
        if let Some(text) = source.lines().nth(line.saturating_sub(1)) {
            let text = printable(text.trim_end_matches('\r'));
            let (window, col) = window(&text, column.max(1));
            self.width = token_width(&window, col).min(WINDOW);
            self.source_line = Some(window);
            // The caret is drawn against the windowed line; the reported column stays real.
            self.caret_column = Some(col);
        }
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn sort_key(&self) -> (&str, usize, usize, Severity, &str) {
        (&self.file, self.line.unwrap_or(0), self.column.unwrap_or(0), self.severity, &self.message)
    }
}

/// A source line safe to print on a terminal: control characters (an escape
/// sequence in a file could recolour or clear the screen) become `�`, one
/// character each so the caret stays aligned. Tabs are kept for the caret.
fn printable(line: &str) -> String {
    line.chars().map(|c| if c.is_control() && c != '\t' { '\u{fffd}' } else { c }).collect()
}

/// Message text safe to print: control characters are written as escapes;
/// newlines stay, because multi-line hints show a YAML example.
pub fn escaped(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Longest stretch of a source line shown in a message.
const WINDOW: usize = 100;

/// A long line cut to a window around `column` (1-based), with the column
/// inside the window. Minified or generated YAML can have lines of megabytes.
fn window(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= WINDOW {
        return (line.to_string(), column);
    }
    let start = column.saturating_sub(WINDOW / 3 + 1).min(chars.len().saturating_sub(WINDOW));
    let end = (start + WINDOW).min(chars.len());
    let mut text: String = chars[start..end].iter().collect();
    let mut col = column - start;
    if start > 0 {
        text.insert(0, '…');
        col += 1;
    }
    if end < chars.len() {
        text.push('…');
    }
    (text, col)
}

/// The width of the YAML token starting at `column`, so the caret underlines
/// the whole value or key rather than a single character.
fn token_width(line: &str, column: usize) -> usize {
    let rest: String = line.chars().skip(column - 1).collect();
    let mut chars = rest.chars();
    let width = match chars.next() {
        None | Some('[' | '{') => 1,
        Some(q @ ('"' | '\'')) => chars.position(|c| c == q).map_or(rest.chars().count(), |p| p + 2),
        Some(_) => rest
            .chars()
            .position(|c| c.is_whitespace() || matches!(c, ',' | ']' | '}' | ':' | '#'))
            .unwrap_or(rest.chars().count()),
    };
    width.max(1)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", escaped(&self.message))?;
        let mut location = escaped(&self.file).into_owned();
        if let Some(line) = self.line {
            let _ = write!(location, ":{line}");
            if let Some(col) = self.column {
                let _ = write!(location, ":{col}");
            }
        }
        let gutter = self.line.map_or(1, |l| l.to_string().len());
        let pad = " ".repeat(gutter);
        writeln!(f, "{pad}--> {location}")?;
        match (&self.source_line, self.line, self.caret_column.or(self.column)) {
            (Some(text), Some(line), Some(col)) => {
                writeln!(f, "{pad} |")?;
                writeln!(f, "{line} | {}", text.replace('\t', " "))?;
                let lead: String = text
                    .chars()
                    .take(col - 1)
                    .map(|c| {
                        if c == '\t' {
                            ' '
                        } else if c.is_whitespace() {
                            c
                        } else {
                            ' '
                        }
                    })
                    .collect();
                let field = self.field.as_deref().map(|p| format!(" {}", escaped(p))).unwrap_or_default();
                writeln!(f, "{pad} | {lead}{}{field}", "^".repeat(self.width))?;
            }
            _ => {
                if let Some(field) = &self.field {
                    writeln!(f, "{pad} = field: {}", escaped(field))?;
                }
            }
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "{pad} = hint: {}", escaped(hint))?;
        }
        Ok(())
    }
}

/// Every problem found in one run, kept in a stable order.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Prints every diagnostic to stderr, as `check` does.
    pub fn eprint(&self) {
        use std::io::Write;
        if !self.is_empty() {
            let _ = std::io::stderr().lock().write_all(self.render().as_bytes());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.items.dedup();
    }

    /// All diagnostics followed by a one-line count, as `check` and `build` print them.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for d in &self.items {
            let _ = writeln!(out, "{d}");
        }
        let files = {
            let mut f: Vec<&str> = self.items.iter().filter(|d| d.is_error()).map(|d| d.file.as_str()).collect();
            f.sort();
            f.dedup();
            f.len()
        };
        let errors = self.error_count();
        if errors > 0 {
            let _ = writeln!(
                out,
                "{} in {} {}",
                plural(errors, "error", "errors"),
                files,
                if files == 1 { "file" } else { "files" }
            );
        } else if !self.items.is_empty() {
            let _ = writeln!(out, "{}", plural(self.warning_count(), "warning", "warnings"));
        }
        out
    }
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_a_compiler() {
        let src = "name: Ava\nplatforms:\n  - platform: instagram\n    folowers: 3\n";
        let d = Diagnostic::error("content/creators/ava.yaml", "unknown field `folowers`")
            .at(src, 4, 5)
            .field("platforms[0].folowers")
            .hint("did you mean `followers`?");
        let text = d.to_string();
        assert!(text.contains("--> content/creators/ava.yaml:4:5"), "{text}");
        assert!(text.contains("4 |     folowers: 3"), "{text}");
        assert!(text.contains("  |     ^^^^^^^^ platforms[0].folowers"), "{text}");
        assert!(text.contains("= hint: did you mean `followers`?"), "{text}");
    }

    #[test]
    fn caret_covers_quoted_values() {
        assert_eq!(token_width("  name: \"Ava Chen\" # x", 9), 10);
        assert_eq!(token_width("  followers: -3", 14), 2);
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let src = "name: A\u{1b}[2Jx\n";
        let d = Diagnostic::error("a\u{1b}.yaml", "bad `\u{1b}`").at(src, 1, 8).field("x.?").hint("one\ntwo\u{7}");
        let text = d.to_string();
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
        assert!(text.contains("1 | name: A\u{fffd}[2Jx"), "{text}");
        assert!(text.contains("^ x\n"), "{text}");
        assert!(text.contains("= hint: one\ntwo\\u{7}"), "{text}");
    }

    #[test]
    fn long_lines_are_windowed() {
        let src = format!("name: {}x: 1\n", "[".repeat(5000));
        let d = Diagnostic::error("a.yaml", "bad").at(&src, 1, 5007);
        let text = d.to_string();
        assert!(text.contains(":1:5007"));
        assert!(text.lines().all(|l| l.chars().count() < 140), "{text}");
        assert!(text.contains('^'));
    }
}
