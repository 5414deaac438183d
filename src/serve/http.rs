//! Answering requests from the in-memory output: files with their content
//! types, folder redirects, the theme's 404 page, and the live-reload
//! endpoints under `/__mediakit/`. (The connections themselves, and their
//! limits, are `server`'s.)

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::serve::events::{self, Events};
use crate::serve::inject;
use crate::serve::mime;
use crate::serve::resolve::{self, Refused, Target};
use crate::serve::server::{Body, Request, Response};
use crate::serve::signal;
use crate::write::memory::{Bytes, Output, READ_LIMIT, Served};

/// Event streams open at once (each open page holds one); past this a new
/// one is refused and the page retries, so streams cannot take every connection.
pub const MAX_STREAMS: usize = 32;

pub struct Context {
    pub output: Arc<Output>,
    pub events: Arc<Events>,
    /// `Host` values answered to; `None` when bound beyond loopback.
    pub hosts: Option<Vec<String>>,
    /// The site folder: a file served from disk must still be inside it.
    pub root: PathBuf,
    /// Event streams open now.
    pub streams: Arc<AtomicUsize>,
}

fn reply(status: u16, content_type: &str, body: Bytes) -> Response {
    Response::new(status, content_type, Body::Bytes(body))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
}

fn text(status: u16, body: &str) -> Response {
    reply(status, "text/plain; charset=utf-8", Arc::new(body.as_bytes().to_vec()))
}

pub fn handle(request: &Request, ctx: &Context) -> Response {
    if let Some(hosts) = &ctx.hosts {
        let host = request.header("Host").map(str::to_ascii_lowercase);
        if host.is_some_and(|h| !hosts.contains(&h)) {
            return text(403, "mediakit serve answers only to localhost on this address\n");
        }
    }
    if !matches!(request.method.as_str(), "GET" | "HEAD") {
        return text(405, "mediakit serve only answers GET and HEAD\n").header("Allow", "GET, HEAD");
    }
    let (path, query) = resolve::split_query(&request.target);
    if let Some(internal) = path.strip_prefix("/__mediakit/") {
        return internal_endpoint(internal, ctx);
    }
    match resolve::resolve(path) {
        Ok(Target::File(file)) => serve_file(ctx, &file),
        Ok(Target::MaybeFolder { index }) => {
            let (is_folder, is_file) =
                ctx.output.read(|layers, _| (layers.contains(&index), layers.contains(resolve::as_file(&index))));
            if is_file {
                serve_file(ctx, resolve::as_file(&index))
            } else if is_folder {
                redirect(&format!("{}{query}", encode_path(&resolve::url_of(&index))))
            } else {
                not_found(ctx)
            }
        }
        Err(refused) => {
            let why = match refused {
                Refused::NotAbsolute => "the address must start with /",
                Refused::BadEncoding => "the address is not valid percent-encoded UTF-8",
                Refused::Traversal => "the address leaves the site",
                Refused::ControlCharacter => "the address contains a control character",
            };
            text(400, &format!("bad request: {why}\n"))
        }
    }
}

/// Opens a file served from disk, only if it is a regular file still inside
/// the site (a folder on its way may have become a link since it was listed).
fn open_inside(root: &Path, path: &Path) -> Option<(std::fs::File, u64)> {
    let real = path.canonicalize().ok()?;
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    if !real.starts_with(&root) {
        return None;
    }
    let file = crate::paths::open_regular(&real).ok()?;
    let len = file.metadata().ok()?.len();
    Some((file, len))
}

fn serve_file(ctx: &Context, file: &str) -> Response {
    let Some(served) = ctx.output.fetch(file) else { return not_found(ctx) };
    let status = ctx.output.status();
    let kind = mime::content_type(file);
    let mut response = match served {
        Served::Bytes(bytes) if mime::is_html(file) => {
            reply(200, kind, Arc::new(inject::inject(&bytes, file, status.generation, status.problems.as_deref())))
        }
        Served::Bytes(bytes) => reply(200, kind, bytes),
        Served::File(path) => {
            let Some((handle, len)) = open_inside(&ctx.root, &path) else { return not_found(ctx) };
            if mime::is_html(file) && len <= READ_LIMIT {
                // A page of static/ gets the reload script like any other.
                let mut bytes = Vec::with_capacity(len as usize);
                if std::io::Read::read_to_end(&mut std::io::Read::take(handle, len), &mut bytes).is_err() {
                    return not_found(ctx);
                }
                reply(200, kind, Arc::new(inject::inject(&bytes, file, status.generation, status.problems.as_deref())))
            } else {
                Response::new(200, kind, Body::File(handle, len))
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
            }
        }
    };
    if kind == "application/pdf" {
        let name = file.rsplit('/').next().unwrap_or("document.pdf");
        let safe = name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        let value = if safe { format!("inline; filename=\"{name}\"") } else { "inline".to_string() };
        response = response.header("Content-Disposition", value);
    }
    response
}

fn not_found(ctx: &Context) -> Response {
    let found = ctx
        .output
        .read(|layers, status| (layers.get("404.html"), status.generation, status.problems.clone(), status.built));
    match found {
        (Some(page), generation, problems, _) => reply(
            404,
            "text/html; charset=utf-8",
            Arc::new(inject::inject(&page, "404.html", generation, problems.as_deref())),
        ),
        (None, generation, problems, false) => {
            reply(503, "text/html; charset=utf-8", Arc::new(inject::no_build_page(generation, problems.as_deref())))
        }
        (None, ..) => text(404, "not found\n"),
    }
}

fn redirect(location: &str) -> Response {
    text(301, &format!("moved to {location}\n")).header("Location", location)
}

/// A URL path with everything but unreserved characters and `/` percent-encoded.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Counts an open event stream for as long as it lives.
struct StreamSlot(Arc<AtomicUsize>);

impl Drop for StreamSlot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn internal_endpoint(name: &str, ctx: &Context) -> Response {
    match name {
        "live.js" => reply(200, "text/javascript; charset=utf-8", Arc::new(inject::SCRIPT.as_bytes().to_vec())),
        "status" => {
            let s = ctx.output.status();
            let body = serde_json::json!({
                "generation": s.generation,
                "built": s.built,
                "ok": s.problems.is_none(),
                "problems": s.problems,
            });
            reply(200, "application/json", Arc::new(body.to_string().into_bytes()))
        }
        "events" => {
            if ctx.streams.fetch_add(1, Ordering::SeqCst) >= MAX_STREAMS {
                ctx.streams.fetch_sub(1, Ordering::SeqCst);
                return text(503, "too many open event streams\n").header("Retry-After", "2");
            }
            let slot = StreamSlot(ctx.streams.clone());
            // Subscribe before reading the state, so no change falls between them.
            let rx = ctx.events.subscribe();
            let status = ctx.output.status();
            Response::new(
                200,
                "text/event-stream",
                Body::Takeover(Box::new(move |writer| {
                    let _slot = slot;
                    events::stream(writer, rx, &status, signal::stopping);
                })),
            )
        }
        _ => text(404, "not found\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_targets_are_encoded() {
        assert_eq!(encode_path("/creators/ava-chen/"), "/creators/ava-chen/");
        assert_eq!(encode_path("/photos/my trip/"), "/photos/my%20trip/");
        assert_eq!(encode_path("/a\"b/"), "/a%22b/");
    }
}
