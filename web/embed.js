/* embed.js: puts Stapelwijzer on a fund's or region's web page with one line:
 *
 *   <script src="https://APP-ORIGIN/embed.js" data-lang="nl" data-sector="metaal-mkb" data-fund="oom"
 *           data-title="Opleidingsfonds Metaal" data-primary="0b3d6e" data-accent="f28c00"
 *           data-logo="logos/metaal.svg" async></script>
 *
 * It creates an <iframe> with APP-ORIGIN/embed.html right after itself (or inside the element that
 * data-target names, e.g. data-target="#stapelwijzer"), passes the data-* settings on as URL
 * parameters, and sizes the iframe to the height the app reports by postMessage, so the host page
 * shows no second scrollbar. Settings: docs/embedding.md. The app runs in its own origin: the host
 * page's scripts cannot read what a visitor types, and the app cannot touch the host page.
 */
(function () {
  'use strict';
  const script = document.currentScript;
  if (!script) return;  // only works as a classic <script src>, which is what the snippet is
  const app = new URL('embed.html', script.src);
  const keys = ['lang', 'sector', 'fund', 'province', 'municipality', 'title', 'primary', 'accent', 'logo', 'rules'];
  for (const k of keys) {
    const v = script.dataset[k];
    if (v) app.searchParams.set(k, v);
  }
  app.searchParams.set('host', location.origin);

  const frame = document.createElement('iframe');
  frame.src = app.href;
  frame.title = script.dataset.lang === 'en' ? 'Stapelwijzer: training budget calculator'
                                              : 'Stapelwijzer: rekenhulp voor scholingsbudgetten';
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('loading', 'lazy');
  frame.className = 'stapelwijzer-frame';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.style.height = '720px';  // until the app reports its height

  const target = script.dataset.target ? document.querySelector(script.dataset.target) : null;
  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);

  // Which part of the iframe is on screen, so the app can keep its own-payment line in view there
  // (web/embed-frame.js). Sent on every scroll, resize and height change.
  function sendView() {
    if (!frame.contentWindow) return;
    const r = frame.getBoundingClientRect();
    const top = Math.max(0, -r.top);
    const bottom = Math.min(r.height, window.innerHeight - r.top);
    frame.contentWindow.postMessage({ type: 'stapelwijzer:viewport', top: top, bottom: Math.max(top, bottom) }, app.origin);
  }
  window.addEventListener('scroll', sendView, { passive: true });
  window.addEventListener('resize', sendView);
  frame.addEventListener('load', sendView);

  // Only messages from this iframe and from the app's origin count; only a number is taken.
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || e.origin !== app.origin) return;
    const d = e.data;
    if (!d || typeof d !== 'object') return;
    if (d.type === 'stapelwijzer:height' && Number.isFinite(d.height)) {
      // The app caps its canvas at 6000 px (embed-frame.js) and scrolls inside it; the page around
      // it (the brand bar) comes on top, so the iframe may be a little taller than that.
      frame.style.height = Math.min(Math.max(Math.ceil(d.height), 240), 6500) + 'px';
      sendView();
      frame.dispatchEvent(new CustomEvent('stapelwijzer:height', { detail: { height: d.height } }));
    } else if (d.type === 'stapelwijzer:scroll' && Number.isFinite(d.top)) {
      // "See the result": that point of the iframe to the top of the window.
      const top = frame.getBoundingClientRect().top + window.scrollY + Math.min(Math.max(d.top, 0), 6500);
      window.scrollTo(0, Math.max(0, Math.round(top)));
    } else if (d.type === 'stapelwijzer:rules') {
      // For host pages that want to know whether their rules URL was accepted.
      frame.dispatchEvent(new CustomEvent('stapelwijzer:rules', {
        detail: { state: String(d.state), version: String(d.version || ''), reason: String(d.reason || '') },
      }));
    }
  });
})();
