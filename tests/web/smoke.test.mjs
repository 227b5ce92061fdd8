// smoke.test.mjs: the built page loads in Chromium, draws a first frame with a font that has the
// euro sign, and the canvas shows something (not a blank colour).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, openApp, waitReady, screenshot, widgets, distinctColours } from './support/harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('serve.mjs prints exactly one line with the URL', () => {
  assert.match(server.firstLine, /^Stapelwijzer: http:\/\/127\.0\.0\.1:\d+\/\n$/);
});

test('the page draws a first frame whose font has €, ë and é', async () => {
  const { page, messages, started } = await openApp(browser, server.url);
  const state = await waitReady(page);
  assert.equal(state, 'ready', `page did not become ready: ${messages.join('\n')}`);
  console.log(`first frame after ${Date.now() - started} ms (headless, SwiftShader)`);
  for (const cp of [0x20AC, 0xEB, 0xE9]) {
    const has = await page.evaluate((c) => Module.ccall('sw_test_has_glyph', 'number', ['number'], [c]), cp);
    assert.equal(has, 1, `font atlas lacks U+${cp.toString(16)}`);
  }
  // A code point outside the ranges must be missing, so the check above can fail.
  const cjk = await page.evaluate(() => Module.ccall('sw_test_has_glyph', 'number', ['number'], [0x4E2D]));
  assert.equal(cjk, 0);
  assert.ok((await widgets(page)).length > 0, 'no widgets drawn');
  const path = await screenshot(page, 'smoke-first-frame');
  // Not blank: the screenshot has many distinct colours (text anti-aliasing), not one background.
  const png = readFileSync(path);
  assert.ok(png.length > 5000, `screenshot suspiciously small (${png.length} bytes)`);
  const distinct = await distinctColours(page, png);
  assert.ok(distinct > 20, `canvas looks blank: ${distinct} distinct colours`);
});

test('without ?sw-test the test hook reveals nothing', async () => {
  const { page } = await openApp(browser, server.url, { query: '' });
  assert.equal(await waitReady(page), 'ready');
  assert.equal(await page.evaluate(() => Module.ccall('sw_test_state', 'string', [], [])), 'null');
  assert.equal(await page.evaluate(() => Module.ccall('sw_test_widgets', 'string', [], [])), 'null');
});
