//! Reading built HTML the way a browser would, to find anything live that
//! untrusted text could have smuggled in.

/// `&#106;`, `&#x6a;`, `&colon;`, tabs and newlines: what a browser would
/// strip or decode before reading a URL's scheme.
pub fn decoded_url(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        if c == '&'
            && let Some(end) = rest.find(';')
        {
            let entity = &rest[1..end];
            let decoded = if let Some(hex) = entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = entity.strip_prefix('#') {
                dec.parse().ok().and_then(char::from_u32)
            } else {
                match entity {
                    "colon" => Some(':'),
                    "tab" => Some('\t'),
                    "newline" => Some('\n'),
                    "amp" => Some('&'),
                    _ => None,
                }
            };
            if let Some(d) = decoded {
                out.push(d);
                rest = &rest[end + 1..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_lowercase()
}

/// Tag name and raw inside of every element tag in `html`.
pub fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let tail = &rest[i + 1..];
        if tail.starts_with("!--") {
            let end = tail.find("-->").map_or(tail.len(), |e| e + 3);
            rest = &tail[end..];
            continue;
        }
        let end = tail.find('>').unwrap_or(tail.len());
        let inner = &tail[..end];
        if inner.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let name: String = inner.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == ':').collect();
            out.push((name.to_lowercase(), inner.to_string()));
        }
        rest = &tail[end.min(tail.len())..];
    }
    out
}

/// Attribute (name, value) pairs of a tag's inside, honouring quotes.
pub fn attributes(tag: &str) -> Vec<(String, String)> {
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
        let name: String = chars[start..i].iter().collect::<String>().to_lowercase();
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

/// Everything in a page that could run script, load a foreign resource or
/// restyle the page, apart from what the theme itself puts there.
pub fn live_markup(path: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    // The roster's search box is the theme's: its form (no action), its
    // fields by name, its one script, from the theme's own assets, and the
    // noscript style that hides its reserved place.
    let roster = path == "index.html";
    let is = |attrs: &[(String, String)], n: &str, v: &str| attrs.iter().any(|(a, b)| a == n && b == v);
    let search_field = |attrs: &[(String, String)]| {
        ["q", "sort", "niches", "tiers", "platforms", "locations", "followers", "er", "price"]
            .iter()
            .any(|f| is(attrs, "name", f))
    };
    for (name, inner) in tags(text) {
        let attrs = attributes(&inner);
        if roster {
            let allowed = match name.as_str() {
                "form" => is(&attrs, "id", "search") && !attrs.iter().any(|(a, _)| a == "action"),
                "input" | "select" => search_field(&attrs),
                "script" => {
                    attrs.iter().any(|(a, v)| a == "src" && v.ends_with("/js/search.js") && v.starts_with('/'))
                        && text.contains(&format!("<{inner}></script>"))
                }
                // Without scripting the box's reserved place is removed.
                "style" => text.contains(&format!(
                    "<noscript><{inner}>.search[hidden] {{ display: none !important; }}</style></noscript>"
                )),
                _ => false,
            };
            if allowed {
                continue;
            }
        }
        match name.as_str() {
            "iframe" | "frame" | "frameset" | "object" | "embed" | "applet" | "form" | "input" | "button"
            | "textarea" | "select" | "base" | "math" | "video" | "audio" | "source" => found.push(format!("<{name}>")),
            "script" if !attrs.iter().any(|(n, v)| n == "type" && v == "application/ld+json") => {
                found.push("<script> that is not JSON-LD".to_string())
            }
            "style" => {
                // The theme's one `<style>` sets the brand colours, from validated `#RRGGBB` values.
                let body_start = text.find(&format!("<{inner}>")).map(|i| i + inner.len() + 2);
                let ok = body_start.is_some_and(|s| text[s..].starts_with(":root{--brand:#"));
                if !ok {
                    found.push("a <style> block not from the theme".to_string());
                }
            }
            "meta" if attrs.iter().any(|(n, _)| n == "http-equiv") => found.push("<meta http-equiv>".to_string()),
            "link" => {
                let href = attrs.iter().find(|(n, _)| n == "href").map(|(_, v)| v.as_str()).unwrap_or("");
                if !(href.starts_with("https://example.test/") || href.starts_with("/kits/")) {
                    found.push(format!("<link> to {href}"));
                }
            }
            _ => {}
        }
        for (attr, value) in &attrs {
            if attr.starts_with("on") {
                found.push(format!("{attr}= on <{name}>"));
            }
            if attr == "style" {
                found.push(format!("style= on <{name}>"));
            }
            if matches!(
                attr.as_str(),
                "href" | "src" | "action" | "formaction" | "xlink:href" | "poster" | "srcset" | "data"
            ) {
                let url = decoded_url(value);
                if ["javascript:", "vbscript:", "data:"].iter().any(|s| url.starts_with(s)) {
                    found.push(format!("{attr}=\"{value}\" on <{name}>"));
                }
            }
        }
    }
    // JSON-LD must stay JSON and must not be able to close its element.
    let mut rest = text;
    while let Some(i) = rest.find("<script type=\"application/ld+json\">") {
        let body = &rest[i + 35..];
        let end = body.find("</script>").unwrap_or(body.len());
        let json = &body[..end];
        if json.contains('<') || json.contains('>') {
            found.push("a raw < or > in JSON-LD".to_string());
        }
        if serde_json::from_str::<serde_json::Value>(json).is_err() {
            found.push("JSON-LD that does not parse".to_string());
        }
        rest = &body[end..];
    }
    found.into_iter().map(|f| format!("{path}: {f}")).collect()
}

/// `%2F` and friends decoded, as a server reads a request path.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
