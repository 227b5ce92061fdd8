// employer.mjs: what the employer view's browser tests share (employer.test.mjs,
// employer-xlsx.test.mjs): its state from the test hook, waiting for it, and waiting for a widget.
import assert from 'node:assert/strict';
import { appState, click, findWidget, openApp, waitReady } from './harness.mjs';

export async function employerState(page) { return (await appState(page)).employer; }

export async function waitEmployer(page, pred, what, timeout = 120000) {
  const end = Date.now() + timeout;
  for (;;) {
    const e = await employerState(page);
    if (pred(e)) return e;
    if (Date.now() > end) throw new Error(`employer view: ${what} (last: ${JSON.stringify({ ...e, rows: e.rows.length })})`);
    await page.waitForTimeout(50);
  }
}

// The widget as drawn once a frame shows `pattern` (the state may be a frame ahead of the screen).
export async function widgetMatching(page, id, pattern, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const w = await findWidget(page, id);
    if (pattern.test(w.text)) return w;
    if (Date.now() > end) throw new Error(`widget ${id} never showed ${pattern}: "${w.text}"`);
    await page.waitForTimeout(50);
  }
}

// The app at `url`, ready, in the employer view.
export async function openEmployer(browser, url, viewport = { width: 1280, height: 800 }) {
  const opened = await openApp(browser, url, viewport);
  assert.equal(await waitReady(opened.page), 'ready');
  await click(opened.page, 'header.mode.employer');
  await findWidget(opened.page, 'employer.file');
  return opened;
}
