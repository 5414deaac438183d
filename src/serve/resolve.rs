//! Request targets → output paths. Only names that exist in the in-memory
//! output can ever be answered, so nothing outside it is reachable; this
//! module also refuses every traversal spelling outright, so such requests
//! are answered as bad requests rather than looked up.

/// What a request target asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// An output path such as `creators/ava/index.html`.
    File(String),
    /// A folder named without its trailing slash (`/creators/ava`): the
    /// output path of its index, for a redirect if it exists.
    MaybeFolder { index: String },
}

/// Why a target was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    NotAbsolute,
    BadEncoding,
    Traversal,
    ControlCharacter,
}

/// The path part of a request target (before `?`), and its query with the `?`.
pub fn split_query(target: &str) -> (&str, &str) {
    let target = target.split('#').next().unwrap_or("");
    match target.find('?') {
        Some(i) => (&target[..i], &target[i..]),
        None => (target, ""),
    }
}

pub fn resolve(path: &str) -> Result<Target, Refused> {
    if !path.starts_with('/') {
        return Err(Refused::NotAbsolute);
    }
    let bytes = percent_decode(path).ok_or(Refused::BadEncoding)?;
    let text = String::from_utf8(bytes).map_err(|_| Refused::BadEncoding)?;
    if text.chars().any(|c| c.is_control()) {
        return Err(Refused::ControlCharacter);
    }
    if text.contains('\\') {
        return Err(Refused::Traversal);
    }
    let folder = text.ends_with('/');
    let segments: Vec<&str> = text.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| *s == "." || *s == ".." || s.contains(':')) {
        return Err(Refused::Traversal);
    }
    let joined = segments.join("/");
    if folder || joined.is_empty() {
        let index = if joined.is_empty() { "index.html".to_string() } else { format!("{joined}/index.html") };
        return Ok(Target::File(index));
    }
    let last = segments.last().copied().unwrap_or("");
    if last.contains('.') {
        Ok(Target::File(joined))
    } else {
        // `/creators/ava` may be a file without extension (`CNAME`) or a folder.
        Ok(Target::MaybeFolder { index: format!("{joined}/index.html") })
    }
}

/// The file a [`Target::MaybeFolder`] names when it is not a folder.
pub fn as_file(index: &str) -> &str {
    index.strip_suffix("/index.html").unwrap_or(index)
}

fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hi = hex(*bytes.get(i + 1)?)?;
            let lo = hex(*bytes.get(i + 2)?)?;
            out.push(hi * 16 + lo);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// An output path as the URL path it is served at: `a/index.html` → `/a/`.
pub fn url_of(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => format!("/{dir}"),
        _ => format!("/{path}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_files() {
        assert_eq!(resolve("/"), Ok(Target::File("index.html".into())));
        assert_eq!(resolve("/creators/ava/"), Ok(Target::File("creators/ava/index.html".into())));
        assert_eq!(resolve("/css/theme.css"), Ok(Target::File("css/theme.css".into())));
        assert_eq!(resolve("/creators/ava"), Ok(Target::MaybeFolder { index: "creators/ava/index.html".into() }));
        assert_eq!(resolve("/photos/ava%20chen.jpg"), Ok(Target::File("photos/ava chen.jpg".into())));
        assert_eq!(as_file("CNAME/index.html"), "CNAME");
    }

    #[test]
    fn traversal_in_every_spelling_is_refused() {
        for bad in [
            "/../Cargo.toml",
            "/creators/../../mediakit.yaml",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E%2Fmediakit.yaml",
            "/..%2f..%2fmediakit.yaml",
            "/.%2e/x",
            "/creators/..\\..\\x",
            "/c:/windows",
            "/./index.html",
        ] {
            assert!(resolve(bad).is_err(), "{bad}");
        }
        assert_eq!(resolve("/a%00b"), Err(Refused::ControlCharacter));
        assert_eq!(resolve("/%zz"), Err(Refused::BadEncoding));
        assert_eq!(resolve("/%c0%ae%c0%ae/"), Err(Refused::BadEncoding));
        assert_eq!(resolve("http://x/"), Err(Refused::NotAbsolute));
    }

    #[test]
    fn queries_and_urls() {
        assert_eq!(split_query("/a/?x=1#f"), ("/a/", "?x=1"));
        assert_eq!(url_of("index.html"), "/");
        assert_eq!(url_of("creators/ava/index.html"), "/creators/ava/");
        assert_eq!(url_of("css/theme.css"), "/css/theme.css");
    }
}
