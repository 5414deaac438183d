//! The agency's desk (SPEC §12) on a generated roster of a few hundred
//! creators and several brands: every creator on exactly one roster page and
//! on the pages of exactly their niches, tier, platforms and audience top
//! country; a search index without hidden fields; brand rollups worked by
//! hand, a hidden figure included; the track record off, on per creator and
//! on for the site; incremental builds equal to builds from scratch.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::{TempDir, assert_same_as_scratch, build, close, snapshot, temp_dir, write};
use mediakit::pipeline::{self, BuildOptions};

const CREATORS: usize = 300;
const NICHES: [&str; 7] = ["Skincare", "Clean Beauty", "Fitness", "Home Cooking", "Travel", "Gaming", "Café Culture"];
const COUNTRIES: [&str; 5] = ["United States", "Germany", "Brazil", "Japan", "United Kingdom"];
const PLATFORMS: [&str; 4] = ["instagram", "tiktok", "youtube", "pinterest"];
const BRANDS: [&str; 5] = ["Lumen Skincare", "Oakline", "Fieldnote", "Brightside", "Kettle & Co"];
const BASE: &str = "/desk";

/// What the test expects of creator `i`, worked out here independently of
/// mediakit's code.
struct Expected {
    slug: String,
    niches: Vec<&'static str>,
    tier: &'static str,
    platforms: Vec<&'static str>,
    country: Option<&'static str>,
    hides_location: bool,
    hides_rates: bool,
}

fn slug_of(label: &str) -> String {
    match label {
        "Clean Beauty" => "clean-beauty".into(),
        "Home Cooking" => "home-cooking".into(),
        "Café Culture" => "cafe-culture".into(),
        "United States" => "united-states".into(),
        "United Kingdom" => "united-kingdom".into(),
        other => other.to_lowercase(),
    }
}

/// Tier by the default bounds (TikTok: micro from 5,000, macro from 50,000 in this site's config).
fn tier_of(platform: &str, followers: u64) -> u8 {
    let (micro, macro_) = if platform == "tiktok" { (5_000, 50_000) } else { (10_000, 100_000) };
    match followers {
        f if f >= 1_000_000 => 4,
        f if f >= macro_ => 3,
        f if f >= micro => 2,
        f if f >= 1_000 => 1,
        _ => 0,
    }
}

const TIER_NAMES: [&str; 5] = ["emerging", "nano", "micro", "macro", "mega"];

fn creator(i: usize) -> (String, Expected) {
    let slug = format!("creator-{i:03}");
    let niches: Vec<&str> = vec![NICHES[i % NICHES.len()], NICHES[(i / 3 + 2) % NICHES.len()]];
    let mut niches_unique = niches.clone();
    niches_unique.dedup();
    let n_platforms = 1 + i % 3;
    let platforms: Vec<&str> = (0..n_platforms).map(|k| PLATFORMS[(i + k) % PLATFORMS.len()]).collect();
    let hides_audience = i.is_multiple_of(11);
    let hides_location = i.is_multiple_of(7);
    let hides_rates = i.is_multiple_of(5);
    let mut yaml = format!("name: Creator {i:03}\ntagline: Tagline {i}\nlocation: Secretville {i}\n");
    // The same niche written twice in different case counts once.
    yaml.push_str(&format!("niches: [{}, {}, {}]\n", niches[0], niches[1], niches[0].to_lowercase()));
    let mut hide = Vec::new();
    if hides_audience {
        hide.push("audience");
    }
    if hides_location {
        hide.push("location");
    }
    if hides_rates {
        hide.push("rates");
    }
    if !hide.is_empty() {
        yaml.push_str(&format!("hide: [{}]\n", hide.join(", ")));
    }
    yaml.push_str("platforms:\n");
    let mut tier = 0u8;
    for (k, p) in platforms.iter().enumerate() {
        let followers = 500 + ((i * 7919 + k * 104_729) % 400) as u64 * 3_000;
        tier = tier.max(tier_of(p, followers));
        yaml.push_str(&format!(
            "  - {{platform: {p}, followers: {followers}, avg_likes: {}, avg_comments: 10}}\n",
            50 + i
        ));
    }
    let top = COUNTRIES[i % COUNTRIES.len()];
    let other = COUNTRIES[(i + 1) % COUNTRIES.len()];
    yaml.push_str(&format!(
        "audience:\n  locations: [{{name: {other}, share: 20}}, {{name: {top}, share: 55}}, {{name: Elsewhere, share: 25}}]\n"
    ));
    yaml.push_str(&format!(
        "rates:\n  items: [{{platform: {}, deliverable: post, price: {}.5}}]\n",
        platforms[0],
        98_000 + i
    ));
    let expected = Expected {
        slug,
        niches: niches_unique,
        tier: TIER_NAMES[tier as usize],
        platforms,
        country: (!hides_audience).then_some(top),
        hides_location,
        hides_rates,
    };
    (yaml, expected)
}

/// Campaign `j` of brand `j % 5`, with three creators.
fn campaign(j: usize) -> String {
    let brand = BRANDS[j % BRANDS.len()];
    let mut yaml = format!("name: Campaign {j:02}\nbrand: {brand}\nstart: 2026-{:02}-01\ncreators:\n", 1 + j % 12);
    for k in 0..3 {
        let c = (j * 13 + k * 101) % CREATORS;
        yaml.push_str(&format!(
            "  - creator: creator-{c:03}\n    fee: {}\n    posts: [{{platform: instagram, reach: {}, likes: {}, clicks: {}}}]\n",
            100 + k * 50,
            1_000 * (k + 1),
            40 + j,
            5 + k
        ));
    }
    yaml
}

/// The two campaigns of "Hand Worked", whose rollup is worked by hand in
/// `brand_totals_are_worked_from_summed_parts`.
const HAND_SPRING: &str = "name: Hand Spring\nbrand: Hand Worked\nstart: 2026-03-01\nend: 2026-03-31\ncreators:\n  - creator: creator-001\n    fee: 1000\n    posts: [{platform: instagram, reach: 10000, likes: 500, clicks: 100, conversions: 10, revenue: 2000}]\n";
const HAND_SUMMER: &str = "name: Hand Summer\nbrand: hand worked\nstart: 2026-06-01\nend: 2026-06-30\nhide: [revenue]\ncosts: [{name: Ads, amount: 1000}]\ncreators:\n  - creator: creator-001\n    fee: 1500\n    posts: [{platform: instagram, reach: 30000, likes: 600, clicks: 300, conversions: 20, revenue: 6000}]\n  - name: Bo Inline\n    fee: 500\n    posts: [{platform: tiktok, reach: 10000, likes: 900, clicks: 100}]\n";

fn desk_site(label: &str) -> (TempDir, Vec<Expected>) {
    let root = temp_dir(label);
    write(
        &root,
        "mediakit.yaml",
        &format!(
            "title: Desk Talent\nbase_url: https://desk.example{BASE}\ntiers:\n  tiktok: {{micro: 5000, macro: 50000}}\n"
        ),
    );
    let mut expected = Vec::new();
    for i in 0..CREATORS {
        let (yaml, e) = creator(i);
        write(&root, &format!("content/creators/{}.yaml", e.slug), &yaml);
        expected.push(e);
    }
    for j in 0..20 {
        write(&root, &format!("content/campaigns/campaign-{j:02}.yaml"), &campaign(j));
    }
    write(&root, "content/campaigns/hand-spring.yaml", HAND_SPRING);
    write(&root, "content/campaigns/hand-summer.yaml", HAND_SUMMER);
    (root, expected)
}

/// A file of the site (`public/…` for the output).
fn read(root: &Path, rel: &str) -> String {
    fs::read_to_string(root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn json(root: &Path, rel: &str) -> serde_json::Value {
    serde_json::from_str(&read(root, rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The creators whose cards a listing page shows, by slug, in order.
fn cards_on(html: &str) -> Vec<String> {
    let list = html.split("<ul class=\"roster\"").nth(1).unwrap_or("").split("</section>").next().unwrap_or("");
    let needle = format!("class=\"creator-link\" href=\"{BASE}/creators/");
    list.split(&needle).skip(1).map(|rest| rest.split('/').next().unwrap_or("").to_string()).collect()
}

/// Every page of the listing in `dir` (`""` or `niches/skincare/`), following
/// its pager from the first page, with the slugs on each.
fn listing(public: &Path, dir: &str) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut n = 1;
    loop {
        let rel = if n == 1 { format!("{dir}index.html") } else { format!("{dir}page/{n}/index.html") };
        let Ok(html) = fs::read_to_string(public.join(&rel)) else { break };
        pages.push(cards_on(&html));
        n += 1;
    }
    pages
}

#[test]
fn every_creator_is_on_one_roster_page_and_the_right_facet_pages() {
    let (root, expected) = desk_site("desk-facets");
    let report = build(&root);
    let public = root.join("public");

    let roster = listing(&public, "");
    assert_eq!(roster.len(), CREATORS.div_ceil(24), "300 creators at 24 a page");
    assert!(roster[..roster.len() - 1].iter().all(|p| p.len() == 24));
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for slug in roster.iter().flatten() {
        *seen.entry(slug.as_str()).or_default() += 1;
    }
    assert_eq!(seen.len(), CREATORS);
    assert!(seen.values().all(|n| *n == 1), "a creator on two roster pages");
    assert!(!public.join("page/1/index.html").exists(), "the first page is the roster itself");
    assert!(!public.join(format!("page/{}/index.html", roster.len() + 1)).exists());

    // What each term's pages should list, from the generator's own reckoning.
    let mut want: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for e in &expected {
        let mut terms: Vec<String> = e.niches.iter().map(|n| format!("niches/{}/", slug_of(n))).collect();
        terms.push(format!("tiers/{}/", e.tier));
        terms.extend(e.platforms.iter().map(|p| format!("platforms/{p}/")));
        terms.extend(e.country.map(|c| format!("locations/{}/", slug_of(c))));
        for t in terms {
            want.entry(t).or_default().insert(e.slug.clone());
        }
    }
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for facet in ["niches", "tiers", "platforms", "locations"] {
        let list = read(&root, &format!("public/{facet}/index.html"));
        for dir in fs::read_dir(public.join(facet)).unwrap().flatten().filter(|d| d.path().is_dir()) {
            let term = format!("{facet}/{}/", dir.file_name().to_string_lossy());
            assert!(list.contains(&format!("href=\"{BASE}/{term}\"")), "{facet}/ lists {term}");
            let pages = listing(&public, &term);
            let all: Vec<String> = pages.iter().flatten().cloned().collect();
            let unique: BTreeSet<String> = all.iter().cloned().collect();
            assert_eq!(all.len(), unique.len(), "{term}: a creator on two of its pages");
            assert!(pages.iter().all(|p| p.len() <= 24), "{term}: a page over the page size");
            found.insert(term, unique);
        }
    }
    assert_eq!(found.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
    for (term, slugs) in &want {
        assert_eq!(&found[term], slugs, "{term}");
    }
    // "Elsewhere" (never a top country) and a hidden audience make no location page.
    assert!(!public.join("locations/elsewhere").exists());

    // Every page is in the sitemap, pages after the first included.
    let sitemap = read(&root, "public/sitemap.xml");
    for page in ["", "page/2/", "niches/cafe-culture/", "tiers/", "brands/hand-worked/", "campaigns/"] {
        assert!(sitemap.contains(&format!("<loc>https://desk.example{BASE}/{page}</loc>")), "sitemap: {page}");
    }
    let html_pages = snapshot(&public).iter().filter(|(p, _)| p.ends_with(".html") && *p != "404.html").count();
    assert_eq!(sitemap.matches("<loc>").count(), html_pages, "every page, once");
    assert_eq!(report.pages, html_pages + 1);

    // The roster's first page stays small: 24 cards, not 300.
    let first = read(&root, "public/index.html");
    assert_eq!(cards_on(&first).len(), 24);
    assert!(first.len() < 60_000, "the first page is {} bytes", first.len());
}

#[test]
fn the_search_index_is_compact_and_holds_nothing_hidden() {
    let (root, expected) = desk_site("desk-search");
    build(&root);
    let text = read(&root, "public/creators/index.json");
    assert_eq!(text.lines().count(), 1, "one line");
    let index: serde_json::Value = serde_json::from_str(&text).unwrap();
    let columns: Vec<&str> = index["columns"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    let col = |name: &str| columns.iter().position(|c| *c == name).unwrap();
    let rows = index["creators"].as_array().unwrap();
    assert_eq!(rows.len(), CREATORS);
    for (row, e) in rows.iter().zip(&expected) {
        assert_eq!(row[col("slug")], e.slug.as_str());
        let location = &row[col("location")];
        assert_eq!(location.is_null(), e.hides_location, "{}: location {location}", e.slug);
        let country = row[col("country")].as_str().map(str::to_string);
        assert_eq!(country, e.country.map(slug_of), "{}", e.slug);
        let price = &row[col("price_from")];
        assert_eq!(price.is_null(), e.hides_rates, "{}: price {price}", e.slug);
        let mut niches: Vec<String> =
            row[col("niches")].as_array().unwrap().iter().map(|n| n.as_str().unwrap().to_string()).collect();
        niches.sort();
        let mut want: Vec<String> = e.niches.iter().map(|n| slug_of(n)).collect();
        want.sort();
        assert_eq!(niches, want, "{}", e.slug);
        assert_eq!(row[col("tier")], e.tier, "{}", e.slug);
    }
    // A hidden field's value appears nowhere in the file.
    for (i, e) in expected.iter().enumerate() {
        if e.hides_location {
            assert!(!text.contains(&format!("\"Secretville {i}\"")), "creator {i}'s hidden location");
        }
        if e.hides_rates {
            assert!(!text.contains(&format!("{}.5", 98_000 + i)), "creator {i}'s hidden price");
        }
    }
    assert_eq!(index["niches"]["cafe-culture"], "Café Culture");
    // The roster loads the script and names the index; pages need no script to list creators.
    let roster = read(&root, "public/index.html");
    assert!(roster.contains(&format!("data-index=\"{BASE}/creators/index.json\"")));
    assert!(roster.contains(&format!("<script src=\"{BASE}/js/search.js\" defer></script>")));
    assert!(root.join("public/js/search.js").is_file());
}

#[test]
fn brand_totals_are_worked_from_summed_parts() {
    let (root, _) = desk_site("desk-brands");
    build(&root);
    let data = json(&root, "public/brands/hand-worked/data.json");
    let t = &data["totals"];
    // Reach 10,000 + 30,000 + 10,000; engagements 500 + 600 + 900.
    assert!(close(&t["reach"], 50_000.0) && close(&t["engagements"], 2_000.0), "{t}");
    // ER by reach from the sums: 2,000 ÷ 50,000 = 4 % (the campaigns' own
    // rates, 5 % and 3.75 %, would average 4.375 %).
    assert!(close(&t["er_reach"], 4.0), "{t}");
    // Cost: 1,000 + (1,500 + 500 + 1,000 of ads) = 4,000; clicks 500; CPC 8.
    assert!(close(&t["cost"], 4_000.0) && close(&t["clicks"], 500.0) && close(&t["cpc"], 8.0), "{t}");
    // CTR by reach (no impressions or views): 500 ÷ 50,000 = 1 %.
    assert!(close(&t["ctr"], 1.0), "{t}");
    // Hand Summer hides revenue: so does the whole rollup, ROAS and ROI with it.
    for key in ["revenue", "roas", "roi"] {
        assert!(t[key].is_null(), "{key}: {t}");
    }
    for c in data["campaigns"].as_array().unwrap().iter().chain(data["creators"].as_array().unwrap()) {
        assert!(c["revenue"].is_null() && c["roas"].is_null(), "{c}");
    }
    let names: Vec<&str> = data["campaigns"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Hand Spring", "Hand Summer"], "date order");
    assert_eq!(data["name"], "Hand Worked");
    // creator-001 across both: reach 40,000, engagements 1,100, fees 2,500.
    let one = data["creators"].as_array().unwrap().iter().find(|c| c["slug"] == "creator-001").unwrap();
    assert!(close(&one["reach"], 40_000.0) && close(&one["engagements"], 1_100.0) && close(&one["cost"], 2_500.0));
    assert!(close(&one["er_reach"], 2.75), "{one}");
    assert_eq!(one["campaigns"], serde_json::json!(["hand-spring", "hand-summer"]));
    let page = read(&root, "public/brands/hand-worked/index.html");
    assert!(page.contains("Hand Spring") && page.contains("$4,000"));
    assert!(!page.contains("$2,000.00") && !page.contains("$8,000") && !page.contains("Revenue"), "no revenue shown");
    assert!(page.contains("leaves out revenue"));
    // Linked from the report and the roster's list of brands.
    let report = read(&root, "public/campaigns/hand-spring/index.html");
    assert!(report.contains(&format!("href=\"{BASE}/brands/hand-worked/\"")));
    let brands = read(&root, "public/brands/index.html");
    for b in ["lumen-skincare", "oakline", "kettle-co", "hand-worked"] {
        assert!(brands.contains(&format!("href=\"{BASE}/brands/{b}/\"")), "brands/ lists {b}");
    }
    assert!(read(&root, "public/index.html").contains(&format!("href=\"{BASE}/brands/\"")));
}

#[test]
fn the_track_record_is_off_by_default_and_on_per_creator_or_for_the_site() {
    let (root, _) = desk_site("desk-track");
    build(&root);
    let kit = |root: &Path| read(root, "public/creators/creator-001/index.html");
    assert!(!kit(&root).contains("Track record"), "off by default");
    assert!(!kit(&root).contains("Hand Spring"));

    // On for one creator.
    let profile = read(&root, "content/creators/creator-001.yaml");
    write(&root, "content/creators/creator-001.yaml", &format!("{profile}track_record: true\n"));
    build(&root);
    let page = kit(&root);
    assert!(page.contains("Track record"));
    let section = page.split("id=\"h-track\"").nth(1).unwrap().split("</section>").next().unwrap();
    // Newest first; Hand Summer's reach 30,000 and 600 engagements are hers, the inline creator's are not.
    let (summer, spring) = (section.find("Hand Summer").unwrap(), section.find("Hand Spring").unwrap());
    assert!(summer < spring);
    assert!(section.contains("30,000") && section.contains("600"));
    assert!(!section.contains("$") && !section.contains("6,000"), "no fee, cost or revenue: {section}");
    assert!(!read(&root, "public/creators/creator-002/index.html").contains("Track record"));

    // A campaign edit reaches the kit that lists it; the result equals a fresh build.
    let summer_yaml = read(&root, "content/campaigns/hand-summer.yaml");
    write(&root, "content/campaigns/hand-summer.yaml", &summer_yaml.replace("reach: 30000", "reach: 31000"));
    build(&root);
    assert!(kit(&root).contains("31,000"));
    assert_same_as_scratch(&root);

    // Off for her, on for the site: every other kit of a named creator shows one.
    write(&root, "content/creators/creator-001.yaml", &format!("{profile}track_record: false\n"));
    let config = read(&root, "mediakit.yaml");
    write(&root, "mediakit.yaml", &format!("{config}track_record: true\n"));
    build(&root);
    assert!(!kit(&root).contains("Track record"), "the creator's own word wins");
    assert!(read(&root, "public/creators/creator-013/index.html").contains("Track record"));
    assert!(!read(&root, "public/creators/creator-002/index.html").contains("Track record"), "in no campaign");
}

#[test]
fn moving_a_creator_between_facets_rebuilds_incrementally_as_from_scratch() {
    let (root, _) = desk_site("desk-incremental");
    let first = build(&root);
    let untouched = fs::read(root.join("public/niches/gaming/index.html")).unwrap();
    // creator-000 was Skincare and Fitness on Instagram; now Travel, and a
    // mega creator on X too.
    let profile = read(&root, "content/creators/creator-000.yaml");
    let moved = profile.replacen("niches: [Skincare, Fitness, skincare]", "niches: [Travel]", 1).replacen(
        "platforms:\n",
        "platforms:\n  - {platform: x, followers: 2000000}\n",
        1,
    );
    assert!(moved.contains("niches: [Travel]") && moved.contains("platform: x"), "{moved}");
    write(&root, "content/creators/creator-000.yaml", &moved);
    let second = build(&root);
    assert!(second.rendered < first.rendered / 4, "{} of {} units rendered again", second.rendered, first.rendered);
    assert_same_as_scratch(&root);
    let travel = listing(&root.join("public"), "niches/travel/");
    assert!(travel.iter().flatten().any(|s| s == "creator-000"));
    assert!(!listing(&root.join("public"), "niches/skincare/").iter().flatten().any(|s| s == "creator-000"));
    assert!(listing(&root.join("public"), "tiers/mega/").iter().flatten().any(|s| s == "creator-000"));
    assert!(root.join("public/platforms/x/index.html").is_file());
    assert_eq!(fs::read(root.join("public/niches/gaming/index.html")).unwrap(), untouched);

    // A campaign that changes brand moves between rollups.
    let c = read(&root, "content/campaigns/campaign-00.yaml");
    write(&root, "content/campaigns/campaign-00.yaml", &c.replace("brand: Lumen Skincare", "brand: Newbrand"));
    build(&root);
    assert!(root.join("public/brands/newbrand/index.html").is_file());
    assert!(!read(&root, "public/brands/lumen-skincare/index.html").contains("Campaign 00"));
    assert_same_as_scratch(&root);
}

#[test]
fn a_page_size_out_of_range_is_an_error_naming_the_line() {
    let (root, _) = desk_site("desk-page-size");
    let config = read(&root, "mediakit.yaml");
    write(&root, "mediakit.yaml", &format!("{config}page_size: 0\n"));
    let err = pipeline::build(&BuildOptions { root: root.to_path_buf(), out: None, base_url: None }).unwrap_err();
    let text = err.render();
    assert!(text.contains("mediakit.yaml:5"), "{text}");
    assert!(text.contains("page_size") && text.contains("at least 1, found 0"), "{text}");
    write(&root, "mediakit.yaml", &format!("{config}page_size: 5000\n"));
    let err = pipeline::build(&BuildOptions { root: root.to_path_buf(), out: None, base_url: None }).unwrap_err();
    let text = err.render();
    assert!(text.contains("mediakit.yaml:5") && text.contains("no larger than 1000, found 5000"), "{text}");
    // A small page size paginates every listing the same way.
    write(&root, "mediakit.yaml", &format!("{config}page_size: 7\n"));
    build(&root);
    let roster = listing(&root.join("public"), "");
    assert_eq!(roster.len(), CREATORS.div_ceil(7));
    let gaming = listing(&root.join("public"), "niches/gaming/");
    assert!(gaming.len() > 1 && gaming.iter().all(|p| p.len() <= 7));
}
