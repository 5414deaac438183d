//! A small HTTP/1.1 server for the preview, bounded in every way a client
//! could stretch it. One thread per connection (up to a cap), so a client
//! that stalls holds only its own thread: a client that sends a request a
//! byte at a time, or pipelines requests and never reads the answers, is
//! cut off by timeouts and never delays another.
//!
//! | bound | what happens past it |
//! |---|---|
//! | [`Limits::connections`] open connections | `503`, closed at once |
//! | [`Limits::head_bytes`] of request line and headers | `431`, closed |
//! | [`Limits::head_time`] to send a whole request head | `408`, closed |
//! | [`Limits::idle`] between requests on a kept-alive connection | closed |
//! | [`Limits::write`] for one write to make progress | closed |
//!
//! Only `GET` and `HEAD` are answered (the handler says `405` to the rest);
//! a request body is never read: a request that announces one is answered
//! and its connection closed. Stopping (Ctrl-C) stops accepting at once and
//! gives requests in flight a moment to finish.

use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crate::write::memory::Bytes;

#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub connections: usize,
    pub head_bytes: usize,
    pub head_time: Duration,
    pub idle: Duration,
    pub write: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            connections: 128,
            head_bytes: 16 * 1024,
            head_time: Duration::from_secs(10),
            idle: Duration::from_secs(15),
            write: Duration::from_secs(10),
        }
    }
}

/// How often waiting threads look at the stop flag.
const POLL: Duration = Duration::from_millis(50);
/// Headers a request may have.
const MAX_HEADERS: usize = 100;
/// How long stopping waits for requests in flight.
const GRACE: Duration = Duration::from_secs(2);

/// A request's head.
#[derive(Debug)]
pub struct Request {
    pub method: String,
    /// As sent: `/creators/ava/?x=1`.
    pub target: String,
    pub headers: Vec<(String, String)>,
    /// The client wants the connection closed after this answer.
    close: bool,
    /// The request has a body (which is never read).
    has_body: bool,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// What a response sends after its head.
pub enum Body {
    Bytes(Bytes),
    /// `len` bytes of an open file, streamed.
    File(std::fs::File, u64),
    /// The connection is handed over: the function writes everything, its
    /// own head included, for as long as it likes (an event stream); the
    /// connection is closed after.
    Takeover(Box<dyn FnOnce(Box<dyn Write + Send>) + Send>),
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: Body) -> Response {
        Response { status, headers: vec![("Content-Type", content_type.to_string())], body }
    }

    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

pub type Handler = Arc<dyn Fn(&Request) -> Response + Send + Sync>;

/// A running server: an accepting thread and one thread per connection.
pub struct Server {
    accepting: Option<thread::JoinHandle<()>>,
    active: Arc<AtomicUsize>,
}

impl Server {
    /// Starts answering on `listener` until `stopping` says so.
    pub fn start(
        listener: TcpListener,
        limits: Limits,
        handler: Handler,
        stopping: fn() -> bool,
    ) -> io::Result<Server> {
        listener.set_nonblocking(true)?;
        let active = Arc::new(AtomicUsize::new(0));
        let counted = active.clone();
        let accepting = thread::Builder::new()
            .name("mediakit-accept".to_string())
            .spawn(move || accept_loop(listener, limits, handler, stopping, counted))?;
        Ok(Server { accepting: Some(accepting), active })
    }

    /// Open connections now.
    pub fn connections(&self) -> usize {
        self.active.load(Ordering::SeqCst)
    }

    /// Waits for the accepting thread to stop (once `stopping` says so),
    /// and a moment for the requests in flight.
    pub fn stop(mut self) {
        if let Some(handle) = self.accepting.take() {
            let _ = handle.join();
        }
        let until = Instant::now() + GRACE;
        while self.active.load(Ordering::SeqCst) > 0 && Instant::now() < until {
            thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Decrements the count of open connections however a connection ends.
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn accept_loop(
    listener: TcpListener,
    limits: Limits,
    handler: Handler,
    stopping: fn() -> bool,
    active: Arc<AtomicUsize>,
) {
    while !stopping() {
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                wait_readable(&listener, POLL);
                continue;
            }
            // A connection reset before it was accepted, or too many open
            // files for a moment: go on with the next.
            Err(_) => {
                thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        if active.fetch_add(1, Ordering::SeqCst) >= limits.connections {
            let _slot = Slot(active.clone());
            refuse(stream);
            continue;
        }
        let slot = Slot(active.clone());
        let handler = handler.clone();
        let spawned = thread::Builder::new().name("mediakit-http".to_string()).spawn(move || {
            let _slot = slot;
            connection(stream, limits, &handler, stopping);
        });
        // A thread that cannot be started drops its connection (and slot).
        drop(spawned);
    }
}

/// Waits until the listener has a connection to accept, or `timeout`.
fn wait_readable(listener: &TcpListener, timeout: Duration) {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        let mut fd = libc::pollfd { fd: listener.as_raw_fd(), events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd for the duration of the call.
        unsafe { libc::poll(&mut fd, 1, timeout.as_millis() as libc::c_int) };
    }
    #[cfg(not(unix))]
    {
        let _ = listener;
        thread::sleep(timeout.min(Duration::from_millis(10)));
    }
}

/// Too many connections: a short answer, without reading the request.
fn refuse(mut stream: TcpStream) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let body = "mediakit serve has too many open connections; try again in a moment\n";
    let head = format!(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body.as_bytes()));
    let _ = stream.shutdown(std::net::Shutdown::Both);
}

/// Why no request could be read.
enum Ended {
    /// The client closed, went idle, or the server is stopping: close quietly.
    Quiet,
    /// Answer with this status and close.
    Status(u16, &'static str),
}

fn connection(mut stream: TcpStream, limits: Limits, handler: &Handler, stopping: fn() -> bool) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_nodelay(true);
    if stream.set_write_timeout(Some(limits.write)).is_err() {
        return;
    }
    // Bytes read past the end of the last request (pipelined requests).
    let mut pending: Vec<u8> = Vec::new();
    loop {
        let request = match read_request(&mut stream, &mut pending, &limits, stopping) {
            Ok(r) => r,
            Err(Ended::Quiet) => return,
            Err(Ended::Status(status, why)) => {
                let response = Response::new(status, "text/plain; charset=utf-8", Body::Bytes(Arc::new(why.into())));
                let _ = send(&mut stream, response, false, false);
                return;
            }
        };
        let head_only = request.method == "HEAD";
        let keep = !request.close && !request.has_body && !stopping();
        let response = handler(&request);
        match send(&mut stream, response, head_only, keep) {
            Ok(true) if keep => {}
            _ => {
                let _ = stream.shutdown(std::net::Shutdown::Both);
                return;
            }
        }
    }
}

/// Reads one request head, within the limits.
fn read_request(
    stream: &mut TcpStream,
    pending: &mut Vec<u8>,
    limits: &Limits,
    stopping: fn() -> bool,
) -> Result<Request, Ended> {
    let waiting_since = Instant::now();
    // Set once the first byte of the request has arrived.
    let mut started: Option<Instant> = (!pending.is_empty()).then(Instant::now);
    let mut buf = [0u8; 4096];
    loop {
        if let Some(end) = find_head_end(pending) {
            let head: Vec<u8> = pending.drain(..end + 4).collect();
            return parse(&head);
        }
        if pending.len() > limits.head_bytes {
            return Err(Ended::Status(431, "the request head is too large\n"));
        }
        let deadline = match started {
            Some(at) => at + limits.head_time,
            None => waiting_since + limits.idle,
        };
        let now = Instant::now();
        if now >= deadline {
            return match started {
                Some(_) => Err(Ended::Status(408, "the request took too long to arrive\n")),
                None => Err(Ended::Quiet),
            };
        }
        if stopping() {
            return Err(Ended::Quiet);
        }
        let _ = stream.set_read_timeout(Some((deadline - now).clamp(Duration::from_millis(1), POLL)));
        match stream.read(&mut buf) {
            Ok(0) => return Err(Ended::Quiet),
            Ok(n) => {
                started.get_or_insert_with(Instant::now);
                pending.extend_from_slice(&buf[..n]);
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted
                ) => {}
            Err(_) => return Err(Ended::Quiet),
        }
    }
}

fn find_head_end(bytes: &[u8]) -> Option<usize> {
    bytes.windows(4).position(|w| w == b"\r\n\r\n")
}

fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn parse(head: &[u8]) -> Result<Request, Ended> {
    let bad = Ended::Status(400, "bad request\n");
    let text = String::from_utf8_lossy(&head[..head.len().saturating_sub(4)]);
    let mut lines = text.split("\r\n");
    let line = lines.next().unwrap_or("");
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad);
    };
    if !is_token(method) || target.is_empty() {
        return Err(bad);
    }
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        v if v.starts_with("HTTP/") => return Err(Ended::Status(505, "only HTTP/1.1 is spoken here\n")),
        _ => return Err(bad),
    };
    let mut headers = Vec::new();
    for line in lines {
        if headers.len() >= MAX_HEADERS {
            return Err(Ended::Status(431, "too many request headers\n"));
        }
        // A continued line (obsolete folding) is refused, as the RFC allows.
        let Some((name, value)) = line.split_once(':') else { return Err(bad) };
        if !is_token(name) {
            return Err(bad);
        }
        headers.push((name.to_string(), value.trim().to_string()));
    }
    let mut request =
        Request { method: method.to_string(), target: target.to_string(), headers, close: http10, has_body: false };
    if let Some(connection) = request.header("Connection") {
        let words: Vec<String> = connection.split(',').map(|w| w.trim().to_ascii_lowercase()).collect();
        if words.iter().any(|w| w == "close") {
            request.close = true;
        } else if words.iter().any(|w| w == "keep-alive") {
            request.close = false;
        }
    }
    let length = request.header("Content-Length").map(|v| v.trim().parse::<u64>());
    request.has_body = request.header("Transfer-Encoding").is_some() || matches!(length, Some(Ok(n)) if n > 0);
    if matches!(length, Some(Err(_))) {
        return Err(bad);
    }
    Ok(request)
}

/// Writes a response; `Ok(true)` when the connection may carry another.
fn send(stream: &mut TcpStream, response: Response, head_only: bool, keep: bool) -> io::Result<bool> {
    let Response { status, headers, body } = response;
    let len = match &body {
        Body::Bytes(b) => Some(b.len() as u64),
        Body::File(_, len) => Some(*len),
        Body::Takeover(_) => None,
    };
    let Some(len) = len else {
        let Body::Takeover(take) = body else { return Ok(false) };
        let writer = stream.try_clone()?;
        take(Box::new(writer));
        return Ok(false);
    };
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in &headers {
        // Values are made here, but a header must never carry a line break.
        let value: String = value.chars().filter(|c| *c != '\r' && *c != '\n').collect();
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {len}\r\nConnection: {}\r\n\r\n",
        if keep { "keep-alive" } else { "close" }
    ));
    stream.write_all(head.as_bytes())?;
    if head_only {
        return Ok(true);
    }
    match body {
        Body::Bytes(bytes) => stream.write_all(&bytes)?,
        Body::File(file, len) => {
            let copied = io::copy(&mut file.take(len), stream)?;
            if copied < len {
                // The file shrank while it was sent: the length said is wrong now.
                return Ok(false);
            }
        }
        Body::Takeover(_) => return Ok(false),
    }
    stream.flush()?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(text: &str) -> Result<Request, u16> {
        parse(text.as_bytes()).map_err(|e| match e {
            Ended::Status(s, _) => s,
            Ended::Quiet => 0,
        })
    }

    #[test]
    fn request_heads_are_parsed_strictly() {
        let r = request("GET /a/?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
        assert_eq!((r.method.as_str(), r.target.as_str(), r.header("host")), ("GET", "/a/?x=1", Some("127.0.0.1")));
        assert!(r.close && !r.has_body);
        assert!(request("GET / HTTP/1.0\r\n\r\n").unwrap().close, "1.0 closes unless asked");
        assert!(!request("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").unwrap().close);
        assert!(request("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\n").unwrap().has_body);
        assert_eq!(request("GET /\r\n\r\n").unwrap_err(), 400);
        assert_eq!(request("GET / HTTP/2.0\r\n\r\n").unwrap_err(), 505);
        assert_eq!(request("GET / HTTP/1.1\r\n folded\r\n\r\n").unwrap_err(), 400);
        assert_eq!(request("GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n").unwrap_err(), 400);
        let many = format!("GET / HTTP/1.1\r\n{}\r\n", "X-A: 1\r\n".repeat(101));
        assert_eq!(request(&many).unwrap_err(), 431);
    }
}
