// embed-sticky.test.mjs: issue 18, point 6, embedded. The iframe is as tall as the app (thousands of
// px), so the host page scrolls; the own payment line (#sw-sticky, web/embed-frame.js) must stay
// at the bottom of the host's window while the person answers, at 1280x800 and 390x844 (touch),
// and show the amount the app computed. Rules: the reference bundle (support/reference.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshot, sourceDir } from './support/harness.mjs';
import { hostServer } from './support/embed-support.mjs';
import { serveReference } from './support/reference.mjs';
import { euroNl } from './support/flow.mjs';

let ref, host, browser;
const pages = {};
before(async () => {
  host = await hostServer(sourceDir, pages);  // a fund's site: only the generated pages
  ref = await serveReference(['--frame-ancestors', `'self' ${host.url.replace(/\/$/, '')}`]);
  browser = await launch();
});
after(async () => { await browser?.close(); host?.stop(); ref?.stop(); });

// Polls `fn` until it returns a truthy value (a condition, never a fixed wait).
async function until(fn, what, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

for (const size of [{ name: 'desktop', width: 1280, height: 800, touch: false, dpr: 1 },
                    { name: 'phone', width: 390, height: 844, touch: true, dpr: 2 }]) {
  test(`${size.name}: embedded, the own payment stays at the bottom of the host's window`, async () => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch,
                                               isMobile: size.touch, deviceScaleFactor: size.dpr });
    const page = await context.newPage();
    pages[`/${size.name}.html`] = `<!doctype html><html><head><meta name="viewport" content="width=device-width">
</head><body style="margin:0"><h1>Fund site</h1><p style="height:300px">Intro</p>
<script src="${ref.url}embed.js" data-lang="nl"></script><p style="height:600px">Footer</p></body></html>`;
    await page.goto(`${host.url}${size.name}.html`);
    const handle = await page.waitForSelector('iframe.stapelwijzer-frame');
    // The test hook answers only with ?sw-test: the same embed page again with it.
    await page.evaluate(() => { const f = document.querySelector('iframe.stapelwijzer-frame'); f.src += '&sw-test'; });
    const frame = await until(async () => { const f = await handle.contentFrame(); return f && /sw-test/.test(f.url()) && f; }, 'the test frame');
    // The document that answers must be the new one (?sw-test), not the first one still unloading.
    await frame.waitForFunction(() => location.search.includes('sw-test') && document.documentElement.dataset.swState === 'ready',
                                null, { timeout: 90000 });
    const state = () => frame.evaluate(() => JSON.parse(Module.ccall('sw_test_state', 'string', [], [])));
    const widget = async (id) => (await frame.evaluate(() => JSON.parse(Module.ccall('sw_test_widgets', 'string', [], [])))).find((w) => w.id === id);
    // Where a widget is in the host's window.
    const at = async (id) => {
      const w = await until(() => widget(id), id);
      const box = await handle.boundingBox();
      const canvasTop = await frame.evaluate(() => document.getElementById('canvas').getBoundingClientRect().top);
      return { x: box.x + w.x + w.w / 2, y: box.y + canvasTop + w.y + w.h / 2 };
    };
    // Before any amount: the line asks for the costs.
    await until(() => frame.evaluate(() => !document.getElementById('sw-sticky').hidden), 'the sticky line');
    assert.equal(await frame.textContent('#sw-sticky'), 'Vul eerst de kosten in');

    // Type the tuition: bring the field into the window, tap or click it, type.
    let field = await at('course.cost.tuition');
    await page.evaluate((y) => window.scrollBy(0, y - 300), field.y);
    await until(async () => { const f = await at('course.cost.tuition'); return f.y > 0 && f.y < size.height && f; }, 'the field in view');
    field = await at('course.cost.tuition');
    if (size.touch) await page.touchscreen.tap(field.x, field.y);
    else await page.mouse.click(field.x, field.y);
    await page.keyboard.type('2650', { delay: 20 });
    await page.keyboard.press('Enter');
    await until(async () => (await state()).case_json.includes('"tuition": 2650'), 'the amount in the case');
    const own = JSON.parse((await state()).result_json).plan.own_payment_cents;
    const want = `Nu betaalt u zelf: ${euroNl(own)}`;
    await until(async () => (await frame.textContent('#sw-sticky')) === want, `the line to say ${want}`);

    // Further down among the questions (two places where the iframe fills the window's bottom):
    // the line is still at the bottom of the host's window.
    const frameTop = await page.evaluate(() => document.querySelector('iframe.stapelwijzer-frame').getBoundingClientRect().top + window.scrollY);
    const frameHeight = (await handle.boundingBox()).height;
    assert.ok(frameHeight > size.height * 1.5, `the iframe is only ${frameHeight}px tall`);
    for (const part of [0.3, 0.8]) {
      const scrollTo = Math.round(frameTop + part * (frameHeight - size.height));
      await page.evaluate((y) => window.scrollTo(0, y), scrollTo);
      const where = await until(async () => {
        const box = await handle.boundingBox();
        const r = await frame.evaluate(() => { const b = document.getElementById('sw-sticky').getBoundingClientRect(); return { top: b.top, bottom: b.bottom }; });
        const top = box.y + r.top, bottom = box.y + r.bottom;
        return bottom <= size.height + 1 && bottom >= size.height - 2 && top < bottom && { top, bottom };
      }, `the line at the bottom of the window after scrolling to ${scrollTo}`);
      assert.ok(where.bottom - where.top <= 60, `not compact: ${where.bottom - where.top}px`);
      assert.equal(await frame.textContent('#sw-sticky'), want);
    }
    await screenshot(page, `${size.name}-embed-sticky`);
    await context.close();
  });
}
