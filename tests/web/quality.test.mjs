// quality.test.mjs: quality marks have three answers, and the app keeps them apart: not answered
// (no `course.quality` in the case: unknown, so the result still asks about it), "Geen van deze /
// None of these" (a known empty list: the result stops asking) and marks ticked. "None" and the
// marks exclude each other; the line under them says which it is; the plan is the CLI's for the
// same case; the summary says "geen van deze".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, waitReady, appState, click, fill, findWidget, screenshot } from './support/harness.mjs';
import { cliPlan, waitRevision } from './support/flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const caseOf = async (page) => JSON.parse((await appState(page)).case_json);
const asked = async (page) => JSON.parse((await appState(page)).result_json).questions.map((q) => q.fact);

async function press(page, id) {
  const before = (await appState(page)).revision;
  await click(page, id);
  return waitRevision(page, before);
}

test('not answered, none of these, and marks are three different answers', async () => {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800 });
  await waitReady(page);
  await fill(page, 'course.cost.tuition', '2400');
  await fill(page, 'course.start_date', '2026-09-01');

  // Not answered: unknown, so a scheme that needs a mark is still open and the result asks.
  assert.equal('quality' in (await caseOf(page)).course, false);
  assert.ok((await asked(page)).includes('course.quality'), 'an unknown quality is not asked about');
  assert.match((await findWidget(page, 'course.quality.state')).text, /^Nog niet beantwoord/);
  assert.equal((await findWidget(page, 'course.quality.none')).text, '[ ] Geen van deze');

  // None of these: a known empty list; the questions that matter no longer include quality.
  let s = await press(page, 'course.quality.none');
  assert.deepEqual(JSON.parse(s.case_json).course.quality, []);
  assert.equal((await findWidget(page, 'course.quality.none')).text, '[x] Geen van deze');
  assert.match((await findWidget(page, 'course.quality.state')).text, /^Beantwoord: de opleiding heeft geen van deze/);
  assert.ok(!(await asked(page)).includes('course.quality'), 'still asks about quality after "none of these"');
  assert.equal(s.result_json, cliPlan(s.case_json), 'plan differs from the CLI for quality: []');
  const slim = JSON.parse(s.result_json).schemes.find((x) => x.id === 'slim-scholingssubsidie');
  assert.equal(slim.status, 'ineligible', 'a scheme that needs a mark is settled by "none"');
  await screenshot(page, 'desktop-quality-none');

  // The summary says "none", not "not known". (The result column is long with so much open: scroll
  // it down in big steps first.)
  for (let i = 0; i < 6; i++) { await page.mouse.move(968, 400); await page.mouse.wheel(0, 1000); }
  await click(page, 'export.copy');
  assert.match(await page.evaluate(() => Module.swLastCopy), /Keurmerken van de opleiding: geen van deze/);

  // A mark clears "none"; "none" clears the marks.
  for (let i = 0; i < 6; i++) { await page.mouse.move(968, 400); await page.mouse.wheel(0, -1000); }
  s = await press(page, 'course.quality.nrto');
  assert.deepEqual(JSON.parse(s.case_json).course.quality, ['nrto']);
  assert.equal((await findWidget(page, 'course.quality.none')).text, '[ ] Geen van deze');
  assert.ok(!(await asked(page)).includes('course.quality'));
  const widgets = await page.evaluate(() => JSON.parse(Module.ccall('sw_test_widgets', 'string', [], [])));
  assert.ok(!widgets.some((w) => w.id === 'course.quality.state'), 'a state line while marks are ticked');
  s = await press(page, 'course.quality.none');
  assert.deepEqual(JSON.parse(s.case_json).course.quality, []);
  assert.equal((await findWidget(page, 'course.quality.nrto')).text, '[ ] NRTO-keurmerk');

  // Unticking "none" goes back to not answered (unknown), not to an empty list.
  s = await press(page, 'course.quality.none');
  assert.equal('quality' in JSON.parse(s.case_json).course, false);
  assert.ok((await asked(page)).includes('course.quality'));
  assert.match((await findWidget(page, 'course.quality.state')).text, /^Nog niet beantwoord/);
});

test('English labels', async () => {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800, locale: 'en-GB' });
  await waitReady(page);
  assert.equal((await findWidget(page, 'course.quality.none')).text, '[ ] None of these');
  assert.match((await findWidget(page, 'course.quality.state')).text, /^Not answered yet/);
  await press(page, 'course.quality.none');
  assert.match((await findWidget(page, 'course.quality.state')).text, /^Answered: the course has none of these/);
});
