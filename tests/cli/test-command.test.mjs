// `stapelwijzer test DIR`: runs scenario files, one line per scenario, every difference spelled
// out, the closing line exactly "N passed, N failed", exit 1 when one fails. Rules come from the
// built-in bundle, a signed bundle (--rules) or unsigned fragments (--fragments).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = process.env.SW_CLI;
const source = process.env.SW_SOURCE_DIR ?? '.';
const scenarios = path.join(source, 'rules-data', 'nl', 'tests');
// The worked example and the edited copies come from the frozen reference bundle and its own
// scenarios (rules-data/reference), so a change to the real Dutch catalogue never breaks them.
const referenceScenarios = path.join(source, 'rules-data', 'reference', 'tests');
const bundle = path.join(source, 'rules-data', 'reference', 'bundle');

function run(args) {
  const r = spawnSync(cli, ['test', ...args], { encoding: 'utf8' });
  assert.equal(r.error, undefined, `could not run ${cli}`);
  return { status: r.status, lines: r.stdout.trimEnd().split('\n'), stdout: r.stdout, stderr: r.stderr };
}

function tempDir(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-test-command-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const workedExample = () => JSON.parse(readFileSync(path.join(referenceScenarios, 'worked-example-2026.json'), 'utf8'));

test('the catalogue scenarios all pass against the built-in bundle', () => {
  const count = readdirSync(scenarios).filter((f) => f.endsWith('.json')).length;
  assert.ok(count >= 100, `only ${count} scenarios`);
  const r = run([scenarios]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.lines.at(-1), `${count} passed, 0 failed`);
  const verdicts = r.lines.filter((l) => /^(PASS|FAIL) /.test(l));
  assert.equal(verdicts.length, count);
});

test('the reference scenarios all pass against the reference bundle', () => {
  const count = readdirSync(referenceScenarios).filter((f) => f.endsWith('.json')).length;
  assert.ok(count >= 100, `only ${count} scenarios`);
  const r = run([referenceScenarios, '--rules', bundle]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.lines.at(-1), `${count} passed, 0 failed`);
  assert.ok(r.lines.includes('PASS Worked example of catalogue.md, course starting 2026-09-01: only OOM (worked-example-2026.json)'));
});

test('a failing, a broken and a passing scenario: each reported, exit 1', (t) => {
  const dir = tempDir(t);
  writeFileSync(path.join(dir, 'a-pass.json'), JSON.stringify(workedExample()));
  const wrong = workedExample();
  wrong.name = 'wrong own payment';
  wrong.expected.own_payment_cents = 185001;
  wrong.expected.statuses['oom-trainingstoelage'] = 'possible';
  writeFileSync(path.join(dir, 'b-wrong.json'), JSON.stringify(wrong));
  writeFileSync(path.join(dir, 'c-broken.json'), '{ "name": "broken", ');
  const badCase = workedExample();
  badCase.name = 'typo in the case';
  badCase.input.person.agee = 42;
  writeFileSync(path.join(dir, 'd-bad-case.json'), JSON.stringify(badCase));
  writeFileSync(path.join(dir, 'notes.txt'), 'not a scenario: ignored');

  const r = run([dir, '--rules', bundle]);
  assert.equal(r.status, 1);
  assert.equal(r.lines.at(-1), '1 passed, 3 failed');
  const text = r.stdout;
  assert.match(text, /^PASS .* \(a-pass\.json\)$/m);
  assert.match(text, /^FAIL wrong own payment \(b-wrong\.json\)$/m);
  assert.match(text, /^ {4}- status of oom-trainingstoelage: expected possible, got eligible/m);
  assert.match(text, /^ {4}- own_payment_cents: expected 185001, got 185000$/m);
  assert.match(text, /^FAIL .*\(c-broken\.json\)$/m);
  assert.match(text, /^ {4}- not a valid scenario: not valid JSON/m);
  assert.match(text, /^FAIL typo in the case \(d-bad-case\.json\)$/m);
  assert.match(text, /^ {4}- input\.person\.agee: /m);
  assert.doesNotMatch(text, /notes\.txt/);
});

test('--fragments tests unsigned rules: a changed cap changes the outcome', (t) => {
  const rules = tempDir(t);
  for (const f of readdirSync(bundle).filter((f) => f.endsWith('.json') && f !== 'manifest.json')) {
    cpSync(path.join(bundle, f), path.join(rules, f));
  }
  const dir = tempDir(t);
  writeFileSync(path.join(dir, 'worked.json'), JSON.stringify(workedExample()));
  assert.equal(run([dir, '--fragments', rules]).status, 0);

  const oomFile = path.join(rules, 'oom.json');
  const oom = JSON.parse(readFileSync(oomFile, 'utf8'));
  oom.schemes[0].formula.cap.amount = 900;  // 50 % of 2,550 is 1,275: now capped at 900
  writeFileSync(oomFile, JSON.stringify(oom));
  const r = run([dir, '--fragments', rules]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /own_payment_cents: expected 185000, got 175000/);
  assert.equal(r.lines.at(-1), '0 passed, 1 failed');
  assert.match(r.stderr, /unsigned/);
});

test('--rules takes a signed bundle and refuses a tampered one', (t) => {
  const dir = tempDir(t);
  writeFileSync(path.join(dir, 'worked.json'), JSON.stringify(workedExample()));
  assert.equal(run([dir, '--rules', bundle]).status, 0);

  const copy = tempDir(t);
  cpSync(bundle, copy, { recursive: true });
  const oomFile = path.join(copy, 'oom.json');
  writeFileSync(oomFile, readFileSync(oomFile, 'utf8').replace('"amount": 800', '"amount": 900'));
  const r = run([dir, '--rules', copy]);
  assert.equal(r.status, 3, r.stderr);
  assert.match(r.stderr, /rules refused/);
});

test('usage mistakes exit 2 with a reason', (t) => {
  const empty = tempDir(t);
  let r = run([]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /exactly one directory/);
  r = run([empty]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no scenarios/);
  r = run([path.join(empty, 'missing')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not a directory/);
  r = run([scenarios, '--rules', bundle, '--fragments', bundle]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not both/);
  r = run([scenarios, '--frobnicate']);
  assert.equal(r.status, 2);
  r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Usage: stapelwijzer test DIR/);
});
