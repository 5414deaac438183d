//! `mediakit serve` answers exactly what `mediakit build` writes: the real
//! server on a copy of `tests/fixtures/harness-site`, walked through a
//! sequence of edits on disk. After each edit has been rebuilt, a fresh
//! `mediakit build --base-url <serve's own address>` of the edited site is
//! made, and every file of it must be served with identical bytes (PDFs
//! included, which serve makes on request), HTML once the live-reload
//! snippet serve adds before `</body>` is taken out again; and every path
//! of an earlier build that the current one no longer has must answer 404.

#![cfg(unix)]

mod harness;

use std::collections::BTreeSet;
use std::thread;
use std::time::{Duration, Instant};

use harness::serve::Serve;
use harness::{Output, SiteTest};

/// How long serve may take, once it has printed its rebuild line, to show
/// what a build makes (it is usually there already; this covers an edit
/// whose file events arrive in two batches).
const SETTLE: Duration = Duration::from_secs(10);

/// Problems listed in full before the rest are counted.
const SHOWN: usize = 12;

#[test]
fn content_config_and_theme_edits() {
    let site = SiteTest::fixture("harness-site");
    let serve = Serve::start(site.root());
    let mut walk = Walk::new(&site, &serve);
    walk.compare("the site as it starts");

    walk.step("edit a creator's profile", "content/creators/mia-rossi.yaml", |s| {
        s.replace("content/creators/mia-rossi.yaml", "minus the jargon", "plainly explained")
    });
    walk.step("edit a profile that both campaigns name", "content/creators/leo-park.yaml", |s| {
        s.replace(
            "content/creators/leo-park.yaml",
            "followers: 120000\n    avg_likes",
            "followers: 150000\n    avg_likes",
        )
    });
    walk.step("edit a campaign", "content/campaigns/summer-glow.yaml", |s| {
        s.replace("content/campaigns/summer-glow.yaml", "clicks: 800", "clicks: 900")
    });
    walk.step("move a creator to other niches", "content/creators/mia-rossi.yaml", |s| {
        s.replace("content/creators/mia-rossi.yaml", "niches: [skincare, wellness]", "niches: [tech, travel]")
    });
    walk.step("change the brand of a campaign", "content/campaigns/quiet-launch.yaml", |s| {
        s.replace("content/campaigns/quiet-launch.yaml", "brand: Northwind Audio", "brand: Sunny Skin")
    });
    walk.step("turn on a creator's track record", "content/creators/leo-park.yaml", |s| {
        let profile = s.read("content/creators/leo-park.yaml");
        s.write("content/creators/leo-park.yaml", &format!("{profile}track_record: true\n"));
    });
    walk.step("edit a campaign a track record lists", "content/campaigns/summer-glow.yaml", |s| {
        s.replace("content/campaigns/summer-glow.yaml", "clicks: 900", "clicks: 950")
    });
    walk.step("add a creator", "content/creators/zoe-new.yaml", |s| {
        s.write("content/creators/zoe-new.yaml", NEW_CREATOR)
    });
    walk.step("delete a creator", "content/creators/sam-lee.yaml", |s| s.remove("content/creators/sam-lee.yaml"));
    walk.step("edit mediakit.yaml", "mediakit.yaml", |s| {
        let config = s.read("mediakit.yaml");
        let edited = config.replacen("title: Harbour Talent", "title: Harbour Talent Agency", 1).replacen(
            "primary_color: \"#0E7490\"",
            "primary_color: \"#7C3AED\"",
            1,
        );
        assert_eq!(edited.matches("Harbour Talent Agency").count() + edited.matches("#7C3AED").count(), 2);
        s.write("mediakit.yaml", &edited);
    });
    walk.step("override the theme's 404.html", "themes/studio/templates/404.html", |s| {
        let page = builtin_template("404.html").replace("This page does not exist", "Nothing here (override)");
        s.write("themes/studio/templates/404.html", &page);
    });
    walk.step("override the theme's kit.html", "themes/studio/templates/kit.html", |s| {
        let kit = builtin_template("kit.html");
        let marked = kit.replacen("{% block main %}", "{% block main %}<p class=\"note\">KIT-OVERRIDE</p>", 1);
        assert_ne!(kit, marked, "kit.html has a main block");
        s.write("themes/studio/templates/kit.html", &marked);
    });
    // An edit made while the content is broken is held back, and shows
    // together with the fix.
    walk.broken("a campaign names an unknown creator", "content/campaigns/quiet-launch.yaml", |s| {
        s.replace("content/campaigns/quiet-launch.yaml", "creator: mia-rossi", "creator: mia-rosi")
    });
    walk.broken("edit a creator while the site is broken", "content/creators/leo-park.yaml", |s| {
        s.replace("content/creators/leo-park.yaml", "Budget tech, honestly reviewed", "Budget tech, tested for a month")
    });
    walk.step("mend the campaign", "content/campaigns/quiet-launch.yaml", |s| {
        s.replace("content/campaigns/quiet-launch.yaml", "creator: mia-rosi", "creator: mia-rossi")
    });
    walk.finish();
}

#[test]
fn static_file_edits() {
    let site = SiteTest::fixture("harness-site");
    let serve = Serve::start(site.root());
    let mut walk = Walk::new(&site, &serve);
    // This also has serve make every PDF before the edits below.
    walk.compare("the site as it starts");

    walk.step("add a static file", "static/press/notes.txt", |s| s.write("static/press/notes.txt", "Press notes.\n"));
    // The kit's PDF embeds the photo; its page only links to it.
    walk.step("change a creator's photo", "static/photos/mia.svg", |s| {
        s.replace("static/photos/mia.svg", "fill=\"#FDE68A\"", "fill=\"#A7F3D0\"")
    });
    walk.step("change the brand logo", "static/logo.svg", |s| {
        s.replace("static/logo.svg", ">Harbour</text>", ">Harbour Co</text>")
    });
    walk.step("delete a static file", "static/CNAME", |s| s.remove("static/CNAME"));
    // Pages link `css/custom.css` only while the site has one.
    walk.step("add static/css/custom.css", "static/css/custom.css", |s| {
        s.write("static/css/custom.css", ".hero { outline: 1px solid; }\n")
    });
    walk.step("change static/css/custom.css", "static/css/custom.css", |s| {
        s.write("static/css/custom.css", ".hero { outline: 2px dashed; }\n")
    });
    walk.step("delete static/css/custom.css", "static/css/custom.css", |s| s.remove("static/css/custom.css"));
    walk.finish();
}

/// Exports and spreadsheets are inputs like the YAML: an export dropped into
/// an imported folder, an edited export and an edited campaign sheet each
/// bring what serve shows up to what a build makes.
#[test]
fn export_edits() {
    let site = SiteTest::fixture("import-site");
    let serve = Serve::start(site.root());
    let mut walk = Walk::new(&site, &serve);
    walk.compare("the site as it starts");
    walk.step("drop a new export file into an imported folder", "data/tess/tiktok/Content_2.csv", |s| {
        s.write(
            "data/tess/tiktok/Content_2.csv",
            "Time,Video title,Video link,Post time,Total likes,Total comments,Total shares,Total views\n\
             January 1,New year,https://www.tiktok.com/@tessbakes/video/14,January 1,4000,300,200,90000\n",
        )
    });
    walk.step("edit an imported follower history", "data/tess/tiktok/FollowerHistory.csv", |s| {
        s.replace("data/tess/tiktok/FollowerHistory.csv", "\"21,100\"", "\"24,000\"")
    });
    walk.step("edit a campaign's spreadsheet", "data/campaign/posts.csv", |s| {
        s.replace("data/campaign/posts.csv", ",900,50,", ",990,50,")
    });
    walk.step("edit a YAML value that wins over the export", "content/creators/tess.yaml", |s| {
        s.replace(
            "content/creators/tess.yaml",
            "handle: \"@tessbakes\"",
            "handle: \"@tessbakes\"\n    followers: 30000",
        )
    });
    walk.finish();
}

const NEW_CREATOR: &str = "name: Zoe New
tagline: Added while serve runs
platforms:
  - {platform: instagram, handle: \"@zoe.new\", followers: 12000, avg_likes: 600, avg_comments: 30}
rates:
  items:
    - {platform: instagram, deliverable: post, price: 500}
";

fn builtin_template(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/studio/templates").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

struct Walk<'a> {
    site: &'a SiteTest,
    serve: &'a Serve,
    /// Every site path of every build so far.
    seen: BTreeSet<String>,
    builds: usize,
    /// What each step that failed found; the walk goes on, so one run
    /// tells every step that differs.
    failures: Vec<String>,
}

impl<'a> Walk<'a> {
    fn new(site: &'a SiteTest, serve: &'a Serve) -> Walk<'a> {
        Walk { site, serve, seen: BTreeSet::new(), builds: 0, failures: Vec::new() }
    }

    /// Fails with what every step that differed found.
    fn finish(self) {
        assert!(
            self.failures.is_empty(),
            "{} of {} steps differ:\n\n{}\n\nserve said:\n{}",
            self.failures.len(),
            self.builds,
            self.failures.join("\n\n"),
            self.serve.log()
        );
    }

    /// Makes an edit that breaks the content and waits for serve to say so
    /// (`✗ <source>: …`); there is nothing to compare until it is mended.
    fn broken(&mut self, what: &str, source: &str, edit: impl FnOnce(&SiteTest)) {
        let mark = self.serve.mark();
        edit(self.site);
        let line = self.serve.wait_for_rebuild(mark, source, &format!("serve to report: {what}"));
        assert!(line.starts_with('✗'), "{what}: serve took a broken edit as good:\n{}", self.serve.log());
    }

    /// Makes an edit of `source`, waits until serve says it has rebuilt
    /// after it (its documented `↻ <source> → …` line), then compares.
    fn step(&mut self, what: &str, source: &str, edit: impl FnOnce(&SiteTest)) {
        let mark = self.serve.mark();
        edit(self.site);
        let line = self.serve.wait_for_rebuild(mark, source, &format!("serve to rebuild after: {what}"));
        assert!(line.starts_with('↻'), "{what}: serve reports a problem with a good edit:\n{}", self.serve.log());
        self.compare(what);
    }

    fn compare(&mut self, step: &str) {
        self.builds += 1;
        let out_dir = self.site.beside(&format!("build-{}", self.builds));
        let out = self.site.build_into(&out_dir, &["--base-url", &self.serve.base_url()]);
        let files = out.site_files();
        assert!(files.iter().any(|f| f == "index.html"), "{step}: the build has no roster: {files:?}");
        let gone: Vec<String> = self.seen.iter().filter(|p| !files.contains(p)).cloned().collect();
        let deadline = Instant::now() + SETTLE;
        loop {
            let mut problems = self.mismatches(&out, &files);
            problems.extend(self.still_served(&gone));
            if problems.is_empty() {
                break;
            }
            if Instant::now() >= deadline {
                let count = problems.len();
                let mut report = problems.into_iter().take(SHOWN).collect::<Vec<_>>().join("\n\n");
                if count > SHOWN {
                    report.push_str(&format!("\n\n… and {} more", count - SHOWN));
                }
                self.failures.push(format!(
                    "step {} `{step}`: {count} of {} paths are served differently from `mediakit build` \
                     (after waiting {SETTLE:?}):\n\n{report}",
                    self.builds,
                    files.len() + gone.len(),
                ));
                break;
            }
            thread::sleep(Duration::from_millis(50));
        }
        self.seen.extend(files);
    }

    /// What differs between the build's files and what serve answers for them.
    fn mismatches(&self, out: &Output, files: &[String]) -> Vec<String> {
        let mut problems = Vec::new();
        for rel in files {
            let reply = self.serve.get(rel);
            if reply.status != 200 {
                problems.push(format!("/{rel}: status {} (the build has this file)", reply.status));
                continue;
            }
            let built = out.bytes(rel);
            let served = if rel.ends_with(".html") || rel.ends_with(".htm") {
                match strip_live_reload(&reply.body, rel) {
                    Ok(page) => page,
                    Err(e) => {
                        problems.push(format!("/{rel}: {e}"));
                        continue;
                    }
                }
            } else {
                reply.body
            };
            if served != built {
                problems.push(format!("/{rel}: {}", describe_difference(&built, &served)));
            }
        }
        problems
    }

    /// Paths of earlier builds that serve still answers with anything but 404.
    fn still_served(&self, gone: &[String]) -> Vec<String> {
        gone.iter()
            .filter_map(|rel| {
                let status = self.serve.get(rel).status;
                (status != 404).then(|| format!("/{rel}: status {status}, but the build no longer has it (want 404)"))
            })
            .collect()
    }
}

/// The page as built: `served` without the snippet serve places just
/// before the last `</body` (or at the end), exactly as
/// `src/serve/inject.rs` writes it while the content has no problems:
///
/// ```text
/// <div id="mediakit-problems" …display:none…>…</div></div>\n
/// <script src="/__mediakit/live.js" data-path="PATH" data-generation="N"></script>\n
/// ```
fn strip_live_reload(served: &[u8], rel: &str) -> Result<Vec<u8>, String> {
    const OVERLAY: &[u8] = b"<div id=\"mediakit-problems\" role=\"alert\" style=\"display:none;";
    let end = rfind_ci(served, b"</body").unwrap_or(served.len());
    let start = rfind(&served[..end], OVERLAY)
        .ok_or("no hidden problems overlay before </body> (want the live-reload snippet there, with no problems)")?;
    let snippet = std::str::from_utf8(&served[start..end]).map_err(|_| "the snippet is not UTF-8".to_string())?;
    let script = format!("<script src=\"/__mediakit/live.js\" data-path=\"{rel}\" data-generation=\"");
    let (overlay, tail) =
        snippet.split_once(&script).ok_or_else(|| format!("no `{script}…` just before </body>:\n{snippet}"))?;
    let generation = tail.strip_suffix("\"></script>\n").unwrap_or("");
    let well_formed = overlay.ends_with("</div></div>\n")
        && overlay.matches("<div").count() == 2
        && !generation.is_empty()
        && generation.bytes().all(|b| b.is_ascii_digit());
    if !well_formed {
        return Err(format!("the live-reload snippet is not as serve writes it:\n{snippet}"));
    }
    let mut page = served[..start].to_vec();
    page.extend_from_slice(&served[end..]);
    Ok(page)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn rfind_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w.eq_ignore_ascii_case(needle))
}

/// Where two versions of a file first differ, with the line around it for text.
fn describe_difference(built: &[u8], served: &[u8]) -> String {
    let at = built.iter().zip(served).position(|(a, b)| a != b).unwrap_or(built.len().min(served.len()));
    let sizes = format!("built {} bytes, served {} bytes, first difference at byte {at}", built.len(), served.len());
    match (std::str::from_utf8(built), std::str::from_utf8(served)) {
        (Ok(b), Ok(s)) => {
            let line = b[..at.min(b.len())].matches('\n').count() + 1;
            let around = |text: &str| {
                let mut text_at = at.min(text.len());
                while !text.is_char_boundary(text_at) {
                    text_at -= 1;
                }
                let from = text[..text_at].rfind('\n').map_or(0, |i| i + 1);
                let to = text[text_at..].find('\n').map_or(text.len(), |i| text_at + i);
                let line = &text[from..to];
                // A long line is shown from a little before the difference.
                let skip = text[from..text_at].chars().count().saturating_sub(100);
                line.chars().skip(skip).take(240).collect::<String>()
            };
            format!("{sizes} (line {line})\n  built : {}\n  served: {}", around(b), around(s))
        }
        _ => {
            let around = |bytes: &[u8]| {
                let window = bytes.get(at.saturating_sub(24)..(at + 24).min(bytes.len())).unwrap_or(&[]);
                window.escape_ascii().to_string()
            };
            format!("{sizes}\n  built : {}\n  served: {}", around(built), around(served))
        }
    }
}
