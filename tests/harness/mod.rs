//! A fixture-site harness that drives the `mediakit` binary only (never the
//! library), so its tests hold whatever the internals become.
//!
//! ```ignore
//! let site = SiteTest::fixture("harness-site").edit("mediakit.yaml", "title: A", "title: B");
//! let out = site.build();                       // `mediakit build`, must exit 0
//! insta::assert_snapshot!("roster", out.page("index.html"));
//! insta::assert_snapshot!("check", site.check().transcript());
//! ```
//!
//! A [`SiteTest`] is a copy of `tests/fixtures/<name>` in its own temp
//! folder (`<tmp>/site`), removed when dropped. Builds go to `site/public`
//! unless told otherwise. Everything a test compares is made independent of
//! the temp path ([`Run::transcript`]) and of the binary's version.

#![allow(dead_code)]

pub mod html;
pub mod http;
pub mod serve;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

pub const BIN: &str = env!("CARGO_BIN_EXE_mediakit");

/// Files a build writes for its own bookkeeping, not as part of the site.
pub const BOOKKEEPING: [&str; 2] = [".mediakit-output", ".mediakit-manifest"];

pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A folder under the system temp dir, unique per process and call, removed
/// when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("mediakit-harness-{}-{label}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("create {}: {e}", to.display()));
    let mut entries: Vec<_> = fs::read_dir(from)
        .unwrap_or_else(|e| panic!("read {}: {e}", from.display()))
        .map(|e| e.expect("dir entry"))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("copy {}: {e}", entry.path().display()));
        }
    }
}

/// Every file under `dir`, as sorted `/`-separated relative paths.
pub fn list_files(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())) {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).expect("under base");
                out.push(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// A copy of a fixture site that a test may edit, build and check.
pub struct SiteTest {
    temp: TempDir,
    root: PathBuf,
}

impl SiteTest {
    /// Copies `tests/fixtures/<name>` into a fresh temp folder.
    pub fn fixture(name: &str) -> SiteTest {
        let temp = TempDir::new(name);
        let root = temp.path().join("site");
        copy_dir(&fixture_dir(name), &root);
        SiteTest { temp, root }
    }

    /// The site folder (what `--root` names).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A path beside the site (outside it), for `--out` folders.
    pub fn beside(&self, name: &str) -> PathBuf {
        self.temp.path().join(name)
    }

    // Builder forms, for setting a site up before it runs.

    pub fn with_file(self, rel: &str, text: &str) -> SiteTest {
        self.write(rel, text);
        self
    }

    pub fn edit(self, rel: &str, from: &str, to: &str) -> SiteTest {
        self.replace(rel, from, to);
        self
    }

    pub fn without(self, rel: &str) -> SiteTest {
        self.remove(rel);
        self
    }

    // In-place forms, for a site that is being served meanwhile.

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap_or_else(|e| panic!("create {}: {e}", parent.display()));
        }
        fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {rel}: {e}"));
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.root.join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// Replaces the first `from` in `rel` by `to`; `from` must be there.
    pub fn replace(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn remove(&self, rel: &str) {
        fs::remove_file(self.root.join(rel)).unwrap_or_else(|e| panic!("remove {rel}: {e}"));
    }

    /// Runs `mediakit <args> --root <site>`, whatever its exit code.
    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(BIN)
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .env("CI", "true")
            .env("NO_COLOR", "1")
            .output()
            .expect("run mediakit");
        Run {
            args: args.iter().map(|a| a.to_string()).collect(),
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            volatile: vec![(self.temp.path().display().to_string(), "[TMP]".to_string())],
        }
    }

    pub fn check(&self) -> Run {
        self.run(&["check"])
    }

    /// `mediakit build` into `site/public`; it must succeed.
    pub fn build(&self) -> Output {
        let run = self.run(&["build"]);
        run.assert_success();
        Output { dir: self.root.join("public") }
    }

    /// `mediakit build --out <out> <extra>`; it must succeed.
    pub fn build_into(&self, out: &Path, extra: &[&str]) -> Output {
        let out_arg = out.to_string_lossy().into_owned();
        let mut args = vec!["build", "--out", out_arg.as_str()];
        args.extend_from_slice(extra);
        self.run(&args).assert_success();
        Output { dir: out.to_path_buf() }
    }
}

/// What one run of the binary did.
pub struct Run {
    pub args: Vec<String>,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    volatile: Vec<(String, String)>,
}

impl Run {
    pub fn assert_success(&self) {
        assert_eq!(self.code, Some(0), "mediakit {} failed:\n{}", self.args.join(" "), self.transcript());
    }

    /// The command, exit code, stdout and stderr, with the temp folder
    /// written `[TMP]`, durations `[TIME]` and the binary's version
    /// `[VERSION]`: the same text on every machine and every run.
    pub fn transcript(&self) -> String {
        let mut text =
            format!("$ mediakit {} --root [TMP]/site\nexit code: {}\n", self.args.join(" "), code(self.code));
        for (name, stream) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            text.push_str(&format!("----- {name} -----\n"));
            text.push_str(stream);
            if !stream.is_empty() && !stream.ends_with('\n') {
                text.push_str("\n[no newline at the end]\n");
            }
        }
        for (from, to) in &self.volatile {
            text = text.replace(from.as_str(), to);
        }
        normalise_durations(&version_free(&text))
    }
}

fn code(code: Option<i32>) -> String {
    code.map_or_else(|| "killed by a signal".to_string(), |c| c.to_string())
}

/// `mediakit 1.2.3` → `mediakit [VERSION]`, so a release does not churn every snapshot.
pub fn version_free(text: &str) -> String {
    text.replace(concat!("mediakit ", env!("CARGO_PKG_VERSION")), "mediakit [VERSION]")
}

/// ` in 0.04 s` / ` in 3.1 ms` → ` in [TIME]`.
pub fn normalise_durations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" in ") {
        out.push_str(&rest[..i + 4]);
        rest = &rest[i + 4..];
        let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        if digits == 0 {
            continue;
        }
        let after = &rest[digits..];
        let unit = ["ms", "µs", "s"].into_iter().find(|u| {
            after.strip_prefix(' ').unwrap_or(after).starts_with(u)
                && !after
                    .strip_prefix(' ')
                    .unwrap_or(after)
                    .get(u.len()..)
                    .is_some_and(|t| t.starts_with(|c: char| c.is_alphanumeric()))
        });
        if let Some(unit) = unit {
            out.push_str("[TIME]");
            let spaced = usize::from(after.starts_with(' '));
            rest = &after[spaced + unit.len()..];
        }
    }
    out.push_str(rest);
    out
}

/// A build's output folder.
pub struct Output {
    pub dir: PathBuf,
}

impl Output {
    /// Every file of the output, bookkeeping included.
    pub fn files(&self) -> Vec<String> {
        list_files(&self.dir)
    }

    /// The files that make up the site (the bookkeeping files left out).
    pub fn site_files(&self) -> Vec<String> {
        self.files().into_iter().filter(|f| !BOOKKEEPING.contains(&f.as_str())).collect()
    }

    pub fn bytes(&self, rel: &str) -> Vec<u8> {
        fs::read(self.dir.join(rel)).unwrap_or_else(|e| panic!("read output {rel}: {e}"))
    }

    pub fn text(&self, rel: &str) -> String {
        String::from_utf8(self.bytes(rel)).unwrap_or_else(|e| panic!("{rel} is not UTF-8: {e}"))
    }

    /// A page as readable, normalised text (see [`html::outline`]).
    pub fn page(&self, rel: &str) -> String {
        version_free(&html::outline(&self.text(rel)))
    }

    /// The text of a PDF through `pdftotext -layout`, or `None` when
    /// poppler is not installed (and `MEDIAKIT_REQUIRE_TOOLS` is not set).
    pub fn pdf_text(&self, rel: &str) -> Option<String> {
        if !require_tool("pdftotext") {
            return None;
        }
        let out = Command::new("pdftotext")
            .args(["-layout", "-enc", "UTF-8"])
            .arg(self.dir.join(rel))
            .arg("-")
            .output()
            .expect("run pdftotext");
        assert!(out.status.success(), "pdftotext {rel}: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).expect("pdftotext writes UTF-8");
        Some(normalise_pdf_text(&text))
    }
}

/// Trailing spaces cut, pages marked, blank runs kept to one line.
fn normalise_pdf_text(text: &str) -> String {
    let mut out = String::new();
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let count = pages.iter().filter(|p| !p.trim().is_empty()).count();
    for (i, page) in pages.iter().filter(|p| !p.trim().is_empty()).enumerate() {
        out.push_str(&format!("===== page {} of {count} =====\n", i + 1));
        let mut blank = false;
        for line in page.trim_matches('\n').lines() {
            let line = line.trim_end();
            if line.is_empty() {
                if !blank {
                    out.push('\n');
                }
                blank = true;
            } else {
                out.push_str(line);
                out.push('\n');
                blank = false;
            }
        }
    }
    out
}

/// Whether an outside tool is on the PATH. Without it the calling test
/// fails when `MEDIAKIT_REQUIRE_TOOLS` is set (as CI does), and otherwise
/// says loudly that it skipped (the convention of `tests/common`).
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
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {name} not installed");
    false
}
