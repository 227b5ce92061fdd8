// cli.mjs: what the CLI tests share: where the built CLI and the sources are, and running the CLI
// as a process on a fixed "today" inside the committed bundle's validity (issued 2026-11, expires
// 2027-03-01), so the tests do not age.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const cli = process.env.SW_CLI;
export const root = process.env.SW_SOURCE_DIR ?? '.';
export const fixtures = path.join(root, 'tests', 'cli', 'fixtures');
export const bundle = path.join(root, 'rules-data', 'nl', 'bundle');
// The frozen 18-scheme reference bundle (rules-data/reference/README.md): tests that assert exact
// plans, questions or reason texts use it, so growing rules-data/nl never changes them.
export const reference = path.join(root, 'rules-data', 'reference', 'bundle');
export const referenceTests = path.join(root, 'rules-data', 'reference', 'tests');
export const today = '2026-11-23';

// Runs the CLI with `args`; `input` goes to stdin, `env` adds to (or overrides) the environment.
export function run(args, { input, env } = {}) {
  const r = spawnSync(cli, args, {
    input,
    encoding: 'utf8',
    env: { ...process.env, STAPELWIJZER_TODAY: today, ...env },
  });
  assert.equal(r.error, undefined, `could not run ${cli}`);
  return r;
}
