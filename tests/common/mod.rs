//! Helpers shared by the integration tests: throwaway copies of fixture
//! sites, builds, and reading output.

#![allow(dead_code)]

pub mod html;

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

/// Whether an external tool (`pdftotext`, `chromium`, …) is on the PATH.
/// Without it a test fails when `MEDIAKIT_REQUIRE_TOOLS` is set (CI installs
/// the tools), and otherwise says loudly that it skipped.
pub fn require_tool(name: &str) -> bool {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()))
        .unwrap_or(false);
    if found {
        return true;
    }
    if std::env::var_os("MEDIAKIT_REQUIRE_TOOLS").is_some_and(|v| !v.is_empty() && v != "0") {
        panic!("{name} is not installed, and MEDIAKIT_REQUIRE_TOOLS is set");
    }
    // Written to the stderr handle itself: the test harness captures
    // `eprintln!` of passing tests, and this line must be seen.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {name} not installed");
    false
}

/// Where an outside tool is: on the PATH, or where `.ci/run` installs the
/// Python and npm ones (`.tools/venv/bin`, `.tools/node/node_modules/.bin`).
/// Without it, `None` and a loud `SKIPPED`, or a failure when
/// `MEDIAKIT_REQUIRE_TOOLS` is set (see [`require_tool`]).
pub fn find_tool(name: &str) -> Option<PathBuf> {
    let tools = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools");
    let mut dirs: Vec<PathBuf> =
        std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    dirs.push(tools.join("venv/bin"));
    dirs.push(tools.join("node/node_modules/.bin"));
    let found = dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file());
    if found.is_none() {
        require_tool(name);
    }
    found
}

/// Five problems in four files of a site (config, two creators, a campaign),
/// for the tests that every problem of a run is reported together.
pub fn break_four_files(root: &Path) {
    write(root, "mediakit.yaml", "titel: Test\n");
    write(
        root,
        "content/creators/ava-chen.yaml",
        "name: Ava\nplatforms:\n  - platform: instagram\n    followers: -1\n",
    );
    write(
        root,
        "content/creators/ben.yaml",
        "name: Ben\nplatforms:\n  - {platform: x, followers: 5}\naudience:\n  gender: {a: 10}\n",
    );
    write(
        root,
        "content/campaigns/c.yaml",
        "name: C\nstart: 2026-05-01\nend: 2026-04-01\ncreators:\n  - creator: nobody\n    posts: [{platform: x}]\n",
    );
}

/// The smallest valid profile, for tests that break one thing at a time.
pub const GOOD_CREATOR: &str = "name: Ava Chen\nplatforms:\n  - platform: instagram\n    followers: 48200\n";

/// A site with a config and one valid creator.
pub fn one_creator_site(label: &str) -> TempDir {
    let dir = temp_dir(label);
    write(&dir, "mediakit.yaml", "title: Test\n");
    write(&dir, "content/creators/ava-chen.yaml", GOOD_CREATOR);
    dir
}

/// A copy of the demo site (config, content/, static/, data/) with its
/// `theme:` set to `theme`, not built.
pub fn demo_with_theme(label: &str, theme: &str) -> TempDir {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = temp_dir(label);
    for folder in ["content", "static", "data"] {
        copy_dir(&repo.join(folder), &dir.join(folder));
    }
    let config = fs::read_to_string(repo.join("mediakit.yaml")).expect("demo config");
    let config: String = config
        .lines()
        .map(|l| if l.starts_with("theme:") { format!("theme: {theme}\n") } else { format!("{l}\n") })
        .collect();
    fs::write(dir.join("mediakit.yaml"), config).expect("write config");
    dir
}

/// A build of the same site into a fresh folder, with no cache or earlier
/// output beside it: what an incremental build must equal.
pub fn from_scratch(root: &Path) -> Vec<(String, Vec<u8>)> {
    let out = temp_dir("scratch");
    let fresh = out.join("public");
    pipeline::build(&BuildOptions { root: root.to_path_buf(), out: Some(fresh.clone()), base_url: None })
        .unwrap_or_else(|d| panic!("{}", d.render()));
    snapshot(&fresh)
}

/// The site's output is byte for byte what a build from scratch writes,
/// naming the first file that differs.
pub fn assert_same_as_scratch(root: &Path) {
    let (a, b) = (snapshot(&root.join("public")), from_scratch(root));
    let names = |s: &[(String, Vec<u8>)]| s.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&b), "the same files as a build from scratch");
    for ((path, x), (_, y)) in a.iter().zip(&b) {
        assert!(x == y, "{path} differs from a build from scratch");
    }
}
