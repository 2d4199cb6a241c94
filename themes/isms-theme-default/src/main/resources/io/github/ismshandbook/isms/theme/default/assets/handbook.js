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

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpMenu);
  } else {
    setUpMenu();
  }
})();
