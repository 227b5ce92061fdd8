// keyed-questions.test.mjs: the questions answered per scheme or course list (issue 15; the
// contract's person.uses, person.budget_left and course.on_course_list) asked in the app. On a
// bundle of the real-scheme test fragments (tests/scenarios/real-schemes, signed here with the
// development keys): "once per 3 years" asks the date of the last grant, "twice a calendar year"
// the uses this year, the employer's pot what is left of it, the fund's course list yes or no.
// Each answer reaches the case and the result is the CLI's for that case.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { launch, openApp, waitReady, appState, findWidget, widgets, click, fill, webDir, sourceDir, screenshot } from './support/harness.mjs';
import { typeInto, pressAndWait } from './support/flow.mjs';
import { serveWith, cli } from './support/embed-support.mjs';

let dir, server, browser;
const rules = () => join(dir, 'rules');

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sw-keyed-web-'));
  cpSync(webDir(), dir, { recursive: true, preserveTimestamps: true });  // a stale .br/.gz stays older than its file (scripts/serve.mjs)
  rmSync(rules(), { recursive: true, force: true });
  cpSync(join(sourceDir, 'tests', 'scenarios', 'real-schemes', 'fragments'), rules(), { recursive: true });
  const keys = join(sourceDir, 'rules-data', 'dev-keys');
  const r = spawnSync(cli(), ['sign', '--bundle', rules(), '--key', join(keys, 'root-1.key'), '--key', join(keys, 'root-2.key'),
                              '--issued', '2026-12-01', '--expires', '2099-12-31'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  server = await serveWith(dir);
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.stop(); if (dir) rmSync(dir, { recursive: true, force: true }); });

function cliPlan(caseText) {
  const r = spawnSync(cli(), ['plan', '--rules', rules(), '--input', '-'], { input: caseText, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stapelwijzer plan failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const type = typeInto;
const press = pressAndWait;

const status = (s, id) => JSON.parse(s.result_json).schemes.find((x) => x.id === id)?.status;
const asks = (s, fact) => JSON.parse(s.result_json).questions.some((q) => q.fact === fact);

async function start(page) {
  assert.equal(await waitReady(page), 'ready');
  await type(page, 'course.cost.tuition', '2000');
  return type(page, 'course.start_date', '2026-03-01');
}

test('use limits, the employer\'s pot and the course list are asked per scheme and reach the case', async () => {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800, locale: 'nl-NL' });
  let s = await start(page);
  for (const fact of ['person.uses', 'person.budget_left', 'course.on_course_list']) assert.ok(asks(s, fact), `${fact} is not asked`);
  assert.equal(status(s, 'rs-every-3-years'), 'possible');

  // Once per 3 years: the date of the last grant decides (that day three years on is allowed).
  s = await type(page, 'q.person.uses.rs-every-3-years.last_granted', '01-03-2023');
  assert.equal(JSON.parse(s.case_json).person.uses['rs-every-3-years'].last_granted, '2023-03-01');
  assert.equal(status(s, 'rs-every-3-years'), 'eligible');
  s = await type(page, 'q.person.uses.rs-every-3-years.last_granted', '02-03-2023');
  assert.equal(status(s, 'rs-every-3-years'), 'ineligible');

  // Twice a calendar year: the uses this year.
  s = await type(page, 'q.person.uses.rs-twice-a-year.times_this_year', '2');
  assert.equal(JSON.parse(s.case_json).person.uses['rs-twice-a-year'].times_this_year, 2);
  assert.equal(status(s, 'rs-twice-a-year'), 'ineligible');
  s = await type(page, 'q.person.uses.rs-twice-a-year.times_this_year', '1');
  assert.equal(status(s, 'rs-twice-a-year'), 'eligible');

  // The employer's pot: what is left caps what the scheme pays.
  s = await type(page, 'q.person.budget_left.rs-osr', '750');
  assert.equal(JSON.parse(s.case_json).person.budget_left['rs-osr'], 750);
  const osr = JSON.parse(s.result_json).plan.contributions.find((c) => c.scheme === 'rs-osr');
  assert.ok(osr && osr.amount_cents <= 75000, JSON.stringify(JSON.parse(s.result_json).plan));

  // The fund's course list, named by its provider.
  const label = await findWidget(page, 'q.course.on_course_list.rs-fund=true');
  assert.equal(label.text, 'Ja');
  s = await press(page, 'q.course.on_course_list.rs-fund=true');
  assert.deepEqual(JSON.parse(s.case_json).course.on_course_list, { 'rs-fund': true });
  assert.equal(s.result_json, cliPlan(s.case_json), 'the app\'s result differs from the CLI\'s for its case');
  await screenshot(page, 'keyed-questions');

  // "Nog nooit gekregen" answers a use limit of any kind, and replaces the date typed before.
  s = await press(page, 'q.person.uses.rs-every-3-years.times=0');
  const uses = JSON.parse(s.case_json).person.uses['rs-every-3-years'];
  assert.deepEqual(uses, { times: 0 });
  assert.equal(status(s, 'rs-every-3-years'), 'eligible');

  // "Weet ik niet" forgets every answer of the question.
  s = await press(page, 'q.person.uses.unknown');
  assert.equal(JSON.parse(s.case_json).person.uses, undefined);
  assert.equal(status(s, 'rs-every-3-years'), 'possible');
  assert.equal(status(s, 'rs-twice-a-year'), 'possible');
});

test('a date or a count that cannot be read is refused at its field, naming it', async () => {
  const { page } = await openApp(browser, server.url, { width: 390, height: 844, touch: true, locale: 'nl-NL' });
  await start(page);
  let s = await type(page, 'q.person.uses.rs-every-3-years.last_granted', '31-02-2024');
  assert.match(s.input_problem, /^Laatst gekregen: deze datum bestaat niet\.$/);
  assert.match((await findWidget(page, 'q.person.uses.rs-every-3-years.last_granted.error')).text, /Laatst gekregen/);
  assert.equal((await widgets(page)).some((w) => w.id === 'result.own_payment'), false, 'a result from a field that cannot be read');
  s = await type(page, 'q.person.uses.rs-every-3-years.last_granted', '29-02-2024');
  assert.equal(s.input_problem, '');
  s = await type(page, 'q.person.uses.rs-twice-a-year.times_this_year', 'twee');
  assert.equal(s.input_problem, 'Keer dit jaar: vul een heel getal in, zoals 0, 1 of 2.');
  s = await type(page, 'q.person.uses.rs-twice-a-year.times_this_year', '0');
  s = await type(page, 'q.person.budget_left.rs-osr', '7,505');
  assert.match(s.input_problem, /^Budget over: /);
  s = await type(page, 'q.person.budget_left.rs-osr', '');
  assert.equal(s.input_problem, '');
  await screenshot(page, 'keyed-questions-phone');
});
