/* DIP tables: filter and sort in the browser, no server. Keyboard: Tab to the filter box or a
   column's sort button, type or press Enter. Without JavaScript the full table stays readable. */
(function () {
  "use strict";
  function text(cell) { return (cell.textContent || "").trim().toLowerCase(); }

  function enhance(table, index) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var rows = Array.prototype.slice.call(body.rows);
    var id = "saring-" + index;
    var wrap = document.createElement("div");
    wrap.className = "saring";
    var words = table.dataset;  // the interface language's words, set by the template
    wrap.innerHTML = '<label for="' + id + '"></label> <input type="search" id="' + id + '">' +
      '<span class="jumlah" role="status" aria-live="polite"></span>';
    wrap.querySelector("label").textContent = words.label || "Saring tabel";
    wrap.querySelector("input").placeholder = words.contoh || "";
    var region = table.closest(".tabel-gulir") || table;
    region.parentNode.insertBefore(wrap, region);
    var input = wrap.querySelector("input");
    var status = wrap.querySelector(".jumlah");

    function apply() {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var match = !query || text(row).indexOf(query) !== -1;
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      status.textContent = " " + shown + " " + (words.dari || "dari") + " " + rows.length + " " +
        (words.baris || "baris");
    }
    input.addEventListener("input", apply);
    apply();

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      var label = th.textContent;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "urut";
      button.textContent = label;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
          other.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = text(a.cells[col]), y = text(b.cells[col]);
          var nx = parseFloat(x), ny = parseFloat(y);
          var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "id");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-saring]"), enhance);
  });
}());
