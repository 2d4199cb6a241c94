/*
 * Version switcher and old-version banner (README, "Versions"). Their ids have a capital letter, which heading
 * anchors never have. Fills
 *   <div id="versionSwitcher" data-version="1.1.0" data-root="../"></div>
 * where data-version is this page's handbook version and data-root the relative path from this page to
 * its version folder ("" or "./" on pages at the site root). It reads versions.json one level above the
 * version folder (the format of mike: [{"version", "title", "aliases"}], newest first) and offers the
 * other versions; "Go" opens the same page in the chosen version when it exists there, else that
 * version's home page.
 *
 * On a page of a version that is not the newest (the one versions.json gives the alias "latest"), a banner at the top
 * of the main content says so and links to the same page in the newest version, or to its home page when the page
 * is not there, as mike with MkDocs Material does.
 *
 * The box and the banner stay hidden when versions.json cannot be loaded, and versions.json is not even asked for
 * when the page is not in a folder named after its version (or latest/): a site opened from file:// or
 * never published. Only relative URLs are requested, no inline script or style is created (CSP), and the
 * choice is confirmed with a button rather than on change, so moving through the list with the keyboard
 * does not leave the page (WCAG 2.1 SC 3.2.2).
 */
(function () {
  "use strict";

  // The folder names isms:publish accepts; anything else in versions.json is ignored.
  var VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

  function versionRoot(box) {
    var root = box.getAttribute("data-root") || "./";
    if (root.charAt(root.length - 1) !== "/") {
      root += "/";
    }
    return new URL(root, window.location.href);
  }

  // This page's path inside its version folder, e.g. "policies/access-control.html".
  function pagePath(root) {
    var here = new URL(window.location.href);
    here.hash = "";
    here.search = "";
    return here.href.indexOf(root.href) === 0 ? here.href.substring(root.href.length) : "";
  }

  function exists(url) {
    return fetch(url, { method: "HEAD", cache: "no-cache", credentials: "same-origin" }).then(function (r) {
      if (r.status === 405 || r.status === 501) { // servers without HEAD
        return fetch(url, { cache: "no-cache", credentials: "same-origin" }).then(function (g) { return g.ok; });
      }
      return r.ok;
    });
  }

  // Calls back with this page in another version when it exists there, else with that version's home page.
  function counterpart(version, root, done) {
    var folder = new URL("../" + encodeURIComponent(version) + "/", root);
    var page = pagePath(root);
    var samePage = new URL(page, folder);
    var home = new URL("index.html", folder);
    if (page === "" || page === "index.html") {
      done(home, true);
      return;
    }
    exists(samePage.href).then(function (found) {
      if (found) {
        samePage.hash = window.location.hash;
        done(samePage, true);
      } else {
        done(home, false);
      }
    }, function () { done(home, false); });
  }

  function go(version, root) {
    counterpart(version, root, function (url) { window.location.href = url.href; });
  }

  function newest(entries) {
    var latest = entries.filter(function (e) { return Array.isArray(e.aliases) && e.aliases.indexOf("latest") >= 0; });
    return latest.length ? latest[0] : entries[0];
  }

  // The banner of an older version: first in the main content, so that "Skip to content" lands on it.
  function showBanner(entries, current, root) {
    var latest = newest(entries);
    var listed = entries.some(function (e) { return e.version === current; });
    if (!listed || !latest || latest.version === current) {
      return;
    }
    counterpart(latest.version, root, function (url, samePage) {
      var main = document.getElementById("mainContent");
      if (!main || document.getElementById("versionBanner")) {
        return;
      }
      var banner = document.createElement("div");
      banner.id = "versionBanner";
      banner.className = "version-banner";
      banner.setAttribute("role", "note");
      banner.setAttribute("aria-label", "Older version");
      var text = document.createElement("p");
      var strong = document.createElement("strong");
      strong.textContent = "You are reading version " + current + ", an older version of this handbook.";
      var link = document.createElement("a");
      link.href = url.href;
      link.textContent = samePage ? "Read this page in the newest version, " + latest.version
          : "This page is not in the newest version, " + latest.version + ": go to its home page";
      text.appendChild(strong);
      text.appendChild(document.createTextNode(" "));
      text.appendChild(link);
      banner.appendChild(text);
      main.insertBefore(banner, main.firstChild);
    });
  }

  function option(value, text, selected) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    o.selected = selected;
    return o;
  }

  function build(box, versions, current, root, folder) {
    var entries = (Array.isArray(versions) ? versions : []).filter(function (e) {
      return e && typeof e.version === "string" && VERSION.test(e.version);
    });
    if (entries.length === 0) {
      return;
    }
    if (folder !== "latest") {
      showBanner(entries, current, root);
    }
    var form = document.createElement("form");
    form.className = "version-switcher-form";
    var label = document.createElement("label");
    label.htmlFor = "versionSwitcherSelect";
    label.textContent = "Version";
    var select = document.createElement("select");
    select.id = "versionSwitcherSelect";
    select.name = "version";
    var listed = false;
    entries.forEach(function (e) {
      var latest = Array.isArray(e.aliases) && e.aliases.indexOf("latest") >= 0;
      var title = typeof e.title === "string" && e.title ? e.title : e.version;
      listed = listed || e.version === current;
      select.appendChild(option(e.version, title + (latest ? " (latest)" : ""), e.version === current));
    });
    if (!listed && current) { // a build that is not (yet) published
      select.insertBefore(option(current, current + " (this build)", true), select.firstChild);
    }
    var button = document.createElement("button");
    button.type = "submit";
    button.textContent = "Go";
    form.appendChild(label);
    form.appendChild(select);
    form.appendChild(button);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (select.value && select.value !== current) {
        go(select.value, root);
      }
    });
    box.textContent = "";
    box.appendChild(form);
    box.hidden = false;
  }

  function init() {
    var box = document.getElementById("versionSwitcher");
    if (!box || typeof window.fetch !== "function" || typeof window.URL !== "function") {
      return;
    }
    box.hidden = true;
    var root = versionRoot(box);
    var current = box.getAttribute("data-version") || "";
    // Only a published copy lives in a folder named after its version (or latest/): elsewhere there is no
    // versions.json to ask for, and asking would put a failed request in the browser console.
    var segments = root.pathname.split("/").filter(function (s) { return s !== ""; });
    var folder = segments.length ? decodeURIComponent(segments[segments.length - 1]) : "";
    if (root.protocol === "file:" || (folder !== current && folder !== "latest")) {
      return;
    }
    fetch(new URL("../versions.json", root).href, { cache: "no-cache", credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) {
          throw new Error("versions.json: HTTP " + r.status);
        }
        return r.json();
      })
      .then(function (versions) { build(box, versions, current, root, folder); })
      .catch(function () { box.hidden = true; });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
}());
