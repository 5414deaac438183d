//! `mediakit serve` end to end: the real binary on an ephemeral port, a copy
//! of a fixture site, a small HTTP/1.1 client over a TcpStream, and edits
//! on disk while it runs.

#![cfg(unix)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use common::{site_copy, write};

const WAIT: Duration = Duration::from_secs(30);

/// A running `mediakit serve`; killed when dropped, also when a test fails.
struct Serve {
    child: Child,
    addr: SocketAddr,
    log: Arc<Mutex<String>>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn spawn(root: &Path, extra: &[&str]) -> (Child, Arc<Mutex<String>>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mediakit"))
        .arg("serve")
        .arg("--root")
        .arg(root)
        .args(extra)
        .env_remove("CI")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start mediakit serve");
    let log = Arc::new(Mutex::new(String::new()));
    let stderr = child.stderr.take().expect("stderr");
    let sink = log.clone();
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let mut log = sink.lock().unwrap();
            log.push_str(&line);
            log.push('\n');
        }
    });
    (child, log)
}

impl Serve {
    fn start(root: &Path) -> Serve {
        let (child, log) = spawn(root, &["--port", "0"]);
        let mut serve = Serve { child, addr: "127.0.0.1:1".parse().unwrap(), log };
        let started = Instant::now();
        loop {
            let text = serve.log();
            if let Some(rest) = text.split("Serving http://").nth(1) {
                let addr = rest.split('/').next().unwrap();
                serve.addr = addr.parse().unwrap_or_else(|_| panic!("address in {text}"));
                return serve;
            }
            if let Ok(Some(status)) = serve.child.try_wait() {
                panic!("serve exited with {status}:\n{text}");
            }
            assert!(started.elapsed() < WAIT, "serve did not start:\n{text}");
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    fn get(&self, path: &str) -> Reply {
        self.raw(&format!("GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", self.addr))
    }

    fn raw(&self, request: &str) -> Reply {
        let mut stream = TcpStream::connect(self.addr).expect("connect");
        stream.set_read_timeout(Some(WAIT)).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut bytes = Vec::new();
        let _ = stream.read_to_end(&mut bytes);
        Reply::parse(&bytes)
    }

    fn status_json(&self) -> serde_json::Value {
        serde_json::from_str(&self.get("/__mediakit/status").body).expect("status JSON")
    }

    /// Polls until `check` holds, failing with the server's log after `WAIT`.
    fn until(&self, what: &str, mut check: impl FnMut() -> bool) {
        let started = Instant::now();
        while !check() {
            assert!(started.elapsed() < WAIT, "timed out waiting for {what}; serve said:\n{}", self.log());
            thread::sleep(Duration::from_millis(20));
        }
    }
}

struct Reply {
    status: u16,
    head: String,
    body: String,
}

impl Reply {
    fn parse(bytes: &[u8]) -> Reply {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        Reply { status, head: head.to_string(), body: body.to_string() }
    }

    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// An open event stream, collected in the background.
struct Stream(Arc<Mutex<String>>);

impl Stream {
    fn open(serve: &Serve) -> Stream {
        let mut stream = TcpStream::connect(serve.addr).expect("connect");
        let request = format!("GET /__mediakit/events HTTP/1.1\r\nHost: {}\r\n\r\n", serve.addr);
        stream.write_all(request.as_bytes()).unwrap();
        let text = Arc::new(Mutex::new(String::new()));
        let sink = text.clone();
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stream.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        let s = Stream(text);
        serve.until("the event stream's hello", || s.text().contains("event: hello"));
        s
    }

    fn text(&self) -> String {
        self.0.lock().unwrap().clone()
    }
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} lacks {from}");
    write(root, rel, &text.replacen(from, to, 1));
}

#[test]
fn an_edit_shows_up_and_a_broken_edit_keeps_the_last_good_page() {
    let root = site_copy("basic");
    let serve = Serve::start(&root);
    let page = serve.get("/creators/ava-test/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Ava Test"));
    assert!(page.body.contains("/__mediakit/live.js"), "the reload script is injected");
    let events = Stream::open(&serve);

    edit(&root, "content/creators/ava-test.yaml", "name: Ava Test", "name: Ava Edited");
    serve.until("the edited name", || serve.get("/creators/ava-test/").body.contains("Ava Edited"));
    serve.until("the reload event", || events.text().contains("\"creators/ava-test/index.html\""));
    // Her own pages go first, then the roster and the campaign that names her.
    serve.until("the roster's reload", || events.text().contains("\"index.html\""));
    serve.until("the campaign's reload", || events.text().contains("campaigns/clicks/index.html"));
    // Its figures were brought up to date with the profile, not only re-rendered.
    assert!(serve.get("/campaigns/clicks/data.json").body.contains("\"name\": \"Ava Edited\""));
    let reload = events.text();
    assert!(reload.contains("event: reload"), "{reload}");
    assert!(!reload.contains("creators/ben-test/index.html"), "another creator is untouched: {reload}");
    serve.until("the rebuild line", || serve.log().contains("↻ content/creators/ava-test.yaml →"));
    // The roster lists her under the new name too.
    assert!(serve.get("/").body.contains("Ava Edited"));

    edit(&root, "content/creators/ava-test.yaml", "    followers: 48200", "    folowers: 48200");
    serve.until("the error in the status", || serve.status_json()["ok"] == false);
    let status = serve.status_json();
    let problems = status["problems"].as_str().unwrap();
    assert!(problems.contains("content/creators/ava-test.yaml:"), "{problems}");
    assert!(problems.contains("platforms[0].folowers"), "{problems}");
    assert!(problems.contains("did you mean `followers`?"), "{problems}");
    serve.until("the error in the terminal", || serve.log().contains("✗ content/creators/ava-test.yaml: 1 error"));
    assert!(serve.log().contains("unknown field `folowers`"));
    serve.until("the problems event", || events.text().contains("event: problems"));

    let kept = serve.get("/creators/ava-test/");
    assert_eq!(kept.status, 200, "the last good build is still served");
    assert!(kept.body.contains("Ava Edited"));
    assert!(kept.body.contains("id=\"mediakit-problems\" role=\"alert\" style=\"display:block"), "the overlay shows");
    assert!(kept.body.contains("unknown field `folowers`"));

    edit(&root, "content/creators/ava-test.yaml", "    folowers: 48200", "    followers: 48300");
    serve.until("the error to clear", || serve.status_json()["ok"] == true);
    serve.until("the ok event", || events.text().contains("event: ok"));
    let mended = serve.get("/creators/ava-test/");
    assert!(mended.body.contains("id=\"mediakit-problems\" role=\"alert\" style=\"display:none"), "and hides");
    assert!(!mended.body.contains("folowers"));
    assert!(serve.log().contains("✓ problems fixed"));
}

#[test]
fn a_campaign_naming_an_unknown_creator_is_a_cross_file_error() {
    let root = site_copy("basic");
    let serve = Serve::start(&root);
    edit(&root, "content/campaigns/clicks.yaml", "creator: ava-test", "creator: ava-tset");
    serve.until("the unknown creator", || serve.status_json()["ok"] == false);
    let problems = serve.status_json()["problems"].as_str().unwrap().to_string();
    assert!(problems.contains("unknown creator `ava-tset`"), "{problems}");
    assert!(problems.contains("did you mean `ava-test`?"), "{problems}");

    // A profile for that slug resolves it without touching the campaign.
    let ava = std::fs::read_to_string(root.join("content/creators/ava-test.yaml")).unwrap();
    write(&root, "content/creators/ava-tset.yaml", &ava.replacen("name: Ava Test", "name: Ava Twin", 1));
    serve.until("the new profile to resolve it", || serve.status_json()["ok"] == true);
    serve.until("the new kit", || serve.get("/creators/ava-tset/").body.contains("Ava Twin"));
    // The roster follows the kit, in a step of its own.
    serve.until("the roster", || serve.get("/").body.contains("Ava Twin"));

    std::fs::remove_file(root.join("content/creators/ava-tset.yaml")).unwrap();
    serve.until("the unknown creator again", || serve.status_json()["ok"] == false);
    std::fs::remove_file(root.join("content/campaigns/clicks.yaml")).unwrap();
    serve.until("the campaign to go", || serve.status_json()["ok"] == true);
    serve.until("its report to go", || serve.get("/campaigns/clicks/").status == 404);
    assert_eq!(serve.get("/creators/ava-tset/").status, 404);
}

#[test]
fn nothing_outside_the_output_is_ever_served() {
    let root = site_copy("basic");
    let secret = common::temp_dir("serve-secret");
    write(&secret, "secret.txt", "TOP-SECRET-TOKEN");
    let serve = Serve::start(&root);
    let probes = [
        "/../mediakit.yaml",
        "/../../../../etc/passwd",
        "/%2e%2e/mediakit.yaml",
        "/%2e%2e%2fmediakit.yaml",
        "/..%2F..%2Fmediakit.yaml",
        "/creators/%2e%2e/%2e%2e/mediakit.yaml",
        "/%c0%ae%c0%ae/mediakit.yaml",
        "/..\\mediakit.yaml",
        "/index.html%00.txt",
        "/content/creators/ava-test.yaml",
        "/mediakit.yaml",
    ];
    for probe in probes {
        let r = serve.raw(&format!("GET {probe} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", serve.addr));
        assert!(matches!(r.status, 400 | 404), "{probe} answered {}", r.status);
        assert!(!r.body.contains("base_url") && !r.body.contains("root:"), "{probe} leaked a file");
    }

    // A link out of the site added while serving is refused and reported, never followed.
    std::os::unix::fs::symlink(secret.join("secret.txt"), root.join("static-leak.txt")).unwrap();
    std::fs::create_dir_all(root.join("static")).unwrap();
    std::os::unix::fs::symlink(secret.join("secret.txt"), root.join("static/leak.txt")).unwrap();
    serve.until("the symlink to be reported", || serve.status_json()["ok"] == false);
    assert!(serve.status_json()["problems"].as_str().unwrap().contains("points outside the site folder"));
    let leak = serve.get("/leak.txt");
    assert_eq!(leak.status, 404);
    assert!(!leak.body.contains("TOP-SECRET-TOKEN"));
    assert!(!serve.get("/static-leak.txt").body.contains("TOP-SECRET-TOKEN"));
    std::fs::remove_file(root.join("static/leak.txt")).unwrap();
    serve.until("the problem to clear", || serve.status_json()["ok"] == true);

    let missing = serve.get("/creators/nobody/");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("This page does not exist"), "the theme's 404 page");
    assert_eq!(missing.header("Content-Type").as_deref(), Some("text/html; charset=utf-8"));

    let other_host = serve
        .raw(&format!("GET / HTTP/1.1\r\nHost: attacker.example:{}\r\nConnection: close\r\n\r\n", serve.addr.port()));
    assert_eq!(other_host.status, 403, "a rebinding host name is refused");
    let post = serve
        .raw(&format!("POST / HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", serve.addr));
    assert_eq!(post.status, 405);
}

#[test]
fn files_have_their_content_types_and_folders_redirect() {
    let root = site_copy("basic");
    write(&root, "static/brochure.pdf", "%PDF-1.4\n%%EOF\n");
    write(&root, "static/notes.txt", "hello");
    let serve = Serve::start(&root);
    let types = [
        ("/", "text/html; charset=utf-8"),
        ("/creators/ava-test/data.json", "application/json"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/favicon.svg", "image/svg+xml"),
        ("/brochure.pdf", "application/pdf"),
        ("/notes.txt", "text/plain; charset=utf-8"),
        ("/__mediakit/live.js", "text/javascript; charset=utf-8"),
    ];
    for (path, kind) in types {
        let r = serve.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("Content-Type").as_deref(), Some(kind), "{path}");
        assert_eq!(r.header("X-Content-Type-Options").as_deref(), Some("nosniff"), "{path}");
    }
    let css =
        serve.get("/").body.split("rel=\"stylesheet\" href=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(serve.get(&css).header("Content-Type").as_deref(), Some("text/css; charset=utf-8"), "{css}");
    let pdf = serve.get("/brochure.pdf");
    assert_eq!(pdf.header("Content-Disposition").as_deref(), Some("inline; filename=\"brochure.pdf\""));
    let kit_pdf = serve.get("/creators/ava-test/media-kit.pdf");
    if kit_pdf.status == 200 {
        assert_eq!(kit_pdf.header("Content-Type").as_deref(), Some("application/pdf"));
        assert!(kit_pdf.header("Content-Disposition").unwrap().starts_with("inline"));
    }
    let font =
        serve.get("/").body.split("rel=\"preload\" href=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert!(serve.get(&font).header("Content-Type").unwrap().starts_with("font/"), "{font}");

    let moved = serve.get("/creators/ava-test?tab=rates");
    assert_eq!(moved.status, 301);
    assert_eq!(moved.header("Location").as_deref(), Some("/creators/ava-test/?tab=rates"));
    // Built HTML links to this server, not to the published address.
    assert!(serve.get("/").body.contains(&format!("href=\"http://{}/\"", serve.addr)));

    // A static file is copied alone; the pages stay as they are.
    write(&root, "static/notes.txt", "hello again");
    serve.until("the new static file", || serve.get("/notes.txt").body == "hello again");
    serve.until("the rebuild line", || serve.log().contains("↻ static/notes.txt → 1 file (1 changed)"));
}

#[test]
fn a_template_edit_rerenders_pages_and_public_is_left_alone() {
    let root = site_copy("basic");
    let serve = Serve::start(&root);
    let kit = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/studio/templates/kit.html"))
        .unwrap();
    let marked = kit.replacen("{% block main %}", "{% block main %}<p>TEMPLATE-MARK</p>", 1);
    assert_ne!(kit, marked);
    write(&root, "themes/studio/templates/kit.html", &marked);
    serve.until("the template change", || serve.get("/creators/ben-test/").body.contains("TEMPLATE-MARK"));
    assert!(serve.get("/creators/ava-test/").body.contains("TEMPLATE-MARK"));
    assert!(!serve.get("/").body.contains("TEMPLATE-MARK"));
    serve.until("the rebuild line", || serve.log().contains("↻ themes"));

    write(&root, "themes/studio/templates/kit.html", "{% extends \"base.html\" %}{% block main %}{{ nope(");
    serve.until("the template error", || serve.status_json()["ok"] == false);
    assert!(serve.get("/creators/ben-test/").body.contains("TEMPLATE-MARK"), "last good pages stay");
    write(&root, "themes/studio/templates/kit.html", &kit);
    serve.until("the template to mend", || serve.status_json()["ok"] == true);
    assert!(serve.log().contains("↻ themes/studio/templates/kit.html →"), "{}", serve.log());
    serve.until("the original kit", || !serve.get("/creators/ben-test/").body.contains("TEMPLATE-MARK"));
    assert!(!root.join("public").exists(), "serve writes no output folder");
}

#[test]
fn a_site_broken_at_start_is_served_once_mended() {
    let root = site_copy("basic");
    edit(&root, "content/creators/ben-test.yaml", "name:", "nmae:");
    let serve = Serve::start(&root);
    assert!(serve.log().contains("nothing to serve until it builds"), "{}", serve.log());
    let status = serve.status_json();
    assert_eq!((status["built"].as_bool(), status["ok"].as_bool()), (Some(false), Some(false)));
    let page = serve.get("/creators/ava-test/");
    assert_eq!(page.status, 503);
    assert!(page.body.contains("unknown field `nmae`"), "{}", page.body);
    assert!(page.body.contains("/__mediakit/live.js"), "it reloads itself once mended");

    edit(&root, "content/creators/ben-test.yaml", "nmae:", "name:");
    serve.until("the first build", || serve.get("/creators/ava-test/").status == 200);
    assert_eq!(serve.status_json()["ok"], true);
    assert!(serve.get("/creators/ben-test/").body.contains("Ben Test"));
}

#[test]
fn ctrl_c_stops_cleanly() {
    let root = site_copy("basic");
    let mut serve = Serve::start(&root);
    let _events = Stream::open(&serve);
    let pid = serve.child.id() as libc::pid_t;
    // SAFETY: sends a signal to the child this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = serve.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < WAIT, "serve did not stop:\n{}", serve.log());
        thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "exit status {status}");
    thread::sleep(Duration::from_millis(100));
    assert!(serve.log().contains("Stopped."), "{}", serve.log());
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let root = site_copy("basic");
    let first = Serve::start(&root);
    let port = first.addr.port().to_string();
    let (mut child, log) = spawn(&root, &["--port", &port]);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(2));
    thread::sleep(Duration::from_millis(100));
    let text = log.lock().unwrap().clone();
    assert!(text.contains(&format!("port {port} on 127.0.0.1 is already in use")), "{text}");
}

#[test]
fn pdfs_are_made_on_request_and_made_again_after_an_edit() {
    let root = site_copy("basic");
    let serve = Serve::start(&root);
    let first = serve.get("/creators/ava-test/media-kit.pdf");
    assert_eq!(first.status, 200);
    assert!(first.body.starts_with("%PDF"), "a PDF, made on request");
    assert_eq!(serve.get("/creators/ava-test/media-kit.pdf").body, first.body, "kept once made");
    edit(&root, "content/creators/ava-test.yaml", "name: Ava Test", "name: Ava Renamed");
    serve.until("the edited name", || serve.get("/creators/ava-test/").body.contains("Ava Renamed"));
    let second = serve.get("/creators/ava-test/media-kit.pdf");
    assert_eq!(second.status, 200);
    assert_ne!(second.body, first.body, "the PDF follows the edit");
    assert_eq!(serve.get("/campaigns/clicks/report.pdf").status, 200);
    assert_eq!(serve.get("/creators/nobody/media-kit.pdf").status, 404);
}
