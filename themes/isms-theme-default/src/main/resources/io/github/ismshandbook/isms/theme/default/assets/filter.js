/*
 * The filters of the home page's document list. Without script the form stays hidden and the page lists every
 * document; with it, typing in the box or choosing a type, owner or status (with the mouse or the keyboard) hides
 * the rows that do not match, and the groups left empty, and says in a live region how many are shown.
 * Every row carries data-type, data-owner and data-status; the text box matches all its words against the row's
 * text (title, id, owner, status, classification, review date), ignoring case.
 */
(function () {
  "use strict";

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (w) { return w !== ""; });
  }

  function init() {
    var form = document.getElementById("docFilter");
    if (!form) {
      return;
    }
    var text = document.getElementById("docFilterText");
    var selects = {
      type: document.getElementById("docFilterType"),
      owner: document.getElementById("docFilterOwner"),
      status: document.getElementById("docFilterStatus")
    };
    var result = document.getElementById("docFilterResult");
    var empty = document.getElementById("docFilterEmpty");
    var groups = Array.prototype.map.call(document.querySelectorAll(".doc-group"), function (section) {
      return {
        section: section,
        rows: Array.prototype.map.call(section.querySelectorAll("tbody tr"), function (row) {
          return { row: row, text: row.textContent.replace(/\s+/g, " ").toLowerCase() };
        })
      };
    });
    var total = groups.reduce(function (n, g) { return n + g.rows.length; }, 0);

    function matches(entry, query) {
      var row = entry.row;
      for (var key in selects) {
        if (selects[key].value !== "" && row.getAttribute("data-" + key) !== selects[key].value) {
          return false;
        }
      }
      return query.every(function (w) { return entry.text.indexOf(w) >= 0; });
    }

    function apply() {
      var query = words(text.value);
      var shown = 0;
      groups.forEach(function (g) {
        var inGroup = 0;
        g.rows.forEach(function (entry) {
          var match = matches(entry, query);
          entry.row.hidden = !match;
          inGroup += match ? 1 : 0;
        });
        g.section.hidden = inGroup === 0;
        shown += inGroup;
      });
      var filtered = query.length > 0 || Object.keys(selects).some(function (k) { return selects[k].value !== ""; });
      result.textContent = filtered ? shown + " of " + total + " documents shown" : "";
      empty.hidden = shown > 0;
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    window.addEventListener("pageshow", apply);
    form.hidden = false;
    apply();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
