// sw-register.js: installs the service worker (sw.js) so the hosted app keeps working offline after
// a first visit. Only over https or on this machine (browsers allow service workers nowhere else);
// never from file://, where the offline single file needs none.
'use strict';
(function () {
  // Inlined into the offline single file (scripts/build-offline.mjs): that file needs no worker.
  if (document.currentScript && !document.currentScript.src) return;
  const local = location.hostname === '127.0.0.1' || location.hostname === 'localhost';
  if (!('serviceWorker' in navigator) || !(location.protocol === 'https:' || (local && location.protocol === 'http:'))) return;
  const url = new URL('sw.js', document.currentScript ? document.currentScript.src : location.href);
  function register() {
    // updateViaCache 'none': the update check fetches sw.js and sw-version.js past the HTTP cache, so
    // a new release is seen on the next visit however the host sets caching headers.
    navigator.serviceWorker.register(url.href, { updateViaCache: 'none' }).then(function () {
      document.documentElement.dataset.swServiceWorker = 'registered';
    }, function (e) {
      console.warn('Stapelwijzer: offline mode unavailable (' + e.message + ')');
    });
  }
  // Not before the app has started (web/boot.js sets data-sw-state: ready, or error): installing
  // the worker downloads and stores the whole shell, several MB, which on a first visit competed
  // with the app's own start for the network and the CPU (docs/benchmarks.md).
  const root = document.documentElement;
  if (root.dataset.swState) { register(); return; }
  const watch = new MutationObserver(function () {
    if (!root.dataset.swState) return;
    watch.disconnect();
    register();
  });
  watch.observe(root, { attributes: true, attributeFilter: ['data-sw-state'] });
})();
