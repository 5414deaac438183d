//! Link-preview cards: a 1200×630 PNG per kit, rate card, report and brand
//! page, and one of the site for the roster and its listings, which
//! `og:image` names so that a link shared in a message or a post shows a
//! card. Each card is an SVG composed in the theme's look (brand colours;
//! the photo or initials, the name, the tagline and headline figures; for a
//! report the campaign, the client and the headline results), rendered with
//! resvg against the embedded fonts and encoded as an opaque PNG.
//!
//! Cards are made from the views, so they show what the pages show and
//! nothing `hide:` removed; the same view always gives the same bytes.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::Diagnostic;
use crate::present::desk;
use crate::present::escape::escape_xml;
use crate::present::format::NOT_AVAILABLE;
use crate::present::i18n::join_list;
use crate::present::roster::SiteSummary;
use crate::present::site::BrandView;
use crate::present::urls::page;
use crate::present::{CampaignView, CreatorView, Ctx};
use crate::render::OutputFile;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The three built-in looks; a theme of the site's own takes the studio's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Look {
    Studio,
    Creator,
    Agency,
}

/// What a card says, whatever its look.
struct Content {
    eyebrow: String,
    title: String,
    /// A line or two under the title.
    lines: Vec<String>,
    /// Up to four (value, label) pairs.
    stats: Vec<(String, String)>,
    picture: Picture,
    footer: String,
    /// Written right to left: the layout is mirrored.
    rtl: bool,
}

enum Picture {
    Photo(Box<usvg::ImageKind>),
    Initials(String),
    /// A report: no portrait.
    None,
}

/// The site's cards, prepared once per build.
pub struct Cards {
    root: PathBuf,
    look: Look,
    brand: BrandView,
    /// The site's address without the scheme, for the foot of every card.
    site: String,
}

impl Cards {
    pub fn new(ctx: &Ctx, theme: &str, root: &Path) -> Cards {
        let look = match theme {
            "creator" => Look::Creator,
            "agency" => Look::Agency,
            _ => Look::Studio,
        };
        let site = ctx.urls.origin_and_path.split("://").nth(1).unwrap_or("").trim_end_matches('/').to_string();
        Cards { root: root.to_path_buf(), look, brand: ctx.site.brand.clone(), site }
    }

    fn footer(&self) -> String {
        if self.site.is_empty() { self.brand.name.clone() } else { format!("{} · {}", self.brand.name, self.site) }
    }

    /// `creators/<slug>/card.png`.
    pub fn kit(&self, view: &CreatorView) -> Result<OutputFile, Diagnostic> {
        let (kit, t) = (&view.kit, &view.lang.t);
        let mut meta = Vec::new();
        if let Some(location) = &kit.location {
            meta.push(location.clone());
        }
        if let Some(tier) = &kit.tier_text {
            meta.push(tier.clone());
        }
        let mut lines: Vec<String> = kit.tagline.iter().cloned().collect();
        if !meta.is_empty() {
            lines.push(meta.join(" · "));
        }
        let content = Content {
            eyebrow: t.text("nav-media-kit").to_uppercase(),
            title: kit.name.clone(),
            lines,
            stats: kit.headline.iter().take(3).map(|s| (s.value.clone(), s.label.clone())).collect(),
            picture: self.photo(view),
            footer: self.footer(),
            rtl: view.lang.rtl(),
        };
        self.file(page::kit_card(&view.slug), &content, &view.file)
    }

    /// `creators/<slug>/rates/card.png`, when the creator shows rates.
    pub fn rates(&self, view: &CreatorView) -> Option<Result<OutputFile, Diagnostic>> {
        let rates = view.rates.as_ref()?;
        let (kit, t) = (&view.kit, &view.lang.t);
        let offers = rates
            .items
            .iter()
            .map(|i| (i.price.clone(), format!("{} {}", i.platform, i.deliverable)))
            .chain(rates.packages.iter().map(|p| (p.price.clone(), p.name.clone())));
        let mut lines: Vec<String> = kit.tagline.iter().cloned().collect();
        if let Some(from) = &kit.rates_from {
            lines.push(t.with("search-rates-from", &[("price", from.into())]));
        }
        let content = Content {
            eyebrow: t.text("nav-rate-card").to_uppercase(),
            title: kit.name.clone(),
            lines,
            stats: offers.take(3).collect(),
            picture: self.photo(view),
            footer: self.footer(),
            rtl: view.lang.rtl(),
        };
        Some(self.file(page::rates_card(&view.slug), &content, &view.file))
    }

    /// `campaigns/<slug>/card.png`.
    pub fn report(&self, view: &CampaignView) -> Result<OutputFile, Diagnostic> {
        let report = &view.report;
        let lead: Vec<String> = report.client_text.iter().cloned().collect();
        let content =
            self.results(&view.lang, "report-eyebrow", &report.name, lead, &report.dates, headline_kpis(report));
        self.file(page::report_card(&view.slug), &content, &view.file)
    }

    /// `brands/<slug>/card.png`: a brand's partnership results — its name,
    /// how many campaigns with how many creators, the dates and four totals.
    pub fn brand(&self, view: &desk::BrandView, lang: &crate::present::Lang) -> Result<OutputFile, Diagnostic> {
        // "1 campaign and 9 creators": joined in words, since a middle dot
        // beside Arabic-Indic digits reads as a zero.
        let together = join_list(&lang.t, &[view.campaigns_text.clone(), view.creators_text.clone()]);
        let content = self.results(lang, "brand-eyebrow", &view.name, vec![together], &view.dates, brand_kpis(view));
        self.file(page::brand_card(&view.slug), &content, crate::paths::CAMPAIGNS_DIR)
    }

    /// A card of results (a report's, a brand's): no portrait, the lead
    /// lines and the dates under the title, the figures in a row, and who
    /// prepared it.
    fn results(
        &self,
        lang: &crate::present::Lang,
        eyebrow: &str,
        title: &str,
        mut lines: Vec<String>,
        dates: &str,
        stats: Vec<(String, String)>,
    ) -> Content {
        if !dates.is_empty() && dates != NOT_AVAILABLE {
            lines.push(dates.to_string());
        }
        Content {
            eyebrow: lang.t.text(eyebrow).to_uppercase(),
            title: title.to_string(),
            lines,
            stats,
            picture: Picture::None,
            footer: lang.t.with("report-prepared-by", &[("agency", (&self.footer()).into())]),
            rtl: lang.rtl(),
        }
    }

    /// `card.png`: the site's own, for the roster and every listing — its
    /// title, description and the roster in figures.
    pub fn site(&self, summary: &SiteSummary, lang: &crate::present::Lang) -> Result<OutputFile, Diagnostic> {
        let content = Content {
            eyebrow: lang.t.text("roster-creators").to_uppercase(),
            title: summary.title.clone(),
            lines: vec![summary.description.clone()],
            stats: summary.stats.clone(),
            picture: Picture::None,
            footer: self.footer(),
            rtl: lang.rtl(),
        };
        self.file(page::SITE_CARD.to_string(), &content, crate::paths::CONFIG_FILE)
    }

    fn file(&self, path: String, content: &Content, source: &str) -> Result<OutputFile, Diagnostic> {
        let svg = compose(self.look, &self.brand, content);
        let bytes = rasterise(&svg, &content.picture).map_err(|e| {
            Diagnostic::error(source.to_string(), format!("cannot make the link-preview card {path}: {e}"))
        })?;
        Ok(OutputFile::new(path, bytes))
    }

    /// The creator's photo as the card can draw it, else their initials. The
    /// photo is read and checked as every output reads it (`load::picture`:
    /// a regular file, a header within the size limits, an SVG of bounded
    /// text); one that fails is left out and the initials stand in.
    fn photo(&self, view: &CreatorView) -> Picture {
        let initials = || Picture::Initials(view.kit.initials.clone());
        let Some(inner) = view.photo.as_ref().and_then(|p| p.static_path()) else { return initials() };
        let path = self.root.join(crate::paths::STATIC_DIR).join(inner);
        photo_kind(&path, inner).map_or_else(initials, |kind| Picture::Photo(Box::new(kind)))
    }
}

/// The results a report's or a brand's card leads with, the first four it has.
const HEADLINE: [&str; 10] =
    ["reach", "engagements", "conversions", "roas", "revenue", "impressions", "views", "clicks", "er_reach", "emv"];

/// The KPIs a report leads with, as its cover shows them.
pub fn headline_kpis(report: &crate::present::report::ReportView) -> Vec<(String, String)> {
    HEADLINE
        .iter()
        .filter_map(|k| report.kpis.iter().find(|kpi| kpi.key == *k))
        .filter(|kpi| report.figures.totals.get(kpi.metric).is_some())
        .take(4)
        .map(|kpi| (kpi.value.clone(), kpi.label.clone()))
        .collect()
}

/// The totals a brand's card leads with: those of a report's, where the
/// brand's campaigns have them.
fn brand_kpis(view: &desk::BrandView) -> Vec<(String, String)> {
    HEADLINE
        .iter()
        .filter_map(|k| view.kpis.iter().find(|kpi| kpi.key == *k))
        .filter(|kpi| kpi.value != NOT_AVAILABLE)
        .take(4)
        .map(|kpi| (kpi.value.clone(), kpi.label.clone()))
        .collect()
}

/// The text alternative of a brand's card.
pub fn brand_alt(view: &desk::BrandView, lang: &crate::present::Lang) -> String {
    let lead = lang.t.with("brand-title", &[("name", (&view.name).into())]);
    let together = join_list(&lang.t, &[view.campaigns_text.clone(), view.creators_text.clone()]);
    let lead = format!("{lead} · {together}");
    let figures: Vec<String> =
        brand_kpis(view).into_iter().map(|(v, l)| format!("{v} {}", in_sentence(lang, &l))).collect();
    with_figures(lang, lead, &figures)
}

/// The text alternative of a kit's card.
pub fn kit_alt(view: &CreatorView) -> String {
    let figures: Vec<String> = view
        .kit
        .headline
        .iter()
        .take(3)
        .map(|s| format!("{} {}", s.value, in_sentence(&view.lang, &s.label)))
        .collect();
    let lead = view.lang.t.with("page-kit-description", &[("name", (&view.kit.name).into())]);
    with_figures(&view.lang, lead, &figures)
}

/// The text alternative of a rate card's card.
pub fn rates_alt(view: &CreatorView) -> String {
    let offers: Vec<String> = view
        .rates
        .iter()
        .flat_map(|r| {
            r.items
                .iter()
                .map(|i| format!("{} {} {}", i.platform, i.deliverable, i.price))
                .chain(r.packages.iter().map(|p| format!("{} {}", p.name, p.price)))
        })
        .take(3)
        .collect();
    let lead = view.lang.t.with("page-rates-title", &[("name", (&view.kit.name).into())]);
    with_figures(&view.lang, lead, &offers)
}

/// The text alternative of a report's card.
pub fn report_alt(view: &CampaignView) -> String {
    let r = &view.report;
    let kind = view.lang.t.text("report-eyebrow");
    let lead = match &r.client_text {
        Some(client) => format!("{} · {kind} {client}", r.name),
        None => format!("{} · {kind}", r.name),
    };
    let figures: Vec<String> =
        headline_kpis(r).into_iter().map(|(v, l)| format!("{v} {}", in_sentence(&view.lang, &l))).collect();
    with_figures(&view.lang, lead, &figures)
}

/// The text alternative of the site's card.
pub fn site_alt(title: &str, description: &str) -> String {
    format!("{title}: {description}")
}

/// A label inside a sentence: English lowercases it ("174K total audience");
/// other languages keep it as written (German nouns keep their capital).
fn in_sentence(lang: &crate::present::Lang, label: &str) -> String {
    if lang.tag().starts_with("en") { label.to_lowercase() } else { label.to_string() }
}

/// "lead: figure, figure", the figures joined as the language lists ("، " in Arabic).
fn with_figures(lang: &crate::present::Lang, lead: String, figures: &[String]) -> String {
    if figures.is_empty() { lead } else { format!("{lead}: {}", figures.join(&lang.t.text("list-separator"))) }
}

/// The photo at `path` (named `name`), read and checked, as usvg takes it;
/// `None` for a file `load::picture` refuses or an SVG that does not parse.
fn photo_kind(path: &Path, name: &str) -> Option<usvg::ImageKind> {
    use crate::load::picture::Kind;
    let checked = crate::load::picture::read(path, name).ok()?;
    let data = Arc::new(checked.data);
    Some(match checked.kind {
        Kind::Svg => {
            let mut options = options(None);
            crate::load::picture::guard_embedded(&mut options);
            usvg::ImageKind::SVG(usvg::Tree::from_data(&data, &options).ok()?)
        }
        Kind::Png => usvg::ImageKind::PNG(data),
        Kind::Jpeg => usvg::ImageKind::JPEG(data),
        Kind::Gif => usvg::ImageKind::GIF(data),
        Kind::Webp => usvg::ImageKind::WEBP(data),
    })
}

/// usvg options with the embedded fonts only; the one `<image>` a card has
/// (`href="photo"`) resolves to `photo`, and nothing reaches the file system.
fn options(photo: Option<usvg::ImageKind>) -> usvg::Options<'static> {
    let mut options = usvg::Options { font_family: crate::fonts::FAMILY.to_string(), ..usvg::Options::default() };
    options.fontdb = crate::render::pdf::svg_fonts();
    options.image_href_resolver.resolve_data = Box::new(|_, _, _| None);
    options.image_href_resolver.resolve_string =
        Box::new(move |href, _| if href == "photo" { photo.clone() } else { None });
    options
}

fn rasterise(svg: &str, picture: &Picture) -> Result<Vec<u8>, String> {
    let photo = match picture {
        Picture::Photo(kind) => Some((**kind).clone()),
        _ => None,
    };
    let tree = usvg::Tree::from_str(svg, &options(photo)).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no room for the picture")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    // The card is opaque: its RGB alone, which makes a smaller file. (A plain
    // copy loop: an iterator chain here costs 100 ms a card in debug builds.)
    let rgba = pixmap.data();
    let mut rgb = vec![0u8; rgba.len() / 4 * 3];
    for (to, from) in rgb.chunks_exact_mut(3).zip(rgba.chunks_exact(4)) {
        to.copy_from_slice(&from[..3]);
    }
    let mut out = Vec::with_capacity(64 * 1024);
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// Text the embedded fonts can draw: what neither Inter nor the CJK
/// fallback has (emoji, some scripts) is left out rather than shown as boxes.
fn drawable(text: &str) -> String {
    let cleaned = crate::render::pdf::drawable(text);
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn width(text: &str, px: f32, bold: bool) -> f32 {
    crate::fonts::text_width(text, f64::from(px), bold) as f32
}

/// The most characters a line of `max` pixels at `px` can hold: no glyph
/// of the embedded fonts is narrower than a fifth of the size (zero-width
/// marks aside, whose text is then cut a little early).
fn most_chars(px: f32, max: f32) -> usize {
    (max / (px * 0.2)).max(0.0) as usize + 2
}

/// `text` without what could never show in `lines` lines of `max` pixels,
/// and "…" in its place; text this short is measured in time that does not
/// grow with the original's length.
fn bounded(text: &str, px: f32, max: f32, lines: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(most_chars(px, max) * lines.max(1)) {
        Some((at, _)) => format!("{}…", &text[..at]).into(),
        None => text.into(),
    }
}

/// `text` cut with "…" to fit `max` pixels at `px`: the longest prefix that
/// fits with its ellipsis, found by halving.
fn cut(text: &str, px: f32, max: f32, bold: bool) -> String {
    let text = bounded(text, px, max, 1);
    if width(&text, px, bold) <= max {
        return text.into_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let candidate = |n: usize| chars[..n].iter().collect::<String>().trim_end().to_string() + "…";
    let (mut fits, mut over) = (0, chars.len());
    while over - fits > 1 {
        let mid = (fits + over) / 2;
        if width(&candidate(mid), px, bold) <= max {
            fits = mid;
        } else {
            over = mid;
        }
    }
    if fits == 0 { "…".to_string() } else { candidate(fits) }
}

/// `text` broken into at most `lines` lines of `max` pixels, the last cut.
fn wrap(text: &str, px: f32, max: f32, lines: usize, bold: bool) -> Vec<String> {
    let text = bounded(text, px, max, lines);
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        let candidate = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
        if width(&candidate, px, bold) <= max || current.is_empty() {
            current = candidate;
            continue;
        }
        if out.len() + 1 == lines {
            let rest = words[i..].join(" ");
            out.push(cut(&format!("{current} {rest}"), px, max, bold));
            return out;
        }
        out.push(std::mem::replace(&mut current, word.to_string()));
    }
    if !current.is_empty() {
        out.push(cut(&current, px, max, bold));
    }
    out
}

/// The lines under the title: a single one too long for a line of `max`
/// pixels flows onto a second in the same style (the bool), else each is
/// shown as given.
fn flow(lines: &[String], px: f32, max: f32, bold: bool) -> (Vec<String>, bool) {
    match lines {
        [only] if width(only, px, bold) > max => (wrap(only, px, max, 2, bold), true),
        _ => (lines.to_vec(), false),
    }
}

/// The title's size and lines: the largest size from `sizes` at which it
/// fits two lines of `max` pixels.
fn title_lines(title: &str, sizes: &[f32], max: f32) -> (f32, Vec<String>) {
    for &px in sizes {
        let lines = wrap(title, px, max, 2, true);
        let fits = lines.iter().all(|l| !l.ends_with('…')) && (lines.len() == 1 || px <= sizes[sizes.len() / 2]);
        if fits {
            return (px, lines);
        }
    }
    let px = *sizes.last().unwrap_or(&48.0);
    (px, wrap(title, px, max, 2, true))
}

/// An SVG being drawn. Layouts are written left to right; for a language
/// written right to left the builder mirrors them: every shape's x is taken
/// from the right edge, text is anchored at its end and laid out as a
/// right-to-left paragraph, so a card reads the way its page does.
struct Svg {
    out: String,
    rtl: bool,
}

/// Embeddings and their pop: the text renderer lays out every paragraph left
/// to right, so in a right-to-left layout each text is embedded explicitly.
const RLE: char = '\u{202B}';
const LRE: char = '\u{202A}';
const PDF: char = '\u{202C}';

/// The embedding a text takes in a right-to-left layout. Text of one piece
/// runs the way its first letter does (as `dir="auto"` on the pages), so an
/// English tagline keeps its full stop at its end; pieces joined with " · "
/// (a location and a tier) run right to left, the first piece rightmost.
fn embedding(text: &str) -> char {
    if text.contains(" · ") {
        return RLE;
    }
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Ltr => LRE,
        _ => RLE,
    }
}

impl Svg {
    /// The x of a shape `w` wide whose left edge is `x` in the left-to-right layout.
    fn x(&self, x: f32, w: f32) -> f32 {
        if self.rtl { WIDTH as f32 - x - w } else { x }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, rx: f32, fill: &str) {
        let x = self.x(x, w);
        self.out.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{rx}\" fill=\"{}\"/>",
            escape_xml(fill)
        ));
    }

    fn circle(&mut self, cx: f32, cy: f32, r: f32, fill: &str) {
        let cx = self.x(cx, 0.0);
        self.out.push_str(&format!("<circle cx=\"{cx}\" cy=\"{cy}\" r=\"{r}\" fill=\"{}\"/>", escape_xml(fill)));
    }

    fn text(&mut self, x: f32, y: f32, px: f32, weight: u16, fill: &str, text: &str) {
        self.text_with(x, y, px, weight, fill, text, "");
    }

    /// Text from `x` (its start), or centred on `x` when `extra` anchors it
    /// in the middle. Right to left, letter spacing is left out: it would
    /// pull apart the joined letters of Arabic.
    #[allow(clippy::too_many_arguments)]
    fn text_with(&mut self, x: f32, y: f32, px: f32, weight: u16, fill: &str, text: &str, extra: &str) {
        if text.is_empty() {
            return;
        }
        let (x, extra, text) = if self.rtl {
            let middle = extra.contains("text-anchor=\"middle\"");
            let kept: String = extra
                .split(' ')
                .filter(|a| !a.is_empty() && !a.starts_with("letter-spacing="))
                .map(|a| format!(" {a}"))
                .collect();
            let anchor = if middle { "" } else { " text-anchor=\"end\"" };
            (self.x(x, 0.0), format!("{kept}{anchor}"), format!("{}{text}{PDF}", embedding(text)))
        } else {
            (x, extra.to_string(), text.to_string())
        };
        self.out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{px}\" font-weight=\"{weight}\" fill=\"{}\"{extra}>{}</text>",
            escape_xml(fill),
            escape_xml(&text)
        ));
    }

    /// The photo clipped to a circle (`rx` = half the side) or a rounded square.
    fn photo(&mut self, x: f32, y: f32, side: f32, rx: f32) {
        let x = self.x(x, side);
        self.out.push_str(&format!(
            "<clipPath id=\"p\"><rect x=\"{x}\" y=\"{y}\" width=\"{side}\" height=\"{side}\" rx=\"{rx}\"/></clipPath>\
             <image href=\"photo\" x=\"{x}\" y=\"{y}\" width=\"{side}\" height=\"{side}\" preserveAspectRatio=\"xMidYMid slice\" clip-path=\"url(#p)\"/>"
        ));
    }
}

/// The card's SVG in `look`.
fn compose(look: Look, brand: &BrandView, content: &Content) -> String {
    let out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"Inter\">"
    );
    let mut svg = Svg { out, rtl: content.rtl };
    let title = drawable(&content.title);
    let lines: Vec<String> = content.lines.iter().map(|l| drawable(l)).filter(|l| !l.is_empty()).collect();
    let stats: Vec<(String, String)> = content.stats.iter().map(|(v, l)| (drawable(v), drawable(l))).collect();
    let footer = drawable(&content.footer);
    match look {
        Look::Studio => studio(&mut svg, brand, content, &title, &lines, &stats, &footer),
        Look::Creator => creator(&mut svg, brand, content, &title, &lines, &stats, &footer),
        Look::Agency => agency(&mut svg, brand, content, &title, &lines, &stats, &footer),
    }
    svg.out.push_str("</svg>");
    svg.out
}

/// Initials centred in a circle.
fn initials(svg: &mut Svg, cx: f32, cy: f32, r: f32, letters: &str, ground: &str, ink: &str) {
    svg.circle(cx, cy, r, ground);
    let px = r * 0.78;
    let letters = drawable(letters);
    svg.text_with(cx, cy + px * 0.36, px, 700, ink, &letters, " text-anchor=\"middle\"");
}

/// Figures in a row from `x`, `span` wide, values at `y`, their labels in
/// capitals under them on up to two lines.
#[allow(clippy::too_many_arguments)]
fn stat_row(svg: &mut Svg, stats: &[(String, String)], x: f32, y: f32, span: f32, value: &str, label: &str, px: f32) {
    if stats.is_empty() {
        return;
    }
    let col = span / stats.len() as f32;
    for (i, (v, l)) in stats.iter().enumerate() {
        let cx = x + i as f32 * col;
        svg.text(cx, y, px, 700, value, &cut(v, px, col - 24.0, true));
        for (k, line) in wrap(&l.to_uppercase(), 17.0, col - 32.0, 2, true).iter().enumerate() {
            svg.text_with(cx, y + 32.0 + k as f32 * 22.0, 17.0, 600, label, line, " letter-spacing=\"0.6\"");
        }
    }
}

fn studio(
    svg: &mut Svg,
    b: &BrandView,
    content: &Content,
    title: &str,
    lines: &[String],
    stats: &[(String, String)],
    footer: &str,
) {
    let (ink, body, muted) = ("#0F172A", "#334155", "#475569");
    svg.rect(0.0, 0.0, WIDTH as f32, HEIGHT as f32, 0.0, "#FFFFFF");
    let portrait = !matches!(content.picture, Picture::None);
    let x = if portrait { 500.0 } else { 80.0 };
    let max = WIDTH as f32 - x - 80.0;
    if portrait {
        svg.rect(0.0, 0.0, 430.0, HEIGHT as f32, 0.0, &b.primary);
        svg.circle(215.0, 300.0, 158.0, &b.on_primary);
        match &content.picture {
            Picture::Photo(_) => svg.photo(65.0, 150.0, 300.0, 150.0),
            Picture::Initials(letters) => initials(svg, 215.0, 300.0, 150.0, letters, &b.primary_soft, &b.primary_text),
            Picture::None => {}
        }
    }
    svg.rect(x, 92.0, 56.0, 8.0, 4.0, &b.accent);
    svg.text_with(x, 148.0, 22.0, 600, &b.primary_text, &content.eyebrow, " letter-spacing=\"2.5\"");
    let (px, title_lines) = title_lines(title, &[76.0, 64.0, 54.0, 46.0], max);
    let mut y = 148.0 + px * 1.15;
    for line in &title_lines {
        svg.text(x, y, px, 700, ink, line);
        y += px * 1.1;
    }
    y += 8.0;
    let (lines, paragraph) = flow(lines, 30.0, max, false);
    for (i, line) in lines.iter().take(2).enumerate() {
        let (size, color) = if i == 0 || paragraph { (30.0, body) } else { (24.0, muted) };
        svg.text(x, y, size, 400, color, &cut(line, size, max, false));
        y += size * 1.45;
    }
    if portrait {
        stat_row(svg, stats, x, 500.0, max, ink, muted, 44.0);
        svg.text(x, 598.0, 20.0, 600, muted, &cut(footer, 20.0, max, true));
    } else {
        // A report: its results in a band of the brand colour, as on the PDF's cover.
        svg.rect(0.0, 420.0, WIDTH as f32, 210.0, 0.0, &b.primary);
        stat_row(svg, stats, x, 500.0, max, &b.on_primary, &b.on_primary, 48.0);
        svg.text(x, 592.0, 20.0, 600, &b.on_primary, &cut(footer, 20.0, max, true));
    }
}

fn creator(
    svg: &mut Svg,
    b: &BrandView,
    content: &Content,
    title: &str,
    lines: &[String],
    stats: &[(String, String)],
    footer: &str,
) {
    svg.rect(0.0, 0.0, WIDTH as f32, HEIGHT as f32, 0.0, &b.primary);
    // A big soft disc of the accent colour behind the portrait.
    svg.circle(1010.0, 120.0, 300.0, &b.primary_text);
    let portrait = !matches!(content.picture, Picture::None);
    let x = 72.0;
    let max = if portrait { 640.0 } else { WIDTH as f32 - 2.0 * x };
    match &content.picture {
        Picture::Photo(_) => {
            svg.circle(930.0, 300.0, 192.0, &b.accent);
            svg.photo(750.0, 120.0, 360.0, 180.0);
        }
        Picture::Initials(letters) => {
            svg.circle(930.0, 300.0, 192.0, &b.accent);
            initials(svg, 930.0, 300.0, 180.0, letters, &b.on_primary, &b.primary_text);
        }
        Picture::None => {}
    }
    let eyebrow_w = width(&content.eyebrow, 20.0, true) + 1.5 * content.eyebrow.chars().count() as f32 + 40.0;
    svg.rect(x, 70.0, eyebrow_w, 44.0, 22.0, &b.accent);
    svg.text_with(x + 20.0, 99.0, 20.0, 700, &b.on_accent, &content.eyebrow, " letter-spacing=\"1.5\"");
    let (px, title_lines) = title_lines(title, &[96.0, 80.0, 66.0, 54.0], max);
    let mut y = 130.0 + px * 1.05;
    for line in &title_lines {
        svg.text_with(x, y, px, 700, &b.on_primary, line, " letter-spacing=\"-2\"");
        y += px * 1.0;
    }
    y += 14.0;
    let (lines, _) = flow(lines, 30.0, max, true);
    for line in lines.iter().take(2) {
        svg.text_with(x, y, 30.0, 600, &b.on_primary, &cut(line, 30.0, max, true), " fill-opacity=\"0.9\"");
        y += 42.0;
    }
    // Figures as pills along the foot.
    let mut px_x = x;
    for (v, l) in stats.iter().take(if portrait { 3 } else { 4 }) {
        let v = cut(v, 34.0, 260.0, true);
        let l = cut(l, 18.0, 260.0, true);
        let w = width(&v, 34.0, true).max(width(&l, 18.0, true)) + 48.0;
        if px_x + w > WIDTH as f32 - 40.0 {
            break;
        }
        svg.rect(px_x, 452.0, w, 96.0, 26.0, &b.on_primary);
        svg.text(px_x + 24.0, 498.0, 34.0, 700, &b.primary_text, &v);
        svg.text(px_x + 24.0, 528.0, 18.0, 600, &b.primary_text, &l);
        px_x += w + 16.0;
    }
    svg.text_with(x, 600.0, 20.0, 600, &b.on_primary, &cut(footer, 20.0, 1000.0, true), " fill-opacity=\"0.85\"");
}

fn agency(
    svg: &mut Svg,
    b: &BrandView,
    content: &Content,
    title: &str,
    lines: &[String],
    stats: &[(String, String)],
    footer: &str,
) {
    let (ground, soft, faint, rule) = ("#0F172A", "#CBD5E1", "#94A3B8", "#334155");
    svg.rect(0.0, 0.0, WIDTH as f32, HEIGHT as f32, 0.0, ground);
    svg.rect(0.0, 0.0, WIDTH as f32, 10.0, 0.0, &b.accent);
    let portrait = !matches!(content.picture, Picture::None);
    let x = 80.0;
    let max = if portrait { 660.0 } else { WIDTH as f32 - 2.0 * x };
    match &content.picture {
        Picture::Photo(_) => {
            svg.rect(826.0, 96.0, 300.0, 300.0, 28.0, &b.primary);
            svg.photo(810.0, 80.0, 300.0, 24.0);
        }
        Picture::Initials(letters) => {
            svg.rect(826.0, 96.0, 300.0, 300.0, 28.0, &b.accent);
            svg.rect(810.0, 80.0, 300.0, 300.0, 24.0, &b.primary);
            let letters = drawable(letters);
            svg.text_with(960.0, 270.0, 120.0, 700, &b.on_primary, &letters, " text-anchor=\"middle\"");
        }
        Picture::None => {}
    }
    svg.text_with(x, 118.0, 21.0, 600, &b.accent, &content.eyebrow, " letter-spacing=\"3\"");
    let (px, title_lines) = title_lines(title, &[72.0, 62.0, 52.0, 44.0], max);
    let mut y = 124.0 + px * 1.2;
    for line in &title_lines {
        svg.text_with(x, y, px, 600, "#FFFFFF", line, " letter-spacing=\"-0.5\"");
        y += px * 1.12;
    }
    y += 6.0;
    let (lines, paragraph) = flow(lines, 28.0, max, false);
    for (i, line) in lines.iter().take(2).enumerate() {
        let first = i == 0 || paragraph;
        let size = if first { 28.0 } else { 23.0 };
        svg.text(x, y, size, 400, if first { soft } else { faint }, &cut(line, size, max, false));
        y += size * 1.5;
    }
    svg.rect(x, 440.0, WIDTH as f32 - 2.0 * x, 1.5, 0.0, rule);
    if !stats.is_empty() {
        let col = (WIDTH as f32 - 2.0 * x) / stats.len() as f32;
        for (i, (v, l)) in stats.iter().enumerate() {
            let cx = x + i as f32 * col;
            if i > 0 {
                svg.rect(cx - 24.0, 468.0, 1.5, 72.0, 0.0, rule);
            }
            svg.text(cx, 514.0, 44.0, 600, "#FFFFFF", &cut(v, 44.0, col - 40.0, true));
            svg.text_with(
                cx,
                546.0,
                18.0,
                600,
                faint,
                &cut(&l.to_uppercase(), 18.0, col - 40.0, true),
                " letter-spacing=\"1.5\"",
            );
        }
    }
    svg.text(x, 600.0, 19.0, 400, faint, &cut(footer, 19.0, WIDTH as f32 - 2.0 * x, false));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_between_words_and_cuts_the_last_line() {
        let lines = wrap("one two three four five six seven eight", 40.0, 300.0, 2, false);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("one two"), "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        for l in &lines {
            assert!(width(l, 40.0, false) <= 300.0, "{l}");
        }
        assert_eq!(wrap("short", 40.0, 300.0, 2, false), vec!["short".to_string()]);
    }

    #[test]
    fn cut_keeps_what_fits_and_marks_the_cut() {
        assert_eq!(cut("Ava", 20.0, 400.0, true), "Ava");
        let long = cut("Maximilian Alexander von Habsburg-Lothringen", 40.0, 200.0, true);
        assert!(long.ends_with('…') && width(&long, 40.0, true) <= 200.0, "{long}");
    }

    #[test]
    fn text_that_never_breaks_is_cut_from_a_bounded_prefix() {
        let long = "W".repeat(100_000);
        let one = cut(&long, 20.0, 400.0, true);
        assert!(one.ends_with('…') && width(&one, 20.0, true) <= 400.0 && one.chars().count() < 100, "{one}");
        let lines = wrap(&format!("{long} and more {long}"), 40.0, 600.0, 2, true);
        assert!(lines.len() <= 2 && lines.last().is_some_and(|l| l.ends_with('…')), "{lines:?}");
        assert!(lines.iter().all(|l| width(l, 40.0, true) <= 600.0), "{lines:?}");
        let (_, title) = title_lines(&"Q".repeat(30_000), &[76.0, 64.0, 54.0], 600.0);
        assert!(title.iter().all(|l| width(l, 54.0, true) <= 600.0), "{title:?}");
        // Short text is left alone; a prefix cut is the longest that fits.
        assert_eq!(cut("Ava", 20.0, 400.0, true), "Ava");
        let cut_name = cut("Maximilian Alexander", 40.0, 200.0, true);
        let longer = format!("{}…", "Maximilian Alexander".chars().take(cut_name.chars().count()).collect::<String>());
        assert!(width(&longer, 40.0, true) > 200.0, "{cut_name} could be longer");
    }

    #[test]
    fn a_long_title_takes_a_smaller_size_before_a_second_line() {
        let (px, lines) = title_lines("Ava Chen", &[76.0, 64.0], 600.0);
        assert_eq!((px, lines.len()), (76.0, 1));
        let (px, lines) =
            title_lines("Spring Glow Launch with a very long campaign name indeed", &[76.0, 64.0, 54.0], 600.0);
        assert!(px < 76.0 && lines.len() == 2, "{px} {lines:?}");
    }

    #[test]
    fn a_photo_is_read_through_the_picture_checks() {
        let dir = std::env::temp_dir().join(format!("mediakit-card-photo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // A PNG header claiming 100,000 × 100,000 pixels, and nothing else.
        let mut png = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R'];
        png.extend_from_slice(&100_000u32.to_be_bytes());
        png.extend_from_slice(&100_000u32.to_be_bytes());
        png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        std::fs::write(dir.join("huge.png"), png).unwrap();
        assert!(photo_kind(&dir.join("huge.png"), "huge.png").is_none());
        std::fs::write(dir.join("text.png"), b"not a picture").unwrap();
        assert!(photo_kind(&dir.join("text.png"), "text.png").is_none());
        assert!(photo_kind(&dir.join("missing.png"), "missing.png").is_none());
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pictures/portrait-alpha.png");
        assert!(matches!(photo_kind(&fixture, "portrait-alpha.png"), Some(usvg::ImageKind::PNG(_))));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// The demo's brand colours.
    fn northlight() -> BrandView {
        BrandView {
            name: "Northlight".into(),
            logo_url: None,
            logo_size: None,
            primary: "#0F766E".into(),
            accent: "#F59E0B".into(),
            on_primary: "#FFFFFF".into(),
            on_accent: "#0F172A".into(),
            primary_soft: "#E7F4F3".into(),
            accent_soft: "#FEF5E6".into(),
            primary_text: "#0F766E".into(),
            accent_text: "#92400E".into(),
            website: None,
            email: None,
        }
    }

    #[test]
    fn cards_are_1200_by_630_opaque_pngs_and_repeat_byte_for_byte() {
        let brand = northlight();
        for look in [Look::Studio, Look::Creator, Look::Agency] {
            let content = Content {
                eyebrow: "MEDIA KIT".into(),
                title: "Ava Chen 😀\u{0378}".into(),
                lines: vec!["Clean skincare".into()],
                stats: vec![("174K".into(), "Total audience".into())],
                picture: Picture::Initials("AC".into()),
                footer: "Northlight".into(),
                rtl: false,
            };
            let svg = compose(look, &brand, &content);
            assert!(svg.contains('😀'), "emoji are drawn with the emoji face");
            assert!(!svg.contains('\u{0378}'), "characters no font has are left out");
            let a = rasterise(&svg, &content.picture).expect("renders");
            let b = rasterise(&svg, &content.picture).expect("renders");
            assert_eq!(a, b);
            // IHDR: width, height, bit depth 8, colour type 2 (RGB).
            assert_eq!(&a[16..24], &[0, 0, 0x04, 0xB0, 0, 0, 0x02, 0x76]);
            assert_eq!(&a[24..26], &[8, 2]);
        }
    }

    #[test]
    fn a_right_to_left_card_is_the_mirror_of_its_layout() {
        let brand = northlight();
        let content = |rtl| Content {
            eyebrow: "الملف الإعلامي".into(),
            title: "نور حداد".into(),
            lines: vec!["عمّان · صانعة محتوى".into()],
            stats: vec![("١٧٤ ألف".into(), "إجمالي الجمهور".into())],
            picture: Picture::Initials("نح".into()),
            footer: "Northlight".into(),
            rtl,
        };
        let pixels = |rtl| {
            let svg = compose(Look::Studio, &brand, &content(rtl));
            let tree = usvg::Tree::from_str(&svg, &options(None)).expect("parses");
            let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).expect("room");
            resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
            (svg, pixmap)
        };
        let at = |p: &resvg::tiny_skia::Pixmap, x: u32, y: u32| {
            let c = p.pixel(x, y).expect("inside");
            (c.red(), c.green(), c.blue())
        };
        let (teal, white) = ((0x0F, 0x76, 0x6E), (0xFF, 0xFF, 0xFF));
        // The rightmost dark pixel of the title's line, left of the band.
        let title_end = |p: &resvg::tiny_skia::Pixmap| {
            (150..260)
                .flat_map(|y| (0..760).map(move |x| (x, y)))
                .filter(|&(x, y)| at(p, x, y).0 < 0x40)
                .map(|(x, _)| x)
                .max()
        };

        let (ltr_svg, ltr) = pixels(false);
        assert_eq!(
            (at(&ltr, 100, 40), at(&ltr, 1100, 40)),
            (teal, white),
            "left to right: the portrait band on the left"
        );
        assert!(ltr_svg.contains("letter-spacing") && !ltr_svg.contains(RLE));

        let (svg, rtl) = pixels(true);
        assert_eq!((at(&rtl, 100, 40), at(&rtl, 1100, 40)), (white, teal), "right to left: the band on the right");
        assert_eq!(at(&rtl, 670, 96), (0xF5, 0x9E, 0x0B), "the accent rule ends where the text does");
        let end = title_end(&rtl).expect("the title is drawn");
        assert!((690..=700).contains(&end), "the title ends at the text's right edge (700), not at {end}");
        assert!(svg.contains("text-anchor=\"end\"") && svg.contains(RLE) && svg.contains(PDF));
        assert!(!svg.contains("letter-spacing"), "no spacing that pulls joined letters apart");
        // Each text runs the way its first letter does; joined pieces right to left.
        assert_eq!(embedding("Media kits for the creators we represent."), LRE);
        assert_eq!(embedding("نور حداد"), RLE);
        assert_eq!(embedding("١٧٤ ألف"), RLE);
        assert_eq!(embedding("٧٫٢"), RLE, "figures alone: the layout's direction");
        assert_eq!(embedding("Austin, TX · صانع محتوى ماكرو"), RLE);
    }
}
