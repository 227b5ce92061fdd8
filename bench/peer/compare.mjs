#!/usr/bin/env node
// compare.mjs: the peer comparison in one run. Every engine gets the same workload (the shared
// bench's neutral data, and for Stapelwijzer its conversion by convert.mjs), stays loaded in its own
// process (or in one Chromium page), and the repetitions are interleaved: round r runs every engine
// once, in an order rotated each round, so a busy machine slows all engines alike. Prints one table
// with pairs/s and each engine's ratio to js-closures measured in the same run, and fails unless
// every engine's eligible-set checksum equals the peers' reference engine (js-interpreter).
//   node compare.mjs --data DIR --shared DIR --native BENCH_PEER --wasm PEER_WASM_JS
//                    [--reps 5] [--json OUT] [--no-chromium] [--no-json-logic] [--no-wasm]
// Environment: NODE_PATH must let the shared engines.js require json-logic-js (run.sh installs it).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const opt = { data: join(root, 'build', 'peer-bench'), shared: join(root, '..', 'shared', 'bench'),
  native: join(root, 'build', 'release', 'bench', 'bench_peer'),
  wasm: join(root, 'build', 'wasm-bench', 'bench', 'peer_wasm.js'), reps: 5, json: '', chromium: true, 'json-logic': true };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const k = argv[i].replace(/^--/, '');
  if (k.startsWith('no-') && k.slice(3) in opt) { opt[k.slice(3)] = false; continue; }
  if (!(k in opt) || argv[i + 1] === undefined) { console.error(`compare.mjs: unknown or incomplete option ${argv[i]}`); process.exit(2); }
  opt[k] = typeof opt[k] === 'number' ? Number(argv[++i]) : argv[++i];
}

// A long-lived engine process speaking one JSON line per "run" line.
function child(label, runtime, cmd, args, env = {}) {
  const p = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const lines = readline.createInterface({ input: p.stdout });
  const waiting = [];
  lines.on('line', (l) => waiting.shift()?.resolve(JSON.parse(l)));
  p.on('exit', (code) => { for (const w of waiting.splice(0)) w.reject(new Error(`${label} exited with ${code}`)); });
  const next = () => new Promise((res, rej) => waiting.push({ resolve: res, reject: rej }));
  const ready = next();
  return { label, runtime, ready,
    run: () => { const r = next(); p.stdin.write('run\n'); return r; },
    stop: () => { p.stdin.end('quit\n'); } };
}

const nodeEngine = (name) => child(name, 'node', process.execPath, [join(here, 'engine-child.cjs'), opt.shared, opt.data, name],
                                   { PEER_WASM: opt.wasm });
const engines = [
  nodeEngine('js-closures'),
  nodeEngine('js-interpreter'),
  ...(opt['json-logic'] ? [nodeEngine('json-logic-js')] : []),
  child('stapelwijzer-native', 'native', opt.native, [join(opt.data, 'converted'), 'serve']),
  ...(opt.wasm ? [nodeEngine('stapelwijzer-wasm')] : []),
];

let browser = null;
if (opt.chromium && opt.wasm) {
  const require = createRequire(join(root, 'tests', 'web', 'package.json'));
  const { chromium } = require('playwright-core');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking'] });
  const page = await browser.newPage();
  const jsonLogicFile = createRequire(join(opt.shared, 'engines.js')).resolve('json-logic-js');
  const files = { '/page.html': join(here, 'page.html'), '/engines.js': join(opt.shared, 'engines.js'),
    '/json-logic.js': jsonLogicFile, '/heap-string.js': join(here, 'heap-string.js'), '/peer_wasm.js': opt.wasm, '/peer_wasm.wasm': opt.wasm.replace(/\.js$/, '.wasm') };
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
  await page.route('**/*', (route) => {
    const p = new URL(route.request().url()).pathname;
    const file = files[p] ?? (p.startsWith('/data/') ? join(opt.data, p.slice(6)) : null);
    if (!file) return route.fulfill({ status: 404 });
    const ext = file.slice(file.lastIndexOf('.'));
    return route.fulfill({ status: 200, contentType: types[ext] ?? 'text/plain', body: readFileSync(file) });
  });
  page.on('pageerror', (e) => console.error(`chromium: ${e.message}`));
  await page.goto('http://127.0.0.1:9/page.html'); // a loopback origin: a secure context for crypto.subtle
  const names = await page.evaluate(() => window.setup());
  for (const name of names) {
    if (name === 'json-logic-js' && !opt['json-logic']) continue;
    engines.push({ label: `${name}`, runtime: 'chromium', ready: Promise.resolve({}),
      run: () => page.evaluate((n) => window.runOnce(n), name), stop: () => {} });
  }
}
const chromiumVersion = browser ? browser.version() : null;

const key = (e) => `${e.label} (${e.runtime})`;
const results = new Map(engines.map((e) => [key(e), { engine: e.label, runtime: e.runtime, wall_ms: [], cpu_ms: [], checksums: new Set() }]));
let pairs = 0;
for (const e of engines) { const r = await e.ready; if (r.pairs) pairs = r.pairs; }

const started = new Date();
const load = [os.loadavg()];
// Round 0 warms every engine up (JIT, caches) and is not counted.
for (let round = 0; round <= opt.reps; round++) {
  const order = engines.map((_, i) => engines[(i + round) % engines.length]);
  for (const e of order) {
    const r = await e.run();
    const row = results.get(key(e));
    row.checksums.add(r.checksum);
    if (round > 0) { row.wall_ms.push(r.wall_ms); if (r.cpu_ms !== undefined) row.cpu_ms.push(r.cpu_ms); }
  }
  load.push(os.loadavg());
  process.stderr.write(`round ${round}/${opt.reps} done (load ${os.loadavg()[0].toFixed(1)})\n`);
}
for (const e of engines) e.stop();
await browser?.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const rows = [...results.values()].map((r) => ({ ...r, checksums: [...r.checksums],
  rate: pairs / (median(r.wall_ms) / 1000), cpu_rate: r.cpu_ms.length ? pairs / (median(r.cpu_ms) / 1000) : null }));
const find = (engine, runtime) => rows.find((r) => r.engine === engine && r.runtime === runtime);
const reference = find('js-interpreter', 'node').checksums[0];
const closures = find('js-closures', 'node');
// The ratio of two engines: the median over rounds of their time ratio within the round (a busy
// round slows both), not the ratio of two medians taken at different moments.
const ratio = (a, b) => (b ? median(a.wall_ms.map((t, i) => b.wall_ms[i] / t)) : null);
const cpuRatio = (a, b) => (b && a.cpu_ms.length && b.cpu_ms.length ? median(a.cpu_ms.map((t, i) => b.cpu_ms[i] / t)) : null);
// Chromium's processes get another share of a busy machine than Node's (other scheduling), so a
// wall-time ratio across the two runtimes says little: Chromium rows compare within Chromium.
const crossRatio = (r) => (r.runtime === 'chromium' ? null : ratio(r, closures));
const f = (x, d = 2) => (x === null || x === undefined ? '–' : x.toFixed(d));
const M = (x) => (x === null ? '–' : `${(x / 1e6).toFixed(2)} M`);
const lines = [
  `| engine | runtime | evaluate s (median) | pairs/s (median) | pairs/s by CPU time | × js-closures (Node) | × js-closures (Node), CPU time | × js-closures (same runtime) | × json-logic-js (same runtime) | checksum |`,
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => {
    const same = find('js-closures', r.runtime === 'chromium' ? 'chromium' : 'node');
    const jl = find('json-logic-js', r.runtime === 'chromium' ? 'chromium' : 'node');
    const ok = r.checksums.length === 1 && r.checksums[0] === reference;
    return `| ${r.engine} | ${r.runtime} | ${f(median(r.wall_ms) / 1000, 3)} | ${M(r.rate)} | ${M(r.cpu_rate)} | ${f(crossRatio(r))} | ${f(cpuRatio(r, closures))} | ` +
      `${f(ratio(r, same))} | ${f(jl ? ratio(r, jl) : null, 1)} | ${r.checksums.map((c) => c.slice(0, 12)).join(' ')} ${ok ? 'ok' : 'MISMATCH'} |`;
  }),
];
const pct = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
console.log(`peer comparison ${started.toISOString()}: ${pairs} pairs per repetition, ${opt.reps} interleaved rounds after one warm-up round`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}` +
  `${chromiumVersion ? `, Chromium ${chromiumVersion}` : ''}; load average (1 min) during the run ${pct(load.map((l) => l[0]))}`);
console.log(lines.join('\n'));

const native = find('stapelwijzer-native', 'native');
const wasmChromium = find('stapelwijzer-wasm', 'chromium');
const goals = [
  ['native ≥ 100 M pairs/s (wall)', native.rate >= 100e6, M(native.rate)],
  ['native ≥ 7× js-closures', ratio(native, closures) >= 7, f(ratio(native, closures))],
  ['native ≥ 7× js-closures (CPU time)', cpuRatio(native, closures) >= 7, f(cpuRatio(native, closures))],
];
if (wasmChromium) {
  goals.push(['wasm in Chromium ≥ 2× js-closures (Chromium)', ratio(wasmChromium, find('js-closures', 'chromium')) >= 2,
              f(ratio(wasmChromium, find('js-closures', 'chromium')))]);
  const jl = find('json-logic-js', 'chromium');
  if (jl) goals.push(['wasm in Chromium ≥ 20× json-logic-js (Chromium)', ratio(wasmChromium, jl) >= 20, f(ratio(wasmChromium, jl), 1)]);
}
for (const [what, met, value] of goals) console.log(`goal ${met ? 'met    ' : 'not met'}: ${what}: ${value}`);

const bad = rows.filter((r) => r.checksums.length !== 1 || r.checksums[0] !== reference);
if (opt.json) writeFileSync(opt.json, JSON.stringify({ date: started.toISOString(), pairs, reps: opt.reps, load, reference, rows, chromium: chromiumVersion }, null, 2) + '\n');
if (bad.length) {
  console.error(`FAIL: checksum differs from js-interpreter's ${reference}: ${bad.map((r) => `${r.engine} (${r.runtime})`).join(', ')}`);
  process.exit(1);
}
console.log(`all ${rows.length} engines agree: checksum ${reference}`);
