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

  window.Module = {
    canvas: canvas,
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
      status.classList.add('sw-hidden');
      canvas.classList.add('sw-ready');
      document.documentElement.dataset.swState = 'ready';
      canvas.focus();
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
