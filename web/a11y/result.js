// result.js: a result of the JSON contract as plain HTML: who pays what (a table), loans and tax
// deductions apart, the questions that still matter (links to their fields), every scheme grouped
// by status with its reasons and, collapsed, all its conditions, and notes. Also the one short
// sentence for the live region.
import { t, euro } from './strings.js';
import { fieldId } from './fields.js';

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// The name of a field as a question, for costs the component's name.
export function fieldLabel(lang, path) {
  if (path.startsWith('course.costs.')) return t(lang, `c:${path.slice('course.costs.'.length)}`);
  return t(lang, `q:${path}`);
}

// The short sentence the live region reads out after every change.
export function summarySentence(lang, result) {
  const plan = result.plan;
  if (plan.total_cost_cents === 0) return t(lang, 'summary.nocost');
  const count = (status) => result.schemes.filter((s) => s.status === status).length;
  return t(lang, 'summary', euro(lang, plan.own_payment_cents), euro(lang, plan.total_cost_cents),
           count('eligible'), count('possible'));
}

function schemeName(lang, catalogue, id) {
  const s = catalogue.get(id);
  return s ? s[`name_${lang}`] || s.name_nl : id;
}

// One table of plan entries: a row per scheme and cost component, the scheme as row header. The
// roles are written out because on a phone style.css shows each row as a block (a "card"), and a
// table whose display was changed by CSS loses its semantics in some browsers unless they are set.
function entriesTable(lang, catalogue, captionKey, entries, className) {
  const columns = ['col.scheme', 'col.component', 'col.amount', 'col.applicant'].map((k) => t(lang, k));
  const table = el('table', { class: `entries ${className}`, role: 'table' });
  table.append(el('caption', {}, t(lang, captionKey)));
  const head = el('tr', { role: 'row' });
  columns.forEach((c, i) => head.append(el('th', { scope: 'col', role: 'columnheader', class: i === 2 ? 'amount' : null }, c)));
  table.append(el('thead', { role: 'rowgroup' }, head));
  const body = el('tbody', { role: 'rowgroup' });
  for (const entry of entries) {
    const parts = entry.components && Object.keys(entry.components).length
      ? Object.entries(entry.components).map(([comp, cents]) => [t(lang, `c:${comp}`), cents])
      : [[t(lang, 'component.all'), entry.amount_cents]];
    for (const [label, cents] of parts) {
      body.append(el('tr', { role: 'row' },
                     el('th', { scope: 'row', role: 'rowheader' }, schemeName(lang, catalogue, entry.scheme)),
                     el('td', { role: 'cell', 'data-label': columns[1] }, label),
                     el('td', { role: 'cell', 'data-label': columns[2], class: 'amount' }, euro(lang, cents)),
                     el('td', { role: 'cell', 'data-label': columns[3] }, t(lang, `a:${entry.applicant}`))));
    }
  }
  table.append(body);
  return table;
}

function planSection(lang, catalogue, plan) {
  const section = el('section', { 'aria-labelledby': 'r-plan' }, el('h3', { id: 'r-plan' }, t(lang, 'plan.heading')));
  if (plan.contributions.length === 0) section.append(el('p', {}, t(lang, 'plan.none')));
  else section.append(entriesTable(lang, catalogue, 'plan.caption', plan.contributions, 'plan'));
  const paid = plan.total_cost_cents - plan.own_payment_cents;
  const totals = el('dl', { class: 'totals' });
  for (const [key, cents] of [['row.total', plan.total_cost_cents], ['row.paid', paid], ['row.own', plan.own_payment_cents]]) {
    totals.append(el('div', { class: key === 'row.own' ? 'own' : null },
                     el('dt', {}, t(lang, key)), el('dd', { class: 'amount', id: key === 'row.own' ? 'own-payment' : null },
                                                    euro(lang, cents))));
  }
  section.append(totals);
  return section;
}

// Loans and deductions never lower the own payment: shown apart, with that said in words.
function loansSection(lang, catalogue, plan) {
  if (plan.loans.length === 0 && plan.deductions.length === 0) return null;
  const section = el('section', { 'aria-labelledby': 'r-loans' }, el('h3', { id: 'r-loans' }, t(lang, 'loans.heading')));
  if (plan.loans.length) {
    section.append(entriesTable(lang, catalogue, 'loans.caption', plan.loans, 'loans'), el('p', {}, t(lang, 'loans.text')));
  }
  if (plan.deductions.length) {
    section.append(entriesTable(lang, catalogue, 'deductions.caption', plan.deductions, 'deductions'),
                   el('p', {}, t(lang, 'deductions.text')));
  }
  return section;
}

function questionsSection(lang, result, onQuestion) {
  const section = el('section', { 'aria-labelledby': 'r-questions' },
                     el('h3', { id: 'r-questions' }, t(lang, 'questions.heading')));
  if (result.questions.length === 0) {
    section.append(el('p', {}, t(lang, 'questions.none')));
    return section;
  }
  section.append(el('p', {}, t(lang, 'questions.intro')));
  const list = el('ul', { class: 'questions' });
  for (const q of result.questions) {
    const stake = q.at_stake_cents > 0 ? t(lang, 'question.stake', euro(lang, q.at_stake_cents)) : t(lang, 'question.nostake');
    const item = el('li', { 'data-fact': q.fact });
    if (document.getElementById(fieldId(q.fact))) {
      const a = el('a', { href: `#${fieldId(q.fact)}`, class: 'question-link' }, fieldLabel(lang, q.fact));
      a.addEventListener('click', (e) => { e.preventDefault(); onQuestion(q.fact); });
      item.append(a, ' ', el('span', {}, stake));
    } else {
      item.append(el('span', {}, fieldLabel(lang, q.fact)), ' ', el('span', {}, `${stake} ${t(lang, 'question.nofield')}`));
    }
    list.append(item);
  }
  section.append(list);
  return section;
}

// "Alle voorwaarden" / "All conditions" under a scheme: every condition of its rule (the
// JavaScript API's trace(), as `stapelwijzer explain`) as a nested list, each with its outcome in
// words (voldaan / niet voldaan / onbekend), not by colour or symbol alone. Collapsed at first; the
// trace is computed when the adviser opens it, once per result. The trace's lines (pre-order, each
// with its depth) become nested <ul>: a group's children are a list inside the group's item.
function conditionList(lang, conditions) {
  const top = el('ul', { class: 'conditions' });
  const lists = [top];
  const items = [];
  for (const line of conditions) {
    lists.length = Math.min(lists.length, line.depth + 1);
    if (lists.length < line.depth + 1) {
      const nested = el('ul', {});
      items[line.depth - 1].append(nested);
      lists.push(nested);
    }
    const item = el('li', { 'data-outcome': line.outcome, 'data-kind': line.kind, 'data-fact': line.fact },
                    el('span', { class: `outcome outcome-${line.outcome}` }, t(lang, `o:${line.outcome}`)), ': ',
                    el('span', { class: 'condition-text' }, line.text[lang] || line.text.nl));
    lists[line.depth].append(item);
    items[line.depth] = item;
  }
  return top;
}

// The collapsed <details> for one scheme. trace(schemeId) gives the API's trace object or throws.
function conditionsDetails(lang, schemeId, schemeName, trace) {
  const details = el('details', { class: 'conditions', 'data-scheme-conditions': schemeId },
                     el('summary', {}, t(lang, 'conditions.summary'), ' ',
                        el('span', { class: 'visually-hidden' }, t(lang, 'conditions.of', schemeName))));
  let filled = false;
  details.addEventListener('toggle', () => {
    if (!details.open || filled) return;
    filled = true;
    try {
      const { conditions } = trace(schemeId);
      details.append(el('p', { class: 'conditions-intro' }, t(lang, 'conditions.intro')), conditionList(lang, conditions));
    } catch (e) {
      details.append(el('p', {}, t(lang, 'conditions.failed')));
      console.error(e);
    }
  });
  return details;
}

function schemesSection(lang, catalogue, result, trace) {
  const section = el('section', { 'aria-labelledby': 'r-schemes' }, el('h3', { id: 'r-schemes' }, t(lang, 'schemes.heading')));
  for (const status of ['eligible', 'possible', 'ineligible']) {
    const schemes = result.schemes.filter((s) => s.status === status);
    const id = `r-group-${status}`;
    const group = el('section', { class: `group-${status}`, 'aria-labelledby': id, 'data-status': status },
                     el('h4', { id }, `${t(lang, `group.${status}`)} ${t(lang, 'count', schemes.length)}`));
    if (schemes.length === 0) group.append(el('p', {}, t(lang, 'group.empty')));
    const list = el('ul', { class: 'schemes' });
    for (const s of schemes) {
      const reasons = el('ul', { class: 'reasons' });
      for (const r of s.reasons) reasons.append(el('li', {}, r[`text_${lang}`] || r.text_nl));
      const info = catalogue.get(s.id);
      const kind = t(lang, `k:${s.kind}`);
      const name = schemeName(lang, catalogue, s.id);
      list.append(el('li', { 'data-scheme': s.id },
                     el('span', { class: 'scheme-name' }, name),
                     ` (${kind}${info && info.provider ? `, ${info.provider}` : ''})`, reasons,
                     trace ? conditionsDetails(lang, s.id, name, trace) : null));
    }
    if (schemes.length) group.append(list);
    section.append(group);
  }
  return section;
}

function notesSection(lang, result) {
  const warnings = (result.rules && result.rules.warnings) || [];
  const parts = [];
  if (warnings.length) {
    const list = el('ul', {});
    for (const w of warnings) list.append(el('li', {}, w[`text_${lang}`] || w.text_nl));
    parts.push(el('section', { 'aria-labelledby': 'r-warnings', class: 'warnings' },
                  el('h3', { id: 'r-warnings' }, t(lang, 'warnings.heading')), list));
  }
  if (result.notes && result.notes.length) {
    const list = el('ul', {});
    for (const n of result.notes) list.append(el('li', {}, n[`text_${lang}`] || n.text_nl));
    parts.push(el('section', { 'aria-labelledby': 'r-notes' }, el('h3', { id: 'r-notes' }, t(lang, 'notes.heading')), list));
  }
  return parts;
}

// Replaces the contents of `body` with the result. catalogue: Map id -> catalogue() scheme entry;
// trace(schemeId): the API's trace of that scheme for the same case (on demand, when opened).
export function renderResult(body, lang, result, catalogue, { onQuestion, usedToday, trace }) {
  const parts = [];
  if (usedToday) parts.push(el('p', { class: 'today' }, t(lang, 'today.used', usedToday)));
  const warnings = notesSection(lang, result);
  if (result.rules && result.rules.warnings && result.rules.warnings.length) parts.push(warnings.shift());
  parts.push(planSection(lang, catalogue, result.plan));
  const loans = loansSection(lang, catalogue, result.plan);
  if (loans) parts.push(loans);
  const best = result.best_case_plan;
  if (best && best.own_payment_cents < result.plan.own_payment_cents) {
    // Which schemes pay in the best case, as the app says it: "€ 0" alone does not tell how.
    const list = best.contributions.map((c) => `${schemeName(lang, catalogue, c.scheme)} (${euro(lang, c.amount_cents)})`);
    parts.push(el('section', { 'aria-labelledby': 'r-best' }, el('h3', { id: 'r-best' }, t(lang, 'best.heading')),
                  el('p', {}, t(lang, 'best.text', euro(lang, best.own_payment_cents))),
                  list.length ? el('p', { id: 'r-best-with' }, t(lang, 'best.with', list.join(', '))) : null));
  }
  parts.push(questionsSection(lang, result, onQuestion));
  if (result.plan.explanation && result.plan.explanation.length) {
    const steps = el('ul', { id: 'r-explanation-list' });
    for (const line of result.plan.explanation) steps.append(el('li', {}, line[lang] || line.nl));
    parts.push(el('section', { 'aria-labelledby': 'r-explanation' },
                  el('h3', { id: 'r-explanation' }, t(lang, 'explanation.heading')), steps));
  }
  parts.push(schemesSection(lang, catalogue, result, trace));
  parts.push(...warnings);
  body.replaceChildren(...parts);
}
