//! The sink of `mediakit build`: files go to the staging folder through a
//! pool of writer threads; kept files are linked from the previous output.

use crate::render::OutputFile;
use crate::write::manifest;
use crate::write::pool::{Job, Pool};
use crate::write::{Layer, Sink, Staging};

pub struct DiskSink<'a, 'scope> {
    pub staging: &'a Staging,
    pub pool: &'a Pool<'scope>,
}

impl Sink for DiskSink<'_, '_> {
    fn put(&self, _layer: Layer, file: OutputFile) {
        self.pool.send(Job::Write(file.path, file.bytes));
    }

    fn can_keep(&self, path: &str) -> bool {
        manifest::is_plain_file(&self.staging.out().join(path))
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
