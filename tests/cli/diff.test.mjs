// `stapelwijzer diff OLD NEW`: schemes added, removed, ended and changed value by value, money in
// euros, and (with --tests) the scenario tests whose outcome changes, named with the fund whose
// test it is. Works on copies of the frozen reference bundle (rules-data/reference), so changes to
// the real Dutch rules never move these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reference, referenceTests, run } from './support/cli.mjs';

// A copy of the reference bundle's fragments (no manifest, no signatures): rules being edited.
function editable(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-diff-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(reference, dir, { recursive: true });
  for (const f of ['manifest.json', 'manifest.json.minisig']) unlinkSync(path.join(dir, f));
  return dir;
}

function edit(dir, file, change) {
  const p = path.join(dir, file);
  const doc = JSON.parse(readFileSync(p, 'utf8'));
  change(doc);
  writeFileSync(p, JSON.stringify(doc, null, 2) + '\n');
}

const scheme = (doc, id) => doc.schemes.find((s) => s.id === id);

test('the same rules on both sides: no differences, exit 0', () => {
  const r = run(['diff', reference, reference, '--tests', referenceTests, '--lang', 'en']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /The rules are the same\./);
  assert.match(r.stdout, /No scenario test gets another outcome \(146 run\)/);
  assert.match(r.stdout, /No differences\.\n$/);
});

test('a changed amount: the value in euros, and the tests of that fund whose outcome moves', (t) => {
  const dir = editable(t);
  edit(dir, 'oom.json', (d) => {
    scheme(d, 'oom-trainingstoelage').formula.cap.amount = 1250;
  });
  const r = run(['diff', reference, dir, '--unsigned', '--tests', referenceTests]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /~ regeling oom-trainingstoelage \(oom\.json\): gewijzigd/);
  assert.match(r.stdout, /bedrag formula\.cap\.amount: € 800,00 → € 1\.250,00/);
  assert.match(r.stdout, /Testgevallen met een andere uitkomst \(\d+ van 146\)/);
  assert.match(r.stdout, /test van oom \(oom\.json\)/);
  // The higher OOM cap lowers what the national LLO loan lends: a national test moves too.
  assert.match(r.stdout, /llo-krediet-after-partial-reimbursement\.json — .*\n {6}test van national \(national\.json\)\n/);
  assert.match(r.stdout, /in het plan oom-trainingstoelage: € 800,00 → € 1\.000,00/);
  assert.match(r.stdout, /eigen betaling: € [\d.,]+ → € [\d.,]+/);
  assert.match(r.stdout, /Er zijn verschillen\.\n$/);

  const en = run(['diff', reference, dir, '--unsigned', '--lang', 'en']);
  assert.equal(en.status, 1);
  assert.match(en.stdout, /amount formula\.cap\.amount: €800\.00 → €1,250\.00/);
  assert.doesNotMatch(en.stdout, /Scenario tests/, 'no --tests: no outcomes section');
});

test('an ended scheme and an added scheme', (t) => {
  const dir = editable(t);
  edit(dir, 'oom.json', (d) => {
    const s = scheme(d, 'oom-trainingstoelage');
    const copy = JSON.parse(JSON.stringify(s));
    s.valid.to = '2026-12-31';
    copy.id = 'oom-nieuwe-regeling';
    copy.name = { nl: 'OOM nieuwe regeling', en: 'OOM new scheme' };
    copy.valid = { from: '2027-01-01', to: null };
    d.schemes.push(copy);
  });
  const r = run(['diff', reference, dir, '--unsigned', '--lang', 'en']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /~ scheme oom-trainingstoelage \(oom\.json\): ended/);
  assert.match(r.stdout, /period valid\.to: — → "2026-12-31"/);
  assert.match(r.stdout, /\+ scheme oom-nieuwe-regeling \(oom\.json\): added — OOM new scheme/);
  const json = JSON.parse(run(['diff', reference, dir, '--unsigned', '--format', 'json']).stdout);
  assert.equal(json.different, true);
  const ended = json.changes.find((c) => c.id === 'oom-trainingstoelage');
  assert.equal(ended.change, 'ended');
  assert.deepEqual(ended.values, [{ path: 'valid.to', kind: 'period', old: null, new: '2026-12-31' }]);
  assert.equal(json.changes.find((c) => c.id === 'oom-nieuwe-regeling').change, 'added');
});

test("a new fund paying more changes other funds' test outcomes, each named with its fund", (t) => {
  const dir = editable(t);
  // A new fund with one scheme that pays every employee 500 euro towards tuition.
  const oom = JSON.parse(readFileSync(path.join(reference, 'oom.json'), 'utf8'));
  const s = JSON.parse(JSON.stringify(scheme(oom, 'oom-trainingstoelage')));
  s.id = 'nieuwfonds-bonus';
  s.provider = 'Nieuw fonds';
  s.condition = s.condition.all[0];
  s.formula = { type: 'fixed', amount: 500, per: 'course' };
  delete s.interactions;
  writeFileSync(
    path.join(dir, 'nieuwfonds.json'),
    JSON.stringify({ format: oom.format, catalogue: oom.catalogue, version: oom.version, fragment: 'nieuwfonds', schemes: [s] }),
  );
  const r = run(['diff', reference, dir, '--unsigned', '--tests', referenceTests, '--lang', 'en', '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.ok(report.changes.some((c) => c.collection === 'fragments' && c.id === 'nieuwfonds.json' && c.change === 'added'));
  const others = report.outcomes.filter((o) => o.fund === 'oom');
  assert.ok(others.length > 0, 'some OOM tests change');
  for (const o of report.outcomes) {
    assert.ok(o.new.statuses['nieuwfonds-bonus'], `${o.file}: the new scheme is in the new outcome`);
    assert.equal(o.old.statuses['nieuwfonds-bonus'], undefined);
  }
  for (const o of others) assert.equal(o.fragment, 'oom.json');
  assert.ok(others.some((o) => o.new.payments_cents['nieuwfonds-bonus'] > 0), 'the new fund pays in an OOM test');
  const text = run(['diff', reference, dir, '--unsigned', '--tests', referenceTests, '--lang', 'en']).stdout;
  assert.match(text, /test of oom \(oom\.json\)\n(.*\n)*? {6}in the plan nieuwfonds-bonus: — → €[\d,.]+/);
});

test('one edited fragment file against the bundle it belongs to', (t) => {
  const dir = editable(t);
  edit(dir, 'colland.json', (d) => {
    d.schemes[0].confidence = 'unconfirmed';
  });
  const r = run(['diff', path.join(reference, 'colland.json'), path.join(dir, 'colland.json'), '--unsigned',
    '--rules', reference, '--lang', 'en']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /New: .*colland\.json in place of colland\.json in .*\(nl 2026\.11\.1, signed\) \(unsigned\)/);
  assert.match(r.stdout, /confidence confidence: "[a-z]+" → "unconfirmed"/);
});

test('bad input: each side named, the file and the reason, in English and Dutch; exit 2', (t) => {
  const dir = editable(t);
  writeFileSync(path.join(dir, 'oom.json'), '{ "format": "stapelwijzer-rules/1", ');
  let r = run(['diff', reference, dir, '--unsigned']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /NEW: the rules in '.*' do not load \(1 error\(s\)\):\n {2}oom\.json.*JSON/);
  assert.match(r.stderr, /NIEUW: de regels in '.*' laden niet/);

  r = run(['diff', reference, path.join(dir, 'no-such-folder')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /NEW: '.*no-such-folder': no such file or folder/);
  assert.match(r.stderr, /NIEUW: '.*no-such-folder': bestand of map bestaat niet/);

  r = run(['diff', reference, dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /is not a signed bundle \(no manifest\.json\); give --unsigned/);
  assert.match(r.stderr, /is geen ondertekende bundel/);

  r = run(['diff', reference, reference, '--tests', path.join(dir, 'nothing-here')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--tests: '.*nothing-here' is not a directory/);

  r = run(['diff', reference]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /give two versions of the rules: OLD NEW/);
});

test('a tampered signed bundle is refused: exit 3', (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-diff-signed-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(reference, dir, { recursive: true });
  edit(dir, 'national.json', (d) => {
    d.schemes[0].priority = 1;
  });
  const r = run(['diff', reference, dir]);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /NEW: rules refused: national\.json: .*manifest\.json says .*\(changed or swapped file\)/);
});
