// employer-courses.js: the employer section's named courses (docs/employer.md "Named courses";
// `stapelwijzer batch --courses`): the course fields of step 3 saved under a name, listed with
// their costs and a remove button each. A row whose course column ("Cursus") names one gets that
// course; an empty cell gets the course for everybody. employer.js passes json() to staffJob.
import { t, euro } from './strings.js';

const $ = (id) => document.getElementById(id);
const key = (name) => name.trim().toLowerCase();  // as the library matches them: case and outer spaces do not count

// course(): the course object the form holds now (employer.js, with today as start date when
// none is given); announce(text): the section's live region.
export function setupNamedCourses({ lang, course, announce }) {
  const named = [];  // [{ name, course }], in the order saved
  const input = $('staff-named-name');
  const list = $('staff-named-list');
  const saveButton = $('staff-named-save');

  function costsText(c) {
    const cents = Object.values(c.costs || {}).reduce((a, v) => a + (typeof v === 'number' ? Math.round(v * 100) : 0), 0);
    return euro(lang(), cents);
  }

  function draw() {
    const l = lang();
    if (!named.length) {
      list.replaceChildren(Object.assign(document.createElement('li'), { textContent: t(l, 'emp.named.none') }));
      return;
    }
    list.replaceChildren(...named.map((n, i) => {
      const li = document.createElement('li');
      li.dataset.name = n.name;
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: t(l, 'emp.named.remove', n.name) });
      button.dataset.remove = String(i);
      li.append(t(l, 'emp.named.item', n.name, costsText(n.course)), ' ', button);
      return li;
    }));
  }

  saveButton.addEventListener('click', () => {
    const name = input.value.trim();
    if (!name) {
      input.setAttribute('aria-invalid', 'true');
      announce(t(lang(), 'emp.named.empty'));
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    const c = course();
    const at = named.findIndex((n) => key(n.name) === key(name));
    if (at >= 0) named[at] = { name: named[at].name, course: c };  // saved again: replaced
    else named.push({ name, course: c });
    draw();
    announce(at >= 0 ? t(lang(), 'emp.named.replaced', named[at].name) : t(lang(), 'emp.named.saved', name, named.length));
    input.value = '';
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { e.preventDefault(); saveButton.click(); }
  });
  list.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-remove]');
    if (!b) return;
    const [gone] = named.splice(Number(b.dataset.remove), 1);
    draw();
    announce(t(lang(), 'emp.named.removed', gone.name));
    // The focus stays in the list (the next remove button) or goes back to the name field.
    (list.querySelector('button[data-remove]') || input).focus();
  });
  draw();

  return {
    // batch's --courses: {"name": course, ...}, or '' when none is saved.
    json: () => (named.length ? JSON.stringify(Object.fromEntries(named.map((n) => [n.name, n.course]))) : ''),
    names: () => named.map((n) => n.name),
    redraw: draw,
  };
}
