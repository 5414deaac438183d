//! Shaped text: a string turned into positioned glyphs with exact widths,
//! so that layout measures what is drawn.
//!
//! Each character is drawn with Inter when Inter has it, else with the CJK
//! fallback. Characters neither has (emoji, scripts beyond Latin, Greek,
//! Cyrillic and CJK) are not drawn at all rather than shown as `.notdef`
//! boxes; their text is attached to a neighbouring glyph, so that copying,
//! searching and screen readers still get the real string.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::{Direction, UnicodeBuffer, script};

use crate::render::pdf::fonts::{self, Face, Weight};

/// Glyphs of one face within a run.
#[derive(Clone, Debug)]
pub struct Piece {
    pub face: FaceKind,
    pub glyphs: Arc<[KrillaGlyph]>,
    /// Offset from the start of the run, in points.
    pub x: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaceKind {
    Inter(Weight),
    Fallback,
}

impl FaceKind {
    pub fn face(self) -> Option<&'static Face> {
        match self {
            FaceKind::Inter(w) => fonts::face(w),
            FaceKind::Fallback => fonts::fallback(),
        }
    }
}

/// A single line of shaped text at one size and weight.
#[derive(Clone, Debug)]
pub struct Run {
    pub text: String,
    pub size: f32,
    pub weight: Weight,
    pub pieces: Vec<Piece>,
    pub width: f32,
}

impl Run {
    pub fn empty(size: f32, weight: Weight) -> Run {
        Run { text: String::new(), size, weight, pieces: Vec::new(), width: 0.0 }
    }
}

/// How a run is set: weight, size, tabular figures, contextual alternates,
/// extra letter spacing (in em).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    pub weight: Weight,
    pub size: f32,
    pub tabular: bool,
    pub contextual: bool,
    pub tracking: f32,
}

impl Spec {
    pub const fn new(weight: Weight, size: f32) -> Spec {
        Spec { weight, size, tabular: false, contextual: false, tracking: 0.0 }
    }

    pub const fn tabular(mut self) -> Spec {
        self.tabular = true;
        self
    }

    /// With the font's default features, contextual alternates included,
    /// as a browser sets the same text in an SVG chart.
    pub const fn contextual(mut self) -> Spec {
        self.contextual = true;
        self
    }

    pub const fn tracked(mut self, em: f32) -> Spec {
        self.tracking = em;
        self
    }
}

/// Marks and joiners belong to the character before them.
fn attaches_to_previous(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x200C | 0x200D | 0xE0100..=0xE01EF)
}

type Segment = (FaceKind, Range<usize>);

/// Splits `text` into ranges for Inter and for the fallback, and marks the
/// byte ranges not to draw: characters neither face has, and the second of
/// the two spaces that would be left around them.
fn segments(text: &str, inter: &Face) -> (Vec<Segment>, Vec<Range<usize>>) {
    let regular = FaceKind::Inter(Weight::Regular);
    let mut out: Vec<Segment> = Vec::new();
    let mut hidden: Vec<Range<usize>> = Vec::new();
    let mut previous_missing = false;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let current = out.last().map(|(k, _)| *k);
        let (kind, missing) = if attaches_to_previous(c) {
            (current.unwrap_or(regular), previous_missing)
        } else if c == ' ' || inter.has_char(c) {
            (regular, false)
        } else if fonts::fallback_has(c) {
            (FaceKind::Fallback, false)
        } else {
            // Shaped with whatever face is current; its glyph is dropped below.
            (current.unwrap_or(regular), true)
        };
        let drop_space = c == ' '
            && previous_missing
            && hidden.last().is_some_and(|r| r.start == 0 || text[..r.start].ends_with(' '));
        if missing || drop_space {
            match hidden.last_mut() {
                Some(r) if r.end == i => r.end = end,
                _ => hidden.push(i..end),
            }
        }
        previous_missing = missing;
        match out.last_mut() {
            Some((k, range)) if *k == kind => range.end = end,
            _ => out.push((kind, i..end)),
        }
    }
    (out, hidden)
}

fn shape_range(face: &Face, kind: FaceKind, text: &str, range: Range<usize>, spec: Spec) -> Vec<KrillaGlyph> {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(&text[range.clone()]);
    buffer.set_direction(Direction::LeftToRight);
    buffer.set_script(if kind == FaceKind::Fallback { script::HAN } else { script::LATIN });
    let marks = text[range.clone()].chars().any(attaches_to_previous);
    let plan = if spec.contextual { &face.plans.default } else { face.plans.pick(spec.tabular, marks) };
    let output = rustybuzz::shape_with_plan(&face.shaper, plan, buffer);
    let upem = face.units_per_em;
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    let mut glyphs = Vec::with_capacity(infos.len());
    for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
        let start = range.start + info.cluster as usize;
        let end = infos[i + 1..]
            .iter()
            .find(|next| next.cluster != info.cluster)
            .map_or(range.end, |next| range.start + next.cluster as usize);
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(info.glyph_id),
            pos.x_advance as f32 / upem + spec.tracking,
            pos.x_offset as f32 / upem,
            pos.y_offset as f32 / upem,
            pos.y_advance as f32 / upem,
            start..end,
            None,
        ));
    }
    glyphs
}

/// Shaped text at 1 pt: glyph advances are in em, so any size is a scale away.
struct Unit {
    pieces: Vec<(FaceKind, Arc<[KrillaGlyph]>, f32)>,
    width: f32,
}

/// What besides the text a shaping result depends on.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Setting {
    weight: Weight,
    tabular: bool,
    contextual: bool,
    tracking: u32,
}

type Shaped = HashMap<Setting, HashMap<Box<str>, Arc<Unit>>>;

/// Shaping results kept per thread across documents: labels, figures,
/// names and words recur through a whole build. Two generations bound it:
/// when the young one is full the old one is dropped, and whatever is used
/// again moves up, so what recurs stays. Shaping is a pure function of its
/// key, so what the cache holds never changes a byte of output.
struct Cache {
    young: Shaped,
    old: Shaped,
    entries: usize,
}

const GENERATION: usize = 8_192;

/// Longer text (a line of a bio, a sentence of a summary) seldom recurs;
/// keeping it would only push out what does.
const CACHED_LEN: usize = 32;

thread_local! {
    static CACHE: RefCell<Cache> =
        RefCell::new(Cache { young: HashMap::new(), old: HashMap::new(), entries: 0 });
}

impl Cache {
    fn get(&mut self, setting: Setting, text: &str) -> Option<Arc<Unit>> {
        if let Some(hit) = self.young.get(&setting).and_then(|m| m.get(text)) {
            return Some(hit.clone());
        }
        let hit = self.old.get_mut(&setting)?.remove(text)?;
        self.insert(setting, text, hit.clone());
        Some(hit)
    }

    fn insert(&mut self, setting: Setting, text: &str, unit: Arc<Unit>) {
        if self.entries >= GENERATION {
            self.old = std::mem::take(&mut self.young);
            self.entries = 0;
        }
        self.young.entry(setting).or_default().insert(text.into(), unit);
        self.entries += 1;
    }
}

fn unit(text: &str, spec: Spec) -> Arc<Unit> {
    let setting = Setting {
        weight: spec.weight,
        tabular: spec.tabular,
        contextual: spec.contextual,
        tracking: spec.tracking.to_bits(),
    };
    if let Some(hit) = CACHE.with(|c| c.borrow_mut().get(setting, text)) {
        return hit;
    }
    let shaped = Arc::new(shape_unit(text, Spec { size: 1.0, ..spec }));
    if text.len() <= CACHED_LEN {
        CACHE.with(|c| c.borrow_mut().insert(setting, text, shaped.clone()));
    }
    shaped
}

fn shape_unit(text: &str, spec: Spec) -> Unit {
    let Some(inter) = fonts::face(spec.weight) else { return Unit { pieces: Vec::new(), width: 0.0 } };
    let (segments, hidden) = segments(text, inter);
    // `hidden` is sorted and disjoint: found by bisection, so text with many
    // characters no font has is not quadratic.
    let is_hidden = |g: &KrillaGlyph| {
        let at = g.text_range.start;
        let i = hidden.partition_point(|h| h.end <= at);
        g.glyph_id == GlyphId::new(0) || hidden.get(i).is_some_and(|h| h.contains(&at))
    };
    let mut pieces: Vec<(FaceKind, Vec<KrillaGlyph>)> = Vec::new();
    // Text of glyphs not drawn, waiting for a glyph to carry it.
    let mut orphan: Option<Range<usize>> = None;
    for (kind, range) in segments {
        let kind = match kind {
            FaceKind::Inter(_) => FaceKind::Inter(spec.weight),
            k => k,
        };
        let Some(face) = kind.face() else { continue };
        let mut kept: Vec<KrillaGlyph> = Vec::new();
        for mut g in shape_range(face, kind, text, range, spec) {
            if !is_hidden(&g) {
                // Text before the first drawn glyph rides on it.
                if let Some(o) = orphan.take() {
                    g.text_range.start = g.text_range.start.min(o.start);
                }
                kept.push(g);
                continue;
            }
            match kept.last_mut().or_else(|| pieces.last_mut().and_then(|p| p.1.last_mut())) {
                Some(last) => last.text_range.end = last.text_range.end.max(g.text_range.end),
                None => orphan = Some(orphan.map_or(g.text_range.clone(), |o| o.start..g.text_range.end)),
            }
        }
        if !kept.is_empty() {
            pieces.push((kind, kept));
        }
    }
    if let Some(o) = orphan {
        // Nothing drawable at all: an invisible space still carries the text.
        let space = inter.shaper.glyph_index(' ').map_or(0, |g| u32::from(g.0));
        let carrier = KrillaGlyph::new(GlyphId::new(space), 0.0, 0.0, 0.0, 0.0, o, None);
        pieces.push((FaceKind::Inter(spec.weight), vec![carrier]));
    }
    let mut x = 0.0;
    let mut placed = Vec::with_capacity(pieces.len());
    for (kind, glyphs) in pieces {
        let advance: f32 = glyphs.iter().map(|g| g.x_advance).sum();
        placed.push((kind, Arc::from(glyphs), x));
        x += advance;
    }
    // Tracking after the last glyph is not part of the visible width.
    let width = if spec.tracking > 0.0 && x > 0.0 { x - spec.tracking } else { x };
    Unit { pieces: placed, width: width.max(0.0) }
}

/// Shapes one line of text.
pub fn shape(text: &str, spec: Spec) -> Run {
    let unit = unit(text, spec);
    Run {
        text: text.to_string(),
        size: spec.size,
        weight: spec.weight,
        pieces: unit
            .pieces
            .iter()
            .map(|(face, glyphs, x)| Piece { face: *face, glyphs: glyphs.clone(), x: x * spec.size })
            .collect(),
        width: unit.width * spec.size,
    }
}

/// Width of `text` in points.
pub fn width(text: &str, spec: Spec) -> f32 {
    unit(text, spec).width * spec.size
}

/// The text shortened with "…" until it fits `max` points.
pub fn fit(text: &str, spec: Spec, max: f32) -> Run {
    // A text far longer than the width can show (a name of 100,000 letters,
    // in every running head) is cut first to a prefix that surely does not
    // fit: only what could be shown is shaped.
    let most = (max.max(0.0) / (spec.size * 0.1).max(0.01)).ceil() as usize + 16;
    if let Some((cut, _)) = text.char_indices().nth(most) {
        let head = &text[..cut];
        if width(head, spec) > max + 0.01 {
            return fit(head, spec, max);
        }
    }
    // Widths measured at another size or word by word differ in the last bits.
    let max = max + 0.01;
    let run = shape(text, spec);
    if run.width <= max {
        return run;
    }
    // cuts[k] is where a prefix of k characters ends.
    let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    if cuts.is_empty() {
        return shape("…", spec);
    }
    let candidate = |k: usize| shape(&format!("{}…", text[..cuts[k]].trim_end()), spec);
    // The longest prefix that fits. The glyphs of the whole text tell about
    // where it ends; shaping the candidates around there finds it exactly,
    // mostly in two tries.
    let mut advances: Vec<(usize, f32)> = run
        .pieces
        .iter()
        .flat_map(|p| p.glyphs.iter().map(|g| (g.text_range.start, g.x_advance * spec.size)))
        .collect();
    advances.sort_by_key(|a| a.0);
    let ellipsis = width("…", spec);
    let (mut k, mut sum, mut next) = (0, 0.0f32, 0);
    // Where the prefix ends once trailing whitespace is trimmed, kept as the
    // prefix grows (trimming each prefix anew is quadratic in a run of spaces).
    let mut end = 0;
    for i in 1..cuts.len() {
        if text[cuts[i - 1]..cuts[i]].chars().any(|c| !c.is_whitespace()) {
            end = cuts[i];
        }
        while next < advances.len() && advances[next].0 < end {
            sum += advances[next].1;
            next += 1;
        }
        if sum + ellipsis > max {
            break;
        }
        k = i;
    }
    let mut best = candidate(k);
    if best.width <= max {
        while k + 1 < cuts.len() {
            let longer = candidate(k + 1);
            if longer.width > max {
                break;
            }
            (k, best) = (k + 1, longer);
        }
    } else {
        // The longest shorter prefix that fits, by bisection: each try shapes
        // a prefix, so trying them one by one could be quadratic.
        let (mut lo, mut hi) = (0, k);
        while lo + 1 < hi {
            let mid = (lo + hi) / 2;
            if candidate(mid).width <= max {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        best = candidate(lo);
    }
    best
}

/// Text with control characters and runs of whitespace made single spaces.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether the embedded faces draw every character of `text`.
pub fn fully_drawable(text: &str) -> bool {
    let Some(inter) = fonts::face(Weight::Regular) else { return false };
    text.chars().all(|c| c.is_whitespace() || inter.has_char(c) || fonts::fallback_has(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: Spec = Spec::new(Weight::Regular, 10.0);

    #[test]
    fn measures_and_kerns() {
        let run = shape("Ava Chen", BODY);
        assert!(run.width > 30.0 && run.width < 50.0, "{}", run.width);
        assert_eq!(run.pieces.len(), 1);
        assert!(width("WWW", BODY) > width("iii", BODY));
        assert!(width("AV", BODY) < width("A", BODY) + width("V", BODY), "Inter kerns AV");
    }

    #[test]
    fn falls_back_for_cjk_and_drops_what_no_face_has() {
        let run = shape("Zoë 李小龙 🌸 Chen", BODY);
        let kinds: Vec<FaceKind> = run.pieces.iter().map(|p| p.face).collect();
        assert_eq!(kinds, vec![FaceKind::Inter(Weight::Regular), FaceKind::Fallback, FaceKind::Inter(Weight::Regular)]);
        // The emoji and one of the spaces around it are not drawn.
        assert!((run.width - width("Zoë 李小龙 Chen", BODY)).abs() < 0.01);
        assert!(run.pieces.iter().flat_map(|p| p.glyphs.iter()).all(|g| g.glyph_id != GlyphId::new(0)));
        // Every byte of the text is carried by some glyph, so the text layer keeps it all.
        let mut covered: Vec<Range<usize>> =
            run.pieces.iter().flat_map(|p| p.glyphs.iter().map(|g| g.text_range.clone())).collect();
        covered.sort_by_key(|r| r.start);
        assert_eq!(covered.first().map(|r| r.start), Some(0));
        assert_eq!(covered.last().map(|r| r.end), Some(run.text.len()));
        assert!(covered.iter().any(|r| run.text[r.clone()].contains('🌸')));
    }

    #[test]
    fn decomposed_accents_compose() {
        let decomposed = shape("Zoe\u{0308} Ørsted", BODY);
        assert!(decomposed.pieces.iter().flat_map(|p| p.glyphs.iter()).all(|g| g.glyph_id != GlyphId::new(0)));
        assert!((decomposed.width - width("Zoë Ørsted", BODY)).abs() < 0.2, "{}", decomposed.width);
    }

    #[test]
    fn undrawable_text_still_has_a_carrier() {
        let run = shape("🌸🌸", BODY);
        assert_eq!(run.width, 0.0);
        assert_eq!(run.pieces.len(), 1);
        assert_eq!(run.pieces[0].glyphs[0].text_range, 0..run.text.len());
        assert!(!fully_drawable("🌸"));
        assert!(fully_drawable("Zoë 李"));
    }

    #[test]
    fn fits_with_an_ellipsis() {
        let long = "Bartholomew Featherstonehaugh-Cholmondeley";
        let fitted = fit(long, BODY, 80.0);
        assert!(fitted.width <= 80.0);
        assert!(fitted.text.ends_with('…'));
        assert_eq!(fit("Ava", BODY, 80.0).text, "Ava");
        assert!(fit(long, BODY, 1.0).width <= width("…", BODY));
    }

    #[test]
    fn fit_keeps_the_longest_prefix_that_fits() {
        let long = "Zoë Ørsted-Halvorsen, AVAILABLE for brand work 李小龙";
        let cuts: Vec<usize> = long.char_indices().map(|(i, _)| i).collect();
        for max in (4..300).step_by(7).map(|m| m as f32) {
            let expected = cuts
                .iter()
                .rev()
                .map(|&c| format!("{}…", long[..c].trim_end()))
                .find(|t| width(t, BODY) <= max + 0.01)
                .unwrap_or_else(|| "…".to_string());
            let fitted = fit(long, BODY, max);
            if width(long, BODY) > max + 0.01 {
                assert_eq!(fitted.text, expected, "at {max} pt");
            } else {
                assert_eq!(fitted.text, long);
            }
        }
    }

    #[test]
    fn a_very_long_text_is_fitted_from_what_could_show() {
        let long = "W".repeat(200_000);
        let fitted = fit(&long, BODY, 80.0);
        assert_eq!(fitted.text, fit(&"W".repeat(60), BODY, 80.0).text);
        assert!(fitted.width <= 80.01 && fitted.text.ends_with('…'));
        // Characters that take no room are not cut short.
        let marks = format!("A{}", "\u{200B}".repeat(5_000));
        assert_eq!(fit(&marks, BODY, 80.0).text, marks);
    }

    #[test]
    fn cleans_whitespace() {
        assert_eq!(clean("  a\tb\n\nc  "), "a b c");
    }
}
