// workbench-reasons.test.mjs: the workbench's Dutch reasons (web/workbench/reasons-nl.js) cover
// what the engine really writes. Each mistake below, made in a copy of the published uwv.json, is
// linted by the JavaScript API under Node (lintRules, as the workbench does); every reason it gives
// must have a Dutch wording without English left in it, and a few are checked word for word.
// The signature check's refusals (verifyFragment) too, with fragments signed by the CLI.
// A new English sentence in the engine without a Dutch shape makes this test fail.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const wasmDir = process.env.SW_WASM_DIR;
const source = process.env.SW_SOURCE_DIR;
let sw, dutchReason;
before(async () => {
  assert.ok(wasmDir && source, 'SW_WASM_DIR and SW_SOURCE_DIR must be set');
  sw = await require(join(wasmDir, 'web', 'api', 'stapelwijzer.js')).create({ workbench: true });
  ({ dutchReason } = await import(pathToFileURL(join(source, 'web', 'workbench', 'reasons-nl.js')).href));
});

const uwv = () => JSON.parse(readFileSync(join(source, 'rules-data', 'nl', 'bundle', 'uwv.json'), 'utf8'));

// One mistake each, as an officer makes them.
const MISTAKES = {
  'kind misspelt': (d) => { d.schemes[0].kind = 'gifft'; },
  'a field that does not exist': (d) => { d.schemes[0].x_remark = 'note'; },
  'a date that does not exist': (d) => { d.schemes[0].valid.from = '2026-02-30'; },
  'a negative amount': (d) => { d.schemes[0].formula = { type: 'fixed', amount: -5, per: 'course' }; },
  'an id with capitals': (d) => { d.schemes[0].id = 'UWV_Scholing'; },
  'an id outside the prefixes': (d) => { d.schemes[0].id = 'proeffonds-x'; },
  'no English name': (d) => { d.schemes[0].name.en = ''; },
  'no name at all': (d) => { d.schemes[0].name = { nl: '', en: '' }; },
  'no sources': (d) => { d.schemes[0].sources = []; },
  'a source without title': (d) => { d.schemes[0].sources[0].title = ''; },
  'no provider': (d) => { delete d.schemes[0].provider; },
  'an unknown fact': (d) => { d.schemes[0].condition = { fact: 'person.agee', op: '>=', value: 18, explain: { nl: 'a', en: 'b' } }; },
  'an unknown sector': (d) => { d.schemes[0].condition = { fact: 'person.sector', op: '=', value: 'jachtbouw', explain: { nl: 'a', en: 'b' } }; },
  'an excluded scheme that does not exist': (d) => { d.schemes[0].interactions = { excludes: ['bestaat-niet'] }; },
  'a priority in words': (d) => { d.schemes[0].priority = 'hoog'; },
  'the same id twice': (d) => { d.schemes.push(JSON.parse(JSON.stringify(d.schemes[0]))); },
  'a web address without https': (d) => { d.schemes[0].apply_url = 'www.uwv.nl'; },
  'a period backwards': (d) => { d.schemes[0].valid = { from: '2026-05-01', to: '2026-01-01' }; },
  'a percentage of 150': (d) => { d.schemes[0].formula = { type: 'percentage', percent: 150, of: 'gross' }; },
  'a text instead of a list': (d) => { d.schemes[0].covers = 'tuition'; },
};

// Words that would show English left in a Dutch reason (the quoted parts and field names aside).
const ENGLISH = /\b(must|unknown|missing|required|got|is not|either|outside|duplicate|needs|empty)\b/;

const lint = (text) => sw.lintRules([{ name: 'uwv.json', text }]);
const reasons = (report) => [...report.errors, ...report.warnings].map((f) => f.message);

test('every reason lint gives for the common mistakes has a Dutch wording', () => {
  const seen = new Set();
  for (const [name, make] of Object.entries(MISTAKES)) {
    const doc = uwv();
    make(doc);
    const report = lint(JSON.stringify(doc, null, 2));
    assert.ok(report.errors.length + report.warnings.length > 0, `${name}: lint found nothing`);
    for (const english of reasons(report)) {
      seen.add(english);
      if (process.env.SW_SHOW_REASONS) console.log(`${english}\n  -> ${dutchReason(english)}`);  // to review the wording
      const dutch = dutchReason(english);
      assert.ok(dutch, `${name}: no Dutch for "${english}"`);
      const outsideQuotes = dutch.replace(/'[^']*'/g, '').replace(/\([^)]*\)$/, '');
      assert.doesNotMatch(outsideQuotes, ENGLISH, `${name}: English left in "${dutch}" (from "${english}")`);
    }
  }
  assert.ok(seen.size >= 15, `only ${seen.size} different reasons`);
});

test('the wording names the value and the allowed ones as the English does', () => {
  const doc = uwv();
  doc.schemes[0].kind = 'gifft';
  const kind = reasons(lint(JSON.stringify(doc))).find((m) => /gifft/.test(m));
  assert.match(dutchReason(kind), /^moet een van deze zijn: gift, loan, .*; nu 'gifft'$/);
  const json = reasons(lint('{ "format": "stapelwijzer-rules/1", '))[0];
  assert.match(dutchReason(json), /^geen geldige JSON: leesfout in regel 1, kolom \d+ /);
  const outside = uwv();
  outside.schemes[0].id = 'proeffonds-x';
  const scope = reasons(lint(JSON.stringify(outside))).find((m) => /outside fund/.test(m));
  assert.match(dutchReason(scope), /^regeling-id 'proeffonds-x' \(schemes\[0\]\.id\) valt buiten wat fonds uwv mag \(begint niet met: uwv-\) \(ondertekenen zou dit fragment weigeren\)$/);
  assert.equal(dutchReason('a sentence the engine does not write'), null);
});

test('the signature check\'s refusals in Dutch: another fund\'s key, a changed file, outside the scope', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-reasons-sign-'));
  try {
    const sign = (body, key) => {
      writeFileSync(join(dir, 'uwv.json'), body);
      const r = spawnSync(process.env.SW_CLI, ['sign', '--key', join(source, 'rules-data', 'dev-keys', key), join(dir, 'uwv.json')],
                          { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return readFileSync(join(dir, 'uwv.json.minisig'), 'utf8');
    };
    const refusal = (body, sig) => {
      try {
        sw.verifyFragment({ name: 'uwv.json', text: body }, sig);
      } catch (e) {
        return e.message;
      }
      assert.fail('verifyFragment accepted it');
    };
    const text = readFileSync(join(source, 'rules-data', 'nl', 'bundle', 'uwv.json'), 'utf8')
      .replace('"version": "2026.11.1"', '"version": "2026.12.1"');
    assert.match(dutchReason(refusal(text, sign(text, 'fund-oom.key'))),
                 /^uwv\.json\.minisig: ondertekend met sleutel \w+ van fonds oom, maar uwv\.json hoort bij fonds uwv$/);
    assert.match(dutchReason(refusal(text + ' ', sign(text, 'fund-uwv.key'))),
                 /^uwv\.json\.minisig: de handtekening met sleutel \w+ past niet bij uwv\.json: het bestand is na het ondertekenen veranderd/);
    const outside = text.replace('"uwv-scholingsbudget-ww"', '"andermans-regeling"');
    const scope = refusal(outside, sign(outside, 'fund-uwv.key'));
    const dutch = dutchReason(scope);
    assert.ok(dutch, `no Dutch for "${scope}"`);
    assert.match(dutch, /regeling-id 'andermans-regeling' \(schemes\[0\]\.id\) valt buiten wat fonds uwv mag/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a test whose expectation does not hold: every difference the runner names in Dutch', () => {
  const file = 'worked-example-2026.json';
  const doc = JSON.parse(readFileSync(join(source, 'rules-data', 'nl', 'tests', file), 'utf8'));
  const e = doc.expected;
  e.own_payment_cents += 1;
  e.total_cost_cents += 1;
  const [id] = Object.keys(e.statuses);
  e.statuses[id] = e.statuses[id] === 'eligible' ? 'ineligible' : 'eligible';
  e.statuses['bestaat-niet'] = 'eligible';
  e.notes = ['een-notitie-die-er-niet-is'];
  e.questions = [{ fact: 'person.age', at_stake_cents: 1 }];
  e.contributions = [{ scheme: id, amount_cents: 1, components: { tuition: 1 } }];
  e.confidence = { 'bestaat-niet': 'confirmed' };
  const report = sw.testRules([], [{ name: file, text: JSON.stringify(doc) }]);
  assert.equal(report.failed, 1, JSON.stringify(report));
  const problems = report.results[0].problems;
  assert.ok(problems.length >= 6, problems.join('\n'));
  for (const english of problems) {
    if (process.env.SW_SHOW_REASONS) console.log(`${english}\n  -> ${dutchReason(english)}`);  // to review the wording
    const dutch = dutchReason(english);
    assert.ok(dutch, `no Dutch for "${english}"`);
    assert.doesNotMatch(dutch.replace(/'[^']*'/g, ''), /\b(expected|got|among|but the scheme|not in the result)\b/, dutch);
  }
  assert.ok(problems.map(dutchReason).some((d) => /^own_payment_cents: verwacht \d+, uitkomst \d+$/.test(d)));
  assert.ok(problems.map(dutchReason).some((d) => /^status van bestaat-niet: verwacht eligible, uitkomst absent \(niet in de uitkomst/.test(d)));
  const bad = sw.testRules([], [{ name: 'kapot.json', text: JSON.stringify({ name: 'x', input: {}, expected: { statuses: 'x' } }) }]);
  const broken = bad.results[0].problems[0];
  assert.match(dutchReason(broken), /^geen geldige test: /, broken);
});
