/* Report site behaviour, offline (the libraries are shipped in assets/vendor):
   - every report table becomes sortable, searchable and paged (DataTables); columns whose
     header carries data-filter="select" get a drop-down filter; long tables bring their rows
     as JSON (script.report-table-data) drawn a page at a time;
   - figures with an interactive twin are drawn by Vega (vega-embed);
   - a link to a row ("#p12") shows and marks that row.
   Without JavaScript (e-mail, print) the static tables and pictures stay. */
(function () {
  "use strict";
  var apis = new Map();  // enhanced table -> its DataTables API

  /* The text of a cell's HTML (tags dropped, entities decoded), without running anything:
     "The World &amp; Vietnam Report" -> "The World & Vietnam Report". */
  var texts = new Map();
  function cellText(html) {
    var key = String(html);
    if (!texts.has(key)) {
      texts.set(key, new DOMParser().parseFromString(key, "text/html").body.textContent.trim());
    }
    return texts.get(key);
  }

  function addSelectFilters(api, table) {
    api.columns().every(function () {
      var column = this;
      var header = column.header();
      if (!header || header.getAttribute("data-filter") !== "select") return;
      var select = document.createElement("select");
      select.setAttribute("aria-label", "Filter by " + header.textContent.trim());
      select.className = "report-filter";
      select.appendChild(new Option("all", ""));
      var values = column.data().toArray().map(cellText).filter(Boolean);
      Array.from(new Set(values)).sort().forEach(function (text) {
        select.appendChild(new Option(text, text));
      });
      select.addEventListener("click", function (event) { event.stopPropagation(); });
      select.addEventListener("change", function () {
        var value = select.value;
        column.search(value ? function (cell) { return cellText(cell) === value; } : "").draw();
      });
      header.appendChild(document.createElement("br"));
      header.appendChild(select);
    });
  }

  function enhance(table) {
    var body = table.tBodies[0];
    var rows = body ? body.rows.length : 0;
    var pageLength = parseInt(table.getAttribute("data-page-length") || "20", 10);
    Array.prototype.forEach.call(table.querySelectorAll("tr.report-more"), function (tr) {
      tr.classList.remove("report-more");
    });
    var wrap = table.closest(".report-table-wrap");
    var note = wrap && wrap.querySelector(".report-cut");
    if (note) note.hidden = true;
    var source = wrap && wrap.querySelector("script.report-table-data");
    var data = source ? JSON.parse(source.textContent) : null;
    if (data) rows = data.length;
    var options = {
      paging: rows > pageLength,
      pageLength: pageLength,
      lengthMenu: [10, 20, 50, 100, 500],
      searching: rows > 5 || table.getAttribute("data-search") === "always",
      info: rows > pageLength,
      order: [],
      autoWidth: false,
      language: {search: "Filter:"}
    };
    if (data) {
      /* long tables: the rows come as data (each cell already escaped HTML), drawn a page
         at a time; a column keeps the class its HTML cells had (alignment) */
      body.textContent = "";
      options.data = data;
      options.deferRender = true;
      options.columns = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
        return {className: th.getAttribute("data-class") || ""};
      });
    }
    var api = new DataTable(table, options);
    addSelectFilters(api, table);
    apis.set(table, api);
    table.setAttribute("data-enhanced", "true");
  }

  /* A link to a row (search results link to "#p12", a paragraph): show the page of the
     table that holds it, scroll to it and mark it. */
  function showTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var row = id && document.getElementById(id);
    if (!row) return;
    var table = row.closest("table.report-table");
    if (table && apis.has(table)) {
      var api = apis.get(table);
      var nodes = api.rows({order: "current", search: "applied"}).nodes().toArray();
      var at = nodes.indexOf(row);
      if (at >= 0 && api.page.len() > 0) api.page(Math.floor(at / api.page.len())).draw(false);
    }
    row.classList.add("report-target");
    row.scrollIntoView({block: "center"});
  }

  /* Figures with an interactive twin (analysis.notebook.chart_html): Vega draws the chart,
     the PNG stays hidden on screen and is what print shows. */
  function drawCharts() {
    if (typeof window.vegaEmbed !== "function") return;
    Array.prototype.forEach.call(document.querySelectorAll(".report-chart[data-spec]"), function (box) {
      var spec = JSON.parse(box.getAttribute("data-spec"));
      window.vegaEmbed(box, spec, {actions: false, renderer: "svg", loader: {target: "_self"}})
        .then(function () { box.parentNode.classList.add("report-interactive"); })
        .catch(function (error) { box.textContent = ""; console.warn("chart not drawn: " + error); });
    });
  }

  function start() {
    drawCharts();
    if (typeof window.DataTable === "function") {
      Array.prototype.forEach.call(document.querySelectorAll("table.report-table"), enhance);
    }
    showTarget();
    window.addEventListener("hashchange", showTarget);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
