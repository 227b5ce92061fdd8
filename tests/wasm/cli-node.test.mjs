// cli-node.test.mjs: the CLI's Node build (web/tools/stapelwijzer.cjs, src/cli/CMakeLists.txt) answers
// exactly as the native CLI: for each command below both run in a copy of the same working folder,
// with the same relative arguments and stdin, and give the same exit code, the same stdout and
// stderr bytes, and the same files written. Then the file as a fund officer downloads it from the
// served web folder (scripts/serve.mjs) runs on its own. The CLI suites themselves also run against
// the Node build ("cli (node): ..." in tests/CMakeLists.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeXlsx } from '../cli/support/xlsx.mjs';

const native = process.env.SW_CLI;
const root = process.env.SW_SOURCE_DIR ?? '.';
const program = path.join(process.env.SW_WASM_DIR ?? '', 'web', 'tools', 'stapelwijzer.cjs');
const reference = path.join(root, 'rules-data', 'reference', 'bundle');
const devKeys = path.join(root, 'rules-data', 'dev-keys');
const env = { ...process.env, STAPELWIJZER_TODAY: '2026-11-23' };

// A working folder: the reference bundle, its tests, delegations.json, a few keys and lint fixtures;
// `prepare` edits it.
function workspace(t, prepare = () => {}) {
  const base = mkdtempSync(path.join(tmpdir(), 'sw-cli-node-'));
  t.after(() => rmSync(base, { recursive: true, force: true }));
  const dir = path.join(base, 'template');
  cpSync(reference, path.join(dir, 'bundle'), { recursive: true });
  cpSync(path.join(root, 'rules-data', 'reference', 'tests'), path.join(dir, 'tests'), { recursive: true });
  cpSync(path.join(root, 'tests', 'lint-fixtures'), path.join(dir, 'fixtures'), { recursive: true });
  mkdirSync(path.join(dir, 'keys'));
  for (const k of ['root-1.key', 'root-2.key', 'fund-oom.key', 'fund-colland.key', 'fund-oom.pub']) {
    cpSync(path.join(devKeys, k), path.join(dir, 'keys', k));
  }
  // The reference bundle's delegations in the form `sign --bundle` and `lint` take.
  const manifest = JSON.parse(readFileSync(path.join(reference, 'manifest.json'), 'utf8'));
  const delegations = {};
  for (const [fund, d] of Object.entries(manifest.delegations)) delegations[fund] = { ...d, files: [] };
  for (const f of manifest.fragments) if (f.fund) delegations[f.fund].files.push(f.file);
  writeFileSync(path.join(dir, 'delegations.json'), JSON.stringify(delegations));
  prepare(dir);
  return base;
}

// Edits a JSON file of the working folder (`file` relative to it) and writes it back.
function edit(dir, file, change) {
  const p = path.join(dir, file);
  const doc = JSON.parse(readFileSync(p, 'utf8'));
  change(doc);
  writeFileSync(p, JSON.stringify(doc, null, 2) + '\n');
}

// Every file under `dir` with its bytes, by relative path.
function files(dir, prefix = '') {
  const out = {};
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) Object.assign(out, files(dir, rel));
    else out[rel] = readFileSync(path.join(dir, rel)).toString('base64');
  }
  return out;
}

// Runs `args` (each a list of arguments, run in order) with both CLIs, each in its own copy of the
// working folder; asserts equal results and returns the native ones.
function same(base, steps, { input } = {}) {
  assert.ok(existsSync(program), `${program} missing: build the wasm preset`);
  const results = {};
  for (const [name, cmd] of [['native', [native]], ['node', [process.execPath, program]]]) {
    const cwd = path.join(base, name);
    cpSync(path.join(base, 'template'), cwd, { recursive: true });
    results[name] = steps.map((args) => {
      const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], { cwd, env, input, maxBuffer: 1 << 28 });
      assert.equal(r.error, undefined);
      return { args: args.join(' '), status: r.status, stdout: r.stdout.toString('base64'), stderr: r.stderr.toString('base64') };
    });
    results[name].files = files(cwd);
  }
  for (let i = 0; i < steps.length; i++) assert.deepEqual(results.node[i], results.native[i], `stapelwijzer ${steps[i].join(' ')}`);
  assert.deepEqual(Object.keys(results.node.files).sort(), Object.keys(results.native.files).sort(), 'the same files');
  for (const f of Object.keys(results.native.files)) assert.equal(results.node.files[f], results.native.files[f], `${f}: the same bytes`);
  const text = (b64) => Buffer.from(b64, 'base64').toString('utf8');
  return results.native.map((r) => ({ ...r, stdout: text(r.stdout), stderr: text(r.stderr) }));
}

test('usage, version and unknown commands', (t) => {
  const r = same(workspace(t), [[], ['--help'], ['--version'], ['frobnicate'], ['sign', '--help'], ['plan', '--bogus']]);
  assert.deepEqual(r.map((x) => x.status), [2, 0, 0, 2, 0, 2]);
});

test('lint: a fragment that does not parse, several errors with their places, warnings, a missing file', (t) => {
  const base = workspace(t, (dir) => writeFileSync(path.join(dir, 'broken.json'), '{ "catalogue": "nl", '));
  const r = same(base, [
    ['lint', 'broken.json'],
    ['lint', 'fixtures/rulesio-several-errors.json'],
    ['lint', 'bundle'],
    ['lint', 'missing.json'],
    ['lint', 'bundle/national.json', 'fixtures/rulesio-fund-outside-prefix.json', '--delegations', 'fixtures/rulesio-delegations.json'],
  ]);
  assert.deepEqual(r.map((x) => x.status), [2, 2, 1, 2, 2]);
  assert.match(r[0].stdout + r[0].stderr, /broken\.json: not valid JSON: parse error at line 1/);
  assert.match(r[1].stdout, /schemes\[0\]\.valid\.from: must be a real date/);
  assert.match(r[4].stdout, /is outside fund rulesio-test's delegation/);
});

test('test: a failing expectation is reported with what was expected and what came out', (t) => {
  const base = workspace(t, (dir) => {
    edit(dir, 'bundle/oom.json', (oom) => { oom.schemes[0].formula.cap.amount = 900; });
  });
  const r = same(base, [['test', 'tests', '--fragments', 'bundle'], ['test', 'tests', '--rules', 'bundle'], ['test', 'nowhere']]);
  assert.equal(r[0].status, 1);
  assert.match(r[0].stdout, /^FAIL .*\n {4}- .*expected .*, got /m);
  assert.equal(r[1].status, 3, 'the edited fragment no longer matches its signed hash');
  assert.equal(r[2].status, 2);
});

test('sign and verify: a fund signs its fragment, the root signs the snapshot, verify accepts it', (t) => {
  const base = workspace(t, (dir) => {
    edit(dir, 'bundle/oom.json', (oom) => { oom.version = '2026.12.1'; });
  });
  const r = same(base, [
    ['sign', '--key', 'keys/fund-oom.key', 'bundle/oom.json'],
    ['sign', '--bundle', 'bundle', '--key', 'keys/root-1.key', '--key', 'keys/root-2.key', '--expires', '2027-03-01',
     '--delegations', 'delegations.json'],
    ['verify', '--rules', 'bundle'],
    ['sign', '--key', 'keys/fund-oom.pub', 'bundle/oom.json'],
    ['sign', '--key', 'keys/fund-oom.key', 'bundle/missing.json'],
    ['sign', '--key', 'keys', 'bundle/oom.json'],
  ]);
  assert.deepEqual(r.map((x) => x.status), [0, 0, 0, 2, 2, 2]);
  assert.match(r[5].stderr, /keys: cannot read \(it is a directory\)/);
  assert.match(r[2].stdout, /oom\.json: .*version 2026\.12\.1, delegated to fund oom/);
  assert.match(r[2].stdout, /result: verified/);
});

test('a fragment signed by the wrong fund key is refused by sign and by verify', (t) => {
  const base = workspace(t);
  const r = same(base, [
    ['sign', '--key', 'keys/fund-colland.key', 'bundle/oom.json'],
    ['verify', '--rules', 'bundle'],
    ['sign', '--bundle', 'bundle', '--key', 'keys/root-1.key', '--key', 'keys/root-2.key', '--expires', '2027-03-01',
     '--delegations', 'delegations.json'],
  ]);
  assert.deepEqual(r.map((x) => x.status), [0, 3, 3]);
  assert.match(r[1].stderr, /oom\.json\.minisig: signed by fund colland's key [0-9A-F]{16}, but oom\.json is delegated to fund oom/);
});

test('an encrypted secret key: the same advice, no password prompt', (t) => {
  const base = workspace(t, (dir) => {
    // minisign's secret key with kdf "Sc" (scrypt, a password) instead of none.
    const lines = readFileSync(path.join(dir, 'keys', 'fund-oom.key'), 'utf8').split('\n');
    const blob = Buffer.from(lines[1], 'base64');
    blob.write('Sc', 2, 'latin1');
    lines[1] = blob.toString('base64');
    writeFileSync(path.join(dir, 'keys', 'encrypted.key'), lines.join('\n'));
  });
  const r = same(base, [['sign', '--key', 'keys/encrypted.key', 'bundle/oom.json']], { input: 'a password\n' });
  assert.equal(r[0].status, 2);
  assert.match(r[0].stderr, /encrypted with a password/);
});

test('a fragment signed with the real minisign is accepted by the Node build, as by the native CLI', (t) => {
  const base = workspace(t, (dir) => {
    edit(dir, 'bundle/oom.json', (oom) => { oom.version = '2026.12.1'; });
    // docs/maintaining-rules.md, "Without a C++ build": the minisign command beside stapelwijzer's.
    const m = spawnSync('minisign', ['-S', '-s', 'keys/fund-oom.key', '-m', 'bundle/oom.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(m.status, 0, m.stderr);
  });
  const r = same(base, [
    ['sign', '--bundle', 'bundle', '--key', 'keys/root-1.key', '--key', 'keys/root-2.key', '--expires', '2027-03-01',
     '--delegations', 'delegations.json'],
    ['verify', '--rules', 'bundle'],
  ]);
  assert.deepEqual(r.map((x) => x.status), [0, 0]);
  assert.match(r[1].stdout, /oom\.json: .*version 2026\.12\.1, delegated to fund oom, signed by its key\(s\) A96876B1C65A4CA4/);
});

test('diff: what changed in Dutch and English, bad sides named', (t) => {
  const base = workspace(t, (dir) => {
    cpSync(path.join(dir, 'bundle'), path.join(dir, 'edited'), { recursive: true });
    edit(dir, 'edited/oom.json', (oom) => { oom.schemes[0].formula.cap.amount = 1250; });
  });
  const r = same(base, [
    ['diff', 'bundle', 'edited', '--unsigned', '--tests', 'tests'],
    ['diff', 'bundle', 'edited', '--unsigned', '--lang', 'en', '--format', 'json'],
    ['diff', 'bundle', 'nowhere'],
    ['diff', 'bundle', 'edited'],
  ]);
  assert.deepEqual(r.map((x) => x.status), [1, 1, 2, 3]);
  assert.match(r[0].stdout, /bedrag formula\.cap\.amount: € 800,00 → € 1\.250,00/);
  assert.match(r[2].stderr, /NEW: 'nowhere'.*\n.*NIEUW: 'nowhere'/);
});

test('stdin and stdout: plan from a pipe, a large batch through pipes, a file that cannot be written', (t) => {
  const base = workspace(t);
  const example = {
    contract: 1,
    person: { age: 42, employment: 'employee', sector: 'metaal-mkb', receives_student_finance: false },
    course: { start_date: '2026-12-01', costs: { tuition: 2400, exam: 150, materials: 100 }, quality: ['nrto'],
              aim: 'future_job', track: 'private', nlqf_level: 4 },
  };
  const plan = same(base, [['plan', '--rules', 'bundle', '--input', '-']], { input: JSON.stringify(example) });
  assert.equal(plan[0].status, 0, plan[0].stderr);
  assert.ok(JSON.parse(plan[0].stdout).plan.contributions.length > 0);

  // 5,000 people (1 MB out, far more than a pipe holds) through stdin and stdout.
  let csv = 'person.age,person.employment,person.sector,course.start_date,course.costs.tuition,course.quality\n';
  for (let i = 0; i < 5000; i++) csv += `${20 + (i % 45)},employee,metaal-mkb,2026-12-01,${1000 + (i % 3000)},nrto\n`;
  const batch = same(base, [['batch', '--rules', 'bundle', '--input', '-', '--output', '-', '--format', 'csv']], { input: csv });
  assert.equal(batch[0].status, 0, batch[0].stderr);
  assert.equal(batch[0].stdout.trimEnd().split('\n').length, 5001);
  // Refused before stdin is read: a short input, so it fits in the pipe.
  const unwritable = same(base, [['batch', '--rules', 'bundle', '--input', '-', '--format', 'csv', '--output', 'no/such/folder/out.csv']],
    { input: csv.slice(0, 200) });
  assert.equal(unwritable[0].status, 2);
  assert.match(unwritable[0].stderr, /no\/such\/folder\/out\.csv: cannot write/);
});

test('the served download runs on its own: node stapelwijzer.cjs verify', async (t) => {
  const webDir = path.join(process.env.SW_WASM_DIR ?? '', 'web');
  const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), webDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  t.after(() => server.kill());
  const origin = await new Promise((resolve, reject) => {
    let text = '';
    server.stdout.on('data', (d) => {
      text += d;
      const m = text.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited ${code}`)));
  });
  const fetchBytes = (url) => new Promise((resolve, reject) => {
    get(`${origin}${url}`, (res) => {
      assert.equal(res.statusCode, 200, url);
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
  // The download page (web/tools/index.html) links the program, in Dutch and English.
  const page = (await fetchBytes('/tools/')).toString('utf8');
  assert.match(page, /<a href="stapelwijzer\.cjs" download>Download stapelwijzer\.cjs<\/a> \(één bestand/);
  assert.match(page, /<section lang="en">[\s\S]*<a href="stapelwijzer\.cjs" download>/);
  const body = await fetchBytes('/tools/stapelwijzer.cjs');
  assert.ok(body.equals(readFileSync(program)), 'the served file is the built one');
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-download-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Alone in a folder whose package.json says "module": a .cjs file stays CommonJS.
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(path.join(dir, 'stapelwijzer.cjs'), body);
  const r = spawnSync(process.execPath, ['stapelwijzer.cjs', 'verify'], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /result: verified/);
});

// The Node build has no libzip or expat (src/staff/CMakeLists.txt): it refuses a workbook by name,
// with what to do, in English and Dutch, and writes nothing, where the native CLI reads it.
test('batch: an .xlsx is refused by the Node build with what to do; the native CLI reads it', async (t) => {
  const base = workspace(t, (dir) => {
    writeXlsx(path.join(dir, 'personeel.xlsx'), [['Leeftijd', 'Werksituatie', 'Lesgeld', 'Startdatum'], [40, 'werknemer', 1200, { date: '2026-09-01' }]]);
  });
  const cwd = path.join(base, 'template');
  const args = ['batch', '--rules', 'bundle', '--input', 'personeel.xlsx', '--output', 'uit.csv'];
  const nat = spawnSync(native, args, { cwd, env, encoding: 'utf8' });
  assert.equal(nat.status, 0, nat.stderr);
  assert.match(readFileSync(path.join(cwd, 'uit.csv'), 'utf8'), /^\uFEFFrow;own_payment_cents;.*\n1;\d+;\d*;[^\n]*;$/m);
  rmSync(path.join(cwd, 'uit.csv'));
  const node = spawnSync(process.execPath, [program, ...args], { cwd, env, encoding: 'utf8' });
  assert.equal(node.status, 2);
  assert.equal(node.stdout, '');
  assert.match(node.stderr, /^stapelwijzer batch: personeel\.xlsx: this build of stapelwijzer \(the Node program\) does not read Excel workbooks\. Save the sheet as CSV/m);
  assert.match(node.stderr, /^stapelwijzer batch: personeel\.xlsx: deze versie van stapelwijzer \(het Node-programma\) leest geen Excel-werkmappen/m);
  assert.ok(!existsSync(path.join(cwd, 'uit.csv')), 'no output written');
});
