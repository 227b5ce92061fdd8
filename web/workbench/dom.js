// dom.js: the one helper the workbench's editors (condition-tree.js, scheme-form.js) build their
// elements with.

// <tag attrs...>children</tag>; attrs.text sets the text; null and undefined children are skipped.
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}
