//! mediakit: creator media kits, rate cards and campaign reports from YAML.
//!
//! A build is a pipeline of plain data, a folder per stage:
//! [`load`] (files → typed [`model`] with source positions) → [`compute`]
//! (every figure, as pure functions) → [`present`] (views: figures formatted,
//! charts drawn, built once per entry) → [`render`] (HTML through tera
//! themes, PDF through krilla, `data.json`, all from the same views) →
//! [`write`] (a staging folder swapped in whole, or memory). [`pipeline`] is
//! the one orchestrator; [`serve`] and [`cli`] sit on top of it.

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
pub mod pipeline;
pub mod present;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod write;
