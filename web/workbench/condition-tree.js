// condition-tree.js: a scheme's condition as a tree (docs/workbench.md): groups (all, any, not)
// and leaves whose fact, operator and value come from the engine's fact table (facts() of the
// JavaScript API: only the operators loading accepts for a fact, the values of an enumeration).
// Every change is written back into the JSON editor, which then lints as if typed. A leaf the tree
// cannot edit (a value from a parameter or a region) is shown as JSON, to be edited there.
import { t } from './strings.js';
import { el } from './dom.js';

const GROUPS = ['all', 'any', 'not'];

function select(label, options, value, onChange) {
  const s = el('select', { 'aria-label': label });
  for (const [v, text] of options) s.append(el('option', { value: v, text }));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

function groupOf(node) { return GROUPS.find((g) => node && typeof node === 'object' && g in node); }

// A value as the fact's type reads it ("18" -> 18, "true" -> true).
function typed(fact, text) {
  const s = String(text).trim();
  if (fact.type === 'integer' || fact.type === 'number') return s === '' ? s : Number(s.replace(',', '.'));
  if (fact.type === 'boolean') return s === 'true';
  return s;
}

export function setupTree({ lang, facts, editor, container, schemeSelect, onEdit }) {
  const byPath = new Map(facts.map((f) => [f.path, f]));
  let doc = null;
  let index = 0;

  function write() {
    onEdit(JSON.stringify(doc, null, 2) + '\n');
  }

  function leafRow(node, replace, remove) {
    const l = lang();
    const fact = byPath.get(node.fact);
    const row = el('div', { class: 'leaf', role: 'group', 'aria-label': t(l, 'tree.leaf') });
    const simple = fact && (!node.value || typeof node.value !== 'object' || Array.isArray(node.value));
    if (!simple) {
      row.append(el('code', { text: JSON.stringify(node) }), ' ', el('span', { text: t(l, 'tree.json') }));
    } else {
      row.append(select(t(l, 'tree.fact'), facts.map((f) => [f.path, `${f.path} (${f[`label_${l}`]})`]), node.fact, (v) => {
        const f = byPath.get(v);
        node.fact = v;
        if (!f.ops.includes(node.op)) node.op = f.ops[0];
        node.value = f.values.length ? f.values[0] : f.type === 'boolean' ? true : '';
        write();
        render();
      }));
      row.append(select(t(l, 'tree.op'), fact.ops.map((o) => [o, o]), node.op, (v) => {
        node.op = v;
        const list = v === 'in' || v === 'not_in' || v === 'between';
        if (list && !Array.isArray(node.value)) node.value = [node.value];
        if (!list && Array.isArray(node.value)) node.value = node.value[0];
        write();
        render();
      }));
      const list = Array.isArray(node.value);
      if (!list && (fact.values.length || fact.type === 'boolean')) {
        const values = fact.type === 'boolean' ? ['true', 'false'] : fact.values;
        row.append(select(t(l, 'tree.value'), values.map((v) => [v, v]), String(node.value), (v) => { node.value = typed(fact, v); write(); }));
      } else {
        const input = el('input', { type: 'text', 'aria-label': t(l, list ? 'tree.values' : 'tree.value'), class: 'value' });
        input.value = list ? node.value.join(', ') : String(node.value);
        input.addEventListener('input', () => {
          node.value = list ? input.value.split(',').map((x) => typed(fact, x)).filter((x) => x !== '') : typed(fact, input.value);
          write();
        });
        row.append(input);
      }
      for (const lg of ['nl', 'en']) {
        const input = el('input', { type: 'text', class: 'explain', 'aria-label': t(l, `tree.explain.${lg}`), placeholder: t(l, `tree.explain.${lg}`) });
        input.value = (node.explain || {})[lg] || '';
        input.addEventListener('input', () => { node.explain = { ...(node.explain || {}), [lg]: input.value }; write(); });
        row.append(input);
      }
    }
    row.append(el('span', { class: 'actions' },
      button(t(l, 'tree.wrap'), () => { replace({ all: [node] }); }),
      remove ? button(t(l, 'tree.remove'), remove) : null));
    return row;
  }

  function button(text, onClick) {
    const b = el('button', { type: 'button', text });
    b.addEventListener('click', () => { onClick(); write(); render(); });
    return b;
  }

  // One node; replace(newNode) puts another in its place, remove() takes it out of its group.
  function nodeView(node, replace, remove) {
    const g = groupOf(node);
    if (!g) return leafRow(node, replace, remove);
    const l = lang();
    const box = el('div', { class: 'group', role: 'group', 'aria-label': t(l, `tree.${g}`) });
    box.append(select(t(l, 'tree.kind'), GROUPS.map((x) => [x, t(l, `tree.${x}`)]), g, (v) => {
      const children = g === 'not' ? [node.not] : node[g];
      replace(v === 'not' ? { not: children[0] || newLeaf() } : { [v]: children });
      write();
      render();
    }));
    const children = g === 'not' ? [node.not] : node[g];
    const list = el('ul', { class: 'children' });
    children.forEach((child, i) => {
      const put = (n) => { if (g === 'not') node.not = n; else node[g][i] = n; };
      const take = g === 'not' ? null : () => node[g].splice(i, 1);
      list.append(el('li', {}, nodeView(child, put, take)));
    });
    box.append(list);
    if (g !== 'not') {
      box.append(el('span', { class: 'actions' },
        button(t(l, 'tree.add.leaf'), () => node[g].push(newLeaf())),
        button(t(l, 'tree.add.group'), () => node[g].push({ all: [newLeaf()] })),
        remove ? button(t(l, 'tree.remove'), remove) : null));
    } else if (remove) {
      box.append(button(t(l, 'tree.remove'), remove));
    }
    return box;
  }

  function newLeaf() {
    const f = facts[0];
    return { fact: f.path, op: f.ops.includes('>=') ? '>=' : f.ops[0], value: f.values.length ? f.values[0] : 18,
             explain: { nl: '', en: '' } };
  }

  function render() {
    const l = lang();
    try {
      doc = JSON.parse(editor.value);
    } catch (e) {
      doc = null;
    }
    const schemes = doc && Array.isArray(doc.schemes) ? doc.schemes : [];
    schemeSelect.replaceChildren(...schemes.map((s, i) => el('option', { value: String(i), text: `${i}: ${s.id || '?'}` })));
    if (!schemes.length) {
      container.replaceChildren(el('p', { text: t(l, doc ? 'tree.none' : 'tree.nojson') }));
      return;
    }
    index = Math.min(index, schemes.length - 1);
    schemeSelect.value = String(index);
    const scheme = schemes[index];
    if (!scheme.condition) {
      container.replaceChildren(el('p', {}, button(t(l, 'tree.start'), () => { scheme.condition = { all: [newLeaf()] }; })));
      return;
    }
    container.replaceChildren(nodeView(scheme.condition, (n) => { scheme.condition = n; }, null));
  }

  schemeSelect.addEventListener('change', () => { index = Number(schemeSelect.value); render(); });
  return { render };
}
