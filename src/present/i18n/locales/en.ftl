# English: the reference language. Every other language file has the same
# messages; one a site's own file (i18n/en.ftl) leaves out falls back here.
# Message ids are stable; the text is free. Numbers and dates arrive
# already written for the locale ($n, $date, ...); $count is the bare
# number, for plural forms.

## Navigation and buttons

nav-media-kit = Media kit
nav-rate-card = Rate card
nav-download-pdf = Download PDF
nav-skip = Skip to content
nav-page = Page
nav-see-all = See all creators
footer-pdf = PDF
footer-data = data.json

## Page titles and link previews

page-kit-title = { $name } · Media kit
page-kit-description = Media kit of { $name }
page-rates-title = { $name } · Rate card
page-rates-description = Rates for sponsored content with { $name }
page-report-title = { $name } · Campaign report
page-report-description = Campaign report: { $name }
page-report-description-client = Campaign report: { $name } for { $client }
page-roster-description = Media kits and campaign reports by { $brand }
page-portrait = Portrait of { $name }

## 404

notfound-title = Page not found
notfound-description = This page does not exist.
notfound-heading = This page does not exist
notfound-text = The link may be old, or the kit may have moved.

## Tiers, ratings, platforms, formats, objectives

tier-emerging = Emerging
    .inline = emerging
tier-nano = Nano
    .inline = nano
tier-micro = Micro
    .inline = micro
tier-macro = Macro
    .inline = macro
tier-mega = Mega
    .inline = mega
tier-creator = { $tier } creator

rating-excellent = Excellent
rating-good = Good
rating-average = Average
rating-poor = Poor

# Platform names are brands; .audience is what the platform calls its
# audience, in a sentence and as a heading.
platform-instagram = Instagram
    .audience = followers
    .audience-heading = Followers
platform-tiktok = TikTok
    .audience = followers
    .audience-heading = Followers
platform-youtube = YouTube
    .audience = subscribers
    .audience-heading = Subscribers
platform-linkedin = LinkedIn
    .audience = followers
    .audience-heading = Followers
platform-pinterest = Pinterest
    .audience = followers
    .audience-heading = Followers
platform-threads = Threads
    .audience = followers
    .audience-heading = Followers
platform-twitch = Twitch
    .audience = followers
    .audience-heading = Followers
platform-x = X
    .audience = followers
    .audience-heading = Followers
platform-other = Other
    .audience = followers
    .audience-heading = Followers

format-post = Post
    .inline = post
format-reel = Reel
    .inline = reel
format-story = Story
    .inline = story
format-video = Video
    .inline = video
format-short = Short
    .inline = short
format-live = Live
    .inline = live
format-carousel = Carousel
    .inline = carousel
# A post in the report's table: "Instagram reel".
post-kind = { $platform } { $format }

objective-awareness = Awareness
objective-engagement = Engagement
objective-traffic = Traffic
objective-conversions = Conversions

## Metrics: the label, a short column heading and how it is defined

metric-reach = Reach
    .short = Reach
    .help = unique accounts reached
metric-impressions = Impressions
    .short = Impr.
    .help = times the content was shown
metric-views = Views
    .short = Views
    .help = video views
metric-engagements = Engagements
    .short = Eng.
    .help = likes, comments, shares and saves
metric-clicks = Clicks
    .short = Clicks
    .help = link clicks
metric-conversions = Conversions
    .short = Conv.
    .help = tracked sales or sign-ups
metric-revenue = Revenue
    .short = Revenue
    .help = tracked revenue
metric-cost = Cost
    .short = Cost
    .help = creator fees, product and campaign costs
metric-er = Engagement rate
    .short = ER
    .help = engagements ÷ followers
metric-er-reach = ER by reach
    .short = ER reach
    .help = engagements ÷ reach
metric-ctr = Click-through rate
    .short = CTR
    .help = clicks ÷ impressions (or views, or reach)
metric-conversion-rate = Conversion rate
    .short = CVR
    .help = conversions ÷ clicks
metric-cpe = Cost per engagement
    .short = CPE
    .help = cost ÷ engagements
metric-cpm = Cost per 1,000 impressions
    .short = CPM
    .help = cost ÷ impressions × 1,000
metric-cpc = Cost per click
    .short = CPC
    .help = cost ÷ clicks
metric-cpa = Cost per acquisition
    .short = CPA
    .help = cost ÷ conversions
metric-cpv = Cost per view
    .short = CPV
    .help = cost ÷ views
metric-emv = Earned media value
    .short = EMV
    .help = actions × their configured value
metric-roas = Return on ad spend
    .short = ROAS
    .help = revenue ÷ cost
metric-roi = Return on investment
    .short = ROI
    .help = (revenue − cost) ÷ cost

## Media kit

kit-eyebrow = Media kit
kit-on-platform = on { $platform }
kit-niches = Niches
kit-work-with = Work with { $first_name }
kit-rates-from = from { $price }
kit-at-a-glance = At a glance
kit-data-as-of = Data as of { $date }
kit-platforms = Platforms
kit-total-audience = Total audience
kit-across-platforms = { $count ->
    [one] across { $n } platform
   *[other] across { $n } platforms
}
kit-engagement-rate = Engagement rate
kit-er-reach = ER by reach
kit-avg-engagements = Avg. engagements
kit-per-post = per { $platform } post
kit-tier = Tier
kit-by-largest = by largest platform
kit-avg-likes = Avg. likes
kit-avg-comments = Avg. comments
kit-avg-views = Avg. views
kit-avg-reach = Avg. reach
kit-comments-per-like = Comments per like
kit-healthy = Healthy
kit-growth = Growth
kit-growth-per-month = { $growth } / month
kit-growth-spike = Growth spike: { $spike }
kit-spike = { $growth } in a month to { $date }
kit-basis-posts = { $count ->
    [one] Average of the last { $n } post
   *[other] Average of the last { $n } posts
}
kit-basis-averages = Reported averages
# $position is below, within or above; $tier the tier's .inline name.
kit-benchmark = { $position ->
    [below] Below the { $tier }-tier range of { $range }
    [above] Above the { $tier }-tier range of { $range }
   *[within] Within the { $tier }-tier range of { $range }
}
kit-about = About
kit-audience = Audience
kit-partners-heading = Brands I’ve worked with
kit-testimonials = What brands say
kit-contact-heading = Let’s work together
kit-managed-by = Managed by { $manager }.
kit-contact-text = Write for availability, usage rights and a quote for your campaign.

## Rate card

rates-eyebrow = Rate card · prices in { $currency }
rates-deliverables = Deliverables
rates-caption = Price per deliverable, with the range suggested by average engagements
rates-platform = Platform
rates-deliverable = Deliverable
rates-price = Price
rates-suggested = Suggested range
rates-suggested-help = average engagements per post × $0.10 to × $1.00
rates-position-below = below
rates-position-within = within
rates-position-above = above
rates-note = The suggested range is the platform’s average engagements per post × 0.10 to × 1.00, shown beside the creator’s own price.
rates-packages = Packages
rates-addons = Add-ons
rates-addon-percent = +{ $percent } of the base price
rates-addon-example = e.g. +{ $extra } on a { $price } { $deliverable }
rates-terms = Terms
rates-book = Book { $name }
rates-book-text = Tell us about your campaign and dates.

## Campaign report

report-eyebrow = Campaign report
report-for = for { $client }
report-creators = { $count ->
    [one] { $n } creator
   *[other] { $n } creators
}
report-posts = { $count ->
    [one] { $n } post
   *[other] { $n } posts
}
report-results = Results
report-goals = Goals
report-goal-figures = { $actual } of { $goal } · { $attainment }
report-goal-bar = { $label }: { $attainment } of goal
report-met = Met
report-budget-used = Budget used
report-budget-bar = Budget used: { $used }
report-summary = Summary
report-performance = Performance
report-creators-heading = Creators
report-posts-heading = Posts
report-creators-caption = Results per creator
report-posts-caption = Results per post
report-creators-continued = Creators, continued
report-posts-continued = Posts, continued
report-costs = Campaign costs beyond creator fees: { $costs }.
report-col-creator = Creator
report-col-posts = Posts
report-col-date = Date
report-col-post = Post
report-total = Total
# $list is built from the report-hidden-* names below.
report-hidden-note = This report leaves out { $list } and the figures derived from them.
report-hidden-budget = budget
report-hidden-fees = fees and costs
report-hidden-revenue = revenue
report-from = from { $date }
report-until = until { $date }
report-prepared-by = Prepared by { $agency }

## Roster

roster-creators-count = { $count ->
    [one] { $n } creator
   *[other] { $n } creators
}
roster-combined-audience = { $n } combined audience
roster-campaigns-count = { $count ->
    [one] { $n } campaign
   *[other] { $n } campaigns
}
roster-creators = Creators
roster-campaign-reports = Campaign reports
roster-audience = Audience
roster-er = ER
roster-tier = Tier
roster-platforms = Platforms
roster-reach = Reach
roster-engagements = Engagements
roster-roas = ROAS

## Charts

chart-show-data = Show the data
# The end of a chart's text alternative when rows are left out.
chart-alt-more = and { $n } more
chart-continued = { $title }, continued
chart-share = Share
chart-gender-title = Audience by gender
chart-gender-column = Gender
chart-age-title = Audience by age
chart-age-column = Age
chart-age-largest = The largest group is { $group } ({ $share }).
chart-locations-title = Top audience locations
chart-locations-column = Location
# An audience key of the gender chart, as written in the profile, is shown
# as is; these name the usual ones.
gender-female = Female
gender-male = Male
gender-other = Other
chart-growth-title = { $platform } { $audience } over time
chart-growth-summary = { $title }: from { $first } on { $first-date } to { $last } on { $last-date }.
chart-growth-no-spikes = No growth spikes.
chart-growth-spike = Growth spike of { $growth } a month between { $from } and { $to }.
chart-growth-marker = { $growth } spike
chart-growth-spike-cell = { $growth } (spike)
chart-date = Date
chart-monthly-growth = Monthly growth
chart-engagements-title = Engagements by creator
chart-engagements-summary = { $title }. { $creator } led with { $n } engagements.
chart-engagements-summary-total = { $title }. { $creator } led with { $n } engagements of { $total } in total.
chart-cost-revenue-title = Cost vs revenue by creator
chart-cost-revenue-summary = { $title }. In total { $cost } cost returned { $revenue } in revenue (ROAS { $roas }).
chart-cost-revenue-column = Cost / revenue
chart-platforms-reach-title = Reach by platform
chart-platforms-engagements-title = Engagements by platform
chart-platform = Platform
chart-timeline-title = Engagements over time
chart-timeline-summary = { $title }, by post date, from { $from } to { $to }. The peak was { $n } engagements on { $date }.
chart-funnel-title = Funnel
chart-funnel-stage = Stage
chart-funnel-count = Count
# A funnel step: "3.4% of impressions"; $stage is the .inline name below.
chart-funnel-step = { $share } of { $stage }
funnel-impressions = Impressions
    .inline = impressions
funnel-views = Views
    .inline = views
funnel-reach = Reach
    .inline = reach
funnel-engagements = Engagements
    .inline = engagements
funnel-clicks = Clicks
    .inline = clicks
funnel-conversions = Conversions
    .inline = conversions

## PDF

pdf-media-kit = Media kit
pdf-more-platforms = and { $n } more on the web kit
pdf-more-rates = { $n } more on the rate card
pdf-represented-by = Represented by { $manager }
pdf-partners = Partners
pdf-rates = Rates
pdf-contact = Contact
pdf-page = Page { $page } of { $total }
pdf-report-subject = Campaign report, { $dates }
pdf-report-subject-client = Campaign report for { $client }, { $dates }
pdf-keyword-kit = media kit
pdf-keyword-report = campaign report

## Lists: "budget, fees and revenue"

list-separator = {", "}
list-and = { $init } and { $last }

## The desk: roster pages, facets, search, brands, campaigns

nav-all-creators = All creators
nav-reports = Reports
nav-all-brands = All brands
# Facets: the title of their list of terms; .one names one term's kind (the
# search box's field); .all links to the list.
facet-niches = Niches
    .one = Niche
    .all = All niches
facet-tiers = Tiers
    .one = Tier
    .all = All tiers
facet-platforms = Platforms
    .one = Platform
    .all = All platforms
facet-locations = Audience locations
    .one = Audience location
    .all = All audience locations
facet-niches-count = { $count ->
    [one] { $n } niche
   *[other] { $n } niches
}
facet-tiers-count = { $count ->
    [one] { $n } tier
   *[other] { $n } tiers
}
facet-platforms-count = { $count ->
    [one] { $n } platform
   *[other] { $n } platforms
}
facet-locations-count = { $count ->
    [one] { $n } audience location
   *[other] { $n } audience locations
}
facet-niches-description = Creators of { $brand } by niche
facet-tiers-description = Creators of { $brand } by tier
facet-platforms-description = Creators of { $brand } by platform
facet-locations-description = Creators of { $brand } by audience location
facet-empty = No creator on the roster states one yet.
# The page of one term: $term is the niche, tier, platform or country.
list-title-niches = { $term } creators
list-title-tiers = { $term } creators
list-title-platforms = Creators on { $term }
list-title-locations = Creators with an audience in { $term }
list-description = { $count ->
    [one] { $n } { $term } creator on the roster of { $brand }.
   *[other] { $n } { $term } creators on the roster of { $brand }.
}
list-page-title = { $title } · page { $page } of { $pages }
list-range = { $first }–{ $last } on page { $page } of { $pages }
pager-label = Pages
pager-previous = ← Previous
pager-next = Next →
roster-browse = Browse the roster
roster-brands = Brands
roster-all-brands = All brands and what each partnership returned
roster-all-campaigns = { $count ->
    [one] All { $n } campaign report
   *[other] All { $n } campaign reports
}
# The search box; search-* words are also shown by its script.
search-label = Search
search-placeholder = Name, niche or location
search-sort = Sort by
search-sort-roster = Roster order
search-sort-name = Name
search-sort-followers = Audience, largest first
search-sort-er = ER, highest first
search-sort-price = Price from, lowest first
search-any = Any
search-min-audience = Min. audience
search-min-er = Min. ER %
search-max-price = Max. price from
search-error = The search could not load the roster. Browse by niche, tier, platform or location below.
search-matches = { $count ->
    [one] { $n } creator matches.
   *[other] { $n } creators match.
}
search-more = Show { $n } more
search-rates-from = Rates from { $price }
campaigns-count = { $count ->
    [one] { $n } campaign, newest first
   *[other] { $n } campaigns, newest first
}
campaigns-empty = No campaign yet.
campaigns-description = Every campaign report of { $brand }
brands-count = { $count ->
    [one] { $n } brand
   *[other] { $n } brands
}
brands-empty = No campaign names a brand yet.
brands-description = What every partnership of { $brand } returned, brand by brand
brand-eyebrow = Partnership results
brand-title = { $name } · Partnership results
brand-description = { $campaigns } with { $creators } for { $name }
brand-together = All campaigns together
brand-rates-note = Rates are worked out from the campaigns' summed figures (all engagements ÷ all reach), not averaged from campaign to campaign.
brand-hidden-note = { $count ->
    [one] At least one of these campaigns leaves out { $list }, so this overview leaves out it and every figure derived from it for all of them.
   *[other] At least one of these campaigns leaves out { $list }, so this overview leaves out them and every figure derived from them for all of them.
}
brand-currencies-note = These campaigns are in more than one currency: money is shown per campaign and not added up.
brand-over-time = Over time
brand-campaigns = Campaigns
brand-campaigns-caption = Each campaign's results, in date order
brand-creators = Creators across campaigns
brand-creators-caption = Each creator's results across these campaigns, most engagements first
brand-all-campaigns = All campaigns
desk-col-campaign = Campaign
desk-col-campaigns = Campaigns
desk-col-brand = Brand
desk-col-dates = Dates
chart-brand-title = Engagements by campaign over time
chart-brand-summary = { $title }: { $campaigns } from { $from } to { $to }. { $best } had the most, { $n } engagements.
kit-track-record = Track record
kit-track-caption = Campaigns with this roster, newest first, with the results each report shows

## Imported figures: where they came from

kit-source = { $platform }: { $source }
kit-source-through = { $platform }: { $source }, through { $date }
# These follow the line above; they start with " (" in every language.
kit-source-years-as-of = (its dates carry no year; years counted back from the profile's as_of date, { $date })
kit-source-years-file-name = (its dates carry no year; years counted back from the date in the file name, { $date })
kit-source-years-export = (its dates carry no year; years counted back from the export's latest full date, { $date })
source-youtube = YouTube Studio export
source-tiktok = TikTok Studio export
source-instagram = Meta Business Suite export
source-linkedin = LinkedIn analytics export
source-columns = spreadsheet
source-export = export
