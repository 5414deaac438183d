//! A build killed at any moment (SIGKILL: no destructor, no cleanup) leaves
//! the output folder byte-identical to the old build or to the new one, never
//! a mix, and the next build recovers.

#![cfg(unix)]

mod common;

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use common::{copy_dir, write};

/// A scratch folder removed on drop, in memory (`/dev/shm`) where there is
/// one: a round writes and reads a few thousand files, which a slow disk
/// turns from seconds into minutes. The exchange is the same system call there.
struct Scratch(PathBuf);

impl Scratch {
    fn new(label: &str) -> Scratch {
        let shm = Path::new("/dev/shm");
        let base = if shm.is_dir() && fs::metadata(shm).is_ok_and(|m| !m.permissions().readonly()) {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("mediakit-kill-{}-{label}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

// Large enough that a build runs long enough to be interrupted at several
// moments (it writes over 4,000 files, a link-preview card beside each kit
// and rate card); the moments that wait for a path stay meaningful however
// fast or slow the machine is.
const CREATORS: usize = 1_000;

/// A roster large enough that a build takes a while; `version` changes every
/// page, so the old and new outputs differ in every creator's files.
fn generate(root: &Path, version: &str) {
    write(root, "mediakit.yaml", &format!("title: Big {version}\nbase_url: https://example.test/kits\n"));
    let bio = "Words about the creator. ".repeat(20);
    for i in 0..CREATORS {
        write(
            root,
            &format!("content/creators/c{i:05}.yaml"),
            &format!(
                "name: Creator {i} {version}\ntagline: Tagline {i}\nbio: |\n  {bio}\nplatforms:\n  - {{platform: instagram, followers: {}, avg_likes: {}, avg_comments: 12}}\n  - {{platform: tiktok, followers: {}, avg_likes: 30}}\naudience:\n  gender: {{female: 60, male: 40}}\n  age: {{\"18-24\": 50, \"25-34\": 50}}\nrates:\n  items: [{{platform: instagram, deliverable: reel, price: {}}}]\n",
                1000 + i * 37,
                50 + i % 400,
                500 + i * 11,
                100 + i
            ),
        );
    }
}

/// Every file under `dir` as (path, length, hash): enough to tell outputs
/// apart without holding two 100 MB builds in memory.
fn fingerprint(dir: &Path) -> Vec<(String, usize, u64)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, usize, u64)>) {
        let Ok(read) = fs::read_dir(dir) else { return };
        let mut entries: Vec<PathBuf> = read.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let bytes = fs::read(&p).unwrap_or_default();
                let mut h = DefaultHasher::new();
                h.write(&bytes);
                let rel = p.strip_prefix(base).map(|r| r.to_string_lossy().into_owned()).unwrap_or_default();
                out.push((rel, bytes.len(), h.finish()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out
}

fn build_command(root: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mediakit"));
    cmd.args(["build", "--root"]).arg(root).env("CI", "1");
    cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
    cmd
}

fn build_to_completion(root: &Path) -> Duration {
    let started = Instant::now();
    let status = build_command(root).status().expect("run mediakit");
    assert!(status.success(), "build failed");
    started.elapsed()
}

/// When to kill the child: a moment of the build it has reached.
enum Moment {
    /// Right after it starts: still loading.
    AtStart,
    /// This long after it starts.
    After(Duration),
    /// As soon as this path exists.
    When(PathBuf),
}

/// Starts a build and kills it at `moment`; returns whether it was still
/// running when the signal was sent.
fn kill_at(root: &Path, moment: &Moment) -> bool {
    let mut child: Child = build_command(root).spawn().expect("spawn mediakit");
    let started = Instant::now();
    match moment {
        Moment::AtStart => {}
        Moment::After(delay) => std::thread::sleep(*delay),
        Moment::When(path) => {
            while !path.exists() && started.elapsed() < Duration::from_secs(60) {
                if child.try_wait().ok().flatten().is_some() {
                    break;
                }
                std::thread::sleep(Duration::from_micros(200));
            }
        }
    }
    let running = child.try_wait().ok().flatten().is_none();
    // `Child::kill` is SIGKILL on Unix: the build gets no chance to tidy up.
    let _ = child.kill();
    let _ = child.wait();
    running
}

#[test]
fn a_killed_build_leaves_the_old_output_or_the_new_one() {
    let root = Scratch::new("site");
    let public = root.join("public");
    let keep = Scratch::new("keep");
    let old_copy = keep.join("old");

    generate(&root, "v1");
    build_to_completion(&root);
    let old = fingerprint(&public);
    copy_dir(&public, &old_copy);

    generate(&root, "v2");
    let full = build_to_completion(&root);
    let new = fingerprint(&public);
    assert_ne!(old, new);
    assert!(old.len() > 2 * CREATORS, "only {} files in the old build", old.len());

    let staging = root.join(".public.mediakit-staging");
    let mid = format!("creators/c{:05}/index.html", CREATORS / 2);
    let late = format!("creators/c{:05}/data.json", CREATORS - 20);
    let moments = [
        ("at start", Moment::AtStart),
        ("when staging begins", Moment::When(staging.clone())),
        ("mid-render", Moment::When(staging.join(&mid))),
        ("late in the render", Moment::When(staging.join(&late))),
        ("at the swap", Moment::When(staging.join(".mediakit-output"))),
        ("at half time", Moment::After(full.mul_f64(0.5))),
        ("at 95 % of the time", Moment::After(full.mul_f64(0.95))),
    ];
    let mut seen = Vec::new();
    for (label, moment) in &moments {
        // Each round starts from the old output, so that a mix would show
        // (a round that left it untouched has just proved it byte-identical),
        // and without the last round's leftovers, so that the moments that
        // wait for a path see this build's own.
        if seen.last().is_none_or(|s| *s == "new") {
            fs::remove_dir_all(&public).expect("reset");
            copy_dir(&old_copy, &public);
        }
        let _ = fs::remove_dir_all(&staging);
        let was_running = kill_at(&root, moment);
        let now = fingerprint(&public);
        let state = if now == old {
            "old"
        } else if now == new {
            "new"
        } else {
            let mixed: Vec<&str> =
                now.iter().filter(|f| !old.contains(f) && !new.contains(f)).map(|f| f.0.as_str()).take(5).collect();
            panic!("killed {label}: the output is neither the old build nor the new one (e.g. {mixed:?})");
        };
        eprintln!("killed {label} (running: {was_running}): {state} output");
        seen.push(state);
        assert!(!root.join(".public.mediakit-previous").exists() || public.exists(), "killed {label}: no output");
    }
    // The moments must really have interrupted builds, not waited for their end.
    assert!(seen.iter().filter(|s| **s == "old").count() >= 3, "{seen:?}");

    // Whatever a killed build left behind, the next one cleans up and completes.
    fs::remove_dir_all(&public).expect("reset");
    copy_dir(&old_copy, &public);
    kill_at(&root, &Moment::When(staging.join(&mid)));
    assert!(staging.exists(), "the last kill was meant to leave a half-written staging folder");
    assert_eq!(fingerprint(&public), old);
    build_to_completion(&root);
    assert_eq!(fingerprint(&public), new);
    assert!(!staging.exists(), "the staging folder was left behind");
    let leftovers: Vec<String> = fs::read_dir(&*root)
        .expect("read root")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public") && n != ".public.mediakit-cache")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
