//! Reading an export's bytes within fixed bounds. Every size is checked
//! before anything is read and again while reading (a file can grow, a zip
//! can lie about its sizes); nothing is allocated by a size a file claims.

use std::fs::{self, File};
use std::io::{Cursor, Read};
use std::path::Path;

/// The largest file read, and the most any one zip entry may unpack to.
pub const MAX_FILE: u64 = 48 * 1024 * 1024;
/// The most a whole archive (or workbook) may unpack to.
pub const MAX_UNPACKED: u64 = 128 * 1024 * 1024;
/// The most entries an archive may hold.
pub const MAX_ENTRIES: usize = 2_000;
/// The most files a folder export may hold.
pub const MAX_FOLDER_FILES: usize = 500;

/// One file of an export: its name as messages show it and its bytes.
pub struct RawFile {
    /// `data/ava/tiktok/Content.csv`, or `data/ava/tiktok.zip › Content.csv`.
    pub shown: String,
    /// The file's own name (`Content.csv`).
    pub name: String,
    pub bytes: Vec<u8>,
}

fn mib(bytes: u64) -> String {
    format!("{} MB", bytes / (1024 * 1024))
}

/// Reads one file of at most [`MAX_FILE`] bytes. Named pipes, devices and
/// folders are refused before they are opened.
pub fn read_file(path: &Path, shown: &str) -> Result<Vec<u8>, String> {
    let meta = fs::metadata(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    if !meta.is_file() {
        return Err(format!("{shown} is not a regular file"));
    }
    if meta.len() > MAX_FILE {
        return Err(format!(
            "{shown} is {} MB; an export or spreadsheet of more than {} is not read",
            meta.len() / (1024 * 1024),
            mib(MAX_FILE)
        ));
    }
    let file = File::open(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {shown}: {e}"))?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(format!("{shown} grew past {} while it was read", mib(MAX_FILE)));
    }
    Ok(bytes)
}

pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Unpacks an archive's files (not its folders), each through a counted
/// reader: at most [`MAX_ENTRIES`] entries, [`MAX_FILE`] bytes an entry and
/// [`MAX_UNPACKED`] bytes in all, whatever the archive's headers claim.
/// `keep` chooses the entries to keep by name; the others are unpacked and
/// counted but not kept (so a workbook is checked whole before it is read).
pub fn unzip(bytes: &[u8], shown: &str, keep: &dyn Fn(&str) -> bool) -> Result<Vec<RawFile>, String> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("{shown} is not a readable zip archive: {e}"))?;
    if archive.len() > MAX_ENTRIES {
        return Err(format!(
            "{shown} holds {} files; an archive of more than {MAX_ENTRIES} is not read",
            archive.len()
        ));
    }
    let mut total: u64 = 0;
    let mut out = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| format!("{shown}: entry {} cannot be read: {e}", i + 1))?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().map(|n| n.to_string()).unwrap_or_else(|_| format!("entry {}", i + 1));
        let base = name.rsplit('/').next().unwrap_or(&name).to_string();
        let wanted = keep(&base) && !base.starts_with('.') && !name.starts_with("__MACOSX/");
        let mut buf = Vec::new();
        let read = if wanted {
            (&mut entry).take(MAX_FILE + 1).read_to_end(&mut buf)
        } else {
            std::io::copy(&mut (&mut entry).take(MAX_FILE + 1), &mut std::io::sink()).map(|n| n as usize)
        }
        .map_err(|e| format!("{shown} › {name} cannot be unpacked: {e}"))?;
        if read as u64 > MAX_FILE {
            return Err(format!(
                "{shown} › {name} unpacks to more than {}; the archive is refused (a zip bomb?)",
                mib(MAX_FILE)
            ));
        }
        total += read as u64;
        if total > MAX_UNPACKED {
            return Err(format!(
                "{shown} unpacks to more than {}; the archive is refused (a zip bomb?)",
                mib(MAX_UNPACKED)
            ));
        }
        if wanted {
            out.push(RawFile { shown: format!("{shown} › {name}"), name: base, bytes: buf });
        }
    }
    Ok(out)
}

/// Text of a file: UTF-8 (with or without a BOM) or UTF-16 with a BOM, as
/// Meta writes its account files; anything else is read as Windows-1252,
/// which never fails.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return text.into_owned();
    }
    // UTF-16 without a BOM: every other byte of ASCII text is zero.
    if bytes.len() >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 {
        return encoding_rs::UTF_16LE.decode_without_bom_handling(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_a_bom_and_utf8_with_one_decode() {
        let mut utf16 = vec![0xFF, 0xFE];
        for c in "sep=,\nDate".encode_utf16() {
            utf16.extend(c.to_le_bytes());
        }
        assert_eq!(decode(&utf16), "sep=,\nDate");
        assert_eq!(decode(b"\xEF\xBB\xBFContent,Views"), "Content,Views");
        assert_eq!(decode(b"Caf\xe9"), "Café");
    }
}
