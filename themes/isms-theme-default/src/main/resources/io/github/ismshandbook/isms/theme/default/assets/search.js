/*
 * Client-side search of the handbook with lunr (assets/vendor/lunr.min.js) over search-index.js.
 * search.html?q=words runs a search on load; typing searches as you go. Results are links, reachable with Tab;
 * ArrowDown in the box moves to the first result. Text is inserted with textContent only.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 50;
  var SNIPPET = 90;

  function tokens(query) {
    return query.toLowerCase().split(/[\s\-:^~*+]+/).filter(function (t) { return t.length > 0; });
  }

  function buildIndex(docs) {
    return lunr(function () {
      this.ref('n');
      this.field('title', { boost: 10 });
      this.field('id', { boost: 8 });
      this.field('controls', { boost: 6 });
      this.field('owner', { boost: 4 });
      this.field('summary', { boost: 2 });
      this.field('text');
      docs.forEach(function (doc, n) {
        this.add({
          n: String(n),
          title: doc.title || '',
          id: doc.id || '',
          controls: (doc.controls || []).join(' '),
          owner: doc.owner || '',
          summary: doc.summary || '',
          text: doc.text || ''
        });
      }, this);
    });
  }

  function search(index, query) {
    var words = tokens(query);
    // "the", "of"… are not in the index: requiring them would find nothing
    var meaningful = words.filter(function (w) { return lunr.stopWordFilter(new lunr.Token(w, {})) !== undefined; });
    if (meaningful.length > 0) {
      words = meaningful;
    }
    if (words.length === 0) {
      return [];
    }
    try {
      // every word must match (after stemming); then, if nothing does, any word as a prefix
      var all = index.search(words.map(function (w) { return '+' + w; }).join(' '));
      if (all.length > 0) {
        return all;
      }
      return index.search(words.map(function (w) { return w + '*'; }).join(' '));
    } catch (e) {
      return [];
    }
  }

  function snippet(doc, words) {
    var text = doc.summary || '';
    var body = doc.text || '';
    var lower = body.toLowerCase();
    for (var i = 0; i < words.length; i++) {
      var at = lower.indexOf(words[i]);
      if (at >= 0) {
        var start = Math.max(0, at - SNIPPET);
        var end = Math.min(body.length, at + words[i].length + SNIPPET);
        return { before: (start > 0 ? '…' : '') + body.slice(start, at), match: body.slice(at, at + words[i].length),
          after: body.slice(at + words[i].length, end) + (end < body.length ? '…' : '') };
      }
    }
    if (!text) {
      text = body.slice(0, 2 * SNIPPET) + (body.length > 2 * SNIPPET ? '…' : '');
    }
    return { before: text, match: '', after: '' };
  }

  function render(results, docs, query, list, status) {
    list.textContent = '';
    var words = tokens(query);
    if (words.length === 0) {
      status.textContent = '';
      return;
    }
    if (results.length === 0) {
      status.textContent = 'No documents match “' + query + '”.';
      return;
    }
    status.textContent = results.length === 1 ? '1 document matches.' :
      results.length + ' documents match' + (results.length > MAX_RESULTS ? ', showing the first ' + MAX_RESULTS : '') + '.';
    results.slice(0, MAX_RESULTS).forEach(function (result) {
      var doc = docs[Number(result.ref)];
      var item = document.createElement('li');
      item.className = 'search-result';
      var link = document.createElement('a');
      link.href = doc.url;
      link.textContent = doc.title;
      item.appendChild(link);
      var meta = document.createElement('p');
      meta.className = 'search-meta';
      var id = document.createElement('span');
      id.className = 'doc-id';
      id.textContent = doc.id || '';
      meta.appendChild(id);
      meta.appendChild(document.createTextNode(' · ' + (doc.type || '') + (doc.owner ? ' · ' + doc.owner : '')));
      item.appendChild(meta);
      var s = snippet(doc, words);
      var p = document.createElement('p');
      p.className = 'search-snippet';
      p.appendChild(document.createTextNode(s.before));
      if (s.match) {
        var mark = document.createElement('mark');
        mark.textContent = s.match;
        p.appendChild(mark);
      }
      p.appendChild(document.createTextNode(s.after));
      item.appendChild(p);
      list.appendChild(item);
    });
  }

  function start() {
    var input = document.getElementById('searchInput');
    var list = document.getElementById('searchResults');
    var status = document.getElementById('searchStatus');
    if (!input || !list || !status) {
      return;
    }
    var docs = window.ISMS_SEARCH_INDEX;
    if (!docs || typeof lunr === 'undefined') {
      status.textContent = 'The search index could not be loaded.';
      return;
    }
    var index = buildIndex(docs);
    var timer = null;

    function run(updateUrl) {
      var query = input.value.trim();
      render(search(index, query), docs, query, list, status);
      if (updateUrl && window.history && window.history.replaceState) {
        try {
          window.history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : window.location.pathname);
        } catch (e) {
          // file:// pages may refuse: the search still works
        }
      }
    }

    var params = new URLSearchParams(window.location.search);
    var initial = params.get('q');
    if (initial) {
      input.value = initial;
      run(false);
    }
    var headerInput = document.getElementById('headerSearch');
    if (headerInput && initial) {
      headerInput.value = initial;
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(true); }, 150);
    });
    input.form.addEventListener('submit', function (event) {
      event.preventDefault();
      run(true);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        var first = list.querySelector('a');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    list.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
        return;
      }
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (at < 0) {
        return;
      }
      event.preventDefault();
      if (event.key === 'ArrowDown' && at < links.length - 1) {
        links[at + 1].focus();
      } else if (event.key === 'ArrowUp') {
        (at === 0 ? input : links[at - 1]).focus();
      }
    });
    if (!initial) {
      input.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
