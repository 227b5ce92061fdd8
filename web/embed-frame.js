// embed-frame.js: the embed page's own part (web/embed.html, inside the host's iframe). It reads and
// checks the URL parameters, shows the host's header, hands the presets to the app
// (Module.swEmbed, read by src/app/embed_params.cpp), fetches an alternative rules bundle and lets
// the engine verify it against the root keys built into the wasm before the app may use it, loads
// app.js, and reports the page height to the host (postMessage) so the iframe needs no scrollbar.
'use strict';
(function () {
  const q = new URLSearchParams(location.search);
  const root = document.documentElement;
  const code = /^[a-z0-9-]{1,48}$/;
  const provinces = { DR: 'Drenthe', FL: 'Flevoland', FR: 'Friesland', GD: 'Gelderland', GR: 'Groningen',
                      LB: 'Limburg', NB: 'Noord-Brabant', NH: 'Noord-Holland', OV: 'Overijssel',
                      UT: 'Utrecht', ZE: 'Zeeland', ZH: 'Zuid-Holland' };

  // Every parameter is checked here; what fails a check is ignored (the app starts without it).
  function param(name, ok) {
    const v = q.get(name);
    return v !== null && ok(v) ? v : '';
  }
  const lang = param('lang', (v) => v === 'nl' || v === 'en');
  const province = param('province', (v) => v in provinces) || param('region', (v) => v in provinces);
  const settings = {
    lang: lang,
    sector: param('sector', (v) => code.test(v)),
    fund: param('fund', (v) => code.test(v)),
    province: province,
    municipality: param('municipality', (v) => /^[\p{L} '.-]{1,60}$/u.test(v)),
    primary: param('primary', (v) => /^[0-9a-fA-F]{6}$/.test(v)).toLowerCase(),
    accent: param('accent', (v) => /^[0-9a-fA-F]{6}$/.test(v)).toLowerCase(),
  };
  // The logo is a file on the app's own origin (the CSP allows images from nowhere else).
  const logo = param('logo', (v) => /^[A-Za-z0-9_-][A-Za-z0-9_./-]{0,120}\.(svg|png|webp)$/.test(v) && !v.includes('..') && !v.includes('//'));
  const title = param('title', (v) => v.length <= 80);
  // Rules: a manifest URL over https (or on this machine, for testing), fetched with the CSP's
  // connect-src, which the site owner sets to exactly the rules host it allows.
  const rules = param('rules', (v) => {
    try {
      const u = new URL(v, location.href);
      return u.protocol === 'https:' || (u.protocol === 'http:' && /^(127\.0\.0\.1|localhost)$/.test(u.hostname));
    } catch (e) { return false; }
  });
  // Messages go to the embedding page's origin when it said which one it is (embed.js does).
  const host = param('host', (v) => { try { return new URL(v).origin === v; } catch (e) { return false; } }) || '*';
  const en = (lang || (navigator.language || '').toLowerCase().slice(0, 2)) === 'en';
  root.lang = en ? 'en' : 'nl';
  // The accessible version opens in the same language as the embed.
  const a11yLink = document.getElementById('sw-a11y-link');
  if (a11yLink && en) a11yLink.href = 'toegankelijk.html?lang=en';

  function post(message) {
    if (window.parent !== window) window.parent.postMessage(message, host);
  }

  // --- header ---------------------------------------------------------------------------------
  const body = document.body;
  if (settings.primary) body.style.setProperty('--sw-primary', '#' + settings.primary);
  if (settings.accent) body.style.setProperty('--sw-accent', '#' + settings.accent);
  document.getElementById('sw-brand-title').textContent = title || 'Stapelwijzer';
  if (logo) {
    const img = document.getElementById('sw-logo');
    img.src = new URL(logo, location.href).href;
    img.alt = title ? 'Logo ' + title : 'Logo';
    img.hidden = false;
  }
  function showPreset(sectorName) {
    const parts = [];
    if (settings.sector) parts.push((en ? 'For people working in ' : 'Voor werkenden in ') + (sectorName || settings.sector));
    if (province) parts.push((en ? 'region ' : 'regio ') + provinces[province] + (settings.municipality ? ' (' + settings.municipality + ')' : ''));
    const p = document.getElementById('sw-brand-preset');
    p.textContent = parts.join(' · ');
    p.hidden = parts.length === 0;
  }
  showPreset('');

  // --- height ---------------------------------------------------------------------------------
  // The canvas is as tall as the app's content (reported by the app, src/app/embed_params.cpp),
  // at least 480 px; the page is header + notice + canvas, and that is what the host hears.
  let lastHeight = -1;
  function reportHeight() {
    const h = Math.ceil(body.getBoundingClientRect().height);
    if (h !== lastHeight) {
      lastHeight = h;
      root.dataset.swHeight = String(h);
      post({ type: 'stapelwijzer:height', height: h });
    }
  }
  new ResizeObserver(reportHeight).observe(body);
  reportHeight();

  const M = window.Module;
  if (!M || !M.canvas) return;  // boot.js found no WebGL 2 and shows why; the height is reported
  M.swEmbed = settings;
  M.swContentHeight = function (px) {
    if (Number.isFinite(px) && px > 0) body.style.setProperty('--sw-app-height', Math.min(Math.max(px, 480), 6000) + 'px');
  };
  // "See the result" on a phone: the canvas is as tall as the app, so the page around it scrolls:
  // the host page (embed.js) to this point of the iframe, or this page when opened on its own.
  M.swScrollTo = function (px) {
    if (!Number.isFinite(px)) return;
    const top = Math.max(0, Math.round(M.canvas.getBoundingClientRect().top + window.scrollY + px));
    if (window.parent !== window) post({ type: 'stapelwijzer:scroll', top: top });
    else window.scrollTo(0, top);
  };

  // --- the own payment, in view -----------------------------------------------------------------
  // The iframe is as tall as the app, so the host page scrolls and position:fixed would stick to the
  // iframe's bottom, far below the window. The host (embed.js) says which part of this page is on
  // screen; the line is placed at the bottom of that part.
  const sticky = document.getElementById('sw-sticky');
  let view = null;  // { top, bottom } in this page's CSS px, from the host
  function placeSticky() {
    if (sticky.hidden || !view) return;
    const h = sticky.offsetHeight;
    const visible = view.bottom - view.top >= h;
    sticky.classList.add('sw-placed');
    sticky.style.visibility = visible ? '' : 'hidden';
    sticky.style.top = Math.max(0, Math.min(view.bottom, body.scrollHeight) - h) + 'px';
  }
  M.swStickyText = function (text) {
    sticky.textContent = String(text);
    sticky.hidden = !text;
    root.dataset.swSticky = String(text);
    placeSticky();
  };
  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || window.parent === window) return;
    const d = e.data;
    if (!d || d.type !== 'stapelwijzer:viewport' || !Number.isFinite(d.top) || !Number.isFinite(d.bottom)) return;
    view = { top: d.top, bottom: d.bottom };
    placeSticky();
  });
  new ResizeObserver(placeSticky).observe(sticky);

  // --- rules ----------------------------------------------------------------------------------
  const notice = document.getElementById('sw-rules-notice');
  function showRules(state, text) {
    root.dataset.swRules = state;
    notice.textContent = text;
    notice.classList.toggle('sw-refused', state === 'refused');
    notice.hidden = false;
  }
  let fetched = null;  // [{name, bytes}] of the alternative bundle, before verification
  // The app's own rules (rules/ next to this page, fetched beside the alternative by boot.js's
  // swStartRules): what it computes with when the alternative is refused. The app has no bundle
  // built in, only its fingerprint (docs/signing.md, "The built-in bytes").
  let own = null;
  function verifyAlternative() {
    const from = new URL(rules).host;
    if (!fetched) {
      M.swRulesFiles = own;
      showRules('refused', en ? 'The rules at ' + from + ' could not be fetched. Stapelwijzer uses its built-in rules.'
                              : 'De regels op ' + from + ' konden niet worden opgehaald. Stapelwijzer rekent met de ingebouwde regels.');
      post({ type: 'stapelwijzer:rules', state: 'refused', reason: 'fetch failed' });
      return;
    }
    const rc = M.swLoadBundle(fetched);  // web/boot.js: the exact bytes, no JSON
    const out = M.ccall('sw_api_output', 'string', [], []);
    if (rc === 0) {
      const info = JSON.parse(out);
      M.swRulesFiles = fetched;  // the app verifies them again and uses them
      showRules('alternative', (en ? 'Rules: version ' : 'Regels: versie ') + info.version + (en ? ' from ' : ' van ') + from);
      post({ type: 'stapelwijzer:rules', state: 'alternative', version: info.version });
    } else {
      M.swRulesFiles = own;   // the app falls back to its own rules
      // The engine's reason is English; the app's string table says it in the page's language.
      const why = M.ccall('sw_refusal_text', 'string', ['string', 'number'], [out, en ? 1 : 0]).replace(/\.$/, '');
      showRules('refused', (en ? 'The rules at ' + from + ' were refused: ' : 'De regels op ' + from + ' zijn geweigerd: ') + why +
                (en ? '. Stapelwijzer uses its built-in rules.' : '. Stapelwijzer rekent met de ingebouwde regels.'));
      post({ type: 'stapelwijzer:rules', state: 'refused', reason: out });
    }
  }

  const before = M.onRuntimeInitialized;
  M.onRuntimeInitialized = function () {
    // Runs before main(): the app starts with verified rules or with its own.
    if (rules) verifyAlternative();
    else root.dataset.swRules = 'builtin';
    if (before) before.apply(this, arguments);
  };
  // The sector's name for the header, from the rules the app started with: asked after its first
  // frame, when they are loaded (asking before main() would verify the built-in bundle once more).
  const firstFrame = M.swFirstFrame;
  M.swFirstFrame = function () {
    if (firstFrame) firstFrame.apply(this, arguments);
    if (!settings.sector) return;
    try {
      const cat = JSON.parse(M.ccall('sw_api_catalogue', 'number', [], []) === 0 ? M.ccall('sw_api_output', 'string', [], []) : '{}');
      const s = (cat.sectors || []).find((x) => x.code === settings.sector);
      if (s) showPreset(en ? s.name_en : s.name_nl);
    } catch (e) { /* the preset line keeps the code */ }
  };

  function loadApp() {
    const s = document.createElement('script');
    s.src = 'app.js';
    document.body.appendChild(s);
  }
  if (!rules) return loadApp();
  // The alternative bundle replaces boot.js's rules/ download; fetched first (by boot.js's
  // swFetchRules: one request when the host publishes a pack next to manifest.json), verified in wasm.
  M.preRun = [];
  (async () => {
    const url = new URL(rules);
    const ownRules = window.swStartRules();  // never rejects: null when none could be fetched
    fetched = await window.swFetchRules(new URL('.', url).href, url.pathname.split('/').pop() || 'manifest.json')
      .catch(() => null);
    own = await ownRules;
  })().then(loadApp);
})();
