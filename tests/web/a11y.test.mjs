// a11y.test.mjs: the accessible version (toegankelijk.html, docs/accessibility.md) used with the
// keyboard only: it fills the contract's worked example with Tab, typing, arrow keys and Space,
// with the network cut after load, and must show the CLI's result for the same case. axe-core finds
// no WCAG 2.1 A/AA violation in Dutch or English; a bad date is announced with its field; the page
// loads only its own files, stores nothing and breaks no CSP rule; screenshots at phone and desktop.
// Each scheme's "Alle voorwaarden" lists the CLI's `explain` lines, outcomes in words, on demand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sourceDir, artifactsDir } from './support/harness.mjs';
import { openServed, closeServed, cli, cliPlan } from './support/embed-support.mjs';
import { a11yWebDir, openA11yPage, axe } from './support/a11y-support.mjs';


// The worked example of docs/contract.md (its "Input" block), less what the form leaves to the
// contract's defaults: reference_date (= the start date), `used` (0) and a cost of 0.
function workedExample() {
  const doc = readFileSync(join(sourceDir, 'docs', 'contract.md'), 'utf8');
  const block = /## Input[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)[1];
  const c = JSON.parse(block);
  delete c.reference_date;
  delete c.person.used;
  for (const [k, v] of Object.entries(c.course.costs)) if (v === 0) delete c.course.costs[k];
  return c;
}

// What a person types into the text boxes, written the Dutch way where there is one.
function typedText(path, value) {
  const dutch = { 'course.costs.tuition': '2.400,00', 'course.costs.exam': '150', 'course.costs.materials': '100,00',
                  'course.start_date': '1-9-2026' };
  return dutch[path] ?? String(value);
}

function flatten(c) {
  const out = {};
  for (const part of ['person', 'course']) {
    for (const [k, v] of Object.entries(c[part])) {
      if (k === 'costs') for (const [ck, cv] of Object.entries(v)) out[`course.costs.${ck}`] = cv;
      else out[`${part}.${k}`] = v;
    }
  }
  return out;
}

let browser, app;
before(async () => ({ browser, app } = await openServed(a11yWebDir())));
after(() => closeServed(browser, app));

const openPage = (opts) => openA11yPage(browser, app, opts);

const revision = (page) => page.evaluate(() => Number(document.documentElement.dataset.swA11yRevision || 0));
async function waitNewResult(page, after) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.swA11yRevision) > n, after, { timeout: 10000 });
}
// Typing is computed 400 ms after the last key, and a slow machine may compute a half-typed value
// first: wait until the case computed holds the whole answer.
async function waitCase(page, fragment) {
  await page.waitForFunction((f) => document.getElementById('case-json').textContent.includes(f), fragment, { timeout: 10000 });
}

// Presses Tab until the element with this id has focus: fails if the tab order never reaches it.
async function tabTo(page, id, max = 60) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const active = await page.evaluate(() => document.activeElement && document.activeElement.id);
    if (active === id) return;
    seen.push(active);
  }
  throw new Error(`Tab never reached #${id}; visited ${seen.join(', ')}`);
}

// Fills one answer with the keyboard, by the kind of control the page made for it.
async function answer(page, path, value) {
  const info = await page.evaluate((p) => {
    const controls = [...document.querySelectorAll(`[name="${p}"]`)];
    const first = controls[0];
    return { tag: first.tagName, type: first.type, checkedId: (controls.find((c) => c.checked) || first).id,
             ids: controls.map((c) => c.id), values: controls.map((c) => c.value) };
  }, path);
  if (info.tag === 'SELECT') {
    await tabTo(page, info.ids[0]);
    for (let i = 0; i < 60 && (await page.inputValue(`[name="${path}"]`)) !== String(value); i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await page.inputValue(`[name="${path}"]`), String(value), `${path}: not reachable with arrow keys`);
  } else if (info.type === 'radio') {
    await tabTo(page, info.checkedId);  // a radio group is one Tab stop, at its chosen button
    const want = String(value);
    for (let i = 0; i < info.values.length; i++) {
      const now = await page.evaluate((p) => document.querySelector(`[name="${p}"]:checked`).value, path);
      if (now === want) break;
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await page.evaluate((p) => document.querySelector(`[name="${p}"]:checked`).value, path), want, path);
  } else if (info.type === 'checkbox') {
    for (const v of value) {
      await tabTo(page, info.ids[info.values.indexOf(v)]);
      await page.keyboard.press('Space');
    }
  } else {
    await tabTo(page, info.ids[0]);
    await page.keyboard.type(typedText(path, value));
  }
}

test('keyboard only, network cut: the worked example gives the CLI\'s result, shown as HTML', async () => {
  const { context, page, requests, violations, errors } = await openPage();
  const want = workedExample();
  const answers = flatten(want);
  // After load the page needs no network: everything below runs offline.
  await context.setOffline(true);
  const order = await page.evaluate(() => [...new Set([...document.querySelectorAll('#case [name]')].map((e) => e.name))]);
  assert.deepEqual(Object.keys(answers).filter((p) => !order.includes(p)), [], 'a fact of the example has no field');
  await page.locator('body').focus();
  for (const path of order) if (answers[path] !== undefined) await answer(page, path, answers[path]);
  const before = await revision(page);
  await tabTo(page, 'submit-answers');
  await page.keyboard.press('Enter');
  await waitNewResult(page, before);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result-heading', 'focus moves to the result');

  // The case the page built is the worked example, and the result is the CLI's, byte for byte.
  const caseText = await page.textContent('#case-json');
  assert.deepEqual(JSON.parse(caseText), want);
  const resultText = await page.textContent('#result-json');
  const cli = cliPlan(caseText);
  assert.equal(resultText, cli, 'the page shows another result than the CLI');
  const r = JSON.parse(cli);

  // What is shown is that result: table rows, totals, groups, summary sentence.
  const euro = (c) => `€ ${Math.trunc(c / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(c % 100).padStart(2, '0')}`;
  const rows = await page.$$eval('table.plan tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  const wantRows = r.plan.contributions.flatMap((c) => Object.values(c.components || { all: c.amount_cents })
    .map((cents) => euro(cents)));
  assert.deepEqual(rows.map((cells) => cells[1]), wantRows);
  assert.ok(r.plan.contributions.length > 0, 'the worked example gets money');
  assert.equal(await page.textContent('#own-payment'), euro(r.plan.own_payment_cents));
  for (const status of ['eligible', 'possible', 'ineligible']) {
    const shown = await page.$$eval(`[data-status=${status}] [data-scheme]`, (lis) => lis.map((li) => li.dataset.scheme));
    assert.deepEqual(shown, r.schemes.filter((s) => s.status === status).map((s) => s.id), status);
  }
  const summary = await page.textContent('#summary');
  assert.match(summary, new RegExp(`^U betaalt zelf ${euro(r.plan.own_payment_cents)} van de ${euro(r.plan.total_cost_cents)}\\.`));
  assert.equal(await page.getAttribute('#summary', 'aria-live'), 'polite');
  if (r.plan.loans.length) assert.equal(await page.$$eval('table.loans tbody tr', (t) => t.length) > 0, true);
  // The plan in words, as the app's "Zo is het berekend".
  assert.deepEqual(await page.$$eval('#r-explanation-list li', (lis) => lis.map((li) => li.textContent)),
                   r.plan.explanation.map((e) => e.nl));

  // Only its own files, nothing stored, no CSP violation, no error.
  // The .xlsx reader of the employer section (web/staff-xlsx.js over read-excel-file) loads with the page.
  const own = ['toegankelijk.html', 'api/stapelwijzer.mjs', 'api/stapelwijzer.js', 'api/stapelwijzer-engine.js',
               'api/stapelwijzer-engine.wasm', 'api/stapelwijzer-rules.swpack', 'read-excel-file.min.js', 'staff-xlsx.js', ...readdirSync(join(sourceDir, 'web', 'a11y')).map((f) => `a11y/${f}`)];
  assert.deepEqual([...new Set(requests)].map((u) => u.replace(app.url, '')).sort(), own.sort());
  const stored = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
    idb: (await indexedDB.databases()).length, sw: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', idb: 0, sw: 0, caches: 0 });
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);

  // Screenshots of the result at desktop and phone size (no sideways scrolling on the phone).
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, 'a11y-desktop-1280x800.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  // On failure, name the elements that stick out, so the message says what to fix.
  const wide = await page.evaluate(() => document.documentElement.scrollWidth <= 390 ? [] :
    [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 390 && e.children.length === 0)
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}px: ${(e.textContent || '').slice(0, 80)}`));
  assert.deepEqual(wide, [], 'sideways scroll at 390 px');
  await page.evaluate(() => document.getElementById('result-heading').scrollIntoView());
  await page.screenshot({ path: join(artifactsDir, 'a11y-phone-390x844.png') });
  await context.close();
});

test('skip link, Dutch amount, a question links to its field (keyboard); string table complete', async () => {
  const { context, page } = await openPage();
  // The skip link is the first Tab stop; the amount box comes after the header's four controls
  // (the link to the canvas version, the language, "for myself" and "for my staff").
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skip-result');
  await tabTo(page, 'f-course-costs-tuition', 6);
  const before = await revision(page);
  await page.keyboard.type('1.250,50');
  await waitNewResult(page, before);
  await waitCase(page, '"tuition": 1250.5');
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement.id)) !== 'skip-result'; i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result-heading');
  const r = JSON.parse(await page.textContent('#result-json'));
  assert.equal(r.plan.total_cost_cents, 125050, 'Dutch amount read');
  const q = r.questions.find((x) => x.fact === 'person.sector');
  assert.ok(q && q.at_stake_cents > 0, 'the sector question matters');
  const stake = (q.at_stake_cents / 100).toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const text = await page.textContent('li[data-fact="person.sector"]');
  assert.ok(text.includes(`In welke sector werkt u? Deze vraag bepaalt nog € ${stake}.`), text);
  // The best case says which schemes would pay it, not only the amount.
  const best = r.best_case_plan.contributions;
  assert.ok(best.length > 0 && r.best_case_plan.own_payment_cents < r.plan.own_payment_cents, 'a better best case');
  const names = await page.evaluate(async () => (await (await import('./api/stapelwijzer.mjs')).create()).catalogue().schemes);
  const withText = await page.textContent('#r-best-with');
  for (const c of best) {
    const name = names.find((s) => s.id === c.scheme).name_nl;
    assert.ok(withText.includes(`${name} (€ ${(c.amount_cents / 100).toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')})`), withText);
  }
  let onLink = false;
  for (let i = 0; i < 40 && !onLink; i++) {
    await page.keyboard.press('Tab');
    onLink = await page.evaluate(() => document.activeElement.getAttribute('href') === '#f-person-sector');
  }
  assert.ok(onLink, 'Tab from the result heading never reached the sector question');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-person-sector');

  const got = await page.evaluate(async () => {
    const { STRINGS } = await import('./a11y/strings.js');
    const { parseEuro, parseDate, parseNumber } = await import('./a11y/case.js');
    const keys = (l) => Object.keys(STRINGS[l]).sort();
    return {
      onlyNl: keys('nl').filter((k) => !(k in STRINGS.en)), onlyEn: keys('en').filter((k) => !(k in STRINGS.nl)),
      euro: ['1.250,50', '2.400', '1250.5', '€ 1 250', '0,5', '', 'abc', '1,2,3', '-5', '12.34.56'].map(parseEuro),
      date: ['1-9-2026', '01/09/2026', '2026-9-1', 'morgen'].map(parseDate),
      number: [['32,5', false], ['1.000', true], ['-3', false], ['veel', false]].map(([t, w]) => parseNumber(t, w)),
    };
  });
  assert.deepEqual(got.onlyNl, []);
  assert.deepEqual(got.onlyEn, []);
  assert.deepEqual(got.euro, [125050, 240000, 125050, 125000, 50, 0, null, null, null, null]);
  assert.deepEqual(got.date, ['2026-09-01', '2026-09-01', '2026-09-01', 'morgen']);
  assert.deepEqual(got.number, [32.5, 1000, -3, 'veel']);
  await context.close();
});

test('a bad date is announced with its field, next to the field, in Dutch and English', async () => {
  const { context, page, violations } = await openPage();
  await page.keyboard.press('Tab');
  await tabTo(page, 'f-course-start-date');
  let before = await revision(page);
  await page.keyboard.type('31-2-2026');
  await waitNewResult(page, before);
  await waitCase(page, '"start_date": "2026-02-31"');
  for (const [lang, question, words] of [['nl', 'Wanneer begint de opleiding?', /bestaande datum/],
                                         ['en', 'When does the course start?', /not a real date/]]) {
    if (lang === 'en') {
      before = await revision(page);
      await page.click('#lang-switch');
      await waitNewResult(page, before);
    }
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    const summary = await page.textContent('#summary');
    assert.ok(summary.includes(question), `${lang}: the live region does not name the field: ${summary}`);
    const field = await page.evaluate(() => {
      const input = document.getElementById('f-course-start-date');
      const described = input.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent);
      return { invalid: input.getAttribute('aria-invalid'), described };
    });
    assert.equal(field.invalid, 'true', lang);
    assert.match(field.described[0], words);
    assert.match(field.described[0], /course\.start_date|2026-02-31/);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.swA11yOutcome), 'error');
  }
  // Submit puts the focus on the field to fix; a right date clears the error.
  await page.click('#submit-answers');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-course-start-date');
  before = await revision(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026-09-01');
  await waitNewResult(page, before);
  await waitCase(page, '"start_date": "2026-09-01"');
  assert.equal(await page.getAttribute('#f-course-start-date', 'aria-invalid'), null);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swA11yOutcome), 'result');
  assert.deepEqual(violations, []);
  await context.close();
});

test('axe-core: no WCAG 2.1 A/AA violation, in Dutch and in English, result and error shown', async () => {
  const { context, page } = await openPage({ query: '?lang=en' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.fill('#f-course-costs-tuition', '2400');
  await page.check('#f-person-employment-employee');
  await page.selectOption('#f-person-sector', 'metaal-mkb');
  await page.click('#submit-answers');
  await page.evaluate(() => { document.querySelector('details.json').open = true; });
  assert.match(await page.textContent('#summary'), /^You pay /);
  assert.deepEqual(await axe(page), [], 'en, result');
  await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.match(await page.textContent('#summary'), /^U betaalt zelf /);
  assert.deepEqual(await axe(page), [], 'nl, result');
  const before = await revision(page);
  await page.fill('#f-course-start-date', 'tomorrow');
  await waitNewResult(page, before);
  assert.deepEqual(await axe(page), [], 'nl, error');
  await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(await axe(page), [], 'en, error');
  // Switching language kept every answer.
  assert.equal(await page.inputValue('#f-course-start-date'), 'tomorrow');
  assert.equal(await page.inputValue('#f-person-sector'), 'metaal-mkb');
  // The check does find a violation when there is one: a field without a label.
  await page.evaluate(() => document.getElementById('case').append(document.createElement('input')));
  assert.ok((await axe(page)).some((v) => v.startsWith('label:')), 'axe missed an unlabelled field');
  await context.close();
});

test('the canvas app and the embed page offer the accessible version as their first Tab stop', async () => {
  for (const [file, expected] of [['index.html', 'toegankelijk.html'], ['embed.html?lang=en', 'toegankelijk.html?lang=en']]) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    // The app may finish loading after the Tab (on a busy machine it often does): its first frame
    // must not take the focus away from the link (it used to: issue 17, item 5). The wasm is held
    // back until the Tab is pressed, so this order is what the test always checks.
    let tabbed;
    const tabPressed = new Promise((r) => { tabbed = r; });
    await page.route('**/app.wasm', async (route) => { await tabPressed; await route.continue(); });
    await page.goto(`${app.url}${file}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.sw-a11y-link');
    await page.keyboard.press('Tab');
    tabbed();
    await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.swState), null, { timeout: 90000 });
    const focused = await page.evaluate(() => ({
      href: document.activeElement.getAttribute('href'),
      text: document.activeElement.textContent,
      top: document.activeElement.getBoundingClientRect().top,
    }));
    assert.equal(focused.href, expected, `${file}: first Tab stop`);
    assert.match(focused.text, /^Toegankelijke versie .*Accessible version/, file);
    assert.ok(focused.top >= 0, `${file}: the focused link is on screen (top ${focused.top})`);
    // Following it opens the page that works without the canvas.
    await page.goto(new URL(expected, `${app.url}${file}`).href);
    await page.waitForFunction(() => document.documentElement.dataset.swA11y === 'ready', null, { timeout: 60000 });
    await context.close();
  }
});

// `stapelwijzer explain --format json` for a case and scheme: the conditions the page must list.
function cliExplain(caseText, scheme) {
  const r = spawnSync(cli(), ['explain', '--input', '-', '--scheme', scheme, '--format', 'json'],
    { input: caseText, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stapelwijzer explain failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout).conditions;
}

// The lines a scheme's "Alle voorwaarden" shows: each item's depth in the nested lists and its own
// text (outcome word, colon, condition), without its children's.
function shownConditions(page, scheme) {
  return page.$$eval(`[data-scheme-conditions="${scheme}"] ul.conditions li`, (items) => items.map((li) => {
    let depth = 0;
    for (let e = li.parentElement; !e.classList.contains('conditions'); e = e.parentElement) if (e.tagName === 'UL') depth++;
    const own = [...li.childNodes].filter((n) => n.nodeName !== 'UL').map((n) => n.textContent).join('');
    return { depth, text: own };
  }));
}

async function openConditions(page, scheme) {
  const summary = page.locator(`[data-scheme-conditions="${scheme}"] > summary`);
  await summary.focus();
  await page.keyboard.press('Enter');  // a <summary> opens with the keyboard
  await page.waitForSelector(`[data-scheme-conditions="${scheme}"] ul.conditions`);
}

test('"Alle voorwaarden" per scheme: the CLI\'s conditions as nested lists, outcomes in words, axe clean', async () => {
  const { context, page, violations, errors } = await openPage();
  await page.fill('#f-course-costs-tuition', '2.400');
  await page.fill('#f-course-start-date', '1-9-2026');
  await page.check('#f-person-employment-employee');
  await page.selectOption('#f-person-sector', 'metaal-mkb');
  await page.fill('#f-person-age', '70');
  await waitCase(page, '"age": 70');
  const before = await revision(page);
  await page.click('#submit-answers');
  await waitNewResult(page, before);
  const caseText = await page.textContent('#case-json');
  const r = JSON.parse(await page.textContent('#result-json'));

  // One collapsed "Alle voorwaarden" per scheme, named after its scheme, nothing computed yet.
  const closed = await page.$$eval('[data-scheme]', (lis) => lis.map((li) => {
    const d = li.querySelector('details.conditions');
    return { id: li.dataset.scheme, open: d.open, lists: d.querySelectorAll('ul').length,
             summary: d.querySelector('summary').textContent };
  }));
  assert.deepEqual(closed.map((c) => c.id).sort(), r.schemes.map((s) => s.id).sort());
  for (const c of closed) {
    assert.equal(c.open, false, c.id);
    assert.equal(c.lists, 0, `${c.id}: computed before it was opened`);
    assert.match(c.summary, /^Alle voorwaarden van \S/, c.id);
  }

  const words = { nl: { true: 'voldaan', false: 'niet voldaan', unknown: 'onbekend' },
                  en: { true: 'met', false: 'not met', unknown: 'unknown' } };
  const expected = (lang, scheme) => cliExplain(caseText, scheme)
    .map((l) => ({ depth: l.depth, text: `${words[lang][l.outcome]}: ${l.text[lang]}` }));

  // OOM: an employee in metaal-mkb meets both conditions.
  await openConditions(page, 'oom-trainingstoelage');
  const oom = await shownConditions(page, 'oom-trainingstoelage');
  assert.deepEqual(oom, expected('nl', 'oom-trainingstoelage'));
  assert.deepEqual(oom.slice(1), [
    { depth: 1, text: 'voldaan: Deze regeling is alleen voor werknemers in loondienst.' },
    { depth: 1, text: 'voldaan: Uw sector: Metaal en Techniek (kleinmetaal; cao Metaal en Techniek, tot ongeveer 30 werknemers). Deze regeling is alleen voor de sector Metaal en Techniek (kleinmetaal; cao Metaal en Techniek, tot ongeveer 30 werknemers).' },
  ]);
  // Every scheme's list is the CLI's; together they show all three outcomes in words.
  const seen = new Set();
  for (const s of r.schemes) {
    if (s.id !== 'oom-trainingstoelage') await openConditions(page, s.id);
    const shown = await shownConditions(page, s.id);
    assert.deepEqual(shown, expected('nl', s.id), s.id);
    for (const l of shown) seen.add(l.text.split(':')[0]);
  }
  assert.deepEqual([...seen].sort(), ['niet voldaan', 'onbekend', 'voldaan']);
  assert.deepEqual(await axe(page), [], 'nl, all conditions open');

  // The screenshot: OOM's conditions open, with the scheme list around it.
  mkdirSync(artifactsDir, { recursive: true });
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details.conditions')) {
      d.open = d.dataset.schemeConditions === 'oom-trainingstoelage' || d.dataset.schemeConditions === 'slim-scholingssubsidie';
    }
    document.querySelector('li[data-scheme="oom-trainingstoelage"]').scrollIntoView();
  });
  await page.screenshot({ path: join(artifactsDir, 'a11y-conditions-1280x800.png') });

  // English: the page is rebuilt, collapsed again; opened, the lines are in English.
  const again = await revision(page);
  await page.click('#lang-switch');
  await waitNewResult(page, again);
  assert.equal(await page.$$eval('details.conditions[open]', (d) => d.length), 0);
  assert.match(await page.textContent('[data-scheme-conditions="oom-trainingstoelage"] > summary'), /^All conditions of /);
  await openConditions(page, 'oom-trainingstoelage');
  const oomEn = await shownConditions(page, 'oom-trainingstoelage');
  assert.deepEqual(oomEn, expected('en', 'oom-trainingstoelage'));
  assert.equal(oomEn[1].text, 'met: This scheme is only for employees.');
  const stap = r.schemes.find((s) => s.id === 'slim-scholingssubsidie') ?? r.schemes.find((s) => s.status !== 'eligible');
  await openConditions(page, stap.id);
  assert.deepEqual(await shownConditions(page, stap.id), expected('en', stap.id));
  assert.deepEqual(await axe(page), [], 'en, conditions open');
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});
