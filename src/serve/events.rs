//! Server-sent events: every open page holds one stream and hears which
//! output paths a rebuild changed, and when the content has problems.

use std::io::Write;
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use serde_json::json;

use crate::write::memory::Status;

/// More changed paths than this are announced as "everything changed", to
/// keep messages small after a full rebuild.
const MAX_LISTED: usize = 2_000;

/// A comment line now and then lets a stream notice a closed tab.
const KEEPALIVE: Duration = Duration::from_secs(15);

#[derive(Default)]
pub struct Events {
    clients: Mutex<Vec<Sender<String>>>,
}

impl Events {
    pub fn subscribe(&self) -> Receiver<String> {
        let (tx, rx) = mpsc::channel();
        self.lock().push(tx);
        rx
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Sender<String>>> {
        self.clients.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn broadcast(&self, message: String) {
        self.lock().retain(|c| c.send(message.clone()).is_ok());
    }

    pub fn clients(&self) -> usize {
        self.lock().len()
    }

    pub fn reload(&self, generation: u64, paths: &[String]) {
        let data = if paths.len() > MAX_LISTED {
            json!({"generation": generation, "all": true, "paths": []})
        } else {
            json!({"generation": generation, "all": false, "paths": paths})
        };
        self.broadcast(message("reload", &data));
    }

    pub fn problems(&self, text: &str) {
        self.broadcast(message("problems", &json!({ "text": text })));
    }

    pub fn resolved(&self) {
        self.broadcast(message("ok", &json!({})));
    }

    /// Ends every stream (on shutdown).
    pub fn close(&self) {
        self.lock().clear();
    }
}

fn message(event: &str, data: &serde_json::Value) -> String {
    // JSON has no raw newlines, so the data always fits one `data:` line.
    format!("event: {event}\ndata: {data}\n\n")
}

pub fn hello(status: &Status) -> String {
    message("hello", &json!({"generation": status.generation, "problems": status.problems}))
}

/// Writes one stream until the page goes away or the server stops.
pub fn stream(mut writer: Box<dyn Write + Send>, rx: Receiver<String>, status: &Status, stopping: fn() -> bool) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n\r\n";
    let first = format!("{head}retry: 500\n\n{}", hello(status));
    if writer.write_all(first.as_bytes()).and_then(|()| writer.flush()).is_err() {
        return;
    }
    loop {
        let text = match rx.recv_timeout(KEEPALIVE) {
            Ok(text) => text,
            Err(RecvTimeoutError::Timeout) => ": keepalive\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => break,
        };
        if stopping() || writer.write_all(text.as_bytes()).and_then(|()| writer.flush()).is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_one_event_each() {
        let events = Events::default();
        let rx = events.subscribe();
        events.reload(3, &["creators/a/index.html".to_string()]);
        events.problems("error: bad\n --> a.yaml:1:1\n");
        let reload = rx.recv().unwrap();
        assert_eq!(
            reload,
            "event: reload\ndata: {\"all\":false,\"generation\":3,\"paths\":[\"creators/a/index.html\"]}\n\n"
        );
        let problems = rx.recv().unwrap();
        assert_eq!(problems.matches('\n').count(), 3, "{problems}");
        drop(rx);
        events.resolved();
        assert_eq!(events.clients(), 0, "a closed stream is forgotten");
    }
}
