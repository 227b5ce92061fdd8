#!/usr/bin/env node
// employer-browser.mjs: the web app's employer view on 10,000 staff x the full catalogue, in
// headless Chromium (issue 16): the time from "Bereken voor iedereen" to the last row computed,
// and how long the page went without a frame meanwhile (it computes in short tasks between the
// frames, so input is answered throughout). Not a test: figures go in docs/benchmarks.md.
// Reported per run: the time inside the compute slices and its split by stage (read the rows into
// cases, share the company budgets, evaluate: the engine, what the view keeps per row, the table's
// order), how many slices; Chromium's CPU time per process (renderer: the page's main thread;
// GPU process: WebGL drawn by SwiftShader); the longest gap between animation frames, and how
// many frames the app drew. The bench polls the app's phase alone (`sw_test_employer_phase`):
// the whole test state costs tens of milliseconds a poll.
//   SW_WASM_DIR=build/wasm node bench/employer-browser.mjs [--rows 10000] [--runs 3] [--page app|a11y] [--pot SIZE]
// --page a11y: the accessible page's employer section (toegankelijk.html, web/a11y/employer.js)
// instead: plain HTML, rows computed 64 per engine call, about 12 ms of rows per turn.
// The staff list is generated (deterministic): a Dutch Excel CSV (';', decimal comma, Dutch
// dates, names carried), every row a different person, the cost per row in a "Lesgeld" column.
// --pot SIZE: every row also gives the employer's size ("Aantal medewerkers"), and a seventh of
// the rows work in a sector with a company budget (technische-installatie: Wij Techniek's OSR),
// so the view shares that pot among them before it computes the rows (docs/employer.md).
import { readdirSync, readFileSync } from 'node:fs';
import { serve, launch, openApp, waitReady, click, appState, findWidget } from '../tests/web/support/harness.mjs';

const args = process.argv.slice(2);
const opt = { rows: 10000, runs: 3, page: 'app', pot: 0 };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rows') opt.rows = Number(args[++i]);
  else if (args[i] === '--runs') opt.runs = Number(args[++i]);
  else if (args[i] === '--page' && ['app', 'a11y'].includes(args[i + 1])) opt.page = args[++i];
  else if (args[i] === '--pot') opt.pot = Number(args[++i]);
  else { console.error(`employer-browser.mjs: unknown option ${args[i]}`); process.exit(2); }
}

function staffList(n) {
  const sectors = ['metaal-mkb', 'zorg-welzijn', 'horeca', 'techniek-bouw', 'metalektro', 'kinderopvang'];
  if (opt.pot) sectors.push('technische-installatie');
  const work = ['werknemer', 'werknemer', 'werknemer', 'zzp', 'werkzoekend'];
  const lines = ['Naam;Personeelsnummer;Geboortedatum;Werksituatie;Sector;Uren per week;Dienstjaren;Opleidingsniveau;Lesgeld;Examen;Afdeling' +
                 (opt.pot ? ';Aantal medewerkers' : '')];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 28), month = 1 + (i % 12), year = 1960 + (i % 45);
    const tuition = 500 + (i * 37) % 4500;
    lines.push([`Medewerker ${i}`, 10000 + i, `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`,
                work[i % work.length], sectors[i % sectors.length], `${16 + (i % 25)},5`, i % 30, 1 + (i % 7),
                `${tuition.toLocaleString('nl-NL')},00`, `${i % 3 === 0 ? '150,00' : ''}`, `Afdeling ${i % 9}`,
                ...(opt.pot ? [opt.pot] : [])].join(';'));
  }
  return Buffer.from(lines.join('\r\n') + '\r\n');
}

// CPU seconds used so far by Chromium (every process this script started but itself: the browser,
// its renderer, the GPU process with SwiftShader), from /proc: on a shared machine the wall time says little, this
// says what the page itself cost.
// Split by process: the renderer (the page's main thread: wasm, ImGui, WebGL calls), the GPU
// process (SwiftShader drawing), the rest (browser, network).
function chromiumCpu(rootPid) {
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const f = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const type = /--type=renderer/.test(cmd) ? 'renderer' : /--type=gpu-process/.test(cmd) ? 'gpu' : 'other';
      stats.set(Number(name), { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]), type });
    } catch { /* the process ended */ }
  }
  const cpu = { total: 0, renderer: 0, gpu: 0, other: 0 };
  const inTree = (pid) => { for (let p = pid; p > 1; p = stats.get(p)?.ppid ?? 0) if (p === rootPid) return true; return false; };
  for (const [pid, s] of stats) {
    if (pid === rootPid || !inTree(pid)) continue;
    cpu.total += s.ticks / 100;  // USER_HZ
    cpu[s.type] += s.ticks / 100;
  }
  return cpu;
}
const cpuSince = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k] - a[k]]));

const server = await serve();
const browser = await launch();
const file = staffList(opt.rows);
console.log(`staff list: ${opt.rows} rows, ${file.length} bytes`);
// The longest gap between two animation frames from now on: how long input could wait.
function watchFrames(page) {
  return page.evaluate(() => {
    window.swGap = { last: performance.now(), max: 0, frames: 0 };
    const tick = (t) => { window.swGap.max = Math.max(window.swGap.max, t - window.swGap.last); window.swGap.last = t; window.swGap.frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
}

// The accessible page: the same list through the file input, "Bereken voor iedereen" pressed.
async function runA11y(run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}toegankelijk.html?mode=employer`);
  await page.waitForFunction(() => document.documentElement.dataset.swA11y === 'ready', null, { timeout: 120000 });
  const t0 = Date.now();
  await page.setInputFiles('#staff-file', { name: 'personeel.csv', mimeType: 'text/csv', buffer: file });
  await page.waitForFunction(() => document.documentElement.dataset.swStaff === 'mapping', null, { timeout: 120000 });
  const read = Date.now() - t0;
  await watchFrames(page);
  const start = await page.evaluate(() => performance.now());
  await page.click('#staff-compute');
  const end = await page.waitForFunction(() => document.documentElement.dataset.swStaff === 'done' ? performance.now() : false,
                                         null, { polling: 100, timeout: 600000 }).then((h) => h.jsonValue());
  const gap = await page.evaluate(() => window.swGap);
  const own = await page.textContent('[data-total="own"] dd');
  const bad = await page.textContent('[data-total="bad"] dd');
  console.log(`run ${run} (accessible page): read ${read} ms (incl. transfer to the page); compute ${Math.round(end - start)} ms ` +
              `for ${opt.rows} rows (${bad} with bad input), table drawn; longest frame gap ${Math.round(gap.max)} ms over ` +
              `${gap.frames} frames; total left to pay ${own}`);
  await context.close();
}

try {
  for (let run = 1; run <= opt.runs; run++) {
    if (opt.page === 'a11y') { await runA11y(run); continue; }
    const { page, context } = await openApp(browser, server.url, { width: 1280, height: 800 });
    await waitReady(page);
    await click(page, 'header.mode.employer');
    await findWidget(page, 'employer.file');
    const t0 = Date.now();
    await page.setInputFiles('#sw-staff-file', { name: 'personeel.csv', mimeType: 'text/csv', buffer: file });
    await page.waitForFunction(() => JSON.parse(Module.ccall('sw_test_state', 'string', [], [])).employer.phase === 'mapping');
    const read = Date.now() - t0;
    await findWidget(page, 'employer.compute');
    await watchFrames(page);
    const w = (await findWidget(page, 'employer.compute', { scroll: false }));
    const frames0 = await page.evaluate(() => Module.ccall('sw_test_frames', 'number', [], []));
    const cpu0 = chromiumCpu(process.pid);
    const start = await page.evaluate(() => performance.now());
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    // Polls the phase alone: the whole test state costs tens of milliseconds a poll.
    const end = await page.waitForFunction(() => Module.ccall('sw_test_employer_phase', 'string', [], []) === 'done'
      ? performance.now() : false, null, { polling: 100, timeout: 600000 }).then((h) => h.jsonValue());
    const drawn = await page.evaluate((f) => Module.ccall('sw_test_frames', 'number', [], []) - f, frames0);
    const cpu = cpuSince(cpu0, chromiumCpu(process.pid));
    const gap = await page.evaluate(() => window.swGap);
    const s = (await appState(page)).employer;
    const st = s.stage_ms, r = (x) => Math.round(x);
    // An app from before the split (no stage_ms) gives the slices' total alone.
    const split = st ? ` in ${s.slices} slices: read ${r(st.read)}, share ${r(st.share)}, evaluate ${r(st.evaluate)} ` +
                       `(engine ${r(st.evaluate - st.rows - st.finish)}, rows kept ${r(st.rows)}, table order ${r(st.finish)})` : '';
    console.log(`run ${run}: read ${read} ms (incl. transfer to the page); compute ${Math.round(end - start)} ms for ${s.computed} rows ` +
                `(of which in the compute slices ${Math.round(s.work_ms)} ms${split}; the rest drawing frames and waiting; ` +
                `Chromium CPU ${cpu.total.toFixed(2)} s: renderer ${cpu.renderer.toFixed(2)}, GPU process ${cpu.gpu.toFixed(2)}, ` +
                `other ${cpu.other.toFixed(2)}) ` +
                `(${s.totals.rows_bad} with bad input); longest frame gap ${Math.round(gap.max)} ms over ${gap.frames} animation frames, ` +
                `${drawn} drawn by the app; total own payment ${s.totals.own} cents` +
                s.budgets.map((b) => `; pot ${b.scheme} ${b.pot} cents, ${b.given} given to ${b.people} rows`).join(''));
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
