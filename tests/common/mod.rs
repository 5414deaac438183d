//! Helpers shared by the integration tests: throwaway copies of fixture
//! sites, builds, and reading output.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use mediakit::pipeline::{self, BuildOptions, BuildReport};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A fresh empty folder under the system temp dir, unique per test and
/// removed when dropped.
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub fn temp_dir(label: &str) -> TempDir {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("mediakit-test-{}-{label}-{n}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    TempDir(dir)
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create");
    for entry in fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A copy of a fixture site in a temp folder, so tests may edit it.
pub fn site_copy(name: &str) -> TempDir {
    let dir = temp_dir(name);
    copy_dir(&fixture(name), &dir);
    dir
}

pub fn build(root: &Path) -> BuildReport {
    match pipeline::build(&BuildOptions { root: root.to_path_buf(), out: None, base_url: None }) {
        Ok(r) => r,
        Err(d) => panic!("build failed:\n{}", d.render()),
    }
}

pub fn read(root: &Path, rel: &str) -> String {
    fs::read_to_string(root.join("public").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

pub fn json(root: &Path, rel: &str) -> serde_json::Value {
    serde_json::from_str(&read(root, rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every file under `dir` as (relative path, bytes), sorted.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        let mut entries: Vec<_> = fs::read_dir(dir).expect("read").map(|e| e.expect("entry").path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p.strip_prefix(base).expect("prefix").to_string_lossy().into_owned();
                out.push((rel, fs::read(&p).expect("read file")));
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

pub fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(path, text).expect("write");
}

pub fn close(v: &serde_json::Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-3)
}

/// Whether an external tool the test needs is installed. When it is not, the
/// test fails if `MEDIAKIT_REQUIRE_TOOLS` is set (CI installs the tools), and
/// otherwise says loudly that it was skipped.
pub fn require_tool(name: &str) -> bool {
    let found = std::process::Command::new(name)
        .arg("-v")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok();
    if !found {
        assert!(std::env::var_os("MEDIAKIT_REQUIRE_TOOLS").is_none(), "{name} is required but not installed");
        eprintln!("SKIPPED: {name} not installed");
    }
    found
}
