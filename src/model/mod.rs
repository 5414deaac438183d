//! The typed content model: what `mediakit.yaml` and the content files hold.

pub mod campaign;
pub mod choices;
pub mod config;
pub mod creator;
pub mod currency;
pub mod locale;
pub mod site;
pub mod values;

pub use site::{Entry, Site};
