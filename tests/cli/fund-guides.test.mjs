// The fund officer's guides of docs/maintaining-rules.md, followed command for command: each
// `<!-- guide-test: NAME -->` block's `stapelwijzer ...` lines are read from the document and run in
// a working folder made from the frozen reference bundle (rules-data/reference), with the edits the
// guide describes in words done here. So a guide whose command stops working fails this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, reference, referenceTests, root, today } from './support/cli.mjs';
import { spawnSync } from 'node:child_process';

const guideText = readFileSync(path.join(root, 'docs', 'maintaining-rules.md'), 'utf8');
const devKeys = path.join(root, 'rules-data', 'dev-keys');

// The commands of one guide, each split into its arguments (the guides quote nothing).
function guide(name) {
  const m = guideText.match(new RegExp(`<!-- guide-test: ${name} -->\\n\`\`\`\\n([\\s\\S]*?)\`\`\``));
  assert.ok(m, `docs/maintaining-rules.md has no guide '${name}'`);
  return m[1].trim().split('\n').map((line) => {
    const words = line.trim().split(/\s+/);
    assert.equal(words[0], 'stapelwijzer', `guide ${name}: '${line}' is not a stapelwijzer command`);
    return words.slice(1);
  });
}

// The working folder the guides assume: bundle/, bundle-published/, tests/, keys/, delegations.json.
function workspace(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-guide-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(reference, path.join(dir, 'bundle'), { recursive: true });
  cpSync(reference, path.join(dir, 'bundle-published'), { recursive: true });
  cpSync(referenceTests, path.join(dir, 'tests'), { recursive: true });
  mkdirSync(path.join(dir, 'keys'));
  for (const k of ['root-1.key', 'root-2.key', 'fund-oom.key']) cpSync(path.join(devKeys, k), path.join(dir, 'keys', k));
  // The delegations of the reference bundle, in the form sign --bundle and lint take.
  const manifest = JSON.parse(readFileSync(path.join(reference, 'manifest.json'), 'utf8'));
  const delegations = {};
  for (const [fund, d] of Object.entries(manifest.delegations)) delegations[fund] = { ...d, files: [] };
  for (const f of manifest.fragments) if (f.fund) delegations[f.fund].files.push(f.file);
  writeFileSync(path.join(dir, 'delegations.json'), JSON.stringify(delegations, null, 2));
  return dir;
}

function runIn(dir, args) {
  const r = spawnSync(cli, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, STAPELWIJZER_TODAY: today } });
  assert.equal(r.error, undefined);
  return r;
}

// Runs every command of a guide; `expect` maps a command (its first word) to the exit codes the
// guide allows and checks its output.
function follow(dir, name, expect) {
  const outputs = [];
  for (const args of guide(name)) {
    const r = runIn(dir, args);
    const allowed = expect[args[0]] ?? [0];
    assert.ok(allowed.includes(r.status), `${name}: stapelwijzer ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
    outputs.push({ args, ...r });
  }
  return outputs;
}

function edit(dir, file, change) {
  const p = path.join(dir, 'bundle', file);
  const doc = JSON.parse(readFileSync(p, 'utf8'));
  change(doc);
  writeFileSync(p, JSON.stringify(doc, null, 2) + '\n');
}

const scheme = (doc, id) => doc.schemes.find((s) => s.id === id);

test('guide: add a fund, from its key to a verified snapshot', (t) => {
  const dir = workspace(t);
  // Step 2 of the guide: the fund's fragment, copied from uwv.json, with its own sector.
  const uwv = JSON.parse(readFileSync(path.join(reference, 'uwv.json'), 'utf8'));
  const s = JSON.parse(JSON.stringify(uwv.schemes[0]));
  s.id = 'nieuwfonds-opleidingsbudget';
  s.provider = 'Nieuw fonds';
  delete s.interactions;
  const fragment = {
    ...uwv,
    fragment: 'nieuwfonds',
    version: '2026.12.1',
    sectors: [{ code: 'nieuwfonds-jachtbouw', name: { nl: 'Jachtbouw', en: 'Yacht building' } }],
    schemes: [s],
  };
  writeFileSync(path.join(dir, 'bundle', 'nieuwfonds.json'), JSON.stringify(fragment, null, 2) + '\n');
  // Step 1: the key the guide's first command makes; the maintainers add the delegation.
  const [keygen, ...rest] = guide('add-fund');
  assert.equal(runIn(dir, keygen).status, 0);
  const pub = readFileSync(path.join(dir, 'keys', 'fund-nieuwfonds.pub'), 'utf8').split('\n')[1];
  const delegations = JSON.parse(readFileSync(path.join(dir, 'delegations.json'), 'utf8'));
  delegations.nieuwfonds = { keys: [pub], threshold: 1, prefixes: ['nieuwfonds-'], files: ['nieuwfonds.json'] };
  writeFileSync(path.join(dir, 'delegations.json'), JSON.stringify(delegations, null, 2));

  const outputs = [];
  for (const args of rest) {
    const r = runIn(dir, args);
    const allowed = { lint: [0, 1], diff: [1] }[args[0]] ?? [0];
    assert.ok(allowed.includes(r.status), `stapelwijzer ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
    outputs.push(r);
  }
  const diff = outputs.find((_, i) => rest[i][0] === 'diff').stdout;
  assert.match(diff, /\+ bestand nieuwfonds\.json: toegevoegd/);
  assert.match(diff, /\+ regeling nieuwfonds-opleidingsbudget \(nieuwfonds\.json\): toegevoegd/);
  assert.match(diff, /\+ sector nieuwfonds-jachtbouw \(nieuwfonds\.json\): toegevoegd/);
  assert.match(outputs.at(-1).stdout, /nieuwfonds\.json: .*version 2026\.12\.1, delegated to fund nieuwfonds/);
  assert.match(outputs.at(-1).stdout, /result: verified/);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'bundle', 'manifest.json'), 'utf8'));
  assert.equal(manifest.version, '2026.12.1');

  // A code outside the fund's prefix: lint (with the delegations) and signing refuse it.
  fragment.sectors[0].code = 'jachtbouw';
  writeFileSync(path.join(dir, 'bundle', 'nieuwfonds.json'), JSON.stringify(fragment, null, 2) + '\n');
  const lint = runIn(dir, rest[0]);
  assert.equal(lint.status, 2, lint.stdout + lint.stderr);
  assert.match(lint.stdout + lint.stderr, /sector code 'jachtbouw' \(sectors\[0\]\.code\) is outside fund nieuwfonds's delegation/);
});

test('guide: add a scheme', (t) => {
  const dir = workspace(t);
  edit(dir, 'oom.json', (d) => {
    const copy = JSON.parse(JSON.stringify(scheme(d, 'oom-trainingstoelage')));
    copy.id = 'oom-extra-cursus';
    copy.name = { nl: 'OOM extra cursus', en: 'OOM extra course' };
    copy.valid = { from: '2030-01-01', to: null };  // no existing test date reaches it
    d.schemes.push(copy);
    d.version = '2026.12.2';
  });
  const out = follow(dir, 'add-scheme', { lint: [0, 1], diff: [1] });
  assert.match(out.find((o) => o.args[0] === 'test').stdout, / 0 failed\n$/);
  assert.match(out.find((o) => o.args[0] === 'diff').stdout, /\+ scheme oom-extra-cursus \(oom\.json\): added — OOM extra course/);
});

test('guide: change an amount', (t) => {
  const dir = workspace(t);
  edit(dir, 'oom.json', (d) => {
    scheme(d, 'oom-trainingstoelage').formula.cap.amount = 900;
    d.version = '2026.12.2';
  });
  const out = follow(dir, 'change-amount', { diff: [1], test: [0, 1] });
  const diff = out.find((o) => o.args[0] === 'diff').stdout;
  assert.match(diff, /bedrag formula\.cap\.amount: € 800,00 → € 900,00/);
  assert.match(diff, /~ bestand oom\.json: gewijzigd\n {6}overig version: "2026\.11\.1" → "2026\.12\.2"/);
  // The tests that `test` reports failing are the ones `diff` says move.
  const failing = [...out.find((o) => o.args[0] === 'test').stdout.matchAll(/^FAIL .*\((.+\.json)\)$/gm)].map((m) => m[1]);
  for (const f of failing) assert.match(diff, new RegExp(`^  ${f.replace(/\./g, '\\.')} — `, 'm'));
});

test('guide: end a scheme', (t) => {
  const dir = workspace(t);
  edit(dir, 'colland.json', (d) => {
    d.schemes[0].valid.to = '2026-12-31';
    d.version = '2026.12.2';
  });
  const out = follow(dir, 'end-scheme', { diff: [1], lint: [0, 1] });
  assert.match(out[0].stdout, /~ scheme colland-ontwikkelbudget \(colland\.json\): ended/);
  assert.match(out[0].stdout, /period valid\.to: — → "2026-12-31"/);
});

test('guide: publish a new version of only your fragment; an older version is refused', (t) => {
  const dir = workspace(t);
  edit(dir, 'oom.json', (d) => {
    scheme(d, 'oom-trainingstoelage').description.nl += ' Gecontroleerd in december 2026.';
    d.version = '2026.12.2';
  });
  const untouched = ['national.json', 'colland.json', 'colland.json.minisig', 'uwv.json', 'uwv.json.minisig'];
  const before = Object.fromEntries(untouched.map((f) => [f, readFileSync(path.join(dir, 'bundle', f))]));
  const out = follow(dir, 'publish', { diff: [1] });
  for (const f of untouched) assert.ok(before[f].equals(readFileSync(path.join(dir, 'bundle', f))), `${f} is unchanged`);
  assert.match(out[2].stdout, /oom\.json: .*version 2026\.12\.2, delegated to fund oom/);
  assert.match(out[2].stdout, /colland\.json: .*version 2026\.11\.1/);
  assert.match(out[3].stdout, /tekst description\.nl: /);

  // Rollback: the published 2026.12.2 is now what was seen; OOM's old fragment in a new snapshot is refused.
  cpSync(path.join(dir, 'bundle'), path.join(dir, 'bundle-published'), { recursive: true });
  cpSync(path.join(reference, 'oom.json'), path.join(dir, 'bundle', 'oom.json'));
  cpSync(path.join(reference, 'oom.json.minisig'), path.join(dir, 'bundle', 'oom.json.minisig'));
  // Signing a snapshot over the published one refuses to list the older fragment.
  const refused = runIn(dir, guide('publish')[1]);
  assert.equal(refused.status, 3, refused.stdout + refused.stderr);
  assert.match(refused.stderr, /lists oom\.json at version 2026\.11\.1, older than version 2026\.12\.2 already seen/);
  unlinkSync(path.join(dir, 'bundle', 'manifest.json'));
  // No old manifest to compare with, so it signs; a snapshot number above the published one, so
  // only the fragment's own version gives the rollback away.
  const resign = [...guide('publish')[1], '--version', '2026.12.3'];
  assert.equal(runIn(dir, resign).status, 0);
  const v = runIn(dir, guide('publish')[2]);
  assert.equal(v.status, 3);
  assert.match(v.stderr, /lists oom\.json at version 2026\.11\.1, older than version 2026\.12\.2 already seen: a rolled-back fragment is refused/);
});
