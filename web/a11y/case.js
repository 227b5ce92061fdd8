// case.js: from what a person typed to a case of the JSON contract (docs/contract.md). No DOM here.
// The page parses only what people write differently from JSON (Dutch amounts such as 1.250,50,
// dates as 1-9-2026, decimal commas); anything it cannot read goes to the engine as typed, so the
// engine's check (error code 2) names the field and the reason, exactly as the CLI would.
import { COMPONENTS, ALL_FIELDS } from './fields.js';

// Euro text -> integer cents, or null when it is not an amount. "1.250,50", "1250.5", "€ 1 250",
// "2.400" (Dutch thousands) are all read; the last '.' or ',' followed by one or two digits is the
// decimal separator, every other one must group exactly three digits (the app's rule too).
export function parseEuro(text) {
  const s = String(text).replace(/[\s\u00a0€]/g, '');
  if (s === '') return 0;
  if (!/^[\d.,]+$/.test(s)) return null;
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(s);
  const whole = m[1];
  const frac = m[2] || '';
  if (whole !== '' && !/^\d{1,3}(?:[.,]\d{3})*$/.test(whole) && !/^\d+$/.test(whole)) return null;
  if (whole === '' && frac === '') return null;
  const digits = whole.replace(/[.,]/g, '');
  if (digits.length > 12) return null;  // no course costs a billion euro
  const euros = digits === '' ? 0 : Number(digits);
  const cents = frac === '' ? 0 : Number(frac) * (frac.length === 1 ? 10 : 1);
  return euros * 100 + cents;
}

// A date as people write it -> ISO "YYYY-MM-DD"; text that does not look like a date is returned
// as typed (the engine then refuses it and names the field). Whether the day exists (31-2) is the
// engine's check, not ours: one rule in one place.
export function parseDate(text) {
  const s = String(text).trim();
  const pad = (n) => String(n).padStart(2, '0');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  return s;
}

// A number as people write it ("32", "32,5", "-3", "1.000" for a whole number) -> a JSON number;
// anything else is returned as typed, for the engine to refuse with the field's name.
export function parseNumber(text, whole) {
  const s = String(text).trim().replace(/\s/g, '');
  if (whole && /^\d{1,3}(?:\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^-?\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return s;
}

// Today's date on this device, as ISO: the contract has no "today", so the page fills it in when
// no start date is given (as the app does).
export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// values: path -> what the form holds ('' or undefined = not given; course.quality: null = not
// given, [] = none of these). Returns { case, usedToday } where usedToday is the date filled in.
export function buildCase(values, today) {
  const person = {};
  const c = { contract: 1 };
  let usedToday = null;
  const start = (values['course.start_date'] || '').trim();
  if (start === '') {
    c.reference_date = today;
    usedToday = today;
  }
  const costs = {};
  for (const comp of COMPONENTS) {
    const raw = values[`course.costs.${comp}`];
    if (raw === undefined || String(raw).trim() === '') continue;
    const cents = parseEuro(raw);
    if (cents === null) costs[comp] = String(raw).trim();  // the engine names it
    else if (cents > 0) costs[comp] = cents / 100;
  }
  const course = { costs };
  for (const f of ALL_FIELDS) {
    const raw = values[f.path];
    const key = f.path.slice(f.path.indexOf('.') + 1);
    const target = f.path.startsWith('person.') ? person : course;
    let v;
    if (f.kind === 'checks') {
      if (!Array.isArray(raw)) continue;
      v = raw;
    } else {
      if (raw === undefined || raw === null || String(raw).trim() === '') continue;
      if (f.kind === 'date') v = parseDate(raw);
      else if (f.kind === 'int') v = parseNumber(raw, true);
      else if (f.kind === 'number' || f.kind === 'select' && f.valueKey === 'level') v = parseNumber(raw, false);
      else if (f.kind === 'bool') v = raw === 'true';
      else v = String(raw).trim();
    }
    target[key] = v;
  }
  c.person = person;
  c.course = course;
  return { case: c, usedToday };
}

// The engine's message for a bad case ("course.start_date: must be a real date ..., got '…'")
// -> { path, reason }; path is null when the message names no field of the form.
export function splitError(message) {
  const m = /^(?:[^:]*bad input: )?((?:person|course|reference_date)[a-z0-9_.-]*): ([\s\S]*)$/.exec(String(message).trim());
  if (!m) return { path: null, reason: String(message).trim() };
  return { path: m[1], reason: m[2] };
}
