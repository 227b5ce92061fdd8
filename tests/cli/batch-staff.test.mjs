// `stapelwijzer batch` on staff lists as employers keep them (issue 16): Dutch Excel CSV (';',
// decimal comma, UTF-8 with a byte-order mark or Windows-1252), Dutch headers and values, columns
// carried through, the mapping and the course given on the command line, bad rows named while the
// good ones are computed, and output that streams.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, reference, run as runCli, today } from './support/cli.mjs';
import { parseCsv } from './support/csv.mjs';

const run = ([command, ...rest], options) => runCli([command, '--rules', reference, ...rest], options);

function withTmp(fn) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-staff-'));
  try { return fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

// The same two people as a Dutch employer's Excel file and as the contract's own columns.
const dutchRows = [
  'Naam;Personeelsnummer;Afdeling;Leeftijd;Werksituatie;Sector;WW-uitkering;Leerweg;Startdatum;Lesgeld;Examen',
  'José de Vries;0042;Werkplaats;42;werknemer;metaal-mkb;nee;particulier;01-05-2023;€ 2.400,00;150',
  'Anna Bakker;0043;Winkel, kassa;31;Werknemer;bakkerij;Nee;bbl;1-9-2026;1.250,50;0',
];
const contractCsv = [
  'person.age,person.employment,person.sector,person.receives_ww,course.track,course.start_date,course.costs.tuition,course.costs.exam',
  '42,employee,metaal-mkb,false,private,2023-05-01,2400.00,150',
  '31,employee,bakkerij,false,mbo_bbl,2026-09-01,1250.50,0',
].join('\n') + '\n';

// Windows-1252 bytes of a string that only uses ASCII, é and €.
function windows1252(text) {
  return Buffer.from([...text].map((ch) => (ch === '€' ? 0x80 : ch === 'é' ? 0xe9 : ch.charCodeAt(0))));
}

const columnsOf = (rows) => rows.map((r) => r.slice(-5).join('|'));

test('a Dutch Excel file: same plans as the contract columns, names carried, ; out with a BOM', () => withTmp((dir) => {
  const file = path.join(dir, 'personeel.csv');
  writeFileSync(file, '\ufeff' + dutchRows.join('\r\n') + '\r\n');
  const r = run(['batch', '--input', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('\ufeffrow;Naam;Personeelsnummer;Afdeling;own_payment_cents;'), r.stdout);
  const rows = parseCsv(r.stdout.slice(1), ';');
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[1].slice(0, 4), ['1', 'José de Vries', '0042', 'Werkplaats']);
  assert.deepEqual(rows[2].slice(0, 4), ['2', 'Anna Bakker', '0043', 'Winkel, kassa']);
  assert.equal(rows[1].at(-1), '');
  assert.equal(rows[2].at(-1), '');
  const plain = run(['batch', '--format', 'csv', '--input', '-'], { input: contractCsv });
  assert.equal(plain.status, 0, plain.stderr);
  const want = parseCsv(plain.stdout, ',');
  assert.deepEqual(rows.slice(1).map((x) => x.slice(4)), want.slice(1).map((x) => x.slice(1)));
  assert.equal(rows[1][4], '175000');  // 2,550 euro, less OOM's 800
}));

test('the same file saved as Windows-1252 gives the same bytes', () => withTmp((dir) => {
  const utf8 = path.join(dir, 'utf8.csv');
  const ansi = path.join(dir, 'ansi.csv');
  writeFileSync(utf8, dutchRows.join('\n') + '\n');
  writeFileSync(ansi, windows1252(dutchRows.join('\n') + '\n'));
  const a = run(['batch', '--input', utf8]);
  const b = run(['batch', '--input', ansi]);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.stdout, a.stdout);
  assert.match(b.stdout, /José de Vries/);
}));

test('pasted cells (tab separated) and an English comma file are read alike', () => {
  const tab = dutchRows.map((l) => l.split(';').join('\t')).join('\n') + '\n';
  const r = run(['batch', '--format', 'csv', '--input', '-'], { input: tab });
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout, '\t');
  assert.deepEqual(rows[1].slice(0, 5), ['1', 'José de Vries', '0042', 'Werkplaats', '175000']);
  const english = 'Name,Age,Employment,Sector,Start date,Tuition,Exam\nJos,42,employee,metaal-mkb,2023-05-01,"€2,400.00",150\n';
  const e = run(['batch', '--format', 'csv', '--input', '-'], { input: english });
  assert.equal(e.status, 0, e.stderr);
  assert.equal(parseCsv(e.stdout, ',')[1][0], '1');
  assert.equal(parseCsv(e.stdout, ',')[1].at(-1), '');
});

test('bad rows name row and column; the good rows around them are computed', () => {
  const csv = [
    dutchRows[0],
    dutchRows[1],
    'Piet;0044;Kantoor;29;werknemer;ruimtevaart;nee;;01-09-2026;500;',
    'Kees;0045;Kantoor;29;werknemer;metaal-mkb;nee;;31-02-2026;500;',
    'Marie;0046;Kantoor;29;werknemer;metaal-mkb;nee;;01-09-2026;500,505;',
    'Saskia;0047',
    '"Ties;0048;Kantoor;29;werknemer;metaal-mkb;nee;;01-09-2026;500;',
    dutchRows[2],
  ].join('\n') + '\n';
  const r = run(['batch', '--format', 'csv', '--input', '-'], { input: csv });
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout.replace(/^\ufeff/, ''), ';');
  assert.equal(rows.length, 8);
  const errors = rows.slice(1).map((x) => x.at(-1));
  assert.equal(errors[0], '');
  assert.match(errors[1], /^column 'Sector' \(person\.sector\): "ruimtevaart" is not a sector/);
  assert.equal(errors[2], "column 'Startdatum' (course.start_date): must be a date that exists, got '31-02-2026'");
  assert.match(errors[3], /^column 'Lesgeld' \(course\.costs\.tuition\): is unclear: three digits after the separator/);
  assert.equal(errors[4], 'line 6: has 2 cells, the header has 11');
  assert.equal(errors[5], 'line 7: a quoted cell is not closed');
  assert.equal(errors[6], '');
  assert.deepEqual(rows[7].slice(0, 2), ['7', 'Anna Bakker']);
  assert.match(r.stderr, /7 row\(s\), 5 with bad input/);
});

test('only a header: no rows, a clear note; an empty file is refused', () => {
  const r = run(['batch', '--format', 'csv', '--input', '-'], { input: dutchRows[0] + '\n' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /a header row but no staff rows/);
  assert.equal(parseCsv(r.stdout.replace(/^\ufeff/, ''), ';').length, 1);
  const e = run(['batch', '--format', 'csv', '--input', '-'], { input: '' });
  assert.equal(e.status, 2);
  assert.match(e.stderr, /the file is empty/);
  assert.equal(e.stdout, '');
});

test('--map fixes the mapping; --course gives everybody the same course', () => {
  const csv = 'Naam;Lft;Branche;Werksituatie\nJos;42;metaal-mkb;werknemer\nAnna;31;bakkerij;werknemer\n';
  const course = '{"start_date":"2023-05-01","track":"private","costs":{"tuition":2400,"exam":150}}';
  const bare = run(['batch', '--format', 'csv', '--input', '-', '--course', course], { input: csv });
  assert.equal(bare.status, 0, bare.stderr);
  // Without the mapping 'Lft' is carried, so the age is unknown.
  assert.deepEqual(parseCsv(bare.stdout.slice(1), ';')[0].slice(0, 3), ['row', 'Naam', 'Lft']);
  const r = run(['batch', '--format', 'csv', '--input', '-', '--course', course, '--map', 'Lft=person.age'], { input: csv });
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout.slice(1), ';');
  assert.deepEqual(rows[0].slice(0, 3), ['row', 'Naam', 'own_payment_cents']);
  assert.equal(rows[1][2], '175000');
  const bad = run(['batch', '--format', 'csv', '--input', '-', '--map', 'Lft=person.agee'], { input: csv });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--map: mapping 'Lft=person\.agee': 'person\.agee' is not a field/);
  const nocost = run(['batch', '--format', 'csv', '--input', '-'], { input: csv });
  assert.equal(nocost.status, 2);
  assert.match(nocost.stderr, /no column with a course cost/);
});

test('--courses: named courses, a column names each row\'s course; an unknown name is the row\'s error', () => withTmp((dir) => {
  const lassen = { start_date: '2023-05-01', track: 'private', costs: { tuition: 2400, exam: 150 } };
  const vca = { start_date: '2026-09-01', costs: { tuition: 300 } };
  const everybody = { start_date: '2026-09-01', costs: { tuition: 1000 } };
  const file = path.join(dir, 'cursussen.json');
  writeFileSync(file, JSON.stringify({ 'Lassen 2': lassen, VCA: vca }));
  const csv = 'Naam;Leeftijd;Sector;Werksituatie;Cursus\nJos;42;metaal-mkb;werknemer;lassen 2\n' +
    'Anna;31;metaal-mkb;werknemer;VCA\nKees;29;metaal-mkb;werknemer;Koken\nPiet;50;metaal-mkb;werknemer;\n';
  const r = run(['batch', '--format', 'csv', '--input', '-', '--course', JSON.stringify(everybody), '--courses', file], { input: csv });
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout.slice(1), ';');
  assert.deepEqual(rows[0].slice(0, 3), ['row', 'Naam', 'own_payment_cents']);
  // Each named row computes as that course given to everybody would.
  const alone = (course, line) => {
    const one = run(['batch', '--format', 'csv', '--input', '-', '--course', JSON.stringify(course)],
                    { input: 'Naam;Leeftijd;Sector;Werksituatie\n' + line + '\n' });
    assert.equal(one.status, 0, one.stderr);
    return parseCsv(one.stdout.slice(1), ';')[1].slice(2);
  };
  assert.equal(rows[1][2], '175000');
  assert.deepEqual(rows[1].slice(2), alone(lassen, 'Jos;42;metaal-mkb;werknemer'));
  assert.deepEqual(rows[2].slice(2), alone(vca, 'Anna;31;metaal-mkb;werknemer'));
  assert.deepEqual(rows[4].slice(2), alone(everybody, 'Piet;50;metaal-mkb;werknemer'));
  assert.equal(rows[3].at(-1), "column 'Cursus' (course_name): unknown course 'Koken' (the named courses: Lassen 2, VCA)");
  assert.match(r.stderr, /4 row\(s\), 1 with bad input/);
  // Named courses alone give the costs; a bad --courses is refused by name.
  const only = run(['batch', '--format', 'csv', '--input', '-', '--courses', file], { input: csv });
  assert.equal(only.status, 0, only.stderr);
  const bad = run(['batch', '--format', 'csv', '--input', '-', '--courses', '{"VCA": 3}'], { input: csv });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--courses: the named course 'VCA' must be a JSON object/);
}));

test('CSV streams: the first row is out before the input ends', async () => {
  const child = spawn(cli, ['batch', '--rules', reference, '--format', 'csv', '--input', '-'], {
    env: { ...process.env, STAPELWIJZER_TODAY: today },
  });
  let out = '';
  const firstRow = new Promise((resolve) => child.stdout.on('data', (d) => {
    out += d;
    if (/\n1;José de Vries;/.test(out)) resolve();
  }));
  child.stdin.write(dutchRows[0] + '\n' + dutchRows[1] + '\n');
  await firstRow;  // stdin is still open: the row was computed and written as it came
  child.stdin.end(dutchRows[2] + '\n');
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.match(out, /\n2;Anna Bakker;/);
});
