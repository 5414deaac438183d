//! Where things live in a site folder.

use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "mediakit.yaml";
pub const CREATORS_DIR: &str = "content/creators";
pub const CAMPAIGNS_DIR: &str = "content/campaigns";
pub const STATIC_DIR: &str = "static";
pub const THEMES_DIR: &str = "themes";
/// Where exports and spreadsheets are kept by convention; watched by `serve`.
pub const DATA_DIR: &str = "data";

#[derive(Clone, Debug)]
pub struct SitePaths {
    pub root: PathBuf,
}

impl SitePaths {
    pub fn new(root: impl Into<PathBuf>) -> SitePaths {
        SitePaths { root: root.into() }
    }

    /// `mediakit.yaml`, or `mediakit.yml` when only that exists.
    pub fn config(&self) -> PathBuf {
        let yaml = self.root.join(CONFIG_FILE);
        let yml = self.root.join("mediakit.yml");
        if !yaml.exists() && yml.exists() { yml } else { yaml }
    }

    pub fn creators(&self) -> PathBuf {
        self.root.join(CREATORS_DIR)
    }

    pub fn campaigns(&self) -> PathBuf {
        self.root.join(CAMPAIGNS_DIR)
    }

    pub fn static_dir(&self) -> PathBuf {
        self.root.join(STATIC_DIR)
    }

    pub fn themes(&self) -> PathBuf {
        self.root.join(THEMES_DIR)
    }

    /// A path relative to the root, with forward slashes, as messages show it.
    pub fn shown(&self, path: &Path) -> String {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
    }
}

/// Editor droppings and hidden files that never count as content.
pub fn is_scratch_file(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name.contains(".sb-")
}

/// What a path is when it is not a regular file or a folder, in words for a
/// message: reading a named pipe waits for a writer that may never come, and
/// reading a device never ends, so neither is ever read.
pub fn special_kind(file_type: &std::fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if file_type.is_char_device() {
            return Some("a character device");
        }
        if file_type.is_block_device() {
            return Some("a block device");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
    }
    (!file_type.is_file() && !file_type.is_dir() && !file_type.is_symlink()).then_some("not a regular file")
}

/// The message of a path that is not a regular file.
pub fn not_a_file(kind: &str) -> String {
    format!("this is {kind}, not a regular file; only regular files are read")
}

/// Opens `path` for reading only if it is a regular file, without ever
/// waiting on it: a named pipe is opened without blocking and refused, as is
/// a device, so no input can make a read hang. Symlinks are followed; where
/// they may lead is the caller's check.
pub fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    let file_type = file.metadata()?.file_type();
    if let Some(kind) = special_kind(&file_type).or_else(|| file_type.is_dir().then_some("a folder")) {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, not_a_file(kind)));
    }
    #[cfg(unix)]
    {
        // Reads of a regular file never block on O_NONBLOCK anyway; clear it
        // so the handle behaves as an ordinary one.
        use std::os::fd::AsRawFd;
        let fd = file.as_raw_fd();
        // SAFETY: `fd` is a valid descriptor owned by `file` for these calls.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags >= 0 {
                libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
            }
        }
    }
    Ok(file)
}

/// The bytes of a regular file of at most `limit` bytes. A longer file is
/// an error rather than a read sized by the file: `limit` bounds the memory.
pub fn read_regular(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = open_regular(path)?;
    let len = file.metadata()?.len();
    if len > limit {
        return Err(too_large(len, limit));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // A file that grew since it was measured still stops at the limit.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64, limit));
    }
    Ok(bytes)
}

fn too_large(len: u64, limit: u64) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!("the file is {}; the limit is {}", megabytes(len), megabytes(limit)),
    )
}

/// A size in bytes as people read it: `1.6 KB`, `16 MB`.
pub fn megabytes(bytes: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let b = bytes as f64;
    if b >= MB {
        let v = b / MB;
        if v >= 10.0 { format!("{v:.0} MB") } else { format!("{v:.1} MB") }
    } else if bytes >= 1024 {
        format!("{:.1} KB", b / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn only_regular_files_are_opened_and_a_pipe_never_blocks() {
        let dir = std::env::temp_dir().join(format!("mediakit-paths-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let pipe = dir.join("pipe.yaml");
        let c = std::ffi::CString::new(pipe.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let err = open_regular(&pipe).unwrap_err();
        assert!(err.to_string().contains("a named pipe (FIFO), not a regular file"), "{err}");
        let err = read_regular(Path::new("/dev/zero"), 10).unwrap_err();
        assert!(err.to_string().contains("a character device"), "{err}");
        assert!(open_regular(&dir).unwrap_err().to_string().contains("a folder"));
        std::fs::write(dir.join("a.txt"), "0123456789").unwrap();
        assert_eq!(read_regular(&dir.join("a.txt"), 10).unwrap(), b"0123456789");
        let err = read_regular(&dir.join("a.txt"), 9).unwrap_err();
        assert!(err.to_string().contains("the file is 10 bytes; the limit is 9 bytes"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn sizes_read_as_people_read_them() {
        assert_eq!(megabytes(1640), "1.6 KB");
        assert_eq!(megabytes(16 * 1024 * 1024), "16 MB");
        assert_eq!(megabytes(3 * 1024 * 1024 / 2), "1.5 MB");
        assert_eq!(megabytes(12), "12 bytes");
    }
}
