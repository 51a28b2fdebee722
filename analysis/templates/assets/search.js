/* Full-text search of the report site, offline: the build writes every article paragraph
   into search/shard-*.js (plain scripts, because file:// pages may not fetch JSON); this
   page loads them on the first search and scans them for the words or the "exact phrase"
   typed, ignoring case and diacritics ("Viet Nam" finds "Việt Nam"). */
(function () {
  "use strict";
  var state = {docs: [], paragraphs: [], folded: [], loaded: 0, total: 0, ready: null};
  var MAX_RESULTS = 200;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  window.vnSearchDocs = function (docs) { state.docs = docs; };
  window.vnSearchShard = function (rows) {
    for (var i = 0; i < rows.length; i++) {
      state.paragraphs.push(rows[i]);
      state.folded.push(fold(rows[i][2]));
    }
    state.loaded += 1;
  };

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(tag);
    });
  }

  function loadAll() {
    if (state.ready) return state.ready;
    var app = document.getElementById("search-app");
    var root = app.getAttribute("data-search-root");
    state.total = parseInt(app.getAttribute("data-search-shards"), 10);
    var chain = loadScript(root + "docs.js");
    for (var i = 0; i < state.total; i++) {
      (function (n) {
        chain = chain.then(function () {
          status("Loading the text of the articles… " + n + " of " + state.total);
          return loadScript(root + "shard-" + String(n).padStart(4, "0") + ".js");
        });
      })(i);
    }
    state.ready = chain;
    return chain;
  }

  function terms(query) {
    var phrases = [];
    query.replace(/"([^"]+)"|(\S+)/g, function (_, phrase, word) {
      phrases.push(fold(phrase || word));
    });
    return phrases.filter(function (t) { return t.length > 0; });
  }

  function status(text) { document.getElementById("search-status").textContent = text; }

  function snippet(text, folded, needle) {
    var at = folded.indexOf(needle);
    var start = Math.max(0, at - 120);
    var end = Math.min(text.length, at + needle.length + 180);
    var frag = document.createDocumentFragment();
    frag.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + needle.length);
    frag.appendChild(mark);
    frag.appendChild(document.createTextNode(text.slice(at + needle.length, end) + (end < text.length ? "…" : "")));
    return frag;
  }

  function run(query) {
    var wanted = terms(query);
    var list = document.getElementById("search-results");
    list.textContent = "";
    if (!wanted.length) { status(""); return; }
    var hits = 0, shown = 0, docsHit = {};
    for (var i = 0; i < state.folded.length; i++) {
      var text = state.folded[i], all = true;
      for (var k = 0; k < wanted.length && all; k++) all = text.indexOf(wanted[k]) >= 0;
      if (!all) continue;
      hits += 1;
      var row = state.paragraphs[i], doc = state.docs[row[0]];
      docsHit[row[0]] = true;
      if (shown >= MAX_RESULTS) continue;
      shown += 1;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = doc[4] + "#p" + row[1];
      link.textContent = doc[1] || doc[0];
      item.appendChild(link);
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " " + [doc[2], doc[3], "paragraph " + row[1]].filter(Boolean).join(" · ");
      item.appendChild(meta);
      var quote = document.createElement("div");
      quote.className = "search-snippet";
      quote.appendChild(snippet(row[2], text, wanted[0]));
      item.appendChild(quote);
      list.appendChild(item);
    }
    status(hits.toLocaleString() + " paragraph" + (hits === 1 ? "" : "s") + " in " +
      Object.keys(docsHit).length.toLocaleString() + " article(s)" +
      (hits > shown ? "; the first " + shown + " are listed" : "") + ".");
  }

  function start() {
    var form = document.getElementById("search-form");
    var input = document.getElementById("search-input");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var query = input.value;
      loadAll().then(function () { run(query); }, function (error) { status(String(error)); });
    });
    var given = new URLSearchParams(window.location.search).get("q");
    if (given) { input.value = given; form.dispatchEvent(new Event("submit", {cancelable: true})); }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
