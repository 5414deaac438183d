//! Numbers, money, percentages, compact figures, dates and date ranges of
//! every locale mediakit has CLDR data for, compared with what Python's
//! Babel (an independent implementation of Unicode CLDR) writes for the
//! same values. Thousands of values: counts across magnitudes, money in
//! several currencies, percentages with 0–2 decimals, compact figures at
//! every step up to trillions, figures past them in scientific
//! notation, dates through the year and ranges within a
//! month, across months and across years.
//!
//! Needs `python3` with `babel` (`.ci/run` installs it into `.tools/venv`, which
//! is used unless `MEDIAKIT_PYTHON` names another); without it the test fails under
//! `MEDIAKIT_REQUIRE_TOOLS=1` and otherwise says it skipped.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use mediakit::model::locale::Locale;
use mediakit::model::values::Date;
use mediakit::present::cldr;
use mediakit::present::format::Formatter;
use serde_json::{Value, json};

fn python() -> Option<String> {
    // MEDIAKIT_PYTHON, else the venv `.ci/run` makes, else python3.
    let venv = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/venv/bin/python");
    let python = std::env::var("MEDIAKIT_PYTHON")
        .unwrap_or_else(|_| if venv.is_file() { venv.to_string_lossy().into_owned() } else { "python3".to_string() });
    let has_babel = Command::new(&python)
        .args(["-c", "import babel"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if has_babel {
        return Some(python);
    }
    if std::env::var_os("MEDIAKIT_REQUIRE_TOOLS").is_some_and(|v| !v.is_empty() && v != "0") {
        panic!("{python} with the babel package is needed (set MEDIAKIT_PYTHON), and MEDIAKIT_REQUIRE_TOOLS is set");
    }
    let _ = writeln!(std::io::stderr(), "SKIPPED: python3 with babel not installed");
    None
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A value with four decimals, never a rounding tie for the decimals shown.
    fn value(&mut self, magnitude: i32) -> f64 {
        let scale = 10f64.powi(magnitude);
        let raw = (self.next() % 1_000_000) as f64 / 1_000_000.0 * scale;
        (raw * 10_000.0).round() / 10_000.0 + 0.000_37
    }
}

fn cases() -> Vec<Value> {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut out = Vec::new();
    let currencies = ["USD", "EUR", "GBP", "JPY", "CHF", "BRL", "SAR", "AED", "MXN", "KWD"];
    for tag in cldr::tags() {
        let f = Formatter::new(Locale::parse(tag).expect("a tag of the table parses"));
        let mut push = |case: Value, ours: String| {
            let mut c = case;
            c["tag"] = json!(tag);
            c["ours"] = json!(ours);
            out.push(c);
        };
        for magnitude in 0..10 {
            for _ in 0..3 {
                let v = rng.value(magnitude);
                push(json!({"kind": "count", "value": v}), f.count(Some(v)));
                push(json!({"kind": "count", "value": -v}), f.count(Some(-v)));
                let decimals = (rng.next() % 3) as usize;
                push(json!({"kind": "number", "value": v, "decimals": decimals}), f.number(v, decimals));
            }
        }
        // From a thousand trillion on, figures are written in scientific notation.
        for magnitude in [15, 16, 19, 42, 120, 305] {
            // A mantissa from 1 to 10 with four decimals: never a tie at the two shown.
            let v = (1.0 + (rng.next() % 9_000) as f64 / 1_000.0 + 0.000_37) * 10f64.powi(magnitude);
            push(json!({"kind": "scientific", "value": v}), f.count(Some(v)));
            push(json!({"kind": "scientific", "value": -v}), f.count(Some(-v)));
        }
        for magnitude in 0..15 {
            for k in 0..4 {
                let v = if k == 0 { 10f64.powi(magnitude) } else { rng.value(magnitude).round() };
                push(json!({"kind": "compact", "value": v}), f.compact(Some(v)));
            }
        }
        for exact in [999.0, 1_000.0, 12_000.0, 48_200.0, 482_000.0, 999_960.0, 1_240_000.0, -48_200.0] {
            push(json!({"kind": "compact", "value": exact}), f.compact(Some(exact)));
        }
        for code in currencies {
            let digits = cldr::currency_digits(code);
            for magnitude in 0..8 {
                let v = rng.value(magnitude);
                let whole = v.round();
                push(
                    json!({"kind": "money", "value": whole, "currency": code, "decimals": 0}),
                    f.money(Some(whole), code),
                );
                let shown = (v * 10f64.powi(digits as i32)).round() / 10f64.powi(digits as i32);
                let decimals = if shown.fract() == 0.0 { 0 } else { digits };
                push(
                    json!({"kind": "money", "value": v, "currency": code, "decimals": decimals}),
                    f.money(Some(v), code),
                );
                push(
                    json!({"kind": "money", "value": -v, "currency": code, "decimals": decimals}),
                    f.money(Some(-v), code),
                );
            }
            for v in [12_500.0, 48_200.0, 125_000.0, 2_400_000.0, 31_000_000_000.0] {
                push(json!({"kind": "money_compact", "value": v, "currency": code}), f.money_compact(Some(v), code));
            }
        }
        for magnitude in -2..4 {
            for _ in 0..4 {
                let v = rng.value(magnitude);
                let decimals = if v >= 100.0 {
                    0
                } else if v >= 1.0 {
                    1
                } else {
                    2
                };
                push(json!({"kind": "percent", "value": v, "decimals": decimals}), f.percent(Some(v)));
                push(json!({"kind": "percent", "value": -v, "decimals": decimals}), f.percent(Some(-v)));
            }
        }
        for month in 1..=12u8 {
            let day = (rng.next() % 28) as u8 + 1;
            let year = 2024 + (rng.next() % 4) as i32;
            let d = Date { year, month, day };
            push(json!({"kind": "date", "date": [year, month, day]}), f.date(Some(d)));
            push(json!({"kind": "month_year", "date": [year, month, day]}), f.month_year(d));
            push(json!({"kind": "day_month", "date": [year, month, day]}), f.day_month(d));
            // Within a month, across months, across years, and one day.
            let ends = [(year, month, 28.max(day)), (year, month % 12 + 1, 15), (year + 1, 1, 2), (year, month, day)];
            for (y, m, dd) in ends {
                let end = Date { year: y, month: m, day: dd };
                if (y, m, dd) < (year, month, day) {
                    continue;
                }
                push(json!({"kind": "range", "date": [year, month, day], "end": [y, m, dd]}), f.date_range(d, end));
            }
        }
    }
    out
}

#[test]
fn formats_match_babel_for_every_locale() {
    let Some(python) = python() else { return };
    let cases = cases();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cldr/babel_check.py");
    // Cases go through a file: the check writes its findings while it reads.
    let dir = common::temp_dir("cldr");
    let input = dir.join("cases.jsonl");
    let lines: Vec<String> = cases.iter().map(|c| c.to_string()).collect();
    std::fs::write(&input, lines.join("\n")).expect("write the cases");
    let out = Command::new(python)
        .arg(script)
        .stdin(std::fs::File::open(&input).expect("open the cases"))
        .output()
        .expect("run the Babel check");
    assert!(out.status.success(), "the Babel check failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let mut mismatches = Vec::new();
    let mut compared = 0;
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).expect("JSON from the check");
        if let Some(n) = v["compared"].as_u64() {
            compared = n;
        } else {
            mismatches.push(format!(
                "{} {} {}: mediakit {:?}, Babel {:?}",
                v["tag"],
                v["kind"],
                v["value"].as_f64().map_or_else(|| v["date"].to_string(), |x| x.to_string()),
                v["ours"].as_str().unwrap_or(""),
                v["babel"].as_str().unwrap_or("")
            ));
        }
    }
    let locales = cldr::tags().count();
    eprintln!("Babel compared {compared} of {} values in {locales} locales, {} differ", cases.len(), mismatches.len());
    assert!(locales >= 20, "the table covers the built-in languages and their main regions: {locales}");
    assert!(compared as usize >= cases.len() * 9 / 10, "Babel compared {compared} of {} cases", cases.len());
    assert!(mismatches.is_empty(), "{} of {compared} values differ from Babel:\n{}", mismatches.len(), {
        // The first few of each locale and kind, so that one cause does not hide another.
        let mut seen: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
        mismatches
            .iter()
            .filter(|m| {
                let key: String = m.split(':').next().unwrap_or("").split(' ').take(2).collect();
                let n = seen.entry(key).or_default();
                *n += 1;
                *n <= 3
            })
            .take(150)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    });
}
