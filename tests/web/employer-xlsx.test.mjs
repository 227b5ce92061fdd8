// employer-xlsx.test.mjs: Excel workbooks in the employer view (docs/employer.md, "Excel
// workbooks"): an .xlsx with Dutch headers (written by openpyxl: numbers, dates in two formats, a
// boolean, an empty row) chosen and dropped, mapped, computed, sorted; its CSV download equal byte
// for byte to `stapelwijzer batch` on the same .xlsx; the .xlsx download read back with openpyxl;
// a damaged, a password-protected and an .xls file named with the reason, in Dutch and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openApp, waitReady, appState, click, findWidget, screenshot, assertOwnStaticFiles, widgets }
  from './support/harness.mjs';
import { fillCourse } from './support/flow.mjs';
import { cli, openOfflineFile } from './support/embed-support.mjs';
import { employerState, waitEmployer, widgetMatching, openEmployer as openEmployerAt } from './support/employer.mjs';
import { writeXlsx, oleFile } from '../cli/support/xlsx.mjs';
import { parseCsv } from '../cli/support/csv.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const dir = mkdtempSync(join(tmpdir(), 'sw-employer-xlsx-'));

// "Lft" is not a header the app knows: the test maps it to person.age. Numbers are numbers, the
// start date a date (Dutch format), "Vast" a boolean; row 4 is empty; "38,5" hours a number.
// "Getal" is carried: numbers the two readers must write alike (a sum's binary tail, an
// exponent, more than 15 digits, a small fraction), so the CSV comparison below checks them.
const header = ['Naam', 'Personeelsnr', 'Lft', 'Werksituatie', 'Sector', 'Uren per week', 'Startdatum', 'Vast', 'Afdeling', 'Getal'];
const rows = [
  header,
  ['José de Vries', 1001, 42, 'werknemer', 'metaal-mkb', 32, { date: '2026-09-01' }, true, 'Lasserij', 0.1 + 0.2],
  ['Anneke Jansen', 1002, 29, 'werknemer', 'metaal-mkb', 38.5, { date: '2026-10-15', format: 'd mmmm yyyy' }, false, 'Montage', 123456789012345678],
  [],
  ['Joëlle Bakker', 1003, 55, 'werknemer', 'zorg-welzijn', 24, null, true, 'Kantoor; zorg', 1e-7],
  ['Piet Smit', 1004, 'zestig', 'zzp', null, 40, { date: '2026-02-28' }, null, 'Extern', { number: 1375.1100000000001, format: '0.00' }],
];
const names = ['José de Vries', 'Anneke Jansen', 'Joëlle Bakker', 'Piet Smit'];

const openEmployer = (viewport) => openEmployerAt(browser, server.url, viewport);

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function chooseFile(page, name, buffer, mimeType = XLSX_MIME) {
  const before = (await employerState(page)).revision;
  await page.setInputFiles('#sw-staff-file', { name, mimeType, buffer });
  return waitEmployer(page, (e) => e.revision > before && e.phase !== 'computing', `${name} was not read`);
}

// The view is one employer's staff: it shares company budgets as `--share-budgets` does
// (docs/employer.md "Company budgets"), so the download has their columns too.
function cliBatch(file, e) {
  const r = spawnSync(cli(), ['batch', '--input', file, '--course', e.course_json, '--map', e.map_spec, '--share-budgets'],
                      { maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`stapelwijzer batch failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

// A workbook's first sheet as JSON, read by openpyxl (the values and the number formats).
function readBack(file) {
  const r = spawnSync('/usr/bin/python3', ['-c', String.raw`
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([[{"v": c.value, "t": type(c.value).__name__, "f": c.number_format} for c in row] for row in ws.iter_rows()]))
`, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

test('an .xlsx with Dutch headers: map, compute, sort, export CSV equal to stapelwijzer batch, export .xlsx', async () => {
  const { page, requests } = await openEmployer();
  const atStart = requests.length;
  const file = writeXlsx(join(dir, 'personeel.xlsx'), rows);
  let e = await chooseFile(page, 'personeel.xlsx', readFileSync(file));
  assert.equal(e.problem, '');
  assert.equal(e.phase, 'mapping');
  assert.equal(e.records, 4);
  assert.equal(e.separator, ';');
  assert.deepEqual(e.columns.map((c) => c.header), header);
  assert.deepEqual(e.columns.map((c) => c.path),
                   ['', '', '', 'person.employment', 'person.sector', 'person.hours_per_week', 'course.start_date', '', '', '']);
  await click(page, 'employer.map.2');
  await click(page, 'employer.map.2=person.age');
  e = await waitEmployer(page, (s) => s.columns[2].path === 'person.age', 'the mapping did not change');
  await findWidget(page, 'employer.map.8');
  await screenshot(page, 'employer-xlsx-columns');
  await fillCourse(page, { name: 'Lasser niveau 2' });
  await click(page, 'employer.compute');
  e = await waitEmployer(page, (s) => s.phase === 'done', 'computing did not finish');
  assert.deepEqual(e.rows.map((r) => r.carried[0]), names);
  // Numbers and booleans carried as the sheet shows them (Dutch Excel's words for TRUE/FALSE).
  assert.deepEqual(e.rows.map((r) => r.carried[1]), ['1001', '1002', '1003', '1004']);
  assert.deepEqual(e.rows.map((r) => r.carried[2]), ['WAAR', 'ONWAAR', 'WAAR', '']);
  assert.equal(e.rows[2].carried[3], 'Kantoor; zorg');
  assert.deepEqual(e.rows.map((r) => r.carried[4]), ['0,3', '123456789012346000', '0,0000001', '1375,11']);
  for (const r of e.rows.slice(0, 3)) assert.equal(r.error, '', `row ${r.row}: ${r.error}`);
  assert.match(e.rows[3].error, /column 'Lft' \(person\.age\): .*'zestig'/);
  // Sort by the own payment (row, 5 carried, own).
  await findWidget(page, 'employer.table');
  await click(page, 'employer.col.6');
  e = await waitEmployer(page, (s) => s.sort[0] === 6, 'sorting did not change');
  const ownCents = e.rows.filter((r) => !r.error).map((r) => r.own_cents);
  const asc = [...ownCents].sort((a, b) => a - b);
  assert.deepEqual(ownCents, e.sort[1] ? [...asc].reverse() : asc);
  // The CSV download is the CLI's output for the same .xlsx, course and mapping, byte for byte.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'employer.download')]);
  const got = readFileSync(await csvDownload.path());
  const want = cliBatch(file, e);
  assert.ok(got.equals(want), `download differs from stapelwijzer batch:\n${got.toString()}\n---\n${want.toString()}`);
  // The .xlsx download: the same columns, money in euros as numbers.
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'employer.download.xlsx')]);
  assert.equal(xlsxDownload.suggestedFilename(), 'personeel-stapelwijzer.xlsx');
  const out = join(dir, 'uitkomst.xlsx');
  writeFileSync(out, readFileSync(await xlsxDownload.path()));
  const sheet = readBack(out);
  const csvRows = parseCsv(got.toString('utf8').slice(1), ';');
  // Money columns in euros: own_payment_eur, employer_eur, budget_eur:<scheme> (docs/employer.md).
  assert.deepEqual(sheet[0].map((c) => c.v), csvRows[0].map((h) => h.replace(/_cents$/, '_eur').replace(/^budget_cents:/, 'budget_eur:')));
  assert.equal(sheet.length, 5);
  const own = csvRows[0].indexOf('own_payment_cents');
  for (let r = 1; r <= 4; r++) {
    assert.equal(sheet[r][0].v, r);
    assert.equal(sheet[r][1].v, names[r - 1]);
    if (r < 4) {
      assert.ok(['int', 'float'].includes(sheet[r][own].t), `row ${r}: ${sheet[r][own].t}`);
      assert.equal(Math.round(sheet[r][own].v * 100), Number(csvRows[r][own]), `row ${r} own payment`);
      assert.equal(sheet[r][own].f, '#,##0.00');
    }
  }
  assert.match(String(sheet[4][csvRows[0].indexOf('error')].v), /zestig/);
  assert.equal(sheet[1][5].v, '0,3');  // a carried cell stays text
  // The .xlsx libraries load when a workbook is read or written, not with the page (less to run at
  // start, docs/benchmarks.md); they are the only requests, and nothing left the page.
  const lib = (u) => /\/(read|write)-excel-file\.min\.js$/.test(u);
  assert.deepEqual(requests.slice(0, atStart).filter(lib), [], 'an .xlsx library loaded with the page');
  assert.deepEqual(requests.slice(atStart).map((u) => new URL(u).pathname), ['/read-excel-file.min.js', '/write-excel-file.min.js'],
                   'reading and computing made other requests');
  assertOwnStaticFiles(requests, server.url, /Vries|Jansen|1001/);
});

// The workbook writer is loaded when the .xlsx download is asked for; a server without it (or the
// network gone) must not fail silently: the app says why beside the button, in the page's language,
// the CSV download still works, and asking again once the file is there gives the workbook.
test('an .xlsx download whose library cannot be loaded says so; the CSV still downloads; a retry works', async () => {
  const { page } = await openEmployer();
  const csv = '\ufeffNaam;Werksituatie;Sector;Uren per week\r\nJosé de Vries;werknemer;metaal-mkb;32\r\n';
  const e = await chooseFile(page, 'personeel.csv', Buffer.from(csv, 'utf8'), 'text/csv');
  assert.equal(e.problem, '');
  await fillCourse(page, { name: 'Lasser niveau 2' });
  await click(page, 'employer.compute');
  await waitEmployer(page, (s) => s.phase === 'done', 'computing did not finish');
  await page.route(/\/write-excel-file\.min\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await click(page, 'employer.download.xlsx');
  await widgetMatching(page, 'employer.download.problem',
                                 /^(De Excel-werkmap kon niet worden gemaakt \(cannot load .*write-excel-file\.min\.js\)\. De CSV-download werkt wel\.|The Excel workbook could not be made \(cannot load .*write-excel-file\.min\.js\)\. The CSV download still works\.)$/);
  await screenshot(page, 'employer-xlsx-download-failed');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'employer.download')]);
  assert.equal(csvDownload.suggestedFilename(), 'personeel-stapelwijzer.csv');
  assert.match((await employerState(page)).xlsx_problem, /^cannot load .*write-excel-file\.min\.js$/);
  await page.unroute(/\/write-excel-file\.min\.js$/);
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'employer.download.xlsx')]);
  assert.equal(xlsxDownload.suggestedFilename(), 'personeel-stapelwijzer.xlsx');
  await waitEmployer(page, (s) => s.xlsx_problem === '', 'the problem stayed after the workbook was made');
  assert.equal((await widgets(page)).some((w) => w.id === 'employer.download.problem'), false);
});

test('a dropped .xlsx is read like a chosen one; the first sheet only', async () => {
  const { page } = await openEmployer();
  const file = writeXlsx(join(dir, 'twee-bladen.xlsx'), rows.slice(0, 3), { sheets: ['Notities'] });
  const before = (await employerState(page)).revision;
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'gesleept.xlsx', { type: '' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, readFileSync(file).toString('base64'));
  const e = await waitEmployer(page, (s) => s.revision > before && s.source === 'gesleept.xlsx', 'the dropped file was not read');
  assert.equal(e.problem, '');
  assert.equal(e.records, 2);
  assert.deepEqual(e.columns.map((c) => c.header), header);
});

test('a damaged, a password-protected and an .xls workbook: the reason, in Dutch and English', async () => {
  const { page } = await openEmployer();
  const good = readFileSync(writeXlsx(join(dir, 'goed.xlsx'), rows));
  const cases = [
    ['kapot.xlsx', good.subarray(0, Math.floor(good.length / 2)), /kapot\.xlsx: het bestand is geen leesbare Excel-werkmap \(\.xlsx\): de ZIP-verpakking is beschadigd/,
     /kapot\.xlsx: the file is not a readable Excel workbook \(\.xlsx\): the ZIP container is damaged/],
    ['geheim.xlsx', oleFile(true), /geheim\.xlsx: de werkmap is beveiligd met een wachtwoord.*Versleutelen met wachtwoord/,
     /geheim\.xlsx: the workbook is protected with a password.*Encrypt with Password/],
    ['oud.xls', oleFile(false), /oud\.xls: dit is een Excel 97-2003-werkmap \(\.xls\)/, /oud\.xls: this is an Excel 97-2003 workbook \(\.xls\)/],
    ['leeg.xlsx', Buffer.from('geen zip'), /leeg\.xlsx: .*geen ZIP-bestand/, /leeg\.xlsx: .*not a ZIP file/],
  ];
  let english = false;
  for (const [name, bytes, nl, en] of cases) {
    const e = await chooseFile(page, name, bytes);
    assert.equal(e.problem, 'workbook', name);
    assert.equal(e.phase, 'empty');
    await widgetMatching(page, 'employer.problem', english ? en : nl);
    await click(page, 'header.language');
    english = !english;
    await widgetMatching(page, 'employer.problem', english ? en : nl);
    if (name === 'geheim.xlsx') {
      await findWidget(page, 'employer.problem');
      await screenshot(page, 'employer-xlsx-password');
    }
  }
  // A good workbook after them is read (the problem is gone).
  const e = await chooseFile(page, 'goed.xlsx', good);
  assert.equal(e.problem, '');
  assert.equal(e.records, 4);
});

test('the offline single file reads and writes workbooks under its own CSP, with no request', async () => {
  const single = join(process.env.SW_WASM_DIR, 'offline', 'stapelwijzer.html');
  const { context, page, violations, requests, url } = await openOfflineFile(browser, single);
  await page.waitForFunction(() => document.documentElement.dataset.swState === 'ready', null, { timeout: 90000 });
  await click(page, 'header.mode.employer');
  const e = await chooseFile(page, 'personeel.xlsx', readFileSync(writeXlsx(join(dir, 'offline.xlsx'), rows)));
  assert.equal(e.problem, '');
  assert.equal(e.records, 4);
  const size = await page.evaluate(async () => (await window.swStaffXlsx.writeResultXlsx('row;own_payment_cents\n1;12345\n')).size);
  assert.ok(size > 1000, `workbook of ${size} bytes`);
  assert.deepEqual(requests.filter((r) => !r.startsWith('data:') && !r.startsWith('blob:')).map((r) => r.split('?')[0]), [url]);
  assert.deepEqual(violations, []);
  await context.close();
});
