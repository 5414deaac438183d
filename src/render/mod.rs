//! Render stage: views → output files. HTML pages through the theme's tera
//! templates (`html`), PDFs through krilla (`pdf`), both from the same views;
//! `data.json` from the computed figures (`json`); the sitemap (`sitemap`).
//! Renderers read views and figures; they never compute.

pub mod card;
pub mod html;
pub mod json;
pub mod pdf;
pub mod sitemap;

/// One output file, by its path relative to the output root.
#[derive(Clone, Debug)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> OutputFile {
        OutputFile { path: path.into(), bytes: bytes.into() }
    }
}
