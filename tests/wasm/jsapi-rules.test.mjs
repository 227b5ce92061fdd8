// jsapi-rules.test.mjs: the rules workbench's calls on the JavaScript API (src/web/js_api_rules.cpp,
// web/api/stapelwijzer.js; docs/workbench.md) under Node give what the native CLI gives for the same
// files: lintRules the errors of `stapelwijzer lint --delegations` with their JSON paths (a fragment
// that does not parse, a bad value, an id outside the fund's prefixes), testRules the PASS/FAIL of
// `stapelwijzer test --fragments`, diffRules the JSON of `stapelwijzer diff --unsigned --tests
// --format json` (another fund's test named when a change moves it), planRules a case against the
// edited rules (with a warning that they are unsigned), facts the fact table with the operators
// loading accepts, and verifyFragment accepts a
// fragment signed by its own fund's key and refuses one signed by another fund's key.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const wasmDir = process.env.SW_WASM_DIR;
const cli = process.env.SW_CLI;
const source = process.env.SW_SOURCE_DIR;
const apiDir = wasmDir ? join(wasmDir, 'web', 'api') : '';
const bundleDir = source ? join(source, 'rules-data', 'nl', 'bundle') : '';
const testsDir = source ? join(source, 'rules-data', 'nl', 'tests') : '';
const delegations = source ? join(source, 'rules-data', 'dev-keys', 'delegations.json') : '';

let sw;
before(async () => {
  assert.ok(wasmDir && cli && source, 'SW_WASM_DIR, SW_CLI and SW_SOURCE_DIR must be set');
  assert.ok(existsSync(join(apiDir, 'stapelwijzer-engine.js')), `${apiDir}/stapelwijzer-engine.js missing: build the wasm preset`);
  sw = await require(join(apiDir, 'stapelwijzer.js')).create({ workbench: true });
});

// The workbench's functions live in their own engine (stapelwijzer-workbench-engine), so the one
// every embedding page downloads is smaller; asked of that one, they say how to get them.
test('the plain engine has no workbench functions and says to create({ workbench: true }); both compute alike', async () => {
  const plain = await require(join(apiDir, 'stapelwijzer.js')).create();
  for (const call of [() => plain.lintRules([]), () => plain.facts(), () => plain.testRules([], [])]) {
    assert.throws(call, (e) => e.name === 'StapelwijzerError' && e.code === 2 && /create\(\{ workbench: true \}\)/.test(e.message));
  }
  assert.ok(statSync(join(apiDir, 'stapelwijzer-engine.wasm')).size < statSync(join(apiDir, 'stapelwijzer-workbench-engine.wasm')).size);
  const cases = readdirSync(testsDir).filter((n) => n.endsWith('.json')).sort().filter((_, i) => i % 25 === 0)
    .map((n) => JSON.stringify(JSON.parse(readFileSync(join(testsDir, n), 'utf8')).input));
  assert.ok(cases.length >= 5);
  for (const c of cases) assert.equal(plain.plan(c), sw.plan(c));
});

function run(args) {
  return spawnSync(cli, args, { encoding: 'utf8', env: { ...process.env, SW_TODAY: '2026-12-04' } });
}

// A folder with the published bundle's fragments and `edited` ({name, text}) in place.
function workFolder(edited) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-rules-api-'));
  const bundle = join(dir, 'bundle');
  cpSync(bundleDir, bundle, { recursive: true });
  for (const f of edited) writeFileSync(join(bundle, f.name), f.text);
  return { dir, bundle };
}

function scenarios(filter) {
  return readdirSync(testsDir).filter((n) => n.endsWith('.json') && filter(n)).sort()
    .map((n) => ({ name: n, text: readFileSync(join(testsDir, n), 'utf8') }));
}

function scenarioFolder(dir, tests) {
  const out = join(dir, 'tests');
  mkdirSync(out, { recursive: true });
  for (const t of tests) writeFileSync(join(out, t.name), t.text);
  return out;
}

const uwvText = () => readFileSync(join(bundleDir, 'uwv.json'), 'utf8');

test('lintRules: the same errors as `stapelwijzer lint --delegations`, each with its JSON path', () => {
  const bad = JSON.parse(uwvText());
  bad.schemes[0].kind = 'gifft';
  bad.schemes[0].formula.amount = -5;
  const cases = [
    { name: 'uwv.json', text: JSON.stringify(bad, null, 2) },
    { name: 'uwv.json', text: uwvText().replace('"uwv-scholingsbudget-ww"', '"andermans-regeling"') },
    { name: 'uwv.json', text: '{ "format": "stapelwijzer-rules/1", ' },
  ];
  const expectedPaths = [['schemes[0].kind', 'schemes[0].formula.amount'], ['schemes[0].id'], ['']];
  cases.forEach((edited, i) => {
    const lint = sw.lintRules([edited]);
    assert.equal(lint.code, 2, JSON.stringify(lint));
    assert.equal(lint.language, 'en');
    assert.deepEqual(lint.errors.map((e) => e.path).sort(), expectedPaths[i].sort());
    for (const e of lint.errors) assert.equal(e.file, 'uwv.json');
    const { dir, bundle } = workFolder([edited]);
    try {
      const r = run(['lint', '--delegations', delegations, bundle]);
      assert.equal(r.status, 2, r.stderr);
      // The CLI prints "error: <file>: <path>: <message>"; every message of the API is among them.
      const lines = r.stdout.split('\n').filter((l) => l.startsWith('error: '));
      assert.equal(lines.length, lint.errors.length, r.stdout);
      for (const e of lint.errors) assert.ok(lines.some((l) => l.endsWith(e.message)), `${e.message}\n${r.stdout}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  // The published fragment itself: nothing to report.
  const clean = sw.lintRules([{ name: 'uwv.json', text: uwvText() }]);
  assert.deepEqual(clean.errors, []);
  assert.equal(clean.loads, true);
});

test('lintRules: a new fund fragment is added to the catalogue (a scheme id taken twice is an error)', () => {
  const frag = { format: 'stapelwijzer-rules/1', catalogue: 'nl', version: '2026.12.1', fragment: 'proeffonds',
                 schemes: [JSON.parse(uwvText()).schemes[0]] };
  const lint = sw.lintRules([{ name: 'proeffonds.json', text: JSON.stringify(frag) }]);
  assert.equal(lint.code, 2);
  assert.ok(lint.errors.some((e) => /uwv-scholingsbudget-ww/.test(e.message)), JSON.stringify(lint.errors));
});

test('testRules and diffRules: the results of `test --fragments` and `diff --unsigned --tests --format json`', () => {
  // OOM's training allowance capped at 500 instead of 750: OOM's own tests fail, and Flevoland's
  // test of its voucher combined with OOM's allowance changes outcome.
  const oom = readFileSync(join(bundleDir, 'oom.json'), 'utf8');
  assert.ok(oom.includes('"amount": 750'));
  const edited = [{ name: 'oom.json', text: oom.replace('"amount": 750', '"amount": 500') }];
  const tests = scenarios((n) => n.startsWith('oom-') || n.startsWith('interaction-flevoland') || n.startsWith('uwv-'));
  const { dir, bundle } = workFolder(edited);
  try {
    const testsFolder = scenarioFolder(dir, tests);
    const t = sw.testRules(edited, tests);
    const r = run(['test', testsFolder, '--fragments', bundle]);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(t.code, 1);
    assert.match(r.stdout, new RegExp(`^${t.passed} passed, ${t.failed} failed$`, 'm'));
    assert.ok(t.failed > 0);
    for (const x of t.results) {
      assert.ok(r.stdout.includes(`${x.passed ? 'PASS' : 'FAIL'} ${x.name} (${x.file})`), x.file);
      for (const p of x.problems) assert.ok(r.stdout.includes(`    - ${p}`), p);
    }

    const d = sw.diffRules(edited, tests);
    const c = run(['diff', bundleDir, join(bundle, 'oom.json'), '--unsigned', '--tests', testsFolder, '--format', 'json']);
    assert.equal(c.status, 1, c.stderr);
    const expected = JSON.parse(c.stdout);
    assert.equal(d.code, 1);
    delete d.code;
    // The labels say where each side came from (paths on the command line); the rest is the same.
    for (const k of ['old', 'new']) { delete d[k]; delete expected[k]; }
    assert.deepEqual(d, expected);
    assert.ok(d.outcomes.some((o) => o.fund === 'flevoland' && o.fragment === 'flevoland.json'), 'Flevoland\'s test moves');
    assert.ok(sw.diffRulesText(edited, tests, 'nl').includes('750'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Unchanged rules: every catalogue test passes, and nothing differs.
  const all = scenarios(() => true);
  const same = sw.testRules([], all);
  assert.equal(same.failed, 0);
  assert.equal(same.passed, all.length);
  assert.equal(sw.diffRules([], all.slice(0, 40)).code, 0);
});

test('verifyFragment: signed by its own fund key it verifies; by another fund key or outside its scope it is refused', () => {
  const text = uwvText().replace('"version": "2026.11.1"', '"version": "2026.12.1"');
  assert.notEqual(text, uwvText());
  const dir = mkdtempSync(join(tmpdir(), 'sw-rules-sign-'));
  try {
    const sign = (name, body, key) => {
      writeFileSync(join(dir, name), body);
      const r = run(['sign', '--key', join(source, 'rules-data', 'dev-keys', key), join(dir, name)]);
      assert.equal(r.status, 0, r.stderr);
      return readFileSync(join(dir, `${name}.minisig`), 'utf8');
    };
    const ok = sw.verifyFragment({ name: 'uwv.json', text }, sign('uwv.json', text, 'fund-uwv.key'));
    assert.equal(ok.fund, 'uwv');
    assert.equal(ok.signed_by.length, 1);
    assert.throws(() => sw.verifyFragment({ name: 'uwv.json', text }, sign('uwv.json', text, 'fund-oom.key')),
                  (e) => e.code === 3 && /fund oom's key .* but uwv\.json is delegated to fund uwv/.test(e.message));
    const outside = text.replace('"uwv-scholingsbudget-ww"', '"andermans-regeling"');
    assert.throws(() => sw.verifyFragment({ name: 'uwv.json', text: outside }, sign('uwv.json', outside, 'fund-uwv.key')),
                  (e) => e.code === 3 && /schemes\[0\]\.id/.test(e.message) && /prefixes: uwv-/.test(e.message));
    assert.throws(() => sw.verifyFragment({ name: 'uwv.json', text: text + ' ' }, sign('uwv.json', text, 'fund-uwv.key')),
                  (e) => e.code === 3 && /does not match the signed file/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('planRules: a case against the edited rules, marked as unsigned; a bad case names its field', () => {
  const input = JSON.parse(readFileSync(join(testsDir, 'worked-example-2026.json'), 'utf8')).input;
  const oom = readFileSync(join(bundleDir, 'oom.json'), 'utf8').replace('"amount": 750', '"amount": 500');
  const before = JSON.parse(sw.plan(input));
  const same = JSON.parse(sw.planRules([], input));
  const after = JSON.parse(sw.planRules([{ name: 'oom.json', text: oom }], input));
  assert.deepEqual(same.plan, before.plan);
  assert.equal(before.plan.contributions[0].amount_cents, 75000);
  assert.equal(after.plan.contributions[0].amount_cents, 50000);
  assert.ok(after.rules.warnings.some((w) => /niet-ondertekende/.test(w.text_nl) && /unsigned/.test(w.text_en)), JSON.stringify(after.rules));
  assert.throws(() => sw.planRules([], { ...input, person: { ...input.person, age: -3 } }),
                (e) => e.code === 2 && /person\.age/.test(e.message));
  assert.throws(() => sw.planRules([{ name: 'oom.json', text: '{' }], input), (e) => e.code === 2 && /do not load/.test(e.message));
});

test('facts: the fact table with exactly the operators loading accepts for each fact', () => {
  const facts = sw.facts();
  const by = new Map(facts.map((f) => [f.path, f]));
  assert.deepEqual(by.get('person.receives_ww').ops, ['=', '!=']);
  assert.equal(by.get('person.age').type, 'integer');
  assert.ok(by.get('person.sector').values.includes('metaal-mkb'));
  assert.ok(!by.has('person.uses'), 'set by use_limit only, never in a condition');
  // Every fact with every operator in one scheme: lint refuses exactly the pairs facts() leaves out.
  const all = ['=', '!=', '<', '<=', '>', '>=', 'in', 'not_in', 'between'];
  const leaves = [];
  for (const f of facts) for (const op of all) leaves.push({ fact: f.path, op, value: 1, explain: { nl: 'x', en: 'x' } });
  const scheme = JSON.parse(uwvText()).schemes[0];
  scheme.id = 'proef-alles';
  scheme.condition = { all: leaves };
  const text = JSON.stringify({ format: 'stapelwijzer-rules/1', catalogue: 'nl', version: '2026.12.1', fragment: 'proef', schemes: [scheme] });
  const lint = sw.lintRules([{ name: 'proef.json', text }]);
  const refusedOps = new Set(lint.errors.filter((e) => /\.op$/.test(e.path)).map((e) => e.path));
  leaves.forEach((leaf, i) => {
    const refused = refusedOps.has(`schemes[0].condition.all[${i}].op`);
    assert.equal(refused, !by.get(leaf.fact).ops.includes(leaf.op), `${leaf.fact} ${leaf.op}`);
  });
});
