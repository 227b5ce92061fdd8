// `stapelwijzer lint` as a command: several files as one catalogue, every error reported in one
// run, directories, and each exit code (0 clean, 1 warnings only, 2 errors or unreadable input).
// The one-mistake catalogues are covered by lint-fixtures.test.mjs; these use the rulesio-* ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = process.env.SW_CLI;
const root = process.env.SW_SOURCE_DIR ?? '.';
const fixtures = path.join(root, 'tests', 'lint-fixtures');
const bundle = path.join(root, 'rules-data', 'nl', 'bundle');
// The frozen reference bundle: its national.json (sectors, schemes) never changes.
const reference = path.join(root, 'rules-data', 'reference', 'bundle');

function lint(...args) {
  const r = spawnSync(cli, ['lint', ...args], { encoding: 'utf8' });
  assert.equal(r.error, undefined, `could not run ${cli}`);
  return { ...r, findings: r.stdout.split('\n').filter((l) => /^(error|warning): /.test(l)) };
}

const homePage = /^warning: [a-z-]+: (schemes|parameters)\S*\.url: '[^']+' is a site's home page: /;

test('the Dutch catalogue (a directory: every fragment, no manifest) has no errors and no warnings', () => {
  const r = lint(bundle);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(r.findings, [], 'no finding at all: every source is a page of its own, no parameter gaps');
  // Every fragment counts (the manifest is not a fragment): funds are added over time.
  const fragments = readdirSync(bundle).filter((f) => f.endsWith('.json') && f !== 'manifest.json').length;
  assert.ok(fragments >= 8, `only ${fragments} fragments`);
  assert.match(r.stderr, new RegExp(`: ${fragments} file\\(s\\), 0 error\\(s\\), 0 warning\\(s\\)`));
});

test('the reference bundle (8 fragments): no errors, exactly its 10 home-page sources warned about', () => {
  const r = lint(reference);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.equal(r.findings.length, 10, r.stdout);
  assert.ok(r.findings.every((l) => homePage.test(l)), r.stdout);
  assert.ok(r.findings.includes("warning: oom: schemes[0].sources[1].url: 'https://www.oom.nl/' is a site's home page: " +
    "link the scheme's own page or legal text"), r.stdout);
  assert.match(r.stderr, /8 file\(s\), 0 error\(s\), 10 warning\(s\)/);
});

// Lint's findings other than warnings about home-page sources (the reference bundle has ten).
const significant = (r) => r.findings.filter((l) => !homePage.test(l));

test('every error of a file is reported in one run, each with file and JSON path', () => {
  const file = path.join(fixtures, 'rulesio-several-errors.json');
  const r = lint(file);
  assert.equal(r.status, 2);
  const expected = [
    ['schemes[0].kind', /got 'present'/],
    ['schemes[0].valid.from', /real date .* got '2024-02-30'/],
    ['schemes[0].formula.amount', /whole number of cents, got 250\.001/],
    ['schemes[0].priority', /whole number, got 'high'/],
    ['schemes[0].condition.all[0].value', /unknown sector code 'metaal-mkb'/],
  ];
  assert.equal(r.findings.length, expected.length, r.stdout);
  for (const [jsonPath, reason] of expected) {
    const line = r.findings.find((l) => l.startsWith(`error: ${file}: ${jsonPath}: `));
    assert.ok(line, `${jsonPath} not reported:\n${r.stdout}`);
    assert.match(line, reason);
  }
});

test('fragments are checked together: a sector defined in another file is known', () => {
  const own = path.join(fixtures, 'rulesio-uses-national-sector.json');
  const alone = lint(own);
  assert.equal(alone.status, 2);
  assert.match(alone.findings.join('\n'), /unknown sector code 'metaal-mkb'/);
  const together = lint(path.join(reference, 'national.json'), own);
  assert.equal(together.status, 1, together.stdout);
  assert.deepEqual(significant(together), []);
});

test('--delegations: a fund fragment outside its prefixes is an error, as signing would refuse it', (t) => {
  const national = path.join(reference, 'national.json');
  const delegations = path.join(fixtures, 'rulesio-delegations.json');
  const outside = path.join(fixtures, 'rulesio-fund-outside-prefix.json');
  // Without the delegations lint cannot know whose fragment it is: the catalogue itself is fine.
  assert.deepEqual(significant(lint(national, outside)), []);
  const r = lint('--delegations', delegations, national, outside);
  assert.equal(r.status, 2, r.stdout);
  assert.deepEqual(significant(r), [
    `error: ${outside}: scheme id 'stap-aanvulling' (schemes[0].id) is outside fund rulesio-test's delegation ` +
      '(prefixes: rulesio-test-) (signing would refuse this fragment)',
  ]);
  // Inside its prefixes, but excluding a national scheme: refused by signing, so by lint too.
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-lint-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const doc = JSON.parse(readFileSync(path.join(fixtures, 'rulesio-uses-national-sector.json'), 'utf8'));
  doc.schemes[0].interactions = { excludes: ['stap-budget'] };
  const excluding = path.join(dir, 'rulesio-uses-national-sector.json');
  writeFileSync(excluding, JSON.stringify(doc));
  const x = lint('--delegations', delegations, national, excluding);
  assert.equal(x.status, 2, x.stdout);
  assert.match(significant(x).join('\n'), /excluded scheme 'stap-budget' \(schemes\[0\]\.interactions\.excludes\[0\]\).*a fund may exclude only its own schemes/);
  // The shipped bundle keeps to the development delegations signing uses.
  const shipped = lint('--delegations', path.join(root, 'rules-data', 'dev-keys', 'delegations.json'), bundle);
  assert.deepEqual(significant(shipped), [], shipped.stdout);
  // An unreadable or malformed delegations file is a usage problem, named.
  const bad = lint('--delegations', outside, national);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--delegations: .*rulesio-fund-outside-prefix\.json: catalogue: must be an object/);
});

test('a duplicate key makes the file invalid JSON', () => {
  const r = lint(path.join(fixtures, 'rulesio-duplicate-key.json'));
  assert.equal(r.status, 2);
  assert.match(r.findings[0], /not valid JSON: catalogue: duplicate key/);
});

test('warnings only: exit 1', () => {
  const r = lint(path.join(fixtures, 'catalogue-home-page-source.json'));
  assert.equal(r.status, 1, r.stdout);
  assert.ok(r.findings.every((l) => l.startsWith('warning: ')));
});

test('usage and unreadable files: exit 2', () => {
  assert.equal(lint().status, 2);
  const missing = lint(path.join(fixtures, 'rulesio-no-such-file.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read/);
  assert.equal(lint('--strict', bundle).status, 2);
  const help = lint('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: stapelwijzer lint/);
});
