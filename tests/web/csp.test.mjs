// csp.test.mjs: scripts/serve.mjs sends a Content-Security-Policy that allows nothing but the app's
// own origin (plus 'wasm-unsafe-eval', which compiling the wasm needs, and a rules host given with
// --connect); the main page, the embed page and the API example run under it without a single
// violation, and the same watcher does see a violation when one happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { webDir, sourceDir } from './support/harness.mjs';
import { openServed, closeServed, watchCsp } from './support/embed-support.mjs';

let browser, app;
before(async () => ({ browser, app } = await openServed(webDir(), ['--connect', 'https://regels.example.nl'])));
after(() => closeServed(browser, app));

test('the header: own origin only, wasm allowed, no inline script, no eval', async () => {
  for (const path of ['index.html', 'embed.html', 'api/example.html']) {
    const res = await fetch(`${app.url}${path}`);
    assert.equal(res.status, 200, path);
    const csp = res.headers.get('content-security-policy');
    assert.ok(csp, `${path} has no CSP`);
    const d = Object.fromEntries(csp.split(';').map((p) => p.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(d['default-src'], ["'self'"]);
    assert.deepEqual(d['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(d['style-src'], ["'self'"]);
    assert.deepEqual(d['connect-src'], ["'self'", 'https://regels.example.nl']);
    assert.deepEqual(d['object-src'], ["'none'"]);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|\*/);
  }
});

test('serve.mjs refuses a --connect value that is not an origin', () => {
  const r = spawnSync(process.execPath, [join(sourceDir, 'scripts', 'serve.mjs'), webDir(), '--connect', "https://x.nl/; script-src *"],
                      { encoding: 'utf8', timeout: 5000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--connect needs an origin/);
});

// Polls a condition (never a fixed wait); gives up after `timeout` ms.
async function until(fn, timeout = 30000) {
  for (const end = Date.now() + timeout; !(await fn()) && Date.now() < end;) await new Promise((r) => setTimeout(r, 50));
}

async function load(path, until) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  await page.goto(`${app.url}${path}`);
  await page.waitForFunction(until, null, { timeout: 90000 });
  await page.waitForTimeout(300);
  return { context, page, violations };
}

test('the main page, the embed page and the API example run without a violation', async () => {
  const appReady = () => document.documentElement.dataset.swState === 'ready';
  for (const [path, until] of [['index.html?sw-test', appReady], ['embed.html?lang=en&primary=336699&logo=demo/logo-metaal.svg', appReady],
                               ['api/example.html', () => document.documentElement.dataset.swExample === 'done']]) {
    const { context, violations } = await load(path, until);
    assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations)}`);
    await context.close();
  }
});

test('the watcher sees a violation when there is one (inline script, foreign fetch)', async () => {
  const { context, page, violations } = await load('embed.html', () => document.documentElement.dataset.swState === 'ready');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(s);
    fetch('https://elders.example.com/x').catch(() => {});
  });
  // The reports arrive asynchronously (later on a busy machine): wait for both, then compare.
  await until(() => violations.filter((v) => v.directive).length >= 2);
  assert.equal(await page.evaluate(() => window.__inlineRan === true), false, 'inline script ran');
  const directives = violations.filter((v) => v.directive).map((v) => v.directive).sort();
  assert.deepEqual(directives, ['connect-src', 'script-src-elem'], JSON.stringify(violations));
  await context.close();
});
