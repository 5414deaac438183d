//! A synthetic site of realistic size for benchmarks:
//!
//! ```sh
//! cargo run --release --example gen_site -- --creators 1000 --out /tmp/site [--seed 7]
//! ```
//!
//! N creators, each with four platforms (followers, averages, twelve recent
//! posts, a year of monthly history), an audience, a bio of 300 words,
//! partners, testimonials and a rate card; and N / 10 campaigns of 5 to 60 of
//! those creators with one to three posts each. The same seed always writes
//! the same files, and the site passes `mediakit check`.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// SplitMix64: tiny, fast and good enough to vary synthetic content.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    /// A float in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &[
    "Ava", "Noah", "Mia", "Liam", "Zoe", "Kenji", "Priya", "Diego", "Lena", "Omar", "Sofia", "Marcus", "Noor", "Jules",
    "Tess", "Sam", "Ines", "Felix", "Maya", "Ravi", "Clara", "Theo", "Amara", "Luca", "Hana", "Eli", "Nadia", "Oscar",
];
const LAST: &[&str] = &[
    "Chen", "Santos", "Moreau", "Fischer", "Hale", "Haddad", "Raman", "Okafor", "Kim", "Novak", "Rossi", "Silva",
    "Dubois", "Larsen", "Ahmed", "Tanaka", "Meyer", "Garcia", "Kowalski", "Osei", "Laurent", "Berg", "Costa", "Singh",
];
const NICHES: &[&str] = &[
    "skincare",
    "clean beauty",
    "fitness",
    "running",
    "home cooking",
    "baking",
    "travel",
    "budget travel",
    "tech",
    "gaming",
    "parenting",
    "sustainable fashion",
    "streetwear",
    "interior design",
    "personal finance",
    "wellness",
];
const CITIES: &[&str] = &[
    "Austin, TX",
    "Lisbon, Portugal",
    "Berlin, Germany",
    "Toronto, Canada",
    "Melbourne, Australia",
    "Lyon, France",
    "Brooklyn, NY",
    "Manchester, UK",
    "Milan, Italy",
    "Seoul, South Korea",
    "Mexico City, Mexico",
    "Cape Town, South Africa",
];
const COUNTRIES: &[&str] = &[
    "United States",
    "United Kingdom",
    "Canada",
    "Germany",
    "France",
    "Australia",
    "Brazil",
    "Spain",
    "Italy",
    "Mexico",
];
const BRANDS: &[&str] = &[
    "Lumen Skincare",
    "Northwind Outdoors",
    "Kettle & Crumb",
    "Pulse Athletics",
    "Arc Audio",
    "Verde Home",
    "Tidal Travel",
    "Bloom Botanics",
    "Circuit Labs",
    "Oat & Ember",
    "Summit Gear",
    "Halo Haircare",
    "Fern Finance",
    "Mosaic Interiors",
];
const WORDS: &[&str] = &[
    "honest",
    "reviews",
    "routines",
    "every",
    "product",
    "tested",
    "weeks",
    "community",
    "trust",
    "simple",
    "daily",
    "recipes",
    "budget",
    "real",
    "results",
    "behind",
    "scenes",
    "followers",
    "questions",
    "answers",
    "brands",
    "long",
    "term",
    "partnerships",
    "audience",
    "engaged",
    "comments",
    "saves",
    "tutorials",
    "guides",
    "before",
    "after",
    "stories",
    "season",
    "launch",
    "favourites",
    "kitchen",
    "studio",
    "morning",
    "evening",
    "mindful",
    "practical",
];
const PLATFORMS: [&str; 4] = ["instagram", "tiktok", "youtube", "pinterest"];

fn quote(text: &str) -> String {
    // A JSON string is a valid double-quoted YAML scalar.
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

fn date(year: u32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// Exactly 300 words of markdown in three paragraphs of 100, so every kit
/// carries the same amount of prose.
fn bio(rng: &mut Rng, name: &str, niche: &str) -> String {
    const PARAGRAPH_WORDS: usize = 100;
    let openers = [
        format!("I'm {name}, and I make **{niche}** content for people who want the truth before they buy."),
        format!("Everything I post about {niche} is something I have used for at least a month."),
        "Brands work with me because my audience asks real questions and acts on the answers.".to_string(),
    ];
    let mut paragraphs = Vec::with_capacity(openers.len());
    for opener in openers {
        let mut text = format!("  {opener}");
        let mut words = opener.split_whitespace().count();
        while words < PARAGRAPH_WORDS {
            // The last sentence is cut short to land on the word count.
            let n = (rng.range(8, 14) as usize).min(PARAGRAPH_WORDS - words);
            let mut sentence: Vec<&str> = (0..n).map(|_| rng.pick(WORDS)).collect();
            let first = sentence[0];
            let capital = format!("{}{}", first[..1].to_uppercase(), &first[1..]);
            sentence[0] = &capital;
            let _ = write!(text, " {}.", sentence.join(" "));
            words += n;
        }
        paragraphs.push(text);
    }
    paragraphs.join("\n\n")
}

struct Profile {
    slug: String,
    followers: [u64; 4],
}

fn creator(rng: &mut Rng, index: usize) -> (Profile, String) {
    let (first, last) = (rng.pick(FIRST), rng.pick(LAST));
    let name = format!("{first} {last}");
    let slug = format!("{}-{}-{index:05}", first.to_lowercase(), last.to_lowercase());
    let niche = rng.pick(NICHES);
    let mut y = String::new();
    let _ = writeln!(y, "name: {}", quote(&name));
    let _ = writeln!(y, "tagline: {}", quote(&format!("{} for people who want honest reviews", capitalise(niche))));
    let _ = writeln!(y, "location: {}", quote(rng.pick(CITIES)));
    let _ = writeln!(y, "niches: [{}, {}]", quote(niche), quote(rng.pick(NICHES)));
    let _ = writeln!(y, "as_of: 2026-11-01");
    let handle = format!("{}{}", first.to_lowercase(), last.to_lowercase());
    let _ = writeln!(y, "contact: {{email: {handle}@example.com, website: https://{handle}.example}}");
    let _ = writeln!(y, "bio: |\n{}", bio(rng, &name, niche));
    let _ = writeln!(y, "platforms:");
    // Sizes spread over every tier, from nano to mega.
    let scale = 10f64.powf(3.0 + rng.unit() * 3.3);
    let mut followers = [0u64; 4];
    for (i, platform) in PLATFORMS.iter().enumerate() {
        let f = (scale * (0.2 + rng.unit() * 1.6)).round() as u64 + 500;
        followers[i] = f;
        let er = 0.01 + rng.unit() * 0.08;
        let likes = (f as f64 * er * 0.8) as u64;
        let _ = writeln!(y, "  - platform: {platform}");
        let _ = writeln!(y, "    handle: \"@{handle}\"");
        let _ = writeln!(y, "    url: https://{platform}.com/{handle}");
        let _ = writeln!(y, "    followers: {f}");
        let _ = writeln!(y, "    avg_reach: {}", (f as f64 * (0.3 + rng.unit() * 0.5)) as u64);
        let _ = writeln!(y, "    recent_posts:");
        for p in 0..12u32 {
            let jitter = 0.6 + rng.unit() * 0.8;
            let l = (likes as f64 * jitter) as u64;
            let _ = writeln!(
                y,
                "      - {{date: {}, likes: {l}, comments: {}, shares: {}, saves: {}, reach: {}}}",
                date(2026, 10 - p / 4, 28 - (p % 4) * 7),
                l / 12 + 1,
                l / 20,
                l / 8,
                (f as f64 * (0.3 + rng.unit() * 0.4)) as u64
            );
        }
        let _ = writeln!(y, "    history:");
        let mut h = f as f64 / (1.0 + rng.unit() * 0.4);
        for month in 0..12u32 {
            let _ = writeln!(
                y,
                "      - {{date: {}, followers: {}}}",
                date(2025 + (month + 10) / 12, (month + 10) % 12 + 1, 1),
                h as u64
            );
            h *= 1.0 + rng.unit() * 0.04;
        }
    }
    let female = rng.range(20, 80);
    let other = rng.range(0, 3);
    let _ = writeln!(y, "audience:");
    let _ = writeln!(y, "  gender: {{female: {female}, male: {}, other: {other}}}", 100 - female - other);
    let a = [rng.range(2, 6), rng.range(20, 35), rng.range(25, 40), rng.range(8, 15)];
    let rest = 100 - a.iter().sum::<u64>();
    let _ = writeln!(
        y,
        "  age: {{\"13-17\": {}, \"18-24\": {}, \"25-34\": {}, \"35-44\": {}, \"45+\": {rest}}}",
        a[0], a[1], a[2], a[3]
    );
    let main = rng.range(40, 70);
    let _ = writeln!(
        y,
        "  locations: [{{name: {}, share: {main}}}, {{name: {}, share: {}}}, {{name: {}, share: 8}}]",
        quote(COUNTRIES[index % COUNTRIES.len()]),
        quote(COUNTRIES[(index + 3) % COUNTRIES.len()]),
        (100 - main) / 2,
        quote(COUNTRIES[(index + 5) % COUNTRIES.len()])
    );
    let _ = writeln!(y, "partners:");
    for _ in 0..rng.range(3, 6) {
        let _ = writeln!(
            y,
            "  - {{brand: {}, year: {}, summary: {}}}",
            quote(rng.pick(BRANDS)),
            rng.range(2023, 2026),
            quote(&format!(
                "{} reels and {} stories, {} sales via code",
                rng.range(1, 4),
                rng.range(2, 6),
                rng.range(10, 400)
            ))
        );
    }
    let _ = writeln!(y, "testimonials:");
    for _ in 0..rng.range(1, 3) {
        let _ = writeln!(
            y,
            "  - {{quote: {}, author: {}}}",
            quote(&format!(
                "{first} delivered on time and the {} beat our benchmark.",
                rng.pick(&["reach", "engagement", "sales"])
            )),
            quote(&format!("{} {}, {}", rng.pick(FIRST), rng.pick(LAST), rng.pick(BRANDS)))
        );
    }
    let base = (scale / 40.0).max(50.0).round() as u64;
    let _ = writeln!(y, "rates:");
    let _ = writeln!(y, "  items:");
    for (platform, deliverable, k) in
        [("instagram", "reel", 3), ("instagram", "story", 1), ("tiktok", "video", 2), ("youtube", "video", 5)]
    {
        let _ = writeln!(y, "    - {{platform: {platform}, deliverable: {deliverable}, price: {}}}", base * k);
    }
    let _ = writeln!(y, "  packages:");
    let _ = writeln!(y, "    - {{name: Launch bundle, includes: [\"2 reels\", \"3 stories\"], price: {}}}", base * 8);
    let _ = writeln!(y, "  addons:");
    let _ = writeln!(y, "    - {{name: Usage rights (30 days), percent: 25}}");
    let _ = writeln!(y, "    - {{name: Rush (under 72 h), amount: {}}}", base);
    let _ = writeln!(y, "  notes: \"50% upfront, 50% on delivery.\"");
    (Profile { slug, followers }, y)
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn campaign(rng: &mut Rng, index: usize, profiles: &[Profile]) -> (String, String) {
    let brand = rng.pick(BRANDS);
    let slug = format!("{}-{index:04}", brand.to_lowercase().replace(" & ", "-").replace(' ', "-"));
    let month = rng.range(1, 12) as u32;
    let mut y = String::new();
    let _ = writeln!(
        y,
        "name: {}",
        quote(&format!("{brand} {} push #{index}", rng.pick(&["Spring", "Summer", "Autumn", "Holiday"])))
    );
    let _ = writeln!(y, "brand: {}", quote(brand));
    let _ = writeln!(y, "start: {}", date(2026, month, 1));
    let _ = writeln!(y, "end: {}", date(2026, month, 28));
    let _ = writeln!(y, "objective: {}", rng.pick(&["awareness", "engagement", "traffic", "conversions"]));
    let _ = writeln!(y, "currency: USD");
    let count = (rng.range(5, 60) as usize).min(profiles.len());
    let _ = writeln!(y, "budget: {}", count as u64 * rng.range(400, 1500));
    let _ = writeln!(y, "goals: {{engagement_rate: 4, clicks: {}, conversions: {}, roas: 3}}", count * 300, count * 25);
    let _ = writeln!(
        y,
        "summary: |\n  The {brand} campaign ran across **{count} creators**. Short videos drove most of the reach."
    );
    let _ = writeln!(y, "costs: [{{name: Paid amplification, amount: {}}}]", rng.range(200, 3000));
    let _ = writeln!(y, "creators:");
    let start = rng.range(0, profiles.len() as u64 - 1) as usize;
    let step = 1 + rng.range(0, 6) as usize;
    let mut used = Vec::with_capacity(count);
    let mut at = start;
    while used.len() < count {
        if !used.contains(&at) {
            used.push(at);
        } else {
            at = (at + 1) % profiles.len();
            continue;
        }
        at = (at + step) % profiles.len();
    }
    for i in used {
        let p = &profiles[i];
        let _ = writeln!(y, "  - creator: {}", p.slug);
        let _ = writeln!(y, "    fee: {}", (p.followers[0] / 40).max(100));
        let _ = writeln!(y, "    product_cost: {}", rng.range(0, 200));
        let _ = writeln!(y, "    posts:");
        for _ in 0..rng.range(1, 3) {
            let k = rng.range(0, 2) as usize;
            let f = p.followers[k];
            let reach = (f as f64 * (0.3 + rng.unit() * 0.6)) as u64;
            let likes = (reach as f64 * (0.02 + rng.unit() * 0.08)) as u64;
            let clicks = reach / rng.range(30, 120);
            let conversions = clicks / rng.range(8, 30);
            let _ = writeln!(
                y,
                "      - {{platform: {}, format: {}, date: {}, reach: {reach}, impressions: {}, views: {}, likes: {likes}, comments: {}, shares: {}, saves: {}, clicks: {clicks}, conversions: {conversions}, revenue: {}}}",
                PLATFORMS[k],
                ["reel", "video", "short"][k],
                date(2026, month, rng.range(2, 27) as u32),
                reach * 13 / 10,
                reach * 11 / 10,
                likes / 12,
                likes / 20,
                likes / 8,
                conversions * rng.range(20, 90)
            );
        }
    }
    (slug, y)
}

fn config(creators: usize) -> String {
    format!(
        "title: Synthetic Talent ({creators} creators)\nbase_url: https://synthetic.example/kits\ntheme: studio\ncurrency: USD\nlocale: en-US\nbrand:\n  name: Synthetic Talent\n  primary_color: \"#0F766E\"\n  accent_color: \"#F59E0B\"\nengagement:\n  counts: [likes, comments, shares, saves]\n  average: mean\nemv: {{impression: 0.005, like: 0.10, comment: 0.50, share: 0.75, save: 0.60, click: 1.00}}\npdf: {{paper: a4}}\n"
    )
}

pub struct Args {
    pub creators: usize,
    pub out: PathBuf,
    pub seed: u64,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let (mut creators, mut out, mut seed) = (None, None, 1u64);
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).ok_or_else(|| format!("{} needs a value", args[i]))?;
        match args[i].as_str() {
            "--creators" => {
                creators = Some(value.parse().map_err(|_| format!("--creators expects a number, found {value}"))?)
            }
            "--out" => out = Some(PathBuf::from(value)),
            "--seed" => seed = value.parse().map_err(|_| format!("--seed expects a number, found {value}"))?,
            other => return Err(format!("unknown option {other}")),
        }
        i += 2;
    }
    let creators: usize = creators.ok_or("--creators N is required")?;
    if creators == 0 {
        return Err("--creators must be at least 1".to_string());
    }
    Ok(Args { creators, out: out.ok_or("--out DIR is required")?, seed })
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Writes the site and returns how many creators and campaigns it has.
pub fn generate(args: &Args) -> Result<(usize, usize), String> {
    let creators_dir = args.out.join("content/creators");
    let campaigns_dir = args.out.join("content/campaigns");
    // Start clean so a smaller site does not keep files of a bigger one.
    for dir in [&creators_dir, &campaigns_dir] {
        if dir.exists() {
            fs::remove_dir_all(dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
        }
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    write(&args.out.join("mediakit.yaml"), &config(args.creators))?;
    let mut rng = Rng(args.seed);
    let mut profiles = Vec::with_capacity(args.creators);
    for i in 0..args.creators {
        let (profile, yaml) = creator(&mut rng, i);
        write(&creators_dir.join(format!("{}.yaml", profile.slug)), &yaml)?;
        profiles.push(profile);
    }
    let campaigns = (args.creators / 10).max(1);
    for i in 0..campaigns {
        let (slug, yaml) = campaign(&mut rng, i, &profiles);
        write(&campaigns_dir.join(format!("{slug}.yaml")), &yaml)?;
    }
    Ok((args.creators, campaigns))
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse(&argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\nusage: gen_site --creators N --out DIR [--seed S]");
            return ExitCode::from(2);
        }
    };
    match generate(&args) {
        Ok((creators, campaigns)) => {
            eprintln!("wrote {creators} creators and {campaigns} campaigns to {}", args.out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
