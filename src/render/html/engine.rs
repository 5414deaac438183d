//! The tera engine of a theme: templates compiled once per build, with
//! filters that format through the same [`Formatter`] as every other output
//! and a `t` function for labels, both in the page's language (the `lang`
//! of its context: the site's, or a creator's or campaign's own).

use std::sync::Arc;

use tera::{Context, Kwargs, State, Tera, Value};

use crate::diagnostics::Diagnostic;
use crate::load::theme::Theme;
use crate::model::locale::Locale;
use crate::present::Ctx;
use crate::present::format::Formatter;
use crate::present::i18n::{Arg, Catalog};

fn number(v: &Value) -> Option<f64> {
    v.as_f64().filter(|f| f.is_finite())
}

pub fn build(theme: &Theme, ctx: &Ctx) -> Result<Tera, Diagnostic> {
    let mut tera = Tera::new();
    // Every .html and .svg template is escaped; only values marked `| safe` are not.
    tera.autoescape_on([".html", ".svg", ".xml"]);
    register_filters(&mut tera, ctx);
    register_labels(&mut tera, ctx.catalog.clone(), ctx.fmt.locale.clone());
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

/// The locale of the page being rendered: its `lang`, else the site's.
fn page_locale(state: &State, site: &Locale) -> Locale {
    match state.get::<String>("lang") {
        Ok(Some(tag)) if tag != site.tag() => Locale::parse(&tag).unwrap_or_else(|_| site.clone()),
        _ => site.clone(),
    }
}

/// Number formats that follow the page's language.
struct Formats {
    site: Formatter,
}

impl Formats {
    fn of(&self, state: &State) -> std::borrow::Cow<'_, Formatter> {
        match state.get::<String>("lang") {
            Ok(Some(tag)) if tag != self.site.locale.tag() => match Locale::parse(&tag) {
                Ok(l) => std::borrow::Cow::Owned(Formatter::new(l)),
                Err(_) => std::borrow::Cow::Borrowed(&self.site),
            },
            _ => std::borrow::Cow::Borrowed(&self.site),
        }
    }
}

/// `{{ t(key="kit-platforms") }}`, `{{ t(key="report-creators", count=3, n="3") }}`:
/// a label in the page's language; any other argument is a message variable.
fn register_labels(tera: &mut Tera, catalog: Arc<Catalog>, site: Locale) {
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
        let key: &str = kwargs.must_get("key")?;
        let labels = catalog.labels(&page_locale(state, &site));
        let mut texts: Vec<(String, String)> = Vec::new();
        let mut numbers: Vec<(String, f64)> = Vec::new();
        for (name, value) in kwargs.iter() {
            let name = name.to_string();
            if name == "key" || name == "attr" {
                continue;
            }
            match value.as_f64() {
                Some(n) if value.as_str().is_none() => numbers.push((name, n)),
                _ => texts.push((name, value.as_str().map_or_else(|| value.to_string(), str::to_string))),
            }
        }
        if let Ok(Some(attr)) = kwargs.get::<&str>("attr") {
            return Ok(labels.attr(key, attr));
        }
        let mut args: Vec<(&str, Arg)> = texts.iter().map(|(n, v)| (n.as_str(), Arg::Text(v))).collect();
        args.extend(numbers.iter().map(|(n, v)| (n.as_str(), Arg::Number(*v))));
        Ok(if args.is_empty() { labels.text(key) } else { labels.with(key, &args) })
    });
}

fn register_filters(tera: &mut Tera, ctx: &Ctx) {
    let f = Arc::new(Formats { site: ctx.fmt.clone() });
    let u = Arc::new(ctx.urls.clone());
    {
        let f = f.clone();
        tera.register_filter("compact", move |v: &Value, _: Kwargs, s: &State| f.of(s).compact(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("count", move |v: &Value, _: Kwargs, s: &State| f.of(s).count(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("pct", move |v: &Value, _: Kwargs, s: &State| f.of(s).percent(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("signed_pct", move |v: &Value, _: Kwargs, s: &State| f.of(s).signed_percent(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("multiple", move |v: &Value, _: Kwargs, s: &State| f.of(s).multiple(number(v)));
    }
    {
        let f = f.clone();
        tera.register_filter("money", move |v: &Value, kwargs: Kwargs, s: &State| -> tera::TeraResult<String> {
            let currency = kwargs.get::<&str>("currency")?.unwrap_or("USD");
            Ok(f.of(s).money(number(v), currency))
        });
    }
    {
        let f = f.clone();
        tera.register_filter("date", move |v: &Value, _: Kwargs, s: &State| {
            let date = v.as_str().and_then(|s| crate::model::values::Date::parse(s).ok());
            f.of(s).date(date)
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
