/*
 * ISMS Handbook: small enhancements only; every page works without script.
 * Loaded in <head> so the "js" class is set before the page is drawn (no flash of the open menu).
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function setUpMenu() {
    var button = document.querySelector('.menu-button');
    var nav = document.getElementById('siteNav');
    if (!button || !nav) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', String(!open));
      nav.classList.toggle('is-open', !open);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && nav.classList.contains('is-open')) {
        button.setAttribute('aria-expanded', 'false');
        nav.classList.remove('is-open');
        button.focus();
      }
    });
  }

  /*
   * Version switcher (SPEC §7): a published site lives in <publishDirectory>/<version>/ next to versions.json
   * (the format of mike: [{"version", "title", "aliases"}], newest first). When that file is there, the version
   * badge becomes a menu that opens the same page in the chosen version, or its home page when the page does not
   * exist there. Outside a published folder (or from file://, where fetch is refused) nothing changes.
   */
  function setUpVersions() {
    var body = document.body;
    var holder = document.querySelector('.version-switcher');
    var select = document.getElementById('versionSelect');
    if (!holder || !select || !window.fetch || location.protocol === 'file:') {
      return;
    }
    var root = body.getAttribute('data-root') || '';
    var page = body.getAttribute('data-page') || 'index.html';
    var current = body.getAttribute('data-version');
    var base = new URL(root + '../', location.href);
    fetch(new URL('versions.json', base)).then(function (response) {
      return response.ok ? response.json() : Promise.reject(response.status);
    }).then(function (versions) {
      if (!Array.isArray(versions) || versions.length === 0) {
        return;
      }
      var known = false;
      versions.forEach(function (v) {
        var option = document.createElement('option');
        option.value = v.version;
        option.textContent = (v.title || v.version) + (v.aliases && v.aliases.length ? ' (' + v.aliases.join(', ') + ')' : '');
        if (v.version === current) {
          option.selected = true;
          known = true;
        }
        select.appendChild(option);
      });
      if (!known) {
        return; // this copy is not one of the published versions (a local build)
      }
      holder.hidden = false;
      var badge = document.querySelector('.version-badge');
      if (badge) {
        badge.hidden = true;
      }
      select.addEventListener('change', function () {
        var folder = new URL(encodeURIComponent(select.value) + '/', base);
        var target = new URL(page, folder);
        fetch(target, { method: 'HEAD' }).then(function (r) {
          location.href = r.ok ? target.href : new URL('index.html', folder).href;
        }, function () {
          location.href = new URL('index.html', folder).href;
        });
      });
    }).catch(function () {
      // no versions.json: a site that is not published with versions
    });
  }

  function start() {
    setUpMenu();
    setUpVersions();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
