//! Vector charts: drawn with plotters into SVG, inlined in pages and turned
//! into vector drawing in PDFs. Every chart carries a text alternative (a
//! sentence and a data table), so it reads without the picture.
//!
//! `shapes` holds the generic chart kinds; `kit` and `report` decide which
//! figures go into which chart.

pub mod kit;
pub mod report;
pub mod shapes;

use plotters::style::RGBColor;
use serde::Serialize;

use crate::model::values::parse_hex_color;
use crate::present::escape::escape_xml;

/// A finished chart and its text alternative.
#[derive(Clone, Debug, Serialize)]
pub struct Chart {
    /// Unique on its page; used for element ids.
    pub key: String,
    pub title: String,
    /// One or two sentences saying what the chart shows.
    pub summary: String,
    pub svg: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// "Show the data": the label of the table's toggle.
    pub toggle: String,
}

impl Chart {
    pub fn new(
        key: &str,
        title: String,
        summary: String,
        svg: String,
        columns: Vec<String>,
        rows: Vec<Vec<String>>,
        ctx: &crate::present::Ctx,
    ) -> Chart {
        Chart { key: key.to_string(), title, summary, svg, columns, rows, toggle: ctx.t.text("chart-show-data") }
    }
}

/// Colours for charts, from the brand with neutral companions.
#[derive(Clone, Debug)]
pub struct Palette {
    pub primary: RGBColor,
    pub accent: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub track: RGBColor,
    pub alert: RGBColor,
    pub series: Vec<RGBColor>,
}

impl Palette {
    pub fn from_brand(primary: &str, accent: &str) -> Palette {
        let rgb = |hex: &str, fallback: (u8, u8, u8)| {
            let (r, g, b) = parse_hex_color(hex).unwrap_or(fallback);
            RGBColor(r, g, b)
        };
        let primary = rgb(primary, (15, 118, 110));
        let accent = rgb(accent, (245, 158, 11));
        let extra = [(99, 102, 241), (236, 72, 153), (14, 165, 233), (132, 204, 22), (168, 85, 247), (100, 116, 139)];
        let mut series = vec![primary, accent];
        series.extend(extra.iter().map(|&(r, g, b)| RGBColor(r, g, b)));
        Palette {
            primary,
            accent,
            text: RGBColor(30, 41, 59),
            muted: RGBColor(71, 85, 105),
            grid: RGBColor(226, 232, 240),
            track: RGBColor(241, 245, 249),
            alert: RGBColor(220, 38, 38),
            series,
        }
    }

    pub fn nth(&self, i: usize) -> RGBColor {
        self.series[i % self.series.len()]
    }
}

/// Makes plotters' SVG responsive and accessible: it scales to its container,
/// and is labelled by its own `<title>` and `<desc>`. A right-to-left chart
/// (drawn mirrored by `shapes`) says `direction="rtl"`: its labels anchor at
/// their right edge and Arabic reads in order.
pub fn finish_svg(svg: &str, key: &str, title: &str, summary: &str, rtl: bool) -> String {
    let Some(open_end) = svg.find('>') else { return svg.to_string() };
    let head = &svg[..open_end];
    let view_box = head.split("viewBox=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or("0 0 100 100");
    // plotters names only "Inter"; give text a fallback while the web font
    // loads, and the script faces when a label has characters Inter lacks.
    let family = if crate::fonts::inter_has_all(svg) {
        "Inter, 'Helvetica Neue', Arial, sans-serif".to_string()
    } else {
        format!("Inter, '{}', 'Helvetica Neue', Arial, sans-serif", crate::fonts::SCRIPTS_FAMILY)
    };
    let body = svg[open_end + 1..].replace("font-family=\"Inter\"", &format!("font-family=\"{family}\""));
    let id = escape_xml(key);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{view_box}\" class=\"chart-svg\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" font-family=\"{family}\"{}><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>{body}",
        if rtl { " direction=\"rtl\"" } else { "" },
        escape_xml(title),
        escape_xml(summary)
    )
}
