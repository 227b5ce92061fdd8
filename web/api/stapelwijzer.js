/* stapelwijzer.js: the Stapelwijzer JavaScript API as a classic script (window.Stapelwijzer) and a
 * CommonJS module (Node). It wraps stapelwijzer-engine.js and stapelwijzer-engine.wasm, which must
 * sit next to this file. Everything is computed on the device; nothing is sent anywhere.
 *
 *   const sw = await Stapelwijzer.create();          // the signed Dutch rules shipped with it (stapelwijzer-rules.swpack)
 *   const json = sw.plan(caseObjectOrJsonText);      // contract JSON text, as `stapelwijzer plan`
 *   const lines = sw.batchJsonl(jsonLinesText);      // as `stapelwijzer batch` with .jsonl
 *   const results = sw.batch([case1, case2]);        // the same, as objects
 *   const trace = sw.trace(caseObject, 'stap-budget'); // every condition of one scheme, as `stapelwijzer explain`
 *   sw.catalogue(); sw.rules();                      // sectors, schemes; which rules are in use
 *   sw.staffColumns(fileBytes);                      // a staff list's columns, as `stapelwijzer batch` reads them
 *   sw.staffBatch(fileBytes, { map, course });       // every row: the CSV `batch` writes, and objects
 *   const job = sw.staffJob(fileBytes, { map, course }); job.next(200);  // the same in chunks
 *   sw.staffJob(fileBytes, { map, course, courses, shareBudgets: true });  // batch --courses --share-budgets
 *   sw.staffTemplate();                              // the staff list to start from (the file's bytes)
 *   await sw.loadBundleFromUrl('https://…/manifest.json');  // verified against the built-in root keys
 *   const wb = await Stapelwijzer.create({ workbench: true });  // the same, plus the rules workbench's functions:
 *   wb.lintRules(files); wb.planRules(files, c); wb.testRules(files, tests); wb.diffRules(files, tests);
 *   wb.verifyFragment({ name, text }, minisigText);  // a fund's signed fragment against its delegation
 *
 * Files, all in one folder: stapelwijzer.js (or .mjs), stapelwijzer-engine.js and .wasm, and
 * stapelwijzer-rules.swpack, the signed rules create() starts with (the engine carries only their
 * fingerprint; create({ rulesUrl }) does not fetch them).
 *
 * Errors are thrown as StapelwijzerError with `code` (2 bad case, 3 rules refused: the CLI's exit
 * codes) and a message that names the field and why. Contract: docs/contract.md.
 */
(function (root) {
  'use strict';

  // Where this file was loaded from (browser): the engine is next to it.
  const here = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : null;

  class StapelwijzerError extends Error {
    constructor(code, message) {
      super(message);
      this.name = 'StapelwijzerError';
      this.code = code;
    }
  }

  // Two engines: stapelwijzer-engine (what a page needs to compute) and, for create({ workbench:
  // true }), stapelwijzer-workbench-engine: the same with lint, test, diff and signature checks of
  // rules being edited (docs/workbench.md), kept out of the first so every embedding page
  // downloads less (docs/benchmarks.md).
  function engineOf(options) {
    return options && options.workbench ? { file: 'stapelwijzer-workbench-engine', factory: 'createStapelwijzerWorkbenchEngine' }
                                        : { file: 'stapelwijzer-engine', factory: 'createStapelwijzerEngine' };
  }

  function loadEngineFactory(options) {
    const e = engineOf(options);
    if (typeof module === 'object' && module.exports && typeof require === 'function') {
      return Promise.resolve(require('./' + e.file + '.js'));
    }
    if (root[e.factory]) return Promise.resolve(root[e.factory]);
    return new Promise(function (resolve, reject) {
      const s = document.createElement('script');
      s.src = (options && options.engineUrl) || new URL(e.file + '.js', here || document.baseURI).href;
      s.onload = function () { resolve(root[e.factory]); };
      s.onerror = function () { reject(new Error('Stapelwijzer: cannot load ' + s.src)); };
      document.head.appendChild(s);
    });
  }

  // A workbench function called on the engine without them: say how to get them.
  function need(m, fn) {
    if (typeof m['_' + fn] === 'function') return;
    throw new StapelwijzerError(2, 'this engine has no ' + fn.replace(/^sw_api_/, '') + ': the rules workbench\'s functions ' +
                                'need Stapelwijzer.create({ workbench: true }) (docs/workbench.md)');
  }

  // Strings go through the wasm heap with malloc, not the stack: a batch may be megabytes.
  function callWithText(m, fn, text) {
    need(m, fn);
    const size = m.lengthBytesUTF8(text) + 1;
    const ptr = m._malloc(size);
    try {
      m.stringToUTF8(text, ptr, size);
      return m.ccall(fn, 'number', ['number'], [ptr]);
    } finally {
      m._free(ptr);
    }
  }

  // Two strings (the case and a scheme id) for an entry point that takes both.
  function callWithTexts(m, fn, a, b) {
    const sa = m.lengthBytesUTF8(a) + 1;
    const sb = m.lengthBytesUTF8(b) + 1;
    const pa = m._malloc(sa);
    const pb = m._malloc(sb);
    try {
      m.stringToUTF8(a, pa, sa);
      m.stringToUTF8(b, pb, sb);
      return m.ccall(fn, 'number', ['number', 'number'], [pa, pb]);
    } finally {
      m._free(pb);
      m._free(pa);
    }
  }

  function output(m) { return m.ccall('sw_api_output', 'string', [], []); }

  // A staff list as bytes: a file's bytes go to the engine unchanged (a Dutch Excel file may be
  // Windows-1252, which no text decoding may touch); a string is taken as UTF-8 text.
  function staffBytes(data) {
    if (typeof data === 'string') return new TextEncoder().encode(data);
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw new TypeError('Stapelwijzer: a staff list is a Uint8Array, an ArrayBuffer or a string');
  }

  // An entry point that takes a byte buffer (pointer, size) and then strings.
  function callWithBytes(m, fn, bytes, texts) {
    const ptrs = [];
    try {
      const data = m._malloc(Math.max(1, bytes.length));
      ptrs.push(data);
      m.HEAPU8.set(bytes, data);  // after malloc: a grown memory has a new HEAPU8
      const args = [data, bytes.length];
      for (const t of texts) {
        if (typeof t === 'number') { args.push(t); continue; }  // a flag, passed as is
        const size = m.lengthBytesUTF8(t) + 1;
        const p = m._malloc(size);
        ptrs.push(p);
        m.stringToUTF8(t, p, size);
        args.push(p);
      }
      return m.ccall(fn, 'number', args.map(function () { return 'number'; }), args);
    } finally {
      ptrs.forEach(function (p) { m._free(p); });
    }
  }

  // The mapping as `stapelwijzer batch --map` takes it: a string as is, or one path per column in
  // file order ('' or '-': not used, carried through to the result).
  function mapSpec(map) {
    if (map === undefined || map === null) return '';
    if (Array.isArray(map)) return map.map(function (p, i) { return (i + 1) + '=' + (p || '-'); }).join(';');
    return String(map);
  }

  function caseText(c) { return typeof c === 'string' ? c : JSON.stringify(c); }

  // The exact bytes of a bundle file as text: no BOM stripping, invalid UTF-8 is an error (the
  // signatures cover the bytes, so nothing may be "repaired" on the way).
  function decode(bytes, name) {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch (e) {
      throw new StapelwijzerError(3, name + ': not UTF-8 text');
    }
  }

  // Fetches a published bundle: its pack when the folder has one, else its manifest, the manifest's
  // signature, every fragment it lists and the fund signatures of delegated fragments. A missing
  // file is left out: verification then refuses the bundle and names the file.
  async function fetchBundle(manifestUrl, options) {
    const f = (options && options.fetch) || root.fetch;
    if (typeof f !== 'function') throw new Error('Stapelwijzer: no fetch available here');
    const base = new URL(manifestUrl, typeof document !== 'undefined' ? document.baseURI : undefined);
    const get = async function (name) {
      const r = await f(new URL(name, base).href, { cache: 'no-cache', credentials: 'omit' });
      if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
      // Both: the text as before (invalid UTF-8 is refused here, naming the file), and the exact
      // bytes, which loadBundle takes without building a JSON text.
      const bytes = new Uint8Array(await r.arrayBuffer());
      return { name: name, text: decode(bytes, name), bytes: bytes };
    };
    const manifestName = base.pathname.split('/').pop() || 'manifest.json';
    // The folder's pack first (rules/bundle.swpack, scripts/pack-rules.mjs): one request instead of
    // one per file. It holds a manifest.json, so it stands for a manifest of that name only; none
    // there, or a broken one, and the files are fetched one by one.
    if (manifestName === 'manifest.json') {
      try {
        const pack = await get('bundle.swpack');
        return unpackRules(pack.bytes, 'bundle.swpack').map(function (x) {
          return { name: x.name, text: decode(x.bytes, x.name), bytes: x.bytes };
        });
      } catch (e) { /* the files one by one */ }
    }
    const manifest = await get(manifestName);
    const names = [manifestName + '.minisig'];
    try {
      const m = JSON.parse(manifest.text);
      for (const frag of m.fragments || []) {
        names.push(frag.file);
        if (frag.fund) names.push(frag.file + '.minisig');
      }
    } catch (e) { /* unreadable manifest: verification refuses it with the reason */ }
    const files = await Promise.all(names.map(function (n) { return get(n).catch(function () { return null; }); }));
    return [manifest].concat(files.filter(Boolean));
  }

  function wrap(m) {
    function run(fn, text) {
      const code = text === undefined ? (need(m, fn), m.ccall(fn, 'number', [], [])) : callWithText(m, fn, text);
      const out = output(m);
      if (code !== 0) throw new StapelwijzerError(code, out);
      return out;
    }
    // A staff entry point's JSON; code 2 is {problem, error}: thrown with both.
    function staffOut(code) {
      const out = output(m);
      if (code === 0) return JSON.parse(out);
      let problem = null;
      let message = out;
      if (code === 2) {
        const j = JSON.parse(out);
        problem = j.problem;
        message = j.error;
      }
      const e = new StapelwijzerError(code, message);
      e.problem = problem;
      throw e;
    }
    const api = {
      // One case -> result JSON text, byte for byte what `stapelwijzer plan` prints.
      plan: function (c) { return run('sw_api_plan', caseText(c)); },
      // One case -> result object.
      planObject: function (c) { return JSON.parse(api.plan(c)); },
      // One case and a scheme id -> every condition of that scheme with its outcome, as JSON text,
      // byte for byte what `stapelwijzer explain --format json` prints.
      traceJson: function (c, schemeId) {
        const code = callWithTexts(m, 'sw_api_trace', caseText(c), String(schemeId));
        const out = output(m);
        if (code !== 0) throw new StapelwijzerError(code, out);
        return out;
      },
      // The same, parsed: {scheme, reference_date, conditions: [{depth, kind, outcome, text: {nl, en}, fact}]}.
      trace: function (c, schemeId) { return JSON.parse(api.traceJson(c, schemeId)); },
      // JSON Lines in, JSON Lines out, byte for byte what `stapelwijzer batch` writes for .jsonl.
      batchJsonl: function (text) { return run('sw_api_batch', String(text)); },
      // Cases -> one entry per case: a result object, or {row, error} for a bad case.
      batch: function (cases) {
        const lines = api.batchJsonl(cases.map(function (c) { return caseText(c).replace(/\n/g, ' '); }).join('\n') + '\n');
        return lines.split('\n').filter(Boolean).map(function (l) { return JSON.parse(l); });
      },
      // A staff list (file bytes: CSV as Excel writes it, or tab-separated pasted cells) -> what
      // `stapelwijzer batch` reads in it: {separator, decimal, rows, columns: [{index, header, path,
      // sample}], targets: [{path, label_nl, label_en}]}. path '' : not used, carried through.
      staffColumns: function (data) {
        return staffOut(callWithBytes(m, 'sw_api_staff_columns', staffBytes(data), []));
      },
      // A job over a staff list with options {map, course, decimal, courses, shareBudgets} (batch's
      // --map, --course, --decimal, --courses, --share-budgets): {rows, separator, columns, header,
      // computed, done, next(count), csv(), close()}. next(count) computes the next rows and returns
      // them; csv() is the result CSV of the rows so far, byte for byte what `stapelwijzer batch`
      // writes once every row is computed. With shareBudgets every row is read and the company
      // budgets are shared first, `count` steps per next() that return no rows: then job.stage is
      // 'read' or 'share' ('compute' after), job.stageProgress 0..1; job.budgets (from 'compute'
      // on) lists per pot {scheme, pot_cents, given_cents, left_cents, people}, job.budgetRule is
      // {nl, en}, and each row has budgets: {scheme: its share in cents}.
      staffJob: function (data, options) {
        const o = options || {};
        const course = o.course === undefined || o.course === null ? '' : caseText(o.course);
        const courses = o.courses === undefined || o.courses === null ? '' : caseText(o.courses);
        const opened = staffOut(callWithBytes(m, 'sw_api_staff_open', staffBytes(data),
                                              [mapSpec(o.map), course, o.decimal ? String(o.decimal) : '', courses,
                                               o.shareBudgets ? 1 : 0]));
        const lines = [];
        let closed = false;
        const job = {
          rows: opened.rows, separator: opened.separator, columns: opened.columns, header: opened.header_csv,
          computed: 0, done: opened.rows === 0,
          shared: !!opened.shared, stage: opened.shared ? 'read' : 'compute', stageProgress: 0, budgets: [], budgetRule: opened.budget_rule || null,
          next: function (count) {
            if (closed) throw new Error('Stapelwijzer: the staff job is closed');
            if (job.done) return [];
            const n = Math.max(1, Math.min(count || 1024, 0x7fffffff));
            const out = staffOut(m.ccall('sw_api_staff_next', 'number', ['number', 'number'], [opened.job, n]));
            for (const r of out.rows) lines.push(r.csv);
            job.computed = out.computed;
            job.done = out.done;
            if (out.stage) { job.stage = out.stage; job.stageProgress = out.stage_progress; }
            if (out.budgets) job.budgets = out.budgets;
            return out.rows;
          },
          csv: function () { return job.header + lines.join(''); },
          close: function () {
            if (!closed) m.ccall('sw_api_staff_close', 'number', ['number'], [opened.job]);
            closed = true;
          },
        };
        return job;
      },
      // The staff list to start from, as the file's bytes (a Uint8Array: a UTF-8 byte-order mark,
      // ';', Dutch headers, one example row): the employer views' "Download een voorbeeldbestand".
      // Bytes, not a string: decoding as text would drop the byte-order mark Excel needs.
      staffTemplate: function () {
        m.ccall('sw_api_staff_template', 'number', [], []);
        const at = m.ccall('sw_api_output', 'number', [], []);
        let end = at;
        while (m.HEAPU8[end] !== 0) end++;
        return m.HEAPU8.slice(at, end);
      },
      // Every row at once: {columns, separator, rows: [...], csv}.
      staffBatch: function (data, options) {
        const job = api.staffJob(data, options);
        try {
          const rows = [];
          while (!job.done) Array.prototype.push.apply(rows, job.next(1024));
          return { columns: job.columns, separator: job.separator, rows: rows, csv: job.csv() };
        } finally {
          job.close();
        }
      },
      catalogue: function () { return JSON.parse(run('sw_api_catalogue')); },
      rules: function () { return JSON.parse(run('sw_api_rules_info')); },
      // files: [{name, text}] or [{name, bytes}] (a Uint8Array or ArrayBuffer: the exact bytes, as
      // fetched; no JSON is built, which is faster). Replaces the rules only if every signature and
      // hash verifies against the root keys built into the engine; else throws (code 3) and keeps
      // the rules in use.
      loadBundle: function (files) {
        if (!Array.isArray(files) || !files.some(function (f) { return f && f.bytes !== undefined; }))
          return JSON.parse(run('sw_api_load_bundle', JSON.stringify(files)));
        const list = files.map(function (f, i) {
          const where = 'bundle file ' + (i + 1);
          if (!f || typeof f.name !== 'string' || !f.name) throw new StapelwijzerError(2, where + ': needs a name');
          if (f.bytes === undefined && typeof f.text === 'string') return { name: f.name, bytes: new TextEncoder().encode(f.text) };
          if (f.bytes instanceof ArrayBuffer) return { name: f.name, bytes: new Uint8Array(f.bytes) };
          if (ArrayBuffer.isView(f.bytes)) return { name: f.name, bytes: new Uint8Array(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) };
          throw new StapelwijzerError(2, where + ' (' + f.name + '): needs a text (a string) or bytes (a Uint8Array or ArrayBuffer)');
        });
        list.forEach(function (f, i) {
          const code = callWithBytes(m, 'sw_api_bundle_add', f.bytes, [f.name, i === 0 ? 1 : 0]);
          if (code !== 0) throw new StapelwijzerError(code, output(m));
        });
        return JSON.parse(run('sw_api_bundle_load'));
      },
      loadBundleFromUrl: async function (manifestUrl, options) {
        return api.loadBundle(await fetchBundle(manifestUrl, options));
      },
      // The rules workbench (docs/workbench.md): `files` is [{name, text}], fragments being edited,
      // each in place of the rules' fragment of the same file name (or added); `tests` [{name, text}]
      // scenario tests. Findings are results, not errors: only a bad request or refused rules throw.
      // lintRules -> {code, loads, language, errors: [{file, path, message}], warnings: [...]},
      // as `stapelwijzer lint --delegations` (code 0 clean, 1 warnings, 2 errors).
      lintRules: function (files) { return rulesCall('sw_api_rules_lint', { fragments: files }, [0, 1, 2]); },
      // testRules -> {code, results: [{file, name, passed, problems}], passed, failed}, as
      // `stapelwijzer test --fragments`; fragments that do not load: {code: 2, errors: [...]}.
      testRules: function (files, tests) {
        return rulesCall('sw_api_rules_test', { fragments: files, scenarios: tests || [] }, [0, 1, 2]);
      },
      // diffRules -> what `stapelwijzer diff OLD NEW --unsigned --tests DIR --format json` prints, parsed
      // (OLD: the rules in use; NEW: with `files` in), plus `code` (0 same, 1 differences).
      diffRules: function (files, tests) {
        return rulesCall('sw_api_rules_diff', { fragments: files, scenarios: tests || [], format: 'json' }, [0, 1]);
      },
      // The same report as text, in 'nl' or 'en', byte for byte as `stapelwijzer diff --lang` prints it.
      diffRulesText: function (files, tests, lang) {
        const req = JSON.stringify({ fragments: files, scenarios: tests || [], format: lang === 'en' ? 'en' : 'nl' });
        const code = callWithText(m, 'sw_api_rules_diff', req);
        const out = output(m);
        if (code !== 0 && code !== 1) throw new StapelwijzerError(code, out);
        return out;
      },
      // One case against the rules with `files` in: the result JSON text, as plan() gives it, with
      // a warning in rules.warnings that these rules are unsigned. Throws (code 2) on a bad case.
      planRules: function (files, c) { return run('sw_api_rules_plan', JSON.stringify({ fragments: files, case: caseText(c) })); },
      // The engine's fact table, for a condition editor: [{path, type, values, min, max, label_nl,
      // label_en, ops}] (ops: the operators a condition on that fact may use).
      facts: function () { return JSON.parse(run('sw_api_rules_facts')).facts; },
      // A fund's signed fragment ({name, text}) and its .minisig text, checked against the fund's
      // delegation in the built-in manifest (keys, threshold, prefixes) before it is published:
      // {file, fund, signed_by: [key ids]}; throws (code 3) with the reason when refused.
      verifyFragment: function (file, signature) {
        return JSON.parse(run('sw_api_rules_verify', JSON.stringify({ fragments: [file], signature: String(signature) })));
      },
    };
    // A workbench call: JSON in, a JSON report out for the codes in `report`; else thrown.
    function rulesCall(fn, request, report) {
      const code = callWithText(m, fn, JSON.stringify(request));
      const out = output(m);
      if (report.indexOf(code) < 0 || out.charAt(0) !== '{') throw new StapelwijzerError(code, out);
      const j = JSON.parse(out);
      j.code = code;
      return j;
    }
    return api;
  }

  // The signed rules shipped beside the engine, as one file (scripts/pack-rules.mjs; docs/signing.md,
  // "One file for the web"): "SWPACK 1\n", then per file "NAME LENGTH\n", its bytes and "\n",
  // manifest.json first. Transport only: the engine verifies every byte as if fetched one by one.
  const PACK = 'stapelwijzer-rules.swpack';
  function unpackRules(bytes, packName) {
    const broken = function (why) { return new StapelwijzerError(3, (packName || PACK) + ': ' + why); };
    const line = function (at) {
      const end = bytes.indexOf(10, at);
      if (end < 0 || end - at > 200) throw broken('a header line is broken');
      return { text: String.fromCharCode.apply(null, bytes.subarray(at, end)), next: end + 1 };
    };
    let h = line(0);
    if (h.text !== 'SWPACK 1') throw broken('not a rules pack (it must start with "SWPACK 1")');
    const files = [];
    for (let at = h.next; at < bytes.length;) {
      h = line(at);
      const e = /^([A-Za-z0-9._-]+) (\d+)$/.exec(h.text);
      const size = e ? Number(e[2]) : -1;
      if (!e || h.next + size + 1 > bytes.length || bytes[h.next + size] !== 10) throw broken('entry ' + (files.length + 1) + ' is broken');
      files.push({ name: e[1], bytes: bytes.subarray(h.next, h.next + size) });
      at = h.next + size + 1;
    }
    if (!files.length || files[0].name !== 'manifest.json') throw broken('no manifest.json first');
    return files;
  }

  // The pack's bytes: under Node from disk next to this file, in a browser fetched next to the
  // engine's script (or from options.rulesPackUrl). Started before the engine loads, so both
  // downloads run at once.
  async function fetchShippedRules(options) {
    const o = options || {};
    if (typeof module === 'object' && module.exports && typeof require === 'function' && typeof __dirname === 'string' && !o.rulesPackUrl) {
      try {
        return new Uint8Array(require('fs').readFileSync(require('path').join(__dirname, PACK)));
      } catch (e) {
        throw new StapelwijzerError(3, PACK + ': cannot read it next to stapelwijzer.js (' + e.code + '); the signed rules ship in that file');
      }
    }
    const f = o.fetch || root.fetch;
    if (typeof f !== 'function') throw new Error('Stapelwijzer: no fetch available here');
    const page = typeof document !== 'undefined' ? document.baseURI : undefined;
    const url = o.rulesPackUrl ? new URL(o.rulesPackUrl, page).href
                               : new URL(PACK, new URL(o.engineUrl || engineOf(o).file + '.js', here || page)).href;
    let r;
    try {
      r = await f(url, { cache: 'no-cache', credentials: 'omit' });
    } catch (e) {
      throw new StapelwijzerError(3, PACK + ': cannot fetch ' + url + ' (' + e.message + '); host it next to stapelwijzer-engine.js');
    }
    if (!r.ok) throw new StapelwijzerError(3, PACK + ': HTTP ' + r.status + ' for ' + url + '; host it next to stapelwijzer-engine.js');
    return new Uint8Array(await r.arrayBuffer());
  }

  // Starts the engine with the shipped rules; they count as built in (rules().source 'builtin').
  function startShipped(m, bytes) {
    unpackRules(bytes).forEach(function (f, i) {
      const code = callWithBytes(m, 'sw_api_bundle_add', f.bytes, [f.name, i === 0 ? 1 : 0]);
      if (code !== 0) throw new StapelwijzerError(code, PACK + ': ' + output(m));
    });
    const code = m.ccall('sw_api_bundle_start', 'number', [], []);
    if (code !== 0) throw new StapelwijzerError(3, PACK + ': ' + output(m));
  }

  // Under Node the wasm is read from disk here, so the engine never tries fetch() (which Node's
  // fetch cannot do for a file path; see docs/embedding.md).
  function engineOptions(options) {
    if (typeof module === 'object' && module.exports && typeof require === 'function' && typeof __dirname === 'string') {
      return { wasmBinary: require('fs').readFileSync(require('path').join(__dirname, engineOf(options).file + '.wasm')) };
    }
    return {};
  }

  // options: { workbench: true } for the rules workbench's functions; { engineUrl } where the
  // engine's .js is, if not next to this file; { rulesUrl } rules to load (as loadBundleFromUrl)
  // instead of the shipped ones; { rulesPackUrl } where stapelwijzer-rules.swpack is, if not next
  // to the engine. Rejects with a StapelwijzerError (code 3) when no rules can be started.
  async function create(options) {
    const o = options || {};
    const shipped = o.rulesUrl ? null : fetchShippedRules(o);
    if (shipped) shipped.catch(function () {});  // awaited below; not an unhandled rejection meanwhile
    const factory = await loadEngineFactory(o);
    const m = await factory(engineOptions(o));
    const api = wrap(m);
    if (o.rulesUrl) await api.loadBundleFromUrl(o.rulesUrl, o);
    else startShipped(m, await shipped);
    return api;
  }

  const exported = { create: create, fetchBundle: fetchBundle, StapelwijzerError: StapelwijzerError };
  if (typeof module === 'object' && module.exports) module.exports = exported;
  else root.Stapelwijzer = exported;
})(typeof globalThis !== 'undefined' ? globalThis : this);
