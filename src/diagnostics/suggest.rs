//! "Did you mean" suggestions for misspelt keys, values and slugs.

/// Edit distance between two strings in characters, where swapping two
/// neighbouring letters ("biuld") counts as one edit.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[n][m]
}

/// Candidates close enough to `word` to be a plausible typo, best first.
pub fn ranked<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let lower = word.to_lowercase();
    let mut scored: Vec<(usize, &'a str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let d = distance(&lower, &c.to_lowercase());
            // A third of the length, at least one edit, tolerates the usual slips
            // (a dropped or doubled letter, a swap) without suggesting nonsense.
            let limit = (lower.chars().count().max(c.chars().count()) / 3).max(1);
            let contains = lower.len() >= 3 && (c.contains(lower.as_str()) || lower.contains(c));
            (d <= limit || contains).then_some((d, c))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().map(|(_, c)| c).collect()
}

pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    ranked(word, candidates).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("followers", "folowers"), 1);
        assert_eq!(distance("base_url", "baseurl"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("biuld", "build"), 1);
    }

    #[test]
    fn suggests_only_plausible_words() {
        let keys = ["name", "followers", "platforms", "base_url"];
        assert_eq!(closest("folowers", keys), Some("followers"));
        assert_eq!(closest("baseurl", keys), Some("base_url"));
        assert_eq!(closest("zzzz", keys), None);
    }
}
