// best-case.test.mjs: issue 21 in the app. The case of the issue (a course of 2022 with STAP's
// "1,000 minus used" and 250 of it used) entered as a person does, on the frozen reference bundle:
// the app's best case is OOM + STAP (own payment € 5.165,32), the same as the CLI for the case the
// app computed, and the amount already used is typed on STAP's card (person.used).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitReady, appState, widgets, findWidget, click, fill, screenshot } from './support/harness.mjs';
import { typeInto, pressAndWait } from './support/flow.mjs';
import { serveReference, cliPlanReference } from './support/reference.mjs';

let ref, browser;
before(async () => { ref = await serveReference(); browser = await launch(); });
after(async () => { await browser?.close(); ref?.stop(); });

const type = typeInto;
const press = pressAndWait;

// The answers, given only where the app asks for them (a fact it does not ask cannot
// change the result). Typed fields and choices as a person answers them.
const typed = { 'person.years_of_service': '0,5', 'person.employer_size': '800', 'course.nlqf_level': '6', 'course.hours': '16' };
const chosen = { 'person.receives_student_finance': 'false', 'person.receives_ww': 'false', 'course.ontwikkelpad': 'false' };

async function answerAsked(page) {
  const done = new Set();
  for (;;) {
    const r = JSON.parse((await appState(page)).result_json);
    const next = r.questions.map((q) => q.fact).find((f) => !done.has(f) && (f in typed || f in chosen));
    if (!next) return;
    done.add(next);
    if (next in typed) await type(page, `q.${next}`, typed[next]);
    else await press(page, `q.${next}=${chosen[next]}`);
  }
}

test('the issue\'s case in the app: best case OOM + STAP with 250 of STAP used, as the CLI', async () => {
  const { page } = await openApp(browser, ref.url, { width: 1280, height: 800, locale: 'nl-NL' });
  assert.equal(await waitReady(page), 'ready');
  const costs = { tuition: '3950', exam: '262,73', materials: '310', vat: '949,77', travel: '450', wage_loss: '792,82' };
  for (const [name, value] of Object.entries(costs)) await type(page, `course.cost.${name}`, value);
  await type(page, 'course.start_date', '2022-07-31');
  await press(page, 'course.type.certificate');
  await answerAsked(page);
  // STAP is capped per calendar year: its card takes what was used this year. (The 1,500
  // of Colland changes nothing: Colland is ineligible for this course, so it has no card open.)
  await type(page, 'scheme.stap-budget.used', '250');
  await answerAsked(page);

  const s = await appState(page);
  assert.equal(s.input_problem, '');
  const c = JSON.parse(s.case_json);
  assert.deepEqual(c.person.used, { 'stap-budget': 250 });
  assert.equal(s.result_json, cliPlanReference(s.case_json), 'the app\'s plan differs from the CLI\'s');
  const best = JSON.parse(s.result_json).best_case_plan;
  const paid = Object.fromEntries(best.contributions.map((x) => [x.scheme, x.amount_cents]));
  assert.equal(paid['stap-budget'], 75000, JSON.stringify(best));
  assert.ok(Object.keys(paid).some((id) => id.startsWith('oom-') && paid[id] === 80000), JSON.stringify(best));
  assert.equal(best.own_payment_cents, 516532);
  assert.equal(best.loan_cents, 240000);
  // What the person reads: the app shows the best case once it says something about this person
  // (docs/web-app.md: not while the employment or sector is open), so answer those as the issue's
  // consistent answers do: an employee in Metaal en Techniek.
  await press(page, 'q.person.employment=employee');
  await click(page, 'q.person.sector');
  await press(page, 'q.person.sector=metaal-mkb');
  const after = await appState(page);
  assert.equal(after.result_json, cliPlanReference(after.case_json));
  assert.equal(JSON.parse(after.result_json).best_case_plan.own_payment_cents, 516532);
  const line = await findWidget(page, 'result.best_case');
  assert.match(line.text, /€ 5\.165,32/);
  await screenshot(page, 'best-case-stap-used');
});

test('an amount used that is not an amount is refused at the card, naming the field', async () => {
  const { page } = await openApp(browser, ref.url, { width: 1280, height: 800, locale: 'nl-NL' });
  assert.equal(await waitReady(page), 'ready');
  await type(page, 'course.cost.tuition', '1000');
  await type(page, 'course.start_date', '2022-07-31');
  const s = await type(page, 'scheme.stap-budget.used', '2,5,0');
  assert.notEqual(s.input_problem, '');
  assert.match((await findWidget(page, 'result.problem')).text, /Al gebruikt van deze regeling/);
  assert.equal((await widgets(page)).some((w) => w.id === 'result.own_payment'), false, 'a result from a field that cannot be read');
  // The card is gone with the result; the field stays in view under the message, to fix it there.
  const err = await findWidget(page, 'scheme.stap-budget.used.error');
  assert.match(err.text, /Al gebruikt van deze regeling/);
  const fixed = await type(page, 'scheme.stap-budget.used', '250');
  assert.equal(fixed.input_problem, '');
  assert.equal(JSON.parse(fixed.case_json).person.used['stap-budget'], 250);
});
