// form-readers.js: what the scheme form (scheme-form.js) accepts in each kind of field, as the
// rules loader would (src/rules/rules_json*.cpp, docs/rules-format.md). Each reader returns
// { value } (what goes into the JSON) or { error } (a key of strings.js, 'form.err.<error>', said
// with the field's name); a refused value never reaches the JSON.
import { readEuro, centsToJson, readPercent } from './euro.js';

const ok = (value) => ({ value });
const bad = (error, extra = {}) => ({ error, ...extra });

export function readText(text) { return text.trim() === '' ? bad('required') : ok(text); }

export function readId(text) {
  const s = text.trim();
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) ? ok(s) : bad(s === '' ? 'required' : 'id');
}

// A web address: https:// only for apply_url, http:// too for a source (the loader's rule).
export function readUrl(text, { httpToo = false } = {}) {
  const s = text.trim();
  if (s === '') return bad('required');
  const re = httpToo ? /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/ : /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/;
  return re.test(s) ? ok(s) : bad(httpToo ? 'url' : 'https');
}

// A date as ISO ("2026-01-01") or as Dutch people write it ("1-1-2026", "01-01-2026"), a real
// day of the calendar; stored as ISO. Empty: null when the date may be open (valid.to).
export function readDate(text, { open = false } = {}) {
  const s = text.trim();
  if (s === '') return open ? ok(null) : bad('required');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const [y, mo, d] = m ? [m[1], m[2], m[3]] : (m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(s)) ? [m[3], m[2], m[1]] : [];
  if (!y) return bad('date');
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso ? ok(iso) : bad('date');
}

// Money in euro as people type it, stored as the euro number of whole cents; empty: null when the
// amount may be left out (a cap).
export function readMoney(text, style, { optional = false } = {}) {
  if (text.trim() === '') return optional ? ok(null) : bad('required');
  const r = readEuro(text, style);
  return r.error ? bad(`euro.${r.error}`, { asThousands: r.asThousands, asDecimals: r.asDecimals }) : ok(centsToJson(r.cents));
}

export function readPercentage(text, { aboveZero = false, optional = false } = {}) {
  if (text.trim() === '') return optional ? ok(null) : bad('required');
  const r = readPercent(text);
  if (r.error || (aboveZero && r.value === 0)) return bad(aboveZero ? 'cofinancing' : 'percent');
  return ok(r.value);
}

export function readInteger(text, min, max, { optional = false } = {}) {
  const s = text.trim();
  if (s === '') return optional ? ok(null) : bad('required');
  const n = /^-?\d+$/.test(s) ? Number(s) : NaN;
  return n >= min && n <= max ? ok(n) : bad('integer', { min, max });
}
