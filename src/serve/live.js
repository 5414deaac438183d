// Injected into every page `mediakit serve` answers (never into built files).
// Reloads the page when a rebuild changed it or a file it uses, and shows the
// content's problems over the page until the next good save. The page works
// the same without it.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !window.EventSource) return;
  var page = me.getAttribute("data-path");
  var generation = Number(me.getAttribute("data-generation"));
  var ID = "mediakit-problems";

  // The overlay's markup comes with the page (see inject.rs); this only
  // fills it in, shows it and hides it.
  var box = document.getElementById(ID);
  if (box) {
    box.addEventListener("click", function (e) {
      if (!e.target.closest("[data-panel]")) hide();
    });
  }
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") hide();
  });

  function show(text) {
    if (!box) return;
    // textContent, never innerHTML: the message quotes the user's files.
    box.querySelector("pre").textContent = text;
    box.style.display = "block";
  }

  function hide() {
    if (box) box.style.display = "none";
  }

  function uses(path) {
    var url = "/" + path;
    var nodes = document.querySelectorAll("link[href],script[src],img[src],source[src],object[data]");
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      var ref = n.href || n.src || n.data;
      try {
        if (new URL(ref, location.href).pathname === url) return true;
      } catch (e) { /* not a URL */ }
    }
    return false;
  }

  var events = null;

  function connect() {
    if (events) return;
    events = new EventSource("/__mediakit/events");
    events.addEventListener("hello", function (e) {
      var d = JSON.parse(e.data);
      // A rebuild happened between serving this page and connecting (or the
      // server restarted): the page may be stale.
      if (d.generation !== generation) return location.reload();
      if (d.problems) show(d.problems); else hide();
    });
    events.addEventListener("reload", function (e) {
      var d = JSON.parse(e.data);
      generation = d.generation;
      if (d.all || d.paths.indexOf(page) >= 0 || d.paths.some(uses)) location.reload();
    });
    events.addEventListener("problems", function (e) {
      show(JSON.parse(e.data).text);
    });
    events.addEventListener("ok", hide);
  }

  // Only visible tabs hold a stream: browsers allow about six connections
  // per host, and a tab coming back catches up through "hello".
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      if (events) events.close();
      events = null;
    } else {
      connect();
    }
  });
  if (document.visibilityState !== "hidden") connect();
})();
