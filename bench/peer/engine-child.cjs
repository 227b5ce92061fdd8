// engine-child.cjs: one engine of the peer comparison in its own Node process, kept alive between
// repetitions so bench/peer/compare.mjs can interleave the engines. Answers each "run" line on stdin
// with one JSON line: wall and CPU milliseconds of one repetition (all profiles x all schemes) and
// the checksum of its eligible sets, computed outside the timed part.
//   node engine-child.cjs SHARED_BENCH DATA_DIR ENGINE
// ENGINE is one of the shared bench's engines (engines.js, e.g. js-closures, json-logic-js) or
// stapelwijzer-wasm: build/wasm-bench/bench/peer_wasm.js (PEER_WASM) on DATA_DIR/converted.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const readline = require('readline');

const [sharedDir, dataDir, name] = process.argv.slice(2);
const sha256 = (s) => crypto.createHash('sha256').update(s).digest('hex');
const say = (o) => process.stdout.write(JSON.stringify(o) + '\n');

// The shared bench's checksum: "<profile id>:<eligible ids, comma-joined>\n" per profile.
const resultLines = (profiles, sets) => profiles.map((p, i) => `${p.id}:${sets[i].join(',')}\n`).join('');

async function jsEngine() {
  const engines = require(path.join(sharedDir, 'engines.js'));
  const engine = engines[name];
  if (!engine) throw new Error(`unknown engine ${name}; known: ${Object.keys(engines).join(', ')}, stapelwijzer-wasm`);
  if (engine.init) await engine.init();
  const catalogue = JSON.parse(fs.readFileSync(path.join(dataDir, 'neutral', 'catalogue.json'), 'utf8'));
  const profiles = JSON.parse(fs.readFileSync(path.join(dataDir, 'neutral', 'profiles.json'), 'utf8')).profiles;
  const compiled = engine.compile(catalogue);
  let sets = null;
  return {
    pairs: catalogue.schemes.length * profiles.length,
    run: async () => { sets = await engine.evaluate(compiled, profiles); },
    checksum: () => sha256(resultLines(profiles, sets)),
  };
}

async function wasmEngine() {
  const file = process.env.PEER_WASM;
  const create = require(file);
  // The bytes given, not fetched: Emscripten 3.1.6's loader trips over Node's built-in fetch.
  const m = await create({ wasmBinary: fs.readFileSync(file.replace(/\.js$/, '.wasm')) });
  const read = (f) => fs.readFileSync(path.join(dataDir, 'converted', f), 'utf8');
  const heapString = require('./heap-string.js');
  const error = m.ccall('peer_load', 'string', ['number', 'number', 'number'],
                        [read('catalogue.rules.json'), read('cases.jsonl'), read('ids.txt')].map((t) => heapString(m, t)));
  if (error) throw new Error(`peer_load: ${error}`);
  let pairs = 0;
  const run = () => { pairs = m.ccall('peer_run', 'number', [], []); };
  run(); // the pair count, and a first run like every other engine's warm-up
  return { pairs, run, checksum: () => m.ccall('peer_checksum', 'string', [], []) };
}

(async () => {
  const engine = name === 'stapelwijzer-wasm' ? await wasmEngine() : await jsEngine();
  say({ ready: true, pairs: engine.pairs });
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line === 'quit') break;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await engine.run();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    say({ wall_ms: wall, cpu_ms: (c.user + c.system) / 1000, checksum: engine.checksum() });
  }
  process.exit(0);
})().catch((err) => { console.error(err.stack || String(err)); process.exit(1); });
