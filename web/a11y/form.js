// form.js: builds the form of the accessible page from fields.js with native controls only (text
// inputs, radio buttons, check boxes, <select>), each with a real <label> or a <fieldset>/<legend>,
// reads what it holds, and shows an error next to a field (aria-invalid + aria-describedby).
// Texts are set through data-s keys (strings.js), so switching language keeps every answer.
import { COMPONENTS, COURSE_FIELDS, PERSON_FIELDS, ALL_FIELDS, fieldId, hintId, errorId } from './fields.js';
import { t } from './strings.js';

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 's') e.dataset.s = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

// A text box with its label, optional hint and an (empty, hidden) error line.
function textField(path, kind, hintKey, autocomplete) {
  const id = fieldId(path);
  const inputmode = { money: 'decimal', number: 'decimal', int: 'numeric', date: 'numeric' }[kind];
  const input = el('input', { type: 'text', id, name: path, inputmode, autocomplete: autocomplete || 'off',
                              spellcheck: 'false', 'data-kind': kind, 'aria-describedby': hintKey ? hintId(path) : null });
  const wrap = el('div', { class: `field field-${kind}` },
                  el('label', { for: id, s: kind === 'money' ? `c:${path.split('.').pop()}` : `q:${path}` }),
                  hintKey ? el('p', { class: 'hint', id: hintId(path), s: hintKey }) : null,
                  el('p', { class: 'error', id: errorId(path), hidden: true }),
                  input);
  return wrap;
}

// A group of radio buttons (one answer, "Weet ik niet" first and chosen).
function radioGroup(path, options) {
  const id = fieldId(path);
  const fs = el('fieldset', { class: 'group', id, 'data-path': path });
  fs.append(el('legend', { s: `q:${path}` }));
  fs.append(el('p', { class: 'error', id: errorId(path), hidden: true }));
  for (const [value, key] of options) {
    const rid = `${id}-${value || 'unknown'}`;
    const input = el('input', { type: 'radio', id: rid, name: path, value, checked: value === '' });
    fs.append(el('div', { class: 'choice' }, input, el('label', { for: rid, s: key })));
  }
  return fs;
}

function checkGroup(path, values) {
  const id = fieldId(path);
  const fs = el('fieldset', { class: 'group', id, 'data-path': path, 'aria-describedby': hintId(path) });
  fs.append(el('legend', { s: `q:${path}` }));
  fs.append(el('p', { class: 'hint', id: hintId(path), s: `h:${path}` }));
  fs.append(el('p', { class: 'error', id: errorId(path), hidden: true }));
  for (const value of [...values, 'none']) {
    const cid = `${id}-${value}`;
    const input = el('input', { type: 'checkbox', id: cid, name: path, value });
    const key = value === 'none' ? 'none.of.these' : `v:${path}:${value}`;
    fs.append(el('div', { class: 'choice' }, input, el('label', { for: cid, s: key })));
  }
  return fs;
}

function selectField(path, values, valueKey) {
  const id = fieldId(path);
  const select = el('select', { id, name: path });
  select.append(el('option', { value: '', s: 'unknown' }));
  for (const v of values) {
    const o = el('option', { value: v });
    if (valueKey) { o.dataset.s = valueKey; o.dataset.arg = v; } else o.dataset.s = `v:${path}:${v}`;
    select.append(o);
  }
  return el('div', { class: 'field field-select' },
            el('label', { for: id, s: `q:${path}` }),
            el('p', { class: 'error', id: errorId(path), hidden: true }),
            select);
}

function fieldFor(f) {
  switch (f.kind) {
    case 'radio':
      return radioGroup(f.path, [['', 'unknown'], ...f.values.map((v) => [v, `v:${f.path}:${v}`])]);
    case 'bool':
      return radioGroup(f.path, [['', 'unknown'], ['true', 'yes'], ['false', 'no']]);
    case 'checks':
      return checkGroup(f.path, f.values);
    case 'select':
      return selectField(f.path, f.values, f.valueKey);
    default:
      return textField(f.path, f.kind, hasHint(f.path) ? `h:${f.path}` : null, f.autocomplete);
  }
}

const HINTS = new Set(['course.start_date', 'course.hours', 'person.age', 'person.municipality',
                       'person.years_of_service', 'person.hours_per_week', 'person.employer_size']);
function hasHint(path) { return HINTS.has(path); }

// Fills <form> with both sections and the submit button.
export function buildForm(form) {
  const course = el('section', { class: 'part', id: 'part-course', 'aria-labelledby': 'h-course' },
                    el('h3', { id: 'h-course', s: 'course.heading' }));
  const costs = el('fieldset', { class: 'group costs', id: fieldId('course.costs'), 'aria-describedby': 'costs-hint' },
                   el('legend', { s: 'costs.legend' }), el('p', { class: 'hint', id: 'costs-hint', s: 'costs.hint' }));
  for (const c of COMPONENTS) costs.append(textField(`course.costs.${c}`, 'money', null, 'off'));
  course.append(costs);
  for (const f of COURSE_FIELDS) course.append(fieldFor(f));
  const person = el('section', { class: 'part', 'aria-labelledby': 'h-person' },
                    el('h3', { id: 'h-person', s: 'person.heading' }));
  for (const f of PERSON_FIELDS) person.append(fieldFor(f));
  form.append(course, person, el('button', { type: 'submit', id: 'submit-answers', class: 'submit', s: 'submit' }));
}

// The sectors of the rules in use, named in both languages by the catalogue itself.
export function addSectors(sectors) {
  const select = document.getElementById(fieldId('person.sector'));
  for (const s of sectors) {
    const o = el('option', { value: s.code });
    o.dataset.nl = s.name_nl;
    o.dataset.en = s.name_en;
    select.append(o);
  }
}

// Sets every text of the page for a language: data-s keys (with data-arg for a function entry),
// and data-nl / data-en pairs that come from the catalogue.
export function applyStrings(root, lang) {
  for (const e of root.querySelectorAll('[data-s]')) {
    e.textContent = e.dataset.arg === undefined ? t(lang, e.dataset.s) : t(lang, e.dataset.s, e.dataset.arg);
  }
  for (const e of root.querySelectorAll('[data-nl]')) e.textContent = e.dataset[lang];
}

// path -> what the form holds (see case.js buildCase). A field the form does not hold is left out
// (the employer section's form holds the course part only).
export function readForm(form) {
  const values = {};
  const value = (name) => (form.elements[name] ? form.elements[name].value : undefined);
  for (const c of COMPONENTS) values[`course.costs.${c}`] = value(`course.costs.${c}`);
  for (const f of ALL_FIELDS) {
    if (f.kind === 'checks') {
      const boxes = [...form.querySelectorAll(`input[name="${f.path}"]`)];
      const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
      values[f.path] = ticked.length === 0 ? null : ticked.filter((v) => v !== 'none');
    } else if (f.kind === 'radio' || f.kind === 'bool') {
      const on = form.querySelector(`input[name="${f.path}"]:checked`);
      values[f.path] = on ? on.value : '';
    } else {
      values[f.path] = value(f.path);
    }
  }
  return values;
}

// "None of these" and a quality mark exclude each other: ticking one clears the other(s).
export function keepQualityConsistent(form, changed) {
  if (!changed || changed.name !== 'course.quality' || !changed.checked) return;
  for (const b of form.querySelectorAll('input[name="course.quality"]')) {
    if (b === changed) continue;
    if (changed.value === 'none' || b.value === 'none') b.checked = false;
  }
}

// The control that gets focus for a field: the input, or a group's chosen (else first) option.
export function focusTarget(path) {
  const node = document.getElementById(fieldId(path));
  if (!node) return null;
  if (node.tagName !== 'FIELDSET') return node;
  return node.querySelector('input:checked') || node.querySelector('input');
}

// The element that carries aria-invalid for a field: a text box or select, or a whole group.
function invalidTarget(path) { return document.getElementById(fieldId(path)); }

// Marks a field as wrong with a message (text or nodes) next to it; clearErrors() undoes every mark.
export function showFieldError(path, ...message) {
  const target = invalidTarget(path);
  const line = document.getElementById(errorId(path));
  if (!target || !line) return false;
  line.replaceChildren(...message);
  line.hidden = false;
  // aria-invalid belongs on a control, not on a group (<fieldset>): a group gets the message only.
  if (target.tagName !== 'FIELDSET') target.setAttribute('aria-invalid', 'true');
  const ids = (target.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!ids.includes(line.id)) target.setAttribute('aria-describedby', [line.id, ...ids].join(' '));
  target.closest('.field, fieldset')?.classList.add('has-error');
  return true;
}

export function clearErrors(form) {
  for (const line of form.querySelectorAll('.error')) {
    line.textContent = '';
    line.hidden = true;
  }
  for (const e of form.querySelectorAll('[aria-describedby]')) {
    e.removeAttribute('aria-invalid');
    const ids = (e.getAttribute('aria-describedby') || '').split(' ').filter((i) => i && !i.endsWith('-error'));
    if (ids.length) e.setAttribute('aria-describedby', ids.join(' '));
    else e.removeAttribute('aria-describedby');
  }
  for (const e of form.querySelectorAll('.has-error')) e.classList.remove('has-error');
}
