//! `mediakit serve`: builds the site into memory, answers HTTP from there,
//! watches the site folder, rebuilds only what an edit touches, and tells
//! every open page (over server-sent events) to reload or to show the
//! content's problems. The output folder on disk is never touched.
//!
//! Threads: the main one runs rebuilds, one per batch of changed paths; a
//! few workers answer requests; each open page's event stream has its own.

pub mod address;
pub mod events;
pub mod http;
pub mod inject;
pub mod mime;
pub mod model;
pub mod output;
pub mod plan;
pub mod resolve;
pub mod signal;
pub mod watch;

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crate::cli::report;
use crate::diagnostics::{Diagnostics, plural};
use crate::paths::SitePaths;
use crate::pipeline::BuildOptions;
use crate::serve::events::Events;
use crate::serve::model::{Model, Outcome};
use crate::serve::output::Output;
use crate::serve::watch::{Batch, Watch};

/// Request workers; page loads are small and answered from memory.
const WORKERS: usize = 4;
/// How often the loops look at the stop flag.
const POLL: Duration = Duration::from_millis(50);

/// Rebuilds and what they mean for the served output and the open pages.
struct Engine {
    options: BuildOptions,
    paths: SitePaths,
    /// Shared with the request threads, which make PDFs from it on request.
    model: Arc<Mutex<Option<Model>>>,
    output: Arc<Output>,
    events: Arc<Events>,
    failing: bool,
}

fn describe(sources: &BTreeSet<String>) -> String {
    let list: Vec<&str> = sources.iter().map(String::as_str).collect();
    match list.as_slice() {
        [] => "the site".to_string(),
        [one] => one.to_string(),
        [a, b] => format!("{a}, {b}"),
        [first, rest @ ..] => format!("{first} and {} more", rest.len()),
    }
}

fn millis(started: Instant) -> String {
    format!("{:.1} ms", started.elapsed().as_secs_f64() * 1000.0)
}

impl Engine {
    fn model(&self) -> std::sync::MutexGuard<'_, Option<Model>> {
        self.model.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn handle(&mut self, batch: Batch) {
        let started = Instant::now();
        if batch.is_empty() {
            self.full("the site (the watcher lost track)", started);
            return;
        }
        let theme = self.model().as_ref().map(|m| m.theme().to_string());
        let plan = plan::plan(&self.paths, theme.as_deref(), &batch);
        if plan.is_empty() {
            return;
        }
        let sources = describe(&plan.sources);
        let outcome = self.model().as_mut().map(|model| model.update(&plan));
        let Some(outcome) = outcome else {
            self.full(&sources, started);
            return;
        };
        match outcome {
            Outcome::Unchanged => {}
            Outcome::NeedsFull => self.full(&sources, started),
            Outcome::Failed(problems) => self.fail(&problems, &sources),
            Outcome::Ready(warnings) => {
                report(&warnings);
                self.render_steps(&sources, started);
            }
        }
    }

    /// Renders and serves what the last update touched, step by step: each
    /// step is swapped in whole and announced to the open pages at once.
    fn render_steps(&mut self, sources: &str, started: Instant) {
        let (mut files, mut changed, mut steps, mut first_step) = (0, 0, 0, None);
        loop {
            let next = self.model().as_mut().map(|model| model.render_next());
            let Some(next) = next else { return };
            match next {
                None => break,
                Some(Ok(delta)) => {
                    files += delta.puts.len();
                    let step = self.output.apply(delta);
                    changed += step.len();
                    self.resolve();
                    self.announce(step);
                    first_step.get_or_insert_with(|| millis(started));
                    steps += 1;
                }
                Some(Err(problems)) => {
                    self.fail(&problems, sources);
                    return;
                }
            }
        }
        // Ready means the content has no errors, even when nothing needed rendering.
        self.resolve();
        let own = match first_step {
            Some(first) if steps > 1 => format!("; its own pages in {first}"),
            _ => String::new(),
        };
        eprintln!("↻ {sources} → {} ({changed} changed) in {}{own}", plural(files, "file", "files"), millis(started));
    }

    fn resolve(&mut self) {
        if self.failing {
            self.failing = false;
            self.events.resolved();
            eprintln!("✓ problems fixed");
        }
    }

    fn announce(&self, changed: BTreeSet<String>) {
        if !changed.is_empty() {
            let paths: Vec<String> = changed.into_iter().collect();
            self.events.reload(self.output.status().generation, &paths);
        }
    }

    /// Loads and renders everything, as at start-up and after a config edit.
    fn full(&mut self, sources: &str, started: Instant) {
        match Model::full(&self.options) {
            Ok(full) => {
                report(&full.warnings);
                let layers = self.output.layers_of(full.delta);
                let files = layers.len();
                let first = !self.output.status().built;
                let site = full.model.site();
                let (creators, campaigns) = (site.creators.len(), site.campaigns.len());
                // The model first: a PDF asked for as soon as the pages are served is made from it.
                *self.model() = Some(full.model);
                let changed = self.output.replace(layers);
                if first {
                    eprintln!(
                        "Built {} and {} → {} in {}",
                        plural(creators, "creator", "creators"),
                        plural(campaigns, "campaign", "campaigns"),
                        plural(files, "file", "files"),
                        millis(started)
                    );
                    self.failing = false;
                } else {
                    self.succeed(sources, files, changed, started);
                }
            }
            Err(problems) => {
                *self.model() = None;
                self.fail(&problems, sources);
            }
        }
    }

    fn succeed(&mut self, sources: &str, files: usize, changed: BTreeSet<String>, started: Instant) {
        self.resolve();
        eprintln!(
            "↻ {sources} → {} ({} changed) in {}",
            plural(files, "file", "files"),
            changed.len(),
            millis(started)
        );
        self.announce(changed);
    }

    fn fail(&mut self, problems: &Diagnostics, sources: &str) {
        let text = problems.render();
        report(problems);
        let errors = problems.error_count();
        let kept = if self.output.status().built {
            "still serving the last good build"
        } else {
            "nothing to serve until it builds"
        };
        eprintln!("✗ {sources}: {}; {kept}", plural(errors, "error", "errors"));
        self.failing = true;
        self.output.set_problems(Some(text.clone()));
        self.events.problems(&text);
    }
}

/// What the command line decided: where to listen and what to build.
pub struct Serve {
    pub options: BuildOptions,
    pub bound: address::Bound,
}

/// Runs until Ctrl-C. Returns the exit code.
pub fn run(serve: Serve) -> u8 {
    let Serve { mut options, bound } = serve;
    let root: PathBuf = options.root.canonicalize().unwrap_or_else(|_| options.root.clone());
    options.root = root.clone();
    // Links in pages point at this server, so every one of them works in the preview.
    options.base_url = Some(address::base_url(&bound.addr));
    signal::install();

    let (tx, rx) = mpsc::channel::<Batch>();
    let mut watch = match Watch::start(&root, tx) {
        Ok(w) => Some(w),
        Err(e) => {
            eprintln!("warning: {e}; pages will not rebuild on save");
            None
        }
    };
    let output = Arc::new(Output::default());
    let events = Arc::new(Events::default());
    let model: Arc<Mutex<Option<Model>>> = Arc::new(Mutex::new(None));
    let shared = model.clone();
    output.set_maker(Arc::new(move |path: &str| {
        let model = shared.lock().unwrap_or_else(|e| e.into_inner());
        model.as_ref()?.pdf(path)
    }));
    let mut engine = Engine {
        options,
        paths: SitePaths::new(&root),
        model,
        output: output.clone(),
        events: events.clone(),
        failing: false,
    };
    engine.full("the site", Instant::now());

    let server = match tiny_http::Server::from_listener(bound.listener, None) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("error: cannot start the server: {e}");
            return crate::cli::EXIT_USAGE;
        }
    };
    let ctx = Arc::new(http::Context { output, events: events.clone(), hosts: address::allowed_hosts(&bound.addr) });
    let workers = start_workers(&server, &ctx);
    announce(&bound.addr, bound.note.as_deref());

    while !signal::stopping() {
        match rx.recv_timeout(POLL) {
            Ok(mut batch) => {
                // Events of one save can arrive in consecutive ticks: take them together.
                while let Ok(more) = rx.try_recv() {
                    if more.is_empty() || batch.is_empty() {
                        batch.clear();
                    } else {
                        batch.extend(more);
                    }
                }
                // New folders are watched before they are read, so no file
                // written into them meanwhile goes unnoticed.
                if let Some(w) = watch.as_mut() {
                    w.refresh();
                }
                engine.handle(batch);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => thread::sleep(POLL),
        }
    }

    eprintln!("Stopping…");
    drop(watch);
    events.close();
    server.unblock();
    for w in workers {
        let _ = w.join();
    }
    eprintln!("Stopped.");
    crate::cli::EXIT_OK
}

fn start_workers(server: &Arc<tiny_http::Server>, ctx: &Arc<http::Context>) -> Vec<thread::JoinHandle<()>> {
    (0..WORKERS)
        .filter_map(|i| {
            let (server, ctx) = (server.clone(), ctx.clone());
            thread::Builder::new()
                .name(format!("mediakit-http-{i}"))
                .spawn(move || {
                    while !signal::stopping() {
                        match server.recv_timeout(POLL) {
                            Ok(Some(request)) => http::handle(request, &ctx),
                            Ok(None) => {}
                            Err(_) => break,
                        }
                    }
                })
                .ok()
        })
        .collect()
}

fn announce(addr: &SocketAddr, note: Option<&str>) {
    if let Some(note) = note {
        eprintln!("note: {note}");
    }
    let url = format!("{}/", address::base_url(addr));
    if addr.ip().is_unspecified() {
        eprintln!("Serving {url} (and on every network interface of this machine, port {})", addr.port());
    } else {
        eprintln!("Serving {url}");
    }
    eprintln!("Watching for changes; the site is kept in memory and nothing is written to disk. Ctrl-C stops.");
}
