// tests-view.js: "Draai de tests": the fund's own tests, or every test of the catalogue with the
// fund's tests in place, against the edited rules (testRules, as `stapelwijzer test --fragments`);
// for the whole catalogue also diffRules (as `stapelwijzer diff --unsigned --tests`), listing the
// tests of OTHER funds whose outcome the change alters, and the changed definitions as the text of
// `stapelwijzer diff` (diffRulesText).
import { t } from './strings.js';
import { euro } from '../a11y/strings.js';
import { reasonElement } from './reasons-nl.js';

function item(className, ...parts) {
  const li = document.createElement('li');
  li.className = className;
  li.append(...parts);
  return li;
}

function resultItem(lang, r) {
  const li = item(r.passed ? 'pass' : 'fail', `${t(lang, r.passed ? 'tests.pass' : 'tests.fail')} ${r.name} (${r.file})`);
  if (r.problems.length) {
    const ul = document.createElement('ul');
    for (const p of r.problems) {
      const sub = reasonElement(lang, p, 'li');
      sub.className = 'problem';
      ul.append(sub);
    }
    li.append(ul);
  }
  return li;
}

// What changed in one other fund's test: its own payment and the schemes whose status moved.
function outcomeItem(lang, o) {
  const parts = [];
  if (o.old.own_payment_cents !== o.new.own_payment_cents)
    parts.push(t(lang, 'others.own', euro(lang, o.old.own_payment_cents), euro(lang, o.new.own_payment_cents)));
  for (const [id, s] of Object.entries(o.new.statuses || {}))
    if ((o.old.statuses || {})[id] !== s) parts.push(t(lang, 'others.status', id, (o.old.statuses || {})[id] || 'absent', s));
  const li = item('changed', t(lang, 'others.line', o.file, o.fund || '?'));
  li.dataset.fund = o.fund;
  if (parts.length) li.append(`: ${parts.join('; ')}`);
  return li;
}

// A new scheme that merely shows up as not applicable ("absent" -> "ineligible") changes no
// outcome a person sees: such tests are counted, not listed (diffRules lists them all, as the CLI).
function material(o) {
  const a = o.old;
  const b = o.new;
  if ((a.refused || '') !== (b.refused || '') || a.own_payment_cents !== b.own_payment_cents ||
      a.total_cost_cents !== b.total_cost_cents || a.best_case_own_payment_cents !== b.best_case_own_payment_cents ||
      JSON.stringify(a.payments_cents || {}) !== JSON.stringify(b.payments_cents || {})) return true;
  const ids = new Set([...Object.keys(a.statuses || {}), ...Object.keys(b.statuses || {})]);
  for (const id of ids) {
    const x = (a.statuses || {})[id] || 'absent';
    const y = (b.statuses || {})[id] || 'absent';
    if (x !== y && !(x === 'absent' && y === 'ineligible')) return true;
  }
  return false;
}

// Lets the page paint (and take input) between two chunks of work.
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// The whole catalogue has some 750 tests: run at once they froze the page for seconds. They run in
// chunks, the page painting its progress between two; each chunk loads the rules again (tens of
// milliseconds), which is the price of a page that stays responsive without a worker.
const CHUNK = 40;
async function inChunks(tests, call, progress) {
  const parts = [];
  for (let i = 0; i === 0 || i < tests.length; i += CHUNK) {
    parts.push(call(tests.slice(i, i + CHUNK)));
    if (parts.at(-1).errors) return parts;  // the rules do not load: every chunk would say so
    progress(Math.min(i + CHUNK, tests.length), tests.length);
    await nextPaint();
  }
  return parts;
}

// One report of testRules from its chunks (the shape of a single call).
function joinReports(parts) {
  if (parts.at(-1).errors) return parts.at(-1);
  return { code: Math.max(...parts.map((p) => p.code)), results: parts.flatMap((p) => p.results),
           passed: parts.reduce((n, p) => n + p.passed, 0), failed: parts.reduce((n, p) => n + p.failed, 0) };
}

// One diffRules report from its chunks: the definitions' changes are the same in each.
function joinDiffs(parts) {
  const d = { ...parts[0] };
  d.code = Math.max(...parts.map((p) => p.code));
  d.different = parts.some((p) => p.different);
  if ('tests_run' in d) d.tests_run = parts.reduce((n, p) => n + (p.tests_run || 0), 0);
  d.outcomes = parts.flatMap((p) => p.outcomes || []);
  return d;
}

export function setupTests({ sw, lang, el, fragment, ownTests, catalogueTests }) {
  let last = null;  // { all, report, diff }
  function render() {
    if (!last) return;
    const l = lang();
    const { all, report, diff } = last;
    if (report.errors) {
      el.summary.textContent = t(l, 'tests.norules');
      el.results.replaceChildren();
      el.others.hidden = true;
      return;
    }
    el.summary.textContent = all ? t(l, 'tests.all.result', report.passed, report.failed, report.results.length)
      : t(l, 'tests.result', report.passed, report.failed);
    // The whole catalogue: only the failures (the passes are hundreds); own tests: every line.
    el.results.replaceChildren(...report.results.filter((r) => !all || !r.passed).map((r) => resultItem(l, r)));
    el.others.hidden = !diff;
    el.diffDetails.hidden = !diff;
    if (!diff) return;
    el.diffText.textContent = last.diffText[l];
    const file = fragment().name;
    const notOwn = diff.outcomes.filter((o) => o.fragment !== file);
    const others = notOwn.filter(material);
    const own = diff.outcomes.length - notOwn.length;
    const quiet = notOwn.length - others.length;
    el.othersList.replaceChildren(...(others.length ? others.map((o) => outcomeItem(l, o)) : [item('none', t(l, 'others.none'))]),
                                  ...(quiet ? [item('quiet', t(l, 'others.quiet', quiet))] : []),
                                  ...(own ? [item('own', t(l, 'own.changes', own))] : []));
    el.othersTell.hidden = others.length === 0;
  }
  let running = false;
  async function run(all) {
    if (running) return;  // a second click while the tests run waits for nothing: one run at a time
    running = true;
    try {
      await runOnce(all);
    } finally {
      running = false;
    }
  }
  async function runOnce(all) {
    const root = document.documentElement;
    root.dataset.swTests = 'running';
    el.summary.textContent = t(lang(), 'tests.busy');
    el.results.replaceChildren();
    el.others.hidden = true;
    el.diffDetails.hidden = true;
    await nextPaint();
    const f = fragment();
    const mine = ownTests();
    let tests = mine;
    if (all) {
      const names = new Set(mine.map((x) => x.name));
      tests = catalogueTests().filter((x) => !names.has(x.name)).concat(mine);
    }
    const show = (key) => (done, total) => { el.summary.textContent = t(lang(), key, done, total); };
    const report = joinReports(await inChunks(tests, (chunk) => sw.testRules([f], chunk), show('tests.progress')));
    let diff = null;
    let diffText = null;
    if (all && !report.errors) {
      diff = joinDiffs(await inChunks(tests, (chunk) => sw.diffRules([f], chunk), show('tests.diffing')));
      diffText = { nl: sw.diffRulesText([f], [], 'nl'), en: sw.diffRulesText([f], [], 'en') };
    }
    last = { all, report, diff, diffText };
    render();
    root.dataset.swTests = report.errors ? 'norules' : 'done';
  }
  el.runMine.addEventListener('click', () => run(false));
  el.runAll.addEventListener('click', () => run(true));
  return { redraw: render };
}
