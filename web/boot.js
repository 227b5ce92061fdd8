// Boot script of the Stapelwijzer page: configures the Emscripten module before app.js loads, shows
// progress while the wasm downloads, and shows plain HTML messages for the states a canvas cannot
// show (no WebGL 2, failed load). Every message is in Dutch and English.
'use strict';
(function () {
  const status = document.getElementById('sw-status');
  const statusNl = document.getElementById('sw-status-nl');
  const statusEn = document.getElementById('sw-status-en');
  const progress = document.getElementById('sw-progress');
  const canvas = document.getElementById('canvas');

  function showError(nl, en) {
    statusNl.textContent = nl;
    statusEn.textContent = en;
    progress.remove();
    status.classList.add('sw-error');
    status.classList.remove('sw-hidden');
    canvas.classList.remove('sw-ready');
    document.documentElement.dataset.swState = 'error';
  }
  window.swShowError = showError;
  // A long press on a phone must not open the browser's menu over the app.
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // WebGL 2 is required (Dear ImGui renders with it). Check before downloading the wasm.
  let gl = null;
  try { gl = document.createElement('canvas').getContext('webgl2'); } catch (e) { gl = null; }
  if (!gl || window.SW_FORCE_NO_WEBGL) {
    showError('Uw browser kan deze rekenhulp niet tonen: WebGL 2 staat uit of ontbreekt. ' +
              'Probeer een andere browser, of zet hardwareversnelling aan.',
              'Your browser cannot show this calculator: WebGL 2 is off or missing. ' +
              'Try another browser, or turn on hardware acceleration.');
    document.documentElement.dataset.swState = 'no-webgl';
    window.Module = { noInitialRun: true, preRun: [() => { throw new Error('no WebGL 2'); }] };
    return;
  }

  // The signed rules, fetched as static files next to the page while the wasm downloads. The app
  // verifies every byte (signatures, hashes) before it uses them. No manifest (offline, file://):
  // the app falls back to the bundle compiled into it.
  async function fetchRules() {
    const get = async (name) => {
      const r = await fetch('rules/' + name, { cache: 'no-cache', credentials: 'omit' });
      if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
      return { name: name, bytes: new Uint8Array(await r.arrayBuffer()) };
    };
    let manifest;
    try {
      manifest = await get('manifest.json');
    } catch (e) {
      return null;  // no published bundle here: use the built-in one
    }
    const names = ['manifest.json.minisig'];
    try {
      const m = JSON.parse(new TextDecoder().decode(manifest.bytes));
      for (const f of m.fragments || []) {
        names.push(f.file);
        if (f.fund) names.push(f.file + '.minisig');
      }
    } catch (e) { /* unreadable manifest: the app refuses it with the reason */ }
    // A missing file is left out: the app then refuses the bundle and says which file.
    const files = await Promise.all(names.map((n) => get(n).catch(() => null)));
    return [manifest].concat(files.filter(Boolean));
  }

  window.Module = {
    canvas: canvas,
    preRun: [function () {
      Module.addRunDependency('sw-rules');
      fetchRules().then(function (files) {
        Module.swRulesFiles = files;
      }, function () {
        Module.swRulesFiles = null;
      }).then(function () { Module.removeRunDependency('sw-rules'); });
    }],
    // Dependencies still loading (wasm download, compile): shown as progress.
    setStatus: function (text) {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) { progress.max = Number(m[2]); progress.value = Number(m[1]); }
    },
    onAbort: function () {
      showError('Er ging iets mis bij het laden. Laad de pagina opnieuw.',
                'Something went wrong while loading. Please reload the page.');
    },
    // Called by the app (src/app) after its first frame is drawn.
    swFirstFrame: function () {
      window.swFirstFrameMs = Math.round(performance.now());  // measured for docs/web-app.md
      status.classList.add('sw-hidden');
      canvas.classList.add('sw-ready');
      document.documentElement.dataset.swState = 'ready';
      // Focus the canvas only if the visitor has not moved focus yet: a keyboard user who already
      // pressed Tab (to the accessible version's link) while the app loaded keeps their place.
      const active = document.activeElement;
      if (!active || active === document.body || active === document.documentElement) canvas.focus();
    },
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
  };
  window.addEventListener('error', function () {
    if (document.documentElement.dataset.swState !== 'ready') {
      showError('Er ging iets mis bij het laden. Laad de pagina opnieuw.',
                'Something went wrong while loading. Please reload the page.');
    }
  });
})();
