// The roster's search box: filters and sorts every creator of the roster
// from creators/index.json, loaded the first time the box is used. Without
// this script the roster still works: its pages and the niche, tier,
// platform and location pages are plain links.
(function () {
  "use strict";
  var form = document.getElementById("search");
  var cards = document.getElementById("roster-cards");
  var results = document.getElementById("search-results");
  var pager = document.getElementById("roster-pager");
  if (!form || !cards || !results) return;
  var status = form.querySelector(".search-status");
  var lang = form.getAttribute("data-lang") || "en";
  var indexUrl = form.getAttribute("data-index");
  var base = indexUrl.replace(/creators\/index\.json$/, "");
  var STEP = 48;
  var index = null;
  var loading = null;
  var shown = STEP;
  var timer = 0;

  form.hidden = false;

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load() {
    if (!loading) {
      loading = fetch(indexUrl, { credentials: "same-origin" })
        .then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.json();
        })
        .then(function (data) {
          var col = {};
          data.columns.forEach(function (name, i) { col[name] = i; });
          var tiers = {};
          data.tiers.forEach(function (t) { tiers[t[0]] = t[1]; });
          var platforms = {};
          data.platforms.forEach(function (p) { platforms[p[0]] = p[1]; });
          index = data.creators.map(function (row, order) {
            var c = {
              order: order,
              slug: row[col.slug],
              name: row[col.name],
              photo: row[col.photo],
              niches: row[col.niches] || [],
              tier: row[col.tier],
              platforms: row[col.platforms] || [],
              location: row[col.location],
              country: row[col.country],
              followers: row[col.followers],
              er: row[col.er],
              price: row[col.price_from],
              currency: row[col.currency],
              rating: row[col.rating]
            };
            c.nicheLabels = c.niches.map(function (n) { return data.niches[n] || n; });
            c.countryLabel = c.country ? data.countries[c.country] || c.country : null;
            c.tierLabel = c.tier ? tiers[c.tier] || c.tier : null;
            c.platformLabels = c.platforms.map(function (p) { return platforms[p] || p; });
            c.text = fold([c.name, c.location, c.countryLabel].concat(c.nicheLabels).join(" "));
            return c;
          });
          return index;
        })
        .catch(function () {
          loading = null;
          status.textContent = "The search could not load the roster. Browse by niche, tier, platform or location below.";
          return null;
        });
    }
    return loading;
  }

  function number(value) {
    var n = parseFloat(value);
    return isFinite(n) ? n : null;
  }

  function filters() {
    var f = form.elements;
    return {
      q: fold(f.q.value).trim().split(/\s+/).filter(Boolean),
      niche: f.niches ? f.niches.value : "",
      tier: f.tiers ? f.tiers.value : "",
      platform: f.platforms ? f.platforms.value : "",
      country: f.locations ? f.locations.value : "",
      followers: number(f.followers.value),
      er: number(f.er.value),
      price: number(f.price.value),
      sort: f.sort.value
    };
  }

  function active(w) {
    return w.q.length || w.niche || w.tier || w.platform || w.country ||
      w.followers !== null || w.er !== null || w.price !== null || w.sort;
  }

  function matches(c, w) {
    for (var i = 0; i < w.q.length; i++) if (c.text.indexOf(w.q[i]) < 0) return false;
    if (w.niche && c.niches.indexOf(w.niche) < 0) return false;
    if (w.tier && c.tier !== w.tier) return false;
    if (w.platform && c.platforms.indexOf(w.platform) < 0) return false;
    if (w.country && c.country !== w.country) return false;
    if (w.followers !== null && !(c.followers >= w.followers)) return false;
    if (w.er !== null && !(c.er >= w.er)) return false;
    if (w.price !== null && !(c.price !== null && c.price <= w.price)) return false;
    return true;
  }

  // Missing figures sort last whatever the direction.
  function by(key, descending) {
    return function (a, b) {
      var x = a[key], y = b[key];
      if (x === null || x === undefined) return y === null || y === undefined ? a.order - b.order : 1;
      if (y === null || y === undefined) return -1;
      if (x === y) return a.order - b.order;
      return (x < y ? -1 : 1) * (descending ? -1 : 1);
    };
  }

  var compact = new Intl.NumberFormat(lang, { notation: "compact", maximumFractionDigits: 1 });
  var percent = new Intl.NumberFormat(lang, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function money(value, currency) {
    try {
      return new Intl.NumberFormat(lang, { style: "currency", currency: currency, maximumFractionDigits: 0 }).format(value);
    } catch (e) {
      return compact.format(value) + " " + currency;
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function fact(label, value) {
    var div = el("div");
    div.appendChild(el("dt", null, label));
    var dd = el("dd");
    if (typeof value === "string") dd.textContent = value; else dd.appendChild(value);
    div.appendChild(dd);
    return div;
  }

  function card(c) {
    var li = el("li", "card creator-card");
    var link = el("a", "creator-link");
    link.href = base + "creators/" + encodeURIComponent(c.slug) + "/";
    var portrait = el("span", "portrait portrait-card");
    if (c.photo) {
      var img = el("img");
      img.src = c.photo; img.alt = ""; img.width = 64; img.height = 64; img.loading = "lazy";
      portrait.appendChild(img);
    } else {
      var initials = c.name.split(/\s+/).filter(Boolean).slice(0, 2).map(function (w) { return w.charAt(0); }).join("").toUpperCase();
      var span = el("span", "initials", initials || "?");
      span.setAttribute("aria-hidden", "true");
      portrait.appendChild(span);
    }
    link.appendChild(portrait);
    var text = el("span", "creator-text");
    text.appendChild(el("span", "creator-name", c.name));
    var line = [c.location || c.countryLabel].concat(c.nicheLabels.slice(0, 2)).filter(Boolean).join(" · ");
    if (line) text.appendChild(el("span", "creator-tagline", line));
    link.appendChild(text);
    li.appendChild(link);
    var facts = el("dl", "creator-facts");
    facts.appendChild(fact("Audience", c.followers === null ? "—" : compact.format(c.followers)));
    var er = el("span", null, c.er === null ? "—" : percent.format(c.er / 100));
    if (c.rating) {
      var wrap = el("span");
      wrap.appendChild(er);
      wrap.appendChild(document.createTextNode(" "));
      wrap.appendChild(el("span", "pill pill-" + c.rating, c.rating));
      er = wrap;
    }
    facts.appendChild(fact("ER", er));
    facts.appendChild(fact("Tier", c.tierLabel ? el("span", "tier tier-" + c.tier, c.tierLabel) : "—"));
    li.appendChild(facts);
    var chips = el("ul", "chips chips-small");
    chips.setAttribute("aria-label", "Platforms");
    c.platforms.forEach(function (p, i) {
      var chip = el("li");
      var dot = el("span", "dot dot-" + p);
      dot.setAttribute("aria-hidden", "true");
      chip.appendChild(dot);
      chip.appendChild(document.createTextNode(c.platformLabels[i]));
      chips.appendChild(chip);
    });
    li.appendChild(chips);
    if (c.price !== null && c.currency) li.appendChild(el("p", "creator-price", "Rates from " + money(c.price, c.currency)));
    return li;
  }

  function show(list) {
    results.textContent = "";
    var fragment = document.createDocumentFragment();
    list.slice(0, shown).forEach(function (c) { fragment.appendChild(card(c)); });
    results.appendChild(fragment);
    if (list.length > shown) {
      var li = el("li", "search-more");
      var more = el("button", "button button-ghost", "Show " + Math.min(STEP, list.length - shown) + " more");
      more.type = "button";
      more.addEventListener("click", function () { shown += STEP; show(list); });
      li.appendChild(more);
      results.appendChild(li);
    }
    status.textContent = list.length === 1 ? "1 creator matches." : list.length + " creators match.";
  }

  function update() {
    var w = filters();
    if (!active(w)) {
      results.hidden = true;
      cards.hidden = false;
      if (pager) pager.hidden = false;
      status.textContent = "";
      return;
    }
    load().then(function (all) {
      if (!all) return;
      var list = all.filter(function (c) { return matches(c, w); });
      if (w.sort === "name") list.sort(function (a, b) { return a.name.localeCompare(b.name, lang) || a.order - b.order; });
      else if (w.sort === "followers") list.sort(by("followers", true));
      else if (w.sort === "er") list.sort(by("er", true));
      else if (w.sort === "price") list.sort(by("price", false));
      cards.hidden = true;
      if (pager) pager.hidden = true;
      results.hidden = false;
      show(list);
    });
  }

  function soon() {
    shown = STEP;
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  }

  form.addEventListener("input", soon);
  form.addEventListener("change", soon);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.addEventListener("focusin", load, { once: true });
})();
