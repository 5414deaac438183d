//! A built page as readable text for snapshots: what a reader sees, plus the
//! attributes that carry meaning (links, image sources and alternatives,
//! titles, ARIA labels, inline styles such as a goal bar's width).
//!
//! - the `<head>` as one line per element (`title`, `meta`, `link`, the
//!   brand `<style>` and JSON-LD with their contents);
//! - the body as markdown-like lines: `#` headings, `- ` list items,
//!   `| a | b |` table rows, `term: value` for `<dt>`/`<dd>`, links as
//!   `[text](href)`, images as `![alt](src)`, and `{name="value"}` for the
//!   other attributes kept;
//! - an inline SVG chart as its title, description and text labels (its
//!   shapes are left out: they are drawn from the same figures);
//! - whitespace collapsed and blank lines dropped, so re-indenting a
//!   template changes nothing, while any label, figure or link does.

/// Elements that start and end a line of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "ul",
];

/// Elements without an end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// Attributes kept on body elements, in this order.
const KEPT: &[&str] = &[
    "href",
    "src",
    "alt",
    "title",
    "aria-label",
    "aria-current",
    "rel",
    "style",
    "datetime",
    "value",
    "max",
    "lang",
    "dir",
];

enum Token {
    Text(String),
    Start { name: String, attrs: Vec<(String, String)>, closed: bool },
    End(String),
}

fn tokenize(html: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push(Token::Text(rest.to_string()));
            break;
        };
        if lt > 0 {
            out.push(Token::Text(rest[..lt].to_string()));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
            continue;
        }
        let end = tag_end(rest);
        let inner = &rest[1..end.saturating_sub(1).max(1)];
        rest = &rest[end..];
        if let Some(name) = inner.strip_prefix('/') {
            out.push(Token::End(name.trim().to_ascii_lowercase()));
            continue;
        }
        let name: String = inner.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':').collect();
        if name.is_empty() {
            out.push(Token::Text(format!("<{inner}>")));
            continue;
        }
        let name = name.to_ascii_lowercase();
        let closed = inner.trim_end().ends_with('/');
        let attrs = attributes(&inner[name.len()..]);
        let raw = matches!(name.as_str(), "script" | "style");
        out.push(Token::Start { name: name.clone(), attrs, closed });
        if raw {
            let close = format!("</{name}");
            let stop = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
            out.push(Token::Text(rest[..stop].to_string()));
            rest = &rest[stop..];
        }
    }
    out
}

/// The index just past the `>` that ends the tag at the start of `text`,
/// honouring quoted attribute values.
fn tag_end(text: &str) -> usize {
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    text.len()
}

fn attributes(text: &str) -> Vec<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == '/') {
            i += 1;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '=' && chars[i] != '/' {
            i += 1;
        }
        let name: String = chars[start..i].iter().collect::<String>().to_ascii_lowercase();
        let mut value = String::new();
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            if i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
                let quote = chars[i];
                i += 1;
                while i < chars.len() && chars[i] != quote {
                    value.push(chars[i]);
                    i += 1;
                }
                i += 1;
            } else {
                while i < chars.len() && !chars[i].is_whitespace() {
                    value.push(chars[i]);
                    i += 1;
                }
            }
        }
        if !name.is_empty() {
            out.push((name, decode(&value)));
        }
    }
    out
}

/// Character references decoded, as a browser shows them.
pub fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1);
        let decoded = end.filter(|&e| rest[e..].starts_with(';')).and_then(|e| {
            let entity = &rest[1..e];
            let c = if let Some(hex) = entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = entity.strip_prefix('#') {
                dec.parse().ok().and_then(char::from_u32)
            } else {
                match entity {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                }
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

fn annotations(attrs: &[(String, String)], skip: &[&str]) -> String {
    let mut out = String::new();
    for kept in KEPT {
        if skip.contains(kept) {
            continue;
        }
        for (name, value) in attrs.iter().filter(|(n, _)| n == kept) {
            out.push_str(&format!("{{{name}=\"{}\"}}", collapse(value).trim()));
        }
    }
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

#[derive(Default)]
struct Svg {
    depth: usize,
    /// The element whose text is being collected: `title`, `desc` or `text`.
    inside: Option<String>,
    title: String,
    desc: String,
    labels: Vec<String>,
    label: String,
    attrs: String,
}

#[derive(Default)]
struct Outline {
    lines: Vec<String>,
    line: String,
    /// Open elements, with what their end tag writes.
    stack: Vec<(String, String)>,
    in_head: bool,
    /// Inside `<script>` or `<style>`: their text, written on their end.
    raw: Option<(String, String, String)>,
    svg: Svg,
}

impl Outline {
    fn flush(&mut self) {
        let line = self.line.trim().to_string();
        // A list item or table row whose content starts with a block of its
        // own keeps its marker for that content.
        if line == "-" || line == "|" {
            return;
        }
        self.line.clear();
        if !line.is_empty() {
            self.lines.push(line);
        }
    }

    /// A boundary between inline elements: a space unless one is there.
    fn soft_space(&mut self) {
        if !self.line.is_empty() && !self.line.ends_with([' ', '[', '(']) {
            self.line.push(' ');
        }
    }

    fn text(&mut self, text: &str) {
        let text = collapse(&decode(text));
        let at_start = self.line.is_empty() || self.line.ends_with(['[', ' ', '(']);
        self.line.push_str(if at_start { text.trim_start() } else { &text });
    }

    /// Writes `closer` right after the text before it (no space between).
    fn close(&mut self, closer: &str) {
        let trimmed = self.line.trim_end().len();
        self.line.truncate(trimmed);
        self.line.push_str(closer);
    }

    fn start(&mut self, name: &str, attrs: &[(String, String)], closed: bool) {
        if self.svg.depth > 0 {
            if !closed {
                self.svg.depth += 1;
            }
            if matches!(name, "title" | "desc" | "text") {
                self.svg.inside = Some(name.to_string());
            }
            return;
        }
        match name {
            "html" => {
                self.lines.push(format!("html{}", annotations(attrs, &[])));
                return;
            }
            "head" => {
                self.in_head = true;
                return;
            }
            "svg" => {
                self.flush();
                self.svg = Svg { depth: usize::from(!closed), attrs: annotations(attrs, &[]), ..Svg::default() };
                if closed {
                    self.end_svg();
                }
                return;
            }
            "script" | "style" => {
                let mut head = name.to_string();
                for (n, v) in attrs {
                    head.push_str(&format!(" {n}=\"{v}\""));
                }
                self.raw = Some((name.to_string(), head, String::new()));
                return;
            }
            _ if self.in_head => {
                if name != "title" {
                    let mut line = name.to_string();
                    for (n, v) in attrs {
                        line.push_str(&format!(" {n}=\"{}\"", collapse(v).trim()));
                    }
                    self.lines.push(line);
                } else {
                    self.flush();
                    self.line.push_str("title: ");
                    self.stack.push((name.to_string(), String::new()));
                }
                return;
            }
            _ => {}
        }
        let block = BLOCKS.contains(&name);
        if block || matches!(name, "tr" | "dt" | "br") {
            self.flush();
        }
        let mut end = String::new();
        match name {
            "body" => {
                let class = attr(attrs, "class").map(|c| format!("{{class=\"{c}\"}}")).unwrap_or_default();
                self.lines.push(format!("body{class}{}", annotations(attrs, &[])));
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name[1..].parse().unwrap_or(1);
                self.line.push_str(&format!("{} ", "#".repeat(level)));
            }
            "li" => self.line.push_str("- "),
            "tr" => self.line.push('|'),
            "td" | "th" => {
                self.soft_space();
                end.push_str(" |");
            }
            "dt" => end.push(':'),
            "a" => {
                self.line
                    .push_str(&format!("{}[", if self.line.ends_with(' ') || self.line.is_empty() { "" } else { " " }));
                end = format!("]({}){}", attr(attrs, "href").unwrap_or(""), annotations(attrs, &["href"]));
            }
            "img" => {
                let (alt, src) = (attr(attrs, "alt").unwrap_or(""), attr(attrs, "src").unwrap_or(""));
                self.text(&format!(" ![{alt}]({src}){} ", annotations(attrs, &["alt", "src"])));
            }
            "hr" => self.lines.push("---".to_string()),
            "span" => self.soft_space(),
            _ => {}
        }
        if !matches!(name, "a" | "img" | "body") {
            let notes = annotations(attrs, &[]);
            if !notes.is_empty() {
                self.text(&format!("{notes} "));
            }
        }
        if !closed && !VOID.contains(&name) {
            self.stack.push((name.to_string(), end));
        }
    }

    fn end(&mut self, name: &str) {
        if self.svg.depth > 0 {
            if let Some(inside) = self.svg.inside.take_if(|i| i == name)
                && inside == "text"
            {
                let label = collapse(&self.svg.label).trim().to_string();
                self.svg.labels.push(label);
                self.svg.label.clear();
            }
            self.svg.depth -= 1;
            if self.svg.depth == 0 {
                self.end_svg();
            }
            return;
        }
        if let Some((raw, head, body)) = self.raw.take() {
            if raw == name {
                let body = body.trim();
                self.flush();
                self.lines.push(if body.is_empty() { head } else { format!("{head}: {}", collapse(body)) });
            } else {
                self.raw = Some((raw, head, body));
            }
            return;
        }
        if name == "head" {
            self.flush();
            self.in_head = false;
            return;
        }
        let Some(at) = self.stack.iter().rposition(|(open, _)| open == name) else { return };
        for (open, end) in self.stack.split_off(at).into_iter().rev() {
            if !end.is_empty() {
                self.close(&end);
            }
            if matches!(open.as_str(), "li" | "tr") && matches!(self.line.trim(), "-" | "|") {
                // Empty: its marker alone, not carried over to what follows.
                self.lines.push(self.line.trim().to_string());
                self.line.clear();
            }
            if BLOCKS.contains(&open.as_str()) || matches!(open.as_str(), "tr" | "dd" | "title") {
                self.flush();
            } else if open == "dt" || open == "span" {
                self.soft_space();
            }
        }
    }

    fn end_svg(&mut self) {
        let svg = std::mem::take(&mut self.svg);
        let title = collapse(&svg.title).trim().to_string();
        let desc = collapse(&svg.desc).trim().to_string();
        self.lines.push(format!("svg{}: {title} — {desc}", svg.attrs));
        let labels: Vec<String> = svg.labels.into_iter().filter(|l| !l.is_empty()).collect();
        if !labels.is_empty() {
            self.lines.push(format!("svg labels: {}", labels.join(" · ")));
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some((_, _, body)) = self.raw.as_mut() {
            body.push_str(text);
            return;
        }
        if self.svg.depth > 0 {
            match self.svg.inside.as_deref() {
                Some("title") => self.svg.title.push_str(&decode(text)),
                Some("desc") => self.svg.desc.push_str(&decode(text)),
                Some("text") => self.svg.label.push_str(&decode(text)),
                _ => {}
            }
            return;
        }
        if self.in_head && self.stack.last().is_none_or(|(n, _)| n != "title") {
            return;
        }
        self.text(text);
    }
}

/// The readable outline of an HTML page described in the module docs.
pub fn outline(html: &str) -> String {
    let mut o = Outline::default();
    for token in tokenize(html) {
        match token {
            Token::Text(text) => o.push_text(&text),
            Token::Start { name, attrs, closed } => o.start(&name, &attrs, closed),
            Token::End(name) => o.end(&name),
        }
    }
    o.flush();
    let mut text = o.lines.join("\n");
    text.push('\n');
    text
}
