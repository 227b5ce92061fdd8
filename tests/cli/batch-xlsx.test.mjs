// `stapelwijzer batch --input staff.xlsx` (issue 16): the first worksheet of an Excel workbook,
// written here by openpyxl, read through the same header and value recognition as the CSV of the
// same data, with the same output; dates (built-in and custom formats, 1904 system), numbers,
// booleans and empty cells; a damaged, a password-protected and an .xls file refused with a
// message in English and Dutch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reference, run as runCli } from './support/cli.mjs';
import { writeXlsx, oleFile } from './support/xlsx.mjs';

const run = ([command, ...rest], options) => runCli([command, '--rules', reference, ...rest], options);

function withTmp(fn) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-xlsx-'));
  try { return fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

const header = ['Naam', 'Personeelsnummer', 'Leeftijd', 'Werksituatie', 'Sector', 'WW-uitkering', 'Leerweg', 'Startdatum', 'Lesgeld', 'Examen'];
// The workbook: numbers as numbers, dates as dates (two formats), a boolean, an empty cell.
const sheet = [
  header,
  ['José de Vries', '0042', 42, 'werknemer', 'metaal-mkb', false, 'particulier', { date: '2023-05-01' }, { number: 2400, format: '€ #,##0.00' }, 150],
  ['Anna Bakker', '0043', 31, 'Werknemer', 'bakkerij', 'nee', 'bbl', { date: '2026-09-01', format: 'd mmmm yyyy' }, 1250.5, 0],
  [],  // an empty row
  ['Piet Smit', '0044', 'abc', 'werknemer', 'metaal-mkb', null, 'particulier', { date: '2026-09-01', format: 'yyyy-mm-dd' }, 300, null],
];
// The same data as Dutch Excel saves it as CSV.
const csv = '\ufeff' + [
  header.join(';'),
  'José de Vries;0042;42;werknemer;metaal-mkb;ONWAAR;particulier;01-05-2023;€ 2.400,00;150',
  'Anna Bakker;0043;31;Werknemer;bakkerij;nee;bbl;1-9-2026;1.250,50;0',
  '',
  'Piet Smit;0044;abc;werknemer;metaal-mkb;;particulier;2026-09-01;300;',
].join('\r\n') + '\r\n';

test('a workbook gives the same output as the CSV of the same sheet', () => withTmp((dir) => {
  const xlsx = writeXlsx(path.join(dir, 'personeel.xlsx'), sheet, { sheets: ['Notities'] });
  const csvFile = path.join(dir, 'personeel.csv');
  writeFileSync(csvFile, csv);
  const fromXlsx = run(['batch', '--input', xlsx]);
  const fromCsv = run(['batch', '--input', csvFile]);
  assert.equal(fromCsv.status, 0, fromCsv.stderr);
  assert.equal(fromXlsx.status, 0, fromXlsx.stderr);
  assert.equal(fromXlsx.stdout, fromCsv.stdout);
  // And it computed: two good rows with a plan, the third named by row and column.
  const lines = fromXlsx.stdout.slice(1).trim().split(/\r?\n/);
  assert.equal(lines.length, 4, fromXlsx.stdout);
  assert.ok(lines[0].startsWith('row;Naam;Personeelsnummer;own_payment_cents;'), lines[0]);
  assert.match(lines[1], /^1;José de Vries;0042;175000;/);
  assert.match(lines[3], /^3;Piet Smit;0044;;;;;;column 'Leeftijd' \(person\.age\): must be a number, got 'abc'$/);
  assert.match(fromXlsx.stderr, /3 row\(s\), 1 with bad input/);
}));

test('dates in the 1904 date system, and a .xlsx named .csv is read as a workbook', () => withTmp((dir) => {
  const a = writeXlsx(path.join(dir, 'a.xlsx'), sheet);
  const b = writeXlsx(path.join(dir, 'b.xlsx'), sheet, { date1904: true });
  assert.notDeepEqual(readFileSync(a), readFileSync(b));
  const misnamed = path.join(dir, 'b.csv');
  copyFileSync(b, misnamed);
  const ra = run(['batch', '--input', a]);
  const rb = run(['batch', '--input', misnamed]);
  assert.equal(rb.status, 0, rb.stderr);
  assert.equal(rb.stdout, ra.stdout);
}));

test('--map and --course work on a workbook as on CSV', () => withTmp((dir) => {
  const rows = [['Wie', 'Lft', 'Werk', 'Sector'], ['Ans', 42, 'werknemer', 'metaal-mkb'], ['Bob', 29.0, 'werknemer', 'bakkerij']];
  const xlsx = writeXlsx(path.join(dir, 'p.xlsx'), rows);
  const course = '{"track":"private","start_date":"2026-09-01","costs":{"tuition":1000}}';
  const r = run(['batch', '--input', xlsx, '--map', 'Lft=person.age;Werk=person.employment', '--course', course]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.slice(1).trim().split(/\r?\n/);
  assert.equal(lines.length, 3);
  assert.ok(lines[0].startsWith('row;Wie;own_payment_cents;'), lines[0]);
  assert.match(lines[1], /^1;Ans;50000;50000;oom-trainingstoelage;.*;$/);  // computed, no error
  assert.match(lines[2], /^2;Bob;\d+;\d+;.*;$/);
  assert.ok(!/column/.test(r.stdout), r.stdout);
}));

test('a damaged, a password-protected and an .xls workbook are refused in English and Dutch', () => withTmp((dir) => {
  const good = readFileSync(writeXlsx(path.join(dir, 'good.xlsx'), sheet));
  const cases = [
    ['kapot.xlsx', good.subarray(0, Math.floor(good.length / 2)), /not a readable Excel workbook \(\.xlsx\): the ZIP container is damaged/, /geen leesbare Excel-werkmap/],
    ['geheim.xlsx', oleFile(true), /protected with a password/, /beveiligd met een wachtwoord/],
    ['oud.xls', oleFile(false), /Excel 97-2003 workbook \(\.xls\)/, /Excel 97-2003-werkmap/],
  ];
  for (const [name, bytes, en, nl] of cases) {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const r = run(['batch', '--input', file]);
    assert.equal(r.status, 2, `${name}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, en, name);
    assert.match(r.stderr, nl, name);
    assert.ok(r.stderr.includes(name), r.stderr);
  }
}));

test('a workbook from standard input or to an .xlsx output is refused with what to do', () => withTmp((dir) => {
  const xlsx = writeXlsx(path.join(dir, 'p.xlsx'), sheet);
  const stdin = run(['batch', '--format', 'xlsx', '--input', '-'], { input: readFileSync(xlsx) });
  assert.equal(stdin.status, 2);
  assert.match(stdin.stderr, /cannot be read from standard input: give its file name/);
  assert.match(stdin.stderr, /geef de bestandsnaam/);
  const out = run(['batch', '--input', xlsx, '--output', path.join(dir, 'uit.xlsx')]);
  assert.equal(out.status, 2);
  assert.match(out.stderr, /--output: writes CSV or JSON Lines, not \.xlsx/);
}));
