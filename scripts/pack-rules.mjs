#!/usr/bin/env node
// pack-rules.mjs: the signed rules bundle as ONE file for the web (rules/bundle.swpack), so a page
// fetches the rules with one request instead of one per fragment and signature. Transport only: the
// pack holds the exact bytes of every file of the bundle (manifest.json, its signature, the fragments
// and theirs), and the app verifies them exactly as if they had been fetched one by one
// (docs/signing.md, "One file for the web"). Format, all ASCII headers:
//   SWPACK 1\n
//   NAME LENGTH\n BYTES \n        one such entry per file, manifest.json first, then by name
//   node scripts/pack-rules.mjs BUNDLEDIR OUT
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function fail(message) {
  process.stderr.write(`pack-rules.mjs: ${message}\n`);
  process.exit(2);
}

const [dir, out] = process.argv.slice(2);
if (!dir || !out) fail('usage: node scripts/pack-rules.mjs BUNDLEDIR OUT');
let names;
try {
  names = readdirSync(dir).filter((n) => n.endsWith('.json') || n.endsWith('.minisig')).sort();
} catch (e) {
  fail(`cannot read ${dir}: ${e.message}`);
}
if (!names.includes('manifest.json')) fail(`${dir} has no manifest.json`);
for (const n of names) if (!/^[A-Za-z0-9._-]+$/.test(n)) fail(`${n}: a file name the pack cannot hold (letters, digits, . _ - only)`);
names = ['manifest.json', ...names.filter((n) => n !== 'manifest.json')];

const parts = [Buffer.from('SWPACK 1\n')];
for (const n of names) {
  const bytes = readFileSync(join(dir, n));
  parts.push(Buffer.from(`${n} ${bytes.length}\n`), bytes, Buffer.from('\n'));
}
mkdirSync(dirname(resolve(out)), { recursive: true });
writeFileSync(out, Buffer.concat(parts));
