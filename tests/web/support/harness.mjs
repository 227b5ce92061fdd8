// harness.mjs: what every browser test needs: the built web folder served by scripts/serve.mjs on
// a free port, Debian's Chromium driven by playwright-core, a network log, and helpers that find
// widgets by ID through the app's test hook (?sw-test) and click or type at them like a person.
import { spawn } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const sourceDir = process.env.SW_SOURCE_DIR || join(here, '..', '..', '..');
export const artifactsDir = join(sourceDir, 'tests', 'web', 'artifacts');

export function webDir() {
  const wasm = process.env.SW_WASM_DIR;
  if (!wasm) throw new Error('SW_WASM_DIR is not set: point it at the wasm preset build folder');
  const dir = join(wasm, 'web');
  if (!existsSync(join(dir, 'app.wasm'))) throw new Error(`${dir}/app.wasm missing: build the wasm preset first`);
  return dir;
}

// Starts scripts/serve.mjs on a free port; resolves { url, stop }.
export function serve(dir = webDir()) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(sourceDir, 'scripts', 'serve.mjs'), dir, '--port', '0'],
                        { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^Stapelwijzer: (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out);
      if (m) resolve({ url: m[1], firstLine: out, stop: () => child.kill('SIGTERM') });
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-quic', '--use-gl=angle',
           '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

// A page at a viewport, logging every request it makes. `query` is added to the URL.
export async function openApp(browser, baseUrl, { width = 1280, height = 800, touch = false, query = 'sw-test',
                                                  dpr = 1, today = null, locale = 'nl-NL' } = {}) {
  // No service worker (it has its own tests, offline-sw.test.mjs): a page it controls fetches
  // through it, past page.route() and the request log.
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, locale,
                                             hasTouch: touch, isMobile: touch, acceptDownloads: true,
                                             serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  // The clock decides whether the rules have expired: tests may move "today" (timers keep running).
  if (today) {
    await page.addInitScript((iso) => {
      const Real = Date;
      const fixed = new Real(`${iso}T12:00:00`).getTime();
      const offset = fixed - Real.now();
      class FakeDate extends Real {
        constructor(...a) { super(...(a.length ? a : [Real.now() + offset])); }
        static now() { return Real.now() + offset; }
      }
      window.Date = FakeDate;
    }, today);
  }
  const started = Date.now();
  await page.goto(`${baseUrl}?${query}`);
  return { context, page, requests, messages, started };
}

// The network log holds only the app's own static files, from the server's origin, and no URL
// matches `leak` (what the person typed, a staff list's names); and it did log the wasm, so it
// proves something.
export function assertOwnStaticFiles(requests, baseUrl, leak) {
  const origin = new URL(baseUrl).origin;
  const allowed = /^\/(|index\.html|style\.css|boot\.js|app\.js|app\.wasm|sw-register\.js|read-excel-file\.min\.js|write-excel-file\.min\.js|staff-xlsx\.js|rules\/[a-z0-9-]+\.json(\.minisig)?|rules\/bundle\.swpack)$/;
  for (const url of requests) {
    const u = new URL(url);
    if (u.origin !== origin) throw new Error(`request to another origin: ${url}`);
    if (!allowed.test(u.pathname)) throw new Error(`unexpected request: ${url}`);
    if (leak.test(url)) throw new Error(`typed data in a URL: ${url}`);
  }
  if (!requests.some((u) => u.endsWith('/app.wasm'))) throw new Error('the log missed the wasm: it would prove nothing');
}

export async function waitReady(page, timeout = 60000) {
  await page.waitForFunction(() => document.documentElement.dataset.swState === 'ready' ||
                                   document.documentElement.dataset.swState === 'error', null, { timeout });
  return page.evaluate(() => document.documentElement.dataset.swState);
}

export async function widgets(page) {
  return page.evaluate(() => JSON.parse(Module.ccall('sw_test_widgets', 'string', [], [])));
}

export async function appState(page) {
  return page.evaluate(() => JSON.parse(Module.ccall('sw_test_state', 'string', [], [])));
}

export async function frames(page) {
  return page.evaluate(() => Module.ccall('sw_test_frames', 'number', [], []));
}

// Waits until a widget with this ID is drawn (and visible), scrolling the page's main window
// with the mouse wheel when it is below the fold; returns its entry.
export async function findWidget(page, id, { timeout = 30000, scroll = true } = {}) {
  const end = Date.now() + timeout;
  let lastSeen = null;
  for (let step = 0; Date.now() < end; step++) {
    const all = await widgets(page);
    const w = all.find((e) => e.id === id);
    if (w && w.visible) return w;
    lastSeen = w || lastSeen;
    if (w && scroll) {
      const vp = page.viewportSize();
      // Wheel over the widget's own column (the wide layout scrolls two columns separately).
      await page.mouse.move(Math.min(Math.max(w.x + w.w / 2, 5), vp.width - 5), vp.height / 2);
      // Long pages (the adviser view) scroll in steps as big as the distance, so the timeout
      // holds on a loaded machine; near the target in small steps, as a person would.
      const distance = w.y + w.h / 2 - vp.height / 2;
      await page.mouse.wheel(0, Math.sign(distance) * Math.min(Math.max(Math.abs(distance), 200), 3000));
    }
    await page.waitForTimeout(80);
  }
  const ids = (await widgets(page)).map((e) => e.id).join(', ');
  throw new Error(`widget "${id}" not visible (last: ${JSON.stringify(lastSeen)}); drawn: ${ids}`);
}

// Waits until the app has gone idle (no frame drawn for a while): input was processed and the
// layout is stable. Timing-free, so a slow shared machine only makes it slower, not flaky.
export async function settle(page, { quietMs = 150, timeout = 10000 } = {}) {
  const end = Date.now() + timeout;
  let last = await frames(page);
  let quietSince = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(40);
    const now = await frames(page);
    if (now !== last) { last = now; quietSince = Date.now(); }
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

export async function click(page, id, { touch = false } = {}) {
  await findWidget(page, id);
  await settle(page);  // a wheel scroll may still be moving the widget
  const w = await findWidget(page, id, { scroll: false });
  const x = w.x + w.w / 2, y = w.y + w.h / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await settle(page);  // a click takes ImGui two frames, and may change the layout
  return w;
}

// Holds a key down until the app has drawn frames with it down, then lets go. ImGui 1.86 reads keys
// as a state once per frame, so a press and release between two frames is lost (on a busy machine
// often): waiting for frames, not for a time, makes the key count.
export async function hold(page, key) {
  const before = await frames(page);
  await page.keyboard.down(key);
  for (const end = Date.now() + 30000; (await frames(page)) < before + 2 && Date.now() < end;) await page.waitForTimeout(20);
  await page.keyboard.up(key);
}

// Types into a text or number field: click it, empty it (End, then Backspace until the app shows
// it empty), type, press Enter.
export async function fill(page, id, text, { touch = false } = {}) {
  await click(page, id, { touch });
  const shown = async () => ((await widgets(page)).find((e) => e.id === id) || { text: '' }).text;
  if (await shown()) {
    await hold(page, 'End');
    for (let i = 0; i < 200 && (await shown()); i++) await hold(page, 'Backspace');
  }
  await page.keyboard.type(String(text), { delay: 15 });
  await page.keyboard.press('Enter');
  await settle(page);
}

// Distinct colours in the top part of a PNG (decoded by the browser): a blank canvas has one or two.
export async function distinctColours(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return seen.size;
  }, png.toString('base64'));
}

export async function screenshot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
