//! Every page of the demo site, in every built-in theme, at a desktop and a
//! phone width, loaded in headless Chromium from a local server under the
//! site's `base_url` sub-path. A page fails on a console error, a failed or
//! 4xx/5xx request, a broken image, a page wider than the screen, or text
//! below WCAG AA contrast.
//!
//! Set `MEDIAKIT_SCREENSHOTS=DIR` to also save a full-page PNG of each.

mod chromium;
mod common;
mod static_server;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{Value, json};

use chromium::Browser;
use common::{TempDir, copy_dir, temp_dir};
use mediakit::pipeline::{self, BuildOptions};
use static_server::StaticServer;

const CHECKS: &str = include_str!("chromium/checks.js");
const WIDTHS: [(u32, u32, &str); 2] = [(1280, 900, "desktop"), (390, 844, "phone")];
/// The demo's `base_url` path: pages are served under it, as on GitHub Pages.
const MOUNT: &str = "/kits";

/// The repository's demo site (its `content/`, `static/` and config) with
/// `theme:` set to `theme`, built into its own `public/`.
fn build_demo(theme: &str, brand: Option<(&str, &str)>) -> TempDir {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = temp_dir(&format!("browser-{theme}"));
    copy_dir(&repo.join("content"), &dir.join("content"));
    copy_dir(&repo.join("static"), &dir.join("static"));
    copy_dir(&repo.join("data"), &dir.join("data"));
    let config = fs::read_to_string(repo.join("mediakit.yaml")).expect("demo config");
    let config: String = config
        .lines()
        .map(|l| match (l.trim_start().split(':').next(), brand) {
            (Some("theme"), _) => format!("theme: {theme}\n"),
            (Some("primary_color"), Some((primary, _))) => format!("  primary_color: \"{primary}\"\n"),
            (Some("accent_color"), Some((_, accent))) => format!("  accent_color: \"{accent}\"\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    fs::write(dir.join("mediakit.yaml"), config).expect("write config");
    if let Err(d) = pipeline::build(&BuildOptions { root: dir.to_path_buf(), out: None, base_url: None }) {
        panic!("the demo does not build in {theme}:\n{}", d.render());
    }
    dir
}

/// Every HTML page of an output folder as its URL path under the mount.
fn pages(public: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        let mut entries: Vec<PathBuf> = fs::read_dir(dir).expect("read output").flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(base, &p, out);
            } else if p.extension().is_some_and(|e| e == "html") {
                let rel = p.strip_prefix(base).expect("inside").to_string_lossy().replace('\\', "/");
                let url = match rel.strip_suffix("index.html") {
                    Some(dir) => format!("{MOUNT}/{dir}"),
                    None => format!("{MOUNT}/{rel}"),
                };
                out.push(url);
            }
        }
    }
    let mut out = Vec::new();
    walk(public, public, &mut out);
    out
}

/// What the browser said about the page while it loaded.
fn problems_in_events(events: &[Value], session: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in events.iter().filter(|e| e["sessionId"].as_str() == Some(session)) {
        let p = &e["params"];
        match e["method"].as_str().unwrap_or("") {
            "Runtime.consoleAPICalled" if matches!(p["type"].as_str(), Some("error" | "assert")) => {
                let text: Vec<String> = p["args"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|a| a["value"].as_str().map(str::to_string).unwrap_or_else(|| a["description"].to_string()))
                    .collect();
                out.push(format!("console error: {}", text.join(" ")));
            }
            "Runtime.exceptionThrown" => {
                let d = &p["exceptionDetails"];
                out.push(format!("uncaught exception: {} {}", d["text"], d["exception"]["description"]));
            }
            "Log.entryAdded" if p["entry"]["level"].as_str() == Some("error") => {
                out.push(format!("console error: {} {}", p["entry"]["text"], p["entry"]["url"]));
            }
            "Network.loadingFailed" if p["canceled"].as_bool() != Some(true) => {
                out.push(format!("request failed: {} ({})", p["requestId"], p["errorText"]));
            }
            "Network.responseReceived" => {
                let status = p["response"]["status"].as_u64().unwrap_or(0);
                if status >= 400 {
                    out.push(format!("HTTP {status} for {}", p["response"]["url"]));
                }
            }
            _ => {}
        }
    }
    out
}

fn problems_in_checks(result: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for src in result["broken"].as_array().into_iter().flatten() {
        out.push(format!("broken image: {src}"));
    }
    for (state, key) in [("", "closed"), (" with every \"Show the data\" open", "opened")] {
        let o = &result[key];
        let (scroll, width) = (o["scrollWidth"].as_u64().unwrap_or(0), o["width"].as_u64().unwrap_or(0));
        if scroll > width {
            let culprits: Vec<&str> =
                o["culprits"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            out.push(format!("page is {scroll}px wide on a {width}px screen{state}: {}", culprits.join("; ")));
        }
    }
    for c in result["contrast"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        out.push(format!("low contrast: {c}"));
    }
    out
}

fn screenshot(browser: &mut Browser, session: &str, width: u32, file: &Path) -> Result<(), String> {
    let close = "document.querySelectorAll('details').forEach((d) => { d.open = false; })";
    browser.call(Some(session), "Runtime.evaluate", json!({"expression": close}))?;
    let metrics = browser.call(Some(session), "Page.getLayoutMetrics", json!({}))?;
    let height = metrics["cssContentSize"]["height"].as_f64().unwrap_or(900.0).ceil();
    let shot = browser.call(
        Some(session),
        "Page.captureScreenshot",
        json!({"format": "png", "captureBeyondViewport": true,
               "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}}),
    )?;
    let data = shot["data"].as_str().ok_or("no screenshot data")?;
    fs::write(file, chromium::base64_decode(data)).map_err(|e| e.to_string())
}

/// Loads one page and returns what is wrong with it.
fn check_page(browser: &mut Browser, session: &str, url: &str, width: u32) -> Result<Vec<String>, String> {
    browser.take_events();
    let nav = browser.call(Some(session), "Page.navigate", json!({"url": url}))?;
    if let Some(error) = nav["errorText"].as_str() {
        return Ok(vec![format!("navigation failed: {error}")]);
    }
    browser.wait_event(session, "Page.loadEventFired")?;
    let evaluated = browser.call(
        Some(session),
        "Runtime.evaluate",
        json!({"expression": format!("({CHECKS})({width})"), "awaitPromise": true, "returnByValue": true}),
    )?;
    if let Some(e) = evaluated.get("exceptionDetails") {
        return Err(format!("the checks failed to run on {url}: {e}"));
    }
    let result = &evaluated["result"]["value"];
    let mut problems = problems_in_checks(result);
    if result["checked"].as_u64().unwrap_or(0) == 0 {
        problems.push("no text was checked for contrast".to_string());
    }
    problems.extend(problems_in_events(&browser.take_events(), session));
    Ok(problems)
}

/// A page with one of each fault, so that a check that silently stopped
/// working fails the test instead of passing it.
const CANARY: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>canary</title><link rel="icon" href="data:,"></head>
<body><p style="color:#bbb;background:#fff">faint text</p><img src="missing.png" alt="">
<div style="width:2000px">wide</div><script>console.error("canary")</script></body></html>"#;

fn check_canary(browser: &mut Browser, session: &str, server: &StaticServer) {
    let problems = check_page(browser, session, &server.url(&format!("{MOUNT}/canary.html")), 1280)
        .unwrap_or_else(|e| panic!("canary: {e}"));
    let all = problems.join("\n");
    for expected in ["broken image", "page is", "low contrast", "console error", "HTTP 404"] {
        assert!(all.contains(expected), "the checks missed `{expected}` on the canary page:\n{all}");
    }
}

#[test]
fn every_page_in_every_theme_reads_well_on_desktop_and_phone() {
    if !common::require_tool("chromium") {
        return;
    }
    let started = Instant::now();
    let shots = std::env::var_os("MEDIAKIT_SCREENSHOTS").map(PathBuf::from);
    if let Some(dir) = &shots {
        fs::create_dir_all(dir).expect("screenshot folder");
    }
    let profile = temp_dir("chromium-profile");
    let mut browser = Browser::launch("chromium", &profile).unwrap_or_else(|e| panic!("cannot start chromium: {e}"));
    let session = browser.open_page().unwrap_or_else(|e| panic!("cannot open a tab: {e}"));

    let mut failures = Vec::new();
    let mut loads = 0;
    for theme in mediakit::load::theme::BUILTIN {
        let site = build_demo(theme, None);
        let public = site.join("public");
        let server = StaticServer::start(&public, MOUNT).expect("start the server");
        let urls = pages(&public);
        if loads == 0 {
            browser
                .call(
                    Some(&session),
                    "Emulation.setDeviceMetricsOverride",
                    json!({"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false}),
                )
                .unwrap_or_else(|e| panic!("{e}"));
            fs::write(public.join("canary.html"), CANARY).expect("write the canary");
            check_canary(&mut browser, &session, &server);
            fs::remove_file(public.join("canary.html")).expect("remove the canary");
        }
        assert!(urls.len() >= 10, "the demo should have a dozen pages, found {urls:?}");
        for (width, height, label) in WIDTHS {
            browser
                .call(
                    Some(&session),
                    "Emulation.setDeviceMetricsOverride",
                    json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}),
                )
                .unwrap_or_else(|e| panic!("{e}"));
            for path in &urls {
                let url = server.url(path);
                loads += 1;
                match check_page(&mut browser, &session, &url, width) {
                    Ok(problems) => {
                        for p in problems {
                            failures.push(format!("[{theme} · {label}] {path}: {p}"));
                        }
                    }
                    Err(e) => failures.push(format!("[{theme} · {label}] {path}: {e}")),
                }
                if let Some(dir) = &shots {
                    let name = path.trim_start_matches(MOUNT).trim_matches('/').replace('/', "_");
                    let name = if name.is_empty() { "roster".to_string() } else { name.replace(".html", "") };
                    let file = dir.join(format!("{theme}-{name}-{label}.png"));
                    if let Err(e) = screenshot(&mut browser, &session, width, &file) {
                        failures.push(format!("[{theme} · {label}] {path}: screenshot: {e}"));
                    }
                }
            }
        }
    }
    // Brand colours a theme must survive: a pale primary (dark text on its
    // fills) with a deep accent, and the reverse.
    for (primary, accent) in [("#FDE68A", "#1E3A8A"), ("#4C1D95", "#F0ABFC")] {
        for theme in mediakit::load::theme::BUILTIN {
            let site = build_demo(theme, Some((primary, accent)));
            let public = site.join("public");
            let server = StaticServer::start(&public, MOUNT).expect("start the server");
            for (width, height, label) in WIDTHS {
                browser
                    .call(
                        Some(&session),
                        "Emulation.setDeviceMetricsOverride",
                        json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}),
                    )
                    .unwrap_or_else(|e| panic!("{e}"));
                for path in [
                    format!("{MOUNT}/"),
                    format!("{MOUNT}/creators/ava-chen/"),
                    format!("{MOUNT}/creators/ava-chen/rates/"),
                    format!("{MOUNT}/campaigns/spring-glow-launch/"),
                ] {
                    loads += 1;
                    let tag = format!("[{theme} · {label} · brand {primary}/{accent}] {path}");
                    match check_page(&mut browser, &session, &server.url(&path), width) {
                        Ok(problems) => failures.extend(problems.into_iter().map(|p| format!("{tag}: {p}"))),
                        Err(e) => failures.push(format!("{tag}: {e}")),
                    }
                }
            }
        }
    }
    eprintln!("browser: {loads} page loads in {:.1} s", started.elapsed().as_secs_f64());
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

/// Runs `script` (an async function body) in the page and returns its value.
fn run_in_page(browser: &mut Browser, session: &str, script: &str) -> Value {
    let evaluated = browser
        .call(
            Some(session),
            "Runtime.evaluate",
            json!({"expression": format!("(async () => {{ {script} }})()"), "awaitPromise": true, "returnByValue": true}),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(evaluated.get("exceptionDetails").is_none(), "{script}: {evaluated}");
    evaluated["result"]["value"].clone()
}

/// The roster's search box, used as a visitor would: typed into, filtered
/// and sorted, with the index loaded on first use and no console error.
#[test]
fn the_search_box_filters_and_sorts_the_roster() {
    if !common::require_tool("chromium") {
        return;
    }
    let site = build_demo("studio", None);
    let public = site.join("public");
    let server = StaticServer::start(&public, MOUNT).expect("start the server");
    let profile = temp_dir("chromium-search");
    let mut browser = Browser::launch("chromium", &profile).unwrap_or_else(|e| panic!("cannot start chromium: {e}"));
    let session = browser.open_page().unwrap_or_else(|e| panic!("cannot open a tab: {e}"));
    browser
        .call(
            Some(&session),
            "Emulation.setDeviceMetricsOverride",
            json!({"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let problems = check_page(&mut browser, &session, &server.url(&format!("{MOUNT}/")), 390).expect("roster loads");
    assert!(problems.is_empty(), "{problems:?}");
    let settle = "await new Promise((r) => setTimeout(r, 600));";
    let names = "return [...document.querySelectorAll('#search-results .creator-name')].map((n) => n.textContent);";
    let visible = run_in_page(&mut browser, &session, "return !document.getElementById('search').hidden;");
    assert_eq!(visible, json!(true), "the script shows the search box");
    // A text query over names, niches and locations.
    let found = run_in_page(
        &mut browser,
        &session,
        &format!(
            "const q = document.querySelector('#search [name=q]'); q.value = 'skincare'; q.dispatchEvent(new Event('input', {{bubbles: true}})); {settle} {names}"
        ),
    );
    assert_eq!(found, json!(["Ava Chen"]), "skincare");
    let hidden = run_in_page(&mut browser, &session, "return document.getElementById('roster-cards').hidden;");
    assert_eq!(hidden, json!(true), "the results replace the page's cards");
    // A facet and a sort: every mega creator, largest audience first.
    let found = run_in_page(
        &mut browser,
        &session,
        &format!(
            "const f = document.getElementById('search'); f.q.value = ''; f.tiers.value = 'mega'; f.sort.value = 'followers'; f.dispatchEvent(new Event('change', {{bubbles: true}})); {settle} {names}"
        ),
    );
    assert_eq!(found, json!(["Jules Moreau", "Marcus Hale"]), "mega, by audience");
    // Minimum ER, sorted by ER.
    let found = run_in_page(
        &mut browser,
        &session,
        &format!(
            "const f = document.getElementById('search'); f.tiers.value = ''; f.er.value = '7'; f.sort.value = 'er'; f.dispatchEvent(new Event('input', {{bubbles: true}})); {settle} {names}"
        ),
    );
    assert_eq!(found, json!(["Noor Haddad", "Ava Chen"]), "ER of 7 % or more, highest first");
    // Cleared, the roster's own page is back.
    let back = run_in_page(
        &mut browser,
        &session,
        &format!(
            "const f = document.getElementById('search'); f.er.value = ''; f.sort.value = ''; f.dispatchEvent(new Event('input', {{bubbles: true}})); {settle} return [document.getElementById('roster-cards').hidden, document.getElementById('search-results').hidden];"
        ),
    );
    assert_eq!(back, json!([false, true]));
    let events = browser.take_events();
    let problems = problems_in_events(&events, &session);
    assert!(problems.is_empty(), "{problems:?}");
}
