//! `mediakit init`, `mediakit new` and `mediakit schema`.

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

pub fn init(root: &Path, dir: Option<&Path>, theme: Option<&str>) -> u8 {
    let target: PathBuf = match dir {
        Some(d) => root.join(d),
        None => root.to_path_buf(),
    };
    let plan = match scaffold::init_plan(theme) {
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
    eprint!(
        "Created a site in {shown}:\n{}{}\nNext: {cd}mediakit serve   (or `mediakit build` to write public/)\n",
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
