//! The plain-site twin of a mediakit site, for comparing build speed with
//! other static-site generators on the same content:
//!
//! ```sh
//! cargo run --release --example plain_site -- --site /tmp/site --out /tmp/hugo --engine hugo
//! cargo run --release --example plain_site -- --site /tmp/site --out /tmp/zola --engine zola
//! ```
//!
//! Every creator profile becomes one page whose front matter carries the
//! profile's fields (platforms with recent posts and history, audience,
//! partners, testimonials, rates) and whose body is the markdown bio; the home
//! page lists every creator. The layouts in `benches/plain-site/` show all of
//! those fields and render the markdown ones, so the other generator does the
//! same kind of work per page as a media kit, minus the figures, charts and
//! PDFs only mediakit makes. Campaigns have no equivalent and are left out.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{Map, Value};

#[derive(Clone, Copy, PartialEq)]
pub enum Engine {
    Hugo,
    Zola,
}

pub struct Args {
    pub site: PathBuf,
    pub out: PathBuf,
    pub engine: Engine,
}

const HUGO_FILES: [(&str, &str); 2] = [
    ("layouts/index.html", include_str!("../benches/plain-site/hugo/layouts/index.html")),
    ("layouts/_default/single.html", include_str!("../benches/plain-site/hugo/layouts/_default/single.html")),
];
const ZOLA_FILES: [(&str, &str); 2] = [
    ("templates/index.html", include_str!("../benches/plain-site/zola/templates/index.html")),
    ("templates/page.html", include_str!("../benches/plain-site/zola/templates/page.html")),
];

fn parse(argv: &[String]) -> Result<Args, String> {
    let (mut site, mut out, mut engine) = (None, None, None);
    let mut i = 0;
    while i < argv.len() {
        let value = argv.get(i + 1).ok_or_else(|| format!("{} needs a value", argv[i]))?;
        match argv[i].as_str() {
            "--site" => site = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--engine" => {
                engine = Some(match value.as_str() {
                    "hugo" => Engine::Hugo,
                    "zola" => Engine::Zola,
                    other => return Err(format!("--engine is hugo or zola, not {other}")),
                })
            }
            other => return Err(format!("unknown option {other}")),
        }
        i += 2;
    }
    Ok(Args {
        site: site.ok_or("--site DIR is required")?,
        out: out.ok_or("--out DIR is required")?,
        engine: engine.ok_or("--engine hugo|zola is required")?,
    })
}

fn read_yaml(path: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_saphyr::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn text_field(value: &Value, key: &str) -> String {
    value.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

fn config(engine: Engine, title: &str, base_url: &str) -> String {
    let title = serde_json::to_string(title).unwrap_or_else(|_| "\"\"".to_string());
    let base = base_url.trim_end_matches('/');
    match engine {
        // Only the kinds a mediakit site has an equivalent of: pages, the
        // roster and the sitemap.
        Engine::Hugo => format!(
            "baseURL = \"{base}/\"\ntitle = {title}\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"robotsTXT\", \"404\", \"section\"]\n"
        ),
        Engine::Zola => {
            format!("base_url = \"{base}\"\ntitle = {title}\ncompile_sass = false\nbuild_search_index = false\n")
        }
    }
}

/// One creator page: front matter with every field but the bio, which is
/// the markdown body.
fn page(engine: Engine, profile: &Value) -> Result<String, String> {
    let mut fields: Map<String, Value> = profile.as_object().cloned().unwrap_or_default();
    let bio = fields.remove("bio").and_then(|b| b.as_str().map(str::to_string)).unwrap_or_default();
    let title = text_field(profile, "name");
    let json = |v: &Value| serde_json::to_string(v).map_err(|e| e.to_string());
    match engine {
        Engine::Hugo => {
            // Hugo reads a leading JSON object as front matter and puts
            // unknown keys in .Params.
            fields.insert("title".to_string(), Value::String(title));
            Ok(format!("{}\n\n{bio}\n", json(&Value::Object(fields))?))
        }
        Engine::Zola => {
            // Zola allows only its own keys at the top, the rest goes under
            // `extra`; JSON is valid YAML, so the values need no conversion.
            let title = json(&Value::String(title))?;
            Ok(format!("---\ntitle: {title}\nextra: {}\n---\n\n{bio}\n", json(&Value::Object(fields))?))
        }
    }
}

/// Writes the plain site and returns how many creator pages it has.
pub fn convert(args: &Args) -> Result<usize, String> {
    let site_config = args.site.join("mediakit.yaml");
    let config_value = if site_config.is_file() { read_yaml(&site_config)? } else { Value::Null };
    let title = Some(text_field(&config_value, "title")).filter(|t| !t.is_empty()).unwrap_or("Media kits".into());
    let base_url = Some(text_field(&config_value, "base_url")).filter(|t| !t.is_empty()).unwrap_or("/".into());

    let content = args.out.join("content");
    // Start clean so a smaller site does not keep pages of a bigger one.
    for dir in [content.clone(), args.out.join("public")] {
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
        }
    }
    fs::create_dir_all(&content).map_err(|e| format!("cannot create {}: {e}", content.display()))?;
    write(&args.out.join("config.toml"), &config(args.engine, &title, &base_url))?;
    let files = if args.engine == Engine::Hugo { HUGO_FILES } else { ZOLA_FILES };
    for (path, text) in files {
        write(&args.out.join(path), text)?;
    }
    if args.engine == Engine::Zola {
        write(&content.join("_index.md"), "+++\nsort_by = \"title\"\n+++\n")?;
    }

    let creators = args.site.join("content/creators");
    let mut paths: Vec<PathBuf> = fs::read_dir(&creators)
        .map_err(|e| format!("cannot read {}: {e}", creators.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    for path in &paths {
        let slug = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let profile = read_yaml(path)?;
        write(&content.join(format!("{slug}.md")), &page(args.engine, &profile)?)?;
    }
    Ok(paths.len())
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse(&argv) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\nusage: plain_site --site DIR --out DIR --engine hugo|zola");
            return ExitCode::from(2);
        }
    };
    match convert(&args) {
        Ok(pages) => {
            eprintln!("wrote {pages} creator pages to {}", args.out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
