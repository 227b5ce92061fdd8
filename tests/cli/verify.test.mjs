// `stapelwijzer verify` (and plan) on the built-in bundle and on copies of rules-data/nl/bundle that
// are tampered with: verified bundles report signers, dates and files (exit 0); tampered, expired
// or unreadable ones are refused (exit 3 / 2), and plan computes nothing from refused rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = process.env.SW_CLI;
const source = process.env.SW_SOURCE_DIR ?? '.';
const bundleDir = path.join(source, 'rules-data', 'nl', 'bundle');
const caseFile = path.join(source, 'tests', 'cli', 'fixtures', 'metaal-2023.json');

function run(args, env = {}) {
  const r = spawnSync(cli, args, { encoding: 'utf8', env: { ...process.env, STAPELWIJZER_TODAY: '2026-11-23', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// A fresh copy of the committed bundle in a temporary folder (removed after the test).
function copyBundle(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-verify-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(bundleDir, dir, { recursive: true });
  return dir;
}

test('the built-in bundle verifies, with signers, dates and every file', () => {
  const r = run(['verify']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /catalogue nl, version \d+\.\d+\.\d+/);
  assert.match(r.out, /issued \d{4}-\d\d-\d\d, expires 2027-03-01/);
  assert.match(r.out, /root key [0-9A-F]{16}/);
  assert.match(r.out, /fund oom key [0-9A-F]{16}/);
  assert.match(r.out, /national\.json: \d+ bytes, blake2b-256 ok/);
  assert.match(r.out, /oom\.json: .* delegated to fund oom/);
  assert.match(r.out, /DEVELOPMENT keys/);
  assert.match(r.out, /result: verified\n$/);
});

test('a bundle folder and its manifest.json path verify alike', (t) => {
  const dir = copyBundle(t);
  for (const target of [dir, path.join(dir, 'manifest.json')]) {
    const r = run(['verify', '--rules', target]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /result: verified/);
  }
});

test('a flipped byte in a fragment: verify and plan refuse it, plan prints no result', (t) => {
  const dir = copyBundle(t);
  const file = path.join(dir, 'oom.json');
  const bytes = readFileSync(file);
  bytes[bytes.length >> 1] ^= 1;
  writeFileSync(file, bytes);
  const v = run(['verify', '--rules', dir]);
  assert.equal(v.code, 3);
  assert.match(v.err, /rules refused: oom\.json: blake2b-256 hash differs from manifest\.json/);
  assert.match(v.out, /result: REFUSED/);
  const p = run(['plan', '--rules', dir, '--input', caseFile]);
  assert.equal(p.code, 3);
  assert.equal(p.out, '', 'no result may be computed from refused rules');
  assert.match(p.err, /oom\.json/);
});

test('a re-signed manifest by a key this app does not trust is refused', (t) => {
  const dir = copyBundle(t);
  const keys = mkdtempSync(path.join(tmpdir(), 'sw-keys-'));
  t.after(() => rmSync(keys, { recursive: true, force: true }));
  for (const k of ['a', 'b']) {
    assert.equal(run(['keygen', '--public', path.join(keys, `${k}.pub`), '--secret', path.join(keys, `${k}.key`)]).code, 0);
  }
  const s = run(['sign', '--bundle', dir, '--key', path.join(keys, 'a.key'), '--key', path.join(keys, 'b.key'),
    '--expires', '2027-03-01', '--delegations', path.join(source, 'rules-data', 'dev-keys', 'delegations.json')]);
  assert.equal(s.code, 0, s.err);
  const v = run(['verify', '--rules', dir]);
  assert.equal(v.code, 3);
  assert.match(v.err, /manifest\.json: signed by 0 trusted root key\(s\), 2 needed; keys this app does not trust: [0-9A-F]{16}, [0-9A-F]{16}/);
});

test('a missing or an extra file is refused', (t) => {
  const dir = copyBundle(t);
  unlinkSync(path.join(dir, 'colland.json.minisig'));
  let v = run(['verify', '--rules', dir]);
  assert.equal(v.code, 3);
  assert.match(v.err, /colland\.json\.minisig: missing; colland\.json is delegated to fund colland/);
  const dir2 = copyBundle(t);
  writeFileSync(path.join(dir2, 'extra.json'), '{}');
  v = run(['verify', '--rules', dir2]);
  assert.equal(v.code, 3);
  assert.match(v.err, /extra\.json: not listed in manifest\.json \(extra file\)/);
});

test('a huge file is refused by its size on disk, without reading it, as verify_bundle words it', (t) => {
  // Sparse files: 1 TiB takes no disk, but reading it first would exhaust memory.
  const dir = copyBundle(t);
  const huge = path.join(dir, 'huge.json');
  writeFileSync(huge, '');
  truncateSync(huge, 2 ** 40);
  for (const args of [['verify', '--rules', dir], ['plan', '--rules', dir, '--input', caseFile]]) {
    const r = run(args);
    assert.equal(r.code, 3, r.err);
    assert.match(r.err, /rules refused: huge\.json: 1099511627776 bytes, more than the limit of 8388608 for this file\n/);
    assert.equal(args[0] === 'plan' ? r.out : '', '');
  }
  // Just over a limit gives the message verify_bundle gives for bytes it was handed.
  unlinkSync(huge);
  truncateSync(path.join(dir, 'manifest.json'), 256 * 1024 + 1);
  const m = run(['verify', '--rules', dir]);
  assert.equal(m.code, 3);
  assert.match(m.err, /rules refused: manifest\.json: 262145 bytes, more than the limit of 262144 for this file/);
  assert.match(m.out, /result: REFUSED/);
});

test('expired rules: exit 3 unless --allow-expired, then a warning on the result', () => {
  const env = { STAPELWIJZER_TODAY: '2027-03-02' };
  let r = run(['verify'], env);
  assert.equal(r.code, 3);
  assert.match(r.err, /these rules expired on 2027-03-01 \(today is 2027-03-02\); --allow-expired accepts it anyway/);
  r = run(['verify', '--allow-expired'], env);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /expires 2027-03-01 \(EXPIRED\)/);
  assert.match(r.out, /warning: These rules may be out of date since 2027-03-01/);

  const refused = run(['plan', '--input', caseFile], env);
  assert.equal(refused.code, 3);
  assert.equal(refused.out, '');
  const allowed = run(['plan', '--allow-expired', '--input', caseFile], env);
  assert.equal(allowed.code, 0, allowed.err);
  const result = JSON.parse(allowed.out);
  assert.match(result.rules.warnings[0].text_en, /These rules may be out of date since 2027-03-01/);
  assert.match(result.rules.warnings[0].text_nl, /Deze regels zijn mogelijk verouderd sinds 2027-03-01/);
  // The last valid day is not expired.
  assert.equal(run(['verify'], { STAPELWIJZER_TODAY: '2027-03-01' }).code, 0);
});

test('bad arguments and a bad clock override are usage errors (exit 2)', () => {
  let r = run(['verify'], { STAPELWIJZER_TODAY: '2027-02-30' });
  assert.equal(r.code, 2);
  assert.match(r.err, /STAPELWIJZER_TODAY/);
  r = run(['verify', '--rules']);
  assert.equal(r.code, 2);
  r = run(['verify', '--bogus']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--bogus/);
  r = run(['verify', '--rules', path.join(tmpdir(), 'no-such-bundle-here')]);
  assert.equal(r.code, 2);
});
