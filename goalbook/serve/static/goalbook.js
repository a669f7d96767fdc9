// goalbook serve: drop files to check them, filter and sort the findings tables.
// Plain DOM calls only: this script never writes HTML (no innerHTML), it moves and hides rows.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("upload");
  var input = document.getElementById("files");
  var drop = document.getElementById("drop");
  if (form && input && drop) {
    input.addEventListener("change", function () {
      if (input.files.length) { HTMLFormElement.prototype.submit.call(form); }
    });
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (event) {
        event.preventDefault();
        drop.classList.add("over");
      });
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("over");
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        HTMLFormElement.prototype.submit.call(form);
      }
    });
  }

  // Filter by severity: one checkbox per severity, for every table of the page.
  var boxes = document.querySelectorAll("input[data-filter]");
  function applyFilter() {
    var shown = {};
    boxes.forEach(function (box) { shown[box.dataset.filter] = box.checked; });
    document.querySelectorAll("table.findings tbody tr").forEach(function (row) {
      row.hidden = !shown[row.dataset.severity];
    });
  }
  boxes.forEach(function (box) { box.addEventListener("change", applyFilter); });

  // Sort: a header button sorts its table by that column; again for the reverse order.
  var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });
  document.querySelectorAll("table.findings th button[data-sort]").forEach(function (button) {
    button.addEventListener("click", function () {
      var table = button.closest("table");
      var body = table.tBodies[0];
      var key = button.dataset.sort;
      var descending = table.dataset.sortedBy === key + ":asc";
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.dataset[key] || "";
        var y = b.dataset[key] || "";
        var cmp = (key === "rank" || key === "order")
          ? Number(x) - Number(y) : collator.compare(x, y);
        if (cmp === 0) { cmp = Number(a.dataset.order) - Number(b.dataset.order); }
        return descending ? -cmp : cmp;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      table.dataset.sortedBy = key + (descending ? ":desc" : ":asc");
    });
  });
});
