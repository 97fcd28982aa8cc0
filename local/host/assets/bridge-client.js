// Clause9 local stack: the bridge script. The host prepends it to <head> of every Custom UI frame, so it runs
// before the app bundle and defines window.__bridge.callBridge(method, payload) for the real @forge/bridge.
// Each call goes to the host as POST /__bridge/<method> with this frame's identity (the `frame` URL parameter).
// Functions (event callbacks, flag actions, onClose) stay here; effects on the page go to window.parent.
(function () {
  'use strict';
  var token = new URLSearchParams(location.search).get('frame') || '';
  var listeners = {}; // event name -> array of callbacks
  var flagActions = {}; // flag id -> array of onClick callbacks
  var closeHandlers = [];
  var theme = { enabled: false, colorMode: 'light', dataTheme: '' };

  function toParent(message) {
    if (window.parent !== window) window.parent.postMessage(Object.assign({ clause9: 'frame' }, message), location.origin);
  }

  // JSON without functions: callbacks never leave the frame.
  function serialisable(value) {
    var text = JSON.stringify(value === undefined ? null : value, function (key, item) {
      return typeof item === 'function' ? undefined : item;
    });
    return text === undefined ? null : JSON.parse(text);
  }

  function post(method, payload) {
    return fetch('/__bridge/' + encodeURIComponent(method), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ frame: token, payload: serialisable(payload) }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        if (!answer.ok) throw new Error(answer.error.message);
        if (answer.effect) toParent({ kind: 'effect', effect: answer.effect });
        return answer.value;
      });
  }

  function subscribe(event, callback) {
    (listeners[event] = listeners[event] || []).push(callback);
    return {
      unsubscribe: function () {
        listeners[event] = (listeners[event] || []).filter(function (item) { return item !== callback; });
      },
    };
  }

  function applyTheme() {
    if (!theme.enabled) return;
    document.documentElement.setAttribute('data-theme', theme.dataTheme);
    document.documentElement.setAttribute('data-color-mode', theme.colorMode);
  }

  function enableTheming(value) {
    theme.enabled = true;
    theme.colorMode = value.colorMode;
    theme.dataTheme = value.dataTheme;
    applyTheme();
    if (document.querySelector('link[data-clause9-tokens]')) return undefined;
    return new Promise(function (resolve) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = value.href;
      link.setAttribute('data-clause9-tokens', '');
      link.onload = link.onerror = function () { resolve(undefined); };
      document.head.appendChild(link);
    });
  }

  // view.createHistory(): an in-frame history (history v4 shape) mirrored into the host page's URL.
  function createHistory(initial) {
    var entries = [initial];
    var index = 0;
    var historyListeners = [];
    function toLocation(path, state) {
      var url = new URL(typeof path === 'string' ? path : (path.pathname || '') + (path.search || '') + (path.hash || ''), 'http://frame');
      return { pathname: url.pathname, search: url.search, hash: url.hash, state: state === undefined ? null : state, key: Math.random().toString(36).slice(2, 8) };
    }
    function change(action, location) {
      history.location = location;
      history.action = action;
      history.length = entries.length;
      toParent({ kind: 'route', path: location.pathname + location.search + location.hash });
      historyListeners.slice().forEach(function (listener) { listener(location, action); });
    }
    var history = {
      length: 1, action: 'POP', location: initial,
      push: function (path, state) { entries = entries.slice(0, index + 1).concat([toLocation(path, state)]); index = entries.length - 1; change('PUSH', entries[index]); },
      replace: function (path, state) { entries[index] = toLocation(path, state); change('REPLACE', entries[index]); },
      go: function (delta) { var next = Math.max(0, Math.min(entries.length - 1, index + delta)); if (next !== index) { index = next; change('POP', entries[index]); } },
      goBack: function () { history.go(-1); }, back: function () { history.go(-1); },
      goForward: function () { history.go(1); }, forward: function () { history.go(1); },
      listen: function (listener) { historyListeners.push(listener); return function () { historyListeners = historyListeners.filter(function (item) { return item !== listener; }); }; },
      block: function () { return function () {}; },
      createHref: function (location) { return typeof location === 'string' ? location : (location.pathname || '') + (location.search || '') + (location.hash || ''); },
    };
    return history;
  }

  function callBridge(method, payload) {
    if (method === 'on' || method === 'onPublic') {
      return post(method, { event: payload.event }).then(function () { return subscribe(payload.event, payload.callback); });
    }
    if (method === 'onClose') {
      return post(method, null).then(function (closable) { if (closable && typeof payload === 'function') closeHandlers.push(payload); return closable; });
    }
    if (method === 'close') {
      return Promise.all(closeHandlers.map(function (handler) { return handler(); })).then(function () { return post(method, payload); });
    }
    if (method === 'showFlag' && payload && Array.isArray(payload.actions)) {
      flagActions[String(payload.id)] = payload.actions.map(function (action) { return action.onClick; });
    }
    return post(method, payload).then(function (value) {
      if (method === 'enableTheming') return enableTheming(value);
      if (method === 'createHistory') return createHistory(value);
      return value;
    });
  }

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.origin !== location.origin || !message || message.clause9 !== 'host') return;
    if (message.kind === 'event') (listeners[message.event] || []).slice().forEach(function (callback) { callback(message.payload); });
    if (message.kind === 'theme') { theme.colorMode = message.colorMode; applyTheme(); }
    if (message.kind === 'flag-action') { var action = (flagActions[message.id] || [])[message.index]; if (action) action(); }
  });

  // Size the iframe to its content, as Jira's iframe-resizer does.
  function reportHeight() { toParent({ kind: 'resize', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }); }
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(reportHeight).observe(document.documentElement);
  }
  window.addEventListener('load', reportHeight);

  window.__bridge = { callBridge: callBridge };
})();
