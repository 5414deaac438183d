# Deutsch. Anglizismen, wo das Influencer-Marketing sie benutzt
# (Creator, Follower, Reach, Engagement Rate, Media Kit).

## Navigation and buttons

nav-media-kit = Media Kit
nav-rate-card = Preisliste
nav-download-pdf = PDF herunterladen
nav-skip = Zum Inhalt springen
nav-page = Seite
nav-see-all = Alle Creator ansehen
footer-pdf = PDF
footer-data = data.json

## Page titles and link previews

page-kit-title = { $name } · Media Kit
page-kit-description = Media Kit von { $name }
page-rates-title = { $name } · Preisliste
page-rates-description = Preise für Sponsored Content mit { $name }
page-report-title = { $name } · Kampagnenbericht
page-report-description = Kampagnenbericht: { $name }
page-report-description-client = Kampagnenbericht: { $name } für { $client }
page-roster-description = Media Kits und Kampagnenberichte von { $brand }
page-portrait = Porträt von { $name }

## 404

notfound-title = Seite nicht gefunden
notfound-description = Diese Seite gibt es nicht.
notfound-heading = Diese Seite gibt es nicht
notfound-text = Der Link ist vielleicht veraltet, oder das Media Kit ist umgezogen.

## Tiers, ratings, platforms, formats, objectives

tier-emerging = Newcomer
    .inline = Newcomer
tier-nano = Nano
    .inline = Nano
tier-micro = Micro
    .inline = Micro
tier-macro = Macro
    .inline = Macro
tier-mega = Mega
    .inline = Mega
tier-creator = { $tier }-Creator

rating-excellent = Hervorragend
rating-good = Gut
rating-average = Durchschnittlich
rating-poor = Schwach

platform-instagram = Instagram
    .audience = Follower
    .audience-heading = Follower
platform-tiktok = TikTok
    .audience = Follower
    .audience-heading = Follower
platform-youtube = YouTube
    .audience = Abonnenten
    .audience-heading = Abonnenten
platform-linkedin = LinkedIn
    .audience = Follower
    .audience-heading = Follower
platform-pinterest = Pinterest
    .audience = Follower
    .audience-heading = Follower
platform-threads = Threads
    .audience = Follower
    .audience-heading = Follower
platform-twitch = Twitch
    .audience = Follower
    .audience-heading = Follower
platform-x = X
    .audience = Follower
    .audience-heading = Follower
platform-other = Sonstige
    .audience = Follower
    .audience-heading = Follower

format-post = Beitrag
    .inline = Beitrag
format-reel = Reel
    .inline = Reel
format-story = Story
    .inline = Story
format-video = Video
    .inline = Video
format-short = Short
    .inline = Short
format-live = Livestream
    .inline = Livestream
format-carousel = Karussell
    .inline = Karussell
post-kind = { $platform } { $format }

objective-awareness = Bekanntheit
objective-engagement = Engagement
objective-traffic = Traffic
objective-conversions = Conversions

## Metrics

metric-reach = Reichweite
    .short = Reichw.
    .help = erreichte Accounts
metric-impressions = Impressionen
    .short = Impr.
    .help = wie oft der Content angezeigt wurde
metric-views = Aufrufe
    .short = Aufrufe
    .help = Videoaufrufe
metric-engagements = Interaktionen
    .short = Interakt.
    .help = Likes, Kommentare, Shares und Saves
metric-clicks = Klicks
    .short = Klicks
    .help = Link-Klicks
metric-conversions = Conversions
    .short = Conv.
    .help = getrackte Verkäufe oder Anmeldungen
metric-revenue = Umsatz
    .short = Umsatz
    .help = getrackter Umsatz
metric-cost = Kosten
    .short = Kosten
    .help = Creator-Honorare, Produkt- und Kampagnenkosten
metric-er = Engagement Rate
    .short = ER
    .help = Interaktionen ÷ Follower
metric-er-reach = ER nach Reichweite
    .short = ER Reichw.
    .help = Interaktionen ÷ Reichweite
metric-ctr = Klickrate
    .short = CTR
    .help = Klicks ÷ Impressionen (oder Aufrufe, oder Reichweite)
metric-conversion-rate = Conversion-Rate
    .short = CVR
    .help = Conversions ÷ Klicks
metric-cpe = Kosten pro Interaktion
    .short = CPE
    .help = Kosten ÷ Interaktionen
metric-cpm = Kosten pro 1.000 Impressionen
    .short = TKP
    .help = Kosten ÷ Impressionen × 1.000
metric-cpc = Kosten pro Klick
    .short = CPC
    .help = Kosten ÷ Klicks
metric-cpa = Kosten pro Conversion
    .short = CPA
    .help = Kosten ÷ Conversions
metric-cpv = Kosten pro Aufruf
    .short = CPV
    .help = Kosten ÷ Aufrufe
metric-emv = Earned Media Value
    .short = EMV
    .help = Aktionen × ihr festgelegter Wert
metric-roas = Return on Ad Spend
    .short = ROAS
    .help = Umsatz ÷ Kosten
metric-roi = Return on Investment
    .short = ROI
    .help = (Umsatz − Kosten) ÷ Kosten

## Media kit

kit-eyebrow = Media Kit
kit-on-platform = auf { $platform }
kit-niches = Themen
kit-work-with = Mit { $first_name } arbeiten
kit-rates-from = ab { $price }
kit-at-a-glance = Auf einen Blick
kit-data-as-of = Datenstand: { $date }
kit-platforms = Plattformen
kit-total-audience = Follower gesamt
kit-across-platforms = { $count ->
    [one] auf { $n } Plattform
   *[other] auf { $n } Plattformen
}
kit-engagement-rate = Engagement Rate
kit-er-reach = ER nach Reichweite
kit-avg-engagements = Ø Interaktionen
kit-per-post = pro { $platform }-Beitrag
kit-tier = Stufe
kit-by-largest = nach größter Plattform
kit-avg-likes = Ø Likes
kit-avg-comments = Ø Kommentare
kit-avg-views = Ø Aufrufe
kit-avg-reach = Ø Reichweite
kit-comments-per-like = Kommentare pro Like
kit-healthy = Gesund
kit-growth = Wachstum
kit-growth-per-month = { $growth } / Monat
kit-growth-spike = Wachstumssprung: { $spike }
kit-spike = { $growth } in einem Monat bis { $date }
kit-basis-posts = { $count ->
    [one] Durchschnitt des letzten Beitrags
   *[other] Durchschnitt der letzten { $n } Beiträge
}
kit-basis-averages = Angegebene Durchschnittswerte
kit-benchmark = { $position ->
    [below] Unter der Spanne für { $tier }-Creator ({ $range })
    [above] Über der Spanne für { $tier }-Creator ({ $range })
   *[within] Innerhalb der Spanne für { $tier }-Creator ({ $range })
}
kit-about = Über mich
kit-audience = Zielgruppe
kit-partners-heading = Marken, mit denen ich gearbeitet habe
kit-testimonials = Das sagen Marken
kit-contact-heading = Lass uns zusammenarbeiten
kit-managed-by = Management: { $manager }.
kit-contact-text = Schreib mir für Verfügbarkeit, Nutzungsrechte und ein Angebot für deine Kampagne.

## Rate card

rates-eyebrow = Preisliste · Preise in { $currency }
rates-deliverables = Leistungen
rates-caption = Preis pro Leistung, mit der aus den durchschnittlichen Interaktionen abgeleiteten Spanne
rates-platform = Plattform
rates-deliverable = Leistung
rates-price = Preis
rates-suggested = Empfohlene Spanne
rates-suggested-help = durchschnittliche Interaktionen pro Beitrag × 0,10 bis × 1,00
rates-position-below = darunter
rates-position-within = im Rahmen
rates-position-above = darüber
rates-note = Die empfohlene Spanne sind die durchschnittlichen Interaktionen pro Beitrag auf der Plattform × 0,10 bis × 1,00, neben dem eigenen Preis des Creators.
rates-packages = Pakete
rates-addons = Zusatzleistungen
rates-addon-percent = +{ $percent } auf den Grundpreis
rates-addon-example = z. B. +{ $extra } bei { $price } für { $deliverable }
rates-terms = Konditionen
rates-book = { $name } buchen
rates-book-text = Erzähl uns von deiner Kampagne und deinem Zeitplan.

## Campaign report

report-eyebrow = Kampagnenbericht
report-for = für { $client }
report-creators = { $count ->
    [one] { $n } Creator
   *[other] { $n } Creator
}
report-posts = { $count ->
    [one] { $n } Beitrag
   *[other] { $n } Beiträge
}
report-results = Ergebnisse
report-goals = Ziele
report-goal-figures = { $actual } von { $goal } · { $attainment }
report-goal-bar = { $label }: { $attainment } des Ziels
report-met = Erreicht
report-budget-used = Budget genutzt
report-budget-bar = Budget genutzt: { $used }
report-summary = Zusammenfassung
report-performance = Performance
report-creators-heading = Creator
report-posts-heading = Beiträge
report-creators-caption = Ergebnisse pro Creator
report-posts-caption = Ergebnisse pro Beitrag
report-creators-continued = Creator, Fortsetzung
report-posts-continued = Beiträge, Fortsetzung
report-costs = Kampagnenkosten zusätzlich zu den Creator-Honoraren: { $costs }.
report-col-creator = Creator
report-col-posts = Beiträge
report-col-date = Datum
report-col-post = Beitrag
report-total = Gesamt
report-hidden-note = Dieser Bericht lässt { $list } sowie die daraus abgeleiteten Kennzahlen weg.
report-hidden-budget = das Budget
report-hidden-fees = Honorare und Kosten
report-hidden-revenue = den Umsatz
report-from = ab { $date }
report-until = bis { $date }
report-prepared-by = Erstellt von { $agency }

## Roster

roster-creators-count = { $count ->
    [one] { $n } Creator
   *[other] { $n } Creator
}
roster-combined-audience = { $n } Follower insgesamt
roster-campaigns-count = { $count ->
    [one] { $n } Kampagne
   *[other] { $n } Kampagnen
}
roster-creators = Creator
roster-campaign-reports = Kampagnenberichte
roster-audience = Follower
roster-er = ER
roster-tier = Stufe
roster-platforms = Plattformen
roster-reach = Reichweite
roster-engagements = Interaktionen
roster-roas = ROAS

## Charts

chart-show-data = Daten anzeigen
# The end of a chart's text alternative when rows are left out.
chart-alt-more = und { $n } weitere
chart-continued = { $title }, Fortsetzung
chart-share = Anteil
chart-gender-title = Zielgruppe nach Geschlecht
chart-gender-column = Geschlecht
chart-age-title = Zielgruppe nach Alter
chart-age-column = Alter
chart-age-largest = Die größte Gruppe ist { $group } ({ $share }).
chart-locations-title = Wichtigste Standorte der Zielgruppe
chart-locations-column = Standort
gender-female = Weiblich
gender-male = Männlich
gender-other = Divers
chart-growth-title = { $audience } auf { $platform } im Zeitverlauf
chart-growth-summary = { $title }: von { $first } am { $first-date } auf { $last } am { $last-date }.
chart-growth-no-spikes = Keine Wachstumssprünge.
chart-growth-spike = Wachstumssprung von { $growth } pro Monat zwischen { $from } und { $to }.
chart-growth-marker = Sprung { $growth }
chart-growth-spike-cell = { $growth } (Sprung)
chart-date = Datum
chart-monthly-growth = Monatliches Wachstum
chart-engagements-title = Interaktionen pro Creator
chart-engagements-summary = { $title }. { $creator } liegt mit { $n } Interaktionen vorn.
chart-engagements-summary-total = { $title }. { $creator } liegt mit { $n } von insgesamt { $total } Interaktionen vorn.
chart-cost-revenue-title = Kosten und Umsatz pro Creator
chart-cost-revenue-summary = { $title }. Insgesamt brachten { $cost } Kosten { $revenue } Umsatz (ROAS { $roas }).
chart-cost-revenue-column = Kosten / Umsatz
chart-platforms-reach-title = Reichweite pro Plattform
chart-platforms-engagements-title = Interaktionen pro Plattform
chart-platform = Plattform
chart-timeline-title = Interaktionen im Zeitverlauf
chart-timeline-summary = { $title }, nach Veröffentlichungsdatum, vom { $from } bis { $to }. Der Höchstwert lag bei { $n } Interaktionen am { $date }.
chart-funnel-title = Funnel
chart-funnel-stage = Stufe
chart-funnel-count = Anzahl
chart-funnel-step = { $share } der { $stage }
funnel-impressions = Impressionen
    .inline = Impressionen
funnel-views = Aufrufe
    .inline = Aufrufe
funnel-reach = Reichweite
    .inline = Reichweite
funnel-engagements = Interaktionen
    .inline = Interaktionen
funnel-clicks = Klicks
    .inline = Klicks
funnel-conversions = Conversions
    .inline = Conversions

## PDF

pdf-media-kit = Media Kit
pdf-more-platforms = und { $n } weitere im Online-Media-Kit
pdf-more-rates = { $n } weitere in der Preisliste
pdf-represented-by = Vertreten durch { $manager }
pdf-partners = Partner
pdf-rates = Preise
pdf-contact = Kontakt
pdf-page = Seite { $page } von { $total }
pdf-report-subject = Kampagnenbericht, { $dates }
pdf-report-subject-client = Kampagnenbericht für { $client }, { $dates }
pdf-keyword-kit = Media Kit
pdf-keyword-report = Kampagnenbericht

## Lists

list-separator = {", "}
list-and = { $init } und { $last }

## The desk: roster pages, facets, search, brands, campaigns

nav-all-creators = Alle Creator
nav-reports = Berichte
nav-all-brands = Alle Marken
facet-niches = Nischen
    .one = Nische
    .all = Alle Nischen
facet-tiers = Stufen
    .one = Stufe
    .all = Alle Stufen
facet-platforms = Plattformen
    .one = Plattform
    .all = Alle Plattformen
facet-locations = Zielgruppen-Standorte
    .one = Zielgruppen-Standort
    .all = Alle Zielgruppen-Standorte
facet-niches-count = { $count ->
    [one] { $n } Nische
   *[other] { $n } Nischen
}
facet-tiers-count = { $count ->
    [one] { $n } Stufe
   *[other] { $n } Stufen
}
facet-platforms-count = { $count ->
    [one] { $n } Plattform
   *[other] { $n } Plattformen
}
facet-locations-count = { $count ->
    [one] { $n } Zielgruppen-Standort
   *[other] { $n } Zielgruppen-Standorte
}
facet-niches-description = Creator von { $brand } nach Nische
facet-tiers-description = Creator von { $brand } nach Stufe
facet-platforms-description = Creator von { $brand } nach Plattform
facet-locations-description = Creator von { $brand } nach Zielgruppen-Standort
facet-empty = Noch kein Creator im Roster gibt hier etwas an.
list-title-niches = Creator für { $term }
list-title-tiers = { $term }-Creator
list-title-platforms = Creator auf { $term }
list-title-locations = Creator mit Zielgruppe in { $term }
list-description = { $count ->
    [one] { $n } Creator für { $term } im Roster von { $brand }.
   *[other] { $n } Creator für { $term } im Roster von { $brand }.
}
list-page-title = { $title } · Seite { $page } von { $pages }
list-range = { $first }–{ $last } auf Seite { $page } von { $pages }
pager-label = Seiten
pager-previous = ← Zurück
pager-next = Weiter →
roster-browse = Roster durchstöbern
roster-brands = Marken
roster-all-brands = Alle Marken und was jede Kooperation gebracht hat
roster-all-campaigns = { $count ->
    [one] { $n } Kampagnenbericht
   *[other] Alle { $n } Kampagnenberichte
}
search-label = Suche
search-placeholder = Name, Nische oder Standort
search-sort = Sortieren nach
search-sort-roster = Roster-Reihenfolge
search-sort-name = Name
search-sort-followers = Reichweite, größte zuerst
search-sort-er = ER, höchste zuerst
search-sort-price = Preis ab, günstigste zuerst
search-any = Alle
search-min-audience = Min. Follower
search-min-er = Min. ER %
search-max-price = Max. Preis ab
search-error = Die Suche konnte den Roster nicht laden. Unten nach Nische, Stufe, Plattform oder Standort stöbern.
search-matches = { $count ->
    [one] { $n } Creator passt.
   *[other] { $n } Creator passen.
}
search-more = { $n } weitere anzeigen
search-rates-from = Preise ab { $price }
campaigns-count = { $count ->
    [one] { $n } Kampagne, neueste zuerst
   *[other] { $n } Kampagnen, neueste zuerst
}
campaigns-empty = Noch keine Kampagne.
campaigns-description = Alle Kampagnenberichte von { $brand }
brands-count = { $count ->
    [one] { $n } Marke
   *[other] { $n } Marken
}
brands-empty = Noch keine Kampagne nennt eine Marke.
brands-description = Was jede Kooperation von { $brand } gebracht hat, Marke für Marke
brand-eyebrow = Kooperationsergebnisse
brand-title = { $name } · Kooperationsergebnisse
brand-description = { $campaigns } mit { $creators } für { $name }
brand-together = Alle Kampagnen zusammen
brand-rates-note = Raten werden aus den summierten Zahlen der Kampagnen berechnet (alle Interaktionen ÷ gesamte Reichweite), nicht über die Kampagnen gemittelt.
brand-hidden-note = Mindestens eine dieser Kampagnen lässt { $list } weg. Deshalb fehlen diese Angaben und alle daraus abgeleiteten Kennzahlen in dieser Übersicht für alle Kampagnen.
brand-currencies-note = Diese Kampagnen laufen in mehr als einer Währung: Beträge stehen pro Kampagne und werden nicht addiert.
brand-over-time = Im Zeitverlauf
brand-campaigns = Kampagnen
brand-campaigns-caption = Ergebnisse jeder Kampagne, nach Datum
brand-creators = Creator über alle Kampagnen
brand-creators-caption = Ergebnisse jedes Creators über diese Kampagnen, meiste Interaktionen zuerst
brand-all-campaigns = Alle Kampagnen
desk-col-campaign = Kampagne
desk-col-campaigns = Kampagnen
desk-col-brand = Marke
desk-col-dates = Zeitraum
chart-brand-title = Interaktionen pro Kampagne im Zeitverlauf
chart-brand-summary = { $title }: { $campaigns } vom { $from } bis { $to }. Die meisten hatte { $best } mit { $n } Interaktionen.
kit-track-record = Bisherige Kampagnen
kit-track-caption = Kampagnen mit diesem Roster, neueste zuerst, mit den Ergebnissen aus jedem Bericht

## Imported figures: where they came from

kit-source = { $platform }: { $source }
kit-source-through = { $platform }: { $source }, bis { $date }
kit-source-years-as-of = (Daten ohne Jahresangabe; Jahre zurückgerechnet ab dem as_of-Datum des Profils, { $date })
kit-source-years-file-name = (Daten ohne Jahresangabe; Jahre zurückgerechnet ab dem Datum im Dateinamen, { $date })
kit-source-years-export = (Daten ohne Jahresangabe; Jahre zurückgerechnet ab dem letzten vollständigen Tag des Exports, { $date })
source-youtube = YouTube-Studio-Export
source-tiktok = TikTok-Studio-Export
source-instagram = Meta-Business-Suite-Export
source-linkedin = LinkedIn-Analytics-Export
source-columns = Tabelle
source-export = Export
