// jsapi.test.mjs: the JavaScript API in the browser: the example page computes a plan with the ES
// module under the strict CSP, and the module and the classic script return byte for byte what
// the CLI prints for the same cases; trace() gives what `stapelwijzer explain --format json` prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { webDir, artifactsDir } from './support/harness.mjs';
import { openServed, closeServed, cli, cliPlan, sampleCases, watchCsp } from './support/embed-support.mjs';

let browser, app;
before(async () => ({ browser, app } = await openServed(webDir())));
after(() => closeServed(browser, app));

test('the example page computes a plan and shows the own payment', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 1000 } });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  await page.goto(`${app.url}api/example.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swExample === 'done', null, { timeout: 60000 });
  const json = await page.textContent('#json');
  const r = JSON.parse(json);
  assert.equal(r.contract, 1);
  assert.match(await page.textContent('#own'), /^Zelf betalen \/ own payment: €\s[\d.]+,\d\d van \/ of €\s2\.550,00$/);
  // A case without any date: the error names the field.
  await page.fill('input[name=start_date]', '');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.documentElement.dataset.swExample === 'error');
  assert.match(await page.textContent('#error'), /start_date|reference_date/);
  mkdirSync(artifactsDir, { recursive: true });
  await page.fill('input[name=start_date]', '2026-09-01');
  await page.click('button[type=submit]');
  await page.screenshot({ path: join(artifactsDir, 'jsapi-example.png'), fullPage: true });
  assert.deepEqual(violations, []);
  await context.close();
});

test('ES module and classic script give the CLI\'s bytes', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}api/example.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swExample === 'done', null, { timeout: 60000 });
  for (const c of sampleCases(4)) {
    const got = await page.evaluate(async (text) => {
      const m = await import('./stapelwijzer.mjs');
      const viaModule = (await m.create()).plan(text);
      const viaClassic = (await window.Stapelwijzer.create()).plan(JSON.parse(text));
      return { viaModule, viaClassic };
    }, c.text);
    const want = cliPlan(c.text);
    assert.equal(got.viaModule, want, `${c.name}: ES module differs from the CLI`);
    assert.equal(got.viaClassic, want, `${c.name}: classic script differs from the CLI`);
  }
  await context.close();
});

// The engine carries only the rules' fingerprint: create() fetches stapelwijzer-rules.swpack beside
// it once (not with a rulesUrl), and rejects, naming the file, when the host does not serve it.
test('create() fetches the shipped rules beside the engine once, not with a rulesUrl (whose folder\'s pack is one request); a missing file rejects', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}api/example.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swExample === 'done', null, { timeout: 60000 });
  const packs = [];
  const rules = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/stapelwijzer-rules.swpack')) packs.push(r.url());
    if (r.url().startsWith(`${app.url}rules/`)) rules.push(r.url());
  });
  const fresh = await page.evaluate(async () => {
    const sw = await window.Stapelwijzer.create();
    return sw.rules();
  });
  assert.deepEqual([fresh.source, fresh.release, fresh.state], ['builtin', true, 'ok']);
  assert.deepEqual(packs, [`${app.url}api/stapelwijzer-rules.swpack`]);
  const loaded = await page.evaluate(async () => (await window.Stapelwijzer.create({ rulesUrl: '../rules/manifest.json' })).rules());
  assert.deepEqual([loaded.source, loaded.release], ['loaded', true]);
  assert.equal(packs.length, 1, 'a rulesUrl needs no shipped rules');
  assert.deepEqual(rules, [`${app.url}rules/bundle.swpack`], 'the rules URL\'s folder has a pack: one request');
  // rulesPackUrl: the same pack from elsewhere (relative to the page), still the build's own rules.
  const elsewhere = await page.evaluate(async () => (await window.Stapelwijzer.create({ rulesPackUrl: '../rules/bundle.swpack' })).rules());
  assert.deepEqual([elsewhere.source, elsewhere.release], ['builtin', true]);
  assert.equal(packs.length, 1, 'rulesPackUrl replaces the file beside the engine');
  assert.deepEqual(rules, [`${app.url}rules/bundle.swpack`, `${app.url}rules/bundle.swpack`]);

  await context.route('**/stapelwijzer-rules.swpack', (r) => r.fulfill({ status: 404, body: '' }));
  const refused = await page.evaluate(async () => {
    try {
      await window.Stapelwijzer.create();
      return null;
    } catch (e) {
      return { name: e.name, code: e.code, message: e.message };
    }
  });
  assert.equal(refused && refused.code, 3, JSON.stringify(refused));
  assert.match(refused.message, /^stapelwijzer-rules\.swpack: HTTP 404 for .*api\/stapelwijzer-rules\.swpack; host it next to stapelwijzer-engine\.js$/);
  await context.close();
});

// The CLI's `explain --format json` for a case and scheme: the reference bytes of trace().
function cliExplain(caseText, scheme) {
  const r = spawnSync(cli(), ['explain', '--input', '-', '--scheme', scheme, '--format', 'json'],
    { input: caseText, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stapelwijzer explain failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

test('trace(): every condition of a scheme, the CLI explain bytes; errors with code 2', async () => {
  const context = await browser.newContext();
  const violations = await watchCsp(context);
  const page = await context.newPage();
  await page.goto(`${app.url}api/example.html`);
  await page.waitForFunction(() => document.documentElement.dataset.swExample === 'done', null, { timeout: 60000 });
  const example = {
    contract: 1,
    person: { age: 42, employment: 'employee', sector: 'metaal-mkb', receives_student_finance: false },
    course: { start_date: '2023-05-01', costs: { tuition: 2400, exam: 150, materials: 100 }, quality: ['nrto'],
              aim: 'future_job', track: 'private', nlqf_level: 4 },
  };
  const got = await page.evaluate(async (c) => {
    const m = await import('./stapelwijzer.mjs');
    const sw = await m.create();
    const classic = await window.Stapelwijzer.create();
    const codeOf = (f) => { try { f(); return null; } catch (e) { return { name: e.name, code: e.code, message: e.message }; } };
    return {
      text: sw.traceJson(JSON.stringify(c), 'stap-budget'),
      textClassic: classic.traceJson(c, 'stap-budget'),
      object: sw.trace(c, 'oom-trainingstoelage'),
      unknown: codeOf(() => sw.trace(c, 'no-such-scheme')),
      late: codeOf(() => sw.trace({ ...c, course: { ...c.course, start_date: '2026-09-01' } }, 'stap-budget')),
      bad: codeOf(() => sw.trace({ ...c, person: { ...c.person, agee: 4 } }, 'stap-budget')),
    };
  }, example);
  const want = cliExplain(JSON.stringify(example), 'stap-budget');
  assert.equal(got.text, want, 'ES module trace differs from the CLI');
  assert.equal(got.textClassic, want, 'classic script trace differs from the CLI');
  const stap = JSON.parse(got.text);
  assert.equal(stap.reference_date, '2023-05-01');
  // STAP's age rule, wherever the use limit (once per calendar year) puts it in the tree.
  const { depth, ...age } = stap.conditions.find((l) => l.fact === 'person.age');
  assert.ok(depth >= 1, `age line at depth ${depth}`);
  assert.deepEqual(age, {
    kind: 'leaf', outcome: 'true', fact: 'person.age',
    text: { nl: 'U bent 42 jaar. U moet minstens 18 jaar zijn.', en: 'You are 42. You must be at least 18.' },
  });
  assert.ok(stap.conditions.some((l) => l.fact === 'person.uses'), 'the use limit is a line of its own');
  assert.equal(got.object.scheme, 'oom-trainingstoelage');
  assert.deepEqual(got.object.conditions.map((l) => [l.depth, l.kind, l.outcome, l.fact]),
    [[0, 'all', 'true', undefined], [1, 'leaf', 'true', 'person.employment'], [1, 'leaf', 'true', 'person.sector']]);
  assert.deepEqual(got.object, JSON.parse(cliExplain(JSON.stringify(example), 'oom-trainingstoelage')));
  assert.equal(got.unknown.name, 'StapelwijzerError');
  assert.equal(got.unknown.code, 2);
  assert.match(got.unknown.message, /unknown scheme 'no-such-scheme'/);
  assert.equal(got.late.code, 2);
  assert.match(got.late.message, /scheme 'stap-budget' is not valid on 2026-09-01/);
  assert.equal(got.bad.code, 2);
  assert.match(got.bad.message, /person\.agee: unknown field/);
  assert.deepEqual(violations, []);
  await context.close();
});
