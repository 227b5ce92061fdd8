// sw.js: the service worker of the hosted app. Network first, so a new release or new rules are used
// as soon as they are online; every same-origin file it fetched is kept, and when the network is
// gone the kept copy is served. The app shell is fetched at install, so the app works offline
// after one visit even if the visitor never opened the embed page or the API. The rules are
// verified by the app every time, cached or not.
'use strict';
// The cache is named per release: sw-version.js is written by the build (src/web/sw_version.cmake)
// from the app version and a hash of the served files. A new release changes it, so the browser
// installs this worker anew (an imported script changed) and activate deletes the old cache.
let version = 'dev';
try {
  importScripts('sw-version.js');
  version = self.SW_CACHE_VERSION || version;
} catch (e) {
  // Served from a folder the build did not write (no sw-version.js): one fixed name.
}
const CACHE = 'stapelwijzer-' + version;
const SHELL = ['./', 'index.html', 'style.css', 'boot.js', 'app.js', 'app.wasm', 'sw-register.js',
               'read-excel-file.min.js', 'write-excel-file.min.js', 'staff-xlsx.js',
               'embed.html', 'embed.css', 'embed-frame.js',
               'api/stapelwijzer.js', 'api/stapelwijzer.mjs', 'api/stapelwijzer-engine.js', 'api/stapelwijzer-engine.wasm', 'api/stapelwijzer-rules.swpack',
               'rules/bundle.swpack', 'rules/manifest.json',
               // The accessible HTML version (docs/accessibility.md) must work offline as well.
               'toegankelijk.html', 'a11y/style.css', 'a11y/main.js', 'a11y/strings.js', 'a11y/fields.js',
               'a11y/case.js', 'a11y/form.js', 'a11y/result.js',
               // Its employer section (imported by main.js: one missing file and the page does not start).
               'a11y/strings-employer.js', 'a11y/employer.js', 'a11y/employer-result.js', 'a11y/employer-table.js',
               'a11y/staff-file.js', 'a11y/employer-courses.js',
               // The rules workbench for fund officers (docs/workbench.md); it imports a11y/result.js.
               'workbench.html', 'workbench/style.css', 'workbench/main.js', 'workbench/strings.js',
               'workbench/skeleton.js', 'workbench/json-path.js', 'workbench/lint-view.js', 'workbench/reasons-nl.js', 'workbench/scenario.js',
               'workbench/try-case.js', 'workbench/tests-view.js', 'workbench/downloads.js', 'workbench/verify-view.js',
               'workbench/condition-tree.js', 'workbench/dom.js', 'workbench/scheme-form.js', 'workbench/form-readers.js',
               'workbench/euro.js', 'api/stapelwijzer-workbench-engine.js', 'api/stapelwijzer-workbench-engine.wasm',
               'workbench/catalogue-tests.json'];

// Every file of the published rules bundle, as its manifest lists them (boot.js fetches the same):
// the page may have fetched them before this worker controlled it, so they are kept here too, or
// the first offline start would find the manifest without its fragments and refuse the rules.
async function addRules(cache) {
  const res = await cache.match('rules/manifest.json');
  if (!res) return;
  const names = ['manifest.json.minisig'];
  try {
    for (const f of (await res.json()).fragments || []) {
      names.push(f.file);
      if (f.fund) names.push(f.file + '.minisig');
    }
  } catch (e) { /* unreadable manifest: the app refuses it and says why */ }
  await Promise.all(names.map((n) => cache.add(new Request('rules/' + n, { cache: 'reload' })).catch(() => null)));
}

self.addEventListener('install', (event) => {
  // A file that is missing on this server (e.g. no published rules/) must not block the install.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(SHELL.map((u) => cache.add(new Request(u, { cache: 'reload' })).catch(() => null)))
      .then(() => addRules(cache)))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Every other release's cache goes, so an old app never answers offline after an update.
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('stapelwijzer-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;  // rules URLs elsewhere: the browser's own fetch
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const res = await fetch(req);
      if (res.ok) await cache.put(req, res.clone());
      return res;
    } catch (offline) {
      // Query strings (?lang=en, ?sw-test) select settings, not other files.
      const hit = await cache.match(req, { ignoreSearch: true }) ||
                  (req.mode === 'navigate' ? await cache.match('index.html') : undefined);
      if (hit) return hit;
      throw offline;
    }
  })());
});
