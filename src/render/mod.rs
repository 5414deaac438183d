//! Render stage: views → output files. HTML pages through the theme's tera
//! templates (`html`), PDFs through krilla (`pdf`), both from the same views;
//! `data.json` from the computed figures (`json`), a campaign's tables as
//! CSV (`csv`); the sitemap (`sitemap`).
//! Renderers read views and figures; they never compute.

pub mod card;
pub mod csv;
pub mod html;
pub mod json;
pub mod pdf;
pub mod sitemap;

/// One output file, by its path relative to the output root.
///
/// Its bytes are in `bytes`, or, for a file copied as it is (a file of
/// `static/`, which may be a video of a gigabyte), in the file at `source`:
/// a sink then streams it from there and `bytes` is empty.
#[derive(Clone, Debug)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
    pub source: Option<std::path::PathBuf>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> OutputFile {
        OutputFile { path: path.into(), bytes: bytes.into(), source: None }
    }

    /// A copy of the file at `source`, read only when it is written out.
    pub fn copy_of(path: impl Into<String>, source: impl Into<std::path::PathBuf>) -> OutputFile {
        OutputFile { path: path.into(), bytes: Vec::new(), source: Some(source.into()) }
    }
}
