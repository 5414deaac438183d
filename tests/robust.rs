//! Never lose, never crash, never hang (SPEC §9): a test per class of
//! hostile input, each through the `mediakit` binary as a user runs it.
//! (`serve` under misbehaving clients: `serve_limits.rs`.)

#![cfg(unix)]

mod harness;

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use harness::{BIN, SiteTest, list_files};

/// Longer than any of these runs takes on a busy machine, far shorter than
/// forever: a run past it has hung.
const HANG: Duration = Duration::from_secs(180);

/// What a run printed and how it ended.
struct Ran {
    code: Option<i32>,
    stderr: String,
}

/// Runs `mediakit <args> --root <root>`, killing it (and failing) if it
/// has not finished after [`HANG`].
fn run(root: &Path, args: &[&str]) -> Ran {
    let child = Command::new(BIN)
        .args(args)
        .arg("--root")
        .arg(root)
        .env("CI", "true")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start mediakit");
    finish(child, &format!("mediakit {}", args.join(" ")))
}

fn finish(mut child: Child, what: &str) -> Ran {
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > HANG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} hung: still running after {HANG:?}");
        }
        thread::sleep(Duration::from_millis(20));
    };
    Ran { code: status.code(), stderr: reader.join().unwrap_or_default() }
}

/// A copy of the `basic` fixture with `extra` more creators (copies of one
/// profile under other names).
fn site_with_creators(extra: usize) -> SiteTest {
    let site = SiteTest::fixture("basic");
    let ava = site.read("content/creators/ava-test.yaml");
    for i in 0..extra {
        site.write(
            &format!("content/creators/c{i:03}.yaml"),
            &ava.replacen("name: Ava Test", &format!("name: Copy {i}"), 1),
        );
    }
    site
}

/// Every file of an output with its bytes, the manifest left out (it holds
/// inode numbers, which differ between two folders of the same build).
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    list_files(dir)
        .into_iter()
        .filter(|f| f != ".mediakit-manifest")
        .map(|f| {
            let bytes = fs::read(dir.join(&f)).unwrap_or_else(|e| panic!("{f}: {e}"));
            (f, bytes)
        })
        .collect()
}

/// Names beside the output that only a build in progress may leave (the
/// load cache stays, for the next build).
fn leftovers(root: &Path) -> Vec<String> {
    fs::read_dir(root)
        .expect("read site")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.") && n != ".public.mediakit-cache")
        .collect()
}

// ---- two builds at once ----

#[test]
fn a_second_build_waits_for_the_first_and_says_so() {
    let site = site_with_creators(5);
    let root = site.root();
    // Hold the output's lock as a running build does.
    let lock = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(root.join(".public.mediakit-lock"))
        .unwrap();
    // SAFETY: a valid descriptor this test owns.
    assert_eq!(unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&lock), libc::LOCK_EX) }, 0);
    std::io::Write::write_all(&mut &lock, format!("{}\n", std::process::id()).as_bytes()).unwrap();
    let mut child = Command::new(BIN)
        .args(["build", "--root"])
        .arg(root)
        .env("CI", "true")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start build");
    let said = Arc::new(Mutex::new(String::new()));
    let sink = said.clone();
    let stderr = child.stderr.take().unwrap();
    let reader = thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let mut s = sink.lock().unwrap();
            s.push_str(&line);
            s.push('\n');
        }
    });
    let started = Instant::now();
    while !said.lock().unwrap().contains("waiting for it to finish") {
        assert!(started.elapsed() < HANG, "no word of waiting: {}", said.lock().unwrap());
        assert!(child.try_wait().unwrap().is_none(), "the build did not wait: {}", said.lock().unwrap());
        thread::sleep(Duration::from_millis(20));
    }
    assert!(said.lock().unwrap().contains(&format!("(process {})", std::process::id())), "{}", said.lock().unwrap());
    thread::sleep(Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "it went ahead while the output was locked");
    assert!(!root.join("public").exists() && leftovers(root) == [".public.mediakit-lock"], "it wrote meanwhile");
    drop(lock);
    let status = child.wait().unwrap();
    reader.join().unwrap();
    assert!(status.success(), "{}", said.lock().unwrap());
    assert!(said.lock().unwrap().contains("Built 7 creators"), "{}", said.lock().unwrap());
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
}

#[test]
fn builds_of_one_site_at_once_never_mix_or_lose_output() {
    let site = site_with_creators(40);
    let root = site.root();
    let fresh = site.beside("fresh");
    for round in 0..3 {
        if round == 1 {
            site.replace("content/creators/c007.yaml", "name: Copy 7", "name: Copy Seven");
        }
        if round == 2 {
            site.remove("content/creators/c008.yaml");
        }
        let builds: Vec<Child> = (0..4)
            .map(|_| {
                Command::new(BIN)
                    .args(["build", "--root"])
                    .arg(root)
                    .env("CI", "true")
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start build")
            })
            .collect();
        for (i, child) in builds.into_iter().enumerate() {
            let ran = finish(child, "a concurrent build");
            assert_eq!(ran.code, Some(0), "round {round}, build {i} failed:\n{}", ran.stderr);
        }
        // Every build that exited 0 left the whole output: what a build
        // made alone, byte for byte.
        let _ = fs::remove_dir_all(&fresh);
        site.build_into(&fresh, &[]);
        let (got, want) = (contents(&root.join("public")), contents(&fresh));
        assert_eq!(got.len(), want.len(), "round {round}: {} files, a build alone makes {}", got.len(), want.len());
        assert!(got == want, "round {round}: the output differs from a build made alone");
        assert!(leftovers(root).is_empty(), "round {round}: {:?}", leftovers(root));
    }
}

// ---- pictures that lie about their size ----

/// A 1.6 KB PNG whose header claims 100,000 × 100,000 pixels.
fn lying_png() -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    png.extend_from_slice(b"\0\0\x05\xd0IDAT");
    png.resize(1640, 0);
    png
}

#[test]
fn a_picture_that_lies_about_its_size_is_a_clear_error_in_check_and_build() {
    let site =
        SiteTest::fixture("basic").edit("content/creators/ava-test.yaml", "niches:", "photo: static/big.png\nniches:");
    site.write_bytes("static/big.png", &lying_png());
    let expected = "error: static/big.png: this PNG claims 100,000 × 100,000 pixels; a picture may have at most 100 megapixels and 30,000 pixels on a side\n --> content/creators/ava-test.yaml:3:8";
    let check = run(site.root(), &["check"]);
    assert_eq!(check.code, Some(1), "{}", check.stderr);
    assert!(check.stderr.contains(expected), "{}", check.stderr);
    assert!(check.stderr.contains("^^^^^^^^^^^^^^ photo"), "{}", check.stderr);
    let build = run(site.root(), &["build"]);
    assert_eq!(build.code, Some(1), "no crash, a content error: {}", build.stderr);
    assert!(build.stderr.contains(expected), "{}", build.stderr);
    assert!(!site.root().join("public").exists() && leftovers(site.root()).is_empty());

    // The same for the logo, and for a picture inside an SVG logo.
    let site = SiteTest::fixture("basic").edit(
        "mediakit.yaml",
        "  name: Fixture Talent",
        "  name: Fixture Talent\n  logo: static/logo.png",
    );
    site.write_bytes("static/logo.png", &lying_png());
    let check = run(site.root(), &["check"]);
    assert_eq!(check.code, Some(1));
    assert!(check.stderr.contains("static/logo.png: this PNG claims 100,000 × 100,000 pixels"), "{}", check.stderr);
    assert!(check.stderr.contains("brand.logo"), "{}", check.stderr);
    let encoded = base64(&lying_png());
    site.write(
        "static/logo.svg",
        &format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><image width="40" height="10" href="data:image/png;base64,{encoded}"/></svg>"#),
    );
    site.replace("mediakit.yaml", "logo: static/logo.png", "logo: static/logo.svg");
    let check = run(site.root(), &["check"]);
    assert_eq!(check.code, Some(1));
    assert!(
        check.stderr.contains("static/logo.svg: this SVG embeds a picture that is damaged or claims a size"),
        "{}",
        check.stderr
    );
}

fn base64(data: &[u8]) -> String {
    const TABLE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            out.push(if i <= chunk.len() { TABLE[(n >> (18 - 6 * i)) as usize & 63] as char } else { '=' });
        }
    }
    out
}

#[test]
fn serve_keeps_running_when_a_photo_starts_lying() {
    let site =
        SiteTest::fixture("basic").edit("content/creators/ava-test.yaml", "niches:", "photo: static/ava.svg\nniches:");
    site.write("static/ava.svg", r##"<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#123"/></svg>"##);
    let serve = harness::serve::Serve::start(site.root());
    assert_eq!(serve.get("creators/ava-test/media-kit.pdf").status, 200);
    // The photo becomes a PNG claiming 40 GB of pixels.
    let mark = serve.mark();
    site.write_bytes("static/ava.png", &lying_png());
    site.replace("content/creators/ava-test.yaml", "photo: static/ava.svg", "photo: static/ava.png");
    serve.wait_for_line(mark, "the picture to be refused", |l| l.contains("this PNG claims 100,000 × 100,000 pixels"));
    // Still serving the last good build, PDF included, and still alive.
    let pdf = serve.get("creators/ava-test/media-kit.pdf");
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with(b"%PDF"));
    assert_eq!(serve.get("").status, 200);

    // Overwritten in place, before its kit's PDF was ever asked for: the
    // PDF made on request leaves the picture out, and serve lives on.
    drop(serve);
    site.replace("content/creators/ava-test.yaml", "photo: static/ava.png", "photo: static/ava.svg");
    let serve = harness::serve::Serve::start(site.root());
    let mark = serve.mark();
    site.write_bytes("static/ava.svg", &lying_png());
    serve.wait_for_line(mark, "the overwritten picture to be refused", |l| l.contains("this PNG claims 100,000"));
    let pdf = serve.get("creators/ava-test/media-kit.pdf");
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with(b"%PDF"));
    assert_eq!(serve.get("creators/ben-test/media-kit.pdf").status, 200);
    site.replace("content/creators/ava-test.yaml", "photo: static/ava.svg", "photo: static/ava.png");

    // Started with the lying photo, it serves the problem, not a crash.
    drop(serve);
    let serve = harness::serve::Serve::start(site.root());
    let page = serve.get("creators/ava-test/media-kit.pdf");
    assert_eq!(page.status, 503, "nothing built yet");
    assert!(page.text().contains("this PNG claims 100,000"), "{}", page.text());
    assert_eq!(serve.get("__mediakit/status").status, 200, "still answering");
}

// ---- named pipes and devices ----

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo {}", path.display());
}

#[test]
fn a_named_pipe_or_device_anywhere_is_refused_never_read() {
    let cases: [(&str, &str); 5] = [
        ("content/creators/zed.yaml", "content/creators/zed.yaml"),
        ("static/video.mp4", "static/video.mp4"),
        ("static/clips/raw.mov", "static/clips/raw.mov"),
        ("themes/studio/templates/kit.html", "themes/studio/templates/kit.html"),
        ("mediakit.yaml", "mediakit.yaml"),
    ];
    for (pipe, shown) in cases {
        let site = SiteTest::fixture("basic");
        if pipe == "mediakit.yaml" {
            site.remove("mediakit.yaml");
        }
        mkfifo(&site.root().join(pipe));
        for command in ["check", "build"] {
            let ran = run(site.root(), &[command]);
            assert_eq!(ran.code, Some(1), "{command} with a pipe at {pipe}:\n{}", ran.stderr);
            assert!(
                ran.stderr.contains(&format!(
                    "error: this is a named pipe (FIFO), not a regular file; only regular files are read\n --> {shown}"
                )),
                "{command} with a pipe at {pipe}:\n{}",
                ran.stderr
            );
        }
        assert!(!site.root().join("public").exists());
    }
    // A link to a device inside static/ is refused as well; one elsewhere in
    // content/ is never read (the site still builds).
    let site = SiteTest::fixture("basic");
    fs::create_dir_all(site.root().join("static")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", site.root().join("content/zero")).unwrap();
    mkfifo(&site.root().join("content/notes/pipe"));
    let ran = run(site.root(), &["build"]);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(
        ran.stderr
            .contains("warning: ignored: this is a named pipe (FIFO), which is never read\n --> content/notes/pipe"),
        "{}",
        ran.stderr
    );
}

// ---- text that never breaks ----

#[test]
fn a_name_of_100000_letters_and_an_endless_svg_text_finish() {
    let site = SiteTest::fixture("basic");
    let long = "W".repeat(100_000);
    site.replace("content/creators/ben-test.yaml", "name: Ben Test", &format!("name: {long}"));
    let built = run(site.root(), &["build"]);
    assert_eq!(built.code, Some(0), "{}", built.stderr);
    let out = harness::Output { dir: site.root().join("public") };
    assert!(out.bytes("creators/ben-test/media-kit.pdf").starts_with(b"%PDF"));
    if let Some(text) = out.pdf_text("creators/ben-test/media-kit.pdf") {
        assert!(text.contains("WWWWWWWWWW"), "{text}");
    }
    // Unbroken runs of 30,000 characters in a report: its name, its brand
    // and its summary (set as cover, tables and paragraphs).
    let q = "Q".repeat(30_000);
    site.replace("content/campaigns/clicks.yaml", "name: Clicks Only", &format!("name: {q}\nbrand: {q}\nsummary: {q}"));
    let ran = run(site.root(), &["build"]);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(out.bytes("campaigns/clicks/report.pdf").starts_with(b"%PDF"));

    // An SVG logo with one text of 100,000 characters is refused at once.
    let site = SiteTest::fixture("basic").edit(
        "mediakit.yaml",
        "  name: Fixture Talent",
        "  name: Fixture Talent\n  logo: static/logo.svg",
    );
    site.write(
        "static/logo.svg",
        &format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text y="30">{}</text></svg>"#,
            "Wi".repeat(50_000)
        ),
    );
    let ran = run(site.root(), &["build"]);
    assert_eq!(ran.code, Some(1));
    assert!(ran.stderr.contains("static/logo.svg: this SVG has a text of 100,000 characters"), "{}", ran.stderr);
}

/// The longest run of digits (of any script) in `text`.
fn longest_digit_run(text: &str) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in text.chars() {
        run = if c.is_numeric() { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

#[test]
fn absurd_figures_are_written_in_scientific_notation_never_in_hundreds_of_digits() {
    // Revenue 1e308 on a fee of 1,000: ROAS 1e305×, ROI 1e307 %.
    let site = SiteTest::fixture("basic").edit(
        "content/campaigns/clicks.yaml",
        "    posts:\n      - {platform: instagram, clicks: 1200, conversions: 180}",
        "    fee: 1000\n    posts:\n      - {platform: instagram, clicks: 1200, conversions: 180, revenue: 1e308}",
    );
    let built = run(site.root(), &["build"]);
    assert_eq!(built.code, Some(0), "{}", built.stderr);
    let out = harness::Output { dir: site.root().join("public") };
    let page = out.page("campaigns/clicks/index.html");
    assert!(page.contains("1E307%") && page.contains("1E305×"), "ROI and ROAS in scientific notation:\n{page}");
    assert!(longest_digit_run(&page) < 20, "a run of {} digits on the page", longest_digit_run(&page));
    if let Some(text) = out.pdf_text("campaigns/clicks/report.pdf") {
        assert!(text.contains("1E307%"), "{text}");
        assert!(longest_digit_run(&text) < 20, "a run of {} digits in the PDF", longest_digit_run(&text));
    }
}

// ---- static files: streamed, holes kept ----

/// Runs a build and returns its exit code and peak resident memory in
/// kilobytes. The child is reaped by `wait4`, which also tells its usage.
#[allow(clippy::zombie_processes)]
fn build_peak_kb(root: &Path) -> (i32, i64) {
    let child = Command::new(BIN)
        .args(["build", "--root"])
        .arg(root)
        .env("CI", "true")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start build");
    let mut status = 0;
    // SAFETY: zeroed rusage is a valid value to be filled in by wait4.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for the child this test started; pointers are valid.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as libc::pid_t);
    (libc::WEXITSTATUS(status), usage.ru_maxrss)
}

#[test]
fn a_big_sparse_static_file_is_streamed_and_stays_sparse() {
    let site = SiteTest::fixture("basic");
    fs::create_dir_all(site.root().join("static")).unwrap();
    let video = fs::File::create(site.root().join("static/video.bin")).unwrap();
    const SIZE: u64 = 600 * 1024 * 1024;
    video.set_len(SIZE).unwrap();
    std::os::unix::fs::FileExt::write_all_at(&video, b"frames", 300 * 1024 * 1024).unwrap();
    drop(video);
    let (code, peak_kb) = build_peak_kb(site.root());
    assert_eq!(code, 0);
    let copy = site.root().join("public/video.bin");
    let meta = fs::metadata(&copy).unwrap();
    assert_eq!(meta.len(), SIZE);
    assert!(meta.blocks() < 20_000, "{} blocks: the copy was written out dense", meta.blocks());
    let mut at = [0u8; 6];
    std::os::unix::fs::FileExt::read_exact_at(&fs::File::open(&copy).unwrap(), &mut at, 300 * 1024 * 1024).unwrap();
    assert_eq!(&at, b"frames");
    // Held whole, the file alone would be 600 MB resident.
    assert!(peak_kb < 300 * 1024, "the build peaked at {} MB", peak_kb / 1024);
}

// ---- what a build reuses, and what it says ----

#[test]
fn a_page_edited_by_hand_in_the_output_does_not_survive_the_next_build() {
    let site = SiteTest::fixture("basic");
    let first = site.build();
    let kit = first.text("creators/ava-test/index.html");
    fs::write(first.dir.join("creators/ava-test/index.html"), kit.replace("Ava Test", "Ava Hacked")).unwrap();
    fs::write(first.dir.join("creators/extra.html"), "mine").unwrap();
    let second = site.build();
    assert_eq!(second.text("creators/ava-test/index.html"), kit);
    assert!(!second.dir.join("creators/extra.html").exists());
    // With nothing changed the output is left as it is, and that is checked too.
    fs::write(second.dir.join("sitemap.xml"), "edited").unwrap();
    let third = run(site.root(), &["build"]);
    assert!(third.stderr.contains("Built"), "{}", third.stderr);
    assert_ne!(fs::read_to_string(second.dir.join("sitemap.xml")).unwrap(), "edited");
    let fourth = run(site.root(), &["build"]);
    assert!(fourth.stderr.contains("Up to date"), "{}", fourth.stderr);
}

#[test]
fn a_folder_named_like_the_staging_folder_is_never_removed() {
    let site = SiteTest::fixture("basic");
    site.write(".public.mediakit-staging/thesis.tex", "years of work");
    let ran = run(site.root(), &["build"]);
    assert_eq!(ran.code, Some(1), "{}", ran.stderr);
    assert!(
        ran.stderr.contains("was not made by mediakit (it has no .mediakit-staging file), so it was left untouched"),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.contains("Nothing was written; the previous output is unchanged."));
    assert_eq!(site.read(".public.mediakit-staging/thesis.tex"), "years of work");
}

#[test]
fn a_missing_content_folder_keeps_the_previous_output() {
    let site = SiteTest::fixture("basic");
    let built = site.build();
    let before = contents(&built.dir);
    fs::rename(site.root().join("content"), site.beside("content-moved")).unwrap();
    for command in ["check", "build"] {
        let ran = run(site.root(), &[command]);
        assert_eq!(ran.code, Some(1), "{}", ran.stderr);
        assert!(
            ran.stderr.contains("error: the content/ folder is missing, so there is nothing to build"),
            "{}",
            ran.stderr
        );
    }
    assert!(contents(&built.dir) == before, "the previous output is as it was");
    // An empty content folder is a site with no entries yet: it builds.
    fs::create_dir(site.root().join("content")).unwrap();
    let ran = run(site.root(), &["build"]);
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert!(ran.stderr.contains("there are no creators or campaigns yet"), "{}", ran.stderr);
}

#[test]
fn serve_keeps_the_last_good_build_when_content_goes_missing() {
    let site = SiteTest::fixture("basic");
    let serve = harness::serve::Serve::start(site.root());
    assert_eq!(serve.get("creators/ava-test/").status, 200);
    let mark = serve.mark();
    fs::rename(site.root().join("content"), site.beside("content-moved")).unwrap();
    serve.wait_for_line(mark, "the missing folder to be reported", |l| l.contains("the content/ folder is missing"));
    assert_eq!(serve.get("creators/ava-test/").status, 200, "the last good build is still served");
    let status = serve.get("__mediakit/status").text();
    assert!(status.contains("content/ folder is missing"), "{status}");
}

// ---- hidden means hidden ----

#[test]
fn a_hidden_section_and_every_figure_drawn_from_it_are_in_no_output_file() {
    let site = SiteTest::fixture("pdf")
        .edit(
            "content/creators/zoe-orsted.yaml",
            "as_of: 2026-11-01",
            "as_of: 2026-11-01\nhide: [bio, audience, growth, partners, testimonials, rates, contact, location]",
        )
        .edit(
            "content/creators/zoe-orsted.yaml",
            "avg_saves: 240}",
            "avg_saves: 240, history: [{date: 2026-06-01, followers: 41017}, {date: 2026-07-01, followers: 41523}, {date: 2026-08-01, followers: 42038}, {date: 2026-09-01, followers: 47123}]}",
        );
    // Shown while not hidden: the test would prove nothing if these never appeared.
    let shown = SiteTest::fixture("pdf").edit(
        "content/creators/zoe-orsted.yaml",
        "avg_saves: 240}",
        "avg_saves: 240, history: [{date: 2026-06-01, followers: 41017}, {date: 2026-07-01, followers: 41523}, {date: 2026-08-01, followers: 42038}, {date: 2026-09-01, followers: 47123}]}",
    );
    let hidden_values = [
        "I renovate",           // bio
        "Denmark",              // audience locations, and the location
        "Copenhagen",           // location
        "zoe@example.test",     // contact
        "zoe.example.test",     // contact website
        "Nordlys Lighting",     // partners
        "ZOE15",                // a partner's summary
        "Thoughtful, on-brief", // testimonials
        "integrated segment",   // rates
        "Room makeover",        // rate packages
        "41017",
        "41,017",
        "41,523",
        "47,123", // growth: the history
        "/ month",
        "in a month to", // growth rates and spike flags
    ];
    let searched = |site: &SiteTest| -> Vec<(String, String)> {
        let out = site.build();
        let mut found = Vec::new();
        for file in out.files() {
            let text = if file.ends_with(".pdf") {
                match out.pdf_text(&file) {
                    Some(text) => text,
                    None => continue,
                }
            } else {
                String::from_utf8_lossy(&out.bytes(&file)).into_owned()
            };
            for value in hidden_values {
                if text.contains(value) {
                    found.push((file.clone(), value.to_string()));
                }
            }
        }
        found
    };
    let visible = searched(&shown);
    for value in hidden_values {
        assert!(visible.iter().any(|(_, v)| v == value), "{value} is never shown even when not hidden: {visible:?}");
    }
    let leaked = searched(&site);
    assert!(leaked.is_empty(), "hidden values in the output: {leaked:?}");

    let data: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(site.root().join("public/creators/zoe-orsted/data.json")).unwrap())
            .unwrap();
    for p in data["platforms"].as_array().unwrap() {
        for key in ["history", "monthly_growth", "spikes"] {
            assert_eq!(p[key], serde_json::json!([]), "{key} of {}", p["platform"]);
        }
    }
    assert_eq!(data["rates"], serde_json::Value::Null);
    assert_eq!(data["hidden"].as_array().map(Vec::len), Some(8), "{}", data["hidden"]);
    let sitemap = fs::read_to_string(site.root().join("public/sitemap.xml")).unwrap();
    assert!(!sitemap.contains("zoe-orsted/rates"), "{sitemap}");
    assert!(!site.root().join("public/creators/zoe-orsted/rates").exists());
}

// ---- the old output cannot be removed ----

/// Makes `file` impossible to remove (and `false` when this machine cannot):
/// as root through the immutable flag, otherwise by a read-only folder.
fn pin(file: &Path, on: bool) -> bool {
    // SAFETY: getuid has no preconditions.
    if unsafe { libc::getuid() } != 0 {
        use std::os::unix::fs::PermissionsExt;
        let dir = file.parent().unwrap();
        return fs::set_permissions(dir, fs::Permissions::from_mode(if on { 0o555 } else { 0o755 })).is_ok();
    }
    const IMMUTABLE: libc::c_long = 0x10;
    let Ok(handle) = fs::File::open(file) else { return false };
    let mut flags: libc::c_long = if on { IMMUTABLE } else { 0 };
    // SAFETY: a valid descriptor and a pointer to a long, as FS_IOC_SETFLAGS takes.
    unsafe { libc::ioctl(std::os::fd::AsRawFd::as_raw_fd(&handle), libc::FS_IOC_SETFLAGS, &mut flags) == 0 }
}

#[test]
fn an_old_output_that_cannot_be_removed_is_reported_and_never_blocks_a_build() {
    let site = SiteTest::fixture("basic");
    let first = site.build();
    let stuck = first.dir.join("creators/ava-test/data.json");
    if !pin(&stuck, true) {
        use std::io::Write;
        let _ = writeln!(std::io::stderr(), "SKIPPED: this file system cannot make a file impossible to remove");
        return;
    }
    site.replace("content/creators/ava-test.yaml", "name: Ava Test", "name: Ava Second");
    let second = run(site.root(), &["build"]);
    let aside: Vec<String> =
        leftovers(site.root()).into_iter().filter(|n| n.starts_with(".public.mediakit-old-")).collect();
    for name in &aside {
        pin(&site.root().join(name).join("creators/ava-test/data.json"), false);
    }
    pin(&stuck, false);
    assert_eq!(second.code, Some(0), "the new output is in place: {}", second.stderr);
    assert!(second.stderr.contains("warning: an old output could not be removed ("), "{}", second.stderr);
    assert!(second.stderr.contains(" --> .public.mediakit-old-"), "{}", second.stderr);
    assert!(!second.stderr.contains("Nothing was written"), "{}", second.stderr);
    assert_eq!(aside.len(), 1, "{:?}", leftovers(site.root()));
    assert!(
        fs::read_to_string(site.root().join("public/creators/ava-test/index.html")).unwrap().contains("Ava Second")
    );
    // The next build is not in its way, and removes it.
    site.replace("content/creators/ava-test.yaml", "name: Ava Second", "name: Ava Third");
    let third = run(site.root(), &["build"]);
    assert_eq!(third.code, Some(0), "{}", third.stderr);
    assert!(!third.stderr.contains("warning"), "{}", third.stderr);
    assert!(leftovers(site.root()).is_empty(), "{:?}", leftovers(site.root()));
}
