//! Pictures a PDF embeds: the charts' SVG, and the logo and photos named in
//! the content (SVG, PNG, JPEG, GIF or WebP under `static/`).
//!
//! SVG is parsed with usvg against the embedded fonts only and drawn as
//! vector paths and real, selectable text by krilla-svg.
//!
//! A picture from the content is checked before it is decoded, by the same
//! code `check` runs (`load::picture`): a header claiming a size beyond the
//! limits, an SVG that unpacks too far or holds an endless text, a picture
//! embedded in an SVG that lies about its size are all left out, never
//! decoded. (`check` and `build` report them as errors first.)

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use krilla::image::Image;

use crate::load::picture::{self, Kind};
use crate::model::values::Asset;
use crate::render::pdf::draw::{Chart, Picture};
use crate::render::pdf::fonts;
use crate::render::pdf::labels;
use crate::render::pdf::text::fully_drawable;

fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options { font_family: crate::fonts::FAMILY.to_string(), ..usvg::Options::default() };
    options.fontdb = fonts::svg_fonts();
    // An SVG from the content never reaches into the file system, and a
    // picture inside it is checked before it is decoded.
    picture::guard_embedded(&mut options);
    options
}

/// An SVG picture from the content, checked (see `load::picture`).
pub fn svg(data: &[u8]) -> Option<Picture> {
    let unpacked = picture::unpack_svg(data).ok()?;
    picture::check_svg(&unpacked).ok()?;
    let tree = usvg::Tree::from_data(&unpacked, &options()).ok()?;
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
    // The header's claims are checked before krilla sizes a buffer by them.
    let image = match picture::check_raster(&data).ok()? {
        Kind::Png => Image::from_png(data.into(), false),
        Kind::Jpeg => Image::from_jpeg(data.into(), false),
        Kind::Gif => Image::from_gif(data.into(), false),
        Kind::Webp => Image::from_webp(data.into(), false),
        Kind::Svg => return None,
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

/// The picture an asset names, when it is a picture under `static/` that
/// passes the checks. Addresses on the web are not fetched: a build needs no
/// network.
pub fn load(root: &Path, asset: &Asset) -> Option<Picture> {
    let inner = asset.static_path()?;
    let path = root.join(crate::paths::STATIC_DIR).join(inner);
    let data = crate::paths::read_regular(&path, picture::MAX_BYTES).ok()?;
    if let Ok(cache) = parsed().lock()
        && let Some((bytes, picture)) = cache.get(&path)
        && *bytes == data
    {
        return picture.clone();
    }
    let picture = match picture::raster_kind(&data) {
        Some(_) => raster(data.clone()),
        None => svg(&data),
    };
    if let Ok(mut cache) = parsed().lock() {
        cache.insert(path, (data, picture.clone()));
    }
    picture
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_that_lies_about_its_size_is_never_decoded() {
        let dir = std::env::temp_dir().join(format!("mediakit-pictures-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("static")).unwrap();
        // A 1.6 KB PNG claiming 100,000 × 100,000 pixels (40 GB decoded).
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend_from_slice(&100_000u32.to_be_bytes());
        png.extend_from_slice(&100_000u32.to_be_bytes());
        png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        png.resize(1640, 0);
        std::fs::write(dir.join("static/big.png"), &png).unwrap();
        assert!(load(&dir, &Asset("static/big.png".into())).is_none());
        let svg = format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><text>{}</text></svg>"#, "W".repeat(100_000));
        std::fs::write(dir.join("static/logo.svg"), svg).unwrap();
        assert!(load(&dir, &Asset("static/logo.svg".into())).is_none());
        std::fs::write(
            dir.join("static/ok.svg"),
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>"#,
        )
        .unwrap();
        assert!(load(&dir, &Asset("static/ok.svg".into())).is_some());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
