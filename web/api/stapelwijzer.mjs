// stapelwijzer.mjs: the Stapelwijzer JavaScript API as an ES module, for browsers and Node.
//   import { create } from './api/stapelwijzer.mjs';
//   const sw = await create();  const json = sw.plan(myCase);
//   const { rows, csv } = sw.staffBatch(fileBytes, { map, course });  // a staff list, as `stapelwijzer batch`
// The logic lives once, in stapelwijzer.js (classic script); this module loads it: in Node with
// require, in a browser with a <script> element from the same folder (allowed by script-src 'self').
let api;
if (typeof process !== 'undefined' && process.versions && process.versions.node) {
  const { createRequire } = await import('node:module');
  api = createRequire(import.meta.url)('./stapelwijzer.js');
} else {
  if (!globalThis.Stapelwijzer) {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = new URL('stapelwijzer.js', import.meta.url).href;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`Stapelwijzer: cannot load ${s.src}`));
      document.head.appendChild(s);
    });
  }
  api = globalThis.Stapelwijzer;
}

export const { create, fetchBundle, StapelwijzerError } = api;
export default api;
