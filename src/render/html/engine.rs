//! The tera engine of a theme: templates compiled once per build, with
//! filters that format through the same [`Formatter`] as every other output.

use std::sync::Arc;

use tera::{Context, Kwargs, State, Tera, Value};

use crate::diagnostics::Diagnostic;
use crate::load::theme::Theme;
use crate::present::format::Formatter;
use crate::present::urls::Urls;

fn number(v: &Value) -> Option<f64> {
    v.as_f64().filter(|f| f.is_finite())
}

pub fn build(theme: &Theme, fmt: &Formatter, urls: &Urls) -> Result<Tera, Diagnostic> {
    let mut tera = Tera::new();
    // Every .html and .svg template is escaped; only values marked `| safe` are not.
    tera.autoescape_on([".html", ".svg", ".xml"]);
    register_filters(&mut tera, fmt, urls);
    let templates: Vec<(String, String)> = theme.templates.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    tera.add_raw_templates(templates).map_err(|e| template_error(&theme.name, &e))?;
    Ok(tera)
}

pub fn template_error(theme: &str, e: &tera::Error) -> Diagnostic {
    let file = if crate::load::theme::is_builtin(theme) {
        format!("built-in theme `{theme}`")
    } else {
        format!("themes/{theme}/templates")
    };
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!("\n{s}"));
        source = s.source();
    }
    Diagnostic::error(file, format!("template error: {message}"))
}

fn register_filters(tera: &mut Tera, fmt: &Formatter, urls: &Urls) {
    let f = Arc::new(fmt.clone());
    let u = Arc::new(urls.clone());
    {
        let f = f.clone();
        tera.register_filter("compact", move |v: &Value, _: Kwargs, _: &State| f.compact(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("count", move |v: &Value, _: Kwargs, _: &State| f.count(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("pct", move |v: &Value, _: Kwargs, _: &State| f.percent(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("signed_pct", move |v: &Value, _: Kwargs, _: &State| f.signed_percent(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("multiple", move |v: &Value, _: Kwargs, _: &State| f.multiple(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("money", move |v: &Value, kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let currency = kwargs.get::<&str>("currency")?.unwrap_or("USD");
            Ok(f.money(number(v), currency))
        });
    }
    {
        let f = f.clone();
        tera.register_filter("date", move |v: &Value, _: Kwargs, _: &State| {
            let date = v.as_str().and_then(|s| crate::model::values::Date::parse(s).ok());
            f.date(date)
        });
    }
    {
        let u = u.clone();
        tera.register_filter("url", move |v: &str, _: Kwargs, _: &State| u.path(v));
    }
    tera.register_filter("abs_url", move |v: &str, _: Kwargs, _: &State| u.absolute(v));
}

/// Renders `template` with the page's own values on top of the global ones.
pub fn render(tera: &Tera, theme: &str, template: &str, context: &Context) -> Result<String, Diagnostic> {
    tera.render(template, context).map_err(|e| template_error(theme, &e))
}
