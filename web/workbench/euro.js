// euro.js: amounts as a fund officer types them in the scheme form ("1.250,50", "1250.50",
// "€ 2.500,-"), read into whole cents without guessing, and written into the rules JSON as the
// format wants them: euro with at most two decimals (docs/rules-format.md, "Amounts"), built from
// the cents as decimal text, so no floating-point arithmetic ever touches the amount. The reading
// rules are those of read_euro in src/text/euro_text.cpp (the app's amount fields), ported because
// the JavaScript API does not export it; tests/web/workbench.test.mjs checks them in the page.

// Errors as read_euro names them (MoneyError); the strings say each in Dutch and English.
export const EURO_ERRORS = ['not-a-number', 'negative', 'ambiguous', 'too-many-decimals', 'bad-grouping', 'too-large'];

const fail = (error, extra = {}) => ({ error, ...extra });

// The text without currency signs, every space as ' ', the whole-euro ending cut off; null: a
// character no amount has.
function normalise(text) {
  let out = '';
  let whole = false;
  let negative = false;
  for (const ch of text) {
    if (/[0-9.,-]/.test(ch)) out += ch;
    else if (/[ \t\u00a0\u202f\u2009\u20ac]/.test(ch)) out += ' ';
    else if (ch === '\u2013' || ch === '\u2212') out += '-';
    else return null;
  }
  out = out.trim();
  if (out === '') return { s: '', whole, negative };
  for (const ending of [',--', '.--', ',-', '.-']) {
    if (out.length > ending.length && out.endsWith(ending) && /[0-9]/.test(out[out.length - ending.length - 1])) {
      out = out.slice(0, -ending.length);
      whole = true;
      break;
    }
  }
  if (out[0] === '-') {
    negative = true;
    out = out.replace(/^[ -]+/, '');
  }
  return out.includes('-') ? null : { s: out, whole, negative };
}

// Reads an amount; style 'nl' or 'en' says which sign groups thousands when one separator is
// followed by exactly three digits ("2.500" is 2500 euro in Dutch, "2,500" in English).
// Returns { cents } or { error } (ambiguous also gives asThousands and asDecimals, in cents).
export function readEuro(text, style) {
  const n = normalise(String(text).replace(/EUR|eur/g, ' '));
  if (!n) return fail('not-a-number');
  let { s, whole } = n;
  if (n.negative) return fail('negative');
  if ((s.match(/[0-9]/g) || []).length > 15) return fail('too-large');
  if (s === '') return whole ? fail('not-a-number') : { cents: 0 };
  const runs = [''];
  const seps = [];
  for (const c of s) {
    if (/[0-9]/.test(c)) runs[runs.length - 1] += c;
    else {
      if (runs[runs.length - 1] === '') return fail('not-a-number');
      seps.push(c);
      runs.push('');
    }
  }
  if (runs[runs.length - 1] === '') {
    if (seps[seps.length - 1] === ' ' || whole) return fail('not-a-number');
    seps.pop();
    runs.pop();
    whole = true;
  }
  let decimal = seps.length;  // index into seps; seps.length: none
  const dots = seps.filter((c) => c === '.').length;
  const commas = seps.filter((c) => c === ',').length;
  if (seps.length && seps[seps.length - 1] !== ' ') {
    const last = seps[seps.length - 1];
    const after = runs[runs.length - 1].length;
    const alone = (last === '.' ? dots : commas) === 1;
    if (dots > 0 && commas > 0) {
      if (!alone) return fail('bad-grouping');
      decimal = seps.length - 1;
    } else if (alone) {
      if (after <= 2) {
        decimal = seps.length - 1;
      } else if (after === 3) {
        const grouping = style === 'nl' ? '.' : ',';
        const plainGroup = seps.length === 1 && runs[0].length <= 3 && runs[0][0] !== '0';
        if (last !== grouping || !plainGroup) {
          if (seps.length === 1) {
            const a = Number(runs[0]);
            const b = Number(runs[1]);
            const asThousands = (a * 1000 + b) * 100;
            const asDecimals = a * 100 + Math.floor((b + 5) / 10);
            if (asThousands !== asDecimals) return fail('ambiguous', { asThousands, asDecimals });
            return { cents: 0 };
          }
          return fail('bad-grouping');
        }
      } else {
        return fail('too-many-decimals');
      }
    }
  }
  if (decimal < seps.length && whole) return fail('not-a-number');
  if (decimal < seps.length && runs[runs.length - 1].length > 2) return fail('too-many-decimals');
  const groupsEnd = Math.min(decimal, seps.length);
  let grouping = null;
  for (let i = 0; i < groupsEnd; ++i) {
    if (grouping && seps[i] !== grouping) return fail('bad-grouping');
    grouping = seps[i];
    if (runs[i + 1].length !== 3) return fail('bad-grouping');
  }
  if (grouping && (runs[0].length > 3 || runs[0][0] === '0')) return fail('bad-grouping');
  const digits = runs.slice(0, groupsEnd + 1).join('').replace(/^0+/, '');
  if (digits.length > 12) return fail('too-large');
  const frac = decimal < seps.length ? runs[runs.length - 1] : '';
  // At most 12 + 2 digits: exact as a JavaScript number (below 2^53).
  return { cents: Number(digits || '0') * 100 + (frac ? Number(frac) * (frac.length === 1 ? 10 : 1) : 0) };
}

// Cents as the JSON number of euro the format wants: 125050 -> 1250.5 (JSON.stringify writes the
// shortest text that reads back as the same number, "1250.5", which the loader reads as 125050).
export function centsToJson(cents) {
  const rest = cents % 100;
  return Number(`${(cents - rest) / 100}.${String(rest).padStart(2, '0')}`);
}

// A JSON amount (euro) back into cents, from its decimal text; null when it is not whole cents
// (lint names the problem then).
export function jsonToCents(value) {
  if (typeof value !== 'number') return null;
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(value));
  return m ? Number(m[1]) * 100 + Number((m[2] || '0').padEnd(2, '0')) : null;
}

// Cents as an officer writes them, to fill a field: "1.250,50" / "1,250.50"; whole euros without
// decimals ("800").
export function euroText(cents, style) {
  const euros = String((cents - (cents % 100)) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, style === 'nl' ? '.' : ',');
  const rest = cents % 100;
  return rest ? `${euros}${style === 'nl' ? ',' : '.'}${String(rest).padStart(2, '0')}` : euros;
}

// A percentage as typed ("50", "12,5", "12.5 %"): { value } from 0 to 100, or { error: 'percent' }.
export function readPercent(text) {
  const s = String(text).trim().replace(/\s*%$/, '');
  const m = /^(\d{1,3})(?:[.,](\d+))?$/.exec(s);
  if (!m) return fail('percent');
  const value = Number(`${m[1]}.${m[2] || '0'}`);
  return value <= 100 ? { value } : fail('percent');
}
