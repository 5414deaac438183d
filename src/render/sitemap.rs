//! `sitemap.xml`: every page's absolute address, for search engines.

use crate::present::escape::escape_xml_into;
use crate::present::urls::Urls;
use crate::render::OutputFile;

/// The sitemap of `pages` (paths relative to the output root, `""` for the roster).
pub fn sitemap(urls: &Urls, pages: &[String]) -> OutputFile {
    let mut xml = String::with_capacity(pages.len() * 96 + 128);
    xml.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    // Every address starts the same; only the page path differs.
    let base = urls.absolute("");
    for p in pages {
        xml.push_str("  <url><loc>");
        escape_xml_into(&mut xml, &base);
        escape_xml_into(&mut xml, p.trim_start_matches('/'));
        xml.push_str("</loc></url>\n");
    }
    xml.push_str("</urlset>\n");
    OutputFile::new("sitemap.xml", xml)
}
