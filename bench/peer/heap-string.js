// heap-string.js: a text copied into an Emscripten module's heap, NUL-terminated; returns the
// pointer. The peer workload's megabytes of input go this way, not as ccall 'string' arguments,
// which Emscripten puts on its small stack. Used by engine-child.cjs (Node) and page.html (Chromium).
'use strict';
function heapString(m, text) {
  const bytes = new TextEncoder().encode(text);
  const p = m._malloc(bytes.length + 1);
  m.HEAPU8.set(bytes, p);
  m.HEAPU8[p + bytes.length] = 0;
  return p;
}
if (typeof module !== 'undefined') module.exports = heapString;
