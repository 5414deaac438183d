//! Where a build spends its time, for `build --timings` and benchmarks.
//!
//! Stages that run one after another are timed by the wall clock. The
//! parallel part (pages, data files, PDFs, writing) is also broken down into
//! the time the worker threads spent on each kind of work, summed over
//! threads, so the PDF share and the HTML share can be read apart.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Kinds of work done per entry, on every worker thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// Views, charts and templates: HTML pages and data.json.
    Pages,
    Pdf,
    /// Creating folders and files in the staging folder.
    Write,
    /// Linking unchanged files from the previous output.
    Reuse,
}

const WORK: [(Work, &str); 4] =
    [(Work::Pages, "pages+json"), (Work::Pdf, "pdf"), (Work::Write, "write"), (Work::Reuse, "reuse")];

#[derive(Default)]
pub struct Timings {
    enabled: bool,
    stages: Mutex<Vec<(&'static str, Duration)>>,
    work: [AtomicU64; 4],
    counts: [AtomicUsize; 4],
}

fn slot(work: Work) -> usize {
    WORK.iter().position(|(w, _)| *w == work).unwrap_or(0)
}

impl Timings {
    pub fn new(enabled: bool) -> Timings {
        Timings { enabled, ..Timings::default() }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Runs one sequential stage and records its wall time.
    pub fn stage<R>(&self, name: &'static str, f: impl FnOnce() -> R) -> R {
        if !self.enabled {
            return f();
        }
        let started = Instant::now();
        let result = f();
        let elapsed = started.elapsed();
        self.stages.lock().unwrap_or_else(|e| e.into_inner()).push((name, elapsed));
        result
    }

    /// Runs one piece of per-entry work and adds its time to its kind.
    pub fn work<R>(&self, kind: Work, f: impl FnOnce() -> R) -> R {
        if !self.enabled {
            return f();
        }
        let started = Instant::now();
        let result = f();
        let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.work[slot(kind)].fetch_add(nanos, Ordering::Relaxed);
        self.counts[slot(kind)].fetch_add(1, Ordering::Relaxed);
        result
    }

    /// One line per stage, then the per-thread breakdown of the parallel work.
    pub fn render(&self, total: Duration) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let mut out = String::from("timings (wall):\n");
        for (name, d) in self.stages.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            out.push_str(&format!("  {name:<12} {:>9.1} ms\n", ms(*d)));
        }
        out.push_str(&format!("  {:<12} {:>9.1} ms\n", "total", ms(total)));
        out.push_str("work on the worker threads (summed over threads):\n");
        for (i, (_, name)) in WORK.iter().enumerate() {
            let n = self.counts[i].load(Ordering::Relaxed);
            if n == 0 {
                continue;
            }
            let d = Duration::from_nanos(self.work[i].load(Ordering::Relaxed));
            out.push_str(&format!("  {name:<12} {:>9.1} ms  ({n} calls)\n", ms(d)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_when_enabled() {
        let off = Timings::new(false);
        assert_eq!(off.stage("load", || 3), 3);
        assert!(off.stages.lock().unwrap().is_empty());
        let on = Timings::new(true);
        on.stage("load", || ());
        on.work(Work::Pdf, || ());
        let text = on.render(Duration::from_millis(5));
        assert!(text.contains("load") && text.contains("pdf") && !text.contains("reuse"));
    }
}
