// employer-table.js: what the employer section shows of the computed rows (the JavaScript API's
// staffJob rows, src/web/js_api_staff.cpp), without the DOM: totals per payer and per scheme, the
// applications the employer must make, and the table's filter and sort. Amounts are integer cents.

// Totals over the rows: costs, what schemes pay by who applies, what is left, per scheme.
export function totals(rows) {
  const t = { rows: rows.length, ok: 0, bad: 0, cost: 0, own: 0, byEmployer: 0, byPerson: 0, perScheme: new Map() };
  for (const r of rows) {
    if (r.error) { t.bad++; continue; }
    t.ok++;
    t.cost += r.total_cost_cents;
    t.own += r.own_payment_cents;
    for (const p of r.plan) {
      if (p.applicant === 'employer') t.byEmployer += p.amount_cents;
      else t.byPerson += p.amount_cents;
      const s = t.perScheme.get(p.scheme) || { scheme: p.scheme, applicant: p.applicant, people: 0, amount: 0 };
      s.people++;
      s.amount += p.amount_cents;
      t.perScheme.set(p.scheme, s);
    }
  }
  return t;
}

// Every application the employer must make: per row and scheme, in the order of the list.
export function applications(rows) {
  const out = [];
  for (const r of rows) {
    if (r.error) continue;
    for (const a of r.applications) out.push({ ...a, row: r.row, who: r.carried[0] || '' });
  }
  return out;
}

// The text a row is found by: its carried cells, its schemes (ids and names) and its error.
export function searchText(row, schemeName) {
  const parts = [...row.carried, row.error];
  for (const p of row.plan || []) parts.push(p.scheme, schemeName(p.scheme));
  for (const p of row.possible || []) parts.push(p.scheme, schemeName(p.scheme));
  return parts.join('\n').toLocaleLowerCase();
}

// The value a column sorts by. Columns: 'row', 'carried:<i>', 'own', 'employer', 'plan',
// 'possible', 'error'. A row with an error has no amounts: it sorts after every amount.
function key(row, column) {
  if (column === 'row') return row.row;
  if (column.startsWith('carried:')) return row.carried[Number(column.slice(8))] || '';
  if (column === 'own') return row.error ? Infinity : row.own_payment_cents;
  if (column === 'employer') return row.error ? Infinity : row.employer_cents;
  if (column === 'plan') return (row.plan || []).map((p) => p.scheme).join(' ');
  if (column === 'possible') return (row.possible || []).map((p) => p.scheme).join(' ');
  return row.error;
}

// The indexes of the rows to show: those whose search text holds `filter` (any case), sorted by
// `column` (numbers as numbers, text as people sort it: "2" before "10"), ties in list order.
export function order(rows, searchTexts, { filter = '', column = 'row', descending = false, lang = 'nl' } = {}) {
  const needle = filter.trim().toLocaleLowerCase();
  const shown = [];
  for (let i = 0; i < rows.length; i++) if (!needle || searchTexts[i].includes(needle)) shown.push(i);
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const cmp = (a, b) => {
    const x = key(rows[a], column);
    const y = key(rows[b], column);
    const c = typeof x === 'number' && typeof y === 'number' ? (x === y ? 0 : x < y ? -1 : 1) : collator.compare(String(x), String(y));
    return c;
  };
  shown.sort((a, b) => (descending ? cmp(b, a) : cmp(a, b)) || a - b);
  return shown;
}
