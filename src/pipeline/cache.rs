//! The load cache: what a build loaded, kept beside the output
//! (`.public.mediakit-cache`) so that the next build parses only the content
//! files that changed. Each clean creator or campaign file is kept as its
//! entry, under the hash of the bytes it was read from ([`Sources`]); an
//! entry is recalled only while its file still has those bytes.
//!
//! The file is never trusted blindly: it starts with a format number and
//! the binary that wrote it (another mediakit ignores it) and ends with a
//! hash of everything before; a file that is cut short, altered or from
//! elsewhere is ignored whole and the site is parsed as if it were not there.
//! It is written to a temporary name and renamed, so it is always whole.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::load::Recall;
use crate::pipeline::keys::{self, Key, Sources};

const MAGIC: &[u8] = b"mediakit load cache\n";
/// Bumped whenever the layout of the file or of the entries in it changes.
const FORMAT: u32 = 1;

/// The entries of a previous load, by the shown path of their file.
#[derive(Default)]
pub struct LoadCache {
    /// The cache file as read; entries point into it.
    file: Vec<u8>,
    records: HashMap<String, Record>,
    /// Entries [`LoadCache::next`] added.
    added: usize,
}

struct Record {
    /// The key of the file's bytes, as [`Sources`] gives it.
    key: Key,
    entry: Stored,
}

/// An entry's bytes: a part of the cache file read, or made by this load.
enum Stored {
    In(std::ops::Range<usize>),
    Own(Vec<u8>),
}

/// Reads the fields of the file in order; `None` at the first that does not fit.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn range(&mut self, n: usize) -> Option<std::ops::Range<usize>> {
        let end = self.at.checked_add(n).filter(|end| *end <= self.bytes.len())?;
        let range = self.at..end;
        self.at = end;
        Some(range)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let range = self.range(n)?;
        Some(&self.bytes[range])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.u32()? as usize;
        self.take(n)
    }

    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(bytes);
}

impl LoadCache {
    /// The cache at `path` if `binary` wrote it and it is whole; an empty
    /// cache otherwise.
    pub fn read(path: &Path, binary: &str) -> LoadCache {
        // What a build killed while writing the cache left.
        let _ = fs::remove_file(temporary(path));
        match fs::read(path) {
            Ok(bytes) => LoadCache::parse(bytes, binary).unwrap_or_default(),
            Err(_) => LoadCache::default(),
        }
    }

    fn parse(bytes: Vec<u8>, binary: &str) -> Option<LoadCache> {
        let body_len = bytes.len().checked_sub(8)?;
        let (body, sum) = bytes.split_at(body_len);
        if keys::hash_bytes(body) != u64::from_le_bytes(sum.try_into().ok()?) {
            return None;
        }
        let mut r = Reader { bytes: body, at: 0 };
        if r.take(MAGIC.len())? != MAGIC || r.u32()? != FORMAT || r.bytes()? != binary.as_bytes() {
            return None;
        }
        let count = r.u64()?;
        let mut records = HashMap::with_capacity(count.min(1 << 20) as usize);
        for _ in 0..count {
            let shown = std::str::from_utf8(r.bytes()?).ok()?.to_string();
            let key = r.u64()?;
            let n = r.u32()? as usize;
            records.insert(shown, Record { key, entry: Stored::In(r.range(n)?) });
        }
        if !r.done() {
            return None;
        }
        Some(LoadCache { file: bytes, records, added: 0 })
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The cache of a load that recalled from `self` and parsed `fresh`:
    /// every entry whose file still has the bytes it was read from.
    pub fn next(mut self, fresh: Vec<(String, Vec<u8>)>, sources: &Sources) -> LoadCache {
        self.records.retain(|shown, r| r.key == sources.get(shown));
        self.added = fresh.len();
        for (shown, entry) in fresh {
            let key = sources.get(&shown);
            self.records.insert(shown, Record { key, entry: Stored::Own(entry) });
        }
        self
    }

    fn entry<'a>(&'a self, r: &'a Record) -> &'a [u8] {
        match &r.entry {
            Stored::In(range) => &self.file[range.clone()],
            Stored::Own(bytes) => bytes,
        }
    }

    /// Whether this cache, made by [`LoadCache::next`] from one of `before`
    /// entries, holds anything else than that one did.
    pub fn changed_from(&self, before: usize) -> bool {
        self.added > 0 || self.records.len() != before
    }

    fn to_bytes(&self, binary: &str) -> Vec<u8> {
        let mut names: Vec<&String> = self.records.keys().collect();
        names.sort();
        let size: usize = self.records.iter().map(|(k, r)| k.len() + self.entry(r).len() + 16).sum();
        let mut out = Vec::with_capacity(MAGIC.len() + binary.len() + size + 32);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        put_bytes(&mut out, binary.as_bytes());
        out.extend_from_slice(&(names.len() as u64).to_le_bytes());
        for name in names {
            let r = &self.records[name];
            put_bytes(&mut out, name.as_bytes());
            out.extend_from_slice(&r.key.to_le_bytes());
            put_bytes(&mut out, self.entry(r));
        }
        let sum = keys::hash_bytes(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Writes the cache to `path`, whole or not at all. A cache that cannot
    /// be written only makes the next build parse everything again.
    pub fn write(&self, path: &Path, binary: &str) -> std::io::Result<()> {
        let bytes = self.to_bytes(binary);
        let tmp = temporary(path);
        let written =
            fs::File::create(&tmp).and_then(|mut f| f.write_all(&bytes)).and_then(|()| fs::rename(&tmp, path));
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written
    }
}

/// The name a cache is written under before it is renamed into place; one
/// build of an output writes at a time (it holds the output's lock).
fn temporary(path: &Path) -> PathBuf {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    PathBuf::from(tmp)
}

/// What the loader may take from a cache: entries whose files the build
/// fingerprinted with the same bytes.
pub struct Recaller<'a> {
    pub cache: &'a LoadCache,
    pub sources: &'a Sources,
}

impl Recall for Recaller<'_> {
    fn recall(&self, shown: &str) -> Option<&[u8]> {
        let r = self.cache.records.get(shown)?;
        (r.key == self.sources.get(shown)).then(|| self.cache.entry(r))
    }

    fn matches(&self, shown: &str, text: &str) -> bool {
        keys::text_key(text.as_bytes()) == self.sources.get(shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(sources: &Sources) -> LoadCache {
        LoadCache::default().next(
            vec![
                ("content/creators/ava.yaml".to_string(), b"{\"name\":\"Ava\"}".to_vec()),
                ("content/creators/bo.yaml".to_string(), b"{\"name\":\"Bo\"}".to_vec()),
            ],
            sources,
        )
    }

    fn sources() -> Sources {
        let mut s = Sources::default();
        s.insert("content/creators/ava.yaml", keys::text_key(b"name: Ava\n"));
        s.insert("content/creators/bo.yaml", keys::text_key(b"name: Bo\n"));
        s
    }

    #[test]
    fn reads_back_what_it_wrote() {
        let s = sources();
        let bytes = sample(&s).to_bytes("0.1.0 abc");
        let back = LoadCache::parse(bytes, "0.1.0 abc").expect("whole");
        assert_eq!(back.len(), 2);
        let recall = Recaller { cache: &back, sources: &s };
        assert_eq!(recall.recall("content/creators/ava.yaml"), Some(&b"{\"name\":\"Ava\"}"[..]));
        assert!(recall.matches("content/creators/bo.yaml", "name: Bo\n"));
        assert!(!recall.matches("content/creators/bo.yaml", "name: Bob\n"));
    }

    #[test]
    fn an_entry_is_recalled_only_while_its_file_is_unchanged() {
        let s = sources();
        let cache = sample(&s);
        let mut edited = sources();
        edited.insert("content/creators/bo.yaml", keys::text_key(b"name: Bob\n"));
        let recall = Recaller { cache: &cache, sources: &edited };
        assert!(recall.recall("content/creators/ava.yaml").is_some());
        assert!(recall.recall("content/creators/bo.yaml").is_none());
        assert!(recall.recall("content/creators/cy.yaml").is_none());
        // The next cache drops what changed and keeps the rest.
        let next = cache.next(Vec::new(), &edited);
        assert_eq!(next.len(), 1);
    }

    #[test]
    fn another_binary_or_a_damaged_file_is_ignored() {
        let s = sources();
        let bytes = sample(&s).to_bytes("0.1.0 abc");
        assert!(LoadCache::parse(bytes.clone(), "0.1.0 def").is_none(), "another binary");
        for at in [0, 25, bytes.len() / 2, bytes.len() - 1] {
            let mut bad = bytes.clone();
            bad[at] ^= 0x20;
            assert!(LoadCache::parse(bad, "0.1.0 abc").is_none(), "a byte changed at {at}");
        }
        assert!(LoadCache::parse(bytes[..bytes.len() - 3].to_vec(), "0.1.0 abc").is_none(), "cut short");
        assert!(LoadCache::parse(Vec::new(), "0.1.0 abc").is_none(), "empty");
        let dir = std::env::temp_dir().join(format!("mediakit-cache-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("cache");
        fs::write(&path, b"not a cache at all").unwrap();
        fs::write(temporary(&path), b"left by a killed build").unwrap();
        assert!(LoadCache::read(&path, "0.1.0 abc").is_empty());
        assert!(!temporary(&path).exists(), "a half-written cache is removed");
        sample(&s).write(&path, "0.1.0 abc").unwrap();
        assert_eq!(LoadCache::read(&path, "0.1.0 abc").len(), 2);
        fs::remove_dir_all(&dir).unwrap();
    }
}
