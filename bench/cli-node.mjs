#!/usr/bin/env node
// cli-node.mjs: the CLI's Node build (web/tools/stapelwijzer.cjs, src/cli/CMakeLists.txt) against the
// native CLI on the same commands: start-up (`--version`, `verify` of the built-in bundle) and
// `test` of the Dutch catalogue's scenarios (rules-data/nl/tests). Median and best of N runs each,
// wall-clock time of the whole process, as a fund officer waits for it (on a loaded machine the
// best run says most), and CPU time; `node -e ''` is Node's own start-up, for scale.
//   node bench/cli-node.mjs NATIVE_CLI NODE_CLI.cjs [--runs 5]
// e.g. node bench/cli-node.mjs build/release/src/cli/stapelwijzer build/wasm/web/tools/stapelwijzer.cjs
// Prints a Markdown table for docs/benchmarks.md, with the machine's load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 5;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else files.push(args[i]);
}
if (files.length !== 2 || !(runs >= 1)) {
  process.stderr.write('usage: node bench/cli-node.mjs NATIVE_CLI NODE_CLI.cjs [--runs N]\n');
  process.exit(2);
}
const [nativeCli, nodeCli] = files.map((f) => resolve(f));

const commands = [
  ['start-up: --version', ['--version']],
  ['verify (built-in bundle)', ['verify']],
  ['test rules-data/nl/tests', ['test', join(root, 'rules-data', 'nl', 'tests')]],
];
const env = { ...process.env, STAPELWIJZER_TODAY: '2026-11-23' };

// Wall time, and CPU time (user + system) through GNU time when it is there: CPU time depends far
// less on what else the machine runs.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const cpuFile = join(mkdtempSync(join(os.tmpdir(), 'sw-bench-')), 'cpu');
function time(cmd, argv) {
  const full = gnuTime ? [gnuTime, '-f', '%U %S', '-o', cpuFile, ...cmd, ...argv] : [...cmd, ...argv];
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { env, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu = gnuTime ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).reduce((a, x) => a + Number(x) * 1000, 0) : NaN;
  return { ms, cpu, out: r.stdout };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], best: s[0] };
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

console.log(`${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`native ${nativeCli} (${(statSync(nativeCli).size / 1e6).toFixed(1)} MB); node ${nodeCli} (${(statSync(nodeCli).size / 1e6).toFixed(1)} MB); ${runs} runs each\n`);
const empty = [];
for (let i = 0; i < runs; i++) empty.push(time([process.execPath, '-e', ''], []).ms);
console.log(`Node's own start-up (\`node -e ''\`): median ${fmt(stats(empty).median)}, best ${fmt(stats(empty).best)}\n`);
console.log('| command | native wall median (best) | Node wall median (best) | native CPU median | Node CPU median |');
console.log('| --- | --- | --- | --- | --- |');
for (const [label, argv] of commands) {
  const n = [], w = [], nc = [], wc = [];
  let same = true, first = null;
  for (let i = 0; i < runs; i++) {  // interleaved, so a change in load hits both alike
    const a = time([nativeCli], argv);
    const b = time([process.execPath, nodeCli], argv);
    n.push(a.ms);
    w.push(b.ms);
    nc.push(a.cpu);
    wc.push(b.cpu);
    first ??= a.out;
    same &&= a.out.equals(b.out);
  }
  if (!same) throw new Error(`${label}: the Node build's output differs from the native CLI's`);
  const sn = stats(n), sw = stats(w);
  console.log(`| ${label} | ${fmt(sn.median)} (${fmt(sn.best)}) | ${fmt(sw.median)} (${fmt(sw.best)}) | ` +
              `${fmt(stats(nc).median)} | ${fmt(stats(wc).median)} |`);
}
