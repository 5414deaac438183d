//! What reading content files costs: every creator and campaign of a site
//! read the way `check` and `build` read them (a tree with positions,
//! validated against the schema, then the model), against deserialising the
//! same text straight into the model with serde-saphyr, which stops at the
//! first error and says nothing of the rest. Prints figures; asserts nothing.
//!
//! ```sh
//! cargo run --release --example gen_site -- --creators 1000 --out /tmp/site
//! cargo run --release --example bench_load -- /tmp/site
//! ```

use std::path::Path;
use std::time::{Duration, Instant};

use mediakit::load::yaml;
use mediakit::model::campaign::Campaign;
use mediakit::model::creator::Creator;

fn texts(dir: &Path) -> Vec<String> {
    let mut files: Vec<_> =
        std::fs::read_dir(dir).map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

/// The fastest of `runs` passes of each way over every text, the two taking
/// turns so that a change in the machine's load hits both.
fn best_of_each(
    runs: usize,
    mut a: impl FnMut() -> usize,
    mut b: impl FnMut() -> usize,
) -> ((Duration, usize), (Duration, usize)) {
    let (mut fa, mut fb) = ((Duration::MAX, 0), (Duration::MAX, 0));
    for _ in 0..runs {
        let started = Instant::now();
        let n = a();
        fa = (fa.0.min(started.elapsed()), n);
        let started = Instant::now();
        let n = b();
        fb = (fb.0.min(started.elapsed()), n);
    }
    (fa, fb)
}

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: bench_load SITE_DIR");
        std::process::exit(2);
    };
    let root = Path::new(&root);
    let creators = texts(&root.join("content/creators"));
    let campaigns = texts(&root.join("content/campaigns"));
    let bytes: usize = creators.iter().chain(&campaigns).map(String::len).sum();
    println!(
        "{} creators and {} campaigns, {:.1} MB of YAML, one thread, best of 5 taking turns",
        creators.len(),
        campaigns.len(),
        bytes as f64 / 1e6
    );
    let ((serde, n1), (checked, n2)) = best_of_each(
        5,
        || {
            creators.iter().filter(|t| serde_saphyr::from_str::<Creator>(t).is_ok()).count()
                + campaigns.iter().filter(|t| serde_saphyr::from_str::<Campaign>(t).is_ok()).count()
        },
        || {
            creators.iter().filter(|t| yaml::read::<Creator>("c.yaml", t).is_clean()).count()
                + campaigns.iter().filter(|t| yaml::read::<Campaign>("c.yaml", t).is_clean()).count()
        },
    );
    let per_mb = |d: Duration| d.as_secs_f64() * 1e6 / bytes.max(1) as f64;
    println!(
        "serde-saphyr straight into the model: {:>8.1} ms ({:.1} ms/MB, {n1} read)",
        serde.as_secs_f64() * 1e3,
        per_mb(serde) * 1e3
    );
    println!(
        "tree + schema + model (mediakit):     {:>8.1} ms ({:.1} ms/MB, {n2} read)",
        checked.as_secs_f64() * 1e3,
        per_mb(checked) * 1e3
    );
    println!("ratio: {:.2}×", checked.as_secs_f64() / serde.as_secs_f64().max(1e-9));
}
