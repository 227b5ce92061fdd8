// offline.test.mjs: the single self-contained HTML file (scripts/build-offline.mjs), copied alone
// into an empty folder and opened from file:// with every network request blocked, starts the app,
// verifies its inlined signed bundle, and computes byte for byte the plan the CLI computes for the
// same cases; it stays under 3 MB and its own Content-Security-Policy is never violated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, webDir, sourceDir, artifactsDir } from './support/harness.mjs';
import { cliPlan, sampleCases, openOfflineFile, watchCsp } from './support/embed-support.mjs';
import { pathToFileURL } from 'node:url';

let browser, dir, single;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-offline-'));
  const built = join(dir, 'build', 'stapelwijzer.html');
  const log = execFileSync(process.execPath, [join(sourceDir, 'scripts', 'build-offline.mjs'), webDir(), built], { encoding: 'utf8' });
  console.log(log.trim());
  // Alone in an empty folder: nothing next to it can be loaded by accident.
  mkdirSync(join(dir, 'stick'));
  single = join(dir, 'stick', 'stapelwijzer.html');
  copyFileSync(built, single);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the single file is under 3 MB and refers to no other file', () => {
  const html = readFileSync(single, 'utf8');
  const size = statSync(single).size;
  console.log(`single file: ${size} bytes, ${gzipSync(html).length} gzipped`);
  assert.ok(size < 3_000_000, `${size} bytes`);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href="(?!data:)/i);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
  assert.match(html, /connect-src 'none'/);
});

test('from file:// with the network blocked it computes what the CLI computes', async () => {
  const { context, page, violations, requests, messages, url } = await openOfflineFile(browser, single);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swState), null, { timeout: 90000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swState), 'ready', messages.join('\n'));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swRules), 'inline', 'the inlined bundle was not accepted');
  for (const c of sampleCases(4)) {
    const got = await page.evaluate((text) => {
      const rc = Module.ccall('sw_api_plan', 'number', ['string'], [text]);
      return { rc, out: Module.ccall('sw_api_output', 'string', [], []) };
    }, c.text);
    assert.equal(got.rc, 0, `${c.name}: ${got.out}`);
    assert.equal(got.out, cliPlan(c.text), `${c.name}: offline file and CLI differ`);
  }
  // The only request was the file itself.
  assert.deepEqual(requests.filter((r) => !r.startsWith('data:')).map((r) => r.split('?')[0]), [url]);
  mkdirSync(artifactsDir, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(artifactsDir, 'offline-file.png') });
  assert.deepEqual(violations, []);
  await context.close();
});

// The wasm is carried gzipped and unpacked with the browser's DecompressionStream
// (scripts/build-offline.mjs); a browser without one is told so, in both languages.
test('a browser without DecompressionStream is told in Dutch and English, not left with a blank page', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  await context.addInitScript(() => { delete window.DecompressionStream; });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  await page.goto(pathToFileURL(single).href);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swState), null, { timeout: 90000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swState), 'error');
  assert.match(await page.textContent('#sw-status-nl'), /^Deze browser kan het offline bestand niet openen\. Gebruik een recente browser/);
  assert.match(await page.textContent('#sw-status-en'), /^This browser cannot open the offline file\. Use a recent browser/);
  assert.equal(await page.isVisible('#sw-status'), true);
  assert.deepEqual(violations, []);
  await context.close();
});
