// a11y-support.mjs: what the accessible page's browser tests share (tests/web/a11y.test.mjs,
// tests/web/a11y-employer.test.mjs): the served folder it needs, a page opened with its request
// log, CSP watch and error log, and axe-core run on it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { watchCsp } from './embed-support.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The page needs only the JavaScript API's files, not the canvas app's wasm.
export function a11yWebDir() {
  const wasm = process.env.SW_WASM_DIR;
  if (!wasm) throw new Error('SW_WASM_DIR is not set: point it at the wasm preset build folder');
  const dir = join(wasm, 'web');
  for (const f of ['toegankelijk.html', 'a11y/main.js', 'a11y/employer.js', 'api/stapelwijzer-engine.wasm']) {
    if (!existsSync(join(dir, f))) throw new Error(`${dir}/${f} missing: build the wasm preset first`);
  }
  return dir;
}

// toegankelijk.html in a new context, ready (the engine loaded), with every request, CSP
// violation and console error logged.
export async function openA11yPage(browser, app, { width = 1280, height = 800, query = '', locale = 'nl-NL', acceptDownloads = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, acceptDownloads });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${app.url}toegankelijk.html${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.swA11y, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swA11y), 'ready', errors.join('\n'));
  return { context, page, requests, violations, errors };
}

// axe-core's WCAG 2.1 A/AA violations, injected through DevTools (not an inline <script>: the
// page's CSP stays as it is).
export async function axe(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }, WCAG21);
}
