// `stapelwijzer plan` through the process: the worked example, stdin, every exit code, and that a
// bad case never prints a result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtures, bundle, run } from './support/cli.mjs';

const example = path.join(fixtures, 'metaal-2023.json');

test('the worked example in the nl catalogue: OOM 750 (its yearly cap) and STAP 1,000, own payment 900', () => {
  const r = run(['plan', '--input', example]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['contract', 'rules', 'reference_date', 'schemes', 'plan', 'best_case_plan',
    'questions', 'notes']);
  assert.equal(out.contract, 1);
  assert.equal(out.reference_date, '2023-05-01');
  assert.equal(out.rules.catalogue, 'nl');
  assert.equal(out.plan.total_cost_cents, 265000);
  assert.equal(out.plan.own_payment_cents, 90000);
  assert.deepEqual(out.plan.contributions.map((c) => [c.scheme, c.amount_cents, c.components]), [
    ['oom-trainingstoelage', 75000, { tuition: 75000 }],
    ['stap-budget', 100000, { tuition: 100000 }],
  ]);
  assert.deepEqual(out.notes.map((n) => n.id), ['gerichte-vrijstelling', 'eerst-komt-eerst-maalt']);
  const ids = out.schemes.map((s) => s.id);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(out.schemes.find((s) => s.id === 'llo-krediet').status, 'ineligible');
  for (const q of out.questions) assert.equal(typeof q.at_stake_cents, 'number');
});

test('the same case read from stdin gives the same bytes', () => {
  const fromFile = run(['plan', '--input', example]);
  const fromStdin = run(['plan', '--input', '-'], { input: readFileSync(example) });
  assert.equal(fromStdin.status, 0, fromStdin.stderr);
  assert.equal(fromStdin.stdout, fromFile.stdout);
});

test('the output is deterministic, and --compact is the same document on one line', () => {
  const a = run(['plan', '--input', example]);
  const b = run(['plan', '--input', example]);
  assert.equal(a.stdout, b.stdout);
  const c = run(['plan', '--compact', '--input', example]);
  assert.equal(c.stdout.trimEnd().split('\n').length, 1);
  assert.deepEqual(JSON.parse(c.stdout), JSON.parse(a.stdout));
});

test('--rules with the bundle directory or its manifest.json gives the built-in result', () => {
  const builtin = run(['plan', '--input', example]).stdout;
  for (const rules of [bundle, path.join(bundle, 'manifest.json')]) {
    const r = run(['plan', '--rules', rules, '--input', example]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, builtin);
  }
});

test('bad input exits 2, names the field and prints no result', () => {
  const cases = [
    ['bad-unknown-field.json', /person\.agee: unknown field/],
    ['bad-money.json', /course\.costs\.tuition: must be a whole number of cents, got 100\.005/],
    ['bad-syntax.json', /not valid JSON/],
  ];
  for (const [file, message] of cases) {
    const r = run(['plan', '--input', path.join(fixtures, file)]);
    assert.equal(r.status, 2, `${file}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
  const r = run(['plan', '--input', '-'], { input: '{"contract":1,"course":{"costs":{"tuition":5}}}' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /reference_date: .*course\.start_date/);
});

test('usage errors exit 2', () => {
  for (const args of [['plan'], ['plan', '--input'], ['plan', '--input', example, '--bogus'],
    ['plan', '--input', path.join(fixtures, 'does-not-exist.json')],
    ['plan', '--rules', path.join(fixtures, 'no-such-bundle'), '--input', example]]) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.length > 0);
  }
  const bad = run(['plan', '--input', example], { env: { STAPELWIJZER_TODAY: '2026-13-01' } });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /STAPELWIJZER_TODAY/);
});

test('a tampered bundle is refused with exit 3', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-plan-'));
  try {
    cpSync(bundle, dir, { recursive: true });
    const file = path.join(dir, 'oom.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"priority": 100', '"priority": 101'));
    const r = run(['plan', '--rules', dir, '--input', example]);
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /rules refused/);
    assert.equal(r.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an expired bundle: exit 3, or a result with a warning under --allow-expired', () => {
  const late = { env: { STAPELWIJZER_TODAY: '2027-06-01' } };
  const refused = run(['plan', '--input', example], late);
  assert.equal(refused.status, 3, refused.stderr);
  assert.match(refused.stderr, /rules refused/);
  assert.equal(refused.stdout, '');
  const allowed = run(['plan', '--allow-expired', '--input', example], late);
  assert.equal(allowed.status, 0, allowed.stderr);
  const out = JSON.parse(allowed.stdout);
  assert.ok(out.rules.warnings.length > 0);
  assert.ok(out.rules.warnings[0].text_nl && out.rules.warnings[0].text_en);
});

test('plan --help explains the command and exits 0', () => {
  const r = run(['plan', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Usage: stapelwijzer plan/);
  assert.match(r.stdout, /Exit codes/);
});
