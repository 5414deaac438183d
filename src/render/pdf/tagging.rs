//! The logical structure of a PDF, for screen readers, reflow and PDF/UA:
//! headings, paragraphs, lists, tables, figures and links in reading order,
//! and page furniture marked as artifacts.
//!
//! Layout says what it draws belongs to with `Op::Open(Element)` and
//! `Op::Close` around the drawing, and `Op::Furniture` around decoration;
//! `Structure` follows those markers while the pages are drawn and turns
//! them into krilla's tag tree and the document outline. Plain shapes (rules,
//! fills, bars) are decoration unless they are part of a figure.

use std::num::NonZeroU16;

use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::outline::{Outline, OutlineNode};
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, TableHeaderScope, Tag, TagGroup,
    TagKind, TagTree,
};

/// What a stretch of drawing is, to a reader.
#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    /// A heading; level 1 is the document's title. `title` is its text.
    Heading {
        level: u8,
        title: String,
    },
    Paragraph,
    List(Marker),
    Item,
    /// An item's bullet or number.
    Label,
    /// An item's content.
    Body,
    Quote,
    Table,
    TableHead,
    TableBody,
    TableFoot,
    Row,
    /// A header cell of its column, or with `row` of its row.
    HeaderCell {
        row: bool,
    },
    Cell,
    /// A picture or a chart, read as `alt`.
    Figure {
        alt: String,
    },
    /// A link: its text, and the clickable area of the `Op::Link` inside it.
    Link,
}

/// How a list marks its items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    None,
    Bullet,
    Number,
}

/// Drawing a reader skips.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Furniture {
    /// The running head.
    Header,
    /// The running foot.
    Footer,
    PageNumber,
    /// What a page break repeats: a table's header row, "continued" captions.
    Pagination,
    /// Rules, fills, bars and other drawing with no meaning of its own.
    Layout,
}

impl Furniture {
    fn krilla(self) -> Artifact {
        Artifact::with_kind(match self {
            Furniture::Header => ArtifactType::Header,
            Furniture::Footer => ArtifactType::Footer,
            Furniture::PageNumber => ArtifactType::PageNumber,
            Furniture::Pagination => ArtifactType::PaginationOther,
            Furniture::Layout => ArtifactType::Layout,
        })
    }
}

enum Child {
    Group(usize),
    Content(Identifier),
    /// A link annotation, by its index in `Structure::annotations`.
    Annotation(usize),
}

struct Group {
    element: Element,
    children: Vec<Child>,
}

/// Where the drawing at hand goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Content(usize),
    Artifact(Furniture),
}

/// A heading's place, for the outline.
struct Bookmark {
    level: u8,
    title: String,
    page: usize,
    y: f32,
}

/// The structure being built while pages are drawn.
#[derive(Default)]
pub struct Structure {
    groups: Vec<Group>,
    roots: Vec<usize>,
    /// Open elements, innermost last; they stay open across pages.
    open: Vec<usize>,
    furniture: Option<Furniture>,
    /// The marked content being drawn, if any.
    current: Option<Target>,
    annotations: Vec<Option<Identifier>>,
    bookmarks: Vec<Bookmark>,
    /// Headings that have not been placed in the outline yet.
    unplaced: Vec<usize>,
}

/// What kind of drawing an operation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawing {
    Text,
    Shape,
    Picture,
}

impl Structure {
    pub fn open(&mut self, element: Element) {
        let index = self.groups.len();
        if matches!(element, Element::Heading { .. }) {
            self.unplaced.push(index);
        }
        self.groups.push(Group { element, children: Vec::new() });
        match self.open.last() {
            Some(parent) => self.groups[*parent].children.push(Child::Group(index)),
            None => self.roots.push(index),
        }
        self.open.push(index);
    }

    pub fn close(&mut self) {
        self.open.pop();
    }

    pub fn furniture(&mut self, furniture: Option<Furniture>) {
        self.furniture = furniture;
    }

    fn in_figure(&self) -> Option<usize> {
        self.open.iter().rev().copied().find(|g| matches!(self.groups[*g].element, Element::Figure { .. }))
    }

    /// Where drawing of this kind goes: shapes and pictures outside a figure
    /// are decoration, text outside any element gets a paragraph of its own.
    pub fn target(&mut self, drawing: Drawing) -> Target {
        if let Some(f) = self.furniture {
            return Target::Artifact(f);
        }
        match drawing {
            Drawing::Shape | Drawing::Picture => match self.in_figure() {
                Some(figure) => Target::Content(figure),
                None => Target::Artifact(Furniture::Layout),
            },
            Drawing::Text => match self.open.last() {
                Some(g) => Target::Content(*g),
                None => match self.current {
                    Some(Target::Content(g)) if self.roots.last() == Some(&g) => Target::Content(g),
                    _ => {
                        let index = self.groups.len();
                        self.groups.push(Group { element: Element::Paragraph, children: Vec::new() });
                        self.roots.push(index);
                        Target::Content(index)
                    }
                },
            },
        }
    }

    /// Starts marked content for `target` unless it is the one being drawn.
    pub fn mark(&mut self, surface: &mut krilla::surface::Surface, target: Target) {
        if self.current == Some(target) {
            return;
        }
        self.end(surface);
        match target {
            Target::Artifact(f) => {
                surface.start_tagged(ContentTag::Artifact(f.krilla()));
            }
            Target::Content(g) => {
                let tag = match self.groups[g].element {
                    Element::Figure { .. } => ContentTag::Other,
                    _ => ContentTag::Span(SpanTag::empty()),
                };
                let id = surface.start_tagged(tag);
                self.groups[g].children.push(Child::Content(id));
            }
        }
        self.current = Some(target);
    }

    /// Ends the marked content being drawn; at the end of every page.
    pub fn end(&mut self, surface: &mut krilla::surface::Surface) {
        if self.current.take().is_some() {
            surface.end_tagged();
        }
    }

    /// Called after drawing text at `y` on `page`: a heading's first text
    /// is where the outline points.
    pub fn placed(&mut self, page: usize, y: f32) {
        let Some(Target::Content(g)) = self.current else { return };
        if let Some(at) = self.unplaced.iter().position(|u| *u == g) {
            self.unplaced.remove(at);
            if let Element::Heading { level, title } = &self.groups[g].element {
                self.bookmarks.push(Bookmark { level: *level, title: title.clone(), page, y });
            }
        }
    }

    /// A link annotation in the innermost element, which should be a link;
    /// returns its index for `annotated`.
    pub fn annotation(&mut self) -> Option<usize> {
        if self.furniture.is_some() {
            return None;
        }
        let index = self.annotations.len();
        self.annotations.push(None);
        match self.open.last().copied() {
            Some(g) if self.groups[g].element == Element::Link => {
                self.groups[g].children.push(Child::Annotation(index));
            }
            parent => {
                let link = self.groups.len();
                self.groups.push(Group { element: Element::Link, children: vec![Child::Annotation(index)] });
                match parent {
                    Some(p) => self.groups[p].children.push(Child::Group(link)),
                    None => self.roots.push(link),
                }
            }
        }
        Some(index)
    }

    /// The identifier krilla gave annotation `index`.
    pub fn annotated(&mut self, index: usize, id: Identifier) {
        if let Some(slot) = self.annotations.get_mut(index) {
            *slot = Some(id);
        }
    }

    fn node(&self, g: usize) -> Option<Node> {
        let group = &self.groups[g];
        let mut children = Vec::with_capacity(group.children.len());
        let mut annotated = false;
        for child in &group.children {
            match child {
                Child::Group(c) => children.extend(self.node(*c)),
                Child::Content(id) => children.push(Node::Leaf(*id)),
                Child::Annotation(a) => {
                    if let Some(Some(id)) = self.annotations.get(*a) {
                        children.push(Node::Leaf(*id));
                        annotated = true;
                    }
                }
            }
        }
        if children.is_empty() {
            return None;
        }
        let tag: TagKind = match &group.element {
            Element::Heading { level, title } => {
                Tag::Hn(NonZeroU16::new(u16::from(*level).max(1)).unwrap_or(NonZeroU16::MIN), Some(title.clone()))
                    .into()
            }
            Element::Paragraph => Tag::P.into(),
            Element::List(marker) => Tag::L(match marker {
                Marker::None => ListNumbering::None,
                Marker::Bullet => ListNumbering::Disc,
                Marker::Number => ListNumbering::Decimal,
            })
            .into(),
            Element::Item => Tag::LI.into(),
            Element::Label => Tag::Lbl.into(),
            Element::Body => Tag::LBody.into(),
            Element::Quote => Tag::BlockQuote.into(),
            Element::Table => Tag::Table.into(),
            Element::TableHead => Tag::THead.into(),
            Element::TableBody => Tag::TBody.into(),
            Element::TableFoot => Tag::TFoot.into(),
            Element::Row => Tag::TR.into(),
            Element::HeaderCell { row } => {
                Tag::TH(if *row { TableHeaderScope::Row } else { TableHeaderScope::Column }).into()
            }
            Element::Cell => Tag::TD.into(),
            Element::Figure { alt } => Tag::Figure(Some(alt.clone())).into(),
            // A link whose address was dropped is plain text.
            Element::Link if annotated => Tag::Link.into(),
            Element::Link => Tag::Span.into(),
        };
        Some(Node::Group(TagGroup::with_children(tag, children)))
    }

    /// The tag tree, in the document's language.
    pub fn tree(&self, language: &str) -> TagTree {
        let mut tree = TagTree::new().with_lang((!language.is_empty()).then(|| language.to_string()));
        for root in &self.roots {
            if let Some(node) = self.node(*root) {
                tree.push(node);
            }
        }
        tree
    }

    /// Bookmarks for the top two heading levels; the title alone when the
    /// document has no headings.
    pub fn outline(&self, title: &str) -> Outline {
        let mut outline = Outline::new();
        let dest = |page: usize, y: f32| XyzDestination::new(page, Point::from_xy(0.0, (y - 24.0).max(0.0)));
        let mut top: Option<OutlineNode> = None;
        let top_level = self.bookmarks.iter().map(|b| b.level).min().unwrap_or(1);
        for b in self.bookmarks.iter().filter(|b| b.level <= top_level + 1) {
            let node = OutlineNode::new(b.title.clone(), dest(b.page, b.y));
            if b.level == top_level {
                if let Some(done) = top.take() {
                    outline.push_child(done);
                }
                top = Some(node.with_open(true));
            } else {
                match &mut top {
                    Some(parent) => parent.push_child(node),
                    None => outline.push_child(node),
                }
            }
        }
        match top {
            Some(done) => outline.push_child(done),
            None if self.bookmarks.is_empty() => outline.push_child(OutlineNode::new(title.to_string(), dest(0, 0.0))),
            None => {}
        }
        outline
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawing_goes_to_the_open_element_shapes_are_decoration() {
        let mut s = Structure::default();
        // Text outside any element gets a paragraph of its own.
        assert_eq!(s.target(Drawing::Text), Target::Content(0));
        assert_eq!(s.roots, vec![0]);
        s.open(Element::Paragraph);
        assert_eq!(s.target(Drawing::Text), Target::Content(1));
        assert_eq!(s.target(Drawing::Shape), Target::Artifact(Furniture::Layout));
        assert_eq!(s.target(Drawing::Picture), Target::Artifact(Furniture::Layout));
        s.close();
        s.open(Element::Figure { alt: "A chart".into() });
        s.open(Element::Paragraph);
        // Inside a figure, shapes and pictures are the figure's content.
        assert_eq!(s.target(Drawing::Shape), Target::Content(2));
        s.close();
        s.close();
        s.furniture(Some(Furniture::Header));
        assert_eq!(s.target(Drawing::Text), Target::Artifact(Furniture::Header));
        assert_eq!(s.annotation(), None, "no link in page furniture");
    }

    #[test]
    fn a_link_area_outside_a_link_element_gets_one() {
        let mut s = Structure::default();
        s.open(Element::Cell);
        assert_eq!(s.annotation(), Some(0));
        let cell = &s.groups[0];
        let Some(Child::Group(link)) = cell.children.first() else { panic!("a link element") };
        assert_eq!(s.groups[*link].element, Element::Link);
        s.open(Element::Link);
        assert_eq!(s.annotation(), Some(1));
        assert!(matches!(s.groups[2].children.as_slice(), [Child::Annotation(1)]));
    }

    #[test]
    fn the_outline_nests_second_level_headings_under_the_first() {
        let mut s = Structure::default();
        for (level, title) in [(1, "Report"), (2, "Results"), (3, "A chart"), (2, "Posts")] {
            s.bookmarks.push(Bookmark { level, title: title.into(), page: 0, y: 100.0 });
        }
        // krilla prints a node's children before its text.
        let outline = format!("{:?}", s.outline("Doc"));
        let at = |t: &str| outline.find(t).unwrap_or_else(|| panic!("{t} in {outline}"));
        assert!(at("Results") < at("Posts") && at("Posts") < at("Report"), "{outline}");
        assert!(
            outline.starts_with(
                "Outline { children: [OutlineNode { children: [OutlineNode { children: [], text: \"Results\""
            ),
            "{outline}"
        );
        assert!(!outline.contains("A chart"), "third-level headings stay out: {outline}");
        let empty = format!("{:?}", Structure::default().outline("Doc"));
        assert!(empty.contains("Doc"), "{empty}");
    }
}
