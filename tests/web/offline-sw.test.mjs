// offline-sw.test.mjs: the service worker (web/sw.js, installed by web/sw-register.js) keeps the
// hosted app working offline: after one visit the server is stopped, and both the embed page and
// the main page still start from the worker's cache. The cache is named per release
// (sw-version.js, written by the build), and a new release replaces the old cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { webDir, sourceDir } from './support/harness.mjs';
import { openServed, closeServed, serveWith } from './support/embed-support.mjs';
import { screenshot } from './support/harness.mjs';

let browser, app;
before(async () => ({ browser, app } = await openServed(webDir())));
after(() => closeServed(browser, app));

// The cache version the build wrote, and the page's caches of this app.
const builtVersion = () => /SW_CACHE_VERSION = '([^']+)'/.exec(readFileSync(path.join(webDir(), 'sw-version.js'), 'utf8'))[1];
const appCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('stapelwijzer-')));

const ready = (page) => page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swState), null,
                                             { timeout: 90000 }).then(() => page.evaluate(() => document.documentElement.dataset.swState));

// Stops the server and waits until its process has exited, so its port is closed (a condition,
// not a time). Polling the URL instead could hang: under load another test's server may be given
// the same free port and answer.
const stopServer = (server) => server.stop();

// Issue 18, point 9: index.html registers the worker too, so one visit to the main page is enough.
for (const size of [{ name: 'desktop', width: 1280, height: 800, touch: false },
                    { name: 'phone', width: 390, height: 844, touch: true }]) {
  test(`${size.name}: one visit to index.html is enough to start offline`, async (t) => {
    const server = await serveWith(webDir());
    t.after(() => server.stop());
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height },
                                               hasTouch: size.touch, isMobile: size.touch, deviceScaleFactor: size.touch ? 2 : 1 });
    t.after(() => context.close());
    const page = await context.newPage();
    await page.goto(`${server.url}index.html?sw-test`);
    assert.equal(await ready(page), 'ready');
    await page.waitForFunction(() => document.documentElement.dataset.swServiceWorker === 'registered', null, { timeout: 30000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    await stopServer(server);
    await page.reload();
    assert.equal(await ready(page), 'ready', 'index.html did not start offline');
    assert.equal(await page.evaluate(() => JSON.parse(Module.ccall('sw_test_state', 'string', [], [])).rules_state), 'ok');
    // The .xlsx libraries are loaded only when a workbook is read or written (web/staff-xlsx.js):
    // offline they come from the worker's cache, never asked for by this page before.
    assert.equal(await page.evaluate(() => typeof window.writeXlsxFile), 'undefined');
    const workbook = await page.evaluate(() => window.swStaffXlsx.writeResultXlsx('row;own_payment_cents\n1;12345\n')
      .then((blob) => blob.arrayBuffer()).then((b) => Array.from(new Uint8Array(b, 0, 2))));
    assert.deepEqual(workbook, [0x50, 0x4b], 'no workbook (a ZIP) written offline');
    await screenshot(page, `${size.name}-offline-index`);
  });
}

test('after a first visit the app starts with the server gone', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${app.url}embed.html?lang=nl`);
  assert.equal(await ready(page), 'ready');
  // Installed, activated and in control of this page (clients.claim()).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const name = `stapelwijzer-${builtVersion()}`;
  assert.deepEqual(await appCaches(page), [name]);
  const cached = await page.evaluate(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname), name);
  for (const f of ['/index.html', '/app.js', '/app.wasm', '/embed.html', '/embed-frame.js']) assert.ok(cached.includes(f), `${f} not cached: ${cached}`);

  await stopServer(app);

  await page.reload();
  assert.equal(await ready(page), 'ready', 'embed page did not start offline');
  await page.goto(`${app.url}index.html?sw-test`);
  assert.equal(await ready(page), 'ready', 'main page did not start offline');
  // The accessible version was never opened, yet it works offline: install kept it.
  await page.goto(`${app.url}toegankelijk.html`);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swA11y), null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swA11y), 'ready', 'accessible page did not start offline');
  await context.close();
});

test('a new release (another sw-version.js) installs anew and deletes the old cache', async (t) => {
  // A copy of the served folder, so the "release" is made without touching the build.
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-release-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(webDir(), dir, { recursive: true, preserveTimestamps: true });  // a stale .br/.gz stays older than its file (scripts/serve.mjs)
  const server = await serveWith(dir);
  t.after(() => server.stop());
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`${server.url}embed.html?lang=nl`);
  assert.equal(await ready(page), 'ready');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  assert.deepEqual(await appCaches(page), [`stapelwijzer-${builtVersion()}`]);

  // The next release: only the version file differs. The update check sees the imported script
  // change, the new worker installs (fetching the shell again) and activate drops the old cache.
  writeFileSync(path.join(dir, 'sw-version.js'), "self.SW_CACHE_VERSION = 'next-release';\n");
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  // Polled from here: waitForFunction takes a returned Promise as a truthy answer at once.
  const deadline = Date.now() + 30000;
  let names = await appCaches(page);
  while (!(names.length === 1 && names[0] === 'stapelwijzer-next-release') && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    names = await appCaches(page);
  }
  assert.deepEqual(names, ['stapelwijzer-next-release'], 'the old cache was not replaced');
  const cached = await page.evaluate(async () => (await (await caches.open('stapelwijzer-next-release')).keys()).map((r) => new URL(r.url).pathname));
  for (const f of ['/index.html', '/app.wasm', '/embed.html']) assert.ok(cached.includes(f), `${f} not in the new cache: ${cached}`);
});

test('the worker keeps every file of the accessible page (a module it misses stops the page offline)', () => {
  const worker = readFileSync(path.join(sourceDir, 'web', 'sw.js'), 'utf8');
  const shell = /const SHELL = \[([\s\S]*?)\];/.exec(worker)[1];
  const listed = [...shell.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const files = readdirSync(path.join(sourceDir, 'web', 'a11y')).map((f) => `a11y/${f}`);
  assert.deepEqual(files.filter((f) => !listed.includes(f)), []);
  assert.ok(listed.includes('toegankelijk.html'));
});
