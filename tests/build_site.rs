//! Builds the fixture site and checks the figures in data.json and the text
//! of the pages against hand-worked examples.

mod common;

use common::{build, close, json, read, site_copy};

#[test]
fn campaign_figures_match_the_worked_example() {
    let root = site_copy("basic");
    build(&root);
    let data = json(&root, "campaigns/five-creators/data.json");
    let t = &data["totals"];
    // Five creators at $2,000 with 50,000 reach, 2,750 engagements and 55 conversions apiece.
    assert_eq!(t["cost"], 10000);
    assert_eq!(t["reach"], 250000);
    assert_eq!(t["engagements"], 13750);
    assert!(close(&t["er_reach"], 5.5), "{}", t["er_reach"]);
    assert!(close(&t["cpa"], 36.3636), "{}", t["cpa"]);
    // $10,000 cost and $125,000 revenue.
    assert!(close(&t["roas"], 12.5));
    assert!(close(&t["roi"], 1150.0));
    assert_eq!(data["currency"], "USD");
    assert_eq!(data["slug"], "five-creators");
    assert_eq!(data["creators"].as_array().unwrap().len(), 5);
    let first = &data["creators"][0];
    assert!(close(&first["cpa"], 2000.0 / 55.0));
    assert_eq!(first["posts"][0]["platform"], "instagram");
    assert_eq!(first["posts"][0]["date"], "2026-03-01");
    // Posts carry no cost of their own, so cost-based figures are not available.
    assert!(first["posts"][0]["cpa"].is_null());
    // EMV: 80,000 impressions × $0.01 + 2,500 likes × $0.10 per post.
    assert!(close(&t["emv"], 5.0 * (800.0 + 250.0)));
    let goals = data["goals"].as_array().unwrap();
    assert!(goals.iter().any(|g| g["metric"] == "conversions" && close(&g["attainment"], 110.0)));
    assert!(goals.iter().any(|g| g["metric"] == "roas" && close(&g["attainment"], 125.0)));

    let html = read(&root, "campaigns/five-creators/index.html");
    for text in ["5.5%", "$36.36", "12.5×", "1,150%", "$10,000", "$125K", "Five Creators", "110%"] {
        assert!(html.contains(text), "report page lacks {text}");
    }
}

#[test]
fn conversion_rate_and_missing_figures() {
    let root = site_copy("basic");
    build(&root);
    let t = &json(&root, "campaigns/clicks/data.json")["totals"];
    // 1,200 clicks and 180 conversions.
    assert!(close(&t["conversion_rate"], 15.0));
    // Nothing reported revenue or cost: not available, never 0.
    assert!(t["revenue"].is_null() && t["roas"].is_null() && t["cost"].is_null() && t["cpa"].is_null());
    assert!(t["ctr"].is_null());
    let html = read(&root, "campaigns/clicks/index.html");
    assert!(html.contains("15.0%"));
    assert!(html.contains("—"));
    assert!(!html.contains("NaN") && !html.contains("inf"));
}

#[test]
fn creator_figures_and_kit_page() {
    let root = site_copy("basic");
    build(&root);
    let data = json(&root, "creators/ava-test/data.json");
    assert_eq!(data["slug"], "ava-test");
    assert_eq!(data["tier"], "micro");
    let ig = &data["platforms"][0];
    assert_eq!(ig["engagements"], 2615);
    assert!(close(&ig["er"], 5.4253));
    assert!(close(&ig["er_reach"], 12.4524));
    assert_eq!(ig["rating"], "good");
    assert_eq!(ig["tier"], "micro");
    assert_eq!(ig["benchmark"]["position"], "within");
    assert!(close(&ig["comment_like_ratio"], 8.5714));
    assert!(close(&ig["suggested_price"]["min"], 261.5));
    assert_eq!(ig["suggested_price"]["max"], 2615);
    assert_eq!(ig["monthly_growth"].as_array().unwrap().len(), 4);
    let spikes = ig["spikes"].as_array().unwrap();
    assert_eq!(spikes.len(), 1);
    assert_eq!(spikes[0]["date"], "2026-04-01");
    assert_eq!(data["rates"]["currency"], "USD");
    assert_eq!(data["rates"]["items"][0]["price"], 1200);

    let html = read(&root, "creators/ava-test/index.html");
    for text in [
        "Ava Test",
        "48.2K",
        "5.4%",
        "Micro",
        "Within the micro-tier range of 3–10%",
        "Growth spike",
        "<strong>30 days</strong>",
    ] {
        assert!(html.contains(text), "kit page lacks {text}");
    }
    // Links work under the base_url sub-path.
    assert!(html.contains("href=\"/kits/creators/ava-test/rates/\""));
    assert!(html.contains("href=\"/kits/css/theme.css\""));
    assert!(html.contains("<link rel=\"canonical\" href=\"https://example.test/kits/creators/ava-test/\">"));
    let rates = read(&root, "creators/ava-test/rates/index.html");
    assert!(rates.contains("$1,200") && rates.contains("$261.50 – $2,615"));
}

#[test]
fn median_and_hidden_rates() {
    let root = site_copy("basic");
    common::write(
        &root,
        "mediakit.yaml",
        &read_fixture_config().replace("currency: USD", "currency: USD\nengagement: {average: median}"),
    );
    build(&root);
    let ben = json(&root, "creators/ben-test/data.json");
    assert_eq!(ben["platforms"][0]["engagements"], 1200);
    assert!(close(&ben["platforms"][0]["er"], 6.0));
    assert!(ben["rates"].is_null());
    assert!(!root.join("public/creators/ben-test/rates").exists());
}

fn read_fixture_config() -> String {
    std::fs::read_to_string(common::fixture("basic").join("mediakit.yaml")).unwrap()
}

#[test]
fn site_files_for_static_hosting() {
    let root = site_copy("basic");
    let report = build(&root);
    assert_eq!(report.creators, 2);
    assert_eq!(report.campaigns, 2);
    for f in [
        ".nojekyll",
        "404.html",
        "sitemap.xml",
        "index.html",
        "favicon.svg",
        "css/theme.css",
        "fonts/Inter-Regular.woff2",
    ] {
        assert!(root.join("public").join(f).exists(), "missing {f}");
    }
    let sitemap = read(&root, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.test/kits/creators/ava-test/</loc>"));
    assert!(sitemap.contains("<loc>https://example.test/kits/campaigns/five-creators/</loc>"));
    let roster = read(&root, "index.html");
    assert!(roster.contains("Ava Test") && roster.contains("Ben Test") && roster.contains("Five Creators"));
    let not_found = read(&root, "404.html");
    assert!(not_found.contains("href=\"/kits/\""));
}

#[test]
fn builds_are_byte_identical() {
    let root = site_copy("basic");
    build(&root);
    let first = common::snapshot(&root.join("public"));
    build(&root);
    let second = common::snapshot(&root.join("public"));
    assert_eq!(first.len(), second.len());
    for (a, b) in first.iter().zip(&second) {
        assert_eq!(a.0, b.0);
        assert!(a.1 == b.1, "{} differs between builds", a.0);
    }
}
