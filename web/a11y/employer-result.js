// employer-result.js: the employer section's result as plain HTML (employer.js computes it): the
// totals per payer, a table per scheme, the applications the employer must make with their
// deadlines and for whom, the rows with an error (row, line and column named), and the table per
// person with a filter box and sort buttons in the column headers (aria-sort on the sorted one).
import { t, euro } from './strings.js';
import { totals, applications, searchText, order } from './employer-table.js';

// At most this many rows are drawn in a table: drawing is what takes long in a big list (1,000
// rows with their scheme lists took 2 s of layout at load 7, docs/benchmarks.md); the filter and
// the sort reach every row, and the download has them all.
export const TABLE_LIMIT = 200;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// A small table that becomes one block per row on a phone (style.css `table.entries`, as the
// person result's plan table): the roles are written out because a table whose display CSS
// changes loses its semantics in some browsers; each cell carries its column's name.
function table(captionText, columns, className) {
  const tbl = el('table', { class: `entries ${className}`, role: 'table' });
  tbl.append(el('caption', {}, captionText));
  const head = el('tr', { role: 'row' });
  columns.forEach(([text, amount]) => head.append(el('th', { scope: 'col', role: 'columnheader', class: amount ? 'amount' : null }, text)));
  tbl.append(el('thead', { role: 'rowgroup' }, head), el('tbody', { role: 'rowgroup' }));
  return tbl;
}

// One body row of such a table: a row header, then cells with their column's name.
function entryRow(attrs, columns, rowHeader, cells) {
  const tr = el('tr', { role: 'row', ...attrs }, el('th', { scope: 'row', role: 'rowheader' }, rowHeader));
  cells.forEach((c, i) => tr.append(el('td', { role: 'cell', 'data-label': columns[i + 1][0], class: columns[i + 1][1] ? 'amount' : null }, c)));
  return tr;
}

function totalsSection(lang, tot) {
  const dl = el('dl', { class: 'totals', id: 'staff-totals' });
  const items = [['emp.total.rows', String(tot.ok), 'rows'], ['emp.total.bad', String(tot.bad), 'bad'],
                 ['emp.total.cost', euro(lang, tot.cost), 'cost'], ['emp.total.employer', euro(lang, tot.byEmployer), 'employer'],
                 ['emp.total.person', euro(lang, tot.byPerson), 'person'], ['emp.total.own', euro(lang, tot.own), 'own']];
  for (const [key, value, name] of items) {
    dl.append(el('div', { class: name === 'own' ? 'own' : null, 'data-total': name },
                 el('dt', {}, t(lang, key)), el('dd', { class: 'amount' }, value)));
  }
  return el('section', { 'aria-labelledby': 'emp-r-totals' }, el('h4', { id: 'emp-r-totals' }, t(lang, 'emp.totals.heading')), dl);
}

function schemesTable(lang, tot, name) {
  if (tot.perScheme.size === 0) return el('p', {}, t(lang, 'emp.schemes.none'));
  const columns = [[t(lang, 'emp.col.scheme')], [t(lang, 'emp.col.applicant')], [t(lang, 'emp.col.people'), true],
                   [t(lang, 'emp.col.amount'), true]];
  const tbl = table(t(lang, 'emp.schemes.caption'), columns, 'staff-schemes');
  const list = [...tot.perScheme.values()].sort((a, b) => b.amount - a.amount || a.scheme.localeCompare(b.scheme));
  for (const s of list) {
    tbl.tBodies[0].append(entryRow({ 'data-scheme': s.scheme }, columns, name(s.scheme),
                                   [t(lang, s.applicant === 'employer' ? 'a:employer' : 'a:person'), String(s.people), euro(lang, s.amount)]));
  }
  return tbl;
}

function applicationsSection(lang, rows, name) {
  const apps = applications(rows);
  const section = el('section', { 'aria-labelledby': 'emp-r-apps' }, el('h4', { id: 'emp-r-apps' }, t(lang, 'emp.apps.heading')));
  if (apps.length === 0) {
    section.append(el('p', {}, t(lang, 'emp.apps.none')));
    return section;
  }
  const columns = [[t(lang, 'emp.col.scheme')], [t(lang, 'emp.col.for')], [t(lang, 'emp.col.amount'), true],
                   [t(lang, 'emp.col.deadline')]];
  const tbl = table(t(lang, 'emp.apps.caption'), columns, 'staff-apps');
  for (const a of apps.slice(0, TABLE_LIMIT)) {
    const deadline = a.deadline ? a.deadline[lang] || a.deadline.nl : t(lang, 'emp.deadline.none');
    tbl.tBodies[0].append(entryRow({ 'data-row': a.row }, columns, name(a.scheme),
                                   [t(lang, 'emp.row.name', a.who, a.row), euro(lang, a.amount_cents), deadline]));
  }
  section.append(tbl);
  if (apps.length > TABLE_LIMIT) section.append(el('p', {}, t(lang, 'emp.table.limit', TABLE_LIMIT)));
  return section;
}

// A field's short name ('l:<path>'), or the path itself for one the table has no name for.
export function factLabel(lang, path) {
  const label = t(lang, `l:${path}`);
  return label === `l:${path}` ? path : label;
}

// The plain words for a row's error, then the library's own (English) words.
function errorLine(lang, row, columns) {
  const col = row.error_column ? columns[row.error_column - 1] : null;
  let plain = 'emp.error.value';
  if (/^line \d+:/.test(row.error)) plain = 'emp.error.line';
  else if (!col && /^course\./.test(row.error_field || '')) plain = 'emp.error.course';
  const technical = el('span', { class: 'technical' }, `${t(lang, 'emp.details')} `, el('span', { lang: 'en' }, row.error));
  return el('li', { 'data-row': row.row, 'data-column': col ? col.header : '' },
            el('strong', {}, t(lang, 'emp.error.where', row.row, row.line, col ? col.header.trim() : '')), ' ',
            t(lang, plain), ' ', technical);
}

function errorsSection(lang, rows, columns) {
  const bad = rows.filter((r) => r.error);
  if (bad.length === 0) return null;
  const list = el('ul', { class: 'staff-errors', id: 'staff-errors' });
  for (const r of bad.slice(0, TABLE_LIMIT)) list.append(errorLine(lang, r, columns));
  return el('section', { 'aria-labelledby': 'emp-r-errors', class: 'warnings' },
            el('h4', { id: 'emp-r-errors' }, t(lang, 'emp.errors.heading')), el('p', {}, t(lang, 'emp.errors.intro')), list,
            bad.length > TABLE_LIMIT ? el('p', {}, t(lang, 'emp.table.limit', TABLE_LIMIT)) : null);
}

// The table per person: its columns (key, header text, amount?) from the file's carried columns.
function personColumns(lang, carried) {
  return [['row', t(lang, 'emp.col.row')], ...carried.map((c, i) => [`carried:${i}`, c.header.trim() || `${i + 1}`]),
          ['own', t(lang, 'emp.col.own'), true], ['employer', t(lang, 'emp.col.employer'), true],
          ['plan', t(lang, 'emp.col.plan')], ['possible', t(lang, 'emp.col.possible')], ['error', t(lang, 'emp.col.error')]];
}

function personRow(lang, r, name) {
  const tr = el('tr', { 'data-row': r.row, class: r.error ? 'has-row-error' : null });
  tr.append(el('th', { scope: 'row' }, String(r.row)));
  for (const c of r.carried) tr.append(el('td', {}, c));
  const none = t(lang, 'emp.none');
  if (r.error) {
    tr.append(el('td', { class: 'amount' }, none), el('td', { class: 'amount' }, none), el('td', {}, none), el('td', {}, none),
              el('td', { class: 'row-error' }, el('span', { lang: 'en' }, r.error)));
    return tr;
  }
  const plan = r.plan.length
    ? el('ul', {}, ...r.plan.map((p) => el('li', {}, t(lang, 'emp.plan.item', name(p.scheme), euro(lang, p.amount_cents),
                                                       t(lang, p.applicant === 'employer' ? 'a:employer' : 'a:person')))))
    : none;
  const possible = r.possible.length
    ? el('ul', {}, ...r.possible.map((p) => el('li', {}, `${name(p.scheme)}: ${p.deciding.map((f) => factLabel(lang, f)).join(', ')}`)))
    : none;
  tr.append(el('td', { class: 'amount' }, euro(lang, r.own_payment_cents)), el('td', { class: 'amount' }, euro(lang, r.employer_cents)),
            el('td', {}, plan), el('td', {}, possible), el('td', {}, none));
  return tr;
}

// The table per person with its filter box; `view` holds the filter and sort between renders
// ({filter, column, descending}), so a language switch or a new render keeps them.
function personTable(lang, rows, carried, name, view, announce) {
  const texts = rows.map((r) => searchText(r, name));
  const columns = personColumns(lang, carried);
  const section = el('section', { 'aria-labelledby': 'emp-r-table' }, el('h4', { id: 'emp-r-table' }, t(lang, 'emp.table.heading')));
  const filter = el('input', { type: 'search', id: 'staff-filter', autocomplete: 'off', spellcheck: 'false',
                               'aria-describedby': 'staff-filter-hint' });
  filter.value = view.filter;
  const count = el('p', { id: 'staff-filter-count', role: 'status', 'aria-live': 'polite' });
  section.append(el('div', { class: 'field' }, el('label', { for: 'staff-filter' }, t(lang, 'emp.filter.label')),
                    el('p', { class: 'hint', id: 'staff-filter-hint' }, t(lang, 'emp.filter.hint')), filter), count,
                 el('p', { class: 'hint', id: 'staff-sort-hint' }, t(lang, 'emp.sort.hint')));
  const tbl = el('table', { class: 'staff-table', id: 'staff-table' });
  const caption = el('caption');
  const head = el('tr');
  for (const [key, text, amount] of columns) {
    const button = el('button', { type: 'button', class: 'sort', 'data-sort': key, 'aria-describedby': 'staff-sort-hint' }, text);
    head.append(el('th', { scope: 'col', class: amount ? 'amount' : null, 'data-column': key }, button));
  }
  tbl.append(caption, el('thead', {}, head), el('tbody'));
  const wrap = el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'emp-r-table', tabindex: '0' }, tbl);
  section.append(wrap);
  const limitNote = el('p', { hidden: true }, t(lang, 'emp.table.limit', TABLE_LIMIT));
  section.append(limitNote);

  const draw = (say) => {
    const shown = order(rows, texts, { ...view, lang });
    const body = el('tbody');
    for (const i of shown.slice(0, TABLE_LIMIT)) body.append(personRow(lang, rows[i], name));
    tbl.tBodies[0].replaceWith(body);
    caption.textContent = t(lang, 'emp.table.caption', shown.length, rows.length);
    limitNote.hidden = shown.length <= TABLE_LIMIT;
    for (const th of head.children) {
      if (th.dataset.column === view.column) th.setAttribute('aria-sort', view.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    if (say === 'count') count.textContent = t(lang, 'emp.filter.count', shown.length);
    if (say === 'sort') {
      const label = columns.find((c) => c[0] === view.column)[1];
      announce(t(lang, 'emp.sorted', label, t(lang, view.descending ? 'emp.sorted.desc' : 'emp.sorted.asc')));
    }
  };
  head.addEventListener('click', (e) => {
    const b = e.target.closest('button.sort');
    if (!b) return;
    view.descending = view.column === b.dataset.sort ? !view.descending : false;
    view.column = b.dataset.sort;
    draw('sort');  // the header row stays: focus stays on the button
  });
  let timer = 0;
  filter.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { view.filter = filter.value; draw('count'); }, 150);
  });
  draw('');
  return section;
}

// The company budgets as shared (staffJob's budgets, docs/employer.md "Company budgets"): per pot
// its size, what was shared, what is left and to how many people, and the rule, in words.
function budgetsSection(lang, budgets, rule, name) {
  const section = el('section', { 'aria-labelledby': 'emp-r-budgets', id: 'staff-budgets' },
                     el('h4', { id: 'emp-r-budgets' }, t(lang, 'emp.budgets.heading')), el('p', {}, t(lang, 'emp.budgets.intro')));
  if (!budgets.length) {
    section.append(el('p', { id: 'staff-budgets-none' }, t(lang, 'emp.budgets.none')));
    return section;
  }
  const columns = [[t(lang, 'emp.col.scheme')], [t(lang, 'emp.col.pot'), true], [t(lang, 'emp.col.given'), true],
                   [t(lang, 'emp.col.left'), true], [t(lang, 'emp.col.people'), true]];
  const tbl = table(t(lang, 'emp.budgets.caption'), columns, 'staff-budgets');
  for (const b of budgets) {
    tbl.tBodies[0].append(entryRow({ 'data-scheme': b.scheme }, columns, name(b.scheme),
                                   [euro(lang, b.pot_cents), euro(lang, b.given_cents), euro(lang, b.left_cents), String(b.people)]));
  }
  section.append(tbl);
  if (rule) section.append(el('p', { id: 'staff-budgets-rule' }, el('strong', {}, t(lang, 'emp.budgets.rule')), ' ', rule[lang] || rule.nl));
  return section;
}

// Fills `body` with the result of `rows` (staffJob rows). columns: the job's columns (for the
// names of error columns and the carried ones); name(id): a scheme's name in `lang`; budgets and
// budgetRule: the job's shared company budgets (null: not shared).
export function renderStaffResult(body, lang, { rows, columns, name, view, announce, budgets = null, budgetRule = null }) {
  const tot = totals(rows);
  const carried = columns.filter((c) => !c.path);
  const schemes = el('section', { 'aria-labelledby': 'emp-r-schemes' },
                     el('h4', { id: 'emp-r-schemes' }, t(lang, 'emp.schemes.caption')), schemesTable(lang, tot, name));
  body.replaceChildren(totalsSection(lang, tot), schemes, applicationsSection(lang, rows, name),
                       ...(budgets ? [budgetsSection(lang, budgets, budgetRule, name)] : []),
                       ...[errorsSection(lang, rows, columns)].filter(Boolean),
                       personTable(lang, rows, carried, name, view, announce));
  return tot;
}
