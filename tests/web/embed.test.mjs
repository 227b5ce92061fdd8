// embed.test.mjs: both demo host pages embed the app with the one-line snippet; the iframe's URL
// parameters take effect (header, colours, logo, language, and the presets the app reads); the
// height message arrives and sizes the iframe with no scrollbar; an alternative rules URL on
// another origin is refused when signed by a key not compiled in (the app then runs on its built-in
// rules) and accepted when genuinely signed, in one request when its host publishes the pack;
// no Content-Security-Policy violation anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launch, webDir, artifactsDir } from './support/harness.mjs';
import { mkdirSync } from 'node:fs';
import { serveWith, hostServer, makeBundles, watchCsp } from './support/embed-support.mjs';

let browser, app, rulesHost, bundles;
const hostPages = {};  // pages the rules origin serves as a fund's own site, written per test
before(async () => {
  bundles = makeBundles();
  rulesHost = await hostServer(bundles, hostPages);
  const rulesOrigin = new URL(rulesHost.url).origin;
  app = await serveWith(webDir(), ['--connect', rulesOrigin, '--frame-ancestors', `'self' ${rulesOrigin}`]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.stop();
  rulesHost?.stop();
  if (bundles) rmSync(bundles, { recursive: true, force: true });
});

async function openHost(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const violations = await watchCsp(context);
  const messages = [];
  context.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  // The host page records every message the iframe sends it.
  await context.addInitScript(() => {
    if (window !== window.top) return;
    window.__swMessages = [];
    window.addEventListener('message', (e) => window.__swMessages.push({ origin: e.origin, data: e.data }));
  });
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForSelector('iframe.stapelwijzer-frame', { timeout: 20000 });
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swState), null, { timeout: 90000 });
  const state = await frame.evaluate(() => document.documentElement.dataset.swState);
  assert.equal(state, 'ready', `the embedded app did not start:\n${messages.join('\n')}`);
  return { context, page, frame, handle, violations };
}

async function shot(page, name, fullPage) {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage });
}

async function heightChecks(page, frame, handle) {
  // The iframe takes the last reported height. The app may report again (its header line changes
  // once the catalogue is asked after the first frame), so wait for the iframe to match the
  // newest message, not a message read earlier.
  await page.waitForFunction(() => {
    const hs = window.__swMessages.filter((m) => m.data && m.data.type === 'stapelwijzer:height');
    const f = document.querySelector('iframe.stapelwijzer-frame');
    return hs.length > 0 && f !== null && f.style.height === `${hs[hs.length - 1].data.height}px`;
  }, null, { timeout: 90000 });
  const msgs = await page.evaluate(() => window.__swMessages);
  const heights = msgs.filter((m) => m.data && m.data.type === 'stapelwijzer:height');
  assert.equal(heights[0].origin, new URL(app.url).origin, 'height message from the wrong origin');
  const last = heights[heights.length - 1].data.height;
  assert.ok(last >= 480, `reported height ${last} is smaller than the app's minimum`);
  // The page inside the iframe fits: no inner scrollbar.
  const box = await handle.boundingBox();
  assert.ok(Math.abs(box.height - last) <= 1, `iframe is ${box.height}px, reported ${last}px`);
  const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
  assert.ok(inner.scroll <= inner.client + 1, `the iframe would scroll: ${JSON.stringify(inner)}`);
}

async function sectorName(frame, code, lang) {
  return frame.evaluate(([c, l]) => {
    Module.ccall('sw_api_catalogue', 'number', [], []);
    const s = JSON.parse(Module.ccall('sw_api_output', 'string', [], [])).sectors.find((x) => x.code === c);
    return l === 'en' ? s.name_en : s.name_nl;
  }, [code, lang]);
}

test('sector-fund demo: Dutch, sector and fund preset, house colours and logo, height message', async () => {
  const { context, page, frame, handle, violations } = await openHost(`${app.url}demo/sector-fund.html`);
  try {
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'nl');
    assert.equal(await frame.textContent('#sw-brand-title'), 'Opleidingsfonds Metaal');
    const name = await sectorName(frame, 'metaal-mkb', 'nl');
    assert.equal(await frame.textContent('#sw-brand-preset'), `Voor werkenden in ${name}`);
    const colours = await frame.evaluate(() => {
      const s = getComputedStyle(document.getElementById('sw-brand'));
      return { bg: s.backgroundColor, border: s.borderBottomColor };
    });
    assert.deepEqual(colours, { bg: 'rgb(11, 61, 110)', border: 'rgb(242, 140, 0)' });
    const logo = await frame.evaluate(() => {
      const img = document.getElementById('sw-logo');
      return { src: img.src, width: img.naturalWidth, hidden: img.hidden };
    });
    assert.ok(logo.src.endsWith('/demo/logo-metaal.svg') && logo.width > 0 && !logo.hidden, JSON.stringify(logo));
    // What the app itself read (src/app/embed_params.cpp): the presets reach the C++ side.
    const params = await frame.evaluate(() => JSON.parse(Module.ccall('sw_embed_params_json', 'string', [], [])));
    assert.deepEqual(params, { embedded: true, lang: 'nl', sector: 'metaal-mkb', fund: 'oom', province: '',
                               municipality: '', primary: '0b3d6e', accent: 'f28c00' });
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.swRules), 'builtin');
    await heightChecks(page, frame, handle);
    await page.waitForTimeout(500);
    await shot(page, 'embed-sector-fund', true);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});

test('regional demo: English, region preset, placed into the target element, height message', async () => {
  const { context, page, frame, handle, violations } = await openHost(`${app.url}demo/regional.html`);
  try {
    assert.equal(await page.evaluate(() => document.querySelector('#stapelwijzer > iframe') !== null), true);
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await frame.textContent('#sw-brand-preset'), 'region Overijssel (Enschede)');
    const params = await frame.evaluate(() => JSON.parse(Module.ccall('sw_embed_params_json', 'string', [], [])));
    assert.equal(params.lang, 'en');
    assert.equal(params.province, 'OV');
    assert.equal(params.municipality, 'Enschede');
    assert.equal(params.fund, 'twents-fonds');
    assert.equal(params.sector, '');
    assert.equal(await frame.evaluate(() => getComputedStyle(document.getElementById('sw-brand')).backgroundColor), 'rgb(31, 107, 58)');
    await heightChecks(page, frame, handle);
    await page.waitForTimeout(500);
    await shot(page, 'embed-regional', true);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});

test('parameters that fail their checks are ignored, never passed on', async () => {
  const context = await browser.newContext();
  const violations = await watchCsp(context);
  const page = await context.newPage();
  const q = new URLSearchParams({ lang: 'de', sector: 'Metaal<b>', province: 'XX', primary: 'red', logo: '//evil.example/x.svg',
                                  title: 'Fonds <i>X</i>' });
  await page.goto(`${app.url}embed.html?${q}`);
  await page.waitForFunction(() => document.documentElement.dataset.swState === 'ready', null, { timeout: 90000 });
  const params = await page.evaluate(() => JSON.parse(Module.ccall('sw_embed_params_json', 'string', [], [])));
  assert.deepEqual(params, { embedded: true, lang: '', sector: '', fund: '', province: '', municipality: '',
                             primary: null, accent: null });
  assert.equal(await page.evaluate(() => document.getElementById('sw-logo').hidden), true);
  // The title is text, not markup.
  assert.equal(await page.evaluate(() => document.getElementById('sw-brand-title').innerHTML), 'Fonds &lt;i&gt;X&lt;/i&gt;');
  assert.deepEqual(violations, []);
  await context.close();
});

async function openWithRules(manifestUrl) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const violations = await watchCsp(context);
  await context.addInitScript(() => {
    if (window !== window.top) return;
    window.__swMessages = [];
    window.addEventListener('message', (e) => window.__swMessages.push({ origin: e.origin, data: e.data }));
  });
  const page = await context.newPage();
  const rulesRequests = [];  // what the frame asked the rules host for
  context.on('request', (r) => {
    if (!r.url().startsWith(rulesHost.url)) return;
    let frame = null;
    try { frame = r.frame(); } catch { return; }  // a service worker's own request: the frame's is counted
    if (frame !== page.mainFrame()) rulesRequests.push(new URL(r.url()).pathname);
  });
  // The host page lives on the rules origin, like a fund that hosts both its site and its rules.
  hostPages['/host.html'] = `<!doctype html><html><body><h1>Fund site</h1>
<script src="${app.url}embed.js" data-lang="en" data-rules="${manifestUrl}"></script></body></html>`;
  await page.goto(`${rulesHost.url}host.html`);
  const frame = await (await page.waitForSelector('iframe.stapelwijzer-frame')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.swState === 'ready', null, { timeout: 90000 });
  await page.waitForFunction(() => window.__swMessages.some((m) => m.data && m.data.type === 'stapelwijzer:rules'));
  const rulesMsg = (await page.evaluate(() => window.__swMessages)).find((m) => m.data.type === 'stapelwijzer:rules');
  return { context, page, frame, violations, rulesMsg, rulesRequests };
}

test('an alternative rules URL signed by a key that is not compiled in is refused; built-in rules are used', async () => {
  const { context, page, frame, violations, rulesMsg } = await openWithRules(`${rulesHost.url}foreign/manifest.json`);
  try {
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.swRules), 'refused');
    assert.equal(rulesMsg.data.state, 'refused');
    assert.equal(rulesMsg.origin, new URL(app.url).origin);
    assert.ok(rulesMsg.data.reason.length > 10, `no reason: ${JSON.stringify(rulesMsg.data)}`);
    const notice = await frame.textContent('#sw-rules-notice');
    assert.match(notice, /were refused: .+ Stapelwijzer uses its built-in rules\./);
    const info = await frame.evaluate(() => { Module.ccall('sw_api_rules_info', 'number', [], []); return JSON.parse(Module.ccall('sw_api_output', 'string', [], [])); });
    assert.equal(info.release, true, 'the app computes with the release\'s own rules');
    assert.equal(info.state, 'ok');
    // The app has no rules compiled in: it computes with its own, fetched from rules/ beside it.
    const handed = await frame.evaluate(() => Module.swRulesFiles.map((f) => f.name));
    assert.equal(handed[0], 'manifest.json');
    assert.equal(handed.length, readdirSync(join(webDir(), 'rules')).filter((n) => /\.(json|minisig)$/.test(n)).length,
                 'the refused files, not the app\'s own, were handed to the app');
    await shot(page, 'embed-rules-refused', false);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});

test('an alternative rules URL with the genuinely signed bundle is accepted', async () => {
  const { context, frame, violations, rulesMsg, rulesRequests } = await openWithRules(`${rulesHost.url}genuine/manifest.json`);
  try {
    // No pack there: the pack is asked for, then the manifest and every file it lists.
    assert.equal(rulesRequests[0], '/genuine/bundle.swpack');
    assert.ok(rulesRequests.includes('/genuine/manifest.json') && rulesRequests.includes('/genuine/national.json'), rulesRequests.join(' '));
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.swRules), 'alternative');
    assert.equal(rulesMsg.data.state, 'alternative');
    const info = await frame.evaluate(() => { Module.ccall('sw_api_rules_info', 'number', [], []); return JSON.parse(Module.ccall('sw_api_output', 'string', [], [])); });
    // That host publishes this release's own bundle: given by the page ("loaded"), and recognised by
    // its fingerprint as the release's bundle.
    assert.equal(info.source, 'loaded');
    assert.equal(info.release, true);
    assert.equal(info.state, 'ok');
    assert.equal(rulesMsg.data.version, info.version);
    assert.ok((await frame.evaluate(() => Module.swRulesFiles.length)) >= 3);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});

test('an alternative rules URL whose host publishes the pack: one request for the rules, accepted', async () => {
  const { context, frame, violations, rulesMsg, rulesRequests } = await openWithRules(`${rulesHost.url}packed/manifest.json`);
  try {
    assert.deepEqual(rulesRequests, ['/packed/bundle.swpack']);
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.swRules), 'alternative');
    assert.equal(rulesMsg.data.state, 'alternative');
    const info = await frame.evaluate(() => { Module.ccall('sw_api_rules_info', 'number', [], []); return JSON.parse(Module.ccall('sw_api_output', 'string', [], [])); });
    assert.equal(info.source, 'loaded');
    assert.equal(info.release, true);  // this release's bundle, as above
    // The pack's files are the published files, byte for byte, manifest first.
    const files = await frame.evaluate(() => Module.swRulesFiles.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) })));
    assert.equal(files[0].name, 'manifest.json');
    assert.equal(files.length, readdirSync(join(bundles, 'genuine')).length);
    for (const f of files) assert.deepEqual(Buffer.from(f.bytes), readFileSync(join(bundles, 'genuine', f.name)), f.name);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});

test('a pack stands for manifest.json only: a rules URL naming another manifest fetches that one and its files', async () => {
  const { context, frame, rulesMsg, rulesRequests } = await openWithRules(`${rulesHost.url}packed/manifest-copy.json`);
  try {
    assert.ok(!rulesRequests.includes('/packed/bundle.swpack'), rulesRequests.join(' '));
    assert.equal(rulesRequests[0], '/packed/manifest-copy.json');
    // The copy is signed as manifest.json (its signature file has the other name): refused, and said so.
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.swRules), 'refused');
    assert.equal(rulesMsg.data.state, 'refused');
  } finally {
    await context.close();
  }
});

// On a phone the embedded canvas is as tall as the app, so the host page scrolls, not the app:
// "Bekijk de uitkomst" must bring the result to the top of the host's window (it used to scroll
// the app's own window inside the iframe, which moved the form away and left the result below).
test('phone: "see the result" scrolls the host page to the result, the app stays put', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  hostPages['/phone.html'] = `<!doctype html><html><head><meta name="viewport" content="width=device-width">
</head><body style="margin:0"><h1>Fund site</h1>
<script src="${app.url}embed.js" data-lang="nl" data-sector="metaal-mkb"></script><p>Footer</p></body></html>`;
  await page.goto(`${rulesHost.url}phone.html`);
  const handle = await page.waitForSelector('iframe.stapelwijzer-frame');
  // The test hook answers only with ?sw-test: load the same embed page again with it.
  await page.evaluate(() => { const f = document.querySelector('iframe.stapelwijzer-frame'); f.src += '&sw-test'; });
  let frame = await handle.contentFrame();
  for (const end = Date.now() + 60000; !(frame && /sw-test/.test(frame.url())) && Date.now() < end;) {
    await page.waitForTimeout(50);
    frame = await handle.contentFrame();
  }
  // The document that answers must be the new one (?sw-test), not the first one still unloading.
  await frame.waitForFunction(() => location.search.includes('sw-test') && document.documentElement.dataset.swState === 'ready',
                              null, { timeout: 90000 });
  const widgetsIn = () => frame.evaluate(() => JSON.parse(Module.ccall('sw_test_widgets', 'string', [], [])));
  // Where a widget of the app is in the host's viewport.
  const at = async (id) => {
    const w = (await widgetsIn()).find((e) => e.id === id);
    assert.ok(w, `${id} not drawn`);
    const box = await handle.boundingBox();
    const canvasTop = await frame.evaluate(() => document.getElementById('canvas').getBoundingClientRect().top);
    return { x: box.x + w.x + w.w / 2, y: box.y + canvasTop + w.y + w.h / 2, w };
  };
  // Conditions, not times (issue 17): the host page has finished scrolling when two animation
  // frames see the same scrollY; the app has taken a click when it has drawn and gone quiet.
  const scrolled = async () => {
    for (const end = Date.now() + 30000; Date.now() < end;) {
      const still = await page.evaluate(() => new Promise((r) => {
        const y = window.scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => r(window.scrollY === y)));
      }));
      if (still) return;
    }
  };
  const quiet = async () => {
    const frames = () => frame.evaluate(() => Module.ccall('sw_test_frames', 'number', [], []));
    let last = await frames(), since = Date.now();
    for (const end = Date.now() + 30000; Date.now() < end && Date.now() - since < 200;) {
      await page.waitForTimeout(40);
      const now = await frames();
      if (now !== last) { last = now; since = Date.now(); }
    }
  };
  const tuition = await at('course.cost.tuition');
  await page.evaluate((dy) => window.scrollBy(0, dy), tuition.y - 400);
  await scrolled();
  const field = await at('course.cost.tuition');
  await page.mouse.click(field.x, field.y);
  await quiet();
  await page.keyboard.type('2400', { delay: 20 });
  await page.keyboard.press('Enter');
  await frame.waitForFunction(() => JSON.parse(Module.ccall('sw_test_state', 'string', [], [])).case_json.includes('2400'),
                              null, { timeout: 60000 });
  await quiet();
  const tagline = (await at('header.tagline')).w.y;
  await page.evaluate(() => window.scrollTo(0, 0));
  await scrolled();
  const go = await at('summary.go');
  assert.ok(go.y > 0 && go.y < 844, `"see the result" is off screen at ${go.y}`);
  await page.mouse.click(go.x, go.y);
  await page.waitForFunction(() => window.scrollY > 300, null, { timeout: 30000 });
  await scrolled();
  const heading = await at('result.heading');
  assert.ok(heading.y >= 0 && heading.y < 120, `the result heading is at ${heading.y}px in the host's window`);
  assert.equal((await at('header.tagline')).w.y, tagline, 'the app scrolled its own window inside the iframe');
  await shot(page, 'embed-phone-result', false);
  assert.deepEqual(violations, []);
  await context.close();
});
