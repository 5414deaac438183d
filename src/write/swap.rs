//! Replacing the output folder in one step.
//!
//! On Linux the staging folder and the output are exchanged atomically with
//! `renameat2(RENAME_EXCHANGE)`: at every instant the output path holds either
//! the complete old build or the complete new one. Elsewhere two renames are
//! used, and a crash between them is repaired by [`recover`] at the next build.
//!
//! Once the new output is in place the build has succeeded, whatever becomes
//! of the old one: an old output that cannot be removed (files another user
//! owns, say) is set aside under a name of its own and reported, so that it
//! never stands in the way of a later build. Only folders mediakit made (with
//! one of its marker files in them, or empty) are ever removed or moved.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::write::staging::MARKER;

/// The file in a staging folder that says mediakit made it.
pub const STAGING_MARKER: &str = ".mediakit-staging";

fn name_of(out: &Path) -> String {
    out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".to_string())
}

fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join(format!(".{}.{suffix}", name_of(out)))
}

pub fn staging_path(out: &Path) -> PathBuf {
    sibling(out, "mediakit-staging")
}

fn previous_path(out: &Path) -> PathBuf {
    sibling(out, "mediakit-previous")
}

/// The file a build locks while it works on `out` (see `write::lock`).
pub fn lock_path(out: &Path) -> PathBuf {
    sibling(out, "mediakit-lock")
}

/// The file where a build keeps what it loaded, for the next build of `out`
/// (see `pipeline::cache`).
pub fn cache_path(out: &Path) -> PathBuf {
    sibling(out, "mediakit-cache")
}

/// Where an old output that could not be removed is set aside: a name of
/// its own each time, so one never stands in another's way.
fn aside_path(out: &Path) -> PathBuf {
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    sibling(out, &format!("mediakit-old-{}-{stamp}", std::process::id()))
}

/// The prefix of the names [`aside_path`] gives.
fn aside_prefix(out: &Path) -> String {
    format!(".{}.mediakit-old-", name_of(out))
}

/// Whether `dir` is a folder mediakit made beside the output: a staging
/// folder, or an output, by their marker files; or an empty folder (a build
/// killed before it wrote its marker), which holds nothing to lose.
pub fn is_ours(dir: &Path) -> bool {
    let is_dir = fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir());
    is_dir
        && (dir.join(STAGING_MARKER).is_file()
            || dir.join(MARKER).is_file()
            || fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none()))
}

/// An old output, or a leftover of a build, that could not be removed.
#[derive(Debug)]
pub struct Leftover {
    /// Where it is now.
    pub path: PathBuf,
    pub error: io::Error,
}

/// Restores the previous output if a build died between two renames.
pub fn recover(out: &Path) -> io::Result<()> {
    let previous = previous_path(out);
    if previous.exists() && is_ours(&previous) {
        if out.exists() {
            fs::remove_dir_all(&previous)?;
        } else {
            fs::rename(&previous, out)?;
        }
    }
    Ok(())
}

/// Removes what earlier builds left beside the output: a staging folder
/// (a killed build's), old outputs set aside. Returns what still cannot be
/// removed, to be reported. A folder at the staging path that mediakit did
/// not make is refused, never removed.
pub fn clear_leftovers(out: &Path) -> io::Result<Vec<Leftover>> {
    let mut left = Vec::new();
    let staging = staging_path(out);
    if fs::symlink_metadata(&staging).is_ok() {
        if !is_ours(&staging) {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!(
                    "{} is in the way: mediakit assembles the output there, but that folder was not made by mediakit (it has no {STAGING_MARKER} file), so it was left untouched; move or rename it",
                    staging.display()
                ),
            ));
        }
        if let Err(error) = remove_tree(&staging) {
            // Set aside, so that this build can stage its output.
            let aside = aside_path(out);
            fs::rename(&staging, &aside)?;
            left.push(Leftover { path: aside, error });
        }
    }
    let parent = staging.parent().map(Path::to_path_buf).unwrap_or_default();
    let prefix = aside_prefix(out);
    if let Ok(entries) = fs::read_dir(&parent) {
        for entry in entries.flatten() {
            if !entry.file_name().to_string_lossy().starts_with(&prefix) {
                continue;
            }
            let path = entry.path();
            if is_ours(&path)
                && let Err(error) = remove_tree(&path)
            {
                left.push(Leftover { path, error });
            }
        }
    }
    Ok(left)
}

/// Puts the folder `staging` in the place of `out`. An error means the
/// output is as it was; once the new output is in place the swap has
/// succeeded, and an old output that could not be removed is returned.
pub fn swap_in(staging: &Path, out: &Path) -> io::Result<Option<Leftover>> {
    swap_in_with(staging, out, remove_tree)
}

fn swap_in_with(staging: &Path, out: &Path, remove: impl Fn(&Path) -> io::Result<()>) -> io::Result<Option<Leftover>> {
    if !out.exists() {
        return fs::rename(staging, out).map(|()| None);
    }
    if exchange(staging, out).is_ok() {
        // `staging` now holds the old output.
        return Ok(remove_old(staging, out, &remove));
    }
    let previous = previous_path(out);
    if previous.exists() {
        fs::remove_dir_all(&previous)?;
    }
    fs::rename(out, &previous)?;
    if let Err(e) = fs::rename(staging, out) {
        if let Err(back) = fs::rename(&previous, out) {
            return Err(io::Error::other(format!(
                "{e}; the previous output is at {} and could not be put back ({back}); the next build puts it back",
                previous.display()
            )));
        }
        return Err(e);
    }
    Ok(remove_old(&previous, out, &remove))
}

/// Removes the old output at `old`, or sets it aside when it cannot be removed.
fn remove_old(old: &Path, out: &Path, remove: &impl Fn(&Path) -> io::Result<()>) -> Option<Leftover> {
    let error = remove(old).err()?;
    let aside = aside_path(out);
    let path = match fs::rename(old, &aside) {
        Ok(()) => aside,
        Err(_) => old.to_path_buf(),
    };
    Some(Leftover { path, error })
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

    fn scratch(label: &str) -> PathBuf {
        let tmp = std::env::temp_dir().join(format!("mk-swap-{label}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&tmp);
        fs::create_dir_all(&tmp).unwrap();
        tmp
    }

    #[test]
    fn swaps_whole_folders_and_recovers() {
        let tmp = scratch("whole");
        fs::create_dir_all(tmp.join("out")).unwrap();
        fs::write(tmp.join("out/old.txt"), "old").unwrap();
        fs::write(tmp.join("out").join(MARKER), "").unwrap();
        fs::create_dir_all(tmp.join("new")).unwrap();
        fs::write(tmp.join("new/new.txt"), "new").unwrap();
        fs::write(tmp.join("new").join(MARKER), "").unwrap();
        assert!(swap_in(&tmp.join("new"), &tmp.join("out")).unwrap().is_none());
        assert!(tmp.join("out/new.txt").exists() && !tmp.join("out/old.txt").exists());
        assert!(!tmp.join("new").exists());
        // A crash between renames leaves only the previous copy: it comes back.
        fs::rename(tmp.join("out"), previous_path(&tmp.join("out"))).unwrap();
        recover(&tmp.join("out")).unwrap();
        assert!(tmp.join("out/new.txt").exists());
        fs::remove_dir_all(&tmp).unwrap();
    }

    #[test]
    fn an_old_output_that_cannot_be_removed_is_set_aside_and_reported() {
        let tmp = scratch("aside");
        let out = tmp.join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("old.txt"), "old").unwrap();
        fs::write(out.join(MARKER), "").unwrap();
        let staging = staging_path(&out);
        fs::create_dir_all(&staging).unwrap();
        fs::write(staging.join("new.txt"), "new").unwrap();
        let refuse = |_: &Path| Err(io::Error::from(io::ErrorKind::PermissionDenied));
        let left = swap_in_with(&staging, &out, refuse).unwrap().expect("reported");
        assert_eq!(left.error.kind(), io::ErrorKind::PermissionDenied);
        assert!(out.join("new.txt").exists(), "the new output is in place");
        assert!(left.path.join("old.txt").exists(), "the old one is kept aside");
        assert!(!staging.exists(), "and out of the way of the next build");
        assert!(left.path.file_name().unwrap().to_string_lossy().starts_with(".public.mediakit-old-"));
        // The next build removes it, as it is mediakit's.
        assert!(clear_leftovers(&out).unwrap().is_empty());
        assert!(!left.path.exists());
        fs::remove_dir_all(&tmp).unwrap();
    }

    #[test]
    fn a_folder_named_like_the_staging_folder_is_never_removed() {
        let tmp = scratch("foreign");
        let out = tmp.join("public");
        let staging = staging_path(&out);
        fs::create_dir_all(&staging).unwrap();
        fs::write(staging.join("thesis.tex"), "years of work").unwrap();
        let err = clear_leftovers(&out).unwrap_err();
        assert!(err.to_string().contains("was not made by mediakit"), "{err}");
        assert_eq!(fs::read_to_string(staging.join("thesis.tex")).unwrap(), "years of work");
        // A killed build's staging folder, with its marker, is removed.
        fs::remove_file(staging.join("thesis.tex")).unwrap();
        fs::write(staging.join(STAGING_MARKER), "").unwrap();
        fs::write(staging.join("half.html"), "half").unwrap();
        assert!(clear_leftovers(&out).unwrap().is_empty());
        assert!(!staging.exists());
        // A folder set aside without a marker is not mediakit's either.
        let mine = tmp.join(".public.mediakit-old-mine");
        fs::create_dir_all(&mine).unwrap();
        fs::write(mine.join("notes.txt"), "mine").unwrap();
        assert!(clear_leftovers(&out).unwrap().is_empty());
        assert!(mine.join("notes.txt").exists());
        fs::remove_dir_all(&tmp).unwrap();
    }
}
