//! The media kit and rate card of one creator, ready for a template or a PDF.

use serde::Serialize;

use crate::compute::creator::{Basis, CreatorFigures, PlatformFigures};
use crate::compute::tier::Position;
use crate::model::creator::Creator;
use crate::model::import::YearsFrom;
use crate::present::Ctx;
use crate::present::charts::{self, Chart};
use crate::present::markdown;
use crate::present::urls::page;

#[derive(Clone, Debug, Serialize)]
pub struct Stat {
    pub label: String,
    pub value: String,
    pub detail: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PlatformView {
    pub key: &'static str,
    pub label: &'static str,
    pub handle: Option<String>,
    pub url: Option<String>,
    pub audience_word: &'static str,
    pub followers: String,
    pub followers_full: String,
    pub tier: Option<String>,
    pub er: String,
    pub er_reach: Option<String>,
    pub rating: Option<&'static str>,
    pub rating_label: Option<&'static str>,
    /// "Within the micro-tier range of 3–10%".
    pub benchmark: Option<String>,
    pub benchmark_position: Option<&'static str>,
    pub engagements: String,
    pub avg_likes: Option<String>,
    pub avg_comments: Option<String>,
    pub avg_views: Option<String>,
    pub avg_reach: Option<String>,
    pub comment_like_ratio: Option<String>,
    pub comment_like_healthy: Option<bool>,
    /// Growth over the last history step.
    pub growth: Option<String>,
    pub spikes: Vec<String>,
    /// "Average of the last 12 posts" / "Reported averages".
    pub basis: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ContactView {
    pub email: Option<String>,
    pub website: Option<String>,
    pub website_label: Option<String>,
    pub phone: Option<String>,
    pub manager: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PartnerView {
    pub brand: String,
    pub year: Option<u16>,
    pub summary_html: Option<String>,
    pub summary_text: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TestimonialView {
    pub quote: String,
    pub author: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct KitUrls {
    pub kit: String,
    pub rates: Option<String>,
    pub pdf: String,
    pub data: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct KitView {
    pub slug: String,
    pub name: String,
    pub initials: String,
    pub tagline: Option<String>,
    pub location: Option<String>,
    pub niches: Vec<String>,
    pub photo_url: Option<String>,
    pub contact: Option<ContactView>,
    pub bio_html: Option<String>,
    pub bio_text: Option<String>,
    pub as_of: Option<String>,
    /// Where imported figures came from: "TikTok: TikTok Studio export, through Nov 30, 2026".
    pub sources: Vec<String>,
    pub tier: Option<String>,
    pub headline: Vec<Stat>,
    pub platforms: Vec<PlatformView>,
    pub audience_charts: Vec<Chart>,
    pub growth_charts: Vec<Chart>,
    pub partners: Vec<PartnerView>,
    pub testimonials: Vec<TestimonialView>,
    /// "from $400" for the rate card link.
    pub rates_from: Option<String>,
    pub urls: KitUrls,
    /// The campaigns the creator took part in, when the kit shows them
    /// (`track_record`); set by the pipeline, which knows the campaigns.
    pub track_record: Option<crate::present::desk::TrackRecordView>,
    #[serde(skip)]
    pub figures: CreatorFigures,
}

pub fn initials(name: &str) -> String {
    let letters: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    if letters.is_empty() { "?".to_string() } else { letters }
}

fn host_of(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.trim_start_matches("www.").to_string()
}

fn platform_view(p: &PlatformFigures, ctx: &Ctx) -> PlatformView {
    let fmt = &ctx.fmt;
    let last_growth = p.monthly_growth.last().and_then(|s| s.growth);
    PlatformView {
        key: p.platform.key(),
        label: p.platform.label(),
        handle: p.handle.clone(),
        url: p.url.clone(),
        audience_word: p.platform.audience_word(),
        followers: fmt.compact(p.followers.map(|f| f as f64)),
        followers_full: fmt.count(p.followers.map(|f| f as f64)),
        tier: p.tier.map(|t| t.label().to_string()),
        er: fmt.percent(p.er),
        er_reach: p.er_reach.map(|v| fmt.percent(Some(v))),
        rating: p.rating.map(|r| r.key()),
        rating_label: p.rating.map(|r| r.label()),
        benchmark: p.benchmark.and_then(|b| {
            let tier = p.tier?.label().to_lowercase();
            let short = |v: f64| fmt.number(v, if v.fract() == 0.0 { 0 } else { 1 });
            let range = format!("{}–{}%", short(b.min), short(b.max));
            let pos = b.position?;
            Some(match pos {
                Position::Below => format!("Below the {tier}-tier range of {range}"),
                Position::Within => format!("Within the {tier}-tier range of {range}"),
                Position::Above => format!("Above the {tier}-tier range of {range}"),
            })
        }),
        benchmark_position: p.benchmark.and_then(|b| b.position).map(|pos| match pos {
            Position::Below => "below",
            Position::Within => "within",
            Position::Above => "above",
        }),
        engagements: fmt.compact(p.engagements),
        avg_likes: p.avg_likes.map(|v| fmt.compact(Some(v))),
        avg_comments: p.avg_comments.map(|v| fmt.compact(Some(v))),
        avg_views: p.avg_views.filter(|v| *v > 0.0).map(|v| fmt.compact(Some(v))),
        avg_reach: p.avg_reach.filter(|v| *v > 0.0).map(|v| fmt.compact(Some(v))),
        comment_like_ratio: p.comment_like_ratio.map(|v| fmt.percent(Some(v))),
        comment_like_healthy: p.comment_like_healthy,
        growth: last_growth.map(|g| format!("{} / month", fmt.signed_percent(Some(g)))),
        spikes: p
            .spikes
            .iter()
            .map(|s| format!("{} in a month to {}", fmt.signed_percent(Some(s.growth)), fmt.date(Some(s.date))))
            .collect(),
        basis: p.basis.map(|b| match b {
            Basis::RecentPosts => format!("Average of the last {} posts", p.posts),
            Basis::Averages => "Reported averages".to_string(),
        }),
    }
}

/// The kit of `creator`, the public profile (`CreatorFigures::profile`):
/// a section it hides is not in it, so it cannot be shown.
pub fn kit_view(slug: &str, creator: &Creator, figures: &CreatorFigures, ctx: &Ctx) -> KitView {
    let fmt = &ctx.fmt;
    let platforms: Vec<PlatformView> = figures.platforms.iter().map(|p| platform_view(p, ctx)).collect();
    let mut headline = vec![Stat {
        label: "Total audience".to_string(),
        value: fmt.compact(figures.followers.map(|f| f as f64)),
        detail: Some(format!(
            "across {} {}",
            figures.platforms.len(),
            if figures.platforms.len() == 1 { "platform" } else { "platforms" }
        )),
    }];
    headline.push(Stat {
        label: "Engagement rate".to_string(),
        value: fmt.percent(figures.er),
        detail: figures.rating.map(|r| r.label().to_string()),
    });
    if let Some(best) = figures
        .platforms
        .iter()
        .filter(|p| p.engagements.is_some())
        .max_by(|a, b| a.engagements.unwrap_or(0.0).total_cmp(&b.engagements.unwrap_or(0.0)))
    {
        headline.push(Stat {
            label: "Avg. engagements".to_string(),
            value: fmt.compact(best.engagements),
            detail: Some(format!("per {} post", best.platform.label())),
        });
    }
    if let Some(t) = figures.tier {
        headline.push(Stat {
            label: "Tier".to_string(),
            value: t.label().to_string(),
            detail: Some("by largest platform".to_string()),
        });
    }

    let audience_charts = match &creator.audience {
        Some(a) => [
            charts::kit::gender(a, fmt, &ctx.palette),
            charts::kit::age(a, fmt, &ctx.palette),
            charts::kit::locations(a, fmt, &ctx.palette),
        ]
        .into_iter()
        .flatten()
        .collect(),
        None => Vec::new(),
    };
    let growth_charts = figures.platforms.iter().filter_map(|p| charts::kit::growth(p, fmt, &ctx.palette)).collect();
    let contact = creator.contact.as_ref().map(|c| ContactView {
        email: c.email.as_ref().map(|e| e.0.clone()),
        website_label: c.website.as_ref().map(|w| host_of(&w.0)),
        website: c.website.as_ref().map(|w| w.0.clone()),
        phone: c.phone.clone(),
        manager: c.manager.clone(),
    });
    let rates_from =
        figures.rates.as_ref().and_then(|r| Some(format!("from {}", fmt.money(Some(r.lowest_price()?), &r.currency))));
    KitView {
        slug: slug.to_string(),
        name: creator.name.clone(),
        initials: initials(&creator.name),
        tagline: creator.tagline.clone(),
        location: creator.location.clone(),
        niches: creator.niches.clone(),
        photo_url: creator.photo.as_ref().map(|p| ctx.urls.asset(p)),
        contact,
        bio_html: creator.bio.as_deref().map(markdown::to_html),
        bio_text: creator.bio.as_deref().map(markdown::to_plain),
        as_of: creator.as_of.map(|d| fmt.date(Some(d))),
        sources: creator
            .platforms
            .iter()
            .filter_map(|p| {
                let from = p.imported.as_ref()?;
                let mut line = format!("{}: {}", p.platform.label(), from.source);
                if let Some(through) = from.through {
                    line.push_str(&format!(", through {}", fmt.date(Some(through))));
                }
                if let Some(years) = from.years {
                    let (how, d) = match years {
                        YearsFrom::AsOf(d) => ("the profile's as_of date", d),
                        YearsFrom::FileName(d) => ("the date in the file name", d),
                        YearsFrom::ExportDates(d) => ("the export's latest full date", d),
                    };
                    line.push_str(&format!(
                        " (its dates carry no year; years counted back from {how}, {})",
                        fmt.date(Some(d))
                    ));
                }
                Some(line)
            })
            .collect(),
        tier: figures.tier.map(|t| t.label().to_string()),
        headline,
        platforms,
        audience_charts,
        growth_charts,
        partners: creator
            .partners
            .iter()
            .map(|p| PartnerView {
                brand: p.brand.clone(),
                year: p.year,
                summary_html: p.summary.as_deref().map(markdown::to_inline_html),
                summary_text: p.summary.as_deref().map(markdown::to_plain),
                url: p.url.as_ref().map(|u| u.0.clone()),
            })
            .collect(),
        testimonials: creator
            .testimonials
            .iter()
            .map(|t| TestimonialView { quote: t.quote.clone(), author: t.author.clone() })
            .collect(),
        rates_from,
        track_record: None,
        urls: KitUrls {
            kit: ctx.urls.path(&page::kit(slug)),
            rates: figures.rates.as_ref().map(|_| ctx.urls.path(&page::rates(slug))),
            pdf: ctx.urls.path(&page::kit_pdf(slug)),
            data: ctx.urls.path(&page::kit_json(slug)),
        },
        figures: figures.clone(),
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct RateRow {
    pub platform: &'static str,
    pub platform_key: &'static str,
    pub deliverable: String,
    pub description: Option<String>,
    pub price: String,
    /// "$261.50 – $2,615".
    pub suggested: Option<String>,
    /// Where the creator's price sits against the suggested range.
    pub position: Option<&'static str>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PackageRow {
    pub name: String,
    pub includes: Vec<String>,
    pub description: Option<String>,
    pub price: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct AddonRow {
    pub name: String,
    /// "+25% of the base price" or "+$250".
    pub terms: String,
    /// "e.g. +$300 on a $1,200 reel".
    pub example: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RatesView {
    pub currency: String,
    pub items: Vec<RateRow>,
    pub packages: Vec<PackageRow>,
    pub addons: Vec<AddonRow>,
    pub notes_html: Option<String>,
    pub notes_text: Option<String>,
}

pub fn rates_view(creator: &Creator, figures: &CreatorFigures, ctx: &Ctx) -> Option<RatesView> {
    let r = figures.rates.as_ref()?;
    let model = creator.rates.as_ref()?;
    let fmt = &ctx.fmt;
    let money = |v: f64| fmt.money(Some(v), &r.currency);
    let top = r.items.iter().max_by(|a, b| a.price.total_cmp(&b.price));
    Some(RatesView {
        currency: r.currency.clone(),
        items: r
            .items
            .iter()
            .zip(&model.items)
            .map(|(i, m)| RateRow {
                platform: i.platform.label(),
                platform_key: i.platform.key(),
                deliverable: i.deliverable.clone(),
                description: m.description.clone(),
                price: money(i.price),
                suggested: i.suggested.map(|s| format!("{} – {}", money(s.min), money(s.max))),
                position: i.suggested.map(|s| {
                    if i.price < s.min {
                        "below"
                    } else if i.price > s.max {
                        "above"
                    } else {
                        "within"
                    }
                }),
            })
            .collect(),
        packages: r
            .packages
            .iter()
            .zip(&model.packages)
            .map(|(p, m)| PackageRow {
                name: p.name.clone(),
                includes: p.includes.clone(),
                description: m.description.clone(),
                price: money(p.price),
            })
            .collect(),
        addons: r
            .addons
            .iter()
            .map(|a| AddonRow {
                name: a.name.clone(),
                terms: match (a.percent, a.amount) {
                    (Some(p), _) => {
                        format!("+{}% of the base price", fmt.number(p, if p.fract() == 0.0 { 0 } else { 1 }))
                    }
                    (None, Some(v)) => format!("+{}", money(v)),
                    _ => String::new(),
                },
                example: match (a.percent, a.example, top) {
                    (Some(_), Some(ex), Some(t)) => {
                        Some(format!("e.g. +{} on a {} {}", money(ex), money(t.price), t.deliverable))
                    }
                    _ => None,
                },
            })
            .collect(),
        notes_html: model.notes.as_deref().map(markdown::to_html),
        notes_text: model.notes.as_deref().map(markdown::to_plain),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_hosts() {
        assert_eq!(initials("Ava Chen"), "AC");
        assert_eq!(initials("  "), "?");
        assert_eq!(initials("李 小龙"), "李小");
        assert_eq!(host_of("https://www.avachen.example/about"), "avachen.example");
    }
}
