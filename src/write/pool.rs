//! Writing files on threads of their own. Creating a file waits on the disk
//! far longer than it uses the processor, so the rendering threads hand their
//! files over and go on rendering while a few writers wait on the disk.

use std::io;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::{Scope, ScopedJoinHandle};

/// Writers: enough to keep several disk operations in flight.
const WRITERS: usize = 6;
/// Files waiting to be written; bounds the memory they hold.
const QUEUE: usize = 256;

/// One thing to do in the staging folder.
pub enum Job {
    /// Write these bytes at this relative path.
    Write(String, Vec<u8>),
    /// Link (or copy) a file of the previous output to the same relative path.
    Reuse(String),
    /// Copy the file at this path (a file of `static/`) to the relative path.
    Copy(String, std::path::PathBuf),
}

/// Where each job goes: the staging folder, with the previous output to reuse from.
pub trait Sink: Sync {
    fn run(&self, job: &Job) -> io::Result<()>;
}

pub struct Pool<'scope> {
    sender: Option<SyncSender<Job>>,
    handles: Vec<ScopedJoinHandle<'scope, Vec<(String, io::Error)>>>,
}

impl<'scope> Pool<'scope> {
    pub fn start<'env, S: Sink>(scope: &'scope Scope<'scope, 'env>, sink: &'env S) -> Pool<'scope> {
        let (sender, receiver) = sync_channel::<Job>(QUEUE);
        let receiver: Arc<Mutex<Receiver<Job>>> = Arc::new(Mutex::new(receiver));
        let handles = (0..WRITERS)
            .map(|_| {
                let receiver = receiver.clone();
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    loop {
                        let job = match receiver.lock().unwrap_or_else(|e| e.into_inner()).recv() {
                            Ok(job) => job,
                            Err(_) => break,
                        };
                        if let Err(e) = sink.run(&job) {
                            let path = match job {
                                Job::Write(p, _) | Job::Reuse(p) | Job::Copy(p, _) => p,
                            };
                            failures.push((path, e));
                        }
                    }
                    failures
                })
            })
            .collect();
        Pool { sender: Some(sender), handles }
    }

    /// Queues a job; waits only while the queue is full.
    pub fn send(&self, job: Job) {
        if let Some(sender) = &self.sender {
            // The writers outlive the senders, so this only fails if one panicked.
            let _ = sender.send(job);
        }
    }

    /// Waits for every queued job; returns the ones that failed, by path.
    pub fn finish(mut self) -> Vec<(String, io::Error)> {
        self.sender = None;
        let mut failures = Vec::new();
        for handle in self.handles.drain(..) {
            match handle.join() {
                Ok(f) => failures.extend(f),
                Err(_) => failures.push((String::new(), io::Error::other("a writer thread stopped"))),
            }
        }
        failures.sort_by(|a, b| a.0.cmp(&b.0));
        failures
    }
}
