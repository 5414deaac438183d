//! `serve` answers every client promptly whatever other clients do (SPEC
//! §9): real TCP clients that misbehave — pipelining and never reading,
//! sending a request a byte at a time, sending endless headers, holding
//! connections open — beside a client that only wants a page. Also: the
//! watcher never follows a link out of the site, file names reach the
//! terminal escaped, and a big static file is streamed from disk.

#![cfg(target_os = "linux")]

mod harness;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::thread;
use std::time::{Duration, Instant};

use harness::SiteTest;
use harness::serve::Serve;

/// A wait no answer should need, on the busiest machine; a client that got
/// none by then was kept waiting by another.
const PROMPT: Duration = Duration::from_secs(20);

fn connect(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(PROMPT)).unwrap();
    stream.set_write_timeout(Some(PROMPT)).unwrap();
    stream
}

/// One request on a fresh connection, answered within [`PROMPT`]: the
/// status line and the whole body's length.
fn get(addr: SocketAddr, path: &str) -> (String, usize) {
    let mut stream = connect(addr);
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut bytes = Vec::new();
    let started = Instant::now();
    stream
        .read_to_end(&mut bytes)
        .unwrap_or_else(|e| panic!("GET {path}: no answer after {:?}: {e}", started.elapsed()));
    let text = String::from_utf8_lossy(&bytes);
    let status = text.lines().next().unwrap_or("").to_string();
    (status, bytes.len())
}

/// Reads whatever the server sends until it closes the connection; the text.
fn until_closed(stream: &mut TcpStream) -> String {
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn clients_that_pipeline_and_never_read_delay_no_one() {
    let site = SiteTest::fixture("basic");
    let serve = Serve::start(site.root());
    let addr = serve.addr;
    // Sixteen clients ask for the same page hundreds of times in one go and
    // never read an answer: their sockets fill up and stay full.
    let request = format!("GET /creators/ava-test/ HTTP/1.1\r\nHost: {addr}\r\n\r\n").repeat(400);
    let stalled: Vec<TcpStream> = (0..16)
        .map(|_| {
            let mut s = connect(addr);
            let _ = s.write_all(request.as_bytes());
            s
        })
        .collect();
    thread::sleep(Duration::from_millis(500));
    // Another client gets every page it asks for.
    for path in ["/", "/creators/ava-test/", "/creators/ben-test/", "/campaigns/clicks/", "/sitemap.xml"] {
        let (status, _) = get(addr, path);
        assert!(status.starts_with("HTTP/1.1 200"), "{path}: {status}");
    }
    // The stalled ones are cut off by the write timeout, not kept for ever.
    for mut s in stalled {
        s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
        let mut sink = [0u8; 65536];
        let started = Instant::now();
        loop {
            match s.read(&mut sink) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
                Err(_) => break,
            }
            assert!(started.elapsed() < Duration::from_secs(120), "a stalled client was never cut off");
        }
    }
    assert!(get(addr, "/").0.starts_with("HTTP/1.1 200"));
}

#[test]
fn a_request_sent_a_byte_at_a_time_is_cut_off_and_delays_no_one() {
    let site = SiteTest::fixture("basic");
    let serve = Serve::start(site.root());
    let addr = serve.addr;
    let slow = thread::spawn(move || {
        let mut s = connect(addr);
        s.set_read_timeout(Some(Duration::from_millis(10))).unwrap();
        let started = Instant::now();
        let head = format!("GET / HTTP/1.1\r\nHost: {addr}\r\n");
        s.write_all(head.as_bytes()).unwrap();
        // One byte of a header every 200 ms, never finishing.
        let mut answer = Vec::new();
        loop {
            if s.write_all(b"X").is_err() {
                break;
            }
            let mut buf = [0u8; 1024];
            match s.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => answer.extend_from_slice(&buf[..n]),
                Err(_) => {}
            }
            if started.elapsed() > Duration::from_secs(120) {
                panic!("a request a byte at a time was never cut off");
            }
            thread::sleep(Duration::from_millis(200));
        }
        (String::from_utf8_lossy(&answer).into_owned(), started.elapsed())
    });
    thread::sleep(Duration::from_millis(500));
    for _ in 0..5 {
        assert!(get(addr, "/creators/ava-test/").0.starts_with("HTTP/1.1 200"));
    }
    let (answer, took) = slow.join().unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer:?} after {took:?}");
}

#[test]
fn endless_headers_are_refused_at_a_bound() {
    let site = SiteTest::fixture("basic");
    let serve = Serve::start(site.root());
    let addr = serve.addr;
    // 200 KB of headers: refused after the first 16 KB, never all buffered.
    let mut s = connect(addr);
    let _ = write!(s, "GET / HTTP/1.1\r\nHost: {addr}\r\n");
    let filler = format!("X-Filler: {}\r\n", "a".repeat(1000));
    for _ in 0..200 {
        if s.write_all(filler.as_bytes()).is_err() {
            break;
        }
    }
    let answer = until_closed(&mut s);
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer:?}");
    // One header line without an end.
    let mut s = connect(addr);
    let _ = s.write_all(format!("GET / HTTP/1.1\r\nX-Long: {}", "b".repeat(100_000)).as_bytes());
    assert!(until_closed(&mut s).starts_with("HTTP/1.1 431"));
    assert!(get(addr, "/").0.starts_with("HTTP/1.1 200"));
}

#[test]
fn connections_are_capped_and_kept_alive_ones_work() {
    let site = SiteTest::fixture("basic");
    let serve = Serve::start(site.root());
    let addr = serve.addr;
    // Two requests on one connection, the first a HEAD.
    let mut s = connect(addr);
    write!(
        s,
        "HEAD / HTTP/1.1\r\nHost: {addr}\r\n\r\nGET /sitemap.xml HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let both = until_closed(&mut s);
    assert_eq!(both.matches("HTTP/1.1 200 OK").count(), 2, "{both}");
    assert!(both.contains("<urlset"), "{both}");
    // More open connections than the cap: those past it are told at once.
    let held: Vec<TcpStream> = (0..140).map(|_| connect(addr)).collect();
    thread::sleep(Duration::from_millis(500));
    let mut refused = 0;
    for mut s in held.iter().skip(100) {
        s.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
        let mut buf = [0u8; 256];
        if let Ok(n) = s.read(&mut buf)
            && String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 503")
        {
            refused += 1;
        }
    }
    assert!(refused >= 10, "{refused} of the connections past the cap were refused");
    drop(held);
    // Freed, the slots serve again.
    let started = Instant::now();
    while !get(addr, "/").0.starts_with("HTTP/1.1 200") {
        assert!(started.elapsed() < PROMPT, "the slots were never freed");
        thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn ctrl_c_stops_promptly_with_stalled_clients_connected() {
    let site = SiteTest::fixture("basic");
    let mut serve = Serve::start(site.root());
    let addr = serve.addr;
    let request = format!("GET /creators/ava-test/ HTTP/1.1\r\nHost: {addr}\r\n\r\n").repeat(400);
    let mut clients: Vec<TcpStream> = Vec::new();
    for _ in 0..8 {
        let mut s = connect(addr);
        let _ = s.write_all(request.as_bytes());
        clients.push(s);
    }
    let mut slow = connect(addr);
    slow.write_all(b"GET / HTTP/1.1\r\nHo").unwrap();
    let mut events = connect(addr);
    write!(events, "GET /__mediakit/events HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    thread::sleep(Duration::from_millis(500));
    let started = Instant::now();
    let status = serve.interrupt().expect("serve did not stop");
    assert!(status.success(), "{status}");
    assert!(started.elapsed() < PROMPT, "stopping took {:?}", started.elapsed());
    drop(clients);
}

/// The inotify watches a process holds, from `/proc/<pid>/fdinfo`.
fn inotify_watches(pid: u32) -> usize {
    let mut count = 0;
    for entry in std::fs::read_dir(format!("/proc/{pid}/fdinfo")).unwrap().flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path()) {
            count += text.lines().filter(|l| l.starts_with("inotify wd:")).count();
        }
    }
    count
}

#[test]
fn the_watcher_never_follows_a_link_out_of_the_site() {
    let site = SiteTest::fixture("basic");
    let outside = site.beside("outside");
    for i in 0..400 {
        std::fs::create_dir_all(outside.join(format!("tree/{i}/inner"))).unwrap();
    }
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    std::os::unix::fs::symlink(&outside, site.root().join("static/elsewhere")).unwrap();
    // A link to a folder inside the site is watched: an edit there is seen.
    site.write("media/notes.txt", "one");
    std::os::unix::fs::symlink(site.root().join("media"), site.root().join("static/media")).unwrap();
    let serve = Serve::start(site.root());
    let watches = inotify_watches(serve.pid());
    assert!(watches < 40, "{watches} inotify watches: the watcher followed the link out of the site");
    let mark = serve.mark();
    site.write("media/notes.txt", "two");
    serve.wait_for_line(mark, "the linked file's edit", |l| l.starts_with("✗ ") || l.starts_with("↻ "));
    // A link out added while serving is not followed either.
    std::os::unix::fs::symlink(&outside, site.root().join("content/elsewhere")).unwrap();
    thread::sleep(Duration::from_millis(500));
    assert!(inotify_watches(serve.pid()) < 40);
}

#[test]
fn file_names_reach_the_terminal_escaped() {
    let site = SiteTest::fixture("basic");
    let serve = Serve::start(site.root());
    let mark = serve.mark();
    // A name that would clear the screen and turn the terminal red.
    site.write("content/creators/\u{1b}[2J\u{1b}[31mevil.yaml", "name: Evil\n");
    serve.wait_for_line(mark, "the bad name to be reported", |l| l.starts_with("✗ "));
    let log = serve.log();
    assert!(!log.contains('\u{1b}'), "an escape sequence reached the terminal:\n{log:?}");
    assert!(log.contains("\\u{1b}[2J"), "{log}");
}

#[test]
fn a_big_static_file_is_streamed_from_disk() {
    let site = SiteTest::fixture("basic");
    std::fs::create_dir_all(site.root().join("static")).unwrap();
    const SIZE: u64 = 400 * 1024 * 1024;
    let video = std::fs::File::create(site.root().join("static/video.bin")).unwrap();
    video.set_len(SIZE).unwrap();
    std::os::unix::fs::FileExt::write_all_at(&video, b"frames", SIZE - 6).unwrap();
    drop(video);
    let serve = Serve::start(site.root());
    let mut s = connect(serve.addr);
    write!(s, "GET /video.bin HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", serve.addr).unwrap();
    let mut total = 0u64;
    let mut tail = Vec::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = s.read(&mut buf).expect("read the video");
        if n == 0 {
            break;
        }
        total += n as u64;
        tail.extend_from_slice(&buf[..n]);
        if tail.len() > 64 {
            tail.drain(..tail.len() - 64);
        }
    }
    assert!(total > SIZE && total < SIZE + 1024, "{total} bytes");
    assert!(tail.ends_with(b"frames"));
    let status = std::fs::read_to_string(format!("/proc/{}/status", serve.pid())).unwrap();
    let peak_kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    assert!(peak_kb < 200 * 1024, "serve peaked at {} MB serving a 400 MB file", peak_kb / 1024);
}
