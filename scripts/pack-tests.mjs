#!/usr/bin/env node
// pack-tests.mjs: the catalogue's scenario tests (rules-data/nl/tests/*.json) as ONE JSON file for
// the rules workbench (web/workbench.html, docs/workbench.md), which runs them in the browser:
//   [{"name": "oom-trainingstoelage-eligible.json", "text": "...the file's exact text..."}, ...]
// sorted by name, as `stapelwijzer test DIR` runs them.
//   node scripts/pack-tests.mjs TESTSDIR OUT
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  process.stderr.write('pack-tests.mjs: usage: node scripts/pack-tests.mjs TESTSDIR OUT\n');
  process.exit(2);
}
const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
const tests = names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(tests));
process.stdout.write(`pack-tests.mjs: ${tests.length} scenario(s) -> ${out}\n`);
