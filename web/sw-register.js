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
  // updateViaCache 'none': the update check fetches sw.js and sw-version.js past the HTTP cache, so
  // a new release is seen on the next visit however the host sets caching headers.
  navigator.serviceWorker.register(url.href, { updateViaCache: 'none' }).then(function () {
    document.documentElement.dataset.swServiceWorker = 'registered';
  }, function (e) {
    console.warn('Stapelwijzer: offline mode unavailable (' + e.message + ')');
  });
})();
