//! Tagged, accessible and archival PDFs: the structure poppler reads back
//! (`pdfinfo -struct-text`), and an independent PDF/UA and PDF/A checker
//! (PyPI `page-validation`, which `.ci/run` installs) run over every PDF of
//! the demo site, by default (PDF/UA-1) and with `pdf: {standard: a-2b}`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{copy_dir, require_tool, temp_dir, write};
use mediakit::pipeline::{self, BuildOptions};

/// A copy of the demo site (the repository's own `content/`).
fn demo_copy(label: &str) -> common::TempDir {
    let dir = temp_dir(label);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(repo.join("mediakit.yaml"), dir.join("mediakit.yaml")).expect("config");
    copy_dir(&repo.join("content"), &dir.join("content"));
    copy_dir(&repo.join("static"), &dir.join("static"));
    copy_dir(&repo.join("data"), &dir.join("data"));
    dir
}

fn build(root: &Path) {
    if let Err(d) = pipeline::build(&BuildOptions { root: root.to_path_buf(), out: None, base_url: None }) {
        panic!("build failed:\n{}", d.render());
    }
}

/// Every PDF under `public/`, sorted.
fn pdfs(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for kind in ["creators", "campaigns"] {
        for entry in std::fs::read_dir(root.join("public").join(kind)).expect("output") {
            let dir = entry.expect("entry").path();
            for name in ["media-kit.pdf", "report.pdf"] {
                if dir.join(name).is_file() {
                    out.push(dir.join(name));
                }
            }
        }
    }
    out.sort();
    out
}

fn pdfinfo(args: &[&str], pdf: &Path) -> String {
    let out = Command::new("pdfinfo").args(args).arg(pdf).output().expect("pdfinfo");
    assert!(out.status.success(), "pdfinfo {args:?} {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The Python that has the checker: `MEDIAKIT_PYTHON`, else the venv
/// `.ci/run` makes in `.tools/`, else `python3`; `None` (or a failure under `MEDIAKIT_REQUIRE_TOOLS`)
/// when `import page` fails.
fn checker() -> Option<String> {
    let venv = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/venv/bin/python");
    let python = std::env::var("MEDIAKIT_PYTHON")
        .unwrap_or_else(|_| if venv.is_file() { venv.to_string_lossy().into_owned() } else { "python3".to_string() });
    let ok = Command::new(&python).args(["-c", "import page"]).output().is_ok_and(|o| o.status.success());
    if ok {
        return Some(python);
    }
    if std::env::var_os("MEDIAKIT_REQUIRE_TOOLS").is_some_and(|v| !v.is_empty() && v != "0") {
        panic!("the PDF checker (`pip install page-validation`) is not importable by {python}");
    }
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED: page-validation not installed");
    None
}

const CHECK: &str = r#"
import json, sys, page
out = []
for path in sys.argv[2:]:
    r = page.validate_pdf(path, profile=sys.argv[1])
    out.append({"path": path, "ok": r.is_compliant, "failed": [f"{f.rule_id}: {f.message}" for f in r.failures]})
print(json.dumps(out))
"#;

/// Runs the checker on `files` with `profile` (`ua1`, `2b`); the failures of
/// each file that is not compliant.
fn check(python: &str, profile: &str, files: &[PathBuf]) -> Vec<(String, Vec<String>)> {
    let out = Command::new(python).args(["-c", CHECK, profile]).args(files).output().expect("checker");
    assert!(out.status.success(), "checker failed: {}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("checker JSON");
    let results = report.as_array().expect("a list");
    assert_eq!(results.len(), files.len());
    results
        .iter()
        .filter(|r| r["ok"] != serde_json::Value::Bool(true))
        .map(|r| {
            let failed = r["failed"].as_array().map(|f| f.iter().map(|s| s.to_string()).collect()).unwrap_or_default();
            (r["path"].as_str().unwrap_or("?").to_string(), failed)
        })
        .collect()
}

#[test]
fn every_demo_pdf_is_tagged_with_its_structure_in_reading_order() {
    if !require_tool("pdfinfo") {
        return;
    }
    let root = demo_copy("tagged");
    build(&root);
    let files = pdfs(&root);
    assert_eq!(files.len(), 10, "{files:?}");
    for pdf in &files {
        let info = pdfinfo(&[], pdf);
        assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "{}: {info}", pdf.display());
    }

    let kit = pdfinfo(&["-struct-text"], &root.join("public/creators/ava-chen/media-kit.pdf"));
    for expected in [
        "H1 \"Ava Chen\"",
        "H2 \"Platforms\"",
        "/Scope /Row",
        "\"TOTAL AUDIENCE 174K across 2 platforms\"",
        "H3 \"Audience by gender\"",
        "Figure",
        "Link",
        "BlockQuote",
    ] {
        assert!(kit.contains(expected), "kit structure lacks {expected}:\n{kit}");
    }
    // The name comes before the sections, the sections in the order they are read.
    let order =
        ["H1 \"Ava Chen\"", "H2 \"Platforms\"", "H2 \"Audience\"", "H2 \"About\"", "H2 \"Rates\"", "H2 \"Contact\""];
    let at: Vec<usize> = order.iter().map(|h| kit.find(h).unwrap_or_else(|| panic!("{h}:\n{kit}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "reading order {at:?}:\n{kit}");

    let report = pdfinfo(&["-struct-text"], &root.join("public/campaigns/spring-glow-launch/report.pdf"));
    for expected in [
        "H1 \"Spring Glow Launch\"",
        "H2 \"Results\"",
        "H2 \"Summary\"",
        "H2 \"Performance\"",
        "H3 \"Engagements by creator\"",
        "THead",
        "/Scope /Column",
        "TBody",
        "TFoot",
        "LBody",
    ] {
        assert!(report.contains(expected), "report structure lacks {expected}:\n{report}");
    }
    // Running heads, feet and page numbers are artifacts, out of the structure.
    assert!(!report.contains("Page 2 of"), "page numbers are furniture:\n{report}");
    assert!(!report.contains("Creators, continued") && !report.contains("Posts, continued"));
}

#[test]
fn demo_pdfs_pass_pdf_ua_1_in_an_independent_checker() {
    let Some(python) = checker() else { return };
    let root = demo_copy("ua1");
    build(&root);
    let files = pdfs(&root);
    assert_eq!(files.len(), 10);
    let failures = check(&python, "ua1", &files);
    assert!(failures.is_empty(), "PDF/UA-1 failures: {failures:#?}");
}

#[test]
fn the_checker_rejects_an_untagged_pdf() {
    let Some(python) = checker() else { return };
    // A one-page PDF with no structure, no language and no metadata.
    let dir = temp_dir("untagged");
    let body = [
        "%PDF-1.7",
        "1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj",
        "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj",
        "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>> endobj",
    ]
    .join("\n");
    let xref_at = body.len() + 1;
    let mut offsets = Vec::new();
    for n in 1..=3 {
        offsets.push(body.find(&format!("\n{n} 0 obj")).map(|i| i + 1).unwrap_or(0));
    }
    let mut pdf = format!("{body}\nxref\n0 4\n0000000000 65535 f \n");
    for o in offsets {
        pdf.push_str(&format!("{o:010} 00000 n \n"));
    }
    pdf.push_str(&format!("trailer <</Size 4/Root 1 0 R>>\nstartxref\n{xref_at}\n%%EOF\n"));
    let path = dir.join("untagged.pdf");
    std::fs::write(&path, pdf).expect("write");
    let failures = check(&python, "ua1", std::slice::from_ref(&path));
    assert_eq!(failures.len(), 1, "an untagged PDF must fail PDF/UA-1");
}

#[test]
fn archival_pdfs_pass_pdf_a_2b_and_pdf_ua_1() {
    let root = demo_copy("a2b");
    let config = std::fs::read_to_string(root.join("mediakit.yaml")).expect("config");
    write(&root, "mediakit.yaml", &config.replace("pdf: {paper: a4}", "pdf: {paper: a4, standard: a-2b}"));
    // PDF/A needs each document's date: the two demo profiles without one get theirs.
    for slug in ["noor-haddad", "sam-okafor"] {
        let file = root.join(format!("content/creators/{slug}.yaml"));
        let text = std::fs::read_to_string(&file).expect("profile");
        std::fs::write(&file, format!("as_of: 2026-10-15\n{text}")).expect("write");
    }
    // A raster photo with an alpha channel: transparency PDF/A-2 allows, drawn through a soft mask.
    let photo = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pictures/portrait-alpha.png");
    std::fs::copy(photo, root.join("static/photos/alpha.png")).expect("photo");
    let file = root.join("content/creators/lena-fischer.yaml");
    let text = std::fs::read_to_string(&file).expect("profile");
    let text: String = text.lines().filter(|l| !l.starts_with("photo:")).map(|l| format!("{l}\n")).collect();
    std::fs::write(&file, format!("photo: static/photos/alpha.png\n{text}")).expect("write");
    build(&root);
    let files = pdfs(&root);
    assert_eq!(files.len(), 10);
    for pdf in &files {
        let raw = std::fs::read(pdf).expect("pdf");
        let raw = String::from_utf8_lossy(&raw);
        assert!(raw.contains("<pdfaid:part>2</pdfaid:part>"), "{}", pdf.display());
        assert!(raw.contains("<pdfaid:conformance>B</pdfaid:conformance>"), "{}", pdf.display());
        assert!(raw.contains("<pdfuaid:part>1</pdfuaid:part>"), "{}", pdf.display());
        assert!(raw.contains("/OutputIntents"), "{}: an embedded output intent", pdf.display());
    }
    // The date is the content's: the kit's `as_of`, the campaign's end.
    let kit =
        String::from_utf8_lossy(&std::fs::read(root.join("public/creators/sam-okafor/media-kit.pdf")).expect("kit"))
            .into_owned();
    assert!(kit.contains("<xmp:CreateDate>2026-10-15T00:00:00+00:00</xmp:CreateDate>"), "kit date");

    let Some(python) = checker() else { return };
    let failures = check(&python, "2b", &files);
    assert!(failures.is_empty(), "PDF/A-2b failures: {failures:#?}");
    let failures = check(&python, "ua1", &files);
    assert!(failures.is_empty(), "PDF/UA-1 failures: {failures:#?}");
}

#[test]
fn an_archival_kit_without_a_date_is_an_error_naming_the_file_and_field() {
    let root = demo_copy("a2b-undated");
    let config = std::fs::read_to_string(root.join("mediakit.yaml")).expect("config");
    write(&root, "mediakit.yaml", &config.replace("pdf: {paper: a4}", "pdf: {paper: a4, standard: a-2b}"));
    let err = match pipeline::build(&BuildOptions { root: root.to_path_buf(), out: None, base_url: None }) {
        Ok(_) => panic!("a kit without a date cannot be PDF/A"),
        Err(d) => d.render(),
    };
    assert!(err.contains("content/creators/sam-okafor.yaml"), "{err}");
    assert!(err.contains("PDF/A-2b") && err.contains("no date"), "{err}");
    assert!(err.contains("as_of"), "{err}");
    assert!(!root.join("public").exists(), "nothing is written");
}
