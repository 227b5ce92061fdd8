#!/usr/bin/env node
// pack-rules.mjs: the signed rules bundle as ONE file for the web (rules/bundle.swpack), so a page
// fetches the rules with one request instead of one per fragment and signature. Transport only: the
// pack holds the exact bytes of every file of the bundle (manifest.json, its signature, the fragments
// and theirs), and the app verifies them exactly as if they had been fetched one by one
// (docs/signing.md, "One file for the web"). Format, all ASCII headers:
//   SWPACK 1\n
//   NAME LENGTH\n BYTES \n        one such entry per file, manifest.json first, then by name
//   node scripts/pack-rules.mjs BUNDLEDIR OUT
// packRules(dir) is also used by scripts/build-offline.mjs (the offline file carries the pack).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The pack of the bundle in `dir` as a Buffer; throws an Error naming the problem.
export function packRules(dir) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json') || n.endsWith('.minisig')).sort();
  } catch (e) {
    throw new Error(`cannot read ${dir}: ${e.message}`);
  }
  if (!names.includes('manifest.json')) throw new Error(`${dir} has no manifest.json`);
  for (const n of names) if (!/^[A-Za-z0-9._-]+$/.test(n)) throw new Error(`${n}: a file name the pack cannot hold (letters, digits, . _ - only)`);
  names = ['manifest.json', ...names.filter((n) => n !== 'manifest.json')];
  const parts = [Buffer.from('SWPACK 1\n')];
  for (const n of names) {
    const bytes = readFileSync(join(dir, n));
    parts.push(Buffer.from(`${n} ${bytes.length}\n`), bytes, Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out) {
    process.stderr.write('pack-rules.mjs: usage: node scripts/pack-rules.mjs BUNDLEDIR OUT\n');
    process.exit(2);
  }
  let pack;
  try {
    pack = packRules(dir);
  } catch (e) {
    process.stderr.write(`pack-rules.mjs: ${e.message}\n`);
    process.exit(2);
  }
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, pack);
}
