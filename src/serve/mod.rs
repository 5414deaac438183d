//! `mediakit serve`: the build pipeline writing to memory, a watcher, and
//! HTTP. On every batch of changed files it asks the engine to reload them,
//! renders what the engine says is stale into the in-memory output, and
//! tells every open page (over server-sent events) to reload or to show the
//! content's problems. The output folder on disk is never touched.
//!
//! Threads: the main one runs rebuilds, one per batch of changed paths; one
//! accepts connections, and each connection has its own (up to a cap; see
//! `server` for every limit), which answers its requests, makes a PDF on
//! first request, or holds an open page's event stream.

pub mod address;
pub mod events;
pub mod http;
pub mod inject;
pub mod mime;
pub mod resolve;
pub mod server;
pub mod signal;
pub mod watch;

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, RwLock, RwLockWriteGuard};
use std::thread;
use std::time::{Duration, Instant};

use crate::diagnostics::{Diagnostics, plural};
use crate::pipeline::timings::Timings;
use crate::pipeline::units::{Ledger, Unit};
use crate::pipeline::{self, BuildOptions, Engine, Pdfs, Reload};
use crate::serve::events::Events;
use crate::serve::watch::{Batch, Watch};
use crate::write::Sink;
use crate::write::memory::{MemorySink, Output};

/// How often the loops look at the stop flag.
const POLL: Duration = Duration::from_millis(50);

type Shared = Arc<RwLock<Option<Engine>>>;

/// The live site: the engine, what the in-memory output holds, and the
/// open pages to tell.
struct Live {
    options: BuildOptions,
    /// Shared with the request threads, which make PDFs from it on request.
    engine: Shared,
    /// What each unit put in the in-memory output.
    served: Ledger,
    /// The last full load failed: the next change loads everything again.
    needs_full: bool,
    /// Stale units not yet rendered because the content had errors.
    pending: BTreeSet<Unit>,
    output: Arc<Output>,
    events: Arc<Events>,
    failing: bool,
}

/// The changed files as the terminal shows them: a file name is escaped as
/// `check` and `build` escape it, so a crafted name cannot send escape
/// sequences to the terminal.
fn describe(sources: &[String]) -> String {
    let shown = |s: &String| -> String {
        s.chars().map(|c| if c.is_control() { format!("\\u{{{:x}}}", u32::from(c)) } else { c.to_string() }).collect()
    };
    match sources {
        [] => "the site".to_string(),
        [one] => shown(one),
        [a, b] => format!("{}, {}", shown(a), shown(b)),
        [first, rest @ ..] => format!("{} and {} more", shown(first), rest.len()),
    }
}

fn millis(started: Instant) -> String {
    format!("{:.1} ms", started.elapsed().as_secs_f64() * 1000.0)
}

impl Live {
    fn write(&self) -> RwLockWriteGuard<'_, Option<Engine>> {
        self.engine.write().unwrap_or_else(|e| e.into_inner())
    }

    fn handle(&mut self, batch: Batch) {
        let started = Instant::now();
        if batch.is_empty() {
            self.full("the site (the watcher lost track)", started);
            return;
        }
        let mut guard = self.write();
        let Some(engine) = guard.as_mut().filter(|_| !self.needs_full) else {
            drop(guard);
            self.full("the site", started);
            return;
        };
        let changes = engine.changes(&batch);
        if changes.is_empty() {
            return;
        }
        let sources = describe(&changes.shown(engine.paths()));
        let reload = engine.reload(&batch);
        let stale = engine.take_stale();
        drop(guard);
        match reload {
            Reload::Unchanged => {}
            Reload::NeedsFull => self.full(&sources, started),
            Reload::Failed(problems) => {
                self.pending.extend(stale);
                self.fail(&problems, &sources);
            }
            Reload::Ready(warnings) => {
                warnings.eprint();
                self.pending.extend(stale);
                let pending = std::mem::take(&mut self.pending);
                // The edited entries' own pages first, then what lists or reads them.
                let edited = |unit: &Unit| match unit {
                    Unit::Creator(slug) => changes.creators.contains(slug),
                    Unit::Campaign(slug) => changes.campaigns.contains(slug),
                    Unit::Assets | Unit::Static(_) => true,
                    Unit::Index | Unit::List(_) | Unit::Brand(_) => false,
                };
                let (own, rest): (Vec<_>, Vec<_>) = pending.into_iter().partition(edited);
                self.render(&sources, started, false, vec![own, rest]);
            }
        }
    }

    /// Loads everything again, as at start-up and after a config edit.
    fn full(&mut self, sources: &str, started: Instant) {
        match pipeline::load(&self.options, Pdfs::Defer) {
            Ok(engine) => {
                engine.diagnostics().eprint();
                self.needs_full = false;
                self.pending.clear();
                // Against what is served: units whose keys are unchanged stay.
                let plan = engine.plan(&self.served, &MemorySink::default());
                let mut steps: Vec<Vec<Unit>> = vec![Vec::new(), Vec::new()];
                for (unit, _) in plan.render {
                    let step = usize::from(matches!(unit, Unit::Index | Unit::List(_) | Unit::Brand(_)));
                    steps[step].push(unit);
                }
                steps[0].extend(plan.gone.into_iter().map(|(unit, _)| unit));
                *self.write() = Some(engine);
                let first = !self.output.status().built;
                self.render(sources, started, first, steps);
            }
            Err(problems) => {
                // The last good engine stays, for the PDFs of the last good build.
                self.needs_full = true;
                self.fail(&problems, sources);
            }
        }
    }

    /// Renders `steps` of units into the in-memory output, each step swapped
    /// in whole and announced at once (the roster of a large site takes
    /// longer than the kit you look at). A unit without a key is one the
    /// site no longer has: its files are dropped.
    fn render(&mut self, sources: &str, started: Instant, first: bool, steps: Vec<Vec<Unit>>) {
        let guard = self.engine.read().unwrap_or_else(|e| e.into_inner());
        let Some(engine) = guard.as_ref() else { return };
        let t = Timings::new(false);
        let (mut files, mut changed, mut done, mut first_step) = (0, 0, 0, None);
        for step in steps {
            if step.is_empty() && !first {
                continue;
            }
            let sink = MemorySink::default();
            let mut render = Vec::with_capacity(step.len());
            for unit in step {
                match engine.key_of(&unit) {
                    Some(key) => render.push((unit, key)),
                    None => {
                        for f in self.served.remove(&unit).map(|p| p.files).unwrap_or_default() {
                            sink.forget(unit.layer(), &f);
                        }
                    }
                }
            }
            match pipeline::run(engine, &render, &self.served, &sink, false, &t) {
                Ok(produced) => {
                    for (unit, p) in produced {
                        files += p.files.len();
                        self.served.insert(unit, p);
                    }
                    let step_changed = self.output.apply(sink.into_delta());
                    changed += step_changed.len();
                    Self::resolve(&mut self.failing, &self.output, &self.events);
                    Self::announce(&self.output, &self.events, step_changed);
                    first_step.get_or_insert_with(|| millis(started));
                    done += 1;
                }
                Err(problems) => {
                    // Rendered again with the next good save.
                    self.pending.extend(render.into_iter().map(|(u, _)| u));
                    drop(guard);
                    self.fail(&problems, sources);
                    return;
                }
            }
        }
        // Ready means the content has no errors, even when nothing needed rendering.
        Self::resolve(&mut self.failing, &self.output, &self.events);
        if first {
            let site = engine.site();
            eprintln!(
                "Built {} and {} → {} in {}",
                plural(site.creators.len(), "creator", "creators"),
                plural(site.campaigns.len(), "campaign", "campaigns"),
                plural(files, "file", "files"),
                millis(started)
            );
            return;
        }
        let own = match first_step {
            Some(first) if done > 1 => format!("; its own pages in {first}"),
            _ => String::new(),
        };
        eprintln!("↻ {sources} → {} ({changed} changed) in {}{own}", plural(files, "file", "files"), millis(started));
    }

    fn resolve(failing: &mut bool, output: &Output, events: &Events) {
        if *failing {
            *failing = false;
            output.set_problems(None);
            events.resolved();
            eprintln!("✓ problems fixed");
        }
    }

    fn announce(output: &Output, events: &Events, changed: BTreeSet<String>) {
        if !changed.is_empty() {
            let paths: Vec<String> = changed.into_iter().collect();
            events.reload(output.status().generation, &paths);
        }
    }

    fn fail(&mut self, problems: &Diagnostics, sources: &str) {
        let text = problems.render();
        // The pages hear of it first; the terminal says so after.
        self.failing = true;
        self.output.set_problems(Some(text.clone()));
        self.events.problems(&text);
        problems.eprint();
        let errors = problems.error_count();
        let kept = if self.output.status().built {
            "still serving the last good build"
        } else {
            "nothing to serve until it builds"
        };
        eprintln!("✗ {sources}: {}; {kept}", plural(errors, "error", "errors"));
    }
}

/// What the command line decided: where to listen and what to build.
pub struct Serve {
    pub options: BuildOptions,
    pub bound: address::Bound,
}

/// Runs until Ctrl-C; an error means the server could not start.
pub fn run(serve: Serve) -> Result<(), String> {
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
    let engine: Shared = Arc::new(RwLock::new(None));
    let shared = engine.clone();
    output.set_maker(Arc::new(move |path: &str| {
        let engine = shared.read().unwrap_or_else(|e| e.into_inner());
        engine.as_ref()?.deferred(path)
    }));
    let mut live = Live {
        options,
        engine,
        served: Ledger::default(),
        needs_full: false,
        pending: BTreeSet::new(),
        output: output.clone(),
        events: events.clone(),
        failing: false,
    };
    live.full("the site", Instant::now());

    let ctx = Arc::new(http::Context {
        output,
        events: events.clone(),
        hosts: address::allowed_hosts(&bound.addr),
        root: root.clone(),
        streams: Arc::new(std::sync::atomic::AtomicUsize::new(0)),
    });
    let handler: server::Handler = Arc::new(move |request| http::handle(request, &ctx));
    let server = server::Server::start(bound.listener, server::Limits::default(), handler, signal::stopping)
        .map_err(|e| format!("cannot start the server: {e}"))?;
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
                    w.refresh(&batch);
                }
                live.handle(batch);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => thread::sleep(POLL),
        }
    }

    eprintln!("Stopping…");
    drop(watch);
    events.close();
    server.stop();
    eprintln!("Stopped.");
    Ok(())
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
