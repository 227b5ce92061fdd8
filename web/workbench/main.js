// main.js: the rules workbench (workbench.html, docs/workbench.md). Loads the engine through the
// JavaScript API (api/stapelwijzer.mjs, the same wasm as the app) and the catalogue's scenario tests
// (workbench/catalogue-tests.json, written by the build from rules-data/nl/tests), then wires the
// parts: open or start a fragment, lint it live (and edit a scheme as a form, its conditions as a
// tree), try a case and save it as a test, run the tests,
// download and check the signature. Nothing is fetched after the start, nothing is stored, nothing
// is sent: files come in through file inputs and leave as downloads.
import { create } from '../api/stapelwijzer.mjs';
import { t, LANGS, applyStrings } from './strings.js';
import { emptyFund, sampleCase, isFundName } from './skeleton.js';
import { setupLint } from './lint-view.js';
import { setupTry } from './try-case.js';
import { setupTests } from './tests-view.js';
import { renderDownloads, signCommands } from './downloads.js';
import { setupVerify } from './verify-view.js';
import { setupTree } from './condition-tree.js';
import { setupForm } from './scheme-form.js';

const $ = (id) => document.getElementById(id);
const root = document.documentElement;
const params = new URLSearchParams(location.search);
let lang = LANGS.includes(params.get('lang')) ? params.get('lang') : 'nl';
const today = new Date().toISOString().slice(0, 10);

const state = {
  name: 'mijnfonds.json',  // the fragment's file name
  tests: [],               // the fund's tests opened or saved here: [{name, text}]
  catalogueTests: [],      // every test of the catalogue: [{name, text}]
  loads: false,            // the last lint: do the rules load?
};
const editor = $('editor');
const fragment = () => ({ name: state.name, text: editor.value });
const prefix = () => state.name.replace(/\.json$/, '') + '-';
// The fund's tests: the catalogue's tests of this fragment (by file name), with the ones opened or
// saved here in place of those of the same name.
function ownTests() {
  const names = new Set(state.tests.map((x) => x.name));
  return state.catalogueTests.filter((x) => x.name.startsWith(prefix()) && !names.has(x.name)).concat(state.tests);
}

let sw = null;
let lint = null;
let tryCase = null;
let tests = null;
let verify = null;
let tree = null;
let form = null;
let editedBy = null;  // 'tree' or 'form' when the last change came from there: not rebuilt (keeps focus)

// A change made by the tree or the form: into the editor, linted as if typed.
function edit(by, text) {
  editedBy = by;
  editor.value = text;
  editor.dispatchEvent(new Event('input'));
}

function setStatus(text) { $('status').textContent = text; }

function renderTests() {
  const mine = ownTests();
  $('tests-mine').textContent = t(lang, 'tests.mine', mine.length);
  const items = mine.map((x) => {
    const li = document.createElement('li');
    li.append(x.name);
    if (state.tests.includes(x)) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = t(lang, 'tests.remove');
      b.addEventListener('click', () => { state.tests = state.tests.filter((y) => y !== x); refresh(); });
      li.append(' ', b);
    }
    return li;
  });
  if (!items.length) { const li = document.createElement('li'); li.textContent = t(lang, 'tests.none'); items.push(li); }
  $('tests-list').replaceChildren(...items);
}

// Everything that depends on the fragment's name, text or tests.
function refresh() {
  $('editor-label').textContent = t(lang, 'editor.label', state.name);
  $('signature-label').textContent = t(lang, 'verify.label', state.name);
  let fund = state.name.replace(/\.json$/, '');
  try { fund = JSON.parse(editor.value).fragment || fund; } catch (e) { /* lint says why */ }
  $('sign-commands').textContent = signCommands(fund, state.name);
  renderTests();
  renderDownloads($('downloads'), lang, fragment(), state.tests);
}

function open(name, text) {
  state.name = name;
  editor.value = text;
  $('open-message').textContent = t(lang, 'open.loaded', name);
  lint.run();
  refresh();
}

function applyLanguage() {
  root.lang = lang;
  document.title = t(lang, 'title');
  applyStrings(document.body, lang);
  $('lang-switch').lang = t(lang, 'lang.switch.code');
  refresh();
  if (lint) lint.render();
  if (tryCase) tryCase.redraw();
  if (tests) tests.redraw();
  if (verify) verify.redraw();
  if (tree && $('tree-details').open) tree.render();
  if (form && $('form-details').open) form.render();
  if (sw) setStatus(t(lang, 'ready', sw.rules()));
}

$('lang-switch').addEventListener('click', () => { lang = lang === 'nl' ? 'en' : 'nl'; applyLanguage(); });
$('new-fund').addEventListener('click', () => {
  const fund = $('fund-name').value.trim();
  if (!isFundName(fund)) { $('open-message').textContent = t(lang, 'open.bad.fund'); $('fund-name').focus(); return; }
  state.tests = [];
  open(`${fund}.json`, emptyFund(fund, today));
});
$('fragment-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (file) open(file.name, await file.text());
});
$('tests-file').addEventListener('change', async (e) => {
  const added = [];
  for (const file of e.target.files) {
    const text = await file.text();
    try {
      const j = JSON.parse(text);
      if (!j || typeof j !== 'object' || !j.input || !j.expected) throw new Error('no "input" and "expected"');
    } catch (err) {
      $('open-message').textContent = t(lang, 'open.tests.bad', file.name, err.message);
      return;
    }
    added.push({ name: file.name, text });
  }
  state.tests = state.tests.filter((x) => !added.some((a) => a.name === x.name)).concat(added);
  $('open-message').textContent = t(lang, 'open.tests.loaded', added.length);
  refresh();
});
editor.addEventListener('input', (e) => { if (e.isTrusted) editedBy = null; refresh(); });

applyLanguage();
setStatus(t(lang, 'loading'));
try {
  sw = await create({ workbench: true });
  const res = await fetch(new URL('catalogue-tests.json', import.meta.url), { credentials: 'omit' });
  if (!res.ok) throw new Error(`catalogue-tests.json: HTTP ${res.status}`);
  state.catalogueTests = await res.json();
  lint = setupLint({
    editor, summary: $('lint-summary'), list: $('lint-list'), lang: () => lang, fileName: () => state.name,
    lint: (text) => sw.lintRules([{ name: state.name, text }]),
    onResult: (report) => {
      state.loads = report.loads && report.errors.length === 0;
      if (tree && editedBy !== 'tree' && $('tree-details').open) tree.render();
      if (form && editedBy !== 'form' && $('form-details').open) form.render();
      editedBy = null;
    },
  });
  tryCase = setupTry({
    sw, lang: () => lang, fragment, rulesLoad: () => state.loads,
    el: { caseText: $('case-text'), run: $('try-run'), summary: $('try-summary'), result: $('try-result'),
          save: $('save-test'), confirm: $('save-confirm'), saveName: $('save-name'), saveFile: $('save-file'),
          saveYes: $('save-yes'), saveNo: $('save-no'), saveMessage: $('save-message') },
    addTest: (test) => { state.tests.push(test); refresh(); },
    hasTest: (name) => ownTests().some((x) => x.name === name),
  });
  tests = setupTests({
    sw, lang: () => lang, fragment, ownTests, catalogueTests: () => state.catalogueTests,
    el: { runMine: $('run-mine'), runAll: $('run-all'), summary: $('tests-summary'), results: $('tests-results'),
          others: $('others'), othersList: $('others-list'), othersTell: $('others-tell'),
          diffDetails: $('diff-details'), diffText: $('diff-text') },
  });
  tree = setupTree({
    lang: () => lang, facts: sw.facts(), editor, container: $('tree'), schemeSelect: $('tree-scheme'),
    onEdit: (text) => edit('tree', text),
  });
  $('tree-details').addEventListener('toggle', () => { if ($('tree-details').open) tree.render(); });
  const catalogue = sw.catalogue().schemes.map((s) => ({ id: s.id, nl: s.name_nl, en: s.name_en }));
  form = setupForm({
    lang: () => lang, editor, container: $('scheme-form'), schemeSelect: $('form-scheme'), newButton: $('form-new'),
    message: $('form-message'), today, onEdit: (text) => edit('form', text),
    // The catalogue's schemes and the fragment's own (a new one is not in the catalogue yet).
    schemeIds: () => {
      let own = [];
      try {
        own = JSON.parse(editor.value).schemes.filter((s) => s && typeof s.id === 'string')
          .map((s) => ({ id: s.id, name: (s.name || {})[lang] || '' }));
      } catch (e) { /* no schemes: the catalogue's only */ }
      const others = catalogue.filter((c) => !own.some((o) => o.id === c.id)).map((c) => ({ id: c.id, name: c[lang] }));
      return own.concat(others).sort((a, b) => a.id.localeCompare(b.id));
    },
  });
  $('form-details').addEventListener('toggle', () => { if ($('form-details').open) form.render(); });
  verify = setupVerify({ sw, lang: () => lang, fragment, input: $('signature-file'), message: $('verify-message') });
  $('case-text').value = sampleCase(today);
  open(state.name, emptyFund(state.name.replace(/\.json$/, ''), today));
  $('open-message').textContent = '';
  setStatus(t(lang, 'ready', sw.rules()));
  root.dataset.swWorkbench = 'ready';
} catch (e) {
  setStatus(t(lang, 'load.failed'));
  root.dataset.swWorkbench = 'error';
  console.error(e);
}
