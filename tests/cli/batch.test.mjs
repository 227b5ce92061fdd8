// `stapelwijzer batch` through the process: CSV and JSON Lines in and out, bad rows reported in
// place while the others are computed, file-level problems refused with exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtures, reference, run as runCli } from './support/cli.mjs';
import { parseCsv } from './support/csv.mjs';

// The expected own payments are the reference catalogue's (rules-data/reference), not the growing
// Dutch one's: every command here runs on the frozen reference bundle.
const run = ([command, ...rest], options) => runCli([command, '--rules', reference, ...rest], options);

function withTmp(fn) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-batch-'));
  try { return fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

test('CSV: good rows computed, bad rows carry their error, in input order', () => {
  const r = run(['batch', '--input', path.join(fixtures, 'staff.csv')]);
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout);
  assert.deepEqual(rows[0], ['row', 'own_payment_cents', 'employer_cents', 'eligible', 'possible', 'deciding', 'error']);
  assert.equal(rows.length, 6);
  const [, one, two, three, four, five] = rows;
  // OOM's training allowance is the employer's application (rules-data/reference).
  assert.deepEqual(one.slice(0, 4), ['1', '85000', '80000', 'oom-trainingstoelage;stap-budget']);
  assert.match(one[5], /^brug-ww: person\.receives_ww \| /);
  assert.equal(one[6], '');
  assert.deepEqual(two.slice(0, 6), ['2', '', '', '', '', '']);
  assert.equal(two[6], "person.age: must be a number, got 'abc'");
  assert.match(three[6], /^line 4: has 6 cells, the header has 12$/);
  // "1,5" in a comma-separated file is 1.50 euro (one separator and one digit: decimal).
  assert.equal(four[6], '');
  assert.equal(four[3], 'bakkerij-opleidingsvoucher');
  assert.equal(five[0], '5');
  assert.equal(five[1], '50000');
  assert.match(r.stderr, /5 row\(s\), 2 with bad input/);
});

test('CSV with every row bad still writes a row each, and the cells are quoted properly', () => {
  const csv = 'person.age,course.start_date,course.costs.tuition\n"4,2",2026-09-01,10\n"say ""hi""",2026-09-01,10\n';
  const r = run(['batch', '--format', 'csv', '--input', '-'], { input: csv });
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout);
  assert.equal(rows.length, 3);
  assert.equal(rows[1][6], "person.age: must be a whole number, got '4,2'");
  assert.equal(rows[2][6], `person.age: must be a number, got 'say "hi"'`);
});

test('JSON Lines: one result or error per case line; a good line equals plan --compact', () => {
  const r = run(['batch', '--input', path.join(fixtures, 'staff.jsonl')]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3);  // the blank line carries no case
  assert.deepEqual(JSON.parse(lines[1]), { row: 2, error: 'person.agee: unknown field' });
  assert.equal(JSON.parse(lines[2]).plan.own_payment_cents, 50000);
  const first = readFileSync(path.join(fixtures, 'staff.jsonl'), 'utf8').split('\n')[0];
  const plan = run(['plan', '--compact', '--input', '-'], { input: first });
  assert.equal(plan.status, 0, plan.stderr);
  assert.equal(lines[0] + '\n', plan.stdout);
});

test('--output writes the file in the format of its extension', () => withTmp((dir) => {
  const out = path.join(dir, 'out.jsonl');
  const r = run(['batch', '--input', path.join(fixtures, 'staff.csv'), '--output', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, 5);
  assert.equal(JSON.parse(lines[0]).plan.own_payment_cents, 85000);
  assert.equal(JSON.parse(lines[1]).row, 2);
}));

test('file-level problems exit 2 and write no output', () => withTmp((dir) => {
  const out = path.join(dir, 'out.csv');
  const cases = [
    ['person.agee,course.costs.tuition\n1,2\n', /column 1 'person\.agee': unknown field/],
    ['person.age,person.age,course.costs.tuition\n1,1,2\n', /appears twice/],
    ['person.age\n42\n', /no column with a course cost/],
    ['"person.age,course.costs.tuition\n42,10\n', /header: line 1: a quoted cell is not closed/],
    ['', /the file is empty/],
    // A ZIP named .csv is read as a workbook (docs/cli.md); this one is cut off.
    ['PK\u0003\u0004\u0000\u0000', /not a readable Excel workbook \(\.xlsx\): the ZIP container is damaged/],
  ];
  for (const [csv, message] of cases) {
    const input = path.join(dir, 'in.csv');
    writeFileSync(input, csv);
    const r = run(['batch', '--input', input, '--output', out]);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.equal(existsSync(out), false);
  }
  for (const args of [['batch'], ['batch', '--input', path.join(dir, 'staff.txt')],
    ['batch', '--input', '-', '--format', 'xml'], ['batch', '--input', path.join(dir, 'missing.csv')]]) {
    const r = run(args, { input: '' });
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
  }
}));

test('batch --help exits 0', () => {
  const r = runCli(['batch', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /own_payment_cents, employer_cents, eligible, possible,\n/);
});
