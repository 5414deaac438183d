//! Line breaking by measured glyph widths, for plain and styled text.

use crate::render::pdf::fonts::Weight;
use crate::render::pdf::text::{self, Run, Spec};

/// A stretch of text in one style, optionally a link.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub weight: Weight,
    pub link: Option<String>,
}

impl Span {
    pub fn plain(text: impl Into<String>, weight: Weight) -> Span {
        Span { text: text.into(), weight, link: None }
    }
}

/// A run placed on a line, `x` from the line start.
#[derive(Clone, Debug)]
pub struct Placed {
    pub x: f32,
    pub run: Run,
    pub link: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Line {
    pub items: Vec<Placed>,
    pub width: f32,
}

#[derive(Clone, Debug)]
struct Token {
    text: String,
    weight: Weight,
    link: Option<String>,
    space_before: bool,
    break_before: bool,
    width: f32,
}

/// The words of the spans, not yet measured (see [`measure`]).
fn tokens(spans: &[Span]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut pending_space = false;
    let mut pending_break = false;
    for span in spans {
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut Vec<Token>, space: &mut bool, brk: &mut bool| {
            if word.is_empty() {
                return;
            }
            out.push(Token {
                width: 0.0,
                text: std::mem::take(word),
                weight: span.weight,
                link: span.link.clone(),
                space_before: std::mem::take(space),
                break_before: std::mem::take(brk),
            });
        };
        for c in span.text.chars() {
            if c == '\n' {
                flush(&mut word, &mut out, &mut pending_space, &mut pending_break);
                pending_break = true;
                pending_space = false;
            } else if c.is_whitespace() || c.is_control() {
                flush(&mut word, &mut out, &mut pending_space, &mut pending_break);
                pending_space = !pending_break;
            } else {
                word.push(c);
            }
        }
        flush(&mut word, &mut out, &mut pending_space, &mut pending_break);
    }
    out
}

/// Splits a word wider than `max` into pieces that fit, at characters. The
/// word is shaped once and cut where its glyphs' advances pass `max`, so a
/// word of any length takes time in proportion to its length (a name of
/// 100,000 letters without a space is set in milliseconds). Only the first
/// `most` pieces are measured exactly; pieces past them are never shown.
fn split_long(token: &Token, size: f32, max: f32, most: usize) -> Vec<Token> {
    let spec = Spec::new(token.weight, size);
    let run = text::shape(&token.text, spec);
    // Where each cluster of glyphs starts in the text, and its advance.
    let mut clusters: Vec<(usize, f32)> = Vec::new();
    for g in run.pieces.iter().flat_map(|p| p.glyphs.iter()) {
        let advance = g.x_advance * size;
        match clusters.last_mut() {
            Some((start, w)) if *start == g.text_range.start => *w += advance,
            _ => clusters.push((g.text_range.start, advance)),
        }
    }
    clusters.sort_by_key(|c| c.0);
    let text = token.text.as_str();
    let mut cuts: Vec<(usize, f32)> = vec![(0, 0.0)];
    for &(start, advance) in &clusters {
        let Some(last) = cuts.last_mut() else { break };
        if start > last.0 && text.is_char_boundary(start) && last.1 + advance > max {
            cuts.push((start, advance));
        } else {
            last.1 += advance;
        }
    }
    let mut out = Vec::with_capacity(cuts.len());
    let mut carry = String::new();
    for (i, &(start, approx)) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).map_or(text.len(), |c| c.0);
        let mut piece = std::mem::take(&mut carry);
        piece.push_str(&text[start..end]);
        let mut width = approx;
        if out.len() < most {
            // Set alone, a piece loses the kerning across its cut: measured
            // exactly, and a character handed on when that makes it too wide.
            width = text::width(&piece, spec);
            while width > max + 0.05 && piece.chars().count() > 1 {
                let Some(last) = piece.pop() else { break };
                carry.insert(0, last);
                width = text::width(&piece, spec);
            }
        }
        out.push(Token {
            text: piece,
            width,
            space_before: i == 0 && token.space_before,
            break_before: i > 0 || token.break_before,
            ..token.clone()
        });
    }
    if !carry.is_empty() {
        let width = text::width(&carry, spec);
        out.push(Token { text: carry, width, space_before: false, break_before: true, ..token.clone() });
    }
    out
}

fn measure(mut token: Token, size: f32) -> Token {
    token.width = text::width(&token.text, Spec::new(token.weight, size));
    token
}

/// Breaks styled text into lines no wider than `max` points, at most
/// `limit` of them; true when there was more text. Words past the last line
/// are not measured: a 300-word bio clamped to nine lines costs nine lines.
fn break_lines(spans: &[Span], size: f32, max: f32, limit: usize) -> (Vec<Vec<Token>>, bool) {
    let max = max.max(1.0);
    let mut lines: Vec<Vec<Token>> = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    let mut current_w = 0.0f32;
    let space = |w: Weight| text::width(" ", Spec::new(w, size));
    // Tokens glued together without a space break as one word.
    let mut words: Vec<Vec<Token>> = Vec::new();
    for token in tokens(spans) {
        match words.last_mut() {
            Some(word) if !token.space_before && !token.break_before => word.push(token),
            _ => words.push(vec![token]),
        }
    }
    let push = |lines: &mut Vec<Vec<Token>>, line: Vec<Token>| {
        lines.push(line);
        lines.len() > limit
    };
    for word in words {
        let word: Vec<Token> = word.into_iter().map(|t| measure(t, size)).collect();
        let w: f32 = word.iter().map(|t| t.width).sum();
        let first = &word[0];
        if first.break_before && !current.is_empty() {
            if push(&mut lines, std::mem::take(&mut current)) {
                break;
            }
            current_w = 0.0;
        }
        let gap = if current.is_empty() { 0.0 } else { space(first.weight) };
        // A hair of tolerance: widths measured whole and word by word differ in rounding.
        if !current.is_empty() && current_w + gap + w > max + 0.05 {
            if push(&mut lines, std::mem::take(&mut current)) {
                break;
            }
            current_w = 0.0;
        }
        if w > max {
            'pieces: for token in word {
                let most = limit.saturating_sub(lines.len()).saturating_add(1);
                for piece in split_long(&token, size, max, most) {
                    if piece.break_before && !current.is_empty() {
                        if push(&mut lines, std::mem::take(&mut current)) {
                            break 'pieces;
                        }
                        current_w = 0.0;
                    }
                    current_w += piece.width;
                    current.push(piece);
                }
            }
            if lines.len() > limit {
                break;
            }
            continue;
        }
        current_w += if current.is_empty() { 0.0 } else { gap } + w;
        current.extend(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    let cut = lines.len() > limit;
    lines.truncate(limit);
    (lines, cut)
}

/// Breaks styled text into lines no wider than `max` points.
pub fn wrap(spans: &[Span], size: f32, max: f32) -> Vec<Line> {
    let (lines, _) = break_lines(spans, size, max, usize::MAX);
    lines.iter().map(|tokens| set_line(tokens, size)).collect()
}

/// Joins a line's tokens into as few runs as styles allow.
fn set_line(tokens: &[Token], size: f32) -> Line {
    let mut groups: Vec<(String, Weight, Option<String>)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let spaced = i > 0 && t.space_before;
        match groups.last_mut() {
            Some((text, weight, link)) if *weight == t.weight && *link == t.link => {
                if spaced {
                    text.push(' ');
                }
                text.push_str(&t.text);
            }
            Some((text, _, link)) => {
                // The space between styles goes outside a link, so its underline stays tight.
                let lead = if spaced && link.is_some() { " " } else { "" };
                if spaced && link.is_none() {
                    text.push(' ');
                }
                groups.push((format!("{lead}{}", t.text), t.weight, t.link.clone()));
            }
            None => groups.push((t.text.clone(), t.weight, t.link.clone())),
        }
    }
    let mut x = 0.0;
    let mut items = Vec::with_capacity(groups.len());
    for (text, weight, link) in groups {
        let run = text::shape(&text, Spec::new(weight, size));
        let w = run.width;
        items.push(Placed { x, run, link });
        x += w;
    }
    Line { items, width: x }
}

/// Plain text in lines of at most `max` points, at most `max_lines` of them;
/// the last kept line ends with "…" when text was cut.
pub fn lines(text: &str, spec: Spec, max: f32, max_lines: usize) -> Vec<Run> {
    let spans = [Span::plain(text, spec.weight)];
    let (wrapped, cut) = break_lines(&spans, spec.size, max, max_lines);
    let mut out: Vec<Run> = wrapped
        .iter()
        .map(|tokens| set_line(tokens, spec.size))
        .map(|l| l.items.into_iter().next().map_or_else(|| Run::empty(spec.size, spec.weight), |p| p.run))
        .collect();
    if cut && let Some(last) = out.last_mut() {
        *last = text::fit(&format!("{}…", last.text), spec, max);
        if !last.text.ends_with('…') {
            *last = text::shape(&format!("{}…", last.text.trim_end()), spec);
        }
    }
    out
}

/// Styled text cut to `max_lines`, the last line ending with "…" when cut.
pub fn clamp(spans: &[Span], size: f32, max: f32, max_lines: usize) -> Vec<Line> {
    let (lines, cut) = break_lines(spans, size, max, max_lines);
    let mut wrapped: Vec<Line> = lines.iter().map(|tokens| set_line(tokens, size)).collect();
    if !cut {
        return wrapped;
    }
    if let Some(line) = wrapped.last_mut()
        && let Some(last) = line.items.pop()
    {
        let spec = Spec::new(last.run.weight, size);
        let room = max - last.x;
        let mut run = text::fit(&format!("{}…", last.run.text), spec, room);
        if !run.text.ends_with('…') {
            run = text::shape(&format!("{}…", run.text.trim_end()), spec);
        }
        line.width = last.x + run.width;
        line.items.push(Placed { x: last.x, run, link: last.link });
    }
    wrapped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.items.iter().map(|p| p.run.text.as_str()).collect::<String>()).collect()
    }

    #[test]
    fn breaks_at_spaces_within_the_width() {
        let spans = [Span::plain("The launch reached over four hundred thousand people", Weight::Regular)];
        let lines = wrap(&spans, 10.0, 100.0);
        assert!(lines.len() >= 3, "{:?}", texts(&lines));
        assert!(lines.iter().all(|l| l.width <= 100.0));
        assert_eq!(texts(&lines).join(" "), "The launch reached over four hundred thousand people");
    }

    #[test]
    fn keeps_styles_and_glued_punctuation() {
        let spans = [
            Span::plain("Sold ", Weight::Regular),
            Span::plain("45 units", Weight::Bold),
            Span::plain(", fast.", Weight::Regular),
        ];
        let lines = wrap(&spans, 10.0, 500.0);
        assert_eq!(lines.len(), 1);
        let items = &lines[0].items;
        assert_eq!(items.len(), 3);
        assert_eq!(items[1].run.text, "45 units");
        assert_eq!(items[0].run.text, "Sold ");
        assert!(items[1].x > 0.0 && items[2].x > items[1].x);
        // "units," must not split at the comma.
        let narrow = wrap(&spans, 10.0, 45.0);
        assert!(texts(&narrow).iter().any(|t| t.contains("units,")), "{:?}", texts(&narrow));
    }

    #[test]
    fn splits_words_longer_than_a_line() {
        let spans = [Span::plain("Supercalifragilisticexpialidocious", Weight::Regular)];
        let lines = wrap(&spans, 10.0, 40.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| l.width <= 40.0));
        assert_eq!(texts(&lines).concat(), "Supercalifragilisticexpialidocious");
    }

    #[test]
    fn an_unbroken_run_of_any_length_is_set_in_bounded_time() {
        // 100,000 letters without a space: each line fits, nothing is lost,
        // and clamped to three lines only three are set.
        let long = "W".repeat(100_000);
        let spans = [Span::plain(long.as_str(), Weight::Regular)];
        let lines = wrap(&spans, 10.0, 200.0);
        assert!(lines.len() > 1000, "{}", lines.len());
        assert!(lines.iter().all(|l| l.width <= 200.05));
        assert_eq!(texts(&lines).concat().len(), 100_000);
        let clamped = clamp(&spans, 10.0, 200.0, 3);
        assert_eq!(clamped.len(), 3);
        assert!(texts(&clamped)[2].ends_with('…'));
        let plain = super::lines(&long, Spec::new(Weight::Bold, 24.0), 300.0, 2);
        assert_eq!(plain.len(), 2);
        assert!(plain.iter().all(|r| r.width <= 300.05));
        // Mixed scripts and characters no font has keep every byte.
        let mixed = "Zoë李🌸".repeat(5_000);
        let lines = wrap(&[Span::plain(mixed.as_str(), Weight::Regular)], 9.0, 120.0);
        assert_eq!(texts(&lines).concat(), mixed);
    }

    #[test]
    fn hard_breaks_and_clamping() {
        let spans = [Span::plain("one\ntwo three four five six seven", Weight::Regular)];
        assert_eq!(texts(&wrap(&spans, 10.0, 500.0)), vec!["one", "two three four five six seven"]);
        let clamped = clamp(&spans, 10.0, 60.0, 2);
        assert_eq!(clamped.len(), 2);
        assert!(texts(&clamped)[1].ends_with('…'));
        assert!(clamped.iter().all(|l| l.width <= 60.0));
        let plain = lines("alpha beta gamma delta epsilon zeta eta theta", Spec::new(Weight::Regular, 10.0), 60.0, 2);
        assert_eq!(plain.len(), 2);
        assert!(plain[1].text.ends_with('…') && plain[1].width <= 60.0);
    }

    #[test]
    fn empty_text_has_no_lines() {
        assert!(wrap(&[Span::plain("   ", Weight::Regular)], 10.0, 100.0).is_empty());
        assert!(wrap(&[], 10.0, 100.0).is_empty());
    }
}
