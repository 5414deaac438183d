//! The progress line of a long build: one line on stderr, updated in place
//! and cleared at the end. Only shown on a terminal outside CI (the caller
//! decides), and only once a build has run long enough to need it.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::{Scope, ScopedJoinHandle};
use std::time::Duration;

/// Builds shorter than this finish before any line is drawn.
const DELAY: Duration = Duration::from_millis(300);
const TICK: Duration = Duration::from_millis(100);

pub struct Line<'scope> {
    stop: Arc<AtomicBool>,
    handle: ScopedJoinHandle<'scope, ()>,
}

/// `12,345` — the thousands of a count, in the terminal's plain English.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

impl<'scope> Line<'scope> {
    pub fn start<'env>(scope: &'scope Scope<'scope, 'env>, done: &'env AtomicUsize, total: usize) -> Line<'scope> {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let handle = scope.spawn(move || {
            let mut waited = Duration::ZERO;
            let mut shown = false;
            let mut last = usize::MAX;
            while !flag.load(Ordering::Relaxed) {
                std::thread::sleep(TICK);
                waited += TICK;
                if waited < DELAY {
                    continue;
                }
                let n = done.load(Ordering::Relaxed).min(total);
                if n == last {
                    continue;
                }
                last = n;
                let mut err = std::io::stderr().lock();
                let _ = write!(err, "\r\x1b[KRendering {}/{} …", grouped(n), grouped(total));
                let _ = err.flush();
                shown = true;
            }
            if shown {
                let mut err = std::io::stderr().lock();
                let _ = write!(err, "\r\x1b[K");
                let _ = err.flush();
            }
        });
        Line { stop, handle }
    }

    /// Stops the line and clears it.
    pub fn finish(self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.handle.join();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_with_separators() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(4210), "4,210");
        assert_eq!(grouped(11_000_000), "11,000,000");
    }
}
