//! `mediakit init`, `mediakit new` and `mediakit schema`.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::args::NewKind;
use crate::cli::{EXIT_CONTENT, EXIT_OK, EXIT_USAGE};
use crate::model::schema::{self, Kind};
use crate::paths::SitePaths;
use crate::scaffold::{self, NewFile, ScaffoldError};

fn fail(e: &ScaffoldError) -> u8 {
    eprintln!("error: {e}");
    match e {
        ScaffoldError::Invalid(_) => EXIT_USAGE,
        ScaffoldError::Exists(_) | ScaffoldError::Io(_) => EXIT_CONTENT,
    }
}

fn listed(files: &[NewFile]) -> String {
    files.iter().map(|f| format!("  {}\n", f.path)).collect()
}

/// Asks where the site will be published, until the answer is an address
/// or empty (a placeholder is written then). `None` on end of input.
pub fn ask_base_url(input: &mut impl BufRead, out: &mut impl Write) -> Option<String> {
    for _ in 0..3 {
        let _ = write!(
            out,
            "Where will the site be published? Its address, e.g. https://you.github.io/kits\n(press Enter to set base_url in mediakit.yaml later): "
        );
        let _ = out.flush();
        let mut line = String::new();
        if input.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let answer = line.trim();
        if answer.is_empty() {
            return None;
        }
        match scaffold::check_address(answer) {
            Ok(()) => return Some(answer.to_string()),
            Err(message) => {
                let _ = writeln!(out, "  {message}");
            }
        }
    }
    None
}

pub fn init(root: &Path, dir: Option<&Path>, theme: Option<&str>, base_url: Option<&str>) -> u8 {
    let target: PathBuf = match dir {
        Some(d) => root.join(d),
        None => root.to_path_buf(),
    };
    let asked = match base_url {
        None if std::io::stdin().is_terminal() && crate::cli::interactive() => {
            ask_base_url(&mut std::io::stdin().lock(), &mut std::io::stderr())
        }
        _ => None,
    };
    let plan = match scaffold::init_plan(theme, base_url.or(asked.as_deref())) {
        Ok(plan) => plan,
        Err(e) => return fail(&e),
    };
    if let Err(e) = scaffold::write_all(&target, &plan) {
        let code = fail(&e);
        if matches!(e, ScaffoldError::Exists(_)) {
            eprintln!(
                "  = hint: `mediakit init DIR` makes a site in a new folder; `mediakit new creator NAME` adds to this one"
            );
        }
        return code;
    }
    let shown = target.display().to_string();
    let cd = if dir.is_some() || root != Path::new(".") { format!("cd {shown} && ") } else { String::new() };
    let copied = theme
        .map(|t| format!("\nThe {t} theme is in themes/{t}/: edit its files, delete those you keep as they are.\n"));
    let address = if base_url.or(asked.as_deref()).is_none() {
        "\nSet base_url in mediakit.yaml to the address the site will be published at (the sitemap and link previews need it).\n"
    } else {
        ""
    };
    eprint!(
        "Created a site in {shown}:\n{}{}{address}\nNext: {cd}mediakit serve   (or `mediakit build` to write public/)\n",
        listed(&plan).lines().filter(|l| !l.contains("themes/")).map(|l| format!("{l}\n")).collect::<String>(),
        copied.unwrap_or_default()
    );
    EXIT_OK
}

pub fn new(root: &Path, kind: &NewKind, name: &str) -> u8 {
    let paths = SitePaths::new(root);
    if !paths.config().exists() && !root.join("content").is_dir() {
        eprintln!(
            "error: {} is not a mediakit site (no mediakit.yaml, no content/)\n  = hint: run `mediakit init` first, or pass --root DIR",
            root.display()
        );
        return EXIT_CONTENT;
    }
    let plan = match kind {
        NewKind::Creator => scaffold::new_creator_plan(&paths, name),
        NewKind::Campaign => scaffold::new_campaign_plan(&paths, name),
    };
    let plan = match plan {
        Ok(plan) => plan,
        Err(e) => return fail(&e),
    };
    if let Err(e) = scaffold::write_all(root, &plan) {
        let code = fail(&e);
        if matches!(e, ScaffoldError::Exists(_)) {
            eprintln!("  = hint: edit the existing file, or choose another name");
        }
        return code;
    }
    eprint!("Created:\n{}Edit it, then run `mediakit build` (or keep `mediakit serve` open).\n", listed(&plan));
    EXIT_OK
}

pub fn schema(kind: Option<&str>, out: Option<&Path>) -> u8 {
    let kinds: Vec<Kind> = match kind {
        None => Kind::ALL.to_vec(),
        Some(name) => match Kind::parse(name) {
            Some(k) => vec![k],
            None => {
                eprintln!("error: there is no `{name}` schema; choose config, creator or campaign");
                return EXIT_USAGE;
            }
        },
    };
    match out {
        None => {
            let value = match kinds.as_slice() {
                [one] => schema::schema(*one),
                _ => schema::bundle(),
            };
            print!("{}", schema::to_text(&value));
        }
        Some(dir) => {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("error: cannot create {}: {e}", dir.display());
                return EXIT_CONTENT;
            }
            for k in kinds {
                let file = dir.join(k.file_name());
                if let Err(e) = std::fs::write(&file, schema::to_text(&schema::schema(k))) {
                    eprintln!("error: cannot write {}: {e}", file.display());
                    return EXIT_CONTENT;
                }
                eprintln!("Wrote {}", file.display());
            }
        }
    }
    EXIT_OK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_until_the_answer_is_an_address() {
        let mut out = Vec::new();
        let answer = ask_base_url(&mut "ava.github.io\n/\nhttps://ava.github.io/kits\n".as_bytes(), &mut out);
        assert_eq!(answer.as_deref(), Some("https://ava.github.io/kits"));
        let said = String::from_utf8_lossy(&out);
        assert!(said.contains("expected an address starting with https://"), "{said}");
        assert!(said.contains("is a path"), "{said}");
        assert_eq!(ask_base_url(&mut "\n".as_bytes(), &mut Vec::new()), None);
        assert_eq!(ask_base_url(&mut "".as_bytes(), &mut Vec::new()), None);
    }
}
