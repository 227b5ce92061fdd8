#!/usr/bin/env node
// build-offline.mjs: the offline Stapelwijzer, one self-contained HTML file for a USB stick or an
// e-mail attachment. Opened from disk (file://) it needs no network and no server.
//   node scripts/build-offline.mjs WEBDIR OUT.html [--rules BUNDLEDIR]
// WEBDIR is the wasm build's web/ folder (index.html, style.css, boot.js, app.js, app.wasm). Every
// local stylesheet and script of index.html is inlined, the wasm goes in gzipped and base64 encoded
// (in a <script type="application/octet-stream">, unpacked with the browser's DecompressionStream
// and handed to Emscripten's instantiateWasm), and the signed rules bundle (BUNDLEDIR, default WEBDIR/rules or
// rules-data/nl/bundle) goes in as its one-file pack, gzipped the same way: the app verifies it at
// start like a downloaded one (it has no bundle of its own compiled in).
// The font is compiled into the wasm. A Content-Security-Policy <meta> allows exactly the inlined
// scripts and styles (by hash), the wasm, and no network at all. Refuses to write more than 3 MB.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packRules } from './pack-rules.mjs';

const LIMIT = 3_000_000;  // bytes; the "under 3 MB"
const here = dirname(fileURLToPath(import.meta.url));

function fail(message) {
  process.stderr.write(`build-offline.mjs: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let rulesDir = null;
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rules') rulesDir = args[++i];
  else if (args[i].startsWith('--')) fail(`unknown option ${args[i]}`);
  else positional.push(args[i]);
}
if (positional.length !== 2) fail('usage: node scripts/build-offline.mjs WEBDIR OUT.html [--rules BUNDLEDIR]');
const [webDir, out] = positional.map((p) => resolve(p));
for (const f of ['index.html', 'app.js', 'app.wasm']) {
  if (!existsSync(join(webDir, f))) fail(`${join(webDir, f)} missing: build the wasm preset first`);
}
if (!rulesDir) rulesDir = existsSync(join(webDir, 'rules', 'manifest.json')) ? join(webDir, 'rules') : join(here, '..', 'rules-data', 'nl', 'bundle');
const ruleNames = readdirSync(rulesDir).filter((n) => n.endsWith('.json') || n.endsWith('.minisig')).sort();
if (!ruleNames.includes('manifest.json')) fail(`${rulesDir} has no manifest.json`);

const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptHashes = [];
const styleHashes = [];
// Inline text must not end the element early.
const safeScript = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
function inlineScript(js) {
  const body = `\n${safeScript(js)}\n`;
  scriptHashes.push(sha(body));
  return `<script>${body}</script>`;
}
function inlineStyle(css) {
  const body = `\n${css.replace(/<\/(style)/gi, '<\\/$1')}\n`;
  styleHashes.push(sha(body));
  return `<style>${body}</style>`;
}

// The wasm, gzipped: the file is half the size, and the browser's HTML parser, which reads every
// byte before the app's scripts run, has half as much to read (that wait 500-850 ms -> 190-230 ms,
// docs/benchmarks.md round 3). Not JavaScript, so no script to compile and no hash: the glue reads
// the element's text.
const wasm = readFileSync(join(webDir, 'app.wasm'));
const wasmGz = gzipSync(wasm, { level: 9 });
const wasmElement = `<script type="application/octet-stream" id="sw-wasm-gz">${wasmGz.toString('base64')}</script>`;

// The signed rules bundle, carried as its one-file pack (scripts/pack-rules.mjs), gzipped and base64
// encoded like the wasm: the app has no bundle compiled in, only the release bundle's fingerprint.
// The engine says at start whether the carried rules are the build's own (`release` in its answer,
// shown as data-sw-rules="builtin") or another bundle ("inline").
let pack;
try {
  pack = packRules(rulesDir);
} catch (e) {
  fail(e.message);
}
const rulesGz = gzipSync(pack, { level: 9 });
const rulesElement = `<script type="application/octet-stream" id="sw-rules-gz">${rulesGz.toString('base64')}</script>`;

// Runs after boot.js and before app.js: the wasm and the rules unpacked (no download: both are right
// here), and the engine checks the bundle before main() so the app starts with verified rules.
const glue = `'use strict';
(function () {
  var M = window.Module;
  if (!M || !M.canvas) return;  // boot.js found no WebGL 2 and says so
  function bytes(b64) {
    // The browser's own decoder where there is one (a tenth of the loop's time at start).
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
    var s = atob(b64), a = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
    return a;
  }
  var wasmGz = bytes(document.getElementById('sw-wasm-gz').textContent);
  var rulesGz = bytes(document.getElementById('sw-rules-gz').textContent);
  function failed(why) {
    console.error('Stapelwijzer: ' + why);
    window.swShowError('Deze browser kan het offline bestand niet openen. Gebruik een recente browser (Chrome, Edge, Firefox of Safari van 2023 of later).',
                       'This browser cannot open the offline file. Use a recent browser (Chrome, Edge, Firefox or Safari from 2023 or later).');
  }
  if (typeof DecompressionStream !== 'function') {
    failed('no DecompressionStream to unpack the app');
    M.instantiateWasm = function () { return {}; };  // never done: the app does not start, nor fetch
    return;
  }
  function gunzip(b) {
    return new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  }
  var rules = null;  // [{name, bytes}] from the pack (web/boot.js's swUnpackRules)
  // Emscripten's hook for a wasm it does not fetch itself (app.js waits for done()); the rules are
  // unpacked meanwhile, so they are there before main().
  M.instantiateWasm = function (imports, done) {
    Promise.all([
      gunzip(wasmGz).then(function (wasm) { return WebAssembly.instantiate(wasm, imports); }),
      gunzip(rulesGz).then(function (pack) { rules = window.swUnpackRules(new Uint8Array(pack)); }),
    ]).then(function (r) { done(r[0].instance, r[0].module); }, function (e) { failed('the app did not unpack: ' + e); });
    return {};
  };
  M.preRun = [];
  M.swOffline = true;
  var before = M.onRuntimeInitialized;
  M.onRuntimeInitialized = function () {
    var ok = M.swLoadBundle(rules) === 0;  // web/boot.js: the exact bytes, no JSON
    // Accepted: the answer is the rules' info, whose release says whether they are the build's own.
    var own = ok && JSON.parse(M.ccall('sw_api_output', 'string', [], [])).release === true;
    // Refused too: the app has no other rules, so it shows the refusal and its reason.
    M.swRulesFiles = rules;
    document.documentElement.dataset.swRules = !ok ? 'refused' : own ? 'builtin' : 'inline';
    if (before) before.apply(this, arguments);
  };
})();`;

// The employer view's .xlsx libraries (web/staff-xlsx.js loads them when a workbook is read or
// written, not at start): carried as text that does not run, <script type="text/plain"
// id="sw-lib-NAME">; staff-xlsx.js inserts that text as a script, which the CSP allows by its hash.
const LAZY_LIBRARIES = ['read-excel-file.min.js', 'write-excel-file.min.js'];
function lazyLibrary(name) {
  const p = join(webDir, name);
  if (!existsSync(p)) fail(`${p} missing: build the wasm preset first`);
  const body = `\n${safeScript(readFileSync(p, 'utf8'))}\n`;
  scriptHashes.push(sha(body));
  return `<script type="text/plain" id="sw-lib-${name}">${body}</script>`;
}

let html = readFileSync(join(webDir, 'index.html'), 'utf8');
// Preloads name files the single file carries inline: dropped, with their comment.
html = html.replace(/(<!--(?:(?!-->)[\s\S])*-->\n)?<link rel="preload"[^>]*>\n?/g, '');
html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (m, href) => {
  const p = join(webDir, href);
  if (!existsSync(p)) fail(`index.html links ${href}, which is missing`);
  return inlineStyle(readFileSync(p, 'utf8'));
});
html = html.replace(/<script src="([^"]+)"[^>]*><\/script>/g, (m, src) => {
  if (/^[a-z]+:|^\/\//i.test(src)) fail(`index.html loads a remote script ${src}`);
  const p = join(webDir, src);
  if (!existsSync(p)) fail(`index.html loads ${src}, which is missing`);
  const js = readFileSync(p, 'utf8');
  return src === 'app.js' ? wasmElement + '\n' + rulesElement + '\n' + inlineScript(glue) + '\n' + inlineScript(js) : inlineScript(js);
});
if (!html.includes('id="sw-wasm-gz"')) fail('index.html has no <script src="app.js">');
html = html.replace(/<\/body>/i, (m) => `${LAZY_LIBRARIES.map(lazyLibrary).join('\n')}\n${m}`);
// Only data: URLs may remain (e.g. an empty favicon); anything else would be a file left behind.
if (/<script[^>]+src=|<link[^>]+href="(?!data:)/i.test(html)) fail('index.html still refers to a file after inlining');
// Inline event handlers (e.g. oncontextmenu) are allowed by hash too ('unsafe-hashes').
const handlerHashes = [...html.matchAll(/\son[a-z]+="([^"]*)"/g)].map((m) => sha(m[1]));
const csp = [
  "default-src 'none'",
  `script-src ${[...scriptHashes, ...(handlerHashes.length ? ["'unsafe-hashes'", ...handlerHashes] : []), "'wasm-unsafe-eval'"].join(' ')}`,
  `style-src ${styleHashes.join(' ')}`, 'img-src data: blob:', "connect-src 'none'", "base-uri 'none'",
  "form-action 'none'", "object-src 'none'",
].join('; ');
html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n<meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!html.includes('http-equiv="Content-Security-Policy"')) fail('index.html has no <meta charset="utf-8"> to put the CSP after');

const size = Buffer.byteLength(html);
if (size >= LIMIT) fail(`the single file would be ${size} bytes, over the ${LIMIT} byte limit`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
process.stdout.write(`${out}: ${size} bytes (${gzipSync(html).length} gzipped), wasm ${wasm.length} bytes (${wasmGz.length} gzipped inside), ` +
                     `rules ${ruleNames.length} files from ${rulesDir} (${rulesGz.length} bytes gzipped inside)\n`);
