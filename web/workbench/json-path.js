// json-path.js: where a lint finding's JSON path ("schemes[0].formula.cap.amount") is in the text
// of the fragment, so the workbench can select it. A small scanner over the text that keeps
// offsets (JSON.parse keeps none). A path that is not there gives the deepest part that is; text
// that does not parse gives the place the parser names ("line 3, column 12").

// The path's steps: "a.b[2].c" -> ['a', 'b', 2, 'c']. Keys are plain names (ids may hold '-').
export function pathSteps(path) {
  const steps = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return steps;
    if (m[1]) steps.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) steps.push(Number(i[1]));
  }
  return steps;
}

// Scans one JSON value at `i`; returns its end offset and, for objects and arrays, its members'
// value ranges ({key or index -> [start, end, keyStart]}). Throws on text that is not JSON.
function scan(text, i, wantChildren) {
  const ws = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  ws();
  const start = i;
  const c = text[i];
  const children = new Map();
  if (c === '{' || c === '[') {
    const close = c === '{' ? '}' : ']';
    i++;
    ws();
    let index = 0;
    while (text[i] !== close) {
      if (i >= text.length) throw new Error('unexpected end');
      let key = index;
      let keyStart = i;
      if (c === '{') {
        const k = scan(text, i, false);
        key = JSON.parse(text.slice(k.start, k.end));
        keyStart = k.start;
        i = k.end;
        ws();
        if (text[i] !== ':') throw new Error('expected :');
        i++;
      }
      const v = scan(text, i, false);
      if (wantChildren) children.set(key, [v.start, v.end, keyStart]);
      i = v.end;
      ws();
      index++;
      if (text[i] === ',') { i++; ws(); } else if (text[i] !== close) throw new Error('expected , or ' + close);
    }
    return { start, end: i + 1, children };
  }
  if (c === '"') {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) throw new Error('unterminated string');
    return { start, end: i + 1, children };
  }
  const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
  if (!m) throw new Error('unexpected character');
  return { start, end: i + m[0].length, children };
}

// The offset of "line L, column C" (1-based) in `text`.
function lineColumn(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

// {start, end} in `text` for a finding: its path, or the parse error's line and column in
// `message`; null when neither can be found.
export function locate(text, path, message = '') {
  const lc = /line (\d+), column (\d+)/.exec(message);
  if (lc) {
    const at = lineColumn(text, Number(lc[1]), Number(lc[2]));
    return { start: Math.max(0, at - 1), end: at };
  }
  let range;
  try {
    range = scan(text, 0, true);
  } catch (e) {
    return null;
  }
  if (!path) return null;
  let keyStart = range.start;
  for (const step of pathSteps(path)) {
    const child = range.children.get(step);
    if (!child) break;  // the deepest part that exists (a missing field: its object)
    keyStart = child[2];
    try {
      range = scan(text, child[0], true);
    } catch (e) {
      break;
    }
  }
  return { start: keyStart, end: range.end };
}
