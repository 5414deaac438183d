//! The platforms' analytics exports, recognised from their headers (never
//! from file names alone, which are localised): which layout each table
//! is, in which language, and what it holds.

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostic;
use crate::model::choices::Platform;
use crate::model::creator::{HistoryPoint, RecentPost};
use crate::model::values::{Count, Date, Link, OrderedMap, Percent, check_link};

use super::countries;
use super::table::{Cell, Row, Table};
use super::values::{self, DateValue, NumberStyle};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    PostId,
    Title,
    Date,
    Url,
    Likes,
    Comments,
    Shares,
    Saves,
    Views,
    Reach,
    Impressions,
    Clicks,
    Engagements,
    Followers,
    NewFollowers,
    FollowerChange,
    ProfileViews,
    Gender,
    Territory,
    Distribution,
    Primary,
    TotalViewers,
    ActiveFollowers,
}

impl Field {
    /// The field a `columns:` map names.
    pub fn from_key(key: &str) -> Option<Field> {
        Some(match key {
            "date" => Field::Date,
            "url" => Field::Url,
            "likes" => Field::Likes,
            "comments" => Field::Comments,
            "shares" => Field::Shares,
            "saves" => Field::Saves,
            "views" => Field::Views,
            "reach" => Field::Reach,
            "impressions" => Field::Impressions,
            "clicks" => Field::Clicks,
            "engagements" => Field::Engagements,
            "followers" => Field::Followers,
            _ => return None,
        })
    }

    pub const KEYS: [&str; 12] = [
        "date",
        "url",
        "likes",
        "comments",
        "shares",
        "saves",
        "views",
        "reach",
        "impressions",
        "clicks",
        "engagements",
        "followers",
    ];
}

/// Header words by field; German ones set the language of the file.
const ENGLISH: &[(Field, &[&str])] = &[
    (Field::Id, &["content", "video"]),
    (Field::PostId, &["post id"]),
    (Field::Title, &["video title", "title", "description"]),
    (
        Field::Date,
        &["date", "time", "post time", "publish time", "video publish time", "post publish date", "published"],
    ),
    (Field::Url, &["video link", "permalink", "post url", "link", "url"]),
    (Field::Likes, &["likes", "total likes"]),
    (Field::Comments, &["comments", "total comments", "comments added"]),
    (Field::Shares, &["shares", "total shares"]),
    (Field::Saves, &["saves", "add to favorites", "added to favorites", "favorites"]),
    (Field::Views, &["views", "total views", "video views"]),
    (Field::Reach, &["reach", "accounts reached"]),
    (Field::Impressions, &["impressions", "thumbnail impressions"]),
    (Field::Clicks, &["link clicks", "clicks"]),
    (Field::Engagements, &["engagements", "interactions"]),
    (Field::Followers, &["followers", "total followers"]),
    (Field::NewFollowers, &["new followers"]),
    (Field::FollowerChange, &["difference in followers from previous day"]),
    (Field::ProfileViews, &["profile views"]),
    (Field::Gender, &["gender"]),
    (Field::Territory, &["top territories", "territories", "country"]),
    (Field::Distribution, &["distribution"]),
    (Field::Primary, &["primary"]),
    (Field::TotalViewers, &["total viewers"]),
    (Field::ActiveFollowers, &["active followers"]),
];

const GERMAN: &[(Field, &[&str])] = &[
    (Field::Id, &["inhalt"]),
    (Field::PostId, &["beitrags-id"]),
    (Field::Title, &["videotitel", "titel", "beschreibung"]),
    (
        Field::Date,
        &[
            "datum",
            "zeit",
            "veröffentlichungszeitpunkt",
            "veröffentlichungszeit",
            "veröffentlichungszeitpunkt des videos",
            "veröffentlichungsdatum des beitrags",
            "veröffentlicht",
        ],
    ),
    (Field::Url, &["videolink", "beitrags-url"]),
    (
        Field::Likes,
        &[
            "„gefällt mir“-angaben",
            "\"gefällt mir\"-angaben",
            "gefällt mir-angaben",
            "mag ich-bewertungen",
            "likes insgesamt",
        ],
    ),
    (Field::Comments, &["kommentare", "kommentare insgesamt", "hinzugefügte kommentare"]),
    (Field::Shares, &["geteilte inhalte", "geteilte inhalte insgesamt", "mal geteilt"]),
    (Field::Saves, &["gespeicherte beiträge", "zu favoriten hinzugefügt", "favoriten"]),
    (Field::Views, &["aufrufe", "aufrufe insgesamt", "videoaufrufe"]),
    (Field::Reach, &["reichweite", "erreichte konten"]),
    (Field::Impressions, &["impressionen", "thumbnail-impressionen"]),
    (Field::Clicks, &["link-klicks", "klicks"]),
    (Field::Engagements, &["interaktionen"]),
    (Field::Followers, &["follower", "follower insgesamt"]),
    (Field::NewFollowers, &["neue follower"]),
    (Field::FollowerChange, &["veränderung der follower zum vortag", "unterschied zum vortag"]),
    (Field::ProfileViews, &["profilaufrufe"]),
    (Field::Gender, &["geschlecht"]),
    (Field::Territory, &["top-regionen", "top-länder", "regionen", "land"]),
    (Field::Distribution, &["verteilung"]),
    (Field::Primary, &["primär"]),
    (Field::TotalViewers, &["zuschauer insgesamt"]),
    (Field::ActiveFollowers, &["aktive follower"]),
];

/// A header cell as compared: lower case, quotes and BOMs gone, units in
/// brackets kept ("duration (sec)").
pub fn normal(header: &str) -> String {
    header.trim_matches(['\u{feff}', ' ', '"', '\'']).to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The export's language, which decides how its numbers and dates read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
}

impl Lang {
    pub fn style(self) -> NumberStyle {
        match self {
            Lang::En => NumberStyle::EN,
            Lang::De => NumberStyle::DE,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "German",
        }
    }
}

fn field_of(header: &str) -> Option<(Field, Lang)> {
    let h = normal(header);
    for (table, lang) in [(ENGLISH, Lang::En), (GERMAN, Lang::De)] {
        for (field, words) in table {
            if words.contains(&h.as_str()) {
                return Some((*field, lang));
            }
        }
    }
    None
}

/// A header row read: the column of each field, and the language its words are in.
#[derive(Debug)]
pub struct Header {
    pub row: usize,
    pub columns: Vec<Option<Field>>,
    pub names: Vec<String>,
    pub lang: Lang,
}

impl Header {
    pub fn col(&self, field: Field) -> Option<usize> {
        self.columns.iter().position(|f| *f == Some(field))
    }

    pub fn has(&self, fields: &[Field]) -> bool {
        fields.iter().all(|f| self.col(*f).is_some())
    }
}

/// Headers of the day a post was published, preferred over a plain `Date`.
const PUBLISHED: [&str; 8] = [
    "post time",
    "publish time",
    "video publish time",
    "post publish date",
    "veröffentlichungszeitpunkt",
    "veröffentlichungszeit",
    "veröffentlichungszeitpunkt des videos",
    "veröffentlichungsdatum des beitrags",
];

/// The first row among the first few with at least two known headers.
pub fn header_of(table: &Table) -> Option<Header> {
    for (i, row) in table.rows.iter().enumerate().take(12) {
        let found: Vec<Option<(Field, Lang)>> = row.cells.iter().map(|c| field_of(&c.text())).collect();
        if found.iter().flatten().count() >= 2 {
            let german = found.iter().flatten().filter(|(_, l)| *l == Lang::De).count();
            let english = found.iter().flatten().filter(|(_, l)| *l == Lang::En).count();
            let mut columns: Vec<Option<Field>> = Vec::with_capacity(found.len());
            for f in &found {
                let f = f.map(|(f, _)| f);
                // The first column of a kind wins (LinkedIn puts two tables side by side).
                columns.push(f.filter(|f| !columns.contains(&Some(*f))));
            }
            // The day a post went out, not the export's own date column.
            if let Some(pref) = row.cells.iter().position(|c| PUBLISHED.contains(&normal(&c.text()).as_str())) {
                for c in columns.iter_mut() {
                    if *c == Some(Field::Date) {
                        *c = None;
                    }
                }
                columns[pref] = Some(Field::Date);
            }
            return Some(Header {
                row: i,
                columns,
                names: row.cells.iter().map(Cell::text).collect(),
                lang: if german > english { Lang::De } else { Lang::En },
            });
        }
    }
    None
}

/// Which export a set of files is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    YouTube,
    TikTok,
    Instagram,
    LinkedIn,
    /// Any other layout, read through `columns:`.
    Columns,
}

impl ExportKind {
    pub fn label(self) -> &'static str {
        match self {
            ExportKind::YouTube => "YouTube Studio export",
            ExportKind::TikTok => "TikTok Studio export",
            ExportKind::Instagram => "Meta Business Suite export",
            ExportKind::LinkedIn => "LinkedIn analytics export",
            ExportKind::Columns => "spreadsheet",
        }
    }

    pub fn platform(self) -> Option<Platform> {
        match self {
            ExportKind::YouTube => Some(Platform::Youtube),
            ExportKind::TikTok => Some(Platform::Tiktok),
            ExportKind::Instagram => Some(Platform::Instagram),
            ExportKind::LinkedIn => Some(Platform::Linkedin),
            ExportKind::Columns => None,
        }
    }
}

/// The formats looked for, as an unrecognised export's error lists them.
pub const KNOWN: &str = "YouTube Studio (Table data.csv: Content, Video title, Views …), \
TikTok Studio (Content.csv, FollowerHistory.csv, FollowerGender.csv, FollowerTopTerritories.csv, Overview.csv), \
Meta Business Suite for Instagram (posts: Post ID, Permalink …; Audience.csv; the per-metric files), \
LinkedIn analytics (.xlsx: TOP POSTS, FOLLOWERS, DEMOGRAPHICS)";

/// How the years of dates written without one were found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YearBasis {
    /// Counted back from the profile's `as_of`.
    AsOf(Date),
    /// From a date in a file's name.
    FileName(String, Date),
    /// From full dates elsewhere in the export.
    ExportDates(Date),
}

/// What one table gave, before dates without a year are settled.
#[derive(Default)]
struct Partial {
    posts: Vec<(DateCell, RecentPost)>,
    history: Vec<(DateCell, u64)>,
    /// Daily new followers, and a total at a date (LinkedIn).
    gains: Vec<(DateCell, u64)>,
    total: Option<(Date, u64)>,
    dates: Vec<DateCell>,
}

type DateCell = Option<DateValue>;

/// Everything read from an export.
#[derive(Debug, Default)]
pub struct Export {
    pub kind: Option<ExportKind>,
    pub lang: Option<Lang>,
    pub posts: Vec<RecentPost>,
    /// Follower counts by date, oldest first.
    pub history: Vec<HistoryPoint>,
    pub gender: OrderedMap<Percent>,
    pub age: OrderedMap<Percent>,
    pub locations: Vec<(String, Percent)>,
    pub first: Option<Date>,
    pub last: Option<Date>,
    pub years: Option<YearBasis>,
    /// Each file and what was taken from it.
    pub files: Vec<(String, String)>,
    pub warnings: Vec<Diagnostic>,
}

/// What the reader knows besides the files.
pub struct Context<'a> {
    /// The profile's `as_of`, which dates without a year count back from.
    pub as_of: Option<Date>,
    pub columns: Option<&'a OrderedMap<String>>,
    /// The platform the entry is for (a `columns:` table has no other).
    pub platform: Option<Platform>,
}

fn cell_count(
    t: &Table,
    row: &Row,
    col: Option<usize>,
    header: &Header,
    style: NumberStyle,
) -> Result<Option<u64>, Diagnostic> {
    let Some(col) = col else { return Ok(None) };
    match row.cells.get(col) {
        None => Ok(None),
        Some(Cell::Number(n)) if *n >= 0.0 && n.is_finite() => Ok(Some(n.round() as u64)),
        Some(cell) => values::count(&cell.text(), style).map_err(|m| t.cell_error(row, col, &header.names[col], m)),
    }
}

fn cell_date(
    t: &Table,
    row: &Row,
    col: Option<usize>,
    header: &Header,
    day_first: bool,
) -> Result<DateCell, Diagnostic> {
    let Some(col) = col else { return Ok(None) };
    match row.cells.get(col) {
        None => Ok(None),
        Some(Cell::Date(d)) => Ok(Some(DateValue::Full(*d))),
        Some(cell) => values::date(&cell.text(), day_first).map_err(|m| t.cell_error(row, col, &header.names[col], m)),
    }
}

fn cell_share(
    t: &Table,
    row: &Row,
    col: usize,
    header: &Header,
    style: NumberStyle,
    fractions: bool,
) -> Result<Option<f64>, Diagnostic> {
    match row.cells.get(col) {
        None => Ok(None),
        Some(Cell::Number(n)) => Ok(Some(if fractions && *n <= 1.0 { n * 100.0 } else { *n })),
        Some(cell) => {
            values::percent(&cell.text(), style, fractions).map_err(|m| t.cell_error(row, col, &header.names[col], m))
        }
    }
}

/// A row that sums the others ("Total" under YouTube's header).
fn is_total_row(row: &Row) -> bool {
    let first = normal(&row.text(0));
    matches!(first.as_str(), "total" | "totals" | "gesamt" | "summe" | "insgesamt")
}

fn link(text: &str) -> Option<Link> {
    check_link(text).ok().map(Link)
}

/// Posts of a table whose header has been read.
fn read_posts(t: &Table, h: &Header, kind: Option<ExportKind>, p: &mut Partial) -> Result<(), Vec<Diagnostic>> {
    let style = h.lang.style();
    let mut errors = Vec::new();
    for row in t.rows.iter().skip(h.row + 1) {
        if row.is_blank() || is_total_row(row) {
            continue;
        }
        let post = (|| -> Result<(DateCell, RecentPost), Diagnostic> {
            let c = |f: Field| cell_count(t, row, h.col(f), h, style).map(|v| v.map(Count));
            let url = match kind {
                Some(ExportKind::YouTube) => h
                    .col(Field::Id)
                    .map(|i| row.text(i).trim().to_string())
                    .filter(|id| !id.is_empty())
                    .and_then(|id| link(&format!("https://www.youtube.com/watch?v={id}"))),
                _ => h.col(Field::Url).and_then(|i| link(&row.text(i))),
            };
            let date = cell_date(t, row, h.col(Field::Date), h, h.lang == Lang::De)?;
            let post = RecentPost {
                date: match date {
                    Some(DateValue::Full(d)) => Some(d),
                    _ => None,
                },
                url,
                likes: c(Field::Likes)?,
                comments: c(Field::Comments)?,
                shares: c(Field::Shares)?,
                saves: c(Field::Saves)?,
                clicks: c(Field::Clicks)?,
                reach: c(Field::Reach)?,
                views: c(Field::Views)?,
                impressions: c(Field::Impressions)?,
                engagements: c(Field::Engagements)?,
            };
            Ok((date, post))
        })();
        match post {
            Ok(post) => p.posts.push(post),
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// Dates and one count per row (follower history, daily gains, any series).
fn read_series(t: &Table, h: &Header, field: Option<Field>) -> Result<Vec<(DateCell, Option<u64>)>, Vec<Diagnostic>> {
    let style = h.lang.style();
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for row in t.rows.iter().skip(h.row + 1) {
        if row.is_blank() || is_total_row(row) {
            continue;
        }
        let date = cell_date(t, row, h.col(Field::Date), h, h.lang == Lang::De);
        let value = field.map_or(Ok(None), |f| cell_count(t, row, h.col(f), h, style));
        match (date, value) {
            (Ok(d), Ok(v)) => out.push((d, v)),
            (Err(e), _) | (_, Err(e)) => errors.push(e),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// Shares by label (`Gender,Distribution`, `Top territories,Distribution`).
fn read_shares(t: &Table, h: &Header, label: Field) -> Result<Vec<(String, f64)>, Vec<Diagnostic>> {
    let (Some(lc), Some(dc)) = (h.col(label), h.col(Field::Distribution)) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for row in t.rows.iter().skip(h.row + 1) {
        if row.is_blank() {
            continue;
        }
        match cell_share(t, row, dc, h, h.lang.style(), true) {
            Ok(Some(v)) => out.push((row.text(lc).trim().to_string(), v)),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

fn gender_key(label: &str) -> Option<&'static str> {
    match normal(label).as_str() {
        "female" | "women" | "woman" | "weiblich" | "frauen" | "f" => Some("female"),
        "male" | "men" | "man" | "männlich" | "männer" | "m" => Some("male"),
        "other" | "others" | "andere" | "divers" | "sonstige" | "unknown" | "unbekannt" => Some("other"),
        _ => None,
    }
}

/// The Meta `Audience.csv`: sections of a title row, then rows.
fn read_audience_sections(t: &Table, export: &mut Export) -> Result<bool, Vec<Diagnostic>> {
    let style_for = |s: &str| if s.contains(',') && !s.contains('.') { NumberStyle::DE } else { NumberStyle::EN };
    let mut found = false;
    let mut errors = Vec::new();
    let rows = &t.rows;
    let mut i = 0;
    while i < rows.len() {
        let title = normal(&rows[i].text(0));
        let section = match title.as_str() {
            "top countries" | "top-länder" | "top länder" => 1,
            "age & gender" | "age and gender" | "alter und geschlecht" | "alter & geschlecht" => 2,
            "top cities" | "top-städte" | "top städte" => 3,
            _ => 0,
        };
        if section == 0 || rows[i].cells.iter().skip(1).any(|c| !c.is_blank()) {
            i += 1;
            continue;
        }
        found = true;
        match section {
            1 | 3 => {
                // A row of names, then a row of percentages.
                if let (Some(names), Some(shares)) = (rows.get(i + 1), rows.get(i + 2)) {
                    for (col, name) in names.cells.iter().enumerate() {
                        let name = name.text();
                        if name.trim().is_empty() {
                            continue;
                        }
                        let raw = shares.text(col);
                        match values::percent(&raw, style_for(&raw), false) {
                            Ok(Some(v)) if section == 1 => export.locations.push((name.trim().to_string(), Percent(v))),
                            Ok(_) => {}
                            Err(m) => errors.push(t.cell_error(shares, col, &name, m)),
                        }
                    }
                }
                i += 3;
            }
            _ => {
                // `,"Men","Women"`, then a row per age range.
                let Some(head) = rows.get(i + 1) else { break };
                let genders: Vec<(usize, &'static str)> = head
                    .cells
                    .iter()
                    .enumerate()
                    .skip(1)
                    .filter_map(|(c, h)| Some((c, gender_key(&h.text())?)))
                    .collect();
                let mut by_gender: BTreeMap<&str, f64> = BTreeMap::new();
                let mut j = i + 2;
                while let Some(row) = rows.get(j) {
                    let label = row.text(0);
                    if label.trim().is_empty() || !label.chars().any(|c| c.is_ascii_digit()) {
                        break;
                    }
                    let mut age_total = 0.0;
                    for (c, g) in &genders {
                        let raw = row.text(*c);
                        match values::percent(&raw, style_for(&raw), false) {
                            Ok(Some(v)) => {
                                age_total += v;
                                *by_gender.entry(g).or_default() += v;
                            }
                            Ok(None) => {}
                            Err(m) => errors.push(t.cell_error(row, *c, &head.text(*c), m)),
                        }
                    }
                    export.age.0.push((label.trim().to_string(), Percent(round2(age_total.min(100.0)))));
                    j += 1;
                }
                for g in ["female", "male", "other"] {
                    if let Some(v) = by_gender.get(g) {
                        export.gender.0.push((g.to_string(), Percent(round2(v.min(100.0)))));
                    }
                }
                i = j;
            }
        }
    }
    if errors.is_empty() { Ok(found) } else { Err(errors) }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// LinkedIn's `Total followers on 1/30/2026: 1234` line of the FOLLOWERS sheet.
fn linkedin_total(t: &Table) -> Option<(Date, u64)> {
    for row in t.rows.iter().take(4) {
        let first = row.text(0);
        let lower = first.to_lowercase();
        let rest = lower.strip_prefix("total followers on").or_else(|| lower.strip_prefix("follower insgesamt am"))?;
        let date_text = rest.trim().trim_end_matches(':').trim();
        let german = lower.starts_with("follower");
        let Ok(Some(DateValue::Full(date))) = values::date(date_text, german) else { continue };
        let style = if german { NumberStyle::DE } else { NumberStyle::EN };
        let value = row.cells.iter().skip(1).find(|c| !c.is_blank()).and_then(|c| match c {
            Cell::Number(n) => Some(*n as u64),
            c => values::count(&c.text(), style).ok().flatten(),
        })?;
        return Some((date, value));
    }
    None
}

/// LinkedIn's TOP POSTS: two rankings side by side, joined by post URL.
fn linkedin_top_posts(t: &Table, h: &Header, p: &mut Partial) -> Result<(), Vec<Diagnostic>> {
    let style = h.lang.style();
    let url_cols: Vec<usize> = h
        .names
        .iter()
        .enumerate()
        .filter(|(_, n)| field_of(n).map(|f| f.0) == Some(Field::Url))
        .map(|(i, _)| i)
        .collect();
    let mut by_url: BTreeMap<String, (DateCell, RecentPost)> = BTreeMap::new();
    let mut errors = Vec::new();
    for (k, &uc) in url_cols.iter().enumerate() {
        let end = url_cols.get(k + 1).copied().unwrap_or(h.names.len());
        let find = |f: Field| (uc..end).find(|&c| field_of(&h.names[c]).map(|x| x.0) == Some(f));
        let (dc, ec, ic) = (find(Field::Date), find(Field::Engagements), find(Field::Impressions));
        for row in t.rows.iter().skip(h.row + 1) {
            let url = row.text(uc).trim().to_string();
            if url.is_empty() {
                continue;
            }
            let date = match cell_date(t, row, dc, h, h.lang == Lang::De) {
                Ok(d) => d,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            let entry = by_url
                .entry(url.clone())
                .or_insert_with(|| (date, RecentPost { url: link(&url), ..RecentPost::default() }));
            match (cell_count(t, row, ec, h, style), cell_count(t, row, ic, h, style)) {
                (Ok(e), Ok(i)) => {
                    entry.1.engagements = entry.1.engagements.or(e.map(Count));
                    entry.1.impressions = entry.1.impressions.or(i.map(Count));
                }
                (Err(e), _) | (_, Err(e)) => errors.push(e),
            }
            if let Some(DateValue::Full(d)) = date {
                entry.1.date = Some(d);
                entry.0 = date;
            }
        }
    }
    p.posts.extend(by_url.into_values());
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// The layout of one table, when it is one mediakit knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    YouTubeTable,
    TikTokContent,
    InstagramPosts,
    LinkedInTopPosts,
    Followers,
    LinkedInFollowers,
    Gender,
    Territories,
    /// Daily figures that only date the export (TikTok's Overview, YouTube's Totals).
    Series,
    InstagramSeries,
}

fn layout_of(t: &Table, h: &Header) -> Option<(Layout, Option<ExportKind>)> {
    use Field::*;
    let urls = h.names.iter().filter(|n| field_of(n).map(|f| f.0) == Some(Url)).count();
    Some(if h.has(&[PostId, Url]) {
        (Layout::InstagramPosts, Some(ExportKind::Instagram))
    } else if h.has(&[Id, Title, Views]) && h.col(Date) != Some(0) {
        (Layout::YouTubeTable, Some(ExportKind::YouTube))
    } else if urls >= 2 && (h.has(&[Url, Engagements]) || h.has(&[Url, Date, Impressions])) {
        (Layout::LinkedInTopPosts, Some(ExportKind::LinkedIn))
    } else if (h.has(&[Url, Likes]) || h.has(&[Title, Likes, Date])) && names_video(&h.names) {
        (Layout::TikTokContent, Some(ExportKind::TikTok))
    } else if h.has(&[Date, NewFollowers]) {
        (Layout::LinkedInFollowers, Some(ExportKind::LinkedIn))
    } else if h.has(&[Date, Followers]) {
        (Layout::Followers, Some(ExportKind::TikTok))
    } else if h.has(&[Gender, Distribution]) {
        (Layout::Gender, Some(ExportKind::TikTok))
    } else if h.has(&[Territory, Distribution]) {
        (Layout::Territories, Some(ExportKind::TikTok))
    } else if h.has(&[Date, Primary]) {
        (Layout::InstagramSeries, Some(ExportKind::Instagram))
    } else if h.has(&[Date, Views, ProfileViews]) || h.has(&[Date, TotalViewers]) || h.has(&[Date, ActiveFollowers]) {
        (Layout::Series, Some(ExportKind::TikTok))
    } else if h.has(&[Date, Engagements, Impressions]) {
        (Layout::Series, Some(ExportKind::LinkedIn))
    } else if h.col(Date) == Some(0) && t.sheet.is_none() {
        (Layout::Series, None)
    } else {
        return None;
    })
}

/// TikTok's content table names its columns after videos.
fn names_video(names: &[String]) -> bool {
    names.iter().any(|n| matches!(normal(n).as_str(), "video link" | "video title" | "videolink" | "videotitel"))
}

fn is_demographics(h: &[String]) -> bool {
    let n: Vec<String> = h.iter().map(|x| normal(x)).collect();
    (n.contains(&"top demographics".to_string()) || n.contains(&"top-demografie".to_string()))
        && (n.contains(&"percentage".to_string()) || n.contains(&"prozentsatz".to_string()))
}

fn demographics(t: &Table, export: &mut Export) -> bool {
    for (i, row) in t.rows.iter().enumerate().take(6) {
        let names: Vec<String> = row.cells.iter().map(Cell::text).collect();
        if !is_demographics(&names) {
            continue;
        }
        let german = names.iter().any(|n| normal(n) == "prozentsatz");
        let style = if german { NumberStyle::DE } else { NumberStyle::EN };
        for r in t.rows.iter().skip(i + 1) {
            let category = normal(&r.text(0));
            if !matches!(category.as_str(), "locations" | "standorte" | "orte" | "countries" | "länder") {
                continue;
            }
            let share = match r.cells.get(2) {
                Some(Cell::Number(n)) => Some(if *n <= 1.0 { n * 100.0 } else { *n }),
                Some(c) => values::percent(&c.text(), style, true).ok().flatten(),
                None => None,
            };
            if let Some(v) = share {
                export.locations.push((r.text(1).trim().to_string(), Percent(round2(v.min(100.0)))));
            }
        }
        return true;
    }
    false
}

/// Reads every table of an export. Returns the export, or every problem found.
pub fn read(tables: &[Table], ctx: &Context) -> Result<Export, Vec<Diagnostic>> {
    if let Some(columns) = ctx.columns {
        return read_with_columns(tables, columns, ctx);
    }
    let mut export = Export::default();
    let mut errors = Vec::new();
    let mut partials: Vec<(usize, Partial, Lang)> = Vec::new();
    let mut unknown: Vec<(String, String)> = Vec::new();
    let mut series_names = Vec::new();
    for (ti, t) in tables.iter().enumerate() {
        let header = header_of(t);
        if header.is_none() {
            match read_audience_sections(t, &mut export) {
                Ok(true) => {
                    set_kind(&mut export, ExportKind::Instagram, t, &mut errors);
                    export.files.push((label(t), "audience".to_string()));
                    continue;
                }
                Ok(false) => {}
                Err(e) => {
                    errors.extend(e);
                    continue;
                }
            }
            if demographics(t, &mut export) {
                set_kind(&mut export, ExportKind::LinkedIn, t, &mut errors);
                export.files.push((label(t), "audience (locations)".to_string()));
                continue;
            }
            if let Some(sheet) = &t.sheet {
                export.files.push((format!("{} › {sheet}", t.shown), "not read".to_string()));
                continue;
            }
            let first = t
                .rows
                .iter()
                .find(|r| !r.is_blank())
                .map(|r| r.cells.iter().map(Cell::text).collect::<Vec<_>>().join(", "));
            unknown.push((t.shown.clone(), first.unwrap_or_else(|| "(empty)".to_string())));
            continue;
        }
        let Some(h) = header else { continue };
        let Some((layout, kind)) = layout_of(t, &h) else {
            if is_demographics(&h.names) && demographics(t, &mut export) {
                set_kind(&mut export, ExportKind::LinkedIn, t, &mut errors);
                export.files.push((label(t), "audience (locations)".to_string()));
            } else {
                unknown.push((t.shown.clone(), h.names.join(", ")));
            }
            continue;
        };
        if let Some(kind) = kind {
            set_kind(&mut export, kind, t, &mut errors);
        }
        if layout != Layout::Series {
            export.lang = Some(export.lang.map_or(h.lang, |l| if h.lang == Lang::De { Lang::De } else { l }));
        }
        let mut p = Partial::default();
        let what: String = match layout {
            Layout::YouTubeTable | Layout::TikTokContent | Layout::InstagramPosts => {
                if let Err(e) = read_posts(t, &h, kind, &mut p) {
                    errors.extend(e);
                }
                format!("{} posts", p.posts.len())
            }
            Layout::LinkedInTopPosts => {
                if let Err(e) = linkedin_top_posts(t, &h, &mut p) {
                    errors.extend(e);
                }
                format!("{} posts", p.posts.len())
            }
            Layout::Followers => match read_series(t, &h, Some(Field::Followers)) {
                Ok(rows) => {
                    p.history = rows.into_iter().filter_map(|(d, v)| Some((d, v?))).collect();
                    format!("follower history, {} days", p.history.len())
                }
                Err(e) => {
                    errors.extend(e);
                    String::new()
                }
            },
            Layout::LinkedInFollowers => match read_series(t, &h, Some(Field::NewFollowers)) {
                Ok(rows) => {
                    p.gains = rows.into_iter().filter_map(|(d, v)| Some((d, v?))).collect();
                    p.total = linkedin_total(t);
                    match p.total {
                        Some((d, n)) => format!(
                            "follower history from {n} followers on {d} and {} days of new followers",
                            p.gains.len()
                        ),
                        None => "new followers only (no total, so no follower history)".to_string(),
                    }
                }
                Err(e) => {
                    errors.extend(e);
                    String::new()
                }
            },
            Layout::Gender => match read_shares(t, &h, Field::Gender) {
                Ok(list) => {
                    for (label, v) in list {
                        if let Some(key) = gender_key(&label) {
                            export.gender.0.push((key.to_string(), Percent(round2(v))));
                        }
                    }
                    "audience gender".to_string()
                }
                Err(e) => {
                    errors.extend(e);
                    String::new()
                }
            },
            Layout::Territories => match read_shares(t, &h, Field::Territory) {
                Ok(list) => {
                    for (code, v) in list {
                        if matches!(normal(&code).as_str(), "others" | "other" | "andere" | "sonstige") {
                            continue;
                        }
                        export.locations.push((countries::name(&code), Percent(round2(v))));
                    }
                    "audience countries".to_string()
                }
                Err(e) => {
                    errors.extend(e);
                    String::new()
                }
            },
            Layout::Series | Layout::InstagramSeries => match read_series(t, &h, None) {
                Ok(rows) => {
                    p.dates = rows.into_iter().map(|(d, _)| d).collect();
                    series_names.push(t.shown.clone());
                    "dates only".to_string()
                }
                Err(e) => {
                    errors.extend(e);
                    String::new()
                }
            },
        };
        export.files.push((label(t), what));
        partials.push((ti, p, h.lang));
    }
    if export.kind.is_none() {
        if !errors.is_empty() {
            return Err(errors);
        }
        let found = if unknown.is_empty() {
            series_names.join("; ")
        } else {
            unknown.iter().map(|(f, h)| format!("{f}: {h}")).collect::<Vec<_>>().join("; ")
        };
        let shown = tables.first().map_or_else(String::new, |t| t.shown.clone());
        return Err(vec![
            Diagnostic::error(&shown, "this is not an export mediakit recognises")
                .hint(format!("looked for {KNOWN}; found headers: {found}; map other layouts with `import: {{path: ..., columns: {{...}}}}`")),
        ]);
    }
    for (file, headers) in unknown {
        export.warnings.push(
            Diagnostic::warning(&file, format!("not a layout of a {}; ignored", export.kind.map_or("", |k| k.label())))
                .hint(format!("its headers: {}", values_clip(&headers))),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    settle(&mut export, partials, tables, ctx)?;
    if let (Some(kind), Some(platform)) = (export.kind, ctx.platform)
        && kind.platform() != Some(platform)
    {
        let shown = tables.first().map_or_else(String::new, |t| t.shown.clone());
        return Err(vec![Diagnostic::error(
            &shown,
            format!("this is a {}, but the entry is for {}", kind.label(), platform.label()),
        )]);
    }
    Ok(export)
}

/// A table as the file list names it: the file, and the sheet of a workbook.
fn label(t: &Table) -> String {
    match &t.sheet {
        Some(sheet) => format!("{} › {sheet}", t.shown),
        None => t.shown.clone(),
    }
}

fn values_clip(text: &str) -> String {
    crate::model::values::clip(text)
}

fn set_kind(export: &mut Export, kind: ExportKind, t: &Table, errors: &mut Vec<Diagnostic>) {
    match export.kind {
        None => export.kind = Some(kind),
        Some(k) if k == kind => {}
        Some(k) => errors.push(t.error(format!(
            "this file is from a {}, but the rest of the export is a {}",
            kind.label(),
            k.label()
        ))),
    }
}

/// A date in a file's name: `…_2026-11-30.csv`, `…20261130…`.
fn date_in_name(name: &str) -> Option<Date> {
    let digits: Vec<(usize, char)> = name.char_indices().collect();
    let bytes = name.as_bytes();
    let mut best = None;
    for (i, _) in digits {
        for len in [10usize, 8] {
            let Some(part) = name.get(i..i + len) else { continue };
            let d = if len == 10 && part.as_bytes()[4] == b'-' && part.as_bytes()[7] == b'-' {
                Date::parse(part).ok()
            } else if len == 8 && part.bytes().all(|b| b.is_ascii_digit()) {
                let (y, m, d) = (part[..4].parse().ok()?, part[4..6].parse().ok()?, part[6..].parse().ok()?);
                Date::new(y, m, d)
            } else {
                None
            };
            let before_ok = i == 0 || !bytes[i - 1].is_ascii_digit();
            if let Some(d) = d.filter(|_| before_ok) {
                best = Some(best.map_or(d, |b: Date| b.max(d)));
            }
        }
    }
    best
}

/// Gives every date without a year its year, then puts the pieces together.
fn settle(
    export: &mut Export,
    partials: Vec<(usize, Partial, Lang)>,
    tables: &[Table],
    ctx: &Context,
) -> Result<(), Vec<Diagnostic>> {
    let yearless = partials.iter().any(|(_, p, _)| {
        p.posts
            .iter()
            .map(|x| x.0)
            .chain(p.history.iter().map(|x| x.0))
            .chain(p.gains.iter().map(|x| x.0))
            .chain(p.dates.iter().copied())
            .any(|d| matches!(d, Some(DateValue::NoYear(..))))
    });
    let full_max = partials
        .iter()
        .flat_map(|(_, p, _)| {
            p.posts
                .iter()
                .map(|x| x.0)
                .chain(p.history.iter().map(|x| x.0))
                .chain(p.gains.iter().map(|x| x.0))
                .chain(p.dates.iter().copied())
        })
        .filter_map(|d| match d {
            Some(DateValue::Full(d)) => Some(d),
            _ => None,
        })
        .max();
    let anchor = if yearless {
        let named =
            tables.iter().filter_map(|t| date_in_name(&t.shown).map(|d| (t.shown.clone(), d))).max_by_key(|x| x.1);
        let basis = if let Some((name, d)) = named {
            YearBasis::FileName(name, d)
        } else if let Some(d) = full_max {
            YearBasis::ExportDates(d)
        } else if let Some(d) = ctx.as_of {
            YearBasis::AsOf(d)
        } else {
            let shown = tables.first().map_or_else(String::new, |t| t.shown.clone());
            return Err(vec![Diagnostic::error(&shown, "the export's dates have no year, and nothing says which year they are")
                .hint("set `as_of:` on the profile to the day the export was downloaded; mediakit counts the dates back from it")]);
        };
        let end = match &basis {
            YearBasis::AsOf(d) | YearBasis::FileName(_, d) | YearBasis::ExportDates(d) => *d,
        };
        export.years = Some(basis);
        Some(end)
    } else {
        None
    };
    let mut history: BTreeMap<Date, u64> = BTreeMap::new();
    let mut gains: BTreeMap<Date, u64> = BTreeMap::new();
    let mut total = None;
    let mut all_dates: Vec<Date> = Vec::new();
    for (_, p, _) in partials {
        let resolve = |cells: Vec<DateCell>| -> Vec<Option<Date>> { resolve_years(&cells, anchor) };
        let post_dates = resolve(p.posts.iter().map(|x| x.0).collect());
        for ((_, mut post), d) in p.posts.into_iter().zip(post_dates) {
            post.date = post.date.or(d);
            all_dates.extend(post.date);
            export.posts.push(post);
        }
        let dates = resolve(p.history.iter().map(|x| x.0).collect());
        for ((_, n), d) in p.history.into_iter().zip(dates) {
            if let Some(d) = d {
                history.insert(d, n);
                all_dates.push(d);
            }
        }
        let dates = resolve(p.gains.iter().map(|x| x.0).collect());
        for ((_, n), d) in p.gains.into_iter().zip(dates) {
            if let Some(d) = d {
                *gains.entry(d).or_default() += n;
                all_dates.push(d);
            }
        }
        all_dates.extend(resolve(p.dates).into_iter().flatten());
        total = total.or(p.total);
    }
    if let Some((at, n)) = total {
        // Counted back: the followers of a day are the total less the gains after it.
        let mut count = n;
        history.insert(at, n);
        for (d, g) in gains.iter().rev() {
            if *d <= at {
                history.entry(*d).or_insert(count);
                count = count.saturating_sub(*g);
            }
        }
        all_dates.push(at);
    }
    export.history = history.into_iter().map(|(date, n)| HistoryPoint { date, followers: Count(n) }).collect();
    export.posts.sort_by_key(|p| p.date);
    export.first = all_dates.iter().min().copied();
    export.last = all_dates.iter().max().copied();
    Ok(())
}

/// Years for month-day dates in file order, counted back from `end`: the
/// latest date is the last on or before `end`, and each step back to a
/// later month-day crosses into the year before. The file's order (oldest
/// or newest first) is read from how most steps go.
pub fn resolve_years(cells: &[DateCell], end: Option<Date>) -> Vec<Option<Date>> {
    let md: Vec<(usize, (u8, u8))> = cells
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Some(DateValue::NoYear(m, d)) => Some((i, (*m, *d))),
            _ => None,
        })
        .collect();
    let mut out: Vec<Option<Date>> = cells
        .iter()
        .map(|c| match c {
            Some(DateValue::Full(d)) => Some(*d),
            _ => None,
        })
        .collect();
    let Some(end) = end else { return out };
    if md.is_empty() {
        return out;
    }
    let ups = md.windows(2).filter(|w| w[1].1 > w[0].1).count();
    let downs = md.windows(2).filter(|w| w[1].1 < w[0].1).count();
    let mut order: Vec<(usize, (u8, u8))> = md.clone();
    if downs > ups {
        order.reverse(); // newest first in the file
    }
    // Walk back from the newest.
    let (_, last) = order[order.len() - 1];
    let mut year = if last <= (end.month, end.day) { end.year } else { end.year - 1 };
    let mut later = last;
    for &(i, (m, d)) in order.iter().rev() {
        if (m, d) > later {
            year -= 1;
        }
        later = (m, d);
        // 29 February of a year without one stays unknown rather than wrong.
        out[i] = Date::new(year, m, d);
    }
    out
}

/// The columns of a table a `columns:` map names, read as posts and/or a
/// follower history.
fn read_with_columns(tables: &[Table], columns: &OrderedMap<String>, ctx: &Context) -> Result<Export, Vec<Diagnostic>> {
    let mut export = Export { kind: Some(ExportKind::Columns), ..Export::default() };
    let mut errors = Vec::new();
    let mut partials = Vec::new();
    for t in tables {
        let wanted: Vec<String> = columns.iter().map(|(k, _)| normal(k)).collect();
        let Some((row_i, row)) = t
            .rows
            .iter()
            .enumerate()
            .take(12)
            .find(|(_, r)| r.cells.iter().any(|c| wanted.contains(&normal(&c.text()))))
        else {
            continue;
        };
        let names: Vec<String> = row.cells.iter().map(Cell::text).collect();
        let mut cols: Vec<Option<Field>> = Vec::with_capacity(names.len());
        for n in &names {
            let mapped = columns.iter().find(|(k, _)| normal(k) == normal(n)).and_then(|(_, v)| Field::from_key(v));
            cols.push(mapped.or_else(|| field_of(n).map(|f| f.0)).filter(|f| !cols.contains(&Some(*f))));
        }
        let h = Header { row: row_i, columns: cols, names, lang: Lang::En };
        let german = t.rows.iter().skip(row_i + 1).take(20).any(|r| {
            r.cells.iter().any(|c| {
                let s = c.text();
                s.contains(',') && !s.contains('.') && s.chars().any(|c| c.is_ascii_digit())
                    || s.matches('.').count() == 2 && s.len() <= 10
            })
        });
        let h = Header { lang: if german { Lang::De } else { Lang::En }, ..h };
        let mut p = Partial::default();
        let has_posts = [
            Field::Likes,
            Field::Comments,
            Field::Shares,
            Field::Saves,
            Field::Views,
            Field::Reach,
            Field::Impressions,
            Field::Engagements,
            Field::Url,
        ]
        .iter()
        .any(|f| h.col(*f).is_some());
        if has_posts && let Err(e) = read_posts(t, &h, None, &mut p) {
            errors.extend(e);
        }
        if h.col(Field::Followers).is_some() && h.col(Field::Date).is_some() {
            match read_series(t, &h, Some(Field::Followers)) {
                Ok(rows) => p.history = rows.into_iter().filter_map(|(d, v)| Some((d, v?))).collect(),
                Err(e) => errors.extend(e),
            }
        }
        export.files.push((t.shown.clone(), format!("{} posts, {} follower counts", p.posts.len(), p.history.len())));
        partials.push((0, p, h.lang));
    }
    for (header, field) in columns.iter() {
        if Field::from_key(field).is_none() {
            errors.push(
                Diagnostic::error(
                    tables.first().map_or("", |t| t.shown.as_str()),
                    format!(
                        "`columns:` maps `{header}` to `{field}`, which is not a field mediakit reads from an export"
                    ),
                )
                .hint(format!("use one of: {}", Field::KEYS.join(", "))),
            );
        }
    }
    if partials.is_empty() && errors.is_empty() {
        let shown = tables.first().map_or_else(String::new, |t| t.shown.clone());
        let found = tables
            .first()
            .and_then(|t| t.rows.first())
            .map(|r| r.cells.iter().map(Cell::text).collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        errors.push(
            Diagnostic::error(&shown, "none of the headers `columns:` names is in the file")
                .hint(format!("found headers: {}", values_clip(&found))),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    settle(&mut export, partials, tables, ctx)?;
    Ok(export)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nd(m: u8, d: u8) -> DateCell {
        Some(DateValue::NoYear(m, d))
    }

    #[test]
    fn years_are_counted_back_across_new_year() {
        let end = Date::new(2026, 1, 3);
        let got = resolve_years(&[nd(12, 30), nd(12, 31), nd(1, 1), nd(1, 2)], end);
        let iso: Vec<String> = got.iter().map(|d| d.unwrap().iso()).collect();
        assert_eq!(iso, ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"]);
        // Newest first, and the last date after the anchor's month-day: the year before.
        let got = resolve_years(&[nd(6, 2), nd(6, 1)], Date::new(2026, 5, 1));
        assert_eq!(got[0].unwrap().iso(), "2025-06-02");
    }

    #[test]
    fn dates_in_file_names() {
        assert_eq!(date_in_name("data/x/Overview_2026-11-30.csv"), Date::new(2026, 11, 30));
        assert_eq!(date_in_name("Followers_20261130.zip"), Date::new(2026, 11, 30));
        assert_eq!(date_in_name("Content.csv"), None);
    }
}
