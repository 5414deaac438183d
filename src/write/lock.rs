//! One build at a time per output folder. Two builds of one site at once (an
//! editor's on-save hook and a manual build, two CI jobs) would share the
//! staging folder beside the output and each take the other's for a
//! leftover. So a build holds an exclusive lock (`flock`) on a file beside
//! the output, `.public.mediakit-lock`, from before it looks at the output
//! until its own is swapped in; a second build waits for it. The lock ends
//! with the process, however it ends, so a killed build never blocks the
//! next one. The file is removed by the build that holds it, and a build
//! that locked a file since removed takes the one now at the path instead.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::write::swap;

/// The lock on an output folder, held until dropped.
#[derive(Debug)]
pub struct OutputLock {
    path: PathBuf,
    file: File,
}

impl OutputLock {
    /// Takes the lock of the output folder `out`. When another build holds
    /// it, `waiting` is told (with that build's process id, when known) and
    /// this one waits until the other is done.
    pub fn acquire(out: &Path, waiting: impl FnOnce(Option<u32>)) -> io::Result<OutputLock> {
        let path = swap::lock_path(out);
        let mut waiting = Some(waiting);
        loop {
            let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path)?;
            if !try_lock(&file)? {
                if let Some(tell) = waiting.take() {
                    tell(holder(&file));
                }
                lock(&file)?;
            }
            if is_at(&file, &path) {
                record_holder(&file);
                return Ok(OutputLock { path, file });
            }
            // The build that held it removed the file on its way out; the
            // lock to take is the one on the file at the path now.
        }
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // Removed while still held, so no build can lock it after this one
        // and believe it is alone; closing the file then ends the lock.
        if is_at(&self.file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Whether `file` is the file now at `path` (not one removed since).
fn is_at(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

/// The process id the holder wrote into the file, when it has.
fn holder(file: &File) -> Option<u32> {
    let mut text = String::new();
    io::Read::read_to_string(&mut &*file, &mut text).ok()?;
    text.trim().parse().ok()
}

fn record_holder(file: &File) {
    use std::io::Write;
    let mut f = file;
    let _ = file.set_len(0);
    let _ = io::Seek::rewind(&mut f);
    let _ = writeln!(f, "{}", std::process::id());
}

#[cfg(unix)]
fn flock(file: &File, operation: libc::c_int) -> io::Result<bool> {
    use std::os::fd::AsRawFd;
    loop {
        // SAFETY: the descriptor is valid for as long as `file` lives.
        if unsafe { libc::flock(file.as_raw_fd(), operation) } == 0 {
            return Ok(true);
        }
        let e = io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EINTR) => continue,
            Some(libc::EWOULDBLOCK) => return Ok(false),
            _ => return Err(e),
        }
    }
}

#[cfg(unix)]
fn try_lock(file: &File) -> io::Result<bool> {
    flock(file, libc::LOCK_EX | libc::LOCK_NB)
}

#[cfg(unix)]
fn lock(file: &File) -> io::Result<()> {
    flock(file, libc::LOCK_EX).map(|_| ())
}

#[cfg(not(unix))]
fn try_lock(_file: &File) -> io::Result<bool> {
    Ok(true)
}

#[cfg(not(unix))]
fn lock(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, mpsc};
    use std::time::Duration;

    #[test]
    fn a_second_holder_waits_and_is_told_who_holds_it() {
        let dir = std::env::temp_dir().join(format!("mediakit-lock-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let out = dir.join("public");
        let first = OutputLock::acquire(&out, |_| panic!("nobody holds it yet")).unwrap();
        assert_eq!(fs::read_to_string(swap::lock_path(&out)).unwrap().trim(), std::process::id().to_string());

        let (told, heard) = mpsc::channel();
        let done = Arc::new(AtomicBool::new(false));
        let finished = done.clone();
        let out2 = out.clone();
        let second = std::thread::spawn(move || {
            let lock = OutputLock::acquire(&out2, |pid| told.send(pid).unwrap()).unwrap();
            finished.store(true, Ordering::SeqCst);
            lock
        });
        // flock locks belong to the open file, so a second open in this
        // process waits as another process would.
        assert_eq!(heard.recv_timeout(Duration::from_secs(10)).unwrap(), Some(std::process::id()));
        std::thread::sleep(Duration::from_millis(100));
        assert!(!done.load(Ordering::SeqCst), "the second holder went ahead");
        drop(first);
        let second = second.join().unwrap();
        assert!(done.load(Ordering::SeqCst));
        assert!(swap::lock_path(&out).exists());
        drop(second);
        assert!(!swap::lock_path(&out).exists(), "the lock file is removed by its last holder");
        fs::remove_dir_all(&dir).unwrap();
    }
}
