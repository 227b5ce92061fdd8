// `stapelwijzer batch --share-budgets` (issue 16, "Company budgets"): one employer's staff share
// the company budget's pot; the pot is never exceeded, each row's share is its own column, the
// plans use the shares, stderr states the rule, and without the option nothing changes. The rules:
// a bundle signed here with the development keys, holding one scheme with a budget (100 % of the
// tuition up to 1,500 euro from a pot of 800 + 120 euro per employee).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, run } from './support/cli.mjs';
import { parseCsv } from './support/csv.mjs';

const devKeys = path.join(root, 'rules-data', 'dev-keys');

const fragment = {
  format: 'stapelwijzer-rules/1', catalogue: 'test-budget', version: '2026.12.1', fragment: 'budget',
  sectors: [{ code: 'metaal', name: { nl: 'Metaal', en: 'Metal' } }],
  schemes: [{
    id: 'osr', name: { nl: 'Opleidingsbudget', en: 'Training budget' },
    description: { nl: 'Een jaarbudget van de werkgever.', en: 'A yearly budget of the employer.' },
    provider: 'Testfonds', kind: 'gift', applicant: 'employer', apply_url: 'https://example.org/osr',
    valid: { from: '2020-01-01', to: null }, confidence: 'indicative', covers: ['tuition'],
    formula: { type: 'percentage', percent: 100, cap: { amount: 1500 } }, priority: 100,
    sources: [{ url: 'https://example.org/osr', title: 'Test', checked: '2026-12-03' }],
    budget: { base: 800, per_employee: 120 },
  }],
};

// A signed bundle with the fragment; removed after the test.
function budgetBundle(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-budget-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const bundle = path.join(dir, 'bundle');
  const delegations = path.join(dir, 'delegations.json');
  writeFileSync(delegations, '{}');
  mkdirSync(bundle);
  writeFileSync(path.join(bundle, 'budget.json'), JSON.stringify(fragment, null, 1));
  const s = run(['sign', '--bundle', bundle, '--key', path.join(devKeys, 'root-1.key'), '--key',
    path.join(devKeys, 'root-3.key'), '--expires', '2027-03-01', '--delegations', delegations]);
  assert.equal(s.status, 0, s.stderr);
  return { dir, bundle };
}

// Five people of one employer of 10 (pot 800 + 1,200 = 2,000 euro), tuition 900, 1,500, 400,
// 2,000 and 300 euro: together they could use 900 + 1,500 + 400 + 1,500 + 300 = 4,600.
const staff = [
  'Naam;Leeftijd;Aantal medewerkers;Startdatum;Lesgeld',
  'Ann;30;10;01-09-2026;900',
  'Bob;41;10;01-09-2026;1500',
  'Cas;25;10;01-09-2026;400',
  'Dee;52;10;01-09-2026;2000',
  'Eva;36;10;01-09-2026;300',
].join('\r\n') + '\r\n';

function batch(t, extra) {
  const { dir, bundle } = budgetBundle(t);
  const file = path.join(dir, 'personeel.csv');
  writeFileSync(file, staff);
  const r = run(['batch', '--rules', bundle, '--input', file, ...extra]);
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout.replace(/^\ufeff/, ''), ';');
  return { r, header: rows[0], rows: rows.slice(1) };
}

test('the pot is shared in the order of the list, never beyond its size, and the plans use it', (t) => {
  const { r, header, rows } = batch(t, ['--share-budgets']);
  assert.deepEqual(header.slice(-2), ['error', 'budget_cents:osr']);
  const share = rows.map((row) => Number(row.at(-1)));
  // Every euro of the pot saves a euro for everybody, so the rule is the list's order: each gets
  // what their plan can use (the tuition, at most 1,500) of what is left.
  assert.deepEqual(share, [90000, 110000, 0, 0, 0]);
  assert.equal(share.reduce((a, b) => a + b, 0), 200000);
  const own = rows.map((row) => Number(row[header.indexOf('own_payment_cents')]));
  assert.deepEqual(own, [0, 40000, 40000, 200000, 30000]);
  const employer = rows.map((row) => Number(row[header.indexOf('employer_cents')]));
  assert.deepEqual(employer, share);  // the scheme's applicant is the employer
  assert.match(r.stderr, /company budget osr: pot 200000 cents, 200000 cents given to 2 of 5 row\(s\)/);
  assert.match(r.stderr, /rule: First the people for whom each euro from the budget saves the most; among equals in the order of the list\. Each gets what their plan can use of what is left\./);
  assert.match(r.stderr, /regel: Eerst de mensen bij wie elke euro uit het budget het meest bespaart/);
});

test('a pot no row gives the facts for is not shared: empty column, the scheme possible', (t) => {
  const { rows } = batch(t, ['--share-budgets', '--map', 'Aantal medewerkers=-']);
  // Without the employer's size the pot is unknown: not shared, the column is empty, the scheme
  // is possible for everybody as without the option.
  assert.deepEqual(rows.map((row) => row.at(-1)), ['', '', '', '', '']);
  assert.ok(rows.every((row) => row.at(-5) === '' && row.at(-4) === 'osr'), JSON.stringify(rows));
});

test('without --share-budgets the output has no budget column and the scheme stays possible', (t) => {
  const { header, rows } = batch(t, []);
  assert.equal(header.at(-1), 'error');
  assert.ok(rows.every((row) => row[header.indexOf('possible')] === 'osr'), JSON.stringify(rows));
});

test('a bigger employer: the pot covers everybody and is not all given', (t) => {
  const { dir, bundle } = budgetBundle(t);
  const file = path.join(dir, 'personeel.csv');
  writeFileSync(file, staff.replaceAll(';10;', ';50;'));  // 800 + 6,000 = 6,800 euro
  const r = run(['batch', '--rules', bundle, '--input', file, '--share-budgets']);
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout.replace(/^\ufeff/, ''), ';').slice(1);
  assert.deepEqual(rows.map((row) => Number(row.at(-1))), [90000, 150000, 40000, 150000, 30000]);
  assert.match(r.stderr, /pot 680000 cents, 460000 cents given to 5 of 5 row\(s\)/);
});
