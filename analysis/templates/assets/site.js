/* Report site behaviour, offline: every report table becomes sortable, searchable and paged
   (DataTables, shipped in assets/vendor); columns whose header carries data-filter="select"
   get a drop-down filter. Without JavaScript (e-mail, print) the static table stays. */
(function () {
  "use strict";

  function addSelectFilters(api, table) {
    api.columns().every(function () {
      var column = this;
      var header = column.header();
      if (!header || header.getAttribute("data-filter") !== "select") return;
      var select = document.createElement("select");
      select.setAttribute("aria-label", "Filter by " + header.textContent.trim());
      select.className = "report-filter";
      select.appendChild(new Option("all", ""));
      column.data().unique().sort().each(function (value) {
        var text = String(value).replace(/<[^>]*>/g, "");
        if (text) select.appendChild(new Option(text, text));
      });
      select.addEventListener("click", function (event) { event.stopPropagation(); });
      select.addEventListener("change", function () {
        var value = select.value;
        column.search(value ? "^" + DataTable.util.escapeRegex(value) + "$" : "", {regex: true, smart: false}).draw();
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
    var note = table.closest(".report-table-wrap") && table.closest(".report-table-wrap").querySelector(".report-cut");
    if (note) note.hidden = true;
    var api = new DataTable(table, {
      paging: rows > pageLength,
      pageLength: pageLength,
      lengthMenu: [10, 20, 50, 100, 500],
      searching: rows > 5,
      info: rows > pageLength,
      order: [],
      autoWidth: false,
      language: {search: "Filter:"}
    });
    addSelectFilters(api, table);
    table.setAttribute("data-enhanced", "true");
  }

  function start() {
    if (typeof window.DataTable !== "function") return;
    Array.prototype.forEach.call(document.querySelectorAll("table.report-table"), enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
