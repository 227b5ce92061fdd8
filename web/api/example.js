// example.js: a fund's own form on the Stapelwijzer JavaScript API (docs/embedding.md). It builds a
// case (contract 1) from the form, calls plan(), and shows the own payment and who pays what.
import { create } from './stapelwijzer.mjs';

const sw = await create();
const euro = (cents) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const form = document.getElementById('case');
const names = new Map();

const cat = sw.catalogue();
for (const s of cat.schemes) names.set(s.id, s.name_nl);
const sectorSelect = document.getElementById('sector');
for (const s of cat.sectors) sectorSelect.add(new Option(`${s.name_nl} / ${s.name_en}`, s.code));
sectorSelect.value = 'metaal-mkb';
const rules = sw.rules();
document.getElementById('rules').textContent = `Regels / rules: ${rules.catalogue} ${rules.version}, geldig tot / valid until ${rules.expires}`;

function caseFromForm() {
  const f = new FormData(form);
  const num = (k) => (f.get(k) === '' ? null : Number(f.get(k)));
  return {
    contract: 1,
    person: { age: num('age'), employment: f.get('employment'), sector: f.get('sector') || null,
              province: (f.get('province') || '').toUpperCase() || null },
    course: { start_date: f.get('start_date'), costs: { tuition: num('tuition') || 0, exam: num('exam') || 0 } },
  };
}

function show() {
  const error = document.getElementById('error');
  const list = document.getElementById('contributions');
  error.textContent = '';
  list.replaceChildren();
  try {
    const json = sw.plan(caseFromForm());
    const r = JSON.parse(json);
    document.getElementById('json').textContent = json;
    document.getElementById('own').textContent = `Zelf betalen / own payment: ${euro(r.plan.own_payment_cents)} van / of ${euro(r.plan.total_cost_cents)}`;
    for (const c of r.plan.contributions) {
      const li = document.createElement('li');
      li.textContent = `${names.get(c.scheme) || c.scheme}: ${euro(c.amount_cents)}`;
      list.appendChild(li);
    }
    document.documentElement.dataset.swExample = 'done';
  } catch (e) {
    error.textContent = e.message;  // names the field and why (code 2)
    document.documentElement.dataset.swExample = 'error';
  }
}

form.addEventListener('submit', (e) => { e.preventDefault(); show(); });
show();
