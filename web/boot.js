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

  // The signed rules, fetched next to the page while the wasm downloads. The app verifies every byte
  // (signatures, hashes) before it uses them. First the whole bundle as one file (rules/bundle.swpack,
  // made by scripts/pack-rules.mjs: one request instead of about 110); a host that publishes the
  // files one by one (no pack) is served by rules/manifest.json and the files it lists. The app has
  // no bundle compiled in, only the release bundle's fingerprint (docs/signing.md, "The built-in
  // bytes"): with neither, it shows that no rules could be fetched. The offline single file carries
  // its rules (scripts/build-offline.mjs), and the service worker (sw.js) keeps them after a visit.
  // The same for an embed's rules URL (web/embed-frame.js, window.swFetchRules): the pack next to a
  // manifest named manifest.json, else that manifest and its files.
  // The pack's entries ("SWPACK 1\n", then "NAME LENGTH\n" BYTES "\n" per file, docs/signing.md):
  // transport only, the bytes are handed over exactly as they are in the pack.
  function unpack(bytes) {
    const line = (at) => {
      const end = bytes.indexOf(10, at);
      if (end < 0 || end - at > 200) throw new Error('bundle.swpack: a header line is broken');
      return { text: String.fromCharCode.apply(null, bytes.subarray(at, end)), next: end + 1 };
    };
    let h = line(0);
    if (h.text !== 'SWPACK 1') throw new Error('bundle.swpack: not a rules pack');
    const files = [];
    for (let at = h.next; at < bytes.length;) {
      h = line(at);
      const m = /^([A-Za-z0-9._-]+) (\d+)$/.exec(h.text);
      const size = m ? Number(m[2]) : -1;
      if (!m || h.next + size + 1 > bytes.length || bytes[h.next + size] !== 10) throw new Error('bundle.swpack: entry ' + (files.length + 1) + ' is broken');
      files.push({ name: m[1], bytes: bytes.slice(h.next, h.next + size) });
      at = h.next + size + 1;
    }
    if (!files.length || files[0].name !== 'manifest.json') throw new Error('bundle.swpack: no manifest.json first');
    return files;
  }
  // base: the folder's URL (ending in "/"); manifestName: the manifest's file name in it. null when
  // the manifest cannot be fetched; a missing other file is left out (the app then names it).
  async function fetchRules(base, manifestName) {
    const get = async (name) => {
      const r = await fetch(new URL(name, base).href, { cache: 'no-cache', credentials: 'omit' });
      if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
      return { name: name, bytes: new Uint8Array(await r.arrayBuffer()) };
    };
    // A pack holds manifest.json: it stands for a manifest of that name only.
    if (manifestName === 'manifest.json') {
      try {
        return unpack((await get('bundle.swpack')).bytes);
      } catch (e) { /* no pack here (or a broken one): the files one by one */ }
    }
    let manifest;
    try {
      manifest = await get(manifestName);
    } catch (e) {
      return null;  // no published bundle here: the app says so
    }
    const names = [manifestName + '.minisig'];
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
  // Started now, beside the wasm download (not when app.js has run), and before the WebGL check below,
  // which holds the page's thread while the browser sets the context up: the rules arrive meanwhile. Not for
  // an inlined copy of this script (the offline single file brings its rules) nor for an embed with its own
  // rules URL (embed-frame.js fetches those instead).
  window.swFetchRules = fetchRules;
  window.swUnpackRules = unpack;  // the offline file's carried pack (scripts/build-offline.mjs)
  let rulesPromise = null;
  const startRules = () => rulesPromise || (rulesPromise = fetchRules(new URL('rules/', location.href).href, 'manifest.json').catch(() => null));
  window.swStartRules = startRules;  // the embed's fallback when its rules URL is refused
  const hosted = !!(document.currentScript && document.currentScript.src);
  if (hosted && !new URLSearchParams(location.search).has('rules')) startRules();

  // WebGL 2 is required (Dear ImGui renders with it). Checked before the wasm arrives, on the app's
  // own canvas and with the attributes the app asks for (src/app/main.cpp: no depth, stencil or
  // multisampling): the app's getContext then returns this same context, so the page makes one
  // WebGL context, not two, and the browser sets it up while the wasm downloads.
  // The backing store at its final size first (CSS size x devicePixelRatio, as the app computes it,
  // src/app/platform/canvas.cpp), so the context is not reallocated when the app starts.
  const dpr = window.devicePixelRatio > 0.25 && window.devicePixelRatio < 8 ? window.devicePixelRatio : 1;
  const box = canvas.getBoundingClientRect();
  canvas.width = Math.max(1, Math.round(box.width * dpr));
  canvas.height = Math.max(1, Math.round(box.height * dpr));
  let gl = null;
  try {
      gl = canvas.getContext('webgl2', {alpha: true, antialias: false, depth: false, stencil: false});
  } catch (e) {
      gl = null;
  }
  if (!gl || window.SW_FORCE_NO_WEBGL) {
      showError(
          'Uw browser kan deze rekenhulp niet tonen: WebGL 2 staat uit of ontbreekt. ' +
              'Probeer een andere browser, of zet hardwareversnelling aan.',
          'Your browser cannot show this calculator: WebGL 2 is off or missing. ' +
              'Try another browser, or turn on hardware acceleration.');
      document.documentElement.dataset.swState = 'no-webgl';
      window.Module = {
          noInitialRun: true,
          preRun: [() => {
              throw new Error('no WebGL 2');
          }]
      };
      return;
  }

  window.Module = {
    canvas: canvas,
    preRun: [function () {
      Module.addRunDependency('sw-rules');
      startRules().then(function (files) {
        Module.swRulesFiles = files;
        Module.removeRunDependency('sw-rules');
      });
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
    // A signed bundle, [{name, bytes}], handed to the engine before main()
    // (web/embed-frame.js's rules URL, the offline file's carried bundle): each file's exact bytes
    // through the heap (not the stack: a host decides the sizes), no JSON. 0: accepted; else refused,
    // and sw_api_output says why.
    swLoadBundle: function (files) {
      files.forEach(function (f, i) {
        const p = Module._malloc(Math.max(1, f.bytes.length));
        try {
          Module.HEAPU8.set(f.bytes, p);  // after malloc: a grown memory has a new HEAPU8
          Module.ccall('sw_api_bundle_add', 'number', ['number', 'number', 'string', 'number'], [p, f.bytes.length, f.name, i === 0 ? 1 : 0]);
        } finally {
          Module._free(p);
        }
      });
      return Module.ccall('sw_api_bundle_load', 'number', [], []);
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
