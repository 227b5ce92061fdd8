// reference.mjs: the built web folder served with the frozen reference bundle
// (rules-data/reference/bundle, signed with the same development keys) in place of the Dutch
// catalogue, so tests that check exact amounts, questions or best cases do not change when the
// Dutch catalogue grows. The app fetches rules/ next to the page and verifies it like any bundle.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webDir, sourceDir } from './harness.mjs';
import { serveWith, cli } from './embed-support.mjs';
import { spawnSync } from 'node:child_process';

export const referenceBundle = join(sourceDir, 'rules-data', 'reference', 'bundle');

// Resolves { url, stop, dir }; stop() also removes the copy.
// `extra`: more arguments for scripts/serve.mjs (--frame-ancestors for a host page).
export async function serveReference(extra = []) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-reference-web-'));
  cpSync(webDir(), dir, { recursive: true, preserveTimestamps: true });  // a stale .br/.gz stays older than its file (scripts/serve.mjs)
  rmSync(join(dir, 'rules'), { recursive: true, force: true });
  cpSync(referenceBundle, join(dir, 'rules'), { recursive: true });
  const server = await serveWith(dir, extra);
  return { url: server.url, dir, stop: () => { server.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

// The CLI's plan for a case against the reference bundle (the same bytes the app must show).
export function cliPlanReference(caseText) {
  const r = spawnSync(cli(), ['plan', '--rules', referenceBundle, '--input', '-'], { input: caseText, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stapelwijzer plan failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}
