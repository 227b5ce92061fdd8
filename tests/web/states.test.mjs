// states.test.mjs: the states a person can meet besides the normal flow: rules refused (a
// tampered file), rules expired (a warning bar), and no WebGL (an HTML message, never a blank page).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openApp, waitReady, screenshot, appState, findWidget, webDir } from './support/harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('a tampered rules file is refused with a clear screen that says why', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', serviceWorkers: 'block' });
  const page = await context.newPage();
  const original = readFileSync(join(webDir(), 'rules', 'oom.json'), 'utf8');
  // One amount changed by someone between the fund and the person: 50 % becomes 100 %.
  const tampered = original.replace(/"percent"\s*:\s*50/, '"percent": 100');
  assert.notEqual(tampered, original, 'the test could not find the OOM percentage to change');
  // A host that publishes the files one by one (no rules/bundle.swpack): the page fetches each.
  await page.route('**/rules/bundle.swpack', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.route('**/rules/oom.json', (route) => route.fulfill({ body: tampered, contentType: 'application/json' }));
  await page.goto(`${server.url}?sw-test`);
  assert.equal(await waitReady(page), 'ready');
  const s = await appState(page);
  assert.equal(s.screen, 'refused');
  assert.equal(s.release_rules, false, 'the fetched bundle must be the one judged');
  assert.equal((await findWidget(page, 'state.refused.title')).text, 'De regels kunnen niet worden gebruikt');
  const reason = await findWidget(page, 'state.refused.reason');
  assert.match(reason.text, /oom\.json/, 'the reason names the file');
  assert.equal(s.result_json, '', 'a refused bundle never yields a result');
  await screenshot(page, 'state-refused');
  await context.close();
});

// The app has no rules compiled in (only the release bundle's fingerprint): a host that publishes no
// rules/ gets a screen that says so and what to do, never a calculation with other rules.
test('no rules published next to the app: a clear screen in Dutch and English, no calculation', async () => {
  for (const [locale, title, body, reason] of [
    ['nl-NL', 'De regels kunnen niet worden gebruikt', /^Stapelwijzer kon de regels niet ophalen\. .*laad de pagina opnieuw\.$/, /Er zijn geen regels ontvangen \(rules\/bundle\.swpack of rules\/manifest\.json\)/],
    ['en-GB', 'The rules cannot be used', /^Stapelwijzer could not fetch its rules\. .*reload the page\.$/, /No rules were received \(rules\/bundle\.swpack or rules\/manifest\.json\)/],
  ]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/rules/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${server.url}?sw-test`);
    assert.equal(await waitReady(page), 'ready');
    const s = await appState(page);
    assert.equal(s.screen, 'refused');
    assert.equal(s.release_rules, false);
    assert.equal(s.result_json, '', 'no rules never yields a result');
    assert.equal((await findWidget(page, 'state.refused.title')).text, title);
    assert.match((await findWidget(page, 'state.refused.body')).text, body);
    assert.match((await findWidget(page, 'state.refused.reason')).text, reason);
    if (locale === 'en-GB') await screenshot(page, 'state-no-rules');
    await context.close();
  }
});

// The entries of rules/bundle.swpack (scripts/pack-rules.mjs) and the pack made from entries.
function unpack(pack) {
  const files = [];
  let at = pack.indexOf(10) + 1;
  while (at < pack.length) {
    const end = pack.indexOf(10, at);
    const [name, size] = pack.subarray(at, end).toString().split(' ');
    files.push({ name, bytes: pack.subarray(end + 1, end + 1 + Number(size)) });
    at = end + 1 + Number(size) + 1;
  }
  return files;
}
const repack = (files) => Buffer.concat([Buffer.from('SWPACK 1\n'),
  ...files.flatMap((f) => [Buffer.from(`${f.name} ${f.bytes.length}\n`), f.bytes, Buffer.from('\n')])]);

test('the rules arrive in one request (rules/bundle.swpack) and are the published files, verified', async () => {
  const { context, page, requests } = await openApp(browser, server.url, { width: 1280, height: 800 });
  assert.equal(await waitReady(page), 'ready');
  const rules = requests.filter((u) => new URL(u).pathname.includes('/rules/'));
  assert.deepEqual(rules.map((u) => new URL(u).pathname), ['/rules/bundle.swpack'], 'one request for the rules');
  const s = await appState(page);
  assert.notEqual(s.screen, 'refused');
  assert.equal(s.release_rules, true, 'the published files are this release\'s bundle, recognised by its fingerprint');
  // The pack holds exactly the signed files of the folder, byte for byte.
  const files = unpack(readFileSync(join(webDir(), 'rules', 'bundle.swpack')));
  assert.equal(files[0].name, 'manifest.json');
  for (const f of files) assert.ok(readFileSync(join(webDir(), 'rules', f.name)).equals(f.bytes), `${f.name} differs in the pack`);
  assert.equal(files.length, readdirSync(join(webDir(), 'rules')).filter((n) => /\.(json|minisig)$/.test(n)).length);
  await context.close();
});

test('a fragment changed inside the one-file bundle is refused like a changed file', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = unpack(readFileSync(join(webDir(), 'rules', 'bundle.swpack')));
  const oom = files.find((f) => f.name === 'oom.json');
  const tampered = oom.bytes.toString().replace(/"percent"\s*:\s*50/, '"percent": 100');
  assert.notEqual(tampered, oom.bytes.toString(), 'the test could not find the OOM percentage to change');
  oom.bytes = Buffer.from(tampered);
  await page.route('**/rules/bundle.swpack', (route) => route.fulfill({ body: repack(files), contentType: 'application/octet-stream' }));
  await page.goto(`${server.url}?sw-test`);
  assert.equal(await waitReady(page), 'ready');
  const s = await appState(page);
  assert.equal(s.screen, 'refused');
  assert.equal(s.release_rules, false, 'the fetched bundle must be the one judged');
  assert.match((await findWidget(page, 'state.refused.reason')).text, /oom\.json/, 'the reason names the file');
  await context.close();
});

test('a broken pack is not used: the page fetches the files one by one', async () => {
  const { context, page, requests } = await openApp(browser, server.url, { width: 1280, height: 800 });
  await page.route('**/rules/bundle.swpack', (route) => route.fulfill({ body: 'SWPACK 1\nmanifest.json 99999\n{', contentType: 'application/octet-stream' }));
  await page.reload();
  assert.equal(await waitReady(page), 'ready');
  const s = await appState(page);
  assert.notEqual(s.screen, 'refused');
  assert.equal(s.release_rules, true, 'the published files are used');
  assert.ok(requests.some((u) => u.endsWith('/rules/manifest.json')), 'the manifest was fetched');
  await context.close();
});

test('expired rules still calculate, under a warning bar with the date', async () => {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800, today: '2027-06-01' });
  assert.equal(await waitReady(page), 'ready');
  const s = await appState(page);
  assert.equal(s.today, '2027-06-01');
  assert.equal(s.rules_state, 'expired');
  const bar = await findWidget(page, 'state.expired');
  assert.match(bar.text, /verlopen op 1 maart 2027/);
  await screenshot(page, 'state-expired');
});

test('rules in date show no warning bar', async () => {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800, today: '2026-12-01' });
  assert.equal(await waitReady(page), 'ready');
  assert.equal((await appState(page)).rules_state, 'ok');
  const ids = (await page.evaluate(() => JSON.parse(Module.ccall('sw_test_widgets', 'string', [], [])))).map((w) => w.id);
  assert.ok(!ids.includes('state.expired'));
});

test('without WebGL 2 the page says so in HTML, in Dutch and English', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : real.call(this, type, ...rest);
    };
  });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}?sw-test`);
  await page.waitForFunction(() => document.documentElement.dataset.swState === 'no-webgl');
  assert.match(await page.textContent('#sw-status-nl'), /WebGL 2/);
  assert.match(await page.textContent('#sw-status-en'), /WebGL 2/);
  assert.ok(await page.isVisible('#sw-status'));
  await screenshot(page, 'state-no-webgl');
  await context.close();
});
