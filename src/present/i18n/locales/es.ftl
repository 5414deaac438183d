# Español. Con los anglicismos que usa el marketing de influencers
# (creador, seguidores, alcance, engagement, media kit).

## Navigation and buttons

nav-media-kit = Media kit
nav-rate-card = Tarifas
nav-download-pdf = Descargar PDF
nav-skip = Ir al contenido
nav-page = Página
nav-see-all = Ver todos los creadores
footer-pdf = PDF
footer-data = data.json

## Page titles and link previews

page-kit-title = { $name } · Media kit
page-kit-description = Media kit de { $name }
page-rates-title = { $name } · Tarifas
page-rates-description = Tarifas de contenido patrocinado con { $name }
page-report-title = { $name } · Informe de campaña
page-report-description = Informe de campaña: { $name }
page-report-description-client = Informe de campaña: { $name } para { $client }
page-roster-description = Media kits e informes de campaña de { $brand }
page-portrait = Retrato de { $name }

## 404

notfound-title = Página no encontrada
notfound-description = Esta página no existe.
notfound-heading = Esta página no existe
notfound-text = Puede que el enlace sea antiguo o que el media kit se haya movido.

## Tiers, ratings, platforms, formats, objectives

tier-emerging = Emergente
    .inline = emergentes
tier-nano = Nano
    .inline = nano
tier-micro = Micro
    .inline = micro
tier-macro = Macro
    .inline = macro
tier-mega = Mega
    .inline = mega
tier-creator = Creador { $tier }

rating-excellent = Excelente
rating-good = Bueno
rating-average = Medio
rating-poor = Bajo

platform-instagram = Instagram
    .audience = seguidores
    .audience-heading = Seguidores
platform-tiktok = TikTok
    .audience = seguidores
    .audience-heading = Seguidores
platform-youtube = YouTube
    .audience = suscriptores
    .audience-heading = Suscriptores
platform-linkedin = LinkedIn
    .audience = seguidores
    .audience-heading = Seguidores
platform-pinterest = Pinterest
    .audience = seguidores
    .audience-heading = Seguidores
platform-threads = Threads
    .audience = seguidores
    .audience-heading = Seguidores
platform-twitch = Twitch
    .audience = seguidores
    .audience-heading = Seguidores
platform-x = X
    .audience = seguidores
    .audience-heading = Seguidores
platform-other = Otra
    .audience = seguidores
    .audience-heading = Seguidores

format-post = Publicación
    .inline = publicación
format-reel = Reel
    .inline = reel
format-story = Story
    .inline = story
format-video = Vídeo
    .inline = vídeo
format-short = Short
    .inline = short
format-live = Directo
    .inline = directo
format-carousel = Carrusel
    .inline = carrusel
post-kind = { $format } de { $platform }

objective-awareness = Notoriedad
objective-engagement = Engagement
objective-traffic = Tráfico
objective-conversions = Conversiones

## Metrics

metric-reach = Alcance
    .short = Alcance
    .help = cuentas únicas alcanzadas
metric-impressions = Impresiones
    .short = Impr.
    .help = veces que se mostró el contenido
metric-views = Reproducciones
    .short = Reprod.
    .help = reproducciones de vídeo
metric-engagements = Interacciones
    .short = Interac.
    .help = me gusta, comentarios, compartidos y guardados
metric-clicks = Clics
    .short = Clics
    .help = clics en enlaces
metric-conversions = Conversiones
    .short = Conv.
    .help = ventas o registros atribuidos
metric-revenue = Ingresos
    .short = Ingresos
    .help = ingresos atribuidos
metric-cost = Coste
    .short = Coste
    .help = honorarios de creadores, producto y costes de campaña
metric-er = Tasa de engagement
    .short = ER
    .help = interacciones ÷ seguidores
metric-er-reach = Engagement sobre alcance
    .short = ER alcance
    .help = interacciones ÷ alcance
metric-ctr = Tasa de clics
    .short = CTR
    .help = clics ÷ impresiones (o reproducciones, o alcance)
metric-conversion-rate = Tasa de conversión
    .short = CVR
    .help = conversiones ÷ clics
metric-cpe = Coste por interacción
    .short = CPE
    .help = coste ÷ interacciones
metric-cpm = Coste por mil impresiones
    .short = CPM
    .help = coste ÷ impresiones × 1000
metric-cpc = Coste por clic
    .short = CPC
    .help = coste ÷ clics
metric-cpa = Coste por adquisición
    .short = CPA
    .help = coste ÷ conversiones
metric-cpv = Coste por reproducción
    .short = CPV
    .help = coste ÷ reproducciones
metric-emv = Valor de medios ganados
    .short = EMV
    .help = acciones × su valor configurado
metric-roas = Retorno de la inversión publicitaria
    .short = ROAS
    .help = ingresos ÷ coste
metric-roi = Retorno de la inversión
    .short = ROI
    .help = (ingresos − coste) ÷ coste

## Media kit

kit-eyebrow = Media kit
kit-on-platform = en { $platform }
kit-niches = Temáticas
kit-work-with = Trabaja con { $first_name }
kit-rates-from = desde { $price }
kit-at-a-glance = De un vistazo
kit-data-as-of = Datos a { $date }
kit-platforms = Plataformas
kit-total-audience = Audiencia total
kit-across-platforms = { $count ->
    [one] en { $n } plataforma
   *[other] en { $n } plataformas
}
kit-engagement-rate = Tasa de engagement
kit-er-reach = Engagement sobre alcance
kit-avg-engagements = Interacciones medias
kit-per-post = por publicación en { $platform }
kit-tier = Categoría
kit-by-largest = según su plataforma principal
kit-avg-likes = Me gusta medios
kit-avg-comments = Comentarios medios
kit-avg-views = Reproducciones medias
kit-avg-reach = Alcance medio
kit-comments-per-like = Comentarios por me gusta
kit-healthy = Saludable
kit-growth = Crecimiento
kit-growth-per-month = { $growth } / mes
kit-growth-spike = Pico de crecimiento: { $spike }
kit-spike = { $growth } en un mes hasta el { $date }
kit-basis-posts = { $count ->
    [one] Media de la última publicación
   *[other] Media de las últimas { $n } publicaciones
}
kit-basis-averages = Medias declaradas
kit-benchmark = { $position ->
    [below] Por debajo del rango de los creadores { $tier } ({ $range })
    [above] Por encima del rango de los creadores { $tier } ({ $range })
   *[within] Dentro del rango de los creadores { $tier } ({ $range })
}
kit-about = Sobre mí
kit-audience = Audiencia
kit-partners-heading = Marcas con las que he trabajado
kit-testimonials = Lo que dicen las marcas
kit-contact-heading = Trabajemos juntos
kit-managed-by = Representación: { $manager }.
kit-contact-text = Escríbeme para consultar disponibilidad, derechos de uso y un presupuesto para tu campaña.

## Rate card

rates-eyebrow = Tarifas · precios en { $currency }
rates-deliverables = Entregables
rates-caption = Precio por entregable, con el rango sugerido según las interacciones medias
rates-platform = Plataforma
rates-deliverable = Entregable
rates-price = Precio
rates-suggested = Rango sugerido
rates-suggested-help = interacciones medias por publicación × 0,10 a × 1,00
rates-position-below = por debajo
rates-position-within = dentro
rates-position-above = por encima
rates-note = El rango sugerido son las interacciones medias por publicación en la plataforma × 0,10 a × 1,00, junto al precio propio del creador.
rates-packages = Paquetes
rates-addons = Extras
rates-addon-percent = +{ $percent } sobre el precio base
rates-addon-example = p. ej., +{ $extra } sobre { $deliverable } de { $price }
rates-terms = Condiciones
rates-book = Contrata a { $name }
rates-book-text = Cuéntanos tu campaña y tus fechas.

## Campaign report

report-eyebrow = Informe de campaña
report-for = para { $client }
report-creators = { $count ->
    [one] { $n } creador
   *[other] { $n } creadores
}
report-posts = { $count ->
    [one] { $n } publicación
   *[other] { $n } publicaciones
}
report-results = Resultados
report-goals = Objetivos
report-goal-figures = { $actual } de { $goal } · { $attainment }
report-goal-bar = { $label }: { $attainment } del objetivo
report-met = Cumplido
report-budget-used = Presupuesto utilizado
report-budget-bar = Presupuesto utilizado: { $used }
report-summary = Resumen
report-performance = Rendimiento
report-creators-heading = Creadores
report-posts-heading = Publicaciones
report-creators-caption = Resultados por creador
report-posts-caption = Resultados por publicación
report-creators-continued = Creadores (continuación)
report-posts-continued = Publicaciones (continuación)
report-costs = Costes de campaña además de los honorarios de creadores: { $costs }.
report-col-creator = Creador
report-col-posts = Publicaciones
report-col-date = Fecha
report-col-post = Publicación
report-total = Total
report-hidden-note = Este informe omite { $list } y las cifras que se derivan de ellos.
report-hidden-budget = el presupuesto
report-hidden-fees = los honorarios y costes
report-hidden-revenue = los ingresos
report-from = desde el { $date }
report-until = hasta el { $date }
report-prepared-by = Elaborado por { $agency }

## Roster

roster-creators-count = { $count ->
    [one] { $n } creador
   *[other] { $n } creadores
}
roster-combined-audience = { $n } de audiencia combinada
roster-campaigns-count = { $count ->
    [one] { $n } campaña
   *[other] { $n } campañas
}
roster-creators = Creadores
roster-campaign-reports = Informes de campaña
roster-audience = Audiencia
roster-er = ER
roster-tier = Categoría
roster-platforms = Plataformas
roster-reach = Alcance
roster-engagements = Interacciones
roster-roas = ROAS

## Charts

chart-show-data = Ver los datos
# The end of a chart's text alternative when rows are left out.
chart-alt-more = y { $n } más
chart-continued = { $title } (continuación)
chart-share = Porcentaje
chart-gender-title = Audiencia por género
chart-gender-column = Género
chart-age-title = Audiencia por edad
chart-age-column = Edad
chart-age-largest = El grupo más numeroso es { $group } ({ $share }).
chart-locations-title = Principales ubicaciones de la audiencia
chart-locations-column = Ubicación
gender-female = Mujeres
gender-male = Hombres
gender-other = Otro
chart-growth-title = Evolución de { $audience } en { $platform }
chart-growth-summary = { $title }: de { $first } el { $first-date } a { $last } el { $last-date }.
chart-growth-no-spikes = Sin picos de crecimiento.
chart-growth-spike = Pico de crecimiento de { $growth } al mes entre el { $from } y el { $to }.
chart-growth-marker = pico de { $growth }
chart-growth-spike-cell = { $growth } (pico)
chart-date = Fecha
chart-monthly-growth = Crecimiento mensual
chart-engagements-title = Interacciones por creador
chart-engagements-summary = { $title }. { $creator } lidera con { $n } interacciones.
chart-engagements-summary-total = { $title }. { $creator } lidera con { $n } interacciones de { $total } en total.
chart-cost-revenue-title = Coste e ingresos por creador
chart-cost-revenue-summary = { $title }. En total, { $cost } de coste generaron { $revenue } de ingresos (ROAS { $roas }).
chart-cost-revenue-column = Coste / ingresos
chart-platforms-reach-title = Alcance por plataforma
chart-platforms-engagements-title = Interacciones por plataforma
chart-platform = Plataforma
chart-timeline-title = Interacciones a lo largo del tiempo
chart-timeline-summary = { $title }, por fecha de publicación, del { $from } al { $to }. El máximo fue de { $n } interacciones el { $date }.
chart-funnel-title = Embudo
chart-funnel-stage = Etapa
chart-funnel-count = Total
chart-funnel-step = { $share } sobre { $stage }
funnel-impressions = Impresiones
    .inline = impresiones
funnel-views = Reproducciones
    .inline = reproducciones
funnel-reach = Alcance
    .inline = cuentas alcanzadas
funnel-engagements = Interacciones
    .inline = interacciones
funnel-clicks = Clics
    .inline = clics
funnel-conversions = Conversiones
    .inline = conversiones

## PDF

pdf-media-kit = Media kit
pdf-more-platforms = y { $n } más en el media kit online
pdf-more-rates = { $n } más en las tarifas
pdf-represented-by = Representación: { $manager }
pdf-partners = Colaboraciones
pdf-rates = Tarifas
pdf-contact = Contacto
pdf-page = Página { $page } de { $total }
pdf-report-subject = Informe de campaña, { $dates }
pdf-report-subject-client = Informe de campaña para { $client }, { $dates }
pdf-keyword-kit = media kit
pdf-keyword-report = informe de campaña

## Lists

list-separator = {", "}
list-and = { $init } y { $last }

## The desk: roster pages, facets, search, brands, campaigns

nav-all-creators = Todos los creadores
nav-reports = Informes
nav-all-brands = Todas las marcas
facet-niches = Nichos
    .one = Nicho
    .all = Todos los nichos
facet-tiers = Categorías
    .one = Categoría
    .all = Todas las categorías
facet-platforms = Plataformas
    .one = Plataforma
    .all = Todas las plataformas
facet-locations = Ubicaciones de la audiencia
    .one = Ubicación de la audiencia
    .all = Todas las ubicaciones de la audiencia
facet-niches-count = { $count ->
    [one] { $n } nicho
   *[other] { $n } nichos
}
facet-tiers-count = { $count ->
    [one] { $n } categoría
   *[other] { $n } categorías
}
facet-platforms-count = { $count ->
    [one] { $n } plataforma
   *[other] { $n } plataformas
}
facet-locations-count = { $count ->
    [one] { $n } ubicación
   *[other] { $n } ubicaciones
}
facet-niches-description = Creadores de { $brand } por nicho
facet-tiers-description = Creadores de { $brand } por categoría
facet-platforms-description = Creadores de { $brand } por plataforma
facet-locations-description = Creadores de { $brand } por ubicación de la audiencia
facet-empty = Ningún creador del roster lo indica todavía.
list-title-niches = Creadores de { $term }
list-title-tiers = Creadores { $term }
list-title-platforms = Creadores en { $term }
list-title-locations = Creadores con audiencia en { $term }
list-description = { $count ->
    [one] { $n } creador de { $term } en el roster de { $brand }.
   *[other] { $n } creadores de { $term } en el roster de { $brand }.
}
list-page-title = { $title } · página { $page } de { $pages }
list-range = { $first }–{ $last }, página { $page } de { $pages }
pager-label = Páginas
pager-previous = ← Anterior
pager-next = Siguiente →
roster-browse = Explorar el roster
roster-brands = Marcas
roster-all-brands = Todas las marcas y lo que logró cada colaboración
roster-all-campaigns = { $count ->
    [one] Ver { $n } informe de campaña
   *[other] Ver los { $n } informes de campaña
}
search-label = Buscar
search-placeholder = Nombre, nicho o ubicación
search-sort = Ordenar por
search-sort-roster = Orden del roster
search-sort-name = Nombre
search-sort-followers = Audiencia, de mayor a menor
search-sort-er = ER, de mayor a menor
search-sort-price = Precio desde, de menor a mayor
search-any = Cualquiera
search-min-audience = Audiencia mín.
search-min-er = ER mín. %
search-max-price = Precio desde máx.
search-error = La búsqueda no pudo cargar el roster. Explóralo abajo por nicho, categoría, plataforma o ubicación.
search-matches = { $count ->
    [one] { $n } creador coincide.
   *[other] { $n } creadores coinciden.
}
search-more = Mostrar { $n } más
search-rates-from = Tarifas desde { $price }
campaigns-count = { $count ->
    [one] { $n } campaña, la más reciente primero
   *[other] { $n } campañas, las más recientes primero
}
campaigns-empty = Todavía no hay campañas.
campaigns-description = Todos los informes de campaña de { $brand }
brands-count = { $count ->
    [one] { $n } marca
   *[other] { $n } marcas
}
brands-empty = Ninguna campaña menciona todavía una marca.
brands-description = Lo que logró cada colaboración de { $brand }, marca por marca
brand-eyebrow = Resultados de la colaboración
brand-title = { $name } · Resultados de la colaboración
brand-description = { $campaigns } con { $creators } para { $name }
brand-together = Todas las campañas juntas
brand-rates-note = Las tasas se calculan con las cifras sumadas de las campañas (todas las interacciones ÷ todo el alcance), no como promedio entre campañas.
brand-hidden-note = Al menos una de estas campañas omite { $list }, por lo que este resumen omite esos datos y todas las cifras que se derivan de ellos en todas las campañas.
brand-currencies-note = Estas campañas usan más de una moneda: los importes se muestran por campaña y no se suman.
brand-over-time = En el tiempo
brand-campaigns = Campañas
brand-campaigns-caption = Resultados de cada campaña, por fecha
brand-creators = Creadores en todas las campañas
brand-creators-caption = Resultados de cada creador en estas campañas, de más a menos interacciones
brand-all-campaigns = Todas las campañas
desk-col-campaign = Campaña
desk-col-campaigns = Campañas
desk-col-brand = Marca
desk-col-dates = Fechas
chart-brand-title = Interacciones por campaña en el tiempo
chart-brand-summary = { $title }: { $campaigns } del { $from } al { $to }. { $best } fue la que más logró, con { $n } interacciones.
kit-track-record = Trayectoria
kit-track-caption = Campañas con este roster, la más reciente primero, con los resultados de cada informe

## Imported figures: where they came from

kit-source = { $platform }: { $source }
kit-source-through = { $platform }: { $source }, hasta el { $date }
kit-source-years-as-of = (fechas sin año; años contados hacia atrás desde la fecha as_of del perfil, { $date })
kit-source-years-file-name = (fechas sin año; años contados hacia atrás desde la fecha del nombre del archivo, { $date })
kit-source-years-export = (fechas sin año; años contados hacia atrás desde el último día completo de la exportación, { $date })
source-youtube = exportación de YouTube Studio
source-tiktok = exportación de TikTok Studio
source-instagram = exportación de Meta Business Suite
source-linkedin = exportación de LinkedIn Analytics
source-columns = hoja de cálculo
source-export = exportación
