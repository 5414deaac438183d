# Português (Brasil). Com os termos que o marketing de influência usa
# (creator, seguidores, alcance, engajamento, mídia kit).

## Navigation and buttons

nav-media-kit = Mídia kit
nav-rate-card = Tabela de preços
nav-download-pdf = Baixar PDF
nav-skip = Ir para o conteúdo
nav-page = Página
nav-see-all = Ver todos os creators
footer-pdf = PDF
footer-data = data.json

## Page titles and link previews

page-kit-title = { $name } · Mídia kit
page-kit-description = Mídia kit de { $name }
page-rates-title = { $name } · Tabela de preços
page-rates-description = Preços de conteúdo patrocinado com { $name }
page-report-title = { $name } · Relatório de campanha
page-report-description = Relatório de campanha: { $name }
page-report-description-client = Relatório de campanha: { $name } para { $client }
page-roster-description = Mídia kits e relatórios de campanha de { $brand }
page-portrait = Retrato de { $name }

## 404

notfound-title = Página não encontrada
notfound-description = Esta página não existe.
notfound-heading = Esta página não existe
notfound-text = O link pode estar desatualizado, ou o mídia kit mudou de endereço.

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
tier-creator = Creator { $tier }

rating-excellent = Excelente
rating-good = Bom
rating-average = Médio
rating-poor = Baixo

platform-instagram = Instagram
    .audience = seguidores
    .audience-heading = Seguidores
platform-tiktok = TikTok
    .audience = seguidores
    .audience-heading = Seguidores
platform-youtube = YouTube
    .audience = inscritos
    .audience-heading = Inscritos
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
platform-other = Outra
    .audience = seguidores
    .audience-heading = Seguidores

format-post = Post
    .inline = post
format-reel = Reel
    .inline = reel
format-story = Story
    .inline = story
format-video = Vídeo
    .inline = vídeo
format-short = Short
    .inline = short
format-live = Live
    .inline = live
format-carousel = Carrossel
    .inline = carrossel
post-kind = { $format } no { $platform }

objective-awareness = Reconhecimento
objective-engagement = Engajamento
objective-traffic = Tráfego
objective-conversions = Conversões

## Metrics

metric-reach = Alcance
    .short = Alcance
    .help = contas únicas alcançadas
metric-impressions = Impressões
    .short = Impr.
    .help = vezes que o conteúdo foi exibido
metric-views = Visualizações
    .short = Visual.
    .help = visualizações de vídeo
metric-engagements = Interações
    .short = Interaç.
    .help = curtidas, comentários, compartilhamentos e salvamentos
metric-clicks = Cliques
    .short = Cliques
    .help = cliques em links
metric-conversions = Conversões
    .short = Conv.
    .help = vendas ou cadastros rastreados
metric-revenue = Receita
    .short = Receita
    .help = receita rastreada
metric-cost = Custo
    .short = Custo
    .help = cachês dos creators, produtos e custos da campanha
metric-er = Taxa de engajamento
    .short = TE
    .help = interações ÷ seguidores
metric-er-reach = Engajamento sobre alcance
    .short = TE alcance
    .help = interações ÷ alcance
metric-ctr = Taxa de cliques
    .short = CTR
    .help = cliques ÷ impressões (ou visualizações, ou alcance)
metric-conversion-rate = Taxa de conversão
    .short = TC
    .help = conversões ÷ cliques
metric-cpe = Custo por interação
    .short = CPE
    .help = custo ÷ interações
metric-cpm = Custo por mil impressões
    .short = CPM
    .help = custo ÷ impressões × 1.000
metric-cpc = Custo por clique
    .short = CPC
    .help = custo ÷ cliques
metric-cpa = Custo por aquisição
    .short = CPA
    .help = custo ÷ conversões
metric-cpv = Custo por visualização
    .short = CPV
    .help = custo ÷ visualizações
metric-emv = Valor de mídia espontânea
    .short = EMV
    .help = ações × o valor configurado de cada uma
metric-roas = Retorno sobre investimento em anúncios
    .short = ROAS
    .help = receita ÷ custo
metric-roi = Retorno sobre investimento
    .short = ROI
    .help = (receita − custo) ÷ custo

## Media kit

kit-eyebrow = Mídia kit
kit-on-platform = no { $platform }
kit-niches = Nichos
kit-work-with = Trabalhe com { $first_name }
kit-rates-from = a partir de { $price }
kit-at-a-glance = Resumo
kit-data-as-of = Dados de { $date }
kit-platforms = Plataformas
kit-total-audience = Audiência total
kit-across-platforms = { $count ->
    [one] em { $n } plataforma
   *[other] em { $n } plataformas
}
kit-engagement-rate = Taxa de engajamento
kit-er-reach = Engajamento sobre alcance
kit-avg-engagements = Média de interações
kit-per-post = por post no { $platform }
kit-tier = Categoria
kit-by-largest = pela maior plataforma
kit-avg-likes = Média de curtidas
kit-avg-comments = Média de comentários
kit-avg-views = Média de visualizações
kit-avg-reach = Alcance médio
kit-comments-per-like = Comentários por curtida
kit-healthy = Saudável
kit-growth = Crescimento
kit-growth-per-month = { $growth } / mês
kit-growth-spike = Pico de crescimento: { $spike }
kit-spike = { $growth } em um mês até { $date }
kit-basis-posts = { $count ->
    [one] Média do último post
   *[other] Média dos últimos { $n } posts
}
kit-basis-averages = Médias informadas
kit-benchmark = { $position ->
    [below] Abaixo da faixa dos creators { $tier } ({ $range })
    [above] Acima da faixa dos creators { $tier } ({ $range })
   *[within] Dentro da faixa dos creators { $tier } ({ $range })
}
kit-about = Sobre mim
kit-audience = Audiência
kit-partners-heading = Marcas com quem já trabalhei
kit-testimonials = O que as marcas dizem
kit-contact-heading = Vamos trabalhar juntos
kit-managed-by = Agenciamento: { $manager }.
kit-contact-text = Escreva para saber disponibilidade, direitos de uso e receber um orçamento para sua campanha.

## Rate card

rates-eyebrow = Tabela de preços · valores em { $currency }
rates-deliverables = Entregas
rates-caption = Preço por entrega, com a faixa sugerida pela média de interações
rates-platform = Plataforma
rates-deliverable = Entrega
rates-price = Preço
rates-suggested = Faixa sugerida
rates-suggested-help = média de interações por post × 0,10 a × 1,00
rates-position-below = abaixo
rates-position-within = dentro
rates-position-above = acima
rates-note = A faixa sugerida é a média de interações por post na plataforma × 0,10 a × 1,00, ao lado do preço do próprio creator.
rates-packages = Pacotes
rates-addons = Adicionais
rates-addon-percent = +{ $percent } sobre o preço base
rates-addon-example = ex.: +{ $extra } em { $deliverable } de { $price }
rates-terms = Condições
rates-book = Contrate { $name }
rates-book-text = Conte sobre sua campanha e as datas.

## Campaign report

report-eyebrow = Relatório de campanha
report-for = para { $client }
report-creators = { $count ->
    [one] { $n } creator
   *[other] { $n } creators
}
report-posts = { $count ->
    [one] { $n } post
   *[other] { $n } posts
}
report-results = Resultados
report-goals = Metas
report-goal-figures = { $actual } de { $goal } · { $attainment }
report-goal-bar = { $label }: { $attainment } da meta
report-met = Atingida
report-budget-used = Orçamento utilizado
report-budget-bar = Orçamento utilizado: { $used }
report-summary = Resumo
report-performance = Desempenho
report-creators-heading = Creators
report-posts-heading = Posts
report-creators-caption = Resultados por creator
report-posts-caption = Resultados por post
report-creators-continued = Creators (continuação)
report-posts-continued = Posts (continuação)
report-costs = Custos da campanha além dos cachês dos creators: { $costs }.
report-col-creator = Creator
report-col-posts = Posts
report-col-date = Data
report-col-post = Post
report-total = Total
report-hidden-note = Este relatório não inclui { $list } nem os números derivados deles.
report-hidden-budget = o orçamento
report-hidden-fees = cachês e custos
report-hidden-revenue = a receita
report-from = a partir de { $date }
report-until = até { $date }
report-prepared-by = Elaborado por { $agency }

## Roster

roster-creators-count = { $count ->
    [one] { $n } creator
   *[other] { $n } creators
}
roster-combined-audience = { $n } de audiência somada
roster-campaigns-count = { $count ->
    [one] { $n } campanha
   *[other] { $n } campanhas
}
roster-creators = Creators
roster-campaign-reports = Relatórios de campanha
roster-audience = Audiência
roster-er = TE
roster-tier = Categoria
roster-platforms = Plataformas
roster-reach = Alcance
roster-engagements = Interações
roster-roas = ROAS

## Charts

chart-show-data = Ver os dados
# The end of a chart's text alternative when rows are left out.
chart-alt-more = e mais { $n }
chart-continued = { $title } (continuação)
chart-share = Participação
chart-gender-title = Audiência por gênero
chart-gender-column = Gênero
chart-age-title = Audiência por idade
chart-age-column = Idade
chart-age-largest = O maior grupo é { $group } ({ $share }).
chart-locations-title = Principais localizações da audiência
chart-locations-column = Localização
gender-female = Feminino
gender-male = Masculino
gender-other = Outro
chart-growth-title = Evolução dos { $audience } no { $platform }
chart-growth-summary = { $title }: de { $first } em { $first-date } para { $last } em { $last-date }.
chart-growth-no-spikes = Sem picos de crescimento.
chart-growth-spike = Pico de crescimento de { $growth } ao mês entre { $from } e { $to }.
chart-growth-marker = pico de { $growth }
chart-growth-spike-cell = { $growth } (pico)
chart-date = Data
chart-monthly-growth = Crescimento mensal
chart-engagements-title = Interações por creator
chart-engagements-summary = { $title }. { $creator } liderou com { $n } interações.
chart-engagements-summary-total = { $title }. { $creator } liderou com { $n } interações de { $total } no total.
chart-cost-revenue-title = Custo e receita por creator
chart-cost-revenue-summary = { $title }. No total, { $cost } de custo geraram { $revenue } de receita (ROAS { $roas }).
chart-cost-revenue-column = Custo / receita
chart-platforms-reach-title = Alcance por plataforma
chart-platforms-engagements-title = Interações por plataforma
chart-platform = Plataforma
chart-timeline-title = Interações ao longo do tempo
chart-timeline-summary = { $title }, por data de publicação, de { $from } a { $to }. O pico foi de { $n } interações em { $date }.
chart-funnel-title = Funil
chart-funnel-stage = Etapa
chart-funnel-count = Total
chart-funnel-step = { $share } sobre { $stage }
funnel-impressions = Impressões
    .inline = impressões
funnel-views = Visualizações
    .inline = visualizações
funnel-reach = Alcance
    .inline = contas alcançadas
funnel-engagements = Interações
    .inline = interações
funnel-clicks = Cliques
    .inline = cliques
funnel-conversions = Conversões
    .inline = conversões

## PDF

pdf-media-kit = Mídia kit
pdf-more-platforms = e mais { $n } no mídia kit online
pdf-more-rates = mais { $n } na tabela de preços
pdf-represented-by = Agenciado por { $manager }
pdf-partners = Parcerias
pdf-rates = Preços
pdf-contact = Contato
pdf-page = Página { $page } de { $total }
pdf-report-subject = Relatório de campanha, { $dates }
pdf-report-subject-client = Relatório de campanha para { $client }, { $dates }
pdf-keyword-kit = mídia kit
pdf-keyword-report = relatório de campanha

## Lists

list-separator = {", "}
list-and = { $init } e { $last }

## The desk: roster pages, facets, search, brands, campaigns

nav-all-creators = Todos os creators
nav-reports = Relatórios
nav-all-brands = Todas as marcas
facet-niches = Nichos
    .one = Nicho
    .all = Todos os nichos
facet-tiers = Categorias
    .one = Categoria
    .all = Todas as categorias
facet-platforms = Plataformas
    .one = Plataforma
    .all = Todas as plataformas
facet-locations = Localização do público
    .one = Localização do público
    .all = Todas as localizações do público
facet-niches-count = { $count ->
    [one] { $n } nicho
   *[other] { $n } nichos
}
facet-tiers-count = { $count ->
    [one] { $n } categoria
   *[other] { $n } categorias
}
facet-platforms-count = { $count ->
    [one] { $n } plataforma
   *[other] { $n } plataformas
}
facet-locations-count = { $count ->
    [one] { $n } localização
   *[other] { $n } localizações
}
facet-niches-description = Creators de { $brand } por nicho
facet-tiers-description = Creators de { $brand } por categoria
facet-platforms-description = Creators de { $brand } por plataforma
facet-locations-description = Creators de { $brand } por localização do público
facet-empty = Nenhum creator do casting informa isso ainda.
list-title-niches = Creators de { $term }
list-title-tiers = Creators { $term }
list-title-platforms = Creators no { $term }
list-title-locations = Creators · público principal: { $term }
list-description = { $count ->
    [one] { $n } creator de { $term } no casting de { $brand }.
   *[other] { $n } creators de { $term } no casting de { $brand }.
}
list-page-title = { $title } · página { $page } de { $pages }
list-range = { $first }–{ $last }, página { $page } de { $pages }
pager-label = Páginas
pager-previous = ← Anterior
pager-next = Próxima →
roster-browse = Explore o casting
roster-brands = Marcas
roster-all-brands = Todas as marcas e o resultado de cada parceria
roster-all-campaigns = { $count ->
    [one] Ver { $n } relatório de campanha
   *[other] Ver os { $n } relatórios de campanha
}
search-label = Buscar
search-placeholder = Nome, nicho ou localização
search-sort = Ordenar por
search-sort-roster = Ordem do casting
search-sort-name = Nome
search-sort-followers = Audiência, maior primeiro
search-sort-er = TE, maior primeiro
search-sort-price = Preço a partir de, menor primeiro
search-any = Qualquer
search-min-audience = Audiência mín.
search-min-er = TE mín. %
search-max-price = Preço a partir de, máx.
search-error = A busca não conseguiu carregar o casting. Explore abaixo por nicho, categoria, plataforma ou localização.
search-matches = { $count ->
    [one] { $n } creator encontrado.
   *[other] { $n } creators encontrados.
}
search-more = Mostrar mais { $n }
search-rates-from = Valores a partir de { $price }
campaigns-count = { $count ->
    [one] { $n } campanha, mais recente primeiro
   *[other] { $n } campanhas, mais recentes primeiro
}
campaigns-empty = Nenhuma campanha ainda.
campaigns-description = Todos os relatórios de campanha de { $brand }
brands-count = { $count ->
    [one] { $n } marca
   *[other] { $n } marcas
}
brands-empty = Nenhuma campanha cita uma marca ainda.
brands-description = O resultado de cada parceria de { $brand }, marca por marca
brand-eyebrow = Resultados da parceria
brand-title = { $name } · Resultados da parceria
brand-description = { $campaigns } com { $creators } para { $name }
brand-together = Todas as campanhas juntas
brand-rates-note = As taxas são calculadas a partir dos números somados das campanhas (todas as interações ÷ todo o alcance), não pela média entre campanhas.
brand-hidden-note = Pelo menos uma destas campanhas omite { $list }; por isso esta visão geral omite esses dados e todos os números derivados deles em todas as campanhas.
brand-currencies-note = Estas campanhas usam mais de uma moeda: os valores aparecem por campanha e não são somados.
brand-over-time = Ao longo do tempo
brand-campaigns = Campanhas
brand-campaigns-caption = Resultados de cada campanha, por data
brand-creators = Creators em todas as campanhas
brand-creators-caption = Resultados de cada creator nestas campanhas, do maior para o menor número de interações
brand-all-campaigns = Todas as campanhas
desk-col-campaign = Campanha
desk-col-campaigns = Campanhas
desk-col-brand = Marca
desk-col-dates = Período
chart-brand-title = Interações por campanha ao longo do tempo
chart-brand-summary = { $title }: { $campaigns } de { $from } a { $to }. { $best } teve mais, com { $n } interações.
kit-track-record = Histórico de campanhas
kit-track-caption = Campanhas com este casting, mais recentes primeiro, com os resultados de cada relatório

## Imported figures: where they came from

kit-source = { $platform }: { $source }
kit-source-through = { $platform }: { $source }, até { $date }
kit-source-years-as-of = (datas sem ano; anos contados a partir da data as_of do perfil, { $date })
kit-source-years-file-name = (datas sem ano; anos contados a partir da data no nome do arquivo, { $date })
kit-source-years-export = (datas sem ano; anos contados a partir do último dia completo da exportação, { $date })
source-youtube = exportação do YouTube Studio
source-tiktok = exportação do TikTok Studio
source-instagram = exportação do Meta Business Suite
source-linkedin = exportação do LinkedIn Analytics
source-columns = planilha
source-export = exportação
