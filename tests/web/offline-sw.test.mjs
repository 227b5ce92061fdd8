// offline-sw.test.mjs: the service worker (web/sw.js, installed by web/sw-register.js) keeps the
// hosted app working offline: after one visit the server is stopped, and both the embed page and
// the main page still start from the worker's cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, webDir } from './support/harness.mjs';
import { serveWith } from './support/embed-support.mjs';

let browser, app;
before(async () => {
  app = await serveWith(webDir());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.stop();
});

const ready = (page) => page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swState), null,
                                             { timeout: 90000 }).then(() => page.evaluate(() => document.documentElement.dataset.swState));

test('after a first visit the app starts with the server gone', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${app.url}embed.html?lang=nl`);
  assert.equal(await ready(page), 'ready');
  // Installed, activated and in control of this page (clients.claim()).
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const cached = await page.evaluate(async () => (await (await caches.open('stapelwijzer-v1')).keys()).map((r) => new URL(r.url).pathname));
  for (const f of ['/index.html', '/app.js', '/app.wasm', '/embed.html', '/embed-frame.js']) assert.ok(cached.includes(f), `${f} not cached: ${cached}`);

  app.stop();
  await new Promise((r) => setTimeout(r, 300));
  // Really gone: a request from Node fails.
  await assert.rejects(fetch(app.url), 'the server still answers');

  await page.reload();
  assert.equal(await ready(page), 'ready', 'embed page did not start offline');
  await page.goto(`${app.url}index.html?sw-test`);
  assert.equal(await ready(page), 'ready', 'main page did not start offline');
  await context.close();
});
