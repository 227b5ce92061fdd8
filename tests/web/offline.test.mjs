// offline.test.mjs: the single self-contained HTML file (scripts/build-offline.mjs), copied alone
// into an empty folder and opened from file:// with every network request blocked, starts the app
// with the rules it carries (the build's own, recognised by their fingerprint, or another bundle),
// verified, and computes byte for byte the plan the CLI computes for the same cases;
// it stays under 3 MB and its own Content-Security-Policy is never violated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { launch, webDir, sourceDir, artifactsDir, appState, findWidget } from './support/harness.mjs';
import { cliPlan, sampleCases, openOfflineFile, watchCsp } from './support/embed-support.mjs';
import { pathToFileURL } from 'node:url';
import { packRules } from '../../scripts/pack-rules.mjs';

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
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swRules), 'builtin', 'the carried rules are the build\'s own');
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

// Another signed bundle than the one compiled in (here the reference bundle) is carried file by file
// and verified at start: the app computes with it, not with its own.
test('a file built with another bundle carries it and computes with it', async () => {
  const other = join(dir, 'stick', 'stapelwijzer-reference.html');
  const log = execFileSync(process.execPath, [join(sourceDir, 'scripts', 'build-offline.mjs'), webDir(), other,
                                              '--rules', join(sourceDir, 'rules-data', 'reference', 'bundle')], { encoding: 'utf8' });
  assert.match(log, /rules 17 files from /);
  // The file carries that bundle's pack, byte for byte (gzipped inside).
  const carried = /<script type="application\/octet-stream" id="sw-rules-gz">([^<]+)<\/script>/.exec(readFileSync(other, 'utf8'));
  assert.ok(carried, 'the file carries no rules');
  const pack = gunzipSync(Buffer.from(carried[1], 'base64'));
  assert.ok(pack.equals(packRules(join(sourceDir, 'rules-data', 'reference', 'bundle'))), 'the other bundle is not in the file');
  const { context, page, violations, messages } = await openOfflineFile(browser, other);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swState), null, { timeout: 90000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swState), 'ready', messages.join('\n'));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swRules), 'inline', 'the carried bundle was not accepted');
  const ids = await page.evaluate(() => {
    Module.ccall('sw_api_catalogue', 'number', [], []);
    return JSON.parse(Module.ccall('sw_api_output', 'string', [], [])).schemes.map((s) => s.id);
  });
  const reference = readdirSync(join(sourceDir, 'rules-data', 'reference', 'bundle')).filter((n) => n.endsWith('.json') && n !== 'manifest.json')
    .flatMap((n) => JSON.parse(readFileSync(join(sourceDir, 'rules-data', 'reference', 'bundle', n), 'utf8')).schemes ?? []).map((s) => s.id);
  assert.deepEqual([...ids].sort(), [...reference].sort(), 'the app does not compute with the carried bundle');
  assert.deepEqual(violations, []);
  await context.close();
});

// A carried bundle with one changed byte is refused at start, and the app says so and does not
// compute: it has no other rules (only the release bundle's fingerprint is compiled in).
test('a file built with a tampered bundle refuses it, names the file and computes nothing', async () => {
  const tampered = join(dir, 'tampered');
  cpSync(join(sourceDir, 'rules-data', 'reference', 'bundle'), tampered, { recursive: true });
  const frag = readdirSync(tampered).find((n) => n.endsWith('.json') && n !== 'manifest.json');
  const text = readFileSync(join(tampered, frag), 'utf8');
  writeFileSync(join(tampered, frag), text.replace(' ', '\t'));  // still JSON, other bytes
  const other = join(dir, 'stick', 'stapelwijzer-tampered.html');
  execFileSync(process.execPath, [join(sourceDir, 'scripts', 'build-offline.mjs'), webDir(), other, '--rules', tampered], { encoding: 'utf8' });
  const { context, page, violations, messages } = await openOfflineFile(browser, other);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swState), null, { timeout: 90000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swState), 'ready', messages.join('\n'));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swRules), 'refused');
  const rules = await page.evaluate(() => { Module.ccall('sw_api_rules_info', 'number', [], []); return JSON.parse(Module.ccall('sw_api_output', 'string', [], [])); });
  assert.equal(rules.state, 'refused');
  assert.ok(rules.refusal.includes(frag), rules.refusal);
  const s = await appState(page);
  assert.equal(s.screen, 'refused');
  assert.match((await findWidget(page, 'state.refused.reason')).text, new RegExp(frag.replace('.', '\\.')));
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
