//! Edit-to-page latency of `mediakit serve`: starts the server on a copy of
//! a site, rewrites one creator's tagline, and times until the served kit
//! shows the new text; repeats and prints the median and the 90th percentile.
//!
//! It waits the way an open page does: on the server's reload events
//! (`/__mediakit/events`), fetching the page when one names it. Polling the
//! page in a tight loop instead would take a core of a small machine away
//! from the server it measures. Every 20 ms without an event it fetches the
//! page anyway, so a missed event costs time and shows in the figures.
//!
//! ```sh
//! cargo build --release --bin mediakit --example bench_serve
//! target/release/examples/bench_serve --bin target/release/mediakit --site . [--runs 30]
//! ```
//!
//! `scripts/bench-serve.sh` runs it on the demo site and on generated ones.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);
/// The first build of a 10,000-creator site takes minutes on a busy machine.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(30 * 60);

struct Server {
    child: Child,
    log: Arc<Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn copy_site(from: &Path, to: &Path) -> std::io::Result<()> {
    for part in ["mediakit.yaml", "content", "static", "themes"] {
        let src = from.join(part);
        if src.is_dir() {
            copy_dir(&src, &to.join(part))?;
        } else if src.is_file() {
            std::fs::copy(&src, to.join(part))?;
        }
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn get(addr: SocketAddr, path: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")?;
    let mut body = Vec::new();
    stream.read_to_end(&mut body)?;
    Ok(String::from_utf8_lossy(&body).into_owned())
}

/// The data lines of the server's `reload` events, as they arrive.
fn reload_events(addr: SocketAddr) -> std::io::Result<Receiver<String>> {
    let mut stream = TcpStream::connect(addr)?;
    write!(stream, "GET /__mediakit/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n")?;
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        let mut reload = false;
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if let Some(event) = line.strip_prefix("event:") {
                reload = event.trim() == "reload";
            } else if let Some(data) = line.strip_prefix("data:")
                && reload
                && send.send(data.to_string()).is_err()
            {
                break;
            }
        }
    });
    Ok(receive)
}

/// Waits until `path` (`wanted` among the event's paths) shows `marker`.
fn wait_for(
    addr: SocketAddr,
    events: &Receiver<String>,
    path: &str,
    wanted: &str,
    marker: &str,
    t0: Instant,
) -> Result<(), String> {
    loop {
        let fetch = match events.recv_timeout(Duration::from_millis(20)) {
            Ok(data) => data.contains(wanted) || data.contains("\"all\":true"),
            Err(RecvTimeoutError::Timeout) => true,
            Err(RecvTimeoutError::Disconnected) => {
                thread::sleep(Duration::from_millis(1));
                true
            }
        };
        if fetch && get(addr, path).map_err(|e| format!("GET {path}: {e}"))?.contains(marker) {
            return Ok(());
        }
        if t0.elapsed() > TIMEOUT {
            return Err(format!("the edit never showed up on {path}"));
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

struct Args {
    bin: PathBuf,
    site: PathBuf,
    runs: usize,
}

fn parse() -> Result<Args, String> {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut args = Args { bin: PathBuf::from("target/release/mediakit"), site: PathBuf::from("."), runs: 30 };
    let mut i = 0;
    while i < argv.len() {
        let value = argv.get(i + 1).ok_or_else(|| format!("{} needs a value", argv[i]))?;
        match argv[i].as_str() {
            "--bin" => args.bin = PathBuf::from(value),
            "--site" => args.site = PathBuf::from(value),
            "--runs" => args.runs = value.parse().map_err(|_| format!("--runs expects a number, found {value}"))?,
            other => return Err(format!("unknown option {other}")),
        }
        i += 2;
    }
    if args.runs == 0 {
        return Err("--runs must be at least 1".to_string());
    }
    Ok(args)
}

fn run(args: &Args) -> Result<(), String> {
    let work = std::env::temp_dir().join(format!("mediakit-bench-serve-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let result = measure(args, &work);
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn measure(args: &Args, work: &Path) -> Result<(), String> {
    copy_site(&args.site, work).map_err(|e| format!("cannot copy the site: {e}"))?;
    let creators = work.join("content/creators");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&creators)
        .map_err(|e| format!("{}: {e}", creators.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    let file = files.first().ok_or("the site has no creators")?.clone();
    let slug = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let original = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
    let count = files.len();

    let mut child = Command::new(&args.bin)
        .args(["serve", "--port", "0", "--root"])
        .arg(work)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", args.bin.display()))?;
    let log = Arc::new(Mutex::new(String::new()));
    let stderr = child.stderr.take().ok_or("no stderr")?;
    let sink = log.clone();
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Ok(mut l) = sink.lock() {
                l.push_str(&line);
                l.push('\n');
            }
        }
    });
    let server = Server { child, log };
    let started = Instant::now();
    let addr: SocketAddr = loop {
        let text = server.log.lock().map(|l| l.clone()).unwrap_or_default();
        if let Some(rest) = text.split("Serving http://").nth(1) {
            break rest.split('/').next().unwrap_or("").parse().map_err(|_| format!("no address in {text}"))?;
        }
        if started.elapsed() > STARTUP_TIMEOUT {
            return Err(format!("serve did not start:\n{text}"));
        }
        thread::sleep(Duration::from_millis(5));
    };
    let startup = server.log.lock().map(|l| l.lines().next().unwrap_or("").to_string()).unwrap_or_default();
    let page = format!("/creators/{slug}/");
    let events = reload_events(addr).map_err(|e| format!("reload events: {e}"))?;

    let mut samples = Vec::with_capacity(args.runs);
    let mut roster = Vec::with_capacity(args.runs);
    for i in 0..args.runs {
        let marker = format!("Bench edit {i} of {}", std::process::id());
        let edited = replace_tagline(&original, &marker);
        while events.try_recv().is_ok() {}
        let t0 = Instant::now();
        std::fs::write(&file, edited).map_err(|e| e.to_string())?;
        wait_for(addr, &events, &page, &format!("creators/{slug}/index.html"), &marker, t0)?;
        samples.push(t0.elapsed().as_secs_f64() * 1000.0);
        // The roster lists the tagline too; it is rendered after the kit.
        wait_for(addr, &events, "/", "\"index.html\"", &marker, t0)?;
        roster.push(t0.elapsed().as_secs_f64() * 1000.0);
        // Let the debouncer go idle, as between two saves in an editor.
        thread::sleep(Duration::from_millis(150));
    }
    let mut sorted = samples.clone();
    sorted.sort_by(f64::total_cmp);
    roster.sort_by(f64::total_cmp);
    let rebuilds: Vec<f64> = server
        .log
        .lock()
        .map(|l| {
            l.lines()
                .filter(|x| x.starts_with('↻'))
                .filter_map(|x| {
                    let tail = x.rsplit(" in ").next()?;
                    tail.split(" ms").next()?.parse().ok()
                })
                .collect()
        })
        .unwrap_or_default();
    let mut rebuilds_sorted = rebuilds.clone();
    rebuilds_sorted.sort_by(f64::total_cmp);
    println!("site: {} ({count} creators); {startup}", args.site.display());
    println!(
        "edit-to-page over {} edits of {page}: median {:.1} ms, p90 {:.1} ms (min {:.1}, max {:.1})",
        sorted.len(),
        percentile(&sorted, 0.5),
        percentile(&sorted, 0.9),
        sorted[0],
        sorted[sorted.len() - 1]
    );
    println!(
        "  the roster (/) shows it after: median {:.1} ms, p90 {:.1} ms",
        percentile(&roster, 0.5),
        percentile(&roster, 0.9)
    );
    if !rebuilds_sorted.is_empty() {
        println!(
            "  the kit's own rebuild step (as serve reports it): median {:.1} ms, p90 {:.1} ms",
            percentile(&rebuilds_sorted, 0.5),
            percentile(&rebuilds_sorted, 0.9)
        );
    }
    Ok(())
}

/// The profile with its tagline replaced (or added after the name).
fn replace_tagline(yaml: &str, tagline: &str) -> String {
    let line = format!("tagline: \"{tagline}\"");
    let mut out: Vec<String> = Vec::new();
    let mut done = false;
    for l in yaml.lines() {
        if !done && l.starts_with("tagline:") {
            out.push(line.clone());
            done = true;
        } else {
            out.push(l.to_string());
            if !done && l.starts_with("name:") && !yaml.lines().any(|x| x.starts_with("tagline:")) {
                out.push(line.clone());
                done = true;
            }
        }
    }
    out.join("\n") + "\n"
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\nusage: bench_serve [--bin PATH] [--site DIR] [--runs N]");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
