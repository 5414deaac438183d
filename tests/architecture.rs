//! The pipeline's stages import only what comes before them: a stage never
//! reaches up into a later one, so each can be read (and tested) alone.
//! Read from the sources: every `crate::<module>` a file of `src/` names.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// Each top-level module and the modules it may use, in pipeline order.
const LAYERS: &[(&str, &[&str])] = &[
    ("diagnostics", &[]),
    ("paths", &[]),
    ("fonts", &[]),
    ("model", &["diagnostics", "paths"]),
    ("load", &["diagnostics", "paths", "model"]),
    ("compute", &["diagnostics", "model"]),
    ("present", &["diagnostics", "paths", "fonts", "model", "compute"]),
    ("render", &["diagnostics", "paths", "fonts", "model", "load", "compute", "present"]),
    ("write", &["diagnostics", "paths", "render"]),
    ("pipeline", &["diagnostics", "paths", "model", "load", "compute", "present", "render", "write"]),
    ("serve", &["diagnostics", "paths", "present", "pipeline", "write"]),
    ("scaffold", &["diagnostics", "paths", "model", "load"]),
    ("cli", &["diagnostics", "paths", "model", "pipeline", "serve", "scaffold"]),
];

fn used_modules(text: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
        if !name.is_empty() {
            used.insert(name);
        }
    }
    used
}

fn visit(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            visit(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn no_stage_imports_a_later_one() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    visit(&src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let top = rel.components().next().unwrap().as_os_str().to_string_lossy();
        let top = top.trim_end_matches(".rs");
        if top == "lib" || top == "main" {
            continue;
        }
        let Some((_, allowed)) = LAYERS.iter().find(|(name, _)| *name == top) else {
            panic!("src/{} is in no layer of this test; add it where it belongs", rel.display());
        };
        let text = fs::read_to_string(&file).unwrap();
        for used in used_modules(&text) {
            if used != top && !allowed.contains(&used.as_str()) {
                wrong.push(format!("src/{} uses crate::{used}", rel.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "imports up the pipeline:\n{}", wrong.join("\n"));
}
