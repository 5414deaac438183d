# العربية. بمصطلحات التسويق عبر المؤثرين المتداولة، مع إبقاء الاختصارات
# اللاتينية الشائعة (CTR وCPM وROI وROAS) كما يستخدمها المسوّقون.

## Navigation and buttons

nav-media-kit = الملف الإعلامي
nav-rate-card = قائمة الأسعار
nav-download-pdf = تنزيل ملف PDF
nav-skip = الانتقال إلى المحتوى
nav-page = الصفحة
nav-see-all = عرض جميع صنّاع المحتوى
footer-pdf = PDF
footer-data = data.json

## Page titles and link previews

page-kit-title = { $name } · الملف الإعلامي
page-kit-description = الملف الإعلامي لـ { $name }
page-rates-title = { $name } · قائمة الأسعار
page-rates-description = أسعار المحتوى المموَّل مع { $name }
page-report-title = { $name } · تقرير الحملة
page-report-description = تقرير الحملة: { $name }
page-report-description-client = تقرير الحملة: { $name } لصالح { $client }
page-roster-description = ملفات إعلامية وتقارير حملات من { $brand }
page-portrait = صورة { $name }

## 404

notfound-title = الصفحة غير موجودة
notfound-description = هذه الصفحة غير موجودة.
notfound-heading = هذه الصفحة غير موجودة
notfound-text = ربما يكون الرابط قديمًا، أو نُقل الملف الإعلامي إلى عنوان آخر.

## Tiers, ratings, platforms, formats, objectives

tier-emerging = ناشئ
    .inline = الناشئين
tier-nano = نانو
    .inline = النانو
tier-micro = مايكرو
    .inline = المايكرو
tier-macro = ماكرو
    .inline = الماكرو
tier-mega = ميغا
    .inline = الميغا
tier-creator = صانع محتوى { $tier }

rating-excellent = ممتاز
rating-good = جيد
rating-average = متوسط
rating-poor = ضعيف

platform-instagram = إنستغرام
    .audience = متابع
    .audience-heading = المتابعون
platform-tiktok = تيك توك
    .audience = متابع
    .audience-heading = المتابعون
platform-youtube = يوتيوب
    .audience = مشترك
    .audience-heading = المشتركون
platform-linkedin = لينكدإن
    .audience = متابع
    .audience-heading = المتابعون
platform-pinterest = بنترست
    .audience = متابع
    .audience-heading = المتابعون
platform-threads = ثريدز
    .audience = متابع
    .audience-heading = المتابعون
platform-twitch = تويتش
    .audience = متابع
    .audience-heading = المتابعون
platform-x = إكس
    .audience = متابع
    .audience-heading = المتابعون
platform-other = منصة أخرى
    .audience = متابع
    .audience-heading = المتابعون

format-post = منشور
    .inline = منشور
format-reel = ريلز
    .inline = ريلز
format-story = قصة
    .inline = قصة
format-video = فيديو
    .inline = فيديو
format-short = شورتس
    .inline = شورتس
format-live = بث مباشر
    .inline = بث مباشر
format-carousel = منشور دوّار
    .inline = منشور دوّار
post-kind = { $format } على { $platform }

objective-awareness = الوعي بالعلامة
objective-engagement = التفاعل
objective-traffic = الزيارات
objective-conversions = التحويلات

## Metrics

metric-reach = الوصول
    .short = الوصول
    .help = الحسابات الفريدة التي تم الوصول إليها
metric-impressions = مرات الظهور
    .short = الظهور
    .help = عدد مرات عرض المحتوى
metric-views = المشاهدات
    .short = المشاهدات
    .help = مشاهدات الفيديو
metric-engagements = التفاعلات
    .short = التفاعلات
    .help = الإعجابات والتعليقات والمشاركات والحفظ
metric-clicks = النقرات
    .short = النقرات
    .help = النقرات على الروابط
metric-conversions = التحويلات
    .short = التحويلات
    .help = المبيعات أو التسجيلات المتتبَّعة
metric-revenue = الإيرادات
    .short = الإيرادات
    .help = الإيرادات المتتبَّعة
metric-cost = التكلفة
    .short = التكلفة
    .help = أجور صنّاع المحتوى وتكاليف المنتجات والحملة
metric-er = معدل التفاعل
    .short = معدل التفاعل
    .help = التفاعلات ÷ المتابعين
metric-er-reach = معدل التفاعل إلى الوصول
    .short = التفاعل/الوصول
    .help = التفاعلات ÷ الوصول
metric-ctr = نسبة النقر إلى الظهور
    .short = CTR
    .help = النقرات ÷ مرات الظهور (أو المشاهدات، أو الوصول)
metric-conversion-rate = معدل التحويل
    .short = معدل التحويل
    .help = التحويلات ÷ النقرات
metric-cpe = تكلفة التفاعل
    .short = CPE
    .help = التكلفة ÷ التفاعلات
metric-cpm = تكلفة الألف ظهور
    .short = CPM
    .help = التكلفة ÷ مرات الظهور × ١٠٠٠
metric-cpc = تكلفة النقرة
    .short = CPC
    .help = التكلفة ÷ النقرات
metric-cpa = تكلفة الاكتساب
    .short = CPA
    .help = التكلفة ÷ التحويلات
metric-cpv = تكلفة المشاهدة
    .short = CPV
    .help = التكلفة ÷ المشاهدات
metric-emv = القيمة الإعلامية المكتسبة
    .short = EMV
    .help = الإجراءات × قيمتها المحددة
metric-roas = العائد على الإنفاق الإعلاني
    .short = ROAS
    .help = الإيرادات ÷ التكلفة
metric-roi = العائد على الاستثمار
    .short = ROI
    .help = (الإيرادات − التكلفة) ÷ التكلفة

## Media kit

kit-eyebrow = الملف الإعلامي
kit-on-platform = على { $platform }
kit-niches = المجالات
kit-work-with = تعاوَن مع { $first_name }
kit-rates-from = ابتداءً من { $price }
kit-at-a-glance = نظرة سريعة
kit-data-as-of = البيانات حتى { $date }
kit-platforms = المنصات
kit-total-audience = إجمالي الجمهور
kit-across-platforms = { $count ->
    [zero] على أي منصة
    [one] على منصة واحدة
    [two] على منصتين
    [few] على { $n } منصات
   *[other] على { $n } منصة
}
kit-engagement-rate = معدل التفاعل
kit-er-reach = معدل التفاعل إلى الوصول
kit-avg-engagements = متوسط التفاعلات
kit-per-post = لكل منشور على { $platform }
kit-tier = الفئة
kit-by-largest = حسب أكبر منصة
kit-avg-likes = متوسط الإعجابات
kit-avg-comments = متوسط التعليقات
kit-avg-views = متوسط المشاهدات
kit-avg-reach = متوسط الوصول
kit-comments-per-like = التعليقات لكل إعجاب
kit-healthy = صحي
kit-growth = النمو
kit-growth-per-month = { $growth } شهريًا
kit-growth-spike = قفزة نمو: { $spike }
kit-spike = { $growth } خلال شهر حتى { $date }
kit-basis-posts = { $count ->
    [one] متوسط آخر منشور
    [two] متوسط آخر منشورين
    [few] متوسط آخر { $n } منشورات
   *[other] متوسط آخر { $n } منشور
}
kit-basis-averages = متوسطات مُعلنة
kit-benchmark = { $position ->
    [below] أقل من نطاق صنّاع محتوى { $tier } ({ $range })
    [above] أعلى من نطاق صنّاع محتوى { $tier } ({ $range })
   *[within] ضمن نطاق صنّاع محتوى { $tier } ({ $range })
}
kit-about = نبذة
kit-audience = الجمهور
kit-partners-heading = علامات تجارية تعاونتُ معها
kit-testimonials = ماذا تقول العلامات التجارية
kit-contact-heading = لنعمل معًا
kit-managed-by = الإدارة: { $manager }.
kit-contact-text = راسلني لمعرفة المواعيد المتاحة وحقوق الاستخدام وعرض سعر لحملتك.

## Rate card

rates-eyebrow = قائمة الأسعار · الأسعار بـ { $currency }
rates-deliverables = الخدمات
rates-caption = السعر لكل خدمة، مع النطاق المقترح بحسب متوسط التفاعلات
rates-platform = المنصة
rates-deliverable = الخدمة
rates-price = السعر
rates-suggested = النطاق المقترح
rates-suggested-help = متوسط التفاعلات لكل منشور × ٠٫١٠ إلى × ١٫٠٠
rates-position-below = أقل
rates-position-within = ضمن النطاق
rates-position-above = أعلى
rates-note = النطاق المقترح هو متوسط التفاعلات لكل منشور على المنصة × ٠٫١٠ إلى × ١٫٠٠، بجانب السعر الذي يحدده صانع المحتوى.
rates-packages = الباقات
rates-addons = الإضافات
rates-addon-percent = +{ $percent } من السعر الأساسي
rates-addon-example = مثلًا +{ $extra } على { $deliverable } بسعر { $price }
rates-terms = الشروط
rates-book = احجز { $name }
rates-book-text = أخبرنا عن حملتك ومواعيدها.

## Campaign report

report-eyebrow = تقرير الحملة
report-for = لصالح { $client }
report-creators = { $count ->
    [zero] لا يوجد صنّاع محتوى
    [one] صانع محتوى واحد
    [two] صانعا محتوى
    [few] { $n } صنّاع محتوى
   *[other] { $n } صانع محتوى
}
report-posts = { $count ->
    [zero] لا توجد منشورات
    [one] منشور واحد
    [two] منشوران
    [few] { $n } منشورات
   *[other] { $n } منشور
}
report-results = النتائج
report-goals = الأهداف
report-goal-figures = { $actual } من { $goal } · { $attainment }
report-goal-bar = { $label }: { $attainment } من الهدف
report-met = تحقق
report-budget-used = الميزانية المستخدمة
report-budget-bar = الميزانية المستخدمة: { $used }
report-summary = الملخص
report-performance = الأداء
report-creators-heading = صنّاع المحتوى
report-posts-heading = المنشورات
report-creators-caption = النتائج لكل صانع محتوى
report-posts-caption = النتائج لكل منشور
report-creators-continued = صنّاع المحتوى (تابع)
report-posts-continued = المنشورات (تابع)
report-costs = تكاليف الحملة بالإضافة إلى أجور صنّاع المحتوى: { $costs }.
report-col-creator = صانع المحتوى
report-col-posts = المنشورات
report-col-date = التاريخ
report-col-post = المنشور
report-total = الإجمالي
report-hidden-note = لا يتضمن هذا التقرير { $list } ولا الأرقام المشتقة منها.
report-hidden-budget = الميزانية
report-hidden-fees = الأجور والتكاليف
report-hidden-revenue = الإيرادات
report-from = ابتداءً من { $date }
report-until = حتى { $date }
report-prepared-by = من إعداد { $agency }

## Roster

roster-creators-count = { $count ->
    [zero] لا يوجد صنّاع محتوى
    [one] صانع محتوى واحد
    [two] صانعا محتوى
    [few] { $n } صنّاع محتوى
   *[other] { $n } صانع محتوى
}
roster-combined-audience = { $n } إجمالي الجمهور
roster-campaigns-count = { $count ->
    [zero] لا توجد حملات
    [one] حملة واحدة
    [two] حملتان
    [few] { $n } حملات
   *[other] { $n } حملة
}
roster-creators = صنّاع المحتوى
roster-campaign-reports = تقارير الحملات
roster-audience = الجمهور
roster-er = معدل التفاعل
roster-tier = الفئة
roster-platforms = المنصات
roster-reach = الوصول
roster-engagements = التفاعلات
roster-roas = ROAS

## Charts

chart-show-data = عرض البيانات
# The end of a chart's text alternative when rows are left out.
chart-alt-more = و{ $n } أخرى
chart-continued = { $title } (تابع)
chart-share = النسبة
chart-gender-title = الجمهور حسب الجنس
chart-gender-column = الجنس
chart-age-title = الجمهور حسب العمر
chart-age-column = العمر
chart-age-largest = الفئة الأكبر هي { $group } ({ $share }).
chart-locations-title = أبرز مواقع الجمهور
chart-locations-column = الموقع
gender-female = إناث
gender-male = ذكور
gender-other = غير ذلك
chart-growth-title = تطور عدد { $audience } على { $platform }
chart-growth-summary = { $title }: من { $first } في { $first-date } إلى { $last } في { $last-date }.
chart-growth-no-spikes = لا توجد قفزات نمو.
chart-growth-spike = قفزة نمو بنسبة { $growth } شهريًا بين { $from } و{ $to }.
chart-growth-marker = قفزة { $growth }
chart-growth-spike-cell = { $growth } (قفزة)
chart-date = التاريخ
chart-monthly-growth = النمو الشهري
chart-engagements-title = التفاعلات حسب صانع المحتوى
chart-engagements-summary = { $title }. تصدّر { $creator } بـ { $n } تفاعل.
chart-engagements-summary-total = { $title }. تصدّر { $creator } بـ { $n } تفاعل من أصل { $total }.
chart-cost-revenue-title = التكلفة مقابل الإيرادات حسب صانع المحتوى
chart-cost-revenue-summary = { $title }. إجمالًا حققت تكلفة قدرها { $cost } إيرادات بقيمة { $revenue } (ROAS { $roas }).
chart-cost-revenue-column = التكلفة / الإيرادات
chart-platforms-reach-title = الوصول حسب المنصة
chart-platforms-engagements-title = التفاعلات حسب المنصة
chart-platform = المنصة
chart-timeline-title = التفاعلات عبر الزمن
chart-timeline-summary = { $title }، حسب تاريخ النشر، من { $from } إلى { $to }. بلغت الذروة { $n } تفاعل في { $date }.
chart-funnel-title = مسار التحويل
chart-funnel-stage = المرحلة
chart-funnel-count = العدد
chart-funnel-step = { $share } من { $stage }
funnel-impressions = مرات الظهور
    .inline = مرات الظهور
funnel-views = المشاهدات
    .inline = المشاهدات
funnel-reach = الوصول
    .inline = الحسابات التي تم الوصول إليها
funnel-engagements = التفاعلات
    .inline = التفاعلات
funnel-clicks = النقرات
    .inline = النقرات
funnel-conversions = التحويلات
    .inline = التحويلات

## PDF

pdf-media-kit = الملف الإعلامي
pdf-more-platforms = و{ $n } أخرى في الملف الإعلامي على الويب
pdf-more-rates = { $n } أخرى في قائمة الأسعار
pdf-represented-by = يمثّله { $manager }
pdf-partners = الشركاء
pdf-rates = الأسعار
pdf-contact = التواصل
pdf-page = الصفحة { $page } من { $total }
pdf-report-subject = تقرير الحملة، { $dates }
pdf-report-subject-client = تقرير الحملة لصالح { $client }، { $dates }
pdf-keyword-kit = ملف إعلامي
pdf-keyword-report = تقرير حملة

## Lists

list-separator = {"، "}
list-and = { $init } و{ $last }

## The desk: roster pages, facets, search, brands, campaigns

nav-all-creators = جميع صنّاع المحتوى
nav-reports = التقارير
nav-all-brands = جميع العلامات التجارية
facet-niches = المجالات
    .one = المجال
    .all = جميع المجالات
facet-tiers = الفئات
    .one = الفئة
    .all = جميع الفئات
facet-platforms = المنصات
    .one = المنصة
    .all = جميع المنصات
facet-locations = مواقع الجمهور
    .one = موقع الجمهور
    .all = جميع مواقع الجمهور
facet-niches-count = { $count ->
    [zero] لا توجد مجالات
    [one] مجال واحد
    [two] مجالان
    [few] { $n } مجالات
   *[other] { $n } مجالًا
}
facet-tiers-count = { $count ->
    [zero] لا توجد فئات
    [one] فئة واحدة
    [two] فئتان
    [few] { $n } فئات
   *[other] { $n } فئة
}
facet-platforms-count = { $count ->
    [zero] لا توجد منصات
    [one] منصة واحدة
    [two] منصتان
    [few] { $n } منصات
   *[other] { $n } منصة
}
facet-locations-count = { $count ->
    [zero] لا توجد مواقع
    [one] موقع واحد
    [two] موقعان
    [few] { $n } مواقع
   *[other] { $n } موقعًا
}
facet-niches-description = صنّاع المحتوى لدى { $brand } حسب المجال
facet-tiers-description = صنّاع المحتوى لدى { $brand } حسب الفئة
facet-platforms-description = صنّاع المحتوى لدى { $brand } حسب المنصة
facet-locations-description = صنّاع المحتوى لدى { $brand } حسب موقع الجمهور
facet-empty = لم يحدد أي صانع محتوى في القائمة ذلك بعد.
list-title-niches = صنّاع محتوى { $term }
list-title-tiers = صنّاع محتوى فئة { $term }
list-title-platforms = صنّاع المحتوى على { $term }
list-title-locations = صنّاع محتوى جمهورهم في { $term }
list-description = { $count ->
    [zero] لا يوجد صنّاع محتوى { $term } في قائمة { $brand }.
    [one] صانع محتوى واحد ({ $term }) في قائمة { $brand }.
    [two] صانعا محتوى ({ $term }) في قائمة { $brand }.
    [few] { $n } صنّاع محتوى ({ $term }) في قائمة { $brand }.
   *[other] { $n } صانع محتوى ({ $term }) في قائمة { $brand }.
}
list-page-title = { $title } · الصفحة { $page } من { $pages }
list-range = { $first }–{ $last } في الصفحة { $page } من { $pages }
pager-label = الصفحات
pager-previous = → السابق
pager-next = التالي ←
roster-browse = تصفّح القائمة
roster-brands = العلامات التجارية
roster-all-brands = جميع العلامات التجارية ونتائج كل شراكة
roster-all-campaigns = { $count ->
    [one] عرض تقرير الحملة
    [two] عرض تقريري الحملتين
    [few] عرض تقارير الحملات الـ{ $n }
   *[other] عرض جميع تقارير الحملات ({ $n })
}
search-label = بحث
search-placeholder = الاسم أو المجال أو الموقع
search-sort = الترتيب حسب
search-sort-roster = ترتيب القائمة
search-sort-name = الاسم
search-sort-followers = الجمهور، الأكبر أولًا
search-sort-er = معدل التفاعل، الأعلى أولًا
search-sort-price = السعر الأدنى، الأقل أولًا
search-any = الكل
search-min-audience = الحد الأدنى للجمهور
search-min-er = الحد الأدنى لمعدل التفاعل %
search-max-price = الحد الأقصى للسعر الأدنى
search-error = تعذّر على البحث تحميل القائمة. تصفّح حسب المجال أو الفئة أو المنصة أو الموقع أدناه.
search-matches = { $count ->
    [zero] لا يوجد صانع محتوى مطابق.
    [one] صانع محتوى واحد مطابق.
    [two] صانعا محتوى مطابقان.
    [few] { $n } صنّاع محتوى مطابقين.
   *[other] { $n } صانع محتوى مطابق.
}
search-more = عرض المزيد ({ $n })
search-rates-from = الأسعار تبدأ من { $price }
campaigns-count = { $count ->
    [zero] لا توجد حملات
    [one] حملة واحدة، الأحدث أولًا
    [two] حملتان، الأحدث أولًا
    [few] { $n } حملات، الأحدث أولًا
   *[other] { $n } حملة، الأحدث أولًا
}
campaigns-empty = لا توجد حملات بعد.
campaigns-description = جميع تقارير حملات { $brand }
brands-count = { $count ->
    [zero] لا توجد علامات تجارية
    [one] علامة تجارية واحدة
    [two] علامتان تجاريتان
    [few] { $n } علامات تجارية
   *[other] { $n } علامة تجارية
}
brands-empty = لا تذكر أي حملة علامة تجارية بعد.
brands-description = نتائج كل شراكة لدى { $brand }، علامةً تلو الأخرى
brand-eyebrow = نتائج الشراكة
brand-title = { $name } · نتائج الشراكة
brand-description = { $campaigns } مع { $creators } لصالح { $name }
brand-together = جميع الحملات معًا
brand-rates-note = تُحسب المعدلات من مجاميع أرقام الحملات (جميع التفاعلات ÷ إجمالي الوصول)، وليس بمتوسط الحملات.
brand-hidden-note = تستبعد حملة واحدة على الأقل من هذه الحملات { $list }، لذا تستبعد هذه النظرة العامة تلك البيانات وكل رقم مشتق منها لجميع الحملات.
brand-currencies-note = تستخدم هذه الحملات أكثر من عملة: تُعرض المبالغ لكل حملة على حدة ولا تُجمع.
brand-over-time = عبر الزمن
brand-campaigns = الحملات
brand-campaigns-caption = نتائج كل حملة حسب التاريخ
brand-creators = صنّاع المحتوى عبر الحملات
brand-creators-caption = نتائج كل صانع محتوى عبر هذه الحملات، الأكثر تفاعلًا أولًا
brand-all-campaigns = جميع الحملات
desk-col-campaign = الحملة
desk-col-campaigns = الحملات
desk-col-brand = العلامة التجارية
desk-col-dates = الفترة
chart-brand-title = التفاعلات حسب الحملة عبر الزمن
chart-brand-summary = { $title }: { $campaigns } من { $from } إلى { $to }. حققت { $best } أكبر عدد، { $n } تفاعلًا.
kit-track-record = سجل الحملات
kit-track-caption = الحملات مع هذه القائمة، الأحدث أولًا، مع النتائج التي يعرضها كل تقرير

## Imported figures: where they came from

kit-source = { $platform }: { $source }
kit-source-through = { $platform }: { $source }، حتى { $date }
kit-source-years-as-of = (تواريخه بلا سنة؛ حُسبت السنوات رجوعًا من تاريخ as_of في الملف الشخصي، { $date })
kit-source-years-file-name = (تواريخه بلا سنة؛ حُسبت السنوات رجوعًا من التاريخ في اسم الملف، { $date })
kit-source-years-export = (تواريخه بلا سنة؛ حُسبت السنوات رجوعًا من آخر يوم كامل في التصدير، { $date })
source-youtube = تصدير YouTube Studio
source-tiktok = تصدير TikTok Studio
source-instagram = تصدير Meta Business Suite
source-linkedin = تصدير LinkedIn Analytics
source-columns = جدول بيانات
source-export = تصدير
