# Français. Le vocabulaire du marketing d'influence en France
# (créateur, abonnés, portée, taux d'engagement, kit média).

## Navigation and buttons

nav-media-kit = Kit média
nav-rate-card = Tarifs
nav-download-pdf = Télécharger le PDF
nav-skip = Aller au contenu
nav-page = Page
nav-see-all = Voir tous les créateurs
footer-pdf = PDF
footer-data = data.json

## Page titles and link previews

page-kit-title = { $name } · Kit média
page-kit-description = Kit média de { $name }
page-rates-title = { $name } · Tarifs
page-rates-description = Tarifs des contenus sponsorisés avec { $name }
page-report-title = { $name } · Bilan de campagne
page-report-description = Bilan de campagne : { $name }
page-report-description-client = Bilan de campagne : { $name } pour { $client }
page-roster-description = Kits média et bilans de campagne par { $brand }
page-portrait = Portrait de { $name }

## 404

notfound-title = Page introuvable
notfound-description = Cette page n’existe pas.
notfound-heading = Cette page n’existe pas
notfound-text = Le lien est peut-être ancien, ou le kit a changé d’adresse.

## Tiers, ratings, platforms, formats, objectives

tier-emerging = Émergent
    .inline = émergents
tier-nano = Nano
    .inline = nano
tier-micro = Micro
    .inline = micro
tier-macro = Macro
    .inline = macro
tier-mega = Méga
    .inline = méga
tier-creator = Créateur { $tier }

rating-excellent = Excellent
rating-good = Bon
rating-average = Moyen
rating-poor = Faible

platform-instagram = Instagram
    .audience = abonnés
    .audience-heading = Abonnés
platform-tiktok = TikTok
    .audience = abonnés
    .audience-heading = Abonnés
platform-youtube = YouTube
    .audience = abonnés
    .audience-heading = Abonnés
platform-linkedin = LinkedIn
    .audience = abonnés
    .audience-heading = Abonnés
platform-pinterest = Pinterest
    .audience = abonnés
    .audience-heading = Abonnés
platform-threads = Threads
    .audience = abonnés
    .audience-heading = Abonnés
platform-twitch = Twitch
    .audience = followers
    .audience-heading = Followers
platform-x = X
    .audience = abonnés
    .audience-heading = Abonnés
platform-other = Autre
    .audience = abonnés
    .audience-heading = Abonnés

format-post = Publication
    .inline = publication
format-reel = Reel
    .inline = reel
format-story = Story
    .inline = story
format-video = Vidéo
    .inline = vidéo
format-short = Short
    .inline = short
format-live = Live
    .inline = live
format-carousel = Carrousel
    .inline = carrousel
post-kind = { $format } { $platform }

objective-awareness = Notoriété
objective-engagement = Engagement
objective-traffic = Trafic
objective-conversions = Conversions

## Metrics

metric-reach = Portée
    .short = Portée
    .help = comptes uniques touchés
metric-impressions = Impressions
    .short = Impr.
    .help = nombre d’affichages du contenu
metric-views = Vues
    .short = Vues
    .help = vues des vidéos
metric-engagements = Interactions
    .short = Interact.
    .help = mentions J’aime, commentaires, partages et enregistrements
metric-clicks = Clics
    .short = Clics
    .help = clics sur les liens
metric-conversions = Conversions
    .short = Conv.
    .help = ventes ou inscriptions suivies
metric-revenue = Chiffre d’affaires
    .short = CA
    .help = chiffre d’affaires suivi
metric-cost = Coût
    .short = Coût
    .help = rémunérations des créateurs, produits et frais de campagne
metric-er = Taux d’engagement
    .short = TE
    .help = interactions ÷ abonnés
metric-er-reach = Taux d’engagement sur la portée
    .short = TE portée
    .help = interactions ÷ portée
metric-ctr = Taux de clic
    .short = CTR
    .help = clics ÷ impressions (ou vues, ou portée)
metric-conversion-rate = Taux de conversion
    .short = TC
    .help = conversions ÷ clics
metric-cpe = Coût par interaction
    .short = CPE
    .help = coût ÷ interactions
metric-cpm = Coût pour 1 000 impressions
    .short = CPM
    .help = coût ÷ impressions × 1 000
metric-cpc = Coût par clic
    .short = CPC
    .help = coût ÷ clics
metric-cpa = Coût par acquisition
    .short = CPA
    .help = coût ÷ conversions
metric-cpv = Coût par vue
    .short = CPV
    .help = coût ÷ vues
metric-emv = Valeur média acquise
    .short = EMV
    .help = actions × leur valeur configurée
metric-roas = Retour sur dépenses publicitaires
    .short = ROAS
    .help = chiffre d’affaires ÷ coût
metric-roi = Retour sur investissement
    .short = ROI
    .help = (chiffre d’affaires − coût) ÷ coût

## Media kit

kit-eyebrow = Kit média
kit-on-platform = sur { $platform }
kit-niches = Thématiques
kit-work-with = Travailler avec { $first_name }
kit-rates-from = à partir de { $price }
kit-at-a-glance = En bref
kit-data-as-of = Données au { $date }
kit-platforms = Plateformes
kit-total-audience = Audience totale
kit-across-platforms = { $count ->
    [one] sur { $n } plateforme
   *[other] sur { $n } plateformes
}
kit-engagement-rate = Taux d’engagement
kit-er-reach = Taux d’engagement sur la portée
kit-avg-engagements = Interactions moy.
kit-per-post = par publication { $platform }
kit-tier = Catégorie
kit-by-largest = selon la plus grande plateforme
kit-avg-likes = J’aime moy.
kit-avg-comments = Commentaires moy.
kit-avg-views = Vues moy.
kit-avg-reach = Portée moy.
kit-comments-per-like = Commentaires par J’aime
kit-healthy = Sain
kit-growth = Croissance
kit-growth-per-month = { $growth } / mois
kit-growth-spike = Pic de croissance : { $spike }
kit-spike = { $growth } en un mois jusqu’au { $date }
kit-basis-posts = { $count ->
    [one] Moyenne de la dernière publication
   *[other] Moyenne des { $n } dernières publications
}
kit-basis-averages = Moyennes déclarées
kit-benchmark = { $position ->
    [below] En dessous de la fourchette des créateurs { $tier } ({ $range })
    [above] Au-dessus de la fourchette des créateurs { $tier } ({ $range })
   *[within] Dans la fourchette des créateurs { $tier } ({ $range })
}
kit-about = À propos
kit-audience = Audience
kit-partners-heading = Les marques avec lesquelles j’ai travaillé
kit-testimonials = Ce qu’en disent les marques
kit-contact-heading = Travaillons ensemble
kit-managed-by = Représentation : { $manager }.
kit-contact-text = Écrivez-moi pour connaître mes disponibilités, les droits d’utilisation et obtenir un devis pour votre campagne.

## Rate card

rates-eyebrow = Tarifs · prix en { $currency }
rates-deliverables = Prestations
rates-caption = Prix par prestation, avec la fourchette suggérée d’après les interactions moyennes
rates-platform = Plateforme
rates-deliverable = Prestation
rates-price = Prix
rates-suggested = Fourchette suggérée
rates-suggested-help = interactions moyennes par publication × 0,10 à × 1,00
rates-position-below = en dessous
rates-position-within = dans la fourchette
rates-position-above = au-dessus
rates-note = La fourchette suggérée correspond aux interactions moyennes par publication sur la plateforme × 0,10 à × 1,00, à côté du prix propre au créateur.
rates-packages = Forfaits
rates-addons = Options
rates-addon-percent = +{ $percent } du prix de base
rates-addon-example = p. ex. +{ $extra } sur { $deliverable } à { $price }
rates-terms = Conditions
rates-book = Réserver { $name }
rates-book-text = Parlez-nous de votre campagne et de vos dates.

## Campaign report

report-eyebrow = Bilan de campagne
report-for = pour { $client }
report-creators = { $count ->
    [one] { $n } créateur
   *[other] { $n } créateurs
}
report-posts = { $count ->
    [one] { $n } publication
   *[other] { $n } publications
}
report-results = Résultats
report-goals = Objectifs
report-goal-figures = { $actual } sur { $goal } · { $attainment }
report-goal-bar = { $label } : { $attainment } de l’objectif
report-met = Atteint
report-budget-used = Budget consommé
report-budget-bar = Budget consommé : { $used }
report-summary = Synthèse
report-performance = Performance
report-creators-heading = Créateurs
report-posts-heading = Publications
report-creators-caption = Résultats par créateur
report-posts-caption = Résultats par publication
report-creators-continued = Créateurs (suite)
report-posts-continued = Publications (suite)
report-costs = Frais de campagne en plus des rémunérations des créateurs : { $costs }.
report-col-creator = Créateur
report-col-posts = Publications
report-col-date = Date
report-col-post = Publication
report-total = Total
report-hidden-note = Ce bilan n’inclut pas { $list }, ni les indicateurs qui en découlent.
report-hidden-budget = le budget
report-hidden-fees = les rémunérations et les coûts
report-hidden-revenue = le chiffre d’affaires
report-from = à partir du { $date }
report-until = jusqu’au { $date }
report-prepared-by = Préparé par { $agency }

## Roster

roster-creators-count = { $count ->
    [one] { $n } créateur
   *[other] { $n } créateurs
}
roster-combined-audience = { $n } d’audience cumulée
roster-campaigns-count = { $count ->
    [one] { $n } campagne
   *[other] { $n } campagnes
}
roster-creators = Créateurs
roster-campaign-reports = Bilans de campagne
roster-audience = Audience
roster-er = TE
roster-tier = Catégorie
roster-platforms = Plateformes
roster-reach = Portée
roster-engagements = Interactions
roster-roas = ROAS

## Charts

chart-show-data = Afficher les données
# The end of a chart's text alternative when rows are left out.
chart-alt-more = et { $n } de plus
chart-continued = { $title } (suite)
chart-share = Part
chart-gender-title = Audience par genre
chart-gender-column = Genre
chart-age-title = Audience par âge
chart-age-column = Âge
chart-age-largest = La tranche la plus représentée est { $group } ({ $share }).
chart-locations-title = Principales localisations de l’audience
chart-locations-column = Localisation
gender-female = Femmes
gender-male = Hommes
gender-other = Autre
chart-growth-title = Évolution des { $audience } sur { $platform }
chart-growth-summary = { $title } : de { $first } le { $first-date } à { $last } le { $last-date }.
chart-growth-no-spikes = Aucun pic de croissance.
chart-growth-spike = Pic de croissance de { $growth } par mois entre le { $from } et le { $to }.
chart-growth-marker = pic de { $growth }
chart-growth-spike-cell = { $growth } (pic)
chart-date = Date
chart-monthly-growth = Croissance mensuelle
chart-engagements-title = Interactions par créateur
chart-engagements-summary = { $title }. { $creator } arrive en tête avec { $n } interactions.
chart-engagements-summary-total = { $title }. { $creator } arrive en tête avec { $n } interactions sur { $total } au total.
chart-cost-revenue-title = Coût et chiffre d’affaires par créateur
chart-cost-revenue-summary = { $title }. Au total, { $cost } de coût ont généré { $revenue } de chiffre d’affaires (ROAS { $roas }).
chart-cost-revenue-column = Coût / chiffre d’affaires
chart-platforms-reach-title = Portée par plateforme
chart-platforms-engagements-title = Interactions par plateforme
chart-platform = Plateforme
chart-timeline-title = Interactions dans le temps
chart-timeline-summary = { $title }, par date de publication, du { $from } au { $to }. Le pic a atteint { $n } interactions le { $date }.
chart-funnel-title = Entonnoir
chart-funnel-stage = Étape
chart-funnel-count = Nombre
chart-funnel-step = { $share } des { $stage }
funnel-impressions = Impressions
    .inline = impressions
funnel-views = Vues
    .inline = vues
funnel-reach = Portée
    .inline = comptes touchés
funnel-engagements = Interactions
    .inline = interactions
funnel-clicks = Clics
    .inline = clics
funnel-conversions = Conversions
    .inline = conversions

## PDF

pdf-media-kit = Kit média
pdf-more-platforms = et { $n } de plus dans le kit en ligne
pdf-more-rates = { $n } de plus dans la grille tarifaire
pdf-represented-by = Représenté par { $manager }
pdf-partners = Partenaires
pdf-rates = Tarifs
pdf-contact = Contact
pdf-page = Page { $page } sur { $total }
pdf-report-subject = Bilan de campagne, { $dates }
pdf-report-subject-client = Bilan de campagne pour { $client }, { $dates }
pdf-keyword-kit = kit média
pdf-keyword-report = bilan de campagne

## Lists

list-separator = {", "}
list-and = { $init } et { $last }

## The desk: roster pages, facets, search, brands, campaigns

nav-all-creators = Tous les créateurs
nav-reports = Bilans
nav-all-brands = Toutes les marques
facet-niches = Thématiques
    .one = Thématique
    .all = Toutes les thématiques
facet-tiers = Catégories
    .one = Catégorie
    .all = Toutes les catégories
facet-platforms = Plateformes
    .one = Plateforme
    .all = Toutes les plateformes
facet-locations = Pays de l’audience
    .one = Pays de l’audience
    .all = Tous les pays de l’audience
facet-niches-count = { $count ->
    [one] { $n } thématique
   *[other] { $n } thématiques
}
facet-tiers-count = { $count ->
    [one] { $n } catégorie
   *[other] { $n } catégories
}
facet-platforms-count = { $count ->
    [one] { $n } plateforme
   *[other] { $n } plateformes
}
facet-locations-count = { $count ->
    [one] { $n } pays
   *[other] { $n } pays
}
facet-niches-description = Les créateurs de { $brand } par thématique
facet-tiers-description = Les créateurs de { $brand } par catégorie
facet-platforms-description = Les créateurs de { $brand } par plateforme
facet-locations-description = Les créateurs de { $brand } par pays de l’audience
facet-empty = Aucun créateur du roster ne l’indique pour l’instant.
list-title-niches = Créateurs { $term }
list-title-tiers = Créateurs { $term }
list-title-platforms = Créateurs sur { $term }
list-title-locations = Créateurs · pays de l’audience : { $term }
list-description = { $count ->
    [one] { $n } créateur { $term } dans le roster de { $brand }.
   *[other] { $n } créateurs { $term } dans le roster de { $brand }.
}
list-page-title = { $title } · page { $page } sur { $pages }
list-range = { $first }–{ $last }, page { $page } sur { $pages }
pager-label = Pages
pager-previous = ← Précédent
pager-next = Suivant →
roster-browse = Parcourir le roster
roster-brands = Marques
roster-all-brands = Toutes les marques et les résultats de chaque partenariat
roster-all-campaigns = { $count ->
    [one] Le bilan de campagne
   *[other] Les { $n } bilans de campagne
}
search-label = Rechercher
search-placeholder = Nom, thématique ou pays
search-sort = Trier par
search-sort-roster = Ordre du roster
search-sort-name = Nom
search-sort-followers = Audience, la plus large d’abord
search-sort-er = TE, le plus élevé d’abord
search-sort-price = Prix de départ, le plus bas d’abord
search-any = Tous
search-min-audience = Audience min.
search-min-er = TE min. %
search-max-price = Prix de départ max.
search-error = La recherche n’a pas pu charger le roster. Parcourez-le par thématique, catégorie, plateforme ou pays ci-dessous.
search-matches = { $count ->
    [one] { $n } créateur correspond.
   *[other] { $n } créateurs correspondent.
}
search-more = Afficher { $n } de plus
search-rates-from = Tarifs à partir de { $price }
campaigns-count = { $count ->
    [one] { $n } campagne, la plus récente d’abord
   *[other] { $n } campagnes, les plus récentes d’abord
}
campaigns-empty = Aucune campagne pour l’instant.
campaigns-description = Tous les bilans de campagne de { $brand }
brands-count = { $count ->
    [one] { $n } marque
   *[other] { $n } marques
}
brands-empty = Aucune campagne ne mentionne encore de marque.
brands-description = Ce que chaque partenariat de { $brand } a rapporté, marque par marque
brand-eyebrow = Résultats du partenariat
brand-title = { $name } · Résultats du partenariat
brand-description = { $campaigns } avec { $creators } pour { $name }
brand-together = Toutes les campagnes réunies
brand-rates-note = Les taux sont calculés sur les totaux des campagnes (toutes les interactions ÷ toute la portée), et non en moyenne d’une campagne à l’autre.
brand-hidden-note = Au moins une de ces campagnes omet { $list } : cette vue d’ensemble omet donc ces données et tous les chiffres qui en découlent, pour toutes les campagnes.
brand-currencies-note = Ces campagnes utilisent plusieurs devises : les montants sont indiqués par campagne, sans être additionnés.
brand-over-time = Dans le temps
brand-campaigns = Campagnes
brand-campaigns-caption = Résultats de chaque campagne, par date
brand-creators = Créateurs sur l’ensemble des campagnes
brand-creators-caption = Résultats de chaque créateur sur ces campagnes, du plus grand nombre d’interactions au plus petit
brand-all-campaigns = Toutes les campagnes
desk-col-campaign = Campagne
desk-col-campaigns = Campagnes
desk-col-brand = Marque
desk-col-dates = Dates
chart-brand-title = Interactions par campagne dans le temps
chart-brand-summary = { $title } : { $campaigns } du { $from } au { $to }. { $best } arrive en tête avec { $n } interactions.
kit-track-record = Campagnes réalisées
kit-track-caption = Campagnes menées avec ce roster, les plus récentes d’abord, avec les résultats de chaque bilan

## Imported figures: where they came from

kit-source = { $platform } : { $source }
kit-source-through = { $platform } : { $source }, jusqu’au { $date }
kit-source-years-as-of = (dates sans année ; années déduites à partir de la date as_of du profil, { $date })
kit-source-years-file-name = (dates sans année ; années déduites à partir de la date du nom de fichier, { $date })
kit-source-years-export = (dates sans année ; années déduites à partir du dernier jour complet de l’export, { $date })
source-youtube = export YouTube Studio
source-tiktok = export TikTok Studio
source-instagram = export Meta Business Suite
source-linkedin = export LinkedIn Analytics
source-columns = tableur
source-export = export
