// privacy.test.mjs: answers stay on the device. The network log shows nothing but the app's own
// static files, and nothing at all once the person starts answering; nothing is stored unless
// "Onthoud op dit apparaat" is ticked; "Wis alles" forgets it. Also: no drawing while idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, waitReady, appState, click, frames, findWidget, screenshot, assertOwnStaticFiles } from './support/harness.mjs';
import { fillCourse, answerQuestions } from './support/flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const storage = (page) => page.evaluate(() => JSON.stringify(localStorage));

test('network: only the app\'s own static files, nothing while answering', async () => {
  const { page, requests } = await openApp(browser, server.url, { width: 1280, height: 800 });
  assert.equal(await waitReady(page), 'ready');
  const atStart = requests.length;
  await fillCourse(page);
  await answerQuestions(page);
  assert.deepEqual(requests.slice(atStart), [], 'answering made requests');
  assertOwnStaticFiles(requests, server.url, /[?&].*(metaal|42)/);
});

test('the apply button opens the provider\'s page in a new tab', async () => {
  const { page, context } = await openApp(browser, server.url, { width: 1280, height: 800 });
  await waitReady(page);
  await context.route('https://**', (route) => route.abort());  // stay offline
  await fillCourse(page);
  await answerQuestions(page);
  const opened = context.waitForEvent('request', (r) => r.url().startsWith('https://'));
  const [popup] = await Promise.all([context.waitForEvent('page'), click(page, 'scheme.oom-trainingstoelage.apply')]);
  const request = await opened;
  assert.equal(request.frame().page(), popup, 'the provider page must open in the new tab');
  assert.notEqual(popup, page);
  assert.match(request.url(), /^https:\/\/[a-z0-9.-]+\.nl\//, 'the OOM application page');
});

test('nothing is stored unless asked; "Wis alles" forgets everything', async () => {
  const { page } = await openApp(browser, server.url, { width: 390, height: 844 });
  await waitReady(page);
  await fillCourse(page);
  assert.equal(await storage(page), '{}', 'stored without being asked');
  await click(page, 'header.remember');
  assert.match(await storage(page), /Lasser niveau 2/);
  await page.reload();
  await waitReady(page);
  let s = await appState(page);
  assert.equal(s.remember, true);
  assert.equal(JSON.parse(s.case_json).course.costs.tuition, 2400, 'remembered form not restored');
  await click(page, 'header.clear');
  assert.equal(await storage(page), '{}');
  s = await appState(page);
  assert.equal(s.remember, false);
  assert.equal(JSON.parse(s.case_json).course.costs.tuition, undefined);
  await page.reload();
  await waitReady(page);
  assert.equal(JSON.parse((await appState(page)).case_json).course.costs.tuition, undefined);
  assert.equal((await findWidget(page, 'header.privacy')).text, 'Uw antwoorden blijven op dit apparaat.');
  await screenshot(page, 'phone-privacy-cleared');
});

test('idle: no frames are drawn while nothing happens, input wakes the app', async () => {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800 });
  await waitReady(page);
  await page.waitForTimeout(1000);
  const f1 = await frames(page);
  await page.waitForTimeout(1500);
  const f2 = await frames(page);
  assert.equal(f2, f1, `drew ${f2 - f1} frames while idle`);
  await page.mouse.move(200, 300);
  await page.mouse.move(220, 320);
  await page.waitForTimeout(300);
  const f3 = await frames(page);
  assert.ok(f3 > f2, 'a mouse move did not wake the app');
  await page.waitForTimeout(1000);
  const f4 = await frames(page);
  await page.waitForTimeout(1000);
  assert.equal(await frames(page), f4, 'the app did not go back to idle');
});
