#!/usr/bin/env node
// serve.mjs: a small static file server for the built web app (no dependencies).
//   node scripts/serve.mjs DIR [--port N]     (N = 0 or absent: a free port)
//        [--connect ORIGIN]...                  (a rules host the pages may fetch from; CSP connect-src)
//        [--frame-ancestors 'SOURCES']          (sites that may embed embed.html; default 'self')
// Binds 127.0.0.1 only, serves files under DIR with the right MIME types (application/wasm, so
// browsers can stream-compile), never lists folders, never serves outside DIR, and prints exactly
// one line: "Stapelwijzer: http://127.0.0.1:PORT/". Sends FILE.br / FILE.gz made by
// scripts/precompress.mjs, with Content-Encoding, to clients that accept it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',  // tools/stapelwijzer.cjs, the CLI as a Node program
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.minisig': 'text/plain; charset=utf-8',
  '.swpack': 'application/octet-stream',   // the rules bundle as one file (scripts/pack-rules.mjs)
  '.webmanifest': 'application/manifest+json',
};

function usage(message) {
  process.stderr.write(`serve.mjs: ${message}\nusage: node scripts/serve.mjs DIR [--port N]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let dir = null;
let port = 0;
const connect = [];                 // extra connect-src origins (alternative rules hosts)
let frameAncestors = "'self'";      // who may put embed.html in an iframe
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--connect') {
    const v = args[++i];
    let ok = false;
    try { ok = new URL(v).origin === v; } catch { ok = false; }
    if (!ok) usage(`--connect needs an origin such as https://rules.example.nl, got "${v ?? ''}"`);
    connect.push(v);
  } else if (args[i] === '--frame-ancestors') {
    const v = args[++i];
    if (!v || /[;,\n]/.test(v)) usage(`--frame-ancestors needs a source list such as "'self' https://www.fund.nl"`);
    frameAncestors = v;
  } else if (args[i] === '--port') {
    const v = args[++i];
    if (v === undefined || !/^\d+$/.test(v) || Number(v) > 65535) usage(`--port needs a number 0-65535, got "${v ?? ''}"`);
    port = Number(v);
  } else if (args[i].startsWith('--')) {
    usage(`unknown option ${args[i]}`);
  } else if (dir === null) {
    dir = args[i];
  } else {
    usage(`more than one folder given: ${args[i]}`);
  }
}
if (dir === null) usage('no folder given');
const root = resolve(dir);
try {
  if (!statSync(root).isDirectory()) usage(`${dir} is not a folder`);
} catch {
  usage(`${dir} does not exist (build the wasm preset first)`);
}

// Content-Security-Policy (docs/embedding.md): nothing but this origin (and the rules hosts given
// with --connect). 'wasm-unsafe-eval' is the one extra Emscripten needs: compiling the wasm. No
// 'unsafe-eval' (the pages use no embind) and no 'unsafe-inline' (no inline script or style).
const CSP = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
  "img-src 'self' data: blob:", "font-src 'self'", `connect-src ${["'self'", ...connect].join(' ')}`,
  "worker-src 'self'", "frame-src 'self'", `frame-ancestors ${frameAncestors}`, "object-src 'none'",
  "base-uri 'none'", "form-action 'none'",
].join('; ');

// FILE.br or FILE.gz (scripts/precompress.mjs) when the client accepts that encoding and the
// compressed file is not older than FILE (a stale one is never sent); brotli first, it is smaller.
function precompressed(file, info, acceptEncoding = '') {
  const accepted = new Set();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.has(encoding)) continue;
    try {
      const c = statSync(file + suffix);
      if (c.isFile() && c.mtimeMs >= info.mtimeMs) return { encoding, file: file + suffix, size: c.size };
    } catch { /* not precompressed */ }
  }
  return null;
}

function send(res, code, text) {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text + '\n');
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'bad request');
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');
  let info;
  try {
    info = statSync(file);
  } catch {
    return send(res, 404, 'not found');
  }
  if (!info.isFile()) return send(res, 404, 'not found');
  const encoded = precompressed(file, info, req.headers['accept-encoding']);
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] || 'application/octet-stream',
    'Content-Length': encoded ? encoded.size : info.size,
    ...(encoded ? { 'Content-Encoding': encoded.encoding } : {}),
    'Vary': 'Accept-Encoding',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CSP,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(encoded ? encoded.file : file).pipe(res);
});

server.on('error', (e) => {
  process.stderr.write(`serve.mjs: cannot listen on 127.0.0.1:${port}: ${e.message}\n`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`Stapelwijzer: http://127.0.0.1:${server.address().port}/\n`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
