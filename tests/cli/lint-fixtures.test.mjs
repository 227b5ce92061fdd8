// `stapelwijzer lint` on the broken catalogues in tests/lint-fixtures/catalogue-*.json: each has
// exactly one planted mistake, and lint must report exactly that one, at its JSON path, with the
// right severity and exit code. catalogue-valid.json is the control: nothing to report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const cli = process.env.SW_CLI;
const fixtures = path.join(process.env.SW_SOURCE_DIR ?? '.', 'tests', 'lint-fixtures');

// fixture -> what lint must say: the severity, the JSON path and words of the reason.
// Errors make loading refuse the catalogue (exit 2); warnings are allowed but suspicious (exit 1).
const expected = {
  'catalogue-bad-date.json': ['error', 'schemes[1].sources[0].checked', /real date/],
  'catalogue-bad-id.json': ['error', 'schemes[1].id', /kebab-case/],
  'catalogue-contradictory-conditions.json': ['warning', 'schemes[1].condition', /never be eligible/],
  'catalogue-dangling-excludes.json': ['error', 'schemes[0].interactions.excludes[0]', /unknown scheme id 'voorbeeld-derde'/],
  'catalogue-dangling-requires.json': ['error', 'schemes[1].interactions.requires[0]', /unknown scheme id 'slim-scholingssubsidie'/],
  'catalogue-duplicate-id.json': ['error', 'schemes[1].id', /duplicate scheme id 'voorbeeld-budget'/],
  'catalogue-http-apply-url.json': ['error', 'schemes[1].apply_url', /https/],
  'catalogue-inverted-period.json': ['error', 'parameters.min-leeftijd[0]', /inverted/],
  'catalogue-inverted-validity.json': ['error', 'schemes[1].valid.to', /before/],
  'catalogue-missing-english-explain.json': ['error', 'schemes[0].condition.all[0].explain.en', /missing/],
  'catalogue-missing-english.json': ['error', 'schemes[1].description.en', /empty/],
  'catalogue-missing-explain.json': ['error', 'schemes[1].condition.all[0].explain', /missing/],
  'catalogue-money-three-decimals.json': ['error', 'schemes[1].formula.cap.amount', /whole number of cents/],
  'catalogue-no-sources.json': ['error', 'schemes[1].sources', /at least one source/],
  'catalogue-home-page-source.json': ['warning', 'schemes[1].sources[0].url', /home page/],
  // Municipality names against the dated list (rules-data/nl/municipalities.json): a typo, a merged-away name.
  'catalogue-municipality-typo.json': ['error', 'schemes[1].condition.all[2].value[1]', /'Hengelo \(O\)' is not a municipality on 2024-01-01 .*did you mean 'Hengelo'\?/],
  // The list is complete (2015 to 2024): a name it does not have is an error, not a warning.
  'catalogue-municipality-unknown.json': ['error', 'schemes[1].condition.all[2].value[1]', /'Voorbeeldstad' is not a municipality on 2024-01-01 \(not in the list of Dutch municipalities of 2024-01-01\)/],
  'catalogue-municipality-merged.json': ['error', 'schemes[1].condition.all[2].value[0]', /'Weesp' is not a municipality on 2024-01-01: since 2022-03-24 it is part of 'Amsterdam'/],
  'catalogue-missing-confidence.json': ['error', 'schemes[1].confidence', /required field is missing/],
  'catalogue-bad-terms.json': ['error', 'schemes[1].terms.paid_after[0]', /passing, invoice_paid/],
  'catalogue-note-unknown-scheme.json': ['error', 'notes[0].when.scheme', /unknown scheme id 'voorbeeld-budgett'/],
  'catalogue-order-on-enum.json': ['error', 'schemes[1].condition.op', /'<'/],
  'catalogue-overlapping-periods.json': ['error', 'parameters.min-leeftijd[1]', /overlap/],
  'catalogue-parameter-gap.json': ['warning', 'parameters.min-leeftijd', /2026-01-01 to 2026-01-31/],
  'catalogue-percent-above-100.json': ['error', 'schemes[1].formula.percent', /0 to 100/],
  'catalogue-unknown-component.json': ['error', 'schemes[1].covers[1]', /'books'/],
  'catalogue-unknown-fact.json': ['error', 'schemes[1].condition.all[0].fact', /'person\.agee'/],
  'catalogue-unknown-field.json': ['error', 'schemes[1].proivder', /unknown field/],
  'catalogue-unknown-operator.json': ['error', 'schemes[1].condition.all[1].op', /'=>'/],
  'catalogue-unknown-parameter.json': ['error', 'schemes[1].condition.all[1].value', /unknown parameter 'max-leeftijd'/],
  'catalogue-unknown-sector.json': ['error', 'schemes[1].condition.all[0].value', /unknown sector code 'metaal'/],
  'catalogue-wrong-type.json': ['error', 'schemes[1].priority', /whole number/],
};

function lint(file) {
  const r = spawnSync(cli, ['lint', path.join(fixtures, file)], { encoding: 'utf8' });
  assert.equal(r.error, undefined, `could not run ${cli}`);
  // Findings go to stdout, one per line ("error: FILE: PATH: reason"); the summary to stderr.
  const findings = r.stdout.split('\n').filter((l) => /^(error|warning): /.test(l));
  return { status: r.status, findings, stderr: r.stderr };
}

test('every catalogue fixture has an expectation here, and every expectation a fixture', () => {
  const files = readdirSync(fixtures).filter((f) => f.startsWith('catalogue-') && f.endsWith('.json')).sort();
  assert.deepEqual(files, [...Object.keys(expected), 'catalogue-valid.json'].sort());
});

test('the valid control catalogue has nothing to report', () => {
  const r = lint('catalogue-valid.json');
  assert.deepEqual(r.findings, []);
  assert.equal(r.status, 0, r.stderr);
});

for (const [file, [severity, jsonPath, reason]] of Object.entries(expected)) {
  test(`lint reports the planted mistake in ${file}`, () => {
    const r = lint(file);
    assert.equal(r.findings.length, 1, `expected exactly one finding, got:\n${r.findings.join('\n')}\n${r.stderr}`);
    const line = r.findings[0];
    assert.ok(line.startsWith(`${severity}: `), line);
    assert.ok(line.includes(`${jsonPath}: `), `path ${jsonPath} not in: ${line}`);
    assert.match(line, reason);
    // Errors name the file too, so a fund with several fragments knows where to look.
    if (severity === 'error') assert.ok(line.includes(file), `file name not in: ${line}`);
    assert.equal(r.status, severity === 'error' ? 2 : 1, line);
  });
}
