// The office's additions to Decap: the Indonesian locale, a clear message when the local git
// proxy is down, and each item's SOP state as `ppid status` computed it (status.json, written
// by the server from the same code as the command: no rule lives here).
(function () {
  var STATES = { selesai: 'selesai', berikutnya: 'giliran berikutnya', menunggu: 'menunggu',
    ditolak: 'ditolak', basi: 'paraf basi: naskah berubah sesudah diparaf' };

  function alertBox(text) {
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'ppid-cms-galat';
    box.textContent = text;
    document.body.prepend(box);
  }

  function statusPanel(steps) {
    var h = window.h;
    if (!steps || !steps.length) {
      return h('p', { className: 'ppid-status' }, 'Belum ada paraf: naskah baru menunggu langkah pertama SOP.');
    }
    return h('table', { className: 'ppid-status' },
      h('caption', null, 'Keadaan SOP (ppid status)'),
      h('thead', null, h('tr', null, ['Langkah', 'Peran', 'Keadaan', 'Oleh', 'Waktu'].map(function (c) {
        return h('th', { key: c, scope: 'col' }, c);
      }))),
      h('tbody', null, steps.map(function (s) {
        return h('tr', { key: s.no }, h('td', null, String(s.no)), h('td', null, s.peran),
          h('td', null, STATES[s.state] || s.state), h('td', null, s.nama || '-'), h('td', null, s.tanggal || '-'));
      })));
  }

  function registerPreviews(status, collections) {
    collections.forEach(function (name) {
      window.CMS.registerPreviewTemplate(name, window.createClass({
        render: function () {
          var h = window.h, entry = this.props.entry;
          var path = entry.get('path');
          var steps = status[path] || [];
          return h('article', null, statusPanel(steps),
            h('h1', null, entry.getIn(['data', 'title'])), this.props.widgetFor('body'));
        },
      }));
    });
  }

  // Accessibility repairs of Decap's own markup that its options cannot reach (axe, WCAG 2.1 AA):
  // names for the body editor, the Markdown switch and the preview frame, the switch's state,
  // and the toolbar's menu buttons no longer holding a second focusable button inside.
  // Re-applied on every change, since React re-renders these parts.
  function labelOf(el) {
    for (var node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      var label = node.querySelector('label');
      if (label && label.textContent.trim()) { return label.textContent.trim(); }
    }
    return 'Isi naskah';
  }

  function repair() {
    document.querySelectorAll('[data-slate-editor][role="textbox"]:not([aria-label])').forEach(function (el) {
      el.setAttribute('aria-label', labelOf(el) + ' (teks kaya)');
    });
    var rich = document.querySelector('[data-slate-editor]') !== null;
    document.querySelectorAll('button[role="switch"]').forEach(function (el) {
      if (!el.hasAttribute('aria-label')) { el.setAttribute('aria-label', 'Tulis Markdown mentah'); }
      var state = rich ? 'false' : 'true';
      if (el.getAttribute('aria-checked') !== state) { el.setAttribute('aria-checked', state); }
    });
    var frame = document.getElementById('preview-pane');
    if (frame && !frame.title) { frame.title = 'Pratinjau naskah dan keadaan SOP'; }
    document.querySelectorAll('[role="button"][aria-haspopup] button:not([disabled])').forEach(function (el) {
      // The outer menu button takes focus, keys and (pointer-events, cms-admin.html) clicks.
      el.setAttribute('tabindex', '-1');
      el.setAttribute('disabled', '');
    });
  }

  function watch() {
    var pending = false;
    new MutationObserver(function () {
      if (pending) { return; }
      pending = true;
      window.requestAnimationFrame(function () { pending = false; repair(); });
    }).observe(document.body, { childList: true, subtree: true });
  }

  function start() {
    watch();
    window.CMS.registerLocale('id', window.PPID_CMS_ID);
    Promise.all([
      fetch('/admin/status.json').then(function (r) { return r.ok ? r.json() : {}; }).catch(function () { return {}; }),
      fetch('/admin/collections.json').then(function (r) { return r.json(); }),
    ]).then(function (res) {
      registerPreviews(res[0], res[1]);
      window.CMS.init();
    });
  }

  fetch('/api/v1', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'info' }) })
    .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
    .then(function (res) {
      if (!res.ok) { throw new Error(res.body.error || 'proxy'); }
      start();
    })
    .catch(function (err) {
      alertBox(err && err.message && err.message !== 'Failed to fetch' ? err.message :
        'Proxy git CMS tidak berjalan. Jalankan "make cms" di folder situs dan biarkan jendelanya terbuka, lalu muat ulang halaman ini.');
    });
})();
