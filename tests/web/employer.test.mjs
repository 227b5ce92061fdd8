// employer.test.mjs: the "Werkgever / Employer" view (issue 16, docs/employer.md) in Chromium:
// a staff list as Dutch Excel writes it (';', decimal comma, Windows-1252 or UTF-8 with BOM) read
// from a file, a dropped file and typed rows; a column mapping changed; computed a slice per frame;
// the table sorted and filtered; the CSV download equal byte for byte to `stapelwijzer batch` on
// the same file and course; every bad input named by row and column with the good rows kept; and
// a network log showing the file and the answers never leave the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openApp, waitReady, appState, click, fill, findWidget, screenshot, settle, frames, hold,
         assertOwnStaticFiles }
  from './support/harness.mjs';
import { fillCourse } from './support/flow.mjs';
import { cli } from './support/embed-support.mjs';
import { header, staff, csvText, cp1252, utf8bom, potText } from './support/staff-list.mjs';
import { employerState, waitEmployer, widgetMatching, openEmployer as openEmployerAt } from './support/employer.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const dir = mkdtempSync(join(tmpdir(), 'sw-employer-'));


const openEmployer = (viewport) => openEmployerAt(browser, server.url, viewport);

async function chooseFile(page, name, buffer, mimeType = 'text/csv') {
  const before = (await employerState(page)).revision;
  await page.setInputFiles('#sw-staff-file', { name, mimeType, buffer });
  return waitEmployer(page, (e) => e.revision > before && e.phase !== 'computing', `${name} was not read`);
}

// Presses a widget without waiting for the page to go idle: scroll to it, mouse down, a frame, up.
async function pressNow(page, id) {
  await findWidget(page, id);  // scrolls it into view
  const w = await findWidget(page, id, { scroll: false });
  await page.mouse.move(w.x + w.w / 2, w.y + w.h / 2);
  // Counted before the press: the app may draw only the frame that sees the press and then go
  // idle until the release, so counting after it could wait for a frame that never comes.
  const f = await frames(page);
  await page.mouse.down();
  await page.waitForFunction((n) => Module.ccall('sw_test_frames', 'number', [], []) > n, f);
  await page.mouse.up();
}

async function compute(page) {
  await click(page, 'employer.compute');
  return waitEmployer(page, (e) => e.phase === 'done', 'computing did not finish');
}

// The CLI's answer for the same file, course and mapping (the bytes the download must have).
// The view is one employer's staff: it shares company budgets as `--share-budgets` does.
function cliBatch(file, e) {
  const args = ['batch', '--input', file, '--course', e.course_json, '--map', e.map_spec, '--share-budgets'];
  if (e.courses_json) args.push('--courses', e.courses_json);
  const r = spawnSync(cli(), args, { maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`stapelwijzer batch failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

async function downloadCsv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'employer.download')]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

for (const [encoding, encode] of [['Windows-1252', cp1252], ['UTF-8 with BOM', utf8bom]]) {
  test(`a Dutch Excel CSV (${encoding}): map, compute, sort, filter, export equals stapelwijzer batch`, async () => {
    const { page, requests } = await openEmployer();
    const atStart = requests.length;
    const bytes = encode(csvText);
    const file = join(dir, `personeel-${encoding === 'Windows-1252' ? 'ansi' : 'utf8'}.csv`);
    writeFileSync(file, bytes);
    let e = await chooseFile(page, 'personeel.csv', bytes);
    assert.equal(e.phase, 'mapping');
    assert.equal(e.problem, '');
    assert.equal(e.records, staff.length);
    assert.equal(e.separator, ';');
    assert.deepEqual(e.columns.map((c) => c.path),
                     ['', '', '', 'person.employment', 'person.sector', 'person.hours_per_week', 'person.years_of_service', '']);
    assert.equal(e.columns[0].header, 'Naam');
    // The user says what "Lft" is.
    await click(page, 'employer.map.2');
    await click(page, 'employer.map.2=person.age');
    e = await waitEmployer(page, (s) => s.columns[2].path === 'person.age', 'the mapping did not change');
    assert.equal(e.map_spec, '1=-;2=-;3=person.age;4=person.employment;5=person.sector;6=person.hours_per_week;7=person.years_of_service;8=-');
    if (encoding === 'Windows-1252') {
      await findWidget(page, 'employer.map.7');
      await screenshot(page, 'employer-columns');
    }
    // One course for everybody: the course fields of the person view, in the employer view.
    await fillCourse(page, { name: 'Lasser niveau 2' });
    e = await compute(page);
    assert.equal(e.computed, staff.length);
    assert.equal(e.rows.length, staff.length);
    assert.deepEqual(JSON.parse(e.course_json).costs, { tuition: 2400, exam: 150, materials: 100 });
    // The names came through whatever the encoding.
    assert.deepEqual(e.rows.map((r) => r.carried[0]), staff.map((s) => s[0]));
    assert.deepEqual(e.rows.map((r) => r.carried[2]), staff.map((s) => s[7]));
    for (const r of e.rows) assert.equal(r.error, '', `row ${r.row}: ${r.error}`);
    const jose = e.rows[0];
    assert.ok(jose.plan.length > 0, 'the metaal employee has a plan');
    assert.ok(jose.plan.some((p) => p.applicant === 'employer') || jose.plan.some((p) => p.applicant === 'person'));
    assert.equal(e.totals.rows_ok, staff.length);
    assert.equal(e.totals.own, e.rows.reduce((s, r) => s + r.own_cents, 0));
    assert.equal(e.totals.by_employer, e.rows.reduce((s, r) => s + r.employer_cents, 0));
    const employerApps = e.rows.flatMap((r) => r.plan.filter((p) => p.applicant === 'employer').map((p) => `${r.row}:${p.scheme}`));
    assert.deepEqual(e.applications.map((a) => `${a.row}:${a.scheme}`), employerApps);
    await findWidget(page, 'employer.chart');
    // Sort by the own payment (column: row, 3 carried, own), ascending then descending.
    const ownCol = 4;
    await findWidget(page, 'employer.table');
    await click(page, `employer.col.${ownCol}`);
    e = await waitEmployer(page, (s) => s.sort[0] === ownCol, 'sorting did not change');
    const own = (s) => s.rows.map((r) => r.own_cents);
    const asc = [...own(e)].sort((a, b) => a - b);
    if (e.sort[1]) assert.deepEqual(own(e), [...asc].reverse()); else assert.deepEqual(own(e), asc);
    const first = e.sort[1];
    await click(page, `employer.col.${ownCol}`);
    e = await waitEmployer(page, (s) => s.sort[1] !== first, 'the sort direction did not change');
    if (e.sort[1]) assert.deepEqual(own(e), [...asc].reverse()); else assert.deepEqual(own(e), asc);
    // Filter on a name.
    await fill(page, 'employer.filter', 'bakker');
    e = await waitEmployer(page, (s) => s.shown === 1, 'the filter did not narrow the table');
    assert.equal(e.rows[0].carried[0], 'Joëlle Bakker');
    await fill(page, 'employer.filter', '');
    e = await waitEmployer(page, (s) => s.shown === staff.length, 'clearing the filter');
    // The download is the CLI's output for the same file, course and mapping, byte for byte.
    const { name, bytes: got } = await downloadCsv(page);
    assert.equal(name, 'personeel-stapelwijzer.csv');
    const want = cliBatch(file, e);
    assert.ok(got.equals(want), `download differs from stapelwijzer batch:\n${got.toString()}\n---\n${want.toString()}`);
    assert.ok(got.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'a ; file starts with a BOM');
    assert.ok(got.toString('utf8').includes('José de Vries'));
    // The printable summary.
    await click(page, 'employer.print');
    const printed = await page.evaluate(() => Module.swLastPrint);
    assert.match(printed, /^<!doctype html>/);
    for (const want of ['Stapelwijzer: overzicht voor de werkgever', 'José de Vries', 'Blijft over om te betalen'])
      assert.ok(printed.includes(want), `summary lacks "${want}"`);
    // Nothing left the page: only the app's own static files were fetched, none after the start,
    // and no request carries the file or the answers.
    assert.deepEqual(requests.slice(atStart), [], 'reading and computing made requests');
    assertOwnStaticFiles(requests, server.url, /Vries|Jansen|1001/);
    if (encoding === 'Windows-1252') {
      await findWidget(page, 'employer.step.result');
      await screenshot(page, 'employer-desktop');
    }
  });
}

test('typed rows and a dropped file are read like a chosen file; phone layout', async () => {
  const { page } = await openEmployer({ width: 390, height: 844 });
  await click(page, 'employer.paste');
  // Line by line, each Enter held until the app has drawn frames with it down: Dear ImGui 1.86
  // reads keys as a state once per frame, so a typed '\n' (press and release at once) was lost on a
  // busy machine and the two lines became one (harness.mjs, hold()). Characters are queued, not lost.
  for (const line of ['Naam;Leeftijd;Werksituatie;Sector;Lesgeld', 'Kees;44;werknemer;metaal-mkb;1.250,50']) {
    await page.keyboard.type(line, { delay: 5 });
    await settle(page);
    await hold(page, 'Enter');
  }
  await settle(page);
  await click(page, 'employer.paste.read');
  let e = await waitEmployer(page, (s) => s.phase === 'mapping', 'typed rows were not read');
  assert.equal(e.source, '');
  assert.deepEqual(e.columns.map((c) => c.path), ['', 'person.age', 'person.employment', 'person.sector', 'course.costs.tuition']);
  e = await compute(page);
  assert.equal(e.rows[0].error, '');
  assert.equal(e.rows[0].carried[0], 'Kees');
  // Cells pasted from a spreadsheet (tab separated) with Ctrl+V into the text box, through the
  // page's real clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), 'Naam\tLeeftijd\tWerksituatie\tSector\tLesgeld\nLies\t33\twerknemer\tmetaal-mkb\t800\n');
  await click(page, 'employer.paste');
  await page.keyboard.down('Control');
  await hold(page, 'a');
  await page.keyboard.up('Control');
  await hold(page, 'Delete');
  await page.keyboard.down('Control');
  await hold(page, 'v');
  await page.keyboard.up('Control');
  await page.waitForFunction(() => JSON.parse(Module.ccall('sw_test_widgets', 'string', [], [])).some((w) => w.id === 'employer.paste' && w.text.startsWith('Naam\tLeeftijd')));
  await click(page, 'employer.paste.read');
  e = await waitEmployer(page, (s) => s.phase === 'mapping' && s.separator === '\t', 'pasted cells were not read');
  assert.deepEqual(e.columns.map((c) => c.path), ['', 'person.age', 'person.employment', 'person.sector', 'course.costs.tuition']);
  e = await compute(page);
  assert.equal(e.rows[0].carried[0], 'Lies');
  assert.equal(e.rows[0].error, '');
  // A dropped file (the page's drop handler), here the CSV in UTF-8.
  const before = e.revision;
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'gesleept.csv', { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, csvText);
  e = await waitEmployer(page, (s) => s.revision > before && s.source === 'gesleept.csv', 'the dropped file was not read');
  assert.equal(e.records, staff.length);
  await fillCourse(page, { name: 'Lasser niveau 2' });
  e = await compute(page);
  assert.equal(e.rows.length, staff.length);
  await findWidget(page, 'employer.step.result');
  await screenshot(page, 'employer-phone');
  // The template: every header recognised but the name and personnel number, and its example
  // row computes.
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'employer.template', { touch: false })]);
  const template = readFileSync(await download.path());
  assert.ok(template.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  e = await chooseFile(page, download.suggestedFilename(), template);
  assert.deepEqual(e.columns.filter((c) => !c.path).map((c) => c.header), ['Naam', 'Personeelsnummer']);
  e = await compute(page);
  assert.equal(e.rows[0].error, '');
});

test('bad input: each row named by row and column, the good rows computed', async () => {
  const { page } = await openEmployer();
  const rows = [
    'Naam;Leeftijd;Werksituatie;Sector;Geboortedatum;Lesgeld',
    'Goed Een;40;werknemer;metaal-mkb;;1.000,00',
    'Kapot;"41"x;werknemer;metaal-mkb;;1.000,00',          // text after a closing quote
    'Ruimte;42;werknemer;ruimtevaart;;1.000,00',            // unknown sector
    'Drie Decimalen;43;werknemer;metaal-mkb;;500,505',     // three decimals
    'Februari;;werknemer;metaal-mkb;31-02-1980;1.000,00',  // a date that does not exist
    'Goed Twee;50;werknemer;metaal-mkb;;2.000,00',
  ];
  let e = await chooseFile(page, 'fouten.csv', Buffer.from(rows.join('\n') + '\n'));
  assert.equal(e.phase, 'mapping');
  e = await compute(page);
  const byName = Object.fromEntries(e.rows.map((r) => [r.carried[0] || `row ${r.row}`, r]));
  assert.equal(byName['Goed Een'].error, '');
  assert.equal(byName['Goed Twee'].error, '');
  assert.ok(byName['Goed Twee'].plan.length >= 0 && byName['Goed Twee'].own_cents >= 0);
  const bad = e.rows.filter((r) => r.error);
  assert.equal(bad.length, 4, JSON.stringify(e.rows.map((r) => r.error)));
  assert.match(e.rows[1].error, /line 3/);
  assert.match(byName.Ruimte.error, /column 'Sector' \(person\.sector\).*ruimtevaart/);
  assert.match(byName['Drie Decimalen'].error, /column 'Lesgeld' \(course\.costs\.tuition\)/);
  assert.match(byName.Februari.error, /column 'Geboortedatum' \(person\.birth_date\).*31-02-1980/);
  // In Dutch (the app's language) the table shows the errors in Dutch; the CSV keeps the CLI's English.
  assert.equal((await appState(page)).language, 'nl');
  assert.match(byName.Februari.error_shown, /^kolom 'Geboortedatum' \(person\.birth_date\): moet een datum zijn die bestaat, u schreef '31-02-1980'$/);
  assert.match(byName['Drie Decimalen'].error_shown, /^kolom 'Lesgeld' \(course\.costs\.tuition\): is niet duidelijk/);
  assert.match(byName.Ruimte.error_shown, /^kolom 'Sector' \(person\.sector\): "ruimtevaart" is geen sector/);
  assert.match(e.rows[1].error_shown, /^regel 3: tekst na een sluitend aanhalingsteken/);
  assert.equal(e.totals.rows_bad, 4);
  assert.equal(e.totals.rows_ok, 2);
  await findWidget(page, 'employer.summary');

  // Files that cannot be read at all: a clear message, nothing computed.
  const cases = [
    ['leeg.csv', Buffer.alloc(0), 'empty', /leeg/],
    ['kopjes.csv', Buffer.from('Naam;Leeftijd;Sector\r\n'), 'header_only', /alleen kopjes/],
    // Workbooks are read by web/staff-xlsx.js; one it cannot read says why (employer-xlsx.test.mjs).
    ['kapot.xlsx', Buffer.from('PK\u0003\u0004 not really a workbook \u0000\u0000\u0001', 'latin1'), 'workbook', /geen leesbare Excel-werkmap \(\.xlsx\)/],
    // An OLE file without an encryption stream: an Excel 97-2003 workbook.
    ['oud.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]), 'workbook', /Excel 97-2003-werkmap/],
    ['utf16.csv', Buffer.from('\ufeffNaam;Leeftijd\r\nAnna;40\r\n', 'utf16le'), 'not_text', /kan de app niet lezen.*Details: /],
  ];
  for (const [name, bytes, problem, message] of cases) {
    e = await chooseFile(page, name, bytes);
    assert.equal(e.problem, problem, name);
    assert.equal(e.phase, 'empty');
    // The previous file's message may still be drawn for a frame: wait for this file's.
    const named = new RegExp(`^${name.replace(/[.]/g, '\\.')}[\\s\\S]*${message.source}`);
    const shown = await widgetMatching(page, 'employer.problem', named);
    assert.ok(shown.text.startsWith(name), shown.text);
  }
  // A 50 MB file is refused before it is read, and the page keeps answering.
  const before = (await employerState(page)).revision;
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(50 * 1024 * 1024)], 'groot.csv', { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  e = await waitEmployer(page, (s) => s.revision > before && s.problem === 'too_large', 'the 50 MB file was not refused');
  await widgetMatching(page, 'employer.problem', /50,0 MB.*16 MB/);
  const language = (await appState(page)).language;
  await click(page, 'header.language');
  assert.notEqual((await appState(page)).language, language, 'the page did not answer after the large file');
  await widgetMatching(page, 'employer.problem', /this file is 50\.0 MB/);
});

test('long work: progress, and it can be cancelled while the page answers', async () => {
  const { page } = await openEmployer();
  const lines = ['Naam;Leeftijd;Werksituatie;Sector;Lesgeld'];
  for (let i = 0; i < 60000; i++) lines.push(`Medewerker ${i};${20 + (i % 45)};werknemer;metaal-mkb;1.500,00`);
  await chooseFile(page, 'veel.csv', Buffer.from(lines.join('\n')));
  // `click` waits for the page to go idle, which it does not while computing (that wait alone
  // can outlast the work): press the buttons where they are drawn, holding each for two frames.
  await pressNow(page, 'employer.compute');
  const during = await waitEmployer(page, (s) => s.phase === 'computing' && s.computed > 0, 'no progress shown');
  assert.ok(during.computed < 60000);
  await findWidget(page, 'employer.progress', { scroll: false });
  await pressNow(page, 'employer.cancel');
  const e = await waitEmployer(page, (s) => s.phase === 'done', 'cancel did not stop');
  assert.equal(e.cancelled, true);
  assert.ok(e.computed < 60000, `computed ${e.computed}`);
  await findWidget(page, 'employer.cancelled');
});

test('a company budget too small for everybody: shared, never beyond its size; named courses; download equals the CLI', async () => {
  const { page } = await openEmployer();
  // Wij Techniek's pot of 1,350 euro among courses that need 2,800 (support/staff-list.mjs).
  const bytes = Buffer.from(potText);
  const file = join(dir, 'pot.csv');
  writeFileSync(file, bytes);
  let e = await chooseFile(page, 'pot.csv', bytes);
  assert.equal(e.columns[5].path, 'course_name');
  assert.equal(e.columns[4].path, 'person.employer_size');
  // Two named courses, each the course form saved under a name; then the course for everybody.
  for (const [name, tuition] of [['Lassen', '1000'], ['VCA', '300']]) {
    await fill(page, 'course.cost.tuition', tuition);
    await fill(page, 'course.start_date', '2026-09-01');
    await fill(page, 'employer.named.name', name);
    const before = (await employerState(page)).named_courses.length;
    await click(page, 'employer.named.save');
    await waitEmployer(page, (s) => s.named_courses.length === before + 1, `${name} was not saved`);
  }
  await fill(page, 'course.cost.tuition', '500');
  await widgetMatching(page, 'employer.named.1', /^• VCA: kosten € 300,00$/);
  e = await compute(page);
  assert.deepEqual(e.named_courses, ['Lassen', 'VCA']);
  assert.deepEqual(Object.keys(JSON.parse(e.courses_json)), ['Lassen', 'VCA']);
  // The unknown course is that row's error, naming row and column; the other rows are computed.
  const eef = e.rows[4];
  assert.equal(eef.error, "column 'Cursus' (course_name): unknown course 'Koken' (the named courses: Lassen, VCA)");
  assert.equal(eef.error_shown, "kolom 'Cursus' (course_name): onbekende cursus 'Koken' (de cursussen met een naam: Lassen, VCA)");
  for (const r of e.rows.slice(0, 4)) assert.equal(r.error, '', `row ${r.row}: ${r.error}`);
  // The pot: shared, all of it (they need more), never more than its size.
  const pot = 'wij-techniek-osr-2024';
  assert.equal(e.budgets.length, 1, JSON.stringify(e.budgets));
  assert.equal(e.budgets[0].scheme, pot);
  assert.equal(e.budgets[0].pot, 135000);
  assert.equal(e.budgets[0].given, 135000);
  const shares = e.rows.slice(0, 4).map((r) => r.budgets[pot]);
  assert.equal(shares.reduce((a, b) => a + b, 0), 135000);
  // Equal savings per euro: in the order of the list, each what their course needs of what is left.
  assert.deepEqual(shares, [100000, 35000, 0, 0]);
  // Each plan uses its share, and the named course's cost is the row's.
  for (const [i, r] of e.rows.slice(0, 4).entries()) {
    const paid = r.plan.filter((p) => p.scheme === pot).reduce((a, p) => a + p.amount_cents, 0);
    assert.equal(paid, shares[i], `row ${r.row}`);
  }
  await widgetMatching(page, 'employer.budget.0', /pot € 1\.350,00, verdeeld € 1\.350,00\. Over: € 0,00\./);
  await widgetMatching(page, 'employer.budget.2', /in de volgorde van de lijst/);
  // The download is `stapelwijzer batch --share-budgets --courses` on the same file, byte for byte.
  const { bytes: got } = await downloadCsv(page);
  const want = cliBatch(file, e);
  assert.ok(got.equals(want), `download differs from stapelwijzer batch:\n${got.toString()}\n---\n${want.toString()}`);
  const header = got.toString('utf8').split('\n')[0];
  assert.ok(header.includes(`budget_cents:${pot}`), header);
  for (const [width, height, name] of [[1280, 800, 'desktop'], [390, 844, 'phone']]) {
    await page.setViewportSize({ width, height });
    await findWidget(page, 'employer.named');
    await screenshot(page, `employer-named-${name}`);
    await findWidget(page, 'employer.budgets');
    await screenshot(page, `employer-budget-${name}`);
    await findWidget(page, 'employer.table');
    await screenshot(page, `employer-budget-table-${name}`);
  }
});
