//! Theme selection and layering: built-in themes, a site's overrides on top
//! of one, and a theme of the site's own falling back to studio.

mod common;

use common::{build, read, site_copy, write};

fn set_theme(root: &std::path::Path, theme: &str) {
    let config = std::fs::read_to_string(root.join("mediakit.yaml")).expect("config");
    let kept: String = config.lines().filter(|l| !l.starts_with("theme:")).map(|l| format!("{l}\n")).collect();
    write(root, "mediakit.yaml", &format!("{kept}theme: {theme}\n"));
}

#[test]
fn each_builtin_theme_ships_its_own_stylesheet_and_fonts() {
    let mut sheets = Vec::new();
    for theme in mediakit::load::theme::BUILTIN {
        let site = site_copy("basic");
        set_theme(&site, theme);
        build(&site);
        let page = read(&site, "index.html");
        assert!(page.contains(&format!("theme-{theme}")), "{theme}: body class");
        for css in ["css/base.css", "css/theme.css", "css/print.css"] {
            assert!(page.contains(css), "{theme}: links {css}");
        }
        sheets.push(read(&site, "css/theme.css"));
        let fonts: Vec<String> = common::snapshot(&site.join("public/fonts")).into_iter().map(|(p, _)| p).collect();
        match *theme {
            "creator" => assert!(fonts.iter().any(|f| f.starts_with("BricolageGrotesque")), "{fonts:?}"),
            "agency" => assert!(fonts.iter().any(|f| f.starts_with("SourceSerif4")), "{fonts:?}"),
            _ => {}
        }
    }
    sheets.sort();
    sheets.dedup();
    assert_eq!(sheets.len(), mediakit::load::theme::BUILTIN.len(), "every theme looks different");
}

#[test]
fn a_site_override_replaces_one_file_and_keeps_the_rest_of_the_theme() {
    let site = site_copy("basic");
    set_theme(&site, "creator");
    write(
        &site,
        "themes/creator/templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<p>Lost?</p>{% endblock main %}",
    );
    build(&site);
    assert!(read(&site, "404.html").contains("<p>Lost?</p>"));
    assert!(read(&site, "css/theme.css").contains("creator"), "the built-in creator stylesheet stays");
}

#[test]
fn a_theme_of_its_own_falls_back_to_studio_templates() {
    let site = site_copy("basic");
    set_theme(&site, "house");
    write(&site, "themes/house/static/css/theme.css", "/* house style */\n");
    build(&site);
    assert_eq!(read(&site, "css/theme.css"), "/* house style */\n");
    assert!(read(&site, "index.html").contains("theme-house"));
    assert!(site.join("public/css/base.css").is_file(), "the shared layout comes from studio");
}

#[test]
fn an_unknown_theme_is_an_error_that_names_the_built_in_ones() {
    let site = site_copy("basic");
    set_theme(&site, "creater");
    let diagnostics = mediakit::pipeline::check(&site);
    let text = diagnostics.render();
    assert!(text.contains("unknown theme `creater`") && text.contains("did you mean `creator`?"), "{text}");
    assert!(text.contains("studio, creator, agency"), "{text}");
}
