/*
 * Live reload and findings overlay of `mvn isms:serve`. The preview server adds this script to the HTML it
 * sends; it is never written into the site. It builds its overlay with DOM methods and textContent only,
 * so finding messages cannot inject markup, and styles it through the CSSOM, which the site's
 * Content-Security-Policy allows.
 */
(function () {
  'use strict';

  var OVERLAY_ID = '__isms-findings';
  var DISMISSED = 'isms-serve-dismissed';
  var MAX_SHOWN = 50;
  var shownState = null;

  function reloadWhenChanged(event) {
    var state = JSON.parse(event.data).state;
    if (shownState === null) {
      shownState = state;
    } else if (state !== shownState) {
      window.location.reload();
    }
  }

  function styled(tag, styles, text) {
    var el = document.createElement(tag);
    Object.keys(styles).forEach(function (k) { el.style[k] = styles[k]; });
    if (text !== undefined) {
      el.textContent = text;
    }
    return el;
  }

  function dismiss(box, state) {
    try {
      window.sessionStorage.setItem(DISMISSED, state);
    } catch (e) {
      // storage disabled: dismissing still hides the overlay for this page
    }
    box.remove();
  }

  function show(status) {
    if (shownState === null) {
      shownState = status.state;
    }
    var old = document.getElementById(OVERLAY_ID);
    if (old) {
      old.remove();
    }
    var findings = status.findings || [];
    if (!status.failure && findings.length === 0) {
      return;
    }
    try {
      if (window.sessionStorage.getItem(DISMISSED) === status.state) {
        return;
      }
    } catch (e) {
      // storage disabled: always show
    }
    var box = styled('aside', {
      position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '2147483647', maxWidth: '40rem',
      maxHeight: '45vh', overflow: 'auto', padding: '0.75rem 1rem', background: '#fff', color: '#1a1a1a',
      border: '2px solid ' + (status.failure || status.errors > 0 ? '#b00020' : '#8a5a00'),
      borderRadius: '6px', boxShadow: '0 4px 16px rgba(0,0,0,.25)', font: '14px/1.4 system-ui, sans-serif'
    });
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', 'Handbook findings');

    var header = styled('div', { display: 'flex', justifyContent: 'space-between', gap: '1rem' });
    var title = status.failure ? 'Build failed'
      : status.errors + ' error' + (status.errors === 1 ? '' : 's') + ', '
        + status.warnings + ' warning' + (status.warnings === 1 ? '' : 's');
    header.appendChild(styled('strong', {}, title));
    var close = styled('button', { cursor: 'pointer' }, 'Dismiss');
    close.type = 'button';
    close.addEventListener('click', function () { dismiss(box, status.state); });
    header.appendChild(close);
    box.appendChild(header);

    if (status.failure) {
      box.appendChild(styled('p', { margin: '0.5rem 0 0' }, status.failure));
    }
    if (findings.length > 0) {
      var list = styled('ul', { margin: '0.5rem 0 0', paddingLeft: '1.25rem' });
      findings.slice(0, MAX_SHOWN).forEach(function (f) {
        var item = styled('li', { margin: '0.25rem 0' });
        // a finding about the handbook as a whole has no file
        item.appendChild(styled('code', {}, f.file === null ? 'handbook' : f.file + ':' + f.line + ':' + f.column));
        item.appendChild(styled('span', {
          color: f.severity === 'error' ? '#b00020' : '#8a5a00', fontWeight: 'bold'
        }, ' ' + f.severity + ' '));
        item.appendChild(document.createTextNode('[' + f.rule + '] ' + f.message));
        list.appendChild(item);
      });
      box.appendChild(list);
      if (findings.length > MAX_SHOWN) {
        box.appendChild(styled('p', { margin: '0.5rem 0 0' },
          (findings.length - MAX_SHOWN) + ' more: see the console of mvn isms:serve.'));
      }
    }
    document.addEventListener('keydown', function onKey(e) {
      if (e.key === 'Escape' && document.getElementById(OVERLAY_ID) === box) {
        document.removeEventListener('keydown', onKey);
        dismiss(box, status.state);
      }
    });
    document.body.appendChild(box);
  }

  fetch('/__isms/findings.json', { cache: 'no-store' })
    .then(function (response) { return response.json(); })
    .then(show)
    .catch(function () { /* the preview has stopped: nothing to show */ });

  if (window.EventSource) {
    var events = new EventSource('/__isms/events');
    // "hello" on every (re)connection, "reload" after every build: either way, reload when the build changed.
    events.addEventListener('hello', reloadWhenChanged);
    events.addEventListener('reload', reloadWhenChanged);
  }
})();
