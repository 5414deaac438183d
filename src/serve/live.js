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

  function overlay() {
    var box = document.getElementById(ID);
    if (box) return box;
    box = document.createElement("div");
    box.id = ID;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(17,24,39,.92);color:#f9fafb;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:24px";
    var title = document.createElement("strong");
    title.style.cssText = "display:block;color:#fca5a5;font-size:16px;margin-bottom:12px";
    title.textContent = "The last edit has problems; this is the last good build.";
    var pre = document.createElement("pre");
    pre.style.cssText = "white-space:pre-wrap;margin:0";
    box.appendChild(title);
    box.appendChild(pre);
    document.body.appendChild(box);
    return box;
  }

  function show(text) {
    // textContent, never innerHTML: the message quotes the user's files.
    overlay().querySelector("pre").textContent = text;
  }

  function hide() {
    var box = document.getElementById(ID);
    if (box) box.parentNode.removeChild(box);
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
