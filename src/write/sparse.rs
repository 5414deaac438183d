//! Copying a file as it is, in pieces and holes included: a static file may
//! be a video of a gigabyte (never held in memory whole) or a sparse disk
//! image (its holes stay holes in the output instead of being written out
//! as zeros).

use std::fs::File;
use std::io;

/// How much of a file is read at a time.
const PIECE: usize = 256 * 1024;

/// Copies `from` into `to` (both at their start; `to` empty), holes included.
/// Returns the length copied.
pub fn copy(from: &File, to: &File) -> io::Result<u64> {
    let len = from.metadata()?.len();
    let mut buf = vec![0u8; PIECE.min(len.max(1) as usize)];
    let mut pos = 0u64;
    while pos < len {
        let Some((start, end)) = next_data(from, pos, len)? else { break };
        copy_range(from, to, start, end, &mut buf)?;
        pos = end.max(start + 1);
    }
    // The holes at the end, and the length, are set without writing them.
    to.set_len(len)?;
    Ok(len)
}

/// The next stretch of data at or after `pos`: where the file system says
/// data starts and the next hole begins, or `None` when only a hole is left.
#[cfg(target_os = "linux")]
fn next_data(file: &File, pos: u64, len: u64) -> io::Result<Option<(u64, u64)>> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: `fd` is a valid open descriptor for the duration of the calls.
    let data = unsafe { libc::lseek(fd, pos as libc::off_t, libc::SEEK_DATA) };
    if data < 0 {
        let e = io::Error::last_os_error();
        return match e.raw_os_error() {
            Some(libc::ENXIO) => Ok(None),
            // A file system that does not tell holes: all of it is data.
            Some(libc::EINVAL) | Some(libc::EOPNOTSUPP) => Ok(Some((pos, len))),
            _ => Err(e),
        };
    }
    // SAFETY: as above.
    let hole = unsafe { libc::lseek(fd, data, libc::SEEK_HOLE) };
    let end = if hole < 0 { len } else { (hole as u64).min(len) };
    Ok(Some((data as u64, end)))
}

#[cfg(not(target_os = "linux"))]
fn next_data(_file: &File, pos: u64, len: u64) -> io::Result<Option<(u64, u64)>> {
    Ok(Some((pos, len)))
}

#[cfg(unix)]
fn copy_range(from: &File, to: &File, start: u64, end: u64, buf: &mut [u8]) -> io::Result<()> {
    use std::os::unix::fs::FileExt;
    let mut at = start;
    while at < end {
        let want = buf.len().min((end - at) as usize);
        let n = match from.read_at(&mut buf[..want], at) {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        // A stretch of zeros inside the data is left a hole as well.
        if !buf[..n].iter().all(|b| *b == 0) {
            to.write_all_at(&buf[..n], at)?;
        }
        at += n as u64;
    }
    Ok(())
}

#[cfg(not(unix))]
fn copy_range(from: &File, to: &File, start: u64, end: u64, buf: &mut [u8]) -> io::Result<()> {
    use std::io::{Read, Seek, SeekFrom, Write};
    let (mut from, mut to) = (from, to);
    from.seek(SeekFrom::Start(start))?;
    to.seek(SeekFrom::Start(start))?;
    let mut left = end - start;
    while left > 0 {
        let want = buf.len().min(left as usize);
        let n = from.read(&mut buf[..want])?;
        if n == 0 {
            break;
        }
        to.write_all(&buf[..n])?;
        left -= n as u64;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_sparse_file_stays_sparse_and_its_bytes_are_kept() {
        use std::os::unix::fs::{FileExt, MetadataExt};
        let dir = std::env::temp_dir().join(format!("mediakit-sparse-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let source = File::create(dir.join("disk.img")).unwrap();
        // 256 MB, of which two small stretches hold data.
        source.set_len(256 * 1024 * 1024).unwrap();
        source.write_all_at(b"start", 0).unwrap();
        source.write_all_at(b"middle", 100 * 1024 * 1024 + 3).unwrap();
        drop(source);
        let from = File::open(dir.join("disk.img")).unwrap();
        let to = File::options().read(true).write(true).create_new(true).open(dir.join("copy.img")).unwrap();
        assert_eq!(copy(&from, &to).unwrap(), 256 * 1024 * 1024);
        let meta = to.metadata().unwrap();
        assert_eq!(meta.len(), 256 * 1024 * 1024);
        // 512-byte blocks actually stored: a dense copy would need 524,288.
        assert!(meta.blocks() < 10_000, "{} blocks: the copy was written out dense", meta.blocks());
        let mut head = [0u8; 5];
        to.read_exact_at(&mut head, 0).unwrap();
        assert_eq!(&head, b"start");
        let mut mid = [0u8; 8];
        to.read_exact_at(&mut mid, 100 * 1024 * 1024 + 2).unwrap();
        assert_eq!(&mid, b"\0middle\0");

        // An ordinary file is copied byte for byte.
        let text: Vec<u8> = (0..700_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(dir.join("a.bin"), &text).unwrap();
        let to = File::create_new(dir.join("b.bin")).unwrap();
        copy(&File::open(dir.join("a.bin")).unwrap(), &to).unwrap();
        assert_eq!(std::fs::read(dir.join("b.bin")).unwrap(), text);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
