//! Answering requests from the in-memory output: files with their content
//! types, folder redirects, the theme's 404 page, and the live-reload
//! endpoints under `/__mediakit/`.

use std::io::Cursor;
use std::sync::Arc;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use crate::serve::events::{self, Events};
use crate::serve::inject;
use crate::serve::mime;
use crate::serve::resolve::{self, Refused, Target};
use crate::serve::signal;
use crate::write::memory::{Bytes, Output};

pub struct Context {
    pub output: Arc<Output>,
    pub events: Arc<Events>,
    /// `Host` values answered to; `None` when bound beyond loopback.
    pub hosts: Option<Vec<String>>,
}

/// A response body borrowed from the output without copying it.
struct Shared(Bytes);

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        self.0.as_slice()
    }
}

type Reply = Response<Cursor<Shared>>;

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

fn reply(status: u16, content_type: &str, body: Bytes) -> Reply {
    let len = body.len();
    let mut r = Response::new(StatusCode(status), Vec::new(), Cursor::new(Shared(body)), Some(len), None);
    for (name, value) in [
        ("Content-Type", content_type),
        // A preview must always show the latest build.
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
    ] {
        if let Some(h) = header(name, value) {
            r.add_header(h);
        }
    }
    r
}

fn text(status: u16, body: &str) -> Reply {
    reply(status, "text/plain; charset=utf-8", Arc::new(body.as_bytes().to_vec()))
}

pub fn handle(request: Request, ctx: &Context) {
    if let Some(hosts) = &ctx.hosts {
        let host =
            request.headers().iter().find(|h| h.field.equiv("Host")).map(|h| h.value.as_str().to_ascii_lowercase());
        if host.is_some_and(|h| !hosts.contains(&h)) {
            let _ = request.respond(text(403, "mediakit serve answers only to localhost on this address\n"));
            return;
        }
    }
    if !matches!(request.method(), Method::Get | Method::Head) {
        let mut r = text(405, "mediakit serve only answers GET and HEAD\n");
        if let Some(h) = header("Allow", "GET, HEAD") {
            r.add_header(h);
        }
        let _ = request.respond(r);
        return;
    }
    let target = request.url().to_string();
    let (path, query) = resolve::split_query(&target);
    if let Some(internal) = path.strip_prefix("/__mediakit/") {
        internal_endpoint(request, internal, ctx);
        return;
    }
    let response = match resolve::resolve(path) {
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
    };
    let _ = request.respond(response);
}

fn serve_file(ctx: &Context, file: &str) -> Reply {
    let found = ctx.output.fetch(file).map(|b| {
        let status = ctx.output.status();
        (b, status.generation, status.problems, status.built)
    });
    match found {
        Some((bytes, generation, problems, _)) => {
            let kind = mime::content_type(file);
            let body = if mime::is_html(file) {
                Arc::new(inject::inject(&bytes, file, generation, problems.as_deref()))
            } else {
                bytes
            };
            let mut r = reply(200, kind, body);
            if kind == "application/pdf" {
                let name = file.rsplit('/').next().unwrap_or("document.pdf");
                let safe = name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
                let value = if safe { format!("inline; filename=\"{name}\"") } else { "inline".to_string() };
                if let Some(h) = header("Content-Disposition", &value) {
                    r.add_header(h);
                }
            }
            r
        }
        None => not_found(ctx),
    }
}

fn not_found(ctx: &Context) -> Reply {
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

fn redirect(location: &str) -> Reply {
    let mut r = text(301, &format!("moved to {location}\n"));
    if let Some(h) = header("Location", location) {
        r.add_header(h);
    }
    r
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

fn internal_endpoint(request: Request, name: &str, ctx: &Context) {
    match name {
        "live.js" => {
            let _ = request.respond(reply(
                200,
                "text/javascript; charset=utf-8",
                Arc::new(inject::SCRIPT.as_bytes().to_vec()),
            ));
        }
        "status" => {
            let s = ctx.output.status();
            let body = serde_json::json!({
                "generation": s.generation,
                "built": s.built,
                "ok": s.problems.is_none(),
                "problems": s.problems,
            });
            let _ = request.respond(reply(200, "application/json", Arc::new(body.to_string().into_bytes())));
        }
        "events" => {
            // Subscribe before reading the state, so no change falls between them.
            let rx = ctx.events.subscribe();
            let status = ctx.output.status();
            let writer = request.into_writer();
            let spawned = std::thread::Builder::new()
                .name("mediakit-events".to_string())
                .spawn(move || events::stream(writer, rx, &status, signal::stopping));
            if let Err(e) = spawned {
                eprintln!("warning: cannot open an event stream: {e}");
            }
        }
        _ => {
            let _ = request.respond(text(404, "not found\n"));
        }
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
