//! Tables of cells from CSV, TSV and XLSX, with where each cell came from,
//! so that a bad cell is reported like a bad YAML value: file, row, column,
//! header, and the line itself for text files.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use crate::diagnostics::Diagnostic;
use crate::model::values::Date;

use super::read::{self, RawFile};

/// The most rows and columns a table may have.
pub const MAX_ROWS: usize = 200_000;
pub const MAX_COLUMNS: usize = 512;

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// A number cell of a workbook: no separators to read.
    Number(f64),
    /// A date cell of a workbook.
    Date(Date),
}

impl Cell {
    /// The cell as text, for headers and messages.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => format!("{n}"),
            Cell::Date(d) => d.iso(),
        }
    }

    pub fn is_blank(&self) -> bool {
        matches!(self, Cell::Text(t) if t.trim().is_empty())
    }
}

#[derive(Clone, Debug)]
pub struct Row {
    /// 1-based line (text files) or row (workbooks).
    pub line: usize,
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn text(&self, i: usize) -> String {
        self.cells.get(i).map(Cell::text).unwrap_or_default()
    }

    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(Cell::is_blank)
    }
}

#[derive(Debug)]
pub struct Table {
    /// The file as messages show it (`data/posts.csv`, `data/x.zip › Content.csv`).
    pub shown: String,
    /// The file's own name, or the sheet's.
    pub name: String,
    /// The sheet of a workbook.
    pub sheet: Option<String>,
    pub rows: Vec<Row>,
    /// The text of a CSV file, to show the line of a bad cell.
    text: Option<String>,
    delimiter: u8,
}

/// A column letter as spreadsheets write it: A, B, …, Z, AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl Table {
    /// Where a cell is, in words: "row 5, column D (Likes)".
    pub fn place(&self, row: &Row, col: usize, header: &str) -> String {
        let sheet = self.sheet.as_ref().map(|s| format!("sheet {s}, ")).unwrap_or_default();
        format!("{sheet}row {}, column {} ({header})", row.line, column_letter(col))
    }

    /// An error about one cell, located like a YAML error.
    pub fn cell_error(&self, row: &Row, col: usize, header: &str, message: impl Into<String>) -> Diagnostic {
        self.cell_diagnostic(Diagnostic::error(&self.shown, message), row, col, header)
    }

    fn cell_diagnostic(&self, base: Diagnostic, row: &Row, col: usize, header: &str) -> Diagnostic {
        let field = format!("{} `{header}`", self.place(row, col, header).split(" (").next().unwrap_or_default());
        match &self.text {
            Some(text) => {
                let line_text = text.lines().nth(row.line.saturating_sub(1)).unwrap_or_default();
                let column = field_column(line_text, col, self.delimiter);
                base.at(text, row.line, column).field(field)
            }
            None => {
                let mut d = base.field(field);
                d.line = Some(row.line);
                d.column = Some(col + 1);
                d
            }
        }
    }

    /// An error about the whole table (its header row, its layout).
    pub fn error(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(&self.shown, message)
    }
}

/// The 1-based character column where field `index` starts in a CSV line.
fn field_column(line: &str, index: usize, delimiter: u8) -> usize {
    let delim = char::from(delimiter);
    let mut field = 0;
    let mut quoted = false;
    for (i, c) in line.chars().enumerate() {
        if field == index {
            return i + 1;
        }
        if c == '"' {
            quoted = !quoted;
        } else if c == delim && !quoted {
            field += 1;
        }
    }
    line.chars().count() + 1
}

/// The delimiter of a text table: the `sep=` line's if there is one, a tab
/// for `.tsv`, else the most frequent of `,`, `;` and tab in the first line.
fn sniff(first: &str, name: &str) -> u8 {
    if name.to_ascii_lowercase().ends_with(".tsv") {
        return b'\t';
    }
    let count = |d: char| {
        let mut quoted = false;
        first
            .chars()
            .filter(|&c| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == d && !quoted
            })
            .count()
    };
    let (tabs, semis, commas) = (count('\t'), count(';'), count(','));
    if tabs > commas && tabs >= semis {
        b'\t'
    } else if semis > commas {
        b';'
    } else {
        b','
    }
}

/// Parses CSV or TSV text. A first line `sep=;` (Excel's hint, which Meta
/// writes) sets the delimiter and is not a row.
pub fn parse_text(shown: &str, name: &str, text: String) -> Result<Table, Diagnostic> {
    let first_line = text.lines().next().unwrap_or_default().trim();
    let (delimiter, skip) = match first_line.strip_prefix("sep=") {
        Some(sep) if sep.len() == 1 => (sep.as_bytes()[0], 1),
        _ => (sniff(first_line, name), 0),
    };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(line, |p| p.line() as usize);
                return Err(Diagnostic::error(shown, format!("line {at} cannot be read as CSV: {e}")));
            }
        }
        if line <= skip {
            continue;
        }
        if rows.len() >= MAX_ROWS {
            return Err(Diagnostic::error(shown, format!("more than {MAX_ROWS} rows; split the file")));
        }
        if record.len() > MAX_COLUMNS {
            return Err(Diagnostic::error(shown, format!("line {line} has more than {MAX_COLUMNS} columns")));
        }
        let cells = record.iter().map(|c| Cell::Text(c.trim_matches(['\u{feff}', ' ']).to_string())).collect();
        rows.push(Row { line, cells });
    }
    Ok(Table { shown: shown.to_string(), name: name.to_string(), sheet: None, rows, text: Some(text), delimiter })
}

pub fn is_workbook(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".xlsx") || lower.ends_with(".xlsm")
}

/// Every sheet of a workbook, as tables. The archive is unpacked once
/// through [`read::unzip`]'s bounds before the workbook reader sees it.
pub fn parse_workbook(file: &RawFile) -> Result<Vec<Table>, Diagnostic> {
    read::unzip(&file.bytes, &file.shown, &|_| false).map_err(|m| Diagnostic::error(&file.shown, m))?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(file.bytes.as_slice()))
        .map_err(|e| Diagnostic::error(&file.shown, format!("not a readable .xlsx workbook: {e}")))?;
    let mut tables = Vec::new();
    for sheet in book.sheet_names() {
        let range = book
            .worksheet_range(&sheet)
            .map_err(|e| Diagnostic::error(&file.shown, format!("sheet {sheet} cannot be read: {e}")))?;
        let (height, width) = range.get_size();
        if height > MAX_ROWS || width > MAX_COLUMNS {
            return Err(Diagnostic::error(
                &file.shown,
                format!(
                    "sheet {sheet} is {height} rows by {width} columns; at most {MAX_ROWS} by {MAX_COLUMNS} are read"
                ),
            ));
        }
        let top = range.start().map_or(0, |(r, _)| r as usize);
        let left = range.start().map_or(0, |(_, c)| c as usize);
        let rows = range
            .rows()
            .enumerate()
            .map(|(i, cells)| {
                let mut row: Vec<Cell> = vec![Cell::Text(String::new()); left];
                row.extend(cells.iter().map(cell_of));
                Row { line: top + i + 1, cells: row }
            })
            .collect();
        tables.push(Table {
            shown: file.shown.clone(),
            name: sheet.clone(),
            sheet: Some(sheet),
            rows,
            text: None,
            delimiter: b',',
        });
    }
    Ok(tables)
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.trim().to_string()),
        Data::Bool(b) => Cell::Text(b.to_string()),
        Data::DateTime(dt) => {
            // Days since 1899-12-30, the spreadsheet epoch.
            let serial = dt.as_f64();
            if serial.is_finite() && (1.0..2_958_466.0).contains(&serial) {
                Cell::Date(Date::from_days_since_epoch(serial.floor() as i64 - 25_569))
            } else {
                Cell::Text(serial.to_string())
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
        Data::Empty => Cell::Text(String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sep_lines_set_the_delimiter_and_are_skipped() {
        let t =
            parse_text("x.csv", "x.csv", "sep=,\nViews\nDate,\"Primary\"\n2025-12-16T00:00:00,\"1\"\n".into()).unwrap();
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[0].line, 2);
        assert_eq!(t.rows[2].text(1), "1");
    }

    #[test]
    fn delimiters_are_sniffed() {
        let t = parse_text("x.csv", "x.csv", "a;b;c\n1;2;3\n".into()).unwrap();
        assert_eq!(t.rows[1].cells.len(), 3);
        let t = parse_text("x.tsv", "x.tsv", "a\tb\n1,5\t2\n".into()).unwrap();
        assert_eq!(t.rows[1].text(0), "1,5");
    }

    #[test]
    fn a_bad_cell_points_at_its_line_and_column() {
        let t = parse_text("data/p.csv", "p.csv", "creator,likes\nava,\"1,2x\"\n".into()).unwrap();
        let d = t.cell_error(&t.rows[1], 1, "likes", "expected a number");
        assert_eq!((d.line, d.column), (Some(2), Some(5)));
        assert_eq!(d.field.as_deref(), Some("row 2, column B `likes`"));
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(27), "AB");
    }
}
