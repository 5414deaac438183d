//! A small Chrome DevTools Protocol client over `--remote-debugging-pipe`:
//! the browser reads NUL-terminated JSON commands on its fd 3 and writes
//! replies and events on its fd 4. No WebSocket, no extra crates.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub const TIMEOUT: Duration = Duration::from_secs(30);

pub struct Browser {
    child: Child,
    commands: File,
    messages: Receiver<Value>,
    /// Events read while waiting for a reply, kept for later.
    backlog: VecDeque<Value>,
    next_id: u64,
}

fn pipe() -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: `fds` is a valid array of two ints for pipe2 to fill.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: pipe2 succeeded, so both descriptors are open and owned by us alone.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

impl Browser {
    /// Starts headless Chromium with a fresh profile in `profile`.
    pub fn launch(binary: &str, profile: &Path) -> std::io::Result<Browser> {
        let (cmd_read, cmd_write) = pipe()?;
        let (msg_read, msg_write) = pipe()?;
        let (child_in, child_out) = (cmd_read.as_raw_fd(), msg_write.as_raw_fd());
        let log = File::create(profile.join("chromium.log"))?;
        let mut command = Command::new(binary);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--mute-audio",
                "--remote-debugging-pipe",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log);
        // SAFETY: only async-signal-safe calls (fcntl, dup2) run between fork and exec.
        unsafe {
            command.pre_exec(move || {
                // Move both ends above 3 and 4 first, so that neither dup2 below
                // overwrites the other; dup2 also clears close-on-exec.
                let a = libc::fcntl(child_in, libc::F_DUPFD, 10);
                let b = libc::fcntl(child_out, libc::F_DUPFD, 10);
                if a < 0 || b < 0 || libc::dup2(a, 3) < 0 || libc::dup2(b, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn()?;
        drop(cmd_read);
        drop(msg_write);

        let (tx, rx) = mpsc::channel();
        let reader = File::from(msg_read);
        std::thread::spawn(move || {
            let mut reader = BufReader::new(reader);
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match reader.read_until(0, &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        if buf.last() == Some(&0) {
                            buf.pop();
                        }
                        if let Ok(v) = serde_json::from_slice::<Value>(&buf)
                            && tx.send(v).is_err()
                        {
                            break;
                        }
                    }
                }
            }
        });
        Ok(Browser { child, commands: File::from(cmd_write), messages: rx, backlog: VecDeque::new(), next_id: 1 })
    }

    /// Sends a command (to the browser, or to a page's session) and waits for its reply.
    pub fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value, String> {
        let id = self.next_id;
        self.next_id += 1;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            message["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&message).map_err(|e| e.to_string())?;
        bytes.push(0);
        self.commands.write_all(&bytes).map_err(|e| format!("{method}: cannot write to the browser: {e}"))?;
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.receive(deadline).map_err(|e| format!("{method}: {e}"))?;
            if message.get("id").and_then(Value::as_u64) == Some(id) {
                if let Some(error) = message.get("error") {
                    return Err(format!("{method}: {error}"));
                }
                return Ok(message.get("result").cloned().unwrap_or(Value::Null));
            }
            if message.get("method").is_some() {
                self.backlog.push_back(message);
            }
        }
    }

    fn receive(&mut self, deadline: Instant) -> Result<Value, String> {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.messages.recv_timeout(left) {
            Ok(v) => Ok(v),
            Err(RecvTimeoutError::Timeout) => Err("the browser did not answer in time".to_string()),
            Err(RecvTimeoutError::Disconnected) => Err("the browser closed its pipe".to_string()),
        }
    }

    /// Waits for an event of `session`, keeping every other event for [`Browser::take_events`].
    pub fn wait_event(&mut self, session: &str, method: &str) -> Result<Value, String> {
        let matches = |m: &Value| {
            m.get("method").and_then(Value::as_str) == Some(method)
                && m.get("sessionId").and_then(Value::as_str) == Some(session)
        };
        if let Some(i) = self.backlog.iter().position(matches) {
            return Ok(self.backlog.remove(i).unwrap_or(Value::Null));
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.receive(deadline).map_err(|e| format!("waiting for {method}: {e}"))?;
            if matches(&message) {
                return Ok(message);
            }
            if message.get("method").is_some() {
                self.backlog.push_back(message);
            }
        }
    }

    /// Every event received so far, oldest first.
    pub fn take_events(&mut self) -> Vec<Value> {
        while let Ok(m) = self.messages.try_recv() {
            if m.get("method").is_some() {
                self.backlog.push_back(m);
            }
        }
        self.backlog.drain(..).collect()
    }

    /// Opens a tab and returns the session that talks to it, with the
    /// domains the checks listen to enabled.
    pub fn open_page(&mut self) -> Result<String, String> {
        let target = self.call(None, "Target.createTarget", json!({"url": "about:blank"}))?;
        let target_id = target["targetId"].as_str().ok_or("no targetId")?.to_string();
        let attached = self.call(None, "Target.attachToTarget", json!({"targetId": target_id, "flatten": true}))?;
        let session = attached["sessionId"].as_str().ok_or("no sessionId")?.to_string();
        for domain in ["Page", "Runtime", "Log", "Network"] {
            self.call(Some(&session), &format!("{domain}.enable"), json!({}))?;
        }
        Ok(session)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.call(None, "Browser.close", json!({}));
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Decodes standard base64 (screenshots arrive that way).
pub fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for v in text.bytes().filter_map(value) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}
