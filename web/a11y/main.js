// main.js: the accessible page (toegankelijk.html). Builds the form, loads the engine through the
// JavaScript API (api/stapelwijzer.mjs, the same wasm and the same answers as the CLI), and after
// every change (debounced) or on submit turns the answers into a case, calls plan() and shows the
// result as HTML; a scheme's "Alle voorwaarden" calls trace() for that case when it is opened.
// Loads nothing but its own static files; stores nothing (no cookies, no storage, no service
// worker). Works under the app's CSP: no inline script or style, no eval.
import { create } from '../api/stapelwijzer.mjs';
import { t, LANGS } from './strings.js';
import { ALL_FIELDS } from './fields.js';
import { buildCase, splitError, todayIso } from './case.js';
import { buildForm, addSectors, applyStrings, readForm, keepQualityConsistent, focusTarget, showFieldError,
         clearErrors } from './form.js';
import { renderResult, summarySentence, fieldLabel } from './result.js';
import { setupEmployer } from './employer.js';

const TYPING_DELAY_MS = 400;  // after the last key press; a choice (radio, select) is computed at once

const root = document.documentElement;
const form = document.getElementById('case');
const summary = document.getElementById('summary');
const body = document.getElementById('result-body');
const caseJson = document.getElementById('case-json');
const resultJson = document.getElementById('result-json');
const rulesLine = document.getElementById('rules-line');
const langButton = document.getElementById('lang-switch');

const params = new URLSearchParams(location.search);
const wanted = params.get('lang');
let lang = LANGS.includes(wanted) ? wanted : 'nl';
// ?mode=employer opens the employer section (a link from an HR page).
let mode = params.get('mode') === 'employer' ? 'employer' : 'person';
let employer = null;
let sw = null;
let rulesInfo = null;
const catalogue = new Map();
let timer = 0;
let revision = 0;

function setSummary(text) {
  if (summary.textContent !== text) summary.textContent = text;
}

function focusField(path) {
  const target = focusTarget(path);
  if (target) target.focus();
}

// Which kind of answer a contract path holds (for the wording of an error).
function kindOf(path) {
  if (path.startsWith('course.costs.')) return 'money';
  const f = ALL_FIELDS.find((x) => x.path === path);
  return f ? f.kind : 'text';
}

// The engine's reason (English, technical) said in plain words, with the reason itself after it.
function explain(path, reason) {
  let plain;
  const range = /must be from (\S+) to (\S+?),/.exec(reason);
  if (/not be negative/.test(reason)) plain = t(lang, 'error.negative');
  else if (range) plain = t(lang, 'error.range', range[1], range[2]);
  else plain = t(lang, `error.${{ money: 'money', date: 'date', int: 'int', number: 'number' }[kindOf(path)] || 'text'}`);
  const technical = document.createElement('span');
  technical.className = 'technical';
  const code = document.createElement('span');
  code.lang = 'en';
  code.textContent = reason;
  technical.append(`${t(lang, 'error.reason')} `, code);
  return [plain, ' ', technical];
}

function showError(error) {
  const { path, reason } = splitError(error.message);
  resultJson.textContent = '';
  const box = document.createElement('div');
  box.className = 'error-box';
  const heading = document.createElement('h3');
  heading.textContent = t(lang, 'error.heading');
  box.append(heading);
  const p = document.createElement('p');
  if (path && showFieldError(path, ...explain(path, reason))) {
    const a = document.createElement('a');
    a.href = `#${focusTarget(path)?.id || ''}`;
    a.textContent = t(lang, 'error.where', fieldLabel(lang, path));
    a.addEventListener('click', (e) => { e.preventDefault(); focusField(path); });
    p.append(a);
    setSummary(t(lang, 'summary.error', fieldLabel(lang, path)));
  } else {
    p.append(`${t(lang, 'error.general')} `, ...explain('', reason).slice(2));
    setSummary(t(lang, 'summary.error.general'));
  }
  box.append(p);
  body.replaceChildren(box);
  return path;
}

// Case from the form -> plan() -> result on the page. Returns the field path of an error, or ''.
function compute() {
  clearTimeout(timer);
  if (!sw) return '';
  const { case: c, usedToday } = buildCase(readForm(form), todayIso());
  const text = JSON.stringify(c, null, 2);
  caseJson.textContent = text;
  clearErrors(form);
  let errorPath = '';
  try {
    const out = sw.plan(text);
    const result = JSON.parse(out);
    resultJson.textContent = out;
    const trace = (schemeId) => sw.trace(text, schemeId);
    renderResult(body, lang, result, catalogue, { onQuestion: focusField, usedToday, trace });
    setSummary(summarySentence(lang, result));
    root.dataset.swA11yOutcome = 'result';
  } catch (e) {
    if (e && e.code === 2) {
      errorPath = showError(e) || 'case';
      root.dataset.swA11yOutcome = 'error';
    } else {
      setSummary(t(lang, 'load.failed'));
      root.dataset.swA11yOutcome = 'failure';
      console.error(e);
    }
  }
  root.dataset.swA11yRevision = String(++revision);
  return errorPath;
}

function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(compute, delay);
}

function applyLanguage() {
  root.lang = lang;
  document.title = t(lang, 'title');
  applyStrings(document.body, lang);
  langButton.lang = t(lang, 'lang.switch.code');
  if (rulesInfo) rulesLine.textContent = t(lang, 'rules.line', rulesInfo);
  if (employer) employer.redraw();
}

// Person or employer: the course part of the form is one set of fields, moved into the employer
// section while that is shown (one course for everybody), and back; the answers stay.
function setMode(next) {
  mode = next;
  const employerMode = mode === 'employer';
  const part = document.getElementById('part-course');
  const heading = document.getElementById('h-course');
  if (employerMode) {
    document.getElementById('staff-course-form').append(part);
    part.setAttribute('aria-labelledby', 'emp-h-course');
  } else {
    form.prepend(part);
    part.setAttribute('aria-labelledby', 'h-course');
  }
  heading.hidden = employerMode;
  document.querySelector('section.answers').hidden = employerMode;
  document.getElementById('result').hidden = employerMode;
  document.getElementById('employer').hidden = !employerMode;
  document.body.classList.toggle('employer-mode', employerMode);
  document.getElementById('mode-person').setAttribute('aria-pressed', String(!employerMode));
  document.getElementById('mode-employer').setAttribute('aria-pressed', String(employerMode));
  root.dataset.swA11yMode = mode;
  if (!employerMode) compute();
}

buildForm(form);
applyLanguage();
setSummary(t(lang, 'loading'));

form.addEventListener('input', (e) => {
  if (e.target.type === 'text') schedule(TYPING_DELAY_MS);
});
form.addEventListener('change', (e) => {
  keepQualityConsistent(form, e.target);
  schedule(0);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();  // nothing is sent anywhere (the CSP has form-action 'none' too)
  const errorPath = compute();
  if (errorPath && errorPath !== 'case') focusField(errorPath);
  else document.getElementById('result-heading').focus();
});
langButton.addEventListener('click', () => {
  lang = lang === 'nl' ? 'en' : 'nl';
  applyLanguage();
  if (mode === 'person') compute();
});
document.getElementById('skip-result').addEventListener('click', (e) => {
  e.preventDefault();
  if (mode === 'employer') {
    const result = document.getElementById('emp-h-result');
    (result.closest('[hidden]') ? document.getElementById('employer-heading') : result).focus();
  } else {
    document.getElementById('result-heading').focus();
  }
});
for (const [id, m] of [['mode-person', 'person'], ['mode-employer', 'employer']]) {
  document.getElementById(id).addEventListener('click', () => { if (mode !== m) setMode(m); });
}

try {
  sw = await create();
  const cat = sw.catalogue();
  for (const s of cat.schemes) catalogue.set(s.id, s);
  addSectors(cat.sectors);
  rulesInfo = sw.rules();
  employer = setupEmployer({ sw, lang: () => lang, catalogue, courseForm: document.getElementById('staff-course-form') });
  applyLanguage();
  if (mode === 'employer') setMode('employer');
  compute();
  root.dataset.swA11y = 'ready';
} catch (e) {
  setSummary(t(lang, 'load.failed'));
  root.dataset.swA11y = 'error';
  console.error(e);
}
