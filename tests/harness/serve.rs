//! A running `mediakit serve --port 0` on a site folder: its address, read
//! from what it prints on start, and everything it writes to stderr, to wait
//! on. Killed when dropped, also when a test fails.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::http::{self, Reply};

/// How long serve may take to start, or to rebuild after an edit.
pub const WAIT: Duration = Duration::from_secs(60);

/// Lines of stderr, with a signal for each new one.
#[derive(Default)]
struct Log {
    lines: Mutex<(Vec<String>, bool)>,
    grew: Condvar,
}

pub struct Serve {
    child: Child,
    pub addr: SocketAddr,
    log: Arc<Log>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Serve {
    /// Starts serve on any free port of 127.0.0.1 and waits for its address.
    pub fn start(root: &Path) -> Serve {
        let mut child = Command::new(super::BIN)
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .env_remove("CI")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start mediakit serve");
        let log = Arc::new(Log::default());
        let stderr = child.stderr.take().expect("stderr");
        let sink = log.clone();
        thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.lines.lock().unwrap_or_else(|e| e.into_inner()).0.push(line);
                sink.grew.notify_all();
            }
            sink.lines.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
            sink.grew.notify_all();
        });
        let mut serve = Serve { child, addr: "127.0.0.1:1".parse().unwrap(), log };
        let line = serve.wait_for_line(0, "the address it serves on", |l| l.contains("Serving http://"));
        let addr = line.split("Serving http://").nth(1).and_then(|r| r.split('/').next()).unwrap_or("");
        serve.addr = addr.parse().unwrap_or_else(|_| panic!("no address in {line:?}"));
        serve
    }

    /// The process id of the running serve.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether serve is still running.
    pub fn running(&mut self) -> bool {
        self.child.try_wait().ok().flatten().is_none()
    }

    /// Sends Ctrl-C and waits for serve to exit; returns its status.
    #[cfg(unix)]
    pub fn interrupt(&mut self) -> Option<std::process::ExitStatus> {
        // SAFETY: a signal to the child this harness started.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGINT) };
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            thread::sleep(Duration::from_millis(20));
        }
        None
    }

    /// `http://127.0.0.1:PORT`: the base URL serve builds its pages with.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many lines serve has written so far: a mark to wait after.
    pub fn mark(&self) -> usize {
        self.log.lines.lock().unwrap_or_else(|e| e.into_inner()).0.len()
    }

    pub fn log(&self) -> String {
        self.log.lines.lock().unwrap_or_else(|e| e.into_inner()).0.join("\n")
    }

    /// The first line at or after `mark` for which `wanted` holds. Fails,
    /// with everything serve said, after [`WAIT`] or when serve exits.
    pub fn wait_for_line(&self, mark: usize, what: &str, wanted: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        let mut seen = mark;
        let mut guard = self.log.lines.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(line) = guard.0.iter().skip(seen).find(|l| wanted(l)) {
                return line.clone();
            }
            seen = guard.0.len();
            let now = Instant::now();
            assert!(!guard.1, "serve exited while waiting for {what}; it said:\n{}", guard.0.join("\n"));
            assert!(now < deadline, "timed out after {WAIT:?} waiting for {what}; serve said:\n{}", guard.0.join("\n"));
            guard = self.log.grew.wait_timeout(guard, deadline - now).unwrap_or_else(|e| e.into_inner()).0;
        }
    }

    /// Waits for serve's line saying it rebuilt after a change to `path`:
    /// `↻ SOURCES → …` (or `✗ SOURCES: …` for a problem), where SOURCES
    /// names the file or a folder holding it (a new folder is reported as
    /// itself), as `docs/serve.md` describes.
    pub fn wait_for_rebuild(&self, mark: usize, path: &str, what: &str) -> String {
        let mut names = vec![path.to_string()];
        let mut folder = path;
        while let Some((parent, _)) = folder.rsplit_once('/') {
            names.push(parent.to_string());
            folder = parent;
        }
        self.wait_for_line(mark, what, |line| {
            let Some(rest) = line.strip_prefix("↻ ").or_else(|| line.strip_prefix("✗ ")) else { return false };
            let sources = rest.split(" → ").next().unwrap_or("").split(": ").next().unwrap_or("");
            sources.split([',', ' ']).any(|word| names.iter().any(|n| n == word))
        })
    }

    pub fn get(&self, path: &str) -> Reply {
        http::get(self.addr, &http::target(path)).unwrap_or_else(|e| panic!("{e}; serve said:\n{}", self.log()))
    }
}
