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

  // A table wider than its box says so under it ("is-scrollable", see handbook.css), on load and on resize.
  function markScrollableTables() {
    var wraps = document.querySelectorAll('.table-wrap');
    for (var i = 0; i < wraps.length; i++) {
      wraps[i].classList.toggle('is-scrollable', wraps[i].scrollWidth > wraps[i].clientWidth + 1);
    }
  }

  function setUp() {
    setUpMenu();
    markScrollableTables();
    var pending = false;
    window.addEventListener('resize', function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () { pending = false; markScrollableTables(); });
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
