//! The sink of `mediakit build`: files go to the staging folder through a
//! pool of writer threads; kept files are linked from the previous output,
//! each only when it is still exactly as the previous build wrote it.

use crate::render::OutputFile;
use crate::write::manifest;
use crate::write::pool::{Job, Pool};
use crate::write::{Layer, Sink, Staging};

pub struct DiskSink<'a, 'scope> {
    pub staging: &'a Staging,
    pub pool: &'a Pool<'scope>,
    /// What the previous build wrote, from its manifest.
    pub written: &'a manifest::Written,
}

impl Sink for DiskSink<'_, '_> {
    fn put(&self, _layer: Layer, file: OutputFile) {
        match file.source {
            Some(source) => self.pool.send(Job::Copy(file.path, source)),
            None => self.pool.send(Job::Write(file.path, file.bytes)),
        }
    }

    fn can_keep(&self, path: &str) -> bool {
        // A file edited, replaced or touched since it was written is made again.
        self.written.unchanged(self.staging.out(), path)
    }

    fn keep(&self, _layer: Layer, path: &str) {
        self.pool.send(Job::Reuse(path.to_string()));
    }

    fn defer(&self, _path: &str) {
        // A folder on disk has no one to ask for a file later: the pipeline
        // makes every file of a build it writes to disk.
    }

    fn forget(&self, _layer: Layer, _path: &str) {
        // The staging folder starts empty: what is not written is not there.
    }
}
