//! Replacing the output folder in one step.
//!
//! On Linux the staging folder and the output are exchanged atomically with
//! `renameat2(RENAME_EXCHANGE)`: at every instant the output path holds either
//! the complete old build or the complete new one. Elsewhere two renames are
//! used, and a crash between them is repaired by [`recover`] at the next build.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".to_string());
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join(format!(".{name}.{suffix}"))
}

pub fn staging_path(out: &Path) -> PathBuf {
    sibling(out, "mediakit-staging")
}

fn previous_path(out: &Path) -> PathBuf {
    sibling(out, "mediakit-previous")
}

/// Restores the previous output if a build died between two renames.
pub fn recover(out: &Path) -> io::Result<()> {
    let previous = previous_path(out);
    if previous.exists() {
        if out.exists() {
            fs::remove_dir_all(&previous)?;
        } else {
            fs::rename(&previous, out)?;
        }
    }
    Ok(())
}

pub fn swap_in(staging: &Path, out: &Path) -> io::Result<()> {
    if !out.exists() {
        return fs::rename(staging, out);
    }
    if exchange(staging, out).is_ok() {
        // `staging` now holds the old output.
        return remove_tree(staging);
    }
    let previous = previous_path(out);
    if previous.exists() {
        fs::remove_dir_all(&previous)?;
    }
    fs::rename(out, &previous)?;
    if let Err(e) = fs::rename(staging, out) {
        let _ = fs::rename(&previous, out);
        return Err(e);
    }
    remove_tree(&previous)
}

/// Threads removing a tree: each removal waits on the disk, so several in
/// flight finish sooner than one after another.
const REMOVERS: usize = 8;

/// Removes `dir` and everything in it, the folders two levels down
/// (`creators/<slug>`) on several threads at once.
pub fn remove_tree(dir: &Path) -> io::Result<()> {
    let mut parts: Vec<PathBuf> = Vec::new();
    if let Ok(top) = fs::read_dir(dir) {
        for entry in top.flatten() {
            if !entry.file_type().is_ok_and(|t| t.is_dir()) {
                continue;
            }
            if let Ok(inner) = fs::read_dir(entry.path()) {
                parts.extend(inner.flatten().filter(|e| e.file_type().is_ok_and(|t| t.is_dir())).map(|e| e.path()));
            }
        }
    }
    if parts.len() > 1 {
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..REMOVERS.min(parts.len()) {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(part) = parts.get(i) else { break };
                        // Whatever is left is removed below, with its error.
                        let _ = fs::remove_dir_all(part);
                    }
                });
            }
        });
    }
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    let cb = CString::new(b.as_os_str().as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: both pointers are valid NUL-terminated strings for the duration of the call.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 { Ok(()) } else { Err(io::Error::last_os_error()) }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_whole_folders_and_recovers() {
        let tmp = std::env::temp_dir().join(format!("mk-swap-{}", std::process::id()));
        let _ = fs::remove_dir_all(&tmp);
        fs::create_dir_all(tmp.join("out")).unwrap();
        fs::write(tmp.join("out/old.txt"), "old").unwrap();
        fs::create_dir_all(tmp.join("new")).unwrap();
        fs::write(tmp.join("new/new.txt"), "new").unwrap();
        swap_in(&tmp.join("new"), &tmp.join("out")).unwrap();
        assert!(tmp.join("out/new.txt").exists() && !tmp.join("out/old.txt").exists());
        assert!(!tmp.join("new").exists());
        // A crash between renames leaves only the previous copy: it comes back.
        fs::rename(tmp.join("out"), previous_path(&tmp.join("out"))).unwrap();
        recover(&tmp.join("out")).unwrap();
        assert!(tmp.join("out/new.txt").exists());
        fs::remove_dir_all(&tmp).unwrap();
    }
}
