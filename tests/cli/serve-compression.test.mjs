// scripts/precompress.mjs and scripts/serve.mjs together: a client that accepts brotli or gzip gets
// the precompressed file with Content-Encoding, the same bytes once decoded; a client that refuses
// them, or a compressed file older than its original, gets the original.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, utimesSync, existsSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const source = process.env.SW_SOURCE_DIR || resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sw-serve-'));
const wasm = Buffer.alloc(20000, 0); // compresses well, like the app's wasm
for (let i = 0; i < wasm.length; i += 7) wasm[i] = i % 251;
writeFileSync(join(dir, 'app.wasm'), wasm);
writeFileSync(join(dir, 'app.js'), 'console.log("stapelwijzer");\n'.repeat(100));
writeFileSync(join(dir, 'tiny.css'), 'p{}');
let server, base;

function fetchRaw(path, acceptEncoding) {
  return new Promise((res, rej) => {
    get(base + path, { headers: acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding } }, (r) => {
      const chunks = [];
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => res({ headers: r.headers, body: Buffer.concat(chunks) }));
    }).on('error', rej);
  });
}

before(async () => {
  const out = execFileSync(process.execPath, [join(source, 'scripts', 'precompress.mjs'), dir], { encoding: 'utf8' });
  assert.match(out, /precompressed: \d+ B raw/);
  server = spawn(process.execPath, [join(source, 'scripts', 'serve.mjs'), dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((res, rej) => {
    let text = '';
    server.stdout.on('data', (d) => {
      text += d;
      const m = /^Stapelwijzer: (http:\/\/127\.0\.0\.1:\d+)\//.exec(text);
      if (m) res(m[1]);
    });
    server.on('exit', (code) => rej(new Error(`serve.mjs exited with ${code}`)));
  });
});
after(() => server?.kill('SIGTERM'));

test('precompress.mjs writes .gz and .br beside larger files, not beside tiny ones', () => {
  for (const f of ['app.wasm', 'app.js']) {
    assert.ok(existsSync(join(dir, `${f}.gz`)) && existsSync(join(dir, `${f}.br`)), f);
    assert.ok(readFileSync(join(dir, `${f}.br`)).length < readFileSync(join(dir, f)).length, `${f}.br is smaller`);
  }
  assert.ok(!existsSync(join(dir, 'tiny.css.gz')));
});

test('brotli is preferred, with the original type, and decodes to the same bytes', async () => {
  const r = await fetchRaw('/app.wasm', 'gzip, deflate, br');
  assert.equal(r.headers['content-encoding'], 'br');
  assert.equal(r.headers['content-type'], 'application/wasm');
  assert.equal(r.headers.vary, 'Accept-Encoding');
  assert.equal(Number(r.headers['content-length']), r.body.length);
  assert.deepEqual(brotliDecompressSync(r.body), wasm);
});

test('gzip when brotli is refused (q=0) or not offered', async () => {
  for (const accept of ['gzip, br;q=0', 'gzip']) {
    const r = await fetchRaw('/app.js', accept);
    assert.equal(r.headers['content-encoding'], 'gzip', accept);
    assert.equal(gunzipSync(r.body).toString(), readFileSync(join(dir, 'app.js'), 'utf8'));
  }
});

test('the original without Accept-Encoding, and when the compressed file is older than it', async () => {
  const plain = await fetchRaw('/app.js', null);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), readFileSync(join(dir, 'app.js'), 'utf8'));
  const later = new Date(Date.now() + 60_000);
  writeFileSync(join(dir, 'app.js'), 'console.log("rebuilt");\n'.repeat(100));
  utimesSync(join(dir, 'app.js'), later, later);
  const stale = await fetchRaw('/app.js', 'br, gzip');
  assert.equal(stale.headers['content-encoding'], undefined);
  assert.match(stale.body.toString(), /rebuilt/);
});
