//! Milliseconds per PDF, in process.
//!
//! ```sh
//! cargo bench --bench pdf                        # the demo site in content/
//! cargo bench --bench pdf -- --site /tmp/site    # also every PDF of a generated site
//! cargo bench --bench pdf -- --only kit          # only kits (or: report, card), no unbroken-text runs
//! cargo bench --bench pdf -- --only long         # only the unbroken-text runs
//! ```
//!
//! On the demo site every report and kit is rendered many times and the
//! median is printed, per document and over all kits and all reports. With
//! `--site` (a site from `cargo run --release --example gen_site`), every PDF
//! of that site is rendered once on this thread, then once more on all cores
//! as a build would, and the throughput is printed.
//!
//! Then a kit and a report whose name (and the report's summary) is one
//! unbroken run of 1,000 to 100,000 letters, each made once: line breaking
//! takes time in proportion to the text, so the figures grow tenfold, not a
//! hundredfold, from one row to the next.

use std::path::PathBuf;
use std::time::Instant;

use mediakit::pipeline::{self, BuildOptions, Engine, Pdfs};
use mediakit::present::{CampaignView, CreatorView};
use rayon::prelude::*;

const ROUNDS: usize = 60;

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
    bytes: usize,
}

fn time(mut run: impl FnMut() -> usize) -> Timing {
    // A first run outside the samples parses the fonts and warms the caches.
    let bytes = run();
    let mut wall = Vec::with_capacity(ROUNDS);
    let mut cpu = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let (start, start_cpu) = (Instant::now(), cpu_ms());
        std::hint::black_box(run());
        cpu.push(cpu_ms() - start_cpu);
        wall.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    Timing { wall: median(wall), cpu: median(cpu), bytes }
}

/// A loaded site with every view built once, as a build builds them: the
/// timings are of the PDFs alone.
struct Loaded {
    engine: Engine,
    kits: Vec<CreatorView>,
    reports: Vec<CampaignView>,
}

fn load(root: PathBuf) -> Loaded {
    let options = BuildOptions { root: root.clone(), out: None, base_url: None };
    let engine = match pipeline::load(&options, Pdfs::Render) {
        Ok(engine) => engine,
        Err(d) => panic!("{} does not load:\n{}", root.display(), d.render()),
    };
    let kits = (0..engine.site().creators.len()).map(|i| engine.creator_view(i)).collect();
    let reports = (0..engine.site().campaigns.len()).map(|i| engine.campaign_view(i)).collect();
    Loaded { engine, kits, reports }
}

fn report_pdf(l: &Loaded, i: usize) -> Vec<u8> {
    l.engine.pdf().report(&l.reports[i]).expect("report").bytes
}

fn kit_pdf(l: &Loaded, i: usize) -> Vec<u8> {
    l.engine.pdf().kit(&l.kits[i]).expect("kit").bytes
}

fn demo(only: Option<&str>) {
    let l = load(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    println!("Demo site, median of {ROUNDS} runs each: wall clock and this thread's CPU time");
    let mut reports = Vec::new();
    if only != Some("kit") {
        for (i, entry) in l.engine.site().campaigns.iter().enumerate() {
            let pages = page_count(&report_pdf(&l, i));
            let t = time(|| report_pdf(&l, i).len());
            println!(
                "  report {:<22} {:>6.2} ms wall {:>6.2} ms cpu  {pages:>2} pages {:>6.1} KB",
                entry.slug,
                t.wall,
                t.cpu,
                t.bytes as f64 / 1024.0
            );
            reports.push((t, pages));
        }
    }
    let mut kits = Vec::new();
    if only != Some("report") {
        for (i, entry) in l.engine.site().creators.iter().enumerate() {
            let t = time(|| kit_pdf(&l, i).len());
            println!(
                "  kit    {:<22} {:>6.2} ms wall {:>6.2} ms cpu   1 page  {:>6.1} KB",
                entry.slug,
                t.wall,
                t.cpu,
                t.bytes as f64 / 1024.0
            );
            kits.push(t);
        }
    }
    if !kits.is_empty() {
        let (wall, cpu) = (median(kits.iter().map(|t| t.wall).collect()), median(kits.iter().map(|t| t.cpu).collect()));
        println!("  median kit:    {wall:>6.2} ms wall {cpu:>6.2} ms cpu");
    }
    if !reports.is_empty() {
        let wall = median(reports.iter().map(|(t, _)| t.wall).collect());
        let cpu = median(reports.iter().map(|(t, _)| t.cpu).collect());
        let per_page: f64 = reports.iter().map(|(t, p)| t.cpu / (*p).max(1) as f64).sum::<f64>() / reports.len() as f64;
        println!("  median report: {wall:>6.2} ms wall {cpu:>6.2} ms cpu  ({per_page:.2} ms cpu per page)");
    }
    if only.is_none() || only == Some("card") {
        cards(&l);
    }
}

/// The link-preview cards (PNG) of every kit, rate card and report.
fn cards(l: &Loaded) {
    let cards = l.engine.previews();
    let mut all = Vec::new();
    let mut report = |kind: &str, slug: &str, t: Timing| {
        println!(
            "  card   {kind:<6} {slug:<15} {:>6.2} ms wall {:>6.2} ms cpu  {:>6.1} KB",
            t.wall,
            t.cpu,
            t.bytes as f64 / 1024.0
        );
        all.push(t);
    };
    for (i, view) in l.kits.iter().enumerate() {
        let slug = &l.engine.site().creators[i].slug;
        report("kit", slug, time(|| cards.kit(view).expect("card").bytes.len()));
        if cards.rates(view).is_some() {
            report("rates", slug, time(|| cards.rates(view).and_then(Result::ok).map_or(0, |f| f.bytes.len())));
        }
    }
    for (i, view) in l.reports.iter().enumerate() {
        let slug = &l.engine.site().campaigns[i].slug;
        report("report", slug, time(|| cards.report(view).expect("card").bytes.len()));
    }
    let cpu = median(all.iter().map(|t| t.cpu).collect());
    let kb = median(all.iter().map(|t| t.bytes as f64).collect()) / 1024.0;
    println!(
        "  median card:   {:>6.2} ms wall {cpu:>6.2} ms cpu  {kb:.1} KB",
        median(all.iter().map(|t| t.wall).collect())
    );
}

/// Every PDF of a generated site: once in a row on this thread (CPU per
/// PDF), then on all cores the way a build makes them (PDFs per second).
fn site(root: PathBuf, only: Option<&str>) {
    let l = load(root.clone());
    let (kits, reports) = (l.engine.site().creators.len(), l.engine.site().campaigns.len());
    println!("{}: {kits} kits, {reports} reports", root.display());
    let _warm = (kit_pdf(&l, 0), report_pdf(&l, 0));
    let mut pages = 0;
    let mut bytes = 0;
    if only != Some("report") {
        let start = cpu_ms();
        for i in 0..kits {
            bytes += kit_pdf(&l, i).len();
        }
        let ms = cpu_ms() - start;
        println!("  kits, one thread:    {:>6.2} ms cpu per kit     ({:.0} ms in all)", ms / kits as f64, ms);
    }
    if only != Some("kit") {
        let start = cpu_ms();
        for i in 0..reports {
            let pdf = report_pdf(&l, i);
            pages += page_count(&pdf);
            bytes += pdf.len();
        }
        let ms = cpu_ms() - start;
        println!(
            "  reports, one thread: {:>6.2} ms cpu per report  ({:.2} ms per page, {:.1} pages each, {:.0} ms in all)",
            ms / reports as f64,
            ms / pages.max(1) as f64,
            pages as f64 / reports.max(1) as f64,
            ms
        );
    }
    let jobs: Vec<(bool, usize)> = match only {
        Some("kit") => (0..kits).map(|i| (true, i)).collect(),
        Some("report") => (0..reports).map(|i| (false, i)).collect(),
        _ => (0..kits).map(|i| (true, i)).chain((0..reports).map(|i| (false, i))).collect(),
    };
    let start = Instant::now();
    let total: usize =
        jobs.par_iter().map(|&(kit, i)| if kit { kit_pdf(&l, i).len() } else { report_pdf(&l, i).len() }).sum();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "  all cores ({}):       {} PDFs in {:.2} s wall = {:.0} PDFs/s, {:.1} MB",
        rayon::current_num_threads(),
        jobs.len(),
        secs,
        jobs.len() as f64 / secs,
        total as f64 / 1e6
    );
    std::hint::black_box((pages, bytes));
}

/// A kit and a report with an unbroken name of `letters` letters, each
/// made once, in milliseconds of this thread's CPU time.
fn long_text() {
    println!("Unbroken text, one run each: a name (and a summary) of N letters without a space");
    let dir = std::env::temp_dir().join(format!("mediakit-bench-long-{}", std::process::id()));
    for letters in [1_000usize, 10_000, 30_000, 100_000] {
        let _ = std::fs::remove_dir_all(&dir);
        let run = "W".repeat(letters);
        let files = [
            ("mediakit.yaml", "title: Bench\n".to_string()),
            (
                "content/creators/long.yaml",
                format!(
                    "name: {run}\ntagline: {run}\nplatforms:\n  - {{platform: instagram, followers: 1000, avg_likes: 50}}\n"
                ),
            ),
            (
                "content/campaigns/long.yaml",
                format!(
                    "name: {run}\nbrand: {run}\nsummary: {run}\ncreators:\n  - creator: long\n    posts: [{{platform: instagram, likes: 10}}]\n"
                ),
            ),
        ];
        for (rel, text) in &files {
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        }
        let l = load(dir.clone());
        let start = cpu_ms();
        let kit = kit_pdf(&l, 0).len();
        let kit_ms = cpu_ms() - start;
        let start = cpu_ms();
        let report = report_pdf(&l, 0).len();
        let report_ms = cpu_ms() - start;
        std::hint::black_box((kit, report));
        println!("  {letters:>7} letters: kit {kit_ms:>8.1} ms cpu   report {report_ms:>8.1} ms cpu");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let only = value("--only");
    let only = only.as_deref();
    if only == Some("long") {
        long_text();
        return;
    }
    demo(only);
    if only.is_none() {
        long_text();
    }
    if let Some(root) = value("--site") {
        site(PathBuf::from(root), only);
    }
}

/// Pages in a PDF, read from its page tree's /Count.
fn page_count(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    text.split("/Count ")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok())
        .unwrap_or(0)
}
