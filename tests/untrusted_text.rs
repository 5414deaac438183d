//! Untrusted text can never become live: links are limited to http, https and
//! mailto however they are spelt, markdown loses every way of running script
//! or restyling the page, JSON-LD cannot close its `<script>`, and PDF
//! metadata carries the text as text.

mod common;

use std::fs;
use std::path::Path;

use common::html::live_markup;
use common::{build, temp_dir, write};
use mediakit::load;

const GOOD_CREATOR: &str = "name: Ava Chen\nplatforms:\n  - platform: instagram\n    followers: 48200\n";

/// Spellings of a link that a browser would run or that would leave the
/// attribute; every one must be refused at load time.
const BAD_LINKS: &[&str] = &[
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\\tscript:alert(1)",
    "java\\nscript:alert(1)",
    "\\u0001javascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2Zz4=",
    "file:///etc/passwd",
    "//evil.example/x",
    "/relative/path",
    "evil.example/x\\\" onmouseover=\\\"alert(1)",
    "https://example.com/\\\" onmouseover=\\\"alert(1)",
    "https://example.com/<script>",
    "https://exa mple.com/",
    "https://",
    "mailto:",
    "ftp://example.com/file",
];

/// Writes a file whose one link field holds the given text.
type Document = fn(&str) -> String;

#[test]
fn links_are_limited_to_http_https_and_mailto() {
    let fields: [(&str, &str, Document); 5] = [
        ("content/creators/ava-chen.yaml", "contact.website", |v: &str| {
            format!("{GOOD_CREATOR}contact: {{website: \"{v}\"}}\n")
        }),
        ("content/creators/ava-chen.yaml", "platforms[0].url", |v: &str| format!("{GOOD_CREATOR}    url: \"{v}\"\n")),
        ("content/creators/ava-chen.yaml", "photo", |v: &str| format!("{GOOD_CREATOR}photo: \"{v}\"\n")),
        ("mediakit.yaml", "brand.logo", |v: &str| format!("brand: {{logo: \"{v}\"}}\n")),
        ("content/campaigns/c.yaml", "creators[0].posts[0].url", |v: &str| {
            format!(
                "name: C\ncreators:\n  - creator: ava-chen\n    posts: [{{platform: instagram, likes: 1, url: \"{v}\"}}]\n"
            )
        }),
    ];
    for (rel, field, yaml) in fields {
        for link in BAD_LINKS {
            let root = temp_dir("links");
            write(&root, "content/creators/ava-chen.yaml", GOOD_CREATOR);
            write(&root, rel, &yaml(link));
            let loaded = load::load_site(&root);
            let errors: Vec<_> = loaded.diagnostics.items.iter().filter(|d| d.is_error()).collect();
            assert!(loaded.site.is_none(), "{field} accepted {link:?}");
            assert!(
                errors.iter().any(|d| d.field.as_deref() == Some(field) && d.line.is_some()),
                "{field} = {link:?}: {}",
                loaded.diagnostics.render()
            );
        }
    }
    // And the good ones still load.
    for good in ["https://avachen.example/kit?a=1&b=2", "http://example.com", "mailto:ava@example.com"] {
        let root = temp_dir("links-ok");
        write(&root, "content/creators/ava-chen.yaml", &format!("{GOOD_CREATOR}contact: {{website: \"{good}\"}}\n"));
        assert!(load::load_site(&root).site.is_some(), "{good} was refused");
    }
}

#[test]
fn email_addresses_cannot_break_out() {
    for bad in ["a@b.c\\\" onclick=\\\"alert(1)", "<a@b.c>", "a@b.c?body=x", "javascript:alert(1)//@b.c", "a@b"] {
        let root = temp_dir("email");
        write(&root, "content/creators/ava-chen.yaml", &format!("{GOOD_CREATOR}contact: {{email: \"{bad}\"}}\n"));
        let loaded = load::load_site(&root);
        assert!(loaded.site.is_none(), "{bad:?} was accepted as an e-mail address");
    }
}

/// Markdown that tries every way of running script or taking over the page.
const HOSTILE_MARKDOWN: &[&str] = &[
    "<script>alert('md1')</script>",
    "<img src=x onerror=alert('md2')>",
    "<iframe src=\\\"https://evil.example\\\"></iframe>",
    "<style>body{display:none}</style>",
    "<object data=\\\"x.swf\\\"></object><embed src=\\\"x.swf\\\">",
    "<form action=\\\"https://evil.example\\\"><input name=p><button>go</button></form>",
    "<svg onload=alert('md3')><circle r=5 /></svg>",
    "<math><mi xlink:href=\\\"javascript:alert('md4')\\\">x</mi></math>",
    "<a href=\\\"javascript:alert('md5')\\\">a</a>",
    "<a href=\\\"&#106;avascript:alert('md6')\\\">b</a>",
    "<a href=\\\"https://ok.example\\\" onclick=\\\"alert('md7')\\\" style=\\\"position:fixed\\\">c</a>",
    "<div style=\\\"background:url(javascript:alert('md8'))\\\">d</div>",
    "<meta http-equiv=\\\"refresh\\\" content=\\\"0;url=https://evil.example\\\">",
    "<base href=\\\"https://evil.example/\\\">",
    "<link rel=stylesheet href=\\\"https://evil.example/x.css\\\">",
    "[e](javascript:alert('md9'))",
    "[f](JaVaScRiPt:alert('md10'))",
    "[g](data:text/html,alert)",
    "[h](&#106;avascript:alert('md11'))",
    "<javascript:alert('md12')>",
    "![i](javascript:alert('md13'))",
    "[j][1]\\n\\n[1]: javascript:alert('md14')",
    "<details open ontoggle=alert('md15')>k</details>",
    "<video><source onerror=alert('md16')></video>",
    "**bold** and [fine](https://ok.example)",
];

fn hostile_site(root: &Path) {
    let md = HOSTILE_MARKDOWN.join("\\n\\n");
    write(
        root,
        "mediakit.yaml",
        "title: \"T</title><script>alert('t')</script>\"\nbase_url: https://example.test/kits\n",
    );
    write(
        root,
        "content/creators/evil.yaml",
        &format!(
            "name: \"Eve <script>alert('name')</script>\"\ntagline: \"</script><script>alert('tag')</script>\"\nbio: \"{md}\"\nplatforms:\n  - platform: instagram\n    followers: 48200\n    avg_likes: 2100\n    url: \"https://instagram.com/eve?q=%3C/script%3E&x='y'\"\npartners:\n  - {{brand: \"<b onmouseover=alert('p')>B</b>\", year: 2026, summary: \"{md}\"}}\nrates:\n  items: [{{platform: instagram, deliverable: reel, price: 100}}]\n  notes: \"{md}\"\n"
        ),
    );
    write(
        root,
        "content/campaigns/evil.yaml",
        &format!(
            "name: \"C <svg onload=alert('c')>\"\nbrand: \"</script><!--\"\nsummary: \"{md}\"\ncreators:\n  - creator: evil\n    fee: 100\n    posts: [{{platform: instagram, date: 2026-03-01, reach: 100, likes: 10}}]\n"
        ),
    );
}

#[test]
fn hostile_markdown_and_text_are_never_live() {
    let root = temp_dir("hostile");
    hostile_site(&root);
    build(&root);
    let files = common::snapshot(&root.join("public"));
    let mut problems = Vec::new();
    let mut checked = 0;
    for (path, bytes) in &files {
        if !(path.ends_with(".html") || path.ends_with(".svg") || path.ends_with(".xml")) {
            continue;
        }
        checked += 1;
        problems.extend(live_markup(path, &String::from_utf8_lossy(bytes)));
    }
    assert!(problems.is_empty(), "live markup:\n{}", problems.join("\n"));
    assert!(checked >= 6, "only {checked} files checked");

    // The words are still there, as text, and harmless markdown still renders.
    let kit = fs::read_to_string(root.join("public/creators/evil/index.html")).expect("kit");
    assert!(kit.contains("Eve &lt;script&gt;alert("), "the name is not shown escaped");
    assert!(kit.contains("<strong>bold</strong>"), "markdown stopped rendering");
    assert!(
        kit.contains("<a href=\"https://ok.example\" rel=\"nofollow noopener noreferrer\">fine</a>"),
        "safe links were lost"
    );
    let report = fs::read_to_string(root.join("public/campaigns/evil/index.html")).expect("report");
    assert!(report.contains("C &lt;svg onload=alert("), "the campaign name is not shown escaped");
}

#[test]
fn the_checker_sees_live_markup() {
    // A checker that finds nothing proves nothing: feed it each kind it must catch.
    let samples = [
        "<script>x</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:x\">x</a>",
        "<iframe src=//e></iframe>",
        "<style>body{}</style>",
        "<p style=\"x\">",
        "<script type=\"application/ld+json\">{\"a\":\"</b>\"}</script>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<meta http-equiv=refresh content=0>",
    ];
    for sample in samples {
        assert!(!live_markup("sample", sample).is_empty(), "missed: {sample}");
    }
    assert!(live_markup("ok", "<p>&lt;script&gt;</p><a href=\"https://ok.example\">x</a>").is_empty());
}

/// PDF metadata (Title, Author, Subject, Keywords, XMP) must hold untrusted
/// text as text: a string that closes a PDF string `)` or an XML element must
/// come back out of `pdfinfo` exactly as written.
#[test]
fn pdf_metadata_holds_untrusted_text_as_text() {
    let root = temp_dir("hostile-pdf");
    hostile_site(&root);
    build(&root);
    let pdfs: Vec<_> =
        common::snapshot(&root.join("public")).into_iter().filter(|(p, _)| p.ends_with(".pdf")).collect();
    if pdfs.is_empty() {
        // This build writes no PDFs yet; the check below runs as soon as it does.
        eprintln!("NOTE: no PDFs in the output, so no PDF metadata was checked");
        return;
    }
    if !common::require_tool("pdfinfo") {
        return;
    }
    for (rel, bytes) in &pdfs {
        // The Info dictionary holds text as PDF strings, where `<` is inert; an
        // XMP packet is XML and must escape it.
        let raw = String::from_utf8_lossy(bytes);
        if let Some(start) = raw.find("<x:xmpmeta") {
            let end = raw[start..].find("</x:xmpmeta>").map_or(raw.len(), |e| start + e);
            assert!(!raw[start..end].contains("<script"), "{rel}: raw markup in the XMP metadata");
        }
        let out =
            std::process::Command::new("pdfinfo").arg(root.join("public").join(rel)).output().expect("run pdfinfo");
        assert!(out.status.success(), "{rel}: pdfinfo cannot read it: {}", String::from_utf8_lossy(&out.stderr));
        let info = String::from_utf8_lossy(&out.stdout);
        let title = info.lines().find_map(|l| l.strip_prefix("Title:")).map(str::trim).unwrap_or("");
        let expected = if rel.starts_with("creators/") {
            "Eve <script>alert('name')</script>"
        } else {
            "C <svg onload=alert('c')>"
        };
        assert!(title.contains(expected), "{rel}: the title is {title:?}, not the text as written");
    }
}
