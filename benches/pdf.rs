//! Milliseconds per PDF, in process, on the demo site: every campaign report
//! and every media kit, each rendered many times; prints the median.
//!
//! Run with `cargo bench --bench pdf`.

use std::path::PathBuf;
use std::time::Instant;

use mediakit::compute;
use mediakit::pipeline::{self, BuildOptions};
use mediakit::render::Renderer;

const ROUNDS: usize = 100;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// CPU time of this thread: on a machine shared with other work it says
/// what a PDF costs better than the wall clock does.
fn cpu_ms() -> f64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes into the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 * 1000.0 + t.tv_nsec as f64 / 1.0e6
}

struct Timing {
    wall: f64,
    cpu: f64,
    first: f64,
    bytes: usize,
}

fn time(mut run: impl FnMut() -> usize) -> Timing {
    // The first run parses the fonts once per process; it is reported apart.
    let start = Instant::now();
    let bytes = run();
    let first = start.elapsed().as_secs_f64() * 1000.0;
    let mut wall = Vec::with_capacity(ROUNDS);
    let mut cpu = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let (start, start_cpu) = (Instant::now(), cpu_ms());
        std::hint::black_box(run());
        cpu.push(cpu_ms() - start_cpu);
        wall.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    Timing { wall: median(wall), cpu: median(cpu), first, bytes }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let options = BuildOptions { root, out: None, base_url: None };
    let (site, _) = match pipeline::load(&options) {
        Ok(loaded) => loaded,
        Err(d) => panic!("the demo site does not load:\n{}", d.render()),
    };
    let figures = compute::compute_site(&site);
    let renderer = Renderer::new(&site).unwrap_or_else(|d| panic!("{}", d.message));
    println!("PDF benchmark, in process, median of {ROUNDS} runs: wall clock and this thread's CPU time");
    println!("  (the first run, which also parses the fonts, in brackets)");
    let mut kits = Vec::new();
    for (entry, f) in site.campaigns.iter().zip(&figures.campaigns) {
        let mut last = Vec::new();
        let t = time(|| {
            let files = mediakit::pdf::campaign_pdf(entry, f, &renderer).expect("report");
            last = files[0].bytes.clone();
            last.len()
        });
        println!(
            "  report {:<20} {:>6.2} ms wall {:>6.2} ms cpu  ({:>6.2} ms)  {:>2} pages {:>6.1} KB",
            entry.slug,
            t.wall,
            t.cpu,
            t.first,
            page_count(&last),
            t.bytes as f64 / 1024.0
        );
    }
    for (entry, f) in site.creators.iter().zip(&figures.creators) {
        let t = time(|| mediakit::pdf::creator_pdf(entry, f, &renderer).expect("kit")[0].bytes.len());
        println!(
            "  kit    {:<20} {:>6.2} ms wall {:>6.2} ms cpu  ({:>6.2} ms)   1 page  {:>6.1} KB",
            entry.slug,
            t.wall,
            t.cpu,
            t.first,
            t.bytes as f64 / 1024.0
        );
        kits.push(t);
    }
    let wall = median(kits.iter().map(|t| t.wall).collect());
    let cpu = median(kits.iter().map(|t| t.cpu).collect());
    println!("  median kit: {wall:.2} ms wall, {cpu:.2} ms cpu");
}

/// Pages in a PDF, read from its page tree's /Count.
fn page_count(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    text.split("/Count ")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok())
        .unwrap_or(0)
}
