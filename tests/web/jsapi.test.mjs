// jsapi.test.mjs: the JavaScript API in the browser: the example page computes a plan with the ES
// module under the strict CSP, and the module and the classic script return byte for byte what
// the CLI prints for the same cases.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { webDir, artifactsDir } from './support/harness.mjs';
import { openServed, closeServed, cliPlan, sampleCases, watchCsp } from './support/embed-support.mjs';

let browser, app;
before(async () => ({ browser, app } = await openServed(webDir())));
after(() => closeServed(browser, app));

test('the example page computes a plan and shows the own payment', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 1000 } });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  await page.goto(`${app.url}api/example.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swExample === 'done', null, { timeout: 60000 });
  const json = await page.textContent('#json');
  const r = JSON.parse(json);
  assert.equal(r.contract, 1);
  assert.match(await page.textContent('#own'), /^Zelf betalen \/ own payment: €\s[\d.]+,\d\d van \/ of €\s2\.550,00$/);
  // A case without any date: the error names the field.
  await page.fill('input[name=start_date]', '');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.documentElement.dataset.swExample === 'error');
  assert.match(await page.textContent('#error'), /start_date|reference_date/);
  mkdirSync(artifactsDir, { recursive: true });
  await page.fill('input[name=start_date]', '2026-09-01');
  await page.click('button[type=submit]');
  await page.screenshot({ path: join(artifactsDir, 'jsapi-example.png'), fullPage: true });
  assert.deepEqual(violations, []);
  await context.close();
});

test('ES module and classic script give the CLI\'s bytes', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}api/example.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swExample === 'done', null, { timeout: 60000 });
  for (const c of sampleCases(4)) {
    const got = await page.evaluate(async (text) => {
      const m = await import('./stapelwijzer.mjs');
      const viaModule = (await m.create()).plan(text);
      const viaClassic = (await window.Stapelwijzer.create()).plan(JSON.parse(text));
      return { viaModule, viaClassic };
    }, c.text);
    const want = cliPlan(c.text);
    assert.equal(got.viaModule, want, `${c.name}: ES module differs from the CLI`);
    assert.equal(got.viaClassic, want, `${c.name}: classic script differs from the CLI`);
  }
  await context.close();
});
