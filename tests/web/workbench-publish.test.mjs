// workbench-publish.test.mjs: the guide "Add a fund" of docs/maintaining-rules.md end to end, as a
// fund officer and the maintainers follow it: in the workbench (headless Chromium, the app's CSP)
// a fund is made from nothing with two schemes, two tried cases are saved as tests and pass, the
// fragment and its tests are downloaded; the guide's commands then make the fund's key, sign the
// fragment and the snapshot (the repository's development root keys, which the build trusts) and
// verify it; and the app, given that signed bundle as its rules URL, shows the new fund's schemes.
// The guides "Change an amount or a period" and "End a scheme" on oom.json through the form: the
// catalogue's tests name the expectations that no longer hold, in Dutch, and the diff the changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceDir, artifactsDir, launch, appState, findWidget } from './support/harness.mjs';
import { typeInto } from './support/flow.mjs';
import { cli, serveWith, hostServer, watchCsp } from './support/embed-support.mjs';
import { a11yWebDir } from './support/a11y-support.mjs';
import { proeffonds } from './support/workbench.mjs';

let browser, app, rulesHost;
const work = mkdtempSync(join(tmpdir(), 'sw-publish-'));
before(async () => {
  rulesHost = await hostServer(work);
  const origin = new URL(rulesHost.url).origin;
  app = await serveWith(a11yWebDir(), ['--connect', origin]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.stop();
  rulesHost?.stop();
  rmSync(work, { recursive: true, force: true });
});

const text = (nl, en) => ({ nl, en });

// The fund's two schemes: the trial fund's 300 euro of the tuition for the metal sector
// (support/workbench.mjs), and 200 euro of the exam for people of 55 and older (so the app, which
// does not know the age yet, calls it possible).
function fragment() {
  const doc = JSON.parse(proeffonds());
  doc.schemes.push({
    id: 'proeffonds-examenbonus',
    name: text('Proeffonds examenbonus 55+', 'Proeffonds exam bonus 55+'),
    description: text('Het proeffonds betaalt 200 euro van het examen voor wie 55 of ouder is.',
                      'The trial fund pays 200 euro of the exam for people aged 55 or older.'),
    provider: 'Proeffonds', kind: 'gift', applicant: 'person',
    apply_url: 'https://www.proeffonds.nl/regelingen/examenbonus',
    valid: { from: '2026-01-01' }, confidence: 'indicative',
    condition: { all: [
      { ...doc.schemes[0].condition },
      { fact: 'person.age', op: '>=', value: 55, explain: text('U bent 55 jaar of ouder.', 'You are 55 or older.') },
    ] },
    covers: ['exam'], formula: { type: 'fixed', amount: 200, per: 'course' }, priority: 150,
    sources: [{ url: 'https://www.proeffonds.nl/regelingen/examenbonus', title: 'Proeffonds: examenbonus', checked: '2026-12-04' }],
  });
  return JSON.stringify(doc, null, 2) + '\n';
}

const lintState = (page) => page.waitForFunction(() => ['errors', 'clean'].includes(document.documentElement.dataset.swLint), null, { timeout: 30000 });

// Tries the case in the editor and saves it as a test under `file` after confirming.
async function tryAndSave(page, file) {
  await page.click('#try-run');
  await page.locator('#try-result table').first().waitFor();
  await page.click('#save-test');
  await page.fill('#save-file', file);
  await page.click('#save-yes');
  await page.waitForFunction((f) => document.getElementById('tests-list').textContent.includes(f), file);
}

function run(args) {
  const r = spawnSync(cli(), args, { cwd: work, encoding: 'utf8' });
  assert.equal(r.status, 0, `stapelwijzer ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

test('add a fund with two schemes and tests in the workbench, sign it as the guide says, and the app shows it', async () => {
  // 1. The workbench: a fund from nothing, two schemes, two tests.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', acceptDownloads: true });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  await page.goto(`${app.url}workbench.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swWorkbench === 'ready', null, { timeout: 60000 });
  await page.fill('#fund-name', 'proeffonds');
  await page.click('#new-fund');
  await lintState(page);
  await page.evaluate(() => { document.documentElement.dataset.swLint = 'pending'; });
  await page.fill('#editor', fragment());
  await lintState(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.swLint), 'clean', await page.textContent('#lint-list'));

  // The sample case is a metal worker of 42: the contribution applies, the exam bonus does not.
  await tryAndSave(page, 'proeffonds-42-jaar.json');
  assert.match(await page.textContent('#try-result'), /300,00/);
  // The same worker at 60: both apply.
  const older = JSON.parse(await page.inputValue('#case-text'));
  older.person.age = 60;
  await page.fill('#case-text', JSON.stringify(older, null, 2));
  await tryAndSave(page, 'proeffonds-60-jaar.json');
  assert.match(await page.textContent('#try-result'), /200,00/);

  await page.click('#run-mine');
  await page.waitForFunction(() => document.documentElement.dataset.swTests === 'done', null, { timeout: 60000 });
  assert.equal(await page.textContent('#tests-summary'), '2 geslaagd, 0 mislukt.');

  // Downloads: the fragment and both tests, into the folder the guide works in.
  const bundle = join(work, 'bundle');
  cpSync(join(sourceDir, 'rules-data', 'nl', 'bundle'), bundle, { recursive: true });
  mkdirSync(join(work, 'tests'));
  mkdirSync(join(work, 'keys'));
  const links = page.locator('#downloads a');
  assert.equal(await links.count(), 3);
  for (let i = 0; i < 3; i++) {
    const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
    const name = download.suggestedFilename();
    await download.saveAs(name === 'proeffonds.json' ? join(bundle, name) : join(work, 'tests', name));
  }
  assert.equal(readFileSync(join(bundle, 'proeffonds.json'), 'utf8'), fragment());
  const older60 = JSON.parse(readFileSync(join(work, 'tests', 'proeffonds-60-jaar.json'), 'utf8'));
  assert.equal(older60.expected.statuses['proeffonds-examenbonus'], 'eligible');
  assert.deepEqual(violations, []);
  await context.close();

  // 2. The guide's commands: the fund's key, the maintainers' delegation, both signatures, verify.
  run(['keygen', '--public', 'keys/fund-proeffonds.pub', '--secret', 'keys/fund-proeffonds.key']);
  const manifest = JSON.parse(readFileSync(join(bundle, 'manifest.json'), 'utf8'));
  const delegations = {};
  for (const [fund, d] of Object.entries(manifest.delegations)) delegations[fund] = { ...d, files: [] };
  for (const f of manifest.fragments) if (f.fund) delegations[f.fund].files.push(f.file);
  const pub = readFileSync(join(work, 'keys', 'fund-proeffonds.pub'), 'utf8').split('\n')[1];
  delegations.proeffonds = { keys: [pub], threshold: 1, prefixes: ['proeffonds-'], files: ['proeffonds.json'] };
  writeFileSync(join(work, 'delegations.json'), JSON.stringify(delegations, null, 2));
  const devKeys = join(sourceDir, 'rules-data', 'dev-keys');
  run(['test', 'tests', '--fragments', 'bundle']);
  run(['sign', '--key', 'keys/fund-proeffonds.key', 'bundle/proeffonds.json']);
  run(['sign', '--bundle', 'bundle', '--key', join(devKeys, 'root-1.key'), '--key', join(devKeys, 'root-2.key'),
       '--expires', '2027-03-01', '--delegations', 'delegations.json']);
  const verified = run(['verify', '--rules', 'bundle']);
  assert.match(verified, /proeffonds\.json: .*delegated to fund proeffonds/);
  assert.match(verified, /result: verified/);

  // 3. The app with that signed bundle as its rules URL, for the metal sector.
  const appContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const appViolations = await watchCsp(appContext);
  const appPage = await appContext.newPage();
  const rules = encodeURIComponent(`${rulesHost.url}bundle/manifest.json`);
  await appPage.goto(`${app.url}embed.html?lang=nl&sector=metaal-mkb&rules=${rules}&sw-test`);
  await appPage.waitForFunction(() => document.documentElement.dataset.swState === 'ready', null, { timeout: 90000 });
  assert.equal(await appPage.evaluate(() => document.documentElement.dataset.swRules), 'alternative');
  // The course as a person types it; the plan then pays the new fund's 300 euro, drawn in the
  // result's bar with the scheme's name, and the exam bonus waits for the age.
  await typeInto(appPage, 'course.cost.tuition', '2400');
  await typeInto(appPage, 'course.cost.exam', '150');
  const part = await findWidget(appPage, 'result.bar.part.proeffonds-opleidingsbijdrage');
  assert.equal(part.text, 'Proeffonds opleidingsbijdrage: € 300,00');
  const state = await appState(appPage);
  assert.equal(state.release_rules, false, 'the officer\'s published bundle is used, not the release\'s');
  assert.equal(state.rules_state, 'ok');
  const result = JSON.parse(state.result_json);
  const status = (id) => result.schemes.find((s) => s.id === id)?.status;
  assert.equal(status('proeffonds-opleidingsbijdrage'), 'eligible', state.result_json);
  assert.equal(status('proeffonds-examenbonus'), 'possible', state.result_json);
  mkdirSync(artifactsDir, { recursive: true });
  await appPage.screenshot({ path: join(artifactsDir, 'workbench-published-in-app.png') });
  assert.deepEqual(appViolations, []);
  await appContext.close();
});

test('change an amount and end a scheme of an existing fragment in the form; the catalogue\'s tests and the diff say what changes', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  const dir = mkdtempSync(join(tmpdir(), 'sw-publish-oom-'));
  try {
    await page.goto(`${app.url}workbench.html`);
    await page.waitForFunction(() => document.documentElement.dataset.swWorkbench === 'ready', null, { timeout: 60000 });
    // The guide's first step: a new version number for the changed fragment.
    const published = readFileSync(join(sourceDir, 'rules-data', 'nl', 'bundle', 'oom.json'), 'utf8');
    const oom = published.replace(/"version": "[^"]+"/, '"version": "2026.12.1"');
    writeFileSync(join(dir, 'oom.json'), oom);
    await page.setInputFiles('#fragment-file', join(dir, 'oom.json'));
    await page.waitForFunction((text) => document.getElementById('editor').value === text, oom);
    await lintState(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.swLint), 'clean',
                 `${await page.evaluate(() => document.documentElement.dataset.swLint)}: ${await page.textContent('#lint-list')}`);

    // OOM's training allowance: the cap from 750 to 900 euro a year, and an end date.
    await page.click('#form-details summary');
    await page.waitForFunction(() => document.querySelectorAll('#form-scheme option').length > 1);
    const ids = await page.$$eval('#form-scheme option', (os) => os.map((o) => o.textContent));
    const index = ids.findIndex((x) => x.includes('oom-trainingstoelage'));
    assert.ok(index >= 0, ids.join(', '));
    await page.locator('#form-scheme').selectOption({ index });
    const cap = page.getByLabel('Maximum in euro (leeg: geen maximum)');
    await cap.fill('900');
    await cap.press('Tab');
    const end = page.getByLabel('Geldig tot en met', { exact: true });
    await end.fill('31-12-2027');
    await end.press('Tab');
    await page.waitForFunction(() => /"to": "2027-12-31"/.test(document.getElementById('editor').value));
    await lintState(page);
    const scheme = JSON.parse(await page.inputValue('#editor')).schemes.find((s) => s.id === 'oom-trainingstoelage');
    assert.deepEqual(scheme.formula.cap, { amount: 900, per: 'year' });
    assert.equal(scheme.valid.to, '2027-12-31');

    // The whole catalogue: OOM's own tests that expect 750 euro now fail, named in Dutch.
    await page.evaluate(() => { document.documentElement.dataset.swTests = 'pending'; });
    await page.click('#run-all');
    await page.waitForFunction(() => document.documentElement.dataset.swTests === 'done', null, { timeout: 180000 });
    const summary = await page.textContent('#tests-summary');
    const failed = Number(/(\d+) mislukt/.exec(summary)[1]);
    assert.ok(failed >= 1, summary);
    const failures = await page.$$eval('#tests-results li.fail', (lis) => lis.map((li) => li.textContent));
    assert.equal(failures.length, failed);
    assert.ok(failures.some((f) => /MISLUKT .*oom.*verwacht/s.test(f) && /75000/.test(f) && /90000/.test(f)), failures.join('\n'));
    // What changed, as `stapelwijzer diff` says it.
    const diff = await page.textContent('#diff-text');
    assert.match(diff, /oom-trainingstoelage/);
    assert.match(diff, /900/);
    assert.match(diff, /2027-12-31/);
    assert.deepEqual(violations, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
});
