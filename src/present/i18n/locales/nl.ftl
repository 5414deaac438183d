# Nederlands. Met de Engelse termen die influencermarketing gebruikt
# (creator, volgers, bereik, engagement rate, mediakit).

## Navigation and buttons

nav-media-kit = Mediakit
nav-rate-card = Tarieven
nav-download-pdf = Download pdf
nav-skip = Naar de inhoud
nav-page = Pagina
nav-see-all = Bekijk alle creators
footer-pdf = pdf
footer-data = data.json

## Page titles and link previews

page-kit-title = { $name } · Mediakit
page-kit-description = Mediakit van { $name }
page-rates-title = { $name } · Tarieven
page-rates-description = Tarieven voor gesponsorde content met { $name }
page-report-title = { $name } · Campagnerapport
page-report-description = Campagnerapport: { $name }
page-report-description-client = Campagnerapport: { $name } voor { $client }
page-roster-description = Mediakits en campagnerapporten van { $brand }
page-portrait = Portret van { $name }

## 404

notfound-title = Pagina niet gevonden
notfound-description = Deze pagina bestaat niet.
notfound-heading = Deze pagina bestaat niet
notfound-text = De link is misschien verouderd, of de mediakit is verhuisd.

## Tiers, ratings, platforms, formats, objectives

tier-emerging = Beginnend
    .inline = beginnende
tier-nano = Nano
    .inline = nano
tier-micro = Micro
    .inline = micro
tier-macro = Macro
    .inline = macro
tier-mega = Mega
    .inline = mega
tier-creator = { $tier }-creator

rating-excellent = Uitstekend
rating-good = Goed
rating-average = Gemiddeld
rating-poor = Zwak

platform-instagram = Instagram
    .audience = volgers
    .audience-heading = Volgers
platform-tiktok = TikTok
    .audience = volgers
    .audience-heading = Volgers
platform-youtube = YouTube
    .audience = abonnees
    .audience-heading = Abonnees
platform-linkedin = LinkedIn
    .audience = volgers
    .audience-heading = Volgers
platform-pinterest = Pinterest
    .audience = volgers
    .audience-heading = Volgers
platform-threads = Threads
    .audience = volgers
    .audience-heading = Volgers
platform-twitch = Twitch
    .audience = volgers
    .audience-heading = Volgers
platform-x = X
    .audience = volgers
    .audience-heading = Volgers
platform-other = Overig
    .audience = volgers
    .audience-heading = Volgers

format-post = Bericht
    .inline = bericht
format-reel = Reel
    .inline = reel
format-story = Story
    .inline = story
format-video = Video
    .inline = video
format-short = Short
    .inline = short
format-live = Livestream
    .inline = livestream
format-carousel = Carrousel
    .inline = carrousel
post-kind = { $platform }-{ $format }

objective-awareness = Naamsbekendheid
objective-engagement = Engagement
objective-traffic = Verkeer
objective-conversions = Conversies

## Metrics

metric-reach = Bereik
    .short = Bereik
    .help = unieke accounts bereikt
metric-impressions = Impressies
    .short = Impr.
    .help = hoe vaak de content is getoond
metric-views = Weergaven
    .short = Weerg.
    .help = videoweergaven
metric-engagements = Interacties
    .short = Interact.
    .help = likes, reacties, shares en saves
metric-clicks = Kliks
    .short = Kliks
    .help = linkkliks
metric-conversions = Conversies
    .short = Conv.
    .help = gemeten verkopen of aanmeldingen
metric-revenue = Omzet
    .short = Omzet
    .help = gemeten omzet
metric-cost = Kosten
    .short = Kosten
    .help = creatorvergoedingen, product- en campagnekosten
metric-er = Engagement rate
    .short = ER
    .help = interacties ÷ volgers
metric-er-reach = ER op bereik
    .short = ER bereik
    .help = interacties ÷ bereik
metric-ctr = Doorklikratio
    .short = CTR
    .help = kliks ÷ impressies (of weergaven, of bereik)
metric-conversion-rate = Conversieratio
    .short = CVR
    .help = conversies ÷ kliks
metric-cpe = Kosten per interactie
    .short = CPE
    .help = kosten ÷ interacties
metric-cpm = Kosten per 1.000 impressies
    .short = CPM
    .help = kosten ÷ impressies × 1.000
metric-cpc = Kosten per klik
    .short = CPC
    .help = kosten ÷ kliks
metric-cpa = Kosten per acquisitie
    .short = CPA
    .help = kosten ÷ conversies
metric-cpv = Kosten per weergave
    .short = CPV
    .help = kosten ÷ weergaven
metric-emv = Earned media value
    .short = EMV
    .help = acties × hun ingestelde waarde
metric-roas = Rendement op advertentie-uitgaven
    .short = ROAS
    .help = omzet ÷ kosten
metric-roi = Rendement op investering
    .short = ROI
    .help = (omzet − kosten) ÷ kosten

## Media kit

kit-eyebrow = Mediakit
kit-on-platform = op { $platform }
kit-niches = Onderwerpen
kit-work-with = Werk samen met { $first_name }
kit-rates-from = vanaf { $price }
kit-at-a-glance = In één oogopslag
kit-data-as-of = Gegevens per { $date }
kit-platforms = Platforms
kit-total-audience = Totaal bereik
kit-across-platforms = { $count ->
    [one] op { $n } platform
   *[other] op { $n } platforms
}
kit-engagement-rate = Engagement rate
kit-er-reach = ER op bereik
kit-avg-engagements = Gem. interacties
kit-per-post = per { $platform }-bericht
kit-tier = Niveau
kit-by-largest = naar grootste platform
kit-avg-likes = Gem. likes
kit-avg-comments = Gem. reacties
kit-avg-views = Gem. weergaven
kit-avg-reach = Gem. bereik
kit-comments-per-like = Reacties per like
kit-healthy = Gezond
kit-growth = Groei
kit-growth-per-month = { $growth } / maand
kit-growth-spike = Groeipiek: { $spike }
kit-spike = { $growth } in één maand tot { $date }
kit-basis-posts = { $count ->
    [one] Gemiddelde van het laatste bericht
   *[other] Gemiddelde van de laatste { $n } berichten
}
kit-basis-averages = Opgegeven gemiddelden
kit-benchmark = { $position ->
    [below] Onder de bandbreedte voor { $tier }-creators ({ $range })
    [above] Boven de bandbreedte voor { $tier }-creators ({ $range })
   *[within] Binnen de bandbreedte voor { $tier }-creators ({ $range })
}
kit-about = Over mij
kit-audience = Publiek
kit-partners-heading = Merken waarmee ik heb gewerkt
kit-testimonials = Wat merken zeggen
kit-contact-heading = Laten we samenwerken
kit-managed-by = Management: { $manager }.
kit-contact-text = Mail voor beschikbaarheid, gebruiksrechten en een offerte voor je campagne.

## Rate card

rates-eyebrow = Tarieven · prijzen in { $currency }
rates-deliverables = Deliverables
rates-caption = Prijs per deliverable, met de bandbreedte op basis van de gemiddelde interacties
rates-platform = Platform
rates-deliverable = Deliverable
rates-price = Prijs
rates-suggested = Richtprijs
rates-suggested-help = gemiddelde interacties per bericht × 0,10 tot × 1,00
rates-position-below = eronder
rates-position-within = erbinnen
rates-position-above = erboven
rates-note = De richtprijs is het gemiddelde aantal interacties per bericht op het platform × 0,10 tot × 1,00, naast de eigen prijs van de creator.
rates-packages = Pakketten
rates-addons = Extra’s
rates-addon-percent = +{ $percent } van de basisprijs
rates-addon-example = bijv. +{ $extra } op een { $deliverable } van { $price }
rates-terms = Voorwaarden
rates-book = Boek { $name }
rates-book-text = Vertel ons over je campagne en de data.

## Campaign report

report-eyebrow = Campagnerapport
report-for = voor { $client }
report-creators = { $count ->
    [one] { $n } creator
   *[other] { $n } creators
}
report-posts = { $count ->
    [one] { $n } bericht
   *[other] { $n } berichten
}
report-results = Resultaten
report-goals = Doelen
report-goal-figures = { $actual } van { $goal } · { $attainment }
report-goal-bar = { $label }: { $attainment } van het doel
report-met = Behaald
report-budget-used = Budget besteed
report-budget-bar = Budget besteed: { $used }
report-summary = Samenvatting
report-performance = Prestaties
report-creators-heading = Creators
report-posts-heading = Berichten
report-creators-caption = Resultaten per creator
report-posts-caption = Resultaten per bericht
report-creators-continued = Creators (vervolg)
report-posts-continued = Berichten (vervolg)
report-costs = Campagnekosten naast de creatorvergoedingen: { $costs }.
report-col-creator = Creator
report-col-posts = Berichten
report-col-date = Datum
report-col-post = Bericht
report-total = Totaal
report-hidden-note = Dit rapport laat { $list } weg, en de cijfers die daarvan zijn afgeleid.
report-hidden-budget = het budget
report-hidden-fees = vergoedingen en kosten
report-hidden-revenue = de omzet
report-from = vanaf { $date }
report-until = tot { $date }
report-prepared-by = Opgesteld door { $agency }

## Roster

roster-creators-count = { $count ->
    [one] { $n } creator
   *[other] { $n } creators
}
roster-combined-audience = { $n } volgers samen
roster-campaigns-count = { $count ->
    [one] { $n } campagne
   *[other] { $n } campagnes
}
roster-creators = Creators
roster-campaign-reports = Campagnerapporten
roster-audience = Volgers
roster-er = ER
roster-tier = Niveau
roster-platforms = Platforms
roster-reach = Bereik
roster-engagements = Interacties
roster-roas = ROAS

## Charts

chart-show-data = Toon de gegevens
# The end of a chart's text alternative when rows are left out.
chart-alt-more = en nog { $n }
chart-continued = { $title } (vervolg)
chart-share = Aandeel
chart-gender-title = Publiek naar geslacht
chart-gender-column = Geslacht
chart-age-title = Publiek naar leeftijd
chart-age-column = Leeftijd
chart-age-largest = De grootste groep is { $group } ({ $share }).
chart-locations-title = Belangrijkste locaties van het publiek
chart-locations-column = Locatie
gender-female = Vrouw
gender-male = Man
gender-other = Anders
chart-growth-title = { $platform }-{ $audience } door de tijd
chart-growth-summary = { $title }: van { $first } op { $first-date } naar { $last } op { $last-date }.
chart-growth-no-spikes = Geen groeipieken.
chart-growth-spike = Groeipiek van { $growth } per maand tussen { $from } en { $to }.
chart-growth-marker = piek { $growth }
chart-growth-spike-cell = { $growth } (piek)
chart-date = Datum
chart-monthly-growth = Maandelijkse groei
chart-engagements-title = Interacties per creator
chart-engagements-summary = { $title }. { $creator } gaat voorop met { $n } interacties.
chart-engagements-summary-total = { $title }. { $creator } gaat voorop met { $n } van in totaal { $total } interacties.
chart-cost-revenue-title = Kosten en omzet per creator
chart-cost-revenue-summary = { $title }. In totaal leverde { $cost } aan kosten { $revenue } omzet op (ROAS { $roas }).
chart-cost-revenue-column = Kosten / omzet
chart-platforms-reach-title = Bereik per platform
chart-platforms-engagements-title = Interacties per platform
chart-platform = Platform
chart-timeline-title = Interacties door de tijd
chart-timeline-summary = { $title }, naar publicatiedatum, van { $from } tot { $to }. De piek was { $n } interacties op { $date }.
chart-funnel-title = Trechter
chart-funnel-stage = Fase
chart-funnel-count = Aantal
chart-funnel-step = { $share } van de { $stage }
funnel-impressions = Impressies
    .inline = impressies
funnel-views = Weergaven
    .inline = weergaven
funnel-reach = Bereik
    .inline = bereikte accounts
funnel-engagements = Interacties
    .inline = interacties
funnel-clicks = Kliks
    .inline = kliks
funnel-conversions = Conversies
    .inline = conversies

## PDF

pdf-media-kit = Mediakit
pdf-more-platforms = en nog { $n } in de online mediakit
pdf-more-rates = nog { $n } in de tarievenlijst
pdf-represented-by = Vertegenwoordigd door { $manager }
pdf-partners = Partners
pdf-rates = Tarieven
pdf-contact = Contact
pdf-page = Pagina { $page } van { $total }
pdf-report-subject = Campagnerapport, { $dates }
pdf-report-subject-client = Campagnerapport voor { $client }, { $dates }
pdf-keyword-kit = mediakit
pdf-keyword-report = campagnerapport

## Lists

list-separator = {", "}
list-and = { $init } en { $last }

## The desk: roster pages, facets, search, brands, campaigns

nav-all-creators = Alle creators
nav-reports = Rapporten
nav-all-brands = Alle merken
facet-niches = Niches
    .one = Niche
    .all = Alle niches
facet-tiers = Niveaus
    .one = Niveau
    .all = Alle niveaus
facet-platforms = Platforms
    .one = Platform
    .all = Alle platforms
facet-locations = Locaties van het publiek
    .one = Locatie van het publiek
    .all = Alle locaties van het publiek
facet-niches-count = { $count ->
    [one] { $n } niche
   *[other] { $n } niches
}
facet-tiers-count = { $count ->
    [one] { $n } niveau
   *[other] { $n } niveaus
}
facet-platforms-count = { $count ->
    [one] { $n } platform
   *[other] { $n } platforms
}
facet-locations-count = { $count ->
    [one] { $n } locatie
   *[other] { $n } locaties
}
facet-niches-description = Creators van { $brand } per niche
facet-tiers-description = Creators van { $brand } per niveau
facet-platforms-description = Creators van { $brand } per platform
facet-locations-description = Creators van { $brand } per locatie van het publiek
facet-empty = Nog geen creator in de roster vermeldt dit.
list-title-niches = { $term }-creators
list-title-tiers = { $term }-creators
list-title-platforms = Creators op { $term }
list-title-locations = Creators met publiek in { $term }
list-description = { $count ->
    [one] { $n } { $term }-creator in de roster van { $brand }.
   *[other] { $n } { $term }-creators in de roster van { $brand }.
}
list-page-title = { $title } · pagina { $page } van { $pages }
list-range = { $first }–{ $last } op pagina { $page } van { $pages }
pager-label = Pagina’s
pager-previous = ← Vorige
pager-next = Volgende →
roster-browse = Blader door de roster
roster-brands = Merken
roster-all-brands = Alle merken en wat elke samenwerking opleverde
roster-all-campaigns = { $count ->
    [one] { $n } campagnerapport bekijken
   *[other] Alle { $n } campagnerapporten
}
search-label = Zoeken
search-placeholder = Naam, niche of locatie
search-sort = Sorteren op
search-sort-roster = Volgorde van de roster
search-sort-name = Naam
search-sort-followers = Volgers, meeste eerst
search-sort-er = ER, hoogste eerst
search-sort-price = Prijs vanaf, laagste eerst
search-any = Alle
search-min-audience = Min. volgers
search-min-er = Min. ER %
search-max-price = Max. prijs vanaf
search-error = De zoekfunctie kon de roster niet laden. Blader hieronder per niche, niveau, platform of locatie.
search-matches = { $count ->
    [one] { $n } creator gevonden.
   *[other] { $n } creators gevonden.
}
search-more = Toon nog { $n }
search-rates-from = Tarieven vanaf { $price }
campaigns-count = { $count ->
    [one] { $n } campagne, nieuwste eerst
   *[other] { $n } campagnes, nieuwste eerst
}
campaigns-empty = Nog geen campagnes.
campaigns-description = Alle campagnerapporten van { $brand }
brands-count = { $count ->
    [one] { $n } merk
   *[other] { $n } merken
}
brands-empty = Nog geen campagne noemt een merk.
brands-description = Wat elke samenwerking van { $brand } opleverde, merk voor merk
brand-eyebrow = Resultaten van de samenwerking
brand-title = { $name } · Resultaten van de samenwerking
brand-description = { $campaigns } met { $creators } voor { $name }
brand-together = Alle campagnes samen
brand-rates-note = Percentages zijn berekend uit de opgetelde cijfers van de campagnes (alle interacties ÷ al het bereik), niet gemiddeld over de campagnes.
brand-hidden-note = Minstens één van deze campagnes laat { $list } weg. Daarom laat dit overzicht die gegevens en alle cijfers die ervan zijn afgeleid weg, voor alle campagnes.
brand-currencies-note = Deze campagnes gebruiken meer dan één valuta: bedragen staan per campagne en worden niet opgeteld.
brand-over-time = In de tijd
brand-campaigns = Campagnes
brand-campaigns-caption = Resultaten per campagne, op datum
brand-creators = Creators over alle campagnes
brand-creators-caption = Resultaten per creator over deze campagnes, meeste interacties eerst
brand-all-campaigns = Alle campagnes
desk-col-campaign = Campagne
desk-col-campaigns = Campagnes
desk-col-brand = Merk
desk-col-dates = Periode
chart-brand-title = Interacties per campagne in de tijd
chart-brand-summary = { $title }: { $campaigns } van { $from } tot { $to }. { $best } scoorde het best, met { $n } interacties.
kit-track-record = Eerdere campagnes
kit-track-caption = Campagnes met deze roster, nieuwste eerst, met de resultaten uit elk rapport

## Imported figures: where they came from

kit-source = { $platform }: { $source }
kit-source-through = { $platform }: { $source }, t/m { $date }
kit-source-years-as-of = (datums zonder jaartal; jaren teruggerekend vanaf de as_of-datum van het profiel, { $date })
kit-source-years-file-name = (datums zonder jaartal; jaren teruggerekend vanaf de datum in de bestandsnaam, { $date })
kit-source-years-export = (datums zonder jaartal; jaren teruggerekend vanaf de laatste volledige dag van de export, { $date })
source-youtube = YouTube Studio-export
source-tiktok = TikTok Studio-export
source-instagram = Meta Business Suite-export
source-linkedin = LinkedIn Analytics-export
source-columns = spreadsheet
source-export = export
