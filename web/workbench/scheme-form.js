// scheme-form.js: the chosen scheme's fields as a form (docs/workbench.md, "A scheme as a form"):
// texts in Dutch and English, period, kind, the amount (formula and cap), covered costs,
// interactions with other schemes, confidence and sources. Like the condition tree, every valid
// change is written into the JSON editor (the whole fragment re-indented) and linted as if typed;
// the JSON stays the one truth. Each change reads the editor's text afresh and changes only its own
// field, so fields the form does not show (terms, a field it does not know) are kept. A value the
// field refuses (form-readers.js) is named under the field and never reaches the JSON.
import { t } from './strings.js';
import { el } from './dom.js';
import { jsonToCents, euroText } from './euro.js';
import { readText, readId, readUrl, readDate, readMoney, readPercentage, readInteger } from './form-readers.js';

const KINDS = ['gift', 'loan', 'deduction', 'service', 'obligation'];
const COVERS = ['tuition', 'exam', 'materials', 'vat', 'travel', 'wage_loss'];
const CONFIDENCE = ['confirmed', 'indicative', 'unconfirmed'];
const PAYS = ['fixed', 'percentage', 'per_hour'];
const FORMULAS = { gift: PAYS, obligation: PAYS, loan: ['loan'], deduction: ['deduction'], service: ['none'] };
const FORMULA_FIELDS = { fixed: ['amount', 'per'], percentage: ['percent', 'base', 'cap'], per_hour: ['rate', 'cap'],
                         loan: ['cap'], deduction: ['threshold', 'cap'], none: [] };
const FLAGS = ['exclusive', 'subsidiary', 'not_if_fully_reimbursed', 'own_costs_only'];
// The scheme fields this form edits; the condition has its tree, the rest stays in the JSON.
const SHOWN = ['id', 'name', 'description', 'provider', 'kind', 'applicant', 'apply_url', 'valid', 'discretionary',
               'confidence', 'condition', 'covers', 'formula', 'priority', 'interactions', 'sources'];

// setupForm: schemeIds() lists the catalogue's schemes ([{id, name}]) for the interactions.
export function setupForm({ lang, editor, container, schemeSelect, newButton, message, schemeIds, today, onEdit }) {
  let index = 0;
  const style = () => lang();  // the page's language says how amounts are typed ("1.250,50" in Dutch)

  // Reads the editor's text afresh, lets fn change the chosen scheme, writes the whole fragment.
  function change(fn, redraw = false) {
    let doc;
    try { doc = JSON.parse(editor.value); } catch (e) { message.textContent = t(lang(), 'tree.nojson'); return; }
    const scheme = doc && Array.isArray(doc.schemes) ? doc.schemes[index] : null;
    if (!scheme || typeof scheme !== 'object') return;
    fn(scheme, doc);
    onEdit(JSON.stringify(doc, null, 2) + '\n');
    if (redraw) render();
  }
  const put = (obj, key, value) => { if (value === null || value === undefined) delete obj[key]; else obj[key] = value; };
  const child = (obj, key) => (obj[key] && typeof obj[key] === 'object' && !Array.isArray(obj[key]) ? obj[key] : (obj[key] = {}));
  // Sets (or, with null, removes) one interaction; an interactions object left empty goes too.
  const interaction = (s, key, value) => {
    put(child(s, 'interactions'), key, value);
    if (!Object.keys(s.interactions).length) delete s.interactions;
  };

  function reason(l, r, typed) {
    if (r.error === 'euro.ambiguous') return t(l, 'form.err.euro.ambiguous', typed, euroText(r.asThousands, l), euroText(r.asDecimals, l));
    if (r.error === 'integer') return t(l, 'form.err.integer', r.min, r.max);
    return t(l, `form.err.${r.error}`, typed);
  }

  // A labelled text field: read() checks what is typed; a valid value goes into the JSON through
  // commit(scheme, value) as it is typed; a refused one is named when the officer leaves the field.
  function field(key, label, value, read, commit, { multiline = false, hint = null } = {}) {
    const l = lang();
    const id = `sf-${key}`;
    const input = el(multiline ? 'textarea' : 'input', { id, autocomplete: 'off', 'aria-describedby': `${id}-msg${hint ? ` ${id}-hint` : ''}` });
    if (!multiline) input.setAttribute('type', 'text');
    input.value = value === null || value === undefined ? '' : String(value);
    const msg = el('p', { id: `${id}-msg`, class: 'message bad', 'aria-live': 'polite' });
    const show = (r) => {
      if (r.error) { input.setAttribute('aria-invalid', 'true'); msg.textContent = `${label}: ${reason(l, r, input.value)}`; }
      else { input.removeAttribute('aria-invalid'); msg.textContent = ''; }
    };
    input.addEventListener('input', () => {
      const r = read(input.value);
      if (!r.error) change((s) => commit(s, r.value));
      if (!r.error || msg.textContent) show(r);
    });
    input.addEventListener('change', () => show(read(input.value)));
    return el('div', { class: 'field' }, el('label', { for: id, text: label }),
              hint ? el('span', { id: `${id}-hint`, class: 'hint', text: hint }) : null, input, msg);
  }

  function choice(key, label, options, value, onChange) {
    const id = `sf-${key}`;
    const s = el('select', { id });
    for (const [v, text] of options) s.append(el('option', { value: v, text }));
    s.value = value;
    s.addEventListener('change', () => onChange(s.value));
    return el('div', { class: 'field' }, el('label', { for: id, text: label }), s);
  }

  function check(key, label, checked, onChange) {
    const id = `sf-${key}`;
    const box = el('input', { type: 'checkbox', id });
    box.checked = Boolean(checked);
    box.addEventListener('change', () => onChange(box.checked));
    return el('div', { class: 'check' }, box, el('label', { for: id, text: label }));
  }

  function button(text, onClick, attrs = {}) {
    const b = el('button', { type: 'button', text, ...attrs });
    b.addEventListener('click', onClick);
    return b;
  }

  const section = (legend, ...children) => el('fieldset', {}, el('legend', { text: legend }), ...children);

  // An amount field: money or a percentage; a parameter or a list of cases is edited in the JSON.
  function amount(key, label, obj, prop, kind, commit) {
    const l = lang();
    const v = obj ? obj[prop] : undefined;
    if (v !== undefined && typeof v !== 'number') {
      return el('div', { class: 'field' }, el('span', { text: `${label}: ` }), el('code', { text: JSON.stringify(v) }), ` ${t(l, 'tree.json')}`);
    }
    const cents = kind === 'money' ? jsonToCents(v) : null;
    const shown = v === undefined ? '' : kind === 'money' && cents !== null ? euroText(cents, l) : String(v).replace('.', l === 'nl' ? ',' : '.');
    const optional = key === 'cap';
    const read = kind === 'money' ? (x) => readMoney(x, style(), { optional }) : (x) => readPercentage(x);
    return field(key, label, shown, read, commit, { hint: t(l, kind === 'money' ? 'form.money.hint' : 'form.percent.hint') });
  }

  function formulaPart(scheme) {
    const l = lang();
    const f = scheme.formula && typeof scheme.formula === 'object' ? scheme.formula : {};
    const types = FORMULAS[scheme.kind] || Object.keys(FORMULA_FIELDS);
    const type = f.type || types[0];
    const parts = [choice('formula-type', t(l, 'form.formula.type'), types.map((x) => [x, t(l, `form.formula.${x}`)]), type, (v) => {
      change((s) => {
        const g = child(s, 'formula');
        for (const k of FORMULA_FIELDS[g.type] || []) if (!FORMULA_FIELDS[v].includes(k)) delete g[k];
        g.type = v;
      }, true);
    })];
    const fields = FORMULA_FIELDS[type] || [];
    const per = (key, obj, onChange) => choice(key, t(l, 'form.per'), ['course', 'year', 'person'].map((x) => [x, t(l, `form.per.${x}`)]),
                                              (obj && obj.per) || 'course', onChange);
    if (fields.includes('amount')) {
      parts.push(amount('amount', t(l, 'form.amount'), f, 'amount', 'money', (s, v) => { child(s, 'formula').amount = v; }));
      parts.push(per('per', f, (v) => change((s) => { child(s, 'formula').per = v; })));
    }
    if (fields.includes('percent')) {
      parts.push(amount('percent', t(l, 'form.percent'), f, 'percent', 'percent', (s, v) => { child(s, 'formula').percent = v; }));
      parts.push(choice('base', t(l, 'form.base'), ['gross', 'residual'].map((x) => [x, t(l, `form.base.${x}`)]), f.base || 'gross',
                        (v) => change((s) => { child(s, 'formula').base = v; })));
    }
    if (fields.includes('rate')) parts.push(amount('rate', t(l, 'form.rate'), f, 'rate', 'money', (s, v) => { child(s, 'formula').rate = v; }));
    if (fields.includes('threshold')) {
      parts.push(amount('threshold', t(l, 'form.threshold'), f, 'threshold', 'money', (s, v) => { child(s, 'formula').threshold = v; }));
    }
    if (fields.includes('cap')) {
      let capPer = (f.cap && f.cap.per) || 'course';
      parts.push(amount('cap', t(l, 'form.cap'), f.cap, 'amount', 'money', (s, v) => {
        const g = child(s, 'formula');
        if (v === null) delete g.cap;
        else g.cap = { ...(g.cap || {}), amount: v, per: (g.cap && g.cap.per) || capPer };
      }));
      parts.push(per('cap-per', f.cap, (v) => { capPer = v; change((s) => { const g = child(s, 'formula'); if (g.cap) g.cap.per = v; }); }));
    }
    return section(t(l, 'form.formula'), ...parts);
  }

  // excludes / requires: the ids listed, each with a remove button, and a list of the others.
  function idList(scheme, key, known) {
    const l = lang();
    const list = scheme.interactions && Array.isArray(scheme.interactions[key]) ? scheme.interactions[key] : [];
    const set = (ids) => change((s) => interaction(s, key, ids.length ? ids : null), true);
    const items = list.map((id) => el('li', {}, el('code', { text: id }), ' ',
      button(t(l, 'tree.remove'), () => set(list.filter((x) => x !== id)), { 'aria-label': t(l, 'form.ids.remove', id) })));
    const others = known.filter((s) => s.id !== scheme.id && !list.includes(s.id));
    const pick = el('select', { id: `sf-${key}-add` }, ...others.map((s) => el('option', { value: s.id, text: `${s.id} (${s.name})` })));
    return el('fieldset', { class: 'ids' }, el('legend', { text: t(l, `form.${key}`) }),
      items.length ? el('ul', {}, ...items) : el('p', { text: t(l, 'form.ids.none') }),
      el('div', { class: 'field inline' }, el('label', { for: pick.id, text: t(l, 'form.ids.pick') }), pick,
         button(t(l, 'form.ids.add'), () => { if (pick.value) set(list.concat([pick.value])); })));
  }

  function sourcePart(source, i, count) {
    const l = lang();
    const s = source && typeof source === 'object' ? source : {};
    const set = (key, v) => (x) => { put(x.sources[i], key, v); };
    return el('fieldset', { class: 'source' }, el('legend', { text: t(l, 'form.source', i + 1) }),
      field(`source-${i}-url`, t(l, 'form.source.url'), s.url, (x) => readUrl(x, { httpToo: true }), (x, v) => set('url', v)(x)),
      field(`source-${i}-title`, t(l, 'form.source.title'), s.title, readText, (x, v) => set('title', v)(x)),
      field(`source-${i}-checked`, t(l, 'form.source.checked'), s.checked, (x) => readDate(x), (x, v) => set('checked', v)(x),
            { hint: t(l, 'form.date.hint') }),
      field(`source-${i}-year`, t(l, 'form.source.year'), s.page_year, (x) => readInteger(x, 1900, 2200, { optional: true }),
            (x, v) => set('page_year', v)(x)),
      choice(`source-${i}-scope`, t(l, 'form.source.scope'), ['values', 'period'].map((x) => [x, t(l, `form.scope.${x}`)]), s.scope || 'values',
             (v) => change((x) => { put(x.sources[i], 'scope', v === 'values' ? null : v); })),
      count > 1 ? button(t(l, 'form.source.remove', i + 1), () => change((x) => { x.sources.splice(i, 1); }, true)) : null);
  }

  function form(scheme) {
    const l = lang();
    const text = (key) => (scheme[key] && typeof scheme[key] === 'object' ? scheme[key] : {});
    const valid = text('valid');
    const inter = text('interactions');
    const known = schemeIds();
    const sources = Array.isArray(scheme.sources) ? scheme.sources : [];
    const covers = Array.isArray(scheme.covers) ? scheme.covers : [];
    const rest = Object.keys(scheme).filter((k) => !SHOWN.includes(k));
    return [
      section(t(l, 'form.scheme.part'),
        field('id', t(l, 'form.id'), scheme.id, readId, (s, v) => { s.id = v; schemeSelect.options[index].textContent = `${index}: ${v}`; }),
        field('provider', t(l, 'form.provider'), scheme.provider, readText, (s, v) => { s.provider = v; }),
        choice('kind', t(l, 'form.kind'), KINDS.map((k) => [k, t(l, `form.kind.${k}`)]), scheme.kind, (v) => change((s) => {
          s.kind = v;
          const g = child(s, 'formula');
          if (!FORMULAS[v].includes(g.type)) {
            for (const k of FORMULA_FIELDS[g.type] || []) if (!FORMULA_FIELDS[FORMULAS[v][0]].includes(k)) delete g[k];
            g.type = FORMULAS[v][0];
          }
        }, true)),
        choice('applicant', t(l, 'form.applicant'), ['person', 'employer'].map((k) => [k, t(l, `form.applicant.${k}`)]), scheme.applicant,
               (v) => change((s) => { s.applicant = v; })),
        field('apply-url', t(l, 'form.apply_url'), scheme.apply_url, (x) => readUrl(x), (s, v) => { s.apply_url = v; }),
        field('priority', t(l, 'form.priority'), scheme.priority, (x) => readInteger(x, -1000000, 1000000), (s, v) => { s.priority = v; },
              { hint: t(l, 'form.priority.hint') }),
        check('discretionary', t(l, 'form.discretionary'), scheme.discretionary, (v) => change((s) => { s.discretionary = v; }))),
      section(t(l, 'form.texts'),
        ...['nl', 'en'].map((lg) => field(`name-${lg}`, t(l, `form.name.${lg}`), text('name')[lg], readText,
                                          (s, v) => { child(s, 'name')[lg] = v; })),
        ...['nl', 'en'].map((lg) => field(`description-${lg}`, t(l, `form.description.${lg}`), text('description')[lg], readText,
                                          (s, v) => { child(s, 'description')[lg] = v; }, { multiline: true }))),
      section(t(l, 'form.period'),
        field('valid-from', t(l, 'form.valid.from'), valid.from, (x) => readDate(x), (s, v) => { child(s, 'valid').from = v; },
              { hint: t(l, 'form.date.hint') }),
        field('valid-to', t(l, 'form.valid.to'), valid.to, (x) => readDate(x, { open: true }), (s, v) => { child(s, 'valid').to = v; },
              { hint: t(l, 'form.valid.to.hint') })),
      formulaPart(scheme),
      section(t(l, 'form.covers'), ...COVERS.map((c) => check(`covers-${c}`, t(l, `form.covers.${c}`), covers.includes(c), (on) => change((s) => {
        const now = Array.isArray(s.covers) ? s.covers : [];
        const want = new Set(now.concat(on ? [c] : []).filter((x) => x !== c || on));
        s.covers = COVERS.filter((x) => want.has(x)).concat(now.filter((x) => !COVERS.includes(x)));
      })))),
      section(t(l, 'form.interactions'),
        idList(scheme, 'excludes', known), idList(scheme, 'requires', known),
        ...FLAGS.map((k) => check(`flag-${k}`, t(l, `form.flag.${k}`), inter[k], (on) => change((s) => interaction(s, k, on ? true : null)))),
        field('cofinancing', t(l, 'form.cofinancing'), inter.requires_cofinancing, (x) => readPercentage(x, { aboveZero: true, optional: true }),
              (s, v) => interaction(s, 'requires_cofinancing', v))),
      section(t(l, 'form.sources'),
        choice('confidence', t(l, 'form.confidence'), CONFIDENCE.map((k) => [k, t(l, `form.confidence.${k}`)]), scheme.confidence,
               (v) => change((s) => { s.confidence = v; })),
        ...sources.map((s, i) => sourcePart(s, i, sources.length)),
        button(t(l, 'form.source.add'), () => change((s) => {
          s.sources = (Array.isArray(s.sources) ? s.sources : []).concat([{ url: '', title: '', checked: today }]);
        }, true))),
      el('p', { class: 'hint', id: 'form-rest', text: rest.length ? t(l, 'form.rest', rest.join(', ')) : t(l, 'form.rest.none') }),
    ];
  }

  // A new scheme with the fields the format requires, empty where the officer must write them:
  // lint names each until it is filled in.
  function newScheme(doc) {
    const fund = typeof doc.fragment === 'string' && doc.fragment ? doc.fragment : 'fonds';
    const ids = new Set((doc.schemes || []).map((s) => s && s.id));
    let id = `${fund}-nieuwe-regeling`;
    for (let n = 2; ids.has(id); ++n) id = `${fund}-nieuwe-regeling-${n}`;
    return { id, name: { nl: '', en: '' }, description: { nl: '', en: '' }, provider: '', kind: 'gift', applicant: 'person',
             apply_url: '', valid: { from: today, to: null }, confidence: 'indicative', covers: ['tuition'],
             formula: { type: 'fixed', per: 'course' }, priority: 100, sources: [{ url: '', title: '', checked: today }] };
  }

  function render() {
    const l = lang();
    let doc = null;
    try { doc = JSON.parse(editor.value); } catch (e) { doc = null; }
    const schemes = doc && Array.isArray(doc.schemes) ? doc.schemes : [];
    schemeSelect.replaceChildren(...schemes.map((s, i) => el('option', { value: String(i), text: `${i}: ${(s && s.id) || '?'}` })));
    newButton.disabled = !doc;
    message.textContent = '';
    if (!schemes.length || !schemes[Math.min(index, schemes.length - 1)] || typeof schemes[Math.min(index, schemes.length - 1)] !== 'object') {
      container.replaceChildren(el('p', { text: t(l, doc ? 'tree.none' : 'tree.nojson') }));
      return;
    }
    index = Math.min(index, schemes.length - 1);
    schemeSelect.value = String(index);
    container.replaceChildren(...form(schemes[index]));
  }

  schemeSelect.addEventListener('change', () => { index = Number(schemeSelect.value); render(); });
  newButton.addEventListener('click', () => {
    let doc;
    try { doc = JSON.parse(editor.value); } catch (e) { message.textContent = t(lang(), 'tree.nojson'); return; }
    if (!Array.isArray(doc.schemes)) doc.schemes = [];
    doc.schemes.push(newScheme(doc));
    index = doc.schemes.length - 1;
    onEdit(JSON.stringify(doc, null, 2) + '\n');
    render();
    message.textContent = t(lang(), 'form.added', doc.schemes[index].id);
    document.getElementById('sf-name-nl').focus();
  });
  return { render, select: (i) => { index = i; } };
}
