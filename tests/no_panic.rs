//! No input makes mediakit panic (SPEC §9): mutated demo files, random YAML,
//! absurd numbers and deep nesting end in a build or in diagnostics, and a
//! successful build never writes `NaN` or an infinity.
//!
//! The fuzzer is deterministic (fixed seed, fixed case counts) so CI always
//! runs the same inputs; `MEDIAKIT_FUZZ_SEED` / `MEDIAKIT_FUZZ_CASES` widen a
//! local hunt. Inputs that break a guarantee are saved under the target dir
//! and belong in `tests/corpus/` once fixed.

mod common;
mod fuzzing;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{TempDir, copy_dir, temp_dir, write};
use fuzzing::{Outcome, Rng, mutate, no_panic, non_finite_in_output, random_yaml, save_failure};
use mediakit::load;
use mediakit::pipeline::{self, BuildOptions};

/// The demo site, copied so that cases may overwrite its files.
fn demo_site() -> TempDir {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = temp_dir("fuzz");
    for part in ["content", "static", "data"] {
        if src.join(part).is_dir() {
            copy_dir(&src.join(part), &dir.join(part));
        }
    }
    fs::copy(src.join("mediakit.yaml"), dir.join("mediakit.yaml")).expect("demo config");
    dir
}

/// The site's YAML files as (relative path, text): the seeds that get mutated.
fn seeds(root: &Path) -> Vec<(String, String)> {
    let mut out = vec![("mediakit.yaml".to_string(), fs::read_to_string(root.join("mediakit.yaml")).expect("config"))];
    for dir in ["content/creators", "content/campaigns"] {
        for path in fuzzing::walk(&root.join(dir)) {
            let rel = path.strip_prefix(root).expect("inside").to_string_lossy().into_owned();
            out.push((rel, fs::read_to_string(&path).expect("seed")));
        }
    }
    out
}

/// Loads the site and prints its diagnostics, the way `check` does; `None`
/// when the report could mess up a terminal.
fn load_and_report(root: &Path) -> Option<bool> {
    let loaded = load::load_site(root);
    let report = loaded.diagnostics.render();
    terminal_safe(&report).then_some(loaded.site.is_some())
}

/// A report holds no control characters but newlines: a file's bytes must
/// not be able to move the cursor or recolour a terminal.
fn terminal_safe(report: &str) -> bool {
    !report.chars().any(|c| c.is_control() && c != '\n')
}

fn build_into(root: &Path, out: &Path) -> Outcome {
    match pipeline::build(&BuildOptions { root: root.to_path_buf(), out: Some(out.to_path_buf()), base_url: None }) {
        Ok(_) => Outcome::Built,
        Err(d) => Outcome::Failed(d.render()),
    }
}

/// Runs one case; on a panic or a non-finite figure, saves the input and
/// returns a description of what went wrong.
fn full_case(root: &Path, out: &Path, kind: &str, case: usize, rel: &str, text: &str) -> Result<bool, String> {
    let written = root.join(rel);
    fs::write(&written, text).expect("write case");
    let result = no_panic(|| build_into(root, out));
    let verdict = match result {
        Err(message) => Err(format!("panicked: {message}")),
        Ok(Outcome::Failed(report)) if report.trim().is_empty() => Err("failed without saying why".to_string()),
        Ok(Outcome::Failed(report)) if !terminal_safe(&report) => {
            Err("the report holds control characters".to_string())
        }
        Ok(Outcome::Failed(_)) => Ok(false),
        Ok(Outcome::Built) => {
            let bad = non_finite_in_output(out);
            if bad.is_empty() { Ok(true) } else { Err(format!("non-finite numbers in the output: {bad:?}")) }
        }
    };
    verdict.map_err(|why| {
        let saved = save_failure(kind, case, text);
        format!("case {case} ({rel}) {why}\ninput saved to {}\n--- input ---\n{text}", saved.display())
    })
}

#[test]
fn mutated_demo_files_never_panic_the_loader() {
    let demo = demo_site();
    let seeds = seeds(&demo);
    // One file at a time in an otherwise empty site keeps a case to a parse
    // and its checks; the whole demo is loaded by the pipeline fuzz below.
    let root = temp_dir("fuzz-load");
    copy_dir(&demo.join("static"), &root.join("static"));
    fs::create_dir_all(root.join("content/creators")).expect("mkdir");
    fs::create_dir_all(root.join("content/campaigns")).expect("mkdir");
    let config = fs::read_to_string(demo.join("mediakit.yaml")).expect("config");
    fs::write(root.join("mediakit.yaml"), &config).expect("config");
    let mut rng = Rng::new(fuzzing::seed());
    let cases = fuzzing::cases(1000);
    let started = Instant::now();
    let mut loaded = 0;
    for case in 0..cases {
        let (rel, original) = rng.pick(&seeds).clone();
        let text = mutate(&mut rng, &original);
        fs::write(root.join(&rel), &text).expect("write case");
        match no_panic(|| load_and_report(&root)) {
            Ok(Some(true)) => loaded += 1,
            Ok(Some(false)) => {}
            Ok(None) => {
                let saved = save_failure("load", case, &text);
                panic!("case {case} ({rel}): the report holds control characters\ninput saved to {}", saved.display());
            }
            Err(message) => {
                let saved = save_failure("load", case, &text);
                panic!("case {case} ({rel}) panicked the loader: {message}\ninput saved to {}", saved.display());
            }
        }
        if rel == "mediakit.yaml" {
            fs::write(root.join(&rel), &config).expect("restore");
        } else {
            fs::remove_file(root.join(&rel)).expect("clean up");
        }
    }
    eprintln!(
        "loader fuzz: {cases} cases, seed {:#x}, {loaded} still loaded, {:.2} s",
        fuzzing::seed(),
        started.elapsed().as_secs_f64()
    );
    // Mutations that keep a file valid are part of the point: the figures of
    // odd but valid input must reach compute and render too.
    assert!(loaded > cases / 20, "only {loaded} of {cases} mutated sites still loaded");
}

#[test]
fn mutated_sites_build_or_fail_cleanly() {
    let root = demo_site();
    let out_dir = temp_dir("fuzz-out");
    let out = out_dir.join("public");
    let seeds = seeds(&root);
    // A different stream from the loader test, so the two cover different inputs.
    let mut rng = Rng::new(fuzzing::seed() ^ 0x5eed);
    let cases = fuzzing::cases(80);
    let started = Instant::now();
    let mut built = 0;
    for case in 0..cases {
        let (rel, original) = rng.pick(&seeds).clone();
        let text = mutate(&mut rng, &original);
        match full_case(&root, &out, "build", case, &rel, &text) {
            Ok(true) => built += 1,
            Ok(false) => {}
            Err(report) => panic!("{report}"),
        }
        fs::write(root.join(&rel), &original).expect("restore");
    }
    eprintln!(
        "pipeline fuzz: {cases} cases, seed {:#x}, {built} built, {:.2} s",
        fuzzing::seed() ^ 0x5eed,
        started.elapsed().as_secs_f64()
    );
    assert!(built > cases / 20, "only {built} of {cases} mutated sites built");
}

#[test]
fn random_yaml_never_panics() {
    let root = demo_site();
    let out_dir = temp_dir("random-out");
    let out = out_dir.join("public");
    let mut rng = Rng::new(fuzzing::seed() ^ 0xa11);
    let targets = ["mediakit.yaml", "content/creators/ava-chen.yaml", "content/campaigns/spring-glow-launch.yaml"];
    for case in 0..fuzzing::cases(120) {
        let rel = *rng.pick(&targets);
        let original = fs::read_to_string(root.join(rel)).expect("seed");
        let text = random_yaml(&mut rng);
        if let Err(report) = full_case(&root, &out, "random", case, rel, &text) {
            panic!("{report}");
        }
        fs::write(root.join(rel), &original).expect("restore");
    }
}

/// Every numeric field of a creator and a campaign, set to one count and one
/// amount, so that extreme values meet every formula and every chart.
fn absurd_site(root: &Path, count: &str, amount: &str) {
    write(
        root,
        "mediakit.yaml",
        &format!(
            "title: Absurd\nbase_url: https://example.test/kits\nemv: {{impression: {amount}, like: {amount}, comment: {amount}, share: {amount}, save: {amount}, click: {amount}}}\ntiers:\n  default: {{nano: 1, micro: 2, macro: 3, mega: 4}}\n"
        ),
    );
    let post = format!(
        "{{date: 2026-03-05, likes: {count}, comments: {count}, shares: {count}, saves: {count}, reach: {count}, views: {count}}}"
    );
    write(
        root,
        "content/creators/absurd.yaml",
        &format!(
            "name: Absurd\nas_of: 2026-11-01\nplatforms:\n  - platform: instagram\n    followers: {count}\n    avg_likes: {amount}\n    avg_comments: {amount}\n    avg_shares: {amount}\n    avg_saves: {amount}\n    avg_reach: {amount}\n    avg_views: {amount}\n    history:\n      - {{date: 2026-06-01, followers: {count}}}\n      - {{date: 2026-07-01, followers: 0}}\n      - {{date: 2026-08-01, followers: {count}}}\n      - {{date: 2026-08-02, followers: {count}}}\n  - platform: tiktok\n    followers: {count}\n    recent_posts:\n      - {post}\n      - {post}\naudience:\n  gender: {{female: 100, male: 0}}\n  locations: [{{name: Here, share: 0}}]\nrates:\n  items: [{{platform: instagram, deliverable: reel, price: {amount}}}]\n  packages: [{{name: All, includes: [a], price: {amount}}}]\n  addons: [{{name: Rights, percent: {amount}}}, {{name: Rush, amount: {amount}}}]\n"
        ),
    );
    let cpost = format!(
        "{{platform: instagram, format: reel, date: 2026-03-05, followers: {count}, reach: {count}, impressions: {count}, views: {count}, likes: {count}, comments: {count}, shares: {count}, saves: {count}, clicks: {count}, conversions: {count}, revenue: {amount}}}"
    );
    write(
        root,
        "content/campaigns/absurd.yaml",
        &format!(
            "name: Absurd\nstart: 2026-03-01\nend: 2026-03-31\nbudget: {amount}\ngoals: {{engagement_rate: {amount}, clicks: {amount}, conversions: {amount}, roas: {amount}, reach: {amount}}}\ncosts: [{{name: Ads, amount: {amount}}}, {{name: More, amount: {amount}}}]\ncreators:\n  - creator: absurd\n    fee: {amount}\n    product_cost: {amount}\n    posts: [{cpost}, {cpost}]\n  - name: Inline\n    followers: {count}\n    fee: {amount}\n    posts: [{cpost}]\n"
        ),
    );
}

#[test]
fn absurd_numbers_build_without_nan_or_inf() {
    let counts = ["0", "-0", "1", "18446744073709551615", "9007199254740993"];
    let amounts = ["0", "-0", "-0.0", "5e-324", "1e300", "1.7976931348623157e308", "18446744073709551615"];
    let mut built = 0;
    for count in counts {
        for amount in amounts {
            let root = temp_dir("absurd");
            absurd_site(&root, count, amount);
            let out = root.join("public");
            let outcome = no_panic(|| build_into(&root, &out))
                .unwrap_or_else(|m| panic!("count {count}, amount {amount}: panicked: {m}"));
            match outcome {
                Outcome::Built => built += 1,
                // A percentage add-on of more than 100 % is refused, which is fine.
                Outcome::Failed(report) => {
                    assert!(report.contains("error"), "count {count}, amount {amount}: {report}");
                    continue;
                }
            }
            let bad = non_finite_in_output(&out);
            assert!(bad.is_empty(), "count {count}, amount {amount}: {bad:?}");
            for rel in ["creators/absurd/data.json", "campaigns/absurd/data.json"] {
                let text = fs::read_to_string(out.join(rel)).expect(rel);
                serde_json::from_str::<serde_json::Value>(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
                assert!(!text.contains("-0,") && !text.contains("-0.0"), "{rel} shows a negative zero");
            }
            let page = fs::read_to_string(out.join("creators/absurd/index.html")).expect("kit");
            assert!(!page.contains("−0<") && !page.contains("-0%"), "the kit shows a negative zero");
        }
    }
    assert!(built >= counts.len() * 4, "only {built} absurd sites built");
}

#[test]
fn non_finite_yaml_numbers_are_refused_with_a_message() {
    for (value, field) in [
        (".nan", "followers"),
        (".inf", "followers"),
        ("-.inf", "avg_likes"),
        (".NaN", "avg_likes"),
        ("1e999", "avg_likes"),
    ] {
        let root = temp_dir("nonfinite");
        let numbers = if field == "followers" {
            format!("followers: {value}")
        } else {
            format!("followers: 10\n    {field}: {value}")
        };
        write(
            &root,
            "content/creators/a.yaml",
            &format!("name: A\nplatforms:\n  - platform: instagram\n    {numbers}\n"),
        );
        let loaded = load::load_site(&root);
        assert!(loaded.site.is_none(), "{value} was accepted");
        let d = loaded.diagnostics.items.iter().find(|d| d.is_error()).expect("an error");
        assert_eq!(d.field.as_deref(), Some(format!("platforms[0].{field}").as_str()), "{d}");
        assert!(
            d.message.contains("not a number") || d.message.contains("infinite") || d.message.contains("no larger"),
            "{value}: {d}"
        );
        assert!(d.message.contains("expected"), "{value}: {d}");
    }
}

/// Text nested `depth` levels deep in several YAML styles.
fn deep_documents(depth: usize) -> Vec<(&'static str, String)> {
    vec![
        ("flow sequences", format!("name: {}\n", "[".repeat(depth))),
        ("closed flow sequences", format!("name: A\nniches: {}{}\n", "[".repeat(depth), "]".repeat(depth))),
        ("flow mappings", format!("name: {}\n", "{a: ".repeat(depth))),
        // Block nesting grows as depth²: 3,000 levels are 4.5 MB, under the
        // 16 MB file limit, so the parser itself meets them.
        ("block mappings", (0..depth.min(3_000)).map(|i| format!("{}a:\n", " ".repeat(i))).collect()),
        ("block sequences", (0..depth.min(3_000)).map(|i| format!("{}- \n", " ".repeat(i))).collect()),
    ]
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Through the binary: a stack overflow would abort a test process, and
    // the exit code is what a user sees.
    let exe = env!("CARGO_BIN_EXE_mediakit");
    for (style, text) in deep_documents(10_000) {
        let root = temp_dir("deep");
        write(&root, "content/creators/deep.yaml", &text);
        for command in ["check", "build"] {
            let output = Command::new(exe).args([command, "--root"]).arg(&*root).output().expect("run mediakit");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{command}, {style}: {stderr}");
            assert!(stderr.contains("error:") && stderr.contains("content/creators/deep.yaml"), "{style}: {stderr}");
            assert!(!stderr.contains("panicked"), "{command}, {style}: {stderr}");
            assert!(stderr.lines().all(|l| l.chars().count() < 300), "{style}: a message line is not windowed");
        }
        assert!(!root.join("public").exists());
    }
    // And in process, every target type, a little less deep to stay quick.
    for (style, text) in deep_documents(2_000) {
        for rel in ["mediakit.yaml", "content/creators/deep.yaml", "content/campaigns/deep.yaml"] {
            let root = temp_dir("deep");
            write(&root, rel, &text);
            let ok = no_panic(|| load_and_report(&root)).unwrap_or_else(|m| panic!("{style} in {rel}: {m}"));
            assert_eq!(ok, Some(false), "{style} in {rel} loaded");
        }
    }
}

/// Anchors that each repeat the previous one ten times: `levels` deep, a
/// full expansion has 10^levels nodes. `fields` names the key of each level.
fn nested_bomb(fields: &[&str]) -> String {
    let mut src = format!("{}: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n", fields[0]);
    for (i, field) in fields.iter().enumerate().skip(1) {
        src.push_str(&format!("{field}: &a{i} [{}]\n", vec![format!("*a{}", i - 1); 10].join(", ")));
    }
    src
}

/// A campaign that is valid as written and whose aliases multiply into
/// `n` × `n` posts: the typed model itself would be blown up.
fn multiplying_campaign(n: usize) -> String {
    let posts = std::iter::once("&post {platform: x, likes: 1}".to_string())
        .chain(std::iter::repeat_n("*post".to_string(), n - 1))
        .collect::<Vec<_>>()
        .join(", ");
    let mut src = format!("name: Bomb\ncreators:\n  - &c\n    name: A\n    posts: [{posts}]\n");
    for _ in 1..n {
        src.push_str("  - *c\n");
    }
    src
}

#[test]
fn alias_bombs_end_quickly_with_an_error() {
    let levels = ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"];
    let bombs = [
        // 10^6 posts, every one of them a valid post.
        ("content/campaigns/bomb.yaml", multiplying_campaign(1_000), Some("expands too many aliases")),
        // 10^9 strings, at keys the model knows.
        (
            "content/creators/bomb.yaml",
            format!(
                "name: Bomb\nplatforms: [{{platform: x, followers: 1}}]\n{}",
                nested_bomb(&["niches", "hide", "tagline"])
            ),
            None,
        ),
        ("content/creators/bomb.yaml", format!("{}name: Bomb\n", nested_bomb(&levels)), None),
        ("mediakit.yaml", nested_bomb(&levels), None),
    ];
    let exe = env!("CARGO_BIN_EXE_mediakit");
    for (rel, text, message) in bombs {
        let root = temp_dir("bomb");
        write(&root, rel, &text);
        let started = Instant::now();
        let output = Command::new(exe).args(["check", "--root"]).arg(&*root).output().expect("run mediakit");
        let took = started.elapsed();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{rel}: {stderr}");
        assert!(stderr.contains(&format!(" --> {rel}:")), "{rel}: {stderr}");
        if let Some(message) = message {
            assert!(stderr.contains(message), "{rel}: {stderr}");
        }
        // A full expansion is a million posts or a billion strings: minutes
        // and gigabytes. Stopping at the alias budget takes milliseconds; the
        // bound only guards against the limits being lost, it is not a speed target.
        assert!(took < Duration::from_secs(30), "{rel}: took {took:?}");
    }
}

#[test]
fn ordinary_aliases_still_work() {
    let root = temp_dir("aliases");
    write(&root, "content/creators/ava.yaml", "name: Ava\nplatforms: [{platform: instagram, followers: 100}]\n");
    write(
        &root,
        "content/campaigns/shared.yaml",
        "name: Shared\ncreators:\n  - creator: ava\n    posts: &p\n      - {platform: instagram, likes: 10, reach: 50}\n      - {platform: instagram, likes: 20, reach: 80}\n  - name: Ben\n    followers: 500\n    posts: *p\n",
    );
    let out = root.join("public");
    match no_panic(|| build_into(&root, &out)).expect("no panic") {
        Outcome::Built => {}
        Outcome::Failed(report) => panic!("{report}"),
    }
}

/// `tests/corpus/<kind>-*.yaml`: inputs that once broke a guarantee, replayed
/// as the file their name says they are.
fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    fuzzing::walk(&dir).into_iter().filter(|p| p.extension().is_some_and(|e| e == "yaml")).collect()
}

#[test]
fn the_corpus_replays_without_panic() {
    let cases = corpus();
    assert!(cases.len() >= 5, "the corpus is missing");
    let root = demo_site();
    let out_dir = temp_dir("corpus-out");
    let out = out_dir.join("public");
    for path in &cases {
        let name = path.file_name().expect("name").to_string_lossy();
        let rel = if name.starts_with("config-") {
            "mediakit.yaml"
        } else if name.starts_with("campaign-") {
            "content/campaigns/spring-glow-launch.yaml"
        } else {
            "content/creators/ava-chen.yaml"
        };
        let original = fs::read(root.join(rel)).expect("seed");
        // Corpus files keep their raw bytes: some are deliberately not UTF-8.
        let bytes = fs::read(path).expect("corpus file");
        fs::write(root.join(rel), &bytes).expect("write case");
        let result = no_panic(|| build_into(&root, &out));
        match result {
            Err(m) => panic!("{name} panicked: {m}"),
            Ok(Outcome::Built) => {
                let bad = non_finite_in_output(&out);
                assert!(bad.is_empty(), "{name}: {bad:?}");
            }
            Ok(Outcome::Failed(report)) => {
                assert!(report.contains("error: ") && report.contains(" --> "), "{name}: {report}");
                assert!(terminal_safe(&report), "{name}: control characters in {report:?}");
            }
        }
        fs::write(root.join(rel), original).expect("restore");
    }
}
