// jsapi-staff.test.mjs: the JavaScript API's staff list functions (staffColumns, staffJob,
// staffBatch; src/web/js_api_staff.cpp) under Node: a Dutch Excel file (';', decimal comma,
// Windows-1252 or UTF-8 with BOM) is read as `stapelwijzer batch` reads it, its result CSV is the
// CLI's byte for byte (all at once and in chunks), a bad row names its row and column, and a file
// that cannot be used is refused with the problem named; with shareBudgets and named courses the
// rows, pots and CSV are `batch --courses --share-budgets`'s; the template is a list the CLI reads.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cp1252, utf8bom, potText } from '../web/support/staff-list.mjs';

const require = createRequire(import.meta.url);
const wasmDir = process.env.SW_WASM_DIR;
const cli = process.env.SW_CLI;
const source = process.env.SW_SOURCE_DIR;
const apiDir = wasmDir ? join(wasmDir, 'web', 'api') : '';
const dir = mkdtempSync(join(tmpdir(), 'sw-jsapi-staff-'));

let sw;
before(async () => {
  assert.ok(wasmDir && cli, 'SW_WASM_DIR and SW_CLI must be set');
  assert.ok(existsSync(join(apiDir, 'stapelwijzer-engine.js')), `${apiDir}/stapelwijzer-engine.js missing: build the wasm preset`);
  sw = await require(join(apiDir, 'stapelwijzer.js')).create();
});

const header = ['Naam', 'Personeelsnr', 'Lft', 'Werksituatie', 'Sector', 'Uren per week', 'Startdatum', 'Afdeling'];
const rows = [
  ['José de Vries', '1001', '42', 'werknemer', 'metaal-mkb', '32', '01-09-2026', 'Lasserij'],
  ['Joëlle Bakker', '1002', '55', 'werknemer', 'zorg-welzijn', '24,5', '1-9-2026', 'Kantoor'],
  ['Februari', '1003', '30', 'werknemer', 'metaal-mkb', '36', '31-02-2026', 'Montage'],
  ['Piet Smit', '1004', '61', 'zzp', '', '40', '', 'Extern'],
];
const text = [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
const course = { costs: { tuition: 2400, exam: 150 }, type: 'certificate', start_date: '2026-10-01' };

function cliBatch(bytes, args) {
  const file = join(dir, `in-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, bytes);
  const r = spawnSync(cli, ['batch', '--input', file, ...args], { maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `stapelwijzer batch failed: ${r.stderr}`);
  return r.stdout;
}

for (const [encoding, encode] of [['Windows-1252', cp1252], ['UTF-8 with BOM', utf8bom]]) {
  test(`staffColumns and staffBatch on a Dutch Excel file (${encoding}): the CLI's reading and bytes`, () => {
    const bytes = encode(text);
    const cols = sw.staffColumns(bytes);
    assert.equal(cols.separator, ';');
    assert.equal(cols.decimal, 'comma');
    assert.equal(cols.rows, rows.length);
    assert.deepEqual(cols.columns.map((c) => c.path),
                     ['', '', '', 'person.employment', 'person.sector', 'person.hours_per_week', 'course.start_date', '']);
    assert.deepEqual(cols.columns.map((c) => c.header), header);
    assert.equal(cols.columns[0].sample, 'José de Vries', 'the first row decoded');
    assert.ok(cols.targets.some((t) => t.path === 'person.age' && t.label_nl && t.label_en));
    assert.ok(cols.targets.some((t) => t.path === 'course.costs.tuition'));

    const map = '3=person.age';
    const got = sw.staffBatch(bytes, { map, course });
    const want = cliBatch(bytes, ['--map', map, '--course', JSON.stringify(course)]);
    assert.ok(Buffer.from(got.csv, 'utf8').equals(want), `API and CLI differ:\n${got.csv}\n---\n${want}`);
    assert.equal(got.rows.length, rows.length);
    assert.deepEqual(got.rows.map((r) => r.carried[0]), rows.map((r) => r[0]));
    const [jose, joelle, feb, piet] = got.rows;
    assert.equal(jose.error, '');
    assert.equal(jose.total_cost_cents, 255000);
    assert.equal(jose.own_payment_cents, jose.total_cost_cents - jose.plan.reduce((s, p) => s + p.amount_cents, 0));
    assert.equal(jose.employer_cents, jose.plan.filter((p) => p.applicant === 'employer').reduce((s, p) => s + p.amount_cents, 0));
    assert.deepEqual(jose.applications.map((a) => a.scheme), jose.plan.filter((p) => p.applicant === 'employer').map((p) => p.scheme));
    assert.ok(jose.plan.length > 0, 'the metaal employee gets money');
    assert.equal(joelle.error, '');
    // The bad date names its row, line and column; the rows after it are computed.
    assert.equal(feb.row, 3);
    assert.equal(feb.line, 4);
    assert.match(feb.error, /^column 'Startdatum' \(course\.start_date\): .*31-02-2026/);
    assert.equal(feb.error_column, 7);
    assert.equal(feb.error_field, 'course.start_date');
    assert.equal(piet.error, '');
    for (const r of got.rows) assert.ok(want.toString('utf8').includes(r.csv), `row ${r.row}'s CSV line is the CLI's`);
  });
}

test('staffJob in chunks gives the same rows and CSV as staffBatch; a mapping as a list of paths', () => {
  const bytes = utf8bom(text);
  const paths = ['', '', 'person.age', 'person.employment', 'person.sector', 'person.hours_per_week', 'course.start_date', ''];
  const whole = sw.staffBatch(bytes, { map: paths, course: JSON.stringify(course) });
  const job = sw.staffJob(bytes, { map: paths, course });
  assert.equal(job.rows, rows.length);
  assert.equal(job.done, false);
  const seen = [];
  while (!job.done) {
    const part = job.next(3);
    assert.ok(part.length >= 1 && part.length <= 3);
    seen.push(...part);
    assert.equal(job.computed, seen.length);
  }
  assert.deepEqual(job.next(5), [], 'nothing after the end');
  assert.deepEqual(seen, whole.rows);
  assert.equal(job.csv(), whole.csv);
  job.close();
  assert.throws(() => job.next(1), /closed/);
});

test('shareBudgets and named courses: read, share, compute in steps; the CSV of batch --courses --share-budgets', () => {
  // Wij Techniek's OSR: a pot of 900 + 90 x 5 employees = 1,350 euro; the courses need more.
  const list = Buffer.from(potText);
  const everybody = { costs: { tuition: 500 }, start_date: '2026-09-01' };
  const courses = { Lassen: { costs: { tuition: 1000 }, start_date: '2026-09-01' }, VCA: { costs: { tuition: 300 }, start_date: '2026-09-01' } };
  const job = sw.staffJob(list, { course: everybody, courses, shareBudgets: true });
  assert.equal(job.shared, true);
  assert.match(job.budgetRule.nl, /in de volgorde van de lijst/);
  assert.match(job.budgetRule.en, /in the order of the list/);
  const stages = [];
  const rowsSeen = [];
  while (!job.done) {
    const part = job.next(2);
    if (stages[stages.length - 1] !== job.stage) stages.push(job.stage);
    if (job.stage !== 'compute') assert.deepEqual(part, [], 'no rows before the pots are shared');
    assert.ok(job.stageProgress >= 0 && job.stageProgress <= 1);
    rowsSeen.push(...part);
  }
  assert.deepEqual(stages, ['read', 'share', 'compute']);
  const pot = 'wij-techniek-osr-2024';
  assert.deepEqual(job.budgets, [{ scheme: pot, pot_cents: 135000, given_cents: 135000, left_cents: 0, people: 2 }]);
  assert.deepEqual(rowsSeen.map((r) => r.budgets && r.budgets[pot]), [100000, 35000, 0, 0, undefined]);
  assert.match(rowsSeen[4].error, /unknown course 'Koken' \(the named courses: Lassen, VCA\)/);
  assert.equal(rowsSeen[4].error_field, 'course_name');
  const want = cliBatch(list, ['--course', JSON.stringify(everybody), '--courses', JSON.stringify(courses), '--share-budgets']);
  assert.ok(Buffer.from(job.csv(), 'utf8').equals(want), `API and CLI differ:\n${job.csv()}\n---\n${want}`);
  job.close();
  // Without shareBudgets: no budget column, as batch without --share-budgets.
  const plain = sw.staffBatch(list, { course: everybody, courses });
  assert.ok(Buffer.from(plain.csv, 'utf8').equals(cliBatch(list, ['--course', JSON.stringify(everybody), '--courses', JSON.stringify(courses)])));
  assert.doesNotMatch(plain.csv.split('\n')[0], /budget_cents/);
  // A named course that is not an object: refused as the named courses' problem.
  assert.throws(() => sw.staffJob(list, { course: everybody, courses: { Lassen: 5 } }), (e) => e.problem === 'courses');
});

test('staffTemplate: the staff list to start from, a file the CLI and staffColumns read', () => {
  const bytes = Buffer.from(sw.staffTemplate());
  assert.ok(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'a byte-order mark, so Excel reads UTF-8');
  assert.match(bytes.toString('utf8'), /^\ufeffNaam;Personeelsnummer;Geboortedatum;/);
  const cols = sw.staffColumns(bytes);
  assert.equal(cols.separator, ';');
  assert.equal(cols.rows, 1);
  assert.deepEqual(cols.columns.filter((c) => c.path).length, 8);
  // The example row has its costs; the start date is the course's (the form's, in the views).
  const start = { start_date: '2026-09-01' };
  const got = sw.staffBatch(bytes, { course: start });
  assert.equal(got.rows[0].error, '');
  assert.equal(got.rows[0].total_cost_cents, 255000);
  assert.ok(Buffer.from(got.csv, 'utf8').equals(cliBatch(bytes, ['--course', JSON.stringify(start)])));
});

test('cells pasted from a spreadsheet (tab separated, a string) are read like a file', () => {
  const pasted = 'Naam\tLeeftijd\tWerksituatie\tSector\tLesgeld\tStartdatum\nLies\t33\twerknemer\tmetaal-mkb\t1.250,50\t1-9-2026\n';
  const cols = sw.staffColumns(pasted);
  assert.equal(cols.separator, '\t');
  assert.deepEqual(cols.columns.map((c) => c.path), ['', 'person.age', 'person.employment', 'person.sector', 'course.costs.tuition', 'course.start_date']);
  const got = sw.staffBatch(pasted);
  assert.equal(got.rows[0].error, '');
  assert.equal(got.rows[0].total_cost_cents, 125050);
  assert.ok(Buffer.from(got.csv, 'utf8').equals(cliBatch(Buffer.from(pasted), [])));
});

test('files that cannot be used: the problem named, the library\'s words kept', () => {
  const refused = (fn) => {
    try { fn(); } catch (e) { return { code: e.code, problem: e.problem, message: e.message }; }
    assert.fail('not refused');
  };
  assert.deepEqual(refused(() => sw.staffColumns(new Uint8Array(0))),
                   { code: 2, problem: 'empty', message: 'the file is empty (no header row)' });
  const utf16 = Buffer.from('\ufeffNaam;Leeftijd\r\nAnna;40\r\n', 'utf16le');
  assert.equal(refused(() => sw.staffColumns(utf16)).problem, 'not_text');
  const zip = Buffer.from('PK\u0003\u0004 not really a workbook \u0000\u0000\u0001', 'latin1');
  assert.equal(refused(() => sw.staffColumns(zip)).problem, 'workbook');
  const bytes = utf8bom(text);
  const badMap = refused(() => sw.staffJob(bytes, { map: 'Lft=person.agee', course }));
  assert.equal(badMap.problem, 'mapping');
  assert.match(badMap.message, /person\.agee/);
  const noCost = refused(() => sw.staffJob(bytes, { map: '3=person.age' }));
  assert.equal(noCost.problem, 'columns');
  assert.match(noCost.message, /no column with a course cost/);
  assert.equal(refused(() => sw.staffJob(bytes, { course: '[1]' })).problem, 'course');
  // Only a header: no rows, and the CSV is the CLI's (the header line alone).
  const headerOnly = Buffer.from('Naam;Leeftijd;Lesgeld\r\n');
  assert.equal(sw.staffColumns(headerOnly).rows, 0);
  const got = sw.staffBatch(headerOnly);
  assert.deepEqual(got.rows, []);
  assert.ok(Buffer.from(got.csv, 'utf8').equals(cliBatch(headerOnly, [])));
});

test('the employer\'s applications carry the scheme\'s apply-before deadline (rules with terms, signed with the dev keys)', async () => {
  assert.ok(source, 'SW_SOURCE_DIR must be set');
  // The test fragments with terms (tests/scenarios/provenance-terms), signed as a bundle with the
  // development root keys, loaded into a second API instance.
  const rules = join(dir, 'terms-rules');
  cpSync(join(source, 'tests', 'scenarios', 'provenance-terms', 'fragments'), rules, { recursive: true });
  const keys = join(source, 'rules-data', 'dev-keys');
  const signed = spawnSync(cli, ['sign', '--bundle', rules, '--key', join(keys, 'root-1.key'), '--key', join(keys, 'root-2.key'),
                                 '--issued', '2026-12-01', '--expires', '2099-12-31'], { encoding: 'utf8' });
  assert.equal(signed.status, 0, signed.stderr);
  const other = await require(join(apiDir, 'stapelwijzer.js')).create();
  const files = readdirSync(rules).map((n) => ({ name: n, text: readFileSync(join(rules, n), 'utf8') }));
  assert.equal(other.loadBundle(files).state, 'ok');
  const list = Buffer.from('Naam;Werksituatie;Sector;Startdatum;Lesgeld\r\nZorg Een;werknemer;zorg;1-9-2026;1.000,00\r\n');
  const got = other.staffBatch(list);
  const [row] = got.rows;
  assert.equal(row.error, '');
  const app = row.applications.find((a) => a.scheme === 'voorbeeld-termijnen');
  assert.ok(app, JSON.stringify(row.applications));
  assert.equal(app.amount_cents, 50000);
  // Six weeks before 1 September 2026: the last day that is still in time.
  assert.equal(app.deadline.date, '2026-07-21');
  assert.match(app.deadline.nl, /21 juli 2026/);
  assert.match(app.deadline.en, /21 July 2026/);
  const file = join(dir, 'zorg.csv');
  writeFileSync(file, list);
  const want = spawnSync(cli, ['batch', '--rules', rules, '--input', file], { maxBuffer: 64 << 20 });
  assert.equal(want.status, 0, String(want.stderr));
  assert.ok(Buffer.from(got.csv, 'utf8').equals(want.stdout), 'API and CLI differ with these rules');
});
