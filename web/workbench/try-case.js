// try-case.js: "Probeer een geval": a case (contract JSON) computed against the edited rules
// (planRules) and shown as the accessible page shows a result (a11y/result.js); "Bewaar als test"
// then asks the officer to confirm the outcome before it becomes a scenario test's expectation.
import { t } from './strings.js';
import { renderResult } from '../a11y/result.js';
import { euro } from '../a11y/strings.js';
import { scenarioFromResult, suggestedFile, fragmentSchemes, isTestFile } from './scenario.js';

// The catalogue() map the result view names schemes with, plus the edited fragment's own schemes.
function schemeNames(sw, fragmentText) {
  const map = new Map();
  for (const s of sw.catalogue().schemes) map.set(s.id, s);
  for (const s of fragmentSchemes(fragmentText)) map.set(s.id, s);
  return map;
}

export function setupTry({ sw, lang, el, fragment, rulesLoad, addTest, hasTest }) {
  let tried = null;  // { input, result }
  function show() {
    if (!tried) return;
    const l = lang();
    renderResult(el.result, l, tried.result, schemeNames(sw, fragment().text), { onQuestion: () => {} });
    el.summary.textContent = t(l, 'try.done', euro(l, tried.result.plan.own_payment_cents));
  }
  function run() {
    const l = lang();
    el.confirm.hidden = true;
    el.save.hidden = true;
    tried = null;
    el.result.replaceChildren();
    if (!rulesLoad()) {
      el.summary.textContent = t(l, 'try.norules');
      return;
    }
    let input;
    try {
      input = JSON.parse(el.caseText.value);
    } catch (e) {
      el.summary.textContent = t(l, 'try.bad', e.message);
      return;
    }
    try {
      const f = fragment();
      tried = { input, result: JSON.parse(sw.planRules([f], input)) };
    } catch (e) {
      el.summary.textContent = t(l, 'try.bad', e.message);
      return;
    }
    show();
    el.save.hidden = false;
  }
  function askToSave() {
    if (!tried) return;
    const f = fragment();
    const ids = fragmentSchemes(f.text).map((s) => s.id);
    const fund = f.name.replace(/\.json$/, '');
    el.saveFile.value = suggestedFile(tried.result, ids, fund);
    const first = ids.length ? tried.result.schemes.find((s) => s.id === ids[0]) : null;
    el.saveName.value = `${ids[0] || fund}: ${first ? first.status : 'absent'} (${tried.input.course && tried.input.course.start_date})`;
    el.saveMessage.textContent = '';
    el.confirm.hidden = false;
    el.saveYes.focus();
  }
  function save() {
    const l = lang();
    const file = el.saveFile.value.trim();
    if (!isTestFile(file)) { el.saveMessage.textContent = t(l, 'save.badfile'); return; }
    if (hasTest(file)) { el.saveMessage.textContent = t(l, 'save.exists', file); return; }
    const ids = fragmentSchemes(fragment().text).map((s) => s.id);
    const scenario = scenarioFromResult(el.saveName.value.trim() || file, tried.input, tried.result, ids);
    addTest({ name: file, text: JSON.stringify(scenario, null, 2) + '\n' });
    el.confirm.hidden = true;
    el.summary.textContent = t(l, 'save.done', file);
  }
  el.run.addEventListener('click', run);
  el.save.addEventListener('click', askToSave);
  el.saveYes.addEventListener('click', save);
  el.saveNo.addEventListener('click', () => { el.confirm.hidden = true; el.save.focus(); });
  return { redraw: show };
}
