//! The typed content model: what `mediakit.yaml` and the content files hold.

pub mod campaign;
pub mod choices;
pub mod config;
pub mod creator;
pub mod currency;
pub mod import;
pub mod locale;
pub mod schema;
pub mod site;
pub mod slug;
pub mod values;

pub use site::{Entry, Site};
