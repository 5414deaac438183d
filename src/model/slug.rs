//! Slugs: the URL-safe names of creators and campaigns. A slug is never a path.

/// Checks a file stem; on failure returns a hint with a usable name.
pub fn check_stem(stem: &str) -> Result<(), String> {
    if is_slug(stem) { Ok(()) } else { Err(rename_hint(stem, &[])) }
}

/// How to fix a file name that is not a slug, given the slugs already taken
/// in the same folder (`Ava-Chen.yaml` next to `ava-chen.yaml` is a duplicate).
pub fn rename_hint(stem: &str, taken: &[&str]) -> String {
    let better = slugify(stem);
    if better.is_empty() {
        "use lowercase letters, digits and hyphens, e.g. `ava-chen.yaml`".to_string()
    } else if taken.contains(&better.as_str()) {
        format!("`{better}.yaml` already exists: this looks like a second copy of it; keep one of the two files")
    } else {
        format!("rename it to `{better}.yaml` (lowercase letters, digits and hyphens)")
    }
}

pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 100
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
}

/// "Ava Chén & Co" → "ava-chen-co".
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out.truncate(80);
    out.trim_end_matches('-').to_string()
}

fn fold_accent(c: char) -> Vec<char> {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ę' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ů' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        'ł' | 'Ł' => "l",
        'ś' | 'š' | 'Ś' | 'Š' => "s",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'ř' | 'Ř' => "r",
        'ď' | 'Ď' => "d",
        'ť' | 'Ť' => "t",
        _ => return vec![c],
    };
    folded.chars().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_folds_accents_and_joins_words() {
        assert_eq!(slugify("Ava Chén & Co"), "ava-chen-co");
        assert_eq!(slugify("  --Zoë__Kraus-- "), "zoe-kraus");
        assert_eq!(slugify("李小龙"), "");
    }

    #[test]
    fn stems_must_already_be_slugs() {
        assert!(check_stem("ava-chen").is_ok());
        assert!(check_stem("Ava Chen").unwrap_err().contains("ava-chen.yaml"));
        assert!(check_stem("../x").is_err());
        assert!(rename_hint("Ava-Chen", &["ava-chen"]).contains("already exists"));
    }
}
