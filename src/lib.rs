//! mediakit: creator media kits, rate cards and campaign reports from YAML.
//!
//! A build is a pipeline of plain data: [`load`] (YAML → typed model with
//! source positions) → [`compute`] (every figure, as pure functions) →
//! [`render`] (HTML through tera themes, SVG charts) and [`pdf`] → [`write`]
//! (output assembled aside and swapped in whole). [`pipeline`] runs it.

// Diagnostics travel by value on the error path only; boxing them would add
// noise to every signature for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod compute;
pub mod diagnostics;
pub mod fonts;
pub mod load;
pub mod model;
pub mod paths;
pub mod pdf;
pub mod pipeline;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod serve;
pub mod theme;
pub mod write;
