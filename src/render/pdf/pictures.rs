//! Pictures a PDF embeds: the charts' SVG, and the logo and photos named in
//! the content (SVG, PNG, JPEG, GIF or WebP under `static/`).
//!
//! SVG is parsed with usvg against the embedded fonts only and drawn as
//! vector paths and real, selectable text by krilla-svg.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use krilla::image::Image;

use crate::model::values::Asset;
use crate::render::pdf::draw::{Chart, Picture};
use crate::render::pdf::fonts;
use crate::render::pdf::labels;
use crate::render::pdf::text::fully_drawable;

/// Pictures bigger than this are left out rather than slowing every build.
const MAX_BYTES: u64 = 16 * 1024 * 1024;

fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options { font_family: crate::fonts::FAMILY.to_string(), ..usvg::Options::default() };
    options.fontdb = fonts::svg_fonts();
    // An SVG from the content never reaches into the file system.
    options.image_href_resolver.resolve_string = Box::new(|_, _| None);
    options
}

pub fn svg(data: &[u8]) -> Option<Picture> {
    let tree = usvg::Tree::from_data(data, &options()).ok()?;
    Some(Picture::Svg(Arc::new(tree)))
}

/// A chart's SVG: its shapes through usvg, its labels set as document text.
/// Characters no embedded font has are taken out of any text left to usvg
/// first: it would otherwise draw them as `.notdef` boxes.
pub fn chart(svg_text: &str) -> Option<Picture> {
    let labels::Split { shapes, labels } = labels::split(svg_text)?;
    let shapes = if shapes.is_ascii() {
        shapes
    } else {
        shapes.chars().filter(|c| c.is_ascii() || fully_drawable(c.encode_utf8(&mut [0; 4]))).collect()
    };
    let tree = usvg::Tree::from_str(&shapes, &options()).ok()?;
    Some(Picture::Chart(Arc::new(Chart { tree, labels })))
}

fn raster(data: Vec<u8>) -> Option<Picture> {
    let image = match data.get(..4)? {
        [0x89, b'P', b'N', b'G'] => Image::from_png(data.into(), false),
        [0xFF, 0xD8, ..] => Image::from_jpeg(data.into(), false),
        [b'G', b'I', b'F', b'8'] => Image::from_gif(data.into(), false),
        [b'R', b'I', b'F', b'F'] => Image::from_webp(data.into(), false),
        _ => return None,
    };
    image.ok().map(Picture::Raster)
}

/// Pictures already parsed, by file, with the bytes they were parsed from:
/// the logo is on every PDF of a build, and `serve` rebuilds often. A file
/// whose bytes changed is parsed again.
type Parsed = HashMap<PathBuf, (Vec<u8>, Option<Picture>)>;

fn parsed() -> &'static Mutex<Parsed> {
    static PARSED: OnceLock<Mutex<Parsed>> = OnceLock::new();
    PARSED.get_or_init(|| Mutex::new(HashMap::new()))
}

/// The picture an asset names, when it is a readable file under `static/`.
/// Addresses on the web are not fetched: a build needs no network.
pub fn load(root: &Path, asset: &Asset) -> Option<Picture> {
    let inner = asset.static_path()?;
    let path = root.join(crate::paths::STATIC_DIR).join(inner);
    if std::fs::metadata(&path).ok()?.len() > MAX_BYTES {
        return None;
    }
    let data = std::fs::read(&path).ok()?;
    if let Ok(cache) = parsed().lock()
        && let Some((bytes, picture)) = cache.get(&path)
        && *bytes == data
    {
        return picture.clone();
    }
    let looks_svg = inner.to_ascii_lowercase().ends_with(".svg")
        || data.iter().find(|b| !b.is_ascii_whitespace()).is_some_and(|b| *b == b'<');
    let picture = if looks_svg { svg(&data) } else { raster(data.clone()) };
    if let Ok(mut cache) = parsed().lock() {
        cache.insert(path, (data, picture.clone()));
    }
    picture
}
