// Runs inside a loaded page and reports what a reader would notice:
// broken images, a page wider than the screen, and text below WCAG AA
// contrast. Evaluated with awaitPromise; the result is plain JSON.
(async (expectedWidth) => {
  const images = [...document.images];
  for (const img of images) img.loading = "eager";
  await Promise.all(images.map((img) => img.complete ? null : new Promise((done) => {
    img.addEventListener("load", done, { once: true });
    img.addEventListener("error", done, { once: true });
    setTimeout(done, 5000);
  })));
  await document.fonts.ready;
  const broken = images.filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src);

  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += "#" + el.id;
    if (el.classList.length) name += "." + [...el.classList].join(".");
    const text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return text ? `${name} "${text}"` : name;
  };

  // Elements sticking out past the right edge, unless a scrolling or
  // clipping container holds them (a wide table may scroll in its own box).
  const overflow = () => {
    const width = Math.max(expectedWidth, 0);
    const scrollWidth = document.documentElement.scrollWidth;
    const culprits = [];
    const held = [];
    if (scrollWidth > width) {
      for (const el of document.body.querySelectorAll("*")) {
        const rect = el.getBoundingClientRect();
        // Past the right edge, or (right to left) past the left one.
        if ((rect.right <= width + 1 && rect.left >= -1) || rect.width === 0) continue;
        let inside = false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== "visible") { inside = true; break; }
        }
        const reach = rect.left < -1 ? `${Math.round(rect.left)}px` : `${Math.round(rect.right)}px`;
        (inside ? held : culprits).push(`${describe(el)} reaches ${reach}`);
        if (culprits.length >= 6) break;
      }
    }
    // An absolutely placed element can escape a clipping box it sits in;
    // name those when nothing else sticks out.
    if (!culprits.length) culprits.push(...held.slice(0, 6));
    return { scrollWidth, width, culprits };
  };
  const closed = overflow();
  for (const d of document.querySelectorAll("details")) d.open = true;
  const opened = overflow();

  // Colours as [r, g, b, a] with channels 0-255 and alpha 0-1.
  const parse = (text) => {
    let m = text.match(/rgba?\(([^)]+)\)/);
    if (m) {
      const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    }
    m = text.match(/color\(srgb ([^)]+)\)/);
    if (m) {
      const p = m[1].split(/[\s\/]+/).filter(Boolean).map(Number);
      return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
    }
    return null;
  };
  const colours = (text) => (text.match(/(rgba?|color)\([^)]*\)/g) || []).map(parse).filter(Boolean);
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const luminance = (c) => {
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const ratio = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const hex = (c) => "#" + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");

  // The possible backdrops of an element: solid layers composited bottom-up,
  // or each stop of a gradient. `null` when an image makes it unknowable.
  const backdrops = (el) => {
    const layers = [];
    let gradient = null;
    for (let node = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage && style.backgroundImage !== "none") {
        if (style.backgroundImage.includes("url(")) return null;
        gradient = colours(style.backgroundImage);
        if (gradient.length) break;
      }
      const bg = parse(style.backgroundColor);
      if (bg && bg[3] > 0) {
        layers.push(bg);
        if (bg[3] >= 1) break;
      }
    }
    const bases = gradient && gradient.length ? gradient.map((g) => over(g, [255, 255, 255, 1])) : [[255, 255, 255, 1]];
    const bottomUp = layers.slice().reverse();
    return bases.map((base) => bottomUp.reduce((acc, layer) => over(layer, acc), base));
  };

  const failures = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent.trim()) continue;
    seen.add(el);
    if (el.closest("svg, script, style, noscript")) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1 || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const style = getComputedStyle(el);
    let fg = parse(style.color);
    if (!fg || fg[3] === 0) continue;
    let opacity = 1;
    for (let p = el; p; p = p.parentElement) opacity *= Number(getComputedStyle(p).opacity);
    fg = [fg[0], fg[1], fg[2], fg[3] * opacity];
    const grounds = backdrops(el);
    if (!grounds) continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    checked++;
    for (const bg of grounds) {
      const r = ratio(over(fg, bg), bg);
      if (r < needed - 0.005) {
        failures.push(`${describe(el)}: ${r.toFixed(2)}:1 (${hex(over(fg, bg))} on ${hex(bg)}, needs ${needed}:1)`);
        break;
      }
    }
  }
  return { broken, closed, opened, contrast: failures, checked, title: document.title };
})
