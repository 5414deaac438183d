//! `mediakit import PATH`: what mediakit reads from an export, printed;
//! nothing is written.

use std::fmt::Write as _;
use std::path::Path;

use crate::cli::{EXIT_CONTENT, EXIT_OK, report};
use crate::diagnostics::Diagnostics;
use crate::model::locale::Locale;
use crate::model::values::Date;
use crate::pipeline::{Export, RECENT_POSTS, YearBasis, inspect_export};

fn date(locale: &Locale, d: Date) -> String {
    locale.date(d.year, d.month, d.day)
}

fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The report `import` prints.
pub fn describe(shown: &str, export: &Export) -> String {
    let locale = Locale::default();
    let mut out = String::new();
    let kind = export.kind.map_or("export", |k| k.label());
    let lang = export.lang.map(|l| format!(" ({})", l.name())).unwrap_or_default();
    let platform =
        export.kind.and_then(|k| k.platform()).map(|p| format!(" — platform: {}", p.key())).unwrap_or_default();
    let _ = writeln!(out, "{shown}: {kind}{lang}{platform}");
    match (export.first, export.last) {
        (Some(a), Some(b)) => {
            let _ = writeln!(out, "  dates:     {} – {}", date(&locale, a), date(&locale, b));
        }
        _ => {
            let _ = writeln!(out, "  dates:     none found");
        }
    }
    if let Some(years) = &export.years {
        let how = match years {
            YearBasis::AsOf(d) => format!("counted back from today, {}", date(&locale, *d)),
            YearBasis::FileName(name, d) => format!("counted back from {} in the name {name}", date(&locale, *d)),
            YearBasis::ExportDates(d) => {
                format!("counted back from the export's latest full date, {}", date(&locale, *d))
            }
        };
        let _ = writeln!(
            out,
            "             the export's dates carry no year: {how} (in a build, from the profile's as_of when the files name no date)"
        );
    }
    let _ = writeln!(out, "  files:");
    for (file, what) in &export.files {
        let _ = writeln!(out, "    {file}: {}", if what.is_empty() { "read" } else { what });
    }
    let kept = export.posts.len().min(RECENT_POSTS);
    let _ = writeln!(out, "  posts:     {} (a kit takes the {kept} most recent)", export.posts.len());
    for p in export.posts.iter().rev().take(kept) {
        let mut parts = vec![p.date.map_or_else(|| "no date".to_string(), |d| d.iso())];
        for (label, v) in [
            ("likes", p.likes),
            ("comments", p.comments),
            ("shares", p.shares),
            ("saves", p.saves),
            ("views", p.views),
            ("reach", p.reach),
            ("impressions", p.impressions),
            ("engagements", p.engagements),
        ] {
            if let Some(v) = v {
                parts.push(format!("{label} {}", count(v.0)));
            }
        }
        if let Some(url) = &p.url {
            parts.push(url.0.clone());
        }
        let _ = writeln!(out, "             {}", parts.join(", "));
    }
    match (export.history.first(), export.history.last()) {
        (Some(first), Some(last)) => {
            let _ = writeln!(
                out,
                "  followers: {} on {} ({} counts from {} on {})",
                count(last.followers.0),
                date(&locale, last.date),
                export.history.len(),
                count(first.followers.0),
                date(&locale, first.date)
            );
        }
        _ => {
            let _ = writeln!(out, "  followers: not in this export");
        }
    }
    let mut audience = Vec::new();
    let shares = |list: &mut dyn Iterator<Item = (&String, f64)>| {
        list.map(|(k, v)| format!("{k} {}%", (v * 100.0).round() / 100.0)).collect::<Vec<_>>().join(", ")
    };
    if !export.gender.is_empty() {
        audience.push(format!("gender {}", shares(&mut export.gender.iter().map(|(k, v)| (k, v.get())))));
    }
    if !export.age.is_empty() {
        audience.push(format!("age {}", shares(&mut export.age.iter().map(|(k, v)| (k, v.get())))));
    }
    if !export.locations.is_empty() {
        audience.push(format!("countries {}", shares(&mut export.locations.iter().map(|(k, v)| (k, v.get())))));
    }
    if audience.is_empty() {
        let _ = writeln!(out, "  audience:  not in this export");
    } else {
        let _ = writeln!(out, "  audience:  {}", audience.join("; "));
    }
    out.push_str("Nothing was changed. To use it, name it in a profile: `import: PATH` under the platform.\n");
    out
}

pub fn run(root: &Path, path: &str) -> u8 {
    let full = if root == Path::new(".") { Path::new(path).to_path_buf() } else { root.join(path) };
    match inspect_export(&full, path.trim_end_matches('/'), None) {
        Ok(export) => {
            let mut diagnostics = Diagnostics { items: export.warnings.clone() };
            diagnostics.sort();
            report(&diagnostics);
            print!("{}", describe(path, &export));
            EXIT_OK
        }
        Err(items) => {
            let mut diagnostics = Diagnostics { items };
            diagnostics.sort();
            report(&diagnostics);
            EXIT_CONTENT
        }
    }
}
