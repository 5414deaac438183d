//! Untrusted text never becomes live markup: a site whose every text field
//! carries script, event handlers and broken-out attributes builds, and none
//! of it is live in any output file.

mod common;

use common::{build, temp_dir, write};

const EVIL: &str = "\\\"><script>alert(1)</script><img src=x onerror=alert(2)>";

fn evil(tag: &str) -> String {
    format!("{tag} {EVIL} </title></style><svg onload=alert(3)>&amp;")
}

fn q(text: &str) -> String {
    format!("\"{text}\"")
}

/// The inside of every element tag (`img src=x onerror=…`), skipping
/// comments, doctypes and closing tags.
fn tags(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let tail = &rest[i + 1..];
        let end = tail.find('>').unwrap_or(tail.len());
        let inner = &tail[..end];
        if inner.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push(inner);
        }
        rest = &tail[end.min(tail.len())..];
    }
    out
}

/// Attribute (name, value) pairs of a tag's inside, honouring quotes.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let chars: Vec<char> = tag.chars().collect();
    let mut i = chars.iter().position(|c| c.is_whitespace()).unwrap_or(chars.len());
    let mut out = Vec::new();
    while i < chars.len() {
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == '/') {
            i += 1;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '=' {
            i += 1;
        }
        let name: String = chars[start..i].iter().collect();
        let mut value = String::new();
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            if i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
                let quote = chars[i];
                i += 1;
                while i < chars.len() && chars[i] != quote {
                    value.push(chars[i]);
                    i += 1;
                }
                i += 1;
            } else {
                while i < chars.len() && !chars[i].is_whitespace() {
                    value.push(chars[i]);
                    i += 1;
                }
            }
        }
        if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

#[test]
fn no_field_can_inject_markup() {
    let root = temp_dir("inject");
    write(
        &root,
        "mediakit.yaml",
        &format!(
            "title: {}\ndescription: {}\nbase_url: https://example.test/kits\nbrand:\n  name: {}\n",
            q(&evil("title")),
            q(&evil("description")),
            q(&evil("brand"))
        ),
    );
    let md = "# Head <script>alert(4)</script>\\n\\n[click](javascript:alert(5)) <iframe src=\\\"https://e.test\\\"></iframe> <style>body{display:none}</style> <a href=\\\"https://e.test\\\" onclick=\\\"alert(6)\\\">x</a> **bold**";
    write(
        &root,
        "content/creators/evil.yaml",
        &format!(
            "name: {name}\ntagline: {tagline}\nlocation: {loc}\nniches: [{niche}]\ncontact: {{email: a@b.test, phone: {phone}, manager: {manager}}}\nbio: \"{md}\"\nplatforms:\n  - platform: instagram\n    handle: {handle}\n    followers: 48200\n    avg_likes: 2100\n    history:\n      - {{date: 2026-01-01, followers: 40000}}\n      - {{date: 2026-02-01, followers: 48200}}\naudience:\n  gender: {{{gkey}: 60, other: 40}}\n  age: {{{akey}: 100}}\n  locations: [{{name: {lname}, share: 50}}]\npartners:\n  - {{brand: {pbrand}, year: 2026, summary: \"{md}\"}}\ntestimonials:\n  - {{quote: {quote}, author: {author}}}\nrates:\n  items: [{{platform: instagram, deliverable: {deliv}, price: 100, description: {desc}}}]\n  packages: [{{name: {pkg}, includes: [{inc}], price: 200}}]\n  addons: [{{name: {addon}, percent: 10}}]\n  notes: \"{md}\"\n",
            name = q(&evil("name")),
            tagline = q(&evil("tagline")),
            loc = q(&evil("loc")),
            niche = q(&evil("niche")),
            phone = q(&evil("phone")),
            manager = q(&evil("manager")),
            handle = q(&evil("handle")),
            gkey = q(&evil("g")),
            akey = q(&evil("a")),
            lname = q(&evil("lname")),
            pbrand = q(&evil("pbrand")),
            quote = q(&evil("quote")),
            author = q(&evil("author")),
            deliv = q(&evil("deliv")),
            desc = q(&evil("desc")),
            pkg = q(&evil("pkg")),
            inc = q(&evil("inc")),
            addon = q(&evil("addon")),
        ),
    );
    write(
        &root,
        "content/campaigns/evil-campaign.yaml",
        &format!(
            "name: {name}\nbrand: {brand}\nsummary: \"{md}\"\ncosts: [{{name: {cost}, amount: 10}}]\ncreators:\n  - creator: evil\n    fee: 100\n    posts:\n      - {{platform: instagram, date: 2026-03-01, title: {title}, promo_code: {code}, url: \"https://e.test/p\", reach: 100, likes: 10, clicks: 5, conversions: 1, revenue: 50}}\n      - {{platform: tiktok, date: 2026-03-02, reach: 50, likes: 4, impressions: 80, clicks: 2}}\n  - name: {inline}\n    fee: 50\n    posts:\n      - {{platform: x, likes: 3, reach: 20}}\n",
            name = q(&evil("cname")),
            brand = q(&evil("cbrand")),
            cost = q(&evil("cost")),
            title = q(&evil("ptitle")),
            code = q(&evil("code")),
            inline = q(&evil("inline")),
        ),
    );
    build(&root);
    assert_no_live_markup(&root);

    // The checker itself must catch a template that prints a field raw.
    write(
        &root,
        "themes/studio/templates/404.html",
        "{% extends \"original/404.html\" %}{% block main %}{{ site.title | safe }}{% endblock main %}",
    );
    build(&root);
    let caught = std::panic::catch_unwind(|| assert_no_live_markup(&root));
    assert!(caught.is_err(), "a raw field went unnoticed");
}

fn assert_no_live_markup(root: &std::path::Path) {
    let files = common::snapshot(&root.join("public"));
    let mut checked = 0;
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        if path.ends_with(".json") {
            let parsed: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(parsed.is_object());
            continue;
        }
        if !(path.ends_with(".html") || path.ends_with(".svg") || path.ends_with(".xml")) {
            continue;
        }
        checked += 1;
        let lower = text.to_lowercase();
        // Only JSON-LD blocks may use <script>, and they must not contain a raw `<`.
        let mut rest = lower.as_str();
        while let Some(i) = rest.find("<script") {
            let tail = &rest[i..];
            assert!(
                tail.starts_with("<script type=\"application/ld+json\">"),
                "{path}: live script: {}",
                &tail[..tail.len().min(120)]
            );
            let body_start = tail.find('>').unwrap() + 1;
            let body_end = tail.find("</script>").unwrap_or_else(|| panic!("{path}: unterminated script"));
            assert!(!tail[body_start..body_end].contains('<'), "{path}: raw < in JSON-LD");
            rest = &tail[body_end + 9..];
        }
        for tag in tags(&lower) {
            for (name, value) in attributes(tag) {
                assert!(!name.starts_with("on"), "{path}: event handler in <{tag}>");
                assert!(!value.trim_start().starts_with("javascript:"), "{path}: javascript: URL in <{tag}>");
            }
            let name = tag.split_whitespace().next().unwrap_or("");
            assert!(!matches!(name, "iframe" | "object" | "embed"), "{path}: <{name}> is live");
            assert!(!(name == "img" && tag.contains("src=x")), "{path}: injected <img>");
        }
        assert!(!lower.contains("<style>body"), "{path}: injected <style>");
        // The text itself is still shown, escaped.
        if path.ends_with("creators/evil/index.html") {
            assert!(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{path}: name not shown escaped");
            assert!(text.contains("<strong>bold</strong>"), "{path}: markdown not rendered");
        }
    }
    assert!(checked >= 6, "only {checked} files checked");
}
