# Italiano. Con gli anglicismi dell'influencer marketing italiano
# (creator, follower, reach, engagement rate, media kit).

## Navigation and buttons

nav-media-kit = Media kit
nav-rate-card = Listino prezzi
nav-download-pdf = Scarica il PDF
nav-skip = Vai al contenuto
nav-page = Pagina
nav-see-all = Vedi tutti i creator
footer-pdf = PDF
footer-data = data.json

## Page titles and link previews

page-kit-title = { $name } · Media kit
page-kit-description = Media kit di { $name }
page-rates-title = { $name } · Listino prezzi
page-rates-description = Prezzi per contenuti sponsorizzati con { $name }
page-report-title = { $name } · Report di campagna
page-report-description = Report di campagna: { $name }
page-report-description-client = Report di campagna: { $name } per { $client }
page-roster-description = Media kit e report di campagna di { $brand }
page-portrait = Ritratto di { $name }

## 404

notfound-title = Pagina non trovata
notfound-description = Questa pagina non esiste.
notfound-heading = Questa pagina non esiste
notfound-text = Il link potrebbe essere vecchio, oppure il media kit è stato spostato.

## Tiers, ratings, platforms, formats, objectives

tier-emerging = Emergente
    .inline = emergenti
tier-nano = Nano
    .inline = nano
tier-micro = Micro
    .inline = micro
tier-macro = Macro
    .inline = macro
tier-mega = Mega
    .inline = mega
tier-creator = { $tier } creator

rating-excellent = Eccellente
rating-good = Buono
rating-average = Nella media
rating-poor = Basso

platform-instagram = Instagram
    .audience = follower
    .audience-heading = Follower
platform-tiktok = TikTok
    .audience = follower
    .audience-heading = Follower
platform-youtube = YouTube
    .audience = iscritti
    .audience-heading = Iscritti
platform-linkedin = LinkedIn
    .audience = follower
    .audience-heading = Follower
platform-pinterest = Pinterest
    .audience = follower
    .audience-heading = Follower
platform-threads = Threads
    .audience = follower
    .audience-heading = Follower
platform-twitch = Twitch
    .audience = follower
    .audience-heading = Follower
platform-x = X
    .audience = follower
    .audience-heading = Follower
platform-other = Altro
    .audience = follower
    .audience-heading = Follower

format-post = Post
    .inline = post
format-reel = Reel
    .inline = reel
format-story = Storia
    .inline = storia
format-video = Video
    .inline = video
format-short = Short
    .inline = short
format-live = Diretta
    .inline = diretta
format-carousel = Carosello
    .inline = carosello
post-kind = { $format } { $platform }

objective-awareness = Notorietà
objective-engagement = Engagement
objective-traffic = Traffico
objective-conversions = Conversioni

## Metrics

metric-reach = Copertura
    .short = Copertura
    .help = account unici raggiunti
metric-impressions = Impression
    .short = Impr.
    .help = quante volte il contenuto è stato mostrato
metric-views = Visualizzazioni
    .short = Visualizz.
    .help = visualizzazioni dei video
metric-engagements = Interazioni
    .short = Interaz.
    .help = like, commenti, condivisioni e salvataggi
metric-clicks = Clic
    .short = Clic
    .help = clic sui link
metric-conversions = Conversioni
    .short = Conv.
    .help = vendite o iscrizioni tracciate
metric-revenue = Ricavi
    .short = Ricavi
    .help = ricavi tracciati
metric-cost = Costo
    .short = Costo
    .help = compensi dei creator, prodotti e costi di campagna
metric-er = Engagement rate
    .short = ER
    .help = interazioni ÷ follower
metric-er-reach = Engagement sulla copertura
    .short = ER copertura
    .help = interazioni ÷ copertura
metric-ctr = Tasso di clic
    .short = CTR
    .help = clic ÷ impression (o visualizzazioni, o copertura)
metric-conversion-rate = Tasso di conversione
    .short = CVR
    .help = conversioni ÷ clic
metric-cpe = Costo per interazione
    .short = CPE
    .help = costo ÷ interazioni
metric-cpm = Costo per mille impression
    .short = CPM
    .help = costo ÷ impression × 1.000
metric-cpc = Costo per clic
    .short = CPC
    .help = costo ÷ clic
metric-cpa = Costo per acquisizione
    .short = CPA
    .help = costo ÷ conversioni
metric-cpv = Costo per visualizzazione
    .short = CPV
    .help = costo ÷ visualizzazioni
metric-emv = Valore dei media guadagnati
    .short = EMV
    .help = azioni × il loro valore impostato
metric-roas = Ritorno sulla spesa pubblicitaria
    .short = ROAS
    .help = ricavi ÷ costo
metric-roi = Ritorno sull’investimento
    .short = ROI
    .help = (ricavi − costo) ÷ costo

## Media kit

kit-eyebrow = Media kit
kit-on-platform = su { $platform }
kit-niches = Temi
kit-work-with = Lavora con { $first_name }
kit-rates-from = da { $price }
kit-at-a-glance = In sintesi
kit-data-as-of = Dati aggiornati al { $date }
kit-platforms = Piattaforme
kit-total-audience = Pubblico totale
kit-across-platforms = { $count ->
    [one] su { $n } piattaforma
   *[other] su { $n } piattaforme
}
kit-engagement-rate = Engagement rate
kit-er-reach = Engagement sulla copertura
kit-avg-engagements = Interazioni medie
kit-per-post = per post su { $platform }
kit-tier = Fascia
kit-by-largest = in base alla piattaforma principale
kit-avg-likes = Like medi
kit-avg-comments = Commenti medi
kit-avg-views = Visualizzazioni medie
kit-avg-reach = Copertura media
kit-comments-per-like = Commenti per like
kit-healthy = Sano
kit-growth = Crescita
kit-growth-per-month = { $growth } / mese
kit-growth-spike = Picco di crescita: { $spike }
kit-spike = { $growth } in un mese fino al { $date }
kit-basis-posts = { $count ->
    [one] Media dell’ultimo post
   *[other] Media degli ultimi { $n } post
}
kit-basis-averages = Medie dichiarate
kit-benchmark = { $position ->
    [below] Sotto la fascia dei creator { $tier } ({ $range })
    [above] Sopra la fascia dei creator { $tier } ({ $range })
   *[within] Nella fascia dei creator { $tier } ({ $range })
}
kit-about = Chi sono
kit-audience = Pubblico
kit-partners-heading = I brand con cui ho lavorato
kit-testimonials = Cosa dicono i brand
kit-contact-heading = Lavoriamo insieme
kit-managed-by = Management: { $manager }.
kit-contact-text = Scrivimi per disponibilità, diritti d’uso e un preventivo per la tua campagna.

## Rate card

rates-eyebrow = Listino prezzi · prezzi in { $currency }
rates-deliverables = Contenuti
rates-caption = Prezzo per contenuto, con la fascia suggerita in base alle interazioni medie
rates-platform = Piattaforma
rates-deliverable = Contenuto
rates-price = Prezzo
rates-suggested = Fascia suggerita
rates-suggested-help = interazioni medie per post × 0,10 fino a × 1,00
rates-position-below = sotto
rates-position-within = nella fascia
rates-position-above = sopra
rates-note = La fascia suggerita corrisponde alle interazioni medie per post sulla piattaforma × 0,10 fino a × 1,00, accanto al prezzo del creator.
rates-packages = Pacchetti
rates-addons = Extra
rates-addon-percent = +{ $percent } sul prezzo base
rates-addon-example = es. +{ $extra } su { $deliverable } da { $price }
rates-terms = Condizioni
rates-book = Prenota { $name }
rates-book-text = Raccontaci la tua campagna e le date.

## Campaign report

report-eyebrow = Report di campagna
report-for = per { $client }
report-creators = { $count ->
    [one] { $n } creator
   *[other] { $n } creator
}
report-posts = { $count ->
    [one] { $n } post
   *[other] { $n } post
}
report-results = Risultati
report-goals = Obiettivi
report-goal-figures = { $actual } su { $goal } · { $attainment }
report-goal-bar = { $label }: { $attainment } dell’obiettivo
report-met = Raggiunto
report-budget-used = Budget utilizzato
report-budget-bar = Budget utilizzato: { $used }
report-summary = Sintesi
report-performance = Performance
report-creators-heading = Creator
report-posts-heading = Post
report-creators-caption = Risultati per creator
report-posts-caption = Risultati per post
report-creators-continued = Creator (continua)
report-posts-continued = Post (continua)
report-costs = Costi di campagna oltre ai compensi dei creator: { $costs }.
report-col-creator = Creator
report-col-posts = Post
report-col-date = Data
report-col-post = Post
report-total = Totale
report-hidden-note = Questo report non include { $list } né i dati che ne derivano.
report-hidden-budget = il budget
report-hidden-fees = compensi e costi
report-hidden-revenue = i ricavi
report-from = dal { $date }
report-until = fino al { $date }
report-prepared-by = A cura di { $agency }

## Roster

roster-creators-count = { $count ->
    [one] { $n } creator
   *[other] { $n } creator
}
roster-combined-audience = { $n } di pubblico complessivo
roster-campaigns-count = { $count ->
    [one] { $n } campagna
   *[other] { $n } campagne
}
roster-creators = Creator
roster-campaign-reports = Report di campagna
roster-audience = Pubblico
roster-er = ER
roster-tier = Fascia
roster-platforms = Piattaforme
roster-reach = Copertura
roster-engagements = Interazioni
roster-roas = ROAS

## Charts

chart-show-data = Mostra i dati
# The end of a chart's text alternative when rows are left out.
chart-alt-more = e altri { $n }
chart-continued = { $title } (continua)
chart-share = Quota
chart-gender-title = Pubblico per genere
chart-gender-column = Genere
chart-age-title = Pubblico per età
chart-age-column = Età
chart-age-largest = Il gruppo più numeroso è { $group } ({ $share }).
chart-locations-title = Principali località del pubblico
chart-locations-column = Località
gender-female = Donne
gender-male = Uomini
gender-other = Altro
chart-growth-title = Andamento { $audience } su { $platform }
chart-growth-summary = { $title }: da { $first } il { $first-date } a { $last } il { $last-date }.
chart-growth-no-spikes = Nessun picco di crescita.
chart-growth-spike = Picco di crescita del { $growth } al mese tra il { $from } e il { $to }.
chart-growth-marker = picco { $growth }
chart-growth-spike-cell = { $growth } (picco)
chart-date = Data
chart-monthly-growth = Crescita mensile
chart-engagements-title = Interazioni per creator
chart-engagements-summary = { $title }. { $creator } è in testa con { $n } interazioni.
chart-engagements-summary-total = { $title }. { $creator } è in testa con { $n } interazioni su { $total } in totale.
chart-cost-revenue-title = Costo e ricavi per creator
chart-cost-revenue-summary = { $title }. In totale { $cost } di costo hanno generato { $revenue } di ricavi (ROAS { $roas }).
chart-cost-revenue-column = Costo / ricavi
chart-platforms-reach-title = Copertura per piattaforma
chart-platforms-engagements-title = Interazioni per piattaforma
chart-platform = Piattaforma
chart-timeline-title = Interazioni nel tempo
chart-timeline-summary = { $title }, per data di pubblicazione, dal { $from } al { $to }. Il picco è stato di { $n } interazioni il { $date }.
chart-funnel-title = Funnel
chart-funnel-stage = Fase
chart-funnel-count = Totale
chart-funnel-step = { $share } su { $stage }
funnel-impressions = Impression
    .inline = impression
funnel-views = Visualizzazioni
    .inline = visualizzazioni
funnel-reach = Copertura
    .inline = persone raggiunte
funnel-engagements = Interazioni
    .inline = interazioni
funnel-clicks = Clic
    .inline = clic
funnel-conversions = Conversioni
    .inline = conversioni

## PDF

pdf-media-kit = Media kit
pdf-more-platforms = e altre { $n } nel media kit online
pdf-more-rates = altri { $n } nel listino prezzi
pdf-represented-by = Rappresentato da { $manager }
pdf-partners = Collaborazioni
pdf-rates = Prezzi
pdf-contact = Contatti
pdf-page = Pagina { $page } di { $total }
pdf-report-subject = Report di campagna, { $dates }
pdf-report-subject-client = Report di campagna per { $client }, { $dates }
pdf-keyword-kit = media kit
pdf-keyword-report = report di campagna

## Lists

list-separator = {", "}
list-and = { $init } e { $last }

## The desk: roster pages, facets, search, brands, campaigns

nav-all-creators = Tutti i creator
nav-reports = Report
nav-all-brands = Tutti i brand
facet-niches = Nicchie
    .one = Nicchia
    .all = Tutte le nicchie
facet-tiers = Fasce
    .one = Fascia
    .all = Tutte le fasce
facet-platforms = Piattaforme
    .one = Piattaforma
    .all = Tutte le piattaforme
facet-locations = Paesi del pubblico
    .one = Paese del pubblico
    .all = Tutti i paesi del pubblico
facet-niches-count = { $count ->
    [one] { $n } nicchia
   *[other] { $n } nicchie
}
facet-tiers-count = { $count ->
    [one] { $n } fascia
   *[other] { $n } fasce
}
facet-platforms-count = { $count ->
    [one] { $n } piattaforma
   *[other] { $n } piattaforme
}
facet-locations-count = { $count ->
    [one] { $n } paese
   *[other] { $n } paesi
}
facet-niches-description = I creator di { $brand } per nicchia
facet-tiers-description = I creator di { $brand } per fascia
facet-platforms-description = I creator di { $brand } per piattaforma
facet-locations-description = I creator di { $brand } per paese del pubblico
facet-empty = Nessun creator del roster lo indica ancora.
list-title-niches = Creator { $term }
list-title-tiers = Creator { $term }
list-title-platforms = Creator su { $term }
list-title-locations = Creator · pubblico principale: { $term }
list-description = { $count ->
    [one] { $n } creator { $term } nel roster di { $brand }.
   *[other] { $n } creator { $term } nel roster di { $brand }.
}
list-page-title = { $title } · pagina { $page } di { $pages }
list-range = { $first }–{ $last }, pagina { $page } di { $pages }
pager-label = Pagine
pager-previous = ← Precedente
pager-next = Successiva →
roster-browse = Esplora il roster
roster-brands = Brand
roster-all-brands = Tutti i brand e i risultati di ogni collaborazione
roster-all-campaigns = { $count ->
    [one] Vedi { $n } report di campagna
   *[other] Vedi tutti i { $n } report di campagna
}
search-label = Cerca
search-placeholder = Nome, nicchia o paese
search-sort = Ordina per
search-sort-roster = Ordine del roster
search-sort-name = Nome
search-sort-followers = Pubblico, dal più ampio
search-sort-er = ER, dal più alto
search-sort-price = Prezzo a partire da, dal più basso
search-any = Tutti
search-min-audience = Pubblico minimo
search-min-er = ER minimo %
search-max-price = Prezzo massimo a partire da
search-error = La ricerca non è riuscita a caricare il roster. Esploralo qui sotto per nicchia, fascia, piattaforma o paese.
search-matches = { $count ->
    [one] { $n } creator corrisponde.
   *[other] { $n } creator corrispondono.
}
search-more = Mostra altri { $n }
search-rates-from = Tariffe da { $price }
campaigns-count = { $count ->
    [one] { $n } campagna, dalla più recente
   *[other] { $n } campagne, dalla più recente
}
campaigns-empty = Ancora nessuna campagna.
campaigns-description = Tutti i report di campagna di { $brand }
brands-count = { $count ->
    [one] { $n } brand
   *[other] { $n } brand
}
brands-empty = Nessuna campagna indica ancora un brand.
brands-description = Cosa ha reso ogni collaborazione di { $brand }, brand per brand
brand-eyebrow = Risultati della collaborazione
brand-title = { $name } · Risultati della collaborazione
brand-description = { $campaigns } con { $creators } per { $name }
brand-together = Tutte le campagne insieme
brand-rates-note = I tassi sono calcolati sui totali delle campagne (tutte le interazioni ÷ tutta la copertura), non come media tra una campagna e l’altra.
brand-hidden-note = Almeno una di queste campagne omette { $list }: per questo la panoramica omette questi dati e tutte le cifre che ne derivano, per tutte le campagne.
brand-currencies-note = Queste campagne usano più di una valuta: gli importi sono indicati per campagna e non vengono sommati.
brand-over-time = Nel tempo
brand-campaigns = Campagne
brand-campaigns-caption = I risultati di ogni campagna, in ordine di data
brand-creators = Creator in tutte le campagne
brand-creators-caption = I risultati di ogni creator in queste campagne, dal maggior numero di interazioni
brand-all-campaigns = Tutte le campagne
desk-col-campaign = Campagna
desk-col-campaigns = Campagne
desk-col-brand = Brand
desk-col-dates = Periodo
chart-brand-title = Interazioni per campagna nel tempo
chart-brand-summary = { $title }: { $campaigns } dal { $from } al { $to }. { $best } ha ottenuto di più, con { $n } interazioni.
kit-track-record = Campagne realizzate
kit-track-caption = Campagne con questo roster, dalla più recente, con i risultati di ogni report

## Imported figures: where they came from

kit-source = { $platform }: { $source }
kit-source-through = { $platform }: { $source }, fino al { $date }
kit-source-years-as-of = (date senza anno; anni ricavati a ritroso dalla data as_of del profilo, { $date })
kit-source-years-file-name = (date senza anno; anni ricavati a ritroso dalla data nel nome del file, { $date })
kit-source-years-export = (date senza anno; anni ricavati a ritroso dall’ultimo giorno completo dell’export, { $date })
source-youtube = export di YouTube Studio
source-tiktok = export di TikTok Studio
source-instagram = export di Meta Business Suite
source-linkedin = export di LinkedIn Analytics
source-columns = foglio di calcolo
source-export = export
