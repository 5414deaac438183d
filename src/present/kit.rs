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
    pub label: String,
    pub handle: Option<String>,
    pub url: Option<String>,
    pub audience_word: String,
    pub followers: String,
    pub followers_full: String,
    pub tier: Option<String>,
    /// `micro`, for CSS classes.
    pub tier_key: Option<&'static str>,
    pub er: String,
    pub er_reach: Option<String>,
    pub rating: Option<&'static str>,
    pub rating_label: Option<String>,
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
    /// "Data as of Nov 1, 2026".
    pub as_of_text: Option<String>,
    /// Where imported figures came from: "TikTok: TikTok Studio export, through Nov 30, 2026".
    pub sources: Vec<String>,
    pub tier: Option<String>,
    /// `micro`, for CSS classes.
    pub tier_key: Option<&'static str>,
    /// "Micro creator".
    pub tier_text: Option<String>,
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

fn position_key(pos: Position) -> &'static str {
    match pos {
        Position::Below => "below",
        Position::Within => "within",
        Position::Above => "above",
    }
}

fn platform_view(p: &PlatformFigures, ctx: &Ctx) -> PlatformView {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    let last_growth = p.monthly_growth.last().and_then(|s| s.growth);
    PlatformView {
        key: p.platform.key(),
        label: t.platform(p.platform),
        handle: p.handle.clone(),
        url: p.url.clone(),
        audience_word: t.audience(p.platform),
        followers: fmt.compact(p.followers.map(|f| f as f64)),
        followers_full: fmt.count(p.followers.map(|f| f as f64)),
        tier: p.tier.map(|tier| t.tier(tier)),
        tier_key: p.tier.map(|tier| tier.key()),
        er: fmt.percent(p.er),
        er_reach: p.er_reach.map(|v| fmt.percent(Some(v))),
        rating: p.rating.map(|r| r.key()),
        rating_label: p.rating.map(|r| t.rating(r)),
        benchmark: p.benchmark.and_then(|b| {
            let tier = t.tier_inline(p.tier?);
            let range = fmt.percent_range(b.min, b.max);
            let pos = b.position?;
            Some(t.with(
                "kit-benchmark",
                &[("position", position_key(pos).into()), ("tier", (&tier).into()), ("range", (&range).into())],
            ))
        }),
        benchmark_position: p.benchmark.and_then(|b| b.position).map(position_key),
        engagements: fmt.compact(p.engagements),
        avg_likes: p.avg_likes.map(|v| fmt.compact(Some(v))),
        avg_comments: p.avg_comments.map(|v| fmt.compact(Some(v))),
        avg_views: p.avg_views.filter(|v| *v > 0.0).map(|v| fmt.compact(Some(v))),
        avg_reach: p.avg_reach.filter(|v| *v > 0.0).map(|v| fmt.compact(Some(v))),
        comment_like_ratio: p.comment_like_ratio.map(|v| fmt.percent(Some(v))),
        comment_like_healthy: p.comment_like_healthy,
        growth: last_growth
            .map(|g| t.with("kit-growth-per-month", &[("growth", (&fmt.signed_percent(Some(g))).into())])),
        spikes: p
            .spikes
            .iter()
            .map(|s| {
                let growth = fmt.signed_percent(Some(s.growth));
                let spike =
                    t.with("kit-spike", &[("growth", (&growth).into()), ("date", (&fmt.date(Some(s.date))).into())]);
                t.with("kit-growth-spike", &[("spike", (&spike).into())])
            })
            .collect(),
        basis: p.basis.map(|b| match b {
            Basis::RecentPosts => t.with(
                "kit-basis-posts",
                &[("count", p.posts.into()), ("n", (&fmt.count(Some(p.posts as f64))).into())],
            ),
            Basis::Averages => t.text("kit-basis-averages"),
        }),
    }
}

/// The kit of `creator`, the public profile (`CreatorFigures::profile`):
/// a section it hides is not in it, so it cannot be shown.
pub fn kit_view(slug: &str, creator: &Creator, figures: &CreatorFigures, ctx: &Ctx) -> KitView {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    let platforms: Vec<PlatformView> = figures.platforms.iter().map(|p| platform_view(p, ctx)).collect();
    let count = figures.platforms.len();
    let mut headline = vec![Stat {
        label: t.text("kit-total-audience"),
        value: fmt.compact(figures.followers.map(|f| f as f64)),
        detail: Some(
            t.with("kit-across-platforms", &[("count", count.into()), ("n", (&fmt.count(Some(count as f64))).into())]),
        ),
    }];
    headline.push(Stat {
        label: t.text("kit-engagement-rate"),
        value: fmt.percent(figures.er),
        detail: figures.rating.map(|r| t.rating(r)),
    });
    if let Some(best) = figures
        .platforms
        .iter()
        .filter(|p| p.engagements.is_some())
        .max_by(|a, b| a.engagements.unwrap_or(0.0).total_cmp(&b.engagements.unwrap_or(0.0)))
    {
        headline.push(Stat {
            label: t.text("kit-avg-engagements"),
            value: fmt.compact(best.engagements),
            detail: Some(t.with("kit-per-post", &[("platform", (&t.platform(best.platform)).into())])),
        });
    }
    if let Some(tier) = figures.tier {
        headline.push(Stat { label: t.text("kit-tier"), value: t.tier(tier), detail: Some(t.text("kit-by-largest")) });
    }

    let audience_charts = match &creator.audience {
        Some(a) => [charts::kit::gender(a, ctx), charts::kit::age(a, ctx), charts::kit::locations(a, ctx)]
            .into_iter()
            .flatten()
            .collect(),
        None => Vec::new(),
    };
    let growth_charts = figures.platforms.iter().filter_map(|p| charts::kit::growth(p, ctx)).collect();
    let contact = creator.contact.as_ref().map(|c| ContactView {
        email: c.email.as_ref().map(|e| e.0.clone()),
        website_label: c.website.as_ref().map(|w| host_of(&w.0)),
        website: c.website.as_ref().map(|w| w.0.clone()),
        phone: c.phone.clone(),
        manager: c.manager.clone(),
    });
    let rates_from = figures.rates.as_ref().and_then(|r| {
        Some(t.with("kit-rates-from", &[("price", (&fmt.money(Some(r.lowest_price()?), &r.currency)).into())]))
    });
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
        as_of_text: creator.as_of.map(|d| t.with("kit-data-as-of", &[("date", (&fmt.date(Some(d))).into())])),
        sources: creator.platforms.iter().filter_map(|p| source_line(p, ctx)).collect(),
        tier: figures.tier.map(|tier| t.tier(tier)),
        tier_key: figures.tier.map(|tier| tier.key()),
        tier_text: figures.tier.map(|tier| t.with("tier-creator", &[("tier", (&t.tier(tier)).into())])),
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
    pub platform: String,
    pub platform_key: &'static str,
    pub deliverable: String,
    pub description: Option<String>,
    pub price: String,
    /// "$261.50 – $2,615".
    pub suggested: Option<String>,
    /// Where the creator's price sits against the suggested range.
    pub position: Option<&'static str>,
    pub position_label: Option<String>,
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
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    let money = |v: f64| fmt.money(Some(v), &r.currency);
    let position = |price: f64, min: f64, max: f64| {
        if price < min {
            "below"
        } else if price > max {
            "above"
        } else {
            "within"
        }
    };
    let top = r.items.iter().max_by(|a, b| a.price.total_cmp(&b.price));
    Some(RatesView {
        currency: r.currency.clone(),
        items: r
            .items
            .iter()
            .zip(&model.items)
            .map(|(i, m)| RateRow {
                platform: t.platform(i.platform),
                platform_key: i.platform.key(),
                deliverable: i.deliverable.clone(),
                description: m.description.clone(),
                price: money(i.price),
                suggested: i.suggested.map(|s| format!("{} – {}", money(s.min), money(s.max))),
                position: i.suggested.map(|s| position(i.price, s.min, s.max)),
                position_label: i
                    .suggested
                    .map(|s| t.text(&format!("rates-position-{}", position(i.price, s.min, s.max)))),
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
                    (Some(p), _) => t.with("rates-addon-percent", &[("percent", (&fmt.share(Some(p))).into())]),
                    (None, Some(v)) => format!("+{}", money(v)),
                    _ => String::new(),
                },
                example: match (a.percent, a.example, top) {
                    (Some(_), Some(ex), Some(top)) => Some(t.with(
                        "rates-addon-example",
                        &[
                            ("extra", (&money(ex)).into()),
                            ("price", (&money(top.price)).into()),
                            ("deliverable", (&top.deliverable).into()),
                        ],
                    )),
                    _ => None,
                },
            })
            .collect(),
        notes_html: model.notes.as_deref().map(markdown::to_html),
        notes_text: model.notes.as_deref().map(markdown::to_plain),
    })
}

/// "TikTok: TikTok Studio export, through Nov 30, 2026 (its dates carry no
/// year; …)", in the page's language, for a platform whose figures were
/// imported.
fn source_line(p: &crate::model::creator::PlatformProfile, ctx: &Ctx) -> Option<String> {
    let (fmt, t) = (&ctx.fmt, &ctx.t);
    let from = p.imported.as_ref()?;
    let source = t.source(&from.source);
    let platform = t.platform(p.platform);
    let mut line = match from.through {
        Some(through) => t.with(
            "kit-source-through",
            &[
                ("platform", (&platform).into()),
                ("source", (&source).into()),
                ("date", (&fmt.date(Some(through))).into()),
            ],
        ),
        None => t.with("kit-source", &[("platform", (&platform).into()), ("source", (&source).into())]),
    };
    if let Some(years) = from.years {
        let (key, d) = match years {
            YearsFrom::AsOf(d) => ("kit-source-years-as-of", d),
            YearsFrom::FileName(d) => ("kit-source-years-file-name", d),
            YearsFrom::ExportDates(d) => ("kit-source-years-export", d),
        };
        line.push(' ');
        line.push_str(&t.with(key, &[("date", (&fmt.date(Some(d))).into())]));
    }
    Some(line)
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

    #[test]
    fn where_imported_figures_came_from_reads_in_the_kits_language() {
        use crate::model::config::SiteConfig;
        use crate::model::creator::PlatformProfile;
        use crate::model::import::Provenance;
        use crate::model::locale::Locale;
        use crate::model::values::Date;
        let mut p: PlatformProfile = serde_saphyr::from_str("platform: tiktok\nfollowers: 1000\n").unwrap();
        assert_eq!(source_line(&p, &Ctx::new(&SiteConfig::default())), None, "typed in, not imported");
        p.imported = Some(Provenance {
            source: "TikTok Studio export".into(),
            path: "data/ava".into(),
            through: Some(Date { year: 2026, month: 11, day: 30 }),
            years: Some(YearsFrom::FileName(Date { year: 2026, month: 12, day: 1 })),
        });
        let en = Ctx::new(&SiteConfig::default());
        assert_eq!(
            source_line(&p, &en).unwrap(),
            "TikTok: TikTok Studio export, through Nov 30, 2026 (its dates carry no year; years counted back \
             from the date in the file name, Dec 1, 2026)"
        );
        let de = Ctx::new(&SiteConfig { locale: Locale::parse("de-DE").unwrap(), ..SiteConfig::default() });
        assert_eq!(
            source_line(&p, &de).unwrap(),
            "TikTok: TikTok-Studio-Export, bis 30. Nov. 2026 (Daten ohne Jahresangabe; Jahre zurückgerechnet \
             ab dem Datum im Dateinamen, 1. Dez. 2026)"
        );
        // A source the labels do not know is shown as the load stage names it.
        p.imported = Some(Provenance { source: "Some new export".into(), ..Provenance::default() });
        assert_eq!(source_line(&p, &de).unwrap(), "TikTok: Some new export");
    }
}
