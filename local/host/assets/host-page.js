// Clause9 local stack: the host page script (the "Jira" side). It owns the user switcher and the theme toggle,
// sizes Custom UI iframes, switches gadgets between view and edit, refreshes them, shows flags, navigates and
// relays bridge events between frames. Frames talk to it with postMessage({clause9: 'frame', ...}).
(function () {
  'use strict';
  var refreshTimers = {};

  function setCookie(name, value) {
    document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; SameSite=Lax; max-age=31536000';
  }
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe.forge-frame'));
  }
  function toFrame(frame, message) {
    if (frame.contentWindow) frame.contentWindow.postMessage(Object.assign({ clause9: 'host' }, message), location.origin);
  }
  function gadgetOf(frame) {
    return frame.closest('.gadget');
  }

  function reloadFrame(frame) {
    frame.src = frame.src;
  }
  function showGadget(gadget, mode) {
    var frame = gadget.querySelector('iframe.forge-frame');
    gadget.setAttribute('data-mode', mode);
    frame.src = gadget.getAttribute(mode === 'edit' ? 'data-edit-src' : 'data-view-src');
  }
  function refreshGadget(gadget) {
    var frame = gadget.querySelector('iframe.forge-frame');
    if (gadget.getAttribute('data-refreshable') === 'false') {
      toFrame(frame, { kind: 'event', event: 'JIRA_DASHBOARD_GADGET_REFRESH', payload: { gadgetId: gadget.getAttribute('data-gadget-id') } });
    } else {
      reloadFrame(frame);
    }
  }
  function scheduleRefresh(gadget) {
    var id = gadget.getAttribute('data-gadget-id');
    var minutes = Number(gadget.getAttribute('data-refresh-minutes'));
    clearInterval(refreshTimers[id]);
    if (minutes > 0) refreshTimers[id] = setInterval(function () { if (gadget.getAttribute('data-mode') === 'view') refreshGadget(gadget); }, minutes * 60000);
  }

  function showFlag(frame, flag) {
    var area = document.getElementById('flags');
    var old = document.getElementById('flag-' + flag.id);
    if (old) old.remove();
    var element = document.createElement('div');
    element.id = 'flag-' + flag.id;
    element.className = 'flag flag-' + (flag.appearance || flag.type || 'info') + (flag.appearance ? ' flag-bold' : '');
    element.setAttribute('role', 'status');
    element.setAttribute('data-testid', 'flag');
    var title = document.createElement('strong');
    title.textContent = flag.title || '';
    var description = document.createElement('p');
    description.textContent = flag.description || '';
    var dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'flag-dismiss';
    dismiss.textContent = '×';
    dismiss.setAttribute('aria-label', 'Dismiss');
    dismiss.onclick = function () { element.remove(); };
    element.append(dismiss, title, description);
    (flag.actions || []).forEach(function (action, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'flag-action';
      button.textContent = action.text;
      button.onclick = function () { toFrame(frame, { kind: 'flag-action', id: String(flag.id), index: index }); };
      element.appendChild(button);
    });
    area.appendChild(element);
    if (flag.isAutoDismiss) setTimeout(function () { element.remove(); }, 8000);
  }

  function applyEffect(frame, effect) {
    var gadget = gadgetOf(frame);
    switch (effect.kind) {
      case 'gadget-view':
        if (!gadget) return;
        gadget.setAttribute('data-refresh-minutes', effect.refreshMinutes === null ? '' : String(effect.refreshMinutes));
        scheduleRefresh(gadget);
        showGadget(gadget, 'view');
        return;
      case 'reload-frame': return reloadFrame(frame);
      case 'flag': return showFlag(frame, effect.flag);
      case 'close-flag': { var flag = document.getElementById('flag-' + effect.id); if (flag) flag.remove(); return; }
      case 'navigate': if (effect.newTab) window.open(effect.url, '_blank', 'noopener'); else location.assign(effect.url); return;
      case 'emit': frames().forEach(function (each) { toFrame(each, { kind: 'event', event: effect.event, payload: effect.payload }); }); return;
      case 'title': document.title = effect.title; return;
    }
  }

  // Sub-page links beside an app page follow the app's own routing (view.createHistory pushes).
  function markSubPage(path) {
    var first = path.split('/').filter(Boolean)[0] || '';
    var links = Array.prototype.slice.call(document.querySelectorAll('.subpage-nav a[data-route]'));
    if (!links.some(function (link) { return link.getAttribute('data-route') === first; })) return;
    links.forEach(function (link) {
      if (link.getAttribute('data-route') === first) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
  }

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.origin !== location.origin || !message || message.clause9 !== 'frame') return;
    var frame = frames().find(function (each) { return each.contentWindow === event.source; });
    if (!frame) return;
    if (message.kind === 'resize') {
      var min = Number(frame.getAttribute('data-min-height')) || 0;
      frame.style.height = Math.max(min, message.height) + 'px';
    } else if (message.kind === 'route') {
      var base = frame.getAttribute('data-page-base');
      if (base) history.replaceState(null, '', base.replace(/\/$/, '') + (message.path === '/' ? '' : message.path));
      markSubPage(message.path);
    } else if (message.kind === 'effect') {
      applyEffect(frame, message.effect);
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var switcher = document.getElementById('user-switcher');
    if (switcher) switcher.addEventListener('change', function () { setCookie('clause9-user', switcher.value); location.reload(); });
    var toggle = document.getElementById('theme-toggle');
    if (toggle) toggle.addEventListener('click', function () {
      var mode = toggle.getAttribute('data-next-mode');
      setCookie('clause9-theme', mode);
      document.documentElement.setAttribute('data-color-mode', mode);
      toggle.setAttribute('data-next-mode', mode === 'dark' ? 'light' : 'dark');
      toggle.textContent = mode === 'dark' ? '☀ Light' : '☾ Dark';
      frames().forEach(function (frame) { toFrame(frame, { kind: 'theme', colorMode: mode }); });
    });
    Array.prototype.slice.call(document.querySelectorAll('.gadget')).forEach(function (gadget) {
      var edit = gadget.querySelector('.gadget-edit');
      if (edit) edit.addEventListener('click', function () { showGadget(gadget, gadget.getAttribute('data-mode') === 'edit' ? 'view' : 'edit'); });
      gadget.querySelector('.gadget-refresh').addEventListener('click', function () { refreshGadget(gadget); });
      scheduleRefresh(gadget);
    });
  });
})();
