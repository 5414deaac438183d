//! No page moves while it loads (Cumulative Layout Shift 0): every kind of
//! page of the demo site (roster, kit, rate card, report, a niche's listing
//! and a brand's rollup) in every built-in theme, at desktop and phone
//! widths, loaded in headless Chromium over a slow network with the cache
//! off, so that images and web fonts arrive after the first paint, which is
//! when an unsized logo or a late font swap moves the page. Layout shifts
//! are read with a PerformanceObserver installed before the page's own code.

mod chromium;
mod common;
mod static_server;

use serde_json::{Value, json};

use chromium::Browser;
use common::{TempDir, demo_with_theme, temp_dir};
use mediakit::pipeline::{self, BuildOptions};
use static_server::StaticServer;

const MOUNT: &str = "/kits";

/// Records every layout shift not caused by input, from the first paint on.
const OBSERVER: &str = r#"
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    const what = (e.sources || []).map((s) => s.node ? (s.node.nodeName + (s.node.className ? '.' + String(s.node.className).split(' ')[0] : '')) : '?');
    window.__shifts.push({ value: e.value, at: Math.round(e.startTime), what });
  }
}).observe({ type: 'layout-shift', buffered: true });
"#;

/// Waits for the fonts and the images (lazy ones below the fold never
/// load), then a little more, and returns the shifts.
const COLLECT: &str = r#"
(async () => {
  await document.fonts.ready;
  const pending = Array.from(document.images).filter((img) => !img.complete && img.loading !== 'lazy');
  const loaded = Promise.all(pending.map((img) => new Promise((r) => { img.onload = img.onerror = r; })));
  await Promise.race([loaded, new Promise((r) => setTimeout(r, 8000))]);
  await new Promise((r) => setTimeout(r, 400));
  return window.__shifts;
})()
"#;

fn build_demo(theme: &str) -> TempDir {
    let dir = demo_with_theme(&format!("shift-{theme}"), theme);
    if let Err(d) = pipeline::build(&BuildOptions { root: dir.to_path_buf(), out: None, base_url: None }) {
        panic!("the demo does not build in {theme}:\n{}", d.render());
    }
    dir
}

/// The layout shifts of one load of `url`.
fn shifts(browser: &mut Browser, session: &str, url: &str) -> Result<Vec<Value>, String> {
    browser.take_events();
    let nav = browser.call(Some(session), "Page.navigate", json!({"url": url}))?;
    if let Some(error) = nav["errorText"].as_str() {
        return Err(format!("navigation failed: {error}"));
    }
    browser.wait_event(session, "Page.loadEventFired")?;
    let out = browser.call(
        Some(session),
        "Runtime.evaluate",
        json!({"expression": COLLECT, "awaitPromise": true, "returnByValue": true}),
    )?;
    if let Some(e) = out.get("exceptionDetails") {
        return Err(format!("the observer failed: {e}"));
    }
    Ok(out["result"]["value"].as_array().cloned().unwrap_or_default())
}

#[test]
fn no_page_moves_while_its_images_and_fonts_load() {
    if !common::require_tool("chromium") {
        return;
    }
    let profile = temp_dir("shift-profile");
    let mut browser = Browser::launch("chromium", &profile).unwrap_or_else(|e| panic!("cannot start chromium: {e}"));
    let session = browser.open_page().unwrap_or_else(|e| panic!("cannot open a tab: {e}"));
    let call = |browser: &mut Browser, method: &str, params: Value| {
        browser.call(Some(&session), method, params).unwrap_or_else(|e| panic!("{e}"));
    };
    call(&mut browser, "Page.addScriptToEvaluateOnNewDocument", json!({"source": OBSERVER}));
    call(&mut browser, "Network.setCacheDisabled", json!({"cacheDisabled": true}));
    // A slow connection: the page paints before its fonts and pictures arrive.
    call(
        &mut browser,
        "Network.emulateNetworkConditions",
        json!({"offline": false, "latency": 120, "downloadThroughput": 600_000, "uploadThroughput": 200_000}),
    );

    let mut failures = Vec::new();
    let mut measured = 0;
    for theme in mediakit::load::theme::BUILTIN {
        let site = build_demo(theme);
        let server = StaticServer::start(&site.join("public"), MOUNT).expect("start the server");
        let paths = [
            format!("{MOUNT}/"),
            format!("{MOUNT}/creators/ava-chen/"),
            format!("{MOUNT}/creators/noor-haddad/"),
            format!("{MOUNT}/creators/ava-chen/rates/"),
            format!("{MOUNT}/campaigns/spring-glow-launch/"),
            format!("{MOUNT}/niches/skincare/"),
            format!("{MOUNT}/brands/lumen-skincare/"),
        ];
        for (width, height) in [(1280, 900), (390, 844)] {
            call(
                &mut browser,
                "Emulation.setDeviceMetricsOverride",
                json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}),
            );
            for path in &paths {
                measured += 1;
                match shifts(&mut browser, &session, &server.url(path)) {
                    Ok(list) if list.is_empty() => {}
                    Ok(list) => {
                        let cls: f64 = list.iter().filter_map(|s| s["value"].as_f64()).sum();
                        failures.push(format!("[{theme} · {width}px] {path}: CLS {cls:.4}: {list:?}"));
                    }
                    Err(e) => failures.push(format!("[{theme} · {width}px] {path}: {e}")),
                }
            }
        }
    }
    assert_eq!(measured, 42);
    assert!(failures.is_empty(), "pages that move while loading:\n{}", failures.join("\n"));
}
