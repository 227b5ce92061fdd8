#!/usr/bin/env node
// precompress.mjs: writes FILE.gz (gzip -9) and FILE.br (brotli, quality 11) beside every text or
// wasm file of a built web folder, so a static host sends them with Content-Encoding instead of
// compressing on every request (scripts/serve.mjs does; docs/embedding.md "Compressed files" says
// how to make other hosts do it). The originals stay: hosts and clients without br/gzip use them.
// The rules bundle is compressed too: the browser undoes the encoding before the app sees the bytes,
// so signatures and hashes are checked on exactly the signed files.
//   node scripts/precompress.mjs WEBDIR [--quiet]
// Prints one line per file (raw, gzip, brotli bytes) and the totals.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const EXTENSIONS = new Set(['.wasm', '.js', '.mjs', '.cjs', '.html', '.css', '.json', '.svg', '.txt', '.minisig', '.webmanifest', '.swpack']);
const MIN_BYTES = 1024; // smaller files gain less than the extra request headers cost

const [dir, flag] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node scripts/precompress.mjs WEBDIR [--quiet]\n');
  process.exit(2);
}

function* files(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase())) yield p;
  }
}

let raw = 0, gz = 0, br = 0;
for (const file of files(dir)) {
  const bytes = readFileSync(file);
  if (bytes.length < MIN_BYTES) continue;
  const g = gzipSync(bytes, { level: 9 });
  const b = brotliCompressSync(bytes, { params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    [constants.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
  } });
  writeFileSync(`${file}.gz`, g);
  writeFileSync(`${file}.br`, b);
  raw += bytes.length; gz += g.length; br += b.length;
  if (flag !== '--quiet') console.log(`${relative(dir, file)}: ${bytes.length} B, gzip ${g.length} B, brotli ${b.length} B`);
}
console.log(`precompressed: ${raw} B raw, ${gz} B gzip, ${br} B brotli`);
