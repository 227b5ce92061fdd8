// workbench.test.mjs: the rules workbench (workbench.html, docs/workbench.md) as a fund officer uses
// it, in headless Chromium under the app's strict CSP: from nothing, add a fund with one scheme by
// editing the JSON, see a lint error at its JSON path (a click selects the place) and fix it, try a
// case, save it as a test after confirming, run the fund's tests and the whole catalogue's, and see
// other funds' tests whose outcome the new scheme changes (axe-core: no WCAG 2.1 A/AA violation); download the fragment and the test and
// check them with the native CLI (`lint`, `test --fragments`). A signed fragment is checked against
// its fund's delegation: refused when another fund's key signed it. The condition tree offers the
// fact table's facts and operators and writes into the JSON. The scheme form creates a scheme
// (amounts typed as people write them, bad input refused and named) and keeps every field it does
// not show. Offline after one visit to the app.
// No request after the start, no
// CSP violation; screenshots at 1280x800 and 390x844.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceDir, artifactsDir } from './support/harness.mjs';
import { openServed, closeServed, cli, watchCsp, serveWith } from './support/embed-support.mjs';
import { a11yWebDir, axe } from './support/a11y-support.mjs';
import { proeffonds } from './support/workbench.mjs';

let browser, app;
before(async () => ({ browser, app } = await openServed(a11yWebDir())));
after(() => closeServed(browser, app));

async function openWorkbench({ width = 1280, height = 800, query = '' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL', acceptDownloads: true });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${app.url}workbench.html${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.swWorkbench, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swWorkbench), 'ready', errors.join('\n'));
  return { context, page, requests, violations, errors };
}

const lintState = (page) => page.waitForFunction(() => ['errors', 'clean'].includes(document.documentElement.dataset.swLint), null, { timeout: 30000 });

// "Begin met een leeg fonds" for fund proeffonds, and its first lint.
async function startFund(page) {
  await page.fill('#fund-name', 'proeffonds');
  await page.click('#new-fund');
  await lintState(page);
}

async function shot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, name), fullPage: false });
}

test('a new fund from nothing: lint at its path, try, save as test, run tests, other funds listed, download and check with the CLI', async () => {
  const { context, page, requests, violations, errors } = await openWorkbench();
  const dir = mkdtempSync(join(tmpdir(), 'sw-workbench-'));
  try {
    // Start from an empty fund.
    await startFund(page);
    assert.match(await page.inputValue('#editor'), /"fragment": "proeffonds"/);
    assert.match(await page.textContent('#sign-commands'), /minisign -S -s keys\/fund-proeffonds\.key -m bundle\/proeffonds\.json/);
    assert.match(await page.textContent('#sign-commands'), /stapelwijzer sign --key keys\/fund-proeffonds\.key bundle\/proeffonds\.json/);
    const afterLoad = requests.length;

    // A scheme with a typo in its kind: the error names schemes[0].kind; a click selects it.
    await page.evaluate(() => { document.documentElement.dataset.swLint = 'pending'; });
    await page.fill('#editor', proeffonds('gifft'));
    await lintState(page);
    const finding = page.locator('#lint-list button.finding[data-path="schemes[0].kind"]');
    await finding.waitFor();
    assert.match(await finding.textContent(), /Fout bij schemes\[0\]\.kind: moet een van deze zijn: gift, .*; nu .gifft.$/);
    // The English the command line prints stays with it, for searching the documentation.
    assert.match(await finding.locator('span[lang=nl]').getAttribute('title'), /^must be one of gift, /);
    await finding.click();
    const selected = await page.evaluate(() => { const e = document.getElementById('editor'); return e.value.slice(e.selectionStart, e.selectionEnd); });
    assert.equal(selected, '"kind": "gifft"');
    // Trying a case while the rules do not load says so.
    await page.click('#try-run');
    assert.match(await page.textContent('#try-summary'), /zonder fouten laden/);
    await shot(page, 'workbench-lint-1280x800.png');

    // Fixed: no errors, the rules load.
    await page.evaluate(() => { document.documentElement.dataset.swLint = 'pending'; });
    await page.fill('#editor', proeffonds());
    await lintState(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.swLint), 'clean', await page.textContent('#lint-list'));
    assert.equal(await page.locator('#lint-list li.error').count(), 0);

    // Try the sample case (sector metaal-mkb): the new scheme pays 300 euro.
    await page.click('#try-run');
    await page.locator('#try-result table').first().waitFor();
    assert.match(await page.textContent('#try-result'), /Proeffonds opleidingsbijdrage/);
    assert.match(await page.textContent('#try-result'), /300,00/);
    assert.match(await page.textContent('#try-summary'), /Eigen bijdrage/);

    // Save as test: only after confirming.
    await page.click('#save-test');
    assert.equal(await page.isVisible('#save-confirm'), true);
    assert.equal(await page.inputValue('#save-file'), 'proeffonds-opleidingsbijdrage-eligible.json');
    await page.click('#save-yes');
    assert.match(await page.textContent('#tests-list'), /proeffonds-opleidingsbijdrage-eligible\.json/);

    // The fund's own tests: the saved one passes.
    await page.click('#run-mine');
    await page.waitForFunction(() => document.documentElement.dataset.swTests === 'done', null, { timeout: 60000 });
    assert.equal(await page.textContent('#tests-summary'), '1 geslaagd, 0 mislukt.');
    assert.match(await page.textContent('#tests-results'), /GESLAAGD .*proeffonds-opleidingsbijdrage-eligible\.json/);

    // The whole catalogue: other funds' tests about a metal worker now get 300 euro more.
    // Its progress is painted while it runs (the page is not frozen): every text the summary shows.
    await page.evaluate(() => {
      document.documentElement.dataset.swTests = 'pending';
      const summary = document.getElementById('tests-summary');
      window.__swSummaries = [];
      new MutationObserver(() => window.__swSummaries.push(summary.textContent)).observe(summary, { childList: true, characterData: true, subtree: true });
    });
    await page.click('#run-all');
    await page.waitForFunction(() => document.documentElement.dataset.swTests === 'done', null, { timeout: 120000 });
    const shown = await page.evaluate(() => window.__swSummaries);
    const progress = shown.filter((x) => /^Bezig met de tests: \d+ van \d+…$/.test(x));
    assert.ok(progress.length >= 10, `progress painted ${progress.length} times: ${shown.slice(0, 5)}`);
    assert.ok(shown.some((x) => /^Bezig met vergelijken met de gepubliceerde regels: \d+ van \d+ tests…$/.test(x)), shown.join('\n'));
    assert.match(await page.textContent('#tests-summary'), /^Hele catalogus: \d+ geslaagd, \d+ mislukt \(\d+ tests\)\.$/);
    const funds = await page.$$eval('#others-list li.changed', (lis) => lis.map((li) => li.dataset.fund));
    assert.ok(funds.includes('oom'), `OOM's tests should be listed: ${funds}`);
    assert.ok(!funds.includes('proeffonds'), 'the fund\'s own test is not "another fund"');
    assert.match(await page.textContent('#others-list'), /\(test van oom\): eigen bijdrage € [\d.,]+ → € [\d.,]+/);
    assert.equal(await page.isVisible('#others-tell'), true);
    // A test where the new scheme merely does not apply is counted, not listed as changed.
    assert.match(await page.textContent('#others-list li.quiet'), /^In \d+ andere test\(s\) staat alleen een nieuwe regeling/);
    assert.ok(!(await page.textContent('#others-list')).includes('ziekenhuizen-bbl-lesgeld-ineligible-sector.json'));
    // What changed, as `stapelwijzer diff` says it: the new fragment and scheme.
    await page.click('#diff-details summary');
    assert.match(await page.textContent('#diff-text'), /proeffonds-opleidingsbijdrage/);
    // Every part filled in: axe-core finds no WCAG 2.1 A/AA violation.
    assert.deepEqual(await axe(page), []);
    await page.locator('#others').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('others').scrollIntoView());
    await shot(page, 'workbench-tests-1280x800.png');

    // Download the fragment and the test; the native CLI agrees with the workbench.
    const save = async (selector, to) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      await download.saveAs(to);
      return download.suggestedFilename();
    };
    const bundle = join(dir, 'bundle');
    cpSync(join(sourceDir, 'rules-data', 'nl', 'bundle'), bundle, { recursive: true });
    mkdirSync(join(dir, 'tests'));
    assert.equal(await save('#downloads li:nth-child(1) a', join(bundle, 'proeffonds.json')), 'proeffonds.json');
    assert.equal(await save('#downloads li:nth-child(2) a', join(dir, 'tests', 'proeffonds-opleidingsbijdrage-eligible.json')),
                 'proeffonds-opleidingsbijdrage-eligible.json');
    assert.equal(readFileSync(join(bundle, 'proeffonds.json'), 'utf8'), proeffonds());
    const lint = spawnSync(cli(), ['lint', bundle], { encoding: 'utf8' });
    assert.ok(lint.status === 0 || lint.status === 1, lint.stdout + lint.stderr);
    assert.doesNotMatch(lint.stdout, /^error: /m);
    const run = spawnSync(cli(), ['test', join(dir, 'tests'), '--fragments', bundle], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^1 passed, 0 failed$/m);
    const saved = JSON.parse(readFileSync(join(dir, 'tests', 'proeffonds-opleidingsbijdrage-eligible.json'), 'utf8'));
    assert.equal(saved.expected.statuses['proeffonds-opleidingsbijdrage'], 'eligible');
    assert.ok(saved.expected.contributions.some((c) => c.scheme === 'proeffonds-opleidingsbijdrage' && c.amount_cents === 30000));

    // Nothing fetched after the start (downloads are blob: URLs of the page itself), all of it
    // from the page's own origin; no CSP violation, no error.
    const origin = new URL(app.url).origin;
    for (const u of requests) if (!u.startsWith('blob:')) assert.equal(new URL(u).origin, origin, u);
    assert.deepEqual(requests.slice(afterLoad).filter((u) => !u.startsWith('blob:')), []);
    assert.ok(requests.some((u) => u.endsWith('/workbench/catalogue-tests.json')));
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
});

test('a signed fragment: refused when another fund\'s key signed it, accepted with its own; in English too', async () => {
  const { context, page, violations } = await openWorkbench({ width: 390, height: 844, query: '?lang=en' });
  const dir = mkdtempSync(join(tmpdir(), 'sw-workbench-sign-'));
  try {
    const text = readFileSync(join(sourceDir, 'rules-data', 'nl', 'bundle', 'uwv.json'), 'utf8')
      .replace('"version": "2026.11.1"', '"version": "2026.12.1"');
    writeFileSync(join(dir, 'uwv.json'), text);
    await page.setInputFiles('#fragment-file', join(dir, 'uwv.json'));
    await lintState(page);
    assert.equal(await page.inputValue('#editor'), text);
    assert.match(await page.textContent('#lint-summary'), /No errors and no warnings/);
    const sign = (key) => {
      const r = spawnSync(cli(), ['sign', '--key', join(sourceDir, 'rules-data', 'dev-keys', key), join(dir, 'uwv.json')], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return join(dir, 'uwv.json.minisig');
    };
    await page.setInputFiles('#signature-file', sign('fund-oom.key'));
    await page.waitForFunction(() => document.documentElement.dataset.swVerify === 'refused');
    assert.match(await page.textContent('#verify-message'),
                 /The signature is refused\. Reason: uwv\.json\.minisig: signed by fund oom's key \w+, but uwv\.json is delegated to fund uwv/);
    // The same refusal on the Dutch page: the reason in Dutch (reasons-nl.js), then back to English.
    await page.click('#lang-switch');
    await page.waitForFunction(() => /geweigerd/.test(document.getElementById('verify-message').textContent));
    assert.match(await page.textContent('#verify-message'),
                 /Reden: uwv\.json\.minisig: ondertekend met sleutel \w+ van fonds oom, maar uwv\.json hoort bij fonds uwv/);
    await page.click('#lang-switch');
    await page.waitForFunction(() => /refused/.test(document.getElementById('verify-message').textContent));
    await page.setInputFiles('#signature-file', sign('fund-uwv.key'));
    await page.waitForFunction(() => document.documentElement.dataset.swVerify === 'ok');
    assert.match(await page.textContent('#verify-message'), /The signature is right: signed by fund uwv/);
    // An id outside the fund's prefixes: lint names the place before anything is signed.
    await page.evaluate(() => { document.documentElement.dataset.swLint = 'pending'; });
    await page.fill('#editor', text.replace('"uwv-scholingsbudget-ww"', '"andermans-regeling"'));
    await lintState(page);
    assert.match(await page.textContent('#lint-list'), /Error at schemes\[0\]\.id: .*outside fund uwv's delegation \(prefixes: uwv-\)/);
    await page.locator('#verify-message').scrollIntoViewIfNeeded();
    await shot(page, 'workbench-sign-390x844.png');
    await page.locator('#lint-list').scrollIntoViewIfNeeded();
    await shot(page, 'workbench-lint-390x844.png');
    assert.deepEqual(await axe(page), []);
    // The phone layout does not scroll sideways.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
    assert.deepEqual(violations, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
});

test('the condition tree: only the operators the fact table allows; a new leaf written into the JSON and linted', async () => {
  const { context, page, violations, errors } = await openWorkbench();
  try {
    await startFund(page);
    await page.evaluate(() => { document.documentElement.dataset.swLint = 'pending'; });
    await page.fill('#editor', proeffonds());
    await lintState(page);
    await page.click('#tree-details summary');
    await page.locator('#tree .leaf').first().waitFor();  // drawn on the toggle event
    assert.equal(await page.inputValue('#tree-scheme'), '0');
    // The scheme's one leaf: its fact, operator and value as the JSON has them.
    const leaf = page.locator('#tree .leaf').first();
    assert.equal(await leaf.locator('select[aria-label="Feit"]').inputValue(), 'person.sector');
    assert.deepEqual(await leaf.locator('select[aria-label="Vergelijking"] option').allTextContents(), ['=', '!=', 'in', 'not_in']);
    assert.equal(await leaf.locator('select[aria-label="Waarde"]').inputValue(), 'metaal-mkb');
    // Put it in a group and add a second condition: age at least 18.
    await leaf.getByRole('button', { name: 'In een groep zetten' }).click();
    await page.locator('#tree .group').first().getByRole('button', { name: '+ voorwaarde' }).click();
    const second = page.locator('#tree .leaf').nth(1);
    await second.locator('select[aria-label="Feit"]').selectOption('person.age');
    await second.locator('select[aria-label="Vergelijking"]').selectOption('>=');
    await page.locator('#tree .leaf').nth(1).locator('input[aria-label="Waarde"]').fill('18');
    // Before the explanations are filled in, lint names the place.
    await page.waitForFunction(() => /condition\.all\[1\]\.explain/.test(document.getElementById('lint-list').textContent), null, { timeout: 30000 });
    await page.evaluate(() => { document.documentElement.dataset.swLint = 'pending'; });
    await page.locator('#tree .leaf').nth(1).locator('input[aria-label="Uitleg in het Nederlands"]').fill('U moet 18 jaar of ouder zijn.');
    await page.locator('#tree .leaf').nth(1).locator('input[aria-label="Uitleg in het Engels"]').fill('You must be 18 or older.');
    await page.waitForFunction(() => document.documentElement.dataset.swLint === 'clean', null, { timeout: 30000 });
    const condition = JSON.parse(await page.inputValue('#editor')).schemes[0].condition;
    assert.deepEqual(condition.all[1], { fact: 'person.age', op: '>=', value: 18,
                                         explain: { nl: 'U moet 18 jaar of ouder zijn.', en: 'You must be 18 or older.' } });
    assert.equal(condition.all[0].value, 'metaal-mkb');
    // A yes/no fact offers = and != only.
    await second.locator('select[aria-label="Feit"]').selectOption('person.receives_ww');
    assert.deepEqual(await page.locator('#tree .leaf').nth(1).locator('select[aria-label="Vergelijking"] option').allTextContents(), ['=', '!=']);
    await page.locator('#tree').scrollIntoViewIfNeeded();
    await shot(page, 'workbench-tree-1280x800.png');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the scheme form on a real fragment: every scheme drawn without changing the JSON; a form edit changes only its field', async () => {
  const { context, page, violations, errors } = await openWorkbench();
  try {
    const file = join(sourceDir, 'rules-data', 'nl', 'bundle', 'national.json');
    const text = readFileSync(file, 'utf8');
    const doc = JSON.parse(text);
    await page.setInputFiles('#fragment-file', file);
    await lintState(page);
    await page.click('#form-details summary');
    await page.locator('#sf-id').waitFor();
    for (const [i, scheme] of doc.schemes.entries()) {
      await page.selectOption('#form-scheme', String(i));
      await page.waitForFunction((id) => document.getElementById('sf-id').value === id, scheme.id);
      assert.equal(await page.inputValue('#sf-name-en'), scheme.name.en);
      assert.equal(await page.inputValue('#sf-valid-from'), scheme.valid.from);
      if (typeof scheme.formula?.amount === 'number') {
        assert.equal(await page.inputValue('#sf-amount'), scheme.formula.amount.toLocaleString('nl-NL', { maximumFractionDigits: 2 }), scheme.id);
      }
    }
    assert.equal(await page.inputValue('#editor'), text, 'drawing the form changes nothing');
    // A percentage given as a list of cases is shown as JSON, to be edited there.
    await page.selectOption('#form-scheme', String(doc.schemes.findIndex((x) => x.id === 'slim-scholingssubsidie')));
    assert.match(await page.textContent('#scheme-form'), /Percentage: \[\{"when".*\(bewerk deze in de JSON\)/);
    // STAP: a form edit changes its field only; use_limit (not in the form) and all else stay.
    const stap = doc.schemes.findIndex((x) => x.id === 'stap-budget');
    await page.selectOption('#form-scheme', String(stap));
    assert.match(await page.textContent('#form-rest'), /Alleen in de JSON: use_limit\./);
    await page.getByLabel('Naam in het Engels', { exact: true }).fill('STAP training budget');
    const edited = JSON.parse(await page.inputValue('#editor'));
    assert.equal(edited.schemes[stap].name.en, 'STAP training budget');
    edited.schemes[stap].name.en = doc.schemes[stap].name.en;
    assert.deepEqual(edited, doc);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('offline: after one visit to the app, the workbench starts and lints with the server gone', async (t) => {
  const server = await serveWith(a11yWebDir());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  t.after(async () => { await context.close(); await server.stop(); });
  const page = await context.newPage();
  await page.goto(`${server.url}index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swServiceWorker === 'registered', null, { timeout: 90000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  // The worker fetched its shell at install: the workbench's files are in its cache.
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      if (await (await caches.open(name)).match('workbench/catalogue-tests.json')) return true;
    }
    return false;
  }, null, { timeout: 60000, polling: 250 });
  await server.stop();
  await page.goto(`${server.url}workbench.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swWorkbench, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swWorkbench), 'ready');
  await page.evaluate(() => { document.documentElement.dataset.swLint = 'pending'; });
  await page.fill('#editor', proeffonds('gifft'));
  await lintState(page);
  assert.equal(await page.locator('#lint-list button.finding[data-path="schemes[0].kind"]').count(), 1);
});

test('the service worker keeps every file of the workbench (offline after one visit)', () => {
  const worker = readFileSync(join(sourceDir, 'web', 'sw.js'), 'utf8');
  const shell = /const SHELL = \[([\s\S]*?)\];/.exec(worker)[1];
  const listed = [...shell.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const files = readdirSync(join(sourceDir, 'web', 'workbench')).map((f) => `workbench/${f}`);
  assert.deepEqual(files.filter((f) => !listed.includes(f)), []);
  for (const f of ['workbench.html', 'workbench/catalogue-tests.json', 'a11y/result.js', 'api/stapelwijzer.mjs'])
    assert.ok(listed.includes(f), f);
});

test('the scheme form: a new scheme filled in through the form, amounts as people type them, bad input refused and named, other fields kept', async () => {
  const { context, page, violations, errors } = await openWorkbench();
  try {
    await startFund(page);
    await page.click('#form-details summary');
    await page.locator('#scheme-form p').first().waitFor();  // "no schemes yet", drawn on the toggle event
    const json = async () => JSON.parse(await page.inputValue('#editor'));
    const clean = async () => {
      await page.waitForFunction(() => document.documentElement.dataset.swLint === 'clean', null, { timeout: 30000 })
        .catch(async (e) => { throw new Error(`${e.message}\n${await page.textContent('#lint-list')}`); });
    };

    // A new scheme: written into the JSON at once; lint names what is still missing.
    await page.click('#form-new');
    await page.locator('#sf-name-nl').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'sf-name-nl');
    assert.equal((await json()).schemes[0].id, 'proeffonds-nieuwe-regeling');
    await page.waitForFunction(() => /schemes\[0\]\.name/.test(document.getElementById('lint-list').textContent), null, { timeout: 30000 });

    // Texts, period, amount, covered costs, interactions, source: by label, as an officer does.
    const fill = (label, value) => page.getByLabel(label, { exact: true }).fill(value);
    await fill('Naam in het Nederlands', 'Proeffonds opleidingsbijdrage');
    await fill('Naam in het Engels', 'Proeffonds training contribution');
    await fill('Beschrijving in het Nederlands (B1, eenvoudig)', 'Het proeffonds betaalt een deel van het lesgeld en het examengeld.');
    await fill('Beschrijving in het Engels', 'The trial fund pays part of the tuition and the exam fee.');
    await fill('Aanbieder (wie de regeling uitvoert)', 'Proeffonds');
    await fill('Webadres om aan te vragen (https://)', 'https://www.proeffonds.nl/regelingen/opleidingsbijdrage');
    await fill('Geldig vanaf', '1-1-2026');
    await fill('Geldig tot en met', '2027-12-31');
    await fill('Bedrag in euro', '1.250,50');
    await page.getByLabel('Examengeld (exam)').check();
    await page.locator('#sf-excludes-add').selectOption('oom-trainingstoelage');
    await page.locator('#scheme-form fieldset.ids').first().getByRole('button', { name: 'Voeg toe' }).click();
    await page.getByLabel('Webadres van de pagina').fill('https://www.proeffonds.nl/regelingen/opleidingsbijdrage');
    await page.getByLabel('Titel van de pagina').fill('Proeffonds: opleidingsbijdrage');
    await page.getByLabel('Datum op de pagina of datum dat u hem las').fill('04-12-2026');
    await page.getByLabel('Hoe zeker is dit (confidence)').selectOption('confirmed');
    await clean();
    let scheme = (await json()).schemes[0];
    assert.deepEqual(scheme.name, { nl: 'Proeffonds opleidingsbijdrage', en: 'Proeffonds training contribution' });
    assert.equal(scheme.description.en, 'The trial fund pays part of the tuition and the exam fee.');
    assert.deepEqual(scheme.valid, { from: '2026-01-01', to: '2027-12-31' });
    // "1.250,50" is 125050 cents: the format writes euro, so the JSON holds 1250.5 (read back by the
    // loader from its decimal text as exactly 125050 cents).
    assert.deepEqual(scheme.formula, { type: 'fixed', per: 'course', amount: 1250.5 });
    assert.match(await page.inputValue('#editor'), /"amount": 1250\.5\n/);
    assert.deepEqual(scheme.covers, ['tuition', 'exam']);
    assert.deepEqual(scheme.interactions, { excludes: ['oom-trainingstoelage'] });
    assert.deepEqual(scheme.sources, [{ url: 'https://www.proeffonds.nl/regelingen/opleidingsbijdrage', title: 'Proeffonds: opleidingsbijdrage', checked: '2026-12-04' }]);
    assert.equal(scheme.confidence, 'confirmed');
    // The engine pays exactly € 1.250,50 of the sample case's € 2.550 of tuition and exam.
    await page.click('#try-run');
    await page.locator('#try-result table').first().waitFor();
    assert.match(await page.textContent('#try-result'), /Proeffonds opleidingsbijdrage[\s\S]*1\.250,50/);

    // A percentage with a cap: the amount field goes, the cap is typed as people write it.
    await page.getByLabel('Hoe het bedrag wordt berekend').selectOption('percentage');
    await fill('Percentage', '80');
    // A bad cap: refused with the field named and the reason; the JSON stays as it was.
    const before = await page.inputValue('#editor');
    const cap = page.getByLabel('Maximum in euro (leeg: geen maximum)');
    await cap.fill('1.000,505');
    await cap.press('Tab');
    assert.equal(await page.textContent('#sf-cap-msg'),
                 'Maximum in euro (leeg: geen maximum): ‘1.000,505’ heeft meer dan twee cijfers achter de komma; een bedrag is in hele centen.');
    assert.equal(await cap.getAttribute('aria-invalid'), 'true');
    await cap.fill('2,500');
    await cap.press('Tab');
    assert.match(await page.textContent('#sf-cap-msg'), /^Maximum in euro .*‘2,500’ kan 2\.500 euro of 2,50 euro betekenen\./);
    assert.equal(await page.inputValue('#editor'), before);
    await cap.fill('€ 1.000,-');
    assert.equal(await page.textContent('#sf-cap-msg'), '');
    await page.locator('#sf-cap-per').selectOption('year');
    await clean();
    scheme = (await json()).schemes[0];
    assert.deepEqual(scheme.formula, { type: 'percentage', percent: 80, cap: { amount: 1000, per: 'year' } });
    await page.evaluate(() => { document.getElementById('try-result').replaceChildren(); });
    await page.click('#try-run');
    await page.locator('#try-result table').first().waitFor();
    assert.match(await page.textContent('#try-result'), /Proeffonds opleidingsbijdrage[\s\S]*1\.000,00/);

    // A field the form does not show (terms) and one the format does not know: after a form edit
    // both are still in the JSON; lint names the unknown one, the form says they are in the JSON only.
    const doc = await json();
    doc.schemes[0].terms = { apply_weeks_before_start: 6 };
    doc.schemes[0].x_remark = 'kept';
    await page.evaluate(() => { document.documentElement.dataset.swLint = 'pending'; });
    await page.fill('#editor', JSON.stringify(doc, null, 2) + '\n');
    await lintState(page);
    await page.waitForFunction(() => /terms, x_remark/.test(document.getElementById('form-rest').textContent));
    await fill('Naam in het Engels', 'Trial fund training contribution');
    scheme = (await json()).schemes[0];
    assert.equal(scheme.name.en, 'Trial fund training contribution');
    assert.deepEqual(scheme.terms, { apply_weeks_before_start: 6 });
    assert.equal(scheme.x_remark, 'kept');
    await lintState(page);
    assert.match(await page.textContent('#lint-list'), /schemes\[0\]\.x_remark/);

    // In English: English labels and reasons, amounts in the English way.
    await page.click('#lang-switch');
    await page.getByLabel('Maximum in euro (empty: no maximum)').waitFor();
    assert.equal(await page.getByLabel('Maximum in euro (empty: no maximum)').inputValue(), '1,000');
    await page.getByLabel('Percentage', { exact: true }).fill('150');
    await page.getByLabel('Percentage', { exact: true }).press('Tab');
    assert.equal(await page.textContent('#sf-percent-msg'), 'Percentage: ‘150’ is not a percentage from 0 to 100.');
    assert.equal((await json()).schemes[0].formula.percent, 80);
    await page.click('#lang-switch');

    // Screenshots with a refused amount on screen; axe-core: no WCAG 2.1 A/AA violation then either.
    await cap.fill('12,3456');
    await cap.press('Tab');
    assert.match(await page.textContent('#sf-cap-msg'), /‘12,3456’ heeft meer dan twee cijfers achter de komma/);
    await page.evaluate(() => document.getElementById('sf-percent').scrollIntoView({ block: 'start' }));
    await shot(page, 'workbench-form-1280x800.png');
    assert.deepEqual(await axe(page), []);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => document.getElementById('sf-cap').scrollIntoView({ block: 'center' }));
    await shot(page, 'workbench-form-390x844.png');
    // The phone layout does not scroll sideways (else: the elements that stick out).
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.id || e.tagName)), []);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
