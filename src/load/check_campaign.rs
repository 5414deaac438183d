//! Checks on a campaign that its types alone cannot express, including its
//! references to creator profiles.

use crate::diagnostics::suggest;
use crate::load::Finding;
use crate::model::Entry;
use crate::model::campaign::Campaign;
use crate::model::creator::Creator;

/// The schema already requires a creator with a post (unless the posts come
/// from `posts_from` sheets), and `creator` or
/// `name` on each. `creators` sorted by slug, as the site keeps them; `broken` names the
/// profiles whose files exist but did not load: their own errors say why,
/// and a campaign naming one is not told the profile is unknown as well.
pub fn check(campaign: &Campaign, creators: &[Entry<Creator>], broken: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    if campaign.name.trim().is_empty() {
        out.push(Finding::error("name", "the name is empty"));
    }
    if let (Some(start), Some(end)) = (campaign.start, campaign.end)
        && end < start
    {
        out.push(
            Finding::error("end", format!("the campaign ends ({end}) before it starts ({start})"))
                .hint("swap `start` and `end`, or fix the typo"),
        );
    }
    // Without `posts_from` the schema has asked for a post already.
    if !campaign.posts_from.0.is_empty() && !campaign.creators.iter().any(|c| !c.posts.is_empty()) {
        out.push(
            Finding::error("posts_from", "no post was read: the sheets name no post of a creator of this campaign")
                .hint("check the sheets' rows (`mediakit import FILE` shows what is read), or list posts under `creators:`"),
        );
    }
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (i, c) in campaign.creators.iter().enumerate() {
        let at = format!("creators[{i}]");
        match (&c.creator, &c.name) {
            (Some(slug), None) => {
                let known = creators.binary_search_by(|e| e.slug.as_str().cmp(slug)).is_ok();
                if !known && !broken.contains(slug) {
                    out.push(unknown_creator(&format!("{at}.creator"), slug, creators, broken));
                } else if let Some((_, first)) = seen.iter().find(|(s, _)| s == slug) {
                    out.push(
                        Finding::error(
                            format!("{at}.creator"),
                            format!("`{slug}` is listed twice (also creators[{first}])"),
                        )
                        .hint("list each creator once, with all of their posts"),
                    );
                } else {
                    seen.push((slug, i));
                }
                if c.followers.is_some() {
                    out.push(Finding::warning(
                        format!("{at}.followers"),
                        "`followers` is ignored for a profile; set it per post or in the profile",
                    ));
                }
            }
            (None, Some(name)) if name.trim().is_empty() => {
                out.push(Finding::error(format!("{at}.name"), "the name is empty"));
            }
            // Both or neither: the schema's `oneOf` says so.
            _ => {}
        }
        if c.posts.is_empty() {
            out.push(Finding::warning(
                format!("{at}.posts"),
                "this creator has no posts; their fee still counts towards the cost",
            ));
        }
        let profile = c
            .creator
            .as_deref()
            .and_then(|s| creators.binary_search_by(|e| e.slug.as_str().cmp(s)).ok())
            .map(|i| &creators[i]);
        for (j, post) in c.posts.iter().enumerate() {
            if let (Some(date), Some(start), Some(end)) = (post.date, campaign.start, campaign.end)
                && (date < start || date > end)
            {
                out.push(Finding::warning(
                    format!("{at}.posts[{j}].date"),
                    format!("{date} is outside the campaign dates ({start} to {end})"),
                ));
            }
            let has_followers = post.followers.is_some()
                || c.followers.is_some()
                || profile.is_some_and(|p| {
                    p.data.platforms.iter().any(|q| q.platform == post.platform && q.followers.is_some())
                });
            if let (Some(p), false) = (profile, has_followers) {
                out.push(
                    Finding::warning(
                        format!("{at}.posts[{j}].platform"),
                        format!(
                            "{} has no {} followers in their profile, so this post has no engagement rate",
                            p.data.name,
                            post.platform.label()
                        ),
                    )
                    .hint("add `followers:` to the post"),
                );
            }
        }
    }
    out
}

/// `broken` profiles count as known: a slug close to one is a typo of it.
fn unknown_creator(path: &str, slug: &str, creators: &[Entry<Creator>], broken: &[String]) -> Finding {
    let mut slugs = slugs_of(creators);
    slugs.extend(broken.iter().map(String::as_str));
    slugs.sort_unstable();
    let slugs = slugs.as_slice();
    let near: Vec<&str> = suggest::ranked(slug, slugs.iter().copied()).into_iter().take(3).collect();
    let hint = if near.is_empty() {
        closest_hint(slugs)
    } else {
        format!("did you mean {}?", near.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(" or "))
    };
    Finding::error(path, format!("unknown creator `{slug}`: there is no content/creators/{slug}.yaml")).hint(hint)
}

/// Every slug, for the hints of a mistake only: an edit in `serve` checks the
/// campaigns naming one creator and must not walk the whole roster to do so.
fn slugs_of(creators: &[Entry<Creator>]) -> Vec<&str> {
    creators.iter().map(|e| e.slug.as_str()).collect()
}

fn closest_hint(slugs: &[&str]) -> String {
    if slugs.is_empty() {
        "there are no creator profiles yet; add one under content/creators/ or use an inline `name`".to_string()
    } else {
        let shown: Vec<String> = slugs.iter().take(8).map(|s| format!("`{s}`")).collect();
        format!("known creators: {}{}", shown.join(", "), if slugs.len() > 8 { ", …" } else { "" })
    }
}
