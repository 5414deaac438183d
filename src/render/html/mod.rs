//! HTML pages through the theme's tera templates.

pub mod engine;
pub mod escape;
