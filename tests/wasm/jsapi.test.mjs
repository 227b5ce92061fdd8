// jsapi.test.mjs: the JavaScript API (web/api/stapelwijzer.js over stapelwijzer-engine.js) under
// Node gives byte for byte the JSON the CLI gives, for plan, batch and trace (explain); bad cases fail with the
// CLI's code and message; a bundle signed by a key that is not compiled in is refused and the rules
// in use stay; a bundle given as bytes, and one fetched by loadBundleFromUrl, is verified the same
// way; the catalogue and rules info describe the built-in bundle; the ES module works too;
// issue 21's best case on the frozen reference bundle equals the CLI's.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer, get as httpGet } from 'node:http';

const require = createRequire(import.meta.url);
const wasmDir = process.env.SW_WASM_DIR;
const cli = process.env.SW_CLI;
const source = process.env.SW_SOURCE_DIR;
const apiDir = wasmDir ? join(wasmDir, 'web', 'api') : '';
const scenarios = source ? join(source, 'rules-data', 'nl', 'tests') : '';

let sw;
before(async () => {
  assert.ok(wasmDir && cli && source, 'SW_WASM_DIR, SW_CLI and SW_SOURCE_DIR must be set');
  assert.ok(existsSync(join(apiDir, 'stapelwijzer-engine.js')), `${apiDir}/stapelwijzer-engine.js missing: build the wasm preset`);
  sw = await require(join(apiDir, 'stapelwijzer.js')).create();
});

// Every scenario's case (138 of them: eligible, possible, ineligible, windows, caps, all funds).
function scenarioCases() {
  return readdirSync(scenarios).filter((n) => n.endsWith('.json')).sort()
    .map((n) => ({ name: n, text: JSON.stringify(JSON.parse(readFileSync(join(scenarios, n), 'utf8')).input) }));
}

function bundleFiles(dir) {
  return readdirSync(dir).filter((n) => n.endsWith('.json') || n.endsWith('.minisig'))
    .map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8') }));
}

function cliPlan(caseText) {
  return spawnSync(cli, ['plan', '--input', '-'], { input: caseText, encoding: 'utf8', maxBuffer: 64 << 20 });
}

test('plan: byte-identical to `stapelwijzer plan` for a spread of catalogue scenarios', () => {
  const all = scenarioCases();
  assert.ok(all.length >= 20, `only ${all.length} scenarios found`);
  const sample = all.filter((_, i) => i % 6 === 0);  // every sixth: all funds, each status
  for (const c of sample) {
    const want = cliPlan(c.text);
    assert.equal(want.status, 0, `${c.name}: CLI failed: ${want.stderr}`);
    const got = sw.plan(c.text);
    assert.equal(got, want.stdout, `${c.name}: JS API and CLI differ`);
  }
  // And with a case object rather than text (key order kept by JSON.stringify).
  const obj = JSON.parse(sample[0].text);
  assert.equal(sw.plan(obj), cliPlan(sample[0].text).stdout);
});

test('plan: the worked example of the contract (metaal-mkb, 2023) matches the CLI and pays something', () => {
  const text = readFileSync(join(source, 'tests', 'cli', 'fixtures', 'metaal-2023.json'), 'utf8');
  const got = sw.plan(text);
  assert.equal(got, execFileSync(cli, ['plan', '--input', join(source, 'tests', 'cli', 'fixtures', 'metaal-2023.json')], { encoding: 'utf8' }));
  const r = JSON.parse(got);
  assert.equal(r.contract, 1);
  assert.ok(r.plan.contributions.length > 0, 'no contribution in the worked example');
  assert.ok(r.plan.own_payment_cents < r.plan.total_cost_cents);
});

test('the frozen reference bundle loaded from files: the reference scenarios and worked example, as the CLI says', async () => {
  // A separate API instance, so the other tests keep the built-in rules.
  const ref = await require(join(apiDir, 'stapelwijzer.js')).create();
  const reference = join(source, 'rules-data', 'reference');
  const info = ref.loadBundle(bundleFiles(join(reference, 'bundle')));
  assert.equal(info.state, 'ok', JSON.stringify(info));
  assert.equal(info.release, false, 'another bundle than the release\'s');
  const example = readFileSync(join(source, 'tests', 'cli', 'fixtures', 'metaal-2023.json'), 'utf8');
  const r = JSON.parse(ref.plan(example));
  // The reference catalogue's worked example: OOM 800 + STAP 1,000, own payment 850.
  assert.deepEqual(r.plan.contributions.map((c) => [c.scheme, c.amount_cents]),
                   [['oom-trainingstoelage', 80000], ['stap-budget', 100000]]);
  assert.equal(r.plan.own_payment_cents, 85000);
  const names = readdirSync(join(reference, 'tests')).filter((n) => n.endsWith('.json')).sort()
    .filter((_, i) => i % 10 === 0);
  assert.ok(names.length >= 10);
  for (const n of names) {
    const text = JSON.stringify(JSON.parse(readFileSync(join(reference, 'tests', n), 'utf8')).input);
    const want = spawnSync(cli, ['plan', '--rules', join(reference, 'bundle'), '--input', '-'],
                           { input: text, encoding: 'utf8', env: { ...process.env, STAPELWIJZER_TODAY: '2026-11-23' } });
    assert.equal(want.status, 0, `${n}: ${want.stderr}`);
    assert.equal(ref.plan(text), want.stdout, `${n}: JS API and CLI differ on the reference bundle`);
  }
});

test('trace: byte-identical to `stapelwijzer explain --format json` for every scheme of a spread of scenarios', () => {
  // Three scenarios far apart (each CLI call starts an ASan-built process: keep CI time small).
  // Three, whatever the catalogue's size (every 50th grew to 15 scenarios x 48 schemes = 720 runs).
  const all = scenarioCases();
  const sample = [7, Math.floor(all.length / 2), all.length - 1].map((i) => all[i]);
  let traced = 0;
  for (const c of sample) {
    // The schemes valid on the case's date are the ones its result lists.
    for (const { id } of JSON.parse(sw.plan(c.text)).schemes) {
      const want = spawnSync(cli, ['explain', '--input', '-', '--scheme', id, '--format', 'json'],
                             { input: c.text, encoding: 'utf8' });
      assert.equal(want.status, 0, `${c.name} ${id}: CLI failed: ${want.stderr}`);
      assert.equal(sw.traceJson(c.text, id), want.stdout, `${c.name} ${id}: JS API and CLI differ`);
      assert.deepEqual(sw.trace(JSON.parse(c.text), id), JSON.parse(want.stdout));
      ++traced;
    }
  }
  assert.ok(traced >= 25, `only ${traced} traces compared`);
  // A scheme the catalogue does not have: the CLI's exit code 2 and its message.
  const c = sample[0].text;
  const want = spawnSync(cli, ['explain', '--input', '-', '--scheme', 'geen-regeling'], { input: c, encoding: 'utf8' });
  assert.equal(want.status, 2);
  assert.throws(() => sw.traceJson(c, 'geen-regeling'), (e) => {
    assert.equal(e.code, 2);
    assert.ok(want.stderr.includes(e.message), `CLI said "${want.stderr.trim()}", API said "${e.message}"`);
    return true;
  });
});

test('batch: JSON Lines byte-identical to `stapelwijzer batch`, bad lines keep their row and error', () => {
  const lines = scenarioCases().map((c) => c.text);
  lines.splice(3, 0, '{"contract":1,"person":{"agee":42},"course":{"start_date":"2026-09-01","costs":{"tuition":100}}}', '');
  const jsonl = lines.join('\n') + '\n';
  const want = spawnSync(cli, ['batch', '--input', '-', '--format', 'jsonl', '--output', '-'], { input: jsonl, encoding: 'utf8', maxBuffer: 256 << 20 });
  assert.equal(want.status, 0, want.stderr);
  const got = sw.batchJsonl(jsonl);
  assert.equal(got, want.stdout);
  const rows = sw.batch(lines.filter(Boolean).map((l) => JSON.parse(l)));
  assert.equal(rows.length, lines.length - 1);
  assert.equal(rows[3].row, 4);
  assert.match(rows[3].error, /agee/);
  assert.equal(rows[0].contract, 1);
});

test('a bad case throws the CLI\'s code 2 with the field and the reason', () => {
  const bad = '{"contract":1,"person":{"age":"forty"},"course":{"start_date":"2026-09-01","costs":{"tuition":100}}}';
  const want = cliPlan(bad);
  assert.equal(want.status, 2);
  assert.throws(() => sw.plan(bad), (e) => {
    assert.equal(e.name, 'StapelwijzerError');
    assert.equal(e.code, 2);
    assert.match(e.message, /person\.age/);
    assert.ok(want.stderr.includes(e.message), `CLI said "${want.stderr.trim()}", API said "${e.message}"`);
    return true;
  });
});

test('catalogue and rules describe the built-in signed bundle', () => {
  const manifest = JSON.parse(readFileSync(join(source, 'rules-data', 'nl', 'bundle', 'manifest.json'), 'utf8'));
  const rules = sw.rules();
  assert.equal(rules.source, 'builtin');
  assert.equal(rules.release, true);
  assert.equal(rules.version, manifest.version);
  assert.equal(rules.expires, manifest.expires);
  assert.ok(rules.signers.length >= 2, 'the manifest needs two root signers');
  const cat = sw.catalogue();
  assert.ok(cat.sectors.some((s) => s.code === 'metaal-mkb' && s.name_nl && s.name_en));
  assert.ok(cat.schemes.some((s) => s.id.startsWith('oom-') && s.fragment === 'oom'));
  assert.ok(cat.schemes.every((s) => ['gift', 'loan', 'deduction', 'service', 'obligation'].includes(s.kind)), JSON.stringify(cat.schemes.map((s) => s.kind)));
});


test('a bundle signed by a key that is not compiled in is refused; the rules in use stay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-foreign-'));
  try {
    const bundle = join(dir, 'bundle');
    cpSync(join(source, 'rules-data', 'nl', 'bundle', 'national.json'), join(bundle, 'national.json'), { recursive: true });
    execFileSync(cli, ['keygen', '--public', join(dir, 'k.pub'), '--secret', join(dir, 'k.key')]);
    execFileSync(cli, ['sign', '--bundle', bundle, '--key', join(dir, 'k.key'), '--expires', '2099-01-01'], { stdio: 'pipe' });
    const before = sw.plan(scenarioCases()[0].text);
    assert.throws(() => sw.loadBundle(bundleFiles(bundle)), (e) => {
      assert.equal(e.code, 3);
      assert.ok(e.message.length > 10, `no reason given: "${e.message}"`);
      return true;
    });
    assert.equal(sw.rules().source, 'builtin');
    assert.ok(sw.rules().refusal.length > 0);
    assert.equal(sw.plan(scenarioCases()[0].text), before);
    // The CLI refuses the same bundle (exit 3): the API follows the same rules.
    assert.equal(spawnSync(cli, ['verify', '--rules', bundle]).status, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the genuine bundle loaded from files is accepted and gives the same results', () => {
  const info = sw.loadBundle(bundleFiles(join(source, 'rules-data', 'nl', 'bundle')));
  assert.equal(info.source, 'loaded');
  assert.equal(info.release, true, 'the release\'s bundle, recognised by its fingerprint');
  assert.equal(info.state, 'ok');
  const c = scenarioCases()[1];
  assert.equal(sw.plan(c.text), cliPlan(c.text).stdout);
});

// The files as the page fetches them: exact bytes (loadBundle with `bytes`, no JSON built).
function bundleBytes(dir) {
  return readdirSync(dir).filter((n) => n.endsWith('.json') || n.endsWith('.minisig'))
    .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
}

test('a bundle given as bytes: the genuine one is accepted with the same results, one changed byte is refused', () => {
  const reference = join(source, 'rules-data', 'reference', 'bundle');
  const nl = join(source, 'rules-data', 'nl', 'bundle');
  try {
    // The reference bundle as bytes, with one file as text (both kinds may be mixed).
    const files = bundleBytes(reference);
    files[1] = { name: files[1].name, text: readFileSync(join(reference, files[1].name), 'utf8') };
    const info = sw.loadBundle(files);
    assert.equal(info.source, 'loaded');
    assert.equal(info.state, 'ok');
    assert.equal(info.version, JSON.parse(readFileSync(join(reference, 'manifest.json'), 'utf8')).version);
    const tests = join(source, 'rules-data', 'reference', 'tests');
    const first = readdirSync(tests).filter((n) => n.endsWith('.json')).sort()[0];
    const text = JSON.stringify(JSON.parse(readFileSync(join(tests, first), 'utf8')).input);
    const want = spawnSync(cli, ['plan', '--rules', reference, '--input', '-'], { input: text, encoding: 'utf8' });
    assert.equal(want.status, 0, want.stderr);
    assert.equal(sw.plan(text), want.stdout, 'the bytes-loaded reference bundle and the CLI differ');

    // One byte changed in a fund's fragment: refused, naming the file; the reference rules stay.
    const bad = bundleBytes(nl);
    const frag = bad.find((f) => f.name.endsWith('.json') && f.name !== 'manifest.json' && bad.some((g) => g.name === f.name + '.minisig'));
    frag.bytes = frag.bytes.slice();
    frag.bytes[frag.bytes.indexOf(0x20)] = 0x09;  // a space becomes a tab: still JSON, other bytes
    assert.throws(() => sw.loadBundle(bad), (e) => {
      assert.equal(e.code, 3);
      assert.match(e.message, new RegExp(frag.name.replace(/\./g, '\\.')));
      return true;
    });
    assert.equal(sw.rules().version, info.version);

    // An ArrayBuffer works as well; a file without a name or bytes is a bad request (code 2).
    const again = bundleBytes(nl).map((f) => ({ name: f.name, bytes: f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) }));
    assert.equal(sw.loadBundle(again).state, 'ok');
    assert.throws(() => sw.loadBundle([{ name: 'manifest.json', bytes: 42 }]),
                  (e) => e.code === 2 && /bundle file 1 \(manifest\.json\): needs a text \(a string\) or bytes/.test(e.message));
    assert.throws(() => sw.loadBundle([{ bytes: new Uint8Array(1) }]), (e) => e.code === 2 && /bundle file 1: needs a name/.test(e.message));
    // Those refusals changed nothing: the next bundle is exactly its own files.
    assert.equal(sw.loadBundle(bundleBytes(reference)).version, info.version);
  } finally {
    sw.loadBundle(bundleFiles(nl));
  }
});

test('loadBundleFromUrl fetches a published bundle over HTTP and verifies it; a missing fragment is refused by name', async () => {
  const reference = join(source, 'rules-data', 'reference', 'bundle');
  const nl = join(source, 'rules-data', 'nl', 'bundle');
  const asked = [];
  let hide = null;  // a file the server pretends not to have
  let pack = null;   // the folder's bundle.swpack, when it has one
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/rules\//, '');
    asked.push(name);
    if (name === 'bundle.swpack' && pack) { res.writeHead(200); return res.end(pack); }
    const file = join(reference, name);
    if (name === hide || name.includes('/') || !existsSync(file)) { res.writeHead(404); return res.end(); }
    res.writeHead(200);
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/rules/manifest.json`;
  // The suite runs without Node's fetch (--no-experimental-fetch: the engine itself never asks the
  // network); the API takes the page's fetch as options.fetch, here one over node:http.
  const fetch = (u) => new Promise((resolve, reject) => {
    httpGet(u, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => {
        const body = Buffer.concat(parts);
        resolve({ ok: res.statusCode === 200, status: res.statusCode,
                  arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) });
      });
    }).on('error', reject);
  });
  try {
    const info = await sw.loadBundleFromUrl(url, { fetch });
    assert.equal(info.source, 'loaded');
    assert.equal(info.version, JSON.parse(readFileSync(join(reference, 'manifest.json'), 'utf8')).version);
    const published = readdirSync(reference).filter((n) => n.endsWith('.json') || n.endsWith('.minisig')).sort();
    assert.equal(asked[0], 'bundle.swpack', 'the folder\'s pack is tried first');
    assert.deepEqual([...new Set(asked.slice(1))].sort(), published, 'no pack: every published file fetched once');

    // With a pack in the folder: one request, the same rules; a broken pack: the files one by one.
    const { packRules } = await import(pathToFileURL(join(source, 'scripts', 'pack-rules.mjs')).href);
    pack = packRules(reference);
    asked.length = 0;
    assert.equal((await sw.loadBundleFromUrl(url, { fetch })).version, info.version);
    assert.deepEqual(asked, ['bundle.swpack']);
    pack = pack.subarray(0, pack.length - 10);
    asked.length = 0;
    assert.equal((await sw.loadBundleFromUrl(url, { fetch })).version, info.version);
    assert.deepEqual([...new Set(asked.slice(1))].sort(), published, 'a broken pack: the files one by one');
    pack = null;

    const manifest = JSON.parse(readFileSync(join(reference, 'manifest.json'), 'utf8'));
    hide = manifest.fragments[0].file;
    await assert.rejects(sw.loadBundleFromUrl(url, { fetch }), (e) => {
      assert.equal(e.code, 3);
      assert.ok(e.message.includes(hide), e.message);
      return true;
    });
    assert.equal(sw.rules().version, info.version, 'the rules in use stay');
  } finally {
    server.close();
    sw.loadBundle(bundleFiles(nl));
  }
});

// The engine carries only the rules' fingerprint; create() starts it with stapelwijzer-rules.swpack
// from beside it. A copy of the API folder with that file missing, changed or broken: create()
// rejects (code 3) naming the file and why, never computing with other rules; with a rulesUrl the
// file is not needed at all.
test('create() starts with stapelwijzer-rules.swpack beside the engine, and refuses a missing, changed or broken one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-api-pack-'));
  const pack = readFileSync(join(apiDir, 'stapelwijzer-rules.swpack'));
  const copy = (name, bytes) => {
    const d = mkdtempSync(join(dir, name + '-'));
    for (const f of ['stapelwijzer.js', 'stapelwijzer-engine.js', 'stapelwijzer-engine.wasm']) cpSync(join(apiDir, f), join(d, f));
    if (bytes) writeFileSync(join(d, 'stapelwijzer-rules.swpack'), bytes);
    return require(join(d, 'stapelwijzer.js'));
  };
  const refused = async (api, options, pattern) => {
    await assert.rejects(api.create(options), (e) => {
      assert.equal(e.name, 'StapelwijzerError');
      assert.equal(e.code, 3);
      assert.match(e.message, /^stapelwijzer-rules\.swpack: /);
      assert.match(e.message, pattern);
      return true;
    });
  };
  try {
    // The genuine file: the release's rules, counted as built in.
    const good = await copy('good', pack).create();
    assert.deepEqual([good.rules().source, good.rules().release, good.rules().state], ['builtin', true, 'ok']);
    assert.equal(good.plan(scenarioCases()[0].text), cliPlan(scenarioCases()[0].text).stdout);

    await refused(copy('missing', null), undefined, /cannot read it next to stapelwijzer\.js \(ENOENT\)/);
    await refused(copy('garbage', Buffer.from('<html>404</html>\n')), undefined, /not a rules pack/);
    await refused(copy('cut', pack.subarray(0, pack.length - 100)), undefined, /entry \d+ is broken/);

    // One byte of a fund's fragment changed (a space becomes a tab): the verifier names the file.
    const text = pack.toString('latin1');
    const at = text.indexOf('\noom.json ');
    assert.ok(at > 0, 'the pack holds oom.json');
    const changed = Buffer.from(pack);
    changed[text.indexOf(' ', text.indexOf('\n', at + 1) + 2)] = 0x09;
    await refused(copy('changed', changed), undefined, /oom\.json/);

    // A rulesUrl instead: the shipped file is neither needed nor asked for.
    const reference = join(source, 'rules-data', 'reference', 'bundle');
    const asked = [];
    const fetch = async (u) => {
      const name = new URL(u).pathname.split('/').pop();
      asked.push(name);
      const file = join(reference, name);
      if (!existsSync(file)) return { ok: false, status: 404 };
      const body = readFileSync(file);
      return { ok: true, status: 200, arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) };
    };
    const own = await copy('rulesurl', null).create({ rulesUrl: 'http://127.0.0.1:9/rules/manifest.json', fetch });
    assert.equal(own.rules().source, 'loaded');
    assert.equal(own.rules().version, JSON.parse(readFileSync(join(reference, 'manifest.json'), 'utf8')).version);
    assert.ok(!asked.includes('stapelwijzer-rules.swpack') && asked.includes('manifest.json'), asked.join(' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the ES module exports the same API under Node', async () => {
  const mod = await import(pathToFileURL(join(apiDir, 'stapelwijzer.mjs')).href);
  const api = await mod.create();
  const c = scenarioCases()[2];
  assert.equal(api.plan(c.text), cliPlan(c.text).stdout);
  assert.equal(typeof mod.default.fetchBundle, 'function');
});

test('best case of issue 21 on the frozen reference bundle: OOM and STAP, as the CLI says', () => {
  const reference = join(source, 'rules-data', 'reference', 'bundle');
  const scenario = JSON.parse(readFileSync(join(source, 'rules-data', 'reference', 'tests', 'best-case-stap-used-oom-plus-stap.json'), 'utf8'));
  const text = JSON.stringify(scenario.input);
  try {
    assert.equal(sw.loadBundle(bundleFiles(reference)).state, 'ok');
    const got = sw.plan(text);
    const want = spawnSync(cli, ['plan', '--rules', reference, '--input', '-'], { input: text, encoding: 'utf8' });
    assert.equal(want.status, 0, want.stderr);
    assert.equal(got, want.stdout, 'JS API and CLI differ');
    const best = JSON.parse(got).best_case_plan;
    assert.equal(best.own_payment_cents, 516532);
    assert.equal(best.loan_cents, 240000);
    assert.deepEqual(best.contributions.map((c) => [c.scheme, c.amount_cents]),
      [['oom-trainingstoelage', 80000], ['stap-budget', 75000]]);
  } finally {
    sw.loadBundle(bundleFiles(join(source, 'rules-data', 'nl', 'bundle')));  // the next tests' rules
  }
});
