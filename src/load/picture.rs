//! Pictures named in the content (a creator's `photo`, the `brand.logo`),
//! checked before anything decodes them. A picture's header says how large
//! it is, and decoders allocate what the header claims: a 1.6 KB PNG that
//! claims 100,000 × 100,000 pixels would ask for 40 GB. So every picture is
//! measured from its header first (`imagesize` reads only the bytes it
//! needs) and refused when its size is beyond what a media kit could use or
//! beyond what its own file could hold. SVG is parsed only after it is
//! unpacked under a limit and its text is known to be of reasonable length
//! (laying out one very long text element takes time that grows with its
//! square). `check` reports a refused picture with its field; the PDF
//! renderer runs the same checks, so nothing it decodes was not checked.

use std::borrow::Cow;
use std::io::{BufReader, Read};
use std::path::Path;

/// A picture file larger than this is refused.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;
/// The longest side of a picture, in pixels.
pub const MAX_SIDE: u64 = 30_000;
/// The most pixels a picture may have (a 100-megapixel camera's).
pub const MAX_PIXELS: u64 = 100_000_000;
/// The most memory decoding one picture may take (PNG, GIF and WebP are
/// decoded to be embedded; JPEG is embedded as it is).
pub const MAX_DECODED: u64 = 128 * 1024 * 1024;
/// The longest text element of an SVG picture, in characters.
pub const MAX_SVG_TEXT: usize = 1_000;
/// All the text of an SVG picture, in characters.
pub const MAX_SVG_TEXT_TOTAL: usize = 20_000;
/// The most elements an SVG picture may have.
const MAX_SVG_NODES: u32 = 200_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
    Gif,
    Webp,
    Svg,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Png => "PNG",
            Kind::Jpeg => "JPEG",
            Kind::Gif => "GIF",
            Kind::Webp => "WebP",
            Kind::Svg => "SVG",
        }
    }
}

/// A picture read and checked, ready to decode.
#[derive(Debug)]
pub struct Picture {
    pub kind: Kind,
    /// The file's bytes (an SVG's unpacked, when it was gzipped).
    pub data: Vec<u8>,
}

/// What a raster picture's first bytes say it is.
pub fn raster_kind(head: &[u8]) -> Option<Kind> {
    match head {
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some(Kind::Png),
        [0xFF, 0xD8, 0xFF, ..] => Some(Kind::Jpeg),
        [b'G', b'I', b'F', b'8', b'7' | b'9', b'a', ..] => Some(Kind::Gif),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some(Kind::Webp),
        _ => None,
    }
}

fn looks_svg(name: &str, head: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".svg")
        || lower.ends_with(".svgz")
        || head.starts_with(&[0x1F, 0x8B])
        || head.iter().find(|b| !b.is_ascii_whitespace()).is_some_and(|b| *b == b'<')
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Bytes per decoded pixel of a PNG, from its header (colour type and bit
/// depth), as it is decoded: palettes expand to RGB(A), depths below 8 to 8.
fn png_bytes_per_pixel(head: &[u8]) -> u64 {
    let (depth, colour) = (head.get(24).copied().unwrap_or(8), head.get(25).copied().unwrap_or(6));
    let channels = match colour {
        0 => 1,
        2 => 3,
        3 => 4,
        4 => 2,
        _ => 4,
    };
    channels * if depth == 16 { 2 } else { 1 }
}

/// The least a PNG's file can be for its claimed size: every row of raw
/// pixels (and its filter byte) squeezed at deflate's best ratio, 1032 to 1.
fn png_least_bytes(head: &[u8], width: u64, height: u64) -> u64 {
    let (depth, colour) = (head.get(24).copied().unwrap_or(8) as u64, head.get(25).copied().unwrap_or(6));
    let channels = match colour {
        2 => 3,
        4 => 2,
        6 => 4,
        _ => 1,
    };
    let row = 1 + (width * channels * depth).div_ceil(8);
    row.saturating_mul(height) / 1032
}

/// Checks a raster picture's claimed size against the limits and against
/// its own length. `head` is its first bytes (at least the PNG header).
fn check_size(kind: Kind, head: &[u8], len: u64, width: u64, height: u64) -> Result<(), String> {
    let claim = format!("{} × {} pixels", thousands(width), thousands(height));
    if width == 0 || height == 0 {
        return Err(format!("this {} claims {claim}: it is damaged", kind.name()));
    }
    if width > MAX_SIDE || height > MAX_SIDE || width.saturating_mul(height) > MAX_PIXELS {
        return Err(format!(
            "this {} claims {claim}; a picture may have at most {} megapixels and {} pixels on a side",
            kind.name(),
            MAX_PIXELS / 1_000_000,
            thousands(MAX_SIDE)
        ));
    }
    if kind == Kind::Png && len < png_least_bytes(head, width, height) {
        return Err(format!(
            "this PNG claims {claim}, more than a file of {} can hold: it is damaged or not what it claims",
            crate::paths::megabytes(len)
        ));
    }
    let per_pixel = match kind {
        Kind::Png => png_bytes_per_pixel(head),
        Kind::Gif | Kind::Webp => 4,
        Kind::Jpeg | Kind::Svg => 0,
    };
    let decoded = width * height * per_pixel;
    if decoded > MAX_DECODED {
        return Err(format!(
            "this {} of {claim} would take {} of memory to embed; the limit is {}",
            kind.name(),
            crate::paths::megabytes(decoded),
            crate::paths::megabytes(MAX_DECODED)
        ));
    }
    Ok(())
}

/// Checks the bytes of a raster picture (PNG, JPEG, GIF or WebP), such as
/// one inside an SVG, before it is decoded.
pub fn check_raster(data: &[u8]) -> Result<Kind, String> {
    let kind = raster_kind(data).ok_or_else(|| "this is not a PNG, JPEG, GIF or WebP picture".to_string())?;
    let size = imagesize::blob_size(data).map_err(|e| format!("cannot read the {} header: {e}", kind.name()))?;
    check_size(kind, data, data.len() as u64, size.width as u64, size.height as u64)?;
    Ok(kind)
}

/// An SVG's text, unpacked when it is gzipped (`.svgz`), never past
/// [`MAX_BYTES`] however well it compresses.
pub fn unpack_svg(data: &[u8]) -> Result<Cow<'_, [u8]>, String> {
    if !data.starts_with(&[0x1F, 0x8B]) {
        return Ok(Cow::Borrowed(data));
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(data)
        .take(MAX_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("this compressed SVG cannot be unpacked: {e}"))?;
    if out.len() as u64 > MAX_BYTES {
        return Err(format!("this compressed SVG unpacks to more than {}", crate::paths::megabytes(MAX_BYTES)));
    }
    Ok(Cow::Owned(out))
}

/// Checks an (unpacked) SVG: it parses, has a bounded number of elements,
/// and its text elements are of a length a picture can have. Pictures it
/// embeds are checked when it is drawn (see [`guard_embedded`]).
pub fn check_svg(data: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(data).map_err(|_| "this SVG is not UTF-8 text".to_string())?;
    let options = usvg::roxmltree::ParsingOptions { allow_dtd: true, nodes_limit: MAX_SVG_NODES, ..Default::default() };
    let doc = usvg::roxmltree::Document::parse_with_options(text, options)
        .map_err(|e| format!("this SVG cannot be read: {e}"))?;
    let mut total = 0usize;
    for node in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let chars: usize =
            node.descendants().filter(|n| n.is_text()).map(|n| n.text().unwrap_or("").chars().count()).sum();
        if chars > MAX_SVG_TEXT {
            return Err(format!(
                "this SVG has a text of {} characters; a picture's text elements are limited to {}",
                thousands(chars as u64),
                thousands(MAX_SVG_TEXT as u64)
            ));
        }
        total += chars;
    }
    if total > MAX_SVG_TEXT_TOTAL {
        return Err(format!(
            "this SVG has {} characters of text; a picture is limited to {}",
            thousands(total as u64),
            thousands(MAX_SVG_TEXT_TOTAL as u64)
        ));
    }
    Ok(())
}

/// Makes `options` refuse, rather than decode, a picture embedded in an SVG
/// (a `data:` address) that fails [`check_raster`], and any nested SVG that
/// fails [`unpack_svg`] or [`check_svg`]. Pictures named by path are never
/// loaded: an SVG from the content does not reach into the file system.
pub fn guard_embedded(options: &mut usvg::Options) {
    let default = usvg::ImageHrefResolver::default_data_resolver();
    options.image_href_resolver.resolve_string = Box::new(|_, _| None);
    options.image_href_resolver.resolve_data = Box::new(move |mime, data, opts| {
        if raster_kind(&data).is_some() {
            check_raster(&data).ok()?;
        } else {
            let unpacked = unpack_svg(&data).ok()?;
            check_svg(&unpacked).ok()?;
            if let Cow::Owned(plain) = unpacked {
                return default(mime, std::sync::Arc::new(plain), opts);
            }
        }
        default(mime, data, opts)
    });
}

/// Whether an SVG embeds pictures itself (a `data:` address in an `<image>`).
fn embeds_pictures(data: &[u8]) -> bool {
    data.windows(6).any(|w| w.eq_ignore_ascii_case(b"<image"))
}

/// What to do about a picture [`read`] or [`inspect`] refused.
pub fn hint_for(problem: &str) -> &'static str {
    if problem.contains("SVG has") {
        "a logo or photo needs only a few words of text; convert long text to outlines in your editor, or use a PNG"
    } else if problem.contains("SVG") {
        "open the SVG in an editor and save it again, or use a PNG or JPEG instead"
    } else if problem.contains("claims") || problem.contains("memory") || problem.contains("limit") {
        "resize the picture (2,000 pixels across is plenty for a media kit) and save it again"
    } else if problem.contains("regular file") {
        "replace it with an ordinary picture file"
    } else {
        "use a PNG, JPEG, GIF, WebP or SVG picture"
    }
}

/// Reads and checks the picture at `path` (shown as `name`): a regular
/// file of at most [`MAX_BYTES`], a raster picture whose header is within
/// the limits, or an SVG that unpacks, parses and has text of reasonable
/// length. The error says what is wrong, for a message naming the field.
pub fn read(path: &Path, name: &str) -> Result<Picture, String> {
    let data = crate::paths::read_regular(path, MAX_BYTES).map_err(|e| e.to_string())?;
    if raster_kind(&data).is_some() {
        let kind = check_raster(&data)?;
        return Ok(Picture { kind, data });
    }
    if !looks_svg(name, &data) {
        return Err("this is not a picture mediakit can embed (PNG, JPEG, GIF, WebP or SVG)".to_string());
    }
    let unpacked = unpack_svg(&data)?.into_owned();
    check_svg(&unpacked)?;
    Ok(Picture { kind: Kind::Svg, data: unpacked })
}

/// Checks the picture at `path` as [`read`] does, reading no more of a
/// raster picture than its header: `check` runs this for every photo.
pub fn inspect(path: &Path, name: &str) -> Result<Kind, String> {
    let file = crate::paths::open_regular(path).map_err(|e| e.to_string())?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    if len > MAX_BYTES {
        return Err(format!(
            "the file is {}; pictures are limited to {}",
            crate::paths::megabytes(len),
            crate::paths::megabytes(MAX_BYTES)
        ));
    }
    let mut reader = BufReader::new(file);
    let mut head = Vec::with_capacity(64);
    (&mut reader).take(64).read_to_end(&mut head).map_err(|e| e.to_string())?;
    if let Some(kind) = raster_kind(&head) {
        let mut file = reader.into_inner();
        std::io::Seek::rewind(&mut file).map_err(|e| e.to_string())?;
        let size = imagesize::reader_size(BufReader::new(file))
            .map_err(|e| format!("cannot read the {} header: {e}", kind.name()))?;
        check_size(kind, &head, len, size.width as u64, size.height as u64)?;
        return Ok(kind);
    }
    let picture = read(path, name)?;
    if embeds_pictures(&picture.data) {
        // Rare: parse it as it will be drawn, to find a picture inside it
        // that would be refused.
        let refused = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut options = usvg::Options::default();
        guard_embedded(&mut options);
        let inner = std::mem::replace(
            &mut options.image_href_resolver.resolve_data,
            usvg::ImageHrefResolver::default_data_resolver(),
        );
        let seen = refused.clone();
        options.image_href_resolver.resolve_data = Box::new(move |mime, data, opts| {
            let kind = inner(mime, data, opts);
            if kind.is_none() {
                seen.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            kind
        });
        usvg::Tree::from_data(&picture.data, &options).map_err(|e| format!("this SVG cannot be read: {e}"))?;
        if refused.load(std::sync::atomic::Ordering::Relaxed) {
            return Err("this SVG embeds a picture that is damaged or claims a size beyond the limits".to_string());
        }
    }
    Ok(picture.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        // The CRC is not checked by a header reader.
        out.extend_from_slice(&[0, 0, 0, 0]);
        out
    }

    /// A PNG header claiming `w` × `h` RGBA pixels, with `idat` bytes of data.
    pub(crate) fn png(w: u32, h: u32, idat: usize) -> Vec<u8> {
        let mut ihdr = w.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&h.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        out.extend(chunk(b"IHDR", &ihdr));
        out.extend(chunk(b"IDAT", &vec![0u8; idat]));
        out.extend(chunk(b"IEND", &[]));
        out
    }

    #[test]
    fn a_png_claiming_a_huge_size_is_refused_from_its_header() {
        let liar = png(100_000, 100_000, 1600);
        let err = check_raster(&liar).unwrap_err();
        assert_eq!(
            err,
            "this PNG claims 100,000 × 100,000 pixels; a picture may have at most 100 megapixels and 30,000 pixels on a side"
        );
        // Within the limits, but far more pixels than 1.6 KB can hold.
        let err = check_raster(&png(5_000, 5_000, 1600)).unwrap_err();
        assert!(err.contains("more than a file of 1.6 KB can hold"), "{err}");
        // 5,000 × 5,000 RGBA: 100 MB raw, at least 97 KB deflated.
        assert!(check_raster(&png(5_000, 5_000, 100_000)).is_ok());
        // 8,000 × 8,000 RGBA is 244 MB decoded: over the memory limit.
        let err = check_raster(&png(8_000, 8_000, 300_000)).unwrap_err();
        assert!(err.contains("244 MB of memory"), "{err}");
        assert!(check_raster(&png(0, 10, 100)).unwrap_err().contains("damaged"));
        assert!(check_raster(b"hello").is_err());
    }

    #[test]
    fn a_jpeg_is_measured_from_its_frame_header() {
        // SOI, then a baseline frame header: 8 bits, height 40,000, width 40,000.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x9C, 0x40, 0x9C, 0x40, 0x03];
        jpeg.extend_from_slice(&[1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9]);
        let err = check_raster(&jpeg).unwrap_err();
        assert!(err.starts_with("this JPEG claims 40,000 × 40,000 pixels"), "{err}");
    }

    #[test]
    fn svg_text_and_packing_are_bounded() {
        assert!(check_svg(br#"<svg xmlns="http://www.w3.org/2000/svg"><text>Northlight</text></svg>"#).is_ok());
        let long = format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><text>{}</text></svg>"#, "W".repeat(30_000));
        let err = check_svg(long.as_bytes()).unwrap_err();
        assert_eq!(err, "this SVG has a text of 30,000 characters; a picture's text elements are limited to 1,000");
        let many = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg">{}</svg>"#,
            format!("<text>{}</text>", "W".repeat(900)).repeat(30)
        );
        assert!(check_svg(many.as_bytes()).unwrap_err().contains("27,000 characters of text"));
        assert!(check_svg(b"<svg><text>").unwrap_err().starts_with("this SVG cannot be read"));
        // Entities that expand a billion times are refused by the parser.
        let mut bomb = String::from(r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a0 "WWWWWWWWWW">"#);
        for i in 1..10 {
            bomb.push_str(&format!("<!ENTITY a{i} \"{}\">", format!("&a{};", i - 1).repeat(10)));
        }
        bomb.push_str(r#"]><svg xmlns="http://www.w3.org/2000/svg"><text>&a9;</text></svg>"#);
        assert!(check_svg(bomb.as_bytes()).is_err());

        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b' '; 20 * 1024 * 1024]).unwrap();
        let packed = gz.finish().unwrap();
        assert!(packed.len() < 100_000);
        assert!(unpack_svg(&packed).unwrap_err().contains("unpacks to more than 16 MB"));
    }

    #[test]
    fn a_picture_inside_an_svg_is_checked_before_it_is_drawn() {
        use std::io::Write;
        let dir = std::env::temp_dir().join(format!("mediakit-picture-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let encoded = base64_encode(&png(100_000, 100_000, 64));
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image width="10" height="10" href="data:image/png;base64,{encoded}"/></svg>"#
        );
        std::fs::File::create(dir.join("logo.svg")).unwrap().write_all(svg.as_bytes()).unwrap();
        let err = inspect(&dir.join("logo.svg"), "logo.svg").unwrap_err();
        assert!(err.contains("embeds a picture"), "{err}");
        std::fs::write(dir.join("big.png"), png(100_000, 100_000, 1600)).unwrap();
        assert!(inspect(&dir.join("big.png"), "big.png").unwrap_err().contains("100,000 × 100,000"));
        std::fs::write(dir.join("notes.txt"), "hello").unwrap();
        assert!(inspect(&dir.join("notes.txt"), "notes.txt").unwrap_err().contains("not a picture"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn base64_encode(data: &[u8]) -> String {
        const TABLE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in data.chunks(3) {
            let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(TABLE[(n >> (18 - 6 * i)) as usize & 63] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}
