// `stapelwijzer keygen` and `sign`: keys and signatures that the real minisign accepts, and a
// bundle signed end to end (fund signature, manifest, root signatures) that verify accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const cli = process.env.SW_CLI;
const source = process.env.SW_SOURCE_DIR ?? '.';
const bundleDir = path.join(source, 'rules-data', 'nl', 'bundle');
const devKeys = path.join(source, 'rules-data', 'dev-keys');

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, STAPELWIJZER_TODAY: '2026-11-23', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const sw = (...args) => run(cli, args);

function tempDir(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-sign-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function keygen(dir, name) {
  const r = sw('keygen', '--public', path.join(dir, `${name}.pub`), '--secret', path.join(dir, `${name}.key`));
  assert.equal(r.code, 0, r.err);
  return { pub: path.join(dir, `${name}.pub`), key: path.join(dir, `${name}.key`), id: r.out.match(/key id ([0-9A-F]{16})/)[1] };
}

test('keygen writes a minisign public key and an owner-only secret key, and keeps existing files', (t) => {
  const dir = tempDir(t);
  const k = keygen(dir, 'k');
  const pub = readFileSync(k.pub, 'utf8').split('\n');
  assert.equal(pub[0], `untrusted comment: minisign public key ${k.id}`);
  assert.match(pub[1], /^RW[A-Za-z0-9+/]{54}$/);
  assert.equal(statSync(k.key).mode & 0o777, 0o600);
  const again = sw('keygen', '--public', k.pub, '--secret', path.join(dir, 'other.key'));
  assert.equal(again.code, 2);
  assert.match(again.err, /already exists/);
  assert.equal(sw('keygen', '--public', k.pub, '--secret', path.join(dir, 'other.key'), '--force').code, 0);
  assert.equal(sw('keygen', '--public', path.join(dir, 'x.pub')).code, 2);
});

test('sign writes FILE.minisig that minisign -V (prehash required) accepts', (t) => {
  const dir = tempDir(t);
  const k = keygen(dir, 'k');
  const file = path.join(dir, 'oom.json');
  copyFileSync(path.join(bundleDir, 'oom.json'), file);
  const r = sw('sign', '--key', k.key, file);
  assert.equal(r.code, 0, r.err);
  const sig = readFileSync(`${file}.minisig`, 'utf8').split('\n');
  assert.equal(sig.length, 5);  // four lines and the final newline
  assert.equal(sig[2], 'trusted comment: file:oom.json');
  const v = run('minisign', ['-V', '-H', '-p', k.pub, '-m', file]);
  assert.equal(v.code, 0, v.err + v.out);
  assert.match(v.out, /Trusted comment: file:oom\.json/);
  // Deterministic: signing the same file again writes the same bytes.
  const before = readFileSync(`${file}.minisig`, 'utf8');
  assert.equal(sw('sign', '--key', k.key, file).code, 0);
  assert.equal(readFileSync(`${file}.minisig`, 'utf8'), before);
  // The real minisign signs with our secret key file, too.
  assert.equal(run('minisign', ['-S', '-s', k.key, '-m', file, '-x', `${file}.by-minisign`]).code, 0);
  assert.equal(run('minisign', ['-V', '-p', k.pub, '-m', file, '-x', `${file}.by-minisign`]).code, 0);
});

test('sign refuses bad keys, bad comments and missing files with clear messages', (t) => {
  const dir = tempDir(t);
  const k = keygen(dir, 'k');
  writeFileSync(path.join(dir, 'f.json'), '{}');
  let r = sw('sign', '--key', k.pub, path.join(dir, 'f.json'));
  assert.equal(r.code, 2);
  assert.match(r.err, /k\.pub: a secret key file has 2 lines|secret key/);
  r = sw('sign', '--key', k.key, '--trusted-comment', 'a\tb\u0001', path.join(dir, 'f.json'));
  assert.equal(r.code, 2);
  assert.match(r.err, /control character U\+0001/);
  r = sw('sign', '--key', k.key, path.join(dir, 'missing.json'));
  assert.equal(r.code, 2);
  assert.match(r.err, /missing\.json: cannot read/);
  r = sw('sign', '--bundle', dir, '--key', k.key);
  assert.equal(r.code, 2);
  assert.match(r.err, /--expires/);
  r = sw('sign', '--bundle', dir, '--key', k.key, '--expires', '2027-02-30');
  assert.equal(r.code, 2);
  assert.match(r.err, /--expires: must be a date/);
});

test('a bundle signed end to end with the development keys verifies; minisign agrees', (t) => {
  const dir = tempDir(t);
  for (const f of ['national.json', 'oom.json']) copyFileSync(path.join(bundleDir, f), path.join(dir, f));
  const delegations = path.join(tempDir(t), 'delegations.json');  // outside the bundle folder
  const all = JSON.parse(readFileSync(path.join(devKeys, 'delegations.json'), 'utf8'));
  writeFileSync(delegations, JSON.stringify({ oom: all.oom }));

  // Without the fund's signature the root refuses to sign.
  let r = sw('sign', '--bundle', dir, '--key', path.join(devKeys, 'root-1.key'), '--key', path.join(devKeys, 'root-3.key'),
    '--expires', '2027-03-01', '--delegations', delegations);
  assert.equal(r.code, 2);
  assert.match(r.err, /oom\.json\.minisig: missing; sign oom\.json with fund oom's key first/);

  assert.equal(sw('sign', '--key', path.join(devKeys, 'fund-oom.key'), path.join(dir, 'oom.json')).code, 0);
  r = sw('sign', '--bundle', dir, '--key', path.join(devKeys, 'root-1.key'), '--key', path.join(devKeys, 'root-3.key'),
    '--expires', '2027-03-01', '--delegations', delegations);
  assert.equal(r.code, 0, r.err);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  assert.equal(manifest.format, 'stapelwijzer-manifest/1');
  assert.equal(manifest.issued, '2026-11-23');
  assert.deepEqual(manifest.fragments.map((f) => [f.file, f.fund]), [['national.json', undefined], ['oom.json', 'oom']]);
  assert.equal(manifest.delegations.oom.prefixes[0], 'oom-');

  const v = sw('verify', '--rules', dir);
  assert.equal(v.code, 0, v.err);
  assert.match(v.out, /fund oom key/);
  // minisign reads the first root block of manifest.json.minisig, and the fund's signature.
  assert.equal(run('minisign', ['-V', '-H', '-p', path.join(devKeys, 'root-1.pub'), '-m', path.join(dir, 'manifest.json')]).code, 0);
  assert.equal(run('minisign', ['-V', '-H', '-p', path.join(devKeys, 'fund-oom.pub'), '-m', path.join(dir, 'oom.json')]).code, 0);

  // Re-signing keeps the fragment order of the old manifest (the catalogue's order).
  const reordered = { ...manifest, fragments: [manifest.fragments[1], manifest.fragments[0]] };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(reordered));
  r = sw('sign', '--bundle', dir, '--key', path.join(devKeys, 'root-1.key'), '--key', path.join(devKeys, 'root-3.key'),
    '--expires', '2027-03-01', '--delegations', delegations);
  assert.equal(r.code, 0, r.err);
  const again = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  assert.deepEqual(again.fragments.map((f) => f.file), ['oom.json', 'national.json']);

  // One root key is not enough for this build (threshold 2).
  r = sw('sign', '--bundle', dir, '--key', path.join(devKeys, 'root-1.key'), '--expires', '2027-03-01', '--delegations', delegations);
  assert.equal(r.code, 0, r.err);
  const one = sw('verify', '--rules', dir);
  assert.equal(one.code, 3);
  assert.match(one.err, /signed by 1 trusted root key\(s\), 2 needed/);
  assert.ok(existsSync(path.join(dir, 'manifest.json.minisig')));
});
