//! Untrusted text never becomes live markup: a site whose every text field
//! carries script, event handlers and broken-out attributes builds, and none
//! of it is live in any output file.

mod common;

use common::html::live_markup;
use common::{build, temp_dir, write};

const EVIL: &str = "\\\"><script>alert(1)</script><img src=x onerror=alert(2)>";

fn evil(tag: &str) -> String {
    format!("{tag} {EVIL} </title></style><svg onload=alert(3)>&amp;")
}

fn q(text: &str) -> String {
    format!("\"{text}\"")
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
        let live = live_markup(path, &text);
        assert!(live.is_empty(), "live markup:\n{}", live.join("\n"));
        // The text itself is still shown, escaped.
        if path.ends_with("creators/evil/index.html") {
            assert!(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{path}: name not shown escaped");
            assert!(text.contains("<strong>bold</strong>"), "{path}: markdown not rendered");
        }
    }
    assert!(checked >= 6, "only {checked} files checked");
}
