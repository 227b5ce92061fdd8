// `stapelwijzer explain` through the process: every condition of one scheme with its outcome, as
// text (nl, en) and JSON, from a file and from stdin; unknown and out-of-date scheme ids and bad
// cases exit 2 and print nothing on stdout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, reference, run as runCli } from './support/cli.mjs';

// The reason texts asserted here are the reference catalogue's (rules-data/reference): every
// command runs on the frozen reference bundle, so growing the Dutch catalogue never changes them.
const run = ([command, ...rest], options) => runCli([command, '--rules', reference, ...rest], options);

// The worked example of 2023: metaal-mkb employee of 42, no student finance, NRTO quality mark.
const example = path.join(fixtures, 'metaal-2023.json');

test('text, Dutch: the STAP conditions, one line each, indented under the group', () => {
  const r = run(['explain', '--input', example, '--scheme', 'stap-budget']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout.split('\n');
  assert.equal(lines.pop(), '', 'ends with a newline');
  assert.equal(lines.length, 5, r.stdout);
  assert.match(lines[0], /^\[ja\] \S/, 'the root group, not indented, all met');
  assert.equal(lines[1], '  [ja] U bent 42 jaar. U moet minstens 18 jaar zijn.');
  assert.equal(lines[2], '  [ja] U bent 42 jaar. Deze regeling is tot en met 66 jaar.');
  assert.match(lines[3], /^ {2}\[ja\] Deze regeling is alleen voor mensen zonder studiefinanciering\./);
  assert.match(lines[4], /^ {2}\[ja\] .*keurmerk/);
});

test('text: a false and an unknown leaf, and --lang en', () => {
  const c = JSON.parse(readFileSync(example, 'utf8'));
  c.person.age = 70;
  delete c.person.receives_student_finance;
  const input = JSON.stringify(c);
  const nl = run(['explain', '--input', '-', '--scheme', 'stap-budget'], { input });
  assert.equal(nl.status, 0, nl.stderr);
  const nlLines = nl.stdout.trimEnd().split('\n');
  assert.match(nlLines[0], /^\[nee\] /, 'the group is false when one child is');
  assert.equal(nlLines[1], '  [ja] U bent 70 jaar. U moet minstens 18 jaar zijn.');
  assert.equal(nlLines[2], '  [nee] U bent 70 jaar. Deze regeling is tot en met 66 jaar.');
  assert.match(nlLines[3], /^ {2}\[\?\] Deze regeling is alleen voor mensen zonder studiefinanciering\./);

  const en = run(['explain', '--input', '-', '--scheme', 'stap-budget', '--lang', 'en'], { input });
  assert.equal(en.status, 0, en.stderr);
  const enLines = en.stdout.trimEnd().split('\n');
  assert.equal(enLines.length, nlLines.length);
  assert.match(enLines[0], /^\[no\] /);
  assert.equal(enLines[1], '  [yes] You are 70. You must be at least 18.');
  assert.equal(enLines[2], '  [no] You are 70. This scheme is for people up to and including age 66.');
  assert.match(enLines[3], /^ {2}\[\?\] This scheme is only for people without student finance\./);
});

test('json: the shape, the leaves with their fact, groups without, deterministic bytes', () => {
  const r = run(['explain', '--input', example, '--scheme', 'stap-budget', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.endsWith('}\n'));
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['scheme', 'reference_date', 'conditions']);
  assert.equal(out.scheme, 'stap-budget');
  assert.equal(out.reference_date, '2023-05-01');
  assert.equal(out.conditions.length, 5);
  const [group, ...leaves] = out.conditions;
  assert.deepEqual(Object.keys(group), ['depth', 'kind', 'outcome', 'text']);
  assert.deepEqual([group.depth, group.kind, group.outcome], [0, 'all', 'true']);
  assert.deepEqual(leaves[0], {
    depth: 1, kind: 'leaf', outcome: 'true',
    text: { nl: 'U bent 42 jaar. U moet minstens 18 jaar zijn.', en: 'You are 42. You must be at least 18.' },
    fact: 'person.age',
  });
  assert.deepEqual(leaves.map((l) => l.fact),
    ['person.age', 'person.age', 'person.receives_student_finance', 'course.quality']);
  // The same case from stdin, and --rules with the bundle's manifest.json: the same bytes.
  const stdin = run(['explain', '--input', '-', '--scheme', 'stap-budget', '--format', 'json'],
    { input: readFileSync(example) });
  assert.equal(stdin.stdout, r.stdout);
  const rules = runCli(['explain', '--rules', path.join(reference, 'manifest.json'), '--input', example,
    '--scheme', 'stap-budget', '--format', 'json']);
  assert.equal(rules.status, 0, rules.stderr);
  assert.equal(rules.stdout, r.stdout);
});

test('json: nested groups (any inside all) with their depth', () => {
  const input = JSON.stringify({
    contract: 1,
    person: { employment: 'jobseeker' },
    course: { start_date: '2017-03-01', costs: { tuition: 1000 }, aim: 'future_job' },
  });
  const r = run(['explain', '--input', '-', '--scheme', 'scholingsvoucher-werkzoekenden', '--format', 'json'],
    { input });
  assert.equal(r.status, 0, r.stderr);
  const { conditions } = JSON.parse(r.stdout);
  const any = conditions.find((l) => l.kind === 'any');
  assert.ok(any, r.stdout);
  assert.equal(any.depth, 1);
  assert.equal(any.outcome, 'true');
  const i = conditions.indexOf(any);
  assert.deepEqual(conditions[i + 1], {
    depth: 2, kind: 'leaf', outcome: 'true',
    text: conditions[i + 1].text, fact: 'person.employment',
  });
  assert.equal(conditions[i + 2].fact, 'person.dismissal');
  assert.equal(conditions[i + 2].outcome, 'unknown');
});

test('an unknown scheme id, or one not valid on the reference date: exit 2, the id named', () => {
  const unknown = run(['explain', '--input', example, '--scheme', 'no-such-scheme']);
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stdout, '');
  assert.match(unknown.stderr, /^stapelwijzer explain: --scheme: unknown scheme 'no-such-scheme'/);
  const c = JSON.parse(readFileSync(example, 'utf8'));
  c.course.start_date = '2026-09-01';
  const late = run(['explain', '--input', '-', '--scheme', 'stap-budget'], { input: JSON.stringify(c) });
  assert.equal(late.status, 2);
  assert.equal(late.stdout, '');
  assert.match(late.stderr,
    /--scheme: scheme 'stap-budget' is not valid on 2026-09-01 \(valid 2022-03-01 to 2023-12-31\)/);
});

test('a bad case: exit 2, names the field, prints nothing', () => {
  for (const [file, message] of [
    ['bad-unknown-field.json', /bad input: person\.agee: unknown field/],
    ['bad-money.json', /course\.costs\.tuition: must be a whole number of cents/],
  ]) {
    const r = run(['explain', '--input', path.join(fixtures, file), '--scheme', 'stap-budget']);
    assert.equal(r.status, 2, `${file}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});

test('usage errors exit 2 with the help; --help exits 0', () => {
  for (const args of [
    ['explain', '--input', example],
    ['explain', '--scheme', 'stap-budget'],
    ['explain', '--input', example, '--scheme', 'stap-budget', '--format', 'xml'],
    ['explain', '--input', example, '--scheme', 'stap-budget', '--lang', 'de'],
    ['explain', '--input', path.join(fixtures, 'does-not-exist.json'), '--scheme', 'stap-budget'],
  ]) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^stapelwijzer explain: /);
  }
  const help = runCli(['explain', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: stapelwijzer explain/);
  assert.match(help.stdout, /--format text\|json/);
  const top = runCli(['--help']);
  assert.match(top.stdout, /stapelwijzer explain /);
});
