//! Reading content files: text only, inside the site, nothing surprising.

use std::io::Read;
use std::path::Path;

use crate::diagnostics::Diagnostic;

/// Content files larger than this are refused rather than parsed.
const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a YAML file as UTF-8 text, or says precisely why it cannot be used.
/// Only a regular file is read: a named pipe or a device is refused at once.
pub fn read_text(path: &Path, shown: &str) -> Result<String, Diagnostic> {
    let file = crate::paths::open_regular(path).map_err(|e| cannot_read(shown, &e))?;
    let len = file.metadata().map_err(|e| cannot_read(shown, &e))?.len();
    if len > MAX_FILE_BYTES {
        return Err(too_large(shown, len));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| cannot_read(shown, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(shown, bytes.len() as u64));
    }
    decode(&bytes, shown)
}

fn too_large(shown: &str, len: u64) -> Diagnostic {
    Diagnostic::error(shown, format!("the file is {} MB; content files are limited to 16 MB", len / (1024 * 1024)))
}

/// Why a file could not be read; a file that is not a regular one says what it is.
pub fn cannot_read(shown: &str, e: &std::io::Error) -> Diagnostic {
    if e.kind() == std::io::ErrorKind::InvalidInput {
        Diagnostic::error(shown, e.to_string()).hint("replace it with an ordinary file, or remove it")
    } else {
        Diagnostic::error(shown, format!("cannot read the file: {e}"))
    }
}

pub fn decode(bytes: &[u8], shown: &str) -> Result<String, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        // The line of a binary file means nothing to show, but where the first
        // NUL byte sits tells a text file damaged in one place from a picture.
        let (line, column) = position_of(&bytes[..nul]);
        let mut d = Diagnostic::error(shown, "this is a binary file, not YAML text")
            .hint("content files must be plain text; move pictures and PDFs to static/");
        d.line = Some(line);
        d.column = Some(column);
        return Err(d);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let (line, column) = position_of(&bytes[..e.valid_up_to()]);
            let text = String::from_utf8_lossy(bytes);
            Err(Diagnostic::error(shown, "the file is not valid UTF-8 text")
                .at(&text, line, column)
                .hint("save the file with UTF-8 encoding in your editor"))
        }
    }
}

/// The 1-based line and column just after `before`.
fn position_of(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_binary_and_points_at_bad_bytes() {
        let png = decode(b"\x89PNG\r\n\x00\x00", "a.yaml").unwrap_err();
        assert!(png.message.contains("binary"));
        assert_eq!((png.line, png.column), (Some(2), Some(1)));
        let d = decode(b"name: Ava\ntagline: caf\xe9\n", "a.yaml").unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(13)));
        assert_eq!(decode(b"\xEF\xBB\xBFname: A", "a.yaml").unwrap(), "name: A");
    }
}
