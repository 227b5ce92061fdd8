// engine.test.mjs: the JavaScript API module (src/web, stapelwijzer.js: one file, wasm inlined)
// under Node: it loads, reports the app version, and parses dates with the engine's own code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const wasmDir = process.env.SW_WASM_DIR;
const modulePath = wasmDir ? join(wasmDir, 'js', 'stapelwijzer.js') : null;

async function load() {
  assert.ok(wasmDir, 'SW_WASM_DIR is not set');
  assert.ok(existsSync(modulePath), `${modulePath} missing: build the wasm preset`);
  const create = require(modulePath);
  return create();
}

test('the module reports the project version', async () => {
  const sw = await load();
  const cmake = readFileSync(join(process.env.SW_SOURCE_DIR, 'CMakeLists.txt'), 'utf8');
  const want = /project\(stapelwijzer VERSION (\d+\.\d+\.\d+)/.exec(cmake)[1];
  assert.equal(sw.version(), want);
});

test('dates go through the engine\'s strict ISO parser', async () => {
  const sw = await load();
  assert.equal(sw.normalizeDate('2024-02-29'), '2024-02-29');
  assert.equal(sw.normalizeDate('2023-02-29'), '');  // not a real date
  assert.equal(sw.normalizeDate('2026-9-1'), '');    // not strict ISO
});
