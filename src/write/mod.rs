//! Write stage: where a build's files go. A [`Sink`] takes each unit's
//! files: the staging folder swapped in whole for `build` ([`disk`]), or the
//! in-memory output `serve` answers from ([`memory`]). The pipeline decides
//! what to render and what to keep; a sink only stores.

pub mod disk;
pub mod lock;
pub mod manifest;
pub mod memory;
pub mod pool;
pub mod sparse;
pub mod staging;
pub mod swap;

pub use staging::{MARKER, Staging, check_output};

use crate::render::OutputFile;

/// Which files win when two have the same path: a page over a file of
/// `static/` over a theme asset, as a build writes them in that order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    Asset,
    Static,
    Page,
}

/// Where a build's files go.
pub trait Sink: Sync {
    /// A file made by this build.
    fn put(&self, layer: Layer, file: OutputFile);
    /// Whether the previous output still has `path` as it was written, so
    /// that it can be kept instead of made again.
    fn can_keep(&self, path: &str) -> bool;
    /// Keeps `path` of the previous output as it is.
    fn keep(&self, layer: Layer, path: &str);
    /// A file made only when first asked for (`serve` makes PDFs so).
    fn defer(&self, path: &str);
    /// A file of the previous output that the new output no longer has.
    fn forget(&self, layer: Layer, path: &str);
}
