// export.test.mjs: the summary a person takes away (download, print, copy) holds the inputs,
// the plan, the reasons and the rules version, and is a self-contained page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, openApp, waitReady, appState, click, screenshot, findWidget } from './support/harness.mjs';
import { fillCourse, answerQuestions, euroNl, profile } from './support/flow.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('download, print and copy carry inputs, plan, reasons and rules version', async () => {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800 });
  await waitReady(page);
  await fillCourse(page);
  // Before the questions are answered the summary says what is still open and what is at stake,
  // and the best case with the schemes that would pay it (an adviser follows these up).
  const open = JSON.parse((await appState(page)).result_json);
  await click(page, 'export.copy');
  const draft = await page.evaluate(() => Module.swLastCopy);
  assert.match(draft, /\nOpen vragen\n- Waarom volgt u de opleiding\? — Hier hangt tot € [\d.]+,\d\d van af\.\n/);
  assert.equal(draft.split('\n').filter((l) => l.startsWith('- ') && l.includes(' — Hier hangt')).length,
               open.questions.filter((q) => q.at_stake_cents > 0 && !/^course\.(type|quality|start_date)$/.test(q.fact)).length);
  // The best case waits until work and sector are known (docs/web-app.md), in the summary too.
  assert.ok(!draft.includes('Dan betalen: '), 'a best case before work and sector are known');
  await answerQuestions(page, { facts: { 'person.employment': profile['person.employment'], 'person.sector': profile['person.sector'] } });
  const known = JSON.parse((await appState(page)).result_json);
  assert.ok(known.best_case_plan.own_payment_cents < known.plan.own_payment_cents);
  await click(page, 'export.copy');
  const pays = (await page.evaluate(() => Module.swLastCopy)).split('\n').find((l) => l.trim().startsWith('Dan betalen: '));
  assert.ok(pays, 'the best case does not say who pays');
  for (const c of known.best_case_plan.contributions) assert.ok(pays.includes(`(${euroNl(c.amount_cents)})`), pays);
  await answerQuestions(page);
  const result = JSON.parse((await appState(page)).result_json);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'export.download')]);
  assert.match(download.suggestedFilename(), /^stapelwijzer-\d{4}-\d{2}-\d{2}\.html$/);
  const html = readFileSync(await download.path(), 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.ok(!/<script|<link|src=/i.test(html), 'the summary must be self-contained');
  assert.match(html, /@media print/);
  for (const want of ['Lasser niveau 2', 'Lesgeld: € 2.400,00', 'OOM Persoonlijke TrainingsToelage (PTT): € 750,00',
                      'U betaalt zelf: € 1.900,00', `nl ${result.rules.version}`, 'Uw sector: Metaal en Techniek (kleinmetaal; cao Metaal en Techniek, tot ongeveer 30 werknemers)']) {
    assert.ok(html.includes(want), `download lacks "${want}"`);
  }
  await click(page, 'export.print');
  const printed = await page.evaluate(() => Module.swLastPrint);
  assert.equal(printed, html, 'print and download differ');
  await click(page, 'export.copy');
  const text = await page.evaluate(() => Module.swLastCopy);
  assert.match(text, /^Stapelwijzer: overzicht\n/);
  assert.ok(text.includes('U betaalt zelf: € 1.900,00'));
  assert.ok(!text.includes('<'), 'copied text has markup');
  await screenshot(page, 'desktop-export');
});

test('adviser view: conditions with the answers, sources with dates, rules version and signers', async () => {
  const { page } = await openApp(browser, server.url, { width: 1280, height: 800 });
  await waitReady(page);
  await fillCourse(page);
  await answerQuestions(page);
  const result = JSON.parse((await appState(page)).result_json);
  await click(page, 'header.adviser');
  assert.equal((await appState(page)).adviser, true);
  const rules = await findWidget(page, 'adviser.rules');
  assert.equal(rules.text, `Regels: nl versie ${result.rules.version}`);
  assert.match((await findWidget(page, 'adviser.signers')).text, /^Ondertekend door: hoofdsleutel /);
  await findWidget(page, 'adviser.oom-trainingstoelage.conditions');
  assert.match((await findWidget(page, 'adviser.oom-trainingstoelage.source.0')).text, /gecontroleerd op \d+ \w+ \d{4}/);
  await findWidget(page, 'adviser.oom-trainingstoelage.conditions');
  await screenshot(page, 'desktop-adviser');
});
