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

  /* Buku Agenda: one filter (words and type) over every month's table; empty months hide. */
  function agenda(box) {
    var words = box.dataset;
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.agenda tbody tr"));
    box.innerHTML = '<label for="agenda-kata"></label> <input type="search" id="agenda-kata"> ' +
      '<label for="agenda-jenis"></label> <select id="agenda-jenis"></select> ' +
      '<span class="jumlah" role="status" aria-live="polite"></span>';
    var labels = box.querySelectorAll("label");
    labels[0].textContent = words.label;
    labels[1].textContent = words.jenis;
    var input = box.querySelector("input");
    input.placeholder = words.contoh || "";
    var select = box.querySelector("select");
    [""].concat((words.pilihan || "").split("|").filter(Boolean)).forEach(function (kind) {
      var option = document.createElement("option");
      option.value = kind;
      option.textContent = kind || words.semua;
      select.appendChild(option);
    });
    var status = box.querySelector(".jumlah");
    function apply() {
      var query = input.value.trim().toLowerCase();
      var kind = select.value;
      var shown = 0;
      rows.forEach(function (row) {
        var match = (!query || text(row).indexOf(query) !== -1) && (!kind || row.dataset.jenis === kind);
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      Array.prototype.forEach.call(document.querySelectorAll("section.bulan"), function (month) {
        month.hidden = !month.querySelector("tbody tr:not([hidden])");
      });
      status.textContent = shown + " " + words.dari + " " + rows.length + " " + words.tampil;
    }
    input.addEventListener("input", apply);
    select.addEventListener("change", apply);
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-saring]"), enhance);
    Array.prototype.forEach.call(document.querySelectorAll("[data-agenda-saring]"), agenda);
  });
}());
