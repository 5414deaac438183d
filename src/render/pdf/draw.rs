//! A document as pages of plain drawing operations, and their rendering with
//! krilla. Layout fills the pages first, so that the footer of every page can
//! say how many pages there are. Markers among the operations say which
//! element of the document's structure the drawing belongs to (`tagging`).

use std::sync::Arc;

use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, Stroke};
use krilla::surface::Surface;
use krilla::{Document, SerializeSettings};
use krilla_svg::{SurfaceExt, SvgSettings};

use crate::render::pdf::labels::Label;
use crate::render::pdf::tagging::{Drawing, Element, Furniture, Structure};
use crate::render::pdf::text::{self, FaceKind, Run, Spec};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(hex: &str) -> Option<Rgb> {
        crate::model::values::parse_hex_color(hex).map(|(r, g, b)| Rgb(r, g, b))
    }

    /// This colour laid over white at `alpha`, as an opaque colour.
    pub fn tint(self, alpha: f32) -> Rgb {
        let mix = |c: u8| (255.0 - (255.0 - f32::from(c)) * alpha.clamp(0.0, 1.0)).round() as u8;
        Rgb(mix(self.0), mix(self.1), mix(self.2))
    }

    /// This colour laid over `ground` at `alpha`, as an opaque colour.
    pub fn over(self, ground: Rgb, alpha: f32) -> Rgb {
        let a = alpha.clamp(0.0, 1.0);
        let mix = |c: u8, g: u8| (f32::from(g) + (f32::from(c) - f32::from(g)) * a).round() as u8;
        Rgb(mix(self.0, ground.0), mix(self.1, ground.1), mix(self.2, ground.2))
    }

    fn krilla(self) -> rgb::Color {
        rgb::Color::new(self.0, self.1, self.2)
    }
}

/// A picture placed on a page: vector (SVG), a chart, or raster.
#[derive(Clone)]
pub enum Picture {
    Svg(Arc<usvg::Tree>),
    Chart(Arc<Chart>),
    Raster(Image),
}

/// A chart: its shapes, and its labels in the tree's units.
pub struct Chart {
    pub tree: usvg::Tree,
    pub labels: Vec<Label>,
}

impl Picture {
    /// Width over height.
    pub fn aspect(&self) -> f32 {
        let (w, h) = match self {
            Picture::Svg(tree) => (tree.size().width(), tree.size().height()),
            Picture::Chart(chart) => (chart.tree.size().width(), chart.tree.size().height()),
            Picture::Raster(image) => {
                let (w, h) = image.size();
                (w as f32, h as f32)
            }
        };
        if h > 0.0 && w > 0.0 { w / h } else { 1.0 }
    }
}

impl std::fmt::Debug for Picture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Picture::Svg(_) => "Picture::Svg",
            Picture::Chart(_) => "Picture::Chart",
            Picture::Raster(_) => "Picture::Raster",
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Box2 {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Box2 {
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Box2 {
        Box2 { x, y, w, h }
    }
}

#[derive(Clone, Debug)]
pub enum Op {
    /// A filled rectangle with rounded corners (`radius` 0 for square).
    Rect {
        at: Box2,
        radius: f32,
        fill: Rgb,
    },
    /// A rectangle outline.
    Frame {
        at: Box2,
        radius: f32,
        color: Rgb,
        width: f32,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        color: Rgb,
        width: f32,
    },
    Circle {
        center: (f32, f32),
        r: f32,
        fill: Rgb,
    },
    /// Text with its baseline starting at (x, y).
    Text {
        x: f32,
        y: f32,
        run: Run,
        color: Rgb,
    },
    Picture {
        at: Box2,
        picture: Picture,
        round: bool,
    },
    Link {
        at: Box2,
        uri: String,
    },
    /// Opens an element of the document's structure: what is drawn up to
    /// the matching `Close`, on this page or the next, belongs to it.
    Open(Element),
    Close,
    /// What is drawn up to `EndFurniture` is decoration a reader skips.
    Furniture(Furniture),
    EndFurniture,
}

#[derive(Clone, Debug, Default)]
pub struct Page {
    pub ops: Vec<Op>,
}

impl Page {
    pub fn push(&mut self, op: Op) {
        self.ops.push(op);
    }

    pub fn rect(&mut self, at: Box2, radius: f32, fill: Rgb) {
        self.ops.push(Op::Rect { at, radius, fill });
    }

    pub fn text(&mut self, x: f32, y: f32, run: Run, color: Rgb) {
        if !run.pieces.is_empty() {
            self.ops.push(Op::Text { x, y, run, color });
        }
    }

    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), color: Rgb, width: f32) {
        self.ops.push(Op::Line { from, to, color, width });
    }

    pub fn open(&mut self, element: Element) {
        self.ops.push(Op::Open(element));
    }

    pub fn close(&mut self) {
        self.ops.push(Op::Close);
    }

    pub fn furniture(&mut self, furniture: Furniture) {
        self.ops.push(Op::Furniture(furniture));
    }

    pub fn end_furniture(&mut self) {
        self.ops.push(Op::EndFurniture);
    }
}

/// Title, author and the like; krilla escapes them, so any text is safe.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: Option<String>,
    pub keywords: Vec<String>,
    pub language: String,
    pub creator: String,
    /// Also PDF/A-2b (every PDF is PDF/UA-1).
    pub archival: bool,
    /// The date the document is of (year, month, day), which PDF/A asks for:
    /// a date of the content, never the clock, so that builds repeat.
    pub date: Option<(u16, u8, u8)>,
}

pub struct Doc {
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Page>,
}

impl Doc {
    /// The pages mirrored for a right-to-left document: whatever was laid
    /// out from the left edge now starts at the right one. Text runs and
    /// pictures keep their own drawing (text is already in visual order,
    /// charts are drawn mirrored, photos and logos are not flipped).
    pub fn mirror(&mut self) {
        let w = self.width;
        let flip = |at: &mut Box2| at.x = w - at.x - at.w;
        for page in &mut self.pages {
            for op in &mut page.ops {
                match op {
                    Op::Rect { at, .. } | Op::Frame { at, .. } | Op::Picture { at, .. } | Op::Link { at, .. } => {
                        flip(at)
                    }
                    Op::Line { from, to, .. } => {
                        from.0 = w - from.0;
                        to.0 = w - to.0;
                    }
                    Op::Circle { center, .. } => center.0 = w - center.0,
                    Op::Text { x, run, .. } => *x = w - *x - run.width,
                    Op::Open(_) | Op::Close | Op::Furniture(_) | Op::EndFurniture => {}
                }
            }
        }
    }
}

fn rounded(at: Box2, radius: f32) -> Option<Path> {
    let mut pb = PathBuilder::new();
    let r = radius.min(at.w / 2.0).min(at.h / 2.0).max(0.0);
    if r <= 0.01 {
        pb.push_rect(Rect::from_xywh(at.x, at.y, at.w.max(0.01), at.h.max(0.01))?);
        return pb.finish();
    }
    // Cubic arcs with the usual 0.5523 circle constant.
    let k = r * 0.552_284_8;
    let (l, t, rt, b) = (at.x, at.y, at.x + at.w, at.y + at.h);
    pb.move_to(l + r, t);
    pb.line_to(rt - r, t);
    pb.cubic_to(rt - r + k, t, rt, t + r - k, rt, t + r);
    pb.line_to(rt, b - r);
    pb.cubic_to(rt, b - r + k, rt - r + k, b, rt - r, b);
    pb.line_to(l + r, b);
    pb.cubic_to(l + r - k, b, l, b - r + k, l, b - r);
    pb.line_to(l, t + r);
    pb.cubic_to(l, t + r - k, l + r - k, t, l + r, t);
    pb.close();
    pb.finish()
}

fn fill(color: Rgb) -> Fill {
    Fill { paint: color.krilla().into(), opacity: NormalizedF32::ONE, rule: FillRule::NonZero }
}

fn stroke(color: Rgb, width: f32) -> Stroke {
    Stroke { paint: color.krilla().into(), width, line_cap: LineCap::Butt, ..Stroke::default() }
}

fn draw_run(surface: &mut Surface, x: f32, y: f32, run: &Run, color: Rgb) {
    for piece in &run.pieces {
        let Some(face) = piece.face.face() else { continue };
        surface.set_fill(Some(fill(color)));
        // The fallback has one weight; a hairline stroke stands in for bold.
        let faux_bold = match (piece.face, run.weight) {
            (FaceKind::Fallback, crate::render::pdf::fonts::Weight::Bold) => 0.045,
            (FaceKind::Fallback, crate::render::pdf::fonts::Weight::SemiBold) => 0.03,
            _ => 0.0,
        };
        surface.set_stroke((faux_bold > 0.0).then(|| stroke(color, run.size * faux_bold)));
        surface.draw_glyphs(
            Point::from_xy(x + piece.x, y),
            &piece.glyphs,
            face.font.clone(),
            &run.text,
            run.size,
            false,
        );
    }
    surface.set_stroke(None);
}

fn draw_op(surface: &mut Surface, op: &Op) {
    match op {
        Op::Rect { at, radius, fill: color } => {
            if let Some(path) = rounded(*at, *radius) {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*color)));
                surface.draw_path(&path);
            }
        }
        Op::Frame { at, radius, color, width } => {
            if let Some(path) = rounded(*at, *radius) {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*color, *width)));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Line { from, to, color, width } => {
            let mut pb = PathBuilder::new();
            pb.move_to(from.0, from.1);
            pb.line_to(to.0, to.1);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*color, *width)));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Circle { center, r, fill: color } => {
            let at = Box2::new(center.0 - r, center.1 - r, r * 2.0, r * 2.0);
            if let Some(path) = rounded(at, *r) {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*color)));
                surface.draw_path(&path);
            }
        }
        Op::Text { x, y, run, color } => draw_run(surface, *x, *y, run, *color),
        Op::Picture { at, picture, round } => {
            let Some(size) = Size::from_wh(at.w.max(0.01), at.h.max(0.01)) else { return };
            let clip = if *round { rounded(*at, at.w.min(at.h) / 2.0) } else { None };
            if let Some(path) = &clip {
                surface.push_clip_path(path, &FillRule::NonZero);
            }
            surface.push_transform(&Transform::from_translate(at.x, at.y));
            match picture {
                Picture::Svg(tree) => {
                    surface.draw_svg(tree, size, SvgSettings::default());
                }
                Picture::Chart(chart) => {
                    surface.draw_svg(&chart.tree, size, SvgSettings::default());
                    let tree = chart.tree.size();
                    surface.push_transform(&Transform::from_scale(
                        size.width() / tree.width(),
                        size.height() / tree.height(),
                    ));
                    for label in &chart.labels {
                        draw_run(surface, label.x, label.y, &label.run, label.color);
                    }
                    surface.pop();
                }
                Picture::Raster(image) => surface.draw_image(image.clone(), size),
            }
            surface.pop();
            if clip.is_some() {
                surface.pop();
            }
        }
        Op::Link { .. } | Op::Open(_) | Op::Close | Op::Furniture(_) | Op::EndFurniture => {}
    }
}

fn drawing(op: &Op) -> Option<Drawing> {
    match op {
        Op::Rect { .. } | Op::Frame { .. } | Op::Line { .. } | Op::Circle { .. } => Some(Drawing::Shape),
        Op::Text { .. } => Some(Drawing::Text),
        Op::Picture { .. } => Some(Drawing::Picture),
        _ => None,
    }
}

fn configuration(archival: bool) -> Result<krilla::configure::Configuration, String> {
    use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
    let mut builder = ConfigurationBuilder::new().with_accessibility_validator(Accessibility::UA1);
    if archival {
        builder = builder.with_archival_validator(Archival::A2_B);
    }
    builder.finish().map_err(|e| format!("{e:?}"))
}

/// Serialises the document, tagged and checked against PDF/UA-1 (and with
/// `meta.archival` PDF/A-2b); the bytes depend on the content only.
pub fn render(doc: &Doc, meta: &Meta) -> Result<Vec<u8>, String> {
    let settings = SerializeSettings {
        xmp_metadata: true,
        enable_tagging: true,
        configuration: configuration(meta.archival)?,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let mut structure = Structure::default();
    // The text last drawn into the element at hand: where it ends, and whether with a space.
    let mut last_text: Option<(crate::render::pdf::tagging::Target, f32, f32, Spec, bool)> = None;
    for (index, page) in doc.pages.iter().enumerate() {
        let Some(page_settings) = PageSettings::from_wh(doc.width, doc.height) else {
            return Err("the paper size is not valid".to_string());
        };
        let mut pdf_page = document.start_page_with(page_settings);
        let mut surface = pdf_page.surface();
        let mut links = Vec::new();
        for op in &page.ops {
            match op {
                Op::Open(element) => structure.open(element.clone()),
                Op::Close => structure.close(),
                Op::Furniture(f) => structure.furniture(Some(*f)),
                Op::EndFurniture => structure.furniture(None),
                Op::Link { at, uri } => {
                    if let Some(rect) = Rect::from_xywh(at.x, at.y, at.w.max(0.5), at.h.max(0.5))
                        && let Some(slot) = structure.annotation()
                    {
                        links.push((slot, rect, uri.clone()));
                    }
                }
                _ => {
                    if let Some(kind) = drawing(op) {
                        let target = structure.target(kind);
                        structure.mark(&mut surface, target);
                        if let Op::Text { x, y, run, color } = op {
                            // Runs set apart (lines of a paragraph, a label and its
                            // figure) are read with a space between them.
                            if let Some((last, end_x, end_y, spec, spaced)) = last_text
                                && last == target
                                && !spaced
                                && !run.text.starts_with(char::is_whitespace)
                            {
                                draw_run(&mut surface, end_x, end_y, &text::shape(" ", spec), *color);
                            }
                            let spec = Spec::new(run.weight, run.size);
                            let spaced = run.text.ends_with(char::is_whitespace) || run.text.is_empty();
                            last_text = Some((target, x + run.width, *y, spec, spaced));
                        }
                        draw_op(&mut surface, op);
                        if let Op::Text { y, run, .. } = op {
                            structure.placed(index, y - run.size);
                        }
                    }
                }
            }
        }
        structure.end(&mut surface);
        last_text = None;
        surface.finish();
        for (slot, rect, uri) in links {
            let action = krilla::action::LinkAction::new(uri.clone());
            let target = krilla::annotation::Target::Action(action.into());
            let link = krilla::annotation::LinkAnnotation::new(rect, target);
            let id = pdf_page.add_tagged_annotation(krilla::annotation::Annotation::new_link(link, Some(uri)));
            structure.annotated(slot, id);
        }
        pdf_page.finish();
    }
    let mut metadata = krilla::metadata::Metadata::new()
        .title(meta.title.clone())
        .authors(vec![meta.author.clone()])
        .creator(meta.creator.clone())
        .language(meta.language.clone());
    if let Some(subject) = &meta.subject {
        metadata = metadata.description(subject.clone());
    }
    if !meta.keywords.is_empty() {
        metadata = metadata.keywords(meta.keywords.clone());
    }
    // Only PDF/A asks for a date; other PDFs carry none.
    if let Some((year, month, day)) = meta.date.filter(|_| meta.archival) {
        let date = krilla::metadata::DateTime::new(year).month(month).day(day).utc_offset_hour(0).utc_offset_minute(0);
        metadata = metadata.creation_date(date);
    }
    document.set_metadata(metadata);
    document.set_outline(structure.outline(&meta.title));
    document.set_tag_tree(structure.tree(&meta.language));
    document.finish().map_err(|e| explain(&e))
}

/// A krilla error in words a site's author can act on.
fn explain(error: &krilla::error::KrillaError) -> String {
    use krilla::configure::ValidationError as V;
    use krilla::error::KrillaError;
    let KrillaError::Validation(errors) = error else { return format!("{error:?}") };
    let mut reasons: Vec<String> = errors
        .iter()
        .map(|(e, validators)| {
            let standard = validators.into_iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ");
            let why = match e {
                V::Transparency(_) => "a picture or chart uses transparency".to_string(),
                V::ImageInterpolation(_) => "a picture asks to be smoothed when scaled".to_string(),
                V::MissingDocumentDate => "the document has no date: give the creator `as_of:` (a kit) or the campaign `end:` (a report)".to_string(),
                V::ContainsNotDefGlyph(_, _, text) => format!("a character has no glyph in the embedded fonts: {text:?}"),
                V::NoCodepointMapping(..) | V::InvalidCodepointMapping(..) | V::UnicodePrivateArea(..) => {
                    "some text uses characters that cannot be mapped back to Unicode (private-use or control characters)".to_string()
                }
                V::ContainsPostScript(_) => "a picture uses a repeating or sweep gradient".to_string(),
                V::EmbeddedPDF(_) => "a picture is itself a PDF".to_string(),
                V::TooHighQNestingLevel => "a picture nests clip paths too deeply".to_string(),
                V::TooLongString | V::TooLongName => "a text is too long for the standard".to_string(),
                V::MissingAltText(_) => "a figure has no text alternative".to_string(),
                other => format!("{other:?}"),
            };
            format!("{why} ({standard})")
        })
        .collect();
    reasons.sort();
    reasons.dedup();
    format!("it cannot meet its standard: {}", reasons.join("; "))
}
