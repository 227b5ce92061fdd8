#!/usr/bin/env node
// first-frame.mjs: time from navigation to the web app's first frame that accepts input, in
// headless Chromium, for index.html, embed.html and the offline single file; median and worst of N
// loads, each in a fresh browser context (empty HTTP cache), with where the time goes.
//   node bench/first-frame.mjs WEBDIR [--runs 10] [--offline FILE] [--precompressed] [--against OLDDIR [--against-offline FILE]]
// WEBDIR: the wasm build's web folder (build/wasm/web). The offline file is built from it with
// scripts/build-offline.mjs unless --offline names one. --precompressed runs scripts/precompress.mjs
// on WEBDIR first, so scripts/serve.mjs sends brotli/gzip. --against OLDDIR: a second build (e.g. a
// copy of main's web folder) loaded in the same rounds, each of its page loads right before the same
// page of WEBDIR, so both meet the same load on a shared machine; its rows are marked "(against)".
// --against-offline FILE: that build's offline file, when this tree's scripts/build-offline.mjs cannot
// build one from OLDDIR (the script and boot.js change together).
// "First frame" is window.swFirstFrameMs (web/boot.js): set when the app has drawn its first frame,
// after the rules were verified and the catalogue loaded, so the frame answers input. The parts:
//   download      the end of the last of app.js / app.wasm (resource timing; 0 offline: inlined)
//   wasm compile  WebAssembly.instantiate(Streaming) start to end (wrapped by this script)
//   rules         the end of the last rules/* fetch (resource timing; offline: built in)
//   GL context    performance marks sw-main .. sw-gl-ready (src/app/main.cpp): the window and its
//                 WebGL context, Dear ImGui's backends
//   font atlas    sw-gl-ready .. sw-font-atlas: fonts rasterised (until round 5 also the font
//                 texture made; a build without sw-gl-ready: sw-main .. sw-font-atlas, the GL
//                 context included)
//   rules check   sw-font-atlas .. sw-rules-ready: signatures, hashes, catalogue load, first evaluation
//   first frame   sw-rules-ready .. first frame: the shaders and the font texture (since round 5,
//                 src/app/main.cpp; before, the backend made them in the first frame), drawing it
// Two floors, loaded in the same rounds and served the same way, say what no app could beat on this
// machine: "floor: blank page" (an HTML page that marks its first animation frame) and "floor:
// WebGL 2 clear" (the same page making a WebGL 2 context with the app's attributes, clearing it,
// reading one value back as Dear ImGui's backend does, and marking the next frame).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const opt = { runs: 10, offline: null, precompressed: false, dir: null, against: null, againstOffline: null };
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') opt.runs = Number(args[++i]);
  else if (args[i] === '--offline') opt.offline = args[++i];
  else if (args[i] === '--against-offline') opt.againstOffline = args[++i];
  else if (args[i] === '--precompressed') opt.precompressed = true;
  else if (args[i] === '--against') opt.against = resolve(args[++i]);
  else if (!args[i].startsWith('--') && !opt.dir) opt.dir = resolve(args[i]);
  else { console.error(`first-frame.mjs: unknown option ${args[i]}`); process.exit(2); }
}
if (!opt.dir || !(opt.runs > 0)) {
  console.error('usage: node bench/first-frame.mjs WEBDIR [--runs 10] [--offline FILE] [--precompressed] [--against OLDDIR [--against-offline FILE]]');
  process.exit(2);
}
for (const dir of [opt.dir, opt.against].filter(Boolean)) {
  if (opt.precompressed) execFileSync(process.execPath, [join(root, 'scripts', 'precompress.mjs'), dir, '--quiet'], { stdio: 'inherit' });
}
const offlineOf = (dir) => {
  const file = join(mkdtempSync(join(os.tmpdir(), 'sw-first-frame-')), 'stapelwijzer-offline.html');
  execFileSync(process.execPath, [join(root, 'scripts', 'build-offline.mjs'), dir, file], { stdio: 'ignore' });
  return file;
};
if (!opt.offline) opt.offline = offlineOf(opt.dir);

function serve(dir) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^Stapelwijzer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) res({ url: m[1], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => rej(new Error(`serve.mjs exited with ${code}`)));
  });
}

// Before any page script: marks around every wasm compilation.
const WRAP_WASM = () => {
  for (const name of ['instantiateStreaming', 'instantiate', 'compileStreaming', 'compile']) {
    const original = WebAssembly[name];
    if (!original) continue;
    WebAssembly[name] = function (...a) {
      performance.mark('sw-wasm-compile-start');
      return original.apply(this, a).then((r) => { performance.mark('sw-wasm-compile-end'); return r; });
    };
  }
};

async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(WRAP_WASM);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.swState === 'ready' ||
                                    document.documentElement.dataset.swState === 'error', null, { timeout: 120_000, polling: 50 });
  const m = await page.evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null;
    const res = performance.getEntriesByType('resource');
    const end = (test) => { const r = res.filter((e) => test(e.name)); return r.length ? Math.max(...r.map((e) => e.responseEnd)) : null; };
    return { state: document.documentElement.dataset.swState, first: window.swFirstFrameMs ?? null,
      download: end((n) => /\/app\.(js|wasm)$/.test(n)), rules: end((n) => /\/rules\//.test(n)),
      compileStart: mark('sw-wasm-compile-start'), compileEnd: mark('sw-wasm-compile-end'),
      main: mark('sw-main'), glReady: mark('sw-gl-ready'), atlas: mark('sw-font-atlas'), rulesReady: mark('sw-rules-ready') };
  });
  await context.close();
  if (m.state !== 'ready') throw new Error(`${url}: the app reported ${m.state}`);
  const d = (a, b) => (a === null || b === null ? null : b - a);
  return { first: m.first, download: m.download ?? 0, compile: d(m.compileStart, m.compileEnd), rules: m.rules,
    gl: d(m.main, m.glReady), atlas: d(m.glReady ?? m.main, m.atlas), check: d(m.atlas, m.rulesReady), frame: d(m.rulesReady, m.first) };
}

// The floor pages (above), written next to each other in a temporary folder.
function floorDir() {
  const dir = mkdtempSync(join(os.tmpdir(), 'sw-first-frame-floor-'));
  const page = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head>` +
    `<body style="margin:0"><canvas id="c" style="width:100vw;height:100vh;display:block"></canvas><script src="${script}"></script></body></html>\n`;
  writeFileSync(join(dir, 'blank.html'), page('blank.js'));
  writeFileSync(join(dir, 'webgl.html'), page('webgl.js'));
  const ready = 'requestAnimationFrame(() => { window.swFirstFrameMs = Math.round(performance.now()); document.documentElement.dataset.swState = "ready"; });';
  writeFileSync(join(dir, 'blank.js'), `${ready}\n`);
  writeFileSync(join(dir, 'webgl.js'), `const c = document.getElementById('c');
c.width = c.clientWidth * devicePixelRatio; c.height = c.clientHeight * devicePixelRatio;
const gl = c.getContext('webgl2', { alpha: true, antialias: false, depth: false, stencil: false });
gl.viewport(0, 0, c.width, c.height); gl.clearColor(0.95, 0.95, 0.95, 1); gl.clear(gl.COLOR_BUFFER_BIT);
gl.getParameter(gl.VIEWPORT);
${ready}\n`);
  return dir;
}

const require = createRequire(join(root, 'tests', 'web', 'package.json'));
const { chromium } = require('playwright-core');
const server = await serve(opt.dir);
const old = opt.against ? await serve(opt.against) : null;
const floor = await serve(floorDir());
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
         '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const pagesOf = (url, offline, mark) => [[`index.html${mark}`, `${url}index.html`], [`embed.html${mark}`, `${url}embed.html`],
                                         [`offline file${mark}`, pathToFileURL(offline).href]];
const pages = (old ? pagesOf(old.url, opt.againstOffline || offlineOf(opt.against), ' (against)').flatMap((p, i) => [p, pagesOf(server.url, opt.offline, '')[i]])
                   : pagesOf(server.url, opt.offline, ''))
  .concat([['floor: blank page', `${floor.url}blank.html`], ['floor: WebGL 2 clear', `${floor.url}webgl.html`]]);
const loadBefore = os.loadavg()[0];
const rows = [];
for (const [name] of pages) rows.push({ name, runs: [] });
// Interleaved: each round loads every page once, so a busy moment hits all three alike.
for (let r = 0; r < opt.runs; r++) {
  for (let i = 0; i < pages.length; i++) rows[i].runs.push(await load(browser, pages[i][1]));
  process.stderr.write(`round ${r + 1}/${opt.runs} (load ${os.loadavg()[0].toFixed(1)})\n`);
}
await browser.close();
server.stop();
floor.stop();
if (old) old.stop();

const median = (xs) => { const s = xs.filter((x) => x !== null).sort((a, b) => a - b); if (!s.length) return null; const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f = (x) => (x === null ? '–' : String(Math.round(x)));
const gz = (files) => files.reduce((s, p) => { try { return s + gzipSync(readFileSync(join(opt.dir, p)), { level: 9 }).length; } catch { return s; } }, 0);
const raw = (p) => { try { return statSync(join(opt.dir, p)).size; } catch { return 0; } };
console.log(`first interactive frame, ${new Date().toISOString()}, Chromium ${browser.version()} headless (SwiftShader), ` +
  `${os.cpus().length} × ${os.cpus()[0]?.model}; ${opt.runs} loads per page, fresh context each; load average ${loadBefore.toFixed(1)}–${os.loadavg()[0].toFixed(1)}` +
  `${opt.precompressed ? '; precompressed files served' : ''}`);
console.log('| page | median ms | worst ms | download | wasm compile | rules fetched | GL context | font atlas | rules check | first frame |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const col = (k) => f(median(r.runs.map((x) => x[k])));
  const firsts = r.runs.map((x) => x.first);
  console.log(`| ${r.name} | ${f(median(firsts))} | ${f(Math.max(...firsts))} | ${col('download')} | ${col('compile')} | ${col('rules')} | ${col('gl')} | ${col('atlas')} | ${col('check')} | ${col('frame')} |`);
}
console.log('(parts: medians; download and rules fetched are times since navigation, the others durations)');
const app = ['app.wasm', 'app.js', 'boot.js', 'index.html', 'style.css'];
const engine = ['api/stapelwijzer-engine.wasm', 'api/stapelwijzer-engine.js'];
console.log(`app: ${app.reduce((s, p) => s + raw(p), 0)} B raw, ${gz(app)} B gzip -9 (goal ≤ 300 KB); ` +
            `engine-only API module: ${engine.reduce((s, p) => s + raw(p), 0)} B raw, ${gz(engine)} B gzip -9 (goal ≤ 200 KB); ` +
            `its rules beside it (api/stapelwijzer-rules.swpack, not fetched with a rulesUrl): ${gz(['api/stapelwijzer-rules.swpack'])} B gzip -9`);
const own = rows.filter((r) => !r.name.endsWith('(against)') && !r.name.startsWith('floor'));  // the goals are WEBDIR's
const worst = Math.max(...own.flatMap((r) => r.runs.map((x) => x.first)));
const med = Math.max(...own.map((r) => median(r.runs.map((x) => x.first))));
console.log(`goal ${med <= 500 ? 'met    ' : 'not met'}: median ≤ 500 ms on every page (slowest median ${f(med)} ms)`);
console.log(`goal ${worst <= 1000 ? 'met    ' : 'not met'}: worst ≤ 1000 ms (worst ${f(worst)} ms)`);
